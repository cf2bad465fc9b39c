//! The word lists cues are recognised by: speech verbs in Arabic and Persian, their
//! participles, the verbs `بالقول` (by saying) closes, what is spoken and what a source said.
//! The words of the phrase naming a speaker are in `phrase_lists`, those names are recognised
//! by in `name_lists`. Written folded (see [`crate::text::normalize`]); the tests that read
//! them are in `words`.

/// Speech verbs, folded, without proclitics (و ف ك ل ب are stripped before comparing).
pub(super) const VERBS: &[&str] = &[
    "قال",
    "قالت",
    "قالوا",
    "قالا",
    "يقول",
    "تقول",
    "اضاف",
    "اضافت",
    "اضافوا",
    "يضيف",
    "اكد",
    "اكدت",
    "اكدوا",
    "اكدا",
    "يوكد",
    "توكد",
    "اشار",
    "اشارت",
    "اشاروا",
    "لفت",
    "لفتت",
    "ذكر",
    "ذكرت",
    "ذكروا",
    "ذكرا",
    "اعلن",
    "اعلنت",
    "اعلنوا",
    "صرح",
    "صرحت",
    "تابع",
    "تابعت",
    "اردف",
    "اردفت",
    "شدد",
    "شددت",
    "شددا",
    "نقل",
    "نقلت",
    "اوضح",
    "اوضحت",
    "رجح",
    "رجحت",
    "افاد",
    "افادت",
    "افادوا",
    "كشف",
    "كشفت",
    "اعتبر",
    "اعتبرت",
    "حذر",
    "حذرت",
    "نفي",
    "نفت",
    // `بيّن` (explained) written without its shadda is `بين` (between) too, and is read by
    // where it stands (`words::is_explained`); its other forms are no other word.
    "بينت",
    "بينوا",
    // The participles (`مضيفا`) are in `PARTICIPLES`, verbs as well.
    "بالقول",
    // By his (her, their) saying: `وعبر الجهني عن دهشته بقوله:`.
    "بقوله",
    "بقولها",
    "بقولهم",
    "جاء",
    // Hebrew.
    "אמר",
    "אמרה",
    "אמרו",
    "הוסיף",
    "הוסיפה",
    "מסר",
    "מסרה",
    "ציין",
    "ציינה",
    "הודיע",
    "הודיעה",
    "אומר",
    "אומרת",
    "אומרים",
    "מוסיף",
    "מוסיפה",
    "הסביר",
    "הסבירה",
];

/// The speech verbs of [`VERBS`] in the present tense, the only ones a preposition's letter
/// may join (`ليقول`, and then says); before the others it makes a verbal noun (`لنقل`).
pub(super) const PRESENT_VERBS: &[&str] = &["يقول", "تقول", "يضيف", "يوكد", "توكد"];

/// Persian speech verbs, folded (ی and ک as their Arabic letters, the zero-width non-joiner
/// dropped). Persian puts the verb last, so their speaker is looked for before them.
pub(super) const PERSIAN_VERBS: &[&str] = &["گفت", "گفتند", "ميگويد", "افزود", "افزودند"];

/// Words that end a Persian sentence's subject (prepositions, conjunctions, time words,
/// demonstratives), folded: `ترامپ در سخنرانی … گفت` has the subject `ترامپ`.
pub(super) const PERSIAN_STOPS: &[&str] = &[
    "در",
    "با",
    "به",
    "از",
    "كه",
    "بر",
    "را",
    "براي",
    "طي",
    "ضمن",
    "پس",
    "روز",
    "امروز",
    "ديروز",
    "نيز",
    "هم",
    "اين",
    "اينكه",
    "همچنين",
    "سپس",
    "همچنان",
];

/// Phrases that introduce a source without a verb: `وحسب الصحيفة`, `بحسب`, `وفق`.
pub(super) const ACCORDING: &[&str] = &["حسب", "بحسب", "وفق", "وفقا"];

/// Verbs whose speech `بالقول` (by saying) gives, folded, without proclitics: answered,
/// commented, ended, began, merely said…
pub(super) const RESPONSES: &[&str] = &[
    "رد",
    "ردت",
    "ردوا",
    "علق",
    "علقت",
    "علقوا",
    "عقب",
    "عقبت",
    "اكتفي",
    "اكتفت",
    "ختم",
    "ختمت",
    "اختتم",
    "اختتمت",
    "استهل",
    "استهلت",
    "بدا",
    "بدات",
    "اجاب",
    "اجابت",
    "عبر",
    "عبرت",
    "تابع",
    "تابعت",
    "سخر",
    "سخرت",
    "وصف",
    "وصفت",
];

/// What someone ends or begins by saying (`اختتم حديثه بالقول`, ended his talk by saying): his
/// or her talk, statements, words, speech, letter, comment, tweet.
pub(super) const SPOKEN: &[&str] = &[
    "حديثه",
    "حديثها",
    "تصريحاته",
    "تصريحاتها",
    "تصريحه",
    "تصريحها",
    "كلامه",
    "كلامها",
    "كلمته",
    "كلمتها",
    "رسالته",
    "رسالتها",
    "تعليقه",
    "تعليقها",
    "تغريدته",
    "تغريدتها",
    "مداخلته",
    "مداخلتها",
    "حديثهم",
    "تصريحاتهم",
    "كلمتهم",
    "بيانه",
    "بيانها",
    "مقاله",
    "مقالها",
    "مقالته",
    "مقالتها",
    // `ردا` (in reply) ends the subject too: `علق المدرب ردا على سؤال`.
    "ردا",
];

/// Speech verbs as participles (`مضيفا`, adding), speech verbs too: they continue the
/// sentence's subject, so a phrase set off by commas just before one is no speaker (`…، خاصة في منطقة الخليج، قائلا`).
pub(super) const PARTICIPLES: &[&str] = &[
    "مشيرا",
    "موكدا",
    "مضيفا",
    "مردفا",
    "موضحا",
    "لافتا",
    "معتبرا",
    "قايلا",
    "متابعا",
    "مبينا",
    // Said of a woman (`مؤكدة`), of several (`مؤكدين`). Not `لافتة` and `متابعة`, which are
    // as often a banner and a follow-up.
    "مشيره",
    "موكده",
    "مضيفه",
    "مردفه",
    "موضحه",
    "معتبره",
    "قايله",
    "مبينه",
    "مشيرين",
    "موكدين",
    "مضيفين",
    "موضحين",
    "قايلين",
    "مبينين",
];

/// Words after `حسب` (according to) that are not the source but what it said: `حسب زعم عطوف`
/// (according to Attouf's claim) is by `عطوف`.
pub(super) const SAYINGS: &[&str] = &[
    "زعم",
    "راي",
    "تعبير",
    "قول",
    "وصف",
    "روايه",
    "تقدير",
    "تقديرات",
];
