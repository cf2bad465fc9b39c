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

mod first_names;
mod headings;
mod lists;
mod name_lists;
mod names;
pub mod numbers;
mod pairs;
mod phrase_lists;
pub mod quotes;
pub mod reported;
mod scan;
mod source;
pub mod speaker;
mod withheld;
mod words;

pub use source::Source;
pub(crate) use words::is_word_char;

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
