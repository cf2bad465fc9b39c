//! What a review is made of: the articles it covers, the codebook of tags, the claims found in
//! the articles and the links between them.
//!
//! Everything here is plain data with serde derives; the field order is the order in the RON
//! file, and claims and links are kept sorted by id, so saving the same project twice gives the
//! same bytes and two people's files merge line by line.

use serde::{Deserialize, Serialize};

mod operations;
mod time;

pub use operations::default_codebook;
pub use time::{format_timestamp, timestamp};

/// The version of the project file this build writes.
pub const VERSION: u32 = 1;

/// A review project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The file format version ([`VERSION`]).
    pub version: u32,
    /// The articles, by path relative to the project file.
    #[serde(default)]
    pub articles: Vec<ArticleRecord>,
    /// The tags claims can carry.
    #[serde(default)]
    pub codebook: Vec<Tag>,
    /// The claims, sorted by id.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// The links between claims, sorted by id.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Where two merged reviews disagree, until someone decides (see `tahqiq merge`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// An article of the project, as it was when its claims were anchored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// Path relative to the project file (`/` separated), or the sample's file name.
    pub path: String,
    /// SHA-256 of the file's bytes, in hex.
    pub sha256: String,
    /// The encoding it was read in.
    pub encoding: String,
    /// Its headline.
    pub title: String,
}

/// A tag of the codebook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    /// The tag's name, unique in the codebook.
    pub name: String,
    /// Its colour: a name (`red`, `lightblue`) or `#rrggbb`.
    pub colour: String,
    /// The key that toggles it in the tag picker.
    pub key: Option<char>,
    /// What the tag means, for the people coding.
    #[serde(default)]
    pub description: String,
}

/// What a claim is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// A direct quotation.
    Quote,
    /// Reported speech.
    Reported,
    /// A figure.
    Number,
    /// A stretch of text the reviewer chose.
    Span,
}

impl ClaimKind {
    /// Every kind.
    pub const ALL: [ClaimKind; 4] = [
        ClaimKind::Quote,
        ClaimKind::Reported,
        ClaimKind::Number,
        ClaimKind::Span,
    ];

    /// Its name, as in the file.
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
            ClaimKind::Number => "number",
            ClaimKind::Span => "span",
        }
    }
}

/// How far a claim has been checked.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not checked yet.
    #[default]
    Unverified,
    /// Other sources support it.
    Supported,
    /// Other sources dispute it.
    Disputed,
    /// Shown to be false.
    False,
    /// Cannot be checked.
    Unverifiable,
}

impl Status {
    /// Every status, in the order `S` cycles through them.
    pub const ALL: [Status; 5] = [
        Status::Unverified,
        Status::Supported,
        Status::Disputed,
        Status::False,
        Status::Unverifiable,
    ];

    /// The status after this one.
    pub fn next(self) -> Status {
        let i = Status::ALL.iter().position(|&s| s == self).unwrap_or(0);
        Status::ALL[(i + 1) % Status::ALL.len()]
    }

    /// Its name, as in the file.
    pub fn name(self) -> &'static str {
        match self {
            Status::Unverified => "unverified",
            Status::Supported => "supported",
            Status::Disputed => "disputed",
            Status::False => "false",
            Status::Unverifiable => "unverifiable",
        }
    }
}

/// Whether a claim still sits where it was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchoring {
    /// On the text it was made on.
    #[default]
    Exact,
    /// The article changed and the claim was found again elsewhere: worth a look.
    Moved,
    /// The article changed and the claim's text is no longer in it.
    Orphaned,
}

/// A claim's text with its surroundings, as the W3C Web Annotation `TextQuoteSelector`: enough
/// to find it again after the article changes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selector {
    /// The claim's text.
    pub exact: String,
    /// Up to [`CONTEXT`] characters before it.
    pub prefix: String,
    /// Up to [`CONTEXT`] characters after it.
    pub suffix: String,
}

/// Characters of context a selector keeps on each side.
pub const CONTEXT: usize = 32;

/// A claim: a statement, figure or span of one article under review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable identifier, unique in the project.
    pub id: u32,
    /// The article's path, as in [`ArticleRecord::path`].
    pub article: String,
    /// What it is.
    pub kind: ClaimKind,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text and its context, to find it again.
    pub quote: Selector,
    /// Who said it.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The words that introduce it.
    #[serde(default)]
    pub cue: Option<String>,
    /// A figure's value.
    #[serde(default)]
    pub value: Option<f64>,
    /// A figure's unit or counted noun.
    #[serde(default)]
    pub unit: Option<String>,
    /// Tag names, sorted.
    #[serde(default)]
    pub tags: Vec<String>,
    /// How far it has been checked.
    #[serde(default)]
    pub status: Status,
    /// What the reviewer wrote about it.
    #[serde(default)]
    pub note: String,
    /// Whether it still sits where it was made.
    #[serde(default)]
    pub anchoring: Anchoring,
    /// When it was made (RFC 3339, UTC).
    pub created: String,
    /// When it last changed (RFC 3339, UTC).
    pub modified: String,
}

/// How two claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The same claim.
    Same,
    /// The first supports the second.
    Supports,
    /// The first contradicts the second.
    Contradicts,
    /// The first adds detail to the second.
    Elaborates,
    /// The first cites the second.
    Cites,
    /// The first updates the second (a newer figure, a later statement).
    Updates,
}

impl Relation {
    /// Every relation, with the key that picks it.
    pub const ALL: [(Relation, char); 6] = [
        (Relation::Same, 's'),
        (Relation::Supports, 'p'),
        (Relation::Contradicts, 'c'),
        (Relation::Elaborates, 'e'),
        (Relation::Cites, 'i'),
        (Relation::Updates, 'u'),
    ];

    /// Its name, as in the file.
    pub fn name(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Supports => "supports",
            Relation::Contradicts => "contradicts",
            Relation::Elaborates => "elaborates",
            Relation::Cites => "cites",
            Relation::Updates => "updates",
        }
    }
}

/// A link between two claims, of any articles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Stable identifier, unique among links.
    pub id: u32,
    /// The claim the relation goes from.
    pub from: u32,
    /// The claim it goes to.
    pub to: u32,
    /// How they relate.
    pub relation: Relation,
    /// What the reviewer wrote about the link.
    #[serde(default)]
    pub note: Option<String>,
}

/// Which field of a claim two reviewers disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The status.
    Status,
    /// The note.
    Note,
}

impl Field {
    /// Its name, as in the file.
    pub fn name(self) -> &'static str {
        match self {
            Field::Status => "status",
            Field::Note => "note",
        }
    }
}

/// A disagreement left by a merge: the values each reviewer gave one claim's field. The claim
/// keeps the first value until the conflict is resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// The claim.
    pub claim: u32,
    /// The field they disagree on.
    pub field: Field,
    /// Each reviewer's name (the project file's stem) and value, in merge order.
    pub values: Vec<(String, String)>,
}

#[cfg(test)]
mod tests;
