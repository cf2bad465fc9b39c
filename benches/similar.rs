//! The similarity index behind link suggestions over the 31,030 SaudiNewsNet articles
//! (`../shared/corpus/saudinewsnet.jsonl.xz`; skipped with a message when absent). Targets:
//! built in under 5 s, a suggestion query for one claim under 10 ms.
//!
//! Extraction is done once, outside the timing. The first run also prints how many statements
//! were printed by several articles (clusters of statements at least 0.8 alike) and a few of
//! the largest, for `BENCHMARKS.md`.

/// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

mod common;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use tahqiq::corpus::Article;
use tahqiq::extract::{Item, extract};
use tahqiq::project::similar::SimilarityIndex;
use tahqiq::project::suggest::{SAME_FROM, SIMILAR_FROM};

fn main() {
    divan::main();
}

/// Each article's outlet, and each article's statements and numbers.
type Corpus = (Vec<String>, Vec<Vec<Item>>);

/// The corpus extracted, once per run.
fn corpus() -> Option<&'static Corpus> {
    static CORPUS: OnceLock<Option<Corpus>> = OnceLock::new();
    CORPUS
        .get_or_init(|| {
            let (outlets, texts): (Vec<String>, Vec<String>) =
                common::corpus_records()?.into_iter().unzip();
            let items: Vec<Vec<Item>> = texts
                .into_par_iter()
                .enumerate()
                .map(|(n, text)| {
                    let bytes = text.len();
                    extract(&Article::new(
                        format!("{n}.txt"),
                        None,
                        text,
                        "UTF-8",
                        bytes,
                    ))
                })
                .collect();
            Some((outlets, items))
        })
        .as_ref()
}

fn items() -> Option<&'static Vec<Vec<Item>>> {
    corpus().map(|(_, items)| items)
}

fn build(items: &[Vec<Item>]) -> SimilarityIndex {
    let mut index = SimilarityIndex::new();
    for (article, items) in items.iter().enumerate() {
        index.add(article, items);
    }
    index
}

/// The index over the corpus, once per run, with the clusters reported.
fn index() -> Option<&'static SimilarityIndex> {
    static INDEX: OnceLock<Option<SimilarityIndex>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let items = items()?;
            let index = build(items);
            report(&index);
            Some(index)
        })
        .as_ref()
}

/// Prints how many statements several outlets printed, and the largest such groups.
fn report(index: &SimilarityIndex) {
    let Some((outlets, items)) = corpus() else {
        return;
    };
    let clusters = index.clusters(SAME_FROM);
    let words = |&(a, i): &(usize, usize)| items[a][i].text.split_whitespace().count();
    let outlets_of = |c: &[(usize, usize)]| {
        let mut o: Vec<&str> = c.iter().map(|&(a, _)| outlets[a].as_str()).collect();
        o.sort_unstable();
        o.dedup();
        o
    };
    let across: Vec<&Vec<(usize, usize)>> = clusters
        .iter()
        .filter(|c| outlets_of(c).len() >= 2 && words(&c[0]) >= 6)
        .collect();
    eprintln!(
        "{} statements and {} figures indexed; {} statements (0.8 alike or more) in two or more \
         articles; {} of at least six words printed by two or more outlets ({} by three or \
         more). Largest of those:",
        index.statements(),
        index.figures(),
        clusters.len(),
        across.len(),
        across.iter().filter(|c| outlets_of(c).len() >= 3).count()
    );
    let mut largest = across.clone();
    largest.sort_by_key(|c| std::cmp::Reverse(outlets_of(c).len()));
    for cluster in largest.iter().take(6) {
        let (a, i) = cluster[0];
        let text: String = items[a][i].text.chars().take(100).collect();
        eprintln!(
            "  {} copies, {}: {text}",
            cluster.len(),
            outlets_of(cluster).join(", ")
        );
    }
}

/// Every 50th statement of the corpus with its article, as queries.
fn queries() -> Vec<(usize, &'static str)> {
    let Some(items) = items() else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .flat_map(|(a, items)| {
            items
                .iter()
                .filter(|i| i.is_statement())
                .map(move |i| (a, &*i.text))
        })
        .step_by(50)
        .collect()
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn build_over_the_corpus(bencher: divan::Bencher) {
    let Some(items) = items() else { return };
    bencher.bench(|| build(divan::black_box(items)).statements());
}

#[divan::bench(sample_count = 2000, sample_size = 1)]
fn suggestions_for_one_statement(bencher: divan::Bencher) {
    let Some(index) = index() else { return };
    let queries = queries();
    let next = AtomicUsize::new(0);
    bencher
        .with_inputs(|| {
            let n = next.fetch_add(1, Ordering::Relaxed);
            queries[n % queries.len()]
        })
        .bench_values(|(article, text)| {
            index
                .statements_like(text, Some(article), SIMILAR_FROM, 48)
                .len()
        });
}

#[divan::bench(sample_count = 200, sample_size = 1)]
fn suggestions_for_one_figure(bencher: divan::Bencher) {
    let Some(index) = index() else { return };
    // A common value in the commonest currency: the longest lists the index has.
    bencher.bench(|| {
        index
            .figures_like(Some(1.0), Some("ريال"), Some(0), 48)
            .len()
    });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn clusters_over_the_corpus(bencher: divan::Bencher) {
    let Some(index) = index() else { return };
    bencher.bench(|| index.clusters(SAME_FROM).len());
}
