//! The Unicode Bidirectional Algorithm (UAX #9) for one paragraph.
//!
//! `unicode-bidi` resolves the embedding level of every character (rules P2–I2). Line rules L1
//! (trailing whitespace back to the paragraph level) and L2 (reversing runs) are applied here,
//! per visual line and over whole cells, so a grapheme cluster is never torn apart and its marks
//! stay after their base (L3). Mirroring (L4) happens when cells are built.

use std::sync::OnceLock;

use unicode_bidi::data_source::BidiDataSource;
use unicode_bidi::{BidiClass, HardcodedBidiData, Level, ParagraphBidiInfo};

/// Which way a paragraph runs: found from its first strong character, or forced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BaseDirection {
    /// From the first strong character (UAX #9 rules P2–P3); left to right when there is none.
    #[default]
    Auto,
    /// Right to left.
    Rtl,
    /// Left to right.
    Ltr,
}

impl std::str::FromStr for BaseDirection {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(Self::Auto),
            "rtl" => Ok(Self::Rtl),
            "ltr" => Ok(Self::Ltr),
            other => Err(format!(
                "unknown direction `{other}` (expected auto, rtl or ltr)"
            )),
        }
    }
}

/// Code points below this have their bidi class in a direct table: Latin, Greek, Cyrillic,
/// Hebrew, Arabic and Syriac, where nearly all text tahqiq reads lives.
const TABLE_END: u32 = 0x800;

/// Bidi classes from a direct table for the common scripts, the crate's search otherwise. The
/// search was a third of all layout time.
struct TabledBidiData(&'static [BidiClass]);

impl TabledBidiData {
    fn new() -> Self {
        static TABLE: OnceLock<Vec<BidiClass>> = OnceLock::new();
        Self(TABLE.get_or_init(|| {
            (0..TABLE_END)
                .map(|cp| char::from_u32(cp).map_or(BidiClass::L, unicode_bidi::bidi_class))
                .collect()
        }))
    }
}

impl BidiDataSource for TabledBidiData {
    fn bidi_class(&self, c: char) -> BidiClass {
        self.0
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| HardcodedBidiData.bidi_class(c))
    }
}

/// The bidi class of `c` (UAX #9), from the same table the layout uses.
pub fn class_of(c: char) -> BidiClass {
    TabledBidiData::new().bidi_class(c)
}

/// Whether `c` is a strong right-to-left character (classes R and AL: Hebrew, Arabic letters).
pub fn is_right_to_left(c: char) -> bool {
    matches!(class_of(c), BidiClass::R | BidiClass::AL)
}

/// Resolved levels of one paragraph.
pub struct Resolved {
    /// The paragraph embedding level (0 left to right, 1 right to left).
    pub paragraph_level: u8,
    /// Resolved level of each character, before the line rules.
    pub levels: Vec<u8>,
    /// The original bidi class of each character.
    pub classes: Vec<BidiClass>,
}

/// Resolves the levels of `text`, one paragraph with no paragraph separator inside.
pub fn resolve(text: &str, base: BaseDirection) -> Resolved {
    let default = match base {
        BaseDirection::Auto => None,
        BaseDirection::Rtl => Some(Level::rtl()),
        BaseDirection::Ltr => Some(Level::ltr()),
    };
    let info = ParagraphBidiInfo::new_with_data_source(&TabledBidiData::new(), text, default);
    let mut levels = Vec::with_capacity(text.len());
    let mut classes = Vec::with_capacity(text.len());
    // One entry per character: the crate keeps one per byte, repeated over a character's
    // continuation bytes, so only the bytes that start a character are read.
    let starts = text.bytes().map(|b| (b as i8) >= -0x40);
    for ((level, &class), start) in info.levels.iter().zip(&info.original_classes).zip(starts) {
        if start {
            levels.push(level.number());
            classes.push(class);
        }
    }
    Resolved {
        paragraph_level: info.paragraph_level.number(),
        levels,
        classes,
    }
}

/// Whether a character of class `class` belongs to the whitespace sequences rule L1 resets:
/// whitespace, isolate formatting characters, and the characters rule X9 removes.
fn l1_whitespace(class: BidiClass) -> bool {
    matches!(
        class,
        BidiClass::WS
            | BidiClass::FSI
            | BidiClass::LRI
            | BidiClass::RLI
            | BidiClass::PDI
            | BidiClass::BN
            | BidiClass::LRE
            | BidiClass::RLE
            | BidiClass::LRO
            | BidiClass::RLO
            | BidiClass::PDF
    )
}

/// Rule L1 over one line: `levels` and `classes` are the line's characters; segment and
/// paragraph separators, whitespace before them, and whitespace at the end of the line go back
/// to the paragraph level.
pub fn apply_l1(levels: &mut [u8], classes: &[BidiClass], paragraph_level: u8) {
    let mut reset_from_here = true; // scanning backwards: still in a trailing sequence
    for i in (0..levels.len()).rev() {
        match classes[i] {
            BidiClass::S | BidiClass::B => {
                levels[i] = paragraph_level;
                reset_from_here = true;
            }
            class if l1_whitespace(class) => {
                if reset_from_here {
                    levels[i] = paragraph_level;
                }
            }
            _ => reset_from_here = false,
        }
    }
}

/// Rule L2: the visual order of items with the given levels, as indices into `levels`. From
/// the highest level down to the lowest odd one, every run at that level or higher is reversed.
pub fn visual_order(levels: &[u8]) -> Vec<usize> {
    let mut order = Vec::new();
    visual_order_into(levels, &mut order);
    order
}

/// [`visual_order`] into a buffer the caller keeps, so laying out many lines allocates once.
pub fn visual_order_into(levels: &[u8], order: &mut Vec<usize>) {
    order.clear();
    order.extend(0..levels.len());
    let Some(&highest) = levels.iter().max() else {
        return;
    };
    let lowest_odd = levels.iter().copied().min().unwrap_or(0) | 1;
    let mut level = highest;
    while level >= lowest_odd {
        let mut i = 0;
        while i < order.len() {
            if levels[order[i]] >= level {
                let start = i;
                while i < order.len() && levels[order[i]] >= level {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reversal_is_nested() {
        // Levels 0 1 1 2 2 1: the level-2 pair is reversed twice, so it reads forwards inside
        // the reversed level-1 run.
        assert_eq!(visual_order(&[0, 1, 1, 2, 2, 1]), [0, 5, 3, 4, 2, 1]);
        assert_eq!(visual_order(&[]), Vec::<usize>::new());
        assert_eq!(visual_order(&[1, 1, 1]), [2, 1, 0]);
    }

    #[test]
    fn direction_comes_from_the_first_strong_character() {
        let text = "123 مرحبا abc";
        assert_eq!(resolve(text, BaseDirection::Auto).paragraph_level, 1);
        assert_eq!(resolve(text, BaseDirection::Ltr).paragraph_level, 0);
        let text = "abc مرحبا";
        assert_eq!(resolve(text, BaseDirection::Auto).paragraph_level, 0);
        assert_eq!(resolve(text, BaseDirection::Rtl).paragraph_level, 1);
    }

    #[test]
    fn trailing_whitespace_returns_to_the_paragraph_level() {
        let resolved = resolve("ab  ", BaseDirection::Rtl);
        let mut levels = resolved.levels.clone();
        apply_l1(&mut levels, &resolved.classes, 1);
        assert_eq!(levels, [2, 2, 1, 1]);
    }
}
