//! `tahqiq clusters` as a user runs it.

use serde_json::Value;

use crate::support::{TempDir, tahqiq};

#[test]
fn the_statement_two_outlets_printed_is_one_group() {
    let out = tahqiq(&["clusters", "--format", "jsonl", "assets/articles"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let groups: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    let statement = groups
        .iter()
        .find(|g| {
            g["copies"][0]["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("بيانا وشيكا سيصدر"))
        })
        .expect("the imminent statement is grouped");
    assert_eq!(statement["articles"], 2);
    let articles: Vec<&str> = statement["copies"]
        .as_array()
        .expect("copies")
        .iter()
        .filter_map(|c| c["article"].as_str())
        .collect();
    assert_eq!(
        articles,
        [
            "assets/articles/000_5a283be545e3b436.txt",
            "assets/articles/004_580e16bbe7aa741c.txt"
        ]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{} statements printed alike", groups.len())),
        "{stderr}"
    );
    // No statement of the sample set is printed by three articles.
    let out = tahqiq(&["clusters", "--min-articles", "3", "assets/articles"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn text_output_shows_control_characters_and_names_bad_input() {
    let dir = TempDir::new("clusters");
    let statement =
        "قال الوزير إن «الاتفاق\u{1b}[2J سيوقع خلال الأسبوع المقبل في العاصمة بحضور الوفدين»";
    dir.write("a.txt", format!("عنوان أول\n\n{statement}\n"));
    dir.write("b.txt", format!("عنوان ثان\n\nوفي خبر آخر، {statement}\n"));
    dir.write("empty.txt", "");
    let folder = dir.path().to_string_lossy().into_owned();
    let out = tahqiq(&["clusters", &folder]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("2 articles: «الاتفاق␛[2J سيوقع"),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}'));
    assert!(stdout.contains("a.txt") && stdout.contains("b.txt"));
    // The empty file is named, the others are still grouped, and the status says so.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("empty.txt"), "{stderr}");
    assert!(stderr.contains("1 of 3 files were not read"), "{stderr}");
    assert_eq!(out.status.code(), Some(1));
    // A similarity outside 0 to 1 is refused by name.
    let out = tahqiq(&["clusters", "--similarity", "1.5", &folder]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1.5 is not a number from 0 to 1"));
}
