//! The words around a speaker's phrase after the cue that are not the speaker: the paper told
//! (`لـ«الشرق الأوسط»`), the medium spoken to, a clause of state (`وهو يبتسم`), how it was said,
//! and the `ل` before a source (`وفقا لـ«رويترز»`).

use crate::extract::words::{
    IN_HOW_SAID, IN_MANNER, clean, folded_clean, is_word_char, strip_proclitic,
};
use std::borrow::Cow;

/// Whether a folded word is `و` and a pronoun (`وهو`, `وهي`, `وهم`, `وهما`: and he is, and
/// she is), which opens a clause of state: a description or what someone was doing, never a
/// name.
fn opens_state(folded: &str) -> bool {
    matches!(folded, "وهو" | "وهي" | "وهم" | "وهما")
}

/// Whether a phrase, given as its words folded, opens a clause of state ([`opens_state`]).
pub(super) fn opens_clause_of_state(folded: &[Cow<'_, str>]) -> bool {
    folded.first().is_some_and(|w| opens_state(w))
}

/// Whether `word` opens the name of the paper the words were said to (`لـ«الشرق الأوسط»`,
/// `ل"الرياض"`, and with the marks turned round, `ل»الرياض«`): `ل` with a tatweel or a
/// quotation mark. (Read as written: folding drops the tatweel.)
pub(super) fn told_to(word: &str) -> bool {
    word.starts_with("لـ")
        || word
            .strip_prefix('ل')
            .is_some_and(|rest| rest.starts_with(['"', '«', '“', '»', '”']))
}

/// Whether `word` closes a name in quotation marks (`ميل”`, `«الاقتصادية»،`): its last mark,
/// before any comma, colon or full stop, closes one.
pub(super) fn closes_marks(word: &str) -> bool {
    word.trim_end_matches(['،', ',', ':', '.'])
        .ends_with(['»', '”', '"'])
}

/// Media, folded, a speaker talks to after `ل` (`لصحيفة`, `لراديو`).
const MEDIA: &[&str] = &[
    "صحيفه",
    "وكاله",
    "قناه",
    "شبكه",
    "تلفزيون",
    "اذاعه",
    "مجله",
    "جريده",
    "راديو",
];

/// Whether a folded word, with the word after it as written, names the medium spoken to:
/// `ل` and a medium (`لصحيفة الغارديان`), or `لهيئة الإذاعة` (to the broadcasting corporation).
pub(super) fn spoken_to(folded: &str, next: Option<&str>) -> bool {
    let Some(bare) = folded.strip_prefix('ل') else {
        return false;
    };
    MEDIA.contains(&bare)
        || (bare == "هييه" && next.is_some_and(|n| folded_clean(n).starts_with("الاذاعه")))
}

/// Whether a folded cue is `وفقا` (according to), which takes its source after `ل` (`وفق`
/// takes it directly: `وفق لانديس`, according to Landis).
pub(super) fn takes_li(folded_cue: &str) -> bool {
    folded_cue.ends_with("وفقا") && strip_proclitic(folded_cue) == "وفقا"
}

/// The words naming the source after `وفقا` without its `ل` (`لشركة الاستشارات`, `لـ«رويترز»`),
/// and after what it reported (`لما نقلته وكالة الأنباء`, according to what the agency
/// reported, names the agency). Before the article (`للمستشار عبد الكريم`, `للمصادر`) the `ل`
/// is left, where the phrase reads on to a name or ends.
pub(super) fn source_after_li<'w, 's>(words: &'w [&'s str]) -> Cow<'w, [&'s str]> {
    let Some((first, rest)) = words.split_first() else {
        return words.into();
    };
    if *first == "لـ" {
        return rest.into();
    }
    if *first == "لما" || *first == "لـما" {
        let reported = rest.first().is_some_and(|w| clean(w).ends_with('ه'));
        return rest[usize::from(reported)..].into();
    }
    if first.starts_with("لل") {
        return words.into();
    }
    let bare = first
        .strip_prefix("لـ")
        .or_else(|| first.strip_prefix('ل'))
        .filter(|bare| bare.chars().filter(|&c| is_word_char(c)).count() >= 2);
    match bare {
        Some(bare) => std::iter::once(bare).chain(rest.iter().copied()).collect(),
        None => words.into(),
    }
}

/// Whether a folded word, after the first of a speaker's phrase, says how it was said or what
/// the speaker was doing (`بهدوء`, `بلا حماس`, `وهو يبتسم`) rather than going on with the name:
/// one of [`HOW_SAID`](crate::extract::words::HOW_SAID) (`lists` has [`IN_HOW_SAID`]), one
/// opening a phrase of manner ([`IN_MANNER`]) but the `بلا` of `بلا حدود` (`أطباء بلا حدود`,
/// Doctors Without Borders), or `و` and a pronoun opening a clause of state ([`opens_state`]).
/// `next` is the word after it, as written.
pub(super) fn ends_name_with_manner(lists: u8, folded: &str, next: Option<&str>) -> bool {
    lists & IN_HOW_SAID != 0
        || (lists & IN_MANNER != 0
            && !(folded == "بلا" && next.is_some_and(|n| folded_clean(n) == "حدود")))
        || opens_state(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list is compared with folded words, so it is written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[MEDIA]);
        assert_eq!(crate::text::normalize::fold("هيئة"), "هييه");
    }
}
