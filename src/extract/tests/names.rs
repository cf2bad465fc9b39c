//! Speakers named the way news pages name them: bodies, places, titles and ranks, asides,
//! blessings, and what is no name at all.

use super::{only_speaker, statements_of};

#[test]
fn a_body_a_document_a_place_or_an_honorific_takes_no_first_name() {
    // `واستعرض` stands before `التقرير` as a first name would.
    let text = "واستعرض التقرير أرقام العام الماضي. وأشار التقرير إلى أن المصارف تتمتع بالمرونة.";
    assert_eq!(only_speaker(text).as_deref(), Some("التقرير"));
    // Nor does a country or capital (`تلحظ باريس`: Paris notices).
    let text = "تلحظ باريس تحولا في المواقف. وقالت باريس إن الحوار يبقى الطريق الوحيد.";
    assert_eq!(only_speaker(text).as_deref(), Some("باريس"));
    // Nor does an honorific (`معاليه`, his excellency).
    let text = "وأشاد معاليه بالجهود المبذولة. وقال معاليه إن العمل مستمر في كل المناطق.";
    assert_eq!(only_speaker(text).as_deref(), Some("معاليه"));
    // Nor does `كان` (was) before it.
    let text = "وكان الخبراني قد زار الموقع أمس. وقال الخبراني إن العمل مستمر في كل المواقع.";
    assert_eq!(only_speaker(text).as_deref(), Some("الخبراني"));
    // A surname with the article still takes its first name.
    let text = "التقى عادل الجبير نظيره. وأكد الجبير أن العلاقات بين البلدين قوية جدا.";
    assert_eq!(only_speaker(text).as_deref(), Some("عادل الجبير"));
}

#[test]
fn a_verb_before_a_surname_is_no_first_name() {
    let speaks = "أن العمل مستمر في كل المناطق.";
    for (opening, name) in [
        // A verb on what someone did or thought (`أعرب`, expressed).
        ("ومن جانبه أعرب سدايو عن تقديره.", "سدايو"),
        // `و` and any verb opening a sentence: a verb and its subject, not a name.
        ("وناقش المطيري الخطة.", "المطيري"),
        // A preposition and the article (`بالجدة`, with the grandmother).
        ("واحتفلت الأسرة بالجدة سارة.", "سارة"),
        // A present tense (`يحدد`, decides) and a verb with its object (`نشرها`, published it).
        ("ولذلك يحدد الشمري موعد الاجتماع.", "الشمري"),
        ("هذه هي الصورة التي نشرها العتيبي في حملته.", "العتيبي"),
        // `على`, written so, is on, not Ali (`علي`).
        ("وضغطت الدول على بوتين لوقف الحرب.", "بوتين"),
        // A demonstrative (`هذا`, this).
        ("وأعلن هذا التنظيم مسؤوليته عن الهجوم.", "التنظيم"),
        // A noun joined to a preposition (`لمؤسسة`, to the company).
        ("وقدم النادي شكره لمؤسسة الحميضي على دعمها.", "الحميضي"),
    ] {
        let text = format!("{opening} وقال {name} {speaks}");
        assert_eq!(only_speaker(&text).as_deref(), Some(name), "{text}");
    }
    // A name opening with `و` within a sentence is a first name still.
    let text = format!("حضر وليد الفى الحفل. وقال الفى {speaks}");
    assert_eq!(only_speaker(&text).as_deref(), Some("وليد الفى"));
}

#[test]
fn a_surname_after_son_of_is_the_sons_name_not_the_fathers() {
    // The word before `الزياني` is `راشد`, his father's name: the speaker is the son.
    let text =
        "استقبل عبداللطيف بن راشد الزياني الوفد أمس. وشدد الزياني على أن الأمن مسؤولية الجميع.";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("عبداللطيف بن راشد الزياني")
    );
    // Where no `بن` comes before it, the first name stands.
    let text = "استقبل راشد الزياني الوفد أمس. وشدد الزياني على أن الأمن مسؤولية الجميع.";
    assert_eq!(only_speaker(text).as_deref(), Some("راشد الزياني"));
}

#[test]
fn a_phrase_running_on_to_a_word_that_ends_no_name_stops_before_it() {
    let text = "وحذرت السفارة الأمريكية من أن الوضع الأمني في المدينة خطير.";
    assert_eq!(only_speaker(text).as_deref(), Some("السفارة الأمريكية"));
    let text = "وقال البيت الأبيض يوم الأحد إن الرئيس سيزور المنطقة قريبا.";
    assert_eq!(only_speaker(text).as_deref(), Some("البيت الأبيض"));
    // But a statement or report goes on to who issued it.
    let text = "وأوضح بيان صادر عن رئاسة الحكومة، أن الوزير قدم استقالته أمس.";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("بيان صادر عن رئاسة الحكومة")
    );
}

#[test]
fn a_name_before_its_description_is_the_speaker() {
    let speaks = "إن الفندق مصمم ليكون مختلفا عن غيره.";
    for (phrase, name) in [
        ("باسكال كاميا المدير العام للفندق", "باسكال كاميا"),
        ("محمد الشميمري المستشار المالي", "محمد الشميمري"),
        ("فرج اقعيم وهو قائد ميداني", "فرج اقعيم"),
        ("فهد الذياب أحد أشهر الدلالين", "فهد الذياب"),
        // Not where the words before the title describe, or a name closes the description.
        (
            "مصادر أمنية مسؤولة بمطار القاهرة",
            "مصادر أمنية مسؤولة بمطار القاهرة",
        ),
        (
            "أمين منطقة جازان رئيس اللجنة المحلية",
            "أمين منطقة جازان رئيس اللجنة المحلية",
        ),
        (
            "متحدث باسم وزير الخارجية الإيطالي",
            "متحدث باسم وزير الخارجية الإيطالي",
        ),
    ] {
        let text = format!("وقال {phrase} {speaks}");
        assert_eq!(only_speaker(&text).as_deref(), Some(name), "{text}");
    }
}

#[test]
fn ali_after_son_of_is_a_name_not_on() {
    let text = "وقال ابن علي إن الفريق سيعود قريبا إلى التدريب.";
    assert_eq!(only_speaker(text).as_deref(), Some("ابن علي"));
    // In a name closing a description too.
    let text = "وقال رئيس النادي المكلف أحمد بن علي الدوسري إن الفريق جاهز للموسم.";
    assert_eq!(only_speaker(text).as_deref(), Some("أحمد بن علي الدوسري"));
}

#[test]
fn the_subject_after_was_speaks_before_its_verb() {
    for (text, speaker) in [
        (
            "وكان البيت الأبيض قال إن الرئيس سيزور المنطقة قريبا.",
            Some("البيت الأبيض"),
        ),
        (
            "وكانت مصادر دبلوماسية قد أكدت أن الاتفاق قريب من التوقيع.",
            Some("مصادر دبلوماسية"),
        ),
        (
            "وكانت بريطانيا قالت إن استخدام المقاتلات سيستمر حتى مارس.",
            Some("بريطانيا"),
        ),
        // A country with more words after it is no subject (if it was America, the Houthi
        // says): better no speaker than `أميركا فالحوثي`.
        (
            "إذا كانت أميركا، فالحوثي يقول: «إن الحرب ستطول كثيرا في هذه المنطقة»",
            None,
        ),
        // A clause of its own before a participle names no one.
        (
            "كان الضغط أقل عليه، موضحا أن الفريق جاهز للموسم الجديد.",
            None,
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), speaker, "{text}");
    }
}

#[test]
fn a_surname_alone_before_its_verb_is_the_speaker_named_before() {
    let text = "قال وزير الدفاع البريطاني مايكل فالون إن بلاده ستمدد حملتها سنة.\n\nوكانت بريطانيا قالت إن المقاتلات ستخرج من الخدمة في مارس. لكن فالون صرّح أثناء زيارة للعراق، أن الطائرات لديها قدرات.";
    let speakers: Vec<Option<String>> = statements_of(text).into_iter().map(|s| s.3).collect();
    assert_eq!(
        speakers,
        [
            Some("مايكل فالون".into()),
            Some("بريطانيا".into()),
            Some("مايكل فالون".into())
        ]
    );
}

#[test]
fn on_is_no_word_of_a_name_closing_a_description() {
    let found = statements_of("ولكن وزير المواصلات يصر على إكماله ويقول إن الطريق مهم للبلاد.");
    assert!(
        found
            .iter()
            .all(|s| s.3.as_deref() != Some("يصر على إكماله")),
        "{found:?}"
    );
}

#[test]
fn the_outlet_spoken_to_ends_the_speaker() {
    for (text, name) in [
        (
            "وأوضحت كاتسيلي لوسائل الإعلام أن الديون لا يمكن شطبها بهذه الطريقة.",
            "كاتسيلي",
        ),
        (
            "وأوضح صلاح لمحطة تلفزيون روما: «كانت مباراة جيدة وسجلنا بداية قوية»",
            "صلاح",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(name), "{text}");
    }
}

#[test]
fn gods_epithets_name_god() {
    let text = "وقال تعالى: «وقل ربي زدني علما واجعلني من الشاكرين»";
    assert_eq!(only_speaker(text).as_deref(), Some("الله"));
}

#[test]
fn asides_and_descriptions_after_the_cue_are_no_speaker() {
    let text = "وذكر رئيس الدبلوماسية الأمريكية، من جهة أخرى، أن الاتفاق سيعطي قدرة على المعرفة.";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("رئيس الدبلوماسية الأمريكية")
    );
    let text = "وأشار السفير الفرنسي فرنسوا ديلاتر من جهته إلى أن الحل سياسي في المقام الأول.";
    assert_eq!(only_speaker(text).as_deref(), Some("فرنسوا ديلاتر"));
    let text = "ويقول تريفور فيندلاي، وهو خبير نووي، إن المدة تبدو طويلة جدا للتفتيش.";
    assert_eq!(only_speaker(text).as_deref(), Some("تريفور فيندلاي"));
    // What someone was doing as they spoke names no one.
    let found = statements_of("ابتسم سامي ثم قال وهو ينصرف: «هذه رسالة إلى شقيقك أرجو تسليمها»");
    let [(_, _, _, speaker)] = &found[..] else {
        panic!("one statement: {found:?}");
    };
    assert_ne!(speaker.as_deref(), Some("وهو ينصرف"));
}

#[test]
fn how_it_was_said_after_the_name_is_no_part_of_it() {
    let said = "إن الاتهامات الموجهة إلى حكومته لا أساس لها.";
    for (phrase, speaker) in [
        // A word of manner (`بقوة`, strongly).
        ("ونفى الرئيس التركي رجب طيب أردوغان بقوة", "رجب طيب أردوغان"),
        // A phrase of manner (`بلا حماس`, without enthusiasm).
        ("فقال يوسف بلا حماس", "يوسف"),
        // A clause of state (`وهو يبتسم`, smiling).
        ("وقال أحد الزملاء وهو يقرأ المقال", "أحد الزملاء"),
        // A participle without its tanween (`مازحا`, joking).
        ("وقال جون كيري مازحا", "جون كيري"),
        // `بدوره` (in turn) after the name as before it.
        ("وقال عصام أبو خليل بدوره", "عصام أبو خليل"),
        // But `بلا حدود` (without borders) is a body's name, and a word with a pronoun can
        // close a description (`مقربة منه`, close to him).
        ("وقالت منظمة أطباء بلا حدود", "منظمة أطباء بلا حدود"),
        ("وقالت مصادر مقربة منه", "مصادر مقربة منه"),
    ] {
        let text = format!("{phrase} {said}");
        assert_eq!(only_speaker(&text).as_deref(), Some(speaker), "{text}");
    }
    // A phrase of manner right after the verb names no one: the speaker is the one before.
    let found = statements_of(
        "وقال المدرب خالد العلي: «قدمنا مباراة كبيرة». ثم أكد بشكل قاطع أن الفريق سيعود أقوى",
    );
    let speakers: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers, [Some("خالد العلي"); 2], "{found:?}");
}

#[test]
fn a_blessing_after_the_name_and_naming_oneself_are_no_part_of_it() {
    let text = "وقال الشيخ ابن باز رحمه الله إن العلم نور يهدي صاحبه إلى الخير.";
    assert_eq!(only_speaker(text).as_deref(), Some("ابن باز"));
    // `رفض ذكر اسمه` (declined to give his name): the cue is `قال`.
    let found = statements_of("قال شاب رفض ذكر اسمه إنه طالب جامعي يبحث عن عمل منذ سنة.");
    let [(_, _, cue, speaker)] = &found[..] else {
        panic!("one statement: {found:?}");
    };
    assert_eq!(cue.as_deref(), Some("قال"));
    assert_ne!(speaker.as_deref(), Some("اسمه"));
}

#[test]
fn a_title_description_gives_the_name_that_closes_it() {
    // Through the institution (`للإدارة`, `بالعاصمة`) to the name after the rank.
    let text = "وأوضح المتحدث الرسمي للإدارة العامة للدفاع المدني بالعاصمة المقدسة الرائد نايف \
                الشريف، أنه تمت السيطرة على الحريق بالكامل.";
    assert_eq!(only_speaker(text).as_deref(), Some("نايف الشريف"));
    // After a rank, `علي` is a name, not `على` (on).
    let text = "أوضح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم علي بن عمير الشهراني، \
                بأن الفرق باشرت الحادث فورا.";
    assert_eq!(only_speaker(text).as_deref(), Some("علي بن عمير الشهراني"));
    // `أوضح ذلك` (explained this): the speaker comes after the object.
    let text = "أوضح ذلك مدير المستشفى الدكتور خالد العمري بقوله إن الحالة مستقرة تماما.";
    assert_eq!(only_speaker(text).as_deref(), Some("خالد العمري"));
    // A surname with the article closes the description where the article has it speak alone.
    let found = statements_of(
        "وقال وزير الخارجية السعودي عادل الجبير إن العلاقات قوية جدا. وأضاف الجبير أن الحوار \
         مستمر بين البلدين.",
    );
    let speakers: Vec<Option<&str>> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers, [Some("عادل الجبير"), Some("عادل الجبير")]);
    // Otherwise the last words of a description are no name.
    let text = "وقال المتحدث الأمني بوزارة الداخلية إن الحادث قيد التحقيق الآن.";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("المتحدث الأمني بوزارة الداخلية")
    );
}

#[test]
fn a_name_opening_with_a_common_first_name_closes_a_title_description() {
    for (text, name) in [
        (
            "وقال مدير المعرض أحمد العمري إن الإقبال فاق التوقعات هذا العام.",
            "أحمد العمري",
        ),
        (
            "وقال المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ إن \
             القافلة وصلت إلى المدينة.",
            "رأفت الصباغ",
        ),
        (
            "وقال مدير المرصد رامي عبد الرحمن إن الاشتباكات مستمرة منذ الصباح.",
            "رامي عبد الرحمن",
        ),
        (
            "وقال رئيس اللجنة عبدالله بن سعيد بن ضاوي إن الأعمال ستنتهي قريبا.",
            "عبدالله بن سعيد بن ضاوي",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(name), "{text}");
    }
    // Not a name after `بنت` (daughter of), which is her father's, nor one in the name of an
    // airport, nor one that a word for someone else (the martyr's brother) stands before.
    for (text, not) in [
        (
            "وقالت مديرة الإدارة نوف بنت محمد العتيبي إن البرنامج يبدأ الأسبوع المقبل.",
            "محمد العتيبي",
        ),
        (
            "وقال مدير عام جمرك مطار الملك عبدالعزيز الدولي إن الشحنة ضبطت أمس.",
            "عبدالعزيز الدولي",
        ),
        (
            "وقال شقيق الشهيد محمد العنزي إن العائلة فخورة به كثيرا.",
            "محمد العنزي",
        ),
    ] {
        assert_ne!(only_speaker(text).as_deref(), Some(not), "{text}");
    }
}

#[test]
fn a_name_in_marks_after_a_preposition_is_where_it_was_said() {
    let text = "أطلق الشيخ خالد تغريدة على موقع التواصل «تويتر» قال فيها «نهنئ الشعب بعيد الفطر \
                المبارك»";
    assert_ne!(only_speaker(text).as_deref(), Some("تويتر"));
    // Standing alone before the verb, it speaks.
    let text = "أما «حسين» فقال: «نحتاج إلى عمل دولي مشترك الآن»";
    assert_eq!(only_speaker(text).as_deref(), Some("حسين"));
}

#[test]
fn a_rank_and_a_surname_is_the_person_named_more_fully() {
    let found = statements_of(
        "صرح اللواء منصور التركي بأن الحادث قيد التحقيق الآن. وأضاف اللواء التركي أن \
         التحقيقات مستمرة حتى الآن.",
    );
    let speakers: Vec<Option<&str>> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers, [Some("منصور التركي"), Some("منصور التركي")]);
    // Named no more fully, the rank stays with the surname.
    let text = "وأضاف العميد الصبيحي أن التحقيقات مستمرة حتى الآن.";
    assert_eq!(only_speaker(text).as_deref(), Some("العميد الصبيحي"));
}
