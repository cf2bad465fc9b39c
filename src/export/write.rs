//! Writing a bundle: every file into a fresh folder beside the destination, then one rename
//! into place, so the destination is either as it was or the whole new bundle.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{ARTICLES, Bundle, brat, report, table, webanno};
use crate::project::store;

/// Why a bundle was not written.
#[derive(Debug)]
pub enum ExportError {
    /// The destination holds files and `--force` was not given.
    NotEmpty(PathBuf),
    /// The destination is a file.
    NotAFolder(PathBuf),
    /// The destination holds the project being exported (it would be replaced).
    HoldsProject(PathBuf),
    /// A file could not be written.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        error: io::Error,
    },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::NotEmpty(path) => write!(
                f,
                "{} is not empty (use --force to replace it)",
                path.display()
            ),
            ExportError::NotAFolder(path) => {
                write!(f, "{} is a file, not a folder", path.display())
            }
            ExportError::HoldsProject(path) => write!(
                f,
                "{} holds the project being exported; choose another folder",
                path.display()
            ),
            ExportError::Io { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for ExportError {}

/// How far a bundle's writing has got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Files written.
    pub done: usize,
    /// Files to write.
    pub total: usize,
    /// The file just written, relative to the bundle.
    pub file: String,
}

/// What was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The bundle folder.
    pub folder: PathBuf,
    /// Files written.
    pub files: usize,
    /// Claims exported.
    pub claims: usize,
    /// Links exported.
    pub links: usize,
    /// Articles whose text was not at hand: their claims are in the tables but not in `brat/`
    /// or the report's text.
    pub missing: Vec<String>,
    /// Claims left out of `brat/` because they lost their place in a changed article.
    pub unplaced: usize,
}

/// Every file of the bundle, by path relative to it, with its bytes; and how many claims
/// could not be placed in `brat/`.
pub fn files(bundle: &Bundle) -> (Vec<(String, Vec<u8>)>, usize) {
    let mut files = vec![(
        "project.ron".to_owned(),
        store::to_ron(&bundle.project).into_bytes(),
    )];
    for (path, text) in &bundle.texts {
        files.push((path.clone(), text.text.clone().into_bytes()));
    }
    files.push(("claims.jsonl".to_owned(), table::jsonl(bundle).into_bytes()));
    files.push(("claims.csv".to_owned(), table::csv(bundle)));
    files.push((
        "annotations.jsonld".to_owned(),
        webanno::jsonld(bundle).into_bytes(),
    ));
    let brat = brat::folder(bundle);
    for (name, text) in brat.files {
        files.push((format!("brat/{name}"), text.into_bytes()));
    }
    files.push(("report.html".to_owned(), report::html(bundle).into_bytes()));
    files.push((
        "report.md".to_owned(),
        report::markdown(bundle).into_bytes(),
    ));
    (files, brat.unplaced)
}

/// Writes `bundle` to the folder `out`, replacing it only when `force` is set (an empty or
/// absent folder needs no force). `project` is the file being exported: a destination holding
/// it is refused. `progress` hears of every file written.
pub fn write(
    bundle: &Bundle,
    out: &Path,
    force: bool,
    project: Option<&Path>,
    mut progress: impl FnMut(&Progress),
) -> Result<Summary, ExportError> {
    let io_error = |path: &Path| {
        let path = path.to_owned();
        move |error| ExportError::Io { path, error }
    };
    if out.is_file() {
        return Err(ExportError::NotAFolder(out.to_owned()));
    }
    // Absolute, so that `.` has a name to put the fresh folder beside.
    let out = &out
        .canonicalize()
        .or_else(|_| std::path::absolute(out))
        .map_err(io_error(out))?;
    let exists = out.is_dir();
    if exists {
        if let Some(project) = project.and_then(|p| p.canonicalize().ok())
            && project.starts_with(out)
        {
            return Err(ExportError::HoldsProject(out.to_owned()));
        }
        let empty = fs::read_dir(out).map_err(io_error(out))?.next().is_none();
        if !empty && !force {
            return Err(ExportError::NotEmpty(out.to_owned()));
        }
    }
    let (files, unplaced) = files(bundle);
    let fresh = store::sibling(out, &format!(".export-{}", std::process::id()));
    let _ = fs::remove_dir_all(&fresh);
    let written = write_files(&fresh, &files, &mut progress);
    if let Err(error) = written {
        let _ = fs::remove_dir_all(&fresh);
        return Err(error);
    }
    let swapped = if exists {
        let old = store::sibling(out, &format!(".replaced-{}", std::process::id()));
        let _ = fs::remove_dir_all(&old);
        fs::rename(out, &old)
            .and_then(|()| fs::rename(&fresh, out))
            .map(|()| {
                let _ = fs::remove_dir_all(&old);
            })
    } else {
        fs::rename(&fresh, out)
    };
    if let Err(error) = swapped {
        let _ = fs::remove_dir_all(&fresh);
        return Err(ExportError::Io {
            path: out.to_owned(),
            error,
        });
    }
    Ok(Summary {
        folder: out.to_owned(),
        files: files.len(),
        claims: bundle.project.claims.len(),
        links: bundle.project.links.len(),
        missing: bundle.missing.clone(),
        unplaced,
    })
}

/// Writes `files` under `folder`, made first, reporting each.
fn write_files(
    folder: &Path,
    files: &[(String, Vec<u8>)],
    progress: &mut impl FnMut(&Progress),
) -> Result<(), ExportError> {
    for (done, (name, bytes)) in files.iter().enumerate() {
        let path = folder.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|error| ExportError::Io {
                path: parent.to_owned(),
                error,
            })?;
        }
        fs::write(&path, bytes).map_err(|error| ExportError::Io {
            path: path.clone(),
            error,
        })?;
        progress(&Progress {
            done: done + 1,
            total: files.len(),
            file: name.clone(),
        });
    }
    // An empty article folder still shows where articles go.
    fs::create_dir_all(folder.join(ARTICLES)).map_err(|error| ExportError::Io {
        path: folder.join(ARTICLES),
        error,
    })
}
