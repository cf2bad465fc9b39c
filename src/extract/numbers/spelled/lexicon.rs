//! The words numbers are written with, folded, and the letter tables that rule out most other
//! words before they are looked up.

use crate::extract::words::{LetterTables, clean};
use crate::text::normalize::{fold, fold_into_buffer};
use std::collections::HashMap;

/// What a number word stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Part {
    /// One to nine. `واحد` goes on with its tens (`واحد وعشرون`); `أحد` and `اثنا` (the
    /// forms of eleven and twelve) with `عشر`.
    Unit(u32),
    /// `عشر`, `عشرة`: ten, or the ten of thirteen to nineteen after a unit.
    Ten,
    /// Twenty to ninety.
    Tens(u32),
    /// One hundred or two hundred in one word (`مائة`, `مئتان`), or three to nine hundred
    /// (`ثلاثمائة`).
    Hundreds(u32),
    /// A scale word: its power of ten, two where it is dual (`ألفين`), whether it is the
    /// plural that follows three to ten (`آلاف`), and whether it is in the accusative
    /// (`ألفاً`), after which no counted noun follows.
    Scale {
        power: i32,
        times: u32,
        plural: bool,
        whole: bool,
    },
    /// A half or a quarter: of the scale word after it (`نصف مليون`), or, joined by `و`, of
    /// the last part (`مليون ونصف`).
    Fraction(f64),
    /// An ordinal: first to tenth, or the first part of eleventh and twelfth (`الحادي`).
    Ordinal(u32),
    /// The tens of an ordinal after `و` (`الخامس والعشرين`, twenty-fifth).
    OrdinalTens(u32),
}

/// Whether a part may be a number by itself, or must go on (`واحد`, `أحد`, `اثنا`, `نصف`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Alone {
    /// Alone or with others.
    Yes,
    /// Only with tens after `و` (`واحد وعشرون`).
    BeforeTens,
    /// Only before `عشر` (`أحد عشر`, `اثنا عشر`, `الحادي عشر`).
    BeforeTen,
    /// Only before a scale word (`نصف مليون`), or joined by `و` after a part (`مليون ونصف`).
    BeforeScale,
    /// Only before `عشر` or a scale word: a cardinal with the article (`الدول التسع عشرة`,
    /// the nineteen countries; `المائة ألف`, the hundred thousand), which alone is too often
    /// something else (`في المئة`, percent; `الست`, the lady).
    BeforeMore,
    /// Only after a part it goes on from.
    Never,
}

/// The number words, as written, with what each stands for.
pub(super) const WORDS: &[(&[&str], Part, Alone)] = {
    use Alone::*;
    use Part::*;
    const fn scale(power: i32, times: u32, plural: bool, whole: bool) -> Part {
        Scale {
            power,
            times,
            plural,
            whole,
        }
    }
    &[
        (&["واحد", "واحدة"], Unit(1), BeforeTens),
        (&["أحد", "إحدى"], Unit(1), BeforeTen),
        (&["اثنان", "اثنين", "اثنتان", "اثنتين"], Unit(2), Yes),
        (&["اثنا", "اثني", "اثنتا", "اثنتي"], Unit(2), BeforeTen),
        (&["ثلاث", "ثلاثة"], Unit(3), Yes),
        (&["أربع", "أربعة"], Unit(4), Yes),
        (&["خمس", "خمسة"], Unit(5), Yes),
        (&["ست", "ستة"], Unit(6), Yes),
        (&["سبع", "سبعة"], Unit(7), Yes),
        (&["ثمان", "ثماني", "ثمانية"], Unit(8), Yes),
        (&["تسع", "تسعة"], Unit(9), Yes),
        (&["عشر", "عشرة"], Ten, Yes),
        (&["عشرون", "عشرين"], Tens(20), Yes),
        (&["ثلاثون", "ثلاثين"], Tens(30), Yes),
        (&["أربعون", "أربعين"], Tens(40), Yes),
        (&["خمسون", "خمسين"], Tens(50), Yes),
        (&["ستون", "ستين"], Tens(60), Yes),
        (&["سبعون", "سبعين"], Tens(70), Yes),
        (&["ثمانون", "ثمانين"], Tens(80), Yes),
        (&["تسعون", "تسعين"], Tens(90), Yes),
        (&["مائة", "مئة"], Hundreds(100), Yes),
        (
            &[
                "مائتان",
                "مائتين",
                "مئتان",
                "مئتين",
                "مائتا",
                "مائتي",
                "مئتا",
                "مئتي",
            ],
            Hundreds(200),
            Yes,
        ),
        (&["ثلاثمائة", "ثلاثمئة"], Hundreds(300), Yes),
        (&["أربعمائة", "أربعمئة"], Hundreds(400), Yes),
        (&["خمسمائة", "خمسمئة"], Hundreds(500), Yes),
        (&["ستمائة", "ستمئة"], Hundreds(600), Yes),
        (&["سبعمائة", "سبعمئة"], Hundreds(700), Yes),
        (&["ثمانمائة", "ثمانمئة", "ثمانيمائة"], Hundreds(800), Yes),
        (&["تسعمائة", "تسعمئة"], Hundreds(900), Yes),
        (&["ألف"], scale(3, 1, false, false), Yes),
        (&["ألفا"], scale(3, 1, false, true), Yes),
        (&["ألفان", "ألفين", "ألفي"], scale(3, 2, false, false), Yes),
        (&["آلاف"], scale(3, 1, true, false), Never),
        (&["مليون"], scale(6, 1, false, false), Yes),
        (&["مليونا"], scale(6, 1, false, true), Yes),
        (
            &["مليونان", "مليونين", "مليوني"],
            scale(6, 2, false, false),
            Yes,
        ),
        (&["ملايين"], scale(6, 1, true, false), Never),
        (&["مليار", "بليون"], scale(9, 1, false, false), Yes),
        (&["مليارا", "بليونا"], scale(9, 1, false, true), Yes),
        (
            &["ملياران", "مليارين", "مليارى"],
            scale(9, 2, false, false),
            Yes,
        ),
        (&["مليارات"], scale(9, 1, true, false), Never),
        (&["تريليون", "ترليون"], scale(12, 1, false, false), Yes),
        (&["الاثنا", "الاثني", "الاثنتا", "الاثنتي"], Unit(2), BeforeTen),
        (&["الثلاث", "الثلاثة"], Unit(3), BeforeMore),
        (&["الأربع", "الأربعة"], Unit(4), BeforeMore),
        (&["الخمس", "الخمسة"], Unit(5), BeforeMore),
        (&["الست", "الستة"], Unit(6), BeforeMore),
        (&["السبع", "السبعة"], Unit(7), BeforeMore),
        (&["الثماني", "الثمانية"], Unit(8), BeforeMore),
        (&["التسع", "التسعة"], Unit(9), BeforeMore),
        (&["المائة", "المئة"], Hundreds(100), BeforeMore),
        (&["المائتي", "المئتي"], Hundreds(200), BeforeMore),
        (&["نصف"], Fraction(0.5), BeforeScale),
        (&["ربع"], Fraction(0.25), BeforeScale),
        (&["أول", "أولى", "الأول", "الأولى"], Ordinal(1), Yes),
        (&["ثاني", "الثاني", "الثانية"], Ordinal(2), Yes),
        (&["ثالث", "ثالثة", "الثالث", "الثالثة"], Ordinal(3), Yes),
        // (Not `رابعة` alone: it is a name, `رابعة العدوية` and the square named after her.)
        (&["رابع", "الرابع", "الرابعة"], Ordinal(4), Yes),
        (&["خامس", "خامسة", "الخامس", "الخامسة"], Ordinal(5), Yes),
        (&["سادس", "سادسة", "السادس", "السادسة"], Ordinal(6), Yes),
        (&["سابع", "سابعة", "السابع", "السابعة"], Ordinal(7), Yes),
        (&["ثامن", "ثامنة", "الثامن", "الثامنة"], Ordinal(8), Yes),
        (&["تاسع", "تاسعة", "التاسع", "التاسعة"], Ordinal(9), Yes),
        (&["عاشر", "عاشرة", "العاشر", "العاشرة"], Ordinal(10), Yes),
        (&["حادي", "الحادي", "الحادية"], Ordinal(1), BeforeTen),
        (&["العشرين", "العشرون"], OrdinalTens(20), Never),
        (&["الثلاثين", "الثلاثون"], OrdinalTens(30), Never),
        (&["الأربعين", "الأربعون"], OrdinalTens(40), Never),
        (&["الخمسين", "الخمسون"], OrdinalTens(50), Never),
        (&["الستين", "الستون"], OrdinalTens(60), Never),
        (&["السبعين", "السبعون"], OrdinalTens(70), Never),
        (&["الثمانين", "الثمانون"], OrdinalTens(80), Never),
        (&["التسعين", "التسعون"], OrdinalTens(90), Never),
    ]
};

/// The letters a number word may carry before it: `و` (and), which joins the parts of a
/// number, and the prepositions `ب` and `ل`, which only the first may carry (`بخمسة`,
/// `لثلاثة`). An ordinal with the article carries only `و` (`والثالثة`): the words with the
/// article are a third of a text's, and each form more lets more of them through the letter
/// test to be folded and looked up.
const PROCLITICS: &[&str] = &["و", "ب", "ل"];

/// Words with a proclitic that are other words (`لست`, I am not; `باول`, Powell; `وست`,
/// west), compared folded.
pub(super) const NOT_NUMBERS: &[&str] = &["لست", "وست", "بست", "باول"];

/// A number word as found: what it stands for, whether `و` joins it to the word before, how
/// many letters of proclitic it carries, and whether it has the article.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub(super) part: Part,
    pub(super) alone: Alone,
    pub(super) joined: bool,
    pub(super) proclitic: usize,
    pub(super) article: bool,
}

/// The number words folded, each with and without every proclitic, and the letter tables that
/// rule out most other words before they are folded: one for the words as written, and one
/// for what follows the article (`ال`, `وال`, with a plain alef) in words that start with it,
/// as a third of a text's words do. Those are told by the letters after the article, which
/// the first table does not reach (it would let through every `ال` word whose third letter
/// starts an ordinal).
pub(super) struct Lexicon {
    words: HashMap<String, Token>,
    bare: LetterTables,
    stems: LetterTables,
}

/// `bytes` without the article it starts with (`ال`, or `وال`), if it starts with one.
#[inline(always)]
fn after_article(bytes: &[u8]) -> Option<&[u8]> {
    // (`ا` is `D8 A7`, `ل` `D9 84`, `و` `D9 88`: compared as bytes, for every word.)
    match bytes.first_chunk::<4>()? {
        [0xD8, 0xA7, 0xD9, 0x84] => Some(&bytes[4..]),
        [0xD9, 0x88, 0xD8, 0xA7] if bytes.get(4..6) == Some(&[0xD9, 0x84]) => Some(&bytes[6..]),
        _ => None,
    }
}

/// `word` without the article it starts with ([`after_article`]), if it starts with one.
fn stem(word: &str) -> Option<&str> {
    let rest = after_article(word.as_bytes())?;
    word.get(word.len() - rest.len()..)
}

impl Lexicon {
    pub(super) fn get() -> &'static Self {
        static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(|| {
            let mut words = HashMap::new();
            let not_numbers: Vec<String> = NOT_NUMBERS.iter().map(|w| fold(w)).collect();
            for &(forms, part, alone) in WORDS {
                for &as_written in forms {
                    let form = fold(as_written);
                    let token = |proclitic: &str| Token {
                        part,
                        alone,
                        joined: proclitic.starts_with('و'),
                        proclitic: proclitic.chars().count(),
                        article: as_written.starts_with("ال"),
                    };
                    words.insert(form.clone(), token(""));
                    for &proclitic in PROCLITICS {
                        // (The article as written: `ألف`, a thousand, takes them all.)
                        if as_written.starts_with("ال") && proclitic != "و" {
                            continue;
                        }
                        let written = format!("{proclitic}{form}");
                        if !not_numbers.contains(&written) {
                            words.entry(written).or_insert_with(|| token(proclitic));
                        }
                    }
                }
            }
            // Every form in the first table, for words written with a hamza on their first
            // alef (`ألف`, `آلاف`), which the article test passes by; the forms starting
            // with `ال` in the second too, by what follows it.
            let stems: Vec<String> = words
                .keys()
                .filter_map(|w| stem(w).map(str::to_owned))
                .collect();
            Lexicon {
                bare: LetterTables::new(words.keys().cloned()),
                stems: LetterTables::new(stems),
                words,
            }
        })
    }

    /// Whether a word whose text runs on as `bytes` may be a number word, by its first letters
    /// (after the article, where it has one, and after an opening mark or bracket). A word
    /// starting with anything but an Arabic letter (digits, Latin, other marks) is none.
    #[inline(always)]
    pub(super) fn may_start(&self, bytes: &[u8]) -> bool {
        match bytes.first() {
            Some(0xD8 | 0xD9) => self.letters_may_start(bytes),
            _ => self.may_start_after_mark(bytes),
        }
    }

    /// [`Lexicon::may_start`] for a word starting with a letter of the Arabic block.
    #[inline(always)]
    fn letters_may_start(&self, bytes: &[u8]) -> bool {
        match after_article(bytes) {
            Some(stem) => self.stems.may_start(stem),
            None => self.bare.may_start(bytes),
        }
    }

    /// [`Lexicon::may_start`] for a word starting with anything else: an opening mark or
    /// bracket before a letter (`(`, `"`, `«`, `“`) is passed over.
    #[cold]
    #[inline(never)]
    fn may_start_after_mark(&self, bytes: &[u8]) -> bool {
        let rest = match bytes {
            [b'(' | b'"', rest @ ..] | [0xC2, 0xAB, rest @ ..] | [0xE2, 0x80, 0x9C, rest @ ..] => {
                rest
            }
            _ => return false,
        };
        matches!(rest.first(), Some(0xD8 | 0xD9)) && self.letters_may_start(rest)
    }

    /// The number word `word` is, cleaned and folded: its first letters asked first
    /// ([`Lexicon::may_start`]), then its first and last ones, and only then the word folded.
    pub(super) fn token(&self, word: &str) -> Option<Token> {
        if !self.may_start(word.as_bytes()) {
            return None;
        }
        let may_be = match stem(word) {
            Some(stem) => self.stems.could_be(stem),
            None => self.bare.could_be(word),
        };
        if !may_be {
            return None;
        }
        let mut buf = [0u8; 64];
        self.words
            .get(fold_into_buffer(clean(word), &mut buf)?)
            .copied()
    }
}
