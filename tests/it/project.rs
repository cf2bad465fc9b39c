//! The project file: round trips, crash safety, broken files and locks.

use std::path::Path;
use std::time::Duration;

use proptest::prelude::*;
use tahqiq::project::session::{Opened, ReadOnly, Session, new_claim};
use tahqiq::project::store::{self, LoadError};
use tahqiq::project::{ClaimKind, Project, Relation, Status};

use crate::support::TempDir;

const TEXT: &str = "قال وزير الخارجية «إن القوات الأمريكية ستبقى» وإن عددها 2500 جندي (AP).";

/// One edit a reviewer can make.
#[derive(Clone, Debug)]
enum Edit {
    Claim {
        start: usize,
        len: usize,
    },
    Note {
        claim: usize,
        text: String,
    },
    Tag {
        claim: usize,
        tag: usize,
    },
    Status {
        claim: usize,
    },
    Link {
        from: usize,
        to: usize,
        relation: usize,
    },
    Remove {
        claim: usize,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..60usize, 1..15usize).prop_map(|(start, len)| Edit::Claim { start, len }),
        (0..8usize, "[ء-ي a-z«»\"\\\\\n{}()]{0,30}")
            .prop_map(|(claim, text)| Edit::Note { claim, text }),
        (0..8usize, 0..7usize).prop_map(|(claim, tag)| Edit::Tag { claim, tag }),
        (0..8usize).prop_map(|claim| Edit::Status { claim }),
        (0..8usize, 0..8usize, 0..6usize).prop_map(|(from, to, relation)| Edit::Link {
            from,
            to,
            relation
        }),
        (0..8usize).prop_map(|claim| Edit::Remove { claim }),
    ]
}

fn apply(project: &mut Project, edit: &Edit) {
    let chars: Vec<char> = TEXT.chars().collect();
    let id_at = |p: &Project, i: usize| p.claims.get(i % p.claims.len().max(1)).map(|c| c.id);
    match edit {
        Edit::Claim { start, len } => {
            let end = (start + len).min(chars.len());
            let id = project.next_claim_id();
            project.add_claim(new_claim(id, "a.txt", &chars, *start, end, ClaimKind::Span));
        }
        Edit::Note { claim, text } => {
            if let Some(id) = id_at(project, *claim) {
                project.claim_mut(id).expect("claim").note = text.clone();
            }
        }
        Edit::Tag { claim, tag } => {
            let name = project.codebook[*tag].name.clone();
            if let Some(id) = id_at(project, *claim) {
                project.claim_mut(id).expect("claim").tags.push(name);
            }
        }
        Edit::Status { claim } => {
            if let Some(id) = id_at(project, *claim) {
                let claim = project.claim_mut(id).expect("claim");
                claim.status = claim.status.next();
            }
        }
        Edit::Link { from, to, relation } => {
            if let (Some(a), Some(b)) = (id_at(project, *from), id_at(project, *to)) {
                project.link(a, b, Relation::ALL[*relation].0);
            }
        }
        Edit::Remove { claim } => {
            if let Some(id) = id_at(project, *claim) {
                project.remove_claim(id);
            }
        }
    }
    project.normalise();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_edited_project_reads_back_and_saves_to_the_same_bytes(edits in prop::collection::vec(edit(), 0..25)) {
        let mut project = Project::default();
        for e in &edits {
            apply(&mut project, e);
        }
        let text = store::to_ron(&project);
        let back = store::from_ron(&text, Path::new("p.ron")).expect("reads back");
        prop_assert_eq!(&back, &project);
        prop_assert_eq!(store::to_ron(&back), text);
    }
}

#[test]
fn save_keeps_the_previous_version_and_skips_identical_writes() {
    let dir = TempDir::new("project-bak");
    let path = dir.path().join("tahqiq.ron");
    let mut project = Project::default();
    store::save(&path, &project).expect("first save");
    assert!(!dir.path().join("tahqiq.ron.bak").exists());
    let first = std::fs::read_to_string(&path).expect("saved");
    project.codebook.truncate(1);
    store::save(&path, &project).expect("second save");
    let bak = std::fs::read_to_string(dir.path().join("tahqiq.ron.bak")).expect("bak");
    assert_eq!(bak, first);
    let modified = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::thread::sleep(Duration::from_millis(20));
    store::save(&path, &project).expect("same again");
    let again = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(modified, again, "an identical save writes nothing");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("folder")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
}

#[test]
fn a_broken_project_names_line_and_column_and_is_never_written() {
    let dir = TempDir::new("project-broken");
    let broken = "(\n    version: 1,\n    claims: [ (id: oops) ],\n)\n";
    let path = dir.write("tahqiq.ron", broken);
    match Session::open(&path).expect("readable") {
        Opened::Broken(LoadError::Syntax { line, column, .. }) => {
            assert_eq!(line, 3);
            assert!(column > 1);
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let problem = store::load(&path).expect_err("broken");
    assert!(
        problem
            .to_string()
            .starts_with(&format!("{}:3:", path.display())),
        "{problem}"
    );
    let mut session = Session::broken(&path, &problem);
    assert!(matches!(session.read_only, Some(ReadOnly::Broken(_))));
    assert!(!session.edit(|p| p.codebook.clear()));
    session.save().expect("nothing to save");
    assert_eq!(std::fs::read_to_string(&path).expect("file"), broken);
    assert!(!dir.path().join("tahqiq.ron.lock").exists());
}

#[test]
fn a_newer_version_is_refused() {
    let text = store::to_ron(&Project::default()).replace("version: 1", "version: 99");
    let error = store::from_ron(&text, Path::new("p.ron")).expect_err("too new");
    assert!(error.to_string().contains("version 99"), "{error}");
}

#[test]
fn a_second_session_is_read_only_until_the_first_ends() {
    let dir = TempDir::new("project-lock");
    let path = dir.path().join("tahqiq.ron");
    let Opened::Ready(mut first) = Session::open(&path).expect("opens") else {
        panic!("a new project opens");
    };
    assert!(first.read_only.is_none());
    let Opened::Ready(second) = Session::open(&path).expect("opens") else {
        panic!("opens read-only");
    };
    match &second.read_only {
        Some(ReadOnly::Locked(holder)) => assert_eq!(holder.pid, std::process::id()),
        other => panic!("expected a lock, got {other:?}"),
    }
    assert!(first.edit(|p| p.codebook.truncate(2)));
    first.save().expect("saves");
    drop(second);
    drop(first);
    assert!(!dir.path().join("tahqiq.ron.lock").exists());
    let Opened::Ready(third) = Session::open(&path).expect("opens") else {
        panic!("opens");
    };
    assert!(third.read_only.is_none());
    assert_eq!(third.project.codebook.len(), 2);
}

#[test]
fn a_stale_lock_from_a_dead_process_is_taken_over() {
    if !Path::new("/proc").is_dir() {
        eprintln!("skipped: telling a dead process needs /proc");
        return;
    }
    let dir = TempDir::new("project-stale");
    let path = dir.path().join("tahqiq.ron");
    // A process that has certainly ended: one we started and waited for.
    let mut child = std::process::Command::new("true")
        .spawn()
        .expect("true runs");
    let pid = child.id();
    child.wait().expect("ends");
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let host = host.trim();
    let host = if host.is_empty() {
        std::env::var("HOSTNAME").unwrap_or_else(|_| "this machine".into())
    } else {
        host.to_owned()
    };
    dir.write("tahqiq.ron.lock", format!("{pid}\n{host}\n"));
    let Opened::Ready(session) = Session::open(&path).expect("opens") else {
        panic!("opens");
    };
    assert!(session.read_only.is_none(), "{:?}", session.read_only);
}

/// Run by [`killing_a_saving_process_never_leaves_a_broken_file`] in a child process: saves a
/// growing project in a loop until killed.
#[test]
#[ignore = "run as a child process by the crash-safety test"]
fn save_loop_child() {
    let Ok(path) = std::env::var("TAHQIQ_SAVE_LOOP") else {
        return;
    };
    let path = Path::new(&path);
    let chars: Vec<char> = TEXT.chars().collect();
    let mut project = Project::default();
    for round in 0u32.. {
        let id = project.next_claim_id();
        let mut claim = new_claim(id, "a.txt", &chars, 0, 10, ClaimKind::Span);
        claim.note = format!("ملاحظة رقم {round} ").repeat(20);
        claim.status = Status::Disputed;
        project.add_claim(claim);
        store::save(path, &project).expect("saves");
    }
}

#[test]
fn killing_a_saving_process_never_leaves_a_broken_file() {
    let dir = TempDir::new("project-crash");
    let path = dir.path().join("tahqiq.ron");
    let mut seen_claims = 0;
    for round in 0..12u64 {
        let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "project::save_loop_child",
                "--exact",
                "--ignored",
                "--quiet",
            ])
            .env("TAHQIQ_SAVE_LOOP", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("child starts");
        // Kill at a different moment each round, mostly mid-save.
        std::thread::sleep(Duration::from_millis(60 + (round * 37) % 150));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        let project = store::load(&path)
            .unwrap_or_else(|e| panic!("round {round}: {e}"))
            .expect("a project file exists");
        assert!(project.claims.iter().all(|c| c.status == Status::Disputed));
        seen_claims = seen_claims.max(project.claims.len());
        // The previous version is written the same way: whole or not at all.
        store::load(&dir.path().join("tahqiq.ron.bak"))
            .unwrap_or_else(|e| panic!("round {round}, the .bak: {e}"));
    }
    assert!(seen_claims > 1, "the child saved several times");
}

#[test]
fn a_project_naming_a_missing_article_keeps_its_claims_and_says_so() {
    use tahqiq::app::App;
    use tahqiq::app::config::Settings;
    let dir = TempDir::new("project-missing");
    dir.write("here.txt", TEXT);
    let chars: Vec<char> = TEXT.chars().collect();
    let mut project = Project::default();
    project.add_claim(new_claim(1, "gone.txt", &chars, 0, 3, ClaimKind::Span));
    project.add_claim(new_claim(2, "here.txt", &chars, 4, 8, ClaimKind::Span));
    for (name, text) in [("gone.txt", "gone"), ("here.txt", TEXT)] {
        project.articles.push(tahqiq::project::ArticleRecord {
            path: name.to_owned(),
            sha256: tahqiq::corpus::article::sha256_hex(text.as_bytes()),
            encoding: "UTF-8".to_owned(),
            title: String::new(),
        });
    }
    let path = dir.path().join("tahqiq.ron");
    store::save(&path, &project).expect("saved");
    let before = std::fs::read(&path).expect("file");

    let Opened::Ready(session) = Session::open(&path).expect("opens") else {
        panic!("opens");
    };
    let (articles, problems) = tahqiq::corpus::load(&[dir.path().to_owned()]);
    let mut app = App::new(articles, problems, Settings::default());
    app.attach(*session);
    let said = app.messages.join("\n");
    assert!(
        said.contains("1 article(s) of the project are missing"),
        "{said}"
    );
    assert!(said.contains("gone.txt"), "{said}");
    assert_eq!(
        app.session.project.claims.len(),
        2,
        "claims of the missing article kept"
    );
    app.save_now();
    drop(app);
    assert_eq!(
        std::fs::read(&path).expect("file"),
        before,
        "nothing written"
    );
}

#[test]
fn a_locked_project_opens_read_only_and_refuses_changes() {
    use tahqiq::app::config::Settings;
    use tahqiq::app::{Action, App};
    let dir = TempDir::new("project-locked-app");
    let path = dir.path().join("tahqiq.ron");
    let Opened::Ready(_first) = Session::open(&path).expect("opens") else {
        panic!("opens");
    };
    let Opened::Ready(second) = Session::open(&path).expect("opens") else {
        panic!("opens");
    };
    let mut app = App::new(
        tahqiq::corpus::sample_set(),
        Vec::new(),
        Settings::default(),
    );
    app.resize(160, 45);
    app.attach(*second);
    assert!(
        app.messages
            .iter()
            .any(|m| m.contains("read-only: open in process")),
        "{:?}",
        app.messages
    );
    app.apply(Action::NextStatement);
    app.apply(Action::MakeClaim);
    assert!(app.session.project.claims.is_empty());
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.contains("nothing is changed")),
        "{:?}",
        app.status
    );
    app.save_now();
    assert!(!path.exists(), "a read-only session writes nothing");
}
