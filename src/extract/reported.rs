//! Reported speech: a speech verb followed by `إن`/`أن` and a clause, or by a colon and
//! unquoted words, with no quotation marks around them. The span is the clause, up to the end
//! of its sentence.

use super::Source;
use super::words::{fold_small, is_speech_verb};

/// Words that introduce the reported clause (compared folded).
const THAT: &[&str] = &["ان", "انه", "انها", "انهم", "بان", "بانه", "فان"];

/// How many words may stand between the verb and `إن`/`أن`.
const MAX_GAP: usize = 14;

/// A reported statement: its clause.
pub struct Reported {
    /// First code point of the clause.
    pub start: usize,
    /// End of the clause.
    pub end: usize,
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '«' | '“' | '”' | '"' | '„' | '‹' | '״')
}

/// Every reported statement in the article.
pub fn find(src: &Source<'_>) -> Vec<Reported> {
    let chars = &src.chars;
    let mut out = Vec::new();
    for (index, span) in src.article.paragraphs.iter().enumerate() {
        if src.in_furniture(span.start) || span.start == span.end {
            continue;
        }
        let text = src.article.paragraph_text(index);
        // Words with their byte offsets in the paragraph; code point offsets are only worked
        // out for the clauses found.
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut byte = 0;
        for piece in text.split_inclusive(char::is_whitespace) {
            let word = piece.trim_end();
            if !word.is_empty() {
                words.push((byte, word));
            }
            byte += piece.len();
        }
        // Clauses are found in text order, so offsets are counted on from the last one.
        let mut counted = (0, span.start); // (byte, code point offset) of the last clause
        let mut to_offset = |byte: usize| {
            if byte < counted.0 {
                counted = (0, span.start);
            }
            counted = (byte, counted.1 + text[counted.0..byte].chars().count());
            counted.1
        };
        let mut k = 0;
        while k < words.len() {
            if !is_speech_verb(words[k].1) {
                k += 1;
                continue;
            }
            // Verb and colon: `يؤكّد: لا وجود لقوات`.
            let mut clause_start = None;
            if words[k].1.ends_with(':') {
                clause_start = words.get(k + 1).map(|w| w.0);
            } else {
                for j in k + 1..(k + 1 + MAX_GAP).min(words.len()) {
                    let w = words[j].1;
                    if w.starts_with(|c: char| is_quote_mark(c)) || w.contains('.') {
                        break;
                    }
                    let mut buf = [0; 64];
                    let bare = fold_small(w.trim_end_matches([':', '،', ',']), &mut buf);
                    if bare.is_some_and(|b| THAT.contains(&b)) {
                        clause_start = words.get(j + 1).map(|w| w.0);
                        break;
                    }
                    if w.ends_with(':') {
                        clause_start = words.get(j + 1).map(|w| w.0);
                        break;
                    }
                    if is_speech_verb(w) {
                        break;
                    }
                }
            }
            let Some(start_byte) = clause_start else {
                k += 1;
                continue;
            };
            let start = to_offset(start_byte);
            if chars.get(start).copied().is_some_and(is_quote_mark) {
                k += 1;
                continue; // a direct quotation, found elsewhere
            }
            let end = src.sentence_end(start);
            let clause = &chars[start..end];
            let word_starts = clause
                .iter()
                .zip(std::iter::once(&' ').chain(clause))
                .filter(|(c, before)| !c.is_whitespace() && before.is_whitespace())
                .count();
            if word_starts >= 3 {
                out.push(Reported { start, end });
            }
            // Continue after the clause.
            let end_byte = start_byte + clause.iter().map(|c| c.len_utf8()).sum::<usize>();
            k = words.partition_point(|w| w.0 < end_byte);
        }
    }
    out
}
