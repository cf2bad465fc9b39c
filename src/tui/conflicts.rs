//! The conflicts panel (`!`): where two merged reviews disagree, one row per conflict with each
//! reviewer's value, and the keys that settle it.

use ratatui::buffer::Buffer;

use super::draw::ui_options;
use super::review::{framed, put_row, summary};
use super::theme::Theme;
use crate::app::App;

/// Draws the panel with conflict `selected` highlighted: the claim, then every reviewer's value
/// after its number key on a row of its own, then a blank row.
pub(super) fn draw_conflicts(buf: &mut Buffer, app: &App, theme: &Theme, selected: usize) {
    let options = ui_options(app);
    let conflicts = &app.session.project.conflicts;
    let width = buf.area.width.saturating_sub(6).min(120);
    let rows_of = |c: &crate::project::Conflict| c.values.len() as u16 + 2;
    let needed: u16 = conflicts.iter().map(rows_of).sum();
    let height = (needed + 2).clamp(7, buf.area.height.saturating_sub(4));
    let inner = framed(
        buf,
        theme,
        width,
        height,
        &format!(
            " Conflicts ({}) — 1 2 take a value, b both notes, Enter goes, Esc closes ",
            conflicts.len()
        ),
    );
    // Scroll so the selected conflict is on screen.
    let mut top = 0;
    while top < selected
        && conflicts[top..=selected].iter().map(rows_of).sum::<u16>() > inner.height
    {
        top += 1;
    }
    let mut y = 0;
    for (index, conflict) in conflicts.iter().enumerate().skip(top) {
        if y + rows_of(conflict) - 1 > inner.height {
            break;
        }
        let style = if index == selected {
            theme.selected
        } else {
            theme.status
        };
        let claim = app.session.project.claim(conflict.claim);
        let head = claim.map_or_else(|| format!("#{}", conflict.claim), |c| summary(app, c));
        let head = format!("{} · {head}", conflict.field.name());
        put_row(buf, inner, y, &head, style, &options);
        for (i, (who, value)) in conflict.values.iter().enumerate() {
            let flat = value.replace('\n', " ⏎ ");
            let line = format!("   {} {who}: {flat}", i + 1);
            put_row(buf, inner, y + 1 + i as u16, &line, theme.dim, &options);
        }
        y += rows_of(conflict);
    }
}
