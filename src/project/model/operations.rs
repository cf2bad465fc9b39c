//! What a project does with its parts: finding, adding and removing claims, linking them,
//! and putting everything in the canonical order a saved file keeps.

use super::{ArticleRecord, Claim, Link, Project, Relation, Tag, VERSION};

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
