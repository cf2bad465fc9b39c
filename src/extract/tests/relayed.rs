//! Who relays a statement (`ونقل التلفزيون عنه قوله`) and a source whose name is withheld
//! (`مسؤول أمني طلب عدم نشر اسمه`): the phrase naming the speaker ends before either clause.

use super::*;

#[test]
fn a_relayed_statement_is_by_who_relays_it() {
    for (text, speaker) in [
        (
            "ونقل التلفزيون عنه قوله إن الإنتاج سيرتفع في الأشهر المقبلة",
            "التلفزيون",
        ),
        (
            "ونقلت عنه وكالة الصحافة الفرنسية قوله: «إسرائيل حجر زاوية الاستراتيجية»",
            "وكالة الصحافة الفرنسية",
        ),
        (
            "ونقلت مواقع إلكترونية تونسية عنه القول إن الحكومة ستستقيل قريبا",
            "مواقع إلكترونية تونسية",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn quoted_as_saying_with_no_one_relaying_is_by_who_spoke_last() {
    // `ونُقل عنه قوله` (he was quoted as saying): `عنه` (him) is the minister.
    let found = statements_of(
        "وقال وزير النفط بيجن زنغنه إن الإنتاج سيرتفع قريبا. \
         ونُقل عنه قوله إن بلاده لن تطلب إذنا من أحد لاستعادة حصتها",
    );
    let speakers: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(speakers, [Some("بيجن زنغنه"); 2], "{found:?}");
}

#[test]
fn a_withheld_name_ends_the_description_of_the_source() {
    for (text, speaker) in [
        (
            "وقال مسؤول دفاع أميركي بارز طلب عدم نشر اسمه إن الطائرات عادت إلى قواعدها",
            "مسؤول دفاع أميركي بارز",
        ),
        (
            "وقالت مصادر يمنية طلبت عدم الإفصاح عنها إن المعارك توقفت منذ الصباح",
            "مصادر يمنية",
        ),
        (
            "من ناحيته، قال مسؤول مصرفي آخر، فضل عدم ذكر اسمه، إن القروض المتعثرة قليلة",
            "مسؤول مصرفي آخر",
        ),
        (
            "وقال المسؤول رافضا كشف هويته إن \"طائرة من دون طيار شنت اليوم غارة جوية\"",
            "المسؤول",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn revealing_an_identity_reports_nothing() {
    // `كشف هويته ان` is no cue of its own: the statement is by the verb before it.
    let found = statements_of("وقال المسؤول رافضا كشف هويته ان الغارة استهدفت مخزنا للسلاح");
    let [(Kind::Reported, _, cue, _)] = &found[..] else {
        panic!("one reported statement: {found:?}");
    };
    assert_eq!(cue.as_deref(), Some("وقال"));
}

#[test]
fn a_pronoun_between_a_verb_and_its_subject_is_passed_over_for_a_participle() {
    // `كشف عنه أحد أقارب المعتقلين` (a relative of the detainees revealed it): the
    // participle goes on with the verb's subject, past `عنه`.
    let text = "هذا ما كشف عنه أحد أقارب المعتقلين لـ\"الوطن\"، مشيرا إلى أنه \
                انقطعت عنهم الأخبار منذ أشهر";
    assert_eq!(only_speaker(text).as_deref(), Some("أحد أقارب المعتقلين"));
}

#[test]
fn a_statement_in_a_speech_or_statement_delivered_is_by_who_delivered_it() {
    for (text, speaker) in [
        (
            "وألقى مدير إدارة الشؤون الزراعية بمنطقة عسير المهندس فهد الفرطيش كلمة أكد فيها أن \
             المبنى يتكون من ثلاثة طوابق",
            "فهد الفرطيش",
        ),
        (
            "من جهتها أصدرت الإدارة الوحداوية بياناً أكدت فيه أنها لن تتنازل عن حقوق النادي",
            "الإدارة الوحداوية",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
    // Issued with no subject after the verb, the statement is not read so.
    let text = "وأصدرت بيانا ذكرت فيه أن الحكم نفذ صباح اليوم في الرياض";
    assert_eq!(only_speaker(text), None);
}
