//! Reported speech: a speech verb followed by `إن`/`أن` and a clause, or by a colon and
//! unquoted words, with no quotation marks around them. The span is the clause, up to the end
//! of its sentence.

use super::Source;
use super::quotes::{is_mark, is_title_word};
use super::words::{
    cue_start_test, first_pairs, first_two_letters, folded_clean, is_ban_ki_moon, is_explained,
    is_speech_verb, is_speech_verb_past_start, is_van,
};
use crate::text::normalize::fold_into_buffer;

mod openers;

/// Words that introduce the reported clause (compared folded): Arabic `أن` and its forms,
/// Persian `که`, Hebrew `כי`. The words a paragraph is read for end at the last of these
/// (`openers`), whose search knows each: a test fails for a word added here that it does not
/// find.
const THAT: &[&str] = &[
    "ان", "انه", "انها", "انهم", "بان", "بانه", "فان", "كه", "כי",
];

/// Whether `word` may fold to one of [`THAT`], by its first two letters. The words after every
/// speech verb are asked, and most (`الحكومة`) start with two letters none of them starts
/// with, so they need not be folded.
fn may_be_that(word: &str) -> bool {
    static PAIRS: std::sync::OnceLock<[u64; 42]> = std::sync::OnceLock::new();
    first_two_letters(word).is_none_or(|(first, second)| {
        PAIRS.get_or_init(|| first_pairs(THAT))[first] & (1 << second) != 0
    })
}

/// Whether the clause a speech verb reports opens after `word`: `أن`/`إن` and the rest of
/// [`THAT`], or any word ending with a colon.
pub(super) fn opens_clause(word: &str) -> bool {
    let mut buf = [0; 64];
    let trimmed = word.trim_end_matches([':', '،', ',']);
    let bare = may_be_that(trimmed)
        .then(|| fold_into_buffer(trimmed, &mut buf))
        .flatten();
    bare.is_some_and(|b| THAT.contains(&b)) || word.ends_with(':')
}

/// Words, folded, that make `أن` after them part of a conjunction rather than the opening of
/// what a verb reports: of time (`بعد أن`, after; `قبل أن`, before; `منذ أن`, since; `طالما
/// أن`, as long as), of concession (`رغم أن`, `مع أن`, although; `إلا أن`, `غير أن`, `بيد أن`,
/// however), of cause (`بما أن`, since) and `كما أن` (moreover), which opens a clause of the
/// writer's own.
const CONJUNCTIONS: &[&str] = &[
    "بعد",
    "قبل",
    "منذ",
    "ريثما",
    "طالما",
    "رغم",
    "برغم",
    "مع",
    "الا",
    "غير",
    "بيد",
    "بما",
    "كما",
];

/// Whether `word`, as written, with or without `و` before it (`وقبل أن`), takes the `أن` after
/// it into a conjunction ([`CONJUNCTIONS`]).
fn joins_that(word: &str) -> bool {
    let folded = folded_clean(word);
    let bare = folded.strip_prefix('و').unwrap_or(&folded);
    CONJUNCTIONS.contains(&bare)
}

/// How many words may stand between the verb and `إن`/`أن`.
const MAX_GAP: usize = 14;

/// A reported statement: its clause, by byte offsets.
pub struct Reported {
    /// First byte of the clause.
    pub start: usize,
    /// End of the clause.
    pub end: usize,
}

/// Where the clause a speech verb reports starts (a byte offset), given the words after the
/// verb: after a colon ending the verb (`يؤكّد: لا وجود لقوات`), or after `إن`/`أن` or a colon
/// within a few words, unless a quotation, a sentence end or another verb comes first. Words
/// in marks after a title (`صحيفة "وول ستريت جورنال"`) are a name, not a quotation.
fn clause_after(verb: &str, mut after: crate::text::words::Words<'_>) -> Option<usize> {
    if verb.ends_with(':') {
        return after.next().map(|w| w.0);
    }
    let mut previous = verb;
    for _ in 0..MAX_GAP {
        let (_, w) = after.next()?;
        let quotation = w.starts_with(is_mark) && !is_title_word(&folded_clean(previous));
        if quotation || w.contains('.') {
            return None;
        }
        let before = std::mem::replace(&mut previous, w);
        // (`وأكدت التزامها … قبل أن تستقيل`, before she resigns: no clause she reported. A
        // colon opens one whatever comes before it: `وقالت الحكومة قبل عامين: إنها`.)
        if opens_clause(w) && (w.ends_with(':') || !joins_that(before)) {
            let next = after.next()?;
            if is_ban_ki_moon(w, Some(next.1)) {
                continue;
            }
            if !is_van(before, w, Some(next.1)) {
                return Some(next.0);
            }
            // The name Van closes may be followed by the clause (`وأشار الأستاذ فان بأن`).
            previous = next.1;
            if opens_clause(next.1) {
                return after.next().map(|w| w.0);
            }
        }
        if is_speech_verb(w) {
            return None;
        }
    }
    None
}

/// Every reported statement in the article.
pub fn find(src: &Source<'_>) -> Vec<Reported> {
    let mut out = Vec::new();
    let may_start_cue = cue_start_test();
    for (span, text) in src.paragraphs_read() {
        // A verb reports a clause only with a word opening it after the verb: the words past
        // the last that may open one are not read, nor a paragraph without one (two in five
        // of a corpus's). The word after that one is read, where the clause starts; a clause
        // running on past it is measured in the whole paragraph below.
        let Some(reach) = openers::reach(text) else {
            continue;
        };
        // Words with their byte offsets in the paragraph, read as they are needed (collecting
        // them cost more than testing them).
        let mut words = crate::text::words::words_with(&text[..reach], span.spaces);
        // Most words are ruled out by their first three letters without their ends being read.
        while let Some((verb_at, verb)) = words.next_where(may_start_cue) {
            // (`وبين` is asked where it stands only: most words are turned away by their end.)
            let explained = || {
                let before = text[..verb_at].trim_end();
                let previous = before.rsplit(char::is_whitespace).next();
                is_explained(verb, previous.filter(|w| !w.is_empty()))
            };
            let verb_here =
                is_speech_verb_past_start(verb) || (verb.ends_with("بين") && explained());
            if !verb_here {
                continue;
            }
            let Some(start_byte) = clause_after(verb, words.clone()) else {
                continue;
            };
            if text[start_byte..].starts_with(is_mark) {
                continue; // a direct quotation, found elsewhere
            }
            let start = span.byte_start + start_byte;
            let end = src.sentence_end(start);
            let end_byte = end - span.byte_start;
            // A clause of three words or more.
            if crate::text::words::more_words_with(&text[start_byte..end_byte], span.spaces, 2) {
                out.push(Reported { start, end });
            }
            // Continue with the first word that starts after the clause.
            words.skip_to(end_byte);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[CONJUNCTIONS]);
    }

    #[test]
    fn every_word_that_folds_to_that_may_be_that() {
        let mut ruled_out = 0;
        let written = [
            "أن",
            "إنّ",
            "أنَّه",
            "بأنها",
            "فإن",
            "كه",
            "כי",
            "ـأن",
            "\u{200F}أن",
        ];
        let article_words = crate::corpus::sample_set()
            .iter()
            .flat_map(|a| {
                a.text
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>();
        for word in written
            .iter()
            .copied()
            .chain(article_words.iter().map(String::as_str))
        {
            let mut buf = [0; 64];
            let that = fold_into_buffer(word, &mut buf).is_some_and(|b| THAT.contains(&b));
            assert!(!that || may_be_that(word), "{word}");
            ruled_out += usize::from(!may_be_that(word));
        }
        assert!(written.iter().all(|w| may_be_that(w)));
        // Most words are ruled out without folding.
        assert!(
            ruled_out * 10 > article_words.len() * 7,
            "{ruled_out} of {}",
            article_words.len()
        );
        assert!(!may_be_that("الحكومة"));
    }
}
