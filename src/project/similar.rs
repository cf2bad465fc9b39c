//! The index behind link suggestions once there are thousands of articles: every statement and
//! figure of every article, so that finding what looks like one claim does not compare it with
//! all of them.
//!
//! Statements go into an inverted index of their folded words (the words [`suggest`] compares
//! on). A query does not walk every posting list: two statements whose Dice coefficient
//! reaches `t` share at least `t·|A| / (2 − t)` of the query's `|A|` words, so by pigeonhole a
//! match must hold one of the `|A| − that + 1` *rarest* query words. Only their (short) lists
//! are walked; every statement met there is then scored exactly. The answer is the same as
//! comparing with every statement — no sampling, no false negatives as with MinHash — while a
//! query touches a few hundred statements even in a corpus of tens of thousands of articles.
//! Figures are looked up by value and by unit.
//!
//! The index grows article by article as extraction results arrive, and is never rebuilt.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::groups::Groups;

use super::suggest;
use crate::extract::{Item, NumberKind};

/// A statement or figure found by the index.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Position of its article in the workbench.
    pub article: usize,
    /// Position of the item among the article's items.
    pub item: usize,
    /// How alike it is to the query, 0 to 1.
    pub score: f64,
}

/// Where an indexed statement or figure is.
#[derive(Clone, Copy, Debug)]
struct Place {
    article: u32,
    item: u32,
    start: u32,
}

/// A figure: where it is, its value and its unit key, in 24 bytes (there are hundreds of
/// thousands): no value is NaN, no unit is `u32::MAX`.
#[derive(Clone, Copy, Debug)]
struct Figure {
    place: Place,
    unit: u32,
    value: f64,
}

impl Figure {
    fn value(&self) -> Option<f64> {
        (!self.value.is_nan()).then_some(self.value)
    }

    fn unit(&self) -> Option<u32> {
        (self.unit != u32::MAX).then_some(self.unit)
    }
}

/// Statements and figures of many articles, ready for "what looks like this?".
#[derive(Debug, Default)]
pub struct SimilarityIndex {
    /// Folded words (and unit keys, which share the table), numbered.
    words: FxHashMap<Box<str>, u32>,
    /// For each word, the statements holding it, in the order they were added.
    postings: Vec<Vec<u32>>,
    /// Each statement's place.
    statements: Vec<Place>,
    /// Each statement's distinct words, sorted, one after another; statement `s` has
    /// `bag[ends[s - 1]..ends[s]]`.
    bag: Vec<u32>,
    ends: Vec<u32>,
    figures: Vec<Figure>,
    by_value: FxHashMap<u64, Vec<u32>>,
    by_unit: FxHashMap<u32, Vec<u32>>,
}

impl SimilarityIndex {
    /// An empty index.
    pub fn new() -> Self {
        Self::default()
    }

    /// Statements indexed.
    pub fn statements(&self) -> usize {
        self.statements.len()
    }

    /// Figures indexed.
    pub fn figures(&self) -> usize {
        self.figures.len()
    }

    /// Adds the statements and figures of the article at position `article`.
    pub fn add(&mut self, article: usize, items: &[Item]) {
        let mut words = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let place = Place {
                article: narrow(article),
                item: narrow(index),
                start: narrow(item.start),
            };
            if item.is_statement() {
                words.clear();
                suggest::each_word(&item.text, |w| words.push(self.intern(w)));
                words.sort_unstable();
                words.dedup();
                let id = narrow(self.statements.len());
                for &w in &words {
                    self.postings[w as usize].push(id);
                }
                self.bag.extend_from_slice(&words);
                self.ends.push(narrow(self.bag.len()));
                self.statements.push(place);
            } else if item.number_kind != Some(NumberKind::Ordinal) {
                // (An ordinal, `الجولة الرابعة`, says which, not how many: the same value is
                // no other figure's, and `الأول`, first, would stand beside every figure of 1.)
                let unit = item
                    .unit
                    .as_deref()
                    .map(|u| self.intern(&suggest::unit_key(u)));
                let id = narrow(self.figures.len());
                if let Some(value) = item.value {
                    self.by_value.entry(value.to_bits()).or_default().push(id);
                }
                if let Some(unit) = unit {
                    self.by_unit.entry(unit).or_default().push(id);
                }
                self.figures.push(Figure {
                    place,
                    unit: unit.unwrap_or(u32::MAX),
                    value: item.value.unwrap_or(f64::NAN),
                });
            }
        }
    }

    /// The statements of articles other than `except` whose words are at least `threshold`
    /// alike to `text`'s (Dice coefficient; suggestions use [`suggest::SIMILAR_FROM`]), best
    /// first, at most `limit`.
    pub fn statements_like(
        &self,
        text: &str,
        except: Option<usize>,
        threshold: f64,
        limit: usize,
    ) -> Vec<Hit> {
        let (query, unknown) = self.query(text);
        let hits = self.matching(&query, unknown, except, threshold);
        self.best(hits, limit, |s| self.statements[s as usize])
    }

    /// The distinct words of `text` the index knows, sorted, and how many others it has.
    fn query(&self, text: &str) -> (Vec<u32>, usize) {
        let mut known = Vec::new();
        let mut unknown = FxHashSet::default();
        suggest::each_word(text, |w| match self.words.get(w) {
            Some(&id) => known.push(id),
            None => {
                unknown.insert(w.to_owned());
            }
        });
        known.sort_unstable();
        known.dedup();
        (known, unknown.len())
    }

    /// The statements sharing at least `threshold` of their words with a query of the `known`
    /// words and `unknown` others, outside article `except`, with their scores.
    fn matching(
        &self,
        known: &[u32],
        unknown: usize,
        except: Option<usize>,
        threshold: f64,
    ) -> Vec<(u32, f64)> {
        let len = known.len() + unknown;
        if known.is_empty() || threshold <= 0.0 {
            return Vec::new();
        }
        // A match shares at least `needed` words, so it holds one of any `len − needed + 1`
        // of them: take the rarest. Words the index has never seen are rarest of all (and
        // lead nowhere).
        let needed = (threshold * len as f64 / (2.0 - threshold) - 1e-9)
            .ceil()
            .max(1.0) as usize;
        let probes = (len + 1).saturating_sub(needed).saturating_sub(unknown);
        // And its length is bounded both ways: `t·|A|/(2 − t) ≤ |B| ≤ (2 − t)·|A|/t`.
        let shortest = needed;
        let longest = ((2.0 - threshold) * len as f64 / threshold + 1e-9).floor() as usize;
        let fits = |s: u32| (shortest..=longest).contains(&self.size_of(s));
        let mut rarest = known.to_vec();
        rarest.sort_by_key(|&w| self.postings[w as usize].len());
        let mut seen: Vec<u32> = rarest
            .iter()
            .take(probes)
            .flat_map(|&w| self.postings[w as usize].iter().copied())
            .filter(|&s| fits(s))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.into_iter()
            .filter(|&s| except.is_none_or(|a| self.statements[s as usize].article as usize != a))
            .filter_map(|s| {
                let words = self.words_of(s);
                let score = 2.0 * shared(known, words) as f64 / (len + words.len()) as f64;
                (score >= threshold).then_some((s, score))
            })
            .collect()
    }

    /// How many distinct words statement `s` has.
    fn size_of(&self, s: u32) -> usize {
        self.words_of(s).len()
    }

    /// The distinct words of statement `s`, sorted.
    fn words_of(&self, s: u32) -> &[u32] {
        let s = s as usize;
        let start = if s == 0 { 0 } else { self.ends[s - 1] as usize };
        &self.bag[start..self.ends[s] as usize]
    }

    /// The figures of articles other than `except` that agree with, or may contradict, a
    /// figure of `value` counted in `unit`: scored as suggestions score them, best first, at
    /// most `limit`.
    pub fn figures_like(
        &self,
        value: Option<f64>,
        unit: Option<&str>,
        except: Option<usize>,
        limit: usize,
    ) -> Vec<Hit> {
        // A unit the index has never seen is still a unit: it matches no figure's.
        let unit = unit.map(|u| {
            self.words
                .get(suggest::unit_key(u).as_str())
                .copied()
                .unwrap_or(u32::MAX)
        });
        let by_value = value.and_then(|v| self.by_value.get(&v.to_bits()));
        let by_unit = unit.and_then(|u| self.by_unit.get(&u));
        let mut ids: Vec<u32> = by_value
            .into_iter()
            .chain(by_unit)
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let scored = ids
            .into_iter()
            .filter_map(|f| {
                let figure = &self.figures[f as usize];
                if except.is_some_and(|a| figure.place.article as usize == a) {
                    return None;
                }
                suggest::figure_match((value, unit), (figure.value(), figure.unit()))
                    .map(|(_, score, _)| (f, score))
            })
            .collect();
        self.best(scored, limit, |f| self.figures[f as usize].place)
    }

    /// Statements printed in several articles: groups of statements at least `threshold`
    /// alike (directly or through one another) from two or more articles, as (article, item)
    /// places in article order, the groups spanning most articles first.
    pub fn clusters(&self, threshold: f64) -> Vec<Vec<(usize, usize)>> {
        let pairs: Vec<(u32, u32)> = (0..narrow(self.statements.len()))
            .into_par_iter()
            .flat_map_iter(|s| {
                let article = self.statements[s as usize].article as usize;
                self.matching(self.words_of(s), 0, Some(article), threshold)
                    .into_iter()
                    .filter(move |&(t, _)| t > s)
                    .map(move |(t, _)| (s, t))
            })
            .collect();
        let mut groups = Groups::new(self.statements.len());
        for (s, t) in pairs {
            groups.join(s as usize, t as usize);
        }
        let mut clusters: Vec<Vec<(usize, usize)>> = groups
            .into_groups()
            .into_iter()
            .filter(|g| g.len() > 1)
            .map(|g| {
                let mut places: Vec<(usize, usize)> = g
                    .into_iter()
                    .map(|s| {
                        let p = self.statements[s];
                        (p.article as usize, p.item as usize)
                    })
                    .collect();
                places.sort_unstable();
                places
            })
            .collect();
        let articles = |c: &[(usize, usize)]| {
            let mut n = 0;
            let mut last = None;
            for &(a, _) in c {
                n += usize::from(last != Some(a));
                last = Some(a);
            }
            n
        };
        clusters.sort_by(|a, b| articles(b).cmp(&articles(a)).then(a[0].cmp(&b[0])));
        clusters
    }

    /// The `limit` best of `scored`, ties to the earlier article and the earlier place in it.
    fn best(
        &self,
        mut scored: Vec<(u32, f64)>,
        limit: usize,
        place: impl Fn(u32) -> Place,
    ) -> Vec<Hit> {
        scored.sort_by(|&(a, sa), &(b, sb)| {
            let (pa, pb) = (place(a), place(b));
            sb.total_cmp(&sa)
                .then(pa.article.cmp(&pb.article))
                .then(pa.start.cmp(&pb.start))
        });
        scored
            .into_iter()
            .take(limit)
            .map(|(id, score)| {
                let p = place(id);
                Hit {
                    article: p.article as usize,
                    item: p.item as usize,
                    score,
                }
            })
            .collect()
    }

    /// The number of `word`, numbering it if it is new.
    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.words.get(word) {
            return id;
        }
        let id = narrow(self.postings.len());
        self.words.insert(word.into(), id);
        self.postings.push(Vec::new());
        id
    }
}

/// How many values two sorted lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A position as the index stores it (four thousand million articles or code points are
/// beyond any corpus it is meant for; larger ones saturate rather than wrap).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests;
