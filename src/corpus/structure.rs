//! What each paragraph of a scraped article is: headline, dateline, body, or page furniture.
//!
//! News pages come with menus, share links, advertisement markers, tickers of other headlines,
//! newsletter prompts and comment markers around the story, and often repeat the headline right
//! after itself. These are recognised here by their wording and position so the reader can dim
//! or hide them; they are never removed from the text, so offsets stay those of the file.

use crate::text::Paragraph;
use crate::text::normalize::{FoldedList, fold};
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

/// Phrases that make a paragraph a newsletter or subscription prompt (compared folded).
const PROMPT_PHRASES: &[&str] = &[
    "هل اعجبك المحتوي",
    "اشترك بنشرتنا",
    "اشترك الان بالنشره",
    "النشره البريديه",
    "انضم الي قائمه",
    "تابعونا علي",
];

static FURNITURE: FoldedList = FoldedList::new(FURNITURE_LINES);
static PROMPTS: FoldedList = FoldedList::new(PROMPT_PHRASES);
static TICKERS: FoldedList = FoldedList::new(TICKER_LABELS);

/// Paragraphs longer than this are story text: no furniture, headline or dateline is so long,
/// so they are not folded and compared at all (this keeps a 50 MB article fast to open).
const MAX_SPECIAL_WORDS: usize = 40;

/// A paragraph without the white space, bullets and trailing bars and colons around it.
fn undecorated(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['•', '·', '-', '*', '|'])
        .trim_end_matches(['|', ':', '：'])
        .trim()
}

/// A paragraph folded, without bullets and trailing bars, its spaces collapsed. Every short
/// paragraph of a corpus is normalised.
fn normalised(line: &str) -> String {
    crate::text::normalize::fold_words(undecorated(line))
}

/// Searches for the prompt phrases, set up once: every short paragraph of a corpus is searched.
fn prompt_finders() -> &'static [memchr::memmem::Finder<'static>] {
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    FINDERS.get_or_init(|| {
        PROMPTS
            .words()
            .iter()
            .map(|p| memchr::memmem::Finder::new(p.as_bytes()))
            .collect()
    })
}

/// Whether a paragraph is furniture by its own wording.
pub fn is_furniture_text(line: &str) -> bool {
    furniture_wording(line, &normalised(line))
}

/// [`is_furniture_text`] for a paragraph already normalised (`n`).
fn furniture_wording(line: &str, n: &str) -> bool {
    if n.is_empty() {
        return false;
    }
    let raw = line.trim();
    FURNITURE.contains(n) || prompt_finders().iter().any(|p| p.find(n.as_bytes()).is_some())
        || raw.starts_with('•')
        // A ticker entry or menu label ends with a separator bar.
        || (raw.ends_with('|') && n.split_whitespace().count() <= 6)
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
    let mut previous_text: Option<String> = None;
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
        let folded = normalised(text);
        let repeated = previous_text.as_deref() == Some(folded.as_str());
        let masthead_name = after_masthead && text.split_whitespace().count() <= 3;
        after_masthead = folded == "رييس التحرير"; // `رئيس التحرير` folded
        let ticker = std::mem::replace(&mut after_ticker_label, TICKERS.contains(&folded));
        let kind = if repeated || masthead_name || ticker || furniture_wording(text, &folded) {
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
        previous_text = Some(folded);
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
