//! Linking claims across articles: `l` twice with a relation picker, suggestions (`L`) and
//! following a link into another pane (`o`). The claims panel (`C`) is in `claims`.

use crate::project::session::claim_from_item;
use crate::project::suggest::{self, Candidate, Suggestion};
use crate::project::{Anchoring, Relation};

use super::state::{App, Mode};
use super::{Key, KeyCode};

/// Suggestions offered at most.
const SUGGESTIONS: usize = 12;

/// Statements or figures taken from the similarity index for ranking with the claims: enough
/// that the best [`SUGGESTIONS`] survive claims taking their places.
const SEARCHED: usize = 4 * SUGGESTIONS;

impl App {
    /// The current claim's id, making one from the current item when there is none.
    fn claim_here(&mut self) -> Option<u32> {
        if let Some(claim) = self.current_claim() {
            return Some(claim.id);
        }
        let pane = self.active_pane();
        self.panes[pane].current_item?;
        self.make_claim();
        self.panes[pane].current_claim
    }

    /// `l`: first on one claim, then on another, which opens the relation picker.
    pub(super) fn link(&mut self) {
        let Some(here) = self.claim_here() else {
            self.status = Some("no claim here — go to a statement with ] or select with v".into());
            return;
        };
        match self.link_from.take() {
            Some(from) if from != here => self.mode = Mode::Relation { from, to: here },
            Some(_) => self.status = Some("link cancelled".into()),
            None => {
                self.link_from = Some(here);
                self.status = Some(format!(
                    "linking from claim #{here}: go to another claim (Tab to another pane) and press l"
                ));
            }
        }
    }

    /// Keys in the relation picker: the first letters of the relations.
    pub(super) fn relation_key(&mut self, key: Key) {
        let Mode::Relation { from, to } = self.mode else {
            return;
        };
        self.mode = Mode::Normal;
        let KeyCode::Char(c) = key.code else {
            self.status = Some("link cancelled".into());
            return;
        };
        match Relation::ALL.iter().find(|(_, k)| *k == c) {
            Some(&(relation, _)) => self.add_link(from, to, relation),
            None => self.status = Some("link cancelled".into()),
        }
    }

    fn add_link(&mut self, from: u32, to: u32, relation: Relation) {
        let mut made = None;
        if self.change(|p| made = p.link(from, to, relation)) {
            self.status = Some(match made {
                Some(_) => format!("linked #{from} {} #{to}", relation.name()),
                None => format!("#{from} and #{to} are already linked so"),
            });
        }
    }

    /// Claim `id` as a candidate, and what it may be linked to: every claim of the project,
    /// and the statements or figures of other articles that the similarity index finds alike
    /// to it (the best few, so that a corpus of thousands of articles costs no more).
    fn candidates_for(&self, id: u32) -> Option<(Candidate, Vec<Candidate>)> {
        let mut out = Vec::new();
        for claim in &self.session.project.claims {
            let Some(article_index) = self.keys.index_of(&claim.article) else {
                continue;
            };
            if claim.anchoring == Anchoring::Orphaned {
                continue;
            }
            out.push(Candidate {
                article: claim.article.clone(),
                article_index,
                claim: Some(claim.id),
                item: None,
                start: claim.start,
                end: claim.end,
                text: claim.quote.exact.clone(),
                number: claim.kind == crate::project::ClaimKind::Number,
                value: claim.value,
                unit: claim.unit.clone(),
            });
        }
        let subject = out.iter().find(|c| c.claim == Some(id))?.clone();
        let hits = if subject.number {
            let unit = subject.unit.as_deref();
            let except = Some(subject.article_index);
            self.similar
                .figures_like(subject.value, unit, except, SEARCHED)
        } else {
            let except = Some(subject.article_index);
            let from = suggest::SIMILAR_FROM;
            self.similar
                .statements_like(&subject.text, except, from, SEARCHED)
        };
        for hit in hits {
            let Some(item) = self.items[hit.article]
                .as_ref()
                .and_then(|items| items.get(hit.item))
            else {
                continue;
            };
            out.push(Candidate {
                article: self.article_key(hit.article).to_owned(),
                article_index: hit.article,
                claim: None,
                item: Some(hit.item),
                start: item.start,
                end: item.end,
                text: item.text.to_string(),
                number: !item.is_statement(),
                value: item.value,
                unit: item.unit.as_deref().map(str::to_owned),
            });
        }
        Some((subject, out))
    }

    /// `L`: suggestions for the current claim.
    pub(super) fn suggest_links(&mut self) {
        let Some(id) = self.claim_here() else {
            self.status = Some("no claim here — c makes one".into());
            return;
        };
        let Some((subject, candidates)) = self.candidates_for(id) else {
            return;
        };
        let linked: Vec<u32> = self
            .session
            .project
            .links_of(id)
            .flat_map(|l| [l.from, l.to])
            .collect();
        let others: Vec<Candidate> = candidates
            .into_iter()
            .filter(|c| c.claim.is_none_or(|other| !linked.contains(&other)))
            .collect();
        self.suggestions = suggest::suggest(&subject, &others, SUGGESTIONS);
        if self.suggestions.is_empty() {
            self.status = Some("nothing similar in the other articles".into());
            return;
        }
        self.mode = Mode::Suggestions {
            claim: id,
            selected: 0,
        };
    }

    /// Keys in the suggestions list: move, Enter accepts, anything else closes.
    pub(super) fn suggestions_key(&mut self, key: Key) {
        let Mode::Suggestions { claim, selected } = self.mode else {
            return;
        };
        let last = self.suggestions.len().saturating_sub(1);
        let selected = match key.code {
            KeyCode::Char('j') | KeyCode::Down => (selected + 1).min(last),
            KeyCode::Char('k') | KeyCode::Up => selected.saturating_sub(1),
            KeyCode::Enter => {
                self.mode = Mode::Normal;
                if let Some(suggestion) = self.suggestions.get(selected).cloned() {
                    self.accept(claim, &suggestion);
                }
                return;
            }
            _ => {
                self.mode = Mode::Normal;
                return;
            }
        };
        self.mode = Mode::Suggestions { claim, selected };
    }

    /// Links `claim` to a suggestion, making its target a claim first if need be.
    fn accept(&mut self, claim: u32, suggestion: &Suggestion) {
        let target = &suggestion.target;
        let to = match (target.claim, target.item) {
            (Some(id), _) => id,
            (None, Some(index)) => {
                let Some(item) = self.items[target.article_index]
                    .as_ref()
                    .and_then(|items| items.get(index))
                    .cloned()
                else {
                    return;
                };
                let chars: Vec<char> = self.articles[target.article_index].text.chars().collect();
                let key = target.article.clone();
                let mut id = 0;
                if !self.change(|p| {
                    id = p.next_claim_id();
                    p.add_claim(claim_from_item(id, &key, &chars, &item));
                }) {
                    return;
                }
                id
            }
            (None, None) => return,
        };
        self.add_link(claim, to, suggestion.relation);
    }

    /// `o`: shows the claim linked to the current one, in another pane when there is one.
    pub(super) fn follow_link(&mut self) {
        let Some(id) = self.current_claim().map(|c| c.id) else {
            self.status = Some("no claim here".into());
            return;
        };
        let others: Vec<u32> = self
            .session
            .project
            .links_of(id)
            .map(|l| if l.from == id { l.to } else { l.from })
            .collect();
        if others.is_empty() {
            self.status = Some(format!("claim #{id} has no link — l or L makes one"));
            return;
        }
        // Pressing o again goes to the next link.
        let pane = self.active_pane();
        let shown_elsewhere = self
            .panes
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != pane)
            .filter_map(|(_, p)| p.current_claim)
            .find_map(|c| others.iter().position(|&o| o == c));
        let next = shown_elsewhere.map_or(0, |i| (i + 1) % others.len());
        self.go_to_claim(others[next], true);
    }

    /// Shows claim `id`: in a pane already showing its article, else (when `elsewhere`) in a
    /// pane other than the active one, else in the active pane.
    pub fn go_to_claim(&mut self, id: u32, elsewhere: bool) {
        let Some(claim) = self.session.project.claim(id) else {
            return;
        };
        let (start, end, anchoring) = (claim.start, claim.end, claim.anchoring);
        let Some(article) = self.keys.index_of(&claim.article) else {
            self.status = Some(format!(
                "claim #{id} is in {}, which is missing",
                claim.article
            ));
            return;
        };
        let active = self.active_pane();
        let showing = |i: &usize| self.panes[*i].article == article;
        let pane = if elsewhere {
            (0..self.panes.len())
                .filter(|&i| i != active)
                .find(showing)
                .or_else(|| (0..self.panes.len()).find(|&i| i != active))
                .unwrap_or(active)
        } else if showing(&active) {
            active
        } else {
            (0..self.panes.len()).find(showing).unwrap_or(active)
        };
        self.panes[pane].open(article);
        let item = self.items[article]
            .as_ref()
            .and_then(|items| items.iter().position(|i| i.start == start && i.end == end));
        let height = self.pane_height(pane);
        let hide = self.hide_furniture;
        let p = &mut self.panes[pane];
        p.current_claim = Some(id);
        p.current_item = item;
        if !(p.shows(start) && p.shows(end.saturating_sub(1))) {
            p.reveal(&self.articles[article], start, height, hide);
        }
        let links = self.session.project.links_of(id).count();
        self.status = Some(match anchoring {
            Anchoring::Orphaned => format!("claim #{id} is orphaned: its text is gone"),
            Anchoring::Moved => format!("claim #{id} (moved when the article changed)"),
            Anchoring::Exact => format!("claim #{id} · {links} link(s)"),
        });
    }
}

#[cfg(test)]
mod tests;
