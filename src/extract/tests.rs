//! Extraction tests over short texts: statements, speakers and cues across the scripts.

use super::*;

mod carried;
mod clauses;
mod cues;
mod names;
mod references;
mod relayed;
mod scripts;
mod titles;

/// The statements of `text`: kind, text, cue and speaker.
fn statements_of(text: &str) -> Vec<(Kind, String, Option<String>, Option<String>)> {
    let article = Article::new("t.txt".into(), None, text.into(), "UTF-8", text.len());
    extract(&article)
        .into_iter()
        .filter(Item::is_statement)
        .map(|i| {
            let (cue, speaker) = (i.cue.map(String::from), i.speaker.map(String::from));
            (i.kind, i.text.into(), cue, speaker)
        })
        .collect()
}

#[test]
fn the_topic_after_as_for_speaks_by_the_verb_joined_to_it() {
    // `أما X فيقول` (as for X, he says): X, whatever its words open with.
    for (text, speaker) in [
        (
            "أما وحيد البراق فيقول إن السوق تغيرت كثيرا هذا العام.",
            "وحيد البراق",
        ),
        (
            "أما دويتشه بانك فقال إن الأسعار سترتفع في الربع المقبل.",
            "دويتشه بانك",
        ),
    ] {
        let found = statements_of(text);
        let [(_, _, _, said_by)] = &found[..] else {
            panic!("one statement: {found:?}");
        };
        assert_eq!(said_by.as_deref(), Some(speaker), "{text}");
    }
    // A question is no topic (its words hold no name).
    let found = statements_of("أما لماذا فرنسا؟ فقد أوضح أن القرار اتخذ منذ زمن بعيد.");
    assert!(
        found
            .iter()
            .all(|s| s.3.as_deref().is_none_or(|s| !s.contains("فرنسا"))),
        "{found:?}"
    );
}

#[test]
fn a_name_in_marks_before_the_verb_speaks_unless_a_comma_ends_its_clause() {
    let [(_, _, _, speaker)] = &statements_of("أما “حسين” فقال: «نحتاج إلى عمل دولي مشترك»")[..]
    else {
        panic!("one statement");
    };
    assert_eq!(speaker.as_deref(), Some("حسين"));
    // The marked word names a place in the clause before the comma, not the speaker.
    let found = statements_of("أقيم الحفل في ولاية «فلوريدا» أمس، وقال: «نحن مستمرون في العمل»");
    let [(_, _, cue, speaker)] = &found[..] else {
        panic!("one statement: {found:?}");
    };
    assert_eq!(cue.as_deref(), Some("وقال"));
    assert_ne!(speaker.as_deref(), Some("فلوريدا"));
}

/// The speaker of the one statement in `text`.
fn only_speaker(text: &str) -> Option<String> {
    let found = statements_of(text);
    let [(_, _, _, speaker)] = &found[..] else {
        panic!("one statement in {text}: {found:?}");
    };
    speaker.clone()
}

#[test]
fn a_name_of_several_words_in_marks_is_the_whole_name() {
    for (text, name) in [
        (
            "والد الشاب \"سفر السواط\" أكد أن الحالة مستقرة تماما",
            "سفر السواط",
        ),
        (
            "«ابوالفضل اکرمی» افزود: افزایش نرخ ارز بازار را تکان داد",
            "ابوالفضل اکرمی",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(name), "{text}");
    }
}

#[test]
fn records_are_the_items_without_their_highlights() {
    let mut highlighted = 0;
    for article in crate::corpus::sample_set() {
        let mut items = extract(&article);
        highlighted += items
            .iter()
            .filter(|i| i.cue_span.is_some() || i.speaker_span.is_some())
            .count();
        for item in &mut items {
            item.cue_span = None;
            item.speaker_span = None;
        }
        assert_eq!(
            extract_records(&article, InWords::Read),
            items,
            "{}",
            article.name
        );
        // Without numbers in words, the rest are the same.
        items.retain(|i| !i.words);
        assert_eq!(extract_records(&article, InWords::Skip), items);
    }
    // The sample set quotes named speakers with cues: the highlights were there to drop.
    assert!(highlighted > 10, "{highlighted}");
}

#[test]
fn code_point_offsets_are_right_in_any_order_of_asking() {
    for article in crate::corpus::sample_set() {
        let source = Source::new(&article);
        let bytes: Vec<usize> = article
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([article.text.len()])
            .collect();
        let n = bytes.len() - 1;
        assert_eq!(n, article.chars);
        // Forwards, backwards, and jumping about.
        let order = (0..=n)
            .step_by(7)
            .chain((0..=n).rev().step_by(5))
            .chain((0..=n).map(|i| (i * 7919) % (n + 1)));
        for at in order {
            assert_eq!(
                source.char_offset(bytes[at]),
                at,
                "{} at {at}",
                article.name
            );
        }
        let (start, end) = (bytes[n / 3], bytes[n / 2]);
        let expected: String = article
            .text
            .chars()
            .skip(n / 3)
            .take(n / 2 - n / 3)
            .collect();
        assert_eq!(source.str(start, end), expected);
    }
}

#[test]
fn sentences_end_at_their_marks_and_not_inside_numbers() {
    let text = "قال 2.5 مليون؟ نعم! وقال. ثم x.y أخيرا\nسطر آخر.";
    let article = Article::new("t.txt".into(), None, text.into(), "UTF-8", text.len());
    let source = Source::new(&article);
    let at = |needle: &str| text.find(needle).expect("in the text");
    // The question mark ends the first sentence, the point in 2.5 does not.
    assert_eq!(source.sentence_end(0), at("؟"));
    assert_eq!(source.sentence_start(at("نعم")), at("؟") + '؟'.len_utf8());
    assert_eq!(source.sentence_start(at("مليون")), 0);
    // A point between letters ends nothing; a paragraph ends a sentence.
    assert_eq!(source.sentence_end(at("ثم")), at("\n"));
    assert_eq!(source.sentence_start(at("أخيرا")), at("ثم") - 1);
    assert_eq!(source.sentence_start(at("آخر")), at("سطر"));
    assert_eq!(source.sentence_end(at("سطر")), text.len() - 1);
}

#[test]
fn a_quoted_heading_is_by_the_speaker_of_the_statement_under_it() {
    let text = "وقال مسؤولون عراقيون إن البيان سينشر يوم الاثنين المقبل.\n\n\"وجودنا بطلب عراقي\"\n\nفي المقابل، ردت وزارة الخارجية الأميركية على ذلك، بالقول إن وجود قواتها في العراق يأتي بطلب من الحكومة.";
    let found = statements_of(text);
    let heading = found.iter().find(|s| s.1 == "وجودنا بطلب عراقي");
    assert_eq!(
        heading.and_then(|s| s.3.as_deref()),
        Some("وزارة الخارجية الأميركية"),
        "{found:?}"
    );
    // A heading that shares no words with what follows keeps the speaker before it.
    let text = "وقال الطبيب إن الاكتئاب مرض يحتاج إلى علاج طويل.\n\n«ستكون أفضل إذا ابتسمت»\n\nوقالت الصحيفة إن إجبار الشخص على سلوك بعينه ليس الحل.";
    let found = statements_of(text);
    let heading = found.iter().find(|s| s.1 == "ستكون أفضل إذا ابتسمت");
    assert_eq!(
        heading.and_then(|s| s.3.as_deref()),
        Some("الطبيب"),
        "{found:?}"
    );
}

#[test]
fn a_clause_that_is_mostly_a_quotation_is_the_quotation() {
    let text = "وقالت ساكي إن الحكومة \"راغبة في أن تواصل الولايات المتحدة تدريب جيشها ومساعدته\".";
    let kinds: Vec<Kind> = statements_of(text).into_iter().map(|s| s.0).collect();
    assert_eq!(kinds, [Kind::Quote]);
    // A short quotation inside a longer clause leaves the clause reported speech too.
    let text = "وأشار إلى أن وزير الدفاع لويد أوستن انضم إلى المحادثات لـ\"إعادة تأكيد التزامه\" مواصلة القتال ضد التنظيم في البلاد.";
    let kinds: Vec<Kind> = statements_of(text).into_iter().map(|s| s.0).collect();
    assert_eq!(kinds, [Kind::Reported, Kind::Quote]);
}

#[test]
fn a_quoted_name_after_a_title_does_not_stop_reported_speech() {
    let text = "أفادت صحيفة \"وول ستريت جورنال\" أمس، بأن كبار المسؤولين يخططون لإصدار بيان مشترك.";
    let found = statements_of(text);
    let [(Kind::Reported, clause, cue, _)] = &found[..] else {
        panic!("one reported statement: {found:?}");
    };
    assert!(clause.starts_with("كبار المسؤولين"), "{clause}");
    assert_eq!(cue.as_deref(), Some("أفادت"));
}

#[test]
fn that_in_a_conjunction_opens_no_reported_clause() {
    for text in [
        "وأكدت التزامها بأداء المهمة الأخيرة لإدارة أوباما قبل أن تستقيل من منصبها في الخريف المقبل.",
        "وجاء ذلك التقليص بعد أن وضع التلفزيون شروطا محددة للموافقة على الأعمال.",
        "وكانت السلطات العراقية اعلنت تحرير المحافظة، الا ان الاخير عاود الهجوم في الاسابيع الماضية.",
        "وأعلن رسميا عن وجود الوباء في يونيو مع أن أول إصابة بهذا المرض سجلت قبل ذلك بشهر.",
    ] {
        assert_eq!(statements_of(text), [], "{text}");
    }
    // The clause after the verb's own `أن`, past a conjunction's, and after a colon.
    for (text, opening) in [
        (
            "وقال مدير المفوضية بعد أن زار ثلاث جزر يونانية بأن على الدول الأعضاء أن تتحرك.",
            "على الدول",
        ),
        (
            "وقالت الحكومة قبل عامين: إنها ستغير القانون بهدف حماية الأطفال.",
            "إنها ستغير",
        ),
    ] {
        let found = statements_of(text);
        let [(Kind::Reported, clause, _, _)] = &found[..] else {
            panic!("one reported statement in {text}: {found:?}");
        };
        assert!(clause.starts_with(opening), "{clause}");
    }
}

#[test]
fn speaker_phrases_end_where_the_name_does() {
    for (text, name) in [
        // A relative clause.
        (
            "وقال وزير خارجية النمسا سباستيان كورتس الذي يعتزم زيارة إيران \"اتفاق إيران النووي له آثار كبيرة\"",
            "سباستيان كورتس",
        ),
        // An age.
        (
            "وقال محمد الرغاي 72 سنة «الديمقراطية حقوق وواجبات لا بد منها»",
            "محمد الرغاي",
        ),
        // The agency told.
        (
            "وقال مسؤول بوزارة الطاقة لرويترز إن أسعار البنزين ربما ترتفع قليلا هذا الشهر",
            "مسؤول بوزارة الطاقة",
        ),
        // What the source said, before the source.
        (
            "وحسب زعم عطوف فإن اللقاء بحث «التمايز بين الدعوي والسياسي في الحركة»",
            "عطوف",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(name), "{text}");
    }
}

#[test]
fn a_participle_goes_on_with_the_subject_not_a_phrase_between_commas() {
    let found = statements_of(
        "وأشار المدير إلى نمو السوق، خاصة في منطقة الخليج، قائلا: «التقارير العالمية تؤكد نمو السوق»",
    );
    assert!(
        found
            .iter()
            .all(|s| s.3.as_deref() != Some("خاصة في منطقة الخليج")),
        "{found:?}"
    );
    // A cue ending with a colon after a quotation opens the next one: no name follows it.
    let found = statements_of(
        "ويشير إلى أن «حجم سوق السلع الفاخرة بلغ 14.6 مليار دولار»، مضيفا: «تعد السوق السعودية من أهم الأسواق»",
    );
    assert!(
        found
            .iter()
            .all(|s| !s.3.as_deref().is_some_and(|n| n.contains("السوق"))),
        "{found:?}"
    );
}

#[test]
fn said_in_it_names_no_one_by_itself() {
    // `جاء فيها` (it read): the pronoun is the text, not a speaker.
    let found =
        statements_of("وقرأ أحد تلامذته وصيته الشهيرة، جاء فيها: «إنه لشرف لي أن أخاطبكم اليوم»");
    assert!(
        found
            .iter()
            .all(|s| !s.3.as_deref().is_some_and(|n| n.contains("فيها"))),
        "{found:?}"
    );
}

#[test]
fn told_to_a_paper_is_no_part_of_the_speaker() {
    for (text, name) in [
        (
            "وقالت مصادر مطلعة لـ«الشرق الأوسط» إن «الاتفاق سيوقع خلال الأسبوع المقبل»",
            Some("مصادر مطلعة"),
        ),
        // The paper first, the speaker after it.
        (
            "وأشار لـ\"الاقتصادية\" أنس عتيق تاجر جلود، إلى أن «الأسعار ارتفعت كثيرا هذا العام»",
            Some("أنس عتيق تاجر جلود"),
        ),
        // Asking that his name not be given: `ذكر` is no verb there.
        (
            "وقال أحد المسعفين في موقع الانفجار، طالبا عدم ذكر اسمه \"نقلنا حتى الآن 12 جثة\"",
            Some("أحد المسعفين"),
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), name, "{text}");
    }
    // `لفت النظر` (drew attention) and `بأنه` (that he) name no one.
    for text in [
        "ولفت النظر إلى أن «الألعاب الشعبية استطاعت البقاء رغم كل شيء»",
        "وأوضح بأنه «جرى نقل الجثمان إلى المستشفى القريب»",
    ] {
        assert_eq!(only_speaker(text), None, "{text}");
    }
}

#[test]
fn words_between_the_verb_and_its_subject_are_passed_over() {
    for (text, name) in [
        (
            "ولفت أيضا مساعد وزير الخزانة دانيال غليزر إلى أن «العقوبات ستبقى سارية»",
            Some("مساعد وزير الخزانة دانيال غليزر"),
        ),
        // Said to him, the day before yesterday, a blessing: none of them is a speaker.
        ("فقال له: «السلام عليك ورحمة الله»", None),
        ("وقال أول من أمس إن «الخطة ستعلن في الأسبوع المقبل»", None),
        ("وقال عليه الصلاة والسلام: «إنما الأعمال بالنيات»", None),
        // How it was said (`بوضوح`, clearly) is passed over too.
        (
            "وقال بوضوح وزير الخارجية السعودي إن «المملكة لن تقبل بذلك أبدا»",
            Some("وزير الخارجية السعودي"),
        ),
        // Said to you, to me: nor is it a first name of the word after it.
        (
            "ويقول لك قادة التنظيم إنهم يفعلون هذا رغم مخالفته للشرع.",
            Some("قادة التنظيم"),
        ),
        (
            "فقال لي الحكيم: «اصبر على ما أصابك فإن الفرج قريب»",
            Some("الحكيم"),
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), name, "{text}");
    }
}

#[test]
fn according_to_names_the_source_after_its_li() {
    for (text, name) in [
        (
            "ووفقا لمصادر صحافية فإن الخطة وضعت «لزيادة كلفة القطيعة على الدائنين».",
            "مصادر صحافية",
        ),
        // After what it reported: the agency.
        (
            "ووفقا لما أوردته وكالة الأنباء الإماراتية، فإن الشهيد يدعى «سيف يوسف أحمد الفلاسي».",
            "وكالة الأنباء الإماراتية",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(name), "{text}");
    }
}

#[test]
fn a_sentence_run_on_without_a_space_has_its_own_speaker() {
    // `ميونيخ.وقال`: the page left out the space after the full stop.
    let found = statements_of(
        "وانتقل شفاينشتايجر إلى مانشستر يونايتد بعد أن قضى 13 عاما مع بايرن ميونيخ.وقال \
         جوارديولا في تصريحات صحفية «مقتنع تماما من أنه سيظهر بصورة رائعة».وأضاف «إنه \
         لاعب عالمي».",
    );
    let speakers: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers, [Some("جوارديولا"), Some("جوارديولا")], "{found:?}");
    // A reported clause stops where the next sentence starts, space or none.
    let found = statements_of(
        "وأوضح المدير أن العمل بدأ في الموعد المحدد للمشروع.وتابعت الشركة أعمالها في الموقع",
    );
    let [(_, text, _, _)] = &found[..] else {
        panic!("one statement: {found:?}");
    };
    assert_eq!(text, "العمل بدأ في الموعد المحدد للمشروع");
}
