//! Names as an article writes them: full names from hashtags (`#أنتوني_بلينكن`), the first
//! name written before a surname, and a person's name closing a title description. Speakers
//! are resolved to these ([`super::speaker`]).

use super::words::{
    INSTITUTIONS, NOT_FIRST_NAMES, RESPONSES, SAYINGS, TITLES, clean, is_cue, is_word_char,
    strip_proclitic,
};
use crate::text::normalize::fold;

/// A person's name closing a title description: the trailing words that are not adjectives
/// or institutions (`المتحدث باسم وزارة الخارجية الأمريكية نيد برايس` → `نيد برايس`).
pub(super) fn name_closing_title(words: &[String]) -> Option<String> {
    let first = fold(words.first()?);
    if !TITLES.contains(&first.as_str()) {
        return None;
    }
    let mut tail = Vec::new();
    for word in words.iter().rev() {
        let f = fold(word);
        if f.starts_with("ال")
            || f.starts_with("بال")
            || f.starts_with("لل")
            || f == "في"
            || f == "باسم"
            || INSTITUTIONS.contains(&f.as_str())
            || TITLES.contains(&f.as_str())
        {
            break;
        }
        tail.push(word.as_str());
    }
    tail.reverse();
    (2..=3).contains(&tail.len()).then(|| tail.join(" "))
}

/// The words written just before `surname` where it stands as a word (punctuation around it
/// aside): the candidates for its first name, in text order, each once, at most eight. The
/// surname is found by substring search, so words that are not it cost nothing.
pub(super) fn words_before<'t>(text: &'t str, surname: &str) -> Vec<&'t str> {
    let mut out = Vec::new();
    if surname.is_empty() {
        return out;
    }
    // memchr's search (SIMD) rather than std's: every single-word speaker of every article
    // is searched for through the whole article.
    for at in memchr::memmem::find_iter(text.as_bytes(), surname.as_bytes()) {
        let start = text[..at]
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| at + i);
        let word = &text[start..end];
        if clean(word) != surname || !word.starts_with(is_word_char) {
            continue;
        }
        let Some(previous) = text[..start].split_whitespace().next_back() else {
            continue;
        };
        if !out.contains(&previous) {
            out.push(previous);
            if out.len() == 8 {
                break;
            }
        }
    }
    out
}

/// Every hashtag name of `text` (`#أنتوني_بلينكن` → `أنتوني بلينكن`), with the folded last
/// word it may be referred to by.
pub(super) fn hashtag_names(text: &str) -> Vec<(String, String)> {
    let mut names = Vec::new();
    for (at, _) in text.match_indices('#') {
        let start = text[..at]
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if names.last().is_some_and(|&(s, _)| s == start) {
            continue; // the same word
        }
        let end = text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| at + i);
        if let Some(tag) = clean(&text[start..end])
            .strip_prefix('#')
            .filter(|t| t.contains('_'))
        {
            names.push((start, tag.replace('_', " ")));
        }
    }
    names
        .into_iter()
        .map(|(_, name)| {
            let last = fold(name.rsplit(' ').next().unwrap_or_default());
            (last, name)
        })
        .collect()
}

/// Whether `word` (as written, punctuation included) can be a first name: plain letters, not a
/// title, a function word, a cue, a verb that takes `بالقول` (`واختتم الحكير`), a word for what
/// was said (`زعم عطوف`), or a word with the article.
pub(super) fn is_first_name(word: &str) -> bool {
    let first = clean(word);
    if first.is_empty() || word != first || !first.chars().all(is_word_char) {
        return false;
    }
    if first.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let folded = fold(first);
    !(folded.starts_with("ال")
        || NOT_FIRST_NAMES.contains(&folded.as_str())
        || RESPONSES.contains(&strip_proclitic(&folded))
        || SAYINGS.contains(&folded.as_str())
        || is_cue(first))
}
