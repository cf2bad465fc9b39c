//! A project opened over a set of articles: which file it lives in, whether this process may
//! write it, undo and redo, autosave, and keeping claims on their text when articles change.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::anchor::{self, Found};
use super::model::{Anchoring, ArticleRecord, Claim, ClaimKind, Project, timestamp};
use super::store::{self, Holder, LoadError, Lock};
use crate::corpus::Article;
use crate::extract::{Item, Kind};

/// How long after the last change the project is saved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);

/// Changes remembered for undo.
const UNDO_DEPTH: usize = 200;

/// Why a session may not write its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another tahqiq has the project open.
    Locked(Holder),
    /// The file could not be read; it is left as it is.
    Broken(String),
    /// The user asked for it.
    Asked,
}

impl std::fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadOnly::Locked(holder) => write!(f, "read-only: open in {holder}"),
            ReadOnly::Broken(problem) => write!(f, "read-only: the file is broken ({problem})"),
            ReadOnly::Asked => write!(f, "read-only"),
        }
    }
}

/// A project in use.
#[derive(Debug)]
pub struct Session {
    /// The project as it is now.
    pub project: Project,
    /// The file it is kept in; `None` keeps it in memory only.
    pub path: Option<PathBuf>,
    /// Set when this session must not write the file.
    pub read_only: Option<ReadOnly>,
    /// Whether there are changes not saved yet.
    pub dirty: bool,
    changed_at: Option<Instant>,
    undo: Vec<Project>,
    redo: Vec<Project>,
    _lock: Option<Lock>,
}

/// What opening a project file found.
#[derive(Debug)]
pub enum Opened {
    /// Ready to use (read-only if another tahqiq holds it).
    Ready(Box<Session>),
    /// The file is broken: nothing was changed; the caller asks whether to open read-only.
    Broken(LoadError),
}

impl Session {
    /// A project kept in memory only (for `render` and tests).
    pub fn in_memory() -> Self {
        Self::with(Project::default(), None, None, None)
    }

    fn with(
        mut project: Project,
        path: Option<PathBuf>,
        read_only: Option<ReadOnly>,
        lock: Option<Lock>,
    ) -> Self {
        project.normalise();
        Self {
            project,
            path,
            read_only,
            dirty: false,
            changed_at: None,
            undo: Vec::new(),
            redo: Vec::new(),
            _lock: lock,
        }
    }

    /// Opens (or starts) the project at `path`, taking its lock.
    pub fn open(path: &Path) -> std::io::Result<Opened> {
        let project = match store::load(path) {
            Ok(project) => project.unwrap_or_default(),
            Err(LoadError::Io { error, .. }) => return Err(error),
            Err(broken) => return Ok(Opened::Broken(broken)),
        };
        let (lock, read_only) = match store::lock(path)? {
            Ok(lock) => (Some(lock), None),
            Err(holder) => (None, Some(ReadOnly::Locked(holder))),
        };
        Ok(Opened::Ready(Box::new(Self::with(
            project,
            Some(path.to_owned()),
            read_only,
            lock,
        ))))
    }

    /// A broken project opened read-only: an empty project shown, the file never written.
    pub fn broken(path: &Path, problem: &LoadError) -> Self {
        Self::viewer(
            path,
            Project::default(),
            ReadOnly::Broken(problem.to_string()),
        )
    }

    /// `project`, from `path`, shown without ever writing the file (no lock is taken).
    pub fn viewer(path: &Path, project: Project, why: ReadOnly) -> Self {
        Self::with(project, Some(path.to_owned()), Some(why), None)
    }

    /// How the project names `article`: its path relative to the project file (`/`
    /// separated), or its name for the built-in sample set.
    pub fn key_of(&self, article: &Article) -> String {
        match &article.path {
            None => article.name.clone(),
            Some(path) => key_for(self.path.as_deref(), path),
        }
    }

    /// Makes a change, remembering the project before it for undo. Refused (`false`) when the
    /// session is read-only.
    pub fn edit(&mut self, change: impl FnOnce(&mut Project)) -> bool {
        if self.read_only.is_some() {
            return false;
        }
        let before = self.project.clone();
        change(&mut self.project);
        self.project.normalise();
        if self.project == before {
            return true;
        }
        self.undo.push(before);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.touch();
        true
    }

    fn touch(&mut self) {
        self.dirty = true;
        self.changed_at = Some(Instant::now());
    }

    /// Takes back the last change; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(before) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.project, before));
        self.touch();
        true
    }

    /// Makes again the last change undone; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(after) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.project, after));
        self.touch();
        true
    }

    /// Whether unsaved changes are old enough to be saved now.
    pub fn autosave_due(&self, now: Instant) -> bool {
        self.dirty && self.changed_at.is_some_and(|t| now >= t + AUTOSAVE_AFTER)
    }

    /// Writes the project if it has unsaved changes and may be written.
    pub fn save(&mut self) -> std::io::Result<()> {
        if !self.dirty || self.read_only.is_some() {
            return Ok(());
        }
        if let Some(path) = &self.path {
            store::save(path, &self.project)?;
        }
        self.dirty = false;
        Ok(())
    }

    /// Brings the project up to date with `article` as it was just read: records it, and if
    /// its bytes changed since its claims were made, finds each claim again. Returns a message
    /// for the reader when claims moved or were lost.
    pub fn reconcile(&mut self, article: &Article) -> Option<String> {
        let key = self.key_of(article);
        let record = ArticleRecord {
            path: key.clone(),
            sha256: article.sha256.clone(),
            encoding: article.encoding.to_owned(),
            title: article.title.clone(),
        };
        let found = self.project.article_index(&key);
        let changed = found.is_ok_and(|i| {
            let known = &self.project.articles[i].sha256;
            !known.is_empty() && *known != record.sha256
        });
        // Recording an article is not a change of the reader's: it is saved with the next one.
        match found {
            Ok(i) if !changed => self.project.articles[i] = record.clone(),
            Ok(_) => {}
            Err(i) => self.project.articles.insert(i, record.clone()),
        }
        if !changed {
            return None;
        }
        let chars: Vec<char> = article.text.chars().collect();
        let (mut moved, mut orphaned) = (0, 0);
        let mut project = self.project.clone();
        for claim in project.claims.iter_mut().filter(|c| c.article == key) {
            match anchor::reanchor(&chars, claim.start, claim.end, &claim.quote) {
                Found::Unchanged => {}
                Found::Moved { start, end, .. } => {
                    claim.start = start;
                    claim.end = end;
                    claim.quote = anchor::selector(&chars, start, end);
                    claim.anchoring = Anchoring::Moved;
                    moved += 1;
                }
                Found::Orphaned => {
                    claim.anchoring = Anchoring::Orphaned;
                    orphaned += 1;
                }
            }
        }
        if let Some(existing) = project.articles.iter_mut().find(|a| a.path == key) {
            *existing = record;
        }
        if self.read_only.is_some() {
            self.project = project;
        } else {
            self.edit(|p| *p = project);
        }
        Some(format!(
            "{key} changed on disk: {moved} claim(s) moved, {orphaned} orphaned — C lists them"
        ))
    }

    /// The project's articles that `is_open` says are not open (asked by key).
    pub fn missing<'a>(
        &'a self,
        is_open: impl Fn(&str) -> bool + 'a,
    ) -> impl Iterator<Item = &'a ArticleRecord> {
        self.project
            .articles
            .iter()
            .filter(move |a| !is_open(&a.path))
    }
}

/// The folder a project file's article paths are relative to, resolved.
pub fn root_of(project: &Path) -> Option<PathBuf> {
    let parent = project.parent()?;
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    parent.canonicalize().ok()
}

/// How the project file `project` names the article file `path`: relative to the project's
/// folder when inside it, else absolute; `/` separated on every platform.
pub fn key_for(project: Option<&Path>, path: &Path) -> String {
    let absolute = path.canonicalize().unwrap_or_else(|_| path.to_owned());
    let relative = project
        .and_then(root_of)
        .and_then(|root| absolute.strip_prefix(&root).ok().map(Path::to_owned))
        .unwrap_or(absolute);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// A new claim on `chars[start..end]` of the article named `article`.
pub fn new_claim(
    id: u32,
    article: &str,
    chars: &[char],
    start: usize,
    end: usize,
    kind: ClaimKind,
) -> Claim {
    let now = timestamp();
    Claim {
        id,
        article: article.to_owned(),
        kind,
        start,
        end,
        quote: anchor::selector(chars, start, end),
        speaker: None,
        cue: None,
        value: None,
        unit: None,
        tags: Vec::new(),
        status: Default::default(),
        note: String::new(),
        anchoring: Anchoring::Exact,
        created: now.clone(),
        modified: now,
    }
}

/// A new claim made from an extracted statement or figure.
pub fn claim_from_item(id: u32, article: &str, chars: &[char], item: &Item) -> Claim {
    let kind = match item.kind {
        Kind::Quote => ClaimKind::Quote,
        Kind::Reported => ClaimKind::Reported,
        Kind::Number => ClaimKind::Number,
    };
    Claim {
        speaker: item.speaker.as_deref().map(str::to_owned),
        cue: item.cue.as_deref().map(str::to_owned),
        value: item.value,
        unit: item.unit.as_deref().map(str::to_owned),
        ..new_claim(id, article, chars, item.start, item.end, kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article::new("a.txt".into(), None, text.into(), "UTF-8", text.len())
            .with_digest_of(text.as_bytes())
    }

    #[test]
    fn undo_and_redo_walk_the_history() {
        let mut session = Session::in_memory();
        let chars: Vec<char> = "نص قصير جدا".chars().collect();
        session.edit(|p| {
            let id = p.next_claim_id();
            p.add_claim(new_claim(id, "a.txt", &chars, 0, 2, ClaimKind::Span));
        });
        session.edit(|p| p.claims[0].note = "ملاحظة".into());
        assert!(session.undo());
        assert_eq!(session.project.claims[0].note, "");
        assert!(session.undo());
        assert!(session.project.claims.is_empty());
        assert!(!session.undo());
        assert!(session.redo());
        assert!(session.redo());
        assert_eq!(session.project.claims[0].note, "ملاحظة");
        assert!(!session.redo());
    }

    #[test]
    fn read_only_sessions_refuse_edits() {
        let mut session = Session::in_memory();
        session.read_only = Some(ReadOnly::Asked);
        assert!(!session.edit(|p| p.codebook.clear()));
        assert!(!session.project.codebook.is_empty());
    }

    #[test]
    fn a_changed_article_moves_its_claims_and_says_so() {
        let before = article("قال الوزير إن 2500 جندي سيبقون في العراق.");
        let mut session = Session::in_memory();
        assert_eq!(session.reconcile(&before), None);
        let chars: Vec<char> = before.text.chars().collect();
        session.edit(|p| {
            p.add_claim(new_claim(1, "a.txt", &chars, 14, 23, ClaimKind::Number));
        });
        let after = article("عاجل: قال الوزير إن 2500 جندي سيبقون في العراق.");
        let message = session.reconcile(&after).expect("a message");
        assert!(
            message.contains("1 claim(s) moved, 0 orphaned"),
            "{message}"
        );
        let claim = &session.project.claims[0];
        assert_eq!((claim.start, claim.end), (20, 29));
        assert_eq!(claim.anchoring, Anchoring::Moved);
        assert_eq!(session.project.articles[0].sha256, after.sha256);
        // Seen again unchanged: nothing more to say.
        assert_eq!(session.reconcile(&after), None);
    }
}
