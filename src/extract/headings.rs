//! Quoted subheadings: a paragraph that is one quotation, set over the section that reports
//! it, is by the speaker of the statement that follows.

use super::words::is_word_char;
use super::{Item, Source};
use crate::text::normalize::fold;

/// Whether the quotation opening at byte `open` and closing at byte `close` is a paragraph of its own, a
/// subheading, that quotes ahead the statement `next` of the paragraph after it: such a heading
/// (`"وجودنا بطلب عراقي"`, our presence is at Iraq's request) repeats words of the statement
/// it announces (`وجود قواتها في العراق يأتي بطلب من الحكومة`), and its speaker is that
/// statement's. A list of quoted headings shares no words with what follows each.
pub(super) fn is_heading_before(
    source: &Source<'_>,
    open: usize,
    close: usize,
    next: &Item,
) -> bool {
    let article = source.article;
    let here = article.paragraph_at_byte(open);
    let Some(paragraph) = article.paragraphs.get(here) else {
        return false;
    };
    let blank = |from: usize, to: usize| {
        source
            .str(from, to)
            .trim_matches(|c: char| c.is_whitespace() || c == '.')
            .is_empty()
    };
    let alone =
        blank(paragraph.byte_start, open) && blank(source.after_char(close), paragraph.byte_end);
    // The next statement's paragraph follows, blank lines aside.
    let there = article.paragraph_at(next.start);
    let follows = there > here
        && article.paragraphs[here + 1..there]
            .iter()
            .all(|p| p.start == p.end);
    alone && follows && shared_stems(source.str(source.after_char(open), close), &next.text) >= 2
}

/// How many words of `heading` share their first four letters with a word of `text`, both
/// folded and without the article (`وجودنا` and `وجود`, `عراقي` and `العراق`); words of two
/// letters or fewer are left out.
fn shared_stems(heading: &str, text: &str) -> usize {
    let stems = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|w| fold(w.trim_matches(|c: char| !is_word_char(c))))
            .map(|w| {
                let bare = w.strip_prefix("ال").unwrap_or(&w);
                bare.chars().take(4).collect::<String>()
            })
            .filter(|w| w.chars().count() > 2)
            .collect()
    };
    let known = stems(text);
    let mut shared = stems(heading);
    shared.sort();
    shared.dedup();
    shared.iter().filter(|w| known.contains(w)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_shared_by_their_first_four_letters() {
        assert_eq!(
            shared_stems(
                "وجودنا بطلب عراقي",
                "وجود قواتها في العراق يأتي بطلب من الحكومة"
            ),
            3
        );
        assert_eq!(
            shared_stems("ستكون أفضل إذا ابتسمت", "فإجبار الشخص على سلوك"),
            0
        );
        // Short words count for nothing.
        assert_eq!(shared_stems("من في", "من في"), 0);
    }
}
