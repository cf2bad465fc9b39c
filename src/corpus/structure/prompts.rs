//! Newsletter and subscription prompts (`هل أعجبك المحتوى`, `اشترك بنشرتنا`): phrases that
//! make a paragraph furniture wherever they stand in it, compared folded.
//!
//! Every short paragraph of a corpus is asked about, and almost none holds a prompt. Each
//! phrase is looked for first in the paragraph as written, from a letter that nothing else
//! folds to (`ش` of `اشترك`), reading the folded words on from there; the places of all the
//! phrases' letters are found in one search, 64 bytes at a time. Only a paragraph where that
//! finds the rest of a phrase is folded whole and searched.

use crate::text::bytes::{Block, Bytes, Hits, any_pair};
use crate::text::normalize::{FoldedWordChars, fold, fold_char, fold_words};
use memchr::memmem::Finder;

/// The letters the search in the text as written starts from: letters nothing else folds to
/// (a test checks), each the rarest such letter of its phrases, all from U+0621 to U+063F,
/// written `D8` and a byte ([`second_byte`]).
const LETTERS: [char; 4] = ['ج', 'ش', 'ض', 'ع'];

/// The byte after `D8` that writes `letter`, one of U+0600 to U+063F, in UTF-8.
const fn second_byte(letter: char) -> u8 {
    0x80 | (letter as u32 & 0x3F) as u8
}

/// Whether the bytes of a block and those after them write one of [`LETTERS`].
#[inline(always)]
fn starts_letter(first: Block, next: Block) -> Hits {
    first.is(0xD8)
        & (next.is(second_byte(LETTERS[0]))
            | next.is(second_byte(LETTERS[1]))
            | next.is(second_byte(LETTERS[2]))
            | next.is(second_byte(LETTERS[3])))
}

/// The phrases, each with the one of [`LETTERS`] the search for it starts from.
const PROMPT_PHRASES: &[(&str, char)] = &[
    ("هل اعجبك المحتوي", 'ج'),
    ("اشترك بنشرتنا", 'ش'),
    ("اشترك الان بالنشره", 'ش'),
    ("النشره البريديه", 'ش'),
    ("انضم الي قائمه", 'ض'),
    ("تابعونا علي", 'ع'),
];

/// A phrase made ready for searching.
struct Prompt {
    /// The phrase folded, searched in a paragraph folded whole.
    whole: Finder<'static>,
    /// The byte after `D8` that writes its letter ([`PROMPT_PHRASES`]), which tells at once
    /// whether a place [`starts_letter`] found is the letter's.
    letter_byte: u8,
    /// The folded phrase from its letter on.
    rest: Vec<char>,
}

impl Prompt {
    /// Whether `text` from byte `at` (the phrase's letter, as written) goes on as the rest of
    /// the phrase once folded: as a prompt in the whole text folded would.
    fn rest_starts(&self, text: &str, at: usize) -> bool {
        // Read from the bytes while the text goes on with characters of U+0600 to U+067F
        // (`D8` or `D9` and a byte), each folded from its two bytes to a letter or to nothing
        // (a haraka); white space after a word folds to a space. Most places are turned away so within a letter or two;
        // the rest read the folded words on.
        let bytes = text.as_bytes();
        let mut i = at;
        let mut k = 0;
        while let Some(&wanted) = self.rest.get(k) {
            match bytes.get(i..i + 2) {
                Some(&[lead @ (0xD8 | 0xD9), next]) => {
                    let code = 0x600 | (u32::from(lead & 1) << 6) | u32::from(next & 0x3F);
                    match char::from_u32(code).and_then(fold_char) {
                        Some(folded) if folded != wanted => return false,
                        Some(_) => k += 1,
                        None => {}
                    }
                    i += 2;
                }
                // White space after a word folds to a space.
                Some(&[b' ' | b'\t'..=b'\r', _]) if wanted != ' ' => return false,
                _ => break,
            }
        }
        k == self.rest.len()
            || text.get(at..).is_some_and(|from| {
                FoldedWordChars::new(from)
                    .take(self.rest.len())
                    .eq(self.rest.iter().copied())
            })
    }
}

/// The phrases, set up once for every paragraph of every article.
fn prompts() -> &'static [Prompt] {
    static PROMPTS: std::sync::OnceLock<Vec<Prompt>> = std::sync::OnceLock::new();
    PROMPTS.get_or_init(|| {
        PROMPT_PHRASES
            .iter()
            .map(|&(phrase, letter)| {
                let folded = fold(phrase);
                let rest = folded
                    .find(letter)
                    .map_or_else(Vec::new, |at| folded[at..].chars().collect());
                Prompt {
                    whole: Finder::new(folded.as_bytes()).into_owned(),
                    letter_byte: second_byte(letter),
                    rest,
                }
            })
            .collect()
    })
}

/// Whether `text` (a paragraph without its decoration, as written) holds a prompt phrase
/// once its words are folded ([`fold_words`]).
pub(super) fn holds_prompt(text: &str) -> bool {
    let prompts = prompts();
    let bytes = text.as_bytes();
    let maybe = any_pair(bytes, starts_letter, |at| {
        // The letter's second byte tells it ([`starts_letter`]).
        let letter = bytes.get(at + 1).copied();
        prompts
            .iter()
            .any(|p| Some(p.letter_byte) == letter && p.rest_starts(text, at))
    });
    maybe && {
        let folded = fold_words(text);
        prompts
            .iter()
            .any(|p| p.whole.find(folded.as_bytes()).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// The search as it was: every paragraph folded whole and searched for each phrase.
    fn by_folding_whole(text: &str) -> bool {
        let folded = fold_words(text);
        PROMPT_PHRASES
            .iter()
            .any(|(phrase, _)| folded.contains(&fold(phrase)))
    }

    #[test]
    fn each_letter_is_in_its_phrase_and_only_itself_folds_to_it() {
        for &(phrase, letter) in PROMPT_PHRASES {
            assert!(fold(phrase).contains(letter), "{phrase}");
            assert!(LETTERS.contains(&letter), "{phrase}");
        }
        for letter in LETTERS {
            let mut written = [0; 4];
            assert_eq!(
                letter.encode_utf8(&mut written).as_bytes(),
                [0xD8, second_byte(letter)]
            );
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(folded) = fold_char(c).filter(|f| LETTERS.contains(f)) {
                assert_eq!(c, folded, "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn prompts_are_found_as_written_and_folded() {
        for text in [
            "هل أعجبك المحتوى وتريد المزيد منه يصل إلى صندوق بريدك الإلكتروني بشكل دوري؟",
            "انضم إلى قائمة من يقدّرون محتوى الحل نت واشترك بنشرتنا البريدية.",
            "اشترك الآن بالنشرة الإخبارية",
            "تابعونا على تويتر",
            "اشتـرك  الآن\u{64E} بالنشرة",
        ] {
            assert!(holds_prompt(text), "{text}");
        }
        for text in ["قال وزير الخارجية إن الحوار مستمر.", "اشترك في الحوار", ""]
        {
            assert!(!holds_prompt(text), "{text}");
        }
    }

    /// The phrases as pages write them, with hamza forms, `ى` and `ة`.
    const WRITTEN: [&str; 6] = [
        "هل أعجبك المحتوى",
        "اشترك بنشرتنا",
        "اشترك الآن بالنشرة",
        "النشرة البريدية",
        "انضم إلى قائمة",
        "تابعونا على",
    ];

    /// A phrase as written, each character perhaps followed by a tatweel, a haraka, a second
    /// space or a letter in its place (`changes`, one a character).
    fn written_with(phrase: &str, changes: &[u8]) -> String {
        let mut out = String::new();
        for (c, &change) in phrase
            .chars()
            .zip(changes.iter().chain(std::iter::repeat(&0)))
        {
            match change {
                1 => out.extend([c, 'ـ']),
                2 => out.extend([c, '\u{64E}']),
                3 => out.extend([c, ' ']),
                4 => out.push('ب'),
                _ => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        /// Looking from the letter as written finds what folding the whole paragraph finds.
        #[test]
        fn the_search_from_the_letter_misses_nothing(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        " ", "  ", "\u{A0}", "\t", "ـ", "\u{64E}", "\u{200F}", "هل", "أعجبك",
                        "اعجبك", "المحتوى", "اشترك", "اشتـرك", "الآن", "بالنشرة", "بنشرتنا",
                        "النشرة", "البريدية", "انضم", "إلى", "قائمة", "تابعونا", "على", "ش", "ت",
                    ])
                    .prop_map(|s: &str| s.to_owned()),
                    proptest::char::range('\u{600}', '\u{6FF}').prop_map(String::from),
                ],
                0..16,
            ),
            phrase in proptest::sample::select(WRITTEN.to_vec()),
            changes in proptest::collection::vec(
                proptest::sample::select(vec![0u8, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]),
                0..20,
            ),
            place in 0usize..16,
        ) {
            let mut pieces = pieces;
            let place = place.min(pieces.len());
            pieces.insert(place, written_with(phrase, &changes));
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(holds_prompt(&text), by_folding_whole(&text));
        }
    }
}
