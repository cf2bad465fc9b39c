//! Numbers over short texts: what counts as a unit, numbers between marks and in ranges, and
//! what is no number at all.

use super::*;

#[test]
fn a_word_with_the_article_behind_a_preposition_is_not_counted() {
    // 38 for boys and 29 for girls; 912 in English; the processor 935, which.
    let units: Vec<Option<String>> = numbers("منها 38 للبنين و29 للبنات، و912 باللغة، 935 والذي")
        .into_iter()
        .map(|n| n.2)
        .collect();
    assert_eq!(units, [None, None, None, None]);
}

#[test]
fn what_is_not_a_counted_noun_is_no_unit() {
    for text in [
        // An adjective or word with the article, which a counted noun never has.
        "تراجع مؤشر فايننشال تايمز 100 البريطاني",
        "قانون رقم 2 لسنة ماضية",
        "في الدقيقة 66 عندما أخرج المدرب لاعبه",
        "ارتفع 5 بمقدار كبير",
        "مقتل 3 وإصابة آخرين",
        "ستة ملايين 6 أخرى",
        "توقف رصيده عند 78 مقابل رصيد منافسه",
        // A code of one letter.
        "العزيزية 10 ت",
        // An adverb: 107th worldwide.
        "الثامنة عربياً و107 عالمياً",
        // The number again in words.
        "تم ضبط ( 97 ) سبعة وتسعين موقوفاً",
        // A verb: a present tense in `ي` (with `و` or not, or in `ون`), a plural in `وا`.
        "المادة 15 يستحدث مجلس",
        "نحو 1000 ويصيب المرض",
        "بينهم 40 يحملون الجنسية",
        "أن 6 تلقوا العلاج",
        // A speech verb or participle: what comes next is a statement.
        "بلغ عددهم 5,384,943 مشيرا إلى أن",
        "بلغ عددهم 12 وقال إن",
    ] {
        assert_eq!(one(text).2, None, "{text}");
    }
    // `واحد` is one in Arabic, and a unit in Persian.
    let persian = numbers("را 10 هزار و 300 واحد مسکونی اعلام کرد");
    assert_eq!(persian.last().and_then(|n| n.2.as_deref()), Some("واحد"));
    // `عام` before a year is the year's, not what the number counts.
    assert_eq!(numbers("أدت لنزوح 20 مليون عام 2014")[0].2, None);
    assert_eq!(one("تعود إلى 800 عام مضت").2.as_deref(), Some("عام"));
    // Nouns in `ي`, and words in `وا` or after `ف` that are no verbs, stay units.
    for (text, unit) in [
        ("لمدة 3 أيام أو 72 يوما", "يوما"),
        ("بلغ 300 يورو", "يورو"),
        ("كفالة 40 يتيماً", "يتيماً"),
        ("انتخاب 12 عضوا", "عضوا"),
        ("عرض 19 فيلما", "فيلما"),
    ] {
        assert_eq!(
            numbers(text).last().and_then(|n| n.2.as_deref()),
            Some(unit),
            "{text}"
        );
    }
    // A comma or point ends the unit even without a space after it.
    assert_eq!(one("سعر الكيلو 400 ريال,وسعر").2.as_deref(), Some("ريال"));
    assert_eq!(one("قاربت 5 مليارات ريال.وشهدت").2.as_deref(), Some("ريال"));
    assert_eq!(one("تزن 460678 طنا.وتصدر").2.as_deref(), Some("طنا"));
}

#[test]
fn a_number_between_marks_counts_and_scales_what_follows_them() {
    for (text, unit) in [
        ("ولمدة ( 21 ) يوماً", "يوماً"),
        ("بعد دعمه من «4» اتحادات", "اتحادات"),
        ("نقل “422” حالة", "حالة"),
        ("بلغ \"33\" فعالية", "فعالية"),
    ] {
        assert_eq!(one(text).2.as_deref(), Some(unit), "{text}");
    }
    assert_eq!(
        one("مشروعات بأكثر من «197» مليون ريال"),
        (
            "«197» مليون".into(),
            Some(197e6),
            Some("ريال".into()),
            NumberKind::Money
        )
    );
    // A mark on one side only is no pair.
    assert_eq!(one("طراز «إم 9» صواريخ").2, None);
}

#[test]
fn a_number_written_in_full_is_not_scaled_again() {
    assert_eq!(
        one("التعويضات (375,526,840) مليون ريال، وشمل"),
        (
            "(375,526,840) مليون".into(),
            Some(375_526_840.0),
            Some("ريال".into()),
            NumberKind::Money
        )
    );
    assert_eq!(one("الفرس: 45.750.000 مليون نسمة").1, Some(45_750_000.0));
    // One mark before a scale is a decimal mark, as before: 1.596 million.
    assert_eq!(one("بلغ 1,596 مليون ريال").1, Some(1_596_000.0));
}

#[test]
fn a_dual_scale_after_two_scales_it() {
    assert_eq!(
        one("شركة برأسمال 2 مليوني ريال, وشركة"),
        (
            "2 مليوني".into(),
            Some(2e6),
            Some("ريال".into()),
            NumberKind::Money
        )
    );
    assert_eq!(one("بقيمة 2 ملياري ريال").1, Some(2e9));
}

#[test]
fn the_first_end_of_a_range_measures_what_the_second_does() {
    let range = numbers("تراوحت الأسعار بين 28 و30 ألف درهم في السنة");
    assert_eq!(
        (range[0].1, range[0].2.as_deref(), range[0].3),
        (Some(28_000.0), Some("درهم"), NumberKind::Money)
    );
    let range = numbers("يتراوح من 400 إلى 800 ملغ يوميا");
    assert_eq!(range[0].2.as_deref(), Some("ملغ"));
    let range = numbers("ارتفعت بنسبة من 20 إلى 30% هذا الشهر");
    assert_eq!(range[0].3, NumberKind::Percent);
    // A score is no range, nor is a list without `بين`.
    assert_eq!(numbers("انتهت المباراة 3 - 3 ولعب الفريق")[0].2, None);
    assert_eq!(numbers("قتل 5 و10 جرحى")[0].2, None);
}

#[test]
fn names_codes_links_and_phones_are_not_numbers() {
    assert!(numbers("قاذفات B‑2 وطائرات F-16 ووباء COVID-19").is_empty());
    assert!(numbers("راجع https://example.com/a/2021 للمزيد").is_empty());
    assert!(numbers("اتصل على 0501234567").is_empty());
}

#[test]
fn days_before_their_month_are_one_date() {
    for (text, date) in [
        ("تقام من 15 إلى 21 يوليو في جدة", "15 إلى 21 يوليو"),
        ("يومي 7 و14 أكتوبر", "7 و14 أكتوبر"),
        ("من 22- 24 يوليو", "22- 24 يوليو"),
        ("من 11 حتى 25 /10 /1436 هـ", "11 حتى 25 /10 /1436"),
    ] {
        let all = numbers(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(
            (all[0].0.as_str(), all[0].3),
            (date, NumberKind::Date),
            "{text}"
        );
    }
    // A score before a date, and a count before one, stay apart.
    assert_eq!(numbers("فاز 95 - 25 مارس").len(), 2);
    assert_eq!(numbers("قتل 5 أشخاص و14 مايو").len(), 2);
}

#[test]
fn a_style_sheet_in_the_text_gives_no_numbers() {
    let text = "إفطار خفيف. .box_vote h5 { margin: 10px; } .graph { float: left; width:260px; \
                div { height: 200px; } } قال إن 3 أطباق تكفي";
    let all = numbers(text);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "3");
    // A verse between braces is no code: its number stays.
    assert_eq!(numbers("{ ثلاثة 3 أيام }").len(), 1);
    // Nor does a brace left open hide what follows if it holds no code mark.
    assert_eq!(numbers("{ قال إن 7 جنود").len(), 1);
}
