//! Normalisation for matching: the one place where Arabic spelling variants are folded.
//!
//! Search, statement matching and link suggestions compare text in this folded form, so that
//! `الاميركي` finds `الأميركي` and `٢٥٠٠` equals `2500`. Folding removes harakat, tatweel and
//! invisible format characters, unifies alef and hamza variants (`أ إ آ ٱ` → `ا`, `ؤ` → `و`,
//! `ئ` → `ي`), alef maqsura (`ى` → `ي`), ta marbuta (`ة` → `ه`), the Persian letters that
//! double Arabic ones (`ی` → `ي`, `ک` → `ك`), Arabic-Indic and Persian digits (→ ASCII), and
//! lower-cases Latin. A folded text keeps, for every folded character, the code point offset
//! of the original it came from, so matches map back to the article.

use super::sanitize::is_invisible;

mod list;
mod stream;
pub use list::FoldedList;
#[cfg(test)]
pub(crate) use list::assert_written_folded;
pub use stream::{FoldedWordChars, same_folded_words};

/// The folded form of one character, or `None` when it is dropped.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    // Nearly every character folded is printable ASCII or in the Arabic block: those are
    // answered without the general match below (a test checks that both agree).
    let code = c as u32;
    if code >> 8 == 0x06 {
        return arabic_folded(ARABIC_BLOCK[(code & 0xFF) as usize]);
    }
    if matches!(c, ' '..='~') {
        return Some(c.to_ascii_lowercase());
    }
    fold_general(c)
}

/// The folded forms of U+0600 to U+06FF (0 where the character is dropped).
const ARABIC_BLOCK: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let c = 0x600 + i as u32;
        table[i] = match c {
            0x0610..=0x061A | 0x061C | 0x0640 | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED => 0,
            0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 => 0x0627,
            0x0624 => 0x0648,
            0x0626 | 0x0649 | 0x06CC | 0x06D0 => 0x064A,
            0x0629 | 0x06C0 | 0x06D5 => 0x0647,
            0x06A9 => 0x0643,
            0x0660..=0x0669 => c - 0x0660 + b'0' as u32,
            0x06F0..=0x06F9 => c - 0x06F0 + b'0' as u32,
            _ => c,
        };
        i += 1;
    }
    table
};

/// [`fold_char`] for every character, by the rules themselves.
fn fold_general(c: char) -> Option<char> {
    let folded = match c {
        // Harakat, Quranic marks, superscript alef, tatweel.
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' => {
            return None;
        }
        '\u{0640}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ؤ' => 'و',
        'ئ' | 'ى' | 'ی' | 'ې' => 'ي',
        'ة' | 'ۀ' | 'ە' => 'ه',
        'ک' => 'ك',
        '٠'..='٩' => char::from_u32(c as u32 - 0x0660 + u32::from(b'0'))?,
        '۰'..='۹' => char::from_u32(c as u32 - 0x06F0 + u32::from(b'0'))?,
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        // Below U+2000 only these few are invisible: skip the bidi class look-up for the rest.
        c if (c as u32) < 0x2000
            && !matches!(c, '\u{AD}' | '\u{061C}' | '\u{180E}')
            && !c.is_control() =>
        {
            c
        }
        c if is_invisible(c) => return None,
        c => c,
    };
    Some(folded)
}

/// A folded text with the way back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded characters.
    pub text: String,
    /// For each folded character, the code point offset of its original.
    pub origin: Vec<usize>,
    /// Code point length of the original text.
    pub original_len: usize,
}

impl Folded {
    /// Folds `text`.
    pub fn new(text: &str) -> Self {
        let mut folded = Folded {
            text: String::with_capacity(text.len()),
            origin: Vec::with_capacity(text.len() / 2),
            original_len: 0,
        };
        for (i, c) in text.chars().enumerate() {
            if let Some(f) = fold_char(c) {
                folded.text.push(f);
                folded.origin.push(i);
            }
            folded.original_len = i + 1;
        }
        folded
    }

    /// Every occurrence of `needle` (folded too), as code point ranges of the original text.
    pub fn find_all(&self, needle: &str) -> Vec<std::ops::Range<usize>> {
        let needle = fold(needle);
        if needle.is_empty() {
            return Vec::new();
        }
        let needle_chars = needle.chars().count();
        // Byte offsets in the folded text to folded character indices.
        let mut out = Vec::new();
        let mut char_index = 0;
        let mut last_byte = 0;
        for (byte, _) in self.text.match_indices(&needle) {
            char_index += self.text[last_byte..byte].chars().count();
            last_byte = byte;
            let start = self.origin[char_index];
            let last = self.origin[char_index + needle_chars - 1];
            out.push(start..last + 1);
        }
        out
    }
}

/// What a character folds to, for [`fold_into`].
enum Folding {
    /// Itself: it can stay in a stretch copied whole.
    Same,
    /// Something else, or nothing.
    To(Option<char>),
}

/// Appends the folded form of `text` to `out`; with `WORDS`, its words as `split_whitespace`
/// finds them, each folded, joined by one space (a word is set off from what came before it,
/// none when nothing did, even if a word before it folded to nothing).
///
/// Most characters fold to themselves (the Arabic letters but the hamza forms, `ى`, `ة` and
/// the Persian `ی` and `ک`; lower-case ASCII), and words are mostly set off by one space, which stays as it is:
/// stretches of both are copied whole, and only the other characters and runs of white space
/// are written one by one. The Arabic block is read from its two bytes, without decoding.
fn fold_into<const WORDS: bool>(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    // The stretch from `copied` to `i` folds to itself and is still to be copied.
    let mut copied = 0;
    // Where the run of white space being passed over started (with `WORDS`).
    let mut white: Option<usize> = None;
    let mut i = 0;
    loop {
        // Within a word, the commonest stretch, Arabic letters that fold to themselves, is
        // passed over two bytes at a time; with `WORDS`, so is one space between such words
        // once anything has been kept (it stays as it is, as below).
        if white.is_none() {
            loop {
                match bytes.get(i..i + 2) {
                    Some(&[lead @ 0xD8..=0xDB, next]) => {
                        if let Folding::To(folded) = arabic_folding(lead, next) {
                            // A letter that changes (a hamza form, `ة`, `ى`, a haraka), written
                            // here without the general way below for any character.
                            write_changed(out, text.get(copied..i), folded);
                            i += 2;
                            copied = i;
                            continue;
                        }
                        i += 2;
                    }
                    // Not in a run of white space here, and a letter follows: one space.
                    Some(&[b' ', 0xD8..=0xDB]) if WORDS && (copied < i || !out.is_empty()) => {
                        i += 1;
                    }
                    _ => break,
                }
            }
        }
        let Some(&first) = bytes.get(i) else {
            break;
        };
        let (length, is_white, folding) = if first < 0x80 {
            let is_white = WORDS && (first == b' ' || (b'\t'..=b'\r').contains(&first));
            let folding = if matches!(first, b' '..=b'~') && !first.is_ascii_uppercase() {
                Folding::Same
            } else {
                Folding::To(fold_char(char::from(first)))
            };
            (1, is_white, folding)
        } else if (0xD8..=0xDB).contains(&first)
            && let Some(&second) = bytes.get(i + 1)
        {
            // U+0600 to U+06FF, `110110xx 10xxxxxx`, none of them white space.
            (2, false, arabic_folding(first, second))
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let folded = fold_char(c);
            let folding = if folded == Some(c) {
                Folding::Same
            } else {
                Folding::To(folded)
            };
            (c.len_utf8(), WORDS && c.is_whitespace(), folding)
        };
        if is_white {
            white.get_or_insert(i);
            i += length;
            continue;
        }
        if let Some(run) = white.take() {
            // A word starts: one space before it once anything has been written, which the
            // single space before it already is.
            let started = !out.is_empty() || copied < run;
            let one_space = i - run == 1 && bytes[run] == b' ';
            if !(started && one_space) {
                out.push_str(text.get(copied..run).unwrap_or_default());
                if started {
                    out.push(' ');
                }
                copied = i;
            }
        }
        match folding {
            Folding::Same => i += length,
            Folding::To(folded) => {
                write_changed(out, text.get(copied..i), folded);
                i += length;
                copied = i;
            }
        }
    }
    // White space after the last word is dropped.
    let end = white.unwrap_or(bytes.len());
    out.push_str(text.get(copied..end).unwrap_or_default());
}

/// What [`ARABIC_BLOCK`] gives for a character: its folded form, or nothing (0).
fn arabic_folded(folded: u32) -> Option<char> {
    (folded != 0).then(|| char::from_u32(folded)).flatten()
}

/// How the character of U+0600 to U+06FF written `lead` (`D8` to `DB`) and `next` folds, read
/// from its two bytes without decoding it: every fast way of folding reads the Arabic block so.
#[inline(always)]
fn arabic_folding(lead: u8, next: u8) -> Folding {
    let low = (usize::from(lead & 0x03) << 6) | usize::from(next & 0x3F);
    let folded = ARABIC_BLOCK[low];
    if folded == 0x600 + low as u32 {
        Folding::Same
    } else {
        Folding::To(arabic_folded(folded))
    }
}

/// Writes for [`fold_into`] a character that changes: the stretch before it that folds to
/// itself, as it is, then what the character folds to, if anything.
#[inline(always)]
fn write_changed(out: &mut String, before: Option<&str>, folded: Option<char>) {
    out.push_str(before.unwrap_or_default());
    // Pushed as a character: extending by the `Option` went through the general iterator
    // path, three times the instructions a changed letter.
    if let Some(c) = folded {
        out.push(c);
    }
}

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    // Sized for the text at once: every word of every statement's sentence is folded.
    let mut folded = String::with_capacity(text.len());
    fold_into::<false>(text, &mut folded);
    folded
}

/// The folded form of `text`, borrowed when folding changes nothing (plain Arabic letters
/// without hamza forms, `ى` or `ة`; lower-case ASCII): words are folded over and over to be
/// compared or looked up, and most fold to themselves, so most are neither copied nor
/// allocated.
pub fn folded(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&first) = bytes.get(i) {
        // The length of a character that folds to itself there, or 0.
        let same = match (first, bytes.get(i + 1)) {
            (b' '..=b'~', _) if !first.is_ascii_uppercase() => 1,
            (0xD8..=0xDB, Some(&next)) => match arabic_folding(first, next) {
                Folding::Same => 2,
                Folding::To(_) => 0,
            },
            _ => 0,
        };
        if same == 0 {
            return std::borrow::Cow::Owned(fold(text));
        }
        i += same;
    }
    std::borrow::Cow::Borrowed(text)
}

/// The words of `text` (as `split_whitespace` finds them), each folded, joined by one space:
/// a word is set off from what came before it, none when nothing did (even if a word before
/// it folded to nothing).
pub fn fold_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into::<true>(text, &mut out);
    out
}

/// [`fold_words`] written into `out` in place of what it held, for folding one text after
/// another into the same room.
pub fn fold_words_into(text: &str, out: &mut String) {
    out.clear();
    fold_into::<true>(text, out);
}

/// The folded form of `text` written into `buf`, or `None` when it does not fit: a short word
/// folded to be looked up (a verb, a particle) needs no string of its own. The Arabic block is
/// read from its two bytes, as [`fold`] reads it, rather than decoded a character at a
/// time.
pub fn fold_into_buffer<'b>(text: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    /// Writes `c` at `len` and moves `len` past it.
    fn put(buf: &mut [u8], len: &mut usize, c: char) -> Option<()> {
        let end = *len + c.len_utf8();
        c.encode_utf8(buf.get_mut(*len..end)?);
        *len = end;
        Some(())
    }
    let bytes = text.as_bytes();
    let mut len = 0;
    let mut i = 0;
    while let Some(&first) = bytes.get(i) {
        if let (0xD8..=0xDB, Some(&next)) = (first, bytes.get(i + 1)) {
            match arabic_folding(first, next) {
                // The two bytes as they are, stored one by one rather than copied as a slice.
                Folding::Same => {
                    *buf.get_mut(len + 1)? = next;
                    buf[len] = first;
                    len += 2;
                }
                Folding::To(Some(c)) => put(buf, &mut len, c)?,
                Folding::To(None) => {}
            }
            i += 2;
            continue;
        }
        let c = text.get(i..)?.chars().next()?;
        if let Some(f) = fold_char(c) {
            put(buf, &mut len, f)?;
        }
        i += c.len_utf8();
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// Whether `text` folds to `folded` (already folded), without building the folded string.
pub fn folds_to(text: &str, folded: &str) -> bool {
    text.chars().filter_map(fold_char).eq(folded.chars())
}

#[cfg(test)]
mod tests;
