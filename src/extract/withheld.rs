//! A name withheld: `مسؤول أمني طلب عدم نشر اسمه` (a security official who asked that his name
//! not be published), `رفض الكشف عن هويته` (declined to reveal his identity). The clause
//! describes the source, names no one, and reports nothing: it ends the phrase naming the
//! speaker, and its `كشف` or `ذكر` is no speech verb.

use super::words::{IN_WITHHOLDING, folded_clean};
#[cfg(doc)]
use super::words::{WITHHOLDING, phrase_lists};

/// Words after a verb of [`WITHHOLDING`], folded, that make it withhold a name (`عدم`, not;
/// `نشر`, publishing; `الكشف`, revealing).
const WITHHELD: &[&str] = &[
    "عدم",
    "ذكر",
    "نشر",
    "كشف",
    "الكشف",
    "الافصاح",
    "الاعلان",
    "الاشاره",
];

/// The name or identity withheld, folded (`هويته`, `اسمه`, `أسمائهم`).
const IDENTITY: &[&str] = &[
    "هويته",
    "هويتها",
    "هويتهم",
    "هويتهما",
    "اسمه",
    "اسمها",
    "اسمهم",
    "اسمهما",
    "اسمايهم",
];

/// Whether a word of a speaker's phrase, in the lists `lists` ([`phrase_lists`]' answer), with
/// the word after it as written, opens a clause withholding the speaker's name (`طلب عدم نشر
/// اسمه`, `فضلت عدم كشف هويتها`, `رفض الكشف`).
pub(super) fn opens_withholding(lists: u8, next: Option<&str>) -> bool {
    lists & IN_WITHHOLDING != 0 && next.is_some_and(|n| WITHHELD.contains(&&*folded_clean(n)))
}

/// Whether the word `after`, the one after a speech verb, is the name or identity the verb acts
/// on (`كشف هويته`, `ذكر اسمه`): then the verb reveals or mentions a name, and reports
/// nothing. Most words are turned away by their first letter, unfolded.
pub(super) fn names_withheld(after: Option<&str>) -> bool {
    after.is_some_and(|w| {
        w.starts_with(['ه', 'ا', 'أ', 'إ']) && IDENTITY.contains(&&*folded_clean(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::phrase_lists as lists;

    /// The lists are compared with folded words, so they are written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[WITHHELD, IDENTITY]);
    }

    #[test]
    fn a_withheld_name_is_told_by_its_verb_and_the_word_after() {
        assert!(opens_withholding(lists("طلب"), Some("عدم")));
        assert!(opens_withholding(lists("فضلت"), Some("عدمَ")));
        assert!(opens_withholding(lists("رفض"), Some("الإفصاح")));
        // Declining something else withholds no name (`رفض الاتفاق`, rejected the agreement).
        assert!(!opens_withholding(lists("رفض"), Some("الاتفاق")));
        assert!(!opens_withholding(lists("طلب"), None));
        assert!(names_withheld(Some("هويته")));
        assert!(names_withheld(Some("أسمائهم")));
        assert!(names_withheld(Some("إسمه")));
        assert!(!names_withheld(Some("الحكومة")));
        assert!(!names_withheld(None));
    }
}
