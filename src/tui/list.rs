//! Drawing the article list: each article's number, title and size or outlet, the selection,
//! and, while the list is narrowed to a phrase, the count and the phrase in its title.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;

use super::draw::{border, rect, ui_options};
use super::text::{Align, put_text};
use super::theme::Theme;
use crate::app::{App, Focus};

fn human_size(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

pub(super) fn draw_list(buf: &mut Buffer, app: &App, theme: &Theme) {
    let area = rect(app.geometry.list);
    let focused = app.focus == Focus::List;
    let options = ui_options(app);
    match &app.list_filter {
        None => border(focused, theme)
            .title(format!(" Articles ({}) ", app.articles.len()))
            .render(area, buf),
        Some(filter) => {
            border(focused, theme).render(area, buf);
            // The counts first: a narrow list cuts the phrase, which the status bar gave. The
            // phrase is the reader's words, laid out as text.
            let title = format!(
                " Articles {}/{} “{}”",
                filter.shown.len(),
                app.articles.len(),
                filter.query
            );
            let room = Rect::new(area.x + 1, area.y, area.width.saturating_sub(3), 1);
            let used = put_text(buf, room, &title, theme.border, Align::Left, &options);
            if used < room.width {
                buf[(room.x + used, room.y)].set_symbol(" ");
            }
        }
    }
    let inner = rect(app.geometry.list.inner());
    let rows = usize::from(inner.height / 2);
    let listed = (app.list_top..app.list_len()).map_while(|position| app.listed(position));
    for (row, index) in listed.take(rows).enumerate() {
        let article = &app.articles[index];
        let y = inner.y + 2 * row as u16;
        let selected = index == app.selected;
        let open = app.panes.iter().any(|p| p.article == index);
        let style = if selected && focused {
            theme.selected
        } else if selected {
            theme.text.add_modifier(Modifier::BOLD)
        } else {
            theme.text
        };
        if selected {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        }
        let marker = format!("{}{} ", if open { '▸' } else { ' ' }, index + 1);
        buf.set_stringn(inner.x, y, &marker, usize::from(inner.width), style);
        let used = marker.chars().count() as u16;
        let title_area = Rect::new(inner.x + used, y, inner.width.saturating_sub(used), 1);
        put_text(
            buf,
            title_area,
            &article.title,
            style,
            Align::Natural,
            &options,
        );
        let detail = match article.outlet() {
            Some(outlet) => format!("{} · {outlet}", human_size(article.bytes)),
            None => format!("{} · {}", human_size(article.bytes), article.encoding),
        };
        let detail_area = Rect::new(inner.x + used, y + 1, inner.width.saturating_sub(used), 1);
        if detail_area.y < inner.bottom() {
            put_text(buf, detail_area, &detail, theme.dim, Align::Left, &options);
        }
    }
}
