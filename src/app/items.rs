//! Walking through an article's statements and numbers (`]` `[` `}` `{`), and the panels that
//! list them (`s`, `#`).

use crate::extract::Item;

use super::state::{App, Mode};
use super::{Key, KeyCode};

/// Which panel is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelKind {
    /// Quotes and reported speech, with speakers.
    Statements,
    /// Numbers, with values and units.
    Numbers,
}

impl PanelKind {
    /// Whether an item belongs in this panel.
    pub fn lists(self, item: &Item) -> bool {
        match self {
            PanelKind::Statements => item.is_statement(),
            PanelKind::Numbers => !item.is_statement(),
        }
    }
}

/// How far after a number its unit may stand and still be shown with the words between.
const UNIT_REACH: usize = 48;

/// What the numbers panel shows for a number of `text`: the number as written and the noun it
/// counts. When that noun is not next to it, as for the first end of a range (`بين 28 و30 ألف
/// درهم`, whose value is 28,000 dirhams), the words from the number to the noun, so that the
/// label reads as the value does: `28 و30 ألف درهم`, not `28 درهم`. Marks alone between them
/// (`( 21 ) يوماً`) are left out.
pub fn number_label(text: &str, item: &Item) -> String {
    let Some(unit) = item.unit.as_deref() else {
        return item.text.to_string();
    };
    let after: String = text.chars().skip(item.end).take(UNIT_REACH).collect();
    let between = after
        .find(unit)
        .map(|at| &after[..at])
        .filter(|between| between.chars().any(char::is_alphanumeric));
    match between {
        Some(between) => {
            let words: Vec<&str> = between.split_whitespace().collect();
            format!("{} {} {unit}", item.text, words.join(" "))
        }
        None => format!("{} {unit}", item.text),
    }
}

impl App {
    /// The label [`number_label`] gives item `item` of the article in the active pane.
    pub fn active_number_label(&self, item: &Item) -> String {
        let pane = self.panes.get(self.active_pane());
        match pane.and_then(|p| self.articles.get(p.article)) {
            Some(article) => number_label(&article.text, item),
            None => item.text.to_string(),
        }
    }

    /// The extracted items of the article in the active pane, if extraction has finished.
    pub fn active_items(&self) -> Option<&[Item]> {
        let pane = self.panes.get(self.active_pane())?;
        self.items.get(pane.article)?.as_deref()
    }

    /// Indices of the active article's items a panel lists.
    pub fn panel_entries(&self, kind: PanelKind) -> Vec<usize> {
        self.active_items()
            .map(|items| {
                (0..items.len())
                    .filter(|&i| kind.lists(&items[i]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Moves to the next or previous item (only statements when `statements_only`), scrolling
    /// it into view and making it current.
    pub(super) fn step_item(&mut self, forward: bool, statements_only: bool) {
        let pane_index = self.active_pane();
        let Some(items) = self.active_items() else {
            self.status = Some("statements and numbers are still being found".to_owned());
            return;
        };
        let wanted = |i: usize| !statements_only || items[i].is_statement();
        let pane = &self.panes[pane_index];
        let from = match pane.current_item {
            Some(current) => current,
            None => {
                // Start from what is on screen.
                let top = pane.view.first().map_or(0, |l| l.line.start);
                let first_visible = items.iter().position(|i| i.start >= top);
                match (first_visible, forward) {
                    (Some(i), true) if wanted(i) => return self.go_to_item(pane_index, i),
                    (Some(i), _) => i,
                    (None, _) => items.len(),
                }
            }
        };
        let next = if forward {
            (from + 1..items.len()).find(|&i| wanted(i))
        } else {
            (0..from.min(items.len())).rev().find(|&i| wanted(i))
        };
        match next {
            Some(i) => self.go_to_item(pane_index, i),
            None => {
                let what = if statements_only { "statement" } else { "item" };
                let end = if forward { "last" } else { "first" };
                self.status = Some(format!("this is the {end} {what}"));
            }
        }
    }

    /// Makes item `index` of pane `pane_index`'s article current and shows it.
    pub fn go_to_item(&mut self, pane_index: usize, index: usize) {
        let height = self.pane_height(pane_index);
        let hide = self.hide_furniture;
        let pane = &mut self.panes[pane_index];
        let Some(Some(items)) = self.items.get(pane.article) else {
            return;
        };
        let Some(item) = items.get(index) else { return };
        pane.current_item = Some(index);
        let key = self.keys.get(pane.article).map_or("", String::as_str);
        pane.current_claim = self
            .session
            .project
            .claims_in(key)
            .find(|c| c.start == item.start && c.end == item.end)
            .map(|c| c.id);
        let (start, end) = (item.start, item.end);
        let statements = items.iter().filter(|i| i.is_statement()).count();
        let status = if item.is_statement() {
            let number = items[..=index].iter().filter(|i| i.is_statement()).count();
            let who = item.speaker.as_deref().unwrap_or("no speaker named");
            format!("statement {number} of {statements} · {who}")
        } else {
            let value = item
                .value
                .map_or_else(|| item.text.to_string(), |v| format!("{v}"));
            let unit = item.unit.as_deref().unwrap_or("");
            format!("number · {value} {unit}")
        };
        let article = &self.articles[pane.article];
        // Scroll only when the item is not already fully on screen.
        let visible = pane.shows(start) && pane.shows(end.saturating_sub(1));
        if !visible {
            pane.reveal(article, start, height, hide);
        }
        self.status = Some(status);
    }

    pub(super) fn open_panel(&mut self, kind: PanelKind) {
        if self.active_items().is_none() {
            self.status = Some("statements and numbers are still being found".to_owned());
            return;
        }
        let entries = self.panel_entries(kind);
        if entries.is_empty() {
            self.status = Some(match kind {
                PanelKind::Statements => "no statement found in this article".to_owned(),
                PanelKind::Numbers => "no number found in this article".to_owned(),
            });
            return;
        }
        let current = self.panes[self.active_pane()].current_item;
        let selected = current
            .and_then(|c| entries.iter().position(|&e| e == c))
            .unwrap_or(0);
        self.mode = Mode::Panel { kind, selected };
    }

    pub(super) fn panel_key(&mut self, key: Key) {
        let Mode::Panel { kind, selected } = self.mode else {
            return;
        };
        let count = self.panel_entries(kind).len();
        let last = count.saturating_sub(1);
        let selected = match key.code {
            KeyCode::Char('j') | KeyCode::Down => (selected + 1).min(last),
            KeyCode::Char('k') | KeyCode::Up => selected.saturating_sub(1),
            KeyCode::PageDown | KeyCode::Char(' ') => (selected + 10).min(last),
            KeyCode::PageUp => selected.saturating_sub(10),
            KeyCode::Char('g') | KeyCode::Home => 0,
            KeyCode::Char('G') | KeyCode::End => last,
            KeyCode::Enter => {
                self.mode = Mode::Normal;
                if let Some(&index) = self.panel_entries(kind).get(selected) {
                    let pane = self.active_pane();
                    self.go_to_item(pane, index);
                }
                return;
            }
            _ => {
                self.mode = Mode::Normal;
                return;
            }
        };
        self.mode = Mode::Panel { kind, selected };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;

    fn app() -> App {
        crate::app::sample_app()
    }

    #[test]
    fn a_number_is_labelled_with_the_words_up_to_its_unit() {
        let text = "تراوحت بين 28 و30 ألف درهم، ولمدة ( 21 ) يوماً";
        let items = crate::extract::extract(&crate::corpus::Article::new(
            "t.txt".into(),
            None,
            text.into(),
            "UTF-8",
            0,
        ));
        let labels: Vec<String> = items.iter().map(|i| number_label(text, i)).collect();
        assert_eq!(labels, ["28 و30 ألف درهم", "30 ألف درهم", "21 يوماً"]);
        assert_eq!(items[0].value, Some(28_000.0));
    }

    #[test]
    fn an_empty_panel_says_so() {
        let text = "قال الوزير إن الحوار مستمر.";
        let article = crate::corpus::Article::new("t.txt".into(), None, text.into(), "UTF-8", 0);
        let mut app = App::new(
            vec![article],
            Vec::new(),
            crate::app::config::Settings::default(),
        );
        app.resize(160, 45);
        app.apply(Action::NumbersPanel);
        assert_eq!(app.mode, Mode::Normal);
        assert_eq!(
            app.status.as_deref(),
            Some("no number found in this article")
        );
    }

    #[test]
    fn next_statement_walks_every_statement_in_order() {
        let mut app = app();
        let statements: Vec<usize> = app.panel_entries(PanelKind::Statements);
        assert!(statements.len() > 10);
        let mut seen = Vec::new();
        for _ in 0..statements.len() + 2 {
            app.apply(Action::NextStatement);
            app.prepare();
            let current = app.panes[0].current_item.expect("a current item");
            let item = &app.active_items().expect("items")[current];
            assert!(
                app.panes[0].shows(item.start),
                "statement {current} on screen"
            );
            if seen.last() != Some(&current) {
                seen.push(current);
            }
        }
        assert_eq!(seen, statements);
        assert_eq!(app.status.as_deref(), Some("this is the last statement"));
    }

    #[test]
    fn items_step_back_and_the_panel_jumps() {
        let mut app = app();
        app.apply(Action::Open5);
        app.apply(Action::NextItem);
        app.apply(Action::NextItem);
        let second = app.panes[0].current_item;
        app.apply(Action::PrevItem);
        assert!(app.panes[0].current_item < second);
        app.apply(Action::NumbersPanel);
        assert!(matches!(
            app.mode,
            Mode::Panel {
                kind: PanelKind::Numbers,
                ..
            }
        ));
        app.handle_key(Key::plain(KeyCode::Enter));
        assert_eq!(app.mode, Mode::Normal);
        let current = app.panes[0].current_item.expect("an item");
        assert!(!app.active_items().expect("items")[current].is_statement());
    }
}
