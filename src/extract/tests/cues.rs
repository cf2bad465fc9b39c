//! What is a cue and where the phrase naming the speaker after it ends.

use super::*;

#[test]
fn a_past_verb_after_a_preposition_is_no_cue() {
    // `لنقل` (to carry), `بكشف` (by revealing), `كلفت` (it cost): nouns and other verbs.
    for text in [
        "وسعت الوزارة لنقل أن الحافلات ستعمل طوال الليل في المدينة",
        "وقامت اللجنة بكشف أن الأموال صرفت على مشاريع وهمية",
        "وهي حرب كلفت سوريا أن تبعث بجيشها إلى لبنان",
    ] {
        assert!(statements_of(text).is_empty(), "{text}");
    }
    // The present tense takes it: `ليقول` (and then says).
    let [(_, _, cue, _)] = &statements_of("ثم عاد الوزير ليقول إن الحوار مستمر مع الجميع")[..]
    else {
        panic!("one statement");
    };
    assert_eq!(cue.as_deref(), Some("ليقول"));
}

#[test]
fn a_word_in_the_accusative_after_the_verb_says_how_not_who() {
    // `متأخرًا` (late): the speaker is the one the article named before.
    let found = statements_of(
        "وصل الوزير سعد الحربي إلى القاعة. وقال: «نحن مستمرون في العمل». \
         ثم قال متأخرًا: «لن نتراجع عن هذا القرار أبدا»",
    );
    let speakers: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers.len(), 2, "{found:?}");
    assert_ne!(speakers[1], Some("متأخرًا"));
    assert_eq!(
        only_speaker("وقال الوزير سعد الحربي مبتسماً: «نحن مستمرون في العمل»").as_deref(),
        Some("سعد الحربي")
    );
    // Written without the tanween: a participle's form says so (`متسائلا`, wondering).
    assert_eq!(
        only_speaker("وقال الوزير سعد الحربي متسائلا: «من يتحمل هذه الخسائر الكبيرة؟»").as_deref(),
        Some("سعد الحربي")
    );
    // A name from another language written so is no participle.
    assert_eq!(
        only_speaker("وقال فيجاي مهروترا: «الاقتصاد الهندي ينمو بسرعة كبيرة»").as_deref(),
        Some("فيجاي مهروترا")
    );
}

#[test]
fn a_participle_said_of_a_woman_or_of_several_is_a_cue() {
    for (text, participle) in [
        (
            "وعقدت الوزيرة مؤتمرا صحفيا، مؤكدة أن الحوار مستمر مع الجميع",
            "مؤكدة",
        ),
        (
            "واجتمع السكان أمس، مشيرين إلى أن المياه منقطعة منذ يوم العيد",
            "مشيرين",
        ),
    ] {
        let found = statements_of(text);
        let [(Kind::Reported, _, cue, _)] = &found[..] else {
            panic!("one reported statement in {text}: {found:?}");
        };
        assert_eq!(cue.as_deref(), Some(participle));
    }
    // A banner is not a participle: `لافتة` stays out.
    assert!(statements_of("ورفع المتظاهرون لافتة أن الحرية قادمة لا محالة").is_empty());
}

#[test]
fn the_phrase_after_the_verb_ends_before_adverbs_and_times() {
    for (text, speaker) in [
        (
            "قال عنه أمين الريحاني: «إنه أنزه مسؤول عرفته البلاد»",
            Some("أمين الريحاني"),
        ),
        (
            "في الاجتماعات التي أعلن خلالها رسميون جزائريون أن السياح سيعودون بكثافة",
            Some("رسميون جزائريون"),
        ),
        (
            "وقال يوروستات أيضا إن التضخم بقي دون المستوى المستهدف",
            Some("يوروستات"),
        ),
        (
            "وقال وزير المالية جورج أوزبورن الشهر الماضي إن البيع سيبدأ قريبا",
            Some("جورج أوزبورن"),
        ),
        (
            "وقال مونتاري أثناء المؤتمر الصحفي: «سنقاتل حتى المباراة الأخيرة»",
            Some("مونتاري"),
        ),
        (
            "وقال محمد الحكيم والذي كان حاضرا: «قدمنا مباراة كبيرة جدا اليوم»",
            Some("محمد الحكيم"),
        ),
        (
            "وقال مسؤول كبير دون الخوض في التفاصيل: «الاتفاق بات قريبا جدا»",
            Some("مسؤول كبير"),
        ),
        (
            "وقالت السفيرة دون ليبري: «نحن ندعم الحوار بين جميع الأطراف»",
            Some("دون ليبري"),
        ),
        (
            "وهذا ما صرح به الكاتب زكي عبدالهادي: «لن أتنازل عن حقي أبدا»",
            Some("زكي عبدالهادي"),
        ),
        // `من جديد` (again), `ما يلي` (the following), `بهذا الخصوص` (in this regard): no one
        // is named.
        ("وقال بهذا الخصوص: «الأمر يحتاج إلى دراسة متأنية»", None),
        ("وأكدت من جديد على أنها لن تتراجع عن قرارها", None),
        ("حيث قال ما يلي: «الوضع تحت السيطرة تماما الآن»", None),
    ] {
        assert_eq!(only_speaker(text).as_deref(), speaker, "{text}");
    }
}

#[test]
fn a_phrase_opening_with_a_demonstrative_is_whoever_was_speaking() {
    let found = statements_of(
        "وقالت مصادر أمنية إن الهجوم وقع فجرا. وأضافت هذه المصادر أن القتلى بلغوا عشرة",
    );
    let speakers: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers, [Some("مصادر أمنية"), Some("مصادر أمنية")]);
}

#[test]
fn the_paper_told_in_marks_ends_the_phrase_but_a_spokesman_s_body_does_not() {
    assert_eq!(
        only_speaker("وقال مصدر عسكري ل\"الرياض\" إن الهجوم فشل في تحقيق أهدافه").as_deref(),
        Some("مصدر عسكري")
    );
    assert_eq!(
        only_speaker("وأوضح ل\"الرياض\" مدير الدفاع المدني سعد الحربي: «أخمدنا الحريق بالكامل»")
            .as_deref(),
        Some("سعد الحربي")
    );
    // The marks turned round, as some pages write them.
    assert_eq!(
        only_speaker("وقالت مصادر طبية ل»الرياض« أمس: «الحالات كلها مستقرة الآن»").as_deref(),
        Some("مصادر طبية")
    );
    let speaker =
        only_speaker("وقال المتحدث الرسمي ل«نزاهة» عبدالرحمن العجلان: «التحقيق مستمر حتى الآن»");
    assert!(
        speaker.as_deref().is_some_and(|s| s.contains("العجلان")),
        "{speaker:?}"
    );
}

#[test]
fn a_participle_goes_on_with_the_subject_of_the_speech_verb_before_it() {
    let text = "عنوان الخبر\nكشفت مؤسسة النقد عن بدء تأسيس صندوق لحماية الودائع، مشيرة إلى أن \
                التغطية تشمل كل وديعة في البنوك";
    assert_eq!(only_speaker(text).as_deref(), Some("مؤسسة النقد"));
    // Where nothing ends the words after the verb, they run into its object; a body's name is
    // read to where it ends, before `هذا`.
    let text = "عنوان الخبر\nوأوضحت وزارة البترول هذا الأمر قائلة إن السياسة لن تتغير أبدا";
    assert_eq!(only_speaker(text).as_deref(), Some("وزارة البترول"));
    let text = "عنوان الخبر\nوأوضح المسؤول هذا الأمر قائلا إن السياسة لن تتغير أبدا";
    assert_eq!(only_speaker(text), None);
}

#[test]
fn what_follows_a_participle_is_what_it_stresses_unless_it_names_someone() {
    // `معتبرا تلك التصريحات` (deeming those remarks): the participle's object, not its subject.
    let text = "عنوان الخبر\nأدان وزير الخارجية السعودي عادل الجبير التصريحات العدوانية لإيران، \
                معتبرا تلك التصريحات بأنها «لا تعبر عن نوايا بلد يسعى إلى إقامة علاقات جيدة»";
    assert_eq!(only_speaker(text).as_deref(), Some("عادل الجبير"));
    // An honorific, or a title and the name closing it, after the participle name who speaks.
    let text = "عنوان الخبر\nوكان في استقبال سماحة المفتي الشيخ عبدالعزيز آل الشيخ أئمة المسجد. وبعد \
                جولة في المسجد اطلع على آثار التفجير، مؤكدا سماحته أن الجريمة لا يقرها دين";
    assert_eq!(only_speaker(text).as_deref(), Some("عبدالعزيز آل الشيخ"));
    let text = "عنوان الخبر\nوتأتي هذه الخطة لمعرفة مدى جاهزية الفرق. مبيناً مدير إدارة الدفاع \
                المدني بسكاكا العقيد كريم النصيري، أن هذه الخطة تأتي حرصا من رجال الدفاع المدني";
    assert_eq!(only_speaker(text).as_deref(), Some("كريم النصيري"));
    let text = "عنوان الخبر\nمن جهته شكر الدكتور عبدالله الفهد نائب رئيس جمعية الكشافة الأمير بندر \
                بن عبدالله لوقوفه على تنفيذ اللوحة، مبينا الفهد: أن أفراد الكشافة سيوقعون عليها";
    assert_eq!(only_speaker(text).as_deref(), Some("عبدالله الفهد"));
}

#[test]
fn the_topic_of_amma_is_who_speaks_with_the_verb_that_closes_it() {
    // `أما X … فتقول` (as for X, she says): X, not the speaker before.
    let text = "عنوان الخبر\nقال خصوم كلينتون الجمهوريون إن الرسائل كانت سرية. أما هيلاري كلينتون التي \
                يرجح فوزها بترشيح الحزب، فتقول إن ذلك يعود لضرورات عملية";
    let found = statements_of(text);
    let speakers: Vec<_> = found.iter().map(|(_, _, _, s)| s.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("خصوم كلينتون الجمهوريون"), Some("هيلاري كلينتون")]
    );
    // A topic that is no one (as for political poetry; as for what her reading holds) names
    // no one.
    for text in [
        "عنوان الخبر\nأما عن الشعر السياسي، فيقول إن زمنه لم ينته بعد",
        "عنوان الخبر\nأما عما يشتمل عليه برنامجها للقراءة فتقول إن الروايات العربية تأتي أولا هذا العام",
    ] {
        assert_eq!(only_speaker(text), None, "{text}");
    }
}

#[test]
fn the_subject_stands_after_a_demonstrative_the_verb_acts_on() {
    // `أوضح ذلك …` (… explained that): the verb's object before its subject, whom the
    // statements after go on with.
    let text = "عنوان الخبر\nذكر ذلك رئيس بلدية الظهران المهندس صالح بن محمد القرني، وأضاف أن \
                البلدية كثفت أعمال مكافحة الحشرات";
    assert_eq!(only_speaker(text).as_deref(), Some("صالح بن محمد القرني"));
}

#[test]
fn a_verb_joined_by_waw_goes_on_with_the_subject_with_no_comma_before_it() {
    let text = "عنوان الخبر\nوأعرب مدرب المنتخب الألماني يواكيم لوف عن ارتياحه لقرعة التصفيات وقال: \
                «وقعنا في مجموعة مهمة مع منافسين أقوياء»";
    assert_eq!(only_speaker(text).as_deref(), Some("يواكيم لوف"));
    // (`المولى`, the Lord a prayer asks, is no part of the name before it.)
    let text = "عنوان الخبر\nودعا سمو الأمير سعود بن نايف بن عبدالعزيز المولى أن يحمي هذه البلاد \
                وقال: «حماية الوطن واجب على كل عاقل»";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("سعود بن نايف بن عبدالعزيز")
    );
}

#[test]
fn ban_ki_moon_is_a_name_not_that() {
    // `بان` folds as `بأن` (that), which opens a reported clause and ends a speaker phrase.
    for text in [
        "وقال بان كي مون إن هذا يمثل تهديدا إضافيا للتطلعات المشروعة للشعب الفلسطيني",
        "وقال الأمين العام للأمم المتحدة بان كي مون إن هذا يمثل تهديدا إضافيا للتطلعات",
    ] {
        let [(_, said, _, speaker)] = &statements_of(text)[..] else {
            panic!("one statement in {text}");
        };
        assert!(said.starts_with("هذا يمثل"), "{text}: {said}");
        assert_eq!(speaker.as_deref(), Some("بان كي مون"), "{text}");
    }
    // `بأن` written without its hamza is still `that`.
    let [(_, said, _, _)] =
        &statements_of("وأكد الوزير بان الحكومة ستواصل دعم المشاريع الصغيرة")[..]
    else {
        panic!("one statement");
    };
    assert!(said.starts_with("الحكومة"), "{said}");
}

#[test]
fn van_of_a_dutch_name_is_a_name_not_so() {
    // `فان` (Van) folds as `فإن` (so, that), which opens a reported clause and ends a speaker
    // phrase: right after the verb, inside a name, and before a title.
    for (text, speaker) in [
        (
            "وأوضح فان جال أنه في حالة رحيل دي خيا يتوقع الحصول على مقابل جيد",
            "فان جال",
        ),
        (
            "وقال يوهانس فان در كلاوو إن الظروف مواتية بما يكفي لعودة الأمم المتحدة",
            "يوهانس فان در كلاوو",
        ),
        (
            "قال لويس فان جال المدير الفني لمانشستر يونايتد إن الفريق جاهز للموسم",
            "لويس فان جال",
        ),
    ] {
        let [(_, said, _, found)] = &statements_of(text)[..] else {
            panic!("one statement in {text}");
        };
        let clause = ["في حالة", "الظروف", "الفريق"];
        assert!(clause.iter().any(|c| said.starts_with(c)), "{text}: {said}");
        assert_eq!(found.as_deref(), Some(speaker), "{text}");
    }
    // `فإن` without its hamza after the subject still opens the clause where the article
    // follows, or after a comma; a clause may open right after the name.
    for (text, opening) in [
        (
            "وأشار الأستاذ فان بأن الأمر نجح مع مئتين وخمسين نوعا من الأشجار",
            "الأمر",
        ),
        (
            "وأشار التقرير فان الملعب سيكون جاهزا قبل بداية الموسم المقبل",
            "الملعب",
        ),
        (
            "وبحسب ما ذكر المدرب، فان حالة اللاعب مستقرة بعد الإصابة",
            "حالة",
        ),
    ] {
        let found = statements_of(text);
        assert!(
            found
                .iter()
                .any(|(_, said, _, _)| said.starts_with(opening)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn bayyana_written_without_its_shadda_is_read_by_where_it_stands() {
    let reported = |text: &str| {
        statements_of(text)
            .into_iter()
            .map(|(_, text, cue, speaker)| (text, cue, speaker))
            .collect::<Vec<_>>()
    };
    let found = reported("وبين العنزي أن المشروع سيكتمل خلال العام المقبل.");
    let [(text, cue, speaker)] = &found[..] else {
        panic!("one statement: {found:?}");
    };
    assert_eq!(text, "المشروع سيكتمل خلال العام المقبل");
    assert_eq!(
        (cue.as_deref(), speaker.as_deref()),
        (Some("وبين"), Some("العنزي"))
    );
    let found = reported("وأقيم الحفل أمس، كما بين الوزير أن البرنامج سيستمر أسبوعا كاملا.");
    assert_eq!(found.len(), 1, "{found:?}");
    // Its other forms are no other word.
    let found = reported("وبينت النتائج أن نسبة النجاح ارتفعت هذا العام كثيرا.");
    assert_eq!(found.len(), 1, "{found:?}");
    // Between, among: within a sentence, or with no clause reported after it.
    assert!(reported("ووقع الاتفاق بين الرياض وبين القاهرة أن يبدأ العمل غدا.").is_empty());
    let found = statements_of(
        "وبين الأمثلة التي سوقتها وسائل الإعلام التابعة للنظام، مصطلح «المنافقين الخونة في الداخل»",
    );
    assert!(found.iter().all(|s| s.2.is_none()), "{found:?}");
}

#[test]
fn explaining_goes_on_with_the_subject_of_the_verb_before_its_that() {
    // `مبيناً` (explaining) is a participle like `مشيراً`; `ذكر ذلك X` (X said so) names the
    // subject right after `ذلك`, a title and a name before its comma.
    for (text, speaker) in [
        (
            "ذكر ذلك سعد الثويني، مدير إدارة الإعلام بأمانة المنطقة، مبيناً أن الغرامات بلغت حدا كبيرا.",
            "سعد الثويني",
        ),
        (
            "أوضح ذلك رئيس مجلس إدارة الغرفة المهندس عبد الله المبطي، مشيرا إلى أن الغرفة تعمل كثيرا.",
            "عبد الله المبطي",
        ),
        // No comma before the participle.
        (
            "ذكر ذلك سعد الثويني مدير إدارة الإعلام بأمانة المنطقة مبيناً أن الغرامات بلغت حدا كبيرا.",
            "سعد الثويني",
        ),
    ] {
        let found = statements_of(text);
        let [(_, _, cue, said_by)] = &found[..] else {
            panic!("one statement: {found:?}");
        };
        assert!(
            cue.as_ref().is_some_and(|c| c.starts_with('م')),
            "{found:?}"
        );
        assert_eq!(said_by.as_deref(), Some(speaker), "{text}");
    }
}
