//! Padding and layout: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`,
//! and `str * n`.

use std::borrow::Cow;

use super::indexing::char_len;
use super::search::reserve;
use super::{msg, StrError};

/// Converts the `fillchar` argument of `center`/`ljust`/`rjust` (already
/// known to be a `str`) to a `char`: `TypeError: The fill character must be
/// exactly one character long` otherwise.
pub fn fillchar_from_str(fill: &str) -> Result<char, StrError> {
    let mut it = fill.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::Type(msg::FILL_CHAR_LENGTH.to_owned())),
    }
}

/// CPython's `pad()`: `left` and `right` copies of `fill` around `s`.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, StrError> {
    let fill_len = fill.len_utf8();
    let extra = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill_len))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or(StrError::Memory)?;
    let mut out = String::new();
    reserve(&mut out, extra)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Number of code points to add to reach `width`, if any.
fn missing(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s);
    let width = usize::try_from(width).ok()?;
    (width > len).then(|| width - len)
}

/// `str.center(width, fillchar=' ')`. CPython puts the odd extra fill
/// character on the left when both `width` and the padding are odd.
pub fn center(s: &str, width: i64, fill: char) -> Result<Cow<'_, str>, StrError> {
    let Some(marg) = missing(s, width) else {
        return Ok(Cow::Borrowed(s));
    };
    // `left = marg / 2 + (marg & width & 1)`
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill).map(Cow::Owned)
}

/// `str.ljust(width, fillchar=' ')`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<Cow<'_, str>, StrError> {
    match missing(s, width) {
        None => Ok(Cow::Borrowed(s)),
        Some(n) => pad(s, 0, n, fill).map(Cow::Owned),
    }
}

/// `str.rjust(width, fillchar=' ')`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<Cow<'_, str>, StrError> {
    match missing(s, width) {
        None => Ok(Cow::Borrowed(s)),
        Some(n) => pad(s, n, 0, fill).map(Cow::Owned),
    }
}

/// `str.zfill(width)`: pads with `'0'` on the left, after a leading `'+'` or
/// `'-'` sign.
pub fn zfill(s: &str, width: i64) -> Result<Cow<'_, str>, StrError> {
    let Some(n) = missing(s, width) else {
        return Ok(Cow::Borrowed(s));
    };
    let mut out = pad(s, n, 0, '0')?;
    if let Some(sign @ ('+' | '-')) = s.chars().next() {
        // Move the sign in front of the zeros.
        out.replace_range(n..n + 1, "0");
        out.replace_range(0..1, if sign == '+' { "+" } else { "-" });
    }
    Ok(Cow::Owned(out))
}

/// `str.expandtabs(tabsize=8)`: each `\t` becomes spaces up to the next
/// multiple of `tabsize` columns (columns restart after `\n` and `\r`); a
/// `tabsize <= 0` removes tabs. `OverflowError: new string is too long` if
/// the result would exceed `PY_SSIZE_T_MAX` code points.
pub fn expandtabs(s: &str, tabsize: i32) -> Result<Cow<'_, str>, StrError> {
    if !s.contains('\t') {
        return Ok(Cow::Borrowed(s));
    }
    let tab = i64::from(tabsize);
    // First pass: size in code points (CPython's overflow check) and bytes.
    let mut col: i64 = 0;
    let mut total: i64 = 0;
    let mut bytes: usize = 0;
    let too_long = || StrError::Overflow("new string is too long".to_owned());
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                total = total.checked_add(incr).ok_or_else(too_long)?;
                col += incr;
                bytes = bytes.saturating_add(incr as usize);
            }
        } else {
            total = total.checked_add(1).ok_or_else(too_long)?;
            col += 1;
            bytes += c.len_utf8();
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    let mut out = String::new();
    reserve(&mut out, bytes)?;
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// `s * n` (`n <= 0` gives `""`): `OverflowError: repeated string is too
/// long` past `PY_SSIZE_T_MAX` code points, `MemoryError` if unallocatable.
pub fn repeat(s: &str, n: i64) -> Result<String, StrError> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    let len = char_len(s) as u128;
    if len * n as u128 > i64::MAX as u128 {
        return Err(StrError::Overflow("repeated string is too long".to_owned()));
    }
    let bytes = usize::try_from(s.len() as u128 * n as u128).map_err(|_| StrError::Memory)?;
    let mut out = String::new();
    reserve(&mut out, bytes)?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(out)
}
