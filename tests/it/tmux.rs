//! The real binary in a real terminal: tmux runs it, keys are sent with `send-keys`, the screen
//! is read with `capture-pane`. Skipped with a message when tmux is not installed.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::support::{TempDir, hostile_text};

mod saving;

/// tmux, with a UTF-8 locale so typed Arabic reaches the program whatever the caller's locale.
fn tmux() -> Command {
    let mut command = Command::new("tmux");
    command.env("LC_ALL", "C.UTF-8").env("LANG", "C.UTF-8");
    command
}

fn tmux_installed() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A tmux server of our own, killed on drop. The program runs in a folder of its own with its
/// own data folder, so a project it keeps never lands in the repository or the user's home.
struct Tmux {
    socket: String,
    _home: TempDir,
}

impl Tmux {
    /// Starts `args` under `sh`, in a `width` × `height` terminal; prints `EXITED:<status>` when
    /// the program ends so the test can see it return to the shell.
    fn start(name: &str, args: &[&str], width: u16, height: u16) -> Self {
        let socket = format!("tahqiq-test-{name}-{}", std::process::id());
        let mut command = format!("'{}'", env!("CARGO_BIN_EXE_tahqiq"));
        for arg in args {
            command.push_str(&format!(" '{arg}'"));
        }
        let home = TempDir::new(&format!("tmux-home-{name}"));
        let data = home.path().join("data");
        let script = format!(
            "env TERM=xterm-256color LANG=C.UTF-8 TAHQIQ_CONFIG=/nonexistent XDG_DATA_HOME='{}' {command}; echo EXITED:$?; sleep 30",
            data.display()
        );
        let status = tmux()
            .args([
                "-u",
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "t",
                "-c",
            ])
            .arg(home.path())
            .args(["-x", &width.to_string(), "-y", &height.to_string(), &script])
            .status()
            .expect("tmux starts");
        assert!(status.success());
        Self {
            socket,
            _home: home,
        }
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            let status = tmux()
                .args(["-L", &self.socket, "send-keys", "-t", "t", key])
                .status()
                .expect("send-keys");
            assert!(status.success());
            sleep(Duration::from_millis(60));
        }
    }

    /// Types text literally (Arabic included).
    fn type_text(&self, text: &str) {
        let status = tmux()
            .args(["-L", &self.socket, "send-keys", "-l", "-t", "t", text])
            .status()
            .expect("send-keys");
        assert!(status.success());
        sleep(Duration::from_millis(60));
    }

    fn screen(&self) -> String {
        let out = tmux()
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "t"])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen satisfies `ready`, and returns it.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "timed out waiting for {what}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = tmux().args(["-L", &self.socket, "kill-server"]).status();
    }
}

#[test]
fn keys_work_in_a_real_terminal_and_q_returns_to_the_shell() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
        return;
    }
    let tmux = Tmux::start("keys", &[], 160, 45);
    let first = tmux.wait_for("the sample set", |s| s.contains("Articles (5)"));
    assert!(
        first.contains("┌ 1 ") && first.contains("┌ 2 "),
        "two panes:\n{first}"
    );
    assert!(
        first.lines().last().is_some_and(|l| l.contains("? help")),
        "{first}"
    );

    tmux.keys(&["?"]);
    tmux.wait_for("the help screen", |s| {
        s.contains("Keys —") && s.contains("Open article N")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("help to close", |s| !s.contains("Keys —"));

    tmux.keys(&["3"]);
    tmux.wait_for("article 3 in the first pane", |s| s.contains("┌ 3 "));
    tmux.keys(&["f"]);
    tmux.wait_for("furniture hidden", |s| s.contains("page furniture hidden"));
    tmux.keys(&["G"]);
    tmux.wait_for("the bottom", |s| s.contains(" 100% "));

    tmux.keys(&["/"]);
    tmux.type_text("الكاظمي");
    tmux.keys(&["Enter"]);
    tmux.wait_for("a search result", |s| s.contains(" of 5 for"));

    // Tab twice reaches the list, on the article of the second pane (2); two down is 4.
    tmux.keys(&["Tab", "Tab", "j", "j", "Enter"]);
    tmux.wait_for("article 4 opened from the list", |s| s.contains("┌ 4 "));

    // `/` in the list keeps the three articles that give the 2,500 troops (2, 3 and 5; the
    // list stays on 3, the first pane's); Enter opens it with the figure found.
    tmux.keys(&["BTab", "BTab", "/"]);
    tmux.type_text("2500");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the list narrowed", |s| s.contains("Articles 3/5"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("the figure found in the article opened", |s| {
        s.contains("┌ 3 ") && s.contains("for “2500”")
    });

    tmux.keys(&["q"]);
    let end = tmux.wait_for("the shell", |s| s.contains("EXITED:0"));
    assert!(
        !end.contains("Articles (5)"),
        "the alternate screen was left:\n{end}"
    );
}

#[test]
fn a_hostile_article_does_not_break_the_terminal() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
        return;
    }
    let dir = TempDir::new("tmux-hostile");
    dir.write("hostile.txt", hostile_text());
    dir.write("zip.txt", b"PK\x03\x04\0\0");
    dir.write("other.txt", "مقال آخر سليم.");
    let path = dir.path().to_string_lossy().into_owned();
    let tmux = Tmux::start("hostile", &[&path], 120, 35);
    // The list can show both articles before the third file's problem is reported: both are
    // waited for.
    let screen = tmux.wait_for("the articles and the bad file", |s| {
        s.contains("Articles (2)") && s.contains("zip.txt: not a text file")
    });
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[0].starts_with('┌'), "top row intact:\n{screen}");
    assert!(screen.contains("zip.txt: not a text file"), "{screen}");
    assert!(screen.contains('␛'), "escapes shown, not obeyed:\n{screen}");
    tmux.keys(&["G", "2", "g"]);
    let screen = tmux.wait_for("the other article", |s| s.contains("┌ 2 "));
    assert!(
        screen.lines().next().is_some_and(|r| r.starts_with('┌')),
        "{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| s.contains("EXITED:0"));
}

#[test]
fn keys_are_answered_while_a_large_article_loads() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
        return;
    }
    let dir = TempDir::new("tmux-large");
    let paragraph = "قال المتحدث باسم الوزارة إن الحوار سيستمر في الأسابيع المقبلة.\n\n";
    let path = dir.write("large.txt", paragraph.repeat(300_000));
    let path = path.to_string_lossy().into_owned();
    let tmux = Tmux::start("large", &[&path], 120, 30);
    tmux.wait_for("the first frame, still loading", |s| {
        s.contains("loading 0 of 1")
    });
    tmux.keys(&["?"]);
    tmux.wait_for("help while loading", |s| {
        s.contains("Keys —") && s.contains("loading 0 of 1")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("the article", |s| {
        s.contains("Articles (1)") && !s.contains("loading")
    });
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| s.contains("EXITED:0"));
}
