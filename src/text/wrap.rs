//! Line breaking: which cells go on which line.
//!
//! Greedy, in logical order, at word boundaries: a line may break after a run of breaking
//! spaces, and those spaces hang past the end of the line (they are not drawn there). A word
//! wider than the whole line is broken between cells, that is between grapheme clusters.

use std::ops::Range;

use super::layout::LogicalCell;

/// Splits `cells` into lines no wider than `width` columns (`width` ≥ 2, so every cell fits).
/// Returns the cell ranges of the lines, covering all cells; a paragraph with no cells gives
/// one empty line.
pub(super) fn break_lines(cells: &[LogicalCell], width: usize) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut used = 0; // columns of the words and inner spaces on the line
    let mut pending = 0; // columns of the spaces after the last word
    let mut has_word = false;
    let mut i = 0;
    while i < cells.len() {
        if cells[i].space {
            pending += cells[i].width;
            i += 1;
            continue;
        }
        let mut j = i;
        let mut word = 0;
        while j < cells.len() && !cells[j].space {
            word += cells[j].width;
            j += 1;
        }
        if used + pending + word <= width {
            used += pending + word;
        } else {
            if has_word || pending > 0 {
                lines.push(line_start..i);
                line_start = i;
                used = 0;
            }
            if word <= width {
                used = word;
            } else {
                for (k, cell) in cells.iter().enumerate().take(j).skip(i) {
                    if used + cell.width > width && used > 0 {
                        lines.push(line_start..k);
                        line_start = k;
                        used = 0;
                    }
                    used += cell.width;
                }
            }
        }
        pending = 0;
        has_word = true;
        i = j;
    }
    lines.push(line_start..cells.len());
    lines
}
