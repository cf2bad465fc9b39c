//! Reading the bytes of article files with as little asked of the system as a file can take:
//! a corpus is tens of thousands of small files, and opening and reading them is a fifth of
//! what `tahqiq extract` spends.

use std::io::Read;
use std::path::{Path, PathBuf};

/// A file found by listing paths (`load::article_files`): its path, and whether the listing
/// showed it to be a regular file rather than a link, a pipe or a device. A regular file is
/// read to its end by one read that stops short of the buffer; anything else is read until
/// the system says there is no more, which takes one call more a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleFile {
    path: PathBuf,
    regular: bool,
}

impl ArticleFile {
    /// A file at `path`, `regular` when the listing showed a regular file.
    pub fn new(path: PathBuf, regular: bool) -> Self {
        Self { path, regular }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the listing showed a regular file.
    pub fn regular(&self) -> bool {
        self.regular
    }
}

impl std::ops::Deref for ArticleFile {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.path
    }
}

/// Calls `work` with the bytes of the file at `path`, read into a buffer each thread keeps for
/// the next file: reading a corpus then allocates nothing a file, and asks the system only to
/// open, read and close it (`std::fs::read` also asks for the file's size, which a buffer that
/// fits nearly every article does not need). With `regular` (the file is known to be a regular
/// file), a read that leaves the buffer unfilled has reached the end, and the read that would
/// find nothing more is not made.
pub(super) fn with_file_bytes<R>(
    path: &Path,
    regular: bool,
    work: impl FnOnce(&[u8]) -> R,
) -> std::io::Result<R> {
    /// What each thread's buffer holds; it grows for a larger file, for that file only.
    const START: usize = 64 * 1024;
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut file = open(path)?;
    BUFFER.with_borrow_mut(|buffer| {
        if buffer.is_empty() {
            buffer.resize(START, 0);
        }
        let mut len = 0;
        loop {
            if len == buffer.len() {
                buffer.resize(buffer.len() * 2, 0);
            }
            match file.read(&mut buffer[len..]) {
                Ok(0) => break,
                Ok(n) => {
                    len += n;
                    // A regular file gives all it has to a read that asks for more.
                    if regular && len < buffer.len() {
                        break;
                    }
                }
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err),
            }
        }
        let result = work(&buffer[..len]);
        // A buffer grown for an unusually large file is not kept for the next one.
        if buffer.len() > START {
            buffer.truncate(START);
            buffer.shrink_to_fit();
        }
        Ok(result)
    })
}

/// Opens the file at `path` for reading. On Unix a file is opened relative to its folder,
/// which each thread keeps open for the files after it: the system then looks up one name
/// rather than every folder of the path again, a file of a corpus after another (about a
/// tenth of the system's work opening them).
#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    use rustix::fs::{Mode, OFlags, openat};
    use std::os::fd::OwnedFd;
    thread_local! {
        static FOLDER: std::cell::RefCell<Option<(PathBuf, OwnedFd)>> =
            const { std::cell::RefCell::new(None) };
    }
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return std::fs::File::open(path);
    };
    if folder.as_os_str().is_empty() {
        return std::fs::File::open(path);
    }
    FOLDER.with_borrow_mut(|open_folder| {
        if open_folder.as_ref().is_none_or(|(open, _)| open != folder) {
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
            *open_folder = openat(rustix::fs::CWD, folder, flags, Mode::empty())
                .ok()
                .map(|fd| (folder.to_owned(), fd));
        }
        match open_folder {
            Some((_, fd)) => {
                let file = openat(&*fd, name, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty())?;
                Ok(std::fs::File::from(file))
            }
            // A folder that cannot be opened (searchable but not readable) may still give
            // its files by their paths.
            None => std::fs::File::open(path),
        }
    })
}

/// Opens the file at `path` for reading.
#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of its own for a test, emptied first.
    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tahqiq-read-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir
    }

    /// The bytes read, whether the file is taken as regular or not, and whatever its size
    /// against the buffer: empty, smaller, exactly its size, larger (the buffer grows).
    #[test]
    fn files_are_read_whole() {
        let dir = folder("whole");
        for len in [0, 1, 4096, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 200_000] {
            let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let path = dir.join(format!("{len}.txt"));
            std::fs::write(&path, &bytes).expect("written");
            for regular in [true, false] {
                let read = with_file_bytes(&path, regular, <[u8]>::to_vec).expect("read");
                assert_eq!(read, bytes, "{len} bytes, regular: {regular}");
            }
        }
        let missing = with_file_bytes(&dir.join("missing.txt"), true, |_| ());
        assert_eq!(
            missing.map_err(|e| e.kind()),
            Err(std::io::ErrorKind::NotFound)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A pipe gives its bytes in pieces: read as a file of unknown kind, it is read to the
    /// end however its writer splits them.
    #[cfg(unix)]
    #[test]
    fn a_pipe_is_read_to_its_end() {
        let dir = folder("pipe");
        let fifo = dir.join("fifo.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            eprintln!("skipped: mkfifo is not available");
            return;
        }
        let writer = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                use std::io::Write;
                let mut pipe = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&fifo)
                    .expect("the pipe opens");
                for piece in ["سلام ", "عليكم"] {
                    pipe.write_all(piece.as_bytes()).expect("written");
                    pipe.flush().expect("flushed");
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
            })
        };
        let read = with_file_bytes(&fifo, false, <[u8]>::to_vec).expect("read");
        writer.join().expect("the writer ends");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(String::from_utf8_lossy(&read), "سلام عليكم");
    }
}
