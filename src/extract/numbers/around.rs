//! What stands around a number: the words before and after it, and what they say it
//! measures (a percent sign or phrase, a currency, the noun it counts).

use super::lists::{
    CURRENCIES, JOINED, NOT_UNITS, PERCENT_PHRASES, is_month, percent_phrase_openers,
};
use super::scan::{self, char_at};
use super::spelled::is_number_word;
use super::{NumberKind, Source, is_letter};
use crate::extract::words::is_cue;
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
    // A comma, point or closing mark ends a word even where no space follows it (`ريال,وسعر`,
    // `ريال.وبلغ`).
    let length = scan::first_white(word);
    let length = run_end(&word.as_bytes()[..length]);
    // Trailing punctuation, and the marks of writing direction some pages leave, are not part
    // of the word.
    let word = word[..length].trim_end_matches(|c: char| {
        c.is_ascii_punctuation()
            || matches!(
                c,
                '،' | '؛' | '؟' | '…' | '»' | '”' | '\u{200E}' | '\u{200F}'
            )
            || ('\u{202A}'..='\u{202E}').contains(&c)
    });
    let end = start + word.len();
    (end > start).then(|| Word {
        start,
        end,
        folded: folded(word),
    })
}

/// Where a run of bytes without white space ends as a word: at a comma (`,` `،` `؛`), a point,
/// a closing mark (`"` `”`) or a dash (`–`), else at its end. Bytes are compared, not characters: the
/// run is short, and this is asked after every number.
fn run_end(run: &[u8]) -> usize {
    let mut at = 0;
    while at < run.len() {
        match run[at] {
            b',' | b'.' | b'"' => return at,
            0xD8 if matches!(run.get(at + 1), Some(0x8C | 0x9B)) => return at,
            0xE2 if run.get(at + 1) == Some(&0x80)
                && matches!(run.get(at + 2), Some(0x9D | 0x93)) =>
            {
                return at;
            }
            _ => at += 1,
        }
    }
    run.len()
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

/// The noun a count counts, `after` it (`2500 جندي`): a word of two letters or more that is no
/// preposition, particle, month name ([`NOT_UNITS`]), number word (the number again in words,
/// `( 97 ) سبعة وتسعين`), verb ([`is_verb`]) or speech cue (`12 وقال`, `مشيرا`), and has no
/// article: a counted noun
/// is indefinite, so neither `السنوات الـ 25 الماضية` nor `38 للبنين` (38 for boys), `912
/// باللغة` or `935 والذي` count anything, nor a word a preposition or conjunction is joined to
/// ([`JOINED`]: `بمقدار`, `لعام`). `عام` (year) is counted (`منذ 800 عام`) unless a year
/// follows it (`20 مليوناً عام 2014`).
pub(super) fn counted(src: &Source<'_>, after: Option<&Word<'_>>) -> Option<Box<str>> {
    let word = after?;
    let folded = &*word.folded;
    let written = &src.text[word.start..word.end];
    let unit = folded.chars().nth(1).is_some()
        && folded.chars().all(is_letter)
        && !has_article(written, folded)
        && !NOT_UNITS.contains(folded)
        && !is_joined(folded)
        && !is_verb(folded)
        && !is_cue(written)
        && !is_month(folded)
        && !(matches!(folded, "عام" | "سنه") && year_follows(src.text, word.end))
        && !is_number_word(written);
    unit.then(|| written.into())
}

/// Whether a word, as `written` and `folded`, starts with the article. A word of the
/// plural pattern `ألقاب`, `ألغام`, `ألوان` is often written without its hamza (`القاب`), so
/// one of five letters with `ا` fourth is taken for such a plural.
fn has_article(written: &str, folded: &str) -> bool {
    written.starts_with("ال")
        && !(folded.chars().count() == 5 && folded.chars().nth(3) == Some('ا'))
}

/// Whether `folded` is a preposition or conjunction of one letter joined to a word with the
/// article (`للبنين`, `باللغة`, `والذي`) or of [`JOINED`], or `ب`/`ل` joined to a noun in `م`
/// of four letters or more or in `ت` of five or more (`بمدرسة`, `لمجلس`, `بتكلفة`), which is
/// how nouns of place and verbal nouns start. (Nouns that themselves start so, such as `لمبة`
/// and `لترات`, are shorter.)
fn is_joined(folded: &str) -> bool {
    let derived = |rest: &str| {
        (rest.starts_with('م') && rest.chars().nth(3).is_some())
            || (rest.starts_with('ت') && rest.chars().nth(4).is_some())
    };
    ['ب', 'ل', 'و', 'ف', 'ك'].iter().any(|&p| {
        folded.strip_prefix(p).is_some_and(|rest| {
            // (`ل` and the article are written `لل`.)
            let article = if p == 'ل' { "ل" } else { "ال" };
            rest.starts_with(article)
                || JOINED.contains(rest)
                || (matches!(p, 'ب' | 'ل') && derived(rest))
        })
    })
}

/// Whether `folded` is plainly a verb, which a number never counts (`15 يستحدث`, `6 تلقوا`):
/// a past or jussive plural in `وا` (but `عضوا`, a member, and `كيلوا`), or a present tense
/// in `ي`, after `و` or not, of four letters or more or ending in `ون`. (Not after `ف`:
/// `فيلم`, `فيديو`.) The nouns a number counts that start with `ي` start `يو` (`يوم`,
/// `يورو`, `يوان`), `يا` (`ياردة`) or `يه` (`يهودي`), or are `يتيم`, `يمني`, `يخت` or `ين`,
/// and are left alone.
fn is_verb(folded: &str) -> bool {
    let plural = folded.ends_with("وا") && folded.chars().nth(3).is_some();
    if plural && !folded.ends_with("عضوا") && !folded.starts_with("كيلو") {
        return true;
    }
    let stem = folded
        .strip_prefix('و')
        .filter(|rest| rest.starts_with('ي') && rest.chars().nth(3).is_some())
        .unwrap_or(folded);
    let Some(rest) = stem.strip_prefix('ي') else {
        return false;
    };
    let noun = ["و", "ا", "ه", "تيم", "من", "خت"]
        .iter()
        .any(|n| rest.starts_with(n));
    !noun && (stem.chars().nth(3).is_some() || stem.ends_with("ون"))
}

/// Whether a number in digits is the next word after byte `from`.
fn year_follows(text: &str, from: usize) -> bool {
    next_word(text, from).is_some_and(|w| w.folded.starts_with(|c: char| c.is_ascii_digit()))
}
