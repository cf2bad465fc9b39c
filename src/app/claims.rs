//! The claims panel (`C`): every claim of the project in article and text order, filtered by
//! tag, status, the article in the active pane or the need of review; Enter goes to one.

use crate::project::{Anchoring, Status};

use super::state::{App, Mode};
use super::{Key, KeyCode};

/// Which claims the claims panel lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    /// Only claims with this tag.
    pub tag: Option<String>,
    /// Only claims with this status.
    pub status: Option<Status>,
    /// Only claims of the article in the active pane.
    pub this_article: bool,
    /// Only claims that moved or were orphaned when their article changed.
    pub needs_review: bool,
}

impl App {
    /// The claims the panel lists, by id, in article then text order.
    pub fn listed_claims(&self, filter: &ClaimFilter) -> Vec<u32> {
        let here = self.article_key(self.panes.get(self.active_pane()).map_or(0, |p| p.article));
        let order = |key: &str| self.keys.index_of(key).unwrap_or(usize::MAX);
        let mut claims: Vec<&crate::project::Claim> = self
            .session
            .project
            .claims
            .iter()
            .filter(|c| filter.tag.as_ref().is_none_or(|t| c.tags.contains(t)))
            .filter(|c| filter.status.is_none_or(|s| c.status == s))
            .filter(|c| !filter.this_article || c.article == here)
            .filter(|c| !filter.needs_review || c.anchoring != Anchoring::Exact)
            .collect();
        claims.sort_by_key(|c| (order(&c.article), c.start, c.id));
        claims.iter().map(|c| c.id).collect()
    }

    /// `C`: opens the claims panel.
    pub(super) fn open_claims(&mut self) {
        if self.session.project.claims.is_empty() {
            self.status = Some("no claim yet — ] to a statement, then c".into());
            return;
        }
        let filter = ClaimFilter::default();
        let current = self.current_claim().map(|c| c.id);
        let selected = current
            .and_then(|id| self.listed_claims(&filter).iter().position(|&c| c == id))
            .unwrap_or(0);
        self.mode = Mode::Claims { selected, filter };
    }

    /// Keys in the claims panel: move, Enter goes to the claim; `t` `s` `a` `r` change the
    /// filter (tag, status, this article, needing review).
    pub(super) fn claims_key(&mut self, key: Key) {
        let Mode::Claims { selected, filter } = &mut self.mode else {
            return;
        };
        let mut filter = filter.clone();
        let mut selected = *selected;
        let count = self.listed_claims(&filter).len();
        let last = count.saturating_sub(1);
        match key.code {
            KeyCode::Char('j') | KeyCode::Down => selected = (selected + 1).min(last),
            KeyCode::Char('k') | KeyCode::Up => selected = selected.saturating_sub(1),
            KeyCode::PageDown | KeyCode::Char(' ') => selected = (selected + 10).min(last),
            KeyCode::PageUp => selected = selected.saturating_sub(10),
            KeyCode::Char('g') | KeyCode::Home => selected = 0,
            KeyCode::Char('G') | KeyCode::End => selected = last,
            KeyCode::Char('t') => {
                let names: Vec<String> = self
                    .session
                    .project
                    .codebook
                    .iter()
                    .map(|t| t.name.clone())
                    .collect();
                filter.tag = cycle(&names, filter.tag.as_ref());
                selected = 0;
            }
            KeyCode::Char('s') => {
                filter.status = cycle(&Status::ALL, filter.status.as_ref());
                selected = 0;
            }
            KeyCode::Char('a') => {
                filter.this_article = !filter.this_article;
                selected = 0;
            }
            KeyCode::Char('r') => {
                filter.needs_review = !filter.needs_review;
                selected = 0;
            }
            KeyCode::Enter => {
                let listed = self.listed_claims(&filter);
                self.mode = Mode::Normal;
                if let Some(&id) = listed.get(selected) {
                    self.go_to_claim(id, false);
                }
                return;
            }
            _ => {
                self.mode = Mode::Normal;
                return;
            }
        }
        self.mode = Mode::Claims { selected, filter };
    }
}

/// The value after `current` in `values`, `None` (no filter) after the last.
fn cycle<T: Clone + PartialEq>(values: &[T], current: Option<&T>) -> Option<T> {
    match current {
        None => values.first().cloned(),
        Some(value) => {
            let i = values.iter().position(|v| v == value)?;
            values.get(i + 1).cloned()
        }
    }
}
