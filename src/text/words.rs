//! Splitting text into words at white space, fast: extraction walks every word of a corpus.
//!
//! [`words`] finds the same words as `str::split_whitespace`, with their byte offsets. Almost
//! every paragraph separates its words with plain spaces only; such a paragraph is split by a
//! SIMD byte search and nothing is decoded. A paragraph holding any other white space (tabs,
//! no-break or em spaces, …) is split a character at a time, as `split_whitespace` does.

use memchr::{memchr, memchr_iter, memchr2, memchr3, memchr3_iter};

/// Whether `text` has no white space but the plain space (U+0020).
fn spaces_only(text: &str) -> bool {
    let bytes = text.as_bytes();
    if memchr3(b'\t', 0x0B, 0x0C, bytes).is_some() || memchr2(b'\n', b'\r', bytes).is_some() {
        return false;
    }
    // Every other white space character is encoded starting with one of these bytes, which
    // also start common characters such as « and “, so each is decoded to find out.
    !memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
        .chain(memchr_iter(0xE3, bytes))
        .any(|at| text[at..].chars().next().is_some_and(char::is_whitespace))
}

/// The words of `text`, each with its byte offset: the words `split_whitespace` gives.
pub fn words(text: &str) -> Words<'_> {
    Words {
        text,
        at: 0,
        spaces_only: spaces_only(text),
    }
}

/// Iterator over the words of a text and their byte offsets; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
    spaces_only: bool,
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.text[self.at..];
        let (start, end) = if self.spaces_only {
            let start = rest.bytes().position(|b| b != b' ')?;
            let len = memchr(b' ', &rest.as_bytes()[start..]).unwrap_or(rest.len() - start);
            (start, start + len)
        } else {
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
    fn only_plain_spaces_take_the_fast_way() {
        assert!(spaces_only("قال «نعم» “لا” … x"));
        assert!(!spaces_only("a\u{A0}b"));
        assert!(!spaces_only("a\tb"));
        assert!(!spaces_only("a\u{3000}b"));
    }
}
