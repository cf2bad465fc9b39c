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

/// Runs the real `tahqiq` binary in the folder `dir`.
pub fn tahqiq_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tahqiq"))
        .args(args)
        .current_dir(dir)
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

/// A folder under the system temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new empty folder named after `name` and this process.
    pub fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("tahqiq-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("a temp folder");
        Self(path)
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` to `name` inside the folder and returns the file's path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("a temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An article written to attack the terminal: OSC 52 (clipboard), clear screen, leave the
/// alternate screen, colours, C1 CSI, NEL, stacked overrides, 200 nested isolates around a
/// digit, and a 20,000-character line.
pub fn hostile_text() -> String {
    let mut text = String::from("عنوان خبيث\n");
    text += "\u{1b}]52;c;SGVsbG8=\u{7}\u{1b}[2J\u{1b}[?1049l\u{1b}[31mقال «نعم»\u{9b}2J\u{85}x\n";
    text += &"\u{202E}".repeat(30);
    text += "abc \u{202D}def\n";
    text += &"\u{2067}".repeat(200);
    text += "1 ب";
    text += &"\u{2069}".repeat(200);
    text += "\n";
    text += &"كلمة".repeat(5_000);
    text += "\n";
    text
}
