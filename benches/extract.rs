//! Extraction throughput on the 31,030 real Arabic articles of SaudiNewsNet
//! (`../shared/corpus/saudinewsnet.jsonl.xz`, read through the `xz` command; skipped with a
//! message when either is missing). Target: the whole corpus in under 1 s on two cores.
//!
//! Each article is title, blank line, content, as the corpus README describes. Building the
//! articles (paragraphs, furniture) is done once, outside the timing; the timing covers
//! finding every statement and number in all of them, on all cores.
//!
//! Beside the whole extraction, the parts of it `tahqiq extract` runs, each over every
//! article: what the command finds (`records`: no numbers in words, no highlight positions),
//! and on their own the three searches that make it up, quotations, reported speech and
//! numbers. What `records` takes beyond the three is attributing the statements to speakers.

/// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

mod common;

use std::sync::OnceLock;

use rayon::prelude::*;
use tahqiq::corpus::Article;
use tahqiq::extract::{InWords, Source, extract, extract_records, numbers, quotes, reported};

fn main() {
    divan::main();
}

/// The corpus, once per run; `None` when it cannot be read here.
fn corpus() -> Option<&'static Vec<Article>> {
    static CORPUS: OnceLock<Option<Vec<Article>>> = OnceLock::new();
    CORPUS
        .get_or_init(|| {
            let articles: Vec<Article> = common::corpus_texts()?
                .into_iter()
                .enumerate()
                .map(|(n, text)| {
                    let bytes = text.len();
                    Article::new(format!("{n}.txt"), None, text, "UTF-8", bytes)
                })
                .collect();
            let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
            eprintln!(
                "corpus: {} articles, {:.1} MB of text",
                articles.len(),
                bytes as f64 / 1e6
            );
            Some(articles)
        })
        .as_ref()
}

/// The whole extraction as the workbench runs it: numbers in words too, and where each
/// statement's cue and speaker stand.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn saudinewsnet_all_articles(bencher: divan::Bencher) {
    over_corpus(bencher, |a| extract(a).len());
}

/// Runs `part` over every article of the corpus on all cores, counting the corpus's bytes.
fn over_corpus(bencher: divan::Bencher, part: impl Fn(&Article) -> usize + Sync) {
    let Some(articles) = corpus() else { return };
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            articles
                .par_iter()
                .map(|a| part(divan::black_box(a)))
                .sum::<usize>()
        });
}

/// What `tahqiq extract` finds in an article: statements with their speakers, numbers in
/// digits.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn records(bencher: divan::Bencher) {
    over_corpus(bencher, |a| extract_records(a, InWords::Skip).len());
}

/// Quotations alone: their marks paired across paragraphs, no speakers.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn quotations(bencher: divan::Bencher) {
    over_corpus(bencher, |a| quotes::find(&Source::new(a)).len());
}

/// Reported speech alone: the scan for speech verbs and the clauses they open, no speakers.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn reported_speech(bencher: divan::Bencher) {
    over_corpus(bencher, |a| reported::find(&Source::new(a)).len());
}

/// Numbers in digits alone, with their units and kinds.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn numbers_in_digits(bencher: divan::Bencher) {
    over_corpus(bencher, |a| {
        numbers::find(&Source::new(a), InWords::Skip).len()
    });
}
