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
mod tests;
