//! The words a speaker's phrase cannot open with. The rules that read a speaker take the words
//! near a cue, and some of those open a clause rather than a name: a particle before the subject
//! (`أما رئيس وزراء لوكسمبورغ`, as for; `لكن الصبري`, but) or a verb with its object
//! (`يصورها الباحث`), which are passed over, or a pronoun, a particle of time or negation, or
//! `كان` (`هو إليها …`, `منذ سنوات`, `لم يحمل الاتفاق`), which name no one: better no speaker
//! than that one. So do a few words a rule may be left with
//! alone: an adverb with a pronoun (`أشار خلاله إلى أن`, he pointed out during it), the
//! speaking itself (`نقل عنه قوله`), an adjective (`بثقة تامة`); and God's epithets (`قال
//! تعالى`, the Exalted said) name God.

use crate::extract::words::{FIRST_NAME_SET, folded_clean, is_ban_ki_moon};
use crate::text::normalize::{FoldedList, fold_into_buffer};

/// Words, folded, that stand before a subject without being part of it: as for, but, while.
const BEFORE_SUBJECT: &[&str] = &["اما", "واما", "فاما", "لكن", "ولكن", "بينما", "وبينما"];

/// Words, folded, no speaker's name opens with: pronouns, particles of time, condition,
/// negation, doubt and emphasis, `كان` (was) and `أن` (that). Not `لا` (`لا كازيت`,
/// Lacazette) nor `ما` (`ما ينغ جيو`, Ma Ying-jeou).
const NEVER_FIRST: &[&str] = &[
    "هو",
    "هي",
    "هم",
    "قد",
    "وقد",
    "لقد",
    "فقد",
    "منذ",
    "لم",
    "لن",
    "اذا",
    "اذ",
    "حيث",
    "ثم",
    "عندما",
    "قبل",
    "بعد",
    "كان",
    "وكان",
    "كانت",
    "وكانت",
    "ان",
    "انه",
    "انها",
    "بان",
    "بانه",
    "كما",
    "ربما",
    "انما",
    "وانما",
];

/// Words, folded, that are no speaker standing alone.
const NEVER_ALONE: &[&str] = &[
    "خلاله",
    "خلالها",
    "حينها",
    "حينه",
    "وقتها",
    "انذاك",
    "حينذاك",
    "قوله",
    "قولها",
    "قولهم",
    "قايل",
    "انتباهي",
    "نظري",
    "ردا",
    "خاصه",
    "تامه",
    "متحمسه",
];

/// God's epithets, folded, as a text names God with them after a verb (`قال تعالى`,
/// `وقال سبحانه`, `فقال عز من قائل`: said He, the Mightiest of speakers).
const EPITHETS_OF_GOD: &[&str] = &[
    "عز من قايل",
    "جل من قايل",
    "تعالي",
    "سبحانه",
    "سبحانه وتعالي",
    "عز وجل",
    "جل جلاله",
    "جل وعلا",
    "تبارك وتعالي",
];

static BEFORE_SUBJECT_SET: FoldedList = FoldedList::new(BEFORE_SUBJECT);
static NEVER_FIRST_SET: FoldedList = FoldedList::new(NEVER_FIRST);

/// The most bytes a word of either list takes as written, its marks included (`وَبَيْنَمَا`).
const LONGEST: usize = 24;

/// `speaker` with a clause glued on after a comma cut off ([`before_glued_comma`]) and what
/// stands before its subject taken off, or nothing where what is left opens with a word no
/// name opens with (or nothing is left) or is a word no speaker is alone; God where it is one
/// of God's epithets.
pub(super) fn cleared(speaker: String) -> Option<String> {
    let cleared = cleared_opening(before_glued_comma(speaker))?;
    // (Both lists hold a few short words, 40 bytes at most as written without marks: a longer
    // speaker is in neither, and a shorter one is folded without allocating.)
    if cleared.len() > 40 {
        return Some(cleared);
    }
    let mut buf = [0u8; 64];
    let Some(folded) = fold_into_buffer(&cleared, &mut buf) else {
        return Some(cleared);
    };
    if NEVER_ALONE.contains(&folded) {
        return None;
    }
    let epithet = folded.strip_prefix("الله ").unwrap_or(folded);
    if EPITHETS_OF_GOD.contains(&epithet) {
        return Some("الله".to_owned());
    }
    Some(cleared)
}

/// `speaker` cut before a comma written with no space after it, between two words of a name
/// and the clause that follows (`راشد الغامدي،أن`, `محمد البقمي،لـ"سبق`): the article left the
/// space out, and the words after the comma are no part of the name. (Not a figure's comma,
/// `1,130`, initials, `غ،ع`, nor a speaker of one word, which are left as they are.)
fn before_glued_comma(mut speaker: String) -> String {
    if let Some(at) = speaker.find(['،', ','])
        && speaker[at..]
            .chars()
            .nth(1)
            .is_some_and(char::is_alphabetic)
        && speaker[..at].contains(' ')
        && speaker[..at].chars().rev().take(2).all(char::is_alphabetic)
    {
        speaker.truncate(at);
    }
    speaker
}

/// [`cleared`] for the opening words.
fn cleared_opening(speaker: String) -> Option<String> {
    let mut skipped = 0;
    loop {
        let rest = &speaker[skipped..];
        // (A speaker has few words, mostly short: a byte loop finds the first's end.)
        let word = &rest[..rest.bytes().position(|b| b == b' ').unwrap_or(rest.len())];
        // Most speakers open with the article or a long word: those are let through unfolded.
        if word.len() > LONGEST || word.starts_with("ال") {
            break;
        }
        let folded = folded_clean(word);
        // A verb with its object before the subject (`يصورها الباحث`, the researcher portrays
        // it; `رئيسة تحريرها هنا فريدل`, its editor Hana Friedl): a present verb or a noun
        // with `ها`, `هم` or `هما`, then more words.
        let with_object = folded.starts_with(['ي', 'ت'])
            && folded.chars().count() >= 5
            && ["ها", "هم", "هما"].iter().any(|s| folded.ends_with(s))
            && word.len() < rest.len();
        if BEFORE_SUBJECT_SET.contains(&folded) || with_object {
            skipped += word.len() + 1;
            if skipped >= speaker.len() {
                return None;
            }
            continue;
        }
        if NEVER_FIRST_SET.contains(&folded)
            && !is_ban_ki_moon(word, rest[word.len()..].split(' ').nth(1))
        {
            return None;
        }
        // `وإياد علاوي`: `و` (and) joined to a common first name, where the two are not
        // themselves a name (`وليد`, `وسام`), is no part of the name.
        if let Some(name) = folded.strip_prefix('و')
            && word.len() < rest.len()
            && FIRST_NAME_SET.contains(name)
            && !FIRST_NAME_SET.contains(&folded)
        {
            skipped += 'و'.len_utf8();
        }
        break;
    }
    Some(if skipped == 0 {
        speaker
    } else {
        speaker[skipped..].to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_glued_to_the_next_word_ends_the_name() {
        for (speaker, name) in [
            ("راشد الغامدي،أن", "راشد الغامدي"),
            ("محمد البقمي,لـ\"سبق", "محمد البقمي"),
            // Not a figure's comma, nor a word alone, nor initials.
            ("مستوى 1,130 دولار", "مستوى 1,130 دولار"),
            ("أ،ح", "أ،ح"),
            ("النزيلة غ،ع", "النزيلة غ،ع"),
        ] {
            assert_eq!(cleared(speaker.to_owned()).as_deref(), Some(name));
        }
    }

    #[test]
    fn a_particle_is_passed_over_and_a_clause_is_no_speaker() {
        let cleared = |s: &str| cleared(s.to_owned());
        assert_eq!(
            cleared("أما رئيس وزراء لوكسمبورغ").as_deref(),
            Some("رئيس وزراء لوكسمبورغ")
        );
        assert_eq!(cleared("لكن الصبري").as_deref(), Some("الصبري"));
        assert_eq!(cleared("هو إليها التحليل النفسي"), None);
        assert_eq!(cleared("منذ سنوات"), None);
        assert_eq!(cleared("بينما كان محمد رامز بكر"), None);
        assert_eq!(cleared("لكن"), None);
        assert_eq!(cleared("وإنما ستسهم"), None);
        assert_eq!(cleared("يصورها الباحث").as_deref(), Some("الباحث"));
        assert_eq!(cleared("تحريرها هنا فريدل").as_deref(), Some("هنا فريدل"));
        assert_eq!(cleared("تركي الشليل").as_deref(), Some("تركي الشليل"));
        assert_eq!(cleared("لا كازيت").as_deref(), Some("لا كازيت"));
        assert_eq!(cleared("وزير الخارجية").as_deref(), Some("وزير الخارجية"));
        assert_eq!(cleared("وإياد علاوي").as_deref(), Some("إياد علاوي"));
        assert_eq!(cleared("وليد المعلم").as_deref(), Some("وليد المعلم"));
    }

    #[test]
    fn a_word_no_speaker_is_alone_is_none_and_gods_epithets_name_god() {
        let cleared = |s: &str| cleared(s.to_owned());
        assert_eq!(cleared("خلاله"), None);
        assert_eq!(cleared("قوله"), None);
        assert_eq!(cleared("تامة"), None);
        assert_eq!(cleared("تعالى").as_deref(), Some("الله"));
        assert_eq!(cleared("سبحانه وتعالى").as_deref(), Some("الله"));
        assert_eq!(cleared("عزّ وجلّ").as_deref(), Some("الله"));
        assert_eq!(cleared("عز من قائل").as_deref(), Some("الله"));
        assert_eq!(cleared("الله تعالى").as_deref(), Some("الله"));
        assert_eq!(cleared("الله سبحانه وتعالى").as_deref(), Some("الله"));
        // Only alone.
        assert_eq!(cleared("خالد قوله").as_deref(), Some("خالد قوله"));
    }

    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[
            BEFORE_SUBJECT,
            NEVER_FIRST,
            NEVER_ALONE,
            EPITHETS_OF_GOD,
        ]);
    }
}
