//! Arabic joining and shaping to presentation forms.
//!
//! Terminals draw one character per cell and most do not shape, so Arabic letters would appear
//! in their isolated forms, unjoined. Shaping replaces each letter with the presentation form
//! (isolated, final, initial or medial) its neighbours call for, by the joining types of the
//! Unicode Character Database, and turns lam followed directly by alef into the lam-alef
//! ligature, as GNU FriBidi does. Harakat and other marks are transparent: they stay in the
//! text, after their letter, and do not break joining. ZWNJ breaks joining; ZWJ and tatweel
//! cause it. No other ligature is made (so `عبدالله` keeps its letters).

use super::arabic_tables::{FORMS, JOINING_TYPES};
use unicode_bidi::BidiClass;

use super::sanitize::is_invisible_class;

/// Joining type (Unicode `Joining_Type`), deciding how a character connects to its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoiningType {
    /// Non-joining.
    U,
    /// Right-joining: connects to the preceding letter only (alef, dal, reh, waw).
    R,
    /// Left-joining: connects to the following letter only.
    L,
    /// Dual-joining: connects on both sides (beh, seen, lam, yeh).
    D,
    /// Join-causing: ZWJ and tatweel, which make their neighbours join.
    C,
    /// Transparent: marks, skipped when finding a letter's neighbours.
    T,
}

/// The joining type of `c`.
pub fn joining_type(c: char) -> JoiningType {
    let cp = c as u32;
    if cp < 0x300 {
        // Latin and common punctuation: only the soft hyphen is transparent.
        return if cp == 0xAD {
            JoiningType::T
        } else {
            JoiningType::U
        };
    }
    if (ARABIC_BLOCK..ARABIC_BLOCK + 0x100).contains(&cp) {
        return arabic_block()[(cp - ARABIC_BLOCK) as usize];
    }
    lookup(cp)
}

const ARABIC_BLOCK: u32 = 0x0600;

/// Joining types of the Arabic block (U+0600–U+06FF), where nearly all shaped text lives,
/// looked up once instead of searched for every character.
fn arabic_block() -> &'static [JoiningType; 256] {
    static TABLE: std::sync::OnceLock<[JoiningType; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|i| lookup(ARABIC_BLOCK + i as u32)))
}

fn lookup(cp: u32) -> JoiningType {
    match JOINING_TYPES.binary_search_by(|&(lo, hi, _)| {
        if hi < cp {
            std::cmp::Ordering::Less
        } else if lo > cp {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => JOINING_TYPES[i].2,
        Err(_) => JoiningType::U,
    }
}

fn forms(c: char) -> Option<[u32; 4]> {
    let cp = c as u32;
    if (ARABIC_BLOCK..ARABIC_BLOCK + 0x100).contains(&cp) {
        static TABLE: std::sync::OnceLock<[Option<[u32; 4]>; 256]> = std::sync::OnceLock::new();
        return TABLE
            .get_or_init(|| std::array::from_fn(|i| search_forms(ARABIC_BLOCK + i as u32)))
            [(cp - ARABIC_BLOCK) as usize];
    }
    search_forms(cp)
}

fn search_forms(cp: u32) -> Option<[u32; 4]> {
    FORMS
        .binary_search_by_key(&cp, |&(base, _)| base)
        .ok()
        .map(|i| FORMS[i].1)
}

const LAM: char = '\u{0644}';

/// The lam-alef ligature for an alef variant: `(isolated, final)`.
fn lam_alef(alef: char) -> Option<(char, char)> {
    match alef {
        '\u{0622}' => Some(('\u{FEF5}', '\u{FEF6}')),
        '\u{0623}' => Some(('\u{FEF7}', '\u{FEF8}')),
        '\u{0625}' => Some(('\u{FEF9}', '\u{FEFA}')),
        '\u{0627}' => Some(('\u{FEFB}', '\u{FEFC}')),
        _ => None,
    }
}

/// One character after shaping, at the same logical index as before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shaped {
    /// Draw this character (a presentation form, or the character unchanged).
    Char(char),
    /// This alef was merged into the lam-alef ligature drawn at the previous index.
    Absorbed,
}

/// Shapes `chars` (one paragraph, logical order). `levels` holds the resolved bidi level of
/// each character, `classes` its bidi class; letters at different levels do not join, and
/// invisible formatting characters other than the joiners are transparent.
pub fn shape(chars: &[char], levels: &[u8], classes: &[BidiClass]) -> Vec<Shaped> {
    debug_assert_eq!(chars.len(), levels.len());
    let types: Vec<JoiningType> = chars
        .iter()
        .zip(classes)
        .map(|(&c, &class)| {
            let joining = joining_type(c);
            if joining != JoiningType::T
                && is_invisible_class(c, class)
                && !matches!(c, '\u{200C}' | '\u{200D}')
            {
                JoiningType::T
            } else {
                joining
            }
        })
        .collect();
    let mut out: Vec<Shaped> = chars.iter().map(|&c| Shaped::Char(c)).collect();
    if !types
        .iter()
        .any(|t| matches!(t, JoiningType::R | JoiningType::D | JoiningType::L))
    {
        return out;
    }
    let can_join_next =
        |t: JoiningType| matches!(t, JoiningType::L | JoiningType::D | JoiningType::C);
    let can_join_prev =
        |t: JoiningType| matches!(t, JoiningType::R | JoiningType::D | JoiningType::C);
    // The nearest non-transparent character after `i`, if it joins towards `i`.
    let joins_next = |i: usize| {
        can_join_next(types[i])
            && (i + 1..chars.len())
                .find(|&n| types[n] != JoiningType::T)
                .is_some_and(|n| levels[n] == levels[i] && can_join_prev(types[n]))
    };
    let mut prev: Option<usize> = None; // nearest non-transparent character before `i`
    let joins_prev = |i: usize, prev: Option<usize>| {
        can_join_prev(types[i])
            && prev.is_some_and(|p| levels[p] == levels[i] && can_join_next(types[p]))
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if types[i] == JoiningType::T {
            i += 1;
            continue;
        }
        if c == LAM
            && i + 1 < chars.len()
            && levels[i] == levels[i + 1]
            && let Some((isolated, final_)) = lam_alef(chars[i + 1])
        {
            out[i] = Shaped::Char(if joins_prev(i, prev) {
                final_
            } else {
                isolated
            });
            out[i + 1] = Shaped::Absorbed;
            prev = Some(i + 1);
            i += 2;
            continue;
        }
        if let Some(table) = forms(c) {
            let slot = match (joins_prev(i, prev), joins_next(i)) {
                (true, true) => 3,
                (false, true) => 2,
                (true, false) => 1,
                (false, false) => 0,
            };
            if let Some(form) = char::from_u32(table[slot]).filter(|&f| f != '\0') {
                out[i] = Shaped::Char(form);
            }
        }
        prev = Some(i);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaped(s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let levels = vec![1; chars.len()];
        let classes: Vec<BidiClass> = chars.iter().map(|&c| unicode_bidi::bidi_class(c)).collect();
        shape(&chars, &levels, &classes)
            .into_iter()
            .filter_map(|s| match s {
                Shaped::Char(c) => Some(c),
                Shaped::Absorbed => None,
            })
            .collect()
    }

    #[test]
    fn joining_types_come_from_the_database() {
        assert_eq!(joining_type('ب'), JoiningType::D);
        assert_eq!(joining_type('ا'), JoiningType::R);
        assert_eq!(joining_type('\u{064E}'), JoiningType::T);
        assert_eq!(joining_type('\u{0640}'), JoiningType::C);
        assert_eq!(joining_type('\u{200D}'), JoiningType::C);
        assert_eq!(joining_type('a'), JoiningType::U);
    }

    #[test]
    fn letters_take_initial_medial_final_forms() {
        // بيت: beh initial, yeh medial, teh final.
        assert_eq!(shaped("بيت"), "\u{FE91}\u{FEF4}\u{FE96}");
        // A lone letter stays isolated.
        assert_eq!(shaped("ب"), "\u{FE8F}");
        // Dal does not join forward: دب is dal isolated, beh isolated.
        assert_eq!(shaped("دب"), "\u{FEA9}\u{FE8F}");
    }

    #[test]
    fn harakat_are_kept_and_transparent() {
        // بَت: beh initial + fatha, teh final.
        assert_eq!(shaped("بَت"), "\u{FE91}\u{064E}\u{FE96}");
    }

    #[test]
    fn lam_alef_becomes_one_ligature() {
        assert_eq!(shaped("لا"), "\u{FEFB}");
        // كلام: kaf initial, lam-alef final ligature, meem isolated.
        assert_eq!(shaped("كلام"), "\u{FEDB}\u{FEFC}\u{FEE1}");
        assert_eq!(shaped("لأ"), "\u{FEF7}");
    }

    #[test]
    fn allah_inside_a_name_is_not_a_ligature() {
        let out = shaped("عبدالله");
        assert!(!out.contains('\u{FDF2}'));
        assert_eq!(out.chars().count(), 7, "every letter kept: {out}");
    }

    #[test]
    fn zwnj_breaks_joining_and_zwj_causes_it() {
        // Persian می‌خو: meem initial, yeh final (ZWNJ stops joining), khah initial, waw final.
        let out: Vec<char> = shaped("می\u{200C}خو").chars().collect();
        assert_eq!(
            out,
            ['\u{FEE3}', '\u{FBFD}', '\u{200C}', '\u{FEA7}', '\u{FEEE}']
        );
        // ZWJ after a lone beh makes it initial.
        assert_eq!(shaped("ب\u{200D}"), "\u{FE91}\u{200D}");
    }

    #[test]
    fn letters_at_different_levels_do_not_join() {
        let chars: Vec<char> = "بب".chars().collect();
        let out = shape(&chars, &[1, 3], &[BidiClass::AL, BidiClass::AL]);
        assert_eq!(out, [Shaped::Char('\u{FE8F}'), Shaped::Char('\u{FE8F}')]);
    }
}
