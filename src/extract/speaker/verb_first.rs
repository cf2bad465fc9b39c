//! How a sentence opens, up to its verb: what may stand before the verb (a conjunction, an
//! aside set off by a comma, `قد`), the verb itself, and the demonstrative it may act on
//! before its subject. The subject readers ([`super::subject`], [`super::bodies`]) start
//! from here.

use crate::extract::names::{is_common_first_name, is_title_in_either_form_or_rank};
use crate::extract::words::{
    ASIDES, PREPOSITIONS, clean, folded_clean, is_word_char, strip_proclitic,
};

/// Words, folded, that open a sentence without being its verb: conjunctions, pronouns,
/// negations.
const NOT_VERBS: &[&str] = &[
    "بينما",
    "فيما",
    "كما",
    "اذ",
    "اذا",
    "حيث",
    "لكن",
    "ان",
    "اما",
    "ثم",
    "عندما",
    "بعد",
    "قبل",
    "منذ",
    "هو",
    "هي",
    "هم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "ما",
    "لا",
    "لم",
    "لن",
    "كل",
];

/// Words, folded, that open a sentence before its verb (`كما أكد`, as he also stressed; `حيث
/// قدم`, where he presented).
const BEFORE_VERB: &[&str] = &["كما", "حيث", "ثم", "اذ"];

/// Whether a word, as written, is a person's title or a rank, the title with the article or
/// without (`وزير`, `المدير`, `الدكتور`, `سمو`).
pub(super) fn titled(word: &str) -> bool {
    is_title_in_either_form_or_rank(&folded_clean(word))
}

/// A sentence's words from its verb, past what opens it before the verb: a conjunction
/// ([`BEFORE_VERB`]), `من جانبه` (for his part) and the like, or an aside set off by a comma
/// within its first six words that opens with a preposition or `بدوره` (`من جهته، أعرب …`,
/// for his part, … expressed; `وفي المدينة المنورة، حذر …`, and in Medina, … warned).
pub(super) fn past_opening<'w, 's>(words: &'w [&'s str]) -> &'w [&'s str] {
    let Some(first) = words.first() else {
        return words;
    };
    let folded = folded_clean(first);
    // (`وفي`: a proclitic `و` before a preposition of two letters, which `strip_proclitic`
    // leaves.)
    let bare = folded.strip_prefix('و').unwrap_or(&folded);
    if BEFORE_VERB.contains(&bare) {
        return &words[1..];
    }
    // `من جانبه` with a comma or without (`من جانبه رفض السفير …`), and `من جهة أخرى،` (on
    // the other hand) to its comma.
    if bare == "من"
        && words
            .get(1)
            .is_some_and(|w| ASIDES.contains(&&*folded_clean(w)))
    {
        let other = !words[1].ends_with(['،', ','])
            && words.get(2).is_some_and(|w| w.ends_with(['،', ',']));
        return &words[if other { 3 } else { 2 }..];
    }
    if !(PREPOSITIONS.contains(&bare) || bare.starts_with("بدور")) {
        return words;
    }
    // (Not a comma after a name and before its title, which the aside ran on to.)
    let Some(comma) = words.iter().take(6).position(|w| w.ends_with(['،', ','])) else {
        return words;
    };
    let named = words[1..=comma]
        .iter()
        .any(|w| is_common_first_name(&folded_clean(w)));
    if named || words.get(comma + 1).is_some_and(|w| titled(w)) {
        return words;
    }
    &words[comma + 1..]
}

/// A sentence's words past the `قد` (`لقد`, `وقد`) before its verb, if it opens with one.
pub(super) fn past_qad<'w, 's>(words: &'w [&'s str]) -> &'w [&'s str] {
    match words.split_first() {
        Some((first, rest)) if matches!(strip_proclitic(&folded_clean(first)), "قد" | "لقد") => {
            rest
        }
        _ => words,
    }
}

/// The words after a sentence's verb past a demonstrative, its object, that stands before the
/// subject (`ذكر ذلك رئيس بلدية الظهران …، وأضاف`, the mayor said so, and added).
pub(super) fn past_demonstrative<'w, 's>(rest: &'w [&'s str]) -> &'w [&'s str] {
    match rest.split_first() {
        Some((first, after)) if is_demonstrative(first) => after,
        _ => rest,
    }
}

/// Whether a word, as written, is `ذلك` or `هذا` (that, this). Most words are ruled out by
/// their first letter (after a mark before it, where there is one) before they are folded.
fn is_demonstrative(word: &str) -> bool {
    let letters = if word.starts_with(is_word_char) {
        word
    } else {
        clean(word)
    };
    letters.starts_with(['ذ', 'ه']) && matches!(&*folded_clean(word), "ذلك" | "هذا")
}

/// Whether a sentence's first word, `verb` (`folded_verb` folded and cleaned), is its verb: not
/// a noun, a preposition, a conjunction or an aside set off by a comma (`من جهته،`). (`التقى`,
/// met, is a verb despite its first letters.)
pub(super) fn opens_with_verb(verb: &str, folded_verb: &str) -> bool {
    let bare = strip_proclitic(folded_verb);
    let verb_with_al = matches!(bare, "التقي" | "التقت" | "التزم" | "التزمت");
    !((bare.starts_with("ال") && !verb_with_al)
        || PREPOSITIONS.contains(&bare)
        || NOT_VERBS.contains(&bare)
        || verb.ends_with(['،', ',']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list is compared with folded words, so it is written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[NOT_VERBS, BEFORE_VERB]);
    }
}
