//! The whole SaudiNewsNet corpus as a folder of 31,030 files, used as a user would
//! (skipped with a message when the corpus is absent):
//!
//! - `extract_cli`: `tahqiq extract --format jsonl FOLDER`, output thrown away; beside it, in
//!   the same run, `rg -c '[«“"]' FOLDER` (`ripgrep`) and the hand-written Python regular
//!   expression script `benches/baseline.py` (`python_baseline`), each when installed;
//! - `extract_cli_cold`, `ripgrep_cold`: the same two with none of the files in memory, read
//!   from the disk as after a restart;
//! - `first_frame`: from starting the workbench on the folder to its first screen drawn with
//!   the first article readable (loading goes on in the background).

#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

mod common;

use std::path::Path;
use std::process::Command;

use tahqiq::cli::OpenArgs;
use tahqiq::cli::open::start;
use tahqiq::tui::render_screen;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn extract_cli(bencher: divan::Bencher) {
    let Some(folder) = common::unpacked_corpus() else {
        return;
    };
    let mut extract = common::tahqiq_extract(&folder);
    bencher.bench_local(|| common::run_quietly(&mut extract));
}

/// `extract_cli` with none of the files in memory (each sample starts after
/// [`common::forget`]): reading them from the disk, as after a restart.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn extract_cli_cold(bencher: divan::Bencher) {
    let Some(folder) = common::unpacked_corpus() else {
        return;
    };
    cold(bencher, &folder, common::tahqiq_extract(&folder));
}

/// `ripgrep` with none of the files in memory, as `extract_cli_cold`.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn ripgrep_cold(bencher: divan::Bencher) {
    let Some(folder) = common::unpacked_corpus() else {
        return;
    };
    if let Some(rg) = common::ripgrep(&folder) {
        cold(bencher, &folder, rg);
    }
}

/// Runs `command` with none of `folder`'s files in memory at the start of each sample.
fn cold(bencher: divan::Bencher, folder: &Path, mut command: Command) {
    bencher
        .with_inputs(|| common::forget(folder))
        .bench_local_values(|()| common::run_quietly(&mut command));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn ripgrep(bencher: divan::Bencher) {
    let Some(folder) = common::unpacked_corpus() else {
        return;
    };
    let Some(mut rg) = common::ripgrep(&folder) else {
        return;
    };
    bencher.bench_local(|| common::run_quietly(&mut rg));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn python_baseline(bencher: divan::Bencher) {
    let Some(folder) = common::unpacked_corpus() else {
        return;
    };
    if !common::have("python3") {
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/baseline.py");
    bencher.bench(|| common::run_quietly(Command::new("python3").arg(script).arg(&folder)));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn first_frame(bencher: divan::Bencher) {
    let Some(folder) = common::unpacked_corpus() else {
        return;
    };
    let args = OpenArgs {
        paths: vec![folder],
        // Kept in memory: the benchmark must not write a project beside the corpus.
        project: None,
        ..OpenArgs::default()
    };
    bencher.bench(|| {
        let (mut app, loader) = start(
            &args,
            tahqiq::app::config::Settings::default(),
            Vec::new(),
            None,
        );
        let loader = loader.expect("a loader");
        while app.articles.is_empty() {
            match loader.recv() {
                Ok(feed) => app.feed(feed),
                Err(_) => break,
            }
        }
        let screen = render_screen(&mut app, 160, 45);
        assert!(screen.contains("Articles"));
        // Dropping the receiver stops the loader at its next article.
        drop(loader);
        screen.len()
    });
}
