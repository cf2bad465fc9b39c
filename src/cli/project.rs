//! Which project file the workbench keeps its review in, and opening it: read-only when
//! another tahqiq has it or the user asks, and never over a broken file without asking.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::project::session::{Opened, ReadOnly, Session};
use crate::project::{Project, store};

use super::OpenArgs;

/// File name of a project kept beside its articles.
pub const PROJECT_FILE: &str = "tahqiq.ron";

/// Where the review of `args` is kept: `--project`; `tahqiq.ron` in the folder given, or in
/// the current folder when files are given; for the sample set, a file in the platform's data
/// folder (`None` when there is none).
pub fn project_path(args: &OpenArgs) -> Option<PathBuf> {
    if let Some(project) = &args.project {
        return Some(project.clone());
    }
    match args.paths.first() {
        None => directories::ProjectDirs::from("", "", "tahqiq")
            .map(|d| d.data_dir().join("sample-project.ron")),
        Some(first) if first.is_dir() => Some(first.join(PROJECT_FILE)),
        Some(_) => Some(PathBuf::from(PROJECT_FILE)),
    }
}

/// What a project file says to open.
#[derive(Debug, PartialEq, Eq)]
pub enum Named {
    /// Its articles that exist, as paths beside it.
    Files(Vec<PathBuf>),
    /// The built-in sample set: it names sample articles only.
    Samples,
    /// Nothing usable: it names no article that exists, or cannot be read (opening it
    /// reports why).
    Nothing,
}

/// What `loaded`, the project read from the file `path`, names (an empty project, as a
/// missing or broken file gives, names nothing).
pub fn project_articles(path: &Path, loaded: &Project) -> Named {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let files: Vec<PathBuf> = loaded
        .articles
        .iter()
        .map(|a| folder.join(&a.path))
        .filter(|p| p.is_file())
        .collect();
    if !files.is_empty() {
        return Named::Files(files);
    }
    let samples = |a: &crate::project::ArticleRecord| crate::corpus::load::is_sample(&a.path);
    if !loaded.articles.is_empty() && loaded.articles.iter().all(samples) {
        Named::Samples
    } else {
        Named::Nothing
    }
}

/// Asks on the terminal whether to open a broken project read-only.
fn ask_read_only() -> bool {
    if !std::io::stdin().is_terminal() {
        return false;
    }
    eprint!("Open it read-only (r), or quit (q)? ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    matches!(answer.trim(), "r" | "R" | "read-only")
}

/// Opens the review project for `args`. A broken file is never written: with `--read-only`
/// (or when the user says so at the prompt) it opens read-only, else this returns the exit
/// status to stop with.
pub fn open(args: &OpenArgs) -> Result<Session, i32> {
    let Some(path) = project_path(args) else {
        return Ok(Session::in_memory());
    };
    if args.read_only {
        let project = match store::load(&path) {
            Ok(project) => project.unwrap_or_default(),
            Err(problem) => return Ok(Session::broken(&path, &problem)),
        };
        return Ok(Session::viewer(&path, project, ReadOnly::Asked));
    }
    match Session::open(&path) {
        Ok(Opened::Ready(session)) => Ok(*session),
        Ok(Opened::Broken(problem)) => {
            eprintln!("tahqiq: the project file is broken and was left as it is:\n  {problem}");
            if ask_read_only() {
                Ok(Session::broken(&path, &problem))
            } else {
                eprintln!(
                    "tahqiq: mend the file (its previous version may be in {}), or open it with --read-only",
                    store::sibling(&path, ".bak").display()
                );
                Err(1)
            }
        }
        Err(e) => {
            eprintln!("tahqiq: cannot open the project {}: {e}", path.display());
            Err(1)
        }
    }
}
