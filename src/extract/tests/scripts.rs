//! Statements in Persian and Hebrew: their speech verbs, a Persian speaker before the verb,
//! and the marks of a Hebrew abbreviation.

use super::*;

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
