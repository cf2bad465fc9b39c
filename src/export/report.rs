//! `report.html` and `report.md`: the review for people to read — each article with its claims
//! highlighted, a table of claims, and the corroboration matrix: every group of claims linked
//! as the same or supporting across articles is a row, every article a column, so one sees
//! which outlet carried what and where figures disagree.

use std::collections::BTreeMap;

use super::Bundle;
use crate::project::groups::Groups;
use crate::project::{Claim, ClaimKind, Relation};

mod html;
mod markdown;

pub use html::html;
pub use markdown::markdown;

/// A row of the corroboration matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixRow {
    /// The claims of the group, by id.
    pub claims: Vec<u32>,
    /// The group's claims in each article, by the article's bundle path.
    pub by_article: BTreeMap<String, Vec<u32>>,
    /// The distinct values of the group's figures, in order.
    pub values: Vec<f64>,
    /// Claims outside the group that contradict one of it.
    pub contradicted_by: Vec<u32>,
}

impl MatrixRow {
    /// Whether the group's figures disagree.
    pub fn figures_disagree(&self) -> bool {
        self.values.len() > 1
    }
}

/// Groups of claims joined by `same` or `supports` links that span at least two articles, in
/// the order of their first claim.
pub fn matrix(bundle: &Bundle) -> Vec<MatrixRow> {
    let project = &bundle.project;
    let ids: Vec<u32> = project.claims.iter().map(|c| c.id).collect();
    let index = |id: u32| ids.binary_search(&id).ok();
    let mut groups = Groups::new(ids.len());
    for link in &project.links {
        if !matches!(link.relation, Relation::Same | Relation::Supports) {
            continue;
        }
        if let (Some(a), Some(b)) = (index(link.from), index(link.to)) {
            groups.join(a, b);
        }
    }
    let groups = groups
        .into_groups()
        .into_iter()
        .map(|members| members.into_iter().map(|i| &project.claims[i]));
    let mut rows = Vec::new();
    for members in groups {
        let members: Vec<&Claim> = members.collect();
        let mut by_article: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for claim in &members {
            by_article
                .entry(claim.article.clone())
                .or_default()
                .push(claim.id);
        }
        if by_article.len() < 2 {
            continue;
        }
        let claims: Vec<u32> = members.iter().map(|c| c.id).collect();
        let mut values: Vec<f64> = Vec::new();
        for value in members.iter().filter_map(|c| c.value) {
            if !values.contains(&value) {
                values.push(value);
            }
        }
        let mut contradicted_by: Vec<u32> = project
            .links
            .iter()
            .filter(|l| l.relation == Relation::Contradicts)
            .filter_map(
                |l| match (claims.contains(&l.from), claims.contains(&l.to)) {
                    (true, false) => Some(l.to),
                    (false, true) => Some(l.from),
                    _ => None,
                },
            )
            .collect();
        contradicted_by.sort_unstable();
        contradicted_by.dedup();
        rows.push(MatrixRow {
            claims,
            by_article,
            values,
            contradicted_by,
        });
    }
    rows
}

/// A CSS colour for a codebook colour name: soft enough to read text on.
pub fn css_colour(name: &str) -> String {
    let name = name.trim().to_ascii_lowercase();
    let soft = match name.trim_start_matches("light") {
        "yellow" => "#fff0a0",
        "cyan" => "#bdf0f5",
        "blue" => "#cadcff",
        "magenta" => "#f6c8f0",
        "gray" | "grey" => "#e2e2e2",
        "green" => "#ccf2c8",
        "red" => "#ffcaca",
        "white" => "#ffffff",
        "black" => "#bbbbbb",
        _ if name.starts_with('#') && name.len() == 7 => return name,
        _ => "#e8e8e8",
    };
    soft.to_owned()
}

/// The highlight colour of a claim kind, for claims without tags.
pub fn kind_colour(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quote => "#ffe9a8",
        ClaimKind::Reported => "#d9ecff",
        ClaimKind::Number => "#d5f5d5",
        ClaimKind::Span => "#eeeeee",
    }
}

/// The highlight colour of a claim: its first tag's, else its kind's.
pub fn claim_colour(bundle: &Bundle, claim: &Claim) -> String {
    claim
        .tags
        .iter()
        .find_map(|t| bundle.project.tag(t))
        .map_or_else(
            || kind_colour(claim.kind).to_owned(),
            |t| css_colour(&t.colour),
        )
}

/// A figure as people write it: `2500`, `2.5`.
pub fn figure(value: f64) -> String {
    value.to_string()
}

/// The first `limit` characters of `text` on one line, with `…` when cut.
pub fn excerpt(text: &str, limit: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let mut out: String = flat.chars().take(limit).collect();
    if flat.chars().count() > limit {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests_support::sample_bundle;

    #[test]
    fn the_matrix_groups_same_claims_across_articles() {
        let bundle = sample_bundle();
        let rows = matrix(&bundle);
        // 2500 troops in both articles (same); the open quote supports the statement.
        assert_eq!(rows.len(), 2);
        let troops = rows.iter().find(|r| r.values == [2500.0]).expect("troops");
        assert_eq!(troops.by_article.len(), 2);
        assert!(!troops.figures_disagree());
    }

    #[test]
    fn differing_figures_are_flagged() {
        let mut bundle = sample_bundle();
        let id = bundle
            .project
            .claims
            .iter()
            .rev()
            .find(|c| c.kind == ClaimKind::Number)
            .map(|c| c.id)
            .expect("a figure");
        if let Some(claim) = bundle.project.claim_mut(id) {
            claim.value = Some(3000.0);
        }
        let rows = matrix(&bundle);
        assert!(rows.iter().any(MatrixRow::figures_disagree));
    }
}
