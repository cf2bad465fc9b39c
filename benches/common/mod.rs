//! The benchmark fixture: the SaudiNewsNet corpus (`../shared/corpus/saudinewsnet.jsonl.xz`)
//! unpacked once into a folder of `.txt` files (title, blank line, content), outside the
//! repository, for the benchmarks that open or extract a folder as a user would.

// Each benchmark uses the part of this module it needs.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Articles in the corpus.
pub const ARTICLES: usize = 31_030;

/// Every article of the corpus as tahqiq reads it (title, blank line, content), in corpus
/// order; `None`, with a message, when the corpus or `xz` is not there.
pub fn corpus_texts() -> Option<Vec<String>> {
    Some(
        corpus_records()?
            .into_iter()
            .map(|(_, text)| text)
            .collect(),
    )
}

/// Every article of the corpus as (outlet, text), in corpus order.
pub fn corpus_records() -> Option<Vec<(String, String)>> {
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/saudinewsnet.jsonl.xz");
    if !source.exists() {
        eprintln!("skipped: {} is not there", source.display());
        return None;
    }
    let mut child = Command::new("xz")
        .arg("-dc")
        .arg(&source)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| eprintln!("skipped: cannot run xz: {e}"))
        .ok()?;
    let stdout = child.stdout.take()?;
    let mut texts = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let record: serde_json::Value = serde_json::from_str(&line.ok()?).ok()?;
        let field = |name: &str| record[name].as_str().unwrap_or_default().to_owned();
        texts.push((
            field("source"),
            format!("{}\n\n{}", field("title"), field("content")),
        ));
    }
    child.wait().ok()?;
    Some(texts)
}

/// The unpacked folder (in the system's temp folder), unpacking it on first use, with every
/// file read once just before it is returned; `None`, with a message, when the corpus or `xz`
/// is not there.
///
/// The reading puts the files in the system's page cache for the benchmark about to run. A
/// machine that gives back idle cache (as shared machines do) would otherwise make whichever
/// command runs first in a group read the disk in its first samples, and the others not: the
/// same warm start for each keeps their comparison fair.
pub fn unpacked_corpus() -> Option<PathBuf> {
    let folder = std::env::temp_dir().join("tahqiq-saudinewsnet");
    let done = folder.join(".unpacked");
    if done.exists() {
        warm(&folder);
        return Some(folder);
    }
    let texts = corpus_texts()?;
    eprintln!("unpacking the corpus into {} (once)…", folder.display());
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).ok()?;
    for (n, text) in texts.iter().enumerate() {
        std::fs::write(folder.join(format!("{n:05}.txt")), text).ok()?;
    }
    std::fs::write(&done, ARTICLES.to_string()).ok()?;
    warm(&folder);
    Some(folder)
}

/// Reads every file of `folder` once and lets the bytes go (see [`unpacked_corpus`]).
pub fn warm(folder: &Path) {
    each_file(folder, |path| {
        let _ = std::fs::read(path);
    });
}

/// Asks the system to let go of every file of `folder` it holds in memory, as after a restart
/// or when the folder has just been copied, so that the next command reads them from the
/// disk. Only Linux is asked; elsewhere the files stay as they are.
pub fn forget(folder: &Path) {
    #[cfg(target_os = "linux")]
    each_file(folder, |path| {
        if let Ok(file) = std::fs::File::open(path) {
            let _ = rustix::fs::fadvise(&file, 0, None, rustix::fs::Advice::DontNeed);
        }
    });
    #[cfg(not(target_os = "linux"))]
    let _ = folder;
}

/// Calls `f` with the path of every entry of `folder` (none if it cannot be listed).
fn each_file(folder: &Path, mut f: impl FnMut(&Path)) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        f(&entry.path());
    }
}

/// `tahqiq extract --format jsonl FOLDER`, the command the corpus targets are stated for.
pub fn tahqiq_extract(folder: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tahqiq"));
    command.args(["extract", "--format", "jsonl"]).arg(folder);
    command
}

/// `rg -c '[«“"]' FOLDER`, the ripgrep run the extraction is compared with; `None`, with a
/// message, when `rg` is not installed.
pub fn ripgrep(folder: &Path) -> Option<Command> {
    if !have("rg") {
        eprintln!("skipped: rg is not installed");
        return None;
    }
    let mut command = Command::new("rg");
    command.args(["-c", "[«“\"]"]).arg(folder);
    Some(command)
}

/// Whether `program` runs here.
pub fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs a command to completion with its output thrown away.
pub fn run_quietly(command: &mut Command) {
    let status = command.stdout(Stdio::null()).stderr(Stdio::null()).status();
    assert!(status.is_ok(), "{command:?} ran");
}
