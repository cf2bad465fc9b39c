//! Reading an article's text by byte offsets: the characters on either side of an offset, and
//! searches that skip the bytes no wanted character can start with.
//!
//! Extraction works in byte offsets into the decoded text and turns them into code point
//! offsets (`crate::text::bytes::chars_in`) only for what it reports: decoding every article
//! into an array of characters first cost an eighth of the extraction's time, and searching
//! that array read four bytes for each one of Arabic text's two.

pub(super) use crate::text::bytes::{Bytes, find_pair, rfind_byte};

/// The character starting at byte `at` of `text`, if one does.
pub(super) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// The character ending at byte `at` of `text`, if one does.
pub(super) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// The byte offset just past the character starting at `at` (`at` itself at the end).
pub(super) fn after_char(text: &str, at: usize) -> usize {
    at + char_at(text, at).map_or(0, char::len_utf8)
}

/// Whether the two bytes at an offset may start a digit of the three scripts (ASCII, Arabic-
/// Indic `٠` to `٩` = `D9 A0` to `D9 A9`, Persian `۰` to `۹` = `DB B0` to `DB B9`). The two
/// non-ASCII ranges differ in one bit of each byte, so they are asked as one, which lets twenty
/// rare characters through too (`D9 B0` to `D9 B9`, the superscript alef and letters after it, and
/// `DB A0` to `DB A9`, Quranic marks): the character found is then asked.
pub(super) fn starts_digit<B: Bytes>(first: B, second: B) -> B::Answer {
    first.within(b'0', b'9')
        | (first.with_bits(0x02).is(0xDB) & second.without_bits(0x10).within(0xA0, 0xA9))
}

/// Whether the two bytes at an offset may start a quotation mark, opening or closing: `"`,
/// `«` and `»` (`C2 AB`, `C2 BB`), the marks from `E2 80` (`“ ” „ ‹ › ″`), `״` (`D7 B4`). Other
/// characters pass too (`…` and the direction marks start with `E2 80`); the character is then
/// asked.
pub(super) fn may_start_mark<B: Bytes>(first: B, second: B) -> B::Answer {
    first.is(b'"')
        | (first.is(0xC2) & (second.is(0xAB) | second.is(0xBB)))
        | (first.is(0xE2) & second.is(0x80))
        | (first.is(0xD7) & second.is(0xB4))
}

/// The first offset at or after `from` where a quotation mark may start ([`may_start_mark`]).
/// Without Hebrew (`hebrew` false when no `D7` byte is in `bytes`) only three first bytes are
/// left, which the vector search of `memchr` finds several times faster than [`find_pair`]
/// tests every byte.
pub(super) fn find_mark(bytes: &[u8], from: usize, hebrew: bool) -> Option<usize> {
    if hebrew {
        return find_pair(bytes, from, may_start_mark);
    }
    let mut at = from;
    loop {
        let found = at + memchr::memchr3(b'"', 0xC2, 0xE2, bytes.get(at..)?)?;
        if may_start_mark(bytes[found], bytes.get(found + 1).copied().unwrap_or(0)) {
            return Some(found);
        }
        at = found + 1;
    }
}

/// Whether the two bytes at an offset start a mark that may end a sentence: `.`, `!`, `?`, `؟`
/// (`D8 9F`).
pub(super) fn starts_sentence_mark<B: Bytes>(first: B, second: B) -> B::Answer {
    first.is(b'.') | first.is(b'!') | first.is(b'?') | (first.is(0xD8) & second.is(0x9F))
}

/// The byte offset of the first white space of `text` (its length when there is none): what
/// `text.find(char::is_whitespace)` gives, without decoding every character to ask. White space
/// is ASCII's, or a character whose first byte is `C2`, `E1`, `E2` or `E3`; only those are
/// decoded.
pub(super) fn first_white(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes[from..]
        .iter()
        .position(|&b| matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1..=0xE3))
    {
        let at = from + k;
        // A first byte: the start of a character.
        match text.get(at..).and_then(|rest| rest.chars().next()) {
            Some(c) if c.is_whitespace() => return at,
            Some(c) => from = at + c.len_utf8(),
            None => break,
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::bytes::{Block, Hits};

    proptest::proptest! {
        /// Where the first white space is, as the character test finds it.
        #[test]
        fn the_first_white_space_is_where_characters_say(
            text in "[قال «»“”…\u{A0}\u{85}\u{1680}\u{2000}-\u{200F}\u{2028}\u{202F}\u{205F}\u{3000}\t\n\u{B}\u{C}\r\u{1C}aé]{0,12}"
        ) {
            let expected = text.find(char::is_whitespace).unwrap_or(text.len());
            proptest::prop_assert_eq!(first_white(&text), expected);
        }
    }

    #[test]
    fn the_digit_search_misses_no_digit() {
        for code in 0..0x800u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let mut bytes = [0; 4];
            let bytes = c.encode_utf8(&mut bytes).as_bytes();
            let digit = c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c);
            let second = bytes.get(1).copied().unwrap_or(0);
            assert!(!digit || starts_digit(bytes[0], second), "U+{code:04X}");
        }
        // Besides, the marks sharing a digit's bytes but one bit, which the numbers' own
        // character test turns away.
        assert!(starts_digit(0xD9, 0xB0) && starts_digit(0xDB, 0xA0));
    }

    #[test]
    fn a_pair_is_found_where_the_character_is() {
        let text = "قال «نعم» في 2021 ›″ و٢٥ و۳ وقال: ‹لا› “هنا” ״כן״ \"x\" … ؟ أو؟ بـ. !? هٰذا ۠";
        let long = format!("{}{text}{}", "ب".repeat(40), "ب".repeat(40));
        type Test = (fn(Block, Block) -> Hits, fn(char) -> bool);
        let tests: [Test; 3] = [
            (starts_digit::<Block>, |c| {
                c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)
            }),
            (may_start_mark::<Block>, |c| {
                matches!(c, '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '″' | '"' | '״')
            }),
            (starts_sentence_mark::<Block>, |c| {
                matches!(c, '.' | '!' | '?' | '؟')
            }),
        ];
        for text in [text, long.as_str()] {
            for (hit, wanted) in tests {
                for from in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                    // The first wanted character, and nothing the search stops at before it
                    // but other characters the test lets through.
                    let expected = text[from..]
                        .char_indices()
                        .find(|&(_, c)| wanted(c))
                        .map(|(b, _)| from + b);
                    let mut at = from;
                    let found = loop {
                        match find_pair(text.as_bytes(), at, hit) {
                            Some(b) if char_at(text, b).is_some_and(wanted) => break Some(b),
                            Some(b) => at = after_char(text, b),
                            None => break None,
                        }
                    };
                    assert_eq!(found, expected, "from {from} in {text}");
                }
            }
        }
    }

    #[test]
    fn marks_are_found_by_their_first_bytes_as_by_pairs() {
        let arabic = "قال\u{A0}«نعم» “هنا” … \u{200F}\"x\" ‹لا› ب".repeat(3);
        let hebrew = format!("{arabic} אמר ״כן״");
        for (text, has_hebrew) in [(arabic.as_str(), false), (hebrew.as_str(), true)] {
            assert_eq!(memchr::memchr(0xD7, text.as_bytes()).is_some(), has_hebrew);
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let expected = find_pair(bytes, from, may_start_mark);
                assert_eq!(find_mark(bytes, from, has_hebrew), expected, "from {from}");
            }
        }
    }

    #[test]
    fn characters_on_either_side_of_an_offset() {
        let text = "قال 2021 «نعم» ✓ 𝔸";
        assert_eq!(char_before(text, 3), None, "inside a letter");
        assert_eq!(char_before(text, 2), Some('ق'));
        assert_eq!(char_at(text, 2), Some('ا'));
        assert_eq!(after_char(text, 2), 4);
        assert_eq!(after_char(text, text.len()), text.len());
    }
}
