//! Paragraph layout: logical text in, visual lines of terminal cells out.
//!
//! The steps, for one paragraph: make the text safe to draw ([`super::sanitize`]); resolve bidi
//! levels ([`super::bidi`]); shape Arabic ([`super::shape`]); group the characters into cells,
//! one per grapheme cluster (a lam-alef ligature is one cell for two clusters), each measured in
//! terminal columns as it will be drawn; break the cells into lines at word boundaries; put each
//! line in visual order with rules L1–L2 and mirror characters at odd levels (L4); right-align
//! right-to-left paragraphs.
//!
//! Every cell remembers the logical code point range it shows, and every line the logical range
//! it covers (including invisible characters and the spaces a wrap swallowed), so highlights,
//! selections and the cursor are given as logical offsets and drawn through this map.

use std::ops::Range;

use unicode_bidi::BidiClass;
use unicode_width::UnicodeWidthStr;

use super::bidi::{self, BaseDirection};
use super::cluster::clusters;
use super::sanitize::{cap_explicit_depth, character_references, display_char, is_invisible_class};
use super::shape::{self, Shaped};
use super::wrap::break_lines;

/// How to lay out text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Width in terminal columns to break lines at (at least 2), or `None` to keep each
    /// paragraph on one line.
    pub width: Option<usize>,
    /// Shape Arabic into presentation forms (for terminals that do not shape).
    pub shape: bool,
    /// The base direction of every paragraph.
    pub base: BaseDirection,
    /// Put lines in visual order. Off for terminals that reorder by themselves (`bidi =
    /// "terminal"`): cells then stay in logical order, unmirrored and unaligned.
    pub reorder: bool,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            width: None,
            shape: true,
            base: BaseDirection::Auto,
            reorder: true,
        }
    }
}

/// One terminal cell of a visual line (two columns for a wide character).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// First logical code point shown, as an offset into the whole text.
    pub start: usize,
    /// One past the last logical code point shown.
    pub end: usize,
    /// Column of the cell within the line, not counting the line's indent.
    pub col: usize,
    /// Columns the cell takes: 1, or 2 for wide characters.
    pub width: usize,
    glyph: (u32, u32),
}

/// One line on screen: cells left to right.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VisualLine {
    /// What is drawn, cell after cell; never contains a control character.
    pub text: String,
    /// The cells in visual order, left to right.
    pub cells: Vec<Cell>,
    /// Blank columns before the first cell (right alignment of right-to-left paragraphs).
    pub indent: usize,
    /// Columns taken by the cells.
    pub width: usize,
    /// Logical code point range the line covers, invisible characters and swallowed spaces
    /// included; the lines of a paragraph cover it without gaps or overlaps.
    pub start: usize,
    /// End of that range (exclusive).
    pub end: usize,
}

impl VisualLine {
    /// What `cell` draws.
    pub fn glyph(&self, cell: &Cell) -> &str {
        &self.text[cell.glyph.0 as usize..cell.glyph.1 as usize]
    }

    /// The cell showing logical offset `offset`, if it is drawn on this line.
    pub fn cell_at(&self, offset: usize) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.start <= offset && offset < c.end)
    }
}

/// A laid-out paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphLayout {
    /// Visual lines, top to bottom; at least one, even for an empty paragraph.
    pub lines: Vec<VisualLine>,
    /// Whether the paragraph runs right to left.
    pub rtl: bool,
}

impl ParagraphLayout {
    /// Where logical offset `offset` is drawn: `(line, column)`, the column counted from the
    /// left edge and including the indent. An invisible character maps to the next drawn cell
    /// in logical order on its line, or just past the line's text when there is none.
    pub fn locate(&self, offset: usize) -> Option<(usize, usize)> {
        let index = self
            .lines
            .iter()
            .position(|l| l.start <= offset && offset < l.end)
            .or_else(|| {
                // The end of the paragraph belongs to its last line.
                let last = self.lines.len().checked_sub(1)?;
                (self.lines[last].end == offset).then_some(last)
            })?;
        let line = &self.lines[index];
        let cell = line.cell_at(offset).or_else(|| {
            line.cells
                .iter()
                .filter(|c| c.start >= offset)
                .min_by_key(|c| c.start)
        });
        let col = match cell {
            Some(cell) => line.indent + cell.col,
            None if self.rtl => line.indent.saturating_sub(1),
            None => line.indent + line.width,
        };
        Some((index, col))
    }
}

/// A cell in logical order, before line breaking and reordering.
pub(super) struct LogicalCell {
    /// Range of characters, as indices into the paragraph.
    pub chars: Range<usize>,
    /// The character whose level places the cell.
    pub base: usize,
    /// Byte range of the glyph in the paragraph's glyph buffer.
    pub glyph: Range<usize>,
    pub width: usize,
    /// A breaking space: lines may break after it, and it is not drawn at the end of a line.
    pub space: bool,
}

/// Columns a glyph takes: one for a letter of the common scripts followed only by its marks,
/// found without a table search; `unicode-width` for everything else.
pub(super) fn glyph_width(glyph: &str) -> usize {
    let mut chars = glyph.chars();
    let simple_base = chars.next().is_some_and(|c| {
        matches!(c, ' '..='~' | '\u{A0}'..='\u{2FF}' | '\u{05D0}'..='\u{05EA}'
            | '\u{0621}'..='\u{064A}' | '\u{FB50}'..='\u{FBB1}' | '\u{FE80}'..='\u{FEFC}')
            && c != '\u{AD}'
    });
    let only_marks =
        chars.all(|c| matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}'));
    if simple_base && only_marks {
        1
    } else {
        UnicodeWidthStr::width(glyph)
    }
}

fn is_breaking_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// Lays out one paragraph. `text` holds no line break; `offset` is the code point offset of its
/// first character in the whole text, so cells carry offsets into the whole text.
pub fn layout_paragraph(text: &str, offset: usize, options: &LayoutOptions) -> ParagraphLayout {
    let mut shown = Vec::with_capacity(text.len());
    let mut analysis = String::with_capacity(text.len());
    for c in text.chars().map(display_char) {
        shown.push(c);
        analysis.push(c);
    }
    layout_shown(shown, analysis, offset, options)
}

/// Lays out a headline as [`layout_paragraph`] does, drawing each HTML character reference in
/// it (`&quot;`, `&#8220;`: pages scraped with their headline still escaped) as the character
/// it stands for, as the article list shows the title. The reference's first code point
/// carries that character, the others are drawn as nothing (a word joiner), so offsets and
/// highlights stay those of the text.
pub fn layout_headline(text: &str, offset: usize, options: &LayoutOptions) -> ParagraphLayout {
    let mut shown: Vec<char> = text.chars().map(display_char).collect();
    for (range, c) in character_references(text) {
        shown[range.start] = display_char(c);
        shown[range.start + 1..range.end].fill('\u{2060}');
    }
    let analysis = shown.iter().collect();
    layout_shown(shown, analysis, offset, options)
}

/// Lays out the characters to draw, `shown`, whose text is `analysis`.
fn layout_shown(
    mut shown: Vec<char>,
    mut analysis: String,
    offset: usize,
    options: &LayoutOptions,
) -> ParagraphLayout {
    if cap_explicit_depth(&mut shown) {
        analysis = shown.iter().collect();
    }
    let resolved = bidi::resolve(&analysis, options.base);
    let shaped = if options.shape {
        shape::shape(&shown, &resolved.levels, &resolved.classes)
    } else {
        shown.iter().map(|&c| Shaped::Char(c)).collect()
    };
    // Presentation forms take 3 bytes where Arabic letters take 2.
    let mut glyphs = String::with_capacity(analysis.len() * 3 / 2 + 8);
    let cells = logical_cells(&shown, &analysis, &shaped, &resolved, options, &mut glyphs);
    let rtl = resolved.paragraph_level % 2 == 1;
    let total = shown.len();

    let width = options.width.map(|w| w.max(2));
    let breaks = match width {
        Some(w) => break_lines(&cells, w),
        None => std::iter::once(0..cells.len()).collect(),
    };
    let mut lines = Vec::with_capacity(breaks.len());
    let mut levels = Vec::new();
    let mut cell_levels = Vec::new();
    let mut order = Vec::new();
    for (k, range) in breaks.iter().enumerate() {
        let first_char = if k == 0 {
            0
        } else {
            cells[range.start].chars.start
        };
        let end_char = match breaks.get(k + 1) {
            Some(next) => cells[next.start].chars.start,
            None => total,
        };
        let mut drawn = range.clone();
        if width.is_some() {
            while drawn.end > drawn.start && cells[drawn.end - 1].space {
                drawn.end -= 1;
            }
        }
        let line_cells = &cells[drawn];
        if options.reorder {
            levels.clear();
            levels.extend_from_slice(&resolved.levels[first_char..end_char]);
            bidi::apply_l1(
                &mut levels,
                &resolved.classes[first_char..end_char],
                resolved.paragraph_level,
            );
            cell_levels.clear();
            cell_levels.extend(line_cells.iter().map(|c| levels[c.base - first_char]));
            bidi::visual_order_into(&cell_levels, &mut order);
        } else {
            order.clear();
            order.extend(0..line_cells.len());
        }
        let glyph_bytes = match (line_cells.first(), line_cells.last()) {
            (Some(a), Some(b)) => b.glyph.end - a.glyph.start,
            _ => 0,
        };
        let mut line = VisualLine {
            text: String::with_capacity(glyph_bytes),
            cells: Vec::with_capacity(line_cells.len()),
            start: offset + first_char,
            end: offset + end_char,
            ..VisualLine::default()
        };
        for &i in &order {
            let cell = &line_cells[i];
            let from = line.text.len() as u32;
            line.text.push_str(&glyphs[cell.glyph.clone()]);
            line.cells.push(Cell {
                start: offset + cell.chars.start,
                end: offset + cell.chars.end,
                col: line.width,
                width: cell.width,
                glyph: (from, line.text.len() as u32),
            });
            line.width += cell.width;
        }
        if let (Some(w), true, true) = (width, rtl, options.reorder) {
            line.indent = w.saturating_sub(line.width);
        }
        lines.push(line);
    }
    ParagraphLayout { lines, rtl }
}

/// Groups the paragraph into drawable cells in logical order; characters that draw nothing
/// belong to no cell.
fn logical_cells(
    shown: &[char],
    analysis: &str,
    shaped: &[Shaped],
    resolved: &bidi::Resolved,
    options: &LayoutOptions,
    glyphs: &mut String,
) -> Vec<LogicalCell> {
    let mut cells: Vec<LogicalCell> = Vec::with_capacity(shaped.len());
    for chars in clusters(shown, analysis) {
        // An alef merged into the lam-alef ligature joins the cell of its lam.
        let absorbed = shaped[chars.start] == Shaped::Absorbed
            && cells.last().is_some_and(|c| c.chars.end == chars.start);
        let glyph_start = glyphs.len();
        let mut base = None;
        for k in chars.clone() {
            let original = shown[k];
            let Shaped::Char(c) = shaped[k] else { continue };
            if is_invisible_class(original, resolved.classes[k]) {
                continue;
            }
            let c = if c == '\t' {
                ' '
            } else if options.reorder
                && resolved.levels[k] % 2 == 1
                && resolved.classes[k] == BidiClass::ON
            {
                // Every Bidi_Mirrored character is an other neutral (ON).
                unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
            } else {
                c
            };
            base.get_or_insert(k);
            glyphs.push(c);
        }
        if absorbed {
            if let Some(lam) = cells.last_mut() {
                lam.chars.end = chars.end;
                lam.glyph.end = glyphs.len();
            }
            continue;
        }
        let Some(base) = base else { continue };
        let mut width = glyph_width(&glyphs[glyph_start..]);
        if width > 2 {
            // Several wide characters in one cluster (an emoji sequence): terminals disagree on
            // how to draw it, so draw its first character only.
            let first = glyphs[glyph_start..].chars().next().unwrap_or(' ');
            glyphs.truncate(glyph_start);
            glyphs.push(first);
            width = UnicodeWidthStr::width(&glyphs[glyph_start..]).clamp(1, 2);
        }
        if width == 0 {
            // A mark with nothing to sit on: show it on a dotted circle.
            glyphs.insert(glyph_start, '\u{25CC}');
            width = 1;
        }
        // A space that carries a mark is a visible base, not a place to break.
        let space = glyphs[glyph_start..].chars().all(is_breaking_space);
        cells.push(LogicalCell {
            chars,
            base,
            glyph: glyph_start..glyphs.len(),
            width,
            space,
        });
    }
    cells
}
