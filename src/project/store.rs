//! The project file on disk: reading it with a precise message when it is broken, writing it
//! atomically with the previous version kept, and a lock so two tahqiqs never write one file.
//!
//! A save writes a temporary file in the same folder, flushes and syncs it, copies the current
//! file to `NAME.bak` (through a temporary too), then renames the new file over the old one:
//! at every moment the project file is either the old version or the new one, complete.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::model::{Project, VERSION};

/// Why a project file could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        error: io::Error,
    },
    /// The file is not a valid project.
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line of the problem (1-based).
        line: usize,
        /// Column of the problem (1-based).
        column: usize,
        /// What is wrong there.
        message: String,
    },
    /// The file was written by a newer tahqiq.
    Version {
        /// The file.
        path: PathBuf,
        /// The version it declares.
        found: u32,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            LoadError::Syntax {
                path,
                line,
                column,
                message,
            } => write!(f, "{}:{line}:{column}: {message}", path.display()),
            LoadError::Version { path, found } => write!(
                f,
                "{}: project version {found} is newer than this tahqiq reads ({VERSION})",
                path.display()
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// How projects are written: four-space indents, no struct names, one field a line.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
}

/// The project as RON text, canonical: the same project always gives the same bytes.
///
/// Claims are most of a large project and RON escapes strings a character at a time, so they
/// are written on all cores, each as it would stand in the file (eight spaces in, a comma
/// after), and set into the rest where its empty claim list stands. A test holds the result
/// to be byte for byte what writing the whole project at once gives.
pub fn to_ron(project: &Project) -> String {
    let mut project = project.clone();
    project.normalise();
    let claims = std::mem::take(&mut project.claims);
    let written = ron::ser::to_string_pretty(&project, pretty()).and_then(|body| {
        let pieces = claims
            .par_chunks(256)
            .map(|chunk| {
                let mut out = String::new();
                for claim in chunk {
                    let text = ron::ser::to_string_pretty(claim, pretty())?;
                    for line in text.lines() {
                        out.push_str("        ");
                        out.push_str(line);
                        out.push('\n');
                    }
                    // The last line is the claim's closing parenthesis.
                    out.pop();
                    out.push_str(",\n");
                }
                Ok(out)
            })
            .collect::<Result<Vec<String>, ron::Error>>()?;
        Ok(splice_claims(&body, &pieces))
    });
    let body = written.unwrap_or_else(|e| {
        // Serialising plain data cannot fail; say so in the file rather than lose it.
        format!("// could not write the project: {e}\n")
    });
    format!("// tahqiq review project: claims, tags and links over a set of articles.\n{body}\n")
}

/// `body` (a project written with no claims) with the written `claims` in its claim list.
fn splice_claims(body: &str, claims: &[String]) -> String {
    const EMPTY: &str = "\n    claims: [],\n";
    let Some(at) = body.find(EMPTY).filter(|_| !claims.is_empty()) else {
        return body.to_owned();
    };
    let size = body.len() + claims.iter().map(String::len).sum::<usize>() + 16;
    let mut out = String::with_capacity(size);
    out.push_str(&body[..at]);
    out.push_str("\n    claims: [\n");
    claims.iter().for_each(|piece| out.push_str(piece));
    out.push_str("    ],\n");
    out.push_str(&body[at + EMPTY.len()..]);
    out
}

/// Reads a project from RON text; `path` names it in messages.
pub fn from_ron(text: &str, path: &Path) -> Result<Project, LoadError> {
    let mut project: Project = ron::from_str(text).map_err(|e| LoadError::Syntax {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })?;
    if project.version > VERSION {
        return Err(LoadError::Version {
            path: path.to_owned(),
            found: project.version,
        });
    }
    // A file edited by hand may be out of order; everything after relies on the order.
    project.normalise();
    Ok(project)
}

/// Reads the project file at `path`; `Ok(None)` when there is none yet.
pub fn load(path: &Path) -> Result<Option<Project>, LoadError> {
    match fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|e| LoadError::Syntax {
                path: path.to_owned(),
                line: 1,
                column: 1,
                message: format!("not UTF-8 text ({e})"),
            })?;
            from_ron(&text, path).map(Some)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(LoadError::Io {
            path: path.to_owned(),
            error,
        }),
    }
}

/// `path` with `suffix` added to its file name (`tahqiq.ron` → `tahqiq.ron.bak`).
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, synced, renamed
/// over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = sibling(path, &format!(".tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = File::create(&temp)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        sync_folder(path);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Makes a rename in `path`'s folder durable, where the platform allows it.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent() {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if let Ok(dir) = File::open(folder) {
            let _ = dir.sync_all();
        }
    }
}

/// Saves `project` to `path`, keeping the previous file as `PATH.bak`. Writes nothing when the
/// file already holds exactly this project.
pub fn save(path: &Path, project: &Project) -> io::Result<()> {
    let text = to_ron(project);
    match fs::read(path) {
        Ok(old) if old == text.as_bytes() => return Ok(()),
        Ok(old) => keep_previous(path, &old)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder)?;
    }
    write_atomic(path, text.as_bytes())
}

/// Keeps the file at `path` (whose bytes are `old`) as `PATH.bak` before it is replaced: a
/// second name for the same file, renamed into place, so nothing is copied or synced twice;
/// where hard links are not allowed, a copy written atomically.
fn keep_previous(path: &Path, old: &[u8]) -> io::Result<()> {
    let backup = sibling(path, ".bak");
    let link = sibling(path, &format!(".bak-{}", std::process::id()));
    let _ = fs::remove_file(&link);
    if fs::hard_link(path, &link).is_ok() {
        return fs::rename(&link, &backup).inspect_err(|_| {
            let _ = fs::remove_file(&link);
        });
    }
    write_atomic(&backup, old)
}

/// A held project lock: `PATH.lock` naming this process, removed when dropped.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Who holds a project's lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    /// Their process id.
    pub pid: u32,
    /// Their machine.
    pub host: String,
}

impl fmt::Display for Holder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "process {} on {}", self.pid, self.host)
    }
}

/// This machine's name, as well as it can be told.
fn host_name() -> String {
    fs::read_to_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_else(|| "this machine".to_owned())
}

/// Whether process `pid` of this machine is still running, where that can be told (Linux's
/// `/proc`); elsewhere it is assumed to be. A process that has exited but not yet been reaped
/// by its parent (a zombie, state `Z`, or `X` while it goes) is not running: a tahqiq killed
/// with its terminal can stay one for a while, and its lock is stale.
fn running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if !proc.is_dir() {
        return true;
    }
    // `pid (name) state …`: the name may hold spaces and brackets, so the state is read after
    // the last closing bracket. No such file, no such process; unreadable otherwise, the
    // process is taken to be running.
    match fs::read_to_string(proc.join(pid.to_string()).join("stat")) {
        Err(err) => err.kind() != io::ErrorKind::NotFound,
        Ok(stat) => {
            let state = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.trim_start().chars().next());
            !matches!(state, Some('Z' | 'X'))
        }
    }
}

/// Takes the lock of the project at `path`. `Err(holder)` when another running tahqiq holds it;
/// a lock left by a process that is gone (killed, crashed) is taken over.
pub fn lock(path: &Path) -> io::Result<Result<Lock, Holder>> {
    let lock_path = sibling(path, ".lock");
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder)?;
    }
    let me = Holder {
        pid: std::process::id(),
        host: host_name(),
    };
    for _ in 0..2 {
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock_path)
        {
            Ok(mut file) => {
                writeln!(file, "{}\n{}", me.pid, me.host)?;
                file.sync_all()?;
                return Ok(Ok(Lock { path: lock_path }));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                let text = fs::read_to_string(&lock_path).unwrap_or_default();
                let mut lines = text.lines();
                let holder = Holder {
                    pid: lines
                        .next()
                        .and_then(|l| l.trim().parse().ok())
                        .unwrap_or(0),
                    host: lines.next().unwrap_or("").trim().to_owned(),
                };
                let stale = holder.pid == 0 || (holder.host == me.host && !running(holder.pid));
                if !stale {
                    return Ok(Err(holder));
                }
                fs::remove_file(&lock_path)?;
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(format!(
        "could not take the lock {}",
        lock_path.display()
    )))
}

#[cfg(test)]
mod tests;
