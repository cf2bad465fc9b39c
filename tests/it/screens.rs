//! Whole screens, drawn headless (ratatui `TestBackend`), as snapshots and as checks of what a
//! reader sees.

use std::collections::HashSet;

use tahqiq::app::App;
use tahqiq::app::Key;
use tahqiq::app::config::Settings;
use tahqiq::cli::OpenArgs;
use tahqiq::project::{Conflict, Field};
use tahqiq::text::normalize::fold;
use tahqiq::tui::render_screen;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::support::{TempDir, hostile_text};

fn sample_app() -> App {
    tahqiq::cli::open::app(&OpenArgs::default(), Settings::default(), Vec::new())
}

fn screen(width: u16, height: u16, keys: &str) -> String {
    let mut app = sample_app();
    app.resize(width, height);
    for key in Key::parse_sequence(keys).expect("keys") {
        app.handle_key(key);
    }
    render_screen(&mut app, width, height)
}

#[test]
fn sample_set_160x45() {
    insta::assert_snapshot!(screen(160, 45, ""));
}

#[test]
fn sample_set_100x30() {
    insta::assert_snapshot!(screen(100, 30, ""));
}

#[test]
fn help_open() {
    insta::assert_snapshot!(screen(100, 40, "?"));
}

#[test]
fn furniture_hidden_in_the_third_article() {
    insta::assert_snapshot!(screen(120, 30, "3 f"));
}

#[test]
fn numbers_panel_lines_up_value_kind_and_the_number_as_written() {
    let out = screen(120, 32, "3 #");
    // Every row, with a unit or without, has its value, then its kind, then the number as the
    // article writes it.
    let row = |needle: &str| {
        out.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no row with {needle}:\n{out}"))
            .to_owned()
    };
    assert!(
        row("23/07/2021").contains("—  date     23/07/2021"),
        "{out}"
    );
    assert!(row("2008  year").contains("2008  year     2008"), "{out}");
    assert!(
        row("3500  count").contains("3500  count    ﻱﺪﻨﺟ 3500"),
        "{out}"
    );
    insta::assert_snapshot!(out);
}

#[test]
fn too_small() {
    insta::assert_snapshot!(screen(30, 8, ""));
}

#[test]
fn search_ignores_hamza_and_highlights_the_match() {
    let out = screen(120, 30, "/ ا ل ا م ي ر ك ي Enter");
    assert!(out.contains("match 1 of"), "{out}");
}

/// The words of a visual line, read right to left and put back in logical order.
fn logical_words(visual: &str) -> Vec<String> {
    visual
        .split_whitespace()
        .map(|token| {
            let reversed: String = token.graphemes(true).rev().collect();
            reversed.nfkc().collect::<String>()
        })
        .collect()
}

fn is_arabic_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, '\u{0621}'..='\u{064A}' | '\u{064B}'..='\u{0652}' | '\u{0671}'..='\u{06D3}'))
}

#[test]
fn every_arabic_word_on_screen_is_a_word_of_its_article() {
    let mut app = sample_app();
    let screen_text = render_screen(&mut app, 160, 45);
    assert!(app.panes.len() == 2 && app.panes[0].article != app.panes[1].article);
    let mut checked = 0;
    for pane in &app.panes {
        let article = &app.articles[pane.article];
        let words: HashSet<String> = fold(&article.text)
            .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\u{064B}'..='\u{0652}'))
            .map(str::to_owned)
            .collect();
        for view in &pane.view {
            let drawn = view.line.text.trim();
            assert!(screen_text.contains(drawn), "line not on screen: {drawn}");
            for token in logical_words(&view.line.text) {
                // Punctuation and hashtags' underscores separate words.
                for word in token.split(|c: char| !is_arabic_word(&c.to_string())) {
                    if word.is_empty() {
                        continue;
                    }
                    assert!(
                        words.contains(&fold(word)),
                        "{word} is not a word of {}",
                        article.name
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 400, "only {checked} words checked");
}

#[test]
fn hostile_article_leaves_the_screen_intact() {
    let dir = TempDir::new("hostile-screen");
    dir.write("1-hostile.txt", hostile_text());
    dir.write("2-binary.txt", b"PK\x03\x04\0\0binary");
    dir.write("3-fine.txt", "مقال عادي بلا مشاكل.");
    let args = OpenArgs {
        paths: vec![dir.path().to_owned()],
        ..OpenArgs::default()
    };
    let mut app = tahqiq::cli::open::app(&args, Settings::default(), Vec::new());
    assert_eq!(
        app.articles.len(),
        2,
        "the hostile and the fine article open"
    );
    for keys in ["", "G", "2", "g j j j", "f"] {
        for key in Key::parse_sequence(keys).expect("keys") {
            app.handle_key(key);
        }
        let out = render_screen(&mut app, 120, 30);
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "control character on screen"
        );
        let rows: Vec<&str> = out.lines().collect();
        assert_eq!(rows.len(), 30);
        assert!(
            rows[0].starts_with('┌'),
            "top border intact after {keys:?}: {}",
            rows[0]
        );
        assert!(out.contains("2-binary.txt: not a text file"), "{out}");
        for row in rows {
            assert!(
                unicode_width::UnicodeWidthStr::width(row) <= 120,
                "row too wide: {row}"
            );
        }
    }
}

#[test]
fn highlights_in_an_rtl_pane_with_a_wrapped_quote() {
    let mut app = sample_app();
    app.resize(100, 30);
    for key in Key::parse_sequence("5 } }").expect("keys") {
        app.handle_key(key);
    }
    insta::assert_snapshot!(tahqiq::tui::render_marked(&mut app, 100, 30));
}

/// Walking with `}` through every statement of every sample article, the reversed cells of the
/// screen are exactly the cells that show the current statement's letters.
#[test]
fn each_statement_is_highlighted_exactly_on_its_letters() {
    use ratatui::style::Modifier;
    let mut app = sample_app();
    let mut walked = 0;
    for article in 1..=5 {
        app.resize(120, 40);
        app.handle_key(Key::parse(&article.to_string()).expect("key"));
        let statements = app
            .panel_entries(tahqiq::app::items::PanelKind::Statements)
            .len();
        for _ in 0..statements {
            app.handle_key(Key::parse("}").expect("key"));
            let buf = tahqiq::tui::render_buffer(&mut app, 120, 40);
            let pane = &app.panes[0];
            let current = pane.current_item.expect("a current statement");
            let item = &app.items[pane.article].as_ref().expect("items")[current];
            let text = app.geometry.panes[0].text();
            let mut lit = 0;
            for (row, view) in pane.view.iter().enumerate() {
                let y = text.y + row as u16;
                for cell in &view.line.cells {
                    let x = text.x + (view.line.indent + cell.col) as u16;
                    let expected = cell.start < item.end && item.start < cell.end;
                    let reversed = buf[(x, y)].modifier.contains(Modifier::REVERSED);
                    assert_eq!(
                        reversed, expected,
                        "article {article}, statement {current}, cell {cell:?}"
                    );
                    lit += usize::from(reversed);
                }
            }
            assert!(
                lit > 0,
                "statement {current} of article {article} is on screen"
            );
            walked += 1;
        }
    }
    assert!(walked >= 40, "walked {walked} statements");
}

/// `/` in the list keeps the articles that mention a figure: the count and the phrase head the
/// list, and the status bar says how many of all.
#[test]
fn the_list_narrowed_to_the_articles_that_mention_a_figure() {
    let out = screen(120, 32, "Shift-Tab / 2 5 0 0 Enter");
    assert!(out.contains("Articles 3/5"), "{out}");
    assert!(out.contains("3 of 5 articles mention “2500”"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn a_claim_with_its_note_tag_and_status() {
    let mut app = sample_app();
    app.resize(120, 32);
    for key in Key::parse_sequence("} c t c Escape S a").expect("keys") {
        app.handle_key(key);
    }
    app.finish_note(Some("تصريح رسمي (AP) يحتاج إلى مصدر ثانٍ".to_owned()));
    let out = render_screen(&mut app, 120, 32);
    assert!(out.contains("claim #1 · quote · supported"), "{out}");
    assert!(
        out.contains('●'),
        "the claim's mark beside its line:\n{out}"
    );
    insta::assert_snapshot!(out);
}

#[test]
fn the_note_editor_shows_an_arabic_line_as_it_reads() {
    let note = "تصريح يحتاج إلى تحقق من مصدر ثان";
    let mut app = sample_app();
    app.resize(120, 32);
    for key in Key::parse_sequence("} c a").expect("keys") {
        app.handle_key(key);
    }
    app.finish_note(Some(note.to_owned()));
    // Opened again, the editor holds the note as typed, in logical order.
    app.handle_key(Key::parse_sequence("a").expect("keys")[0]);
    let out = render_screen(&mut app, 120, 32);
    let rows: Vec<&str> = out.lines().collect();
    let label = rows
        .iter()
        .position(|r| r.contains("as it reads:"))
        .unwrap_or_else(|| panic!("no preview under the editor:\n{out}"));
    assert!(
        rows[..label].iter().any(|r| r.contains(note)),
        "the editor holds the note as typed:\n{out}"
    );
    // The row under the label reads right to left, letters joined: put back in logical
    // order, its words are the note's.
    let preview = rows[label + 1].split('│').nth(2).expect("inside the box");
    let mut words = logical_words(preview);
    words.reverse();
    assert_eq!(words.join(" "), note, "{out}");
    assert!(
        preview.trim_start().len() < preview.len(),
        "set to the right: {preview}"
    );
    // An English note needs no second view.
    app.finish_note(Some("needs a second source".to_owned()));
    app.handle_key(Key::parse_sequence("a").expect("keys")[0]);
    let out = render_screen(&mut app, 120, 32);
    assert!(
        out.contains("needs a second source") && !out.contains("as it reads:"),
        "{out}"
    );
}

#[test]
fn the_conflicts_panel_lists_each_reviewers_value() {
    let mut app = sample_app();
    app.resize(120, 32);
    for key in Key::parse_sequence("} c } c").expect("keys") {
        app.handle_key(key);
    }
    let conflict = |claim: u32, field: Field, a: &str, b: &str| Conflict {
        claim,
        field,
        values: vec![
            ("amal".to_owned(), a.to_owned()),
            ("bilal".to_owned(), b.to_owned()),
        ],
    };
    app.session.project.conflicts = vec![
        conflict(1, Field::Status, "supported", "false"),
        conflict(
            2,
            Field::Note,
            "رقم مهم، تحقق منه",
            "the Pentagon gave 2500 (AP)",
        ),
    ];
    app.handle_key(Key::parse("!").expect("a key"));
    let out = render_screen(&mut app, 120, 32);
    assert!(out.contains("Conflicts (2)"), "{out}");
    assert!(out.contains("2 bilal: false"), "{out}");
    insta::assert_snapshot!(out);
}

/// A screen drawn frame after frame, as the workbench and the render benchmark draw it (only
/// the cells that changed sent each time), holds what a first frame into a new terminal shows,
/// after scrolling down and back up, and after opening more panes.
#[test]
fn a_screen_drawn_again_holds_what_a_new_one_shows() {
    let mut app = sample_app();
    let mut screen = tahqiq::tui::MemoryScreen::new(&mut app, 160, 45);
    for keys in ["", "j", "j", "k", "+ ]", "] ] j", "Tab j"] {
        for key in Key::parse_sequence(keys).expect("keys") {
            app.handle_key(key);
        }
        let drawn = screen.draw(&app).clone();
        let fresh = tahqiq::tui::render_buffer(&mut app, 160, 45);
        assert_eq!(drawn, fresh, "after {keys:?}");
    }
}
