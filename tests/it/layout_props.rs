//! Properties of the layout on arbitrary text, controls and bidi formatting included.

use proptest::prelude::*;
use tahqiq::text::sanitize::is_terminal_safe;
use tahqiq::text::{BaseDirection, LayoutOptions, layout_paragraph};

/// Text that mixes Arabic, Hebrew, Latin, digits, marks, brackets, spaces, controls and every
/// bidi formatting character, with arbitrary Unicode among them.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[ابتثجحخدذرزسشصضطظعغفقكلمنهوي]{1,6}",
        "[אבגדהוזחטיכלמנסעפצקרשת]{1,5}",
        "[a-zA-Z]{1,6}",
        "[0-9٠-٩۰-۹]{1,4}",
        "[\u{064B}-\u{0652}\u{0301}]",
        "[()\\[\\]{}«»‹›<>“”\"]",
        "[ \t\u{A0}]{1,3}",
        "[\u{0}-\u{1F}\u{7F}-\u{9F}]",
        "[\u{200B}-\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{061C}\u{FEFF}]",
        "لا|لأ|الله|ـ",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn base() -> impl Strategy<Value = BaseDirection> {
    prop_oneof![
        Just(BaseDirection::Auto),
        Just(BaseDirection::Rtl),
        Just(BaseDirection::Ltr)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_code_point_is_accounted_for_and_lines_fit(
        text in hostile_text(),
        width in 2usize..50,
        shape in any::<bool>(),
        base in base(),
        offset in 0usize..1000,
    ) {
        let text: String = text.chars().filter(|&c| !matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')).collect();
        let options = LayoutOptions { width: Some(width), shape, base, reorder: true };
        let layout = layout_paragraph(&text, offset, &options);
        let n = text.chars().count();
        prop_assert!(!layout.lines.is_empty());
        // Lines cover the paragraph in order, without gaps or overlaps.
        prop_assert_eq!(layout.lines[0].start, offset);
        prop_assert_eq!(layout.lines.last().map(|l| l.end), Some(offset + n));
        for pair in layout.lines.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        let mut owner = vec![0u8; n];
        for line in &layout.lines {
            prop_assert!(line.indent + line.width <= width, "line wider than {}", width);
            prop_assert!(is_terminal_safe(&line.text), "control in {:?}", line.text);
            let mut col = 0;
            for cell in &line.cells {
                prop_assert_eq!(cell.col, col);
                col += cell.width;
                prop_assert!(line.start <= cell.start && cell.end <= line.end && cell.start < cell.end);
                prop_assert!(!line.glyph(cell).is_empty());
                for i in cell.start..cell.end {
                    owner[i - offset] += 1;
                }
            }
            prop_assert_eq!(col, line.width);
        }
        // Every code point lands in at most one cell; those in none draw nothing by themselves.
        let chars: Vec<char> = text.chars().collect();
        for (i, &count) in owner.iter().enumerate() {
            prop_assert!(count <= 1, "code point {} in {} cells", i, count);
            if count == 0 {
                let c = chars[i];
                prop_assert!(
                    tahqiq::text::sanitize::is_invisible(c) || c.is_whitespace(),
                    "visible {:?} at {} is in no cell", c, i
                );
            }
        }
        // Every drawn offset can be located again.
        for line in &layout.lines {
            for cell in &line.cells {
                prop_assert!(layout.locate(cell.start).is_some());
            }
        }
    }

    #[test]
    fn no_wrap_keeps_one_line_per_paragraph(text in hostile_text(), shape in any::<bool>()) {
        let text: String = text.chars().filter(|&c| !matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')).collect();
        let options = LayoutOptions { width: None, shape, ..LayoutOptions::default() };
        let layout = layout_paragraph(&text, 0, &options);
        prop_assert_eq!(layout.lines.len(), 1);
        prop_assert!(is_terminal_safe(&layout.lines[0].text));
    }
}
