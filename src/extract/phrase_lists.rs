//! The word lists of the phrase naming a speaker after its cue: the words that end it
//! (particles, prepositions, asides, blessings, times, ages), those passed over in it, and the
//! verbs of a deed that no word before a surname is taken for as a first name. Written folded
//! (see [`crate::text::normalize`]); the tests that read them are in `words`.

/// Words that end the speaker phrase after the cue.
pub(super) const STOPS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "ذلك",
    // `وختم حديثه بقوله` (by his saying) ends what comes before it.
    "بقوله",
    "بقولها",
    // `قال عليه الصلاة والسلام`, `قال صلى الله عليه وسلم`: a blessing after the name.
    "الصلاه",
    "صلي",
    // `لفت النظر إلى` (drew attention to): the object, no speaker.
    "النظر",
    "الانتباه",
    "الانظار",
    "الي",
    "خلال",
    "مع",
    "عقب",
    "امس",
    "اليوم",
    "بعد",
    "قبل",
    "لدي",
    "حول",
    "بشان",
    "امام",
    "عبر",
    "علي",
    "فان",
    "فيه",
    "فيها",
    "حيث",
    "كما",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "مساء",
    "صباح",
    "الصادر",
    "الصادره",
    "نقلا",
    "عن",
    // `ونقل التلفزيون عنه قوله إن` (television quoted him as saying): who relays it ends at
    // `عنه` (from him) or `قوله` (his saying); `وتابع قوله` (went on with his saying) names no
    // one.
    "عنه",
    "عنها",
    "عنهم",
    "عنهما",
    "قوله",
    "قولها",
    "قولهم",
    "قولهما",
    "القول",
    // Relative pronouns: `منظمة توب 500 التي تسجل …` is by `منظمة توب 500`.
    "الذي",
    "التي",
    "والذي",
    "والتي",
    // `صرح أثناء زيارته` (during his visit), `قال عند وصوله` (on arriving), `بدون تردد`
    // (without hesitation; `دون` is read where it stands, as it may be a name).
    "اثناء",
    "عند",
    "عندما",
    "حين",
    "حينما",
    "بدون",
    // `وقال بهذا الخصوص` (said in this regard): whoever was speaking.
    "بهذا",
    "بهذه",
    // `وقال يوروستات أيضا` (also), `كذلك`: an adverb after the name.
    "ايضا",
    "كذلك",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    // `قالت … استنادا إلى` (based on): a source, not the speaker.
    "استنادا",
];

/// Words after `من` that make an aside after a cue (`من جانبه`, for his part; `من جهة أخرى`,
/// on the other hand), where the speaker phrase ends.
pub(super) const ASIDES: &[&str] = &[
    "جانبه",
    "جانبها",
    "جانبهم",
    "جهته",
    "جهتها",
    "جهتهم",
    "جهه",
    "ناحيته",
    "ناحيتها",
    "ناحيه",
];

/// Blessings written after a name, before `الله` (`رحمه الله`, `رضي الله عنه`, `حفظه الله`),
/// where the speaker phrase ends.
pub(super) const BLESSINGS: &[&str] = &[
    "رحمه",
    "رحمها",
    "رحمهم",
    "يرحمه",
    "يرحمها",
    "رضي",
    "حفظه",
    "حفظها",
    "يحفظه",
    "يحفظها",
    // (`كرم الله وجهه`, said of Ali ibn Abi Talib.)
    "كرم",
];

/// Words that end no name, left off the end of a speaker phrase that runs on to them: `من`
/// (`حذرت السفارة من أن`, warned of), `يوم` before a weekday (`قال البيت الأبيض يوم الأحد`),
/// `مثلا` (for example).
pub(super) const TRAILING: &[&str] = &[
    "من",
    "يوم",
    "مثلا",
    // A statement's relative clause cut short (`بيان نشرته «واس»`, a statement SPA
    // published; `بيان صادر اليوم`, issued today): the statement is the speaker. (Not
    // `نشره`, which is also `نشرة`, a bulletin.)
    "نشرته",
    "نشر",
    "صدر",
    "صادر",
    "صادره",
    "تم",
    "تلقت",
    "اصدره",
    "اصدرته",
    "حصلت",
];

/// Prepositional words that end the speaker phrase (`بمؤتمر صحفي`, `لوكالة`).
pub(super) const PREPOSITIONAL: &[&str] = &[
    "بموتمر",
    "بحديثه",
    "بحديث",
    "لوكاله",
    "لصحيفه",
    "لقناه",
    "بتصريح",
    "بتصريحات",
    "بكلمه",
    "للصحافيين",
    "للصحفيين",
    "للصحيفه",
    "للوكاله",
    "لموقع",
    "لفرانس",
    "لرويترز",
    "للاناضول",
    "لشبكه",
    "لمجله",
    "لاذاعه",
    "لتلفزيون",
    "لوكالات",
    "لجريده",
    "للقناه",
    "للتلفزيون",
    "للاذاعه",
    "لمحطه",
    "لوسايل",
];

/// Verbs, folded, without proclitics, that open a sentence about what a person did or thought,
/// before the person (`وأبدى الرهيدي رضاه`, `أعرب الأزهر عن`, `ونوه الخبير بأن`): never a first
/// name, however the word before a surname is looked at. Not `طالب` (demanded, and Talib), nor
/// `أبان` (made clear, and Aban).
pub(super) const ACTS: &[&str] = &[
    "ابدي",
    "ابدت",
    "اعرب",
    "اعربت",
    "اشاد",
    "اشادت",
    "نوه",
    "نوهت",
    "دعا",
    "دعت",
    "توقع",
    "توقعت",
    "اوصي",
    "اوصت",
    "انتقد",
    "انتقدت",
    "اقر",
    "اقرت",
    "اعترف",
    "اعترفت",
    "تساءل",
    "تساءلت",
    "يتساءل",
    "راي",
    "رات",
    "يري",
    "يوضح",
    "توضح",
    "يشير",
    "تشير",
    "يتابع",
    "ارجع",
    "ارجعت",
];

/// Words between a verb and its subject that are not the subject (`ردت عليه`, `قال له`,
/// `صرح به الكاتب`). Those with a pronoun can close a relative clause inside a speaker's
/// phrase (`مصادر طلبت عدم الإفصاح عنها`), so unlike [`HOW_SAID`] they do not end one.
pub(super) const IN_PASSING: &[&str] = &[
    // `أوضح ذلك مدير عام الشؤون الصحية` (the director explained this).
    "ذلك",
    "عليه",
    "عليها",
    "عليهم",
    "له",
    "لها",
    "لهم",
    "لهما",
    "لي",
    "لنا",
    "لك",
    "لكم",
    // `صرح به الكاتب` (the writer stated it).
    "به",
    "بها",
    // `صرح بذلك المتحدث` (the spokesman stated that).
    "بذلك",
    // `قال بالعربية` (said in Arabic).
    "بالعربيه",
    "بالانجليزيه",
    // `قال عنه أمين الريحاني` (Amin al-Rihani said of him).
    "عنه",
    "عنها",
    "عنهم",
    "عنهما",
    // `أعلن خلالها رسميون` (officials announced during it). (Not `فيه`, in it: `بيان أعلنت
    // فيه قيامها بخطف …`, a statement in which it announced its kidnapping of …, is followed
    // by what was said more often than by who said it.)
    "خلاله",
    "خلالها",
    "خلالهم",
    "خلالهما",
];

/// Words, folded, that say how or when something was said (`قالت بحسرة`, said with regret;
/// `علق بدوره`, commented in turn; `يقول أيضا`, also says): passed over between a verb and its
/// subject, and the end of a speaker's name after it (`فقال عز بهدوء`).
pub(super) const HOW_SAID: &[&str] = &[
    "بدوره",
    "بدورها",
    "بدورهم",
    "ايضا",
    "بوضوح",
    "بسخريه",
    "بسرعه",
    "بفرحه",
    "بجديه",
    "بحسره",
    "بحماس",
    "بصراحه",
    "بجلاء",
    "بغيظ",
    "باستمرار",
    "باندفاع",
    "بحزن",
    "بهدوء",
    "بثقه",
    "بفخر",
    "بمراره",
    "بغضب",
    "بقوه",
    "بشده",
    "بحزم",
    "بحده",
    "بلهفه",
    "بعصبيه",
    "بانفعال",
    "بتاثر",
    "بحرقه",
    "بدهشه",
    "باستغراب",
    "بتعجب",
    "بمرح",
    "بتواضع",
    "بصدق",
    "باقتضاب",
    "بايجاز",
    "باختصار",
    // Participles of the pattern `فاعلاً` written without the tanween, which the participle
    // test leaves to names from other languages (`ماركا`): joking, laughing, explaining.
    "مازحا",
    "ضاحكا",
    "شارحا",
    // Later, always.
    "لاحقا",
    "دايما",
];

/// Words, folded, that open a phrase of manner (`بلا حماس`, without enthusiasm; `بنفس اللهجة`,
/// in the same tone; `بصوت خافت`, in a low voice; `بكل صراحة`, in all frankness; `بابتسامة
/// لها ألف معنى`, with a smile of a thousand meanings): after a speaker's name they say how it
/// was said, and the name ends before them.
pub(super) const MANNER: &[&str] = &[
    "بلا",
    "بنفس",
    "بكل",
    "بصوت",
    "بنبره",
    "بشكل",
    "بلهجه",
    "باسلوب",
    "بطريقه",
    "بابتسامه",
];

/// Words that say a number before them is an age (`محمد الرغاي 72 سنة`): the speaker's name
/// ends before the number.
pub(super) const AGE_WORDS: &[&str] = &["سنه", "عاما", "عام", "سنوات"];

/// Prepositions, bare or with a pronoun, folded: no name holds one (`خاصة في منطقة الخليج`), and
/// no adjective is one (`مسؤول في`).
pub(super) const PREPOSITIONS: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "مع", "فيه", "فيها", "منه", "منها", "له", "لها",
];

/// Nouns of a span of time that a following `الماضي` or `المقبل` (last, next) makes a time
/// after a name (`جورج أوزبورن الشهر الماضي`), where the phrase naming the speaker ends.
pub(super) const TIME_NOUNS: &[&str] = &["الاسبوع", "الشهر", "العام", "السنه", "الموسم"];

/// The words after one of [`TIME_NOUNS`] that make it a time: last and next.
pub(super) const LAST_OR_NEXT: &[&str] = &["الماضي", "الماضيه", "المقبل", "المقبله"];

/// Demonstratives (`هذا`, `هذه`, …): a phrase opening with one stands for someone named before
/// (`وقالت هذه المصادر`).
pub(super) const DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "هولاء", "تلك"];

/// Words of a spokesman's title (`المتحدث الرسمي`, `الناطق الإعلامي`): the name in marks after
/// one is the body spoken for, not the paper spoken to (`المتحدث الرسمي ل«نزاهة»`).
pub(super) const SPOKESMAN_WORDS: &[&str] = &["الرسمي", "الاعلامي", "المتحدث", "الناطق"];

/// Verbs and participles of asking or declining, folded, that open a clause withholding a
/// name and end the speaker's phrase before it (`مسؤول أمني طلب عدم نشر اسمه`, `فضلت`, `ورفض`,
/// `رافضاً`; see `withheld`).
pub(super) const WITHHOLDING: &[&str] = &[
    "طلب",
    "طلبت",
    "طلبوا",
    "وطلب",
    "وطلبت",
    "فضل",
    "فضلت",
    "فضلوا",
    "وفضل",
    "رفض",
    "رفضت",
    "رفضوا",
    "ورفض",
    "ورفضت",
    "اشترط",
    "اشترطت",
    "واشترط",
    "طالبا",
    "طالبه",
    "مفضلا",
    "مفضله",
    "رافضا",
    "رافضه",
    "مشترطا",
    "مشترطه",
];
