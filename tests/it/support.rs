//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The shared data folder beside the repository, when it is there.
pub fn shared(sub: &str) -> Option<PathBuf> {
    let path = root().join("..").join("shared").join(sub);
    path.exists().then_some(path)
}

/// Runs the real `tahqiq` binary.
pub fn tahqiq(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tahqiq"))
        .args(args)
        .output()
        .expect("the tahqiq binary runs")
}

/// Whether a program is on the PATH.
pub fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}
