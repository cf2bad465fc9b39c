//! The status bar: the project file and its state, the message of the moment or the hints,
//! the loading progress, and the prompts typed there (search, export).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use super::draw::{rect, ui_options};
use super::text::{Align, put_text};
use super::theme::Theme;
use crate::app::commands::Action;
use crate::app::{App, Focus, Key, Mode};
use crate::text::LayoutOptions;

/// The project file as the status bar shows it, at most `room` columns: its path (cut from the
/// left), `•` while changes are not saved yet, or why it is read-only.
fn project_label(app: &App, room: usize) -> String {
    let session = &app.session;
    let Some(path) = &session.path else {
        return String::new();
    };
    let state = match (&session.read_only, session.dirty) {
        (Some(_), _) => " read-only",
        (None, true) => " •",
        (None, false) => "",
    };
    let path = path.display().to_string();
    let room = room.saturating_sub(state.chars().count()).max(8);
    let count = path.chars().count();
    let shown = if count > room {
        let tail: String = path.chars().skip(count + 1 - room).collect();
        format!("…{tail}")
    } else {
        path
    };
    format!("{shown}{state}")
}

/// The first key bound to `action`, for hints.
fn key_for(app: &App, action: Action) -> Option<Key> {
    let mut keys: Vec<Key> = app
        .settings
        .keymap
        .iter()
        .filter(|&(_, &a)| a == action)
        .map(|(&k, _)| k)
        .collect();
    keys.sort_by_key(|k| (k.to_string().chars().count(), k.to_string()));
    keys.into_iter().next()
}

/// A line typed in the status bar: its label, the text with a cursor after it, and a hint on
/// the right.
fn draw_prompt(
    buf: &mut Buffer,
    area: Rect,
    theme: &Theme,
    label: &str,
    input: &str,
    hint: &str,
    options: &LayoutOptions,
) {
    let label_width = label.chars().count() as u16;
    buf.set_stringn(
        area.x,
        area.y,
        label,
        label.len(),
        theme.status.patch(theme.key),
    );
    let used = put_text(
        buf,
        Rect::new(
            area.x + label_width,
            area.y,
            area.width.saturating_sub(label_width + 34),
            1,
        ),
        input,
        theme.status,
        Align::Left,
        options,
    );
    let cursor_x = area.x + label_width + used;
    if cursor_x < area.right() {
        buf[(cursor_x, area.y)].set_style(theme.status.add_modifier(Modifier::REVERSED));
    }
    let x = area.right().saturating_sub(hint.chars().count() as u16);
    buf.set_stringn(x, area.y, hint, hint.len(), theme.status);
}

pub(super) fn draw_status(buf: &mut Buffer, app: &App, theme: &Theme) {
    let area = rect(app.geometry.status);
    buf.set_style(area, theme.status);
    let options = ui_options(app);
    let prompt = match &app.mode {
        Mode::Search { input } if app.focus == Focus::List => Some((
            " List the articles that mention: ",
            input,
            "Enter list · Esc cancel ",
        )),
        Mode::Search { input } => Some((" / ", input, "Enter search · Esc cancel ")),
        Mode::Export { input, replace } => Some((
            " Export to folder: ",
            input,
            if *replace {
                "Enter replaces it · Esc cancel "
            } else {
                "Enter export · Esc cancel "
            },
        )),
        _ => None,
    };
    if let Some((label, input, hint)) = prompt {
        draw_prompt(buf, area, theme, label, input, hint, &options);
        return;
    }
    let hints: &[(Action, &str)] = match app.focus {
        Focus::List => &[
            (Action::ScrollDown, "choose"),
            (Action::OpenSelected, "open"),
            (Action::FocusNext, "panes"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        Focus::Pane(_) => &[
            (Action::ScrollDown, "scroll"),
            (Action::PageDown, "page"),
            (Action::FocusNext, "focus"),
            (Action::NextItem, "next item"),
            (Action::StatementsPanel, "statements"),
            (Action::Search, "search"),
            (Action::ToggleFurniture, "furniture"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
    };
    let progress = app
        .loading
        .map(|p| p.describe(std::time::Instant::now()))
        .or_else(|| {
            app.exporting.as_ref().map(|e| {
                format!(
                    "exporting to {}: {} of {} files…",
                    e.folder.display(),
                    e.progress.0,
                    e.progress.1
                )
            })
        });
    let message = progress.as_ref().or(app.status.as_ref());
    // The project file on the right: where the work is kept, and whether it is.
    let project = project_label(app, usize::from(area.width / 3));
    let project_width = project.chars().count() as u16;
    let right = if project.is_empty() {
        area.right()
    } else {
        area.right().saturating_sub(project_width + 1)
    };
    put_text(
        buf,
        Rect::new(right, area.y, project_width + 1, 1),
        &project,
        theme.status.patch(theme.key),
        Align::Left,
        &options,
    );
    let area = Rect::new(area.x, area.y, right.saturating_sub(area.x), 1);
    // A message wins over the hints: they give way to leave it room.
    let reserved = message.map_or(0, |m| m.chars().count() as u16 + 3);
    let width_of = |key: &str, word: &str| (key.chars().count() + word.len() + 3) as u16;
    // The help key stays when others give way: it is how a new reader finds the rest.
    let help = key_for(app, Action::Help).map_or(0, |k| width_of(&k.to_string(), "help"));
    let mut x = area.x + 1;
    let mut crowded = false;
    for (action, word) in hints {
        let Some(key) = key_for(app, *action) else {
            continue;
        };
        let key = key.to_string();
        let is_help = *action == Action::Help;
        let needed = width_of(&key, word);
        crowded |= x + needed + reserved + if is_help { 0 } else { help } >= area.right();
        if crowded && !is_help {
            continue;
        }
        if x + needed + reserved >= area.right() {
            break;
        }
        buf.set_stringn(x, area.y, &key, key.len(), theme.status.patch(theme.key));
        x += key.chars().count() as u16 + 1;
        buf.set_stringn(x, area.y, word, word.len(), theme.status);
        x += word.len() as u16 + 2;
    }
    if let Some(message) = message {
        buf.set_stringn(x, area.y, "│", 1, theme.status);
        let message_area = Rect::new(x + 2, area.y, area.right().saturating_sub(x + 3), 1);
        put_text(
            buf,
            message_area,
            message,
            theme.status,
            Align::Left,
            &options,
        );
    }
}
