//! `str.translate` driven by a caller-supplied lookup, and the two/three
//! argument form of `str.maketrans`.

use super::{msg, StrError};

/// What a translation table maps a character to (the value found by
/// `table[ord(c)]`, already classified by the caller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapped {
    /// `None`: delete the character.
    Delete,
    /// An `int`: the code point to substitute (range-checked here; Python ints
    /// outside `i64` should be saturated).
    Int(i64),
    /// A `str`: the text to substitute.
    Str(String),
}

/// CPython's range check of a looked-up int.
fn check_range(v: i64) -> Result<(), StrError> {
    if (0..0x11_0000).contains(&v) {
        Ok(())
    } else {
        Err(StrError::value(msg::TRANSLATE_RANGE))
    }
}

/// Converts a looked-up int to a `char`, with CPython's range error.
fn code_point(v: i64) -> Result<char, StrError> {
    check_range(v)?;
    // Heron strings are UTF-8, so lone surrogates cannot be produced.
    char::from_u32(v as u32).ok_or_else(|| {
        StrError::value("character mapping to a surrogate code point is not supported")
    })
}

/// ASCII fast-path cache states, as in CPython's `unicode_fast_translate`.
const UNKNOWN: u8 = 0xff;
const DELETED: u8 = 0xfe;

/// `str.translate(table)`. `lookup(c)` performs `table[ord(c)]`: it returns
/// `None` when the lookup raised `LookupError` (the character is kept),
/// `Some(Ok(mapped))` for a value, and `Some(Err(e))` to propagate an
/// exception (e.g. the caller's `TypeError: character mapping must return
/// integer, None or str`).
///
/// Like CPython, an all-ASCII input first runs a cached fast path that looks
/// each distinct character up once while results are single ASCII characters
/// or deletions; on the first other result it falls back to the general
/// path, which looks that character up again and then every character
/// without caching (looking ahead after a deletion, as CPython does). The
/// sequence of lookups therefore matches CPython's.
pub fn translate<E, F>(s: &str, mut lookup: F) -> Result<String, E>
where
    F: FnMut(char) -> Option<Result<Mapped, E>>,
    E: From<StrError>,
{
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    if s.is_ascii() {
        let mut cache = [UNKNOWN; 128];
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let mut t = cache[usize::from(b)];
            if t == UNKNOWN {
                let cached = match lookup(char::from(b)) {
                    None => Some(b),
                    Some(Err(e)) => return Err(e),
                    Some(Ok(Mapped::Delete)) => Some(DELETED),
                    Some(Ok(Mapped::Int(v))) => {
                        check_range(v)?;
                        u8::try_from(v).ok().filter(|v| *v < 128)
                    }
                    Some(Ok(Mapped::Str(m))) => {
                        let mut it = m.chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) if c.is_ascii() => Some(c as u8),
                            _ => None,
                        }
                    }
                };
                match cached {
                    Some(v) => cache[usize::from(b)] = v,
                    None => break,
                }
                t = cache[usize::from(b)];
            }
            if t != DELETED {
                out.push(char::from(t));
            }
            i += 1;
        }
        rest = &s[i..];
    }
    // General path (CPython's `_PyUnicode_TranslateCharmap` loop). After a
    // deleted character CPython looks ahead for a run of further deletions;
    // the look-ahead lookup of the first non-deleted character is repeated
    // when that character is then translated.
    let mut it = rest.chars().peekable();
    while let Some(c) = it.next() {
        match lookup(c) {
            None => out.push(c),
            Some(Err(e)) => return Err(e),
            Some(Ok(Mapped::Int(v))) => out.push(code_point(v)?),
            Some(Ok(Mapped::Str(m))) => out.push_str(&m),
            Some(Ok(Mapped::Delete)) => {
                while let Some(&next) = it.peek() {
                    match lookup(next) {
                        Some(Err(e)) => return Err(e),
                        Some(Ok(Mapped::Delete)) => {
                            it.next();
                        }
                        Some(Ok(Mapped::Int(v))) => {
                            check_range(v)?;
                            break;
                        }
                        _ => break,
                    }
                }
            }
        }
    }
    Ok(out)
}

/// `str.maketrans(x, y[, z])` for strings: maps `x[i]` to `y[i]` and every
/// character of `z` to `None`. Returns the resulting dict's items in
/// insertion order (a repeated key keeps its first position and last value,
/// as in a dict). Unequal `x`/`y` lengths raise `ValueError: the first two
/// maketrans arguments must have equal length`.
pub fn maketrans(x: &str, y: &str, z: Option<&str>) -> Result<Vec<(char, Option<char>)>, StrError> {
    if x.chars().count() != y.chars().count() {
        return Err(StrError::value(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let mut items: Vec<(char, Option<char>)> = Vec::new();
    let mut pos = std::collections::HashMap::new();
    let pairs = x
        .chars()
        .zip(y.chars().map(Some))
        .chain(z.unwrap_or("").chars().map(|c| (c, None)));
    for (k, v) in pairs {
        match pos.get(&k) {
            Some(&i) => items[i] = (k, v),
            None => {
                pos.insert(k, items.len());
                items.push((k, v));
            }
        }
    }
    Ok(items)
}

/// Key conversion of one-argument `str.maketrans(dict)` for a `str` key:
/// `ValueError: string keys in translate table must be of length 1` unless
/// it is a single character (int keys are used as they are).
pub fn maketrans_str_key(key: &str) -> Result<char, StrError> {
    let mut it = key.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::value(
            "string keys in translate table must be of length 1",
        )),
    }
}
