//! An article as extraction reads it: byte offsets inside, code point offsets out.

use super::scan;
use crate::corpus::{Article, ParagraphKind, ParagraphSpan};

/// An article ready for extraction: its text read by byte offsets, code point offsets counted
/// for what is reported, and questions about where sentences end and which paragraphs are
/// furniture. Every position inside extraction is a byte offset into the article's text; an
/// [`Item`](super::Item) holds code point offsets.
pub struct Source<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its text.
    pub text: &'a str,
    /// How many code points come before every [`CHAR_STRIDE`]th byte, and in all (last):
    /// where [`Source::char_offset`] starts counting.
    char_marks: Vec<usize>,
}

/// How many bytes apart [`Source::char_marks`] are: counting the characters of up to this many
/// bytes is a short vector loop.
const CHAR_STRIDE: usize = 64;

impl<'a> Source<'a> {
    /// Prepares an article for extraction.
    pub fn new(article: &'a Article) -> Self {
        let text = article.text.as_str();
        let mut char_marks = Vec::with_capacity(text.len() / CHAR_STRIDE + 2);
        let mut count = 0;
        for stride in text.as_bytes().chunks(CHAR_STRIDE) {
            char_marks.push(count);
            count += crate::text::bytes::chars_in(stride);
        }
        char_marks.push(count);
        Self {
            article,
            text,
            char_marks,
        }
    }

    /// The text between two byte offsets (empty where they are not both character boundaries,
    /// which extraction never asks for).
    pub fn str(&self, start: usize, end: usize) -> &'a str {
        debug_assert!(self.text.is_char_boundary(start) && self.text.is_char_boundary(end));
        self.text.get(start..end.max(start)).unwrap_or_default()
    }

    /// The text between two byte offsets, owned.
    pub fn text(&self, start: usize, end: usize) -> Box<str> {
        self.str(start, end).into()
    }

    /// The code point offset of byte offset `at`: the nearest mark at or before it and the
    /// characters starting from there up to it.
    pub fn char_offset(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let mark = at / CHAR_STRIDE;
        let from = mark * CHAR_STRIDE;
        self.char_marks[mark] + crate::text::bytes::chars_in(&self.text.as_bytes()[from..at])
    }

    /// The character starting at byte `at`.
    fn char_at(&self, at: usize) -> Option<char> {
        scan::char_at(self.text, at)
    }

    /// The byte offset just past the character starting at `at` (`at` itself at the end).
    pub fn after_char(&self, at: usize) -> usize {
        scan::after_char(self.text, at)
    }

    /// Whether the character at byte `i` ends a sentence: `!`, `?`, `؟`, or a full stop
    /// followed by white space or the end (so the point in `2.5` does not), or one that a page
    /// wrote without the space before the next sentence ([`glued_stop`]).
    fn ends_sentence(&self, i: usize) -> bool {
        match self.char_at(i) {
            Some('!' | '?' | '؟') => true,
            Some('.') => {
                self.char_at(i + 1).is_none_or(char::is_whitespace) || glued_stop(self.text, i)
            }
            _ => false,
        }
    }

    /// The paragraph holding byte offset `at`.
    fn paragraph(&self, at: usize) -> Option<&'a ParagraphSpan> {
        self.article
            .paragraphs
            .get(self.article.paragraph_at_byte(at))
    }

    /// The white space of the paragraph holding byte offset `at` (any white space where there
    /// is no such paragraph), for splitting a part of it into words.
    pub(super) fn spaces_at(&self, at: usize) -> crate::text::words::Spaces {
        self.paragraph(at)
            .map_or(crate::text::words::Spaces::Other, |p| p.spaces)
    }

    /// Where the sentence holding `at` starts, within its paragraph.
    pub fn sentence_start(&self, at: usize) -> usize {
        let para_start = self.paragraph(at).map_or(0, |p| p.byte_start);
        let bytes = self.text.as_bytes();
        let mut start = at.min(bytes.len()).max(para_start);
        // Back from one byte that may end a sentence mark to the next: `.`, `!`, `?`, or the
        // last byte of `؟` (`D8 9F`).
        fn last_byte<B: scan::Bytes>(b: B) -> B::Answer {
            b.is(b'.') | b.is(b'!') | b.is(b'?') | b.is(0x9F)
        }
        while let Some(last) = scan::rfind_byte(&bytes[para_start..], start - para_start, last_byte)
        {
            let end = para_start + last + 1;
            let mark = match bytes[end - 1] {
                0x9F if end >= 2 && bytes[end - 2] == 0xD8 => Some(end - 2),
                0x9F => None,
                _ => Some(end - 1),
            };
            if mark.is_some_and(|mark| self.ends_sentence(mark)) {
                return end;
            }
            start = end - 1;
        }
        para_start
    }

    /// Where the sentence going on at `from` ends (its closing mark, or the end of the
    /// paragraph holding `from`).
    pub fn sentence_end(&self, from: usize) -> usize {
        let para_end = self.paragraph(from).map_or(self.text.len(), |p| p.byte_end);
        let within = &self.text.as_bytes()[..para_end];
        let mut end = from.min(para_end);
        // From one candidate mark to the next (a point inside `2.5` ends nothing).
        while let Some(at) = scan::find_pair(within, end, scan::starts_sentence_mark) {
            if self.ends_sentence(at) {
                return at;
            }
            end = at + 1;
        }
        para_end
    }

    /// The sentence a statement stands in, from the sentence start before `at` to the sentence
    /// end after `close`.
    pub fn sentence_around(&self, at: usize, close: usize) -> std::ops::Range<usize> {
        self.sentence_start(at)..self.sentence_end(close)
    }

    /// The paragraphs there is text to read in, each with its text: not the empty ones, nor
    /// page furniture (the scans over every paragraph ask only these).
    pub(super) fn paragraphs_read(&self) -> impl Iterator<Item = (&'a ParagraphSpan, &'a str)> {
        let article = self.article;
        article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, span)| span.start != span.end && span.kind != ParagraphKind::Furniture)
            .map(move |(index, span)| (span, article.paragraph_text(index)))
    }

    /// Whether byte offset `at` lies in page furniture.
    pub fn in_furniture(&self, at: usize) -> bool {
        self.paragraph(at)
            .is_some_and(|p| p.kind == ParagraphKind::Furniture)
    }
}

/// Whether the full stop at byte `i` of `text` ends a sentence though no space follows it:
/// `ميونيخ.وقال جوارديولا` (Munich. Guardiola said), as some pages run sentences together. A
/// word of three Arabic letters or more must follow it, and before it such a word, a number or
/// a closing mark: initials (`د.عبدالله`, Dr Abdullah), letters of a name written in Arabic
/// (`إل.جي`, LG; `إف.بي.آي`, FBI) and the point in `2.5` end nothing.
fn glued_stop(text: &str, i: usize) -> bool {
    let arabic_letter = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
    let after = text.get(i + 1..).unwrap_or_default();
    let before = text.get(..i).unwrap_or_default();
    // The letters ending at the stop, and what comes before them.
    let rest = before.trim_end_matches(arabic_letter);
    let letters_before = before[rest.len()..].chars().count();
    after
        .chars()
        .take_while(|&c| arabic_letter(c))
        .take(3)
        .count()
        == 3
        && match before.chars().next_back() {
            Some('»' | '"' | '”' | ')') => true,
            Some(c) if c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) => true,
            // (Not the last of letters joined by points: `إن.اتش.كيه`, NHK.)
            _ => letters_before >= 3 && !rest.ends_with('.'),
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the full stop of `text` (its first) is.
    fn stop(text: &str) -> usize {
        text.find('.').expect("a full stop")
    }

    #[test]
    fn a_stop_without_a_space_ends_a_sentence_between_words() {
        for text in [
            "مع بايرن ميونيخ.وقال جوارديولا",
            "في مانشستر يونايتد».وأضاف",
            "بعد عام 2015.وأضاف",
            "علامات \"تويتر\".ونشرت",
        ] {
            assert!(glued_stop(text, stop(text)), "{text}");
        }
        for text in [
            // Initials, letters of a name written in Arabic, a number, a short word after.
            "وقال د.عبدالله",
            "شركة إل.جي إلكترونيكس",
            "مكتب (إف.بي.آي) في",
            "هيئة (إن.اتش.كيه) أن",
            "نسبة 2.5 في المئة",
            "خرج من المكتب.في",
            "موقع www.spa.gov.sa",
            "نهاية النص.",
        ] {
            for (at, _) in text.match_indices('.') {
                assert!(!glued_stop(text, at), "{text} at {at}");
            }
        }
    }

    #[test]
    fn sentences_are_bounded_by_a_stop_without_a_space() {
        let text = "وانتقل إلى مانشستر بعد 13 عاما مع بايرن ميونيخ.وقال جوارديولا كلاما. وقال د.عبدالله شيئا";
        let article = Article::new("t.txt".into(), None, text.into(), "UTF-8", text.len());
        let src = Source::new(&article);
        let said = text.find("وقال جوارديولا").expect("the verb");
        assert_eq!(src.sentence_start(said + 4), said);
        assert_eq!(src.sentence_end(0), said - 1);
        // An initial's point is within the sentence (which starts after the last stop, at
        // the space after it).
        let start = src.sentence_start(text.len());
        assert_eq!(&text[start..], " وقال د.عبدالله شيئا");
    }
}
