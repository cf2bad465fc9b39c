//! A small review for the export tests: two articles (one with an emoji outside the Basic
//! Multilingual Plane before its claims, one with a quotation running over two paragraphs),
//! claims of every kind, tags, statuses, notes with commas, quotes and line breaks, and links
//! within one article and across two.

use super::{Bundle, Source};
use crate::corpus::Article;
use crate::project::session::new_claim;
use crate::project::{ClaimKind, Project, Relation, Status};

/// The first article: an emoji before the statement, a figure after it.
pub const FIRST: &str =
    "🇮🇶 عاجل 😀\nقال الكاظمي: «بيانا وشيكا سيصدر» اليوم.\nوينتشر 2500 جندي أمريكي.\n";
/// The second: a quotation opened in one paragraph and closed in the next.
pub const SECOND: &str = "أكد المسؤول «أن الحوار\nمستمر» وأن 2500 جندي باقون.\n";

fn find(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The review, over articles keyed `news/a.txt` and `news/b.txt`.
pub fn sample_project() -> (Project, Vec<Source>) {
    let mut project = Project::default();
    let sources: Vec<Source> = [("news/a.txt", FIRST), ("news/b.txt", SECOND)]
        .iter()
        .map(|(key, text)| Source {
            key: (*key).to_owned(),
            article: Article::new(
                key.rsplit('/').next().unwrap_or(key).to_owned(),
                None,
                (*text).to_owned(),
                "UTF-8",
                text.len(),
            ),
        })
        .collect();
    let mut add = |key: &str, text: &str, needle: &str, kind: ClaimKind| {
        let chars: Vec<char> = text.chars().collect();
        let (start, end) = find(text, needle);
        let id = project.next_claim_id();
        project.add_claim(new_claim(id, key, &chars, start, end, kind))
    };
    let quote = add("news/a.txt", FIRST, "«بيانا وشيكا سيصدر»", ClaimKind::Quote);
    let troops_a = add("news/a.txt", FIRST, "2500 جندي", ClaimKind::Number);
    let open = add("news/b.txt", SECOND, "«أن الحوار\nمستمر»", ClaimKind::Quote);
    let troops_b = add("news/b.txt", SECOND, "2500 جندي", ClaimKind::Number);
    let span = add("news/a.txt", FIRST, "عاجل", ClaimKind::Span);
    for (id, tags, status, note) in [
        (
            quote,
            vec!["claim", "official"],
            Status::Supported,
            "قاله أمام \"الصحفيين\", مرتين\nثم أعاده",
        ),
        (troops_a, vec!["figure"], Status::Disputed, ""),
        (
            open,
            vec!["claim"],
            Status::Unverified,
            "Said twice, once on TV",
        ),
        (
            troops_b,
            vec!["figure", "follow-up"],
            Status::Supported,
            "رقم البنتاغون",
        ),
        (span, vec![], Status::Unverifiable, ""),
    ] {
        if let Some(claim) = project.claim_mut(id) {
            claim.tags = tags.into_iter().map(str::to_owned).collect();
            claim.status = status;
            claim.note = note.to_owned();
            if claim.kind == ClaimKind::Number {
                claim.value = Some(2500.0);
                claim.unit = Some("جندي".to_owned());
            }
        }
    }
    if let Some(claim) = project.claim_mut(quote) {
        claim.speaker = Some("الكاظمي".to_owned());
        claim.cue = Some("قال".to_owned());
    }
    project.link(troops_a, troops_b, Relation::Same);
    project.link(quote, troops_a, Relation::Elaborates);
    project.link(open, quote, Relation::Supports);
    project.normalise();
    (project, sources)
}

/// The bundle of [`sample_project`].
pub fn sample_bundle() -> Bundle {
    let (project, sources) = sample_project();
    Bundle::new(&project, &sources)
}
