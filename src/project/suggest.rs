//! Link suggestions: for one claim, the statements and figures of other articles that look like
//! the same claim.
//!
//! Statements are compared on their folded words (harakat, hamza forms and digit scripts do
//! not count): the share of shared words, as the Dice coefficient of the two word sets. A
//! figure matches a figure of the same value and unit, and less surely one of the same value
//! counted in other words (`2500 جندي`, `2500 فرد`); the same unit with another value is
//! offered too, flagged as a possible conflict (`2500 جندي` against `3000 جندي`).

use rustc_hash::FxHashSet;

use super::model::Relation;
use crate::extract::is_word_char;
use crate::text::normalize::fold;

/// Word-set similarity from which statements count as the same.
pub const SAME_FROM: f64 = 0.8;

/// Word-set similarity from which a statement is offered at all.
pub const SIMILAR_FROM: f64 = 0.45;

/// Something a claim may be linked to: a claim or an extracted item of some article.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The article's key in the project.
    pub article: String,
    /// Position of the article in the workbench.
    pub article_index: usize,
    /// Its claim, if it is one already.
    pub claim: Option<u32>,
    /// Its extracted item, if it is one.
    pub item: Option<usize>,
    /// First code point.
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// The text.
    pub text: String,
    /// Whether it is a figure.
    pub number: bool,
    /// A figure's value.
    pub value: Option<f64>,
    /// A figure's unit or counted noun.
    pub unit: Option<String>,
}

/// A proposed link.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// What to link to.
    pub target: Candidate,
    /// The relation proposed.
    pub relation: Relation,
    /// How alike they are, 0 to 1 (1 for figures that agree).
    pub score: f64,
    /// A figure of the same unit and another value.
    pub conflict: bool,
}

/// The words statements are compared on: `text` folded, cut at everything that is not a letter
/// or digit, one-letter words dropped. `f` sees each, repeats included. Every statement of a
/// corpus is cut as it is indexed, so letters and digits are told as extraction tells them,
/// without Unicode's table search for the Arabic block (which was a tenth of the workbench's
/// loading of the whole corpus).
pub fn each_word(text: &str, f: impl FnMut(&str)) {
    fold(text)
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().nth(1).is_some())
        .for_each(f);
}

/// The folded words of `text`, for comparing statements.
pub(crate) fn words(text: &str) -> FxHashSet<String> {
    let mut set = FxHashSet::default();
    each_word(text, |w| {
        set.insert(w.to_owned());
    });
    set
}

/// Dice coefficient of two word sets.
fn dice(a: &FxHashSet<String>, b: &FxHashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(b).count();
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// A unit compared folded, without the article (`الجنود` and `جندي` stay different words, but
/// `جندي` and `جنديا` do not).
pub fn unit_key(unit: &str) -> String {
    let folded = fold(unit);
    let bare = folded.strip_prefix("ال").unwrap_or(&folded);
    bare.trim_end_matches('ا').to_owned()
}

/// How a figure (value, unit key) relates to another: the relation, the score and whether it is
/// a possible conflict; `None` when they have nothing to do with each other.
/// Units are compared by equality, whatever stands for them (folded keys, numbers).
pub fn figure_match<U: PartialEq>(
    (value, unit): (Option<f64>, Option<U>),
    (other_value, other_unit): (Option<f64>, Option<U>),
) -> Option<(Relation, f64, bool)> {
    let same_unit = unit.is_some() && other_unit == unit;
    let same_value = value.is_some() && other_value == value;
    Some(match (same_value, same_unit) {
        (true, true) => (Relation::Same, 1.0, false),
        // The same figure counted in other words (`2500 جندي`, `2500 فرد`).
        (true, false) if unit.is_none() && other_unit.is_none() => (Relation::Same, 0.8, false),
        (true, false) => (Relation::Same, 0.7, false),
        (false, true) => (Relation::Contradicts, 0.6, true),
        _ => return None,
    })
}

/// Whether statements with word-set similarity `score` are worth offering, and as what.
pub fn statement_relation(score: f64) -> Option<Relation> {
    if score >= SAME_FROM {
        Some(Relation::Same)
    } else if score >= SIMILAR_FROM {
        Some(Relation::Elaborates)
    } else {
        None
    }
}

/// Suggestions for the claim `subject` among `candidates` (those of its own article are
/// skipped), best first, at most `limit`.
pub fn suggest(subject: &Candidate, candidates: &[Candidate], limit: usize) -> Vec<Suggestion> {
    let mut out = Vec::new();
    if subject.number {
        let unit = subject.unit.as_deref().map(unit_key);
        for candidate in candidates.iter().filter(|c| c.number) {
            if candidate.article == subject.article {
                continue;
            }
            let candidate_unit = candidate.unit.as_deref().map(unit_key);
            let Some((relation, score, conflict)) = figure_match(
                (subject.value, unit.as_deref()),
                (candidate.value, candidate_unit.as_deref()),
            ) else {
                continue;
            };
            out.push(Suggestion {
                target: candidate.clone(),
                relation,
                score,
                conflict,
            });
        }
    } else {
        let mine = words(&subject.text);
        for candidate in candidates.iter().filter(|c| !c.number) {
            if candidate.article == subject.article {
                continue;
            }
            let score = dice(&mine, &words(&candidate.text));
            let Some(relation) = statement_relation(score) else {
                continue;
            };
            out.push(Suggestion {
                target: candidate.clone(),
                relation,
                score,
                conflict: false,
            });
        }
    }
    // Best first; a claim before a bare item of the same span.
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.target.claim.is_some().cmp(&a.target.claim.is_some()))
            .then(a.target.article_index.cmp(&b.target.article_index))
            .then(a.target.start.cmp(&b.target.start))
    });
    // One suggestion per span.
    let mut seen = FxHashSet::default();
    out.retain(|s| seen.insert((s.target.article.clone(), s.target.start, s.target.end)));
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(article: &str, text: &str) -> Candidate {
        Candidate {
            article: article.to_owned(),
            article_index: 0,
            claim: None,
            item: Some(0),
            start: 0,
            end: text.chars().count(),
            text: text.to_owned(),
            number: false,
            value: None,
            unit: None,
        }
    }

    fn figure(article: &str, value: f64, unit: &str) -> Candidate {
        Candidate {
            number: true,
            value: Some(value),
            unit: Some(unit.to_owned()),
            ..statement(article, &format!("{value} {unit}"))
        }
    }

    #[test]
    fn the_same_statement_in_another_outlet_is_the_same_claim() {
        let subject = statement("a", "بيانا وشيكا سيصدر عن الحكومتين الأمريكية والعراقية");
        let others = [
            statement("a", "بيانا وشيكا سيصدر عن الحكومتين الأمريكية والعراقية"),
            statement("b", "«بياناً وشيكاً سيصدر عن الحكومتين الأميركية والعراقية»"),
            statement("c", "الطقس حار في بغداد اليوم"),
        ];
        let found = suggest(&subject, &others, 10);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].target.article, "b");
        assert_eq!(found[0].relation, Relation::Same);
    }

    #[test]
    fn figures_agree_or_conflict_by_value_within_a_unit() {
        let subject = figure("a", 2500.0, "جندي");
        let others = [
            figure("b", 2500.0, "جنديا"),
            figure("c", 3000.0, "جندي"),
            figure("d", 2500.0, "فرد"),
            figure("e", 7.0, "فرد"),
        ];
        let found = suggest(&subject, &others, 10);
        let summary: Vec<(&str, Relation, bool)> = found
            .iter()
            .map(|s| (s.target.article.as_str(), s.relation, s.conflict))
            .collect();
        assert_eq!(
            summary,
            [
                ("b", Relation::Same, false),
                ("d", Relation::Same, false),
                ("c", Relation::Contradicts, true)
            ]
        );
    }
}
