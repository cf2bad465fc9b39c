//! Splitting text into words at white space, fast: extraction walks every word of a corpus.
//!
//! [`words`] finds the same words as `str::split_whitespace`, with their byte offsets. Almost
//! every paragraph separates its words with plain spaces, and some with no-break spaces too
//! (pages scraped from HTML keep `&nbsp;` as U+00A0); such a paragraph is split 64 bytes at a
//! time by bit masks of its white space (`plain`) and nothing is decoded. A paragraph holding
//! any other white space (tabs, em spaces, …) is split a character at a time, as
//! `split_whitespace` does. [`more_words_than`] answers whether a text has more than a few
//! words without reading past them.

mod plain;

use memchr::{memchr_iter, memchr2, memchr3_iter};

/// The white space a text holds, from the plainest: what decides how its words are split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Spaces {
    /// Spaces (U+0020) only.
    Plain,
    /// Spaces and no-break spaces (U+00A0).
    NoBreak,
    /// Any other white space too.
    Other,
}

/// What white space `c` is beyond the plain space: `None` for the space and anything not
/// white space.
pub fn unusual_space(c: char) -> Option<Spaces> {
    match c {
        ' ' => None,
        '\u{A0}' => Some(Spaces::NoBreak),
        c if c.is_whitespace() => Some(Spaces::Other),
        _ => None,
    }
}

/// Every white space character of `text` but the space, line feed and carriage return, with
/// its byte offset, in text order: tabs, form feeds, no-break spaces, the Unicode spaces and
/// line breaks. Every one but the tabs is encoded starting with `C2`, `E1`, `E2` or `E3`,
/// bytes that also start common characters such as « and “, so each of those is decoded to
/// find out.
pub fn unusual_spaces(text: &str) -> Vec<(usize, char)> {
    let bytes = text.as_bytes();
    let candidates = memchr3_iter(b'\t', 0x0B, 0x0C, bytes)
        .chain(memchr3_iter(0xC2, 0xE1, 0xE2, bytes))
        .chain(memchr_iter(0xE3, bytes));
    let mut found: Vec<(usize, char)> = candidates
        .filter_map(|at| Some((at, text[at..].chars().next()?)))
        .filter(|&(_, c)| c.is_whitespace())
        .collect();
    // Three searches, each in text order.
    if !found.is_sorted_by_key(|&(at, _)| at) {
        found.sort_unstable_by_key(|&(at, _)| at);
    }
    found
}

/// What white space `text` holds.
pub fn spaces(text: &str) -> Spaces {
    if memchr2(b'\n', b'\r', text.as_bytes()).is_some() {
        return Spaces::Other;
    }
    unusual_spaces(text)
        .into_iter()
        .filter_map(|(_, c)| unusual_space(c))
        .max()
        .unwrap_or(Spaces::Plain)
}

/// Whether the only white space in `text` is the space (U+0020) and the no-break space
/// (U+00A0).
#[cfg(test)]
fn plain_spaces(text: &str) -> bool {
    spaces(text) != Spaces::Other
}

/// Whether `text` has more than `n` words, as `split_whitespace` counts them. Every paragraph of
/// a corpus is asked, so the bytes are read 64 at a time (the last ones padded with spaces) and
/// compared as a [`Block`](crate::text::bytes::Block); a stretch holding anything else that may
/// be white space (tabs, or the first bytes of U+0085 and up, the bytes `plain_spaces` looks
/// for) is read a character at a time. It stops after `n` words, where [`words`] first reads
/// the whole text to choose its way of splitting (paragraph classification asks whether a
/// paragraph is longer than any headline).
pub fn more_words_than(text: &str, n: usize) -> bool {
    use crate::text::bytes::{Block, Bytes};
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // The last bytes, fewer than 64, padded with spaces (which start no word), so that a
        // short paragraph is read the fast way too.
        let block = Block::at(bytes, i, b' ');
        let other = block.within(b'\t', b'\r') | block.is(0xC2) | block.within(0xE1, 0xE3);
        if other.bits() == 0 {
            let white = block.is(b' ').bits();
            let starts = plain::word_starts(white, u64::from(!in_word));
            words += starts.count_ones() as usize;
            if words > n {
                return true;
            }
            in_word = white >> 63 == 0;
            i += 64;
            continue;
        }
        let stretch_end = (i + 64).min(bytes.len());
        while i < stretch_end {
            let (space, len) = match bytes[i] {
                b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => (true, 1),
                0xC2 | 0xE1 | 0xE2 | 0xE3 => text[i..]
                    .chars()
                    .next()
                    .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
                _ => (false, 1),
            };
            if !space && !in_word {
                words += 1;
                if words > n {
                    return true;
                }
            }
            in_word = !space;
            i += len;
        }
    }
    false
}

/// [`more_words_than`] for a text whose white space is known to be at most `spaces` (a
/// paragraph's, for the paragraph or any part of it): a text of spaces and no-break spaces is
/// read 64 bytes at a time throughout, quotation marks and all, where `more_words_than` reads
/// every stretch holding a byte that may start other white space a character at a time.
pub fn more_words_with(text: &str, spaces: Spaces, n: usize) -> bool {
    debug_assert!(
        self::spaces(text) <= spaces,
        "{text:?} holds more than {spaces:?}"
    );
    match spaces {
        Spaces::Other => more_words_than(text, n),
        _ => plain::more_words_than(text.as_bytes(), spaces == Spaces::NoBreak, n),
    }
}

/// The words of `text`, each with its byte offset: the words `split_whitespace` gives.
pub fn words(text: &str) -> Words<'_> {
    words_with(text, spaces(text))
}

/// [`words`] of a text whose white space is known to be at most `spaces` (a paragraph's, for
/// the paragraph or any part of it), without reading the text first to find out.
pub fn words_with(text: &str, spaces: Spaces) -> Words<'_> {
    debug_assert!(
        self::spaces(text) <= spaces,
        "{text:?} holds more than {spaces:?}"
    );
    Words {
        text,
        at: 0,
        plain: spaces != Spaces::Other,
        scan: plain::Scan::from(0, spaces == Spaces::NoBreak),
    }
}

/// Iterator over the words of a text and their byte offsets; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
    /// Whether the text's only white space is spaces and no-break spaces.
    plain: bool,
    /// Where the words of such a text are read from.
    scan: plain::Scan,
}

impl Words<'_> {
    /// Moves on past every word that starts before byte `byte`, so that the next word is the
    /// first one starting at or after it: a word `byte` falls inside is passed over whole.
    /// In a plain text the reading starts again at `byte`; otherwise this costs one search for
    /// the end of that word, where asking for each word would cost a search a word.
    pub fn skip_to(&mut self, byte: usize) {
        let byte = byte.min(self.text.len());
        if byte <= self.at {
            return;
        }
        self.at = byte;
        if self.plain {
            self.scan.restart(byte);
            return;
        }
        let rest = &self.text[byte..];
        let inside_word = self.text[..byte]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace())
            && rest.chars().next().is_some_and(|c| !c.is_whitespace());
        if inside_word {
            self.at += rest.find(char::is_whitespace).unwrap_or(rest.len());
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        if self.plain {
            let (start, end) = self.scan.next(self.text.as_bytes())?;
            self.at = end;
            return Some((start, &self.text[start..end]));
        }
        self.next_decoded()
    }
}

impl<'a> Words<'a> {
    /// The next word whose text from its start on (the rest of the text) passes `may_start`,
    /// a test of its first bytes: the words it rules out are passed over without their ends
    /// being looked for, where the text is plain.
    #[inline(always)]
    pub fn next_where(&mut self, may_start: impl Fn(&[u8]) -> bool) -> Option<(usize, &'a str)> {
        let bytes = self.text.as_bytes();
        if self.plain {
            let (start, end) = self.scan.next_where(bytes, may_start)?;
            self.at = end;
            return Some((start, &self.text[start..end]));
        }
        loop {
            let (start, word) = self.next_decoded()?;
            if may_start(&bytes[start..]) {
                return Some((start, word));
            }
        }
    }

    /// The next word of a text with other white space than spaces, found a character at a
    /// time.
    #[inline(never)]
    fn next_decoded(&mut self) -> Option<(usize, &'a str)> {
        let rest = &self.text[self.at..];
        let (start, end) = {
            let start = rest.find(|c: char| !c.is_whitespace())?;
            let len = rest[start..]
                .find(char::is_whitespace)
                .unwrap_or(rest.len() - start);
            (start, start + len)
        };
        let word = (self.at + start, &rest[start..end]);
        self.at += end;
        Some(word)
    }
}

#[cfg(test)]
mod tests {
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
}
