//! The workbench's state and behaviour, without the terminal.
//!
//! - [`commands`]: the command table (actions, names, default keys, help);
//! - [`keys`]: keys and their names;
//! - [`config`]: settings and the config file;
//! - [`geometry`]: where things go on the screen;
//! - [`list`]: the article list, and narrowing it to the articles that mention a phrase;
//! - [`items`]: walking through statements and numbers, and their panels;
//! - [`pane`]: a reading pane with lazy layout and scrolling (arranged and focused in `panes`);
//! - [`loading`]: articles arriving from a background loader;
//! - `review`, `tagging` and [`linking`]: claims, notes, tags, status, links, suggestions,
//!   undo;
//! - [`bundle`]: exporting from the workbench and resolving merge conflicts;
//! - [`state`]: [`App`] and the actions over it (search in `search`; its focus and mode in
//!   `mode`).

pub mod article_keys;
pub mod bundle;
pub mod claims;
pub mod commands;
pub mod config;
pub mod geometry;
pub mod items;
pub mod keys;
pub mod linking;
pub mod list;
pub mod loading;
mod mode;
pub mod pane;
mod panes;
mod review;
mod search;
pub mod state;
mod tagging;

pub use commands::{Action, COMMANDS};
pub use keys::{Key, KeyCode};
pub use state::{App, Focus, Mode};

/// The sample set in a 160×45 workbench, for the app's unit tests.
#[cfg(test)]
pub(crate) fn sample_app() -> App {
    let mut app = App::new(
        crate::corpus::sample_set(),
        Vec::new(),
        config::Settings::default(),
    );
    app.resize(160, 45);
    app
}
