//! Reading many article files on every core, a batch at a time, the results of each batch
//! in file order, without a core waiting for the disk.
//!
//! A file that the system does not hold in memory would stop the core reading it for as long
//! as the disk takes, one file after another. Instead, each round reads the files of one batch
//! that are in memory and asks the system to fetch the others, which it does while the cores
//! work; the next round finishes them, before the batch is handed on. Read with nothing in
//! memory, the corpus of 31,030 files takes about a fifth of the time it took waiting for
//! each (see BENCHMARKS.md), and a corpus partly in memory no longer pays for every file that
//! is not.

use rayon::prelude::*;

use super::Article;
use super::load::{LoadProblem, read, read_in_memory};
use super::read::ArticleFile;

/// Reads `files` on every core, `batch` at a time (at least one), turns each read with
/// `work` on the core that read it, and hands each batch's results to `done` in the order of
/// `files`, until `done` returns `false`. `digest` asks for each article's SHA-256.
///
/// Each round reads what the system holds in memory of one batch, asking it to fetch the
/// rest, and finishes the batch before if that was put off in part (reading what it put off,
/// waiting if the disk is not done yet). A batch held whole goes on at once, so that with
/// every file in memory each batch is handed on as soon as it is read; two batches' results
/// are held at most.
pub fn read_in_batches<T: Send>(
    files: &[ArticleFile],
    batch: usize,
    digest: bool,
    work: impl Fn(Result<Article, LoadProblem>) -> T + Sync,
    done: impl FnMut(Vec<T>) -> bool + Send,
) {
    read_in_batches_with(files, batch, digest, |_| None, work, done);
}

/// [`read_in_batches`], with the results of some files already worked out: `ready` gives a
/// file's result when it has one, and the file is not read.
pub fn read_in_batches_with<T: Send>(
    files: &[ArticleFile],
    batch: usize,
    digest: bool,
    ready: impl Fn(&ArticleFile) -> Option<T> + Sync,
    work: impl Fn(Result<Article, LoadProblem>) -> T + Sync,
    mut done: impl FnMut(Vec<T>) -> bool + Send,
) {
    // A file's result: ready, or read and worked, without waiting for the disk unless `wait`
    // (`None` then when the system holds none of the file).
    let result = |file: &ArticleFile, wait: bool| {
        ready(file).or_else(|| {
            if wait {
                Some(work(read(file, digest)))
            } else {
                read_in_memory(file, digest).map(&work)
            }
        })
    };
    // The rounds run on one of rayon's threads, which works on each round with the others,
    // rather than on the caller's, which would hand each round over and wait to be woken at
    // its end while the cores idle (about half the futex calls over the corpus).
    rayon::scope(|_| rounds(files, batch, &result, &mut done));
}

/// The rounds of [`read_in_batches`].
fn rounds<T: Send>(
    files: &[ArticleFile],
    batch: usize,
    result: &(impl Fn(&ArticleFile, bool) -> Option<T> + Sync),
    done: &mut impl FnMut(Vec<T>) -> bool,
) {
    let mut before: Option<(&[ArticleFile], Vec<Option<T>>)> = None;
    // One round more than there are batches, to finish the last.
    for files in files.chunks(batch.max(1)).map(Some).chain([None]) {
        // A core that waits for the disk to finish the batch before leaves the other cores
        // to start this one.
        let (started, finished) = rayon::join(
            || files.map(|files| (files, start(files, result))),
            || {
                before
                    .take()
                    .map(|(files, results)| finish(files, results, result))
            },
        );
        if let Some(results) = finished
            && !done(results)
        {
            return;
        }
        before = match started {
            Some((_, results)) if results.iter().all(Option::is_some) => {
                if !done(results.into_iter().flatten().collect()) {
                    return;
                }
                None
            }
            put_off => put_off,
        };
    }
}

/// Reads and works the files of a batch that the system holds in memory, asking it to fetch
/// the others, whose places are left empty.
fn start<T: Send>(
    files: &[ArticleFile],
    result: &(impl Fn(&ArticleFile, bool) -> Option<T> + Sync),
) -> Vec<Option<T>> {
    files
        .par_iter()
        // Split down to single files: left to itself rayon hands each core runs of a quarter
        // of the batch, and a core done with its runs waits at the batch's end for the other
        // to finish one.
        .with_max_len(1)
        .map(|file| result(file, false))
        .collect()
}

/// Fills the empty places of a started batch, reading their files waiting for the disk if it
/// is not done yet, and gives the batch's results in order.
fn finish<T: Send>(
    files: &[ArticleFile],
    mut results: Vec<Option<T>>,
    result: &(impl Fn(&ArticleFile, bool) -> Option<T> + Sync),
) -> Vec<T> {
    results
        .par_iter_mut()
        .zip(files)
        .with_max_len(1)
        .filter(|(result, _)| result.is_none())
        .for_each(|(place, file)| *place = result(file, true));
    // Every place is filled now: flattening leaves nothing out.
    results.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A folder of `count` small articles titled by their numbers, written through to the
    /// disk so that the system can let go of them, and its files as listed.
    fn corpus(name: &str, count: usize) -> (PathBuf, Vec<ArticleFile>) {
        use std::io::Write;
        let dir =
            std::env::temp_dir().join(format!("tahqiq-batches-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        for i in 0..count {
            let mut file = std::fs::File::create(dir.join(format!("{i:04}.txt"))).expect("created");
            write!(file, "خبر {i}\n\nقال الوزير إن العدد {i}.").expect("written");
            file.sync_all().expect("synced");
        }
        let (files, problems) = super::super::load::article_files(std::slice::from_ref(&dir));
        assert!(problems.is_empty(), "{problems:?}");
        (dir, files)
    }

    /// Asks the system to let go of every other file (it does where it can), so that reading
    /// them is put off to the next round.
    fn forget_every_other(files: &[ArticleFile]) {
        #[cfg(target_os = "linux")]
        for file in files.iter().step_by(2) {
            let opened = std::fs::File::open(file.path()).expect("opened");
            let _ = rustix::fs::fadvise(&opened, 0, None, rustix::fs::Advice::DontNeed);
        }
        #[cfg(not(target_os = "linux"))]
        let _ = files;
    }

    /// The titles read from `files`, batch by batch.
    fn titles(files: &[ArticleFile], batch: usize, digest: bool) -> Vec<Vec<String>> {
        let mut batches = Vec::new();
        read_in_batches(
            files,
            batch,
            digest,
            |read| {
                let article = read.expect("read");
                assert_eq!(article.sha256.is_empty(), !digest, "{}", article.name);
                article.title
            },
            |titles| {
                batches.push(titles);
                true
            },
        );
        batches
    }

    /// Every file comes out once, in order, in batches of the size asked for, whether or
    /// not the system held it in memory, with its digest when asked.
    #[test]
    fn every_file_comes_out_once_in_order() {
        let (dir, files) = corpus("order", 70);
        let expected: Vec<String> = (0..70).map(|i| format!("خبر {i}")).collect();
        for (batch, digest) in [
            (0, false),
            (1, true),
            (3, false),
            (64, true),
            (70, false),
            (100, true),
        ] {
            forget_every_other(&files);
            let batches = titles(&files, batch, digest);
            let sizes: Vec<usize> = batches.iter().map(Vec::len).collect();
            let expected_sizes: Vec<usize> =
                expected.chunks(batch.max(1)).map(<[String]>::len).collect();
            assert_eq!(sizes, expected_sizes, "batch {batch}");
            assert_eq!(batches.concat(), expected, "batch {batch}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A file whose result is ready is not read, and its result comes out in its place, each
    /// taken once, whether the files around it were held in memory or not.
    #[test]
    fn ready_results_come_out_in_their_place_unread() {
        let (dir, files) = corpus("ready", 40);
        forget_every_other(&files);
        // Every third file is ready, and gone from the disk: reading it would fail.
        let ready: std::collections::HashMap<PathBuf, std::sync::Mutex<Option<String>>> = files
            .iter()
            .step_by(3)
            .map(|file| {
                std::fs::remove_file(file.path()).expect("removed");
                (
                    file.path().to_owned(),
                    std::sync::Mutex::new(Some("ready".to_owned())),
                )
            })
            .collect();
        let mut seen = Vec::new();
        read_in_batches_with(
            &files,
            7,
            false,
            |file| ready.get(file.path())?.lock().ok()?.take(),
            |read| read.expect("read").title,
            |results| {
                seen.extend(results);
                true
            },
        );
        let expected: Vec<String> = (0..40)
            .map(|i| {
                if i % 3 == 0 {
                    "ready".to_owned()
                } else {
                    format!("خبر {i}")
                }
            })
            .collect();
        assert_eq!(seen, expected);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A file gone since the listing comes out as its problem, in its place; reading stops
    /// when `done` says so.
    #[test]
    fn problems_keep_their_place_and_done_can_stop() {
        let (dir, files) = corpus("stop", 10);
        std::fs::remove_file(files[4].path()).expect("removed");
        let mut seen = Vec::new();
        read_in_batches(
            &files,
            3,
            false,
            |read| read.map(|article| article.title),
            |results| {
                seen.extend(results);
                seen.len() < 6
            },
        );
        assert_eq!(seen.len(), 6, "two batches, then stopped");
        assert_eq!(seen[3].as_deref().ok(), Some("خبر 3"));
        let problem = seen[4].as_ref().expect_err("the removed file");
        assert_eq!(problem.path, files[4].path());
        assert_eq!(seen[5].as_deref().ok(), Some("خبر 5"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
