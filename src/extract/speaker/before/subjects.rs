//! The subject written before the verb: after `كان` (`وكان البيت الأبيض قال`), between `كان`
//! and `قد` (`وكان وزير النقل … قد أعلن`), and opening a clause (`المفكر العراقي فاضل الربعي
//! قال`, `أما أوباما فقال`).

use crate::extract::name_lists::BODY_SET;
use crate::extract::names::is_title_or_rank;
use crate::extract::pairs::is_place;
use crate::extract::speaker::Attribution;
use crate::extract::words::{FIRST_NAME_SET, PREPOSITIONS, clean, folded_clean, strip_proclitic};
use crate::text::normalize::folded;
use std::borrow::Cow;

/// Words, folded, that are no subject before a verb, nor part of one: particles, pronouns and
/// demonstratives, `هناك` (there is), negations (`وكان يجب أن`, `وكانت هناك تقارير`), `كل`
/// (each), a preposition with a pronoun (`البعض منهم`), and `لسان` (`كان لسان حالها يقول`,
/// her state's tongue said: no one spoke).
const NOT_SUBJECTS: &[&str] = &[
    "ان",
    "ما",
    "لا",
    "لم",
    "لن",
    "هناك",
    "هنالك",
    "ثمه",
    "هو",
    "هي",
    "هم",
    "ذلك",
    "هذا",
    "هذه",
    "تلك",
    "قد",
    "يجب",
    "يمكن",
    "لسان",
    "كل",
    "منهم",
    "فيهم",
    "لهم",
    "عنه",
    "عنها",
    "عنهم",
    "بهذا",
    "بهذه",
    "كانه",
    "كانها",
    "كانهم",
];

/// Words of time, folded, that open a clause before its verb without being its subject
/// (`الأسبوع الماضي أعلن`, last week he announced).
const TIMES: &[&str] = &[
    "اليوم",
    "امس",
    "الان",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
    "الماضي",
    "الماضيه",
    "المقبل",
    "الجاري",
    "صباح",
    "مساء",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
    "الاثنين",
];

/// Nouns, folded, that "say" only as a figure of speech (`الواقع يقول`, reality says;
/// `التاريخ يقول لنا`): no speaker.
const FIGURES: &[&str] = &[
    "الواقع",
    "التاريخ",
    "المثل",
    "الحقايق",
    "الحقيقه",
    "الارقام",
    "الدلايل",
    "المنطق",
    "التجربه",
    "التجارب",
    "الرياضيات",
    "المثاليه",
    "الحكمه",
    "القاعده",
    "النظريه",
];

/// The most words a subject before its verb may have: a name of two or three words and a
/// title of the body it heads (`خالد العجلان رئيس نادي الطائي السابق`).
const MOST_DESCRIBED: usize = 8;

/// Relative pronouns, folded, and `أول` (`وكانت رويترز أول من ذكرت`, Reuters was the first to
/// report): the subject after `كان` ends at one.
const RELATIVES: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اول"];

impl Attribution<'_> {
    /// The subject of a verb after `كان` (`وكان البيت الأبيض قال إن`, the White House had
    /// said), given as the words between them, tidied, and as written: a few words opening
    /// with the article, a body or a common first name, or a country or capital alone
    /// (`وكانت بريطانيا قالت`); or, where the verb is not joined by `و` (`كانت تقليدية وتقول`
    /// is what something was), any few words that are no particle, pronoun, preposition or
    /// word in the accusative (`وكان أوباما اعتبر`, `وكان دبلوماسي أمريكي كبير قال`). A
    /// relative pronoun ends it (`وكان بلاتر الذي أعلن`).
    pub(super) fn subject_after_was(
        &mut self,
        tidied: &[&str],
        written: &[&str],
        joined: bool,
    ) -> Option<String> {
        let length = tidied
            .iter()
            .position(|w| RELATIVES.contains(&&*folded_clean(w)))
            .unwrap_or(tidied.len());
        let tidied = &tidied[..length];
        if !(1..=4).contains(&tidied.len()) {
            return None;
        }
        let folds: Vec<Cow<'_, str>> = tidied.iter().map(|w| folded_clean(w)).collect();
        // (A word in the accusative is what the subject was, `كان البيان متشائماً`.)
        if tidied.iter().any(|w| w.contains('\u{064B}')) {
            return None;
        }
        let first = &folds[0];
        let listed = first.starts_with("ال")
            || BODY_SET.contains(first)
            || FIRST_NAME_SET.contains(first)
            || (tidied.len() == 1 && is_place(first));
        if listed {
            return self.name_in(tidied, None);
        }
        // A comma ends another clause (`عندما كانت وزيرة للخارجية، ونفت`), except before `قد`.
        let commas = written
            .iter()
            .rev()
            .skip(1)
            .any(|w| w.ends_with(['،', ',']));
        let particle = |f: &Cow<'_, str>| NOT_SUBJECTS.contains(&&**f);
        if joined || commas || PREPOSITIONS.contains(&&**first) || folds.iter().any(particle) {
            return None;
        }
        // (`كان شيئا مفاجئا`, something surprising: a word in `ا` is a name only where the
        // article names it more fully, `أوباما`; the article is searched only here.)
        let alone = (tidied.len() == 1).then(|| self.surely_named(tidied[0]));
        if first.ends_with('ا') && !alone.as_ref().is_some_and(|n| n.contains(' ')) {
            return None;
        }
        alone.or_else(|| self.name_in(tidied, None))
    }

    /// The subject of `كان X قد` and a verb (`وكان وزير النقل اليمني بدر باسلمة قد أعلن أن`,
    /// had announced), given the words from after `كان` to `قد`: between them stands the
    /// verb's subject, however long, so it is read as the words after the verb are (`أعلن وزير
    /// النقل …`), which ends it at a relative pronoun (`وكانت مجموعة محمد المعجل التي تواجه
    /// …`) as it does there. Not `كان هناك` (there was), nor where another `كان` comes between
    /// (`ربما كان هناك تغيرات …، فالمسؤولون … كانوا قد أكدوا`), which opened a clause of its own.
    pub(super) fn subject_before_had(
        &mut self,
        written: &[&str],
        cue: &str,
        folded_cue: &str,
    ) -> Option<String> {
        let [between @ .., had] = written else {
            return None;
        };
        if folded_clean(had) != "قد" {
            return None;
        }
        let folds: Vec<Cow<'_, str>> = between.iter().map(|w| folded_clean(w)).collect();
        if folds
            .first()
            .is_some_and(|w| matches!(&**w, "هناك" | "هنالك"))
            || folds.iter().any(|w| {
                let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                matches!(bare, "كان" | "كانت" | "كانوا" | "كانا")
            })
        {
            return None;
        }
        self.speaker_after(cue, folded_cue, between)
    }

    /// The subject a clause opens with before its verb (`المفكر العراقي فاضل الربعي قال`,
    /// `يذكر أن إدارة الهلال نفت` after `أن`), given tidied and as written: one to four words
    /// opening with the article, a title, a common first name or a body, with no preposition,
    /// particle, time (`الأسبوع الماضي أعلن`), word in the accusative or comma among them; or,
    /// of up to [`MOST_DESCRIBED`] words so free, a name opening with a common first name before
    /// its title (`منصور الرسيني نائب رئيس نادي الرائد قال`), which gives the name.
    /// Between `أما` (as for) and a verb with `ف` (or `و`) joined to it (`as_for`) the words
    /// are the topic the verb goes on with, whatever opens them (`أما وحيد البراق فيقول`,
    /// `أما أوباما فقال`).
    pub(super) fn subject_before_verb(
        &mut self,
        tidied: &[&str],
        written: &[&str],
        as_for: bool,
    ) -> Option<String> {
        // (`أما المواطن يحيى العبيد فقد قال`: `قد` before the verb.)
        let tidied = match tidied {
            [rest @ .., last] if matches!(&*folded_clean(last), "قد" | "فقد" | "وقد") => {
                rest
            }
            _ => tidied,
        };
        let (opening, rest) = tidied.split_first()?;
        if tidied.len() > MOST_DESCRIBED
            || written.iter().any(|w| w.contains(['،', ',', '\u{064B}']))
        {
            return None;
        }
        // (Of more than four words, most are turned away by their first before the rest are
        // folded.)
        let opening = folded_clean(opening);
        if tidied.len() > 4 && !FIRST_NAME_SET.contains(&opening) {
            return None;
        }
        let folds: Vec<Cow<'_, str>> = std::iter::once(opening)
            .chain(rest.iter().map(|w| folded_clean(w)))
            .collect();
        let first = &folds[0];
        let excluded = |f: &Cow<'_, str>| {
            let bare = strip_proclitic(f);
            PREPOSITIONS.contains(&bare)
                || NOT_SUBJECTS.contains(&&**f)
                || RELATIVES.contains(&&**f)
                || TIMES.contains(&&**f)
        };
        // More than four words only as a name and the title after it (`خالد العجلان رئيس نادي
        // الطائي السابق قال`): a common first name, then a title as its third or fourth word;
        // the name before the title is the speaker.
        if tidied.len() > 4 {
            let title = (2..4).find(|&k| is_title_or_rank(&folds[k]));
            return match title {
                Some(k) if !folds.iter().any(excluded) => Some(tidied[..k].join(" ")),
                _ => None,
            };
        }
        // (The article as written: `ألقى`, he delivered, folds to a word that opens with it.)
        let opens = as_for
            || clean(tidied[0]).starts_with("ال")
            || is_title_or_rank(first)
            || BODY_SET.contains(first)
            || FIRST_NAME_SET.contains(first);
        if !opens || FIGURES.contains(&&**first) || folds.iter().any(excluded) {
            return None;
        }
        match tidied {
            // A surname with the article (`المبارك أكد`): the fuller name only where a common
            // first name opens it (`محمد المبارك`, not `درس التاريخ`).
            [word] => {
                let named = self.surely_named(word);
                let common = named
                    .split_once(' ')
                    .is_none_or(|(f, _)| FIRST_NAME_SET.contains(&folded(f)));
                Some(if common || first.ends_with('ي') {
                    named
                } else {
                    clean(word).to_owned()
                })
            }
            _ => self.name_in(tidied, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists are compared with folded words, so they are written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[NOT_SUBJECTS, TIMES, FIGURES, RELATIVES]);
    }
}
