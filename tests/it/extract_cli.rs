//! `tahqiq extract` as a user runs it.

use serde_json::Value;

use crate::support::{TempDir, shared, tahqiq};

fn rows(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

#[test]
fn keys_come_in_the_documented_order() {
    let out = tahqiq(&["extract", "assets/articles/004_580e16bbe7aa741c.txt"]);
    assert!(out.status.success());
    let first = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(str::to_owned)
        .expect("a line");
    let keys = [
        "article",
        "kind",
        "start",
        "end",
        "text",
        "speaker",
        "cue",
        "value",
        "unit",
        "number_kind",
        "words",
    ];
    let mut at = 0;
    for key in keys {
        let found = first[at..].find(&format!("\"{key}\":")).expect(key);
        at += found;
    }
    assert!(first.contains("\"article\":\"assets/articles/004_580e16bbe7aa741c.txt\""));
    assert!(first.contains("\"value\":null"));
    let all = rows(&out.stdout);
    assert!(
        all.iter()
            .any(|r| r["value"] == 500000 && r["unit"] == "جرعة"),
        "a whole number is written as one"
    );
}

#[test]
fn numbers_in_words_come_on_request() {
    let article = "assets/articles/000_5a283be545e3b436.txt";
    let plain = rows(&tahqiq(&["extract", article]).stdout);
    let with_words = rows(&tahqiq(&["extract", "--words", article]).stdout);
    assert!(plain.iter().all(|r| r["words"] == false));
    let in_words: Vec<&Value> = with_words.iter().filter(|r| r["words"] == true).collect();
    assert!(
        in_words
            .iter()
            .any(|r| r["text"] == "الرابعة" && r["value"] == 4 && r["number_kind"] == "ordinal"),
        "{in_words:?}"
    );
    // The rest is what the command gives without them.
    let rest: Vec<&Value> = with_words.iter().filter(|r| r["words"] == false).collect();
    assert_eq!(rest, plain.iter().collect::<Vec<_>>());
}

#[test]
fn every_offset_holds_on_the_corpus_articles() {
    let Some(folder) = shared("corpus/articles") else {
        eprintln!("skipped: ../shared/corpus/articles is not there");
        return;
    };
    // Numbers in words too, whose offsets are found word by word.
    let out = tahqiq(&[
        "extract",
        "--words",
        "--format",
        "jsonl",
        folder.to_str().expect("path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all = rows(&out.stdout);
    assert!(all.iter().any(|r| r["words"] == true));
    let mut articles = std::collections::BTreeSet::new();
    for row in &all {
        let path = row["article"].as_str().expect("article");
        articles.insert(path.to_owned());
        let text = tahqiq::corpus::decode::read_file(std::path::Path::new(path))
            .expect("decodes")
            .text;
        let (start, end) = (
            row["start"].as_u64().expect("start") as usize,
            row["end"].as_u64().expect("end") as usize,
        );
        let slice: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(
            slice,
            row["text"].as_str().expect("text"),
            "{path} {start}..{end}"
        );
    }
    assert_eq!(
        articles.len(),
        12,
        "something found in every article: {articles:?}"
    );
    assert!(articles.iter().any(|a| a.contains("cp1256")));
}

#[test]
fn a_bad_file_is_named_and_the_others_still_extracted() {
    let dir = TempDir::new("extract-bad");
    dir.write("a.txt", "قال الوزير إن \"الحوار سيستمر بين البلدين\".");
    dir.write("b.txt", b"\0\0binary");
    let out = tahqiq(&["extract", dir.path().to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b.txt"), "{stderr}");
    // The count comes last, after the problems it counts.
    let last = stderr.lines().last().unwrap_or_default();
    assert!(last.contains("1 of 2 files were not extracted"), "{stderr}");
    assert_eq!(rows(&out.stdout).len(), 1);
}

#[test]
fn json_and_ron_formats() {
    let path = "assets/articles/001_ee866bc3eb3562dc.txt";
    let json = tahqiq(&["extract", "--format", "json", path]);
    let parsed: Value = serde_json::from_slice(&json.stdout).expect("a JSON array");
    let jsonl = rows(&tahqiq(&["extract", path]).stdout);
    assert_eq!(parsed.as_array().map(Vec::len), Some(jsonl.len()));
    let ron = tahqiq(&["extract", "--format", "ron", path]);
    let text = String::from_utf8_lossy(&ron.stdout);
    assert!(
        text.trim_start().starts_with('[') && text.contains("kind: Quote")
            || text.contains("kind: quote"),
        "{text}"
    );
}
