//! Searching the focused article: matching that ignores Arabic spelling variants (through
//! [`crate::text::normalize::Folded`], kept per article once built), and moving between matches.

use crate::text::normalize::Folded;

use super::pane::Search;
use super::state::App;

impl App {
    pub(super) fn run_search(&mut self, query: String) {
        if query.trim().is_empty() {
            return;
        }
        let i = self.active_pane();
        let article_index = self.panes[i].article;
        let article = &self.articles[article_index];
        let folded = self.folded[article_index].get_or_insert_with(|| Folded::new(&article.text));
        let hide = self.hide_furniture;
        let matches: Vec<_> = folded
            .find_all(&query)
            .into_iter()
            .filter(|m| article.is_shown(article.paragraph_at(m.start), hide))
            .collect();
        let top_offset = self.panes[i].view.first().map_or(0, |l| l.line.start);
        let current = matches
            .iter()
            .position(|m| m.start >= top_offset)
            .or((!matches.is_empty()).then_some(0));
        let count = matches.len();
        self.panes[i].search = Some(Search {
            query: query.clone(),
            matches,
            current,
        });
        if count == 0 {
            self.say(format!("no match for “{query}”"));
        } else {
            self.go_to_match(i);
        }
    }

    pub(super) fn step_match(&mut self, forward: bool) {
        let i = self.active_pane();
        let Some(search) = self.panes[i].search.as_mut() else {
            self.status = Some("no search yet — press / to search".to_owned());
            return;
        };
        let n = search.matches.len();
        if n == 0 {
            self.status = Some(format!("no match for “{}”", search.query));
            return;
        }
        let current = search.current.unwrap_or(0);
        search.current = Some(if forward {
            (current + 1) % n
        } else {
            (current + n - 1) % n
        });
        self.go_to_match(i);
    }

    fn go_to_match(&mut self, i: usize) {
        let height = self.pane_height(i);
        let hide = self.hide_furniture;
        let pane = &mut self.panes[i];
        let Some(search) = &pane.search else { return };
        let Some(current) = search.current else {
            return;
        };
        let (offset, total, query) = (
            search.matches[current].start,
            search.matches.len(),
            search.query.clone(),
        );
        let article = &self.articles[pane.article];
        pane.reveal(article, offset, height, hide);
        self.status = Some(format!("match {} of {total} for “{query}”", current + 1));
    }
}
