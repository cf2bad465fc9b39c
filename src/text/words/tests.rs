//! Tests of `words`.

use super::*;

fn with_offsets(text: &str) -> Vec<(usize, &str)> {
    text.split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect()
}

#[test]
fn the_words_of_split_whitespace_with_their_offsets() {
    for text in [
        "",
        "   ",
        "قال الوزير «إن» “الحوار” مستمر",
        "  كلمة  ",
        "a\u{A0}b c",
        "a\tb\u{2003}c\u{3000}d\u{85}e\u{1680}f",
        "«نص» … \u{200C}x",
        "end ",
    ] {
        assert_eq!(
            words(text).collect::<Vec<_>>(),
            with_offsets(text),
            "{text:?}"
        );
    }
}

#[test]
fn no_break_spaces_split_words_as_spaces_do() {
    for text in [
        "قال\u{A0}الوزير «إن»\u{A0}\u{A0} “الحوار”\u{A0}",
        "\u{A0}«نص»\u{A0}»«\u{A0}x",
        "\u{A0}",
        "كلمة\u{A0}",
    ] {
        assert!(plain_spaces(text), "{text:?}");
        assert_eq!(
            words(text).collect::<Vec<_>>(),
            with_offsets(text),
            "{text:?}"
        );
    }
}

#[test]
fn every_line_of_the_sample_set_splits_as_split_whitespace_does() {
    for article in crate::corpus::sample_set() {
        for line in article.text.lines() {
            assert_eq!(words(line).collect::<Vec<_>>(), with_offsets(line));
        }
    }
}

/// The rest of the words of `iter`, asked for by their first bytes.
fn asked<'t>(
    mut iter: Words<'t>,
    may_start: impl Fn(&[u8]) -> bool + Copy,
) -> Vec<(usize, &'t str)> {
    let mut found = Vec::new();
    while let Some(word) = iter.next_where(may_start) {
        found.push(word);
    }
    found
}

proptest::proptest! {
    #[test]
    fn any_text_splits_as_split_whitespace_does(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                " ", "  ", "\u{A0}", "\t", "\n", "\r\n", "\u{85}", "\u{2003}", "\u{3000}",
                "«", "»", "“", "…", "ب", "قال", "word", "2500", "ـ", "\u{200C}",
            ]),
            0..400,
        )
    ) {
        let text: String = pieces.concat();
        // The same text with its other white space made plain, to take the fast way too.
        let plain: String = text
            .chars()
            .map(|c| if c.is_whitespace() && c != '\u{A0}' { ' ' } else { c })
            .collect();
        proptest::prop_assert!(plain_spaces(&plain));
        for text in [&text, &plain] {
            proptest::prop_assert_eq!(words(text).collect::<Vec<_>>(), with_offsets(text));
            let count = text.split_whitespace().count();
            for n in [0, 1, 2, count.saturating_sub(1), count, count + 1] {
                proptest::prop_assert_eq!(more_words_than(text, n), count > n);
                proptest::prop_assert_eq!(more_words_with(text, spaces(text), n), count > n);
            }
            // Asked for one word at a time from a copy, as reported speech asks.
            let mut iter = words(text);
            let mut one_by_one = Vec::new();
            while let Some(word) = iter.clone().next() {
                one_by_one.push(word);
                iter.next();
            }
            proptest::prop_assert_eq!(one_by_one, with_offsets(text));
        }
    }

    #[test]
    fn words_asked_for_by_their_first_bytes_are_the_words_that_pass(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                " ", "  ", "\u{A0}", "«", "ب", "قال", "word", "ـ", ".", "آخر", "x",
            ]),
            0..200,
        ),
        other_space in proptest::bool::ANY,
        taken in 0usize..4,
        skip in 0usize..600,
    ) {
        let mut text: String = pieces.concat();
        if other_space {
            text.push('\t'); // read a character at a time
        }
        let bytes = text.as_bytes();
        // A test of the text from a word's start that passes some words and not others.
        let may_start = |rest: &[u8]| !rest.len().is_multiple_of(3) && rest.first() != Some(&b'x');
        let passing = |from: usize| -> Vec<(usize, &str)> {
            words(&text)
                .filter(|&(at, _)| at >= from && may_start(&bytes[at..]))
                .collect()
        };
        // From the start; after words taken one at a time; after a skip.
        proptest::prop_assert_eq!(asked(words(&text), may_start), passing(0));
        let mut iter = words(&text);
        let mut from = 0;
        for (at, word) in iter.by_ref().take(taken) {
            from = at + word.len();
        }
        proptest::prop_assert_eq!(asked(iter, may_start), passing(from));
        let skip = (0..=skip.min(text.len()))
            .rev()
            .find(|&at| text.is_char_boundary(at))
            .unwrap_or(0);
        let mut iter = words(&text);
        iter.skip_to(skip);
        proptest::prop_assert_eq!(asked(iter, may_start), passing(skip));
    }

    #[test]
    fn skipping_to_a_byte_leaves_the_words_that_start_there_or_later(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                " ", "  ", "\u{A0}", "\t", "\u{2003}", "«", "ب", "قال", "word", "ـ", ".",
            ]),
            0..60,
        ),
        first in 0usize..8,
        cut in 0usize..400,
    ) {
        let text: String = pieces.concat();
        // The cut on a character boundary, the words taken before it ending where they end.
        let cut = (0..=cut.min(text.len()))
            .rev()
            .find(|&b| text.is_char_boundary(b))
            .unwrap_or(0);
        let mut skipped = words(&text);
        skipped.by_ref().take(first).for_each(drop);
        let taken = words(&text)
            .take(first)
            .last()
            .map_or(0, |(at, w)| at + w.len());
        skipped.skip_to(cut);
        let expected: Vec<(usize, &str)> = with_offsets(&text)
            .into_iter()
            .filter(|&(at, _)| at >= cut.max(taken))
            .collect();
        proptest::prop_assert_eq!(skipped.collect::<Vec<_>>(), expected);
    }
}

#[test]
fn words_are_counted_as_split_whitespace_counts_them() {
    for text in [
        "",
        "   ",
        "كلمة",
        "a b",
        " a\u{A0}b\u{2003}c\u{3000}d\u{85}e ",
        "«قال» “نعم” \u{A0} \u{200F}x",
        "a\u{0B}b\u{1680}c",
        &"كلمة ".repeat(30),
        &"كلمة  ".repeat(30),
        &format!("{}«نص»\u{A0}{}", "ab ".repeat(21), "ا ".repeat(40)),
        &format!("{}\u{2003}x", "a".repeat(63)),
        &format!("{} b", "ت".repeat(40)),
    ] {
        let words = text.split_whitespace().count();
        for n in (0..6).chain(words.saturating_sub(2)..words + 2) {
            assert_eq!(more_words_than(text, n), words > n, "{text:?} {n}");
            let spaces = spaces(text);
            assert_eq!(more_words_with(text, spaces, n), words > n, "{text:?} {n}");
        }
    }
}

#[test]
fn only_plain_spaces_take_the_fast_way() {
    assert!(plain_spaces("قال «نعم» “لا” … x"));
    assert!(plain_spaces("a\u{A0}b"));
    assert!(!plain_spaces("a\u{85}b"));
    assert!(!plain_spaces("a\tb"));
    assert!(!plain_spaces("a\u{3000}b"));
    assert!(!plain_spaces("a\u{202F}b"));
}
