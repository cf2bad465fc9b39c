//! Exporting the review from the workbench (`E`: a folder asked for, written in the
//! background with its progress in the status bar) and resolving the conflicts a merge left
//! (`!`: pick one reviewer's value, or keep both notes).

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::export::{self, Bundle, ExportError, Source, Summary};
use crate::project::model::timestamp;
use crate::project::{Field, Status};

use super::state::{App, Mode};
use super::{Key, KeyCode};

/// What the background export reports.
pub enum ExportEvent {
    /// Files written so far, of how many.
    Progress(usize, usize),
    /// Done, or why not.
    Done(Result<Summary, ExportError>),
}

/// An export under way.
pub struct Exporting {
    /// Where it writes.
    pub folder: PathBuf,
    /// Files written, of how many.
    pub progress: (usize, usize),
    events: Receiver<ExportEvent>,
}

/// A folder name for a bundle made today that does not exist yet.
fn default_folder() -> String {
    let day: String = timestamp().chars().take(10).collect();
    let base = format!("tahqiq-export-{day}");
    let mut name = base.clone();
    let mut n = 2;
    while std::path::Path::new(&name).exists() {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

impl App {
    /// `E`: asks where to export.
    pub(super) fn ask_export(&mut self) {
        if self.exporting.is_some() {
            self.status = Some("an export is already under way".to_owned());
            return;
        }
        self.mode = Mode::Export {
            input: default_folder(),
            replace: false,
        };
    }

    /// Keys while the folder is asked for: typing edits it, Enter exports, Esc cancels. A
    /// folder that is not empty needs a second Enter to be replaced.
    pub(super) fn export_key(&mut self, key: Key) {
        let Mode::Export { input, replace } = &mut self.mode else {
            return;
        };
        match key.code {
            KeyCode::Esc => self.mode = Mode::Normal,
            KeyCode::Backspace => {
                input.pop();
                *replace = false;
            }
            KeyCode::Char(c) if !key.ctrl && !key.alt => {
                input.push(c);
                *replace = false;
            }
            KeyCode::Enter => {
                let folder = PathBuf::from(input.trim());
                if input.trim().is_empty() {
                    return;
                }
                let taken = std::fs::read_dir(&folder).is_ok_and(|mut d| d.next().is_some());
                if taken && !*replace {
                    *replace = true;
                    self.status = Some(format!(
                        "{} is not empty — Enter again replaces it, or type another folder",
                        folder.display()
                    ));
                    return;
                }
                let force = *replace;
                self.mode = Mode::Normal;
                self.start_export(folder, force);
            }
            _ => {}
        }
    }

    /// Writes the bundle of the project as it is now (saved or not) on another thread.
    fn start_export(&mut self, folder: PathBuf, force: bool) {
        let sources: Vec<Source> = self
            .articles
            .iter()
            .zip(self.keys.iter())
            .map(|(article, key)| Source {
                key: key.clone(),
                article: article.clone(),
            })
            .collect();
        let project = self.session.project.clone();
        let project_file = self.session.path.clone();
        let (sender, events) = mpsc::channel();
        let out = folder.clone();
        std::thread::spawn(move || {
            let bundle = Bundle::new(&project, &sources);
            let done = export::write(&bundle, &out, force, project_file.as_deref(), |p| {
                let _ = sender.send(ExportEvent::Progress(p.done, p.total));
            });
            let _ = sender.send(ExportEvent::Done(done));
        });
        self.status = Some(format!("exporting to {}…", folder.display()));
        self.exporting = Some(Exporting {
            folder,
            progress: (0, 0),
            events,
        });
    }

    /// Takes in what the export thread reported; called on every tick.
    pub(super) fn poll_export(&mut self) {
        let Some(exporting) = self.exporting.as_mut() else {
            return;
        };
        loop {
            match exporting.events.try_recv() {
                Ok(ExportEvent::Progress(done, total)) => exporting.progress = (done, total),
                Ok(ExportEvent::Done(result)) => {
                    self.exporting = None;
                    self.say(match result {
                        Ok(summary) => format!(
                            "exported {} and {} to {}",
                            export::counted(summary.claims, "claim"),
                            export::counted(summary.links, "link"),
                            summary.folder.display()
                        ),
                        Err(problem) => format!("export failed: {problem}"),
                    });
                    return;
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    self.exporting = None;
                    self.say("export stopped unexpectedly");
                    return;
                }
            }
        }
    }

    /// `!`: the conflicts a merge left.
    pub(super) fn open_conflicts(&mut self) {
        if self.session.project.conflicts.is_empty() {
            self.status = Some("no conflicts — tahqiq merge lists two reviewers' here".to_owned());
            return;
        }
        self.mode = Mode::Conflicts { selected: 0 };
    }

    /// Keys in the conflicts panel: move; Enter goes to the claim; `1`, `2`… take that
    /// reviewer's value; `b` keeps both notes.
    pub(super) fn conflicts_key(&mut self, key: Key) {
        let Mode::Conflicts { selected } = self.mode else {
            return;
        };
        let count = self.session.project.conflicts.len();
        let last = count.saturating_sub(1);
        let Some(conflict) = self.session.project.conflicts.get(selected).cloned() else {
            self.mode = Mode::Normal;
            return;
        };
        match key.code {
            KeyCode::Char('j') | KeyCode::Down => {
                self.mode = Mode::Conflicts {
                    selected: (selected + 1).min(last),
                };
            }
            KeyCode::Char('k') | KeyCode::Up => {
                self.mode = Mode::Conflicts {
                    selected: selected.saturating_sub(1),
                };
            }
            KeyCode::Enter => {
                self.mode = Mode::Normal;
                self.go_to_claim(conflict.claim, false);
            }
            KeyCode::Char(c @ '1'..='9') => {
                let index = c as usize - '1' as usize;
                if let Some((who, value)) = conflict.values.get(index).cloned() {
                    self.resolve(selected, conflict.field, Some(value));
                    self.status = Some(format!(
                        "claim #{}: {who}'s {} kept",
                        conflict.claim,
                        conflict.field.name()
                    ));
                }
            }
            KeyCode::Char('b') if conflict.field == Field::Note => {
                self.resolve(selected, Field::Note, None);
                self.status = Some(format!("claim #{}: both notes kept", conflict.claim));
            }
            KeyCode::Esc | KeyCode::Char('q') => self.mode = Mode::Normal,
            _ => {}
        }
    }

    /// Resolves conflict `index`: its claim takes `value`, or (for notes, `None`) every
    /// reviewer's note, each under their name.
    fn resolve(&mut self, index: usize, field: Field, value: Option<String>) {
        let changed = self.change(|p| {
            let Some(conflict) = p.conflicts.get(index).cloned() else {
                return;
            };
            p.conflicts.remove(index);
            let Some(claim) = p.claim_mut(conflict.claim) else {
                return;
            };
            match (field, value) {
                (Field::Status, Some(value)) => {
                    if let Some(&status) = Status::ALL.iter().find(|s| s.name() == value) {
                        claim.status = status;
                    }
                }
                (Field::Note, Some(value)) => claim.note = value,
                (Field::Note, None) => {
                    let notes: Vec<String> = conflict
                        .values
                        .iter()
                        .map(|(who, note)| format!("{who}: {note}"))
                        .collect();
                    claim.note = notes.join("\n\n");
                }
                (Field::Status, None) => {}
            }
            claim.modified = timestamp();
        });
        let left = self.session.project.conflicts.len();
        self.mode = if changed && left > 0 {
            Mode::Conflicts {
                selected: index.min(left - 1),
            }
        } else {
            Mode::Normal
        };
        if changed && left == 0 {
            self.say("every conflict is resolved");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::sample_app;
    use crate::project::Conflict;

    fn press(app: &mut App, keys: &str) {
        for key in Key::parse_sequence(keys).expect("keys") {
            app.handle_key(key);
        }
    }

    fn with_conflicts() -> App {
        let mut app = sample_app();
        press(&mut app, "} c } c");
        let conflict = |claim, field, a: &str, b: &str| Conflict {
            claim,
            field,
            values: vec![("amal".into(), a.into()), ("bilal".into(), b.into())],
        };
        app.session.project.conflicts = vec![
            conflict(1, Field::Status, "supported", "false"),
            conflict(2, Field::Note, "أولى", "second"),
        ];
        app
    }

    #[test]
    fn picking_a_value_settles_the_conflict_and_can_be_undone() {
        let mut app = with_conflicts();
        press(&mut app, "! 2");
        let claim = app.session.project.claim(1).expect("claim 1");
        assert_eq!(claim.status, Status::False);
        assert_eq!(app.session.project.conflicts.len(), 1);
        assert!(matches!(app.mode, Mode::Conflicts { selected: 0 }));
        press(&mut app, "b");
        let claim = app.session.project.claim(2).expect("claim 2");
        assert_eq!(claim.note, "amal: أولى\n\nbilal: second");
        assert!(app.session.project.conflicts.is_empty());
        assert!(matches!(app.mode, Mode::Normal));
        press(&mut app, "u u");
        assert_eq!(app.session.project.conflicts.len(), 2);
    }

    #[test]
    fn both_is_for_notes_only() {
        let mut app = with_conflicts();
        press(&mut app, "! b");
        assert_eq!(app.session.project.conflicts.len(), 2);
    }

    #[test]
    fn the_export_runs_in_the_background_and_says_where() {
        let folder = std::env::temp_dir().join(format!("tahqiq-app-export-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        let mut app = sample_app();
        press(&mut app, "} c E");
        let Mode::Export { input, .. } = &mut app.mode else {
            panic!("the folder is asked for");
        };
        *input = folder.display().to_string();
        press(&mut app, "enter");
        assert!(app.exporting.is_some());
        for _ in 0..200 {
            app.tick(std::time::Instant::now());
            if app.exporting.is_none() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(app.exporting.is_none(), "the export finished");
        let said = app.messages.last().cloned().unwrap_or_default();
        assert!(
            said.starts_with("exported 1 claim and 0 links to"),
            "{said}"
        );
        assert!(folder.join("claims.jsonl").is_file());
        // A second export to the same folder asks before replacing it.
        press(&mut app, "E");
        if let Mode::Export { input, .. } = &mut app.mode {
            *input = folder.display().to_string();
        }
        press(&mut app, "enter");
        assert!(matches!(app.mode, Mode::Export { replace: true, .. }));
        press(&mut app, "escape");
        let _ = std::fs::remove_dir_all(&folder);
    }
}
