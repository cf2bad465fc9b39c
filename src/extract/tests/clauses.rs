//! Speakers named by the clause around the cue: the subject of a short clause a participle of
//! manner closes (`وتابع كيري قائلا`), and the subject after `كان` (`وكان أوباما اعتبر`).

use super::*;

/// The speaker of the last statement in `text`.
fn last_speaker(text: &str) -> Option<String> {
    let found = statements_of(text);
    found
        .last()
        .unwrap_or_else(|| panic!("a statement in {text}"))
        .3
        .clone()
}

/// Asserts that `text` holds one statement, and that its speaker, if any, has none of `words`
/// (so a test of what a rule must leave alone cannot pass for want of a statement).
fn one_statement_not_by(text: &str, words: &[&str]) {
    assert_eq!(statements_of(text).len(), 1, "{text}");
    let speaker = last_speaker(text);
    assert!(
        !speaker
            .as_deref()
            .is_some_and(|s| words.iter().any(|w| s.contains(w))),
        "{text}: {speaker:?}"
    );
}

/// A first statement by someone else, whom a participle's clause must not inherit.
const BEFORE: &str = "وقال وزير الخارجية جون كيري إن بلاده تدعم الحل السياسي بكل الوسائل.\n\n";

#[test]
fn a_clause_closed_by_a_participle_of_manner_names_its_own_speaker() {
    for (clause, speaker) in [
        ("وأضاف الخضيري قائلاً:", "الخضيري"),
        ("ورد كوربين على تصريحات بلير قائلا:", "كوربين"),
        ("وعلق بارنز على التأهل قائلاً:", "بارنز"),
        ("واختتم سوزا حديثه قائلاً:", "سوزا"),
        ("واختتمت العبودي حديثها ل \"الرياض\" قائلة:", "العبودي"),
        ("وأكد بلاتر استضافة روسيا للبطولة قائلا:", "بلاتر"),
        ("وأوضح عبد الكريم قائلا:", "عبد الكريم"),
    ] {
        let text = format!("{BEFORE}{clause} «إن الفريق قدم مباراة كبيرة واستحق التأهل»");
        assert_eq!(last_speaker(&text).as_deref(), Some(speaker), "{clause}");
    }
    // The surname of someone named before is that person.
    let text = format!("{BEFORE}وتابع كيري قائلا: «نحن نعمل مع شركائنا في المنطقة»");
    assert_eq!(last_speaker(&text).as_deref(), Some("جون كيري"));
}

#[test]
fn a_clause_without_a_named_subject_leaves_the_speaker_to_the_other_rules() {
    // What the verb acts on (`الأمر`, the matter), a preposition, a quantity: no subject, and
    // the speaker before goes on.
    for clause in [
        "وأوضح الأمر قائلا:",
        "وأضاف في بيان صحافي قائلا:",
        "وذكر بعض المواقف قائلاً:",
        "وتابع السياسي السني قائلا:",
    ] {
        let text = format!("{BEFORE}{clause} «إن الفريق قدم مباراة كبيرة واستحق التأهل»");
        assert_eq!(statements_of(&text).len(), 2, "{clause}");
        assert_eq!(last_speaker(&text).as_deref(), Some("جون كيري"), "{clause}");
    }
}

#[test]
fn the_subject_after_was_is_any_few_words_that_can_be_one() {
    for (text, speaker) in [
        // (A word in `ا` is a name where the article names it more fully.)
        (
            "زار الرئيس باراك أوباما كينيا.\n\nوكان أوباما اعتبر صباح أمس أن الاتفاق يمثل فرصة تاريخية.",
            "باراك أوباما",
        ),
        (
            "وكانت منظمة العفو الدولية قد قالت الشهر الماضي إن آلاف الرجال قتلوا.",
            "منظمة العفو الدولية",
        ),
        (
            "وكان دبلوماسي أمريكي كبير قال على تويتر إن الرئيس سيزور البلاد.",
            "دبلوماسي أمريكي كبير",
        ),
        (
            "وكانت وزارة الداخلية أعلنت في بيان أن الحادث وقع صباح الخميس.",
            "وزارة الداخلية",
        ),
        // A relative pronoun and `أول` end the subject.
        (
            "وكان بلاتر الذي أعلن أنه سيترك منصبه قد قال إن الانتخابات ستجرى في موعدها.",
            "بلاتر",
        ),
        (
            "وكانت رويترز أول من ذكرت أن الشركة ستخفض الوظائف.",
            "رويترز",
        ),
    ] {
        assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn between_was_and_had_stands_the_subject_however_long() {
    for (text, speaker) in [
        (
            "وكان وزير النقل اليمني بدر باسلمة قد أعلن أن الأردن وافق على استقبال الجرحى.",
            "بدر باسلمة",
        ),
        (
            "وكان الفريق مهاب مميش رئيس هيئة قناة السويس، قد أعلن أن أعمال التجريب ستبدأ غدا.",
            "مهاب مميش",
        ),
        (
            "وكانت تقارير صحفية أرجنتينية، قد ذكرت بأن المدرب رفض العرض.",
            "تقارير صحفية أرجنتينية",
        ),
        // (A relative pronoun ends it.)
        (
            "وكانت مجموعة محمد المعجل التي تواجه إجراءات قانونية، قد قالت في بيان لها إن الشركة ماطلت في الدفع.",
            "مجموعة محمد المعجل",
        ),
    ] {
        assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
    }
    // `كان هناك` (there was), and a `كان` of its own between: no subject read there.
    for text in [
        "قال الوزير سالم العلي إن العمل مستمر في كل المواقع. وكان هناك تقرير للوكالة قد أشار إلى أن التمويل ناقص هذا العام.",
        "قال الوزير سالم العلي إن العمل مستمر في كل المواقع. ربما كان هناك تغيرات في مواقف الدول، فالمسؤولون في حوارات سابقة كانوا قد أكدوا لنا أنهم باقون في البلاد.",
        "قال الوزير سالم العلي إن العمل مستمر في كل المواقع. ربما كان الوضع مختلفا، فالمسؤولون في حوارات سابقة كانوا قد أكدوا لنا أنهم باقون في البلاد.",
    ] {
        assert_eq!(last_speaker(text).as_deref(), Some("سالم العلي"), "{text}");
    }
}

#[test]
fn a_continuation_goes_on_with_a_body_after_the_verb_that_agrees_with_it() {
    for (text, speaker) in [
        (
            "حددت وزارة العمل ضوابط منح التأشيرات التعويضية، مشيرة إلى أن القرار يسري من الشهر المقبل.",
            "وزارة العمل",
        ),
        (
            "وشدد الاتحاد الدولي على تضامنه مع المملكة في هذا الحادث، وأكد أن الإرهاب لا دين له ولا وطن.",
            "الاتحاد الدولي",
        ),
        // (Not what the verb acts on, `الإضافات`.)
        (
            "ومنعت اللجنة الأولمبية الإضافات على الصور، وأكدت أنها سترفض كل صورة معدلة هذا العام.",
            "اللجنة الأولمبية",
        ),
        // (A verb joined by `و` with no subject of its own goes on with it.)
        (
            "فنفت شركة الاتصالات مسؤوليتها عن العطل وأكدت سلامة جميع الوصلات والدوائر، مضيفة أن الخلل كان في شبكة أخرى.",
            "شركة الاتصالات",
        ),
        // (Past a demonstrative the verb acts on, `ذلك`, as for a person.)
        (
            "أكدت ذلك وزارة الصحة السعودية في بيان لها اليوم، وقالت إن الحالات المسجلة تراجعت كثيرا.",
            "وزارة الصحة السعودية",
        ),
    ] {
        assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
    }
    for (text, not_by) in [
        // A masculine participle after a feminine body goes on with a person.
        (
            "قال الوزير سالم العلي إن العمل مستمر في كل المواقع. وأبقت الحكومة السودانية على قرارها السابق، مشيرا إلى أن الحوار سيستمر في الأشهر المقبلة.",
            "الحكومة",
        ),
        // A name in marks goes on past the words read.
        (
            "ووصفت صحيفة \"الديلي ميل\" البريطانية الفيديو بأنه مشهد طريف، وقالت إن المشهد مأخوذ من كوميديا قديمة.",
            "صحيفة الديلي",
        ),
        // Another speech verb has a subject of its own.
        (
            "وقالت الجامعة إنها ستعرض المخطوطة في أكتوبر، وقال مدير المسجد محمد فاضل \"إنه يتوقع أن تجتذب الناس من كل مكان\"، وتابعت \"إن المعرض سيفتح أبوابه للجميع طوال الشهر\"",
            "الجامعة",
        ),
        (
            "وهاجم الحزب الكردي الحكومة بشدة، إلا أن أردوغان قال إن «القوى السوداء» تنشر معلومات خاطئة حول تركيا، مؤكدا أن الاتهامات ضد تركيا لا أساس لها.",
            "الحزب",
        ),
        // (`إل` folds to the article alone.)
        (
            "وأطلقت شركة إل جي هاتفها الجديد في الأسواق، مشيرة إلى أن المبيعات ستبدأ الشهر المقبل.",
            "شركة إل",
        ),
    ] {
        last_speaker_not_by(text, not_by);
    }
    // Where the name may go on (a tie), it is not cut short.
    let text = "وأحصى المرصد السوري لحقوق الإنسان عشرات القتلى، مشيرا إلى أن المعارك مستمرة في الريف الشمالي.";
    assert_ne!(last_speaker(text).as_deref(), Some("المرصد السوري"));
    // The bare body after someone spoke is most often who spoke.
    let text = "وقالت وزارة الخارجية الصينية إن المحادثات ستستمر في الأسبوع المقبل. وأبدت الوزارة ارتياحها للنتائج، قائلة إن الطرفين اتفقا على كل البنود.";
    assert_eq!(
        last_speaker(text).as_deref(),
        Some("وزارة الخارجية الصينية")
    );
}

/// Asserts that the last statement of `text` is not by a speaker holding `not_by`.
fn last_speaker_not_by(text: &str, not_by: &str) {
    let speaker = last_speaker(text);
    assert!(
        !speaker.as_deref().is_some_and(|s| s.contains(not_by)),
        "{text}: {speaker:?}"
    );
}

#[test]
fn what_something_was_is_no_subject_after_was() {
    // A predicate in the accusative, a verb joined by `و`, an idiom: no one named.
    for text in [
        "وحول قرار إبعاده هل كان مفاجئا قال: «نعم كان مفاجئا لي»",
        "وقال الكاتب إن المقالات التي صدرت كانت تقليدية ومكررة وتقول إن الاتفاق سيئ.",
        "وعلى مرأى تلك الدماء، كان لسان حالها يقول: «جحدت عيناك زكي دمي»",
    ] {
        let found = statements_of(text);
        assert!(!found.is_empty(), "{text}");
        for (_, _, _, speaker) in found {
            assert!(
                !speaker.as_deref().is_some_and(|s| {
                    s.contains("مفاجئا") || s.contains("تقليدية") || s.contains("لسان")
                }),
                "{text}: {speaker:?}"
            );
        }
    }
}

#[test]
fn a_clause_of_time_after_the_verb_ends_the_speaker_phrase() {
    let text = "وكان غاشي قد قال حين انضم لداعش «أريد أن أفعل شيئا جيدا»";
    assert_eq!(last_speaker(text).as_deref(), Some("غاشي"));
}

#[test]
fn a_particle_before_a_surname_opens_no_full_name() {
    // `فإن سيدا` (then Sida) is no name; the surname alone is the speaker.
    let text = "فإن سيدا يتخوف من التقسيم.\n\nوقال سيدا إن «سوريا ذهبت باتجاه تقسيم غير معلن»";
    assert_eq!(last_speaker(text).as_deref(), Some("سيدا"));
}

#[test]
fn a_relative_pronoun_before_the_verb_stands_for_the_name_before_it() {
    for (text, speaker) in [
        (
            "وقال رئيس هيئة أعضاء الشرف صالح الصغير الذي أكد أن الفريق يحتاج إلى وقت أطول.",
            "صالح الصغير",
        ),
        (
            "ورأس الاجتماع رئيس الوفد صالح بن حسن الضعيان الذي أوضح أن الاجتماع ناقش الخطة.",
            "صالح بن حسن الضعيان",
        ),
        (
            "وتحدث عدد من المتضررات منهن أصائل سعود الحربي التي تقول إن الوعود لم تتحقق.",
            "أصائل سعود الحربي",
        ),
        (
            "ويؤيد هذه الرؤية عضو جمعية الاقتصاد عصام خليفة، الذي يقول: «النمو الاقتصادي سيتواصل في السنوات المقبلة»",
            "عصام خليفة",
        ),
    ] {
        assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_relative_pronoun_that_stands_for_something_else_names_no_one() {
    // The pronoun disagrees with the verb (the tweet in which he says), stands for what a
    // preposition governs (the decision which), or for a time.
    for text in [
        "وأتفق مع تغريدة عبدالرحمن الدريس التي يقول فيها إن الفريق يحتاج إلى وقت.",
        "وأشاد إبراهيم الدربي بالقرار الذي قال إنه سيخدم المستثمرين في المنطقة.",
        "ويأتي ذلك في الوقت الذي أعلن فيه الاتحاد أن الموسم سيبدأ في موعده.",
    ] {
        one_statement_not_by(text, &["الدريس", "الدربي", "الوقت"]);
    }
}

#[test]
fn a_subject_opening_the_clause_before_its_verb_speaks() {
    let before = "وقال رئيس النادي صالح الصغير إن الفريق جاهز للموسم الجديد تماما.\n\n";
    for (clause, speaker) in [
        (
            "المصممة المغربية أوضحت أنها لم تعدل الصورة بأي برنامج.",
            "المصممة المغربية",
        ),
        (
            "المفكر العراقي فاضل الربعي قال إن المنطقة تمر بمرحلة صعبة.",
            "المفكر العراقي فاضل الربعي",
        ),
        // A name and the title after it: the name.
        (
            "منصور الرسيني نائب رئيس نادي الرائد قال إن النادي متمسك بحقه في قيمة العقد كاملة.",
            "منصور الرسيني",
        ),
        (
            "يذكر أن الشرطة أعلنت في البداية أن الحادث وقع صباح أمس.",
            "الشرطة",
        ),
        // After `أما` (as for), the verb is joined by `ف`.
        (
            "أما التشكيلية جيهان القحطاني فأشارت إلى أن المعرض نجح نجاحا كبيرا هذا العام.",
            "التشكيلية جيهان القحطاني",
        ),
    ] {
        let text = format!("{before}{clause}");
        assert_eq!(last_speaker(&text).as_deref(), Some(speaker), "{clause}");
    }
}

#[test]
fn a_figure_of_speech_or_a_verb_before_the_cue_is_no_subject() {
    // Reality says, history tells us: no one spoke; `ألقى` (delivered) is a verb, though it
    // folds to a word opening with the article.
    for (text, not) in [
        ("ولكن الواقع يقول إن الأسعار ستواصل الارتفاع.", "الواقع"),
        ("لكن التاريخ يقول لنا إن الحروب لا تنتهي بسرعة.", "التاريخ"),
        (
            "كما ألقى وزير الزراعة كلمة قال فيها إن المحصول سيرتفع هذا العام.",
            "ألقى",
        ),
    ] {
        one_statement_not_by(text, &[not]);
    }
}

#[test]
fn a_first_name_joined_by_and_is_the_name_the_article_writes_without_it() {
    let text = "وحضر الحفل فلاديمير بوتين وسيب بلاتر.\n\nوكان سيب بلاتر قد وصل أمس.\n\nوقال بلاتر إن «روسيا ستنظم بطولة رائعة للعالم كله»";
    assert_eq!(last_speaker(text).as_deref(), Some("سيب بلاتر"));
}

#[test]
fn the_broadcaster_spoken_to_ends_the_speaker_phrase() {
    let text = "وقال وزير الدفاع البريطاني مايكل فالون إن بلاده ستواصل دعم التحالف.\n\nكما أفاد فالون لهيئة الإذاعة البريطانية بي بي سي بأن الغارات ستستمر فترة أطول من المتوقع في العراق وسوريا.";
    assert_eq!(last_speaker(text).as_deref(), Some("مايكل فالون"));
}
