//! Folding: the fast paths against the rules, folding from bytes, borrowing what folds to
//! itself, folded lists, and offsets mapped back to the original.

use super::*;

#[test]
fn the_fast_paths_agree_with_the_rules() {
    for code in 0..0x3000u32 {
        if let Some(c) = char::from_u32(code) {
            assert_eq!(fold_char(c), fold_general(c), "U+{code:04X}");
        }
    }
}

use proptest::strategy::Strategy;

proptest::proptest! {
    /// Folding read from the bytes is folding a character at a time, and the folded words
    /// are those of `split_whitespace`.
    #[test]
    fn folding_from_bytes_is_folding_each_character(
        pieces in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec![
                    " ", "\u{A0}", "\t", "\n", "\u{B}", "\u{2003}", "\u{200F}", "ـ",
                    "\u{64E}", "أحدث", "ی", "۲", "٢", "Twitter", "«", "\u{1F600}", "\u{7F}",
                ]).prop_map(|s: &str| s.to_owned()),
                proptest::char::any().prop_map(String::from),
                proptest::char::range('\u{600}', '\u{6FF}').prop_map(String::from),
            ],
            0..40,
        )
    ) {
        let text: String = pieces.concat();
        let by_chars: String = text.chars().filter_map(fold_char).collect();
        proptest::prop_assert_eq!(&fold(&text), &by_chars);
        proptest::prop_assert_eq!(folded(&text), by_chars.as_str());
        // Into a buffer: the same where it fits, nothing where it does not.
        let mut buf = [0; 64];
        let in_buffer = fold_into_buffer(&text, &mut buf);
        proptest::prop_assert_eq!(in_buffer, (by_chars.len() <= 64).then_some(by_chars.as_str()));
        let words: Vec<String> = text.split_whitespace().map(fold).collect();
        let mut expected = String::new();
        for word in words {
            if !expected.is_empty() {
                expected.push(' ');
            }
            expected.push_str(&word);
        }
        proptest::prop_assert_eq!(fold_words(&text), expected);
    }
}

#[test]
fn what_folds_to_itself_is_borrowed() {
    for (word, borrowed) in [
        ("قال", true),
        ("nato 2500", true),
        ("", true),
        ("الأميركي", false),
        ("مدرسة", false),
        ("NATO", false),
        ("٢٥", false),
        ("قالـ", false),
        ("«قال»", false),
        ("\u{7F}", false),
    ] {
        let cow = folded(word);
        assert_eq!(cow, fold(word), "{word}");
        assert_eq!(
            matches!(cow, std::borrow::Cow::Borrowed(_)),
            borrowed,
            "{word}"
        );
    }
}

#[test]
fn a_folded_list_holds_its_words_folded_and_nothing_else() {
    static LIST: FoldedList = FoldedList::new(&["الرئيس", "وزير", "NATO", "a", ""]);
    for word in ["الرييس", "وزير", "nato", "a", ""] {
        assert!(LIST.contains(word), "{word:?}");
    }
    // Turned away by length, by last byte, or by the set: same length and last byte as
    // `وزير` (`ونير`), a word of a list length ending otherwise (`وزيز`), longer words.
    for word in [
        "ونير",
        "وزيز",
        "الرئيس",
        "وزراء",
        "b",
        "natoo",
        &"ر".repeat(40),
    ] {
        assert!(!LIST.contains(word), "{word:?}");
    }
    assert_eq!(LIST.words(), ["الرييس", "وزير", "nato", "a", ""]);
}

#[test]
fn folds_to_compares_without_building() {
    assert!(folds_to("الأميـركيّة", "الاميركيه"));
    assert!(!folds_to("الأميركية", "الاميركي"));
    assert!(folds_to("", ""));
}

#[test]
fn hamza_harakat_and_tatweel_are_folded() {
    assert_eq!(fold("الأميركي"), fold("الاميركي"));
    assert_eq!(fold("مُحَمَّد"), "محمد");
    assert_eq!(fold("كبيـــر"), "كبير");
    assert_eq!(fold("مستشفى"), fold("مستشفي"));
    assert_eq!(fold("مدرسة"), "مدرسه");
    assert_eq!(fold("٢٥٠٠ ۱۲"), "2500 12");
    assert_eq!(fold("NATO"), "nato");
}

#[test]
fn matches_map_back_to_original_offsets() {
    let text = "قال الأميركيُّ إن الاميركي";
    let folded = Folded::new(text);
    let found = folded.find_all("الأميركي");
    let words: Vec<String> = found
        .iter()
        .map(|r| text.chars().skip(r.start).take(r.len()).collect())
        .collect();
    assert_eq!(words, ["الأميركي", "الاميركي"]);
}

#[test]
fn empty_needle_finds_nothing() {
    assert!(Folded::new("abc").find_all("ـ").is_empty());
}
