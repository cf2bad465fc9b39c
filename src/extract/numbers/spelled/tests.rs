//! Numbers in words over short texts: values, kinds, units, and words that are no number.

use crate::corpus::Article;
use crate::extract::{NumberKind, Source};

/// The numbers in words of `text` as `(text, value, kind, unit)`.
fn spelled(text: &str) -> Vec<(String, Option<f64>, NumberKind, Option<String>)> {
    let article = Article::new("t.txt".into(), None, text.into(), "UTF-8", text.len());
    let src = Source::new(&article);
    crate::extract::numbers::find(&src, crate::extract::InWords::Read)
        .into_iter()
        .filter(|i| i.words)
        .map(|i| {
            let unit = i.unit.map(String::from);
            (i.text.into(), i.value, i.number_kind.expect("a kind"), unit)
        })
        .collect()
}

/// The one number in words of `text`: its text and value.
fn one(text: &str) -> (String, f64) {
    let all = spelled(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    (all[0].0.clone(), all[0].1.expect("a value"))
}

#[test]
fn cardinals_are_read_as_arabic_writes_them() {
    for (text, number, value) in [
        ("نشر خمسة آلاف جندي", "خمسة آلاف", 5000.0),
        ("اشترى ألفي سيجارة", "ألفي", 2000.0),
        ("بلغ عددهم ثلاثة وعشرين شخصا", "ثلاثة وعشرين", 23.0),
        ("قتل ثلاثة عشر مدنيا", "ثلاثة عشر", 13.0),
        ("نحو مائة ألف لاجئ", "مائة ألف", 100_000.0),
        (
            "ثلاثة ملايين ومائتا ألف نسمة",
            "ثلاثة ملايين ومائتا ألف",
            3_200_000.0,
        ),
        ("خصص نصف مليون دولار", "نصف مليون", 500_000.0),
        ("عاد بعد ثلاث مائة يوم", "ثلاث مائة", 300.0),
        (
            "ألف وخمسمائة وخمسة وعشرون جنديا",
            "ألف وخمسمائة وخمسة وعشرون",
            1525.0,
        ),
        ("أحد عشر لاعبا", "أحد عشر", 11.0),
        ("عشرون ألفاً يعيشون هنا", "عشرون ألفاً", 20_000.0),
        ("بخمسة و عشرين صاروخا", "خمسة و عشرين", 25.0),
        (
            "مليار وثلاثمائة مليون",
            "مليار وثلاثمائة مليون",
            1_300_000_000.0,
        ),
        // The dual before its noun, written as the accusative is; and the accusative.
        ("رصدت مليونا ريال للفرع", "مليونا", 2_000_000.0),
        ("يحيط بالقصر ألفا فدان", "ألفا", 2000.0),
        ("كان الرقم مليونا واحدا", "مليونا", 1_000_000.0),
        ("بلغ مليارا و760 مليون دولار", "مليارا", 1_000_000_000.0),
        // A half.
        (
            "نحو مليون ونصف المليون زائر",
            "مليون ونصف المليون",
            1_500_000.0,
        ),
        ("ثلاثة آلاف ونصف", "ثلاثة آلاف ونصف", 3500.0),
        ("عشرة ونصف جرام", "عشرة ونصف", 10.5),
        // A number and a half, then its scale.
        (
            "احتياطي ثلاثة ونصف ترليون دولار",
            "ثلاثة ونصف ترليون",
            3_500_000_000_000.0,
        ),
        // A scale of a smaller scale.
        ("سرقوا ألف مليار دولار", "ألف مليار", 1_000_000_000_000.0),
        (
            "يبلغ ثلاثة آلاف مليار دولار",
            "ثلاثة آلاف مليار",
            3_000_000_000_000.0,
        ),
        // Cardinals with the article, before a ten, a scale or tens.
        ("الدول التسع عشرة الأعضاء", "التسع عشرة", 19.0),
        ("تتجاوز المائة ألف ريال", "المائة ألف", 100_000.0),
        ("على مدار الأربع وعشرين ساعة", "الأربع وعشرين", 24.0),
        (
            "ما يقارب المئتي مليار دولار",
            "المئتي مليار",
            200_000_000_000.0,
        ),
        ("حاجز الأربعين مليون ريال", "الأربعين مليون", 40_000_000.0),
        (
            "تزيد على الخمسة والعشرين ألف ريال",
            "الخمسة والعشرين ألف",
            25_000.0,
        ),
        // The accusative of a thousand before what it is of.
        ("صدت ألفا من المحاولات", "ألفا", 1000.0),
        // Ten after Monday.
        ("قتلت أمس الاثنين عشرة فلسطينيين", "عشرة", 10.0),
    ] {
        assert_eq!(one(text), (number.to_owned(), value), "{text}");
    }
}

#[test]
fn what_follows_says_what_a_number_in_words_measures() {
    let all = spelled("قتل ثلاثة أشخاص، وخصص مليون دولار، بزيادة عشرة في المائة، ثم ألفاً يعيشون");
    let kinds: Vec<(&str, NumberKind, Option<&str>)> = all
        .iter()
        .map(|(t, _, k, u)| (t.as_str(), *k, u.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("ثلاثة", NumberKind::Count, Some("أشخاص")),
            ("مليون", NumberKind::Money, Some("دولار")),
            ("عشرة", NumberKind::Percent, None),
            ("ألفاً", NumberKind::Count, None),
        ]
    );
}

#[test]
fn ordinals_are_read_with_the_article_and_the_plain_few_without() {
    for (text, number, value) in [
        ("الجولة الرابعة من الحوار", "الرابعة", 4.0),
        ("انطلقت أول جولة للحوار", "أول", 1.0),
        ("للمرة الأولى منذ سنوات", "الأولى", 1.0),
        ("في الذكرى الخامسة والعشرين", "الخامسة والعشرين", 25.0),
        ("القرن الحادي عشر", "الحادي عشر", 11.0),
        ("ثالث أكبر مدينة", "ثالث", 3.0),
        ("والثالثة كانت", "الثالثة", 3.0),
    ] {
        assert_eq!(one(text), (number.to_owned(), value), "{text}");
        assert_eq!(spelled(text)[0].2, NumberKind::Ordinal, "{text}");
    }
}

#[test]
fn words_that_are_no_figure_are_left() {
    for text in [
        // Plurals alone: thousands of, millions of.
        "خرج آلاف المتظاهرين وملايين المشاهدين",
        // One alone, and the forms of eleven and twelve without their ten.
        "في آن واحد، أحد المسؤولين، إحدى الدول",
        // A half or a quarter without a scale.
        "نصف الطريق وربع الساعة",
        // Ordinals naming a month, and carbon dioxide.
        "في ربيع الأول وكانون الثاني وجمادى الأولى",
        "انبعاثات ثاني أكسيد الكربون",
        // A family, a day of a month, the day before yesterday, a square.
        "الشيخ تميم بن حمد آل ثاني",
        "على حدود الرابع من يونيو",
        "وصل أول أمس، وغادر أمس الأول",
        "في ميدان رابعة",
        // Other words written with a number's letters.
        "لست متأكدا، كولن باول، وست هام، ارتكب فاول",
        // Weekdays.
        "يوم الاثنين والثلاثاء والأربعاء والخميس",
        // A verb before digits: the hall holds 500.
        "القاعة تسع 500 شخص",
        // A thousand a number in digits took in, and a scale after digits.
        "500 ألف برميل",
        "ما قيمته 428.9 تريليون وون",
        "«12» ألف موظف",
        // A rank.
        "رئيس الأركان الفريق أول ركن",
        // Tens with the article alone: the twentieth century.
        "في القرن العشرين",
        // A verb after `قد`: he wrote.
        "وقد ألف في التفسير كتبا",
        // A thousand in set phrases.
        "ألف مبروك للفائز، والناس بألف خير",
        "كتاب ألف ليلة وليلة",
        "ومرحبا ألف بكل زائر، لا وألف لا، ويحسب ألف حساب",
        // The Greek letter in names.
        "شركة ألفا الدولية ومنصة بيبر ألفا ومحصرات ألفا ومضادات",
        "جهاز ألفا ستيم",
        // A cardinal with the article alone: percent, the lady.
        "كم في المئة؟",
        "في بيت الست",
    ] {
        assert_eq!(spelled(text), [], "{text}");
    }
}

#[test]
fn a_cardinal_with_the_article_counts_the_noun_before_it() {
    let units = |text: &str| spelled(text).into_iter().map(|n| n.3).collect::<Vec<_>>();
    assert_eq!(units("الدول التسع عشرة الأعضاء"), [Some("الدول".to_owned())]);
    // Or, where that has no article, the noun after it, as without the article.
    assert_eq!(units("حضر الثلاثة آلاف جندي"), [Some("جندي".to_owned())]);
    assert_eq!(units("خلال الاثني عشر الماضية"), [None]);
}

#[test]
fn an_ordinal_after_the_hour_is_a_time() {
    assert_eq!(
        spelled("عند الساعة التاسعة مساء"),
        [("التاسعة".to_owned(), None, NumberKind::Time, None)]
    );
}

#[test]
fn a_range_of_scales_is_two_numbers() {
    let range = spelled("جمعت ما بين مليونين وثلاثة ملايين دولار");
    assert_eq!(
        range[0].3, None,
        "the second number is not what the first counts"
    );
    let read: Vec<(&str, Option<f64>)> = range.iter().map(|n| (n.0.as_str(), n.1)).collect();
    assert_eq!(
        read,
        [
            ("مليونين", Some(2_000_000.0)),
            ("ثلاثة ملايين", Some(3_000_000.0))
        ]
    );
    // Not where the part joined is the scale itself.
    let values = |text: &str| spelled(text).iter().map(|n| n.1).collect::<Vec<_>>();
    assert_eq!(
        values("غرامات بين مئة ألف ومليون ريال"),
        [Some(100_000.0), Some(1_000_000.0)]
    );
}

#[test]
fn a_mark_ends_a_number_in_words() {
    let apart = spelled("«ثلاثة»، وعشرون");
    let values: Vec<Option<f64>> = apart.iter().map(|n| n.1).collect();
    assert_eq!(values, [Some(3.0), Some(20.0)]);
    assert_eq!(one("(خمسة آلاف)").0, "خمسة آلاف");
}

#[test]
fn the_letter_tables_never_rule_out_a_number_word() {
    use super::lexicon::{Lexicon, NOT_NUMBERS, WORDS};
    let lexicon = Lexicon::get();
    let mut tried = 0;
    for (forms, ..) in WORDS {
        for form in *forms {
            let with_article = form.starts_with("ال");
            let proclitics: &[&str] = if with_article {
                &["", "و"]
            } else {
                &["", "و", "ب", "ل"]
            };
            for proclitic in proclitics {
                let word = format!("{proclitic}{form}");
                if NOT_NUMBERS.contains(&crate::text::normalize::fold(&word).as_str()) {
                    continue; // other words (`لست`, I am not)
                }
                // As written: with tanween, in marks or brackets, with a comma, a hamza left off.
                for written in [
                    word.clone(),
                    format!("{word}\u{064B}"),
                    format!("«{word}»،"),
                    format!("({word}"),
                    word.replace(['أ', 'إ', 'آ'], "ا"),
                    word.replace('ة', "ه").replace('ى', "ي"),
                ] {
                    tried += 1;
                    let text = format!("{written} جندي");
                    assert!(lexicon.may_start(text.as_bytes()), "{written}");
                    assert!(lexicon.token(&written).is_some(), "{written}");
                }
            }
        }
    }
    assert!(tried > 1000, "{tried}");
    // And most other words are ruled out by their first letters alone.
    for word in [
        "الحكومة",
        "الرئيس",
        "في",
        "السعودية",
        "العراق",
        "قال",
        "2500",
    ] {
        assert!(!lexicon.may_start(word.as_bytes()), "{word}");
    }
}
