//! Code point indexing over UTF-8: lengths, index/byte conversion, slicing,
//! and CPython's normalisation of `start`/`end` and slice arguments.

use super::StrError;

/// True for bytes that start a UTF-8 sequence (i.e. not `0b10xx_xxxx`).
#[inline]
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// Number of code points in `s` (Python's `len(s)`).
pub fn char_len(s: &str) -> usize {
    count_char_starts(s.as_bytes())
}

/// Counts UTF-8 lead bytes; written so that the compiler vectorises it.
pub(crate) fn count_char_starts(bytes: &[u8]) -> usize {
    let mut n = 0usize;
    let mut chunks = bytes.chunks_exact(64);
    for chunk in &mut chunks {
        let mut c = 0u8;
        for &b in chunk {
            c += u8::from(is_char_start(b));
        }
        n += usize::from(c);
    }
    n + chunks
        .remainder()
        .iter()
        .filter(|&&b| is_char_start(b))
        .count()
}

/// Byte offset of code point index `ci` in `s`; `s.len()` if `ci` is at or
/// past the end. O(1)-ish when the first `ci` bytes are ASCII.
pub fn char_to_byte(s: &str, ci: usize) -> usize {
    let bytes = s.as_bytes();
    if ci >= bytes.len() {
        return bytes.len();
    }
    if bytes[..ci].is_ascii() {
        return ci;
    }
    skip_chars(bytes, 0, ci)
}

/// Byte offset reached by skipping `n` code points starting at byte offset
/// `from` (a char boundary); `bytes.len()` if the text ends first.
pub(crate) fn skip_chars(bytes: &[u8], from: usize, n: usize) -> usize {
    let mut pos = from;
    let mut left = n;
    // Whole chunks while they cannot contain the target.
    while left >= 64 && pos + 64 <= bytes.len() {
        let starts = count_char_starts(&bytes[pos..pos + 64]);
        if starts > left {
            break;
        }
        left -= starts;
        pos += 64;
    }
    // `pos` may now sit inside a character; continuation bytes are skipped
    // below without being counted, which is exactly right.
    while pos < bytes.len() {
        if is_char_start(bytes[pos]) {
            if left == 0 {
                return pos;
            }
            left -= 1;
        }
        pos += 1;
    }
    bytes.len()
}

/// The code point at index `ci` of `s`, whose code point length is
/// `char_len` (as stored next to the string). `None` if out of range.
/// O(1) for ASCII strings (`char_len == s.len()`).
pub fn char_at(s: &str, char_len: usize, ci: usize) -> Option<char> {
    if ci >= char_len {
        return None;
    }
    if char_len == s.len() {
        return s.as_bytes().get(ci).map(|&b| char::from(b));
    }
    s[char_to_byte(s, ci)..].chars().next()
}

/// CPython's `ADJUST_INDICES` for the optional `start`/`end` arguments of
/// `find`, `count`, `startswith`, ...: `None` means 0 and "to the end",
/// negative values count from the end and are clamped at 0, `end` is clamped
/// to `len`. `start` may exceed `len` and `end`, in which case the caller's
/// search window is empty. Python ints beyond `i64` should be saturated.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len_i {
        end = len_i;
    } else if end < 0 {
        end = end.saturating_add(len_i).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len_i).max(0);
    }
    // Both are now non-negative.
    (
        usize::try_from(start).unwrap_or(usize::MAX),
        usize::try_from(end).unwrap_or(0),
    )
}

/// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices` for a sequence of
/// length `len`: returns `(start, stop, step, slicelength)` ready for
/// [`slice_chars`]. `step == Some(0)` raises `ValueError: slice step cannot
/// be zero`. Python ints beyond `i64` should be saturated by the caller.
pub fn adjust_slice(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> Result<(i64, i64, i64, usize), StrError> {
    let step = match step {
        None => 1,
        Some(0) => return Err(StrError::value("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v.saturating_add(len);
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            v
        }
    };
    let start = clamp(start.unwrap_or(if step < 0 { i64::MAX } else { 0 }));
    let stop = clamp(stop.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX }));
    Ok((start, stop, step, slice_length(start, stop, step)))
}

/// Number of items selected by normalised slice indices.
fn slice_length(start: i64, stop: i64, step: i64) -> usize {
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    usize::try_from(n).unwrap_or(0)
}

/// `s[start:stop:step]` by code point, for indices already normalised by
/// [`adjust_slice`] (`step != 0`; `start`/`stop` within `-1..=len`).
pub fn slice_chars(s: &str, start: i64, stop: i64, step: i64) -> String {
    if step == 0 {
        return String::new();
    }
    let n = slice_length(start, stop, step);
    if n == 0 {
        return String::new();
    }
    // `start` is a valid index whenever the slice is non-empty.
    let first = usize::try_from(start).unwrap_or(0);
    if step == 1 {
        let b0 = char_to_byte(s, first);
        let b1 = skip_chars(s.as_bytes(), b0, n);
        return s[b0..b1].to_owned();
    }
    let bytes = s.as_bytes();
    if s.is_ascii() {
        let mut out = String::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            if let Some(&b) = usize::try_from(i).ok().and_then(|i| bytes.get(i)) {
                out.push(char::from(b));
            }
            i += step;
        }
        return out;
    }
    if step > 0 {
        let b0 = char_to_byte(s, first);
        let stride = usize::try_from(step).unwrap_or(usize::MAX);
        let mut out = String::new();
        for c in s[b0..].chars().step_by(stride).take(n) {
            out.push(c);
        }
        out
    } else {
        // Walk backwards from the char at `start`.
        let b_end = skip_chars(bytes, char_to_byte(s, first), 1);
        let stride = usize::try_from(step.unsigned_abs()).unwrap_or(usize::MAX);
        let mut out = String::new();
        for c in s[..b_end].chars().rev().step_by(stride).take(n) {
            out.push(c);
        }
        out
    }
}

/// A search window of `s`: byte range and the code point index of its start.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Window {
    pub(crate) bstart: usize,
    pub(crate) bend: usize,
    pub(crate) cstart: usize,
    /// Code point length of the window.
    pub(crate) clen: usize,
    /// Whether the window's code point and byte offsets coincide.
    pub(crate) ascii: bool,
}

impl Window {
    /// Code point index (in the whole string) of byte offset `b` of the window.
    pub(crate) fn char_index(&self, s: &str, b: usize) -> usize {
        if self.ascii {
            self.cstart + b
        } else {
            self.cstart + char_len(&s[self.bstart..self.bstart + b])
        }
    }
}

/// Applies [`adjust_indices`] and converts to bytes; `None` when the
/// adjusted `start > end` (CPython then finds nothing, not even "").
pub(crate) fn window(s: &str, start: Option<i64>, end: Option<i64>) -> Option<Window> {
    let len = char_len(s);
    let ascii = len == s.len();
    let (cs, ce) = adjust_indices(start, end, len);
    if cs > ce {
        return None;
    }
    let (bs, be) = if ascii {
        (cs, ce)
    } else {
        let bs = char_to_byte(s, cs);
        (bs, skip_chars(s.as_bytes(), bs, ce - cs))
    };
    Some(Window {
        bstart: bs,
        bend: be,
        cstart: cs,
        clen: ce - cs,
        ascii,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_offsets() {
        let s = "aé€😀b";
        assert_eq!(char_len(s), 5);
        assert_eq!(char_to_byte(s, 0), 0);
        assert_eq!(char_to_byte(s, 1), 1);
        assert_eq!(char_to_byte(s, 2), 3);
        assert_eq!(char_to_byte(s, 3), 6);
        assert_eq!(char_to_byte(s, 4), 10);
        assert_eq!(char_to_byte(s, 5), 11);
        assert_eq!(char_to_byte(s, 99), 11);
        assert_eq!(char_at(s, 5, 3), Some('😀'));
        assert_eq!(char_at(s, 5, 5), None);
        assert_eq!(char_at("abc", 3, 2), Some('c'));
        let long: String = "é".repeat(100) + &"x".repeat(100) + "€";
        assert_eq!(char_len(&long), 201);
        for ci in 0..=201 {
            let expect = long.char_indices().nth(ci).map_or(long.len(), |(b, _)| b);
            assert_eq!(char_to_byte(&long, ci), expect, "{ci}");
        }
    }
}
