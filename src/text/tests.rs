//! Layout tests, written as the screen would read: each expected line is what a terminal shows,
//! indent included.

use super::*;

fn options(width: Option<usize>, shape: bool) -> LayoutOptions {
    LayoutOptions {
        width,
        shape,
        ..LayoutOptions::default()
    }
}

/// The screen lines of `text`, indents drawn as spaces.
fn screen(text: &str, width: Option<usize>, shape: bool) -> Vec<String> {
    layout_text(text, &options(width, shape))
        .iter()
        .flat_map(|p| p.lines.iter())
        .map(|l| format!("{}{}", " ".repeat(l.indent), l.text))
        .collect()
}

#[test]
fn arabic_reads_right_to_left() {
    assert_eq!(screen("مرحبا", None, false), ["ابحرم"]);
    assert_eq!(screen("قال 2500 جندي", None, false), ["يدنج 2500 لاق"]);
}

#[test]
fn numbers_dates_and_latin_stay_left_to_right() {
    assert_eq!(
        screen("في 23/07/2021 قالت (AP)", None, false),
        ["(AP) تلاق 23/07/2021 يف"]
    );
    assert_eq!(screen("طائرة B‑2 جديدة", None, false), ["ةديدج B‑2 ةرئاط"]);
}

#[test]
fn brackets_and_guillemets_are_mirrored_in_rtl_runs() {
    assert_eq!(screen("قال «نعم»", None, false), ["«معن» لاق"]);
    assert_eq!(screen("مرحبا (AP)", None, false), ["(AP) ابحرم"]);
    // In a left-to-right paragraph nothing is mirrored.
    assert_eq!(screen("say «yes» (AP)", None, false), ["say «yes» (AP)"]);
}

#[test]
fn a_headline_draws_its_html_references_as_their_characters() {
    let text = "حرب &#8220;أسعار&#8221; &quot;A&amp;B&quot;";
    let layout = layout_headline(text, 100, &options(None, false));
    let line = &layout.lines[0];
    assert_eq!(line.text, "\"A&B\" ”راعسأ“ برح");
    // The line covers the whole text, and the cell drawing a reference starts where it does.
    assert_eq!((line.start, line.end), (100, 100 + text.chars().count()));
    let quote = line
        .cells
        .iter()
        .find(|c| line.glyph(c) == "“")
        .map(|c| c.start);
    assert_eq!(quote, Some(104));
    // Any other paragraph is drawn as the file has it.
    assert!(screen(text, None, false)[0].contains("8220"));
}

#[test]
fn shaping_joins_letters_and_makes_the_lam_alef_ligature() {
    // سلام: seen initial, lam-alef final, meem isolated — read right to left.
    assert_eq!(screen("سلام", None, true), ["\u{FEE1}\u{FEFC}\u{FEB3}"]);
    let layout = layout_paragraph("لا", 10, &options(None, true));
    let line = &layout.lines[0];
    assert_eq!(line.cells.len(), 1, "the ligature is one cell");
    assert_eq!((line.cells[0].start, line.cells[0].end), (10, 12));
    assert_eq!(line.width, 1);
}

#[test]
fn unshaped_lam_alef_takes_two_cells() {
    let layout = layout_paragraph("لا", 0, &options(None, false));
    assert_eq!(layout.lines[0].width, 2);
    assert_eq!(layout.lines[0].cells.len(), 2);
}

#[test]
fn harakat_stay_on_their_letter_cell() {
    let layout = layout_paragraph("بَت", 0, &options(None, true));
    let line = &layout.lines[0];
    assert_eq!(line.cells.len(), 2);
    // Visual order: teh on the left, beh with its fatha on the right.
    let right = &line.cells[1];
    assert_eq!((right.start, right.end), (0, 2));
    assert_eq!(line.glyph(right), "\u{FE91}\u{064E}");
}

#[test]
fn rtl_lines_are_right_aligned_and_wrap_at_spaces() {
    assert_eq!(
        screen("ااا ببب ججج", Some(7), false),
        ["ببب ااا", "    ججج"]
    );
    assert_eq!(screen("aaa bbb ccc", Some(7), false), ["aaa bbb", "ccc"]);
}

#[test]
fn a_word_longer_than_the_line_breaks_between_clusters() {
    assert_eq!(screen("abcdefghij", Some(4), false), ["abcd", "efgh", "ij"]);
    // é as e + combining acute stays whole.
    assert_eq!(
        screen("ab\u{65}\u{301}cd", Some(2), false),
        ["ab", "\u{65}\u{301}c", "d"]
    );
}

#[test]
fn lines_cover_the_paragraph_without_gaps() {
    let layout = layout_paragraph("one two  three", 5, &options(Some(5), false));
    let ranges: Vec<(usize, usize)> = layout.lines.iter().map(|l| (l.start, l.end)).collect();
    assert_eq!(ranges, [(5, 9), (9, 14), (14, 19)]);
}

#[test]
fn locate_maps_logical_offsets_to_screen_columns() {
    let layout = layout_paragraph("مرحبا", 0, &options(Some(10), false));
    assert_eq!(
        layout.locate(0),
        Some((0, 9)),
        "first letter at the right edge"
    );
    assert_eq!(layout.locate(4), Some((0, 5)));
    assert_eq!(layout.locate(99), None);
}

#[test]
fn controls_and_escape_sequences_are_drawn_as_placeholders() {
    let hostile = "\u{1b}]52;c;SGVsbG8=\u{7}\u{1b}[2J\u{9b}31m نص";
    for line in screen(hostile, Some(20), true) {
        assert!(sanitize::is_terminal_safe(&line), "{line:?}");
    }
    let joined = screen(hostile, None, false).concat();
    assert!(joined.contains('␛') && joined.contains('␇'));
}

#[test]
fn bidi_controls_are_not_drawn_and_deep_nesting_does_not_panic() {
    let overridden = "\u{202E}abc\u{202C}";
    assert_eq!(screen(overridden, None, false), ["cba"]);
    let nested: String = "\u{2067}".repeat(200) + "1" + &"\u{2069}".repeat(200);
    let layout = layout_paragraph(&nested, 0, &options(Some(10), true));
    assert_eq!(layout.lines.concat_text(), "1");
    let nested: String = "\u{202B}".repeat(200) + "a1" + &"\u{202C}".repeat(200);
    layout_paragraph(&nested, 0, &options(None, true));
}

#[test]
fn lrm_and_rlm_act_but_are_not_drawn() {
    // An RLM at the start makes an otherwise left-to-right line a right-to-left paragraph.
    let layout = layout_paragraph("\u{200F}abc", 0, &options(Some(6), false));
    assert!(layout.rtl);
    assert_eq!(layout.lines[0].text, "abc");
    assert_eq!(layout.lines[0].indent, 3);
}

#[test]
fn paragraphs_split_at_every_kind_of_line_break() {
    let text = "a\r\nبب\rc\n\nd";
    let paras = paragraphs(text);
    let got: Vec<(&str, usize)> = paras.iter().map(|p| (p.text, p.start)).collect();
    assert_eq!(got, [("a", 0), ("بب", 3), ("c", 6), ("", 8), ("d", 9)]);
    let text = "أ\u{85}ب\u{2028}ج\u{2029}د\u{2027}ه";
    let got: Vec<(&str, usize)> = paragraphs(text).iter().map(|p| (p.text, p.start)).collect();
    assert_eq!(got, [("أ", 0), ("ب", 2), ("ج", 4), ("د\u{2027}ه", 6)]);
    // Quotation marks share their first bytes with NEL and U+2028 and are no break.
    let text = "«أ»\r\n“ب”\u{A0}";
    let got: Vec<(&str, usize)> = paragraphs(text).iter().map(|p| (p.text, p.start)).collect();
    assert_eq!(got, [("«أ»", 0), ("“ب”\u{A0}", 5)]);
    // A break after such marks is still found.
    let text = "«أ» “ب”\u{2029}ج";
    let got: Vec<(&str, usize)> = paragraphs(text).iter().map(|p| (p.text, p.start)).collect();
    assert_eq!(got, [("«أ» “ب”", 0), ("ج", 8)]);
    // Each ends where its characters do, the break not counted.
    for text in [
        "a\r\nبب\rc\n\nd",
        "أ\u{85}ب\u{2028}ج\u{2029}د\u{2027}ه",
        "«أ»\r\n“ب”\u{A0}",
    ] {
        for p in paragraphs(text) {
            assert_eq!(p.end(), p.start + p.text.chars().count(), "{:?}", p.text);
        }
    }
}

#[test]
fn forced_direction_overrides_the_first_strong_character() {
    let rtl = LayoutOptions {
        base: BaseDirection::Rtl,
        ..options(None, false)
    };
    let layout = layout_paragraph("abc def", 0, &rtl);
    assert!(layout.rtl);
    assert_eq!(layout.lines[0].text, "abc def");
}

trait ConcatText {
    fn concat_text(&self) -> String;
}

impl ConcatText for Vec<VisualLine> {
    fn concat_text(&self) -> String {
        self.iter().map(|l| l.text.as_str()).collect()
    }
}

#[test]
fn glyph_width_fast_path_agrees_with_unicode_width() {
    use unicode_width::UnicodeWidthStr;
    let bases = (0x20..0x300u32)
        .chain(0x05D0..0x05EB)
        .chain(0x0621..0x064B)
        .chain(0xFB50..0xFBB2)
        .chain(0xFE80..0xFEFD)
        .filter_map(char::from_u32)
        .filter(|c| !c.is_control());
    for base in bases {
        for mark in ["", "\u{064E}", "\u{0651}\u{064B}", "\u{0301}", "\u{0670}"] {
            let glyph = format!("{base}{mark}");
            assert_eq!(
                layout::glyph_width(&glyph),
                UnicodeWidthStr::width(glyph.as_str()),
                "{glyph:?}"
            );
        }
    }
}

proptest::proptest! {
    /// Each paragraph knows the white space it holds as reading it alone tells, whatever white
    /// space and line breaks stand around and in it.
    #[test]
    fn each_paragraph_knows_its_white_space(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                " ", "\u{A0}", "\t", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}",
                "\u{2003}", "\u{3000}", "\u{1680}", "\u{202F}", "«", "»", "“", "…", "ب", "قال",
            ]),
            0..80,
        )
    ) {
        let text: String = pieces.concat();
        for paragraph in paragraphs(&text) {
            proptest::prop_assert_eq!(
                paragraph.spaces,
                crate::text::words::spaces(paragraph.text),
                "{:?}",
                paragraph.text
            );
        }
    }
}
