//! The similarity index: the same results as comparing with every statement, wire stories as
//! one cluster, figures by value and unit.

use super::*;
use crate::corpus::sample_set;
use crate::extract::extract;

fn sample_index() -> (SimilarityIndex, Vec<Vec<Item>>) {
    let items: Vec<Vec<Item>> = sample_set().iter().map(extract).collect();
    let mut index = SimilarityIndex::new();
    for (article, items) in items.iter().enumerate() {
        index.add(article, items);
    }
    (index, items)
}

#[test]
fn finds_exactly_what_comparing_with_every_statement_finds() {
    let (index, items) = sample_index();
    let statements: Vec<(usize, usize, FxHashSet<String>)> = items
        .iter()
        .enumerate()
        .flat_map(|(a, items)| {
            items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.is_statement())
                .map(move |(n, i)| (a, n, suggest::words(&i.text)))
        })
        .collect();
    let mut compared = 0;
    for &threshold in &[0.3, suggest::SIMILAR_FROM, suggest::SAME_FROM] {
        for (a, n, words) in &statements {
            let text = &items[*a][*n].text;
            let mut expected: Vec<(usize, usize)> = statements
                .iter()
                .filter(|(b, _, other)| {
                    let shared = words.intersection(other).count();
                    b != a && 2.0 * shared as f64 / (words.len() + other.len()) as f64 >= threshold
                })
                .map(|&(b, m, _)| (b, m))
                .collect();
            let mut found: Vec<(usize, usize)> = index
                .statements_like(text, Some(*a), threshold, usize::MAX)
                .iter()
                .map(|h| (h.article, h.item))
                .collect();
            expected.sort_unstable();
            found.sort_unstable();
            assert_eq!(found, expected, "{text} at {threshold}");
            compared += expected.len();
        }
    }
    assert!(
        compared > 0,
        "the sample set has statements alike across articles"
    );
}

#[test]
fn a_statement_printed_by_two_outlets_is_one_cluster() {
    let (index, items) = sample_index();
    let clusters = index.clusters(suggest::SAME_FROM);
    let imminent = clusters
        .iter()
        .find(|c| {
            c.iter()
                .any(|&(a, i)| items[a][i].text.contains("بيانا وشيكا"))
        })
        .expect("the imminent-statement quote is clustered");
    let articles: FxHashSet<usize> = imminent.iter().map(|&(a, _)| a).collect();
    assert!(articles.len() >= 2, "{imminent:?}");
}

#[test]
fn figures_are_found_by_value_and_unit_outside_the_asking_article() {
    let (index, items) = sample_index();
    let hits = index.figures_like(Some(2500.0), Some("جندي"), Some(0), 50);
    assert!(!hits.is_empty());
    for hit in &hits {
        assert_ne!(hit.article, 0);
        let item = &items[hit.article][hit.item];
        let same_value = item.value == Some(2500.0);
        assert!(
            same_value || hit.score == 0.6,
            "{item:?} scored {}",
            hit.score
        );
    }
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    // Ordinals are no figures to suggest: the rounds of the dialogue are not counts.
    let fourth = index.figures_like(Some(4.0), None, None, 50);
    assert!(
        fourth
            .iter()
            .all(|h| items[h.article][h.item].number_kind != Some(NumberKind::Ordinal)),
        "{fourth:?}"
    );
    let troops: FxHashSet<usize> = hits
        .iter()
        .filter(|h| items[h.article][h.item].value == Some(2500.0))
        .map(|h| h.article)
        .collect();
    assert!(troops.len() >= 2, "2500 in other outlets: {hits:?}");
    assert!(
        index
            .figures_like(Some(2500.0), Some("كلمة لا ترد"), None, 50)
            .iter()
            .all(|h| h.score < 0.8)
    );
}
