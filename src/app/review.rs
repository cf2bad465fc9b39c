//! Reviewing: making claims from statements, figures and free selections, writing notes,
//! setting their status, undo and redo, and keeping the project saved (tags are in `tagging`).
//!
//! Every change goes through [`Session::edit`](crate::project::session::Session::edit), which
//! remembers the project before it (undo) and refuses when the project is read-only.

use std::time::Instant;

use crate::project::session::{claim_from_item, new_claim};
use crate::project::{Claim, ClaimKind, Project, model::timestamp};

use super::state::{App, Mode};
use super::{Key, KeyCode};

impl App {
    /// The claim being worked on in the active pane, if it still exists.
    pub fn current_claim(&self) -> Option<&Claim> {
        let pane = self.panes.get(self.active_pane())?;
        self.session.project.claim(pane.current_claim?)
    }

    /// The project's name for article `index`.
    pub fn article_key(&self, index: usize) -> &str {
        self.keys.get(index).map_or("", String::as_str)
    }

    /// The claim made on item `item` of article `article`, if there is one.
    pub fn claim_of_item(&self, article: usize, item: usize) -> Option<u32> {
        let item = self.items.get(article)?.as_ref()?.get(item)?;
        let key = self.article_key(article);
        self.session
            .project
            .claims_in(key)
            .find(|c| c.start == item.start && c.end == item.end)
            .map(|c| c.id)
    }

    /// Makes a change to the project; says why not when it is read-only. Returns whether the
    /// change was made.
    pub(super) fn change(&mut self, change: impl FnOnce(&mut Project)) -> bool {
        if self.session.edit(change) {
            return true;
        }
        let why = self
            .session
            .read_only
            .as_ref()
            .map_or_else(|| "read-only".to_owned(), ToString::to_string);
        self.status = Some(format!("{why} — nothing is changed"));
        false
    }

    /// Changes claim `id`, stamping its modification time.
    pub(super) fn change_claim(&mut self, id: u32, change: impl FnOnce(&mut Claim)) -> bool {
        self.change(|p| {
            if let Some(claim) = p.claim_mut(id) {
                change(claim);
                claim.modified = timestamp();
            }
        })
    }

    /// `c`: the selection, or the current statement or figure, becomes a claim; a statement
    /// that is one already is selected.
    pub(super) fn make_claim(&mut self) {
        if let Mode::Select { pane, start, end } = self.mode {
            self.mode = Mode::Normal;
            let article = self.panes[pane].article;
            let key = self.article_key(article).to_owned();
            let chars: Vec<char> = self.articles[article].text.chars().collect();
            let mut id = 0;
            if self.change(|p| {
                id = p.next_claim_id();
                p.add_claim(new_claim(id, &key, &chars, start, end, ClaimKind::Span));
            }) {
                self.panes[pane].current_claim = Some(id);
                self.status = Some(format!("claim #{id} made from the selection"));
            }
            return;
        }
        let pane = self.active_pane();
        if let Some(id) = self.panes[pane].current_claim
            && self.session.project.claim(id).is_some()
        {
            self.status = Some(format!(
                "this is claim #{id} — a note, t tags, S status, l link"
            ));
            return;
        }
        let article = self.panes[pane].article;
        let Some(index) = self.panes[pane].current_item else {
            self.status =
                Some("go to a statement or figure with ] first, or select words with v".into());
            return;
        };
        if let Some(id) = self.claim_of_item(article, index) {
            self.panes[pane].current_claim = Some(id);
            self.status = Some(format!("claim #{id} selected"));
            return;
        }
        let Some(item) = self.items[article].as_ref().and_then(|i| i.get(index)) else {
            return;
        };
        let item = item.clone();
        let key = self.article_key(article).to_owned();
        let chars: Vec<char> = self.articles[article].text.chars().collect();
        let mut id = 0;
        if self.change(|p| {
            id = p.next_claim_id();
            p.add_claim(claim_from_item(id, &key, &chars, &item));
        }) {
            self.panes[pane].current_claim = Some(id);
            self.status = Some(format!(
                "claim #{id} made — a note, t tags, S status, l link, L suggestions"
            ));
        }
    }

    /// `v`: starts selecting words at the current item, or at the first word on screen.
    pub(super) fn start_selection(&mut self) {
        let pane = self.active_pane();
        let article = self.panes[pane].article;
        let chars: Vec<char> = self.articles[article].text.chars().collect();
        let from = self.panes[pane]
            .current_item
            .and_then(|i| self.items[article].as_ref()?.get(i).map(|item| item.start))
            .or_else(|| self.panes[pane].view.first().map(|l| l.line.start))
            .unwrap_or(0);
        let start = (from..chars.len())
            .find(|&i| !chars[i].is_whitespace())
            .unwrap_or(from);
        let end = word_end(&chars, start);
        self.mode = Mode::Select { pane, start, end };
        self.status = Some("w/b more or fewer words · c make a claim · Esc cancel".into());
    }

    /// Keys while selecting: `w` one word more, `b` one fewer, `c` or Enter makes the claim.
    pub(super) fn select_key(&mut self, key: Key) {
        let Mode::Select { pane, start, end } = self.mode else {
            return;
        };
        let article = self.panes[pane].article;
        let chars: Vec<char> = self.articles[article].text.chars().collect();
        let end = match key.code {
            KeyCode::Char('w') | KeyCode::Right => word_end(&chars, end),
            KeyCode::Char('b') | KeyCode::Left => previous_word_end(&chars, start, end),
            KeyCode::Char('c') | KeyCode::Enter => return self.make_claim(),
            KeyCode::Esc => {
                self.mode = Mode::Normal;
                self.status = Some("selection cancelled".into());
                return;
            }
            _ => end,
        };
        self.mode = Mode::Select { pane, start, end };
        let height = self.pane_height(pane);
        let hide = self.hide_furniture;
        let p = &mut self.panes[pane];
        if !p.shows(end.saturating_sub(1)) {
            p.reveal(&self.articles[article], end.saturating_sub(1), height, hide);
        }
        let words = chars[start..end]
            .split(|c| c.is_whitespace())
            .filter(|w| !w.is_empty());
        self.status = Some(format!(
            "{} word(s) selected · c makes a claim",
            words.count()
        ));
    }

    /// `a`: opens the note editor for the current claim.
    pub(super) fn open_note(&mut self) {
        match self.current_claim() {
            Some(claim) => {
                self.mode = Mode::Note { claim: claim.id };
            }
            None => self.status = Some("no claim here — c makes one".into()),
        }
    }

    /// Closes the note editor: `Some(text)` keeps the text, `None` discards the edit.
    pub fn finish_note(&mut self, text: Option<String>) {
        let Mode::Note { claim } = self.mode else {
            return;
        };
        self.mode = Mode::Normal;
        match text {
            Some(text) => {
                let text = text.trim_end().to_owned();
                let unchanged = self.session.project.claim(claim).map(|c| &c.note) == Some(&text);
                if !unchanged && self.change_claim(claim, |c| c.note = text) {
                    self.status = Some(format!("note of claim #{claim} kept"));
                }
            }
            None => self.status = Some("note edit discarded".into()),
        }
    }

    /// `S`: the current claim's next status.
    pub(super) fn cycle_status(&mut self) {
        let Some(claim) = self.current_claim() else {
            self.status = Some("no claim here — c makes one".into());
            return;
        };
        let (id, status) = (claim.id, claim.status.next());
        if self.change_claim(id, |c| c.status = status) {
            self.status = Some(format!("claim #{id}: {}", status.name()));
        }
    }

    /// `x`: deletes the current claim and its links.
    pub(super) fn delete_claim(&mut self) {
        let Some(id) = self.current_claim().map(|c| c.id) else {
            self.status = Some("no claim here".into());
            return;
        };
        if self.change(|p| {
            p.remove_claim(id);
        }) {
            let pane = self.active_pane();
            self.panes[pane].current_claim = None;
            self.status = Some(format!("claim #{id} deleted — u brings it back"));
        }
    }

    /// `u` and `Ctrl-r`.
    pub(super) fn undo_redo(&mut self, undo: bool) {
        if self.session.read_only.is_some() {
            self.status = Some("read-only — nothing to undo".into());
            return;
        }
        let done = if undo {
            self.session.undo()
        } else {
            self.session.redo()
        };
        self.status = Some(match (undo, done) {
            (true, true) => "undone".into(),
            (true, false) => "nothing to undo".into(),
            (false, true) => "redone".into(),
            (false, false) => "nothing to redo".into(),
        });
    }

    /// `>` and `<`: the next or previous claim of the article in the active pane.
    pub(super) fn step_claim(&mut self, forward: bool) {
        let pane = self.active_pane();
        let key = self.article_key(self.panes[pane].article).to_owned();
        let from = self
            .current_claim()
            .map(|c| (c.start, c.id))
            .or_else(|| self.panes[pane].view.first().map(|l| (l.line.start, 0)));
        let mut claims: Vec<(usize, u32)> = self
            .session
            .project
            .claims_in(&key)
            .filter(|c| c.anchoring != crate::project::Anchoring::Orphaned)
            .map(|c| (c.start, c.id))
            .collect();
        claims.sort_unstable();
        let next = match (from, forward) {
            (Some(from), true) => claims.iter().find(|&&c| c > from),
            (Some(from), false) => claims.iter().rev().find(|&&c| c < from),
            (None, _) => claims.first(),
        };
        match next {
            Some(&(_, id)) => self.go_to_claim(id, false),
            None if claims.is_empty() => {
                self.status = Some("no claim in this article yet — c makes one".into());
            }
            None => {
                self.status = Some(format!(
                    "this is the {} claim",
                    if forward { "last" } else { "first" }
                ));
            }
        }
    }

    /// Takes in the background export's progress and saves the project when its autosave
    /// is due; called by the run loop.
    pub fn tick(&mut self, now: Instant) {
        self.poll_export();
        if self.session.autosave_due(now) {
            self.save_now();
        }
    }

    /// Saves the project now, reporting a failure.
    pub fn save_now(&mut self) {
        if let Err(e) = self.session.save() {
            let path = self
                .session
                .path
                .as_ref()
                .map_or_else(String::new, |p| p.display().to_string());
            self.say(format!("could not save {path}: {e}"));
        }
    }
}

/// The end of the word after `from` (skipping white space first), or `from` at the end.
fn word_end(chars: &[char], from: usize) -> usize {
    let mut i = from;
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    while i < chars.len() && !chars[i].is_whitespace() {
        i += 1;
    }
    if i == from { from } else { i }
}

/// The end of the word before the last word of `start..end`, never before the first word.
fn previous_word_end(chars: &[char], start: usize, end: usize) -> usize {
    let mut i = end;
    while i > start && !chars[i - 1].is_whitespace() {
        i -= 1;
    }
    while i > start && chars[i - 1].is_whitespace() {
        i -= 1;
    }
    if i <= start { end } else { i }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_added_and_taken_back_in_logical_order() {
        let chars: Vec<char> = "قال  الوزير إن 2500 جندي".chars().collect();
        assert_eq!(word_end(&chars, 0), 3);
        assert_eq!(word_end(&chars, 3), 11);
        assert_eq!(previous_word_end(&chars, 0, 11), 3);
        assert_eq!(previous_word_end(&chars, 0, 3), 3, "the first word stays");
        assert_eq!(word_end(&chars, chars.len()), chars.len());
    }
}
