//! Searching and counting the bytes of UTF-8 text without decoding it: extraction and word
//! splitting read every byte of a corpus, and most bytes are none of the few they look for.
//! Searches ask 64 bytes at once in vector lanes ([`Block`], [`Bytes`]); counting sums a
//! chunk's bytes in a loop without branches, which the compiler turns into vector
//! instructions.

use std::ops::{BitAnd, BitOr};

/// 64 bytes of a text compared at once: the bytes from one offset, those past the end of the
/// text standing in as padding. Comparisons and their combinations stay in vector registers
/// ([`Hits`]) and become a bit a byte only at the end: a whole test of a block costs a few
/// dozen instructions, where a loop over the bytes built the bits one at a time. Word
/// splitting and the searches of extraction read every byte of a corpus this way.
#[derive(Clone, Copy)]
pub struct Block(wide::u8x64);

impl Block {
    /// The 64 bytes of `bytes` from `at`, `pad` past its end.
    #[inline(always)]
    pub fn at(bytes: &[u8], at: usize, pad: u8) -> Self {
        let rest = bytes.get(at..).unwrap_or_default();
        if let Some(whole) = rest.first_chunk::<64>() {
            return Self(wide::u8x64::new(*whole));
        }
        let mut block = [pad; 64];
        block[..rest.len()].copy_from_slice(rest);
        Self(wide::u8x64::new(block))
    }

    /// The 64 bytes of `bytes` from `at - 1`, each byte's neighbour before it lined up with it:
    /// `pad` before the start and past the end.
    #[inline(always)]
    pub fn before(bytes: &[u8], at: usize, pad: u8) -> Self {
        if let Some(back) = at.checked_sub(1) {
            return Self::at(bytes, back, pad);
        }
        let mut block = [pad; 64];
        let n = bytes.len().min(63);
        block[1..=n].copy_from_slice(&bytes[..n]);
        Self(wide::u8x64::new(block))
    }
}

/// Which bytes of a [`Block`] a test holds of, one lane a byte (all ones where it holds);
/// combined with `&` and `|` lane by lane.
#[derive(Clone, Copy)]
pub struct Hits(wide::u8x64);

impl Hits {
    /// The bytes the test holds of, as bits: bit `k` for byte `k`.
    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0.to_bitmask()
    }
}

impl BitAnd for Hits {
    type Output = Self;
    #[inline(always)]
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl BitOr for Hits {
    type Output = Self;
    #[inline(always)]
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

/// A byte asked about on its own (`u8`, answering `bool`) or 64 bytes at once ([`Block`],
/// answering [`Hits`]): a test written once over this trait is both the check of one offset
/// and the search of a whole block ([`find_pair`]), and the two cannot disagree.
pub trait Bytes: Copy {
    /// The answer: `bool` for a byte, [`Hits`] for a block.
    type Answer: Copy + BitAnd<Output = Self::Answer> + BitOr<Output = Self::Answer>;
    /// Whether the byte is `byte`.
    fn is(self, byte: u8) -> Self::Answer;
    /// Whether the byte is from `low` to `high` (both included).
    fn within(self, low: u8, high: u8) -> Self::Answer;
    /// The byte with the bits of `bits` set: two bytes that differ in those bits alone are
    /// then asked about as one.
    fn with_bits(self, bits: u8) -> Self;
    /// The byte with the bits of `bits` cleared.
    fn without_bits(self, bits: u8) -> Self;
}

impl Bytes for u8 {
    type Answer = bool;
    fn is(self, byte: u8) -> bool {
        self == byte
    }
    fn within(self, low: u8, high: u8) -> bool {
        (low..=high).contains(&self)
    }
    fn with_bits(self, bits: u8) -> Self {
        self | bits
    }
    fn without_bits(self, bits: u8) -> Self {
        self & !bits
    }
}

impl Bytes for Block {
    type Answer = Hits;
    #[inline(always)]
    fn is(self, byte: u8) -> Hits {
        Hits(self.0.simd_eq(wide::u8x64::splat(byte)))
    }
    #[inline(always)]
    fn within(self, low: u8, high: u8) -> Hits {
        // Unsigned: a byte is in the range when clamping it to the range leaves it as it is.
        let clamped = self
            .0
            .max(wide::u8x64::splat(low))
            .min(wide::u8x64::splat(high));
        Hits(clamped.simd_eq(self.0))
    }
    #[inline(always)]
    fn with_bits(self, bits: u8) -> Self {
        Self(self.0 | wide::u8x64::splat(bits))
    }
    #[inline(always)]
    fn without_bits(self, bits: u8) -> Self {
        Self(self.0 & wide::u8x64::splat(!bits))
    }
}

/// How many characters start in `bytes`: the bytes that do not continue a character, so any
/// stretch of a text can be counted, boundaries or not. A sum without branches, in bytes (at
/// most 255 a chunk), which the compiler turns into the widest vector instructions: every
/// paragraph of every article is counted, and extraction counts code points from byte offsets.
pub fn chars_in(bytes: &[u8]) -> usize {
    let starts = |chunk: &[u8]| {
        chunk
            .iter()
            .fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40))
    };
    bytes
        .chunks(255)
        .map(|chunk| usize::from(starts(chunk)))
        .sum()
}

/// The bits of the bytes of a 64-byte block from `at` that are in `bytes`.
fn in_text(bytes: &[u8], at: usize) -> u64 {
    match bytes.len().saturating_sub(at) {
        64.. => u64::MAX,
        left => (1 << left) - 1,
    }
}

/// The first byte offset at or after `from` where `hit` holds of the byte there and the byte
/// after it (0 after the last), asked of 64 offsets at a time ([`Bytes`]): two bytes tell the
/// characters looked for from the Arabic letters that share their first byte (`؟` is `D8 9F`,
/// the letters `ا` to `غ` are `D8 A7` to `D8 BA`).
#[inline(always)]
pub fn find_pair(bytes: &[u8], from: usize, hit: impl Fn(Block, Block) -> Hits) -> Option<usize> {
    pairs_until(bytes, from, hit, |_| true)
}

/// Whether `found` holds of some byte offset where `hit` holds of the byte there and the byte
/// after it, asked in order of each such offset, the offsets found 64 at a time as
/// [`find_pair`] finds them: where they are many, each block is read once, not once an offset.
#[inline(always)]
pub fn any_pair(
    bytes: &[u8],
    hit: impl Fn(Block, Block) -> Hits,
    found: impl FnMut(usize) -> bool,
) -> bool {
    pairs_until(bytes, 0, hit, found).is_some()
}

/// The first byte offset at or after `from` where `hit` holds of the byte there and the byte
/// after it and `found` holds of the offset, each block of 64 offsets read once.
#[inline(always)]
fn pairs_until(
    bytes: &[u8],
    from: usize,
    hit: impl Fn(Block, Block) -> Hits,
    mut found: impl FnMut(usize) -> bool,
) -> Option<usize> {
    let mut at = from;
    while at < bytes.len() {
        let mut hits =
            hit(Block::at(bytes, at, 0), Block::at(bytes, at + 1, 0)).bits() & in_text(bytes, at);
        while hits != 0 {
            let offset = at + hits.trailing_zeros() as usize;
            if found(offset) {
                return Some(offset);
            }
            hits &= hits - 1;
        }
        at += 64;
    }
    None
}

/// The last offset before `end` where `hit` holds of the byte there, searched backwards 64
/// bytes at a time as [`find_pair`] searches forwards.
#[inline(always)]
pub fn rfind_byte(bytes: &[u8], end: usize, hit: impl Fn(Block) -> Hits) -> Option<usize> {
    rfind_byte_where(bytes, end, hit, |_| true)
}

/// The last offset before `end` where `hit` holds of the byte there and `found` holds of the
/// offset, asked from the last such offset back, each block of 64 bytes read once: where the
/// bytes hit are many, a search started again after each would read every block again.
#[inline(always)]
pub fn rfind_byte_where(
    bytes: &[u8],
    end: usize,
    hit: impl Fn(Block) -> Hits,
    mut found: impl FnMut(usize) -> bool,
) -> Option<usize> {
    let mut end = end.min(bytes.len());
    while end > 0 {
        let at = end.saturating_sub(64);
        // The bytes from `at` to `end`, at most 64.
        let mut hits = hit(Block::at(bytes, at, 0)).bits() & in_text(&bytes[..end], at);
        while hits != 0 {
            let last = 63 - hits.leading_zeros() as usize;
            if found(at + last) {
                return Some(at + last);
            }
            hits &= !(1 << last);
        }
        end = at;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_compares_each_byte_and_pads_past_the_end() {
        let text = "قال «نعم»\u{A0}\t2021 ✓ ".repeat(4);
        let bytes = text.as_bytes();
        let bit = |hit: bool, k: usize| u64::from(hit) << k;
        for at in [0, 1, 30, bytes.len() - 10, bytes.len(), bytes.len() + 5] {
            let block = Block::at(bytes, at, b'#');
            let byte = |k: usize| bytes.get(at + k).copied().unwrap_or(b'#');
            let before = Block::before(bytes, at, b'#');
            let byte_before = |k: usize| {
                (at + k)
                    .checked_sub(1)
                    .and_then(|i| bytes.get(i))
                    .copied()
                    .unwrap_or(b'#')
            };
            for wanted in [0xC2, b'#'] {
                let expected = (0..64).fold(0, |bits, k| bits | bit(byte_before(k) == wanted, k));
                assert_eq!(
                    before.is(wanted).bits(),
                    expected,
                    "{wanted:#x} before {at}"
                );
            }
            for wanted in [b' ', 0xC2, 0xA0, b'#', b'x'] {
                let expected = (0..64).fold(0, |bits, k| bits | bit(byte(k) == wanted, k));
                assert_eq!(block.is(wanted).bits(), expected, "{wanted:#x} at {at}");
            }
            for (low, high) in [(b'\t', b'\r'), (0xE1, 0xE3), (0xD8, 0xD9), (0, 0xFF)] {
                let expected =
                    (0..64).fold(0, |bits, k| bits | bit((low..=high).contains(&byte(k)), k));
                let bits = block.within(low, high).bits();
                assert_eq!(bits, expected, "{low:#x}..={high:#x} at {at}");
            }
            // Bits set or cleared lane by lane, as on a byte.
            for (set, clear, wanted) in [(0x02, 0x00, 0xDB), (0x00, 0x10, 0xA7), (0x20, 0x01, b'`')]
            {
                let expected = (0..64).fold(0, |bits, k| {
                    bits | bit(byte(k).with_bits(set).without_bits(clear) == wanted, k)
                });
                let bits = block.with_bits(set).without_bits(clear).is(wanted).bits();
                assert_eq!(bits, expected, "{set:#x}, {clear:#x} at {at}");
            }
        }
    }

    #[test]
    fn characters_are_counted_by_their_first_bytes() {
        // Longer than a chunk of 255 bytes, with characters of every length.
        let text = "قال 2021 «نعم» ✓ 𝔸 ".repeat(20);
        for end in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            assert_eq!(
                chars_in(&text.as_bytes()[..end]),
                text[..end].chars().count()
            );
        }
        // Any stretch, boundaries or not: the characters that start in it.
        assert_eq!(chars_in(&"قال".as_bytes()[1..]), 2);
    }

    #[test]
    fn searches_stop_where_position_and_rposition_do() {
        // Longer than a few blocks, the wanted bytes in the middle of one.
        let text = format!(
            "{}؟ قال. 2.5 {}!؟{}",
            "ب".repeat(30),
            "ج".repeat(20),
            "د".repeat(40)
        );
        let bytes = text.as_bytes();
        fn pair<B: Bytes>(a: B, b: B) -> B::Answer {
            a.is(0xD8) & b.is(0x9F) | a.is(b'.')
        }
        fn byte<B: Bytes>(b: B) -> B::Answer {
            b.is(b'.') | b.is(b'!') | b.within(0x9F, 0x9F)
        }
        for at in 0..=bytes.len() {
            let forwards =
                (at..bytes.len()).find(|&k| pair(bytes[k], bytes.get(k + 1).copied().unwrap_or(0)));
            assert_eq!(find_pair(bytes, at, pair), forwards, "from {at}");
            let mut asked = Vec::new();
            let stopped = any_pair(bytes, pair, |k| {
                asked.push(k);
                k >= at
            });
            let every: Vec<usize> = (0..bytes.len())
                .filter(|&k| pair(bytes[k], bytes.get(k + 1).copied().unwrap_or(0)))
                .collect();
            let until = every
                .iter()
                .position(|&k| k >= at)
                .map_or(every.len(), |i| i + 1);
            assert_eq!(asked, every[..until], "until {at}");
            assert_eq!(stopped, forwards.is_some(), "until {at}");
            let backwards = bytes[..at].iter().rposition(|&b| byte(b));
            assert_eq!(rfind_byte(bytes, at, byte), backwards, "before {at}");
            // Backwards, every byte hit asked from the last down to the first at or before `at`.
            let hit: Vec<usize> = (0..bytes.len()).filter(|&k| byte(bytes[k])).collect();
            let mut asked = Vec::new();
            let found = rfind_byte_where(bytes, bytes.len(), byte, |k| {
                asked.push(k);
                k <= at
            });
            let from = hit.iter().rposition(|&k| k <= at);
            let mut expected = hit[from.unwrap_or_default()..].to_vec();
            expected.reverse();
            assert_eq!(asked, expected, "back to {at}");
            assert_eq!(found, from.map(|i| hit[i]), "back to {at}");
        }
    }
}
