//! Drawing the workbench. Reads the [`App`], never changes it.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use ratatui_textarea::TextArea;

use super::text::{Align, put_line, put_text};
use super::theme::Theme;
use super::{conflicts, list, overlays, pickers, review, status};
use crate::app::config::BidiMode;
use crate::app::geometry::{Area, MIN_HEIGHT, MIN_WIDTH};
use crate::app::pane::Pane;
use crate::app::{App, Focus, Mode};
use crate::corpus::ParagraphKind;
use crate::text::{BaseDirection, LayoutOptions};

pub(super) fn rect(area: Area) -> Rect {
    Rect::new(area.x, area.y, area.width, area.height)
}

/// Options for drawing interface text (titles, list, messages).
pub(super) fn ui_options(app: &App) -> LayoutOptions {
    LayoutOptions {
        width: None,
        shape: app.settings.shaping,
        base: BaseDirection::Auto,
        reorder: app.settings.bidi == BidiMode::App,
    }
}

/// Draws the whole screen; `editor` is the note editor while a note is written.
pub fn draw(frame: &mut Frame<'_>, app: &App, theme: &Theme, editor: Option<&TextArea<'_>>) {
    let buf = frame.buffer_mut();
    if app.geometry.too_small {
        let message = format!(
            "tahqiq needs at least {MIN_WIDTH}×{MIN_HEIGHT}; this terminal is {}×{}",
            app.geometry.width, app.geometry.height
        );
        let area = buf.area;
        Paragraph::new(message)
            .style(theme.warning)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    list::draw_list(buf, app, theme);
    if app.panes.is_empty()
        && let Some(&area) = app.geometry.panes.first()
    {
        let text = if app.loading.is_some() {
            "Loading articles…"
        } else {
            "No article is open."
        };
        border(false, theme).render(rect(area), buf);
        let inner = area.text();
        buf.set_stringn(inner.x, inner.y, text, usize::from(inner.width), theme.dim);
    }
    for (i, pane) in app.panes.iter().enumerate() {
        if let Some(&area) = app.geometry.panes.get(i) {
            draw_pane(buf, app, theme, i, pane, area);
        }
    }
    if let Some(area) = app.geometry.messages {
        draw_messages(buf, app, theme, area);
    }
    if matches!(app.mode, Mode::Normal)
        && let Some(&area) = app.geometry.panes.get(app.active_pane())
    {
        review::draw_detail(buf, app, theme, rect(area.inner()));
    }
    status::draw_status(buf, app, theme);
    match &app.mode {
        Mode::Help { scroll } => overlays::draw_help(buf, app, theme, *scroll),
        Mode::Panel { kind, selected } => overlays::draw_panel(buf, app, theme, *kind, *selected),
        Mode::Tags { claim, adding } => {
            pickers::draw_tags(buf, app, theme, *claim, adding.as_deref());
        }
        Mode::Relation { from, to } => pickers::draw_relation(buf, app, theme, *from, *to),
        Mode::Suggestions { claim, selected } => {
            pickers::draw_suggestions(buf, app, theme, *claim, *selected);
        }
        Mode::Claims { selected, filter } => {
            pickers::draw_claims(buf, app, theme, *selected, filter);
        }
        Mode::Note { claim } => {
            if let Some(editor) = editor {
                pickers::draw_note(buf, app, theme, *claim, editor);
            }
        }
        Mode::Conflicts { selected } => conflicts::draw_conflicts(buf, app, theme, *selected),
        Mode::Normal | Mode::Search { .. } | Mode::Select { .. } | Mode::Export { .. } => {}
    }
}

pub(super) fn border(focused: bool, theme: &Theme) -> Block<'static> {
    Block::bordered().border_style(if focused {
        theme.border_focused
    } else {
        theme.border
    })
}

fn draw_pane(buf: &mut Buffer, app: &App, theme: &Theme, index: usize, pane: &Pane, area: Area) {
    let focused = app.focus == Focus::Pane(index);
    let article = &app.articles[pane.article];
    let outer = rect(area);
    let block = border(focused, theme);
    block.render(outer, buf);
    let options = ui_options(app);
    // Title on the top border: the article number, then its title.
    let label = format!(" {} ", pane.article + 1);
    let label_style = if focused {
        theme.border_focused.add_modifier(Modifier::BOLD)
    } else {
        theme.border
    };
    buf.set_stringn(
        outer.x + 1,
        outer.y,
        &label,
        usize::from(outer.width),
        label_style,
    );
    let used = label.chars().count() as u16 + 1;
    let title_area = Rect::new(
        outer.x + used,
        outer.y,
        outer.width.saturating_sub(used + 2),
        1,
    );
    put_text(
        buf,
        title_area,
        &article.title,
        theme.title,
        Align::Natural,
        &options,
    );
    // Position on the bottom border.
    let position = format!(" {}% ", pane.percent(article));
    let pos_x = outer
        .right()
        .saturating_sub(position.chars().count() as u16 + 1);
    buf.set_stringn(pos_x, outer.bottom() - 1, &position, 8, theme.border);
    if let Some(search) = &pane.search {
        let info = format!(" /{} ({}) ", search.query, search.matches.len());
        let info_area = Rect::new(
            outer.x + 2,
            outer.bottom() - 1,
            pos_x.saturating_sub(outer.x + 3),
            1,
        );
        put_text(buf, info_area, &info, theme.border, Align::Left, &options);
    }

    let text = area.text();
    let matches = pane.search.as_ref();
    // The items that reach into the view, with their roles, so each cell checks only these.
    let view_range = match (pane.view.first(), pane.view.last()) {
        (Some(a), Some(b)) => a.line.start..b.line.end,
        _ => 0..0,
    };
    let items = app
        .items
        .get(pane.article)
        .and_then(Option::as_deref)
        .unwrap_or(&[]);
    // Claims first: their background stays under the items' colours.
    let mut marks = review::claim_marks(app, theme, index, pane, view_range.clone());
    let claims = marks.len();
    for (index, item) in items.iter().enumerate() {
        if item.end <= view_range.start || item.start >= view_range.end {
            continue;
        }
        let mut style = if item.is_statement() {
            theme.statement
        } else {
            theme.number
        };
        if pane.current_item == Some(index) {
            style = style.patch(theme.current_item);
        }
        marks.push((item.start, item.end, style));
        for &(start, end) in item.cue_span.iter().chain(item.speaker_span.iter()) {
            marks.push((start as usize, end as usize, theme.speaker));
        }
    }
    // Numbers and speakers are drawn over the statements that contain them.
    marks[claims..].sort_by_key(|&(start, end, _)| std::cmp::Reverse(end - start));
    for (row, view) in pane.view.iter().enumerate() {
        let y = text.y + row as u16;
        if y >= text.y + text.height {
            break;
        }
        let base = match view.kind {
            ParagraphKind::Furniture => theme.dim,
            ParagraphKind::Title => theme.title,
            ParagraphKind::Dateline => theme.dateline,
            _ => theme.text,
        };
        let x = text.x + u16::try_from(view.line.indent).unwrap_or(0);
        let style = |range: std::ops::Range<usize>| -> Style {
            let mut base = base;
            for &(start, end, mark) in &marks {
                if start < range.end && range.start < end {
                    base = base.patch(mark);
                }
            }
            let Some(search) = matches else { return base };
            let hit = search
                .matches
                .iter()
                .position(|m| m.start < range.end && range.start < m.end);
            match hit {
                Some(i) if Some(i) == search.current => base.patch(theme.current_match),
                Some(_) => base.patch(theme.matched),
                None => base,
            }
        };
        put_line(buf, &view.line, x, y, text.x + text.width, style);
    }
    review::draw_gutter(buf, app, theme, pane, outer);
}

fn draw_messages(buf: &mut Buffer, app: &App, theme: &Theme, area: Area) {
    let outer = rect(area);
    Clear.render(outer, buf);
    border(false, theme)
        .title(" Messages (m hides) ")
        .render(outer, buf);
    let inner = rect(area.inner());
    let options = ui_options(app);
    let shown = usize::from(inner.height);
    let start = app.messages.len().saturating_sub(shown);
    for (row, message) in app.messages[start..].iter().enumerate() {
        let line = Rect::new(
            inner.x + 1,
            inner.y + row as u16,
            inner.width.saturating_sub(2),
            1,
        );
        put_text(buf, line, message, theme.warning, Align::Left, &options);
    }
}
