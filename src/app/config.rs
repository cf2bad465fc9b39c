//! The user's settings: defaults in code, `config.ron` overriding only what it names.
//!
//! The file lives in the platform config directory (`~/.config/tahqiq/config.ron` on Linux),
//! or where `--config` or `TAHQIQ_CONFIG` point. A broken file never stops tahqiq: the problem
//! is reported with its line and column, and the defaults are used.
//!
//! ```ron
//! (
//!     keys: { "ctrl-d": "page_down", "x": "quit" },
//!     theme: { "number": "light_blue", "furniture": "#606060" },
//!     bidi: "app",          // or "terminal" for terminals that reorder by themselves
//!     shaping: true,        // Arabic presentation forms, for terminals that do not shape
//!     layout: "rtl",        // first article on the right
//!     panes: 2,
//! )
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::commands::{Action, default_bindings};
use super::keys::Key;

/// Who puts right-to-left text in visual order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BidiMode {
    /// tahqiq does, and asks BiDi-aware terminals to keep out of the way (the default).
    App,
    /// The terminal does: text is sent in logical order (Konsole, mlterm).
    Terminal,
}

/// The order of the reading panes across the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaneOrder {
    /// First article on the left.
    Ltr,
    /// First article on the right.
    Rtl,
}

impl std::str::FromStr for PaneOrder {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "ltr" => Ok(Self::Ltr),
            "rtl" => Ok(Self::Rtl),
            other => Err(format!("unknown layout `{other}` (expected rtl or ltr)")),
        }
    }
}

/// The config file as written; every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ConfigFile {
    keys: BTreeMap<String, String>,
    theme: BTreeMap<String, String>,
    bidi: Option<String>,
    shaping: Option<bool>,
    layout: Option<String>,
    panes: Option<u8>,
}

/// Settings in force: defaults merged with the config file.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Who reorders right-to-left text.
    pub bidi: BidiMode,
    /// Whether Arabic is shaped to presentation forms.
    pub shaping: bool,
    /// Pane order.
    pub pane_order: PaneOrder,
    /// Panes to open with; `None` chooses by terminal width.
    pub panes: Option<usize>,
    /// Key bindings.
    pub keymap: HashMap<Key, Action>,
    /// Theme colours by role, as written (the terminal layer reads them).
    pub theme: BTreeMap<String, String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            bidi: BidiMode::App,
            shaping: true,
            pane_order: PaneOrder::Ltr,
            panes: None,
            keymap: default_bindings().into_iter().collect(),
            theme: BTreeMap::new(),
        }
    }
}

/// Where the config file is looked for when no path is given.
pub fn default_config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("TAHQIQ_CONFIG") {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "tahqiq").map(|d| d.config_dir().join("config.ron"))
}

/// Loads settings from `path`; a missing file gives the defaults silently. Problems are
/// returned as messages for the status bar, each naming the file.
pub fn load(path: Option<&Path>) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut messages = Vec::new();
    let Some(path) = path else {
        return (settings, messages);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (settings, messages),
        Err(err) => {
            messages.push(format!(
                "{}: cannot read: {err}; using defaults",
                path.display()
            ));
            return (settings, messages);
        }
    };
    match parse(&text) {
        Ok((parsed, problems)) => {
            settings = parsed;
            messages.extend(
                problems
                    .into_iter()
                    .map(|p| format!("{}: {p}", path.display())),
            );
        }
        Err(problem) => messages.push(format!("{}:{problem}; using defaults", path.display())),
    }
    (settings, messages)
}

/// Parses config text. A syntax error is `Err("LINE:COL: what")`; values that are wrong but
/// leave the rest usable are returned as problems beside the settings.
pub fn parse(text: &str) -> Result<(Settings, Vec<String>), String> {
    let file: ConfigFile = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code))?;
    let mut settings = Settings::default();
    let mut problems = Vec::new();
    for (key_name, action_name) in &file.keys {
        let key = match Key::parse(key_name) {
            Ok(key) => key,
            Err(err) => {
                problems.push(err);
                continue;
            }
        };
        if action_name == "none" {
            settings.keymap.remove(&key);
        } else if let Some(action) = Action::from_name(action_name) {
            settings.keymap.insert(key, action);
        } else {
            problems.push(format!(
                "unknown action `{action_name}` for key `{key_name}`"
            ));
        }
    }
    match file.bidi.as_deref() {
        None | Some("app") => {}
        Some("terminal") => settings.bidi = BidiMode::Terminal,
        Some(other) => problems.push(format!("unknown bidi mode `{other}` (app or terminal)")),
    }
    if let Some(shaping) = file.shaping {
        settings.shaping = shaping;
    }
    if let Some(layout) = file.layout {
        match layout.parse() {
            Ok(order) => settings.pane_order = order,
            Err(err) => problems.push(err),
        }
    }
    match file.panes {
        Some(n @ 1..=4) => settings.panes = Some(usize::from(n)),
        Some(n) => problems.push(format!("panes must be 1 to 4, not {n}")),
        None => {}
    }
    settings.theme = file.theme;
    Ok((settings, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_overrides_only_what_it_names() {
        let (settings, problems) =
            parse(r#"(keys: {"x": "quit", "j": "none"}, layout: "rtl")"#).expect("parses");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(settings.keymap.get(&Key::char('x')), Some(&Action::Quit));
        assert_eq!(settings.keymap.get(&Key::char('q')), Some(&Action::Quit));
        assert_eq!(settings.keymap.get(&Key::char('j')), None);
        assert_eq!(
            settings.keymap.get(&Key::char('k')),
            Some(&Action::ScrollUp)
        );
        assert_eq!(settings.pane_order, PaneOrder::Rtl);
        assert_eq!(settings.bidi, BidiMode::App);
    }

    #[test]
    fn a_broken_file_names_line_and_column() {
        let err = parse("(\n  keys: {\"x\" \"quit\"},\n)").expect_err("broken");
        assert!(err.starts_with("2:"), "{err}");
    }

    #[test]
    fn wrong_values_are_reported_and_skipped() {
        let (settings, problems) =
            parse(r#"(keys: {"x": "fly"}, bidi: "sideways", panes: 9)"#).expect("parses");
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert_eq!(settings.bidi, BidiMode::App);
        assert_eq!(settings.panes, None);
    }

    #[test]
    fn a_missing_file_is_silent_and_a_broken_one_is_named() {
        let (_, messages) = load(Some(Path::new("/nonexistent/config.ron")));
        assert!(messages.is_empty());
        let dir = std::env::temp_dir().join(format!("tahqiq-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("config.ron");
        std::fs::write(&path, "(panes: )").expect("write");
        let (settings, messages) = load(Some(&path));
        assert_eq!(settings.panes, None);
        assert_eq!(messages.len(), 1);
        assert!(messages[0].contains("config.ron:1:"), "{}", messages[0]);
        std::fs::remove_dir_all(&dir).ok();
    }
}
