//! Numbers over short texts: values, units, kinds, and what is not a number.

use super::digits::digit;
use super::*;
use crate::corpus::Article;

mod units;

proptest::proptest! {
    /// Whole numbers read straight have the value their decimal text parses to.
    #[test]
    fn whole_numbers_read_straight_parse_the_same(n in 0u64..10_000_000_000_000, zeros in 0usize..3) {
        let body = format!("{}{n}", "0".repeat(zeros));
        proptest::prop_assert_eq!(value_of(&body, 0), body.parse::<f64>().ok());
    }
}

/// Numbers of `text` as `(text, value, unit, kind)`.
fn numbers(text: &str) -> Vec<(String, Option<f64>, Option<String>, NumberKind)> {
    let article = Article::new("t.txt".into(), None, text.into(), "UTF-8", text.len());
    let src = Source::new(&article);
    find(&src, crate::extract::InWords::Skip)
        .into_iter()
        .map(|i| {
            (
                i.text.into(),
                i.value,
                i.unit.map(String::from),
                i.number_kind.expect("a number kind"),
            )
        })
        .collect()
}

#[test]
fn the_digit_test_agrees_with_the_digit_values() {
    for c in ('\0'..='\u{2FFF}').chain(['\u{FF10}', '\u{1D7CE}']) {
        assert_eq!(is_digit(c), digit(c).is_some(), "U+{:04X}", c as u32);
    }
}

fn one(text: &str) -> (String, Option<f64>, Option<String>, NumberKind) {
    let mut all = numbers(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.remove(0)
}

#[test]
fn counts_with_their_noun_and_scale() {
    assert_eq!(
        one("يبلغ عدد القوات 2500 جندي في العراق"),
        (
            "2500".into(),
            Some(2500.0),
            Some("جندي".into()),
            NumberKind::Count
        )
    );
    assert_eq!(
        one("سنرسل 500 ألف جرعة من اللقاح"),
        (
            "500 ألف".into(),
            Some(500_000.0),
            Some("جرعة".into()),
            NumberKind::Count
        )
    );
    assert_eq!(one("نحو ٢,٦ مليون سائح").1, Some(2_600_000.0));
    assert_eq!(
        one("ولا يزال 60 ألفاً يعيشون في خيام"),
        ("60 ألفاً".into(), Some(60_000.0), None, NumberKind::Count)
    );
    assert_eq!(one("زارها 20 مليوناً العام الماضي").1, Some(20_000_000.0));
    // Words that count nothing are no unit.
    assert_eq!(one("قتل 12 منهم في الهجوم").2, None);
    assert_eq!(one("عينة من ١.٢٧٧ فردا").1, Some(1277.0));
}

#[test]
fn an_agency_decimal_is_its_whole_part_and_its_fraction() {
    assert_eq!(
        one("عالجت المصافي 423ر2 مليون برميل يوميا"),
        (
            "423ر2 مليون".into(),
            Some(2_423_000.0),
            Some("برميل".into()),
            NumberKind::Count
        )
    );
    assert_eq!(one("ارتفعت بمقدار 88ر0 درجة").1, Some(0.88));
    assert_eq!(one("ارتفع 1ر11% في الربع").1, Some(11.1));
    // Thousands set off so, and a word run on after the digits, are no decimal.
    assert!(
        numbers("بتكلفة بلغت 951ر625ر34 ريالا")
            .iter()
            .all(|n| n.1.is_none_or(|v| v.fract() == 0.0))
    );
    assert_eq!(numbers("في 12رمضان").len(), 1);
}

#[test]
fn a_number_in_brackets_counts_what_follows_them() {
    let pay = one("على ألا يقل البدل عن (750) ريالا شهريا");
    assert_eq!(
        (pay.0.as_str(), pay.1, pay.2.as_deref(), pay.3),
        ("750", Some(750.0), Some("ريالا"), NumberKind::Money)
    );
    assert_eq!(one("لدعم رواتب (48) معلماً").2.as_deref(), Some("معلماً"));
    let scaled = one("بمبلغ يزيد عن (13) ألف ريال");
    assert_eq!(
        (scaled.0.as_str(), scaled.1, scaled.3),
        ("(13) ألف", Some(13_000.0), NumberKind::Money)
    );
}

#[test]
fn a_direction_mark_after_the_point_is_read_past() {
    let price = one("وصل سعر البرميل إلى 38.\u{200F}57 دولار أمس");
    assert_eq!(
        (price.1, price.2.as_deref(), price.3),
        (Some(38.57), Some("دولار"), NumberKind::Money)
    );
    assert_eq!(one("ارتفع 6.\u{200F}29 في المئة").1, Some(6.29));
}

#[test]
fn a_scaled_decimal_is_the_whole_number_it_names() {
    // Multiplied as binary numbers, 4.1 × 10⁹ is 4099999999.9999995.
    assert_eq!(one("بلغت الصادرات 4.1 مليار ريال").1, Some(4_100_000_000.0));
    assert_eq!(one("גייסה 33.3 מיליון דולרים").1, Some(33_300_000.0));
    assert_eq!(one("بلغ 68.18 مليار").1, Some(68_180_000_000.0));
    // A trillion, as the economic pages write it both ways.
    assert_eq!(one("دين بلغ 3.6 تريليون دولار").1, Some(3.6e12));
    assert_eq!(one("نحو 2 ترليون ين").1, Some(2e12));
}

#[test]
fn percent_and_money() {
    assert_eq!(one("بلغت النسبة ٣٧،١٪ هذا العام").1, Some(37.1));
    assert_eq!(one("بلغت النسبة ٣٧،١٪ هذا العام").3, NumberKind::Percent);
    assert_eq!(one("ارتفع 12 في المائة").3, NumberKind::Percent);
    assert_eq!(one("رشد ۳۰ درصدی داشت").3, NumberKind::Percent);
    assert_eq!(one("به ۲۸۱ هزار میلیارد ریال").1, Some(281e12));
    let money = one("بلغت 14.6 مليار دولار");
    assert_eq!(
        (money.1, money.2.as_deref(), money.3),
        (Some(14.6e9), Some("دولار"), NumberKind::Money)
    );
}

#[test]
fn a_year_of_any_age_named_by_the_words_around_it() {
    for text in [
        "في أبريل عام 1898 صدرت",
        "صدر قرار في عام 1418 بضم",
        "مات ببغداد سنة 638 للهجرة",
        "يعود إلى نحو 600 ميلاديا",
        "نفذ النادي في العام 1435 تحت رعاية الأمير",
    ] {
        assert_eq!(one(text).3, NumberKind::Year, "{text}");
    }
    // With the article, the word may be this year; the number counts the noun after it.
    for text in ["توفي هذا العام 596 رجلا", "عدد أيام السنة 365 يوما"]
    {
        assert_eq!(one(text).3, NumberKind::Count, "{text}");
    }
    // Not a year before a scale.
    assert_eq!(one("خلال عام 150 مليون زائر").3, NumberKind::Count);
    // A round hundred before a noun it counts is a count; any other number, or one after a
    // year word or before a noun joined to `ل`, stays a year.
    let count = one("حضر الحفل 2000 شخص من");
    assert_eq!(
        (count.2.as_deref(), count.3),
        (Some("شخص"), NumberKind::Count)
    );
    for text in [
        "وفي 2015 شهدت المملكة",
        "في عام 2000 شخص",
        "كأس العالم 2000 لكرة القدم",
    ] {
        assert_eq!(one(text).3, NumberKind::Year, "{text}");
    }
}

#[test]
fn the_article_before_digits_makes_an_ordinal_unless_they_count_something() {
    for (text, written) in [
        ("في الـ24 من الشهر الحالي", "الـ24"),
        ("في الـ 15 من شهر سبتمبر", "الـ 15"),
        ("وأوضح التقرير الـ 51 لمؤسسة النقد", "الـ 51"),
    ] {
        let ordinal = one(text);
        assert_eq!(
            (ordinal.0.as_str(), ordinal.3),
            (written, NumberKind::Ordinal),
            "{text}"
        );
    }
    // The article is the counted noun's, or the scale's, or the plural's before it.
    for (text, value, unit) in [
        ("خلال الـ24 ساعة الماضية", 24.0, Some("ساعة")),
        ("على مدى الـ 5 عقود", 5.0, Some("عقود")),
        ("ضمن رقم الـ250 مليار دولار", 250e9, Some("دولار")),
        ("خلال السنوات الـ 25 الماضية", 25.0, None),
        ("الموقوفين الـ50 إلى النيابة", 50.0, None),
        ("وزراء خارجية الدول الـ28 في بيانهم", 28.0, None),
        ("مبيعاتها في الشهور الـ 12 الماضية", 12.0, None),
        ("اجتماع للدول الـ 15 الأعضاء", 15.0, None),
    ] {
        let count = one(text);
        assert_eq!((count.1, count.2.as_deref()), (Some(value), unit), "{text}");
        assert_ne!(count.3, NumberKind::Ordinal, "{text}");
    }
}

#[test]
fn dates_times_years_ordinals() {
    assert_eq!(one("الجمعة 23/07/2021 ").3, NumberKind::Date);
    assert_eq!(one("الساعة 03:53 بتوقيت").3, NumberKind::Time);
    assert_eq!(one("وقعت عام 2008 بين").3, NumberKind::Year);
    let ordinal = one("الذكرى الـ24 لتأسيس");
    assert_eq!(
        (ordinal.0.as_str(), ordinal.1, ordinal.3),
        ("الـ24", Some(24.0), NumberKind::Ordinal)
    );
    let date = one("منذ يونيو /حزيران 2020 الماضي");
    assert_eq!(
        (date.0.as_str(), date.3),
        ("يونيو /حزيران 2020", NumberKind::Date)
    );
    assert_eq!(one("في ٢/٧/١٤٢٦ هـ").3, NumberKind::Date);
    // A day and its month, with the year where one follows.
    let day = one("ارتفع في الأسبوع المنتهي في 17 يوليو بنسبة");
    assert_eq!((day.0.as_str(), day.3), ("17 يوليو", NumberKind::Date));
    assert_eq!(
        one("في 23 ديسمبر (كانون الأول) من العام").0,
        "23 ديسمبر (كانون الأول)"
    );
    // A score is no date: `صفر` (nil) is also a month.
    assert_eq!(one("وفاز 3-صفر على ضيفه").3, NumberKind::Count);
    let full = one("في 9 يونيو (حزيران) 2015 الماضي");
    assert_eq!(
        (full.0.as_str(), full.3),
        ("9 يونيو (حزيران) 2015", NumberKind::Date)
    );
    for text in [
        "يوم 20 / 10 / 1436 هـ",
        "في 3 /3 /1436",
        "بتاريخ 13 /08 /2015 م",
        "في ١٠ /١٠ /١٤٣٦ هـ",
    ] {
        assert_eq!(one(text).3, NumberKind::Date, "{text}");
    }
    // A fraction with spaces is no date.
    assert_eq!(numbers("الأسعار 20 / 10 من المنتجات").len(), 2);
    // A time written with a point after the hour word; elsewhere the point is a decimal.
    assert_eq!(
        one("وعند الساعة 7.15 تبدأ العروض"),
        ("7.15".into(), None, None, NumberKind::Time)
    );
    assert_eq!(one("ارتفع المؤشر 7.15 نقطة").3, NumberKind::Count);
    // A whole hour after the hour word, with the article or not.
    for text in [
        "من الساعة 9 مساء",
        "من الساعة الـ 5 عصراً",
        "عند الساعة ال3 فجراً",
        "حتى الساعة12 ليلاً",
    ] {
        assert_eq!(one(text).3, NumberKind::Time, "{text}");
    }
    assert_eq!(one("عمل لمدة 9 ساعات").3, NumberKind::Count);
}

#[test]
fn marks_the_digit_search_lets_through_are_no_numbers() {
    // `ٰ` (`D9 B0`) and `۠` (`DB A0`) share a digit's bytes but one bit; next to digits,
    // slashes and points they neither start a number nor stop the search.
    let found = numbers("قال هٰذا 500 جندي وٰ/ ٰ5 و۠٫7 ٰ/ 20 ريال");
    let texts: Vec<&str> = found.iter().map(|(t, ..)| t.as_str()).collect();
    assert_eq!(texts, ["500", "5", "7", "20"]);
}
