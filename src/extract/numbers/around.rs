//! What stands around a number: the words before and after it, and what they say it
//! measures (a percent sign or phrase, a currency, the noun it counts).

use super::lists::{CURRENCIES, NOT_UNITS, PERCENT_PHRASES, is_month, percent_phrase_openers};
use super::scan::{self, char_at};
use super::{NumberKind, Source, is_letter};
use crate::text::normalize::folded;

/// A word of the text: its byte range and its folded form (borrowed from the text where
/// folding changes nothing).
pub(super) struct Word<'t> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) folded: std::borrow::Cow<'t, str>,
}

/// The word starting at or after byte `from`, skipping spaces (not crossing a line break).
pub(super) fn next_word(text: &str, from: usize) -> Option<Word<'_>> {
    let rest = text.get(from..)?;
    let start = text.len() - rest.trim_start_matches(' ').len();
    let word = &text[start..];
    let length = scan::first_white(word);
    // Trailing punctuation is not part of the word.
    let word = word[..length].trim_end_matches(|c: char| {
        c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟' | '…' | '»' | '”')
    });
    let end = start + word.len();
    (end > start).then(|| Word {
        start,
        end,
        folded: folded(word),
    })
}

/// The word ending just before byte `before`, skipping spaces.
pub(super) fn previous_word(text: &str, before: usize) -> Option<Word<'_>> {
    let end = text.get(..before)?.trim_end_matches(' ').len();
    let start = text[..end]
        .trim_end_matches(|c: char| !c.is_whitespace())
        .len();
    (end > start).then(|| Word {
        start,
        end,
        folded: folded(&text[start..end]),
    })
}

/// What a number ending at byte `end`, with `after` the word after it, measures: a percent
/// sign against it or after a space (which it then ends after), a percent phrase, or a
/// currency (the unit); else a count. Its kind, unit and end.
pub(super) fn measure(
    src: &Source<'_>,
    end: usize,
    after: Option<&Word<'_>>,
) -> (NumberKind, Option<Box<str>>, usize) {
    let text = src.text;
    let percent_at = |at: usize| char_at(text, at).filter(|&c| c == '%' || c == '٪');
    if let Some(sign) = percent_at(end) {
        return (NumberKind::Percent, None, end + sign.len_utf8());
    }
    if let Some(sign) = percent_at(end + 1)
        && char_at(text, end) == Some(' ')
    {
        return (NumberKind::Percent, None, end + 1 + sign.len_utf8());
    }
    if let Some(word) = after {
        // Two words (`في المائة`) only when one is not enough, and the first opens a phrase.
        let opens_phrase = || percent_phrase_openers().contains(&&*word.folded);
        let two = || next_word(text, word.end).map(|w| format!("{} {}", word.folded, w.folded));
        let percent = PERCENT_PHRASES.contains(&word.folded)
            || word.folded.starts_with("درصد")
            || (opens_phrase() && two().is_some_and(|t| PERCENT_PHRASES.contains(&t)));
        if percent {
            return (NumberKind::Percent, None, end);
        }
        if CURRENCIES
            .words()
            .iter()
            .any(|c| word.folded.starts_with(c.as_str()))
        {
            return (NumberKind::Money, Some(src.text(word.start, word.end)), end);
        }
    }
    (NumberKind::Count, None, end)
}

/// The noun a count counts, `after` it (`2500 جندي`): a word of letters that is no
/// preposition, particle or month name ([`NOT_UNITS`]), nor a word with the article behind a
/// preposition or conjunction (`38 للبنين`, 38 for boys; `912 باللغة`, `935 والذي`), which a
/// counted noun never is.
pub(super) fn counted(src: &Source<'_>, after: Option<&Word<'_>>) -> Option<Box<str>> {
    let word = after?;
    (!word.folded.is_empty()
        && word.folded.chars().all(is_letter)
        && !["لل", "بال", "وال", "فال", "كال"]
            .iter()
            .any(|p| word.folded.starts_with(p))
        && !NOT_UNITS.contains(&word.folded)
        && !is_month(&word.folded))
    .then(|| src.text(word.start, word.end))
}
