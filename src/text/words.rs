//! Splitting text into words at white space, fast: extraction walks every word of a corpus.
//!
//! [`words`] finds the same words as `str::split_whitespace`, with their byte offsets. Almost
//! every paragraph separates its words with plain spaces, and some with no-break spaces too
//! (pages scraped from HTML keep `&nbsp;` as U+00A0); such a paragraph is split by a SIMD byte
//! search and nothing is decoded. A paragraph holding any other white space (tabs, em spaces,
//! …) is split a character at a time, as `split_whitespace` does.

use memchr::{memchr_iter, memchr2, memchr3, memchr3_iter};

/// Whether the only white space in `text` is the space (U+0020) and the no-break space
/// (U+00A0).
fn plain_spaces(text: &str) -> bool {
    let bytes = text.as_bytes();
    if memchr3(b'\t', 0x0B, 0x0C, bytes).is_some() || memchr2(b'\n', b'\r', bytes).is_some() {
        return false;
    }
    // Every other white space character is encoded starting with one of these bytes, which
    // also start common characters such as « and “, so each is decoded to find out.
    !memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
        .chain(memchr_iter(0xE3, bytes))
        .any(|at| {
            text[at..]
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() && c != '\u{A0}')
        })
}

/// The length of the space or no-break space at the start of `bytes`, if one is there.
fn space_at(bytes: &[u8]) -> Option<usize> {
    match bytes {
        [b' ', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        _ => None,
    }
}

/// The words of `text`, each with its byte offset: the words `split_whitespace` gives.
pub fn words(text: &str) -> Words<'_> {
    Words {
        text,
        at: 0,
        plain: plain_spaces(text),
    }
}

/// Iterator over the words of a text and their byte offsets; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
    /// Whether the text's only white space is spaces and no-break spaces.
    plain: bool,
}

impl Words<'_> {
    /// The next word's byte range in a text of plain spaces ([`plain_spaces`]).
    fn next_plain(&self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let mut start = self.at;
        while let Some(len) = space_at(&bytes[start..]) {
            start += len;
        }
        if start == bytes.len() {
            return None;
        }
        // The first space, or the first 0xC2 that starts a no-break space (others start
        // characters such as «).
        let mut end = start;
        while let Some(found) = memchr2(b' ', 0xC2, &bytes[end..]) {
            end += found;
            if space_at(&bytes[end..]).is_some() {
                return Some((start, end));
            }
            end += 1;
        }
        Some((start, bytes.len()))
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.plain {
            let (start, end) = self.next_plain()?;
            self.at = end;
            return Some((start, &self.text[start..end]));
        }
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
