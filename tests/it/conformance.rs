//! Unicode's own conformance data for the bidi algorithm, `BidiCharacterTest.txt` (Unicode 15.0,
//! kept gzipped in `tests/fixtures`): for every case, levels resolved through `unicode-bidi` and
//! put in visual order by tahqiq's own line rules (L1, L2) must give the expected visual order.

use std::io::{BufRead, BufReader};

use flate2::read::GzDecoder;
use tahqiq::text::bidi::{BaseDirection, apply_l1, resolve, visual_order};
use unicode_bidi::BidiClass;

use crate::support::root;

struct Case {
    line: usize,
    chars: Vec<char>,
    base: BaseDirection,
    paragraph_level: u8,
    order: Vec<usize>,
}

fn cases() -> Vec<Case> {
    let file = std::fs::File::open(root().join("tests/fixtures/BidiCharacterTest.txt.gz"))
        .expect("the conformance fixture");
    let mut out = Vec::new();
    for (n, line) in BufReader::new(GzDecoder::new(file)).lines().enumerate() {
        let line = line.expect("readable fixture");
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(';').collect();
        let chars = fields[0]
            .split_whitespace()
            .map(|h| char::from_u32(u32::from_str_radix(h, 16).expect("hex")).expect("char"))
            .collect();
        let base = match fields[1] {
            "0" => BaseDirection::Ltr,
            "1" => BaseDirection::Rtl,
            _ => BaseDirection::Auto,
        };
        out.push(Case {
            line: n + 1,
            chars,
            base,
            paragraph_level: fields[2].parse().expect("level"),
            order: fields[4]
                .split_whitespace()
                .map(|i| i.parse().expect("index"))
                .collect(),
        });
    }
    out
}

/// Characters rule X9 removes: they have no place in the visual order.
fn removed(class: BidiClass) -> bool {
    matches!(
        class,
        BidiClass::BN
            | BidiClass::LRE
            | BidiClass::RLE
            | BidiClass::LRO
            | BidiClass::RLO
            | BidiClass::PDF
    )
}

fn our_order(case: &Case) -> (u8, Vec<usize>) {
    let text: String = case.chars.iter().collect();
    let resolved = resolve(&text, case.base);
    let mut levels = resolved.levels.clone();
    apply_l1(&mut levels, &resolved.classes, resolved.paragraph_level);
    let kept: Vec<usize> = (0..case.chars.len())
        .filter(|&i| !removed(resolved.classes[i]))
        .collect();
    let kept_levels: Vec<u8> = kept.iter().map(|&i| levels[i]).collect();
    let order = visual_order(&kept_levels)
        .into_iter()
        .map(|k| kept[k])
        .collect();
    (resolved.paragraph_level, order)
}

#[test]
fn bidi_character_test_visual_order() {
    let cases = cases();
    assert!(cases.len() > 90_000, "the whole file: {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let (level, order) = our_order(case);
        if level != case.paragraph_level || order != case.order {
            failures.push(case.line);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ, first at lines {:?}",
        failures.len(),
        cases.len(),
        &failures[..failures.len().min(20)]
    );
}
