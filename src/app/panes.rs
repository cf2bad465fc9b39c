//! The panes and the focus: scrolling with keys and the wheel, moving the focus between the
//! list and the panes, opening an article in a pane, and adding and removing panes.

use super::commands::Action;
use super::geometry;
use super::pane::Pane;
use super::state::{App, Focus};

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: usize = 3;

impl App {
    /// Scrolls the pane under the mouse pointer.
    pub fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let Some(i) = self.geometry.panes.iter().position(|a| a.contains(x, y)) else {
            return;
        };
        if i >= self.panes.len() {
            return;
        }
        let height = self.pane_height(i);
        let hide = self.hide_furniture;
        let pane = &mut self.panes[i];
        let article = &self.articles[pane.article];
        if down {
            pane.scroll_down(article, WHEEL_LINES, height, hide);
        } else {
            pane.scroll_up(article, WHEEL_LINES, hide);
        }
        self.prepare();
    }

    pub(super) fn scroll(&mut self, action: Action) {
        if self.focus == Focus::List {
            self.move_in_list(action);
            return;
        }
        let i = self.active_pane();
        let height = self.pane_height(i);
        let hide = self.hide_furniture;
        let pane = &mut self.panes[i];
        let article = &self.articles[pane.article];
        let page = height.saturating_sub(1).max(1);
        match action {
            Action::ScrollDown => pane.scroll_down(article, 1, height, hide),
            Action::ScrollUp => pane.scroll_up(article, 1, hide),
            Action::PageDown => pane.scroll_down(article, page, height, hide),
            Action::PageUp => pane.scroll_up(article, page, hide),
            Action::Top => pane.to_top(article, hide),
            _ => pane.to_bottom(article, height, hide),
        }
    }

    pub(super) fn cycle_focus(&mut self, forward: bool) {
        let stops = self.panes.len() + 1; // the list, then each pane
        let current = match self.focus {
            Focus::List => 0,
            Focus::Pane(i) => i + 1,
        };
        let next = if forward {
            (current + 1) % stops
        } else {
            (current + stops - 1) % stops
        };
        self.focus = if next == 0 {
            self.select_in_list(self.panes[self.target_pane].article);
            Focus::List
        } else {
            self.target_pane = next - 1;
            Focus::Pane(next - 1)
        };
    }

    pub(super) fn open_in_pane(&mut self, article: usize) {
        if article >= self.articles.len() {
            self.status = Some(format!("there is no article {}", article + 1));
            return;
        }
        let i = self.active_pane();
        self.panes[i].open(article);
        self.selected = article;
    }

    pub(super) fn add_pane(&mut self) {
        let fit = geometry::panes_that_fit(self.geometry.width);
        if self.panes.len() >= fit {
            self.status = Some(if fit == 4 {
                "four panes at most".to_owned()
            } else {
                "no room for another pane — widen the terminal".to_owned()
            });
            return;
        }
        let shown: Vec<usize> = self.panes.iter().map(|p| p.article).collect();
        let article = (0..self.articles.len())
            .find(|a| !shown.contains(a))
            .unwrap_or(0);
        self.panes.push(Pane::new(article));
        self.focus = Focus::Pane(self.panes.len() - 1);
        self.target_pane = self.panes.len() - 1;
        self.relayout();
    }

    pub(super) fn remove_pane(&mut self) {
        if self.panes.len() <= 1 {
            self.status = Some("the last pane stays".to_owned());
            return;
        }
        let i = self.active_pane();
        self.panes.remove(i);
        let keep = i.min(self.panes.len() - 1);
        self.target_pane = keep;
        self.focus = Focus::Pane(keep);
        self.relayout();
    }
}
