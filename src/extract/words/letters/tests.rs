//! The letter tables against the word lists they are made from.

use super::super::{ACCORDING, PROCLITICS, classify_cue, speech_verb_forms};
use super::*;

#[test]
fn the_letter_test_never_rules_out_a_cue() {
    let mut words: Vec<String> = Vec::new();
    for form in speech_verb_forms().chain(ACCORDING) {
        for proclitic in std::iter::once("").chain(PROCLITICS) {
            let word = format!("{proclitic}{form}");
            // As written in articles: with tanween, punctuation, brackets, a shadda.
            words.push(word.clone());
            words.push(format!("{word}\u{064B}:"));
            words.push(format!("(«{word}\u{064E}»)،"));
            words.push(format!("-{word}\u{0650}."));
            words.push(format!("{word}،"));
            words.push(format!("\"{word}."));
            // Letters as written before folding: hamzas on alef, final alef maqsura and
            // ta marbuta, a shadda inside.
            words.push(word.replacen('ا', "أ", 1));
            words.push(word.replace('ا', "إ"));
            if let Some(stem) = word.strip_suffix('ي') {
                words.push(format!("{stem}ى"));
            }
            if let Some(stem) = word.strip_suffix('ه') {
                words.push(format!("{stem}ة"));
            }
            let mut chars: Vec<char> = word.chars().collect();
            chars.insert(chars.len().min(2), '\u{0651}');
            words.push(chars.into_iter().collect());
            // A fatha after the first letter, a tatweel after the second.
            let mut chars: Vec<char> = word.chars().collect();
            chars.insert(chars.len().min(1), '\u{064E}');
            words.push(chars.into_iter().collect());
            let mut chars: Vec<char> = word.chars().collect();
            chars.insert(chars.len().min(2), '\u{0640}');
            words.push(chars.into_iter().collect());
        }
    }
    words.push("بيّن".to_owned());
    for text in crate::corpus::sample_set().iter().map(|a| a.text.clone()) {
        words.extend(text.split_whitespace().map(str::to_owned));
    }
    for word in &words {
        if classify_cue(word).is_some() {
            assert!(
                could_be_cue(word),
                "{word} is a cue the letter test rules out"
            );
            // At the end of a text, and before a space, a no-break space or a mark.
            let may_start_cue = cue_start_test();
            for after in ["", " قال", "\u{A0}x", "، قال"] {
                let text = format!("{word}{after}");
                assert!(
                    may_start_cue(text.as_bytes()),
                    "{text} is a cue its first letters rule out"
                );
            }
        }
        // Where the quick trim leaves plain letters at both ends, it is `clean`.
        let quick = trim_common_marks(word);
        if cue_tables().letters_say(quick).is_some() {
            assert_eq!(quick, clean(word), "{word}");
        }
    }
    assert!(!could_be_cue("الحكومة") && !could_be_cue("2500") && !could_be_cue("#بلينكن"));
    let may_start_cue = cue_start_test();
    for text in ["الحكومة", "في الحكومة", "في", "من قبل"] {
        assert!(!may_start_cue(text.as_bytes()), "{text}");
    }
    // The quick trim of common marks takes only what `clean` takes.
    for word in ["«قال»،", "(أكد).", "“وأضاف”:", "#وسم_", "قال؟!", "؛", "..."]
    {
        let quick = trim_common_marks(word);
        assert!(word.contains(quick), "{word}");
        assert!(quick.contains(clean(word)), "{word}");
    }
    assert_eq!(trim_common_marks("«قال»،"), "قال");
    assert_eq!(trim_common_marks("#وسم_"), "#وسم_");
}

#[test]
fn the_letter_table_folds_as_the_letters_do() {
    for c in '\u{0600}'..='\u{067F}' {
        let mut bytes = [0; 4];
        let bytes = c.encode_utf8(&mut bytes).as_bytes();
        let expected = letter_index(c).filter(|_| ('\u{0621}'..='\u{064A}').contains(&c));
        assert_eq!(plain_letter(bytes), expected, "U+{:04X}", c as u32);
    }
}

#[test]
fn letters_read_from_bytes_are_the_letters_read_from_characters() {
    let mut words: Vec<String> = ["أكد", "إن", "آل", "مسؤولة", "ئي", "ـقالـ", "قال،", "ىا"]
        .map(str::to_owned)
        .to_vec();
    for text in crate::corpus::sample_set().iter().map(|a| a.text.clone()) {
        words.extend(text.split_whitespace().map(str::to_owned));
    }
    for word in &words {
        assert_eq!(edge_letters(word), edge_letters_by_chars(word), "{word}");
    }
}
