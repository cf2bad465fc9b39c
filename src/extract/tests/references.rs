//! Speakers a statement refers to rather than names: the two sides, the subject before
//! `بالقول` and `بقوله`, an honorific standing for the person speaking before, and a
//! reference (`المصدر`) to whoever it names.

use super::*;

#[test]
fn the_two_sides_are_the_last_pair_named() {
    // A dual reference, and a dual verb with no subject.
    let text = "وأصدرت بغداد وواشنطن بياناً مشتركاً.\n\nوذكر الطرفان في البيان أن: «دور القوات قد تحول الآن إلى التدريب»";
    assert_eq!(only_speaker(text).as_deref(), Some("بغداد وواشنطن"));
    let text = "وأصدرت بغداد وواشنطن بياناً مشتركاً، ذكرا فيه أن: «دور القوات تحول إلى التدريب»";
    assert_eq!(only_speaker(text).as_deref(), Some("بغداد وواشنطن"));
    // Named only later in the article.
    let text = "كما أكد البلدان أن \"وجود القوات جاء بناء على دعوة الحكومة\".\n\nوعقد الحوار بين العراق والولايات المتحدة.";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("العراق والولايات المتحدة")
    );
}

#[test]
fn by_saying_is_by_the_subject_of_the_verb_before_it() {
    let text = "في المقابل، ردت وزارة الخارجية الأميركية على ذلك، بالقول إن وجود قواتها في العراق يأتي بطلب من الحكومة.";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("وزارة الخارجية الأميركية")
    );
    let text = "واختتم الحكير حديثه بالقول: «لم يحالفنا التوفيق في الصعود هذا الموسم»";
    assert_eq!(only_speaker(text).as_deref(), Some("الحكير"));
    // Not every verb: a participle's object is no speaker.
    let text =
        "وقال الشاعر إن الشعر سيعود، مستعيدا فكرة إحياء السوق بالقول: «أذكر منذ وقت بعيد ذلك»";
    let found = statements_of(text);
    assert!(
        found
            .iter()
            .all(|s| s.3.as_deref() != Some("فكرة إحياء السوق")),
        "{found:?}"
    );
}

#[test]
fn by_his_saying_is_a_cue_of_its_own_or_the_verb_before_it() {
    for (text, kind, cue, speaker) in [
        // The subject of the verb before, as with `بالقول`.
        (
            "وعبر الجهني عن دهشته من ذلك العزوف بقوله: «لا أعرف لذلك سببًا واحدًا حتى الآن»",
            Kind::Quote,
            "بقوله",
            "الجهني",
        ),
        // The subject ends at what the verb acts on: his article.
        (
            "وختم الكاتب مقاله بقوله: «لن يصلح حال الأندية دون مال»",
            Kind::Quote,
            "بقوله",
            "الكاتب",
        ),
        // A clause after `بقوله إن` is reported speech.
        (
            "واختتم المدرب حديثه بقوله إن الفريق سيعود أقوى في الموسم المقبل.",
            Kind::Reported,
            "بقوله",
            "المدرب",
        ),
        // After a speech verb the verb is the cue, and its subject the speaker, which
        // `بقولها` is no part of.
        (
            "وقالت الوزيرة بقولها: «نعمل على خطة جديدة لكل المدارس»",
            Kind::Quote,
            "وقالت",
            "الوزيرة",
        ),
        (
            "وأضاف الخبراء بقولهم: «السوق ستتعافى قبل نهاية العام»",
            Kind::Quote,
            "وأضاف",
            "الخبراء",
        ),
    ] {
        let found = statements_of(text);
        assert_eq!(
            found
                .iter()
                .map(|s| (s.0, s.2.as_deref(), s.3.as_deref()))
                .collect::<Vec<_>>(),
            [(kind, Some(cue), Some(speaker))],
            "{text}"
        );
    }
    // With no subject after the verb, the speaker before.
    let text = "وقال الوزير سعد الحربي إن الخطة الجديدة جاهزة للتنفيذ في كل المدارس. وأضاف بقوله: «سنبدأ العمل بها الأسبوع المقبل»";
    let found = statements_of(text);
    assert_eq!(
        found.last().map(|s| (s.2.as_deref(), s.3.as_deref())),
        Some((Some("وأضاف"), Some("سعد الحربي"))),
        "{found:?}"
    );
}

#[test]
fn an_honorific_alone_stands_for_the_person_speaking_before() {
    let speakers = |text: &str| -> Vec<Option<String>> {
        statements_of(text).into_iter().map(|s| s.3).collect()
    };
    let prince = "وأكد الأمير خالد الفيصل أن المشروع سيكتمل قبل نهاية العام المقبل. ";
    let found = speakers(&format!(
        "{prince}وقال سموه إن العمل يسير وفق الخطة الموضوعة له منذ البداية."
    ));
    assert_eq!(found[1], found[0], "{found:?}");
    assert!(
        found[0]
            .as_deref()
            .is_some_and(|s| s.contains("خالد الفيصل"))
    );
    for (text, statement, speaker) in [
        // `سموه` is a prince's: a minister before is someone else.
        (
            "وأكد الوزير سعد الحربي أن المشروع سيكتمل قبل نهاية العام المقبل. وقال سموه إن العمل يسير وفق الخطة الموضوعة.",
            1,
            "سموه",
        ),
        // Named after the title the honorific answers to, where no statement of his came
        // before.
        (
            "استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير الوفد أمس. وقال سموه إن المنطقة تشهد مشاريع كبيرة في كل المحافظات.",
            0,
            "فيصل بن خالد بن عبدالعزيز",
        ),
        (
            "حذر سماحة مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ، المسلمين من الفتن. وأكد سماحته أن هذه الفئة شذت عن جماعة المسلمين وخرجت عليها.",
            0,
            "عبدالعزيز بن عبدالله آل الشيخ",
        ),
        // A compound name (`عبد العزيز`, `عبد الله`), written in two words: the second, with
        // the article, is no surname.
        (
            "حذر سماحة الشيخ عبد العزيز بن عبد الله آل الشيخ من الفتن. وأكد سماحته أن هذه الفئة شذت عن جماعة المسلمين وخرجت عليها.",
            0,
            "عبد العزيز بن عبد الله آل الشيخ",
        ),
        // A sermon's preacher is not the scripture quoted before him.
        (
            "قال الله تعالى: «وأوفوا بالعهد إن العهد كان مسؤولا». وقال فضيلته إن الوفاء بالعهد من صفات المؤمنين الصادقين.",
            1,
            "فضيلته",
        ),
    ] {
        let found = speakers(text);
        assert_eq!(
            found.get(statement).and_then(|s| s.as_deref()),
            Some(speaker),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_reference_to_no_one_named_before_is_the_speaker_itself() {
    let text = "وتمكين هذه المؤسسات من إدارة المناطق. وقال المصدر إن تعميما صدر من رئاسة الوزراء";
    assert_eq!(only_speaker(text).as_deref(), Some("المصدر"));
    let text = "وقالت الوكالة السورية للأنباء إن الوقت حان لإنهاء الأزمة";
    assert_eq!(
        only_speaker(text).as_deref(),
        Some("الوكالة السورية للأنباء")
    );
    // Named before, the reference is the speaker named.
    let found =
        statements_of("وقالت مصادر أمنية إن الهجوم وقع فجرا. وأضافت المصادر أن القتلى بلغوا عشرة");
    let speakers: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers, [Some("مصادر أمنية"), Some("مصادر أمنية")]);
    // Named in marks, the reference is the whole name (`صحيفة “ديلي ميل”`), not its first word.
    let text = "ونشرت صحيفة “ديلي ميل” البريطانية أمس صورا للمدينة. \
                وأضافت الصحيفة أن السكان غادروا منازلهم منذ أيام";
    assert_eq!(only_speaker(text).as_deref(), Some("صحيفة ديلي ميل"));
    // A statement's relative clause is no part of its name (`بيان نشرته`, a statement it
    // published), where the phrase stops short in it or a reference finds it.
    let text = "وقال تقرير نشر أمس إن الأسعار سترتفع في الربع المقبل";
    assert_eq!(only_speaker(text).as_deref(), Some("تقرير"));
    let text = "وجاء ذلك في بيان نشرته وكالة الأنباء الرسمية مساء أمس. \
                وأضاف البيان أن الحكومة ستجتمع غدا";
    assert_eq!(only_speaker(text).as_deref(), Some("بيان"));
}

#[test]
fn a_family_name_of_two_words_is_the_speaker_named_with_it() {
    let speakers_of = |text: &str| -> Vec<Option<String>> {
        statements_of(text).into_iter().map(|s| s.3).collect()
    };
    let named = "قال عبد العزيز بن عبد الله آل الشيخ إن الشباب أمانة في أعناقنا جميعا.";
    for (later, speaker) in [
        (
            "وأضاف آل الشيخ أن إصلاح الشباب من أفضل الأعمال.",
            "عبد العزيز بن عبد الله آل الشيخ",
        ),
        (
            "وأضاف أبو مرزوق أن الحوار مع الفصائل مستمر حتى نهاية هذا الشهر.",
            "أبو مرزوق",
        ),
    ] {
        let found = speakers_of(&format!("{named} {later}"));
        assert_eq!(found[1].as_deref(), Some(speaker), "{later}: {found:?}");
    }
    // Named after a profession (`الباحث`, the researcher), the person is the name, and the
    // family name later stands for it.
    let found = speakers_of(
        "وقال الباحث الأردني حسن أبو هنية إن التنظيم يتراجع في أكثر من جبهة منذ أشهر. \
         وأضاف أبو هنية أن الحرب على التنظيم ستكون طويلة جدا في العراق وسوريا.",
    );
    assert_eq!(
        found,
        [Some("حسن أبو هنية".into()), Some("حسن أبو هنية".into())]
    );
}
