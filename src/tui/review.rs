//! Drawing the review: claims in the panes (their tag colour, a mark beside their lines, a
//! diamond when linked), the current claim's details, and the pickers and panels of `t`, `l`,
//! `L` and `C`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Clear, Widget};
use ratatui_textarea::TextArea;

use super::draw::ui_options;
use super::text::{Align, put_line, put_text};
use super::theme::Theme;
use crate::app::linking::ClaimFilter;
use crate::app::pane::Pane;
use crate::app::{App, Mode};
use crate::project::{Anchoring, Claim, Relation};
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

fn row(inner: Rect, r: u16) -> Rect {
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
