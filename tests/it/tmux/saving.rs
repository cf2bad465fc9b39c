//! Work kept in a real terminal: a review saved and reopened, and the project saved and its lock
//! released when the terminal closes or the program is asked to stop.

use super::*;

/// Copies the sample articles into `dir`.
fn copy_seeds(dir: &TempDir) {
    let seeds = crate::support::root().join("assets").join("articles");
    for entry in std::fs::read_dir(seeds).expect("the sample set") {
        let entry = entry.expect("an entry");
        let bytes = std::fs::read(entry.path()).expect("a sample article");
        dir.write(&entry.file_name().to_string_lossy(), bytes);
    }
}

#[test]
fn a_review_survives_quitting_and_reopening() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
        return;
    }
    let dir = TempDir::new("tmux-review");
    copy_seeds(&dir);
    let folder = dir.path().to_string_lossy().into_owned();
    let project = dir.path().join("tahqiq.ron");
    let tmux = Tmux::start("review", &[&folder], 160, 45);
    tmux.wait_for("the articles", |s| {
        s.contains("Articles (5)") && s.contains("tahqiq.ron")
    });
    // A statement of the first pane becomes a claim, with an Arabic note, a tag and a status.
    note_on_first_statement(&tmux);
    tmux.type_text("تصريح يحتاج إلى تحقق");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the note kept", |s| s.contains("note of claim #1 kept"));
    tmux.keys(&["t"]);
    tmux.wait_for("the tag picker", |s| s.contains("Tags of claim #1"));
    tmux.keys(&["c", "Escape", "S"]);
    tmux.wait_for("the status", |s| s.contains("claim #1: supported"));
    // Linked to a statement of the other pane.
    tmux.keys(&["l", "Tab", "}", "l"]);
    tmux.wait_for("the relation picker", |s| s.contains("Link #1 to #2 as"));
    tmux.keys(&["s"]);
    tmux.wait_for("the link", |s| s.contains("linked #1 same #2"));
    // Autosave writes it without quitting.
    let start = Instant::now();
    while !std::fs::read_to_string(&project).is_ok_and(|t| t.contains("relation: same")) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "autosave never came"
        );
        sleep(Duration::from_millis(200));
    }
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| s.contains("EXITED:0"));
    assert!(
        !dir.path().join("tahqiq.ron.lock").exists(),
        "the lock is released"
    );

    let saved = tahqiq::project::store::load(&project)
        .expect("valid RON")
        .expect("a project file");
    assert_eq!(saved.claims.len(), 2);
    let first = &saved.claims[0];
    assert_eq!(first.note, "تصريح يحتاج إلى تحقق");
    assert_eq!(first.tags, ["claim"]);
    assert_eq!(first.status, tahqiq::project::Status::Supported);
    assert_ne!(
        first.article, saved.claims[1].article,
        "linked across articles"
    );
    assert_eq!(saved.links.len(), 1);
    assert_eq!(saved.links[0].relation, tahqiq::project::Relation::Same);

    // Reopened, everything is there.
    drop(tmux);
    let tmux = Tmux::start("review-again", &[&folder], 160, 45);
    tmux.wait_for("the articles", |s| s.contains("Articles (5)"));
    tmux.keys(&["C"]);
    let panel = tmux.wait_for("the claims panel", |s| s.contains("Claims (2 of 2)"));
    assert!(
        panel.contains("#1 ") && panel.contains("supported") && panel.contains("[claim]"),
        "{panel}"
    );
    tmux.keys(&["Enter", "o"]);
    tmux.wait_for("the linked claim", |s| s.contains("claim #2 · 1 link(s)"));
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| s.contains("EXITED:0"));
}

/// Makes the first statement of the first pane a claim and opens the editor of its note.
fn note_on_first_statement(tmux: &Tmux) {
    tmux.keys(&["}"]);
    tmux.wait_for("the first statement", |s| s.contains("statement 1 of"));
    tmux.keys(&["c"]);
    tmux.wait_for("a claim", |s| s.contains("claim #1 made"));
    tmux.keys(&["a"]);
    tmux.wait_for("the note editor", |s| s.contains("Note on claim #1"));
}

/// The workbench on a copy of the sample set in a tmux of its own (`name`), with a claim of the
/// first statement whose note is being written, `note` typed and not confirmed: work that only
/// the workbench holds. The note ends with a word in Latin letters, which the editor shows as
/// typed: once it is on the screen, the workbench has read the whole note. `None`, with a
/// message, when tmux is not installed.
fn unfinished_note(name: &str, note: &str) -> Option<(TempDir, Tmux)> {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
        return None;
    }
    let dir = TempDir::new(&format!("tmux-{name}"));
    copy_seeds(&dir);
    let folder = dir.path().to_string_lossy().into_owned();
    let tmux = Tmux::start(name, &[&folder], 160, 45);
    tmux.wait_for("the articles", |s| s.contains("Articles (5)"));
    note_on_first_statement(&tmux);
    tmux.type_text(note);
    let last = note.split(' ').next_back().unwrap_or_default();
    assert!(
        last.is_ascii(),
        "the note ends with a word in Latin letters"
    );
    tmux.wait_for("the whole note", |s| s.contains(last));
    Some((dir, tmux))
}

/// Waits for the workbench to release the lock of `folder`'s project, and returns the project.
fn released_project(folder: &std::path::Path) -> tahqiq::project::Project {
    let start = Instant::now();
    while folder.join("tahqiq.ron.lock").exists() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the lock is still held"
        );
        sleep(Duration::from_millis(100));
    }
    tahqiq::project::store::load(&folder.join("tahqiq.ron"))
        .expect("valid RON")
        .expect("a project file")
}

#[test]
fn closing_the_terminal_keeps_the_work_and_releases_the_lock() {
    let Some((dir, tmux)) = unfinished_note("hangup", "كتبت قبل أن تغلق النافذة draft1")
    else {
        return;
    };
    // The terminal goes (the tmux server is killed with it): the workbench gets SIGHUP.
    drop(tmux);
    let saved = released_project(dir.path());
    assert_eq!(saved.claims.len(), 1);
    assert_eq!(saved.claims[0].note, "كتبت قبل أن تغلق النافذة draft1");
}

#[test]
fn a_request_to_stop_saves_restores_the_terminal_and_releases_the_lock() {
    let Some((dir, tmux)) = unfinished_note("terminate", "طلب إيقاف draft2") else {
        return;
    };
    // The lock names the workbench's process.
    let lock = std::fs::read_to_string(dir.path().join("tahqiq.ron.lock")).expect("the lock");
    let pid = lock.lines().next().expect("a pid").trim();
    let status = Command::new("kill")
        .args(["-TERM", pid])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let screen = tmux.wait_for("the shell", |s| s.contains("EXITED:0"));
    assert!(
        !screen.contains("Note on claim"),
        "the terminal is restored:\n{screen}"
    );
    let saved = released_project(dir.path());
    assert_eq!(saved.claims[0].note, "طلب إيقاف draft2");
}
