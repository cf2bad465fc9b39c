//! The `brat/` folder: each article as `NAME.txt` with its claims in `NAME.ann`, brat's standoff
//! format, and an `annotation.conf` declaring the types, so the folder opens in brat and
//! imports into INCEpTION.
//!
//! - `T` lines: one per claim, typed by its kind, numbered by its id (`T7` is claim 7).
//!   Offsets are code points, as brat counts them. A claim over a line break becomes a
//!   discontinuous span of one fragment per line (`10 20;21 30`), its text the fragments
//!   joined by a space: brat reads `.ann` files line by line.
//! - `R` lines: links between two claims of one article, numbered by the link's id.
//! - `A` lines: `Status`, and one binary attribute per tag (spaces in a tag's name become `_`).
//! - `#` lines: notes, as `AnnotatorNotes`; line breaks are written `\n`, backslashes `\\`.
//!
//! Links across articles cannot be said in brat; they go to `cross-document.tsv` beside the
//! documents, which brat ignores and `tahqiq import` reads.

use std::fmt::Write as _;

use super::{Bundle, Text};
use crate::project::{Anchoring, Claim, ClaimKind, Relation, Status};

/// The file cross-document links are kept in.
pub const CROSS_DOCUMENT: &str = "cross-document.tsv";

/// The brat folder's files, by name, and how many claims could not be placed in it.
pub struct Folder {
    /// File name and text.
    pub files: Vec<(String, String)>,
    /// Claims left out: their article's text is missing or they lost their place.
    pub unplaced: usize,
}

/// A name of the project file as brat types and values are written: capitalised (`quote` →
/// `Quote`, `supported` → `Supported`).
pub fn brat_name(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The brat type of a claim kind.
pub fn type_of(kind: ClaimKind) -> String {
    brat_name(kind.name())
}

/// A tag as a brat attribute name: no whitespace.
pub fn attribute_name(tag: &str) -> String {
    tag.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

/// The document name of an article: its bundle file name without `.txt`.
pub fn document_name(path: &str) -> &str {
    let name = Bundle::file_name(path);
    name.strip_suffix(".txt").unwrap_or(name)
}

/// Characters brat's line reading would split a line at.
pub fn breaks_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{1C}'
            ..='\u{1E}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The fragments of `chars[start..end]` between line breaks, empty ones left out.
pub fn fragments(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    let breaks = chars[start..end]
        .iter()
        .enumerate()
        .filter(|(_, c)| breaks_line(**c))
        .map(|(i, _)| start + i);
    for at in breaks.chain(std::iter::once(end)) {
        if at > from {
            out.push((from, at));
        }
        from = at + 1;
    }
    out
}

/// Writes a note on one line: `\` as `\\`, line breaks as `\n`.
pub fn escape_note(note: &str) -> String {
    let mut out = String::with_capacity(note.len());
    for c in note.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if breaks_line(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Reads a note written by [`escape_note`].
pub fn unescape_note(note: &str) -> String {
    let mut out = String::with_capacity(note.len());
    let mut chars = note.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Whether `claim` can be placed in `text`.
fn placeable(claim: &Claim, text: &Text) -> bool {
    claim.anchoring != Anchoring::Orphaned
        && claim.start < claim.end
        && claim.end <= text.chars.len()
        && !fragments(&text.chars, claim.start, claim.end).is_empty()
}

/// How many claims cannot be placed in brat.
pub fn unplaced(bundle: &Bundle) -> usize {
    bundle
        .project
        .claims
        .iter()
        .filter(|c| {
            !bundle
                .texts
                .get(&c.article)
                .is_some_and(|t| placeable(c, t))
        })
        .count()
}

/// The `.ann` of one article.
fn annotations(bundle: &Bundle, path: &str, text: &Text) -> String {
    let mut out = String::new();
    let placed: Vec<&Claim> = bundle
        .project
        .claims_in(path)
        .filter(|c| placeable(c, text))
        .collect();
    for claim in &placed {
        let pieces = fragments(&text.chars, claim.start, claim.end);
        let offsets: Vec<String> = pieces.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let words: Vec<String> = pieces
            .iter()
            .map(|&(s, e)| text.chars[s..e].iter().collect())
            .collect();
        let _ = writeln!(
            out,
            "T{}\t{} {}\t{}",
            claim.id,
            type_of(claim.kind),
            offsets.join(";"),
            words.join(" ")
        );
    }
    let here = |id: u32| placed.iter().any(|c| c.id == id);
    for link in &bundle.project.links {
        if here(link.from) && here(link.to) {
            let _ = writeln!(
                out,
                "R{}\t{} Arg1:T{} Arg2:T{}\t",
                link.id,
                brat_name(link.relation.name()),
                link.from,
                link.to
            );
        }
    }
    let mut attribute = 0;
    let mut note = 0;
    for claim in &placed {
        attribute += 1;
        let status = brat_name(claim.status.name());
        let _ = writeln!(out, "A{attribute}\tStatus T{} {status}", claim.id);
        for tag in &claim.tags {
            attribute += 1;
            let _ = writeln!(out, "A{attribute}\t{} T{}", attribute_name(tag), claim.id);
        }
        if !claim.note.is_empty() {
            note += 1;
            let note_text = escape_note(&claim.note);
            let _ = writeln!(out, "#{note}\tAnnotatorNotes T{}\t{note_text}", claim.id);
        }
    }
    out
}

/// `annotation.conf`: the kinds, relations, status values and tags.
fn configuration(bundle: &Bundle) -> String {
    let mut out =
        String::from("# A tahqiq review: claims, their links, status and tags.\n\n[entities]\n");
    for kind in ClaimKind::ALL {
        let _ = writeln!(out, "{}", type_of(kind));
    }
    out.push_str("\n[relations]\n");
    for (relation, _) in Relation::ALL {
        let _ = writeln!(
            out,
            "{}\tArg1:<ENTITY>, Arg2:<ENTITY>",
            brat_name(relation.name())
        );
    }
    out.push_str(
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n",
    );
    let statuses: Vec<String> = Status::ALL.iter().map(|s| brat_name(s.name())).collect();
    let _ = writeln!(out, "Status\tArg:<ENTITY>, Value:{}", statuses.join("|"));
    let mut tags: Vec<String> = bundle
        .project
        .codebook
        .iter()
        .map(|t| attribute_name(&t.name))
        .collect();
    tags.extend(
        bundle
            .project
            .claims
            .iter()
            .flat_map(|c| c.tags.iter().map(|t| attribute_name(t))),
    );
    tags.sort();
    tags.dedup();
    for tag in tags {
        let _ = writeln!(out, "{tag}\tArg:<ENTITY>");
    }
    out
}

/// `visual.conf`: the kinds in the colours the report uses.
fn visual() -> String {
    let mut out = String::from("[labels]\n\n[drawing]\n");
    for kind in ClaimKind::ALL {
        let _ = writeln!(
            out,
            "{}\tbgColor:{}",
            type_of(kind),
            super::report::kind_colour(kind)
        );
    }
    out.push_str("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\nARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n");
    out
}

/// `cross-document.tsv`: links between claims of two articles, with their documents.
fn cross_document(bundle: &Bundle) -> String {
    let mut out = String::from("link\trelation\tfrom_document\tfrom\tto_document\tto\tnote\n");
    for link in &bundle.project.links {
        let (Some(from), Some(to)) = (
            bundle.project.claim(link.from),
            bundle.project.claim(link.to),
        ) else {
            continue;
        };
        if from.article == to.article {
            continue;
        }
        let note = escape_note(link.note.as_deref().unwrap_or_default());
        let _ = writeln!(
            out,
            "R{}\t{}\t{}\tT{}\t{}\tT{}\t{note}",
            link.id,
            brat_name(link.relation.name()),
            document_name(&from.article),
            from.id,
            document_name(&to.article),
            to.id
        );
    }
    out
}

/// The whole folder.
pub fn folder(bundle: &Bundle) -> Folder {
    let mut files = vec![
        ("annotation.conf".to_owned(), configuration(bundle)),
        ("visual.conf".to_owned(), visual()),
    ];
    for (path, text) in &bundle.texts {
        let name = document_name(path);
        files.push((format!("{name}.txt"), text.text.clone()));
        files.push((format!("{name}.ann"), annotations(bundle, path, text)));
    }
    files.push((CROSS_DOCUMENT.to_owned(), cross_document(bundle)));
    Folder {
        files,
        unplaced: unplaced(bundle),
    }
}
