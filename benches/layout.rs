//! Layout speed: a 5,000-word Arabic article laid out at width 80 (target: under 2 ms, so that
//! scrolling and resizing never wait). The article is the sample set repeated to 5,000 words.

/// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

use tahqiq::text::{LayoutOptions, layout_text};

fn main() {
    divan::main();
}

fn article(words: usize) -> String {
    let seeds = [
        include_str!("../assets/articles/000_5a283be545e3b436.txt"),
        include_str!("../assets/articles/001_ee866bc3eb3562dc.txt"),
        include_str!("../assets/articles/002_9dea5bcf8ffcc030.txt"),
        include_str!("../assets/articles/003_8841564961a5f7a7.txt"),
        include_str!("../assets/articles/004_580e16bbe7aa741c.txt"),
    ];
    let mut text = String::new();
    let mut count = 0;
    'outer: loop {
        for seed in seeds {
            for line in seed.lines() {
                for word in line.split_whitespace() {
                    text.push_str(word);
                    text.push(' ');
                    count += 1;
                    if count == words {
                        break 'outer;
                    }
                }
                text.push('\n');
            }
        }
    }
    text
}

#[divan::bench]
fn arabic_5000_words_width_80(bencher: divan::Bencher) {
    let text = article(5000);
    let options = LayoutOptions {
        width: Some(80),
        ..LayoutOptions::default()
    };
    bencher.bench(|| layout_text(divan::black_box(&text), &options));
}

#[divan::bench]
fn arabic_5000_words_unshaped(bencher: divan::Bencher) {
    let text = article(5000);
    let options = LayoutOptions {
        width: Some(80),
        shape: false,
        ..LayoutOptions::default()
    };
    bencher.bench(|| layout_text(divan::black_box(&text), &options));
}
