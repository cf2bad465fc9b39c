//! Merging two reviewers' projects over the same articles, and how far they agree.
//!
//! Claims on the same span of the same article with the same kind are one claim: tags are
//! united, a note only one wrote is kept, and differing statuses or notes become
//! [`Conflict`]s for the workbench's conflicts panel (the claim keeps the first reviewer's
//! value meanwhile). Claims only one reviewer made are kept, renumbered after the first's.
//!
//! Agreement is measured as annotation studies do: which claims each marked (span-level
//! precision, recall and F1 of the second reviewer against the first), and Cohen's kappa on
//! status and on each tag over the claims both marked, κ = (pₒ − pₑ) / (1 − pₑ), with pₒ the
//! observed agreement and pₑ the agreement expected by chance from each reviewer's own
//! proportions.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::model::{Claim, ClaimKind, Conflict, Field, Project, Status};

/// Cohen's kappa over paired judgements, with the counts behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Kappa {
    /// The categories, in the order of the table.
    pub labels: Vec<String>,
    /// `table[i][j]`: items the first reviewer put in `i` and the second in `j`.
    pub table: Vec<Vec<usize>>,
    /// Items judged by both.
    pub n: usize,
    /// Observed agreement pₒ.
    pub observed: f64,
    /// Chance agreement pₑ.
    pub expected: f64,
    /// κ; `None` when undefined (no items, or pₑ = 1: both used one and the same category
    /// for everything).
    pub kappa: Option<f64>,
}

/// Cohen's kappa of `pairs` (category indices of the first and second reviewer) over
/// `labels`.
pub fn cohen_kappa(labels: &[&str], pairs: &[(usize, usize)]) -> Kappa {
    let k = labels.len();
    let mut table = vec![vec![0usize; k]; k];
    for &(a, b) in pairs {
        table[a][b] += 1;
    }
    let n = pairs.len();
    let total = n as f64;
    let (observed, expected) = if n == 0 {
        (0.0, 0.0)
    } else {
        let observed = (0..k).map(|i| table[i][i]).sum::<usize>() as f64 / total;
        let expected = (0..k)
            .map(|i| {
                let first = table[i].iter().sum::<usize>() as f64 / total;
                let second = table.iter().map(|row| row[i]).sum::<usize>() as f64 / total;
                first * second
            })
            .sum::<f64>();
        (observed, expected)
    };
    let kappa = (n > 0 && expected < 1.0 - 1e-12).then(|| (observed - expected) / (1.0 - expected));
    Kappa {
        labels: labels.iter().map(|l| (*l).to_owned()).collect(),
        table,
        n,
        observed,
        expected,
        kappa,
    }
}

/// How far two reviews agree.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    /// Claims the first reviewer made.
    pub first: usize,
    /// Claims the second reviewer made.
    pub second: usize,
    /// Claims both made (same article, span and kind).
    pub both: usize,
    /// Kappa on status over the claims both made.
    pub status: Kappa,
    /// Kappa on each tag (present or absent) over the claims both made, by tag name.
    pub tags: Vec<(String, Kappa)>,
}

impl Agreement {
    /// Of the second reviewer's claims, the share the first also made.
    pub fn precision(&self) -> f64 {
        ratio(self.both, self.second)
    }

    /// Of the first reviewer's claims, the share the second also made.
    pub fn recall(&self) -> f64 {
        ratio(self.both, self.first)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// What a merge made.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The merged project.
    pub project: Project,
    /// How far the two agree.
    pub agreement: Agreement,
    /// Articles the two reviews read in different versions (their claims may not align).
    pub differing_articles: Vec<String>,
}

/// A claim's identity for merging.
fn identity(claim: &Claim) -> (&str, usize, usize, ClaimKind) {
    (&claim.article, claim.start, claim.end, claim.kind)
}

/// Merges `second` into `first`; the names (the files' stems) label conflicts.
pub fn merge(first: &Project, first_name: &str, second: &Project, second_name: &str) -> Merged {
    let mut merged = first.clone();
    let differing_articles = second
        .articles
        .iter()
        .filter(|b| {
            first.article(&b.path).is_some_and(|a| {
                !a.sha256.is_empty() && !b.sha256.is_empty() && a.sha256 != b.sha256
            })
        })
        .map(|b| b.path.clone())
        .collect();
    for record in &second.articles {
        if let Err(at) = merged.article_index(&record.path) {
            merged.articles.insert(at, record.clone());
        }
    }
    for tag in &second.codebook {
        if merged.tag(&tag.name).is_none() {
            merged.codebook.push(tag.clone());
        }
    }
    let by_identity: HashMap<_, u32> = first.claims.iter().map(|c| (identity(c), c.id)).collect();
    let mut ids: HashMap<u32, u32> = HashMap::new();
    let mut pairs: Vec<(&Claim, &Claim)> = Vec::new();
    for theirs in &second.claims {
        if let Some(&id) = by_identity.get(&identity(theirs)) {
            ids.insert(theirs.id, id);
            if let Some(ours) = first.claim(id) {
                pairs.push((ours, theirs));
            }
            let mut conflicts = Vec::new();
            if let Some(claim) = merged.claim_mut(id) {
                combine(claim, theirs, first_name, second_name, &mut conflicts);
            }
            merged.conflicts.extend(conflicts);
        } else {
            let id = merged.next_claim_id();
            ids.insert(theirs.id, id);
            merged.add_claim(Claim {
                id,
                ..theirs.clone()
            });
        }
    }
    for conflict in &second.conflicts {
        if let Some(&claim) = ids.get(&conflict.claim) {
            merged.conflicts.push(Conflict {
                claim,
                ..conflict.clone()
            });
        }
    }
    for link in &second.links {
        if let (Some(&from), Some(&to)) = (ids.get(&link.from), ids.get(&link.to)) {
            let added = merged.link(from, to, link.relation);
            let made = added.and_then(|id| merged.links.iter_mut().find(|l| l.id == id));
            if let Some(made) = made {
                made.note.clone_from(&link.note);
            }
        }
    }
    merged.normalise();
    let agreement = agreement(first, second, &pairs);
    Merged {
        project: merged,
        agreement,
        differing_articles,
    }
}

/// Folds the second reviewer's claim into the first's, recording conflicts.
fn combine(
    claim: &mut Claim,
    theirs: &Claim,
    first: &str,
    second: &str,
    conflicts: &mut Vec<Conflict>,
) {
    claim.tags.extend(theirs.tags.iter().cloned());
    claim.tags.sort();
    claim.tags.dedup();
    claim.speaker = claim.speaker.take().or_else(|| theirs.speaker.clone());
    claim.cue = claim.cue.take().or_else(|| theirs.cue.clone());
    claim.value = claim.value.or(theirs.value);
    claim.unit = claim.unit.take().or_else(|| theirs.unit.clone());
    let mut conflict = |field: Field, ours: String, other: String| {
        conflicts.push(Conflict {
            claim: claim.id,
            field,
            values: vec![(first.to_owned(), ours), (second.to_owned(), other)],
        });
    };
    if claim.status != theirs.status {
        conflict(
            Field::Status,
            claim.status.name().to_owned(),
            theirs.status.name().to_owned(),
        );
    }
    if claim.note.is_empty() {
        claim.note.clone_from(&theirs.note);
    } else if !theirs.note.is_empty() && claim.note != theirs.note {
        conflict(Field::Note, claim.note.clone(), theirs.note.clone());
    }
}

/// Agreement between the two reviews; `pairs` are the claims both made.
fn agreement(first: &Project, second: &Project, pairs: &[(&Claim, &Claim)]) -> Agreement {
    let labels: Vec<&str> = Status::ALL.iter().map(|s| s.name()).collect();
    let index = |s: Status| Status::ALL.iter().position(|&x| x == s).unwrap_or(0);
    let status_pairs: Vec<(usize, usize)> = pairs
        .iter()
        .map(|(a, b)| (index(a.status), index(b.status)))
        .collect();
    let mut names: Vec<&str> = first
        .codebook
        .iter()
        .chain(&second.codebook)
        .map(|t| t.name.as_str())
        .chain(
            pairs
                .iter()
                .flat_map(|(a, b)| a.tags.iter().chain(&b.tags).map(String::as_str)),
        )
        .collect();
    names.sort_unstable();
    names.dedup();
    let tags = names
        .into_iter()
        .map(|name| {
            let has = |c: &Claim| usize::from(c.tags.iter().any(|t| t == name));
            let tag_pairs: Vec<(usize, usize)> =
                pairs.iter().map(|(a, b)| (has(a), has(b))).collect();
            (
                name.to_owned(),
                cohen_kappa(&["absent", "present"], &tag_pairs),
            )
        })
        .collect();
    Agreement {
        first: first.claims.len(),
        second: second.claims.len(),
        both: pairs.len(),
        status: cohen_kappa(&labels, &status_pairs),
        tags,
    }
}

/// A kappa for the report: `0.615` or `undefined`.
fn show(kappa: &Kappa) -> String {
    match kappa.kappa {
        Some(k) => format!("{k:.3}"),
        None => "undefined".to_owned(),
    }
}

/// The agreement report `tahqiq merge` prints.
pub fn report(merged: &Merged, first: &str, second: &str) -> String {
    let a = &merged.agreement;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Claims marked: {first} {}, {second} {}, both {}",
        a.first, a.second, a.both
    );
    let _ = writeln!(
        out,
        "  only {first}: {}, only {second}: {}",
        a.first - a.both,
        a.second - a.both
    );
    let _ = writeln!(
        out,
        "Span agreement ({second} against {first}): precision {:.3}, recall {:.3}, F1 {:.3}",
        a.precision(),
        a.recall(),
        a.f1()
    );
    let s = &a.status;
    let _ = writeln!(
        out,
        "Cohen's kappa on status over {} claims both marked: {} (observed {:.3}, chance {:.3})",
        s.n,
        show(s),
        s.observed,
        s.expected
    );
    let _ = writeln!(out, "  rows {first}, columns {second}:");
    let _ = writeln!(
        out,
        "  {:>14} {}",
        "",
        s.labels
            .iter()
            .map(|l| format!("{l:>13}"))
            .collect::<String>()
    );
    for (label, row) in s.labels.iter().zip(&s.table) {
        let cells: String = row.iter().map(|n| format!("{n:>13}")).collect();
        let _ = writeln!(out, "  {label:>14} {cells}");
    }
    let _ = writeln!(
        out,
        "Cohen's kappa on each tag (yes/yes, yes/no, no/yes, no/no):"
    );
    for (name, kappa) in &a.tags {
        let t = &kappa.table;
        let _ = writeln!(
            out,
            "  {name:<14} {:>9}   {} {} {} {}",
            show(kappa),
            t[1][1],
            t[1][0],
            t[0][1],
            t[0][0]
        );
    }
    let conflicts = &merged.project.conflicts;
    let _ = writeln!(out, "Conflicts to resolve: {}", conflicts.len());
    for conflict in conflicts {
        let values: Vec<String> = conflict
            .values
            .iter()
            .map(|(who, value)| format!("{who}: {}", value.replace('\n', " ")))
            .collect();
        let _ = writeln!(
            out,
            "  claim {} {}: {}",
            conflict.claim,
            conflict.field.name(),
            values.join(" | ")
        );
    }
    for path in &merged.differing_articles {
        let _ = writeln!(
            out,
            "Warning: the two reviews read different versions of {path}"
        );
    }
    out
}

#[cfg(test)]
mod tests;
