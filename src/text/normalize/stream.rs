//! Folded words read a character at a time, for comparisons that can stop early.
//!
//! [`super::fold_words`] writes a whole text folded; a page's short paragraphs are compared
//! with a few short list entries and with the paragraph before, and almost every such
//! comparison is settled within the first characters. Reading the folded form as a stream
//! settles it there, without folding the rest.

use super::fold_char;

/// The characters of [`super::fold_words`]`(text)`, one at a time: the words of
/// `split_whitespace`, each folded, a space before every word once anything has been given
/// (so a word folding to nothing still leaves its space).
#[derive(Clone, Debug)]
pub struct FoldedWordChars<'a> {
    words: std::str::SplitWhitespace<'a>,
    word: std::str::Chars<'a>,
    started: bool,
}

impl<'a> FoldedWordChars<'a> {
    /// The folded words of `text`, as a stream.
    pub fn new(text: &'a str) -> Self {
        Self {
            words: text.split_whitespace(),
            word: "".chars(),
            started: false,
        }
    }
}

impl Iterator for FoldedWordChars<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        loop {
            for c in self.word.by_ref() {
                if let Some(folded) = fold_char(c) {
                    self.started = true;
                    return Some(folded);
                }
            }
            self.word = self.words.next()?.chars();
            if self.started {
                return Some(' ');
            }
        }
    }
}

/// Whether `a` and `b` fold to the same words ([`super::fold_words`]); texts that differ are
/// mostly told apart at their first characters, and equal texts by one comparison.
pub fn same_folded_words(a: &str, b: &str) -> bool {
    a == b || FoldedWordChars::new(a).eq(FoldedWordChars::new(b))
}

#[cfg(test)]
mod tests {
    use super::super::fold_words;
    use super::*;
    use proptest::strategy::Strategy;

    /// Texts of white space, letters that fold, marks folding drops and plain words.
    fn texts() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec![
                    " ",
                    "  ",
                    "\u{A0}",
                    "\t",
                    "\n",
                    "\u{2003}",
                    "\u{200F}",
                    "ـ",
                    "\u{64E}",
                    "أحدث",
                    "احدث",
                    "الأخبار",
                    "ی",
                    "٢",
                    "Twitter",
                    "twitter",
                    "«",
                    "|",
                ])
                .prop_map(|s: &str| s.to_owned()),
                proptest::char::any().prop_map(String::from),
                proptest::char::range('\u{600}', '\u{6FF}').prop_map(String::from),
            ],
            0..24,
        )
        .prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        /// The stream is the folded words, character for character.
        #[test]
        fn the_stream_is_the_folded_words(text in texts()) {
            let streamed: String = FoldedWordChars::new(&text).collect();
            proptest::prop_assert_eq!(streamed, fold_words(&text));
        }

        /// Two texts compare as their folded words do.
        #[test]
        fn comparing_streams_is_comparing_folded_words(a in texts(), b in texts()) {
            proptest::prop_assert_eq!(
                same_folded_words(&a, &b),
                fold_words(&a) == fold_words(&b)
            );
        }
    }

    #[test]
    fn spelling_variants_and_spacing_compare_equal() {
        assert!(same_folded_words("أحدث  الأخبار", "احدث الاخبار"));
        assert!(same_folded_words("الأخبار\u{64E}", "\tالاخبار "));
        assert!(!same_folded_words("أحدث الأخبار", "أحدث الأخبار اليوم"));
        // A word folding to nothing keeps its space.
        assert!(!same_folded_words("أحدث ـ الأخبار", "أحدث الأخبار"));
    }
}
