//! What a review is made of: the articles it covers, the codebook of tags, the claims found in
//! the articles and the links between them.
//!
//! Everything here is plain data with serde derives; the field order is the order in the RON
//! file, and claims and links are kept sorted by id, so saving the same project twice gives the
//! same bytes and two people's files merge line by line.

use serde::{Deserialize, Serialize};

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

impl Default for Project {
    fn default() -> Self {
        Self {
            version: VERSION,
            articles: Vec::new(),
            codebook: default_codebook(),
            claims: Vec::new(),
            links: Vec::new(),
            conflicts: Vec::new(),
        }
    }
}

/// The codebook a new project starts with: the questions a fact-checker asks of a claim.
pub fn default_codebook() -> Vec<Tag> {
    let tag = |name: &str, colour: &str, key: char, description: &str| Tag {
        name: name.to_owned(),
        colour: colour.to_owned(),
        key: Some(key),
        description: description.to_owned(),
    };
    vec![
        tag("claim", "yellow", 'c', "A checkable assertion of fact"),
        tag(
            "figure",
            "cyan",
            'f',
            "A number worth checking against its source",
        ),
        tag(
            "official",
            "blue",
            'o',
            "Said by an official or government source",
        ),
        tag(
            "anonymous",
            "magenta",
            'a',
            "Attributed to an unnamed source",
        ),
        tag(
            "opinion",
            "gray",
            'p',
            "Opinion or prediction, not checkable as fact",
        ),
        tag(
            "context",
            "green",
            'x',
            "Background that frames other claims",
        ),
        tag("follow-up", "red", 'u', "Needs more reporting or a call"),
    ]
}

impl Project {
    /// The claim with id `id`.
    pub fn claim(&self, id: u32) -> Option<&Claim> {
        self.claims
            .binary_search_by_key(&id, |c| c.id)
            .ok()
            .map(|i| &self.claims[i])
    }

    /// The claim with id `id`, to change.
    pub fn claim_mut(&mut self, id: u32) -> Option<&mut Claim> {
        let index = self.claims.binary_search_by_key(&id, |c| c.id).ok()?;
        Some(&mut self.claims[index])
    }

    /// The id the next claim gets.
    pub fn next_claim_id(&self) -> u32 {
        self.claims.last().map_or(1, |c| c.id + 1)
    }

    /// The id the next link gets.
    pub fn next_link_id(&self) -> u32 {
        self.links.last().map_or(1, |l| l.id + 1)
    }

    /// Adds `claim` (its id must be [`Project::next_claim_id`]) and returns its id.
    pub fn add_claim(&mut self, claim: Claim) -> u32 {
        let id = claim.id;
        self.claims.push(claim);
        self.normalise();
        id
    }

    /// Removes claim `id` and the links that touch it.
    pub fn remove_claim(&mut self, id: u32) -> Option<Claim> {
        let index = self.claims.binary_search_by_key(&id, |c| c.id).ok()?;
        self.links.retain(|l| l.from != id && l.to != id);
        self.conflicts.retain(|c| c.claim != id);
        Some(self.claims.remove(index))
    }

    /// Links `from` to `to`, unless they are the same claim or already linked so; returns the
    /// link's id.
    pub fn link(&mut self, from: u32, to: u32, relation: Relation) -> Option<u32> {
        if from == to || self.claim(from).is_none() || self.claim(to).is_none() {
            return None;
        }
        let exists = self.links.iter().any(|l| {
            l.relation == relation
                && ((l.from == from && l.to == to) || (l.from == to && l.to == from))
        });
        if exists {
            return None;
        }
        let id = self.next_link_id();
        self.links.push(Link {
            id,
            from,
            to,
            relation,
            note: None,
        });
        Some(id)
    }

    /// The links that touch claim `id`.
    pub fn links_of(&self, id: u32) -> impl Iterator<Item = &Link> {
        self.links
            .iter()
            .filter(move |l| l.from == id || l.to == id)
    }

    /// The claims of one article, in text order.
    pub fn claims_in<'a>(&'a self, article: &'a str) -> impl Iterator<Item = &'a Claim> {
        self.claims.iter().filter(move |c| c.article == article)
    }

    /// The codebook tag named `name`.
    pub fn tag(&self, name: &str) -> Option<&Tag> {
        self.codebook.iter().find(|t| t.name == name)
    }

    /// Where article `path`'s record is (`Ok`), or would go to keep the list sorted (`Err`).
    /// Articles are sorted by path in every project that was loaded or normalised, so this is
    /// a binary search: tens of thousands of articles are recorded in n log n.
    pub fn article_index(&self, path: &str) -> Result<usize, usize> {
        self.articles
            .binary_search_by(|a| a.path.as_str().cmp(path))
    }

    /// The record of article `path`.
    pub fn article(&self, path: &str) -> Option<&ArticleRecord> {
        self.article_index(path).ok().map(|i| &self.articles[i])
    }

    /// Puts everything in its canonical order: claims and links by id, articles by path, each
    /// claim's tags by name without repeats. Saving calls this, so the file never depends on
    /// the order things were done in.
    pub fn normalise(&mut self) {
        self.claims.sort_by_key(|c| c.id);
        self.links.sort_by_key(|l| l.id);
        self.conflicts.sort_by_key(|c| (c.claim, c.field));
        self.articles.sort_by(|a, b| a.path.cmp(&b.path));
        self.articles.dedup_by(|a, b| a.path == b.path);
        for claim in &mut self.claims {
            claim.tags.sort();
            claim.tags.dedup();
        }
    }
}

/// Now, as RFC 3339 in UTC to the second (`2026-11-22T18:33:10Z`).
pub fn timestamp() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format_timestamp(seconds)
}

/// Seconds since 1970 as RFC 3339 in UTC.
pub fn format_timestamp(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    // Civil date from days since 1970-01-01 (the proleptic Gregorian calendar, in 400-year
    // eras of 146,097 days).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339() {
        assert_eq!(format_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_timestamp(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_timestamp(1_795_372_390), "2026-11-22T18:33:10Z");
    }

    #[test]
    fn status_cycles_through_all() {
        let mut status = Status::Unverified;
        for _ in 0..5 {
            status = status.next();
        }
        assert_eq!(status, Status::Unverified);
        assert_eq!(Status::Unverified.next(), Status::Supported);
    }

    #[test]
    fn the_default_codebook_has_unique_names_and_keys() {
        let book = default_codebook();
        let mut names: Vec<&str> = book.iter().map(|t| t.name.as_str()).collect();
        let mut keys: Vec<char> = book.iter().filter_map(|t| t.key).collect();
        names.dedup();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(names.len(), book.len());
        assert_eq!(keys.len(), book.len());
    }
}
