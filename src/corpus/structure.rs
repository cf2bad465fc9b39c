//! What each paragraph of a scraped article is: headline, dateline, body, or page furniture.
//!
//! News pages come with menus, share links, advertisement markers, tickers of other headlines,
//! newsletter prompts and comment markers around the story, and often repeat the headline right
//! after itself. These are recognised here by their wording and position so the reader can dim
//! or hide them; they are never removed from the text, so offsets stay those of the file.

mod prompts;

use crate::text::Paragraph;
use crate::text::normalize::{FoldedList, fold, fold_words, fold_words_into, same_folded_words};
use crate::text::words::{Spaces, more_words_with};

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Nothing but whitespace.
    Blank,
    /// The article's headline.
    Title,
    /// A date or dateline (`الجمعة 23/07/2021 - 03:53`).
    Dateline,
    /// The story.
    Body,
    /// Page furniture: menus, share links, advertisements, tickers, prompts, repeats.
    Furniture,
}

/// Whole paragraphs that are furniture wherever they stand (compared folded).
const FURNITURE_LINES: &[&str] = &[
    "facebook",
    "twitter",
    "google+",
    "youtube",
    "rss",
    "instagram",
    "telegram",
    "whatsapp",
    "linkedin",
    "advertisements",
    "advertisement",
    "اعلان",
    "اعلانات",
    "التعليقات",
    "تعليقات",
    "اضف تعليق",
    "احدث الاخبار",
    "اخبار من القسم",
    "تطورات الساعه",
    "اقرا ايضا",
    "الاكثر قراءه",
    "مواضيع ذات صله",
    "رئيس التحرير",
    "الجريده الرسميه",
    "شارك",
    "شارك الخبر",
    "طباعه",
];

/// Labels of headline tickers: the paragraph after one is a ticker of other stories.
const TICKER_LABELS: &[&str] = &[
    "أحدث الأخبار",
    "آخر الأخبار",
    "عاجل",
    "الأكثر قراءة",
    "اقرأ أيضا",
];

static FURNITURE: FoldedList = FoldedList::new(FURNITURE_LINES);
static TICKERS: FoldedList = FoldedList::new(TICKER_LABELS);

/// `رئيس التحرير` (editor-in-chief) folded: the paragraph after it is the editor's name.
const MASTHEAD: &str = "رييس التحرير";

/// Paragraphs longer than this are story text: no furniture, headline or dateline is so long,
/// so they are not folded and compared at all (this keeps a 50 MB article fast to open).
const MAX_SPECIAL_WORDS: usize = 40;

/// The most bytes a whole paragraph compared with [`FURNITURE_LINES`], [`TICKER_LABELS`] or
/// [`MASTHEAD`] has folded: a longer paragraph is told apart without being folded whole.
fn longest_listed() -> usize {
    static LONGEST: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LONGEST.get_or_init(|| {
        FURNITURE
            .words()
            .iter()
            .chain(TICKERS.words())
            .map(String::len)
            .chain([MASTHEAD.len()])
            .max()
            .unwrap_or(0)
    })
}

/// A paragraph without the white space, bullets and trailing bars and colons around it.
fn undecorated(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['•', '·', '-', '*', '|'])
        .trim_end_matches(['|', ':', '：'])
        .trim()
}

/// A paragraph folded, without bullets and trailing bars, its spaces collapsed.
#[cfg(test)]
fn normalised(line: &str) -> String {
    fold_words(undecorated(line))
}

/// A short paragraph's folded words ([`fold_words`] of `plain`, its [`undecorated`] text),
/// written into `out`, when they are short enough to be a list entry ([`longest_listed`]).
fn listed_form<'o>(plain: &str, out: &'o mut String) -> Option<&'o str> {
    let longest = longest_listed();
    // The words of the start of a text fold to the start of its folded words, so the first
    // few bytes past the longest entry settle almost every paragraph; only one that folds
    // that short (white space, marks folding drops) is folded whole.
    let mut cut = plain.len().min(longest + 8);
    while !plain.is_char_boundary(cut) {
        cut -= 1;
    }
    fold_words_into(plain.get(..cut).unwrap_or_default(), out);
    if out.len() > longest {
        return None;
    }
    if cut < plain.len() {
        fold_words_into(plain, out);
    }
    (out.len() <= longest).then_some(out.as_str())
}

/// Whether a paragraph is furniture by its own wording.
pub fn is_furniture_text(line: &str) -> bool {
    let plain = undecorated(line);
    furniture_wording(line, plain, listed_form(plain, &mut String::new()))
}

/// [`is_furniture_text`] for a paragraph whose [`undecorated`] text (`plain`) and
/// [`listed_form`] are known.
fn furniture_wording(line: &str, plain: &str, listed: Option<&str>) -> bool {
    // Nothing is left once folded.
    if listed == Some("") {
        return false;
    }
    let raw = line.trim();
    listed.is_some_and(|n| FURNITURE.contains(n))
        || prompts::holds_prompt(plain)
        || raw.starts_with('•')
        // A ticker entry or menu label ends with a separator bar: a few words, counted in the
        // list form where the paragraph was short enough to have one.
        || (raw.ends_with('|') && {
            let few = |folded: &str| folded.split_whitespace().count() <= 6;
            listed.map_or_else(|| few(&fold_words(plain)), few)
        })
}

/// Whether a short paragraph (holding `spaces`) is a date or dateline.
fn is_dateline(line: &str, spaces: Spaces) -> bool {
    memchr::memchr2(b'/', b'-', line.as_bytes()).is_some()
        && !more_words_with(line, spaces, 10)
        && has_date(&fold(line))
}

/// A `d/m/yyyy` or `yyyy-mm-dd` date in folded text (ASCII digits).
fn has_date(folded: &str) -> bool {
    let bytes = folded.as_bytes();
    let digits_at =
        |i: usize, n: usize| i + n <= bytes.len() && bytes[i..i + n].iter().all(u8::is_ascii_digit);
    (0..bytes.len()).any(|i| {
        let slash_date = (1..=2).any(|d| {
            digits_at(i, d)
                && bytes.get(i + d) == Some(&b'/')
                && (1..=2).any(|m| {
                    digits_at(i + d + 1, m)
                        && bytes.get(i + d + 1 + m) == Some(&b'/')
                        && digits_at(i + d + 2 + m, 4)
                })
        });
        let iso_date = digits_at(i, 4)
            && bytes.get(i + 4) == Some(&b'-')
            && digits_at(i + 5, 2)
            && bytes.get(i + 7) == Some(&b'-')
            && digits_at(i + 8, 2);
        slash_date || iso_date
    })
}

/// Whether a paragraph (holding `spaces`) reads like a headline: short, and not ending like a
/// sentence.
fn is_headline(line: &str, spaces: Spaces) -> bool {
    let trimmed = line.trim_end();
    more_words_with(line, spaces, 1)
        && !more_words_with(line, spaces, 24)
        && !trimmed.ends_with(['.', '،', ':', '؛'])
}

/// Classifies the paragraphs of an article, in order.
pub fn classify(paragraphs: &[Paragraph<'_>]) -> Vec<ParagraphKind> {
    let mut kinds = Vec::with_capacity(paragraphs.len());
    // The paragraph before, without its decoration, while it was short enough to compare.
    let mut previous_text: Option<&str> = None;
    // Where each short paragraph's listed form is written, one paragraph after another.
    let mut listed_buffer = String::new();
    let mut title_seen = false;
    let mut after_masthead = false;
    let mut after_ticker_label = false;
    for &Paragraph { text, spaces, .. } in paragraphs {
        if text.trim().is_empty() {
            kinds.push(ParagraphKind::Blank);
            continue;
        }
        if more_words_with(text, spaces, MAX_SPECIAL_WORDS) {
            let ticker = std::mem::take(&mut after_ticker_label);
            kinds.push(if ticker {
                ParagraphKind::Furniture
            } else {
                ParagraphKind::Body
            });
            title_seen = true;
            after_masthead = false;
            previous_text = None;
            continue;
        }
        // Compared folded, but mostly told apart within a few characters: the paragraph is
        // folded whole only where a comparison needs it.
        let plain = undecorated(text);
        let listed = listed_form(plain, &mut listed_buffer);
        let repeated = previous_text.is_some_and(|previous| same_folded_words(previous, plain));
        let masthead_name = after_masthead && text.split_whitespace().count() <= 3;
        after_masthead = listed == Some(MASTHEAD);
        let ticker = std::mem::replace(
            &mut after_ticker_label,
            listed.is_some_and(|n| TICKERS.contains(n)),
        );
        let kind = if repeated || masthead_name || ticker || furniture_wording(text, plain, listed)
        {
            ParagraphKind::Furniture
        } else if is_dateline(text, spaces) {
            ParagraphKind::Dateline
        } else if !title_seen && is_headline(text, spaces) {
            title_seen = true;
            ParagraphKind::Title
        } else {
            // The first body paragraph ends the search for a headline.
            title_seen = true;
            ParagraphKind::Body
        };
        previous_text = Some(plain);
        kinds.push(kind);
    }
    kinds
}

/// The outlet or agency, when the page names it (`محتوى الحل نت`, `المصدر / وكالات`).
pub fn outlet<'t>(paragraphs: impl IntoIterator<Item = &'t str>) -> Option<String> {
    /// What the outlet's name follows in a newsletter prompt (`محتوى الحل نت`, its content).
    const CONTENT: &str = "محتوى ";
    // Set up once for all articles rather than once an article.
    static PROMPT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(CONTENT));
    for text in paragraphs {
        let t = text.trim();
        if let Some(rest) = PROMPT.find(t.as_bytes()).map(|at| &t[at + CONTENT.len()..])
            && let Some((name, _)) = rest.split_once(" واشترك")
        {
            return Some(name.trim().to_owned());
        }
        if let Some(rest) = t.strip_prefix("المصدر") {
            let name = rest.trim_start_matches([' ', '/', ':']).trim();
            if !name.is_empty() && name.split_whitespace().count() <= 6 {
                return Some(name.to_owned());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::ParagraphKind::*;
    use super::*;

    /// The kinds of the paragraphs of a page given line by line.
    fn classify_lines(lines: &[&str]) -> Vec<ParagraphKind> {
        classify(&crate::text::paragraphs(&lines.join("\n")))
    }

    #[test]
    fn menus_ads_prompts_and_comment_markers_are_furniture() {
        for line in [
            "• facebook",
            "  • twitter",
            "Advertisements",
            "أحدث الأخبار|",
            "هل أعجبك المحتوى وتريد المزيد منه يصل إلى صندوق بريدك الإلكتروني بشكل دوري؟",
            "التعليقات",
            "اشترك الآن بالنشرة الإخبارية",
        ] {
            assert!(is_furniture_text(line), "{line}");
        }
        for line in [
            "قال وزير الخارجية إن الحوار مستمر.",
            "الكاظمي إلى البيت الأبيض",
        ] {
            assert!(!is_furniture_text(line), "{line}");
        }
    }

    #[test]
    fn headline_dateline_repeat_and_body() {
        let page = [
            "• facebook",
            "أحدث الأخبار|",
            "ماكرون وبوتين يناقشان أزمات العالم: أوكرانيا والملف النووي ترامب يهاجم",
            "",
            "الجمعة 23/07/2021 - 03:53 بتوقيت نيويورك",
            "الكاظمي إلى واشنطن.. محادثات تبحث الوجود العسكري",
            "الكاظمي إلى واشنطن.. محادثات تبحث الوجود العسكري",
            "فقد استقبلت مسؤولة الشؤون الدولية في وزارة الدفاع الأميركية الوفد العراقي.",
            "الكاظمي إلى البيت الأبيض",
            "التعليقات",
        ];
        assert_eq!(
            classify_lines(&page),
            [
                Furniture, Furniture, Furniture, Blank, Dateline, Title, Furniture, Body, Body,
                Furniture
            ]
        );
    }

    #[test]
    fn an_article_that_opens_with_its_story_has_no_headline() {
        let page = [
            "قال وزير الخارجية الأميركي بمؤتمر صحفي مشترك مع نظيره العراقي إن الشراكة مستمرة وإن الحوار سيتواصل في الأشهر المقبلة بين البلدين.",
        ];
        assert_eq!(classify_lines(&page), [Body]);
    }

    #[test]
    fn masthead_name_after_editor_in_chief_is_furniture() {
        assert_eq!(
            classify_lines(&["رئيس التحرير", "عصام كامل", "مباحثات هاتفية بين الوزيرين"]),
            [Furniture, Furniture, Title]
        );
    }

    #[test]
    fn outlet_from_prompt_or_source_line() {
        assert_eq!(
            outlet(["انضم إلى قائمة من يقدّرون محتوى الحل نت واشترك بنشرتنا البريدية."]),
            Some("الحل نت".to_owned())
        );
        assert_eq!(
            outlet(["المصدر / وكالات - هيا"]),
            Some("وكالات - هيا".to_owned())
        );
        assert_eq!(outlet(["نص عادي"]), None);
    }

    proptest::proptest! {
        /// The one-pass normalisation gives the words of `split_whitespace`, each folded,
        /// joined by single spaces after the first non-empty one.
        #[test]
        fn normalising_joins_the_folded_words(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", "  ", "\u{A0}", "\t", "\u{2003}", "ـ", "\u{64E}", "•", "|", ":",
                    "أحدث", "الأخبار", "Twitter", "2500", "«", "-",
                ]),
                0..40,
            )
        ) {
            let line: String = pieces.concat();
            let mut expected = String::new();
            for word in undecorated(&line).split_whitespace() {
                if !expected.is_empty() {
                    expected.push(' ');
                }
                expected.push_str(&fold(word));
            }
            proptest::prop_assert_eq!(normalised(&line), expected);
        }
    }
}
