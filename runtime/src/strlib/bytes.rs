//! Byte-string counterparts of the `str` algorithms, for `bytes` and
//! `bytearray` (CPython 3.11's `bytes_methods.c` and `stringlib`): indices
//! are byte offsets, whitespace is ASCII (`Py_ISSPACE`: space, `\t`, `\n`,
//! `\v`, `\f`, `\r`), case operations and predicates are ASCII-only, and
//! `splitlines` splits at `\n`, `\r` and `\r\n` only.

use std::borrow::Cow;

use super::indexing::adjust_indices;
use super::{msg, StrError};

pub use super::repr::bytes_repr as repr;

/// `Py_ISSPACE`: ASCII whitespace as bytes methods see it.
#[inline]
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

// ---------------------------------------------------------------------------
// Substring search.

/// Needles up to this length are searched naively (first byte scan and
/// compare), longer ones with Knuth-Morris-Pratt, keeping the worst case
/// linear-ish without allocation for the common short needles.
const NAIVE_MAX: usize = 16;

/// Lowest index of `needle` in `hay`.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n if n <= NAIVE_MAX => {
            let first = needle[0];
            let last_start = hay.len() - n;
            let mut i = 0;
            while i <= last_start {
                let off = hay[i..=last_start].iter().position(|&b| b == first)?;
                i += off;
                if &hay[i..i + n] == needle {
                    return Some(i);
                }
                i += 1;
            }
            None
        }
        _ => kmp_find(hay, needle),
    }
}

/// Highest index of `needle` in `hay`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n if n <= NAIVE_MAX => (0..=hay.len() - n)
            .rev()
            .find(|&i| &hay[i..i + n] == needle),
        n => {
            let rh: Vec<u8> = hay.iter().rev().copied().collect();
            let rn: Vec<u8> = needle.iter().rev().copied().collect();
            kmp_find(&rh, &rn).map(|i| hay.len() - i - n)
        }
    }
}

/// Knuth-Morris-Pratt search (needle non-empty).
fn kmp_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    let mut fail = vec![0usize; n];
    let mut k = 0;
    for i in 1..n {
        while k > 0 && needle[i] != needle[k] {
            k = fail[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut k = 0;
    for (i, &b) in hay.iter().enumerate() {
        while k > 0 && b != needle[k] {
            k = fail[k - 1];
        }
        if b == needle[k] {
            k += 1;
            if k == n {
                return Some(i + 1 - n);
            }
        }
    }
    None
}

/// Non-overlapping matches, left to right, at most `max`.
fn match_positions(hay: &[u8], needle: &[u8], max: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = 0;
    while out.len() < max {
        let Some(i) = find_bytes(&hay[pos..], needle) else {
            break;
        };
        out.push(pos + i);
        pos += i + needle.len();
    }
    out
}

/// The window `b[start:end]` per `ADJUST_INDICES`, `None` if start > end.
fn window(b: &[u8], start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let (s, e) = adjust_indices(start, end, b.len());
    (s <= e).then_some((s, e))
}

/// `bytes.find(sub[, start[, end]])`, or -1.
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    window(b, start, end)
        .and_then(|(s, e)| find_bytes(&b[s..e], sub).map(|i| i + s))
        .map_or(-1, |i| i as i64)
}

/// `bytes.rfind(sub[, start[, end]])`, or -1.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    window(b, start, end)
        .and_then(|(s, e)| rfind_bytes(&b[s..e], sub).map(|i| i + s))
        .map_or(-1, |i| i as i64)
}

/// `bytes.index`: `ValueError: subsection not found` when absent.
pub fn index(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    usize::try_from(find(b, sub, start, end))
        .map_err(|_| StrError::value(msg::SUBSECTION_NOT_FOUND))
}

/// `bytes.rindex`: `ValueError: subsection not found` when absent.
pub fn rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    usize::try_from(rfind(b, sub, start, end))
        .map_err(|_| StrError::value(msg::SUBSECTION_NOT_FOUND))
}

/// `bytes.count(sub[, start[, end]])` (non-overlapping; `len + 1` for `b""`).
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((s, e)) = window(b, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return e - s + 1;
    }
    let hay = &b[s..e];
    if sub.len() == 1 {
        return hay.iter().filter(|&&x| x == sub[0]).count();
    }
    match_positions(hay, sub, usize::MAX).len()
}

/// `bytes.startswith(prefix[, start[, end]])`, `prefix` possibly a tuple.
pub fn startswith(b: &[u8], prefixes: &[&[u8]], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end).is_some_and(|(s, e)| prefixes.iter().any(|p| b[s..e].starts_with(p)))
}

/// `bytes.endswith(suffix[, start[, end]])`, `suffix` possibly a tuple.
pub fn endswith(b: &[u8], suffixes: &[&[u8]], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end).is_some_and(|(s, e)| suffixes.iter().any(|p| b[s..e].ends_with(p)))
}

fn reserve(out: &mut Vec<u8>, n: usize) -> Result<(), StrError> {
    out.try_reserve_exact(n).map_err(|_| StrError::Memory)
}

/// `bytes.replace(old, new[, count])`; negative `count` replaces all.
/// `Cow::Borrowed` when nothing changes.
pub fn replace<'a>(
    b: &'a [u8],
    old: &[u8],
    new: &[u8],
    count: i64,
) -> Result<Cow<'a, [u8]>, StrError> {
    let maxcount = usize::try_from(count).unwrap_or(usize::MAX);
    if maxcount == 0 {
        return Ok(Cow::Borrowed(b));
    }
    let positions: Vec<usize> = if old.is_empty() {
        (0..=b.len()).take(maxcount).collect()
    } else {
        match_positions(b, old, maxcount)
    };
    if positions.is_empty() {
        return Ok(Cow::Borrowed(b));
    }
    let n = positions.len();
    let size = if new.len() > old.len() {
        let extra = (n as u128) * ((new.len() - old.len()) as u128);
        let total = b.len() as u128 + extra;
        if total > i64::MAX as u128 {
            return Err(StrError::Overflow("replace bytes is too long".to_owned()));
        }
        usize::try_from(total).map_err(|_| StrError::Memory)?
    } else {
        b.len() - n * (old.len() - new.len())
    };
    let mut out = Vec::new();
    reserve(&mut out, size)?;
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&b[last..p]);
        out.extend_from_slice(new);
        last = p + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(Cow::Owned(out))
}

/// The `(head, sep, tail)` result of [`partition`]/[`rpartition`].
pub type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `bytes.partition(sep)`; empty `sep` raises `ValueError: empty separator`.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::value(msg::EMPTY_SEPARATOR));
    }
    Ok(match find_bytes(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &b[b.len()..], &b[b.len()..]),
    })
}

/// `bytes.rpartition(sep)`.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::value(msg::EMPTY_SEPARATOR));
    }
    Ok(match rfind_bytes(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&b[..0], &b[..0], b),
    })
}

/// `bytes.removeprefix(prefix)`.
pub fn removeprefix<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `bytes.removesuffix(suffix)`.
pub fn removesuffix<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}

// ---------------------------------------------------------------------------
// Splitting, stripping, joining.

fn max_count(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `bytes.split(sep=None, maxsplit=-1)`: `None` splits on runs of ASCII
/// whitespace; an empty `sep` raises `ValueError: empty separator`.
pub fn split<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, StrError> {
    let maxcount = max_count(maxsplit);
    let Some(sep) = sep else {
        let mut out = Vec::new();
        let mut i = 0;
        let mut left = maxcount;
        while left > 0 {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if i == b.len() {
                return Ok(out);
            }
            let j = i;
            while i < b.len() && !is_space(b[i]) {
                i += 1;
            }
            out.push(&b[j..i]);
            left -= 1;
        }
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i < b.len() {
            out.push(&b[i..]);
        }
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(StrError::value(msg::EMPTY_SEPARATOR));
    }
    let mut out = Vec::new();
    let mut last = 0;
    for p in match_positions(b, sep, maxcount) {
        out.push(&b[last..p]);
        last = p + sep.len();
    }
    out.push(&b[last..]);
    Ok(out)
}

/// `bytes.rsplit(sep=None, maxsplit=-1)`: `maxsplit` counts from the right.
pub fn rsplit<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, StrError> {
    let maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = b.len();
            let mut left = maxcount;
            loop {
                if left == 0 {
                    while i > 0 && is_space(b[i - 1]) {
                        i -= 1;
                    }
                    if i > 0 {
                        out.push(&b[..i]);
                    }
                    break;
                }
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                out.push(&b[i..j]);
                left -= 1;
            }
        }
        Some([]) => return Err(StrError::value(msg::EMPTY_SEPARATOR)),
        Some(sep) => {
            let mut end = b.len();
            let mut left = maxcount;
            while left > 0 {
                let Some(p) = rfind_bytes(&b[..end], sep) else {
                    break;
                };
                out.push(&b[p + sep.len()..end]);
                end = p;
                left -= 1;
            }
            out.push(&b[..end]);
        }
    }
    out.reverse();
    Ok(out)
}

/// `bytes.splitlines(keepends=False)`: at `\n`, `\r` and `\r\n` only.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut j = 0;
    while i < b.len() {
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < b.len() {
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&b[j..eol]);
        j = i;
    }
    out
}

/// `bytes.lstrip(chars=None)`: ASCII whitespace or the bytes in `chars`.
pub fn lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let n = b
        .iter()
        .position(|&c| !strippable(c, chars))
        .unwrap_or(b.len());
    &b[n..]
}

/// `bytes.rstrip(chars=None)`.
pub fn rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let n = b
        .iter()
        .rposition(|&c| !strippable(c, chars))
        .map_or(0, |i| i + 1);
    &b[..n]
}

/// `bytes.strip(chars=None)`.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(b, chars), chars)
}

fn strippable(c: u8, chars: Option<&[u8]>) -> bool {
    match chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    }
}

/// `sep.join(parts)` for parts already converted to bytes.
pub fn join(sep: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let total =
        parts.iter().map(|p| p.len()).sum::<usize>() + sep.len() * parts.len().saturating_sub(1);
    let mut out = Vec::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p);
    }
    out
}

// ---------------------------------------------------------------------------
// Case conversion and predicates (ASCII only).

/// `bytes.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `bytes.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `bytes.capitalize()`: first byte upper, the rest lower.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `bytes.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `bytes.title()`: upper after a non-letter, lower after a letter.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let cased = c.is_ascii_alphabetic();
            let r = if !cased {
                c
            } else if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = cased;
            r
        })
        .collect()
}

/// `bytes.isalnum()`.
pub fn isalnum(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
}

/// `bytes.isalpha()`.
pub fn isalpha(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
}

/// `bytes.isdigit()`.
pub fn isdigit(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_digit)
}

/// `bytes.isspace()` (ASCII whitespace incl. `\v` and `\f`).
pub fn isspace(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(|&c| is_space(c))
}

/// `bytes.isascii()` (true when empty).
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}

/// `bytes.islower()`: some lowercase letter and no uppercase one.
pub fn islower(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
}

/// `bytes.isupper()`: some uppercase letter and no lowercase one.
pub fn isupper(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
}

/// `bytes.istitle()`.
pub fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------
// Padding and layout.

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, StrError> {
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_add(b.len()))
        .ok_or(StrError::Memory)?;
    let mut out = Vec::new();
    reserve(&mut out, total)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(total, fill);
    Ok(out)
}

fn missing(b: &[u8], width: i64) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    (width > b.len()).then(|| width - b.len())
}

/// Checks the `fillchar` argument of `bytes.center`/`ljust`/`rjust` (already
/// known to be bytes-like, of type `type_name`): `TypeError: center()
/// argument 2 must be a byte string of length 1, not bytes` otherwise.
pub fn fillchar(method: &str, type_name: &str, fill: &[u8]) -> Result<u8, StrError> {
    match fill {
        [c] => Ok(*c),
        _ => Err(StrError::Type(format!(
            "{method}() argument 2 must be a byte string of length 1, not {type_name}"
        ))),
    }
}

/// `bytes.center(width, fillchar=b' ')`.
pub fn center(b: &[u8], width: i64, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    let Some(marg) = missing(b, width) else {
        return Ok(Cow::Borrowed(b));
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(b, left, marg - left, fill).map(Cow::Owned)
}

/// `bytes.ljust(width, fillchar=b' ')`.
pub fn ljust(b: &[u8], width: i64, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    match missing(b, width) {
        None => Ok(Cow::Borrowed(b)),
        Some(n) => pad(b, 0, n, fill).map(Cow::Owned),
    }
}

/// `bytes.rjust(width, fillchar=b' ')`.
pub fn rjust(b: &[u8], width: i64, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    match missing(b, width) {
        None => Ok(Cow::Borrowed(b)),
        Some(n) => pad(b, n, 0, fill).map(Cow::Owned),
    }
}

/// `bytes.zfill(width)`: zeros after a leading sign.
pub fn zfill(b: &[u8], width: i64) -> Result<Cow<'_, [u8]>, StrError> {
    let Some(n) = missing(b, width) else {
        return Ok(Cow::Borrowed(b));
    };
    let mut out = pad(b, n, 0, b'0')?;
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        out[0] = sign;
        out[n] = b'0';
    }
    Ok(Cow::Owned(out))
}

/// `bytes.expandtabs(tabsize=8)` (`OverflowError: result too long` past
/// `PY_SSIZE_T_MAX`).
pub fn expandtabs(b: &[u8], tabsize: i32) -> Result<Cow<'_, [u8]>, StrError> {
    if !b.contains(&b'\t') {
        return Ok(Cow::Borrowed(b));
    }
    let tab = i64::from(tabsize);
    let mut col: i64 = 0;
    let mut total: i64 = 0;
    let too_long = || StrError::Overflow("result too long".to_owned());
    for &c in b {
        if c == b'\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                total = total.checked_add(incr).ok_or_else(too_long)?;
                col += incr;
            }
        } else {
            total = total.checked_add(1).ok_or_else(too_long)?;
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    let mut out = Vec::new();
    reserve(
        &mut out,
        usize::try_from(total).map_err(|_| StrError::Memory)?,
    )?;
    let mut col: i64 = 0;
    for &c in b {
        if c == b'\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// `b * n` (`n <= 0` gives `b""`): `OverflowError: repeated bytes are too
/// long` past `PY_SSIZE_T_MAX`.
pub fn repeat(b: &[u8], n: i64) -> Result<Vec<u8>, StrError> {
    if n <= 0 || b.is_empty() {
        return Ok(Vec::new());
    }
    let total = b.len() as u128 * n as u128;
    if total > i64::MAX as u128 {
        return Err(StrError::Overflow("repeated bytes are too long".to_owned()));
    }
    let mut out = Vec::new();
    reserve(
        &mut out,
        usize::try_from(total).map_err(|_| StrError::Memory)?,
    )?;
    for _ in 0..n {
        out.extend_from_slice(b);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// translate / maketrans.

/// `bytes.translate(table, delete=b'')`: `table` is `None` or 256 bytes
/// (`ValueError: translation table must be 256 characters long`).
pub fn translate(b: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Result<Vec<u8>, StrError> {
    if table.is_some_and(|t| t.len() != 256) {
        return Err(StrError::value(
            "translation table must be 256 characters long",
        ));
    }
    let mut del = [false; 256];
    for &d in delete {
        del[usize::from(d)] = true;
    }
    Ok(b.iter()
        .filter(|&&c| !del[usize::from(c)])
        .map(|&c| table.map_or(c, |t| t[usize::from(c)]))
        .collect())
}

/// `bytes.maketrans(frm, to)`: the identity table with `frm[i]` mapped to
/// `to[i]` (`ValueError: maketrans arguments must have same length`).
pub fn maketrans(frm: &[u8], to: &[u8]) -> Result<Vec<u8>, StrError> {
    if frm.len() != to.len() {
        return Err(StrError::value("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[usize::from(f)] = t;
    }
    Ok(table)
}

// ---------------------------------------------------------------------------
// hex / fromhex.

/// The `sep` argument of `bytes.hex()` (a `str` or a bytes-like object).
#[derive(Clone, Copy, Debug)]
pub enum HexSep<'a> {
    /// A `str` separator.
    Str(&'a str),
    /// A `bytes` separator.
    Bytes(&'a [u8]),
}

/// `bytes.hex(sep=None, bytes_per_sep=1)` (also `bytearray.hex`,
/// `memoryview.hex`): lowercase hex digits, with `sep` inserted every
/// `|bytes_per_sep|` bytes counted from the right (positive) or the left
/// (negative). `sep` must be one ASCII character (`ValueError: sep must be
/// length 1.` / `ValueError: sep must be ASCII.`).
pub fn hex(b: &[u8], sep: Option<HexSep<'_>>, bytes_per_sep: i32) -> Result<String, StrError> {
    let sep = match sep {
        None => None,
        Some(sep) => {
            let c = match sep {
                HexSep::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => u32::from(c),
                        _ => return Err(StrError::value("sep must be length 1.")),
                    }
                }
                HexSep::Bytes(&[c]) => u32::from(c),
                HexSep::Bytes(_) => return Err(StrError::value("sep must be length 1.")),
            };
            if c > 127 {
                return Err(StrError::value("sep must be ASCII."));
            }
            Some(char::from(c as u8))
        }
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    let push = |out: &mut String, c: u8| {
        out.push(char::from(HEX[usize::from(c >> 4)]));
        out.push(char::from(HEX[usize::from(c & 0xf)]));
    };
    match sep {
        Some(sep) if group > 0 && group < b.len() => {
            // Size of the first group: groups are aligned to the end for a
            // positive `bytes_per_sep`, to the start for a negative one.
            let first = if bytes_per_sep > 0 && !b.len().is_multiple_of(group) {
                b.len() % group
            } else {
                group
            };
            for (i, &c) in b.iter().enumerate() {
                if i >= first && (i - first) % group == 0 {
                    out.push(sep);
                }
                push(&mut out, c);
            }
        }
        _ => {
            for &c in b {
                push(&mut out, c);
            }
        }
    }
    Ok(out)
}

/// `bytes.fromhex(string)` (also `bytearray.fromhex`): pairs of hex digits,
/// optionally separated by ASCII whitespace between pairs. Errors:
/// `ValueError: non-hexadecimal number found in fromhex() arg at position N`
/// (N in code points; a missing second digit is reported at the end).
pub fn fromhex(s: &str) -> Result<Vec<u8>, StrError> {
    let err = |pos: usize| {
        StrError::Value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        let pos = s.chars().take_while(char::is_ascii).count();
        return Err(err(pos));
    }
    let b = s.as_bytes();
    let digit = |i: usize| -> Option<u8> {
        let c = *b.get(i)?;
        char::from(c).to_digit(16).map(|d| d as u8)
    };
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
        }
        let top = digit(i).ok_or_else(|| err(i))?;
        let bot = digit(i + 1).ok_or_else(|| err(i + 1))?;
        out.push(top << 4 | bot);
        i += 2;
    }
    Ok(out)
}
