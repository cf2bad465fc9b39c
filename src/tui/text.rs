//! Putting laid-out text into a ratatui buffer, cell by cell.
//!
//! Everything that may hold article text — pane lines, titles, list entries, messages, the
//! search prompt — goes through the layout engine and is written here one cell at a time, so
//! right-to-left text is in visual order and no control character reaches the terminal.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::text::{LayoutOptions, VisualLine, layout_paragraph};

/// Writes the cells of `line` at row `y`, starting `x` columns in (indent not included),
/// never past `right`. `style` gives each cell's style from its logical range.
pub fn put_line(
    buf: &mut Buffer,
    line: &VisualLine,
    x: u16,
    y: u16,
    right: u16,
    style: impl Fn(Range<usize>) -> Style,
) {
    for cell in &line.cells {
        let Ok(col) = u16::try_from(cell.col) else {
            break;
        };
        let cx = x.saturating_add(col);
        let width = u16::try_from(cell.width).unwrap_or(1);
        if cx.saturating_add(width) > right {
            break;
        }
        let style = style(cell.start..cell.end);
        buf[(cx, y)].set_symbol(line.glyph(cell)).set_style(style);
        for extra in 1..width {
            buf[(cx + extra, y)].reset();
        }
    }
}

/// How a one-line text sits in its space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// By its own direction: right-to-left text to the right.
    Natural,
    /// Always to the left.
    Left,
}

/// Draws `text` on one row of `area` through the layout engine: its beginning, in visual
/// order, cut to the width. Returns the columns used.
pub fn put_text(
    buf: &mut Buffer,
    area: Rect,
    text: &str,
    style: Style,
    align: Align,
    options: &LayoutOptions,
) -> u16 {
    if area.width < 2 || area.height == 0 {
        return 0;
    }
    let one_line: String = text
        .chars()
        .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c })
        .collect();
    let layout = layout_paragraph(
        &one_line,
        0,
        &LayoutOptions {
            width: Some(usize::from(area.width)),
            ..*options
        },
    );
    let Some(first) = layout.lines.first() else {
        return 0;
    };
    let indent = match align {
        Align::Natural => first.indent,
        Align::Left => 0,
    };
    let x = area.x + u16::try_from(indent).unwrap_or(0);
    put_line(buf, first, x, area.y, area.right(), |_| style);
    u16::try_from(first.width).unwrap_or(area.width)
}
