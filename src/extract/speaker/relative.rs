//! The speaker a relative pronoun just before the cue stands for: `هيئة أعضاء الشرف صالح الصغير
//! الذي أكد أن` (Saleh al-Sagheer, who stressed that), `الفرنسي ميشال بلاتيني الذي أعلن`. The
//! pronoun agrees with the verb (`الذي قال`, `التي قالت`); where it does not, it stands for
//! something else (`تغريدة الدريس التي يقول فيها`, the tweet in which he says).

use super::Attribution;
use crate::extract::names::{is_title_or_rank, name_closing_title, surely_first_name};
use crate::extract::pairs::is_place;
use crate::extract::words::{
    FIRST_NAME_SET, PREPOSITIONS, clean, folded_clean, is_cue, strip_proclitic, tidy,
};
use crate::text::normalize::folded;
use std::borrow::Cow;

/// The relative pronouns, folded, of one man and of one woman.
const MASCULINE: &[&str] = &["الذي", "والذي"];
const FEMININE: &[&str] = &["التي", "والتي"];

/// Nouns, folded, a relative pronoun follows without standing for a speaker: `في الوقت الذي
/// أعلن` (at the time when … announced).
const NOT_ANTECEDENTS: &[&str] = &["الوقت", "اليوم", "الحين", "الوقت نفسه", "الشكل", "النحو"];

/// Words, folded, for oneself after a name (`عباس نفسه`).
const SELF: &[&str] = &["نفسه", "نفسها", "ذاته", "ذاتها"];

/// Whether a folded word is governed by `ب` or `ل` (`بالقرار`, `للرئيس`, `لهذا`): not the
/// person the pronoun stands for.
fn prepositional(folded: &str) -> bool {
    ["بال", "لل", "لهذ", "بهذ"]
        .iter()
        .any(|p| folded.starts_with(p))
}

/// Whether a folded word can be part of a name: no article, no title.
fn plain_word(folded: &str) -> bool {
    !folded.starts_with("ال") && !is_title_or_rank(folded)
}

/// The most words read back from the pronoun.
const MOST: usize = 6;

/// Whether a cue, folded, without its proclitic, is said of a woman or of a thing feminine:
/// `قالت`, `تقول`, `أكدت` (not `تابع`, to go on, whose `ت` is its own).
fn feminine(bare: &str) -> bool {
    bare.ends_with('ت') || (bare.starts_with('ت') && !bare.starts_with("تابع"))
}

impl Attribution<'_> {
    /// The person the relative pronoun closing `before` (the words up to the cue) stands for,
    /// where it agrees with the cue (`folded_cue`): the name closing a title description
    /// before it, a common first name and the words after it, a name of two words whose
    /// surname the article has speak by itself (`ميشال بلاتيني`), or the surname of a speaker
    /// named so far. The phrase read ends at a comma before it (`عصام خليفة، الذي يقول` reads
    /// `عصام خليفة`), a preposition or a cue.
    pub(super) fn antecedent_of_relative(
        &mut self,
        before: &[&str],
        folded_cue: &str,
    ) -> Option<String> {
        let (relative, rest) = before.split_last()?;
        let relative = folded_clean(relative);
        let bare = strip_proclitic(folded_cue);
        let agrees = if MASCULINE.contains(&&*relative) {
            !feminine(bare)
        } else {
            FEMININE.contains(&&*relative) && feminine(bare)
        };
        if !agrees {
            return None;
        }
        let mut start = rest.len();
        for (k, word) in rest.iter().enumerate().rev() {
            let last = k + 1 == rest.len();
            let f = folded_clean(word);
            if rest.len() - k > MOST
                || (!last && word.ends_with(['،', ',', '.', ':']))
                || PREPOSITIONS.contains(&&*f)
                || is_cue(word)
                || prepositional(&f)
            {
                break;
            }
            start = k;
        }
        let mut phrase = tidy(&rest[start..]);
        // (`عباس نفسه`, Abbas himself.)
        if phrase.last().is_some_and(|w| SELF.contains(&&*folded(w))) {
            phrase.pop();
        }
        let folds: Vec<Cow<'_, str>> = phrase.iter().map(|w| folded(w)).collect();
        let n = phrase.len();
        // The pronoun stands for what a preposition governs (`أشاد بالقرار الذي`, praised the
        // decision which), or for a time (`في الوقت الذي`).
        if n == 0
            || n < rest.len() - start
            || NOT_ANTECEDENTS.contains(&&*folds[n - 1])
            || rest.last().is_some_and(|w| prepositional(&folded_clean(w)))
        {
            return None;
        }
        if let Some(name) = name_closing_title(&phrase, &folds, |s| self.speaks_alone(s)) {
            return Some(name);
        }
        // A common first name and one or two words after it (`صالح الصغير`), not a place after
        // `ب` (`الملك فهد بجدة`, King Fahd in Jeddah); a woman's first name before it where the
        // pronoun is hers (`أصائل سعود الحربي التي`), and the names of the fathers before `بن`
        // (`صالح بن حسن الضعيان`).
        let placed = |f: &Cow<'_, str>| f.strip_prefix('ب').is_some_and(is_place);
        let feminine_pronoun = FEMININE.contains(&&*relative);
        for len in [3, 2] {
            if n >= len
                && FIRST_NAME_SET.contains(&folds[n - len])
                && !folds[n - len + 1..].iter().any(placed)
            {
                let mut from = n - len;
                while from >= 2 && folds[from - 1] == "بن" {
                    from -= 2;
                }
                if feminine_pronoun && from >= 1 && plain_word(&folds[from - 1]) {
                    from -= 1;
                }
                return Some(phrase[from..].join(" "));
            }
        }
        // A name of two words from another language after a description (`الملياردير الروسي
        // يوري ميلنر`), its surname speaking by itself somewhere in the article.
        if n >= 3 && folds[n - 3].starts_with("ال") {
            let (first, surname) = (phrase[n - 2], phrase[n - 1]);
            if plain_word(&folds[n - 2])
                && plain_word(&folds[n - 1])
                && surely_first_name(first)
                && self.speaks_alone(clean(surname))
            {
                return Some(format!("{first} {surname}"));
            }
        }
        self.named_by_surname(phrase[n - 1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists are compared with folded words, so they are written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[
            MASCULINE,
            FEMININE,
            NOT_ANTECEDENTS,
            SELF,
        ]);
    }
}
