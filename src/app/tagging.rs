//! Tagging claims with the codebook: the tag picker (`t`), where a tag's key toggles it on the
//! current claim and `+` names a new tag, which joins the codebook with a free key and a colour.

use crate::project::Tag;
use crate::project::model::timestamp;

use super::state::{App, Mode};
use super::{Key, KeyCode};

impl App {
    /// `t`: opens the tag picker for the current claim.
    pub(super) fn open_tags(&mut self) {
        match self.current_claim() {
            Some(claim) => {
                self.mode = Mode::Tags {
                    claim: claim.id,
                    adding: None,
                }
            }
            None => self.status = Some("no claim here — c makes one".into()),
        }
    }

    /// Keys in the tag picker: a tag's key toggles it, `+` names a new tag, Esc or Enter closes.
    pub(super) fn tags_key(&mut self, key: Key) {
        let Mode::Tags { claim, adding } = &mut self.mode else {
            return;
        };
        let claim = *claim;
        if let Some(name) = adding {
            match key.code {
                KeyCode::Char(c) if !key.ctrl && !key.alt => name.push(c),
                KeyCode::Backspace => {
                    name.pop();
                }
                KeyCode::Esc => *adding = None,
                KeyCode::Enter => {
                    let name = name.trim().to_owned();
                    *adding = None;
                    if !name.is_empty() {
                        self.add_tag(claim, name);
                    }
                }
                _ => {}
            }
            return;
        }
        match key.code {
            KeyCode::Char('+') => *adding = Some(String::new()),
            KeyCode::Char(c) if !key.ctrl && !key.alt => {
                let tag = self
                    .session
                    .project
                    .codebook
                    .iter()
                    .find(|t| t.key == Some(c));
                match tag.map(|t| t.name.clone()) {
                    Some(name) => self.toggle_tag(claim, name),
                    None => self.status = Some(format!("no tag on {c} — + adds one")),
                }
            }
            _ => self.mode = Mode::Normal,
        }
    }

    fn toggle_tag(&mut self, claim: u32, name: String) {
        let has = self
            .session
            .project
            .claim(claim)
            .is_some_and(|c| c.tags.contains(&name));
        let message = if has { "removed" } else { "added" };
        if self.change_claim(claim, |c| {
            if has {
                c.tags.retain(|t| *t != name);
            } else {
                c.tags.push(name.clone());
            }
        }) {
            self.status = Some(format!("tag {name} {message}"));
        }
    }

    /// Adds tag `name` to the codebook (with a free key and a colour) and to claim `claim`.
    fn add_tag(&mut self, claim: u32, name: String) {
        let book = &self.session.project.codebook;
        if book.iter().any(|t| t.name == name) {
            return self.toggle_tag(claim, name);
        }
        let used: Vec<char> = book.iter().filter_map(|t| t.key).collect();
        let key = name
            .chars()
            .chain('a'..='z')
            .chain('0'..='9')
            .find(|k| k.is_alphanumeric() && !used.contains(k) && *k != '+');
        const PALETTE: [&str; 6] = [
            "lightred",
            "lightgreen",
            "lightblue",
            "lightmagenta",
            "lightcyan",
            "lightyellow",
        ];
        let colour = PALETTE[book.len() % PALETTE.len()].to_owned();
        let tag = Tag {
            name: name.clone(),
            colour,
            key,
            description: String::new(),
        };
        if self.change(|p| {
            p.codebook.push(tag);
            if let Some(c) = p.claim_mut(claim) {
                c.tags.push(name.clone());
                c.modified = timestamp();
            }
        }) {
            self.status = Some(format!("tag {name} added to the codebook and the claim"));
        }
    }
}
