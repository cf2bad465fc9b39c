//! The review's pickers and panels: the tag picker (`t`), the relation picker (`l`), the
//! link suggestions (`L`), the claims panel (`C`) and the note editor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use ratatui_textarea::TextArea;

use super::draw::ui_options;
use super::review::{framed, put_row, row, summary};
use super::text::{Align, put_line, put_text};
use super::theme::Theme;
use crate::app::App;
use crate::app::claims::ClaimFilter;
use crate::project::Relation;
use crate::text::{LayoutOptions, layout_text};

/// The tag picker: the codebook with keys, the claim's tags checked.
pub(super) fn draw_tags(
    buf: &mut Buffer,
    app: &App,
    theme: &Theme,
    claim: u32,
    adding: Option<&str>,
) {
    let Some(claim) = app.session.project.claim(claim) else {
        return;
    };
    let book = &app.session.project.codebook;
    let options = ui_options(app);
    let inner = framed(
        buf,
        theme,
        70,
        book.len() as u16 + 5,
        &format!(
            " Tags of claim #{} — key toggles, + adds, Esc closes ",
            claim.id
        ),
    );
    for (i, tag) in book.iter().enumerate() {
        let checked = if claim.tags.contains(&tag.name) {
            "[x]"
        } else {
            "[ ]"
        };
        let key = tag.key.map_or(' ', |k| k);
        let text = format!("{key}  {checked} {}  — {}", tag.name, tag.description);
        let style = theme.claim_style(Some(&tag.colour));
        put_row(buf, inner, i as u16, &text, theme.text, &options);
        buf[(inner.x + 3, inner.y + i as u16)].set_style(style);
    }
    let r = book.len() as u16 + 1;
    if r < inner.height {
        let prompt = match adding {
            Some(name) => format!("new tag: {name}▏ (Enter adds, Esc cancels)"),
            None => "+ a new tag".to_owned(),
        };
        put_row(buf, inner, r, &prompt, theme.key, &options);
    }
}

/// The relation picker.
pub(super) fn draw_relation(buf: &mut Buffer, app: &App, theme: &Theme, from: u32, to: u32) {
    let options = ui_options(app);
    let inner = framed(
        buf,
        theme,
        52,
        Relation::ALL.len() as u16 + 2,
        &format!(" Link #{from} to #{to} as… (Esc cancels) "),
    );
    for (i, (relation, key)) in Relation::ALL.iter().enumerate() {
        let text = format!("{key}  #{from} {} #{to}", relation.name());
        put_row(buf, inner, i as u16, &text, theme.text, &options);
        buf[(inner.x, inner.y + i as u16)].set_style(theme.key);
    }
}

/// The link suggestions for a claim.
pub(super) fn draw_suggestions(
    buf: &mut Buffer,
    app: &App,
    theme: &Theme,
    claim: u32,
    selected: usize,
) {
    let options = ui_options(app);
    let width = buf.area.width.saturating_sub(6).min(120);
    let inner = framed(
        buf,
        theme,
        width,
        app.suggestions.len() as u16 + 2,
        &format!(" Links suggested for #{claim} — Enter links, Esc closes "),
    );
    for (i, s) in app.suggestions.iter().enumerate() {
        let r = i as u16;
        if r >= inner.height {
            break;
        }
        let what = match s.target.claim {
            Some(id) => format!("#{id}"),
            None => "new".to_owned(),
        };
        let flag = if s.conflict { " ⚠ conflict" } else { "" };
        let text = format!(
            "{:>3}% {}{flag} · art. {} {what} · {}",
            (s.score * 100.0).round(),
            s.relation.name(),
            s.target.article_index + 1,
            s.target.text.replace('\n', " ")
        );
        let style = if i == selected {
            theme.selected
        } else {
            theme.text
        };
        if i == selected {
            buf.set_style(row(inner, r), style);
        }
        put_row(buf, inner, r, &text, style, &options);
    }
}

/// The claims panel: every claim the filter lets through.
pub(super) fn draw_claims(
    buf: &mut Buffer,
    app: &App,
    theme: &Theme,
    selected: usize,
    filter: &ClaimFilter,
) {
    let options = ui_options(app);
    let listed = app.listed_claims(filter);
    let width = buf.area.width.saturating_sub(6).min(130);
    let height = (listed.len() as u16 + 4).clamp(6, buf.area.height.saturating_sub(4));
    let inner = framed(
        buf,
        theme,
        width,
        height,
        &format!(
            " Claims ({} of {}) — Enter goes, Esc closes ",
            listed.len(),
            app.session.project.claims.len()
        ),
    );
    let filters = format!(
        "t tag: {} · s status: {} · a article: {} · r needs review: {}",
        filter.tag.as_deref().unwrap_or("all"),
        filter.status.map_or("all", |s| s.name()),
        if filter.this_article {
            "this one"
        } else {
            "all"
        },
        if filter.needs_review { "yes" } else { "all" },
    );
    put_row(buf, inner, 0, &filters, theme.dim, &options);
    let rows = usize::from(inner.height.saturating_sub(2));
    let top = selected.saturating_sub(rows.saturating_sub(1));
    for (r, &id) in listed.iter().enumerate().skip(top).take(rows) {
        let Some(claim) = app.session.project.claim(id) else {
            continue;
        };
        let y = (r - top) as u16 + 2;
        let style = if r == selected {
            theme.selected
        } else {
            theme.text
        };
        if r == selected {
            buf.set_style(row(inner, y), style);
        }
        put_text(
            buf,
            row(inner, y),
            &summary(app, claim),
            style,
            Align::Left,
            &options,
        );
    }
}

/// Rows under the note editor that show the line being written as it reads.
const NOTE_PREVIEW_ROWS: u16 = 3;

/// The note editor over the screen. The editor shows the note in the order it is typed, which
/// for Arabic is backwards and unjoined in most terminals; so when the note holds
/// right-to-left text and tahqiq lays text out itself, the rows under it show the line being
/// written as it will read (its end, when it wraps), laid out as the claim's details lay out
/// the note.
pub(super) fn draw_note(
    buf: &mut Buffer,
    app: &App,
    theme: &Theme,
    claim: u32,
    editor: &TextArea<'_>,
) {
    let width = buf.area.width.saturating_sub(10).min(90);
    let inner = framed(
        buf,
        theme,
        width,
        12,
        &format!(" Note on claim #{claim} — Esc keeps, Ctrl-c discards "),
    );
    let options = ui_options(app);
    let preview = options.reorder
        && inner.height > 2 * NOTE_PREVIEW_ROWS
        && editor
            .lines()
            .iter()
            .any(|line| line.chars().any(crate::text::bidi::is_right_to_left));
    if !preview {
        editor.render(inner, buf);
        return;
    }
    let editing = inner.height - NOTE_PREVIEW_ROWS - 1;
    editor.render(Rect::new(inner.x, inner.y, inner.width, editing), buf);
    put_row(buf, inner, editing, "as it reads:", theme.dim, &options);
    let current = editor
        .lines()
        .get(editor.cursor().0)
        .map_or("", String::as_str);
    let lines: Vec<_> = layout_text(
        current,
        &LayoutOptions {
            width: Some(usize::from(inner.width)),
            ..options
        },
    )
    .into_iter()
    .flat_map(|p| p.lines)
    .collect();
    let shown = &lines[lines.len().saturating_sub(usize::from(NOTE_PREVIEW_ROWS))..];
    for (r, line) in (editing + 1..).zip(shown) {
        let x = inner.x + u16::try_from(line.indent).unwrap_or(0);
        put_line(buf, line, x, inner.y + r, inner.right(), |_| theme.text);
    }
}
