//! Digits that are no figure of the story: inside a name, a code or a link, and in a style
//! sheet or script that came into the text with the page.

use super::char_before;
use crate::extract::words::is_word_char;

/// Whether the digits starting at byte `start` belong to a name or code (`B‑2`, `F-16`,
/// `كوفيد-19`) or a link.
pub(super) fn in_name_or_code(text: &str, start: usize) -> bool {
    let Some(before) = char_before(text, start) else {
        return false;
    };
    if matches!(before, '-' | '‑' | '_') {
        return char_before(text, start - before.len_utf8()).is_some_and(is_word_char);
    }
    if before.is_ascii_alphabetic() {
        return true;
    }
    // A link or an address around the digits.
    let token_start = text[..start]
        .trim_end_matches(|c: char| !c.is_whitespace())
        .len();
    let token = &text[token_start..start];
    token.contains("://") || token.contains("www.") || token.contains('@')
}

/// The byte ranges of `text` between curly braces that hold a `:` or `;`: a style sheet or
/// script that came with the page into the article's text (`.box_vote h5 { margin: 10px; }`),
/// whose numbers are no figures of the story. A verse quoted between braces holds neither
/// mark. Braces nest; one left open runs to the end.
pub(super) fn code_in_braces(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut ranges = Vec::new();
    // (Nearly no article has a brace: one search, for the first, rules it out.)
    let Some(first) = memchr::memchr(b'{', bytes) else {
        return ranges;
    };
    let (mut depth, mut open) = (0usize, 0);
    for at in memchr::memchr2_iter(b'{', b'}', &bytes[first..]).map(|at| at + first) {
        if bytes[at] == b'{' {
            if depth == 0 {
                open = at;
            }
            depth += 1;
        } else if depth > 0 {
            depth -= 1;
            if depth == 0 {
                ranges.push((open, at + 1));
            }
        }
    }
    if depth > 0 {
        ranges.push((open, text.len()));
    }
    ranges.retain(|&(open, close)| memchr::memchr2(b':', b';', &bytes[open..close]).is_some());
    ranges
}
