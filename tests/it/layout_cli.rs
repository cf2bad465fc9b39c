//! `tahqiq layout` as a user runs it.

use tahqiq::text::{LayoutOptions, layout_paragraph, paragraphs};
use unicode_width::UnicodeWidthStr;

use crate::support::{TempDir, hostile_text, root, shared, tahqiq};

fn articles() -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = std::fs::read_dir(root().join("assets/articles"))
        .expect("assets/articles")
        .map(|e| e.expect("entry").path())
        .collect();
    if let Some(corpus) = shared("corpus/articles") {
        paths.extend(
            std::fs::read_dir(corpus)
                .expect("corpus")
                .map(|e| e.expect("entry").path()),
        );
    }
    paths.sort();
    paths
}

#[test]
fn width_60_is_never_exceeded() {
    for path in articles() {
        let out = tahqiq(&["layout", "--width", "60", path.to_str().expect("path")]);
        assert!(out.status.success(), "{}", path.display());
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        for line in text.lines() {
            assert!(
                line.width() <= 60,
                "{}: {line:?} is {} wide",
                path.display(),
                line.width()
            );
        }
    }
}

#[test]
fn no_word_that_fits_is_split() {
    let options = LayoutOptions {
        width: Some(60),
        ..LayoutOptions::default()
    };
    for path in articles() {
        let text = tahqiq::corpus::decode::read_file(&path)
            .expect("decodes")
            .text;
        let chars: Vec<char> = text.chars().collect();
        for paragraph in paragraphs(&text) {
            let layout = layout_paragraph(paragraph.text, paragraph.start, &options);
            for pair in layout.lines.windows(2) {
                let at = pair[0].end;
                if chars[at - 1].is_whitespace() {
                    continue;
                }
                // A break inside a word: the word must be wider than the line.
                let start = (paragraph.start..at)
                    .rev()
                    .find(|&i| chars[i].is_whitespace())
                    .map_or(paragraph.start, |i| i + 1);
                let end = (at..paragraph.end())
                    .find(|&i| chars[i].is_whitespace())
                    .unwrap_or(paragraph.end());
                let word: String = chars[start..end].iter().collect();
                assert!(word.width() > 60, "{}: split {word:?}", path.display());
            }
        }
    }
}

#[test]
fn hostile_file_lays_out_without_control_characters() {
    let dir = TempDir::new("layout-hostile");
    let file = dir.write("hostile.txt", hostile_text());
    for args in [
        &["layout"][..],
        &["layout", "--no-wrap"],
        &["layout", "--no-shape", "--width", "7"],
    ] {
        let mut args = args.to_vec();
        args.push(file.to_str().expect("path"));
        let out = tahqiq(&args);
        assert!(out.status.success(), "{args:?}");
        let printed = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            !printed.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?} printed a control character"
        );
        assert!(printed.contains('␛'), "escapes shown as placeholders");
    }
}

#[test]
fn unreadable_input_exits_2_naming_the_file() {
    let out = tahqiq(&["layout", "/nonexistent/article.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/article.txt"), "{err}");

    let dir = TempDir::new("layout-binary");
    let file = dir.write("image.bin", b"PNG\0\0\x01binary");
    let out = tahqiq(&["layout", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a text file"));
}

#[test]
fn padding_right_aligns_rtl_lines_to_the_width() {
    let out = tahqiq(&["layout", "--width", "20", "tests/fixtures/bidi_cases.txt"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let first = text.lines().next().expect("a line");
    assert_eq!(first.width(), 20, "{first:?}");
    let out = tahqiq(&[
        "layout",
        "--width",
        "20",
        "--no-pad",
        "tests/fixtures/bidi_cases.txt",
    ]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(!text.lines().next().expect("a line").starts_with(' '));
}
