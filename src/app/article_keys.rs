//! How the project names each open article, in the order the articles are open, and the way
//! back from a name to its article: claims name their article, and with a corpus open every
//! list of claims, suggestion or export asks for thousands of positions.

use rustc_hash::FxHashMap;

/// The project's name for each open article (its path relative to the project file), by
/// article index, with an index from name to article.
#[derive(Clone, Debug, Default)]
pub struct ArticleKeys {
    keys: Vec<String>,
    positions: FxHashMap<String, usize>,
}

impl ArticleKeys {
    /// Adds the name of the next article opened.
    pub fn push(&mut self, key: String) {
        // Where a name stands twice, the first article with it answers, as a search would.
        self.positions.entry(key.clone()).or_insert(self.keys.len());
        self.keys.push(key);
    }

    /// The article named `key`, if one is open.
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.positions.get(key).copied()
    }

    /// Whether an article named `key` is open.
    pub fn contains(&self, key: &str) -> bool {
        self.positions.contains_key(key)
    }
}

impl FromIterator<String> for ArticleKeys {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        let mut keys = Self::default();
        for key in iter {
            keys.push(key);
        }
        keys
    }
}

impl std::ops::Deref for ArticleKeys {
    type Target = [String];

    fn deref(&self) -> &[String] {
        &self.keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lead_back_to_their_first_article() {
        let keys: ArticleKeys = ["a.txt", "b.txt", "a.txt"]
            .map(str::to_owned)
            .into_iter()
            .collect();
        assert_eq!(
            (keys.index_of("a.txt"), keys.index_of("b.txt")),
            (Some(0), Some(1))
        );
        assert_eq!(keys.index_of("c.txt"), None);
        assert!(keys.contains("b.txt") && !keys.contains("c.txt"));
        assert_eq!(keys.len(), 3);
        assert_eq!(&keys[2], "a.txt");
    }
}
