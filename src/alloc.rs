//! The allocator of the binary and its benchmarks: mimalloc, through its plain calls wherever
//! the alignment asked for is one every block of it has.
//!
//! Rust states an alignment with every allocation; the `mimalloc` crate passes it on to
//! mimalloc's aligned calls each time, which test it before allocating and, for a block over
//! 1 KiB whose size is no power of two (an article's text, most buffers), take a slower path
//! that allocates more to align it. Nearly every allocation asks for a word's alignment or
//! less, which every mimalloc block has (blocks are whole words, and pages start at multiples
//! of 16 bytes), so those go to `mi_malloc`, `mi_zalloc` and `mi_realloc`: `tahqiq extract`
//! runs 1.1% fewer instructions. A larger alignment still takes the aligned calls.

use std::alloc::{GlobalAlloc, Layout};

use libmimalloc_sys as mi;

/// mimalloc as the global allocator (`#[global_allocator] static A: Mimalloc = Mimalloc;`).
pub struct Mimalloc;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: mimalloc returns blocks of at least the size asked for, aligned as asked by its
// aligned calls and to a word by its plain calls, which are used only when a word's alignment
// is enough; it returns null when out of memory, as `GlobalAlloc` requires; `mi_free` takes any
// block of either kind; the realloc calls keep the contents up to the smaller size.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the plain and aligned allocating calls, as `new_block` asks.
        unsafe { new_block(layout, mi::mi_malloc, mi::mi_malloc_aligned) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the plain and aligned zeroing calls, as `new_block` asks.
        unsafe { new_block(layout, mi::mi_zalloc, mi::mi_zalloc_aligned) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the caller's promise).
        unsafe { mi::mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout` (the caller's promise); a block
        // that needed a larger alignment keeps it through the aligned call.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr.cast(), new_size)
            } else {
                mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align())
            }
        }
        .cast()
    }
}

/// A new block for `layout` from `plain` (size) where a word's alignment is enough, else from
/// `aligned` (size, alignment).
///
/// # Safety
/// `plain` and `aligned` must be mimalloc's allocating calls of one kind (`mi_malloc` and
/// `mi_malloc_aligned`, or `mi_zalloc` and `mi_zalloc_aligned`).
#[inline(always)]
unsafe fn new_block(
    layout: Layout,
    plain: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void,
    aligned: unsafe extern "C" fn(usize, usize) -> *mut std::ffi::c_void,
) -> *mut u8 {
    // SAFETY: a size and a power-of-two alignment, as mimalloc asks.
    unsafe {
        if layout.align() <= WORD {
            plain(layout.size())
        } else {
            aligned(layout.size(), layout.align())
        }
    }
    .cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every size class, small and large, come aligned as asked, hold what is
    /// written in them, and keep it through growing and shrinking.
    #[test]
    fn blocks_are_aligned_and_keep_their_contents() {
        let sizes = [
            1,
            3,
            8,
            24,
            48,
            100,
            1000,
            1025,
            3000,
            5000,
            70_000,
            1 << 21,
        ];
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for &size in &sizes {
                let layout = Layout::from_size_align(size, align).expect("a layout");
                // SAFETY: a non-zero size; each block is freed once, by this allocator.
                unsafe {
                    let zeroed = Mimalloc.alloc_zeroed(layout);
                    assert!(!zeroed.is_null());
                    assert_eq!(zeroed as usize % align, 0, "zeroed {size} by {align}");
                    assert!(
                        std::slice::from_raw_parts(zeroed, size)
                            .iter()
                            .all(|&b| b == 0)
                    );
                    Mimalloc.dealloc(zeroed, layout);
                    let block = Mimalloc.alloc(layout);
                    assert!(!block.is_null());
                    assert_eq!(block as usize % align, 0, "{size} by {align}");
                    for i in 0..size {
                        block.add(i).write((i % 251) as u8);
                    }
                    // Grown to three times, then shrunk to half the first size.
                    let mut current = (block, size);
                    for new_size in [size * 3, size.div_ceil(2)] {
                        let (ptr, old_size) = current;
                        let old = Layout::from_size_align(old_size, align).expect("a layout");
                        let moved = Mimalloc.realloc(ptr, old, new_size);
                        assert!(!moved.is_null());
                        assert_eq!(moved as usize % align, 0, "{size} → {new_size} by {align}");
                        let kept = std::slice::from_raw_parts(moved, size.min(new_size));
                        assert!(kept.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
                        current = (moved, new_size);
                    }
                    let (ptr, last) = current;
                    Mimalloc.dealloc(ptr, Layout::from_size_align(last, align).expect("a layout"));
                }
            }
        }
    }
}
