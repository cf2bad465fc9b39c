//! The speaker named before the cue: a name in marks or a hashtag just before the verb, a
//! name set off by commas, the subject after `كان`, the surname of someone already speaking
//! (`لكن فالون صرّح`), or a title description closing on a name.

mod subjects;

use super::Attribution;
use crate::extract::names::name_closing_title;
use crate::extract::quotes::is_title_word;
use crate::extract::words::{PREPOSITIONS, clean, folded_clean, tidy};
use crate::text::normalize::{fold_char, folded, folds_to};
use std::borrow::Cow;

/// Whether a word, as written, is `أما` or `وأما` (as for), which sets the topic a verb joined
/// by `ف` goes on with. (Words without `م` are turned away before they are folded.)
pub(super) fn is_as_for(word: &str) -> bool {
    word.contains('م') && matches!(&*folded_clean(word), "اما" | "واما")
}

impl Attribution<'_> {
    /// The speaker named before the cue: a name in marks or a hashtag just before it, a name
    /// set off by commas (not before a participle, `مضيفا`, which goes on with the sentence's
    /// subject), the subject after `كان`, a surname alone, or a title description.
    pub(super) fn speaker_before(
        &mut self,
        words: &[&str],
        (cue, folded_cue): (&str, &str),
        participle: bool,
        joined: bool,
    ) -> Option<String> {
        // A hashtag or a name in marks just before the verb: `أما “حسين” فقال`; not past a
        // comma, which ends another clause (`في ولاية «فلوريدا» أقيم، قال`).
        for (back, word) in words.iter().rev().take(3).enumerate() {
            if word.ends_with(['،', ',']) && !word.starts_with(['“', '”', '"', '«', '#']) {
                break;
            }
            if word.starts_with(['“', '”', '"', '«']) || word.starts_with('#') {
                // A name of several words in marks (`«ابوالفضل اکرمی» افزود`) runs to the word
                // that closes the marks.
                let at = words.len() - 1 - back;
                // `على موقع التواصل الاجتماعي «تويتر» قال فيها` (on Twitter he said): a
                // preposition before the marks, perhaps past a title word and adjectives, says
                // where it was said.
                let mut k = at;
                while k > 0 && at - k < 3 && {
                    let f = folded_clean(words[k - 1]);
                    is_title_word(&f) || f.starts_with("ال")
                } {
                    k -= 1;
                }
                // (`ل "الرياض"`, to Al-Riyadh: the paper spoken to.)
                let placed = k > 0
                    && (PREPOSITIONS.contains(&&*folded_clean(words[k - 1]))
                        || matches!(words[k - 1], "ل" | "لـ"));
                if placed {
                    break;
                }
                let closes = |w: &&str| {
                    w.trim_end_matches(['،', ',', ':', '.'])
                        .ends_with(['»', '”', '"', '“'])
                };
                let name_words = match words[at..].iter().position(closes) {
                    Some(last) if !word.starts_with('#') => &words[at..=at + last],
                    _ => &words[at..=at],
                };
                let tidied = tidy(name_words);
                if tidied.len() > 1 {
                    return Some(tidied.join(" "));
                }
                if let Some(name) = tidied.first() {
                    return Some(match name.strip_prefix('#') {
                        Some(tag) => tag.replace('_', " "),
                        None => self.fullest(name),
                    });
                }
            }
        }
        // `X، NAME، قال`: the name set off by commas just before the verb. Only the words from
        // the third comma from the end are read, and none where there are fewer than two.
        let mut commas = 0;
        let mut from = 0;
        for (k, word) in words.iter().enumerate().rev() {
            commas += word.matches('،').count();
            if commas >= 3 {
                from = k;
                break;
            }
        }
        if commas >= 2 && !participle {
            let joined = words[from..].join(" ");
            let parts: Vec<&str> = joined.split('،').map(str::trim).collect();
            let name: Vec<&str> = parts[parts.len() - 2].split_whitespace().collect();
            // A phrase with a preposition (`خاصة في منطقة الخليج`) is no name.
            let name_like = !name
                .iter()
                .any(|w| PREPOSITIONS.contains(&&*folded_clean(w)));
            if (1..=4).contains(&name.len()) && name_like {
                let found = self.name_in(&name, None);
                if let Some(found) = &found {
                    let description: Vec<&str> =
                        parts[parts.len() - 3].split_whitespace().collect();
                    self.remember(&description, found);
                }
                return found;
            }
        }
        // `المتحدثة باسم البيت الأبيض جين ساكي قالت`: a title description before the verb.
        let start = words
            .iter()
            .rposition(|w| {
                // Most words are ruled out by their first letter, most of the rest
                // (`الحكومة`) by their last, and the few left are compared folded without
                // being folded whole.
                let w = clean(w);
                // (`لكن` and `أما`, but and as for, open the clause of a verb; before a
                // participle, the clause its words end.)
                let openers: &[&str] = match (w.chars().find_map(fold_char), participle) {
                    (Some('ا'), false) => &["ان", "الا", "اما"],
                    (Some('ا'), true) => &["ان", "الا"],
                    (Some('ك'), _) => &["كما", "كان", "كانت"],
                    (Some('ب'), _) => &["بينما"],
                    (Some('ل'), false) => &["لكن"],
                    (Some('و'), false) => &["وكان", "وكانت", "ولكن", "واما"],
                    (Some('و'), true) => &["وكان", "وكانت"],
                    _ => &[],
                };
                !openers.is_empty() && {
                    let last = w.chars().rev().find_map(fold_char);
                    openers
                        .iter()
                        .any(|opener| opener.chars().next_back() == last && folds_to(w, opener))
                }
            })
            .map_or(0, |i| i + 1);
        let mut tidied = tidy(&words[start..]);
        // `وكان البيت الأبيض قال إن` (the White House had said): after `كان`, its subject, a
        // few words opening with the article, a body or a common first name, or a country or
        // capital alone (`وكانت بريطانيا قالت`); `قد` after it dropped. Not before a
        // participle, where `كان` and its words are a clause of their own (`كان الضغط أقل
        // عليه، موضحا`).
        let after_was = !participle && start > 0 && folded_clean(words[start - 1]).contains("كان");
        if after_was {
            if tidied.last().is_some_and(|w| folded_clean(w) == "قد") {
                tidied.pop();
            }
            if let Some(subject) = self.subject_after_was(&tidied, &words[start..], joined) {
                return Some(subject);
            }
            if let Some(subject) = self.subject_before_had(&words[start..], cue, folded_cue) {
                return Some(subject);
            }
        }
        // `المصممة المغربية أوضحت أنها` (the Moroccan designer explained that): a subject
        // opening the clause before its verb; after `أما` (as for), joined to it by `ف`
        // (`أما التشكيلية جيهان القحطاني فأشارت`).
        let after_as_for = start > 0 && is_as_for(words[start - 1]);
        if !participle
            && (!joined || after_as_for)
            && !after_was
            && let Some(subject) =
                self.subject_before_verb(&tidied, &words[start..], after_as_for && joined)
        {
            return Some(subject);
        }
        // `لكن فالون صرّح` (but Fallon stated): the surname alone before the verb of a speaker
        // named so far. (Before a participle the word ends another clause.)
        if let [word] = tidied[..]
            && !participle
            && let Some(named) = self.named_by_surname(word)
        {
            return Some(named);
        }
        let folded: Vec<Cow<'_, str>> = tidied.iter().map(|w| folded(w)).collect();
        name_closing_title(&tidied, &folded, |s| self.speaks_alone(s))
    }
}
