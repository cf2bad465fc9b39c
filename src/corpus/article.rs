//! An article: its decoded text, its paragraphs and what they are, its title, date and outlet.

use std::path::PathBuf;

use super::structure::{self, ParagraphKind};
use crate::text::paragraphs;
use crate::text::sanitize::decode_character_references;

/// A paragraph of an article, by code point and byte offsets into its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParagraphSpan {
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character (the line break not included).
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset just past the last character.
    pub byte_end: usize,
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// The white space it holds, which decides how its words are split.
    pub spaces: crate::text::words::Spaces,
}

/// SHA-256 of `bytes`, as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    use std::fmt::Write;
    let digest = sha2::Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// One article, read and decoded.
#[derive(Clone, Debug)]
pub struct Article {
    /// How the article is named: the path as given on the command line, or the sample's file name.
    pub name: String,
    /// Where it was read from; `None` for the built-in sample set.
    pub path: Option<PathBuf>,
    /// The decoded text (byte-order mark removed, line endings as in the file).
    pub text: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static str,
    /// Size of the file in bytes.
    pub bytes: usize,
    /// SHA-256 of the file's bytes, in hex: how a project notices that the file changed.
    pub sha256: String,
    /// Length of the text in code points.
    pub chars: usize,
    /// The paragraphs, in order.
    pub paragraphs: Vec<ParagraphSpan>,
    /// The headline, or the opening words when the page has none, with HTML character
    /// references decoded (`&quot;` as `"`); the text itself keeps them as the file has them.
    pub title: String,
    /// The date or dateline, when there is one.
    pub dateline: Option<String>,
    /// The outlet or agency, when the page names it: searched for the first time it is asked
    /// ([`Article::outlet`]), since `tahqiq extract` never asks and it reads every paragraph.
    outlet: std::sync::OnceLock<Option<String>>,
    /// For each paragraph, whether it is left out when page furniture is hidden: furniture,
    /// and blank paragraphs that would otherwise stand next to another blank or open the page.
    pub hidden_when_clean: Vec<bool>,
}

impl Article {
    /// Builds an article from its decoded text.
    pub fn new(
        name: String,
        path: Option<PathBuf>,
        text: String,
        encoding: &'static str,
        bytes: usize,
    ) -> Self {
        let paras = paragraphs(&text);
        let kinds = structure::classify(&paras);
        let spans: Vec<ParagraphSpan> = paras
            .iter()
            .zip(&kinds)
            .map(|(p, &kind)| ParagraphSpan {
                start: p.start,
                end: p.end(),
                byte_start: p.byte_start,
                byte_end: p.byte_start + p.text.len(),
                kind,
                spaces: p.spaces,
            })
            .collect();
        let find = |wanted: ParagraphKind| {
            spans
                .iter()
                .position(|s| s.kind == wanted)
                .map(|i| paras[i].text.trim().to_owned())
        };
        let title = readable(find(ParagraphKind::Title).unwrap_or_else(|| {
            let first_body = spans
                .iter()
                .position(|s| s.kind == ParagraphKind::Body)
                .map_or("", |i| paras[i].text);
            opening_words(first_body, 10)
        }));
        let dateline = find(ParagraphKind::Dateline);
        let chars = spans.last().map_or(0, |s| s.end);
        let mut hidden_when_clean = Vec::with_capacity(spans.len());
        let mut last_shown_blank = true;
        for span in &spans {
            let hidden = match span.kind {
                ParagraphKind::Furniture => true,
                ParagraphKind::Blank => last_shown_blank,
                _ => false,
            };
            if !hidden {
                last_shown_blank = span.kind == ParagraphKind::Blank;
            }
            hidden_when_clean.push(hidden);
        }
        Self {
            hidden_when_clean,
            name,
            path,
            encoding,
            bytes,
            sha256: String::new(),
            chars,
            paragraphs: spans,
            title,
            dateline,
            outlet: std::sync::OnceLock::new(),
            text,
        }
    }

    /// Records the bytes the article was decoded from, by their SHA-256.
    pub fn with_digest_of(mut self, bytes: &[u8]) -> Self {
        self.sha256 = sha256_hex(bytes);
        self
    }

    /// The outlet or agency, when the page names it (`محتوى الحل نت`, `المصدر / وكالات`).
    pub fn outlet(&self) -> Option<&str> {
        self.outlet
            .get_or_init(|| {
                structure::outlet((0..self.paragraphs.len()).map(|i| self.paragraph_text(i)))
            })
            .as_deref()
    }

    /// Whether paragraph `index` is shown, with page furniture hidden or not.
    pub fn is_shown(&self, index: usize, hide_furniture: bool) -> bool {
        !(hide_furniture && self.hidden_when_clean[index])
    }

    /// The paragraph holding code point offset `offset` (the last one for the end of the text).
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.start <= offset)
            .saturating_sub(1)
    }

    /// The paragraph holding byte offset `offset` (the last one for the end of the text).
    pub fn paragraph_at_byte(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.byte_start <= offset)
            .saturating_sub(1)
    }

    /// The text of paragraph `index`.
    pub fn paragraph_text(&self, index: usize) -> &str {
        let span = &self.paragraphs[index];
        &self.text[span.byte_start..span.byte_end]
    }
}

/// A title as a reader should see it: pages scraped with their headline still escaped for
/// HTML (`&quot;`, `&#8220;`, `&amp;`) have the references decoded, as the reading pane draws
/// them (`text::layout_headline`). Only the title: the text stays as the file has it, so that
/// offsets into it are those other tools count.
fn readable(title: String) -> String {
    match decode_character_references(&title) {
        std::borrow::Cow::Borrowed(_) => title,
        std::borrow::Cow::Owned(decoded) => decoded,
    }
}

/// The first `n` words of `text`, with an ellipsis when there are more.
fn opening_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_dateline_and_paragraph_offsets() {
        let text = "• facebook\n\nالجمعة 23/07/2021 - 03:53\nعنوان الخبر هنا\r\nقال المتحدث إن الحوار مستمر.\n";
        let article = Article::new("a.txt".into(), None, text.into(), "UTF-8", text.len());
        assert_eq!(article.title, "عنوان الخبر هنا");
        assert_eq!(
            article.dateline.as_deref(),
            Some("الجمعة 23/07/2021 - 03:53")
        );
        let body = article
            .paragraphs
            .iter()
            .position(|p| p.kind == ParagraphKind::Body)
            .expect("a body paragraph");
        assert_eq!(article.paragraph_text(body), "قال المتحدث إن الحوار مستمر.");
        let span = article.paragraphs[body];
        let by_chars: String = text
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect();
        assert_eq!(by_chars, "قال المتحدث إن الحوار مستمر.");
        assert_eq!(article.chars, text.chars().count());
    }

    #[test]
    fn the_outlet_is_found_when_asked() {
        let text = "عنوان الخبر\nقال المتحدث إن الحوار مستمر.\nالمصدر / وكالات";
        let article = Article::new("a.txt".into(), None, text.into(), "UTF-8", text.len());
        assert_eq!(article.outlet(), Some("وكالات"));
        let plain = Article::new("b.txt".into(), None, "نص".into(), "UTF-8", 4);
        assert_eq!(plain.outlet(), None);
    }

    #[test]
    fn a_headline_escaped_for_html_is_decoded_and_the_text_is_not() {
        let text = "توزيع &#8220;موسوعة خطب الجمعة&#8221; على &quot;الخطباء&quot; &amp; الأئمة\n\
                    قال المتحدث إن الحوار مستمر.\n";
        let article = Article::new("a.txt".into(), None, text.into(), "UTF-8", text.len());
        assert_eq!(
            article.title,
            "توزيع “موسوعة خطب الجمعة” على \"الخطباء\" & الأئمة"
        );
        assert_eq!(article.text, text);
        // A lone ampersand is no reference.
        let plain = Article::new("b.txt".into(), None, "أ & ب\n".into(), "UTF-8", 6);
        assert_eq!(plain.title, "أ & ب");
    }

    #[test]
    fn no_headline_means_the_opening_words() {
        let text =
            "قال وزير الخارجية الأميركي بمؤتمر صحفي مشترك مع نظيره العراقي إن الشراكة مستمرة.";
        let article = Article::new("a.txt".into(), None, text.into(), "UTF-8", text.len());
        assert_eq!(
            article.title,
            "قال وزير الخارجية الأميركي بمؤتمر صحفي مشترك مع نظيره العراقي…"
        );
    }
}
