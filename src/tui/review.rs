//! Drawing the review: claims in the panes (their tag colour, a mark beside their lines, a
//! diamond when linked), the current claim's details, and the frame and rows the pickers of
//! `pickers` and `conflicts` are drawn in.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Clear, Widget};

use super::draw::ui_options;
use super::text::{Align, put_line, put_text};
use super::theme::Theme;
use crate::app::pane::Pane;
use crate::app::{App, Mode};
use crate::project::{Anchoring, Claim};
use crate::text::{LayoutOptions, layout_text};

/// The style of `claim`: its first tag's colour, or the untagged claim style.
pub(super) fn claim_style(app: &App, theme: &Theme, claim: &Claim) -> Style {
    let colour = claim
        .tags
        .first()
        .and_then(|t| app.session.project.tag(t))
        .map(|t| t.colour.as_str());
    theme.claim_style(colour)
}

/// The claims of the pane's article that reach into `range`, with their styles; the current
/// claim underlined and bold, the selection being made in reverse.
pub(super) fn claim_marks(
    app: &App,
    theme: &Theme,
    pane_index: usize,
    pane: &Pane,
    range: std::ops::Range<usize>,
) -> Vec<(usize, usize, Style)> {
    let key = app.article_key(pane.article);
    let mut marks: Vec<(usize, usize, Style)> = app
        .session
        .project
        .claims_in(key)
        .filter(|c| c.anchoring != Anchoring::Orphaned)
        .filter(|c| c.start < range.end && range.start < c.end)
        .map(|c| {
            let mut style = claim_style(app, theme, c);
            if pane.current_claim == Some(c.id) {
                style = style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
            }
            (c.start, c.end, style)
        })
        .collect();
    if let Mode::Select { pane, start, end } = app.mode
        && pane == pane_index
    {
        marks.push((start, end, theme.selected));
    }
    marks
}

/// Marks in the pane's left border beside each line where a claim begins: `◆` when it is
/// linked, `●` otherwise, in the claim's colour.
pub(super) fn draw_gutter(buf: &mut Buffer, app: &App, theme: &Theme, pane: &Pane, outer: Rect) {
    let key = app.article_key(pane.article);
    let top = outer.y + 1;
    for (row, view) in pane.view.iter().enumerate() {
        let y = top + row as u16;
        if y + 1 >= outer.bottom() {
            break;
        }
        let starting = app
            .session
            .project
            .claims_in(key)
            .filter(|c| c.anchoring != Anchoring::Orphaned)
            .find(|c| {
                view.line.start <= c.start && c.start < view.line.end.max(view.line.start + 1)
            });
        if let Some(claim) = starting {
            let linked = app.session.project.links_of(claim.id).next().is_some();
            let style = claim_style(app, theme, claim);
            let style = Style::new().fg(style.bg.unwrap_or(ratatui::style::Color::Reset));
            let style = if theme.tag_colours {
                style
            } else {
                Style::new().add_modifier(Modifier::BOLD)
            };
            buf[(outer.x, y)]
                .set_symbol(if linked { "◆" } else { "●" })
                .set_style(style);
        }
    }
}

/// A cleared, bordered box of `width` × `height` centred on the screen; returns its inside.
pub(super) fn framed(
    buf: &mut Buffer,
    theme: &Theme,
    width: u16,
    height: u16,
    title: &str,
) -> Rect {
    let screen = buf.area;
    let width = width.min(screen.width);
    let height = height.min(screen.height);
    let area = Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    );
    Clear.render(area, buf);
    Block::bordered()
        .border_style(theme.border_focused)
        .title(title.to_owned())
        .render(area, buf);
    area.inner(Margin::new(1, 1))
}

pub(super) fn row(inner: Rect, r: u16) -> Rect {
    Rect::new(inner.x, inner.y + r, inner.width, 1)
}

/// Interface text on row `r` of `inner`, from the left, through the layout engine.
pub(super) fn put_row(
    buf: &mut Buffer,
    inner: Rect,
    r: u16,
    text: &str,
    style: Style,
    options: &LayoutOptions,
) {
    put_text(buf, row(inner, r), text, style, Align::Left, options);
}

/// One line of `claim` for lists: id, kind, status, tags, then its text.
pub(super) fn summary(app: &App, claim: &Claim) -> String {
    let article = app
        .keys
        .index_of(&claim.article)
        .map_or_else(|| "missing".to_owned(), |i| format!("{}", i + 1));
    let anchoring = match claim.anchoring {
        Anchoring::Exact => "",
        Anchoring::Moved => " moved",
        Anchoring::Orphaned => " orphaned",
    };
    let links = app.session.project.links_of(claim.id).count();
    let tags = if claim.tags.is_empty() {
        String::new()
    } else {
        format!(" [{}]", claim.tags.join(", "))
    };
    format!(
        "#{} · art. {article} · {} · {}{anchoring}{tags}{} · {}",
        claim.id,
        claim.kind.name(),
        claim.status.name(),
        if links > 0 {
            format!(" · {links}↔")
        } else {
            String::new()
        },
        claim.quote.exact.replace('\n', " ")
    )
}

/// The current claim's details, over the bottom of its pane: what it is, its tags and links,
/// and its note laid out right to left where it is Arabic.
pub(super) fn draw_detail(buf: &mut Buffer, app: &App, theme: &Theme, area: Rect) {
    let Some(claim) = app.current_claim() else {
        return;
    };
    let options = ui_options(app);
    let width = area.width.saturating_sub(2).max(2);
    let note_lines: Vec<_> = if claim.note.is_empty() {
        Vec::new()
    } else {
        layout_text(
            &claim.note,
            &LayoutOptions {
                width: Some(usize::from(width)),
                ..options
            },
        )
        .into_iter()
        .flat_map(|p| p.lines)
        .collect()
    };
    let links: Vec<String> = app
        .session
        .project
        .links_of(claim.id)
        .map(|l| {
            let (arrow, other) = if l.from == claim.id {
                ("→", l.to)
            } else {
                ("←", l.from)
            };
            format!("{} {arrow} #{other}", l.relation.name())
        })
        .collect();
    let height = (3 + note_lines.len().min(6) + 1) as u16 + 1;
    let height = height.min(area.height.saturating_sub(2));
    if height < 3 {
        return;
    }
    let boxed = Rect::new(area.x, area.bottom() - height, area.width, height);
    Clear.render(boxed, buf);
    let title = format!(
        " claim #{} · {} · {} ",
        claim.id,
        claim.kind.name(),
        claim.status.name()
    );
    Block::bordered()
        .border_style(theme.border_focused)
        .title(title)
        .render(boxed, buf);
    let inner = boxed.inner(Margin::new(1, 1));
    let mut r = 0;
    let tags = if claim.tags.is_empty() {
        "no tag (t)".to_owned()
    } else {
        claim.tags.join(", ")
    };
    let who = claim.speaker.as_deref().unwrap_or("—");
    let line = format!("tags: {tags} · speaker: {who}");
    put_row(buf, inner, r, &line, theme.text, &options);
    r += 1;
    let line = if links.is_empty() {
        "no link (l, L)".to_owned()
    } else {
        format!("links: {}  (o follows)", links.join(", "))
    };
    if r < inner.height {
        put_row(buf, inner, r, &line, theme.dim, &options);
        r += 1;
    }
    if note_lines.is_empty() && r < inner.height {
        put_row(buf, inner, r, "no note (a writes one)", theme.dim, &options);
    }
    for line in &note_lines {
        if r >= inner.height {
            break;
        }
        let x = inner.x + u16::try_from(line.indent).unwrap_or(0);
        put_line(buf, line, x, inner.y + r, inner.right(), |_| theme.text);
        r += 1;
    }
}
