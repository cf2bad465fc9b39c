//! Tests of `store`.

use super::*;

use crate::project::session::new_claim;
use crate::project::{ClaimKind, Relation};

/// A child that has exited but is not yet reaped is a zombie: its lock is stale. This
/// process, and a child still running, are running.
#[test]
#[cfg(target_os = "linux")]
fn an_exited_process_is_not_running_before_it_is_reaped() {
    assert!(running(std::process::id()));
    let mut sleeping = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .expect("sleep runs");
    assert!(running(sleeping.id()));
    sleeping.kill().expect("killed");
    // Not waited for yet: a zombie once the kill has landed.
    let gone = (0..200).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(10));
        !running(sleeping.id())
    });
    sleeping.wait().expect("reaped");
    assert!(
        gone,
        "a killed child not yet reaped still counts as running"
    );
    assert!(!running(sleeping.id()));
}

/// What writing the whole project at once gives.
fn written_at_once(project: &Project) -> String {
    let mut project = project.clone();
    project.normalise();
    let body = ron::ser::to_string_pretty(&project, pretty()).expect("written");
    format!("// tahqiq review project: claims, tags and links over a set of articles.\n{body}\n")
}

#[test]
fn claims_written_in_parallel_give_the_same_bytes_as_at_once() {
    let text = "قال الوزير «إن 2500 جندي\nسيبقون» في العراق. claims: [], ) ( \u{7} \"x\"";
    let chars: Vec<char> = text.chars().collect();
    let mut project = Project::default();
    assert_eq!(to_ron(&project), written_at_once(&project), "no claims");
    for n in 0..600u32 {
        let start = n as usize % 20;
        let mut claim = new_claim(n + 1, "a.txt", &chars, start, chars.len(), ClaimKind::Quote);
        claim.note = format!("سطر أول\nsecond line\t{n} claims: [],\n");
        claim.tags = vec!["official".to_owned()];
        project.claims.push(claim);
    }
    project.link(1, 2, Relation::Same);
    let parallel = to_ron(&project);
    assert_eq!(parallel, written_at_once(&project));
    assert_eq!(
        from_ron(&parallel, Path::new("p.ron")).expect("read back"),
        project
    );
}
