//! The workbench's state and the plain functions that change it.
//!
//! Every key becomes an [`Action`] through the keymap, and every action is a function over
//! [`App`] that calls the pure core. Nothing here knows the terminal: [`App::prepare`] lays out
//! what will be visible, and the terminal layer only draws it.

use crate::corpus::{Article, LoadProblem};
use crate::extract::{Item, extract};
use crate::project::session::Session;
use crate::project::similar::SimilarityIndex;
use crate::project::suggest::Suggestion;
use crate::text::normalize::Folded;
use crate::text::{BaseDirection, LayoutOptions};

use super::commands::Action;
use super::config::{BidiMode, PaneOrder, Settings};
use super::geometry::{self, Geometry};
use super::items::PanelKind;
use super::keys::{Key, KeyCode};
use super::loading::LoadProgress;
use super::pane::Pane;

pub use super::mode::{Focus, Mode};

/// The whole workbench.
pub struct App {
    /// The articles open, in list order.
    pub articles: Vec<Article>,
    /// Files that could not be opened.
    pub problems: Vec<LoadProblem>,
    /// Settings in force.
    pub settings: Settings,
    /// The reading panes.
    pub panes: Vec<Pane>,
    /// Where keys go.
    pub focus: Focus,
    /// The pane the list opens articles in.
    pub target_pane: usize,
    /// The article selected in the list.
    pub selected: usize,
    /// The first row shown in the list (a position in it, not an article).
    pub list_top: usize,
    /// The phrase the list is narrowed to, and the articles that mention it.
    pub list_filter: Option<super::list::ListFilter>,
    /// What the keyboard is doing.
    pub mode: Mode,
    /// Whether page furniture is hidden.
    pub hide_furniture: bool,
    /// Whether the messages panel is open.
    pub show_messages: bool,
    /// Messages for the reader (load problems, config problems, results), oldest first.
    pub messages: Vec<String>,
    /// The message in the status bar, cleared by the next key.
    pub status: Option<String>,
    /// Pane order on screen.
    pub pane_order: PaneOrder,
    /// Where everything goes on screen.
    pub geometry: Geometry,
    /// Set when the user quits.
    pub quit: bool,
    /// Articles still arriving from the background loader, if any.
    pub loading: Option<LoadProgress>,
    /// Statements and numbers of each article, once extracted.
    pub items: Vec<Option<Vec<Item>>>,
    /// The review project: claims, tags, links.
    pub session: Session,
    /// How the project names each article (its path relative to the project file).
    pub keys: super::article_keys::ArticleKeys,
    /// The claim a link is being made from (`l` pressed once).
    pub link_from: Option<u32>,
    /// The suggestions `L` found, while they are shown.
    pub suggestions: Vec<Suggestion>,
    /// The export under way, if any.
    pub exporting: Option<super::bundle::Exporting>,
    /// Every statement and figure extracted so far, indexed for link suggestions.
    pub similar: SimilarityIndex,
    wanted_panes: Option<usize>,
    pub(super) folded: Vec<Option<Folded>>,
}

impl App {
    /// A workbench over `articles`, with the problems met opening them; their statements and
    /// numbers are found at once.
    pub fn new(articles: Vec<Article>, problems: Vec<LoadProblem>, settings: Settings) -> Self {
        let mut app = Self::pending(articles, problems, settings);
        for index in 0..app.articles.len() {
            let items = extract(&app.articles[index]);
            app.similar.add(index, &items);
            app.items[index] = Some(items);
        }
        app
    }

    /// A workbench over `articles` whose statements and numbers will arrive later, through
    /// [`App::feed`].
    pub fn pending(articles: Vec<Article>, problems: Vec<LoadProblem>, settings: Settings) -> Self {
        let mut messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        if articles.is_empty() {
            messages.push("no article could be opened".to_owned());
        }
        let folded = vec![None; articles.len()];
        let session = Session::in_memory();
        let keys = articles.iter().map(|a| session.key_of(a)).collect();
        Self {
            session,
            keys,
            link_from: None,
            suggestions: Vec::new(),
            exporting: None,
            similar: SimilarityIndex::new(),
            items: vec![None; articles.len()],
            show_messages: !problems.is_empty() || articles.is_empty(),
            problems,
            pane_order: settings.pane_order,
            wanted_panes: settings.panes,
            settings,
            articles,
            panes: Vec::new(),
            focus: Focus::Pane(0),
            target_pane: 0,
            selected: 0,
            list_top: 0,
            list_filter: None,
            mode: Mode::Normal,
            hide_furniture: false,
            messages,
            status: None,
            geometry: Geometry::default(),
            quit: false,
            loading: None,
            folded,
        }
    }

    /// Adds a message to the log and shows it in the status bar.
    pub fn say(&mut self, message: impl Into<String>) {
        let message = message.into();
        self.messages.push(message.clone());
        self.status = Some(message);
    }

    /// Fits the workbench to a screen `width` × `height` and lays out what is visible.
    pub fn resize(&mut self, width: u16, height: u16) {
        if self.panes.is_empty() && !self.articles.is_empty() {
            let wanted = self
                .wanted_panes
                .unwrap_or(if width >= 100 { 2 } else { 1 });
            let count = wanted.min(geometry::panes_that_fit(width)).max(1);
            self.panes = (0..count)
                .map(|i| Pane::new(i.min(self.articles.len() - 1)))
                .collect();
        }
        let message_lines = if self.show_messages {
            self.messages.len().clamp(1, 6) as u16
        } else {
            0
        };
        self.geometry = geometry::compute(
            width,
            height,
            self.panes.len().max(1),
            self.pane_order,
            message_lines,
        );
        // Panes that no longer fit are closed.
        if !self.geometry.too_small && self.panes.len() > self.geometry.panes.len() {
            self.panes.truncate(self.geometry.panes.len());
            if let Focus::Pane(i) = self.focus
                && i >= self.panes.len()
            {
                self.focus = Focus::Pane(self.panes.len() - 1);
            }
            self.target_pane = self.target_pane.min(self.panes.len() - 1);
        }
        self.prepare();
    }

    /// Lays out the lines every pane shows; called after each change.
    pub fn prepare(&mut self) {
        if self.geometry.too_small {
            return;
        }
        let options = LayoutOptions {
            width: None,
            shape: self.settings.shaping,
            base: BaseDirection::Auto,
            reorder: self.settings.bidi == BidiMode::App,
        };
        for (i, pane) in self.panes.iter_mut().enumerate() {
            let Some(area) = self.geometry.panes.get(i) else {
                continue;
            };
            let text = area.text();
            pane.set_options(LayoutOptions {
                width: Some(usize::from(text.width).max(2)),
                ..options
            });
            let article = &self.articles[pane.article];
            pane.prepare(article, usize::from(text.height), self.hide_furniture);
        }
        let rows = usize::from(self.geometry.list.inner().height / 2).max(1);
        let position = self.selected_position();
        if position < self.list_top {
            self.list_top = position;
        } else if position >= self.list_top + rows {
            self.list_top = position + 1 - rows;
        }
    }

    pub(super) fn pane_height(&self, pane: usize) -> usize {
        self.geometry
            .panes
            .get(pane)
            .map_or(1, |a| usize::from(a.text().height).max(1))
    }

    /// The pane keys act on: the focused one, or the list's target.
    pub fn active_pane(&self) -> usize {
        match self.focus {
            Focus::Pane(i) => i,
            Focus::List => self.target_pane,
        }
    }

    /// Handles one key press.
    pub fn handle_key(&mut self, key: Key) {
        self.status = None;
        match &mut self.mode {
            Mode::Normal => match self.settings.keymap.get(&key).copied() {
                Some(action) => self.apply(action),
                None => self.status = Some(format!("{key} is not bound — press ? for help")),
            },
            Mode::Search { input } => match key.code {
                KeyCode::Esc => self.mode = Mode::Normal,
                KeyCode::Enter => {
                    let query = std::mem::take(input);
                    self.mode = Mode::Normal;
                    if self.focus == Focus::List {
                        self.filter_list(query);
                    } else {
                        self.run_search(query);
                    }
                }
                KeyCode::Backspace => {
                    input.pop();
                }
                KeyCode::Char(c) if !key.ctrl && !key.alt => input.push(c),
                _ => {}
            },
            Mode::Panel { .. } => self.panel_key(key),
            Mode::Select { .. } => self.select_key(key),
            Mode::Note { .. } => {} // the terminal layer's editor has the keys
            Mode::Tags { .. } => self.tags_key(key),
            Mode::Relation { .. } => self.relation_key(key),
            Mode::Suggestions { .. } => self.suggestions_key(key),
            Mode::Claims { .. } => self.claims_key(key),
            Mode::Export { .. } => self.export_key(key),
            Mode::Conflicts { .. } => self.conflicts_key(key),
            Mode::Help { scroll } => match key.code {
                KeyCode::Char('j') | KeyCode::Down => *scroll += 1,
                KeyCode::Char('k') | KeyCode::Up => *scroll = scroll.saturating_sub(1),
                _ => self.mode = Mode::Normal,
            },
        }
        self.prepare();
    }

    /// Runs one action.
    pub fn apply(&mut self, action: Action) {
        if self.articles.is_empty() && !matches!(action, Action::Quit | Action::Help) {
            self.status = Some(if self.loading.is_some() {
                "still loading — one moment".to_owned()
            } else {
                "no article is open".to_owned()
            });
            return;
        }
        if let Some(n) = action.article_number() {
            return self.open_in_pane(n - 1);
        }
        match action {
            Action::ScrollDown
            | Action::ScrollUp
            | Action::PageDown
            | Action::PageUp
            | Action::Top
            | Action::Bottom => self.scroll(action),
            Action::FocusNext => self.cycle_focus(true),
            Action::FocusPrev => self.cycle_focus(false),
            Action::AddPane => self.add_pane(),
            Action::RemovePane => self.remove_pane(),
            Action::RotatePanes if self.panes.len() > 1 => {
                let articles: Vec<usize> = self.panes.iter().map(|p| p.article).collect();
                for (i, pane) in self.panes.iter_mut().enumerate() {
                    pane.open(articles[(i + articles.len() - 1) % articles.len()]);
                }
            }
            Action::FlipPaneOrder => {
                self.pane_order = match self.pane_order {
                    PaneOrder::Ltr => PaneOrder::Rtl,
                    PaneOrder::Rtl => PaneOrder::Ltr,
                };
                self.relayout();
            }
            Action::OpenSelected if self.focus == Focus::List => self.open_selected(),
            Action::Search => {
                self.mode = Mode::Search {
                    input: String::new(),
                }
            }
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::ToggleFurniture => {
                self.hide_furniture = !self.hide_furniture;
                self.status = Some(if self.hide_furniture {
                    "page furniture hidden (f shows it)".to_owned()
                } else {
                    "page furniture shown, dimmed".to_owned()
                });
            }
            Action::ToggleMessages => {
                self.show_messages = !self.show_messages;
                self.relayout();
            }
            Action::NextItem => self.step_item(true, false),
            Action::PrevItem => self.step_item(false, false),
            Action::NextStatement => self.step_item(true, true),
            Action::PrevStatement => self.step_item(false, true),
            Action::StatementsPanel => self.open_panel(PanelKind::Statements),
            Action::NumbersPanel => self.open_panel(PanelKind::Numbers),
            Action::MakeClaim => self.make_claim(),
            Action::Select => self.start_selection(),
            Action::Note => self.open_note(),
            Action::Tags => self.open_tags(),
            Action::CycleStatus => self.cycle_status(),
            Action::Link => self.link(),
            Action::SuggestLinks => self.suggest_links(),
            Action::FollowLink => self.follow_link(),
            Action::ClaimsPanel => self.open_claims(),
            Action::Export => self.ask_export(),
            Action::Conflicts => self.open_conflicts(),
            Action::NextClaim => self.step_claim(true),
            Action::PrevClaim => self.step_claim(false),
            Action::DeleteClaim => self.delete_claim(),
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::Save => {
                self.session.dirty |= self.session.path.is_some();
                self.save_now();
                if self.status.is_none() {
                    self.status = Some(match (&self.session.read_only, &self.session.path) {
                        (Some(why), _) => format!("{why} — not saved"),
                        (None, Some(path)) => format!("saved {}", path.display()),
                        (None, None) => "this project is kept in memory only".to_owned(),
                    });
                }
            }
            Action::Help => self.mode = Mode::Help { scroll: 0 },
            Action::Quit => {
                self.save_now();
                self.quit = true;
            }
            _ => {}
        }
    }

    /// Lays the screen out again at its current size.
    pub(super) fn relayout(&mut self) {
        let (w, h) = (self.geometry.width, self.geometry.height);
        self.resize(w, h);
    }
}
