//! Finding claims again in an article that changed.
//!
//! A claim is anchored twice: by code point offsets, and by a quote selector (its text with 32
//! characters on each side). When the article's bytes change, the offsets are tried first; then
//! every exact occurrence of the text, the one whose context agrees best and that lies nearest
//! the old place winning; then, if the text itself was edited, the most similar stretch of the
//! same length (character bigrams, Dice coefficient) when it is similar enough. A claim found
//! elsewhere is *moved*, one not found is *orphaned*: never shifted silently.

use rustc_hash::FxHashMap;

use super::model::{CONTEXT, Selector};

/// How similar (Dice coefficient of character bigrams, 0 to 1) an edited stretch must be to the
/// claim's text to count as the same claim.
pub const FUZZY_THRESHOLD: f64 = 0.75;

/// Where a claim is after re-anchoring.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Found {
    /// At its old offsets, unchanged.
    Unchanged,
    /// Elsewhere: at these offsets, with this similarity (1 for the exact text).
    Moved {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// 1.0 for the exact text, less for an edited one.
        similarity: f64,
    },
    /// Not in the article any more.
    Orphaned,
}

/// The selector of `chars[start..end]`.
pub fn selector(chars: &[char], start: usize, end: usize) -> Selector {
    let end = end.min(chars.len());
    let start = start.min(end);
    Selector {
        exact: chars[start..end].iter().collect(),
        prefix: chars[start.saturating_sub(CONTEXT)..start].iter().collect(),
        suffix: chars[end..(end + CONTEXT).min(chars.len())]
            .iter()
            .collect(),
    }
}

/// Finds a claim that was at `start..end` with selector `quote` in the article now made of
/// `chars`.
pub fn reanchor(chars: &[char], start: usize, end: usize, quote: &Selector) -> Found {
    let exact: Vec<char> = quote.exact.chars().collect();
    if exact.is_empty() {
        return Found::Orphaned;
    }
    if chars.get(start..end) == Some(&exact[..]) {
        return Found::Unchanged;
    }
    let prefix: Vec<char> = quote.prefix.chars().collect();
    let suffix: Vec<char> = quote.suffix.chars().collect();
    let context = |at: usize| {
        let before = common_suffix(&chars[..at], &prefix);
        let after = common_prefix(&chars[(at + exact.len()).min(chars.len())..], &suffix);
        before + after
    };
    let best = occurrences(chars, &exact)
        .max_by_key(|&at| (context(at), std::cmp::Reverse(at.abs_diff(start))));
    if let Some(at) = best {
        return Found::Moved {
            start: at,
            end: at + exact.len(),
            similarity: 1.0,
        };
    }
    match most_similar(chars, &exact, start) {
        Some((at, similarity)) if similarity >= FUZZY_THRESHOLD => Found::Moved {
            start: at,
            end: at + exact.len(),
            similarity,
        },
        _ => Found::Orphaned,
    }
}

fn occurrences<'a>(chars: &'a [char], needle: &'a [char]) -> impl Iterator<Item = usize> + 'a {
    chars
        .windows(needle.len())
        .enumerate()
        .filter(move |(_, w)| *w == needle)
        .map(|(i, _)| i)
}

fn common_suffix(a: &[char], b: &[char]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// The window of `chars` as long as `exact` whose character bigrams agree best with those of
/// `exact` (Dice coefficient), the nearest to `near` among equals. One pass: the window's
/// bigram counts are updated as it slides.
fn most_similar(chars: &[char], exact: &[char], near: usize) -> Option<(usize, f64)> {
    let len = exact.len();
    if len < 2 || chars.len() < len {
        return None;
    }
    let mut wanted: FxHashMap<(char, char), i32> = FxHashMap::default();
    for pair in exact.windows(2) {
        *wanted.entry((pair[0], pair[1])).or_default() += 1;
    }
    let pairs = (len - 1) as f64;
    let mut have: FxHashMap<(char, char), i32> = FxHashMap::default();
    let mut common = 0i64;
    let add = |have: &mut FxHashMap<(char, char), i32>, key: (char, char), common: &mut i64| {
        let count = have.entry(key).or_default();
        if *count < wanted.get(&key).copied().unwrap_or(0) {
            *common += 1;
        }
        *count += 1;
    };
    for pair in chars[..len].windows(2) {
        add(&mut have, (pair[0], pair[1]), &mut common);
    }
    let mut best = (0usize, common);
    for at in 1..=chars.len() - len {
        let gone = (chars[at - 1], chars[at]);
        if let Some(count) = have.get_mut(&gone) {
            *count -= 1;
            if *count < wanted.get(&gone).copied().unwrap_or(0) {
                common -= 1;
            }
        }
        let new = (chars[at + len - 2], chars[at + len - 1]);
        add(&mut have, new, &mut common);
        let better =
            common > best.1 || (common == best.1 && at.abs_diff(near) < best.0.abs_diff(near));
        if better {
            best = (at, common);
        }
    }
    Some((best.0, best.1 as f64 / pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The selector of the first `needle` in `text`, and its offsets.
    fn claim(text: &str, needle: &str) -> (usize, usize, Selector) {
        let c = chars(text);
        let n = chars(needle);
        let start = occurrences(&c, &n).next().expect("needle in text");
        (start, start + n.len(), selector(&c, start, start + n.len()))
    }

    const TEXT: &str =
        "قال المتحدث إن القوات الأمريكية ستغادر العراق قريبا. وأضاف أن عدد الجنود 2500 جندي.";

    #[test]
    fn the_selector_keeps_context() {
        let (start, end, quote) = claim(TEXT, "2500 جندي");
        assert_eq!(quote.exact, "2500 جندي");
        assert_eq!(quote.prefix.chars().count(), CONTEXT);
        assert_eq!(quote.suffix, ".");
        assert_eq!(reanchor(&chars(TEXT), start, end, &quote), Found::Unchanged);
    }

    #[test]
    fn an_edit_before_the_claim_moves_it() {
        let (start, end, quote) = claim(TEXT, "2500 جندي");
        let edited = format!("عاجل: {TEXT}");
        let found = reanchor(&chars(&edited), start, end, &quote);
        assert_eq!(
            found,
            Found::Moved {
                start: start + 6,
                end: end + 6,
                similarity: 1.0
            }
        );
    }

    #[test]
    fn an_edit_after_the_claim_leaves_it() {
        let (start, end, quote) = claim(TEXT, "القوات الأمريكية");
        let edited = format!("{TEXT} وتابع حديثه.");
        assert_eq!(
            reanchor(&chars(&edited), start, end, &quote),
            Found::Unchanged
        );
    }

    #[test]
    fn an_edit_inside_the_claim_is_found_fuzzily() {
        let (start, end, quote) = claim(TEXT, "إن القوات الأمريكية ستغادر العراق قريبا");
        let edited = TEXT.replace("الأمريكية", "الأميركية");
        match reanchor(&chars(&edited), start, end, &quote) {
            Found::Moved {
                start: s,
                similarity,
                ..
            } => {
                assert_eq!(s, start);
                assert!((FUZZY_THRESHOLD..1.0).contains(&similarity));
            }
            other => panic!("expected a fuzzy move, got {other:?}"),
        }
    }

    #[test]
    fn a_claim_whose_text_is_gone_is_orphaned() {
        let (start, end, quote) = claim(TEXT, "2500 جندي");
        let edited = TEXT.replace("عدد الجنود 2500 جندي", "الأمر لم يحسم بعد");
        assert_eq!(
            reanchor(&chars(&edited), start, end, &quote),
            Found::Orphaned
        );
    }

    #[test]
    fn of_repeated_text_the_one_in_the_same_context_wins() {
        let text = "أ: 2500 جندي. ب: 2500 جندي. ج: 2500 جندي.";
        let c = chars(text);
        let second = 17;
        assert_eq!(
            c[second..second + 9].iter().collect::<String>(),
            "2500 جندي"
        );
        let quote = selector(&c, second, second + 9);
        // Text inserted at the very start shifts every occurrence.
        let edited = chars(&format!("خبر {text}"));
        assert_eq!(
            reanchor(&edited, second, second + 9, &quote),
            Found::Moved {
                start: second + 4,
                end: second + 13,
                similarity: 1.0
            }
        );
    }
}
