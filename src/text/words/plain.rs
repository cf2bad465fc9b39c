//! Word boundaries in a text whose only white space is spaces and no-break spaces, found 64
//! bytes at a time: the bytes are compared as a [`Block`] in vector lanes, and each word then
//! costs two bit searches, where searching for each word's end on its own cost a byte search
//! a word.

use crate::text::bytes::{Block, Bytes};

/// Whether a byte of a text of spaces and no-break spaces is white space, given its neighbours
/// on either side: a space, or either byte of a no-break space (`C2 A0`, the only two-byte
/// white space such a text holds). Neither byte is white space on its own (`A0` ends `٠`, `C2`
/// starts `«`). Written once for a byte ([`white_at`]) and a block ([`white_bits`]).
#[inline(always)]
fn white<B: Bytes>(before: B, byte: B, after: B) -> B::Answer {
    byte.is(b' ') | (byte.is(0xC2) & after.is(0xA0)) | (byte.is(0xA0) & before.is(0xC2))
}

/// Whether byte `at` of `bytes` is white space ([`white`]). The start of the text counts as
/// white space, so that a first word starts at 0.
fn white_at(bytes: &[u8], at: Option<usize>) -> bool {
    let Some(at) = at else {
        return true;
    };
    let byte = |i: Option<usize>| i.and_then(|i| bytes.get(i)).copied().unwrap_or(b' ');
    white(byte(at.checked_sub(1)), bytes[at], byte(Some(at + 1)))
}

/// The white space of the 64 bytes from `at` as bits (bit `k` for byte `at + k`), the bytes
/// past the end of the text counting as spaces; `no_break` says whether the text holds
/// no-break spaces, which need their neighbouring bytes looked at: the blocks one byte back
/// and one byte on line each byte up with them.
#[inline(always)]
fn white_bits(bytes: &[u8], at: usize, no_break: bool) -> u64 {
    let block = Block::at(bytes, at, b' ');
    if !no_break {
        return block.is(b' ').bits();
    }
    let before = Block::before(bytes, at, b' ');
    let after = Block::at(bytes, at + 1, b' ');
    white(before, block, after).bits()
}

/// The bytes where a word starts, from the white space of 64 bytes (`white`) and whether the
/// byte before them is white space (`white_before`, 0 or 1): a byte that is not white space
/// after one that is.
#[inline(always)]
pub(super) fn word_starts(white: u64, white_before: u64) -> u64 {
    !white & ((white << 1) | white_before)
}

/// Whether a text of spaces (and no-break spaces, with `no_break`) has more than `n` words:
/// the words starting in each 64 bytes are counted from their bits at once.
pub(super) fn more_words_than(bytes: &[u8], no_break: bool, n: usize) -> bool {
    let mut words = 0;
    // The start of the text counts as white space.
    let mut white_before = 1;
    let mut at = 0;
    while at < bytes.len() {
        let white = white_bits(bytes, at, no_break);
        let starts = word_starts(white, white_before);
        words += starts.count_ones() as usize;
        if words > n {
            return true;
        }
        white_before = white >> 63;
        at += 64;
    }
    false
}

/// Where the words of a plain text start and end, read on from a byte offset.
#[derive(Clone, Copy, Debug)]
pub(super) struct Scan {
    /// Where the next 64 bytes to read start.
    next: usize,
    /// Where the 64 bytes read last start.
    base: usize,
    /// Their white space ([`white_bits`]).
    white: u64,
    /// The bytes among them where a word starts or ends (white space begins or stops), not
    /// yet passed.
    bounds: u64,
    /// The start of the word being read, once it has been passed.
    start: Option<usize>,
    /// Whether the text holds no-break spaces.
    no_break: bool,
}

impl Scan {
    /// Reads from byte `at`: the first word is the first that starts there or later (the rest
    /// of a word `at` falls inside is passed over). `no_break` says whether the text holds
    /// no-break spaces.
    pub(super) fn from(at: usize, no_break: bool) -> Self {
        Self {
            next: at,
            base: at,
            white: 0,
            bounds: 0,
            start: None,
            no_break,
        }
    }

    /// Reads on from byte `at` instead, as [`Scan::from`] reads.
    pub(super) fn restart(&mut self, at: usize) {
        *self = Self::from(at, self.no_break);
    }

    /// The byte range of the next word whose text from its start on passes `may_start`. Only
    /// where words start is read: a word's end is looked for when it passes, so that skipping
    /// a word its first bytes rule out costs a bit search. Leaves the reading past the word
    /// returned, as [`Scan::next`] does.
    #[inline(always)]
    pub(super) fn next_where(
        &mut self,
        bytes: &[u8],
        may_start: impl Fn(&[u8]) -> bool,
    ) -> Option<(usize, usize)> {
        // Words of 64 bytes already read by `next` first, a word at a time.
        while self.bounds != 0 || self.start.is_some() {
            let (start, end) = self.next(bytes)?;
            if may_start(&bytes[start..]) {
                return Some((start, end));
            }
        }
        let mut at = self.next;
        while at < bytes.len() {
            let white = white_bits(bytes, at, self.no_break);
            let before = u64::from(white_at(bytes, at.checked_sub(1)));
            let mut starts = word_starts(white, before);
            while starts != 0 {
                let k = starts.trailing_zeros();
                starts &= starts - 1;
                let start = at + k as usize;
                if !may_start(&bytes[start..]) {
                    continue;
                }
                // The padding past the end of the text is white, so a word ends by then.
                let rest = white >> k;
                let end = if rest != 0 {
                    start + rest.trailing_zeros() as usize
                } else {
                    self.white_from(bytes, at + 64)
                };
                self.restart(end);
                return Some((start, end));
            }
            at += 64;
        }
        self.restart(bytes.len());
        None
    }

    /// The first white space at or after byte `at` (the end of the text if there is none).
    fn white_from(&self, bytes: &[u8], mut at: usize) -> usize {
        loop {
            let white = white_bits(bytes, at, self.no_break);
            if white != 0 {
                return (at + white.trailing_zeros() as usize).min(bytes.len());
            }
            at += 64;
        }
    }

    /// The next word's byte range.
    #[inline(always)]
    pub(super) fn next(&mut self, bytes: &[u8]) -> Option<(usize, usize)> {
        loop {
            while self.bounds == 0 {
                let at = self.next;
                // Past the end, the padding read as spaces ends a word that reaches it.
                if at > bytes.len() || (at == bytes.len() && self.start.is_none()) {
                    return None;
                }
                self.white = white_bits(bytes, at, self.no_break);
                let before = u64::from(white_at(bytes, at.checked_sub(1)));
                self.bounds = self.white ^ ((self.white << 1) | before);
                self.base = at;
                self.next = at + 64;
            }
            let k = self.bounds.trailing_zeros();
            self.bounds &= self.bounds - 1;
            let at = self.base + k as usize;
            if self.white >> k & 1 == 0 {
                self.start = Some(at);
            } else if let Some(start) = self.start.take() {
                return Some((start, at));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_bits_mark_spaces_and_both_bytes_of_no_break_spaces_only() {
        // `٠` is D9 A0 and `«` is C2 AB: neither is white space.
        let text = "a b\u{A0}٠«c";
        let bits = white_bits(text.as_bytes(), 0, true);
        // Bytes: a, space, b, C2 A0, D9 A0, C2 AB, c, then padding from byte 10.
        assert_eq!(bits & 0x3FF, 0b00_0001_1010);
        assert_eq!(bits >> 10, u64::MAX >> 10);
        // A no-break space cut by the 64-byte boundary, either way.
        let long = format!("{}\u{A0}x", "a".repeat(63));
        assert_eq!(white_bits(long.as_bytes(), 0, true) >> 63, 1);
        assert_eq!(white_bits(long.as_bytes(), 64, true) & 0b11, 0b01);
        // Without no-break spaces, only spaces.
        let spaced = format!("{} b ", "a".repeat(70));
        let bits = white_bits(spaced.as_bytes(), 64, false);
        assert_eq!(bits & 0b1111_1111, 0b0100_0000);
        assert_eq!(bits >> 8, u64::MAX >> 8);
        assert!(white_at(long.as_bytes(), Some(63)));
        assert!(white_at(long.as_bytes(), Some(64)));
        assert!(!white_at(long.as_bytes(), Some(65)));
    }
}
