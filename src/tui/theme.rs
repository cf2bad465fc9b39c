//! Colours and text attributes by role, from defaults overridden by the config file's `theme`.
//! With `NO_COLOR` set, roles stay distinguishable by bold, underline, italics and reverse video.

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

/// Styles by role.
#[derive(Clone, Debug)]
pub struct Theme {
    /// Article text.
    pub text: Style,
    /// Page furniture and secondary information.
    pub dim: Style,
    /// Headlines.
    pub title: Style,
    /// Datelines.
    pub dateline: Style,
    /// Borders of unfocused panes.
    pub border: Style,
    /// Border of the focused pane or list.
    pub border_focused: Style,
    /// The selected list entry.
    pub selected: Style,
    /// Search matches.
    pub matched: Style,
    /// The current search match.
    pub current_match: Style,
    /// The status bar.
    pub status: Style,
    /// Keys in the status bar and help screen.
    pub key: Style,
    /// Messages about problems.
    pub warning: Style,
    /// Statements (quotes and reported speech).
    pub statement: Style,
    /// Speakers and cues of statements.
    pub speaker: Style,
    /// Numbers.
    pub number: Style,
    /// The statement or number reached with `]`/`[`.
    pub current_item: Style,
    /// A claim without a tag (tagged claims take their first tag's colour).
    pub claim: Style,
    /// Whether tag colours are drawn (not with `NO_COLOR`).
    pub tag_colours: bool,
}

/// The roles a config file may colour, and what each is for.
pub const ROLES: &[&str] = &[
    "text",
    "dim",
    "title",
    "dateline",
    "border",
    "border_focused",
    "selected",
    "match",
    "current_match",
    "status",
    "key",
    "warning",
    "statement",
    "speaker",
    "number",
    "current_item",
    "claim",
];

impl Theme {
    /// The default colours.
    pub fn colour() -> Self {
        Self {
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            title: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            dateline: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::LightBlue),
            selected: Style::new().fg(Color::Black).bg(Color::LightBlue),
            matched: Style::new().fg(Color::Black).bg(Color::Yellow),
            current_match: Style::new()
                .fg(Color::Black)
                .bg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            status: Style::new().fg(Color::White).bg(Color::Rgb(40, 40, 48)),
            key: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            warning: Style::new().fg(Color::LightRed),
            statement: Style::new().fg(Color::LightGreen),
            speaker: Style::new()
                .fg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
            number: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::UNDERLINED),
            current_item: Style::new().add_modifier(Modifier::REVERSED),
            claim: Style::new().bg(Color::Rgb(70, 70, 90)),
            tag_colours: true,
        }
    }

    /// Attributes only, for `NO_COLOR`.
    pub fn monochrome() -> Self {
        Self {
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            title: Style::new().add_modifier(Modifier::BOLD),
            dateline: Style::new().add_modifier(Modifier::ITALIC),
            border: Style::new(),
            border_focused: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new().add_modifier(Modifier::REVERSED | Modifier::DIM),
            current_match: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            status: Style::new().add_modifier(Modifier::REVERSED),
            key: Style::new().add_modifier(Modifier::BOLD),
            warning: Style::new().add_modifier(Modifier::BOLD),
            statement: Style::new().add_modifier(Modifier::UNDERLINED),
            speaker: Style::new()
                .add_modifier(Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED),
            // Drawn over a statement's underline, a number takes it away to stay a number.
            number: Style::new()
                .add_modifier(Modifier::BOLD | Modifier::ITALIC)
                .remove_modifier(Modifier::UNDERLINED),
            current_item: Style::new().add_modifier(Modifier::REVERSED),
            // Claims are told by the marks beside their lines.
            claim: Style::new(),
            tag_colours: false,
        }
    }

    /// How a claim whose first tag has colour `colour` (a name or `#rrggbb`) is drawn.
    pub fn claim_style(&self, colour: Option<&str>) -> Style {
        match colour.and_then(|c| Color::from_str(c).ok()) {
            Some(colour) if self.tag_colours => Style::new().fg(Color::Black).bg(colour),
            _ => self.claim,
        }
    }

    /// The theme for the environment and the config file's overrides; unknown roles and
    /// colours are returned as problems.
    pub fn load(overrides: &BTreeMap<String, String>, no_color: bool) -> (Self, Vec<String>) {
        let mut theme = if no_color {
            Self::monochrome()
        } else {
            Self::colour()
        };
        let mut problems = Vec::new();
        if no_color {
            return (theme, problems);
        }
        for (role, value) in overrides {
            let colour = match Color::from_str(value) {
                Ok(colour) => colour,
                Err(_) => {
                    problems.push(format!("theme: `{value}` is not a colour (for {role})"));
                    continue;
                }
            };
            let style = match role.as_str() {
                "text" => &mut theme.text,
                "dim" => &mut theme.dim,
                "title" => &mut theme.title,
                "dateline" => &mut theme.dateline,
                "border" => &mut theme.border,
                "border_focused" => &mut theme.border_focused,
                "selected" => &mut theme.selected,
                "match" => &mut theme.matched,
                "current_match" => &mut theme.current_match,
                "status" => &mut theme.status,
                "key" => &mut theme.key,
                "warning" => &mut theme.warning,
                "statement" => &mut theme.statement,
                "speaker" => &mut theme.speaker,
                "number" => &mut theme.number,
                "current_item" => &mut theme.current_item,
                "claim" => &mut theme.claim,
                _ => {
                    problems.push(format!(
                        "theme: unknown role `{role}` (known: {})",
                        ROLES.join(", ")
                    ));
                    continue;
                }
            };
            // Roles drawn on a background colour take the override as background.
            if style.bg.is_some() {
                *style = style.bg(colour);
            } else {
                *style = style.fg(colour);
            }
        }
        (theme, problems)
    }
}

/// Whether the `NO_COLOR` convention asks for no colour.
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_apply_and_mistakes_are_named() {
        let mut overrides = BTreeMap::new();
        overrides.insert("title".to_owned(), "red".to_owned());
        overrides.insert("match".to_owned(), "#102030".to_owned());
        overrides.insert("sky".to_owned(), "blue".to_owned());
        overrides.insert("dim".to_owned(), "not-a-colour".to_owned());
        let (theme, problems) = Theme::load(&overrides, false);
        assert_eq!(theme.title.fg, Some(Color::Red));
        assert_eq!(theme.matched.bg, Some(Color::Rgb(0x10, 0x20, 0x30)));
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn no_color_has_no_colours() {
        let (theme, _) = Theme::load(&BTreeMap::new(), true);
        for style in [theme.title, theme.matched, theme.selected, theme.status] {
            assert_eq!((style.fg, style.bg), (None, None));
        }
    }
}
