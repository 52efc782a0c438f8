//! Substring search: `find`/`rfind`/`index`/`rindex`/`count`,
//! `startswith`/`endswith`, `replace`, `partition`/`rpartition` and
//! `removeprefix`/`removesuffix`.
//!
//! Matching is done on UTF-8 bytes with std's two-way searcher; because UTF-8
//! is self-synchronising a match always starts on a character boundary, so
//! this is equivalent to CPython's code point search. Byte offsets are turned
//! into code point indices only for the result (O(1) for ASCII).

use std::borrow::Cow;

use super::indexing::{char_len, window};
use super::{msg, StrError};

/// `sub in s`.
pub fn contains(s: &str, sub: &str) -> bool {
    s.contains(sub)
}

/// `str.find(sub[, start[, end]])`: lowest code point index of `sub` within
/// `s[start:end]`, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    if start.is_none() && end.is_none() {
        // No window: avoid measuring the whole string.
        return match s.find(sub) {
            Some(b) => to_i64(char_len(&s[..b])),
            None => -1,
        };
    }
    let Some(w) = window(s, start, end) else {
        return -1;
    };
    match s[w.bstart..w.bend].find(sub) {
        Some(b) => to_i64(w.char_index(s, b)),
        None => -1,
    }
}

/// `str.rfind(sub[, start[, end]])`: highest code point index of `sub`
/// within `s[start:end]`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some(w) = window(s, start, end) else {
        return -1;
    };
    match s[w.bstart..w.bend].rfind(sub) {
        Some(b) => to_i64(w.char_index(s, b)),
        None => -1,
    }
}

/// `str.index`: like [`find`] but raises `ValueError: substring not found`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, StrError> {
    usize::try_from(find(s, sub, start, end)).map_err(|_| StrError::value(msg::SUBSTRING_NOT_FOUND))
}

/// `str.rindex`: like [`rfind`] but raises `ValueError: substring not found`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, StrError> {
    usize::try_from(rfind(s, sub, start, end))
        .map_err(|_| StrError::value(msg::SUBSTRING_NOT_FOUND))
}

/// `str.count(sub[, start[, end]])`: number of non-overlapping occurrences;
/// the empty string occurs `len + 1` times in a window of length `len`.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    if start.is_none() && end.is_none() && !sub.is_empty() {
        return s.matches(sub).count();
    }
    let Some(w) = window(s, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return w.clen + 1;
    }
    s[w.bstart..w.bend].matches(sub).count()
}

/// `str.startswith(prefix[, start[, end]])` where `prefix` may be a tuple:
/// true if `s[start:end]` starts with any of `prefixes` (false for none).
pub fn startswith(s: &str, prefixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    let Some(w) = window(s, start, end) else {
        return false;
    };
    let hay = &s[w.bstart..w.bend];
    prefixes.iter().any(|p| hay.starts_with(p))
}

/// `str.endswith(suffix[, start[, end]])` where `suffix` may be a tuple.
pub fn endswith(s: &str, suffixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    let Some(w) = window(s, start, end) else {
        return false;
    };
    let hay = &s[w.bstart..w.bend];
    suffixes.iter().any(|p| hay.ends_with(p))
}

/// `str.replace(old, new[, count])`; a negative `count` replaces all. An
/// empty `old` inserts `new` before every character and at the end. Returns
/// `Cow::Borrowed(s)` when CPython returns `self` unchanged.
pub fn replace<'a>(s: &'a str, old: &str, new: &str, count: i64) -> Result<Cow<'a, str>, StrError> {
    let maxcount = if count < 0 {
        usize::MAX
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    if maxcount == 0 || old == new && !old.is_empty() {
        return Ok(Cow::Borrowed(s));
    }
    if old.is_empty() {
        let slen = char_len(s);
        let n = maxcount.min(slen.saturating_add(1));
        let new_chars = char_len(new);
        check_replace_size(slen, n, 0, new_chars)?;
        let mut out = String::new();
        reserve(
            &mut out,
            s.len().saturating_add(n.saturating_mul(new.len())),
        )?;
        let mut done = 0;
        for c in s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return Ok(Cow::Owned(out));
    }
    let mut matches = s.match_indices(old).take(maxcount).peekable();
    if matches.peek().is_none() {
        return Ok(Cow::Borrowed(s));
    }
    if new.len() > old.len() {
        // Only growth can hit CPython's overflow check or exhaust memory.
        let n = s.matches(old).take(maxcount).count();
        check_replace_size(char_len(s), n, char_len(old), char_len(new))?;
        let extra = n.saturating_mul(new.len() - old.len());
        let mut out = String::new();
        reserve(&mut out, s.len().saturating_add(extra))?;
        return Ok(Cow::Owned(replace_into(out, s, matches, old, new)));
    }
    let out = String::with_capacity(s.len());
    Ok(Cow::Owned(replace_into(out, s, matches, old, new)))
}

fn replace_into<'s>(
    mut out: String,
    s: &str,
    matches: impl Iterator<Item = (usize, &'s str)>,
    old: &str,
    new: &str,
) -> String {
    let mut last = 0;
    for (b, _) in matches {
        out.push_str(&s[last..b]);
        out.push_str(new);
        last = b + old.len();
    }
    out.push_str(&s[last..]);
    out
}

/// CPython's `OverflowError: replace string is too long` check, in code
/// points against `PY_SSIZE_T_MAX`.
fn check_replace_size(slen: usize, n: usize, old: usize, new: usize) -> Result<(), StrError> {
    if new <= old || n == 0 {
        return Ok(());
    }
    let max = i64::MAX as u128;
    let total = slen as u128 + n as u128 * (new - old) as u128;
    if total > max {
        return Err(StrError::Overflow("replace string is too long".into()));
    }
    Ok(())
}

/// Reserves `additional` bytes or reports `MemoryError`.
pub(crate) fn reserve(out: &mut String, additional: usize) -> Result<(), StrError> {
    out.try_reserve_exact(additional)
        .map_err(|_| StrError::Memory)
}

/// `str.partition(sep)`: `(before, sep, after)` around the first `sep`, or
/// `(s, "", "")`. Empty `sep` raises `ValueError: empty separator`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::value(msg::EMPTY_SEPARATOR));
    }
    Ok(match s.find(sep) {
        Some(b) => (&s[..b], &s[b..b + sep.len()], &s[b + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: around the last `sep`, or `("", "", s)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::value(msg::EMPTY_SEPARATOR));
    }
    Ok(match s.rfind(sep) {
        Some(b) => (&s[..b], &s[b..b + sep.len()], &s[b + sep.len()..]),
        None => ("", "", s),
    })
}

/// `str.removeprefix(prefix)` (returns `s` itself when nothing is removed).
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix(suffix)` (returns `s` itself when nothing is removed).
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
