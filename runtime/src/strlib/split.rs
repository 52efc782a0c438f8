//! `split`/`rsplit`/`splitlines`, `strip`/`lstrip`/`rstrip` and `join`,
//! following CPython 3.11's `stringlib/split.h` and `do_strip`.

use super::unicode::{is_linebreak, is_space};
use super::{msg, StrError};

fn max_count(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        usize::try_from(maxsplit).unwrap_or(usize::MAX)
    }
}

/// `str.split(sep=None, maxsplit=-1)`. With `sep == None` splits on runs
/// of Python whitespace and drops empty strings (leading whitespace is
/// always skipped; once `maxsplit` splits are done, the remainder keeps its
/// trailing whitespace). With a separator, splits on each occurrence; an
/// empty separator raises `ValueError: empty separator`. A negative
/// `maxsplit` means no limit.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let maxcount = max_count(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, maxcount)),
        Some("") => Err(StrError::value(msg::EMPTY_SEPARATOR)),
        Some(sep) => {
            let mut out = Vec::new();
            let mut rest = s;
            let mut done = 0;
            while done < maxcount {
                let Some(b) = rest.find(sep) else {
                    break;
                };
                out.push(&rest[..b]);
                rest = &rest[b + sep.len()..];
                done += 1;
            }
            out.push(rest);
            Ok(out)
        }
    }
}

fn split_whitespace(s: &str, maxcount: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = maxcount;
    while left > 0 {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    let rest = rest.trim_start_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// `str.rsplit(sep=None, maxsplit=-1)`: like [`split`] but `maxsplit`
/// counts from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let maxcount = max_count(maxsplit);
    let mut out = match sep {
        None => rsplit_whitespace(s, maxcount),
        Some("") => return Err(StrError::value(msg::EMPTY_SEPARATOR)),
        Some(sep) => {
            let mut out = Vec::new();
            let mut rest = s;
            let mut done = 0;
            while done < maxcount {
                let Some(b) = rest.rfind(sep) else {
                    break;
                };
                out.push(&rest[b + sep.len()..]);
                rest = &rest[..b];
                done += 1;
            }
            out.push(rest);
            out
        }
    };
    out.reverse();
    Ok(out)
}

/// Right-to-left whitespace split; items come out in reverse order.
fn rsplit_whitespace(s: &str, maxcount: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = maxcount;
    while left > 0 {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            return out;
        }
        let start = rest.rfind(is_space).map_or(0, |b| b + next_len(rest, b));
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    let rest = rest.trim_end_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// UTF-8 length of the character starting at byte `b` of `s`.
fn next_len(s: &str, b: usize) -> usize {
    s[b..].chars().next().map_or(1, char::len_utf8)
}

/// `str.splitlines(keepends=False)`: splits at `\n`, `\r`, `\r\n`, `\v`,
/// `\f`, `\x1c`, `\x1d`, `\x1e`, `\x85`, `\u2028` and `\u2029`; no empty
/// string is produced for a trailing line break.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = b + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            next += 1;
        }
        out.push(&s[line_start..if keepends { next } else { b }]);
        line_start = next;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `str.strip(chars=None)`: removes leading and trailing Python whitespace
/// (`None`) or characters in `chars` (an empty `chars` strips nothing).
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `str.lstrip(chars=None)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c: char| set.contains(c)),
    }
}

/// `str.rstrip(chars=None)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c: char| set.contains(c)),
    }
}

/// `sep.join(parts)` for parts already checked to be `str`.
pub fn join(sep: &str, parts: &[&str]) -> String {
    let total =
        parts.iter().map(|p| p.len()).sum::<usize>() + sep.len() * parts.len().saturating_sub(1);
    let mut out = String::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}
