//! Signals that end the workbench from outside: its terminal closing (`SIGHUP`: the window
//! shut, the SSH connection dropped) and a request to stop (`SIGTERM`). By default either kills
//! the process on the spot, losing the edits of the last seconds and a note being written, and
//! leaving the project's lock file behind. Listened for, they end the session as `q` does: the
//! work is saved and the lock released. A second `SIGTERM` while the first is being answered
//! kills the process as before.
//!
//! A terminal that has gone stays readable with nothing to read, and crossterm 0.29 then reads
//! it again and again without returning (crossterm-rs/crossterm#793). So on `SIGHUP` the
//! terminal's input (standard input, which crossterm reads when it is the terminal) is replaced
//! by an empty pipe, and crossterm's wait ends at its time-out; its output by `/dev/null`.
//! Should the session still not have ended a few seconds later, the process ends as the signal
//! would have ended it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How long the session has, after its terminal went, to save and end by itself.
#[cfg(unix)]
const GRACE: std::time::Duration = std::time::Duration::from_secs(3);

/// Which of the two signals have arrived.
pub struct Endings {
    hangup: Arc<AtomicBool>,
    terminate: Arc<AtomicBool>,
}

impl Endings {
    /// Starts listening. Where that cannot be done the signals keep their default action.
    pub fn listen() -> Self {
        let endings = Self {
            hangup: Arc::default(),
            terminate: Arc::default(),
        };
        #[cfg(unix)]
        endings.watch();
        endings
    }

    #[cfg(unix)]
    fn watch(&self) {
        use signal_hook::consts::{SIGHUP, SIGTERM};
        // `SIGTERM` sets its flag in the handler itself. The shutdown, registered first, looks
        // at the flag before that: it ends the process on a second `SIGTERM` only.
        if signal_hook::flag::register_conditional_shutdown(SIGTERM, 1, Arc::clone(&self.terminate))
            .is_ok()
        {
            let _ = signal_hook::flag::register(SIGTERM, Arc::clone(&self.terminate));
        }
        // `SIGHUP` is answered on a thread of its own, which leaves the terminal.
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGHUP]) else {
            return;
        };
        let hangup = Arc::clone(&self.hangup);
        let watcher = move || {
            if signals.forever().next().is_some() {
                hangup.store(true, Ordering::Relaxed);
                // Kept open until the process ends: a pipe with a writer reads as "nothing
                // yet", where one without reads as its end, which crossterm would read again
                // and again.
                let _pipe = leave_terminal();
                std::thread::sleep(GRACE);
                std::process::exit(128 + SIGHUP);
            }
        };
        let _ = std::thread::Builder::new()
            .name("signals".into())
            .spawn(watcher);
    }

    /// Whether the session has been asked to end.
    pub fn ended(&self) -> bool {
        self.hung_up() || self.terminate.load(Ordering::Relaxed)
    }

    /// Whether the terminal has gone: nothing can be drawn or restored there any more.
    pub fn hung_up(&self) -> bool {
        self.hangup.load(Ordering::Relaxed)
    }
}

/// Leaves the terminal that has gone: standard input becomes an empty pipe that never blocks
/// (both its ends are returned), standard output and error `/dev/null`, where writing, unlike
/// on the terminal, does not fail (Rust's `eprintln!` panics when it does, as ratatui's
/// `Terminal` does on drop to show the cursor again).
#[cfg(unix)]
fn leave_terminal() -> Option<(rustix::fd::OwnedFd, rustix::fd::OwnedFd)> {
    use rustix::pipe::{PipeFlags, pipe_with};
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        let _ = rustix::stdio::dup2_stdout(&null);
        let _ = rustix::stdio::dup2_stderr(&null);
    }
    let (reader, writer) = pipe_with(PipeFlags::NONBLOCK | PipeFlags::CLOEXEC).ok()?;
    rustix::stdio::dup2_stdin(&reader).ok()?;
    Some((reader, writer))
}
