//! Grapheme clusters of a paragraph, as ranges of character indices.
//!
//! Cells are grapheme clusters (UAX #29). For text made only of Latin, Hebrew, Arabic and
//! common punctuation, a cluster is a base character followed by its marks and joiners, which is
//! found without the general segmentation state machine; any other character sends the whole
//! paragraph through `unicode-segmentation`. Both give the same clusters (tested below).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Whether `c` extends the cluster before it (Grapheme_Extend or ZWJ), among the characters of
/// the fast path.
fn extends(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}' | '\u{05C5}'
        | '\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}'
        | '\u{200C}' | '\u{200D}')
}

/// Whether `c` is on the fast path: a character whose cluster boundaries are "break, unless
/// the next character extends".
fn simple(c: char) -> bool {
    matches!(c,
        ' '..='~' | '\u{A0}'..='\u{AC}' | '\u{AE}'..='\u{2FF}'
        | '\u{0300}'..='\u{036F}'
        | '\u{0591}'..='\u{05C7}' | '\u{05D0}'..='\u{05EA}' | '\u{05F0}'..='\u{05F4}'
        | '\u{0606}'..='\u{061B}' | '\u{061D}'..='\u{06DC}' | '\u{06DE}'..='\u{06FF}'
        | '\u{200C}' | '\u{200D}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{2400}'..='\u{2426}' | '\u{FFFD}')
}

/// The grapheme clusters of `chars` (whose text is `text`), in order, covering every character.
pub(super) fn clusters(chars: &[char], text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(chars.len());
    if chars.iter().all(|&c| simple(c)) {
        let mut start = 0;
        for (i, &c) in chars.iter().enumerate().skip(1) {
            if !extends(c) {
                out.push(start..i);
                start = i;
            }
        }
        if !chars.is_empty() {
            out.push(start..chars.len());
        }
    } else {
        let mut start = 0;
        for cluster in text.graphemes(true) {
            let end = start + cluster.chars().count();
            out.push(start..end);
            start = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str) -> Vec<Range<usize>> {
        let mut start = 0;
        text.graphemes(true)
            .map(|g| {
                let end = start + g.chars().count();
                let range = start..end;
                start = end;
                range
            })
            .collect()
    }

    #[test]
    fn fast_path_agrees_with_uax29_for_every_simple_pair() {
        let simple_chars: Vec<char> = (0..0x2500u32)
            .chain([0xFFFD])
            .filter_map(char::from_u32)
            .filter(|&c| simple(c))
            .collect();
        let followers: Vec<char> = simple_chars
            .iter()
            .copied()
            .filter(|&c| extends(c) || matches!(c, 'a' | 'ب' | 'א' | ' ' | '«'))
            .collect();
        for &a in &simple_chars {
            for &b in &followers {
                let chars = [a, b];
                let text: String = chars.iter().collect();
                assert_eq!(
                    clusters(&chars, &text),
                    reference(&text),
                    "U+{:04X} U+{:04X}",
                    a as u32,
                    b as u32
                );
            }
        }
    }

    #[test]
    fn other_scripts_use_full_segmentation() {
        for text in ["🇸🇦 flag", "👨‍👩‍👧 family", "한국어", "क्षि"] {
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(clusters(&chars, text), reference(text), "{text}");
        }
    }
}
