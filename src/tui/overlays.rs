//! What opens over the screen: the help screen, and the statements and numbers panels.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

use super::draw::ui_options;
use super::text::{Align, put_text};
use super::theme::Theme;
use crate::app::App;
use crate::app::commands::{COMMANDS, Group};
use crate::app::items::PanelKind;
use crate::extract::{Item, Kind, NumberKind};

/// A cleared area of `width` × `height` in the middle of the screen.
fn centred_box(buf: &mut Buffer, width: u16, height: u16) -> Rect {
    let screen = buf.area;
    let area = Rect::new(
        screen.x + screen.width.saturating_sub(width) / 2,
        screen.y + screen.height.saturating_sub(height) / 2,
        width.min(screen.width),
        height.min(screen.height),
    );
    Clear.render(area, buf);
    area
}

/// The statements or numbers panel over the screen: one entry a line, the selected one marked.
pub(super) fn draw_panel(
    buf: &mut Buffer,
    app: &App,
    theme: &Theme,
    kind: PanelKind,
    selected: usize,
) {
    let Some(items) = app.active_items() else {
        return;
    };
    let entries = app.panel_entries(kind);
    let screen = buf.area;
    let width = screen.width.saturating_sub(6).min(110);
    let height = (entries.len() as u16 + 2).clamp(3, screen.height.saturating_sub(4));
    let area = centred_box(buf, width, height);
    let title = match kind {
        PanelKind::Statements => format!(
            " Statements ({}) — Enter goes to one, Esc closes ",
            entries.len()
        ),
        PanelKind::Numbers => format!(
            " Numbers ({}) — Enter goes to one, Esc closes ",
            entries.len()
        ),
    };
    Block::bordered()
        .border_style(theme.border_focused)
        .title(title)
        .render(area, buf);
    let inner = area.inner(ratatui::layout::Margin::new(1, 1));
    let rows = usize::from(inner.height);
    let top = selected.saturating_sub(rows.saturating_sub(1));
    let options = ui_options(app);
    for (row, &index) in entries.iter().enumerate().skip(top).take(rows) {
        let item = &items[index];
        let y = inner.y + (row - top) as u16;
        let style = if row == selected {
            theme.selected
        } else {
            theme.text
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        let lead = match kind {
            PanelKind::Statements => {
                let kind = if item.kind == Kind::Quote {
                    "«»"
                } else {
                    "··"
                };
                format!(" {kind} ")
            }
            // The value and what it measures in columns of their own, so that every row
            // reads alike whether or not the number counts something.
            PanelKind::Numbers => format!(
                " {:>14}  {:<7}  ",
                item.value
                    .map_or_else(|| "—".to_owned(), |v| format!("{v}")),
                kind_word(item)
            ),
        };
        buf.set_stringn(inner.x, y, &lead, usize::from(inner.width), style);
        let used = lead.chars().count() as u16;
        let rest = Rect::new(inner.x + used, y, inner.width.saturating_sub(used + 1), 1);
        let (label, align) = match kind {
            PanelKind::Statements => (
                format!(
                    "{}: {}",
                    item.speaker.as_deref().unwrap_or("?"),
                    item.text.replace('\n', " ")
                ),
                Align::Natural,
            ),
            // The number as written and its unit, next to its value: a short label far to the
            // right of a wide panel would leave the eye a gap to cross on every row.
            PanelKind::Numbers => (app.active_number_label(item), Align::Left),
        };
        put_text(buf, rest, &label, style, align, &options);
    }
}

fn kind_word(item: &Item) -> &'static str {
    item.number_kind.map_or("", NumberKind::name)
}

/// The lines of the help screen: group headings, then keys and descriptions.
fn help_lines(app: &App, text_width: usize) -> Vec<(Option<String>, String)> {
    let groups = [
        Group::Scroll,
        Group::Panes,
        Group::Articles,
        Group::Search,
        Group::Items,
        Group::View,
        Group::General,
    ];
    let mut lines = Vec::new();
    for group in groups {
        lines.push((None, group.title().to_owned()));
        for command in COMMANDS.iter().filter(|c| c.group == group) {
            // The nine `open_N` commands share one row.
            match command.action.article_number() {
                Some(1) => {
                    lines.push((
                        Some("1 … 9".to_owned()),
                        "Open article N in the focused pane.".to_owned(),
                    ));
                    continue;
                }
                Some(_) => continue,
                None => {}
            }
            let mut keys: Vec<String> = app
                .settings
                .keymap
                .iter()
                .filter(|&(_, &a)| a == command.action)
                .map(|(k, _)| k.to_string())
                .collect();
            keys.sort_by_key(|k| (k.chars().count(), k.clone()));
            let keys = if keys.is_empty() {
                "(unbound)".to_owned()
            } else {
                keys.join(" ")
            };
            // A description longer than its column goes on in the rows below, under itself.
            for (row, part) in wrapped(command.description(), text_width)
                .into_iter()
                .enumerate()
            {
                let keys = if row == 0 {
                    keys.clone()
                } else {
                    String::new()
                };
                lines.push((Some(keys), part));
            }
        }
        lines.push((None, String::new()));
    }
    lines.push((
        Some("wheel".to_owned()),
        "Scroll the pane under the pointer.".to_owned(),
    ));
    lines
}

/// `text` cut at spaces into lines of at most `width` characters (a longer word stands alone).
fn wrapped(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

pub(super) fn draw_help(buf: &mut Buffer, app: &App, theme: &Theme, scroll: usize) {
    let screen = buf.area;
    let width = screen.width.saturating_sub(4).min(80);
    // Inside the border and its margins (two columns a side), after the 24 columns of keys.
    let lines = help_lines(app, usize::from(width.saturating_sub(4 + 24)).max(12));
    let height = (lines.len() as u16 + 2).min(screen.height.saturating_sub(2));
    let area = centred_box(buf, width, height);
    Block::bordered()
        .border_style(theme.border_focused)
        .title(" Keys — j/k scroll, any other key closes ")
        .render(area, buf);
    let inner = area.inner(ratatui::layout::Margin::new(2, 1));
    let scroll = scroll.min(lines.len().saturating_sub(usize::from(inner.height)));
    for (row, (keys, text)) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + row as u16;
        match keys {
            None => {
                buf.set_stringn(inner.x, y, text, usize::from(inner.width), theme.title);
            }
            Some(keys) => {
                buf.set_stringn(inner.x + 1, y, keys, 22, theme.key);
                buf.set_stringn(
                    inner.x + 24,
                    y,
                    text,
                    usize::from(inner.width.saturating_sub(24)),
                    theme.text,
                );
            }
        }
    }
}
