//! The first test every word of a corpus goes through, whether it may be a cue at all: read
//! from a word's first, second, next-to-last and last letters in bit tables made from every
//! cue with every proclitic, straight from the bytes of the Arabic block. Nine words in ten are
//! ruled out here, without being cleaned, folded or looked up.

use super::{clean, cue_forms, is_letter, is_word_char};

/// Index of an Arabic letter (U+0621 to U+064A) after folding, for [`could_be_cue`].
fn letter_index(c: char) -> Option<usize> {
    let folded = crate::text::normalize::fold_char(c)?;
    ('\u{0621}'..='\u{064A}')
        .contains(&folded)
        .then(|| folded as usize - 0x621)
}

/// No letter, in [`LETTERS`].
const NO_LETTER: u8 = u8::MAX;

/// The letter index ([`letter_index`]) of each character from U+0600 to U+067F, the ones
/// written with the lead bytes 0xD8 and 0xD9; [`NO_LETTER`] outside U+0621 to U+064A and for
/// tatweel, which folding drops. Folding as [`crate::text::normalize`] folds these letters (a
/// test checks the table against [`letter_index`]); built at compile time, so reading it is one
/// load.
const LETTERS: [u8; 128] = {
    let mut table = [NO_LETTER; 128];
    let mut i = 0;
    while i < 128 {
        let folded = match 0x600 + i as u32 {
            0x622 | 0x623 | 0x625 => 0x627,
            0x624 => 0x648,
            0x626 | 0x649 => 0x64A,
            0x629 => 0x647,
            0x640 => 0,
            code => code,
        };
        if folded >= 0x621 && folded <= 0x64A {
            table[i] = (folded - 0x621) as u8;
        }
        i += 1;
    }
    table
};

/// The letter index ([`letter_index`]) of a two-byte character from U+0621 to U+064A, read
/// from its UTF-8 bytes; `None` for anything else, and for the letters folding drops.
fn plain_letter(bytes: &[u8]) -> Option<usize> {
    let &[lead @ (0xD8 | 0xD9), next] = bytes else {
        return None;
    };
    let letter = LETTERS[(usize::from(lead & 1) << 6) | usize::from(next & 0x3F)];
    (letter != NO_LETTER).then_some(usize::from(letter))
}

/// The letter indexes ([`letter_index`]) of the first two characters of `word`, when both are
/// plain Arabic letters, read from its bytes.
pub(in crate::extract) fn first_two_letters(word: &str) -> Option<(usize, usize)> {
    let bytes = word.as_bytes();
    bytes
        .get(..2)
        .and_then(plain_letter)
        .zip(bytes.get(2..4).and_then(plain_letter))
}

/// The first two letters of each of `list` (folded words) as a bit table: entry `first` has
/// bit `second` set. Words that do not start with two Arabic letters are left out.
pub(in crate::extract) fn first_pairs(list: &[&str]) -> [u64; 42] {
    let mut pairs = [0u64; 42];
    for word in list {
        let mut letters = word.chars().map(letter_index);
        if let (Some(Some(first)), Some(Some(second))) = (letters.next(), letters.next()) {
            pairs[first] |= 1 << second;
        }
    }
    pairs
}

/// Bit tables read from a word's first, second, next-to-last and last letters, made from a
/// list of folded forms (every cue with every proclitic; every number word): a word they rule
/// out is none of the forms, whatever marks, harakat or tatweel it is written with.
pub(in crate::extract) struct LetterTables {
    /// For each first two characters as written (their [`letter_slot`]s), the third letters
    /// a form may go on with, and bit [`ENDS`] where a form is those two letters alone: every
    /// bit where either is no letter ([`NO_LETTER`]). Indexed by the bytes themselves, so
    /// that the test of a word's start is one look-up after reading it (128 KB, of which the
    /// few hundred common starts stay in the processor's cache).
    prefixes: Vec<u64>,
    /// For each first letter, the last letters a form may end with.
    pairs: [u64; 42],
    /// For each first two letters, the last letters a form may end with.
    triples: Vec<u64>,
    /// The first two and the last two letters of every form, hashed into a bit set of
    /// [`QUAD_BITS`] bits: a tenth of a corpus's words pass the cues' triples, and an eighth
    /// of those are cues.
    quads: Vec<u64>,
}

/// How many bits [`LetterTables::quads`] holds: 8 KB, which stays in the processor's cache.
const QUAD_BITS: usize = 1 << 16;

/// The bit of [`LetterTables::quads`] for a word's first, second, next-to-last and last letters.
fn quad_bit(first: usize, second: usize, penultimate: usize, last: usize) -> usize {
    let key = (((first * 42 + second) * 42 + penultimate) * 42 + last) as u32;
    (key.wrapping_mul(0x9E37_79B1) >> (32 - QUAD_BITS.trailing_zeros())) as usize
}

/// The tables of every cue with every proclitic, made once.
fn cue_tables() -> &'static LetterTables {
    static TABLES: std::sync::OnceLock<LetterTables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| LetterTables::new(cue_forms()))
}

impl LetterTables {
    /// The tables of `forms`, each written folded and without marks.
    pub(in crate::extract) fn new(forms: impl IntoIterator<Item = String>) -> Self {
        let mut prefixes = vec![0u64; 42 * 42];
        let mut pairs = [0u64; 42];
        let mut triples = vec![0u64; 42 * 42];
        let mut quads = vec![0u64; QUAD_BITS / 64];
        for form in forms {
            // A form starting or ending with a letter the tables do not know (Persian's
            // own, Hebrew) is let through by `other_script` instead.
            let letters: Vec<Option<usize>> = form.chars().map(letter_index).collect();
            // A third character not a letter (of another script) is never asked about: a
            // word with it there is let through. A cue going on so (`میگوید`) still marks
            // its first two letters ([`OTHER`]), for a word whose third character could be
            // anything once folded (a haraka there).
            match letters[..] {
                [Some(first), Some(second)] => prefixes[first * 42 + second] |= 1 << ENDS,
                [Some(first), Some(second), Some(third), ..] => {
                    prefixes[first * 42 + second] |= 1 << third;
                }
                [Some(first), Some(second), None, ..] => {
                    prefixes[first * 42 + second] |= 1 << OTHER;
                }
                _ => {}
            }
            if let (Some(&Some(first)), Some(&Some(last))) = (letters.first(), letters.last()) {
                pairs[first] |= 1 << last;
            }
            // Read as `could_be` reads a word's bytes: in a word of two letters the
            // second is also the last, and the first the next-to-last.
            if let [Some(first), Some(second), ..] = letters[..]
                && let [.., Some(penultimate), Some(last)] = letters[..]
            {
                triples[first * 42 + second] |= 1 << last;
                let bit = quad_bit(first, second, penultimate, last);
                quads[bit / 64] |= 1 << (bit % 64);
            }
        }
        // Indexed by written characters rather than folded letters.
        let mut by_slots = vec![u64::MAX; 128 * 128];
        for (slot, &first) in LETTERS.iter().enumerate() {
            for (next_slot, &second) in LETTERS.iter().enumerate() {
                if first != NO_LETTER && second != NO_LETTER {
                    by_slots[(slot << 7) | next_slot] =
                        prefixes[usize::from(first) * 42 + usize::from(second)];
                }
            }
        }
        LetterTables {
            prefixes: by_slots,
            pairs,
            triples,
            quads,
        }
    }
}

/// The bit of [`LetterTables::prefixes`] for a word that ends after two letters.
const ENDS: usize = 42;

/// The bit of [`LetterTables::prefixes`] for a cue whose third character is of another script.
const OTHER: usize = 43;

/// The test of whether a word whose text runs on as `bytes` may be a cue, by its first three
/// characters ([`LetterTables::may_start`]): nine words in ten are ruled out (`ال…`, `في`,
/// `الحكومة`). The table is looked up once, for a scan that asks every word.
pub(in crate::extract) fn cue_start_test() -> impl Fn(&[u8]) -> bool + Copy {
    let tables = cue_tables();
    move |bytes: &[u8]| tables.may_start(bytes)
}

/// The index into [`LETTERS`] of the two-byte character `lead`, `next` (`lead` `D8` or `D9`).
fn letter_slot(lead: u8, next: u8) -> usize {
    (usize::from(lead & 1) << 6) | usize::from(next & 0x3F)
}

impl LetterTables {
    /// Whether a word whose text runs on as `bytes` may be one of the forms, by its first
    /// three characters: not where the first two are plain letters (folded, [`plain_letter`])
    /// and the third a plain letter or the word's end (a space, the end of the text) that no
    /// form starts with; nor where the third is no letter (a haraka, tatweel, a mark) and no
    /// form starts with the first two. Anything else (a digit, a letter with harakat, another
    /// script) may be one, and is left to the word lists. Cleaning keeps a leading letter, so
    /// the letters read here are the ones a form is compared by.
    #[inline]
    pub(in crate::extract) fn may_start(&self, bytes: &[u8]) -> bool {
        let &[lead, next, second_lead, second_next, ref rest @ ..] = bytes else {
            return true;
        };
        if (lead | 1) != 0xD9 || (second_lead | 1) != 0xD9 {
            return true;
        }
        let thirds =
            self.prefixes[(letter_slot(lead, next) << 7) | letter_slot(second_lead, second_next)];
        let third = match *rest {
            [] | [b' ', ..] => 1 << ENDS,
            [third_lead @ (0xD8 | 0xD9), third_next, ..] => {
                THIRD_BITS[letter_slot(third_lead, third_next)]
            }
            _ => return true,
        };
        thirds & third != 0
    }

    /// Whether `word` can be one of the forms at all, from its first and last letters: most
    /// words of a news article are ruled out without being folded or looked up.
    #[inline]
    pub(in crate::extract) fn could_be(&self, word: &str) -> bool {
        match self.letters_say(word) {
            Some(verdict) => verdict,
            None => self.could_be_otherwise(word),
        }
    }

    /// [`LetterTables::could_be`] for a word [`LetterTables::letters_say`] cannot answer for.
    #[inline(never)]
    fn could_be_otherwise(&self, word: &str) -> bool {
        // An eighth of a corpus's words end with a comma or a stop, or stand in marks:
        // cleaned as the word lists clean them, they are asked the fast way too. The common
        // marks are trimmed from the bytes first; where that leaves plain letters at both
        // ends, it is what `clean` leaves too.
        let quick = trim_common_marks(word);
        if quick.len() < word.len()
            && let Some(verdict) = self.letters_say(quick)
        {
            return verdict;
        }
        let trimmed = clean(word);
        if trimmed.len() < word.len()
            && let Some(verdict) = self.letters_say(trimmed)
        {
            return verdict;
        }
        match edge_letters(word) {
            Some((first, last)) => self.pairs[first] & (1 << last) != 0,
            None => other_script(word),
        }
    }

    /// [`LetterTables::could_be`]'s answer from the first two letters and the last, where all
    /// three are plain letters (most words); `None` otherwise. A tenth of a corpus's words
    /// pass the cues' test of those three, and an eighth of those the test of the
    /// next-to-last letter too.
    #[inline]
    fn letters_say(&self, word: &str) -> Option<bool> {
        let bytes = word.as_bytes();
        let (first, second) = first_two_letters(word)?;
        let last = bytes
            .get(bytes.len().saturating_sub(2)..)
            .and_then(plain_letter)?;
        if self.triples[first * 42 + second] & (1 << last) == 0 {
            return Some(false);
        }
        // The next-to-last letter too, where it is a plain letter.
        let Some(penultimate) = bytes
            .get(bytes.len().saturating_sub(4)..bytes.len() - 2)
            .and_then(plain_letter)
        else {
            return Some(true);
        };
        let bit = quad_bit(first, second, penultimate, last);
        Some(self.quads[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// The bit of a third letter in [`LetterTables::prefixes`], for each character written with
/// the lead bytes 0xD8 and 0xD9 (by [`letter_slot`]); every bit for one that is no letter.
const THIRD_BITS: [u64; 128] = {
    let mut table = [u64::MAX; 128];
    let mut i = 0;
    while i < 128 {
        if LETTERS[i] != NO_LETTER {
            table[i] = 1 << LETTERS[i];
        }
        i += 1;
    }
    table
};

/// Whether `word` can be a cue at all ([`LetterTables::could_be`] with the cues' tables).
#[inline]
pub(super) fn could_be_cue(word: &str) -> bool {
    cue_tables().could_be(word)
}

/// `word` without the marks most often written against it: ASCII punctuation (but `#` and
/// `_`, which [`clean`] keeps), `،` `؛` `؟`, `«` `»` and `“` `”`. Only characters `clean`
/// trims are trimmed, so where the ends left are word characters the two agree; the marks are
/// told by comparison, without `clean`'s word-character test.
fn trim_common_marks(word: &str) -> &str {
    let mark = |c: char| {
        matches!(c, '،' | '؛' | '؟' | '«' | '»' | '“' | '”')
            || (c.is_ascii_punctuation() && c != '#' && c != '_')
    };
    word.trim_end_matches(mark).trim_start_matches(mark)
}

/// Whether `word` starts or ends with a letter the tables of [`could_be_cue`] do not know: a
/// letter of Persian's own (`گ`, `پ`) or of Hebrew. The word lists decide for those.
fn other_script(word: &str) -> bool {
    let foreign = |c: char| !c.is_ascii() && is_letter(c) && letter_index(c).is_none();
    let (first, last) = edge_chars(word);
    first.is_some_and(foreign) || last.is_some_and(foreign)
}

/// The letter indexes of the first and last characters of `word` that cleaning and folding
/// keep (not harakat, not punctuation).
fn edge_letters(word: &str) -> Option<(usize, usize)> {
    // A word that starts and ends with a plain Arabic letter, as most do, is answered from
    // its bytes; anything else is worked out character by character.
    let bytes = word.as_bytes();
    let first = bytes.get(..2).and_then(plain_letter);
    let last = bytes
        .get(bytes.len().saturating_sub(2)..)
        .and_then(plain_letter);
    first.zip(last).or_else(|| edge_letters_by_chars(word))
}

/// The first and last characters of `word` that cleaning and folding keep, folded.
fn edge_chars(word: &str) -> (Option<char>, Option<char>) {
    let kept = |c: char| {
        (is_word_char(c) || matches!(c, '#' | '_'))
            .then(|| crate::text::normalize::fold_char(c))
            .flatten()
    };
    (
        word.chars().find_map(kept),
        word.chars().rev().find_map(kept),
    )
}

/// [`edge_letters`] a character at a time.
fn edge_letters_by_chars(word: &str) -> Option<(usize, usize)> {
    let (first, last) = edge_chars(word);
    first
        .and_then(letter_index)
        .zip(last.and_then(letter_index))
}

#[cfg(test)]
mod tests;
