//! Tests of `words`.

use super::*;

proptest::proptest! {
    /// Cleaning is trimming whatever is not a word character, `#` or `_` from both ends,
    /// over words of Arabic letters, harakat, digits, marks and other scripts.
    #[test]
    fn clean_trims_what_is_not_a_word_character(word in "[قالأ٠ًـ،«»\\.#_a1\u{0610}\u{06D4}\u{06FF}پ]{0,8}") {
        let kept = |c: char| is_word_char(c) || c == '#' || c == '_';
        proptest::prop_assert_eq!(clean(&word), word.trim_matches(|c| !kept(c)));
    }
}

/// The lists are compared with folded words, so each is written folded.
#[test]
fn every_list_is_written_folded() {
    let lists: [&[&str]; 34] = [
        VERBS,
        PRESENT_VERBS,
        TIME_NOUNS,
        LAST_OR_NEXT,
        DEMONSTRATIVES,
        SPOKESMAN_WORDS,
        PERSIAN_VERBS,
        PERSIAN_STOPS,
        ACCORDING,
        STOPS,
        TRAILING,
        ASIDES,
        BLESSINGS,
        PREPOSITIONAL,
        REFERENCES,
        TITLES,
        RANKS,
        NOT_FIRST_NAMES,
        BODIES,
        HONORIFICS,
        INSTITUTIONS,
        ORGANISATIONS,
        RESPONSES,
        ACTS,
        IN_PASSING,
        HOW_SAID,
        MANNER,
        WITHHOLDING,
        SPOKEN,
        PARTICIPLES,
        SAYINGS,
        AGE_WORDS,
        PREPOSITIONS,
        PROCLITICS.as_slice(),
    ];
    crate::text::normalize::assert_written_folded(&lists);
}

/// One look-up answers as the seven lists do, for every word of each and a few of none.
#[test]
fn phrase_lists_answer_as_the_lists() {
    let words = STOP_SET
        .words()
        .iter()
        .chain(PREPOSITIONAL_SET.words())
        .chain(BLESSING_SET.words())
        .map(String::as_str)
        .chain(
            IN_PASSING
                .iter()
                .chain(HOW_SAID)
                .chain(MANNER)
                .chain(WITHHOLDING)
                .copied(),
        )
        .chain(["", "الوزير", "قال"]);
    for word in words {
        let bits = phrase_lists(word);
        assert_eq!(bits & IN_STOPS != 0, STOP_SET.contains(word), "{word}");
        assert_eq!(
            bits & IN_PREPOSITIONAL != 0,
            PREPOSITIONAL_SET.contains(word),
            "{word}"
        );
        assert_eq!(
            bits & IN_BLESSINGS != 0,
            BLESSING_SET.contains(word),
            "{word}"
        );
        assert_eq!(bits & IN_PASSING_BIT != 0, IN_PASSING.contains(&word));
        assert_eq!(bits & IN_HOW_SAID != 0, HOW_SAID.contains(&word));
        assert_eq!(bits & IN_MANNER != 0, MANNER.contains(&word), "{word}");
        assert_eq!(
            bits & IN_WITHHOLDING != 0,
            WITHHOLDING.contains(&word),
            "{word}"
        );
    }
}

#[test]
fn the_arabic_block_is_tested_as_unicode_says() {
    for c in ('\u{0600}'..='\u{06FF}').chain('\u{05D0}'..='\u{05EA}') {
        assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
    }
    for c in '\0'..=char::MAX {
        assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
    }
}

#[test]
fn remembered_verdicts_are_the_worked_out_ones() {
    for text in crate::corpus::sample_set().iter().map(|a| a.text.clone()) {
        for word in text.split_whitespace() {
            // Asked twice: once worked out, once from the table.
            assert_eq!(cue_kind(word), classify_cue(word), "{word}");
            assert_eq!(cue_kind(word), classify_cue(word), "{word}");
        }
    }
}
