//! Per-code-point Unicode properties and case mappings with CPython 3.11's
//! definitions (the `Py_UNICODE_IS*` / `_PyUnicode_To*Full` family), backed
//! by the generated [`tables`](super::tables).

use std::borrow::Cow;

use super::tables as t;

/// All property flags of `c` (bits are the constants in `tables`).
#[inline]
pub fn flags(c: char) -> u16 {
    let cp = u32::from(c);
    if cp < 256 {
        return t::LATIN1_FLAGS[cp as usize];
    }
    let i = t::FLAG_RUNS.partition_point(|&e| (e >> 8) <= cp);
    // FLAG_RUNS[0] starts at U+0000, so `i >= 1`.
    let entry = t::FLAG_RUNS[i.saturating_sub(1)];
    t::FLAG_COMBOS[(entry & 0xff) as usize]
}

#[inline]
fn has(c: char, bit: u16) -> bool {
    flags(c) & bit != 0
}

/// `Py_UNICODE_ISALPHA`: general category L*.
pub fn is_alpha(c: char) -> bool {
    has(c, t::ALPHA)
}

/// `Py_UNICODE_ISDECIMAL`: has a decimal digit value (category Nd).
pub fn is_decimal(c: char) -> bool {
    has(c, t::DECIMAL)
}

/// `Py_UNICODE_ISDIGIT`: has a digit value.
pub fn is_digit(c: char) -> bool {
    has(c, t::DIGIT)
}

/// `Py_UNICODE_ISNUMERIC`: has a numeric value.
pub fn is_numeric(c: char) -> bool {
    has(c, t::NUMERIC)
}

/// `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    has(c, t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC)
}

/// `Py_UNICODE_ISSPACE`: Python's whitespace (bidi WS/B/S or category Zs),
/// which includes U+001C..U+001F unlike Rust's `char::is_whitespace`.
#[inline]
pub fn is_space(c: char) -> bool {
    matches!(
        u32::from(c),
        0x09..=0x0d
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// `Py_UNICODE_ISLINEBREAK`: the boundaries of `str.splitlines`.
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029
    )
}

/// `Py_UNICODE_ISPRINTABLE`: not in categories Cc Cf Cs Co Cn Zl Zp Zs,
/// except that the ASCII space is printable.
pub fn is_printable(c: char) -> bool {
    has(c, t::PRINTABLE)
}

/// `Py_UNICODE_ISLOWER`: the Unicode `Lowercase` property.
pub fn is_lower(c: char) -> bool {
    has(c, t::LOWER)
}

/// `Py_UNICODE_ISUPPER`: the Unicode `Uppercase` property.
pub fn is_upper(c: char) -> bool {
    has(c, t::UPPER)
}

/// `Py_UNICODE_ISTITLE`: general category Lt.
pub fn is_title(c: char) -> bool {
    has(c, t::TITLE)
}

/// `_PyUnicode_IsCased`: the Unicode `Cased` property.
pub fn is_cased(c: char) -> bool {
    has(c, t::CASED)
}

/// `_PyUnicode_IsCaseIgnorable`: the Unicode `Case_Ignorable` property.
pub fn is_case_ignorable(c: char) -> bool {
    has(c, t::CASE_IGNORABLE)
}

/// `_PyUnicode_IsXidStart` (note: `str.isidentifier` also accepts `_`).
pub fn is_xid_start(c: char) -> bool {
    has(c, t::XID_START)
}

/// `_PyUnicode_IsXidContinue`.
pub fn is_xid_continue(c: char) -> bool {
    has(c, t::XID_CONTINUE)
}

/// `Py_UNICODE_TODECIMAL`: the decimal digit value of `c`, if any.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = u32::from(c);
    if c.is_ascii_digit() {
        return Some(cp - u32::from(b'0'));
    }
    let i = t::DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = t::DECIMAL_ZEROS[i.checked_sub(1)?];
    let v = cp - zero;
    (v < 10).then_some(v)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step of
/// `int()`, `float()` and `complex()` on a `str`: an all-ASCII string is
/// returned as is; otherwise characters below U+007F are kept, whitespace
/// becomes `' '`, decimal digits become ASCII digits, and at the first other
/// character the result is cut short and ends with `'?'`, which makes the
/// caller's parser reject it.
pub fn transform_decimal_and_space_to_ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if u32::from(c) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            out.push('?');
            break;
        }
    }
    Cow::Owned(out)
}

/// The result of a full case mapping of one code point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseMapping {
    /// Maps to a single code point (possibly itself).
    One(char),
    /// Maps to several code points (e.g. `'ß'.upper() == 'SS'`).
    Many(&'static str),
}

impl CaseMapping {
    /// Appends the mapping to `out`.
    #[inline]
    pub fn push_to(self, out: &mut String) {
        match self {
            CaseMapping::One(c) => out.push(c),
            CaseMapping::Many(s) => out.push_str(s),
        }
    }
}

fn map_case(c: char, runs: &[(u32, i32)], multi: &[(u32, &'static str)]) -> CaseMapping {
    let cp = u32::from(c);
    let i = runs.partition_point(|&(e, _)| (e >> 11) <= cp);
    if i > 0 {
        let (e, delta) = runs[i - 1];
        let start = e >> 11;
        let count = ((e >> 1) & 0x3ff) + 1;
        let stride = (e & 1) + 1;
        let off = cp - start;
        if off % stride == 0 && off / stride < count {
            let mapped = cp.wrapping_add_signed(delta);
            return CaseMapping::One(char::from_u32(mapped).unwrap_or(c));
        }
    }
    match multi.binary_search_by_key(&cp, |&(k, _)| k) {
        Ok(j) => CaseMapping::Many(multi[j].1),
        Err(_) => CaseMapping::One(c),
    }
}

/// `_PyUnicode_ToLowerFull` (without the context-dependent final sigma rule,
/// which [`lower`](super::lower) applies).
pub fn to_lower_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_lowercase());
    }
    map_case(c, &t::LOWER_RUNS, &t::LOWER_MULTI)
}

/// `_PyUnicode_ToUpperFull`.
pub fn to_upper_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_uppercase());
    }
    map_case(c, &t::UPPER_RUNS, &t::UPPER_MULTI)
}

/// `_PyUnicode_ToTitleFull`.
pub fn to_title_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_uppercase());
    }
    map_case(c, &t::TITLE_RUNS, &t::TITLE_MULTI)
}

/// `_PyUnicode_ToFoldedFull` (full case folding, as used by `casefold`).
pub fn to_folded_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_lowercase());
    }
    map_case(c, &t::FOLD_RUNS, &t::FOLD_MULTI)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_and_linebreak_match_tables() {
        for cp in 0..0x11_0000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(is_space(c), has(c, t::SPACE), "U+{cp:04X}");
            assert_eq!(is_linebreak(c), has(c, t::LINEBREAK), "U+{cp:04X}");
        }
    }

    #[test]
    fn latin1_matches_runs() {
        for cp in 0..256u32 {
            let i = t::FLAG_RUNS.partition_point(|&e| (e >> 8) <= cp);
            let f = t::FLAG_COMBOS[(t::FLAG_RUNS[i - 1] & 0xff) as usize];
            assert_eq!(t::LATIN1_FLAGS[cp as usize], f, "U+{cp:04X}");
        }
    }

    #[test]
    fn ascii_case_fast_paths_match_tables() {
        for b in 0u8..128 {
            let c = char::from(b);
            assert_eq!(
                to_lower_full(c),
                map_case(c, &t::LOWER_RUNS, &t::LOWER_MULTI)
            );
            assert_eq!(
                to_upper_full(c),
                map_case(c, &t::UPPER_RUNS, &t::UPPER_MULTI)
            );
            assert_eq!(
                to_title_full(c),
                map_case(c, &t::TITLE_RUNS, &t::TITLE_MULTI)
            );
            assert_eq!(
                to_folded_full(c),
                map_case(c, &t::FOLD_RUNS, &t::FOLD_MULTI)
            );
        }
    }
}
