//! Statements and numbers: what each article quotes, from whom, and every figure it gives.
//!
//! The rules are those of the gold guidelines (`GUIDELINES.md` of the development set): direct
//! quotations in every mark style, reported speech, their speaker and cue, and every number
//! written with digits, with its value, unit and kind. Offsets are code point offsets into the
//! article's decoded text; page furniture yields nothing.
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
pub mod speaker;
mod words;

use serde::Serialize;

use crate::corpus::{Article, ParagraphKind};
use crate::text::normalize::Folded;

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A direct quotation, inside quotation marks.
    Quote,
    /// Reported speech without quotation marks.
    Reported,
    /// A number written with digits.
    Number,
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

/// One statement or number found in an article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// What it is.
    pub kind: Kind,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at those offsets.
    pub text: String,
    /// Who said it, for statements.
    pub speaker: Option<String>,
    /// The speech verb or phrase that introduces it, for statements.
    pub cue: Option<String>,
    /// A number's value; `None` for dates and times.
    pub value: Option<f64>,
    /// The counted noun or currency.
    pub unit: Option<String>,
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

/// An article ready for extraction: its characters indexed by code point, and questions about
/// where sentences end and which paragraphs are furniture.
pub struct Source<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its characters, indexed by code point offset.
    pub chars: Vec<char>,
    /// The byte offset of every [`BYTE_STRIDE`]th code point, from the first: where
    /// [`Source::byte_at`] starts counting.
    byte_marks: Vec<usize>,
}

/// How many code points apart [`Source::byte_marks`] are: counting the bytes of up to this
/// many characters is a short vector loop.
const BYTE_STRIDE: usize = 64;

impl<'a> Source<'a> {
    /// Prepares an article for extraction.
    pub fn new(article: &'a Article) -> Self {
        // Sized once: collecting from `chars()` alone would grow the vector several times.
        let text = &article.text;
        let mut chars = Vec::with_capacity(article.chars);
        let mut byte_marks = Vec::with_capacity(article.chars / BYTE_STRIDE + 1);
        // Decoded a stride at a time, the decoder saying where each stride starts.
        let mut rest = text.chars();
        while !rest.as_str().is_empty() {
            byte_marks.push(text.len() - rest.as_str().len());
            chars.extend(rest.by_ref().take(BYTE_STRIDE));
        }
        Self {
            article,
            chars,
            byte_marks,
        }
    }

    /// The text between two code point offsets, as a slice of the article's text.
    pub fn str(&self, start: usize, end: usize) -> &str {
        &self.article.text[self.byte_at(start)..self.byte_at(end.max(start))]
    }

    /// The text between two code point offsets, owned.
    pub fn text(&self, start: usize, end: usize) -> String {
        self.str(start, end).to_owned()
    }

    /// The byte offset in the article's text of code point offset `at`: the nearest mark at or
    /// before it and the bytes of the characters from there. Statements, numbers and their
    /// sentences are asked for in no single order, so counting from the last offset asked for
    /// (or a paragraph's start) went over long stretches again and again.
    pub fn byte_at(&self, at: usize) -> usize {
        let at = at.min(self.chars.len());
        let mark = at / BYTE_STRIDE;
        self.byte_marks
            .get(mark)
            .map_or(self.article.text.len(), |&byte| {
                byte + utf8_len(&self.chars[mark * BYTE_STRIDE..at])
            })
    }

    /// Whether the character at `i` ends a sentence: `!`, `?`, `؟`, or a full stop followed by
    /// white space or the end (so the point in `2.5` does not).
    fn ends_sentence(&self, i: usize) -> bool {
        match self.chars[i] {
            '!' | '?' | '؟' => true,
            '.' => self.chars.get(i + 1).is_none_or(|n| n.is_whitespace()),
            _ => false,
        }
    }

    /// Where the sentence holding `at` starts, within its paragraph.
    pub fn sentence_start(&self, at: usize) -> usize {
        let para = &self.article.paragraphs[self.article.paragraph_at(at)];
        let mut start = at.min(self.chars.len());
        while start > para.start && !self.ends_sentence(start - 1) {
            start -= 1;
        }
        start
    }

    /// Where the sentence going on at `from` ends (its closing mark, or the end of the
    /// paragraph holding `from`).
    pub fn sentence_end(&self, from: usize) -> usize {
        let para = &self.article.paragraphs[self.article.paragraph_at(from)];
        let within = &self.chars[..para.end];
        let mut end = from.min(para.end);
        // From one candidate mark to the next (a point inside `2.5` ends nothing).
        let mark = |c: char| (c == '.') | (c == '!') | (c == '?') | (c == '؟');
        while let Some(at) = find_char(within, end, mark) {
            if self.ends_sentence(at) {
                return at;
            }
            end = at + 1;
        }
        para.end
    }

    /// The sentence a statement stands in, from the sentence start before `at` to the sentence
    /// end after `close`.
    pub fn sentence_around(&self, at: usize, close: usize) -> std::ops::Range<usize> {
        self.sentence_start(at)..self.sentence_end(close)
    }

    /// Whether offset `at` lies in page furniture.
    pub fn in_furniture(&self, at: usize) -> bool {
        let para = self.article.paragraph_at(at);
        self.article
            .paragraphs
            .get(para)
            .is_some_and(|p| p.kind == ParagraphKind::Furniture)
    }
}

/// How many bytes `chars` take in UTF-8: a sum without branches, which the compiler turns into
/// vector instructions (copying a statement out of the text is then a slice, not an encoding).
fn utf8_len(chars: &[char]) -> usize {
    // Counted in 32 bits, which vectorise twice as wide; a chunk cannot overflow them.
    let extra = |chunk: &[char]| {
        chunk
            .iter()
            .map(|&c| {
                let c = c as u32;
                u32::from(c >= 0x80) + u32::from(c >= 0x800) + u32::from(c >= 0x1_0000)
            })
            .sum::<u32>() as usize
    };
    chars.len() + chars.chunks(1 << 28).map(extra).sum::<usize>()
}

/// The first character at or after `from` for which `wanted` holds. Quotation marks and digits
/// are looked for through every character of every article, and few characters are either:
/// blocks of 16 are first asked as a whole, in a loop without branches the compiler turns
/// into vector instructions, and only a block holding one is searched character by character.
fn find_char(chars: &[char], from: usize, wanted: impl Fn(char) -> bool) -> Option<usize> {
    const BLOCK: usize = 16;
    let mut at = from.min(chars.len());
    while let Some(block) = chars.get(at..at + BLOCK) {
        if block.iter().fold(false, |any, &c| any | wanted(c)) {
            break;
        }
        at += BLOCK;
    }
    chars[at..]
        .iter()
        .position(|&c| wanted(c))
        .map(|found| at + found)
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
            let mostly_quoted = r.start < s && e.min(r.end).saturating_sub(s) * 2 > r.end - r.start;
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
                start,
                end,
                text: source.text(start, end),
                speaker,
                cue,
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
    let folded = Folded::from_chars(&source.chars[sentence.clone()]);
    let find = |needle: &str| {
        let (start, end) = nearest(&folded, needle, sentence.start, anchor)?;
        Some((u32::try_from(start).ok()?, u32::try_from(end).ok()?))
    };
    let cue_span = cue.and_then(find);
    let speaker_span =
        speaker.and_then(|name| find(name).or_else(|| find(name.split(' ').next_back()?)));
    (cue_span, speaker_span)
}

/// Everything found in `article`, in text order, with where each statement's cue and speaker
/// stand for highlighting.
pub fn extract(article: &Article) -> Vec<Item> {
    extract_with(article, true)
}

/// Everything found in `article`, in text order, without the highlight positions
/// (`cue_span` and `speaker_span` are `None`): what the output formats hold. Folding each
/// statement's sentence to place them is a tenth of the extraction's time, which `tahqiq
/// extract` over a corpus need not spend.
pub fn extract_records(article: &Article) -> Vec<Item> {
    extract_with(article, false)
}

fn extract_with(article: &Article, highlights: bool) -> Vec<Item> {
    let source = Source::new(article);
    let mut items = statements(&source, highlights);
    items.extend(numbers::find(&source));
    items.retain(|item| !source.in_furniture(item.start));
    items.sort_by_key(|item| (item.start, item.end));
    // Kept for as long as the article is open, for every article of a corpus.
    items.shrink_to_fit();
    items
}

#[cfg(test)]
mod tests;
