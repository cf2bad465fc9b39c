//! Opening articles: the built-in sample set, or files and folders named by the user.
//!
//! Bad input never stops the rest: a missing path, an unreadable, binary or empty file each
//! becomes a [`LoadProblem`] naming the file and the reason, and every other article opens.

use std::path::{Path, PathBuf};

use super::article::Article;
use super::batches::read_in_batches;
use super::decode::{self, DecodeError};
use super::read::{ArticleFile, Folder, with_file_bytes, with_file_bytes_in_memory};

/// A file that could not be opened, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    /// The path as given or found.
    pub path: PathBuf,
    /// What went wrong, in words for the reader.
    pub reason: String,
}

impl std::fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// The five sample articles, built into the binary.
const SAMPLES: [(&str, &str); 5] = [
    (
        "000_5a283be545e3b436.txt",
        include_str!("../../assets/articles/000_5a283be545e3b436.txt"),
    ),
    (
        "001_ee866bc3eb3562dc.txt",
        include_str!("../../assets/articles/001_ee866bc3eb3562dc.txt"),
    ),
    (
        "002_9dea5bcf8ffcc030.txt",
        include_str!("../../assets/articles/002_9dea5bcf8ffcc030.txt"),
    ),
    (
        "003_8841564961a5f7a7.txt",
        include_str!("../../assets/articles/003_8841564961a5f7a7.txt"),
    ),
    (
        "004_580e16bbe7aa741c.txt",
        include_str!("../../assets/articles/004_580e16bbe7aa741c.txt"),
    ),
];

/// Whether `name` is the name of an article of the built-in sample set (without building it).
pub fn is_sample(name: &str) -> bool {
    SAMPLES.iter().any(|(sample, _)| *sample == name)
}

/// The built-in sample set: five Arabic articles on the 2021 US–Iraq strategic dialogue.
pub fn sample_set() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|(name, text)| {
            Article::new(
                (*name).to_owned(),
                None,
                (*text).to_owned(),
                "UTF-8",
                text.len(),
            )
            .with_digest_of(text.as_bytes())
        })
        .collect()
}

/// Whether a file inside a folder is taken as an article.
fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

/// Expands `paths` into article files: files as given, folders searched recursively for `.txt`
/// and `.md` files in natural order (`2.txt` before `10.txt`).
pub fn article_files(paths: &[PathBuf]) -> (Vec<ArticleFile>, Vec<LoadProblem>) {
    article_files_as_listed(paths, &mut |_, _| {})
}

/// [`article_files`], with each article file a folder lists handed to `listed` (its folder
/// and name) as the system lists it, before the folder is sorted: work can start on them
/// while the rest of the folder is listed.
pub fn article_files_as_listed(
    paths: &[PathBuf],
    listed: &mut dyn FnMut(&Path, &std::ffi::OsStr),
) -> (Vec<ArticleFile>, Vec<LoadProblem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut files, &mut problems, listed),
            Ok(meta) => files.push(ArticleFile::new(path.clone(), meta.is_file())),
            Err(err) => problems.push(LoadProblem {
                path: path.clone(),
                reason: describe_io(&err),
            }),
        }
    }
    (files, problems)
}

fn walk(
    dir: &Path,
    files: &mut Vec<ArticleFile>,
    problems: &mut Vec<LoadProblem>,
    listed: &mut dyn FnMut(&Path, &std::ffi::OsStr),
) {
    // A key's first 16 bytes as one number, padded with zeros (which keeps the keys' order):
    // it decides nearly every comparison of a sort without comparing bytes in memory.
    let head = |key: &[u8]| {
        let mut first = [0u8; 16];
        let n = key.len().min(16);
        first[..n].copy_from_slice(&key[..n]);
        u128::from_be_bytes(first)
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(LoadProblem {
                path: dir.to_owned(),
                reason: describe_io(&err),
            });
            return;
        }
    };
    // (sort key's first bytes, sort key, name, kind): the kind comes with the folder listing
    // on most file systems, so a folder of 30,000 articles is walked without asking for each
    // file's metadata, and files that are no articles are left out by their names before
    // anything else is made for them.
    let mut found: Vec<(u128, Vec<u8>, std::ffi::OsString, Kind)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name();
            let kind = match entry.file_type() {
                Ok(kind) if kind.is_dir() => Kind::Folder,
                Ok(kind) if kind.is_file() => Kind::Regular,
                // A link, or a kind the listing does not give: asked by following the path.
                _ if entry.path().is_dir() => Kind::Folder,
                _ => Kind::Other,
            };
            let article = kind != Kind::Folder && is_article_file(Path::new(&name));
            if article && kind == Kind::Regular {
                listed(dir, &name);
            }
            let key = natural_key(name.as_encoded_bytes());
            (kind == Kind::Folder || article).then(|| (head(&key), key, name, kind))
        })
        .collect();
    // Names are unique in a folder, so an unstable sort gives the one order.
    found.sort_unstable_by(|a, b| {
        (a.0, &a.1, a.2.as_encoded_bytes()).cmp(&(b.0, &b.1, b.2.as_encoded_bytes()))
    });
    files.reserve(found.len());
    // Held open for the files listed in it (see `ArticleFile`).
    let folder = Folder::open(dir);
    for (_, _, name, kind) in found {
        // Built at its length at once: `join` copies the folder and then grows the copy for
        // the name, two allocations a file of a folder of tens of thousands.
        let mut path = PathBuf::with_capacity(dir.as_os_str().len() + 1 + name.len());
        path.push(dir);
        path.push(name);
        if kind == Kind::Folder {
            walk(&path, files, problems, listed);
        } else {
            let regular = kind == Kind::Regular;
            files.push(ArticleFile::in_folder(path, regular, folder.clone()));
        }
    }
}

/// What a folder's listing says an entry is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Folder,
    Regular,
    /// A link to a file, or anything else taken as a file.
    Other,
}

/// Reads one article file.
pub fn read_article(path: &Path) -> Result<Article, LoadProblem> {
    read(&ArticleFile::new(path.to_owned(), false), true)
}

/// Reads one article file that [`article_files`] found, with its SHA-256 when `digest` is set
/// (work that never anchors a project to the file, such as `tahqiq extract`, goes without).
pub(super) fn read(file: &ArticleFile, digest: bool) -> Result<Article, LoadProblem> {
    let path = file.path();
    with_file_bytes(file, |bytes| article_from(path, bytes, digest))
        .map_err(|err| problem_reading(path, &err))?
}

/// As [`read`], but `None` when the system holds none of the file in memory, having been
/// asked to fetch it meanwhile (see `read::with_file_bytes_in_memory`).
pub(super) fn read_in_memory(
    file: &ArticleFile,
    digest: bool,
) -> Option<Result<Article, LoadProblem>> {
    let path = file.path();
    match with_file_bytes_in_memory(file, |bytes| article_from(path, bytes, digest)) {
        Ok(read) => read,
        Err(err) => Some(Err(problem_reading(path, &err))),
    }
}

/// A file at `path` that could not be read for `err`.
fn problem_reading(path: &Path, err: &std::io::Error) -> LoadProblem {
    LoadProblem {
        path: path.to_owned(),
        reason: describe_io(err),
    }
}

/// The article read from `bytes`, the contents of the file at `path`.
fn article_from(path: &Path, bytes: &[u8], digest: bool) -> Result<Article, LoadProblem> {
    let problem = |reason: String| LoadProblem {
        path: path.to_owned(),
        reason,
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(problem("empty file".to_owned()));
    }
    let decoded = decode::decode(bytes).map_err(|err| match err {
        DecodeError::Io(err) => problem(describe_io(&err)),
        other => problem(other.to_string()),
    })?;
    // As `display` writes it (invalid bytes replaced alike), without the formatting machinery,
    // which cost as much as a tenth of decoding an article.
    let name = path.to_string_lossy().into_owned();
    let article = Article::new(
        name,
        Some(path.to_owned()),
        decoded.text,
        decoded.encoding,
        bytes.len(),
    );
    Ok(if digest {
        article.with_digest_of(bytes)
    } else {
        article
    })
}

/// What loading reports, in order: how many files there are, then each article or problem,
/// then that it is done.
#[derive(Debug)]
pub enum LoadEvent {
    /// The number of article files found.
    Total(usize),
    /// An article, read.
    Article(Box<Article>),
    /// A file or path that could not be opened.
    Problem(LoadProblem),
    /// Every file has been tried.
    Done,
}

/// Opens every article under `paths`, reporting each as it is read to `send`, in file order,
/// which returns `false` to stop early (the reader went away). Files are read on every core,
/// as the workbench and `tahqiq extract` read them ([`read_in_batches`]).
pub fn load_each(paths: &[PathBuf], mut send: impl FnMut(LoadEvent) -> bool + Send) {
    let (files, problems) = article_files(paths);
    if !send(LoadEvent::Total(files.len())) {
        return;
    }
    for problem in problems {
        if !send(LoadEvent::Problem(problem)) {
            return;
        }
    }
    let mut going = true;
    read_in_batches(
        &files,
        LOAD_BATCH,
        true,
        |read| match read {
            Ok(article) => LoadEvent::Article(Box::new(article)),
            Err(problem) => LoadEvent::Problem(problem),
        },
        |events| {
            going = events.into_iter().all(&mut send);
            going
        },
    );
    if going {
        send(LoadEvent::Done);
    }
}

/// Files read at once on every core when articles are opened to be shown ([`load_each`], the
/// workbench's background loader): small, so that the first ones show at once.
pub(crate) const LOAD_BATCH: usize = 64;

/// Opens every article under `paths`; what cannot be opened is listed, never fatal.
pub fn load(paths: &[PathBuf]) -> (Vec<Article>, Vec<LoadProblem>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    load_each(paths, |event| {
        match event {
            LoadEvent::Article(article) => articles.push(*article),
            LoadEvent::Problem(problem) => problems.push(problem),
            LoadEvent::Total(_) | LoadEvent::Done => {}
        }
        true
    });
    (articles, problems)
}

fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot read: {err}"),
    }
}

/// The digits of `s` from `from` without their leading zeros, and where the run ends.
fn digit_run(s: &[u8], from: usize) -> (&[u8], usize) {
    let end = from + s[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let zeros = s[from..end].iter().take_while(|&&c| c == b'0').count();
    (&s[from + zeros..end], end)
}

/// The key that sorts names so that runs of digits compare by value (`a2` < `a10`, `a007` <
/// `a8`), with ties between names equal by value (`a2`, `a02`) broken by the names themselves.
/// Each digit run becomes `0`, its length without leading zeros and those digits, so that keys
/// compare byte by byte: against another run, by length and then digits; against any other
/// byte, as any digit would. Bytes of UTF-8 compare in the order of their code points. Made
/// once a name, where comparing names directly redid the digit runs at every comparison and
/// was half of listing a folder of 30,000 articles.
fn natural_key(bytes: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(bytes.len() + 8);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let (digits, end) = digit_run(bytes, i);
            key.push(b'0');
            // A name is far shorter than four billion bytes.
            key.extend_from_slice(
                &u32::try_from(digits.len())
                    .unwrap_or(u32::MAX)
                    .to_be_bytes(),
            );
            key.extend_from_slice(digits);
            i = end;
        } else {
            key.push(bytes[i]);
            i += 1;
        }
    }
    key
}

#[cfg(test)]
mod tests;
