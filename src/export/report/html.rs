//! `report.html`: one self-contained page (styles inline, nothing fetched), the articles right
//! to left where their text is, claims highlighted in their tags' colours.

use std::fmt::Write as _;

use super::{MatrixRow, claim_colour, excerpt, figure, matrix};
use crate::export::{Bundle, Text, language_of};
use crate::project::Claim;

const STYLE: &str = "body{font-family:system-ui,'Noto Naskh Arabic','Noto Sans Arabic',sans-serif;\
margin:2rem auto;max-width:72rem;padding:0 1rem;line-height:1.7;color:#222}\
h1,h2,h3{line-height:1.3}article{border-top:1px solid #ccc;margin:2rem 0}\
mark{padding:0 .1em;border-radius:.2em;color:inherit}mark.nested{box-shadow:inset 0 -2px #555}\
sup a{text-decoration:none;font-size:.7em;color:#555}table{border-collapse:collapse;width:100%;\
font-size:.9rem}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}\
th{background:#f4f4f4}td.absent{background:#fafafa}td.disagree{background:#ffd7d7}\
.status{font-variant:small-caps}.note{white-space:pre-wrap}.meta{color:#666}";

/// Escapes text for HTML, turning control characters into U+FFFD so untrusted text stays
/// text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `dir` and `lang` attributes for a text.
fn direction(text: &str) -> String {
    attributes(crate::export::is_rtl(text), text)
}

/// `dir` and `lang` attributes for a text of known direction.
fn attributes(rtl: bool, text: &str) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    match language_of(text) {
        Some(lang) => format!(" dir=\"{dir}\" lang=\"{lang}\""),
        None => format!(" dir=\"{dir}\""),
    }
}

/// One paragraph with its claims highlighted: the text cut at every claim boundary, each piece
/// marked in the colour of the innermost claim over it.
fn paragraph(
    out: &mut String,
    bundle: &Bundle,
    text: &Text,
    claims: &[&Claim],
    range: (usize, usize),
) {
    let (from, to) = range;
    let over: Vec<&Claim> = claims
        .iter()
        .copied()
        .filter(|c| c.start < to && c.end > from && c.start < c.end)
        .collect();
    let mut cuts: Vec<usize> = vec![from, to];
    for claim in &over {
        cuts.push(claim.start.clamp(from, to));
        cuts.push(claim.end.clamp(from, to));
    }
    cuts.sort_unstable();
    cuts.dedup();
    out.push_str("<p dir=\"auto\">");
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        for claim in over.iter().filter(|c| c.start == s) {
            let _ = write!(out, "<a id=\"claim-{}\"></a>", claim.id);
        }
        let piece: String = text.chars[s..e].iter().collect();
        let mut covering: Vec<&Claim> = over
            .iter()
            .copied()
            .filter(|c| c.start <= s && c.end >= e)
            .collect();
        covering.sort_by_key(|c| c.end - c.start);
        match covering.first() {
            None => out.push_str(&escape(&piece)),
            Some(inner) => {
                let ids: Vec<String> = covering.iter().map(|c| c.id.to_string()).collect();
                let titles: Vec<String> = covering
                    .iter()
                    .map(|c| format!("#{} {} ({})", c.id, c.kind.name(), c.status.name()))
                    .collect();
                let _ = write!(
                    out,
                    "<mark{} style=\"background:{}\" data-claims=\"{}\" title=\"{}\">{}</mark>",
                    if covering.len() > 1 {
                        " class=\"nested\""
                    } else {
                        ""
                    },
                    claim_colour(bundle, inner),
                    ids.join(" "),
                    escape(&titles.join("; ")),
                    escape(&piece)
                );
            }
        }
        for claim in over.iter().filter(|c| c.end == e) {
            let _ = write!(out, "<sup><a href=\"#row-{0}\">{0}</a></sup>", claim.id);
        }
    }
    out.push_str("</p>\n");
}

/// The matrix as a table: a row per group, a column per article.
fn matrix_table(out: &mut String, bundle: &Bundle, rows: &[MatrixRow]) {
    out.push_str("<h2>Corroboration</h2>\n");
    if rows.is_empty() {
        out.push_str(
            "<p>No claims are linked as the same or supporting across articles yet.</p>\n",
        );
        return;
    }
    out.push_str("<table class=\"matrix\"><thead><tr><th>claim</th>");
    for (path, text) in &bundle.texts {
        let _ = write!(
            out,
            "<th dir=\"auto\" title=\"{}\">{}</th>",
            escape(path),
            escape(&excerpt(&text.title, 30))
        );
    }
    out.push_str("<th>figures</th><th>contradicted by</th></tr></thead><tbody>\n");
    for row in rows {
        let first = row.claims.first().and_then(|&id| bundle.project.claim(id));
        let label = first
            .map(|c| excerpt(&bundle.text_of(c), 60))
            .unwrap_or_default();
        let _ = write!(out, "<tr><td dir=\"auto\">{}</td>", escape(&label));
        for path in bundle.texts.keys() {
            match row.by_article.get(path) {
                None => out.push_str("<td class=\"absent\">—</td>"),
                Some(ids) => {
                    let cells: Vec<String> = ids
                        .iter()
                        .filter_map(|&id| bundle.project.claim(id))
                        .map(|c| {
                            let value = c.value.map(|v| format!(" {}", figure(v))).unwrap_or_default();
                            format!(
                                "<a href=\"#claim-{0}\">#{0}</a>{1} <span class=\"status\">{2}</span>",
                                c.id,
                                escape(&value),
                                c.status.name()
                            )
                        })
                        .collect();
                    let class = if row.figures_disagree() {
                        " class=\"disagree\""
                    } else {
                        ""
                    };
                    let _ = write!(out, "<td{class}>{}</td>", cells.join("<br>"));
                }
            }
        }
        let values: Vec<String> = row.values.iter().map(|&v| figure(v)).collect();
        let verdict = if row.figures_disagree() {
            " — disagree"
        } else {
            ""
        };
        let against: Vec<String> = row
            .contradicted_by
            .iter()
            .map(|id| format!("<a href=\"#claim-{id}\">#{id}</a>"))
            .collect();
        let _ = writeln!(
            out,
            "<td>{}{verdict}</td><td>{}</td></tr>",
            values.join(" / "),
            against.join(" ")
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The table of every claim.
fn claims_table(out: &mut String, bundle: &Bundle) {
    out.push_str(
        "<h2>Claims</h2>\n<table class=\"claims\"><thead><tr><th>#</th><th>article</th>\
<th>kind</th><th>text</th><th>speaker</th><th>figure</th><th>tags</th><th>status</th>\
<th>note</th><th>links</th></tr></thead><tbody>\n",
    );
    for claim in &bundle.project.claims {
        let text = bundle.text_of(claim);
        let amount = claim
            .value
            .map(|v| {
                format!(
                    "{} {}",
                    figure(v),
                    claim.unit.as_deref().unwrap_or_default()
                )
            })
            .unwrap_or_default();
        let links: Vec<String> = bundle
            .project
            .links_of(claim.id)
            .map(|l| {
                let other = if l.from == claim.id { l.to } else { l.from };
                let arrow = if l.from == claim.id { "→" } else { "←" };
                format!(
                    "{} {arrow} <a href=\"#row-{other}\">#{other}</a>",
                    l.relation.name()
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr id=\"row-{id}\"><td><a href=\"#claim-{id}\">{id}</a></td><td>{}</td><td>{}</td>\
<td{}>{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td>{}</td>\
<td class=\"status\">{}</td><td class=\"note\"{}>{}</td><td>{}</td></tr>",
            escape(Bundle::file_name(&claim.article)),
            claim.kind.name(),
            direction(&text),
            escape(&text),
            escape(claim.speaker.as_deref().unwrap_or_default()),
            escape(amount.trim()),
            escape(&claim.tags.join(", ")),
            claim.status.name(),
            direction(&claim.note),
            escape(&claim.note),
            links.join("<br>"),
            id = claim.id,
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The whole page.
pub fn html(bundle: &Bundle) -> String {
    let project = &bundle.project;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>tahqiq review</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>Review</h1>\n\
<p class=\"meta\">{} claims and {} links over {} articles.</p>\n",
        project.claims.len(),
        project.links.len(),
        bundle.texts.len()
    );
    if !bundle.missing.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"meta\">Text not at hand for: {}.</p>",
            escape(&bundle.missing.join(", "))
        );
    }
    matrix_table(&mut out, bundle, &matrix(bundle));
    out.push_str("<h2>Articles</h2>\n");
    for (path, text) in &bundle.texts {
        let claims: Vec<&Claim> = project.claims_in(path).collect();
        let _ = writeln!(
            out,
            "<article{}>\n<h3 dir=\"auto\">{}</h3>\n<p class=\"meta\" dir=\"ltr\">{} — {} claims</p>",
            attributes(text.is_rtl(), &text.text),
            escape(&text.title),
            escape(path),
            claims.len()
        );
        for &range in &text.paragraphs {
            paragraph(&mut out, bundle, text, &claims, range);
        }
        out.push_str("</article>\n");
    }
    claims_table(&mut out, bundle);
    out.push_str("</body>\n</html>\n");
    out
}
