//! Merging two coders' projects: Cohen's kappa against a textbook example, agreement worked by
//! hand, and the merge's tags and conflicts.

use super::*;
use crate::project::session::new_claim;

const TEXT: &str = "قال الوزير إن 2500 جندي سيبقون وإن الحوار مستمر حتى نهاية العام";

/// A review with claims on the given (start, end) spans, statuses and tags.
fn review(spans: &[(usize, usize, Status, &[&str], &str)]) -> Project {
    let chars: Vec<char> = TEXT.chars().collect();
    let mut project = Project::default();
    for &(start, end, status, tags, note) in spans {
        let id = project.next_claim_id();
        let mut claim = new_claim(id, "a.txt", &chars, start, end, ClaimKind::Span);
        claim.status = status;
        claim.tags = tags.iter().map(|t| (*t).to_owned()).collect();
        claim.note = note.to_owned();
        project.add_claim(claim);
    }
    project
}

fn pair() -> (Project, Project) {
    use Status::*;
    let a = review(&[
        (0, 3, Supported, &["figure"], "أكدته الوزارة"),
        (4, 10, Supported, &["figure"], ""),
        (11, 20, Disputed, &[], ""),
        (21, 30, Unverified, &[], "a"),
        (31, 40, False, &[], ""),
    ]);
    let b = review(&[
        (0, 3, Supported, &["figure"], "أكدته الوزارة"),
        (4, 10, Disputed, &[], "seen on TV"),
        (11, 20, Disputed, &[], ""),
        (21, 30, Unverified, &["official"], "b"),
        (50, 55, Supported, &[], ""),
    ]);
    (a, b)
}

#[test]
fn kappa_matches_the_textbook_example() {
    // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15: pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    let mut pairs = vec![(1, 1); 20];
    pairs.extend(vec![(1, 0); 5]);
    pairs.extend(vec![(0, 1); 10]);
    pairs.extend(vec![(0, 0); 15]);
    let k = cohen_kappa(&["no", "yes"], &pairs);
    assert!((k.observed - 0.7).abs() < 1e-12);
    assert!((k.expected - 0.5).abs() < 1e-12);
    assert!((k.kappa.expect("defined") - 0.4).abs() < 1e-12);
    assert_eq!(cohen_kappa(&["no", "yes"], &[(1, 1), (1, 1)]).kappa, None);
    assert_eq!(cohen_kappa(&["no", "yes"], &[]).kappa, None);
}

#[test]
fn agreement_is_computed_as_by_hand() {
    let (a, b) = pair();
    let merged = merge(&a, "amal", &b, "bilal");
    let agreement = &merged.agreement;
    assert_eq!(
        (agreement.first, agreement.second, agreement.both),
        (5, 5, 4)
    );
    assert!((agreement.f1() - 0.8).abs() < 1e-12);
    // Status pairs: S/S, S/D, D/D, U/U. pₒ = 3/4; pₑ = ½·¼ + ¼·½ + ¼·¼ = 5/16;
    // κ = (3/4 − 5/16) / (11/16) = 7/11.
    let status = agreement.status.kappa.expect("defined");
    assert!((status - 7.0 / 11.0).abs() < 1e-12, "{status}");
    // figure: yes/yes, yes/no, no/no, no/no. pₒ = 3/4, pₑ = ½·¼ + ½·¾ = ½, κ = ½.
    let figure = &agreement
        .tags
        .iter()
        .find(|(n, _)| n == "figure")
        .expect("figure")
        .1;
    assert!((figure.kappa.expect("defined") - 0.5).abs() < 1e-12);
    assert_eq!(figure.table, [[2, 0], [1, 1]]);
}

#[test]
fn the_merge_unites_tags_and_lists_conflicts() {
    let (a, b) = pair();
    let merged = merge(&a, "amal", &b, "bilal").project;
    assert_eq!(
        merged.claims.len(),
        6,
        "five shared or A's own, one of B's own"
    );
    let second = merged.claim(2).expect("claim 2");
    assert_eq!(second.note, "seen on TV", "a note only one wrote is kept");
    let fourth = merged.claim(4).expect("claim 4");
    assert_eq!(fourth.tags, ["official"]);
    let conflicts: Vec<(u32, Field)> = merged
        .conflicts
        .iter()
        .map(|c| (c.claim, c.field))
        .collect();
    assert_eq!(conflicts, [(2, Field::Status), (4, Field::Note)]);
    assert_eq!(
        merged.conflicts[0].values,
        [
            ("amal".to_owned(), "supported".to_owned()),
            ("bilal".to_owned(), "disputed".to_owned())
        ]
    );
    let report = report(&merge(&a, "amal", &b, "bilal"), "amal", "bilal");
    assert!(
        report.contains("Cohen's kappa on status over 4 claims both marked: 0.636"),
        "{report}"
    );
}
