//! Keys as the application sees them, independent of any terminal library, and their names
//! in the config file and in `tahqiq render --keys`.
//!
//! Names: a single character (`j`, `G`, `?`, `ب`), or a named key (`enter`, `esc`, `tab`,
//! `backtab`, `space`, `backspace`, `up`, `down`, `left`, `right`, `pageup`, `pagedown`, `home`,
//! `end`, `delete`, `f1`…`f12`), optionally with `ctrl-` or `alt-` in front. tmux's spellings are
//! accepted too (`C-r`, `M-x`, `BTab`, `NPage`, `PPage`, `Escape`, `BSpace`), so a key sequence
//! typed for tmux works unchanged.

use std::fmt;

/// A key without modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyCode {
    /// A character; shifted letters are their capital (`G`).
    Char(char),
    /// Enter.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Home.
    Home,
    /// End.
    End,
    /// A function key.
    F(u8),
}

/// A key press.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    /// Which key.
    pub code: KeyCode,
    /// Control held.
    pub ctrl: bool,
    /// Alt held.
    pub alt: bool,
}

impl Key {
    /// A key with no modifier.
    pub const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }

    /// A character key with no modifier.
    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    /// Parses a key name (see the module documentation).
    pub fn parse(name: &str) -> Result<Self, String> {
        let mut rest = name;
        let mut key = Key::plain(KeyCode::Esc);
        loop {
            if let Some(r) = strip_prefix_ci(rest, "ctrl-").or_else(|| rest.strip_prefix("C-")) {
                key.ctrl = true;
                rest = r;
            } else if let Some(r) =
                strip_prefix_ci(rest, "alt-").or_else(|| rest.strip_prefix("M-"))
            {
                key.alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        key.code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" | "btab" | "shift-tab" | "s-tab" => KeyCode::BackTab,
                "space" => KeyCode::Char(' '),
                "backspace" | "bspace" => KeyCode::Backspace,
                "delete" | "del" | "dc" => KeyCode::Delete,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pageup" | "ppage" | "pgup" => KeyCode::PageUp,
                "pagedown" | "npage" | "pgdn" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                f if f.starts_with('f') && f.len() > 1 => match f[1..].parse::<u8>() {
                    Ok(n @ 1..=12) => KeyCode::F(n),
                    _ => return Err(format!("unknown key `{name}`")),
                },
                _ => return Err(format!("unknown key `{name}`")),
            },
        };
        Ok(key)
    }

    /// Parses a space-separated sequence of key names.
    pub fn parse_sequence(keys: &str) -> Result<Vec<Self>, String> {
        keys.split_whitespace().map(Self::parse).collect()
    }
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    (s.len() > prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix))
        .then(|| &s[prefix.len()..])
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PageUp"),
            KeyCode::PageDown => f.write_str("PageDown"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::F(n) => write!(f, "F{n}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_both_spellings() {
        assert_eq!(Key::parse("j"), Ok(Key::char('j')));
        assert_eq!(Key::parse("space"), Ok(Key::char(' ')));
        assert_eq!(Key::parse("BTab"), Ok(Key::plain(KeyCode::BackTab)));
        assert_eq!(Key::parse("NPage"), Ok(Key::plain(KeyCode::PageDown)));
        let ctrl_r = Key {
            ctrl: true,
            ..Key::char('r')
        };
        assert_eq!(Key::parse("C-r"), Ok(ctrl_r));
        assert_eq!(Key::parse("ctrl-r"), Ok(ctrl_r));
        assert_eq!(Key::parse("ب"), Ok(Key::char('ب')));
        assert!(Key::parse("hyper-x").is_err());
        assert_eq!(ctrl_r.to_string(), "Ctrl-r");
    }

    #[test]
    fn sequences() {
        let keys = Key::parse_sequence("j j Tab / ا Enter").expect("parses");
        assert_eq!(keys.len(), 6);
        assert_eq!(keys[3], Key::char('/'));
    }
}
