//! Deep-recursion guard for tree walkers. The parser caps expression nesting (1,000 levels,
//! about CPython's reach), but a debug build's frames are large enough that walking such a tree
//! can still exhaust a small thread stack; `deep` moves the walk onto a fresh heap-allocated
//! segment when the current stack runs low, so no input can overflow the host's stack.

/// Space that must remain on the stack before a recursive step runs in place.
const RED_ZONE: usize = 128 * 1024;
/// Size of each new segment when the stack runs low.
const SEGMENT: usize = 2 * 1024 * 1024;

/// Runs `f`, first switching to a new stack segment if the current one is nearly full.
#[inline]
pub fn deep<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}
