//! Statements and numbers: what each article quotes, from whom, and every figure it gives.
//!
//! The rules are those of the gold guidelines (`GUIDELINES.md` of the development set): direct
//! quotations in every mark style, reported speech, their speaker and cue, and every number
//! written with digits or in words ([`InWords`]), with its value, unit and kind. Offsets are
//! code point offsets into the article's decoded text; page furniture yields nothing.
//!
//! - [`numbers`]: figures, dates, times, years, ordinals, percentages, money;
//! - [`quotes`]: quotation spans across mark styles and paragraphs;
//! - [`reported`]: reported speech without marks;
//! - [`speaker`]: cues and speakers (word lists in `words`).

mod headings;
mod lists;
mod name_lists;
mod names;
pub mod numbers;
mod pairs;
pub mod quotes;
pub mod reported;
mod scan;
pub mod speaker;
mod words;

pub(crate) use words::is_word_char;

use serde::Serialize;

use crate::corpus::{Article, ParagraphKind, ParagraphSpan};
use crate::text::normalize::Folded;

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A direct quotation, inside quotation marks.
    Quote,
    /// Reported speech without quotation marks.
    Reported,
    /// A number, written with digits or in words.
    Number,
}

impl Kind {
    /// Its name in the output formats (serde's, in lower case).
    pub fn name(self) -> &'static str {
        match self {
            Self::Quote => "quote",
            Self::Reported => "reported",
            Self::Number => "number",
        }
    }
}

/// What a number measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    /// A quantity, possibly of a counted noun (`2500 جندي`).
    Count,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A date.
    Date,
    /// A time of day.
    Time,
    /// A year standing alone.
    Year,
    /// An ordinal (`الـ24`).
    Ordinal,
}

impl NumberKind {
    /// Its name in the output formats (serde's, in lower case) and in the workbench.
    pub fn name(self) -> &'static str {
        match self {
            Self::Count => "count",
            Self::Percent => "percent",
            Self::Money => "money",
            Self::Date => "date",
            Self::Time => "time",
            Self::Year => "year",
            Self::Ordinal => "ordinal",
        }
    }
}

/// One statement or number found in an article.
///
/// The workbench keeps every item of a corpus (over a quarter of a million for 31,000
/// articles), so its texts are boxed `str`s, which hold no spare capacity and take two words
/// where a `String` takes three.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// What it is.
    pub kind: Kind,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at those offsets.
    pub text: Box<str>,
    /// Who said it, for statements.
    pub speaker: Option<Box<str>>,
    /// The speech verb or phrase that introduces it, for statements.
    pub cue: Option<Box<str>>,
    /// A number's value; `None` for dates and times.
    pub value: Option<f64>,
    /// The counted noun or currency.
    pub unit: Option<Box<str>>,
    /// What a number measures.
    pub number_kind: Option<NumberKind>,
    /// Spelled out in words rather than digits.
    pub words: bool,
    /// Where the cue stands in the text, for highlighting (not part of the output formats).
    #[serde(skip)]
    /// (Code point offsets kept in 32 bits: items of a whole corpus stay in memory.)
    pub cue_span: Option<(u32, u32)>,
    /// Where the speaker is named near the statement, for highlighting.
    #[serde(skip)]
    pub speaker_span: Option<(u32, u32)>,
}

impl Item {
    /// Whether this is a statement (quote or reported speech) rather than a number.
    pub fn is_statement(&self) -> bool {
        self.kind != Kind::Number
    }
}

/// An article ready for extraction: its text read by byte offsets, code point offsets counted
/// for what is reported, and questions about where sentences end and which paragraphs are
/// furniture. Every position inside extraction is a byte offset into the article's text; an
/// [`Item`] holds code point offsets.
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
    /// followed by white space or the end (so the point in `2.5` does not).
    fn ends_sentence(&self, i: usize) -> bool {
        match self.char_at(i) {
            Some('!' | '?' | '؟') => true,
            Some('.') => self.char_at(i + 1).is_none_or(char::is_whitespace),
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

/// The occurrence of `needle` in a folded sentence that starts at code point `offset`: the last
/// one ending before `near`, or else the first.
fn nearest(folded: &Folded, needle: &str, offset: usize, near: usize) -> Option<(usize, usize)> {
    let hits: Vec<(usize, usize)> = folded
        .find_all(needle)
        .iter()
        .map(|h| (h.start + offset, h.end + offset))
        .collect();
    hits.iter()
        .rev()
        .find(|h| h.1 <= near)
        .or_else(|| hits.first())
        .copied()
}

/// The statements of an article, quotations and reported speech, attributed in text order
/// (a continuation verb inherits the speaker of the statement before it). With `highlights`,
/// where each one's cue and speaker stand in its sentence is worked out too.
fn statements(source: &Source<'_>, highlights: bool) -> Vec<Item> {
    // (anchor, kind, start, end, where the statement closes)
    let mut found: Vec<(usize, Kind, usize, usize, usize)> = quotes::find(source)
        .into_iter()
        .map(|q| (q.open, Kind::Quote, q.start, q.end, q.close))
        .collect();
    // Speech reported inside a quotation belongs to the quotation, and so does a clause that
    // is a quotation after a few words of its own (`قالت إن الحكومة "راغبة في أن تواصل …"`):
    // reported speech is what no marks enclose.
    let quoted: Vec<(usize, usize)> = found.iter().map(|&(_, _, s, e, _)| (s, e)).collect();
    let is_quotation = |r: &reported::Reported| {
        quoted.iter().any(|&(s, e)| {
            // Measured in code points.
            let mostly_quoted = r.start < s && {
                let chars = |at: usize| source.char_offset(at);
                chars(e.min(r.end)).saturating_sub(chars(s)) * 2 > chars(r.end) - chars(r.start)
            };
            (s <= r.start && r.start < e)
                || (mostly_quoted
                    && !crate::text::words::more_words_than(source.str(r.start, s), 3))
        })
    };
    found.extend(
        reported::find(source)
            .into_iter()
            .filter(|r| !is_quotation(r))
            .map(|r| (r.start, Kind::Reported, r.start, r.end, r.end)),
    );
    found.sort_by_key(|&(anchor, ..)| anchor);
    let mut attribution = speaker::Attribution::new(source);
    let mut items: Vec<Item> = found
        .iter()
        .map(|&(anchor, kind, start, end, close)| {
            let (speaker, cue) = attribution.attribute(anchor, close);
            Item {
                kind,
                start: source.char_offset(start),
                end: source.char_offset(end),
                text: source.text(start, end),
                speaker: speaker.map(String::into_boxed_str),
                cue: cue.map(String::into_boxed_str),
                value: None,
                unit: None,
                number_kind: None,
                words: false,
                cue_span: None,
                speaker_span: None,
            }
        })
        .collect();
    // From the last, so that a heading over a heading takes the speaker found for the second.
    for (i, &(anchor, _, _, _, close)) in found.iter().enumerate().rev() {
        if items[i].cue.is_none()
            && let Some(next) = items.get(i + 1)
            && headings::is_heading_before(source, anchor, close, next)
        {
            let speaker = next.speaker.clone();
            items[i].speaker = speaker;
        }
    }
    if highlights {
        for (item, &(anchor, _, _, _, close)) in items.iter_mut().zip(&found) {
            (item.cue_span, item.speaker_span) = highlight_spans(
                source,
                anchor,
                close,
                item.cue.as_deref(),
                item.speaker.as_deref(),
            );
        }
    }
    items
}

/// Where something stands for highlighting: code point offsets in 32 bits, as in [`Item`].
type Highlight = (u32, u32);

/// Where the cue and the speaker of the statement at `anchor` (closing at `close`) are written
/// in its sentence, for highlighting: the last occurrence before the statement, or else the
/// first. A speaker found under a fuller name may be written by its surname alone.
fn highlight_spans(
    source: &Source<'_>,
    anchor: usize,
    close: usize,
    cue: Option<&str>,
    speaker: Option<&str>,
) -> (Option<Highlight>, Option<Highlight>) {
    let sentence = source.sentence_around(anchor, close);
    let folded = Folded::new(source.str(sentence.start, sentence.end));
    let (offset, near) = (
        source.char_offset(sentence.start),
        source.char_offset(anchor),
    );
    let find = |needle: &str| {
        let (start, end) = nearest(&folded, needle, offset, near)?;
        Some((u32::try_from(start).ok()?, u32::try_from(end).ok()?))
    };
    let cue_span = cue.and_then(find);
    let speaker_span =
        speaker.and_then(|name| find(name).or_else(|| find(name.split(' ').next_back()?)));
    (cue_span, speaker_span)
}

/// Whether numbers written in words (`خمسة آلاف`, `الجولة الرابعة`) are looked for too, besides
/// numbers in digits. Every word of the text is read for them, which costs `tahqiq extract`
/// about a third more time over a corpus; the workbench reads them, the command on request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InWords {
    /// Numbers in words too.
    Read,
    /// Numbers in digits only.
    Skip,
}

/// Everything found in `article`, in text order, numbers in words too, with where each
/// statement's cue and speaker stand for highlighting.
pub fn extract(article: &Article) -> Vec<Item> {
    let mut items = extract_with(article, true, InWords::Read);
    // Kept for as long as the article is open, for every article of a corpus.
    items.shrink_to_fit();
    items
}

/// Everything found in `article`, in text order, without the highlight positions
/// (`cue_span` and `speaker_span` are `None`): what the output formats hold. Folding each
/// statement's sentence to place them is a tenth of the extraction's time, which `tahqiq
/// extract` over a corpus need not spend.
pub fn extract_records(article: &Article, in_words: InWords) -> Vec<Item> {
    extract_with(article, false, in_words)
}

fn extract_with(article: &Article, highlights: bool, in_words: InWords) -> Vec<Item> {
    let source = Source::new(article);
    let mut items = statements(&source, highlights);
    items.extend(numbers::find(&source, in_words));
    // (Items are in code points by now.)
    let paragraphs = &article.paragraphs;
    items.retain(|item| {
        paragraphs
            .get(article.paragraph_at(item.start))
            .is_none_or(|p| p.kind != ParagraphKind::Furniture)
    });
    items.sort_by_key(|item| (item.start, item.end));
    items
}

#[cfg(test)]
mod tests;
