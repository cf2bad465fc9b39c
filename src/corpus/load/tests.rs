//! Loading a folder: natural order of names, the built-in sample set, and bad files listed
//! while the rest open.

use super::*;
use std::cmp::Ordering;

/// Names compared directly, the order [`natural_key`] gives: digit runs by value, other
/// bytes as they are, a name that is a prefix first, and ties broken by the names.
fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].is_ascii_digit() && b[j].is_ascii_digit() {
            let ((da, ea), (db, eb)) = (digit_run(a, i), digit_run(b, j));
            let order = da.len().cmp(&db.len()).then_with(|| da.cmp(db));
            if order != Ordering::Equal {
                return order;
            }
            (i, j) = (ea, eb);
        } else if a[i] != b[j] {
            return a[i].cmp(&b[j]);
        } else {
            i += 1;
            j += 1;
        }
    }
    (a.len() - i).cmp(&(b.len() - j)).then_with(|| a.cmp(b))
}

fn key_order(a: &str, b: &str) -> Ordering {
    (natural_key(a.as_bytes()), a).cmp(&(natural_key(b.as_bytes()), b))
}

proptest::proptest! {
    /// Sorting by key is sorting by comparing the names, over names of digits (with
    /// leading zeros), letters either side of the digits in byte order and Arabic.
    #[test]
    fn keys_sort_as_names_compare(a in "[0/:a9ب.]{0,8}", b in "[0/:a9ب.]{0,8}") {
        proptest::prop_assert_eq!(key_order(&a, &b), natural_cmp(&a, &b));
    }
}

#[test]
fn natural_order_compares_numbers_by_value() {
    let mut names = vec![
        "a10.txt", "a2.txt", "a1.txt", "b.txt", "a002.txt", "a", "ب.txt",
    ];
    names.sort_by(|a, b| key_order(a, b));
    assert_eq!(
        names,
        [
            "a", "a1.txt", "a002.txt", "a2.txt", "a10.txt", "b.txt", "ب.txt"
        ]
    );
}

#[test]
fn the_sample_set_is_built_in() {
    let articles = sample_set();
    assert_eq!(articles.len(), 5);
    assert!(articles.iter().all(|a| a.chars > 1000 && a.path.is_none()));
}

#[test]
fn bad_files_are_listed_and_the_rest_open() {
    let dir = std::env::temp_dir().join(format!("tahqiq-load-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).expect("dir");
    std::fs::write(dir.join("sub/10.txt"), "نص المقال العاشر").expect("write");
    std::fs::write(dir.join("2.txt"), "نص المقال الثاني").expect("write");
    std::fs::write(dir.join("empty.txt"), "  \n").expect("write");
    std::fs::write(dir.join("binary.txt"), b"ab\0cd").expect("write");
    std::fs::write(dir.join("notes.pdf"), "ignored").expect("write");
    let missing = dir.join("missing.txt");
    let (articles, problems) = load(&[dir.clone(), missing.clone()]);
    let names: Vec<String> = articles
        .iter()
        .map(|a| {
            a.path
                .as_ref()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(names, ["2.txt", "10.txt"]);
    let reasons: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 3, "{reasons:?}");
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("missing.txt") && r.contains("no such file"))
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("empty.txt") && r.contains("empty file"))
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("binary.txt") && r.contains("not a text file"))
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn an_article_is_named_by_its_path_as_displayed() {
    use std::os::unix::ffi::OsStrExt;
    // Bytes that are no UTF-8 are replaced as `display` replaces them.
    let path = Path::new(std::ffi::OsStr::from_bytes(b"dir/\xD8\xA8\xFF\xC3.txt"));
    let article = article_from(path, "قال".as_bytes(), false).expect("an article");
    assert_eq!(article.name, path.display().to_string());
    assert_eq!(article.name, "dir/ب\u{FFFD}\u{FFFD}.txt");
}
