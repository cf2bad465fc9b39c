//! Word lists compared in folded form: folded once, on first use, and looked up by hash.

use super::fold;

/// A word list written as people spell it, folded on first use and kept: comparing a folded
/// word against it folds nothing more, and looks it up by hash rather than entry by entry.
pub struct FoldedList {
    list: &'static [&'static str],
    folded: std::sync::OnceLock<FoldedWords>,
}

/// The words of a [`FoldedList`] folded, and what lets most words asked about be turned away
/// before they are hashed: the byte lengths the words have and the bytes they end with.
struct FoldedWords {
    words: Vec<String>,
    set: rustc_hash::FxHashSet<String>,
    /// Bit `n` for a word of `n` bytes (bit 63 for 63 and more).
    lengths: u64,
    /// Bit `b` for a word whose last byte is `b` (bit 0 for the empty word).
    last_bytes: [u64; 4],
}

/// The bits of [`FoldedWords::lengths`] and [`FoldedWords::last_bytes`] for `word`.
fn length_and_last_byte(word: &str) -> (u64, usize) {
    let last = word.as_bytes().last().copied().unwrap_or(0);
    (1 << word.len().min(63), usize::from(last))
}

impl FoldedList {
    /// The list `list`, to be folded when first asked for.
    pub const fn new(list: &'static [&'static str]) -> Self {
        Self {
            list,
            folded: std::sync::OnceLock::new(),
        }
    }

    fn folded(&self) -> &FoldedWords {
        self.folded.get_or_init(|| {
            let words: Vec<String> = self.list.iter().map(|w| fold(w)).collect();
            let mut lengths = 0;
            let mut last_bytes = [0u64; 4];
            for word in &words {
                let (length, last) = length_and_last_byte(word);
                lengths |= length;
                last_bytes[last / 64] |= 1 << (last % 64);
            }
            FoldedWords {
                set: words.iter().cloned().collect(),
                words,
                lengths,
                last_bytes,
            }
        })
    }

    /// The folded words, in the order of the list.
    pub fn words(&self) -> &[String] {
        &self.folded().words
    }

    /// Whether the already folded `word` is one of the list. The speaker rules ask for most
    /// words near a statement, and most have a length or a last letter no word of the list has.
    pub fn contains(&self, word: &str) -> bool {
        let folded = self.folded();
        let (length, last) = length_and_last_byte(word);
        folded.lengths & length != 0
            && folded.last_bytes[last / 64] & (1 << (last % 64)) != 0
            && folded.set.contains(word)
    }
}

/// Asserts that every word of `lists` is written folded: word lists are compared with folded
/// words, so a word written any other way would never match. For the lists' tests.
#[cfg(test)]
pub(crate) fn assert_written_folded(lists: &[&[&str]]) {
    let unfolded: Vec<&str> = lists
        .iter()
        .flat_map(|list| list.iter().copied())
        .filter(|word| fold(word) != *word)
        .collect();
    assert!(unfolded.is_empty(), "not written folded: {unfolded:?}");
}
