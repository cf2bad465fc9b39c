//! GNU FriBidi as the oracle: `tahqiq layout --no-wrap` must equal
//! `fribidi --nopad --nobreak --reordernsm` line for line, once both sides are normalised:
//! FriBidi's U+FEFF filler after a lam-alef ligature removed, invisible format characters
//! removed (tahqiq does not draw them; FriBidi prints ZWNJ, LRM and the like in place), tabs
//! read as the one space tahqiq draws for them, and NFKC applied, which folds the presentation
//! forms both sides shape into back to plain letters.
//!
//! The seed articles and `tests/fixtures/bidi_cases.txt` have FriBidi's output kept as golden
//! files (made by `tools/make_fribidi_golden.sh`), so this needs no FriBidi. The real articles of
//! `../shared/corpus/articles` cannot be copied here; they are compared live when FriBidi and the
//! folder are present.

use std::io::Write;
use std::process::{Command, Stdio};

use tahqiq::text::sanitize::is_invisible;
use unicode_normalization::UnicodeNormalization;

use crate::support::{have, root, shared, tahqiq};

fn normalise(line: &str) -> String {
    line.chars()
        .filter(|&c| c != '\u{FEFF}' && !is_invisible(c))
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect::<String>()
        .nfkc()
        .collect()
}

/// Lines that differ, as `(line number, ours, theirs)` after normalisation.
fn differences(ours: &str, theirs: &str) -> Vec<(usize, String, String)> {
    let ours: Vec<String> = ours.lines().map(normalise).collect();
    let theirs: Vec<String> = theirs.lines().map(normalise).collect();
    assert_eq!(ours.len(), theirs.len(), "line counts differ");
    ours.into_iter()
        .zip(theirs)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| (i + 1, a, b))
        .collect()
}

fn our_layout(path: &std::path::Path) -> String {
    let out = tahqiq(&[
        "layout",
        "--no-wrap",
        "--no-pad",
        path.to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "tahqiq layout failed on {}",
        path.display()
    );
    String::from_utf8(out.stdout).expect("layout prints UTF-8")
}

#[test]
fn seed_articles_and_mixed_cases_match_fribidi_golden_files() {
    let golden = root().join("tests/fixtures/fribidi");
    let mut inputs: Vec<_> = std::fs::read_dir(root().join("assets/articles"))
        .expect("assets/articles")
        .map(|e| e.expect("entry").path())
        .collect();
    inputs.push(root().join("tests/fixtures/bidi_cases.txt"));
    assert_eq!(inputs.len(), 6);
    for input in inputs {
        let name = input.file_name().expect("name");
        let expected = std::fs::read_to_string(golden.join(name)).expect("golden file");
        let diffs = differences(&our_layout(&input), &expected);
        assert!(diffs.is_empty(), "{}: {diffs:#?}", input.display());
    }
}

#[test]
fn corpus_articles_match_live_fribidi() {
    let Some(folder) = shared("corpus/articles") else {
        eprintln!("skipped: ../shared/corpus/articles is not there");
        return;
    };
    if !have("fribidi") {
        eprintln!("skipped: GNU FriBidi is not installed (apt-get install libfribidi-bin)");
        return;
    }
    let mut checked = 0;
    for entry in std::fs::read_dir(folder).expect("corpus folder") {
        let path = entry.expect("entry").path();
        // FriBidi gets the text as tahqiq decodes it, so the Windows-1256 article counts too.
        let decoded = tahqiq::corpus::decode::read_file(&path).expect("decodes");
        let mut child = Command::new("fribidi")
            .args(["--nopad", "--nobreak", "--reordernsm"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("fribidi starts");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(decoded.text.as_bytes())
            .expect("fribidi reads");
        let theirs = child.wait_with_output().expect("fribidi ends");
        let theirs = String::from_utf8(theirs.stdout).expect("fribidi prints UTF-8");
        let diffs = differences(&our_layout(&path), &theirs);
        assert!(diffs.is_empty(), "{}: {diffs:#?}", path.display());
        checked += 1;
    }
    assert_eq!(checked, 12, "the twelve corpus articles");
}
