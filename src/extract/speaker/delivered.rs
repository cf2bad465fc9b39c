//! A statement in something the speaker delivered or issued: `ألقى المهندس فهد الفرطيش كلمة
//! أكد فيها أن` (delivered a speech in which he stressed that), `أصدرت الإدارة بياناً أكدت فيه`
//! (issued a statement in which it stressed). The verb after the speech or statement has `فيها`
//! or `فيه` (in it) where a speaker would stand; who spoke is the subject of the verb that
//! delivered it.

use super::Attribution;
use crate::extract::words::{clean, folded_clean, strip_proclitic};
use crate::text::normalize::folded;

/// What a speaker delivers or issues, folded: a speech, a statement, remarks, a letter, a
/// tweet, an article.
const DELIVERED: &[&str] = &[
    "كلمه",
    "كلمته",
    "بيانا",
    "بيان",
    "خطابا",
    "تصريحات",
    "تصريحا",
    "رساله",
    "تغريده",
    "مقالا",
];

/// Verbs, folded and without `و`/`ف`, of delivering or issuing what [`DELIVERED`] names:
/// delivered, issued, addressed, published, wrote, sent.
const DELIVERING: &[&str] = &[
    "القي",
    "القت",
    "اصدر",
    "اصدرت",
    "وجه",
    "وجهت",
    "نشر",
    "نشرت",
    "كتب",
    "كتبت",
    "بعث",
    "بعثت",
];

impl Attribution<'_> {
    /// The speaker of a cue followed by `فيها`/`فيه` (`after`, the words after the cue) right
    /// after a noun of [`DELIVERED`] (`before`, the sentence's words up to the cue; `له`/`لها`
    /// may stand between): the words between the nearest verb of [`DELIVERING`] before the
    /// noun and the noun, read as the phrase after a speech verb is
    /// ([`Attribution::speaker_after`]). None where the cue has no such shape, or the
    /// delivering verb no subject after it (`وأصدرت بيانا`).
    pub(super) fn delivered_by(&mut self, before: &[&str], after: &[&str]) -> Option<String> {
        if !matches!(&*folded_clean(after.first()?), "فيها" | "فيه") {
            return None;
        }
        let (last, rest) = before.split_last()?;
        let last_folded = folded_clean(last);
        let (noun, rest) = match &*last_folded {
            "له" | "لها" => {
                let (noun, rest) = rest.split_last()?;
                (folded_clean(noun), rest)
            }
            _ => (last_folded, rest),
        };
        if !DELIVERED.contains(&&*noun) {
            return None;
        }
        let verb = rest
            .iter()
            .rposition(|w| DELIVERING.contains(&strip_proclitic(&folded_clean(w))))?;
        let (verb, subject) = (clean(rest[verb]), &rest[verb + 1..]);
        self.speaker_after(verb, &folded(verb), subject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists are compared with folded words, so they are written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[DELIVERED, DELIVERING]);
    }
}
