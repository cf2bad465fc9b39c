//! The development set: the seed articles' gold statements and numbers
//! (`../shared/gold/seeds/*.jsonl`, written to the guidelines), scored the way the issue
//! defines. A quote or reported statement matches when the spans overlap by at least 80% of the
//! longer; a number (digits only) matches when the spans overlap and the values are equal.

use serde_json::Value;
use tahqiq::corpus::sample_set;
use tahqiq::extract::{Item, Kind, extract};
use tahqiq::text::normalize::fold;

use crate::support::shared;

struct Gold {
    kind: String,
    start: usize,
    end: usize,
    speaker: Option<String>,
    value: Option<f64>,
    words: bool,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

#[derive(Default)]
struct Score {
    predicted: usize,
    gold: usize,
    matched: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.matched as f64 / self.predicted.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Quote => "quote",
        Kind::Reported => "reported",
        Kind::Number => "number",
    }
}

#[test]
fn seed_gold_scores() {
    let Some(gold_dir) = shared("gold/seeds") else {
        eprintln!("skipped: ../shared/gold/seeds is not there");
        return;
    };
    let mut scores: std::collections::BTreeMap<&str, Score> = Default::default();
    let (mut speakers_right, mut speakers_total) = (0, 0);
    let (mut values_right, mut values_total) = (0, 0);
    for article in sample_set() {
        let path = gold_dir.join(format!("{}.jsonl", article.name));
        let gold: Vec<Gold> = std::fs::read_to_string(&path)
            .expect("gold file")
            .lines()
            .map(|line| {
                let v: Value = serde_json::from_str(line).expect("gold JSON");
                Gold {
                    kind: v["kind"].as_str().unwrap_or_default().to_owned(),
                    start: v["start"].as_u64().unwrap_or_default() as usize,
                    end: v["end"].as_u64().unwrap_or_default() as usize,
                    speaker: v["speaker"].as_str().map(str::to_owned),
                    value: v["value"].as_f64(),
                    words: v["words"].as_bool().unwrap_or(false),
                }
            })
            .filter(|g| !g.words)
            .collect();
        let items: Vec<Item> = extract(&article).into_iter().filter(|i| !i.words).collect();
        for kind in ["quote", "reported", "number"] {
            let golds: Vec<&Gold> = gold.iter().filter(|g| g.kind == kind).collect();
            let preds: Vec<&Item> = items.iter().filter(|i| kind_name(i.kind) == kind).collect();
            let score = scores.entry(kind).or_default();
            score.gold += golds.len();
            score.predicted += preds.len();
            let mut used = vec![false; preds.len()];
            for g in &golds {
                let found = preds.iter().enumerate().find(|(k, p)| {
                    if used[*k] {
                        return false;
                    }
                    let shared = overlap((g.start, g.end), (p.start, p.end));
                    if kind == "number" {
                        shared > 0
                    } else {
                        let longer = (g.end - g.start).max(p.end - p.start);
                        shared * 5 >= longer * 4
                    }
                });
                let Some((k, p)) = found else { continue };
                if kind == "number" {
                    values_total += 1;
                    let equal = match (g.value, p.value) {
                        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                        (None, None) => true,
                        _ => false,
                    };
                    if !equal {
                        eprintln!(
                            "{}: value {:?} for gold {:?} at {}",
                            article.name, p.value, g.value, g.start
                        );
                        continue;
                    }
                    values_right += 1;
                } else if kind == "quote" {
                    speakers_total += 1;
                    let right = g.speaker.as_deref().map(fold) == p.speaker.as_deref().map(fold);
                    if right {
                        speakers_right += 1;
                    } else {
                        eprintln!(
                            "{}: speaker {:?} for gold {:?} at {}",
                            article.name, p.speaker, g.speaker, g.start
                        );
                    }
                }
                used[k] = true;
                score.matched += 1;
            }
        }
    }
    let speaker_accuracy = speakers_right as f64 / speakers_total.max(1) as f64;
    let value_accuracy = values_right as f64 / values_total.max(1) as f64;
    println!("kind      precision recall  F1    (matched/predicted/gold)");
    for (kind, s) in &scores {
        println!(
            "{kind:9} {:.3}     {:.3}  {:.3}  ({}/{}/{})",
            s.precision(),
            s.recall(),
            s.f1(),
            s.matched,
            s.predicted,
            s.gold
        );
    }
    println!(
        "speaker accuracy on matched quotes: {speaker_accuracy:.3} ({speakers_right}/{speakers_total})"
    );
    println!(
        "value accuracy on matched numbers: {value_accuracy:.3} ({values_right}/{values_total})"
    );
    // The targets: quote F1 0.95, speakers 0.90, numbers F1 0.95 with values 0.95, reported
    // F1 0.70.
    assert!(
        scores["quote"].f1() >= 0.95,
        "quote F1 {:.3}",
        scores["quote"].f1()
    );
    assert!(
        speaker_accuracy >= 0.90,
        "speaker accuracy {speaker_accuracy:.3}"
    );
    assert!(
        scores["number"].f1() >= 0.95,
        "number F1 {:.3}",
        scores["number"].f1()
    );
    assert!(value_accuracy >= 0.95, "value accuracy {value_accuracy:.3}");
    assert!(
        scores["reported"].f1() >= 0.70,
        "reported F1 {:.3}",
        scores["reported"].f1()
    );
}

/// Numbers in words, the guidelines' stretch goal, scored apart: every gold one is found with
/// its value (spans overlapping), and nothing else is (the seed articles write the rounds of the
/// dialogue in words: `الجولة الرابعة`; and `آل ثاني`, a family, is no ordinal).
#[test]
fn seed_numbers_in_words_score() {
    let Some(gold_dir) = shared("gold/seeds") else {
        eprintln!("skipped: ../shared/gold/seeds is not there");
        return;
    };
    let (mut gold_count, mut found, mut matched) = (0, 0, 0);
    for article in sample_set() {
        let path = gold_dir.join(format!("{}.jsonl", article.name));
        let gold: Vec<(usize, usize, Option<f64>)> = std::fs::read_to_string(&path)
            .expect("gold file")
            .lines()
            .map(|line| serde_json::from_str::<Value>(line).expect("gold JSON"))
            .filter(|v| v["words"].as_bool() == Some(true))
            .map(|v| {
                let at = |key: &str| v[key].as_u64().unwrap_or_default() as usize;
                (at("start"), at("end"), v["value"].as_f64())
            })
            .collect();
        let items: Vec<Item> = extract(&article).into_iter().filter(|i| i.words).collect();
        gold_count += gold.len();
        found += items.len();
        matched += gold
            .iter()
            .filter(|&&(start, end, value)| {
                items
                    .iter()
                    .any(|i| overlap((start, end), (i.start, i.end)) > 0 && i.value == value)
            })
            .count();
    }
    println!("numbers in words: {matched} of {gold_count} found, {found} in all");
    assert!(gold_count > 10, "{gold_count}");
    assert_eq!((matched, found), (gold_count, gold_count));
}
