//! Speakers a sentence names once for what follows: the subject of the verb opening a sentence
//! goes on through a participle (`مضيفا`) or a verb joined by `و`, and the next sentence's
//! first statement when it names no one.

use super::statements_of;

#[test]
fn a_participle_goes_on_with_the_subject_of_the_verb_opening_its_sentence() {
    for (text, speaker) in [
        // A verb joined by `و` after a comma goes on with the subject as a participle does.
        (
            "أبدى مدير الكرة بنادي الهلال الأستاذ فهد المفرج سعادته بانضباط اللاعبين، وقال: «يسعى الجهاز الفني إلى تحقيق الأهداف».",
            Some("فهد المفرج"),
        ),
        // After a rank: the name, not what the verb acts on after it.
        (
            "نفى الدكتور أشرف لطيف تادرس وجود علاقة بين الحر والعاصفة، مشيراً إلى أن الحرارة طبيعية في هذا الوقت.",
            Some("أشرف لطيف تادرس"),
        ),
        (
            "انتقد رئيس المجلس البلدي المهندس أنور البراك عدم تنفيذ البلدية لقراراته، مؤكدا أن المجلس سيتابع ذلك.",
            Some("أنور البراك"),
        ),
        (
            "أشاد الأمير عبد العزيز بن سعود تلك الجهود، قائلا إن الشباب هم عماد المستقبل في كل وقت.",
            Some("عبد العزيز بن سعود"),
        ),
        (
            "استقبل اللواء زياد الرقيطي الوفد الزائر في مكتبه، مؤكدا أن التعاون بين الجهتين مستمر.",
            Some("زياد الرقيطي"),
        ),
        // After a title and what it is the title of: the name, up to its surname.
        (
            "أكد محافظ الحرث مبارك بن سحمان السبيعي استقرار الوضع، مشيرا إلى أن المواطنين بخير في القرى.",
            Some("مبارك بن سحمان السبيعي"),
        ),
        (
            "أكد وزير الداخلية محمد العلي استقرار الوضع، مشيرا إلى أن المواطنين بخير في القرى.",
            Some("محمد العلي"),
        ),
        // Not a namesake of what the title is of, nor a name with no surname closing it.
        (
            "أشاد مدير مدينة الملك عبدالله الرياضية بالجماهير، مؤكدا أن الملعب جاهز للمباراة.",
            None,
        ),
        (
            "أشاد الأمين العام للاتحاد وسام فتوح أداء المصارف العربية، مؤكدا أن البيانات المالية للمصارف إيجابية هذا العام.",
            None,
        ),
        // (`بقوة`, strongly, ends a name as a word of manner: here it is what the verb acts on,
        // the banks' strength, and ends the name as well.)
        (
            "أشاد الأمين العام للاتحاد وسام فتوح بقوة المصارف العربية، مؤكدا أن البيانات المالية للمصارف إيجابية هذا العام.",
            Some("وسام فتوح"),
        ),
        // A name after a description of someone else is another's (the player's).
        (
            "أشاد مدرب اللاعب محمد العلي بجهود الفريق، مؤكدا أن الأسرة فخورة بما قدمه ابنها للوطن.",
            None,
        ),
        // A common first name and a surname before a description.
        (
            "أشاد فهد المفرج مدير الكرة بالنادي بانضباط اللاعبين، مؤكدا أن الفريق جاهز للموسم المقبل.",
            Some("فهد المفرج"),
        ),
        // Not `على` (on), which folds as `علي`, nor a name going on after `بن`.
        (
            "ركز على تصريحات وزير الخارجية الأخيرة، مشيرا إلى أن الموقف لم يتغير منذ بداية الأزمة.",
            None,
        ),
        (
            "ورأى أحمد بن مشرف أن الشواطئ ستتحرر من المتاجرة، مشيرا إلى أن المواطن سيجد مكانا للترفيه.",
            None,
        ),
        // A name set off by a comma before its description.
        (
            "حمّل سمير جعجع، رئيس حزب القوات اللبنانية، إيران مسؤولية التعطيل، موضحًا أن الانتخابات معطلة منذ عام.",
            Some("سمير جعجع"),
        ),
        // A description, where no one spoke before.
        (
            "نفى سفير المملكة في لبنان أن يكون المتهم سعوديا، مؤكدا أنه يحمل جنسية أخرى منذ سنوات طويلة.",
            Some("سفير المملكة"),
        ),
        // A title with the article opens the subject as one without it does.
        (
            "أعرب المدير العام للفندق أحمد عنتبلي عن فخره باستضافة الأيتام، مؤكدا أن الفندق شريك المجتمع.",
            Some("أحمد عنتبلي"),
        ),
        // A name set off by commas after its title, where the title holds no preposition.
        (
            "أعرب المدير العام للفندق، أحمد عنتبلي، عن فخره باستضافة الأيتام، مؤكدا أن الفندق شريك المجتمع.",
            Some("أحمد عنتبلي"),
        ),
        (
            "وأشاد الوزير في مؤتمر صحفي مع نظيره المصري، سامح شكري، بالاجتماع، مؤكداً أن الاجتماع وضع أسس الرؤية.",
            None,
        ),
        // What opens a sentence before its verb: an aside set off by a comma, `من جانبه`
        // with no comma, `كما`.
        (
            "من جهته، أعرب المدير العام للفندق، أحمد عنتبلي، عن فخره باستضافة الأيتام، مؤكدا أن الفندق شريك المجتمع.",
            Some("أحمد عنتبلي"),
        ),
        (
            "وفي المدينة المنورة، حذر الشيخ عبدالمحسن بن محمد القاسم من سفك الدم، مؤكدا أن سفكها موجب لغضب الله.",
            Some("عبدالمحسن بن محمد القاسم"),
        ),
        (
            "من جانبه طمأن مدير الكرة سمير السعود على سلامة البعثة، وقال: بحمد الله وصلت بعثة الفريق.",
            Some("سمير السعود"),
        ),
        (
            "من جهة أخرى، استقبل الأمير فيصل بن خالد مدير الأمن العام أمس، موضحاً أن رجال الأمن صمام الأمان.",
            Some("فيصل بن خالد"),
        ),
        (
            "كما أبدى مدير المرور العقيد صلاح بن إبراهيم الإبراهيم سعادته بالمشاركة، مشيرا إلى أن الإدارة ستكون متواجدة.",
            Some("صلاح بن إبراهيم الإبراهيم"),
        ),
        // Not past a comma that ends a name before its title (the aside ran on to it).
        (
            "من قبل رفض حسين هريدي، مساعد وزير الخارجية، تصريحات المالكي، مؤكدا أنها غير مقبولة شكلا وموضوعا.",
            None,
        ),
        // A sentence whose subject is no person by title or name gives none, past an aside
        // or not.
        (
            "من جهة أخرى، افتتح المعرض أبوابه للزوار، مشيرا إلى أن الدخول مجاني طوال أيام الأسبوع.",
            None,
        ),
        (
            "تركزت محادثات الوفدين على الأزمة السورية، معتبرا أن الحل السياسي هو الطريق الوحيد الممكن.",
            None,
        ),
    ] {
        let found = statements_of(text);
        assert_eq!(
            found.last().and_then(|s| s.3.as_deref()),
            speaker,
            "{text}: {found:?}"
        );
    }
    // The person who spoke before, named more fully, keeps the form he had.
    let text = "وقال الأمير خالد الفيصل إن المشروع سيكتمل قبل نهاية العام. وافتتح الأمير خالد الفيصل المعرض أمس، مؤكدا أن المنطقة تشهد نهضة كبيرة.";
    let found = statements_of(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].3, found[0].3, "{found:?}");
}

#[test]
fn a_first_statement_with_no_subject_is_by_the_person_a_sentence_before_opens_with() {
    for (text, speaker) in [
        (
            "أكد وزير الإسكان ماجد الحقيل على أهمية دور الصندوق في التنمية. وقال: «إنه لشرف لي أن أكون في هذا القطاع المهم».",
            Some("ماجد الحقيل"),
        ),
        (
            "التقى اللواء منصور التركي وفد الشركة أمس في مكتبه بالرياض. ¶ وأضاف أن التعاون بين الطرفين سيستمر طوال العام.",
            Some("منصور التركي"),
        ),
        // `الفريق الأول` is the first team, not a general named `الأول`.
        (
            "كسب الفريق الأول لكرة القدم بنادي الفتح مباراته الودية أمس. وقال إن الفريق قدم مستوى جيدا في المباراة كلها.",
            None,
        ),
    ] {
        let text = text.replace(" ¶ ", "\n\n");
        let found = statements_of(&text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].3.as_deref(), speaker, "{text}: {found:?}");
    }
}

#[test]
fn a_surname_alone_after_the_verb_is_the_speaker_it_named_before() {
    let speakers = |text: &str| -> Vec<Option<String>> {
        statements_of(text).into_iter().map(|s| s.3).collect()
    };
    // Another spoke between: the surname still names the coach, as he was named.
    let found = speakers(
        "قال مدرب ليستر كلاوديو رانييري إن الفريق قدم مستوى جيدا في المباراة كلها. وقال مدافع ليستر وس مورغان إن الدفاع كان قويا طوال الموسم الماضي. وأبدى رانييري رضاه عن المستوى، قائلًا: «الأداء رائع منذ البداية».",
    );
    assert_eq!(
        found.last(),
        Some(&Some("كلاوديو رانييري".to_owned())),
        "{found:?}"
    );
    // A surname two speakers share names neither: the one who spoke last goes on.
    let found = speakers(
        "قال لاعب الهلال أحمد الشهري إن الفريق قدم مستوى جيدا في المباراة كلها. وقال لاعب النصر محمد الشهري إن الدفاع كان قويا طوال الموسم الماضي. وقال مدافع ليستر وس مورغان إن الهجوم كان قويا طوال الموسم الماضي. وأبدى الشهري رضاه عن المستوى، قائلًا: «الأداء رائع منذ البداية».",
    );
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(found[3], found[2], "{found:?}");
}
