//! Where keys go and what the keyboard is doing: the focus (the list or a pane) and the mode
//! (running commands, typing a search, choosing in a panel, writing a note …).

use super::claims::ClaimFilter;
use super::items::PanelKind;

/// Which part of the screen keys go to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The article list.
    List,
    /// Reading pane `n`.
    Pane(usize),
}

/// What the keyboard is doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Running commands.
    Normal,
    /// Typing a search.
    Search {
        /// What has been typed.
        input: String,
    },
    /// Reading the help screen.
    Help {
        /// Lines scrolled.
        scroll: usize,
    },
    /// Choosing from the statements or numbers panel.
    Panel {
        /// Which list.
        kind: PanelKind,
        /// The entry selected, by position in the list.
        selected: usize,
    },
    /// Selecting words to make a claim of (`v`).
    Select {
        /// The pane selected in.
        pane: usize,
        /// First code point selected.
        start: usize,
        /// One past the last.
        end: usize,
    },
    /// Writing a claim's note (the editor itself lives in the terminal layer).
    Note {
        /// The claim.
        claim: u32,
    },
    /// Choosing a claim's tags.
    Tags {
        /// The claim.
        claim: u32,
        /// The name of a new tag being typed.
        adding: Option<String>,
    },
    /// Choosing how two claims relate.
    Relation {
        /// The claim the link goes from.
        from: u32,
        /// The claim it goes to.
        to: u32,
    },
    /// Choosing among link suggestions (listed in [`App::suggestions`](super::App::suggestions)).
    Suggestions {
        /// The claim they are for.
        claim: u32,
        /// The suggestion selected.
        selected: usize,
    },
    /// The claims panel.
    Claims {
        /// The row selected.
        selected: usize,
        /// Which claims are listed.
        filter: ClaimFilter,
    },
    /// Asking where to export the review (`E`).
    Export {
        /// The folder typed.
        input: String,
        /// Set once the user was told the folder is not empty: Enter replaces it.
        replace: bool,
    },
    /// The conflicts a merge left (`!`).
    Conflicts {
        /// The conflict selected.
        selected: usize,
    },
}
