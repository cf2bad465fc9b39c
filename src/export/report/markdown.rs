//! `report.md`: the report in Markdown, for wikis and repositories. Articles sit in
//! `<div dir="rtl">` blocks where their text is right to left; claims are in bold with their
//! number after them (a claim inside another is listed in the table only).

use std::fmt::Write as _;

use super::{excerpt, figure, matrix};
use crate::export::{Bundle, Text};
use crate::project::Claim;

/// Escapes text so Markdown shows it as written, on one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The claims of a paragraph not inside another, clipped to it, in text order.
fn outermost(claims: &[&Claim], from: usize, to: usize) -> Vec<(usize, usize, u32, bool)> {
    let mut over: Vec<&Claim> = claims
        .iter()
        .copied()
        .filter(|c| c.start < to && c.end > from)
        .collect();
    over.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut out = Vec::new();
    let mut reached = from;
    for claim in over {
        let start = claim.start.max(from);
        if start < reached {
            continue;
        }
        let end = claim.end.min(to);
        out.push((start, end, claim.id, claim.end <= to));
        reached = end;
    }
    out
}

/// One paragraph, its outermost claims in bold; whitespace at a claim's edges stays outside
/// the bold so Markdown sees it.
fn paragraph(out: &mut String, text: &Text, claims: &[&Claim], (from, to): (usize, usize)) {
    let piece = |s: usize, e: usize| escape(&text.chars[s..e].iter().collect::<String>());
    let mut at = from;
    for (start, end, id, ends_here) in outermost(claims, from, to) {
        out.push_str(&piece(at, start));
        let mut s = start;
        let mut e = end;
        while s < e && text.chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && text.chars[e - 1].is_whitespace() {
            e -= 1;
        }
        out.push_str(&piece(start, s));
        if s < e {
            let _ = write!(out, "**{}**", piece(s, e));
        }
        out.push_str(&piece(e, end));
        if ends_here {
            let _ = write!(out, "<sup>{id}</sup>");
        }
        at = end;
    }
    out.push_str(&piece(at, to));
    out.push_str("\n\n");
}

/// The whole report.
pub fn markdown(bundle: &Bundle) -> String {
    let project = &bundle.project;
    let mut out = format!(
        "# Review\n\n{} claims and {} links over {} articles.\n\n## Corroboration\n\n",
        project.claims.len(),
        project.links.len(),
        bundle.texts.len()
    );
    let rows = matrix(bundle);
    if rows.is_empty() {
        out.push_str("No claims are linked as the same or supporting across articles yet.\n\n");
    } else {
        out.push_str("| claim |");
        for text in bundle.texts.values() {
            let _ = write!(out, " {} |", escape(&excerpt(&text.title, 30)));
        }
        out.push_str(" figures |\n|---|");
        out.push_str(&"---|".repeat(bundle.texts.len() + 1));
        out.push('\n');
        for row in &rows {
            let first = row.claims.first().and_then(|&id| project.claim(id));
            let label = first
                .map(|c| excerpt(&bundle.text_of(c), 50))
                .unwrap_or_default();
            let _ = write!(out, "| {} |", escape(&label));
            for path in bundle.texts.keys() {
                let cell: Vec<String> = row
                    .by_article
                    .get(path)
                    .into_iter()
                    .flatten()
                    .filter_map(|&id| project.claim(id))
                    .map(|c| {
                        let value = c
                            .value
                            .map(|v| format!(" {}", figure(v)))
                            .unwrap_or_default();
                        format!("#{}{value} ({})", c.id, c.status.name())
                    })
                    .collect();
                let cell = if cell.is_empty() {
                    "—".to_owned()
                } else {
                    cell.join(", ")
                };
                let _ = write!(out, " {cell} |");
            }
            let values: Vec<String> = row.values.iter().map(|&v| figure(v)).collect();
            let verdict = if row.figures_disagree() {
                " **disagree**"
            } else {
                ""
            };
            let _ = writeln!(out, " {}{verdict} |", values.join(" / "));
        }
        out.push('\n');
    }
    out.push_str("## Articles\n\n");
    for (path, text) in &bundle.texts {
        let claims: Vec<&Claim> = project.claims_in(path).collect();
        let _ = writeln!(
            out,
            "### {}\n\n`{path}` — {} claims\n",
            escape(&text.title),
            claims.len()
        );
        let rtl = text.is_rtl();
        if rtl {
            out.push_str("<div dir=\"rtl\">\n\n");
        }
        for &range in &text.paragraphs {
            paragraph(&mut out, text, &claims, range);
        }
        if rtl {
            out.push_str("</div>\n\n");
        }
    }
    out.push_str("## Claims\n\n| # | article | kind | text | speaker | tags | status | note |\n|---|---|---|---|---|---|---|---|\n");
    for claim in &project.claims {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            claim.id,
            escape(Bundle::file_name(&claim.article)),
            claim.kind.name(),
            escape(&bundle.text_of(claim)),
            escape(claim.speaker.as_deref().unwrap_or_default()),
            escape(&claim.tags.join(", ")),
            claim.status.name(),
            escape(&claim.note)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests_support::sample_bundle;

    #[test]
    fn claims_are_bold_with_their_numbers() {
        let bundle = sample_bundle();
        let md = markdown(&bundle);
        assert!(md.contains("**«بيانا وشيكا سيصدر»**<sup>1</sup>"), "{md}");
        assert!(md.contains("<div dir=\"rtl\">"));
        assert!(md.contains("| 2500 |"), "the matrix shows the figure: {md}");
    }

    #[test]
    fn markdown_characters_in_text_are_escaped() {
        assert_eq!(escape("a*b|c\n"), "a\\*b\\|c ");
    }
}
