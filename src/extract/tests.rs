//! Extraction tests over short texts: statements, speakers and cues across the scripts.

use super::*;

#[test]
fn a_character_is_found_where_position_finds_it() {
    let text: Vec<char> = "قال «نعم» في 2021 و٢٥ وقال: ‹لا›".chars().collect();
    let long: Vec<char> = std::iter::repeat_n('ب', 40)
        .chain(text.iter().copied())
        .chain(std::iter::repeat_n('ب', 40))
        .collect();
    for chars in [&text, &long] {
        for wanted in [
            (|c: char| c.is_ascii_digit()) as fn(char) -> bool,
            |c| matches!(c, '«' | '‹'),
            |c| c == 'x',
        ] {
            for from in 0..=chars.len() {
                let expected = chars[from..].iter().position(|&c| wanted(c));
                assert_eq!(find_char(chars, from, wanted), expected.map(|p| from + p));
            }
        }
    }
}

/// The statements of `text`: kind, text, cue and speaker.
fn statements_of(text: &str) -> Vec<(Kind, String, Option<String>, Option<String>)> {
    let article = Article::new("t.txt".into(), None, text.into(), "UTF-8", text.len());
    extract(&article)
        .into_iter()
        .filter(Item::is_statement)
        .map(|i| (i.kind, i.text, i.cue, i.speaker))
        .collect()
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
fn persian_and_hebrew_speech_verbs_report_speech() {
    let found =
        statements_of("مدیرکل اقتصادی بانک مرکزی گفت: نوسانات ارزی بازار مسکن را متلاطم کرد.");
    assert_eq!(
        found
            .iter()
            .map(|(k, t, c, _)| (*k, t.as_str(), c.as_deref()))
            .collect::<Vec<_>>(),
        [(
            Kind::Reported,
            "نوسانات ارزی بازار مسکن را متلاطم کرد",
            Some("گفت")
        )]
    );
    let found = statements_of("הוא אמר כי המצב במשק קשה מאוד היום.");
    assert_eq!(
        found
            .iter()
            .map(|(k, t, c, _)| (*k, t.as_str(), c.as_deref()))
            .collect::<Vec<_>>(),
        [(Kind::Reported, "המצב במשק קשה מאוד היום", Some("אמר"))]
    );
}

#[test]
fn a_persian_speaker_is_the_subject_before_the_verb() {
    for (text, speaker) in [
        (
            "تهران- ایرنا- مدیرکل اقتصادی بانک مرکزی گفت: نوسانات ارزی بازار مسکن را متلاطم کرد.",
            "مدیرکل اقتصادی بانک مرکزی",
        ),
        (
            "به گزارش فارس،«دونالد ترامپ»، رئیس‌جمهور آمریکا در شهر «سنفورد» گفت: «من از توافق هسته‌ای خارج شدم».",
            "دونالد ترامپ",
        ),
        (
            "ترامپ در سخنرانی خود گفت: «ایران پول زیادی از ما گرفت».",
            "ترامپ",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_hebrew_abbreviation_does_not_close_a_quotation() {
    let text = "\"אנחנו מגנים על הדוא\"ל של כל הארגונים בעולם\", מסר גיל פרידריך, מנכ\"ל החברה.";
    let found = statements_of(text);
    let [(kind, quoted, cue, speaker)] = &found[..] else {
        panic!("one statement: {found:?}");
    };
    assert_eq!(*kind, Kind::Quote);
    assert_eq!(quoted, "אנחנו מגנים על הדוא\"ל של כל הארגונים בעולם");
    assert_eq!(cue.as_deref(), Some("מסר"));
    assert_eq!(speaker.as_deref(), Some("גיל פרידריך"));
    // A prefix letter before the mark opens a quotation (`ו"…`).
    let found = statements_of("הוא אמר ו\"השם של החברה מתייחס לקוד עצמו\" בסוף");
    assert_eq!(
        found.iter().map(|f| f.1.as_str()).collect::<Vec<_>>(),
        ["השם של החברה מתייחס לקוד עצמו"]
    );
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
        assert_eq!(extract_records(&article), items, "{}", article.name);
    }
    // The sample set quotes named speakers with cues: the highlights were there to drop.
    assert!(highlighted > 10, "{highlighted}");
}

#[test]
fn byte_offsets_are_right_in_any_order_of_asking() {
    for article in crate::corpus::sample_set() {
        let source = Source::new(&article);
        let bytes: Vec<usize> = article
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([article.text.len()])
            .collect();
        let n = source.chars.len();
        // Forwards, backwards, and jumping about (each answer is also remembered for the next).
        let order = (0..=n)
            .step_by(7)
            .chain((0..=n).rev().step_by(5))
            .chain((0..=n).map(|i| (i * 7919) % (n + 1)));
        for at in order {
            assert_eq!(source.byte_at(at), bytes[at], "{} at {at}", article.name);
        }
        let (start, end) = (n / 3, n / 2);
        let expected: String = article.text.chars().skip(start).take(end - start).collect();
        assert_eq!(source.str(start, end), expected);
    }
}
