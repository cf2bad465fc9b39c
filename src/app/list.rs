//! The article list: moving through it, and narrowing it to the articles that mention a phrase
//! (`/` while the list has the focus). A month of coverage is thousands of articles, and the
//! reader looks for the ones about one event. The phrase is matched as the search in an
//! article matches it, spelling variants aside (harakat, hamza forms, `ة`/`ه`, `ى`/`ي`), in
//! each article's story: page furniture, whose tickers name other stories, is not searched.

use memchr::memmem::Finder;
use rayon::prelude::*;

use super::commands::Action;
use super::state::{App, Focus};
use crate::corpus::{Article, ParagraphKind};
use crate::text::normalize::{fold_words, fold_words_into};

/// The list narrowed to the articles that mention a phrase.
pub struct ListFilter {
    /// The phrase as typed.
    pub query: String,
    /// The phrase folded, its words joined by one space.
    folded: String,
    /// The articles that mention it, in list order.
    pub shown: Vec<usize>,
}

impl ListFilter {
    /// The articles of `articles` that mention `query`, on both cores; `None` where the query
    /// folds to nothing (white space, harakat alone).
    pub fn new(query: &str, articles: &[Article]) -> Option<Self> {
        let folded = fold_words(query);
        if folded.is_empty() {
            return None;
        }
        let finder = Finder::new(folded.as_bytes());
        let hits: Vec<bool> = articles
            .par_iter()
            .map_init(String::new, |buffer, article| {
                mentions(article, &finder, buffer)
            })
            .collect();
        let shown = (0..articles.len()).filter(|&i| hits[i]).collect();
        Some(Self {
            query: query.to_owned(),
            folded,
            shown,
        })
    }

    /// Whether the list keeps article `index` (the articles kept are in list order).
    pub fn keeps(&self, index: usize) -> bool {
        self.shown.binary_search(&index).is_ok()
    }

    /// Takes in article `index`, which arrived after the filter was made, if it mentions the
    /// phrase.
    pub fn offer(&mut self, index: usize, article: &Article) {
        let finder = Finder::new(self.folded.as_bytes());
        if mentions(article, &finder, &mut String::new()) {
            self.shown.push(index);
        }
    }
}

/// Whether a paragraph of `article`'s story holds what `finder` looks for (folded words),
/// each paragraph folded into `buffer`.
fn mentions(article: &Article, finder: &Finder<'_>, buffer: &mut String) -> bool {
    article.paragraphs.iter().enumerate().any(|(i, span)| {
        span.kind != ParagraphKind::Furniture && span.kind != ParagraphKind::Blank && {
            fold_words_into(article.paragraph_text(i), buffer);
            finder.find(buffer.as_bytes()).is_some()
        }
    })
}

impl App {
    /// How many articles the list shows.
    pub fn list_len(&self) -> usize {
        self.list_filter
            .as_ref()
            .map_or(self.articles.len(), |f| f.shown.len())
    }

    /// The article at `position` in the list, if there is one.
    pub fn listed(&self, position: usize) -> Option<usize> {
        match &self.list_filter {
            Some(filter) => filter.shown.get(position).copied(),
            None => (position < self.articles.len()).then_some(position),
        }
    }

    /// Where the selected article stands in the list (the first row where the list no longer
    /// shows it).
    pub(super) fn selected_position(&self) -> usize {
        match &self.list_filter {
            Some(filter) => filter.shown.partition_point(|&i| i < self.selected),
            None => self.selected,
        }
    }

    /// Selects `article` in the list where the list shows it; a narrowed list that does not
    /// keeps its selection.
    pub(super) fn select_in_list(&mut self, article: usize) {
        if self.list_filter.as_ref().is_none_or(|f| f.keeps(article)) {
            self.selected = article;
        }
    }

    /// Moves the list's selection as `action` says (a line, a page, to either end).
    pub(super) fn move_in_list(&mut self, action: Action) {
        let Some(last) = self.list_len().checked_sub(1) else {
            return;
        };
        let at = self.selected_position().min(last);
        let to = match action {
            Action::ScrollDown => (at + 1).min(last),
            Action::ScrollUp => at.saturating_sub(1),
            Action::PageDown => (at + 10).min(last),
            Action::PageUp => at.saturating_sub(10),
            Action::Top => 0,
            _ => last,
        };
        if let Some(article) = self.listed(to) {
            self.selected = article;
        }
    }

    /// Narrows the list to the articles that mention `query`; an empty query lists every
    /// article again. A phrase no article mentions leaves the list as it was.
    pub(super) fn filter_list(&mut self, query: String) {
        if query.trim().is_empty() {
            if self.list_filter.take().is_some() {
                self.say(format!("all {} articles listed", self.articles.len()));
            }
            return;
        }
        let Some(filter) = ListFilter::new(&query, &self.articles) else {
            return;
        };
        let Some(&first) = filter.shown.first() else {
            self.say(format!("no article mentions “{query}”"));
            return;
        };
        let count = filter.shown.len();
        if !filter.keeps(self.selected) {
            self.selected = first;
        }
        self.list_filter = Some(filter);
        self.list_top = 0;
        self.say(format!(
            "{count} of {} articles mention “{query}” — / then Enter lists them all",
            self.articles.len()
        ));
    }

    /// Opens the selected article in the list's pane, its matches for the list's phrase found.
    pub(super) fn open_selected(&mut self) {
        let pane = self.target_pane;
        self.open_in_pane(self.selected);
        self.focus = Focus::Pane(pane);
        if let Some(query) = self.list_filter.as_ref().map(|f| f.query.clone()) {
            self.run_search(query);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keys::{Key, KeyCode};
    use crate::app::{Focus, Mode, sample_app};

    /// Focuses the list, types `/`, then `query` and Enter.
    fn filter(app: &mut App, query: &str) {
        app.focus = Focus::List;
        app.handle_key(Key::char('/'));
        assert!(matches!(app.mode, Mode::Search { .. }));
        for c in query.chars() {
            app.handle_key(Key::char(c));
        }
        app.handle_key(Key::plain(KeyCode::Enter));
    }

    /// The articles whose story holds `word` as written, found the plain way.
    fn holding(app: &App, word: &str) -> Vec<usize> {
        (0..app.articles.len())
            .filter(|&i| {
                let article = &app.articles[i];
                (0..article.paragraphs.len()).any(|p| {
                    article.paragraphs[p].kind != ParagraphKind::Furniture
                        && article.paragraph_text(p).contains(word)
                })
            })
            .collect()
    }

    #[test]
    fn the_list_narrows_to_the_articles_that_mention_a_phrase_spelling_aside() {
        let mut app = sample_app();
        let all = app.articles.len();
        let with_figure = holding(&app, "2500");
        assert!(!with_figure.is_empty() && with_figure.len() < all);
        filter(&mut app, "2500");
        let shown = app.list_filter.as_ref().map(|f| f.shown.clone());
        assert_eq!(shown, Some(with_figure.clone()));
        assert_eq!(app.list_len(), with_figure.len());
        assert_eq!(app.selected, with_figure[0]);
        // Moving goes through the articles listed only, and stops at the last.
        app.handle_key(Key::char('j'));
        assert_eq!(app.selected, with_figure[1.min(with_figure.len() - 1)]);
        app.handle_key(Key::char('G'));
        assert_eq!(Some(app.selected), with_figure.last().copied());
        // Written without its hamza, a word still finds the articles that write it with one.
        let hamza = holding(&app, "الأمريكية");
        assert!(!hamza.is_empty());
        filter(&mut app, "الامريكيه");
        let found = app
            .list_filter
            .as_ref()
            .map(|f| f.shown.clone())
            .unwrap_or_default();
        assert!(
            hamza.iter().all(|i| found.contains(i)),
            "{hamza:?} {found:?}"
        );
        // An empty phrase lists every article again; one no article holds changes nothing.
        filter(&mut app, "");
        assert!(app.list_filter.is_none());
        assert_eq!(app.list_len(), all);
        filter(&mut app, "كلمةلاتوجد");
        assert!(app.list_filter.is_none());
        assert!(
            app.status
                .as_deref()
                .is_some_and(|s| s.contains("no article"))
        );
    }

    #[test]
    fn an_article_opened_from_a_narrowed_list_shows_the_phrase_found() {
        let mut app = sample_app();
        filter(&mut app, "2500");
        let first = app.selected;
        app.handle_key(Key::plain(KeyCode::Enter));
        let pane = &app.panes[app.target_pane];
        assert_eq!(pane.article, first);
        assert_eq!(app.focus, Focus::Pane(app.target_pane));
        assert!(
            pane.search
                .as_ref()
                .is_some_and(|s| s.query == "2500" && !s.matches.is_empty())
        );
        // Back in the list from a pane showing an article it does not keep, the selection
        // stays on one it keeps.
        let elsewhere = (0..app.articles.len()).find(|i| !holding(&app, "2500").contains(i));
        app.panes[app.target_pane].open(elsewhere.expect("an article without the figure"));
        app.handle_key(Key::plain(KeyCode::BackTab));
        assert_eq!(app.focus, Focus::List);
        assert_eq!(app.selected, first);
    }

    #[test]
    fn articles_arriving_later_are_listed_when_they_mention_the_phrase() {
        let articles = crate::corpus::sample_set();
        let mut filter = ListFilter::new("2500", &articles[..1]).expect("a phrase");
        let before = filter.shown.len();
        for (i, article) in articles.iter().enumerate().skip(1) {
            filter.offer(i, article);
        }
        assert_eq!(filter.shown, holding(&sample_app(), "2500"));
        assert!(filter.shown.len() > before);
    }
}
