//! Where a reported clause can open in a paragraph: the last word that may be `أن`/`إن` (or
//! another of [`super::THAT`]) or end with a colon, found from the paragraph's end back without
//! splitting it into words. A verb reports a clause only with such a word after it, so the
//! words past the last one are never verbs worth reading, and two paragraphs in five of a news
//! corpus have none at all.
//!
//! The search lets through more than [`super::opens_clause`] takes (an alef and `ن` starting a
//! longer word, a paragraph with Persian or Hebrew letters whole), never less: a property test
//! holds every word that opens a clause reached.

use crate::extract::scan::{char_before, first_white};
use crate::text::bytes::{Bytes, rfind_byte_where};
use crate::text::normalize::fold_char;

/// How far into `text` (a paragraph, or part of one) the words are worth reading for speech
/// verbs: to the end of the word after the last word that may open a reported clause (one
/// that may fold to `ان`, `انه`, `بان`, `فان`, `كه` …, or holds a colon), where the clause
/// would start. `None` where no word may open one.
pub(super) fn reach(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // Persian's and Hebrew's letters (written from `DA` and `D7`, `که`, `כי`) are not looked
    // for: a paragraph holding any is read whole.
    if memchr::memchr2(0xDA, 0xD7, bytes).is_some() {
        return Some(text.len());
    }
    // From the end back, the colons and the last bytes of `ن` (`D9 86`) and `ك` (`D9 83`), a
    // block of 64 bytes at a time: they are many (one byte in thirty), and a search started
    // again after each would read the same block again.
    let found = rfind_byte_where(
        bytes,
        bytes.len(),
        |b| b.is(b':') | b.is(0x86) | b.is(0x83),
        |at| {
            let letter = at.checked_sub(1).filter(|&lead| bytes[lead] == 0xD9);
            match (bytes[at], letter) {
                (b':', _) => true,
                (0x86, Some(start)) => alef_opens_word(text, start),
                (0x83, Some(start)) => kaf_opens_word(text, start),
                _ => false,
            }
        },
    )?;
    // (A letter is found by its last byte: the word holding it is read from the byte after.)
    Some(end_of_next_word(text, found + 1))
}

/// Where the word after the word holding byte `at` ends (the text's end when there is none).
fn end_of_next_word(text: &str, at: usize) -> usize {
    let end = at + first_white(&text[at..]);
    let rest = &text[end..];
    let next = end + (rest.len() - rest.trim_start().len());
    next + first_white(&text[next..])
}

/// The character before byte `at` that folding keeps, or white space, with where it starts:
/// harakat, tatweel and invisible characters are passed over. An ASCII character or a letter
/// of the Arabic block just before, as nearly always, is read from its bytes.
fn kept_before(text: &str, mut at: usize) -> Option<(usize, char)> {
    let kept = |c: char| c.is_whitespace() || fold_char(c).is_some();
    let bytes = text.as_bytes();
    if let Some(&last) = at.checked_sub(1).and_then(|i| bytes.get(i))
        && last.is_ascii()
        && kept(char::from(last))
    {
        return Some((at - 1, char::from(last)));
    }
    if let Some(&[lead @ 0xD8..=0xDB, next]) = at.checked_sub(2).and_then(|i| bytes.get(i..at))
        && let Some(c) = char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F))
        && kept(c)
    {
        return Some((at - 2, c));
    }
    loop {
        let c = char_before(text, at)?;
        at -= c.len_utf8();
        if kept(c) {
            return Some((at, c));
        }
    }
}

/// The character after the one starting at byte `at` that folding keeps, or white space.
fn kept_after(text: &str, at: usize) -> Option<char> {
    let mut chars = text[at..].chars();
    chars.next();
    chars.find(|&c| c.is_whitespace() || fold_char(c).is_some())
}

/// Whether the letters folding keeps start a word at byte `at`.
fn word_starts_at(text: &str, at: usize) -> bool {
    kept_before(text, at).is_none_or(|(_, c)| c.is_whitespace())
}

/// Whether the `ك` at byte `at` starts a word that goes on with `ه` (`كه`, `كة`).
fn kaf_opens_word(text: &str, at: usize) -> bool {
    // Most often another letter comes next, told from its two bytes.
    if let Some(&[lead @ (0xD8 | 0xD9), next]) = text.as_bytes().get(at + 2..at + 4)
        && is_other_letter(lead, next)
        && !matches!((lead, next), (0xD9, 0x87) | (0xD8, 0xA9))
    {
        return false;
    }
    word_starts_at(text, at) && folds_to_heh(kept_after(text, at))
}

/// Whether `lead`, `next` are a letter of the Arabic block from `ء` to `ي` that folds to no
/// alef (`ب`, `ن`, `ة` …): folding keeps each as a letter, unlike the tatweel and harakat
/// written after `ي`.
fn is_other_letter(lead: u8, next: u8) -> bool {
    match (lead, next) {
        (0xD8, 0xA2 | 0xA3 | 0xA5 | 0xA7) => false,
        (0xD8, 0xA1..=0xBA) | (0xD9, 0x81..=0x8A) => true,
        _ => false,
    }
}

/// Whether `c` folds to `ه` (`ه`, `ة` …).
fn folds_to_heh(c: Option<char>) -> bool {
    c.and_then(fold_char) == Some('ه')
}

/// Whether the `ن` at byte `at` follows an alef that starts a word, or follows `ب`/`ف`
/// starting one: `أن`, `إنه`, `بأن`, `فإن`.
fn alef_opens_word(text: &str, at: usize) -> bool {
    // Nearly every `ن` has a letter of the Arabic block just before it, most often none of
    // the alefs: ruled out from its two bytes.
    if let Some(&[lead @ (0xD8 | 0xD9), next]) =
        at.checked_sub(2).and_then(|i| text.as_bytes().get(i..at))
        && is_other_letter(lead, next)
    {
        return false;
    }
    let Some((alef_at, alef)) = kept_before(text, at) else {
        return false;
    };
    if fold_char(alef) != Some('ا') {
        return false;
    }
    match kept_before(text, alef_at) {
        None => true,
        Some((_, c)) if c.is_whitespace() => true,
        Some((at, 'ب' | 'ف')) => word_starts_at(text, at),
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::opens_clause;
    use super::*;
    use proptest::strategy::Strategy;

    /// How far verbs must be read, as the words themselves say: to the end of the word after
    /// the last word that opens a clause (or of that word, when it is the last).
    fn needed_reach(text: &str) -> Option<usize> {
        let words: Vec<(usize, &str)> = crate::text::words::words(text).collect();
        let last = words.iter().rposition(|(_, w)| opens_clause(w))?;
        let (at, word) = words.get(last + 1).unwrap_or(&words[last]);
        Some(at + word.len())
    }

    /// Whether [`reach`] reads at least as far as the words need.
    fn reaches_far_enough(text: &str) -> bool {
        match (needed_reach(text), reach(text)) {
            (Some(needed), Some(reached)) => reached >= needed,
            (Some(_), None) => false,
            (None, _) => true,
        }
    }

    /// Words shaped as openers are, slot by slot, each slot also holding what makes a near
    /// miss: a proclitic or another letter before, harakat, tatweel and marks between the
    /// letters, an alef or another letter, `ن` or `ك`, endings and punctuation after.
    fn words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::sample::select;
        let before = select(&["", "", "ب", "ف", "و", "ل", "«", "\u{200F}", "ـ"][..]);
        let mark = select(&["", "", "", "\u{064E}", "\u{0651}", "ـ", "\u{200F}"][..]);
        let first = select(&["ا", "أ", "إ", "آ", "ٱ", "ل", "ك", "ک", "ت"][..]);
        let second = select(&["ن", "ن", "ك", "ه", "ة", "ۀ"][..]);
        let after = select(&["", "", "ه", "ها", "هم", "ة", "ي", ":", "،", ",", "»"][..]);
        (
            before,
            mark.clone(),
            first,
            mark.clone(),
            second,
            mark,
            after,
        )
            .prop_map(|(b, m1, f, m2, s, m3, a)| [b, m1, f, m2, s, m3, a].concat())
    }

    /// Texts of such words and others.
    fn texts() -> impl proptest::strategy::Strategy<Value = String> {
        let word = proptest::prop_oneof![
            words(),
            proptest::sample::select(&["قال", "في"][..]).prop_map(str::to_owned)
        ];
        proptest::collection::vec(word, 0..6).prop_map(|words| words.join(" "))
    }

    proptest::proptest! {
        /// No word that opens a clause is missed, however it is written.
        #[test]
        fn every_opening_word_is_reached(text in texts()) {
            proptest::prop_assert!(reaches_far_enough(&text), "{:?}", text);
        }
    }

    #[test]
    fn openers_are_found_as_written() {
        for text in [
            "قال أن",
            "وقال إنّ الحكومة",
            "أكد بأنه سيصدر",
            "فإنَّ",
            "وأضاف: لا",
            "قال\u{A0}ـأن",
            "گفت که",
            "אמר כי",
            "قالت إنها",
            "قال كه",
        ] {
            assert!(needed_reach(text).is_some(), "{text}");
            assert!(reaches_far_enough(text), "{text}");
        }
        // Inside other words, or after a mark, `ان` opens nothing.
        for text in ["الحكومة لبنان كان إيران", "الانتخابات «أن", "شركة تركه"]
        {
            assert_eq!(reach(text), None, "{text}");
        }
        // The words are read to the end of the one after the opener.
        let text = "قال إن الوزير سيصل غدا";
        assert_eq!(&text[reach(text).unwrap()..], " سيصل غدا");
        assert_eq!(reach("قال إن"), Some("قال إن".len()));
    }

    /// Every word of the list of openers is found, whatever is added to it: a word the search
    /// does not look for fails here.
    #[test]
    fn every_listed_opener_is_reached() {
        for that in super::super::THAT {
            for text in [format!("قال {that} شيء"), format!("قال {that}")] {
                assert!(needed_reach(&text).is_some(), "{text}");
                assert!(reaches_far_enough(&text), "{text}");
            }
        }
    }

    #[test]
    fn every_opening_word_of_the_sample_set_is_reached() {
        for article in crate::corpus::sample_set() {
            for paragraph in article.text.split('\n') {
                assert!(reaches_far_enough(paragraph), "{paragraph}");
            }
        }
    }
}
