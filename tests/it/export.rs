//! Bundles, brat import and merging, through the real binary: a review of the sample set is
//! exported, every file checked against its format, the bundle opened from elsewhere, its
//! brat folder imported and exported again, and two reviews merged.

use std::collections::BTreeMap;
use std::path::Path;

use tahqiq::corpus::sample_set;
use tahqiq::export::table::ClaimRow;
use tahqiq::extract::extract;
use tahqiq::project::session::claim_from_item;
use tahqiq::project::{ClaimKind, Project, Relation, Status, store};

use crate::support::{TempDir, tahqiq_in};

/// A review of the sample set: every quotation and figure a claim, figures tagged and linked
/// as the same across articles when their values agree (`2500` troops, soldiers, Americans), statuses and notes varied.
fn seed_review() -> Project {
    let mut project = Project::default();
    for article in sample_set() {
        let chars: Vec<char> = article.text.chars().collect();
        for item in extract(&article) {
            if item.kind == tahqiq::extract::Kind::Reported {
                continue;
            }
            let id = project.next_claim_id();
            project.add_claim(claim_from_item(id, &article.name, &chars, &item));
        }
    }
    let ids: Vec<u32> = project.claims.iter().map(|c| c.id).collect();
    for (n, id) in ids.iter().enumerate() {
        let Some(claim) = project.claim_mut(*id) else {
            continue;
        };
        claim.status = Status::ALL[n % Status::ALL.len()];
        if claim.kind == ClaimKind::Number {
            claim.tags.push("figure".to_owned());
        } else if n % 3 == 0 {
            claim
                .tags
                .extend(["claim".to_owned(), "official".to_owned()]);
        }
        if n % 4 == 0 {
            claim.note = format!("تحقق من المصدر، رقم {n}\nsecond line, \"quoted\"");
        }
    }
    let figures: Vec<(u32, String, Option<f64>)> = project
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Number && c.value.is_some())
        .map(|c| (c.id, c.article.clone(), c.value))
        .collect();
    for (i, a) in figures.iter().enumerate() {
        for b in &figures[i + 1..] {
            if a.1 != b.1 && a.2 == b.2 {
                project.link(a.0, b.0, Relation::Same);
            }
        }
    }
    // One link inside an article too.
    let first: Vec<u32> = project
        .claims
        .iter()
        .filter(|c| c.article == project.claims[0].article)
        .map(|c| c.id)
        .take(2)
        .collect();
    project.link(first[0], first[1], Relation::Elaborates);
    project.normalise();
    project
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn rows(path: &Path) -> Vec<ClaimRow> {
    read(path)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a claim row"))
        .collect()
}

/// Exports `project` (saved as `review.ron` in `dir`) to `dir/out`.
fn export(dir: &Path, project: &Project, out: &str) {
    store::save(&dir.join("review.ron"), project).expect("saved");
    let run = tahqiq_in(dir, &["export", "--project", "review.ron", "--out", out]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("Exported"));
}

#[test]
fn a_bundle_has_every_file_and_each_holds_the_claims() {
    let dir = TempDir::new("bundle");
    let project = seed_review();
    export(dir.path(), &project, "review");
    let bundle = dir.path().join("review");
    for file in [
        "project.ron",
        "claims.jsonl",
        "claims.csv",
        "annotations.jsonld",
        "report.html",
        "report.md",
        "brat/annotation.conf",
    ] {
        assert!(bundle.join(file).is_file(), "{file}");
    }
    let rows = rows(&bundle.join("claims.jsonl"));
    assert_eq!(rows.len(), project.claims.len());
    // Every row's text is the article's text at its code point offsets.
    for row in &rows {
        let text: Vec<char> = read(&bundle.join(&row.article)).chars().collect();
        assert_eq!(
            text[row.start..row.end].iter().collect::<String>(),
            row.text
        );
    }
    // The CSV reads back, BOM and all, with a row per claim and Arabic intact.
    let csv = std::fs::read(bundle.join("claims.csv")).expect("csv");
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(records.len(), rows.len());
    for (record, row) in records.iter().zip(&rows) {
        assert_eq!(&record[0], row.id.to_string());
        assert_eq!(&record[5], row.text);
        assert_eq!(&record[12], row.note);
    }
    // The brat folder: every T line's text is the article's at its offsets.
    let mut spans = 0;
    for entry in std::fs::read_dir(bundle.join("brat")).expect("brat") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ann") {
            continue;
        }
        let text: Vec<char> = read(&path.with_extension("txt")).chars().collect();
        for line in read(&path).lines().filter(|l| l.starts_with('T')) {
            let fields: Vec<&str> = line.split('\t').collect();
            let (_, offsets) = fields[1].split_once(' ').expect("type and offsets");
            let pieces: Vec<String> = offsets
                .split(';')
                .map(|p| {
                    let (s, e) = p.split_once(' ').expect("a pair");
                    let (s, e): (usize, usize) =
                        (s.parse().expect("start"), e.parse().expect("end"));
                    text[s..e].iter().collect()
                })
                .collect();
            assert_eq!(pieces.join(" "), fields[2], "{line}");
            spans += 1;
        }
    }
    assert_eq!(spans, project.claims.len());
    // The Web Annotation document names its context and has an annotation per claim and link.
    let doc: serde_json::Value =
        serde_json::from_str(&read(&bundle.join("annotations.jsonld"))).expect("JSON");
    assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
    let items = doc["first"]["items"].as_array().expect("items");
    assert_eq!(items.len(), project.claims.len() + project.links.len());
}

#[test]
fn the_report_parses_as_html5_with_the_claims_and_the_matrix() {
    let dir = TempDir::new("report");
    let project = seed_review();
    export(dir.path(), &project, "review");
    let html = read(&dir.path().join("review/report.html"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );
    let page = scraper::Html::parse_document(&html);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    let select = |css: &str| scraper::Selector::parse(css).expect("a selector");
    let articles: Vec<_> = page.select(&select("article[dir=rtl]")).collect();
    assert_eq!(articles.len(), sample_set().len());
    let marked: std::collections::BTreeSet<u32> = page
        .select(&select("mark[data-claims]"))
        .flat_map(|m| {
            m.value()
                .attr("data-claims")
                .unwrap_or_default()
                .split(' ')
                .map(|id| id.parse::<u32>().expect("an id"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        marked.len(),
        project.claims.len(),
        "every claim highlighted"
    );
    let matrix_rows = page.select(&select("table.matrix tbody tr")).count();
    assert!(
        matrix_rows > 0,
        "the 2500 troops appear in several articles"
    );
    let claim_rows = page.select(&select("table.claims tbody tr")).count();
    assert_eq!(claim_rows, project.claims.len());
}

#[test]
fn a_bundle_opens_from_another_folder_with_everything_in_place() {
    let dir = TempDir::new("bundle-moved");
    export(dir.path(), &seed_review(), "review");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("a folder");
    let moved = elsewhere.join("review");
    std::fs::rename(dir.path().join("review"), &moved).expect("moved");
    let project = store::load(&moved.join("project.ron"))
        .expect("readable")
        .expect("there");
    for record in &project.articles {
        let bytes = std::fs::read(moved.join(&record.path)).expect("the article is in the bundle");
        assert_eq!(tahqiq::corpus::article::sha256_hex(&bytes), record.sha256);
    }
    // Rendered read-only from yet another folder: the claims are there, none moved or lost.
    let run = tahqiq_in(
        dir.path(),
        &[
            "render",
            "--project",
            "elsewhere/review/project.ron",
            "--keys",
            "C",
        ],
    );
    let screen = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let n = project.claims.len();
    assert!(screen.contains(&format!("Claims ({n} of {n})")), "{screen}");
    assert!(
        !screen.contains("missing") && !screen.contains("orphaned"),
        "{screen}"
    );
}

#[test]
fn brat_import_then_export_gives_the_same_claims_and_links() {
    let dir = TempDir::new("roundtrip");
    export(dir.path(), &seed_review(), "first");
    let run = tahqiq_in(
        dir.path(),
        &["import", "first/brat", "--out", "imported.ron"],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let run = tahqiq_in(
        dir.path(),
        &["export", "--project", "imported.ron", "--out", "second"],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let first = rows(&dir.path().join("first/claims.jsonl"));
    let second = rows(&dir.path().join("second/claims.jsonl"));
    assert_eq!(first, second);
}

#[test]
fn an_existing_folder_is_refused_without_force_and_replaced_whole_with_it() {
    let dir = TempDir::new("force");
    std::fs::create_dir_all(dir.path().join("taken")).expect("a folder");
    dir.write("taken/keep.txt", "mine");
    store::save(&dir.path().join("review.ron"), &seed_review()).expect("saved");
    let run = tahqiq_in(
        dir.path(),
        &["export", "--project", "review.ron", "--out", "taken"],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("not empty"));
    assert_eq!(read(&dir.path().join("taken/keep.txt")), "mine");
    let run = tahqiq_in(
        dir.path(),
        &["export", "--project", "review.ron", "--out", ".", "--force"],
    );
    assert_eq!(
        run.status.code(),
        Some(1),
        "the folder holding the project is never replaced"
    );
    let run = tahqiq_in(
        dir.path(),
        &[
            "export",
            "--project",
            "review.ron",
            "--out",
            "taken",
            "--force",
        ],
    );
    assert!(run.status.success());
    assert!(!dir.path().join("taken/keep.txt").exists());
    assert!(dir.path().join("taken/claims.jsonl").is_file());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listing")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".export-") || n.contains(".replaced-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn merging_two_reviews_reports_agreement_and_conflicts() {
    let dir = TempDir::new("merge");
    let first = seed_review();
    let mut second = first.clone();
    // The second reviewer skipped the last claim, disputed every supported one and dropped
    // the figure tag from the first figure.
    let last = second.claims.last().map(|c| c.id).expect("claims");
    second.remove_claim(last);
    let mut changed = 0;
    for claim in &mut second.claims {
        if claim.status == Status::Supported {
            claim.status = Status::Disputed;
            changed += 1;
        }
    }
    store::save(&dir.path().join("amal.ron"), &first).expect("saved");
    store::save(&dir.path().join("bilal.ron"), &second).expect("saved");
    let run = tahqiq_in(
        dir.path(),
        &["merge", "amal.ron", "bilal.ron", "--out", "both.ron"],
    );
    let report = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let n = first.claims.len();
    assert!(
        report.contains(&format!("amal {n}, bilal {}, both {}", n - 1, n - 1)),
        "{report}"
    );
    assert!(report.contains("precision 1.000"), "{report}");
    assert!(
        report.contains(&format!("Conflicts to resolve: {changed}")),
        "{report}"
    );
    let merged = store::load(&dir.path().join("both.ron"))
        .expect("readable")
        .expect("there");
    assert_eq!(merged.claims.len(), n);
    assert_eq!(merged.conflicts.len(), changed);
    let by_field: BTreeMap<_, usize> = merged.conflicts.iter().fold(BTreeMap::new(), |mut m, c| {
        *m.entry(c.field).or_default() += 1;
        m
    });
    assert_eq!(by_field.len(), 1, "status conflicts only");
}
