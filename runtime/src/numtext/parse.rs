//! Text → number: `int(s, base)` (CPython's `PyLong_FromUnicodeObject` /
//! `PyLong_FromString`) and `float(s)` (`PyFloat_FromString`), plus the exact error messages.
//!
//! Invariants: both parsers first apply CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! (Unicode whitespace → space, Unicode decimal digits → ASCII digits, anything else
//! non-ASCII → invalid), then follow CPython's ASCII grammar exactly: surrounding ASCII
//! whitespace, one sign, underscores only between digits (and once after a base prefix for
//! ints), no embedded NUL. Results are exact (ints) or correctly rounded (floats).

use num_bigint::BigInt;
use num_traits::Num;

use super::hex::parse_inf_or_nan;
use super::unicode::{is_ascii_space, to_ascii_numeric};

/// The value of a parsed int literal: a machine integer when it fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntLit {
    /// Fits in an `i64`.
    Small(i64),
    /// Does not fit in an `i64`.
    Big(BigInt),
}

impl IntLit {
    /// The value as a `BigInt`.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntLit::Small(v) => BigInt::from(*v),
            IntLit::Big(v) => v.clone(),
        }
    }
}

/// The text is not a valid literal (the caller raises `ValueError` with
/// [`int_literal_error_message`] or [`float_literal_error_message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidLiteral;

/// The message of `int(s, base)`'s `ValueError`: `invalid literal for int() with base 10:
/// 'x'`. `repr_of_s` is `repr(s)` of the *original* string; like CPython's `%.200R` it is
/// cut to 200 code points. `base` is the base the caller passed (0 included).
pub fn int_literal_error_message(base: u32, repr_of_s: &str) -> String {
    let cut: String = repr_of_s.chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {cut}")
}

/// The message of `float(s)`'s `ValueError`: `could not convert string to float: 'x'`, where
/// `repr_of_s` is `repr(s)` of the original string.
pub fn float_literal_error_message(repr_of_s: &str) -> String {
    format!("could not convert string to float: {repr_of_s}")
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a `str` `s`, with CPython 3.11's rules: `base` is 0 (auto-detect a
/// `0x`/`0o`/`0b` prefix; other numbers with a leading zero must be zero) or 2..=36;
/// surrounding whitespace (Unicode included) is ignored; one `+`/`-`; a prefix matching the
/// base may be given and may be followed by one `_`; single underscores between digits;
/// Unicode decimal digits count as digits (`'١٢٣'` → 123).
///
/// Any other base gives `Err(InvalidLiteral)`; the caller reports
/// `int() arg 2 must be >= 2 and <= 36` before calling. CPython 3.11 additionally limits
/// decimal (non-power-of-two base) conversions to 4300 digits
/// (`sys.set_int_max_str_digits`); that check is left to the caller.
pub fn parse_int_literal(s: &str, base: u32) -> Result<IntLit, InvalidLiteral> {
    if base == 1 || base > 36 {
        return Err(InvalidLiteral);
    }
    let b = to_ascii_numeric(s);
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(InvalidLiteral);
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while digit_value(at(i)) < base || at(i) == b'_' {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Err(InvalidLiteral);
            }
        } else {
            digits.push(c);
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(InvalidLiteral);
    }
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(InvalidLiteral);
    }
    if error_if_nonzero && digits.iter().any(|&d| d != b'0') {
        return Err(InvalidLiteral);
    }
    // Small values without a BigInt.
    let mut acc: u64 = 0;
    let mut fits = true;
    for &d in &digits {
        match acc
            .checked_mul(u64::from(base))
            .and_then(|a| a.checked_add(u64::from(digit_value(d))))
        {
            Some(a) => acc = a,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        if !negative && acc <= i64::MAX as u64 {
            return Ok(IntLit::Small(acc as i64));
        }
        if negative && acc <= 1u64 << 63 {
            return Ok(IntLit::Small((acc as i64).wrapping_neg()));
        }
    }
    let text = std::str::from_utf8(&digits).map_err(|_| InvalidLiteral)?;
    let mag = BigInt::from_str_radix(text, base).map_err(|_| InvalidLiteral)?;
    Ok(IntLit::Big(if negative { -mag } else { mag }))
}

/// Whether `b` is a valid decimal float per `_Py_dg_strtod`:
/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`.
fn is_decimal_float(b: &[u8]) -> bool {
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut mantissa_digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        mantissa_digits += i - frac_start;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        i += 1;
        if i < b.len() && matches!(b[i], b'+' | b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == b.len()
}

/// `float(s)` for a `str` `s`, with CPython 3.11's rules: surrounding whitespace (Unicode
/// included) ignored; `inf`, `infinity`, `nan` in any case with an optional sign; decimal
/// numbers with optional exponent; single underscores only between digits; Unicode decimal
/// digits accepted; no hex. Overflow gives ±inf and underflow ±0.0, as in CPython. `None`
/// means `ValueError` (see [`float_literal_error_message`]).
pub fn parse_float(s: &str) -> Option<f64> {
    let b = to_ascii_numeric(s);
    if b.contains(&0) {
        return None;
    }
    let b = if b.contains(&b'_') {
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in &b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        out
    } else {
        b
    };
    let mut start = 0;
    let mut end = b.len();
    while start < end && is_ascii_space(b[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    let t = &b[start..end];
    if t.is_empty() {
        return None;
    }
    if let Some((v, used)) = parse_inf_or_nan(t) {
        return if used == t.len() { Some(v) } else { None };
    }
    if !is_decimal_float(t) {
        return None;
    }
    std::str::from_utf8(t).ok()?.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    // BEGIN GENERATED
    // END GENERATED

    #[test]
    fn ints_match_cpython() {
        for &(s, base, want) in INTS {
            let got = parse_int_literal(s, base).ok().map(|v| v.to_bigint().to_string());
            assert_eq!(got.as_deref(), want, "int({s:?}, {base})");
        }
    }

    #[test]
    fn small_and_big_results() {
        assert_eq!(
            parse_int_literal("-9223372036854775808", 10),
            Ok(IntLit::Small(i64::MIN))
        );
        assert!(matches!(
            parse_int_literal("9223372036854775808", 10),
            Ok(IntLit::Big(_))
        ));
        assert_eq!(parse_int_literal("10", 1), Err(InvalidLiteral));
        assert_eq!(parse_int_literal("10", 37), Err(InvalidLiteral));
    }

    #[test]
    fn floats_match_cpython() {
        for &(s, want) in FLOATS {
            let got = parse_float(s).map(f64::to_bits);
            match (got, want) {
                // Any NaN payload with the same sign is fine.
                (Some(g), Some(w)) if f64::from_bits(w).is_nan() => {
                    assert!(f64::from_bits(g).is_nan(), "float({s:?})");
                    assert_eq!(g >> 63, w >> 63, "float({s:?}) sign");
                }
                _ => assert_eq!(got, want, "float({s:?})"),
            }
        }
    }

    #[test]
    fn messages_match_cpython() {
        for &(repr, base, s, want) in INT_MESSAGES {
            assert!(parse_int_literal(s, base).is_err());
            assert_eq!(int_literal_error_message(base, repr), want);
        }
        for &(repr, want) in FLOAT_MESSAGES {
            assert_eq!(float_literal_error_message(repr), want);
        }
    }
}
