//! Text layout for terminals: right-to-left scripts drawn correctly in any terminal.
//!
//! Most terminals draw cells left to right in the order they receive them and do not shape
//! Arabic, so tahqiq lays text out itself. This module is pure (no terminal): it turns logical
//! text into visual lines of cells, each cell knowing the logical code point range it shows.
//! Everything a reader sees goes through [`layout_paragraph`]; highlights, selections and the
//! cursor are logical offsets, drawn through the cell map of a [`ParagraphLayout`].
//!
//! - [`sanitize`]: what of untrusted text may reach the terminal;
//! - [`bidi`]: UAX #9 levels and the line rules L1–L2;
//! - [`shape`]: Arabic joining and presentation forms;
//! - [`layout`]: cells, line breaking (in `wrap`), visual order, alignment, the cell map;
//! - [`normalize`]: folding Arabic spelling variants for matching and search;
//! - [`words`]: words at white space, fast, for extraction and classification;
//! - [`bytes`]: counting characters and searching bytes without decoding.

mod arabic_tables;
pub mod bidi;
pub mod bytes;
mod cluster;
pub mod layout;
pub mod normalize;
pub mod sanitize;
pub mod shape;
pub mod words;
mod wrap;

use bytes::chars_in;

pub use bidi::BaseDirection;
pub use layout::{
    Cell, LayoutOptions, ParagraphLayout, VisualLine, layout_headline, layout_paragraph,
};

/// Whether `c` is in the Arabic block (U+0600 to U+06FF): Arabic and Persian letters, marks,
/// digits and punctuation.
pub fn in_arabic_block(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// Whether `c` is one of the 27 Hebrew letters (final forms included), alef to tav.
pub fn is_hebrew_letter(c: char) -> bool {
    ('\u{05D0}'..='\u{05EA}').contains(&c)
}

/// A paragraph of a text: the characters between two line breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// The paragraph's text, without its line break.
    pub text: &'a str,
    /// Code point offset of its first character in the whole text.
    pub start: usize,
    /// Byte offset of its first character in the whole text.
    pub byte_start: usize,
    /// The white space it holds, which decides how its words are split.
    pub spaces: words::Spaces,
    /// Its length in code points, counted once as the text is split.
    chars: usize,
}

impl Paragraph<'_> {
    /// Code point offset just past the paragraph's last character.
    pub fn end(&self) -> usize {
        self.start + self.chars
    }
}

/// Splits `text` into paragraphs at line breaks (LF, CR LF, CR, NEL, U+2028, U+2029). A text
/// of `n` line breaks has `n + 1` paragraphs, some possibly empty.
pub fn paragraphs(text: &str) -> Vec<Paragraph<'_>> {
    let bytes = text.as_bytes();
    // Most texts break lines with LF and CR alone, found with a SIMD search; the byte-by-byte
    // walk is kept for the texts that hold one of the three Unicode breaks, which are among
    // the white space other than plain spaces. That is noted once, so that each paragraph
    // also knows how its words are split without reading it again.
    let unusual = words::unusual_spaces(text);
    let unicode_breaks = unusual
        .iter()
        .any(|&(_, c)| matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}'));
    let unusual: Vec<(usize, words::Spaces)> = unusual
        .into_iter()
        .filter_map(|(at, c)| Some((at, words::unusual_space(c)?)))
        .collect();
    // The white space of the bytes from `from` to `to`, passing the notes before `to` (a line
    // break before `from` is no paragraph's).
    let mut next_note = 0;
    let mut spaces_of = |from: usize, to: usize| {
        let mut spaces = words::Spaces::Plain;
        while let Some(&(at, kind)) = unusual.get(next_note).filter(|&&(at, _)| at < to) {
            if at >= from {
                spaces = spaces.max(kind);
            }
            next_note += 1;
        }
        spaces
    };
    // Most texts split here are news articles of a few dozen lines: room for those at once.
    let mut out = Vec::with_capacity(32);
    let mut start = 0; // code points before the current paragraph
    let mut byte_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !unicode_breaks {
            match memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
                Some(at) => i += at,
                None => break,
            }
        }
        // Line breaks start with one of these bytes; everything else is skipped at once.
        let break_len = match bytes[i] {
            b'\n' => 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let paragraph = &text[byte_start..i];
        let chars = chars_in(paragraph.as_bytes());
        out.push(Paragraph {
            text: paragraph,
            start,
            byte_start,
            spaces: spaces_of(byte_start, i),
            chars,
        });
        start += chars + chars_in(&bytes[i..i + break_len]);
        i += break_len;
        byte_start = i;
    }
    out.push(Paragraph {
        text: &text[byte_start..],
        start,
        byte_start,
        spaces: spaces_of(byte_start, bytes.len()),
        chars: chars_in(&bytes[byte_start..]),
    });
    out
}

/// Lays out a whole text, paragraph by paragraph, on all cores.
pub fn layout_text(text: &str, options: &LayoutOptions) -> Vec<ParagraphLayout> {
    use rayon::prelude::*;
    paragraphs(text)
        .par_iter()
        .map(|p| layout_paragraph(p.text, p.start, options))
        .collect()
}

#[cfg(test)]
mod tests;
