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
//! - [`normalize`]: folding Arabic spelling variants for matching and search.

mod arabic_tables;
pub mod bidi;
mod cluster;
pub mod layout;
pub mod normalize;
pub mod sanitize;
pub mod shape;
mod wrap;

pub use bidi::BaseDirection;
pub use layout::{Cell, LayoutOptions, ParagraphLayout, VisualLine, layout_paragraph};

/// A paragraph of a text: the characters between two line breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// The paragraph's text, without its line break.
    pub text: &'a str,
    /// Code point offset of its first character in the whole text.
    pub start: usize,
    /// Byte offset of its first character in the whole text.
    pub byte_start: usize,
}

impl Paragraph<'_> {
    /// Code point offset just past the paragraph's last character.
    pub fn end(&self) -> usize {
        self.start + self.text.chars().count()
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Splits `text` into paragraphs at line breaks (LF, CR LF, CR, NEL, U+2028, U+2029). A text
/// of `n` line breaks has `n + 1` paragraphs, some possibly empty.
pub fn paragraphs(text: &str) -> Vec<Paragraph<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut byte_start = 0;
    let mut chars = text.char_indices().peekable();
    let mut count = 0;
    while let Some((byte, c)) = chars.next() {
        count += 1;
        if !is_line_break(c) {
            continue;
        }
        out.push(Paragraph {
            text: &text[byte_start..byte],
            start,
            byte_start,
        });
        let mut next_byte = byte + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            count += 1;
            next_byte += 1;
        }
        byte_start = next_byte;
        start = count;
    }
    out.push(Paragraph {
        text: &text[byte_start..],
        start,
        byte_start,
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
