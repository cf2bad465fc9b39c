//! The small, allocation-free word tests every word of a corpus goes through: is it a speech
//! verb or another cue, a letter, a word character; folding and cleaning words for the lists
//! of [`super::lists`] and [`super::phrase_lists`], which it re-exports.

mod letters;

use crate::text::normalize::FoldedList;
use letters::could_be_cue;
pub(super) use letters::{LetterTables, cue_start_test, first_pairs, first_two_letters};

pub(super) use super::first_names::*;
pub(super) use super::lists::*;
pub(super) use super::name_lists::*;
pub(super) use super::phrase_lists::*;

/// Whether a cue, given folded, is a Persian speech verb.
pub(super) fn is_persian_verb(folded_cue: &str) -> bool {
    PERSIAN_VERBS.contains(&folded_cue)
}

pub(super) fn strip_proclitic(word: &str) -> &str {
    for prefix in PROCLITICS {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 3
        {
            return rest;
        }
    }
    word
}

/// A letter or digit, tested without the Unicode tables for the common scripts.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        // The Arabic block's letters, digits and the marks Unicode counts as alphabetic,
        // without the table search (a test checks this against `is_alphanumeric`).
        '\u{0600}'..='\u{06FF}' => ARABIC_WORD_CHARS[c as usize - 0x600],
        '\u{05D0}'..='\u{05EA}' => true,
        c if c.is_ascii() => false,
        // Latin-1's signs and the general punctuation written in Arabic text (`«` `»` `“`
        // `”` `–` `…`), without the table search.
        '\u{80}'..='\u{BF}' => matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾'),
        '\u{2000}'..='\u{206F}' => false,
        c => c.is_alphanumeric(),
    }
}

/// Which characters of the Arabic block (U+0600 to U+06FF) are word characters: its letters,
/// digits and the marks Unicode counts as alphabetic. Built at compile time, so that the test
/// every character of a word's edges goes through is one load.
const ARABIC_WORD_CHARS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(0x600 + i as u32,
            0x0610..=0x061A | 0x0620..=0x0657 | 0x0659..=0x0669 | 0x066E..=0x06D3
            | 0x06D5..=0x06DC | 0x06E1..=0x06E8 | 0x06ED..=0x06FC | 0x06FF);
        i += 1;
    }
    table
};

/// A letter (Unicode's alphabetic property): in ASCII and the Arabic and Hebrew blocks, a
/// word character ([`is_word_char`], tested without the Unicode tables) that is not a digit;
/// Latin-1's signs and general punctuation are answered without the tables too.
/// Every number's neighbouring words go through it; a test checks it for every character.
pub(super) fn is_letter(c: char) -> bool {
    match c {
        '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => false,
        c if c.is_ascii() || ('\u{0590}'..='\u{06FF}').contains(&c) => is_word_char(c),
        // As in `is_word_char`, without the numbers.
        '\u{80}'..='\u{BF}' => matches!(c, 'ª' | 'µ' | 'º'),
        '\u{2000}'..='\u{206F}' => false,
        c => c.is_alphabetic(),
    }
}

/// Whether `lead` and `next` are a character of the Arabic block that is a word character
/// (U+0600 to U+06FF are written `D8`–`DB` and a continuation byte).
fn arabic_word_char(lead: u8, next: u8) -> bool {
    (0xD8..=0xDB).contains(&lead)
        && next & 0xC0 == 0x80
        && ARABIC_WORD_CHARS[(usize::from(lead & 0x03) << 6) | usize::from(next & 0x3F)]
}

/// `word` without the marks, brackets and punctuation around it: trimmed to its first and
/// last word character, `#` or `_`. Most words need no trimming, so the ends are read a
/// character at a time rather than through the general `trim_matches`, and an Arabic letter
/// at both ends is told from its bytes.
pub(super) fn clean(word: &str) -> &str {
    // Most words start and end with an Arabic word character: told from the two bytes at
    // each end without decoding.
    if let [first, second, .., penultimate, last] = *word.as_bytes()
        && arabic_word_char(first, second)
        && arabic_word_char(penultimate, last)
    {
        return word;
    }
    let kept = |c: char| is_word_char(c) || c == '#' || c == '_';
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        if kept(c) {
            break;
        }
        rest = &rest[c.len_utf8()..];
    }
    while let Some(c) = rest.chars().next_back() {
        if kept(c) {
            break;
        }
        rest = &rest[..rest.len() - c.len_utf8()];
    }
    rest
}

/// Whether a folded word is one of `list`.
pub(super) fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// The lists the words of a speaker's phrase are asked about one after another, as sets looked
/// up by hash rather than compared with every entry (`PERSON_TITLE_SET` is [`TITLES`], the
/// titles of people, not the title words before a quoted name in `quotes`).
pub(super) static STOP_SET: FoldedList = FoldedList::new(STOPS);
pub(super) static PREPOSITIONAL_SET: FoldedList = FoldedList::new(PREPOSITIONAL);
pub(super) static BLESSING_SET: FoldedList = FoldedList::new(BLESSINGS);
pub(super) static PERSON_TITLE_SET: FoldedList = FoldedList::new(TITLES);
pub(super) static FIRST_NAME_SET: FoldedList = FoldedList::new(FIRST_NAMES);
pub(super) static ACT_SET: FoldedList = FoldedList::new(ACTS);

/// The lists of [`phrase_lists`]' answer, one bit each.
pub(super) const IN_STOPS: u8 = 1;
/// See [`IN_STOPS`].
pub(super) const IN_PREPOSITIONAL: u8 = 2;
/// See [`IN_STOPS`].
pub(super) const IN_BLESSINGS: u8 = 4;
/// [`IN_STOPS`], [`IN_PREPOSITIONAL`] and [`IN_BLESSINGS`]: words a name does not run
/// through.
pub(super) const IN_BREAKS: u8 = IN_STOPS | IN_PREPOSITIONAL | IN_BLESSINGS;
/// See [`IN_STOPS`]: [`IN_PASSING`], words between a verb and its subject.
pub(super) const IN_PASSING_BIT: u8 = 8;
/// See [`IN_STOPS`]: [`HOW_SAID`], words of how or when something was said.
pub(super) const IN_HOW_SAID: u8 = 16;
/// See [`IN_STOPS`]: [`MANNER`], words opening a phrase of how something was said.
pub(super) const IN_MANNER: u8 = 32;
/// See [`IN_STOPS`]: [`WITHHOLDING`], verbs opening a clause that withholds a name.
pub(super) const IN_WITHHOLDING: u8 = 64;

/// Whether a folded word is passed over between a verb and its subject: one of
/// [`IN_PASSING`] or [`HOW_SAID`].
pub(super) fn is_in_passing(folded: &str) -> bool {
    phrase_lists(folded) & (IN_PASSING_BIT | IN_HOW_SAID) != 0
}

/// Which of [`STOP_SET`], [`PREPOSITIONAL_SET`], [`BLESSING_SET`], [`IN_PASSING`],
/// [`HOW_SAID`], [`MANNER`] and [`WITHHOLDING`] hold the folded `word`, as bits ([`IN_STOPS`]
/// …), from one look-up: every word of the phrase after a cue is asked about all of them.
pub(super) fn phrase_lists(word: &str) -> u8 {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (set, bit) in [
            (&STOP_SET, IN_STOPS),
            (&PREPOSITIONAL_SET, IN_PREPOSITIONAL),
            (&BLESSING_SET, IN_BLESSINGS),
        ] {
            for word in set.words() {
                *map.entry(word.as_str()).or_insert(0) |= bit;
            }
        }
        // (These four are written folded, as tests check.)
        for (list, bit) in [
            (IN_PASSING, IN_PASSING_BIT),
            (HOW_SAID, IN_HOW_SAID),
            (MANNER, IN_MANNER),
            (WITHHOLDING, IN_WITHHOLDING),
        ] {
            for word in list {
                *map.entry(word).or_insert(0) |= bit;
            }
        }
        map
    });
    map.get(word).copied().unwrap_or(0)
}

/// The speech verbs as a set: every word of every article is looked up, so the hasher is the
/// fast one rustc uses.
pub(super) fn is_verb_form(word: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| speech_verb_forms().copied().collect())
        .contains(word)
}

/// Every speech verb form, folded, without proclitics: Arabic verbs and participles, Persian
/// verbs.
fn speech_verb_forms() -> impl Iterator<Item = &'static &'static str> {
    VERBS.iter().chain(PARTICIPLES).chain(PERSIAN_VERBS)
}

/// A word cleaned ([`clean`]) and folded, borrowed when folding changes nothing.
pub(super) fn folded_clean(word: &str) -> std::borrow::Cow<'_, str> {
    crate::text::normalize::folded(clean(word))
}

/// Whether `word` is a speech verb (`قال`, `وأضافت`, `مُردفاً`). `بيّن` counts only with its
/// shadda: without it the word is `بين`, between.
#[inline]
pub fn is_speech_verb(word: &str) -> bool {
    may_start_cue(word) && is_speech_verb_past_start(word)
}

/// Whether `word`, written `وبين` or `بين` without the shadda of `بيّن` (explained), may be
/// that verb where it stands, `before` being the word before it in its sentence: `وبين`
/// opening a sentence or a clause after a comma or colon (`وبين العنزي أن`), `بين` after
/// `كما` (`كما بين`). Elsewhere it is `بين`, between or among (`بين الرياض وبين القاهرة`);
/// where it stands so, a clause it reports must follow too (`أن`, a colon): `وبين الأمثلة
/// التي سوقتها …، مصطلح «…»` (among the examples …) has none.
pub(super) fn is_explained(word: &str, before: Option<&str>) -> bool {
    match clean(word) {
        "وبين" => before.is_none_or(|b| b.ends_with(['،', ',', ':', '؛', '.'])),
        "بين" => before.is_some_and(|b| clean(b) == "كما"),
        _ => false,
    }
}

/// [`is_speech_verb`] for a word that has passed the start test ([`cue_start_test`]), as
/// every word the reported-speech scan finds has: it is not asked twice.
#[inline]
pub(super) fn is_speech_verb_past_start(word: &str) -> bool {
    cue_kind(word) == Some(Cue::Verb)
}

/// The start test ([`cue_start_test`]) of a word on its own: one look-up of its first
/// characters, which turns most words away before the cue test reads both their ends.
#[inline]
fn may_start_cue(word: &str) -> bool {
    cue_start_test()(word.as_bytes())
}

/// Whether `word` (as written) before `next` is `بان` of `بان كي مون` (Ban Ki-moon), which
/// folds as `بأن` (that) does: no clause opens there, and no speaker phrase ends.
pub(super) fn is_ban_ki_moon(word: &str, next: Option<&str>) -> bool {
    word == "بان" && next.is_some_and(|n| matches!(n, "كي" | "كى" | "كي-مون"))
}

/// Whether `word` (as written), after `previous` and before `next`, is `فان` of a Dutch or
/// Flemish name (`وقال فان غال`, Van Gaal; `لويس فان جال`; `فان در كلاوو`), which folds as
/// `فإن` (so, that) does: no clause opens there, and no speaker phrase ends. Where `فإن` follows
/// a verb or a name with nothing between, it is written with its hamza (`كما قال فإن
/// الاتحاد`) or opens its clause with a word with the article (`وأشار التقرير فان الملعب`);
/// elsewhere a comma stands before it (`المظاهرة، فان حوالى`).
pub(super) fn is_van(previous: &str, word: &str, next: Option<&str>) -> bool {
    word == "فان"
        && !previous.ends_with(|c: char| c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟'))
        && next.is_some_and(|n| !n.starts_with("ال") && n.starts_with(is_word_char))
}

/// Whether `word` is `حسب`, `وفق` or one of their kin, perhaps with a proclitic (`بحسب`,
/// `ووفقا`). Only a word the cue test lets through can be, or one too long for that test to
/// read, so most words are answered without being folded.
pub(super) fn is_according(word: &str) -> bool {
    // (Cleaning only shortens: a word short enough as written is not cleaned to be measured.)
    (is_cue(word) || (word.len() > MAX_CUE_BYTES && clean(word).len() > MAX_CUE_BYTES))
        && ACCORDING.contains(&strip_proclitic(&folded_clean(word)))
}

/// The longest a cleaned word can be and still be read as a cue: the longest cue with two
/// proclitics is well under 20 characters.
const MAX_CUE_BYTES: usize = 40;

/// Whether `word` introduces a statement: a speech verb, or `حسب`/`بحسب`/`وفق`.
pub(super) fn is_cue(word: &str) -> bool {
    may_start_cue(word) && cue_kind(word).is_some()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Verb,
    According,
}

/// What kind of cue `word` is. Every word of every article is asked, and a corpus repeats the
/// same words over and over, so answers are remembered per thread in a small direct-mapped
/// table that stays in the processor's cache (a larger hash map spent its time waiting for
/// memory): a word of up to 16 bytes (eight Arabic letters) is its own key, packed into an
/// integer, so a lookup is a multiply and a compare. Longer words are worked out each time.
/// The first tests, which rule out nearly every word, are inlined into the loops that ask.
#[inline]
fn cue_kind(word: &str) -> Option<Cue> {
    if word.len() < 4 {
        return None; // too short to be a cue even before cleaning
    }
    if !could_be_cue(word) {
        return None;
    }
    remembered_cue_kind(word)
}

/// [`cue_kind`] for a word that may be a cue: remembered, or worked out.
#[inline(never)]
fn remembered_cue_kind(word: &str) -> Option<Cue> {
    const SLOTS: usize = 1 << 13;
    /// A remembered word: its bytes, its length (0 for an empty slot) and the answer.
    #[derive(Clone, Copy, Default)]
    struct Slot {
        key: u128,
        len: u8,
        kind: Option<Cue>,
    }
    thread_local! {
        static SEEN: std::cell::RefCell<Vec<Slot>> =
            std::cell::RefCell::new(vec![Slot::default(); SLOTS]);
    }
    if word.len() > 16 {
        return classify_cue(word);
    }
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word.as_bytes());
    let key = u128::from_le_bytes(bytes);
    let mixed = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ word.len() as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let index = (mixed >> (64 - SLOTS.trailing_zeros())) as usize;
    SEEN.with_borrow_mut(|seen| {
        let slot = &mut seen[index];
        if slot.key == key && usize::from(slot.len) == word.len() {
            return slot.kind;
        }
        let kind = classify_cue(word);
        *slot = Slot {
            key,
            len: word.len() as u8,
            kind,
        };
        kind
    })
}

/// The proclitics a cue may carry (`وقال`, `فبحسب`), longest first.
const PROCLITICS: [&str; 8] = ["وب", "فب", "ول", "و", "ف", "ك", "ل", "ب"];

/// Every cue as it can be written folded: each speech verb, `حسب`-like word and `بين`, bare and
/// with each proclitic.
fn cue_forms() -> impl Iterator<Item = String> {
    speech_verb_forms()
        .chain(ACCORDING)
        .chain(&["بين"])
        .flat_map(|form| {
            std::iter::once("")
                .chain(PROCLITICS)
                .map(move |proclitic| format!("{proclitic}{form}"))
        })
}

/// [`cue_kind`] worked out: the word cleaned, folded, and looked up with and without a
/// proclitic.
fn classify_cue(word: &str) -> Option<Cue> {
    let word_clean = clean(word);
    if word_clean.len() > MAX_CUE_BYTES || word_clean.len() < 4 {
        return None;
    }
    let mut buf = [0u8; 64];
    let w = crate::text::normalize::fold_into_buffer(word_clean, &mut buf)?;
    if w == "بين" || w == "وبين" {
        return word.contains('\u{0651}').then_some(Cue::Verb);
    }
    let bare = strip_proclitic(w);
    // `لنقل`, `بكشف`, `بحذر` (to carry, by revealing, with caution): after a preposition the
    // letters of a past verb are its verbal noun; only the present takes one (`ليقول`).
    let preposition = w[..w.len() - bare.len()].contains(['ب', 'ل', 'ك']);
    let noun_of_verb = preposition && VERBS.contains(&bare) && !PRESENT_VERBS.contains(&bare);
    // (`وبينت`: a verb that starts with `ب` keeps it when only `و` or `ف` is taken off;
    // `strip_proclitic` takes `وب` off first.)
    let joined = w
        .strip_prefix(['و', 'ف'])
        .is_some_and(|rest| rest.starts_with('ب') && is_verb_form(rest));
    if is_verb_form(w) || (is_verb_form(bare) && !noun_of_verb) || joined {
        Some(Cue::Verb)
    } else if listed(ACCORDING, w) || listed(ACCORDING, bare) {
        Some(Cue::According)
    } else {
        None
    }
}

/// Words with marks, brackets and stray punctuation removed.
pub(super) fn tidy<'t>(words: &[&'t str]) -> Vec<&'t str> {
    // Sized at once: a filtered collect starts empty and grows, for every phrase tidied.
    let mut tidied = Vec::with_capacity(words.len());
    tidied.extend(words.iter().map(|w| clean(w)).filter(|w| !w.is_empty()));
    tidied
}

#[cfg(test)]
mod tests;
