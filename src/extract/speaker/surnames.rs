//! Surnames: the fullest name an article writes for one (`الخضيري` → `عبدالرحمن الخضيري`), the
//! speaker named so far a surname stands for (`لكن فالون صرّح`), and whether the article has a
//! surname speak by itself (`وأضاف الصباغ`).

use super::Attribution;
use crate::extract::names::{
    can_be_surname, is_first_name, is_link, opens_full_name, shaped_as_no_first_name, son_named,
    surely_first_name, words_before,
};
use crate::extract::words::{clean, folded_clean, is_cue};
use crate::text::normalize::{fold, folded};

/// Whether a folded word opens a family name of two words: `آل` (`آل الشيخ`), `أبو` (`أبو
/// مرزوق`) or a link to a father's name ([`is_link`]: `بن معمر`).
fn opens_family_name(folded: &str) -> bool {
    matches!(folded, "ال" | "ابو") || is_link(folded)
}

/// Whether `word` and `name` after it, where they stand together in `text`, open a sentence
/// there each time: at a paragraph's start or after a full stop, a question mark, an
/// exclamation mark or a colon.
fn opens_sentence(text: &str, word: &str, name: &str) -> bool {
    let phrase = format!("{word} {name}");
    let mut places = memchr::memmem::find_iter(text.as_bytes(), phrase.as_bytes()).peekable();
    places.peek().is_some()
        && places.all(|at| {
            let before = text[..at].trim_end_matches([' ', '\t']);
            before.is_empty() || before.ends_with(['.', '!', '?', '؟', ':', '\n'])
        })
}

impl<'a> Attribution<'a> {
    /// The fullest form of `name` in the article: a hashtag name ending with it, or the word
    /// before it where that is a first name, not a verb, a word with an object pronoun or a
    /// noun joined to a preposition ([`shaped_as_no_first_name`]); a word that cannot be a
    /// surname (a body, an honorific, a place) is named by itself.
    pub(super) fn fullest(&mut self, name: &str) -> String {
        let folded = folded(name);
        if folded.contains(' ') || !can_be_surname(&folded) {
            return name.to_owned();
        }
        if let Some((_, full)) = self.names.iter().find(|(last, _)| *last == folded) {
            return full.clone();
        }
        // An article names the same few people again and again: each is searched for once.
        if let Some((_, full)) = self.resolved.iter().find(|(short, _)| short == name) {
            return full.clone();
        }
        // Before a feminine noun with the article (`الدراسة`, `الشركة`, or a surname such as
        // `العطية`), a word starting or ending with `ت` is a verb agreeing with it (`أظهرت
        // الدراسة`, `تزعم الشركة`), not a first name.
        let feminine = folded.starts_with("ال") && folded.ends_with('ه');
        let verb = |w: &str| {
            let w = folded_clean(w);
            feminine && (w.starts_with('ت') || w.ends_with('ت'))
        };
        // `و` (and) and a word opening a sentence before the surname is a verb and its subject
        // (`وناقش الوزراء`, `وخرج السيسي`): names are joined by `و` within a sentence.
        let text = &self.src.article.text;
        let verb_first = |w: &str| w.starts_with('و') && opens_sentence(text, w, name);
        let candidates = self.words_before(name);
        // (`بوتين وسيب بلاتر`, Putin and Sepp Blatter: where the article also writes the first
        // name without the `و` joining it, that is the name.)
        let twin = |w: &str| {
            w.strip_prefix('و')
                .and_then(|bare| candidates.iter().find(|c| **c == bare))
                .copied()
        };
        // (A title's word is a first name where the article names a son of it: `مسفر بن سفير
        // الخثعمي` makes `سفير` the father's name, not the ambassador.)
        let fathers = |w: &str| son_named(text, &format!("{} {name}", clean(w))).is_some();
        let first = candidates
            .iter()
            .find(|w| {
                (opens_full_name(w) || (is_first_name(w) && fathers(w)))
                    && !verb(w)
                    && !verb_first(w)
                    && !shaped_as_no_first_name(w)
            })
            .map(|w| twin(w).unwrap_or(w));
        let full = match first {
            Some(first) => {
                let named = format!("{first} {name}");
                match son_named(&self.src.article.text, &named) {
                    Some(son) => format!("{son} بن {named}"),
                    None => named,
                }
            }
            None => name.to_owned(),
        };
        self.resolved.push((name.to_owned(), full.clone()));
        full
    }

    /// The speaker named so far whose last word is `word` (`فالون` for `مايكل فالون`), where
    /// that can be a surname: not a body, place or honorific, nor a word with a pronoun
    /// (`بعضهم`, some of them).
    pub(super) fn named_by_surname(&self, word: &str) -> Option<String> {
        let word = folded(word);
        self.named_by_key(&word)?.next().cloned()
    }

    /// [`Self::named_by_surname`] where the surname names one speaker so far: none where it
    /// names two (`بنيامين نتنياهو`, and a phrase read wrong, `ناطق بلسان نتنياهو`).
    pub(super) fn named_only_by_surname(&self, word: &str) -> Option<String> {
        let word = folded(word);
        let mut named = self.named_by_key(&word)?;
        let name = named.next()?;
        named.all(|other| other == name).then(|| name.clone())
    }

    /// The speakers named so far, the latest first, whose last word is `word` (folded), where
    /// that can be a surname.
    fn named_by_key<'s>(&'s self, word: &'s str) -> Option<impl Iterator<Item = &'s String>> {
        if !can_be_surname(word) || ["هم", "ها", "هما"].iter().any(|p| word.ends_with(p)) {
            return None;
        }
        Some(
            self.speakers
                .iter()
                .rev()
                .filter(move |(last, _)| last == word)
                .map(|(_, name)| name),
        )
    }

    /// The speaker named so far whose name ends with the family name of two words `particle
    /// family`, folded (`آل الشيخ` for `عبدالعزيز بن عبدالله آل الشيخ`, `أبو مرزوق` for `موسى
    /// أبو مرزوق`), where `particle` is one that opens such a name.
    pub(super) fn named_by_family_name(&self, particle: &str, family: &str) -> Option<String> {
        if !opens_family_name(particle) {
            return None;
        }
        self.speakers
            .iter()
            .rev()
            .filter(|(last, _)| last == family)
            .find_map(|(_, name)| {
                let words: Vec<&str> = name.split(' ').collect();
                let [first_names @ .., before, _] = words.as_slice() else {
                    return None;
                };
                // A name, not a description closed by one (`الباحث الأردني أبو هنية`): no
                // word with the article but `الله` after `عبد`.
                let plain = first_names
                    .iter()
                    .enumerate()
                    .all(|(k, w)| !w.starts_with("ال") || (k > 0 && first_names[k - 1] == "عبد"));
                (fold(before) == particle && !first_names.is_empty() && plain).then(|| name.clone())
            })
    }

    /// Whether the article has `surname` speak by itself somewhere (`وأضاف الصباغ`): a cue
    /// written just before it.
    pub(super) fn speaks_alone(&mut self, surname: &str) -> bool {
        self.words_before(surname).iter().any(|w| is_cue(w))
    }

    /// The words written just before `surname` in the article ([`words_before`]), searched
    /// for once a surname: the first-name search and the speaks-alone test both ask.
    fn words_before(&mut self, surname: &str) -> Vec<&'a str> {
        if let Some((_, found)) = self.before.iter().find(|(s, _)| s == surname) {
            return found.clone();
        }
        let found = words_before(&self.src.article.text, surname);
        self.before.push((surname.to_owned(), found.clone()));
        found
    }

    /// The person a surname alone stands for: a speaker named so far by it, or the fuller name
    /// the article writes ([`Attribution::fullest`]) where the word before it surely is a first
    /// name ([`surely_first_name`]); else the word itself.
    pub(super) fn surely_named(&mut self, word: &str) -> String {
        if let Some(named) = self.named_by_surname(word) {
            return named;
        }
        let full = self.fullest(word);
        match full.split_once(' ') {
            Some((first, _)) if !surely_first_name(first) => clean(word).to_owned(),
            _ => full,
        }
    }
}
