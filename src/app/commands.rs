//! The command table: every action the workbench offers, its name in the config file, its
//! default keys and its help text, written once. The keymap, the help screen and the config
//! file's key names all come from here.

use super::keys::Key;

/// Which part of the help screen a command is listed under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Moving through the text of a pane.
    Scroll,
    /// Panes and focus.
    Panes,
    /// Choosing articles.
    Articles,
    /// Searching.
    Search,
    /// Statements and numbers.
    Items,
    /// Claims, notes, tags and links.
    Review,
    /// What is shown.
    View,
    /// Help and quitting.
    General,
}

impl Group {
    /// The heading of the group on the help screen.
    pub fn title(self) -> &'static str {
        match self {
            Group::Scroll => "Scrolling",
            Group::Panes => "Panes",
            Group::Articles => "Articles",
            Group::Search => "Search",
            Group::Items => "Statements and numbers",
            Group::Review => "Review",
            Group::View => "View",
            Group::General => "General",
        }
    }
}

/// One row of the command table.
#[derive(Clone, Copy, Debug)]
pub struct Command {
    /// The action run.
    pub action: Action,
    /// Its name in the config file (`keys: {"ctrl-d": "page_down"}`).
    pub name: &'static str,
    /// Where the help screen lists it.
    pub group: Group,
    /// Default keys, by name (see [`Key::parse`]).
    pub keys: &'static [&'static str],
    /// What it does, for the help screen (the variant's doc comment).
    pub help: &'static str,
}

impl Command {
    /// The help text without the leading space of the doc comment.
    pub fn description(&self) -> &'static str {
        self.help.trim()
    }
}

macro_rules! commands {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $name:literal, $group:ident, [$($key:literal),*]; )+) => {
        /// Everything the user can ask for with a key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Action {
            $( $(#[doc = $doc])+ $variant, )+
        }

        /// Every command, in help-screen order.
        pub const COMMANDS: &[Command] = &[
            $( Command {
                action: Action::$variant,
                name: $name,
                group: Group::$group,
                keys: &[$($key),*],
                help: concat!($($doc),+),
            }, )+
        ];
    };
}

commands! {
    /// Scroll down one line (in the list: next article).
    ScrollDown = "scroll_down", Scroll, ["j", "down"];
    /// Scroll up one line (in the list: previous article).
    ScrollUp = "scroll_up", Scroll, ["k", "up"];
    /// Scroll down one page.
    PageDown = "page_down", Scroll, ["space", "pagedown"];
    /// Scroll up one page.
    PageUp = "page_up", Scroll, ["b", "pageup"];
    /// Go to the top.
    Top = "top", Scroll, ["g", "home"];
    /// Go to the bottom.
    Bottom = "bottom", Scroll, ["G", "end"];
    /// Focus the next pane (or the article list).
    FocusNext = "focus_next", Panes, ["tab"];
    /// Focus the previous pane (or the article list).
    FocusPrev = "focus_prev", Panes, ["backtab"];
    /// Add a reading pane (up to four).
    AddPane = "add_pane", Panes, ["+"];
    /// Remove the focused pane.
    RemovePane = "remove_pane", Panes, ["-"];
    /// Rotate the articles through the panes.
    RotatePanes = "rotate_panes", Panes, ["R"];
    /// Order the panes left-to-right or right-to-left.
    FlipPaneOrder = "flip_pane_order", Panes, ["|"];
    /// Open the selected article in the focused pane.
    OpenSelected = "open_selected", Articles, ["enter"];
    /// Open article 1 in the focused pane.
    Open1 = "open_1", Articles, ["1"];
    /// Open article 2 in the focused pane.
    Open2 = "open_2", Articles, ["2"];
    /// Open article 3 in the focused pane.
    Open3 = "open_3", Articles, ["3"];
    /// Open article 4 in the focused pane.
    Open4 = "open_4", Articles, ["4"];
    /// Open article 5 in the focused pane.
    Open5 = "open_5", Articles, ["5"];
    /// Open article 6 in the focused pane.
    Open6 = "open_6", Articles, ["6"];
    /// Open article 7 in the focused pane.
    Open7 = "open_7", Articles, ["7"];
    /// Open article 8 in the focused pane.
    Open8 = "open_8", Articles, ["8"];
    /// Open article 9 in the focused pane.
    Open9 = "open_9", Articles, ["9"];
    /// Search the focused article (harakat and hamza forms ignored); in the list, list only
    /// the articles that mention it.
    Search = "search", Search, ["/"];
    /// Go to the next match.
    NextMatch = "next_match", Search, ["n"];
    /// Go to the previous match.
    PrevMatch = "prev_match", Search, ["N"];
    /// Go to the next statement or number.
    NextItem = "next_item", Items, ["]"];
    /// Go to the previous statement or number.
    PrevItem = "prev_item", Items, ["["];
    /// Go to the next statement.
    NextStatement = "next_statement", Items, ["}"];
    /// Go to the previous statement.
    PrevStatement = "prev_statement", Items, ["{"];
    /// List the article's statements with their speakers.
    StatementsPanel = "statements", Items, ["s"];
    /// List the article's numbers with values and units.
    NumbersPanel = "numbers", Items, ["#"];
    /// Make the current statement, figure or selection a claim (or select its claim).
    MakeClaim = "claim", Review, ["c"];
    /// Select words for a claim: w one more, b one fewer, c makes the claim.
    Select = "select", Review, ["v"];
    /// Write a note on the current claim (Esc keeps it, Ctrl-c discards the edit).
    Note = "note", Review, ["a"];
    /// Tag the current claim (the codebook's keys toggle, + adds a tag).
    Tags = "tags", Review, ["t"];
    /// Cycle the current claim's status.
    CycleStatus = "status", Review, ["S"];
    /// Link claims: l on one, l on another, then the relation.
    Link = "link", Review, ["l"];
    /// Suggest links: the same statement or figure in other articles.
    SuggestLinks = "suggest_links", Review, ["L"];
    /// Follow a link of the current claim into another pane.
    FollowLink = "follow_link", Review, ["o"];
    /// List all claims (t, s, a, r filter by tag, status, article, needing review).
    ClaimsPanel = "claims", Review, ["C"];
    /// Go to the next claim of the article.
    NextClaim = "next_claim", Review, [">"];
    /// Go to the previous claim of the article.
    PrevClaim = "prev_claim", Review, ["<"];
    /// Delete the current claim and its links.
    DeleteClaim = "delete_claim", Review, ["x"];
    /// Undo the last change to the project.
    Undo = "undo", Review, ["u"];
    /// Redo what was undone.
    Redo = "redo", Review, ["ctrl-r"];
    /// Export the review as a bundle folder (JSON Lines, CSV, Web Annotation, brat, report).
    Export = "export", Review, ["E"];
    /// Resolve the conflicts a merge of two reviews left.
    Conflicts = "conflicts", Review, ["!"];
    /// Save the project now (it is also saved shortly after every change).
    Save = "save", Review, ["ctrl-s"];
    /// Hide or show page furniture (menus, ads, prompts).
    ToggleFurniture = "toggle_furniture", View, ["f"];
    /// Show or hide the messages panel.
    ToggleMessages = "toggle_messages", View, ["m"];
    /// Show this help.
    Help = "help", General, ["?", "f1"];
    /// Quit.
    Quit = "quit", General, ["q"];
}

impl Action {
    /// The command-table row of this action.
    pub fn command(self) -> &'static Command {
        COMMANDS
            .iter()
            .find(|c| c.action == self)
            .unwrap_or(&COMMANDS[0])
    }

    /// The action named `name` in the config file.
    pub fn from_name(name: &str) -> Option<Action> {
        COMMANDS.iter().find(|c| c.name == name).map(|c| c.action)
    }

    /// For the `open_N` actions, N (1-based).
    pub fn article_number(self) -> Option<usize> {
        let n = match self {
            Action::Open1 => 1,
            Action::Open2 => 2,
            Action::Open3 => 3,
            Action::Open4 => 4,
            Action::Open5 => 5,
            Action::Open6 => 6,
            Action::Open7 => 7,
            Action::Open8 => 8,
            Action::Open9 => 9,
            _ => return None,
        };
        Some(n)
    }
}

/// The default key bindings, from the table.
pub fn default_bindings() -> Vec<(Key, Action)> {
    COMMANDS
        .iter()
        .flat_map(|c| {
            c.keys
                .iter()
                .filter_map(move |k| Key::parse(k).ok().map(|key| (key, c.action)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_key_parses_and_is_bound_once() {
        let mut seen = std::collections::HashSet::new();
        for command in COMMANDS {
            assert!(!command.description().is_empty(), "{}", command.name);
            for key in command.keys {
                let parsed = Key::parse(key).expect("a valid default key");
                assert!(seen.insert(parsed), "{key} bound twice");
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for command in COMMANDS {
            assert_eq!(Action::from_name(command.name), Some(command.action));
            assert_eq!(command.action.command().name, command.name);
        }
    }
}
