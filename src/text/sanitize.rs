//! What of untrusted text may reach the terminal, and as what.
//!
//! Article text is data, never terminal input. Every C0 and C1 control and DEL is drawn as a
//! visible one-cell placeholder, so no escape sequence can act. Characters that only steer
//! layout (bidi embeddings, overrides, isolates, marks, joiners, other default-ignorable format
//! characters) take part in the analysis but are never drawn.

use unicode_bidi::BidiClass;

use super::bidi::class_of as bidi_class;

/// The placeholder drawn for a C1 control character (U+0080–U+009F).
pub const C1_PLACEHOLDER: char = '\u{FFFD}';

/// The character analysed and drawn in place of `c`.
///
/// C0 controls become the matching Control Pictures symbol (`ESC` → `␛`), DEL becomes `␡`, C1
/// controls become `�`. A tab is kept, for its bidi class (a segment separator), and drawn as one
/// space by the layout: a tab stop has no meaning inside a reading pane.
pub fn display_char(c: char) -> char {
    match c {
        '\t' => '\t',
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or(C1_PLACEHOLDER),
        '\u{7F}' => '\u{2421}',
        '\u{80}'..='\u{9F}' => C1_PLACEHOLDER,
        _ => c,
    }
}

/// `text` with every character as [`display_char`] draws it: article text that reaches a
/// terminal or an editor outside the layout (a command's output, a note being edited) with no
/// control character left to act.
pub fn display_text(text: &str) -> String {
    text.chars().map(display_char).collect()
}

/// Whether `c` takes part in layout but is never drawn: explicit bidi formatting characters,
/// the implicit marks LRM, RLM and ALM, and boundary-neutral characters (joiners, zero-width
/// space, soft hyphen, byte-order mark, tag characters and the like).
pub fn is_invisible(c: char) -> bool {
    is_invisible_class(c, bidi_class(c))
}

/// [`is_invisible`] for a character whose bidi class is already known.
pub fn is_invisible_class(c: char, class: BidiClass) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        || matches!(
            class,
            BidiClass::BN
                | BidiClass::LRE
                | BidiClass::RLE
                | BidiClass::LRO
                | BidiClass::RLO
                | BidiClass::PDF
                | BidiClass::LRI
                | BidiClass::RLI
                | BidiClass::FSI
                | BidiClass::PDI
        )
}

/// The HTML character references in `text` (`&quot;`, `&#8220;`, `&amp;`) that stand for one
/// character: where each starts (a byte offset), the reference as written, and the character.
/// A headline scraped from a web page sometimes keeps them. A reference is whole (`&` to `;`,
/// at most 10 characters long) or not one at all, and one that stands for a control character
/// is left as it is written.
fn references(text: &str) -> impl Iterator<Item = (usize, &str, char)> {
    const LONGEST: usize = 10;
    text.match_indices('&').filter_map(|(at, _)| {
        let rest = &text[at..];
        let semicolon = rest.bytes().take(LONGEST).position(|b| b == b';')?;
        let reference = &rest[..=semicolon];
        if !reference.is_ascii() {
            return None;
        }
        let decoded = html_escape::decode_html_entities(reference);
        let mut decoded_chars = decoded.chars();
        let (Some(c), None) = (decoded_chars.next(), decoded_chars.next()) else {
            return None;
        };
        (decoded != reference && !c.is_control()).then_some((at, reference, c))
    })
}

/// The HTML character references in `text` (whole, `&` to `;`, at most 10 characters, not
/// standing for a control character) as the code point range each takes in `text` and the
/// character it stands for: what a headline is drawn with.
pub fn character_references(text: &str) -> Vec<(std::ops::Range<usize>, char)> {
    let mut found = Vec::new();
    let mut chars_before = 0;
    let mut counted_to = 0;
    for (at, reference, c) in references(text) {
        chars_before += super::bytes::chars_in(&text.as_bytes()[counted_to..at]);
        counted_to = at;
        // ASCII: one code point a byte.
        found.push((chars_before..chars_before + reference.len(), c));
    }
    found
}

/// `text` with the HTML character references [`character_references`] finds replaced by the
/// characters they stand for: a headline as a title is shown and exported.
pub fn decode_character_references(text: &str) -> std::borrow::Cow<'_, str> {
    let mut decoded = String::new();
    let mut copied_to = 0;
    for (at, reference, c) in references(text) {
        decoded.push_str(&text[copied_to..at]);
        decoded.push(c);
        copied_to = at + reference.len();
    }
    if copied_to == 0 {
        return text.into();
    }
    decoded.push_str(&text[copied_to..]);
    decoded.into()
}

/// Whether `s` can be written to a terminal as it is: no control character at all.
pub fn is_terminal_safe(s: &str) -> bool {
    !s.chars().any(|c| c.is_control())
}

/// Deepest nesting of explicit embeddings, overrides and isolates kept; deeper ones are
/// neutralised. UAX #9 allows 125, but levels near that limit make unicode-bidi 0.3.18 panic
/// (a digit inside 125 nested isolates asks for level 126), and no real text nests this deep.
pub const MAX_EXPLICIT_DEPTH: usize = 60;

/// Replaces explicit formatting characters nested deeper than [`MAX_EXPLICIT_DEPTH`], and the
/// terminators that close them, with WORD JOINER (U+2060, boundary neutral, equally invisible).
/// Each replacement is one character for one, so code point offsets do not move. Returns
/// whether anything was replaced.
pub fn cap_explicit_depth(chars: &mut [char]) -> bool {
    let mut replaced = false;
    #[derive(Clone, Copy)]
    struct Open {
        isolate: bool,
        kept: bool,
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut kept_depth = 0usize;
    for c in chars.iter_mut() {
        if !matches!(*c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            continue;
        }
        let class = bidi_class(*c);
        let isolate = matches!(class, BidiClass::LRI | BidiClass::RLI | BidiClass::FSI);
        let embedding = matches!(
            class,
            BidiClass::LRE | BidiClass::RLE | BidiClass::LRO | BidiClass::RLO
        );
        if isolate || embedding {
            let kept = kept_depth < MAX_EXPLICIT_DEPTH;
            if kept {
                kept_depth += 1;
            } else {
                *c = '\u{2060}';
                replaced = true;
            }
            stack.push(Open { isolate, kept });
        } else if class == BidiClass::PDI {
            if !stack.iter().any(|o| o.isolate) {
                continue;
            }
            while let Some(open) = stack.pop() {
                if open.kept {
                    kept_depth -= 1;
                }
                if open.isolate {
                    if !open.kept {
                        *c = '\u{2060}';
                        replaced = true;
                    }
                    break;
                }
            }
        } else if class == BidiClass::PDF
            && let Some(open) = stack.last().copied().filter(|o| !o.isolate)
        {
            stack.pop();
            if open.kept {
                kept_depth -= 1;
            } else {
                *c = '\u{2060}';
                replaced = true;
            }
        }
    }
    replaced
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_references_are_found_whole_with_their_code_point_ranges() {
        assert_eq!(
            character_references("قال &quot;نعم&quot; &#8220;لا&#8221; &amp; &#x41;"),
            [
                (4..10, '"'),
                (13..19, '"'),
                (20..27, '\u{201C}'),
                (29..36, '\u{201D}'),
                (37..42, '&'),
                (43..49, 'A'),
            ]
        );
        // Not references: no semicolon, too long, unknown, not ASCII, an ampersand alone.
        for text in ["A & B", "&quot", "&verylongname;", "&nosuch;", "&ب;", "&&;"] {
            assert_eq!(character_references(text), [], "{text}");
        }
        // Nor is a reference to a control character read as one.
        assert_eq!(character_references("&#27; &#x9B;"), []);
        // Decoded, each reference gives way to its character and the rest is kept.
        assert_eq!(
            decode_character_references("«&#8220;نعم&#8221;» &nosuch; &#27;"),
            "«“نعم”» &nosuch; &#27;"
        );
        assert!(matches!(
            decode_character_references("A & B"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn controls_become_visible_placeholders() {
        assert_eq!(display_char('\u{1B}'), '␛');
        assert_eq!(display_char('\u{7}'), '␇');
        assert_eq!(display_char('\u{0}'), '␀');
        assert_eq!(display_char('\u{7F}'), '␡');
        assert_eq!(display_char('\u{9B}'), C1_PLACEHOLDER);
        assert_eq!(display_char('\t'), '\t');
        assert_eq!(display_char('ب'), 'ب');
        for c in (0..=0x9F).filter_map(char::from_u32).filter(|&c| c != '\t') {
            assert!(!display_char(c).is_control(), "{c:?} stays a control");
        }
    }

    #[test]
    fn format_characters_are_invisible_letters_are_not() {
        for c in [
            '\u{202E}', '\u{2067}', '\u{2069}', '\u{200F}', '\u{200C}', '\u{FEFF}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['ب', 'a', '1', ' ', '\u{064E}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn deep_nesting_is_capped_and_balanced() {
        let mut chars: Vec<char> = std::iter::repeat_n('\u{2067}', 200)
            .chain(std::iter::once('1'))
            .chain(std::iter::repeat_n('\u{2069}', 200))
            .collect();
        assert!(cap_explicit_depth(&mut chars));
        let opens = chars.iter().filter(|&&c| c == '\u{2067}').count();
        let closes = chars.iter().filter(|&&c| c == '\u{2069}').count();
        assert_eq!((opens, closes), (MAX_EXPLICIT_DEPTH, MAX_EXPLICIT_DEPTH));
        assert_eq!(chars.len(), 401);
    }

    #[test]
    fn shallow_nesting_is_untouched() {
        let original: Vec<char> = "\u{202B}a\u{2066}b\u{2069}\u{202C}".chars().collect();
        let mut chars = original.clone();
        assert!(!cap_explicit_depth(&mut chars));
        assert_eq!(chars, original);
    }
}
