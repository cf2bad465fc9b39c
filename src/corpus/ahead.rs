//! Working on a folder's files while it is still being listed. A folder must be listed whole
//! and sorted before its first batch is read in order, and on two cores that kept one idle
//! (about 20 ms for 31,030 files); the files the system lists first are worked on meanwhile,
//! a bounded number, and their results are taken in their places later
//! ([`super::batches::read_in_batches_with`]).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::Article;
use super::load::{LoadProblem, article_files_as_listed, read};
use super::read::ArticleFile;

/// How many files at most are worked on while the folders are still being listed: the
/// results wait in memory for their turn in the sorted order.
const AHEAD: usize = 4096;

/// Results worked out while the folders were listed, by path, each taken once.
pub struct WorkedAhead<T>(rustc_hash::FxHashMap<PathBuf, Mutex<Option<T>>>);

impl<T> WorkedAhead<T> {
    /// The result worked out for `file`, taken: `None` when there was none, or it was taken.
    pub fn take(&self, file: &ArticleFile) -> Option<T> {
        self.0.get(file.path())?.lock().ok()?.take()
    }
}

/// The article files of `paths` and the problems finding them, as `load::article_files` gives
/// them, with the results of `work` for the first files listed (at most 4,096): while one
/// core lists a folder, and then sorts it, another works on what has been listed.
pub fn list_working_ahead<T: Send>(
    paths: &[PathBuf],
    work: &(impl Fn(Result<Article, LoadProblem>) -> T + Sync),
) -> (Vec<ArticleFile>, Vec<LoadProblem>, WorkedAhead<T>) {
    working_ahead(work, |listed| article_files_as_listed(paths, listed))
}

/// [`list_working_ahead`] with the listing `list` makes, which hands each file to the
/// function it is given as it lists it.
fn working_ahead<T: Send>(
    work: &(impl Fn(Result<Article, LoadProblem>) -> T + Sync),
    list: impl FnOnce(&mut dyn FnMut(&Path, &OsStr)) -> (Vec<ArticleFile>, Vec<LoadProblem>),
) -> (Vec<ArticleFile>, Vec<LoadProblem>, WorkedAhead<T>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    let listing = AtomicBool::new(true);
    std::thread::scope(|scope| {
        let (listed, to_work) = std::sync::mpsc::channel::<PathBuf>();
        let worker = scope.spawn(|| {
            let mut ahead = rustc_hash::FxHashMap::default();
            for path in to_work {
                if !listing.load(Ordering::Relaxed) {
                    break;
                }
                let result = work(read(&ArticleFile::new(path.clone(), true), false));
                ahead.insert(path, Mutex::new(Some(result)));
            }
            ahead
        });
        let mut sent = 0;
        let (files, problems) = list(&mut |dir, name| {
            if sent < AHEAD && listed.send(dir.join(name)).is_ok() {
                sent += 1;
            }
        });
        listing.store(false, Ordering::Relaxed);
        drop(listed);
        let ahead = worker.join().unwrap_or_default();
        (files, problems, WorkedAhead(ahead))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is worked out while the folder is listed is what working on the file later gives,
    /// for files of the listing only, and the listing is the one `article_files` gives.
    #[test]
    fn files_worked_on_while_listing_are_worked_as_later() {
        use std::io::Write;
        let dir = std::env::temp_dir().join(format!("tahqiq-ahead-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).expect("a temporary folder");
        for i in 0..300 {
            let folder = if i % 10 == 0 {
                dir.join("sub")
            } else {
                dir.clone()
            };
            let mut file = std::fs::File::create(folder.join(format!("{i}.txt"))).expect("made");
            write!(file, "خبر {i}\n\nقال الوزير إن العدد {i} ارتفع.").expect("written");
        }
        std::fs::write(dir.join("empty.txt"), "").expect("written");
        let work = |read: Result<Article, LoadProblem>| {
            read.map(|article| (article.name, article.title, article.text))
                .map_err(|problem| problem.to_string())
        };
        let paths = [dir.clone()];
        // Listed slowly at first, so that the files listed first are worked on meanwhile.
        let (files, problems, ahead) = working_ahead(&work, |listed| {
            let mut count = 0;
            article_files_as_listed(&paths, &mut |dir, name| {
                count += 1;
                if count <= 20 {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                listed(dir, name);
            })
        });
        assert!(!ahead.0.is_empty());
        let (expected_files, _) = super::super::load::article_files(&paths);
        assert!(problems.is_empty(), "{problems:?}");
        let listed: Vec<&Path> = files.iter().map(ArticleFile::path).collect();
        let expected: Vec<&Path> = expected_files.iter().map(ArticleFile::path).collect();
        assert_eq!(listed, expected);
        for (path, result) in ahead.0 {
            assert!(listed.contains(&path.as_path()), "{path:?}");
            let result = result
                .into_inner()
                .expect("not poisoned")
                .expect("worked once");
            assert_eq!(result, work(read(&ArticleFile::new(path, true), false)));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
