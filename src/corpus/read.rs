//! Reading the bytes of article files with as little asked of the system as a file can take:
//! a corpus is tens of thousands of small files, and opening and reading them is a fifth of
//! what `tahqiq extract` spends. A file can also be read only if the system holds it in
//! memory, so that a core need not wait for the disk while other files are there to read
//! (`batches`).

use std::io::Read;
use std::path::{Path, PathBuf};

/// A file found by listing paths (`load::article_files`): its path, whether the listing
/// showed it to be a regular file rather than a link, a pipe or a device, and (on Unix) the
/// folder it was listed in, held open. A regular file is read to its end by one read that
/// stops short of the buffer; anything else is read until the system says there is no more,
/// which takes one call more a file. A file is opened by its name in the folder held open, so
/// the system looks up one name rather than every folder of the path again, a file of a
/// corpus after another (about a tenth of the system's work opening them); it is the folder
/// that was listed, even if another has taken its path since.
#[derive(Clone, Debug)]
pub struct ArticleFile {
    path: PathBuf,
    regular: bool,
    folder: Option<Folder>,
}

/// A folder held open for opening the files listed in it.
#[cfg(unix)]
#[derive(Clone, Debug)]
pub(super) struct Folder(std::sync::Arc<std::os::fd::OwnedFd>);

/// A folder: on other systems than Unix, files are opened by their paths.
#[cfg(not(unix))]
#[derive(Clone, Debug)]
pub(super) struct Folder;

impl Folder {
    /// The folder at `path` held open, if it can be opened.
    #[cfg(unix)]
    pub(super) fn open(path: &Path) -> Option<Self> {
        use rustix::fs::{Mode, OFlags, openat};
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
        openat(rustix::fs::CWD, path, flags, Mode::empty())
            .ok()
            .map(|fd| Self(std::sync::Arc::new(fd)))
    }

    /// Nothing is held open on other systems.
    #[cfg(not(unix))]
    pub(super) fn open(_path: &Path) -> Option<Self> {
        None
    }
}

impl ArticleFile {
    /// A file at `path`, `regular` when the listing showed a regular file.
    pub fn new(path: PathBuf, regular: bool) -> Self {
        Self {
            path,
            regular,
            folder: None,
        }
    }

    /// A file listed in `folder` (held open), at `path`.
    pub(super) fn in_folder(path: PathBuf, regular: bool, folder: Option<Folder>) -> Self {
        Self {
            path,
            regular,
            folder,
        }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the listing showed a regular file.
    pub fn regular(&self) -> bool {
        self.regular
    }

    /// Opens the file for reading: by its name in the folder it was listed in where that is
    /// held open, else by its path.
    #[cfg(unix)]
    fn open(&self) -> std::io::Result<std::fs::File> {
        use rustix::fs::{Mode, OFlags, openat};
        match (&self.folder, self.path.file_name()) {
            (Some(Folder(fd)), Some(name)) => {
                let file = openat(&**fd, name, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty())?;
                Ok(std::fs::File::from(file))
            }
            _ => std::fs::File::open(&self.path),
        }
    }

    /// Opens the file for reading, by its path.
    #[cfg(not(unix))]
    fn open(&self) -> std::io::Result<std::fs::File> {
        std::fs::File::open(&self.path)
    }
}

/// Calls `work` with the bytes of `file`, read into a buffer each thread keeps for the next
/// file: reading a corpus then allocates nothing a file, and asks the system only to open,
/// read and close it (`std::fs::read` also asks for the file's size, which a buffer that fits
/// nearly every article does not need). For a regular file, a read that leaves the buffer
/// unfilled has reached the end, and the read that would find nothing more is not made.
pub(super) fn with_file_bytes<R>(
    file: &ArticleFile,
    work: impl FnOnce(&[u8]) -> R,
) -> std::io::Result<R> {
    with_bytes(file, true, work)
}

/// As [`with_file_bytes`], but without waiting for the disk: `None` when the system holds
/// none of a regular file's bytes in memory, having been asked to fetch them meanwhile, so
/// that a later [`with_file_bytes`] finds them there. Where the system cannot say (other
/// systems than Linux, other kinds of file), the file is read as by [`with_file_bytes`].
pub(super) fn with_file_bytes_in_memory<R>(
    file: &ArticleFile,
    work: impl FnOnce(&[u8]) -> R,
) -> std::io::Result<Option<R>> {
    match with_bytes(file, false, work) {
        Ok(done) => Ok(Some(done)),
        Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
        Err(err) => Err(err),
    }
}

/// Reads `file` whole into this thread's buffer and calls `work` with its bytes; fails as a
/// read that would block (`WouldBlock`) when `wait` is false and the system has none of them
/// in memory.
fn with_bytes<R>(
    file: &ArticleFile,
    wait: bool,
    work: impl FnOnce(&[u8]) -> R,
) -> std::io::Result<R> {
    /// What each thread's buffer holds; it grows for a larger file, for that file only.
    const START: usize = 64 * 1024;
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let regular = file.regular;
    let mut file = file.open()?;
    BUFFER.with_borrow_mut(|buffer| {
        if buffer.is_empty() {
            buffer.resize(START, 0);
        }
        let len = read_whole(&mut file, regular, wait, buffer)?;
        let result = work(&buffer[..len]);
        // A buffer grown for an unusually large file is not kept for the next one.
        if buffer.len() > START {
            buffer.truncate(START);
            buffer.shrink_to_fit();
        }
        Ok(result)
    })
}

/// Reads `file` from its start into `buffer`, which grows as needed; how many bytes it has.
/// Fails with `WouldBlock` when `wait` is false and the system has none of them in memory.
fn read_whole(
    file: &mut std::fs::File,
    regular: bool,
    wait: bool,
    buffer: &mut Vec<u8>,
) -> std::io::Result<usize> {
    let mut len = 0;
    if regular && !wait {
        match read_in_memory(file, buffer) {
            InMemory::Whole(n) => return Ok(n),
            InMemory::Start(n) => len = n,
            InMemory::Nothing => return Err(std::io::ErrorKind::WouldBlock.into()),
        }
    }
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
    Ok(len)
}

/// What a read that may not wait for the disk found of a regular file.
enum InMemory {
    /// The whole file, this many bytes.
    Whole(usize),
    /// Its first bytes, perhaps all of them; the rest, if any, is read waiting.
    Start(usize),
    /// Nothing: the system has been asked to fetch the file.
    Nothing,
}

/// Reads the start of `file` into `buffer` as far as the system holds it in memory
/// (`preadv2` with `RWF_NOWAIT`), and asks the system to fetch the file when it holds none of
/// it (`posix_fadvise` with `WILLNEED`), so that the disk works while the cores go on with
/// other files. The system stops such a read short only at the end of the file or at a page
/// not in memory, and pages start at multiples of 4,096 bytes, so a read that stops short
/// anywhere else has the whole file.
#[cfg(target_os = "linux")]
fn read_in_memory(file: &std::fs::File, buffer: &mut [u8]) -> InMemory {
    use rustix::io::{Errno, ReadWriteFlags, preadv2};
    use std::sync::atomic::{AtomicBool, Ordering};
    /// Set when the system or the file system cannot read without waiting, so that the files
    /// after are not asked again.
    static UNABLE: AtomicBool = AtomicBool::new(false);
    if UNABLE.load(Ordering::Relaxed) {
        return InMemory::Start(0);
    }
    let size = buffer.len();
    // `u64::MAX`: from the file's position, which then moves past what was read.
    match preadv2(
        file,
        &mut [std::io::IoSliceMut::new(buffer)],
        u64::MAX,
        ReadWriteFlags::NOWAIT,
    ) {
        Ok(n) if n < size && n % 4096 != 0 => InMemory::Whole(n),
        Ok(n) => InMemory::Start(n),
        Err(Errno::AGAIN) => {
            // Only advice: if it is not taken, the later read waits as it would have.
            let _ = rustix::fs::fadvise(file, 0, None, rustix::fs::Advice::WillNeed);
            InMemory::Nothing
        }
        Err(Errno::OPNOTSUPP | Errno::INVAL | Errno::NOSYS) => {
            UNABLE.store(true, Ordering::Relaxed);
            InMemory::Start(0)
        }
        // Any other failure is met again, and reported, by the read that waits.
        Err(_) => InMemory::Start(0),
    }
}

/// Other systems cannot say what they hold in memory: the file is read waiting.
#[cfg(not(target_os = "linux"))]
fn read_in_memory(_file: &std::fs::File, _buffer: &mut [u8]) -> InMemory {
    InMemory::Start(0)
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
                for folder in [None, Folder::open(&dir)] {
                    let file = ArticleFile::in_folder(path.clone(), regular, folder);
                    let read = with_file_bytes(&file, <[u8]>::to_vec).expect("read");
                    assert_eq!(read, bytes, "{len} bytes, regular: {regular}");
                }
            }
        }
        let missing = ArticleFile::in_folder(dir.join("missing.txt"), true, Folder::open(&dir));
        let missing = with_file_bytes(&missing, |_| ());
        assert_eq!(
            missing.map_err(|e| e.kind()),
            Err(std::io::ErrorKind::NotFound)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Read without waiting, a file comes out whole or is put off, however much of it the
    /// system holds in memory (all, none, its first page, all but its first page, all but its
    /// second); once put off, a waiting read has it whole.
    #[test]
    fn files_read_without_waiting_come_out_whole_or_not_at_all() {
        let dir = folder("in-memory");
        let mut put_off = 0;
        let page = 4096;
        for len in [
            0,
            1,
            4095,
            4096,
            4097,
            3 * 4096,
            3 * 4096 + 1,
            64 * 1024,
            200_000,
        ] {
            let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let path = dir.join(format!("{len}.txt"));
            let mut written = std::fs::File::create(&path).expect("created");
            std::io::Write::write_all(&mut written, &bytes).expect("written");
            written.sync_all().expect("synced");
            for forget in [
                None,
                Some((0, None)),
                Some((0, Some(page))),
                Some((page, None)),
                Some((page, Some(page))),
            ] {
                #[cfg(target_os = "linux")]
                if let Some((from, length)) = forget {
                    let length = length.and_then(std::num::NonZeroU64::new);
                    let advice = rustix::fs::Advice::DontNeed;
                    let _ = rustix::fs::fadvise(&written, from, length, advice);
                }
                let file = ArticleFile::in_folder(path.clone(), true, Folder::open(&dir));
                let read = with_file_bytes_in_memory(&file, <[u8]>::to_vec).expect("read");
                let read = read.unwrap_or_else(|| {
                    put_off += 1;
                    with_file_bytes(&file, <[u8]>::to_vec).expect("read")
                });
                assert_eq!(read, bytes, "{len} bytes, {forget:?} let go of");
            }
        }
        eprintln!("{put_off} reads put off");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A file is read from the folder it was listed in, held open, even when another folder
    /// has taken that folder's path since.
    #[cfg(unix)]
    #[test]
    fn files_are_read_from_the_folder_listed() {
        let dir = folder("listed");
        let listed = dir.join("a");
        std::fs::create_dir_all(&listed).expect("a folder");
        std::fs::write(listed.join("1.txt"), "قبل").expect("written");
        let file = ArticleFile::in_folder(listed.join("1.txt"), true, Folder::open(&listed));
        std::fs::rename(&listed, dir.join("moved")).expect("moved");
        std::fs::create_dir_all(&listed).expect("a new folder");
        std::fs::write(listed.join("1.txt"), "بعد").expect("written");
        let read = with_file_bytes(&file, <[u8]>::to_vec).expect("read");
        assert_eq!(String::from_utf8_lossy(&read), "قبل");
        let by_path = ArticleFile::new(listed.join("1.txt"), true);
        let read = with_file_bytes(&by_path, <[u8]>::to_vec).expect("read");
        assert_eq!(String::from_utf8_lossy(&read), "بعد");
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
        let file = ArticleFile::in_folder(fifo.clone(), false, Folder::open(&dir));
        let read = with_file_bytes(&file, <[u8]>::to_vec).expect("read");
        writer.join().expect("the writer ends");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(String::from_utf8_lossy(&read), "سلام عليكم");
    }
}
