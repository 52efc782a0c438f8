//! Arithmetic of `range` objects with i64 bounds (`Payload::Range`); ranges whose bounds do
//! not fit in i64 are handled by `range_methods/big.rs`.

/// Number of items of `range(start, stop, step)`, saturating at `i64::MAX`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    range_len_u64(start, stop, step).min(i64::MAX as u64) as i64
}

/// Number of items of `range(start, stop, step)` (exact: at most 2**64 - 1).
pub fn range_len_u64(start: i64, stop: i64, step: i64) -> u64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as u64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as u64
    } else {
        0
    }
}

/// Item `i` (0 <= i < len) of `range(start, _, step)`.
#[inline]
pub fn range_item(start: i64, step: i64, i: u64) -> i64 {
    (start as i128 + i as i128 * step as i128) as i64
}

/// Whether the int `v` is an item of `range(start, stop, step)`.
pub fn range_contains(start: i64, stop: i64, step: i64, v: i64) -> bool {
    let inside = if step > 0 {
        v >= start && v < stop
    } else {
        v <= start && v > stop
    };
    inside && (v as i128 - start as i128) % step as i128 == 0
}
