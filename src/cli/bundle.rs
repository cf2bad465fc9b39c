//! `tahqiq export`, `tahqiq import` and `tahqiq merge`: a review out to other tools, brat work
//! in, and two reviews into one.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::corpus::{self, Article};
use crate::export::{self, Bundle, Source};
use crate::project::merge::{self, Merged};
use crate::project::session::{ReadOnly, Session, root_of};
use crate::project::{Project, store};

use super::project::PROJECT_FILE;

/// Arguments of `tahqiq export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The project to export (default: tahqiq.ron here, else the sample set's review).
    #[arg(long, value_name = "FILE.ron")]
    pub project: Option<PathBuf>,
    /// The bundle folder to write.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Replace the folder when it is not empty.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `tahqiq import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A brat folder: `.txt` documents with `.ann` annotations beside them.
    pub folder: PathBuf,
    /// The project file to write (default: tahqiq.ron in the folder, so `tahqiq FOLDER`
    /// opens the imported review).
    #[arg(long, value_name = "FILE.ron")]
    pub out: Option<PathBuf>,
    /// Replace the project file when it exists.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `tahqiq merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The first reviewer's project.
    pub first: PathBuf,
    /// The second reviewer's project.
    pub second: PathBuf,
    /// The merged project to write.
    #[arg(long, value_name = "FILE.ron")]
    pub out: PathBuf,
    /// Replace the output file when it exists.
    #[arg(long)]
    pub force: bool,
}

/// The project `export` reads by default: `tahqiq.ron` here, else the sample set's review.
fn default_project() -> Option<PathBuf> {
    let here = PathBuf::from(PROJECT_FILE);
    if here.is_file() {
        return Some(here);
    }
    super::project::project_path(&super::OpenArgs::default())
}

/// Loads a project file, or says why not.
fn load(path: &Path) -> Result<Project, String> {
    match store::load(path) {
        Ok(Some(project)) => Ok(project),
        Ok(None) => Err(format!("{}: no such project file", path.display())),
        Err(problem) => Err(problem.to_string()),
    }
}

/// The articles of `project` (kept at `path`) that can be read: files beside it, or the
/// built-in sample set by name. Claims on articles changed since are found again (in memory
/// only: exporting never writes the project).
fn sources(path: &Path, project: Project) -> (Project, Vec<Source>) {
    let root = root_of(path).unwrap_or_else(|| PathBuf::from("."));
    let mut keys: Vec<String> = project.articles.iter().map(|a| a.path.clone()).collect();
    keys.extend(project.claims.iter().map(|c| c.article.clone()));
    keys.sort();
    keys.dedup();
    // Built only if the project covers sample articles.
    let mut samples: Option<Vec<Article>> = None;
    let mut session = Session::viewer(path, project, ReadOnly::Asked);
    let mut found = Vec::new();
    for key in keys {
        let file = root.join(&key);
        let article: Option<Article> = if file.is_file() {
            match corpus::load::read_article(&file) {
                Ok(article) => Some(article),
                Err(problem) => {
                    eprintln!("tahqiq: {}: {}", problem.path.display(), problem.reason);
                    None
                }
            }
        } else if corpus::load::is_sample(&key) {
            let samples = samples.get_or_insert_with(corpus::sample_set);
            samples.iter().find(|a| a.name == key).cloned()
        } else {
            None
        };
        let Some(article) = article else {
            eprintln!("tahqiq: {key}: not found; its claims are exported without their text");
            continue;
        };
        if let Some(message) = session.reconcile(&article) {
            eprintln!("tahqiq: {message}");
        }
        found.push(Source { key, article });
    }
    (session.project, found)
}

/// Runs `tahqiq export`; returns the exit status.
pub fn export(args: &ExportArgs) -> i32 {
    let Some(path) = args.project.clone().or_else(default_project) else {
        eprintln!("tahqiq export: no project given and no data folder to find one in");
        return 2;
    };
    let project = match load(&path) {
        Ok(project) => project,
        Err(problem) => {
            eprintln!("tahqiq export: {problem}");
            return 1;
        }
    };
    let (project, sources) = sources(&path, project);
    let bundle = Bundle::new(&project, &sources);
    let show = std::io::stderr().is_terminal();
    let written = export::write(&bundle, &args.out, args.force, Some(&path), |p| {
        if show {
            eprint!("\rexporting: {}/{} files", p.done, p.total);
        }
    });
    if show {
        eprintln!();
    }
    match written {
        Ok(summary) => {
            println!(
                "Exported {} and {} over {} to {}",
                export::counted(summary.claims, "claim"),
                export::counted(summary.links, "link"),
                export::counted(bundle.texts.len(), "article"),
                summary.folder.display()
            );
            if summary.unplaced > 0 {
                println!(
                    "  {} claims lost their place and are not in brat/",
                    summary.unplaced
                );
            }
            0
        }
        Err(problem) => {
            eprintln!("tahqiq export: {problem}");
            1
        }
    }
}

/// Refuses to replace `out` without `force`.
fn check_out(out: &Path, force: bool, command: &str) -> Result<(), i32> {
    if out.exists() && !force {
        eprintln!(
            "tahqiq {command}: {} exists (use --force to replace it)",
            out.display()
        );
        return Err(1);
    }
    Ok(())
}

/// Runs `tahqiq import`; returns the exit status.
pub fn import(args: &ImportArgs) -> i32 {
    if !args.folder.is_dir() {
        eprintln!("tahqiq import: {} is not a folder", args.folder.display());
        return 2;
    }
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.folder.join(PROJECT_FILE));
    if let Err(status) = check_out(&out, args.force, "import") {
        return status;
    }
    let imported = match export::import::import(&args.folder, &out) {
        Ok(imported) => imported,
        Err(e) => {
            eprintln!("tahqiq import: {}: {e}", args.folder.display());
            return 1;
        }
    };
    for problem in &imported.problems {
        eprintln!("tahqiq import: {problem}");
    }
    if let Err(e) = store::save(&out, &imported.project) {
        eprintln!("tahqiq import: {}: {e}", out.display());
        return 1;
    }
    println!(
        "Imported {} claims and {} links from {} documents into {}",
        imported.project.claims.len(),
        imported.project.links.len(),
        imported.documents,
        out.display()
    );
    i32::from(!imported.problems.is_empty())
}

/// A reviewer's name: the file's stem.
fn name_of(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Runs `tahqiq merge`; returns the exit status.
pub fn merge(args: &MergeArgs) -> i32 {
    if let Err(status) = check_out(&args.out, args.force, "merge") {
        return status;
    }
    let (first, second) = match (load(&args.first), load(&args.second)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(problem), _) | (_, Err(problem)) => {
            eprintln!("tahqiq merge: {problem}");
            return 1;
        }
    };
    let (mut first_name, second_name) = (name_of(&args.first), name_of(&args.second));
    if first_name == second_name {
        first_name.push_str(" (1)");
    }
    let merged: Merged = merge::merge(&first, &first_name, &second, &second_name);
    let mut project = merged.project.clone();
    // Article paths are relative to each file: rewrite them for where the merge goes.
    rebase(&mut project, &args.first, &args.out);
    if let Err(e) = store::save(&args.out, &project) {
        eprintln!("tahqiq merge: {}: {e}", args.out.display());
        return 1;
    }
    print!("{}", merge::report(&merged, &first_name, &second_name));
    println!("Merged into {}", args.out.display());
    0
}

/// Makes article paths written relative to `from` relative to `to` instead, when the two
/// files are in different folders.
fn rebase(project: &mut Project, from: &Path, to: &Path) {
    let (Some(old), Some(new)) = (root_of(from), root_of(to)) else {
        return;
    };
    if old == new {
        return;
    }
    let moved = |key: &str| -> String {
        if corpus::load::is_sample(key) || Path::new(key).is_absolute() {
            return key.to_owned();
        }
        crate::project::session::key_for(Some(to), &old.join(key))
    };
    for record in &mut project.articles {
        record.path = moved(&record.path);
    }
    for claim in &mut project.claims {
        claim.article = moved(&claim.article);
    }
    project.normalise();
}
