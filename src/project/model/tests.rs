//! Tests of `model`.

use super::*;

#[test]
fn timestamps_are_rfc3339() {
    assert_eq!(format_timestamp(0), "1970-01-01T00:00:00Z");
    assert_eq!(format_timestamp(951_782_400), "2000-02-29T00:00:00Z");
    assert_eq!(format_timestamp(1_795_372_390), "2026-11-22T18:33:10Z");
}

#[test]
fn status_cycles_through_all() {
    let mut status = Status::Unverified;
    for _ in 0..5 {
        status = status.next();
    }
    assert_eq!(status, Status::Unverified);
    assert_eq!(Status::Unverified.next(), Status::Supported);
}

#[test]
fn the_default_codebook_has_unique_names_and_keys() {
    let book = default_codebook();
    let mut names: Vec<&str> = book.iter().map(|t| t.name.as_str()).collect();
    let mut keys: Vec<char> = book.iter().filter_map(|t| t.key).collect();
    names.dedup();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(names.len(), book.len());
    assert_eq!(keys.len(), book.len());
}
