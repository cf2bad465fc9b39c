//! Extraction throughput on the 31,030 real Arabic articles of SaudiNewsNet
//! (`../shared/corpus/saudinewsnet.jsonl.xz`, read through the `xz` command; skipped with a
//! message when either is missing). Target: the whole corpus in under 1 s on two cores.
//!
//! Each article is title, blank line, content, as the corpus README describes. Building the
//! articles (paragraphs, furniture) is done once, outside the timing; the timing covers
//! finding every statement and number in all of them, on all cores.

/// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

mod common;

use std::sync::OnceLock;

use rayon::prelude::*;
use tahqiq::corpus::Article;
use tahqiq::extract::extract;

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

#[divan::bench(sample_count = 5, sample_size = 1)]
fn saudinewsnet_all_articles(bencher: divan::Bencher) {
    let Some(articles) = corpus() else { return };
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            articles
                .par_iter()
                .map(|a| extract(divan::black_box(a)).len())
                .sum::<usize>()
        });
}
