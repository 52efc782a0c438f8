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
/// For `int(b, base)` with `bytes`/`bytearray`, CPython reads the raw bytes: reject any
/// non-ASCII byte first (it can never be valid), then pass the ASCII text.
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
///
/// For `float(b)` with `bytes`/`bytearray`, CPython reads the raw bytes: reject any non-ASCII
/// byte first (it can never be valid), then pass the ASCII text.
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

    // BEGIN GENERATED: expected values computed by CPython 3.11.
    #[rustfmt::skip]
    const INTS: &[(&str, u32, Option<&str>)] = &[
        ("0", 0, Some("0")),
        ("0", 10, Some("0")),
        ("0", 16, Some("0")),
        ("0", 2, Some("0")),
        ("0", 36, Some("0")),
        ("0", 8, Some("0")),
        ("-0", 0, Some("0")),
        ("-0", 10, Some("0")),
        ("-0", 16, Some("0")),
        ("-0", 2, Some("0")),
        ("-0", 36, Some("0")),
        ("-0", 8, Some("0")),
        ("+42", 0, Some("42")),
        ("+42", 10, Some("42")),
        ("+42", 16, Some("66")),
        ("+42", 36, Some("146")),
        ("+42", 8, Some("34")),
        ("  42  ", 0, Some("42")),
        ("  42  ", 10, Some("42")),
        ("  42  ", 16, Some("66")),
        ("  42  ", 36, Some("146")),
        ("  42  ", 8, Some("34")),
        ("\u{9}\u{a}-7\u{a}", 0, Some("-7")),
        ("\u{9}\u{a}-7\u{a}", 10, Some("-7")),
        ("\u{9}\u{a}-7\u{a}", 16, Some("-7")),
        ("\u{9}\u{a}-7\u{a}", 36, Some("-7")),
        ("\u{9}\u{a}-7\u{a}", 8, Some("-7")),
        ("1_000", 0, Some("1000")),
        ("1_000", 10, Some("1000")),
        ("1_000", 16, Some("4096")),
        ("1_000", 2, Some("8")),
        ("1_000", 36, Some("46656")),
        ("1_000", 8, Some("512")),
        ("0x1f", 0, Some("31")),
        ("0x1f", 10, None),
        ("0x1f", 16, Some("31")),
        ("0x1f", 36, Some("42819")),
        ("0x1f", 8, None),
        ("0X1F", 0, Some("31")),
        ("0X1F", 10, None),
        ("0X1F", 16, Some("31")),
        ("0X1F", 2, None),
        ("0X1F", 36, Some("42819")),
        ("0o17", 0, Some("15")),
        ("0o17", 10, None),
        ("0o17", 2, None),
        ("0o17", 36, Some("31147")),
        ("0o17", 8, Some("15")),
        ("0b101", 0, Some("5")),
        ("0b101", 10, None),
        ("0b101", 16, Some("45313")),
        ("0b101", 2, Some("5")),
        ("0b101", 36, Some("514513")),
        ("0b101", 8, None),
        ("-0x10", 0, Some("-16")),
        ("-0x10", 10, None),
        ("-0x10", 16, Some("-16")),
        ("-0x10", 2, None),
        ("-0x10", 36, Some("-42804")),
        ("-0x10", 8, None),
        ("00", 0, Some("0")),
        ("00", 10, Some("0")),
        ("00", 16, Some("0")),
        ("00", 2, Some("0")),
        ("00", 36, Some("0")),
        ("00", 8, Some("0")),
        ("1_0", 0, Some("10")),
        ("1_0", 10, Some("10")),
        ("1_0", 16, Some("16")),
        ("1_0", 2, Some("2")),
        ("1_0", 36, Some("36")),
        ("1_0", 8, Some("8")),
        ("0x_1f", 0, Some("31")),
        ("0x_1f", 10, None),
        ("0x_1f", 16, Some("31")),
        ("0x_1f", 2, None),
        ("0x_1f", 36, Some("42819")),
        ("0x_1f", 8, None),
        ("ff", 0, None),
        ("ff", 10, None),
        ("ff", 16, Some("255")),
        ("ff", 36, Some("555")),
        ("0xff", 0, Some("255")),
        ("0xff", 10, None),
        ("0xff", 16, Some("255")),
        ("0xff", 2, None),
        ("0xff", 36, Some("43323")),
        ("0xff", 8, None),
        ("FF", 0, None),
        ("FF", 10, None),
        ("FF", 16, Some("255")),
        ("FF", 36, Some("555")),
        ("FF", 8, None),
        ("777", 0, Some("777")),
        ("777", 10, Some("777")),
        ("777", 16, Some("1911")),
        ("777", 36, Some("9331")),
        ("777", 8, Some("511")),
        ("0o777", 0, Some("511")),
        ("0o777", 10, None),
        ("0o777", 2, None),
        ("0o777", 36, Some("1129075")),
        ("0o777", 8, Some("511")),
        ("1010", 0, Some("1010")),
        ("1010", 10, Some("1010")),
        ("1010", 16, Some("4112")),
        ("1010", 2, Some("10")),
        ("1010", 36, Some("46692")),
        ("1010", 8, Some("520")),
        ("0b1010", 0, Some("10")),
        ("0b1010", 10, None),
        ("0b1010", 16, Some("725008")),
        ("0b1010", 2, Some("10")),
        ("0b1010", 36, Some("18522468")),
        ("z", 0, None),
        ("z", 10, None),
        ("z", 16, None),
        ("z", 2, None),
        ("z", 36, Some("35")),
        ("ZZ", 0, None),
        ("ZZ", 10, None),
        ("ZZ", 2, None),
        ("ZZ", 36, Some("1295")),
        ("ZZ", 8, None),
        ("heron", 0, None),
        ("heron", 10, None),
        ("heron", 16, None),
        ("heron", 36, Some("29242535")),
        ("heron", 8, None),
        ("999999999999999999999999999999", 0, Some("999999999999999999999999999999")),
        ("999999999999999999999999999999", 10, Some("999999999999999999999999999999")),
        ("999999999999999999999999999999", 16, Some("797536797470949523742284236168206745")),
        ("999999999999999999999999999999", 2, None),
        ("999999999999999999999999999999", 36, Some("12567517195034380497254422013256326708312790045")),
        ("-9999999999999999999999999", 0, Some("-9999999999999999999999999")),
        ("-9999999999999999999999999", 10, Some("-9999999999999999999999999")),
        ("-9999999999999999999999999", 16, Some("-760590360136937640898021923225")),
        ("-9999999999999999999999999", 36, Some("-207843757062367901308235897260252189725")),
        ("-9999999999999999999999999", 8, None),
        ("\u{663}\u{664}", 0, Some("34")),
        ("\u{663}\u{664}", 10, Some("34")),
        ("\u{663}\u{664}", 16, Some("52")),
        ("\u{663}\u{664}", 2, None),
        ("\u{663}\u{664}", 36, Some("112")),
        ("\u{663}\u{664}", 8, Some("28")),
        ("\u{ff11}\u{ff12}", 0, Some("12")),
        ("\u{ff11}\u{ff12}", 10, Some("12")),
        ("\u{ff11}\u{ff12}", 16, Some("18")),
        ("\u{ff11}\u{ff12}", 2, None),
        ("\u{ff11}\u{ff12}", 36, Some("38")),
        ("\u{ff11}\u{ff12}", 8, Some("10")),
        (" +0b_1 ", 0, Some("1")),
        (" +0b_1 ", 10, None),
        (" +0b_1 ", 16, Some("177")),
        (" +0b_1 ", 2, Some("1")),
        (" +0b_1 ", 36, Some("397")),
        (" +0b_1 ", 8, None),
        ("1_000_", 0, None),
        ("1_000_", 10, None),
        ("1_000_", 2, None),
        ("1_000_", 8, None),
        ("x", 0, None),
        ("x", 10, None),
        ("x", 16, None),
        ("x", 36, Some("33")),
        ("x", 8, None),
        ("", 0, None),
        ("", 10, None),
        ("", 16, None),
        ("", 8, None),
        ("  ", 0, None),
        ("  ", 10, None),
        ("  ", 16, None),
        ("  ", 2, None),
        ("  ", 8, None),
        ("1.5", 0, None),
        ("1.5", 10, None),
        ("1.5", 16, None),
        ("1e5", 0, None),
        ("1e5", 10, None),
        ("1e5", 16, Some("485")),
        ("1e5", 36, Some("1805")),
        ("12a", 0, None),
        ("12a", 10, None),
        ("12a", 16, Some("298")),
        ("12a", 2, None),
        ("12a", 36, Some("1378")),
        ("12a", 8, None),
        ("__1", 0, None),
        ("__1", 10, None),
        ("__1", 16, None),
        ("__1", 2, None),
        ("1__0", 0, None),
        ("1__0", 10, None),
        ("1__0", 16, None),
        ("1__0", 36, None),
        ("1__0", 8, None),
        ("_1", 0, None),
        ("_1", 10, None),
        ("_1", 16, None),
        ("_1", 2, None),
        ("1_", 0, None),
        ("1_", 10, None),
        ("1_", 2, None),
        ("0x", 0, None),
        ("0x", 10, None),
        ("0x", 2, None),
        ("0x", 36, Some("33")),
        ("0x", 8, None),
        ("08", 0, None),
        ("08", 10, Some("8")),
        ("08", 16, Some("8")),
        ("08", 2, None),
        ("08", 36, Some("8")),
        ("08", 8, None),
        ("010", 0, None),
        ("010", 10, Some("10")),
        ("010", 16, Some("16")),
        ("010", 2, Some("2")),
        ("010", 36, Some("36")),
        ("010", 8, Some("8")),
        ("2", 0, Some("2")),
        ("2", 10, Some("2")),
        ("2", 16, Some("2")),
        ("2", 36, Some("2")),
        ("2", 8, Some("2")),
        ("g", 0, None),
        ("g", 10, None),
        ("g", 36, Some("16")),
        ("g", 8, None),
        ("- 1", 0, None),
        ("- 1", 10, None),
        ("- 1", 36, None),
        ("- 1", 8, None),
        ("+-1", 0, None),
        ("+-1", 10, None),
        ("+-1", 2, None),
        ("+-1", 8, None),
        ("1 2", 0, None),
        ("1 2", 10, None),
        ("1 2", 16, None),
        ("1 2", 2, None),
        ("0b2", 0, None),
        ("0b2", 10, None),
        ("0b2", 16, Some("178")),
        ("0b2", 36, Some("398")),
        ("0b2", 8, None),
        ("\u{1c}5", 0, None),
        ("\u{1c}5", 10, None),
        ("\u{1c}5", 16, None),
        ("5\u{1c}", 0, None),
        ("5\u{1c}", 10, None),
        ("5\u{1c}", 2, None),
        ("\u{85}5\u{85}", 0, Some("5")),
        ("\u{85}5\u{85}", 10, Some("5")),
        ("\u{85}5\u{85}", 16, Some("5")),
        ("\u{85}5\u{85}", 2, None),
        ("\u{85}5\u{85}", 36, Some("5")),
        ("\u{85}5\u{85}", 8, Some("5")),
        ("\u{a0}5", 0, Some("5")),
        ("\u{a0}5", 10, Some("5")),
        ("\u{a0}5", 16, Some("5")),
        ("\u{a0}5", 36, Some("5")),
        ("\u{a0}5", 8, Some("5")),
        ("5\u{0}", 0, None),
        ("5\u{0}", 10, None),
        ("5\u{0}", 8, None),
        ("\u{b}5\u{c}", 0, Some("5")),
        ("\u{b}5\u{c}", 10, Some("5")),
        ("\u{b}5\u{c}", 16, Some("5")),
        ("\u{b}5\u{c}", 2, None),
        ("\u{b}5\u{c}", 36, Some("5")),
        ("\u{b}5\u{c}", 8, Some("5")),
        (" 0_5", 0, None),
        (" 0_5", 10, Some("5")),
        (" 0_5", 16, Some("5")),
        (" 0_5", 2, None),
        (" 0_5", 36, Some("5")),
        (" 0_5", 8, Some("5")),
        ("0_0", 0, Some("0")),
        ("0_0", 10, Some("0")),
        ("0_0", 16, Some("0")),
        ("0_0", 2, Some("0")),
        ("0_0", 36, Some("0")),
        ("0_0", 8, Some("0")),
        ("00_0", 0, Some("0")),
        ("00_0", 10, Some("0")),
        ("00_0", 16, Some("0")),
        ("00_0", 2, Some("0")),
        ("00_0", 36, Some("0")),
        ("00_0", 8, Some("0")),
        ("0b_", 0, None),
        ("0b_", 10, None),
        ("0b_", 36, None),
        ("0b_", 8, None),
        ("0x_", 0, None),
        ("0x_", 10, None),
        ("0x_", 16, None),
        ("0x_", 2, None),
        ("0x_", 36, None),
        ("0_x1", 0, None),
        ("0_x1", 10, None),
        ("0_x1", 36, Some("1189")),
        ("0_x1", 8, None),
        ("-_1", 0, None),
        ("-_1", 10, None),
        ("-_1", 2, None),
        ("0 ", 0, Some("0")),
        ("0 ", 10, Some("0")),
        ("0 ", 16, Some("0")),
        ("0 ", 2, Some("0")),
        ("0 ", 36, Some("0")),
        ("0 ", 8, Some("0")),
        ("+0b1", 0, Some("1")),
        ("+0b1", 10, None),
        ("+0b1", 16, Some("177")),
        ("+0b1", 2, Some("1")),
        ("+0b1", 36, Some("397")),
        ("0B1_1", 0, Some("3")),
        ("0B1_1", 10, None),
        ("0B1_1", 16, Some("2833")),
        ("0B1_1", 2, Some("3")),
        ("0B1_1", 36, Some("14293")),
        ("0B1_1", 8, None),
        ("\u{660}\u{661}", 0, None),
        ("\u{660}\u{661}", 10, Some("1")),
        ("\u{660}\u{661}", 16, Some("1")),
        ("\u{660}\u{661}", 2, Some("1")),
        ("\u{660}\u{661}", 36, Some("1")),
        ("\u{660}\u{661}", 8, Some("1")),
        ("0\u{661}", 0, None),
        ("0\u{661}", 10, Some("1")),
        ("0\u{661}", 16, Some("1")),
        ("0\u{661}", 2, Some("1")),
        ("0\u{661}", 36, Some("1")),
        ("0\u{661}", 8, Some("1")),
        ("9223372036854775807", 0, Some("9223372036854775807")),
        ("9223372036854775807", 10, Some("9223372036854775807")),
        ("9223372036854775807", 16, Some("43132194673522839607303")),
        ("9223372036854775807", 36, Some("93419446956697119914106100423")),
        ("9223372036854775808", 0, Some("9223372036854775808")),
        ("9223372036854775808", 10, Some("9223372036854775808")),
        ("9223372036854775808", 16, Some("43132194673522839607304")),
        ("9223372036854775808", 2, None),
        ("9223372036854775808", 36, Some("93419446956697119914106100424")),
        ("-9223372036854775808", 0, Some("-9223372036854775808")),
        ("-9223372036854775808", 10, Some("-9223372036854775808")),
        ("-9223372036854775808", 16, Some("-43132194673522839607304")),
        ("-9223372036854775808", 36, Some("-93419446956697119914106100424")),
        ("-9223372036854775808", 8, None),
        ("-9223372036854775809", 0, Some("-9223372036854775809")),
        ("-9223372036854775809", 10, Some("-9223372036854775809")),
        ("-9223372036854775809", 16, Some("-43132194673522839607305")),
        ("-9223372036854775809", 2, None),
        ("-9223372036854775809", 36, Some("-93419446956697119914106100425")),
        ("18446744073709551616", 0, Some("18446744073709551616")),
        ("18446744073709551616", 10, Some("18446744073709551616")),
        ("18446744073709551616", 16, Some("114598615266301018707478")),
        ("18446744073709551616", 2, None),
        ("18446744073709551616", 36, Some("455013943109275812644532567498")),
        ("\u{660}x1", 0, Some("1")),
        ("\u{660}x1", 10, None),
        ("\u{660}x1", 16, Some("1")),
        ("\u{660}x1", 36, Some("1189")),
        ("\u{660}x1", 8, None),
        ("1\u{e9}", 0, None),
        ("1\u{e9}", 10, None),
        ("1\u{e9}", 8, None),
        ("0o", 0, None),
        ("0o", 10, None),
        ("0o", 16, None),
        ("0o", 2, None),
        ("0o", 36, Some("24")),
        ("0o", 8, None),
        ("-0b0", 0, Some("0")),
        ("-0b0", 10, None),
        ("-0b0", 16, Some("-176")),
        ("-0b0", 2, Some("0")),
        ("-0b0", 36, Some("-396")),
        ("-0b0", 8, None),
        ("0_", 0, None),
        ("0_", 10, None),
        ("0_", 16, None),
        ("0_", 2, None),
        ("0_", 36, None),
        ("0_", 8, None),
        ("0__0", 0, None),
        ("0__0", 10, None),
        ("0__0", 2, None),
        ("0__0", 36, None),
        ("0__0", 8, None),
        ("07", 0, None),
        ("07", 10, Some("7")),
        ("07", 16, Some("7")),
        ("07", 2, None),
        ("07", 36, Some("7")),
        ("07", 8, Some("7")),
        ("0_7", 0, None),
        ("0_7", 10, Some("7")),
        ("0_7", 16, Some("7")),
        ("0_7", 2, None),
        ("0_7", 36, Some("7")),
        ("0_7", 8, Some("7")),
        ("0x1_f", 0, Some("31")),
        ("0x1_f", 10, None),
        ("0x1_f", 16, Some("31")),
        ("0x1_f", 2, None),
        ("0x1_f", 36, Some("42819")),
        ("0x1__f", 0, None),
        ("0x1__f", 10, None),
        ("0x1__f", 2, None),
        ("0x1__f", 36, None),
        ("ZZZZZZZZZZZZZZZZZZZZ", 0, None),
        ("ZZZZZZZZZZZZZZZZZZZZ", 10, None),
        ("ZZZZZZZZZZZZZZZZZZZZ", 16, None),
        ("ZZZZZZZZZZZZZZZZZZZZ", 2, None),
        ("ZZZZZZZZZZZZZZZZZZZZ", 36, Some("13367494538843734067838845976575")),
        ("ZZZZZZZZZZZZZZZZZZZZ", 8, None),
        ("\u{2003}-12\u{3000}", 0, Some("-12")),
        ("\u{2003}-12\u{3000}", 10, Some("-12")),
        ("\u{2003}-12\u{3000}", 16, Some("-18")),
        ("\u{2003}-12\u{3000}", 36, Some("-38")),
        ("\u{2003}-12\u{3000}", 8, Some("-10")),
        ("1\u{b2}", 0, None),
        ("1\u{b2}", 10, None),
    ];
    #[rustfmt::skip]
    const FLOATS: &[(&str, Option<u64>)] = &[
        ("1.5", Some(0x3ff8000000000000)),
        (" 1.5 ", Some(0x3ff8000000000000)),
        ("\u{a}-2.25\u{9}", Some(0xc002000000000000)),
        ("+3", Some(0x4008000000000000)),
        ("1e3", Some(0x408f400000000000)),
        ("1E-3", Some(0x3f50624dd2f1a9fc)),
        ("1_000.5", Some(0x408f440000000000)),
        (".5", Some(0x3fe0000000000000)),
        ("5.", Some(0x4014000000000000)),
        ("inf", Some(0x7ff0000000000000)),
        ("-inf", Some(0xfff0000000000000)),
        ("+inf", Some(0x7ff0000000000000)),
        ("Infinity", Some(0x7ff0000000000000)),
        ("-Infinity", Some(0xfff0000000000000)),
        ("iNfInItY", Some(0x7ff0000000000000)),
        ("nan", Some(0x7ff8000000000000)),
        ("-nan", Some(0xfff8000000000000)),
        ("NaN", Some(0x7ff8000000000000)),
        ("1e400", Some(0x7ff0000000000000)),
        ("-1e400", Some(0xfff0000000000000)),
        ("1e-400", Some(0x0000000000000000)),
        ("  -0.0 ", Some(0x8000000000000000)),
        ("00012.50", Some(0x4029000000000000)),
        ("1_2.3_4e1_0", Some(0x423cbb3692000000)),
        ("\u{661}.\u{665}", Some(0x3ff8000000000000)),
        ("4.35", Some(0x4011666666666666)),
        ("0.1e-1", Some(0x3f847ae147ae147b)),
        ("123456789012345678901234567890", Some(0x45f8ee90ff6c373e)),
        ("2.5e-7", Some(0x3e90c6f7a0b5ed8d)),
        ("x", None),
        ("", None),
        ("1.5.2", None),
        ("1,5", None),
        ("_1.5", None),
        ("1__5", None),
        ("1.5_", None),
        ("infinit", None),
        ("0x1p3", None),
        ("1e", None),
        ("- 1", None),
        ("  ", None),
        ("\u{1c}5", None),
        ("5\u{1c}", None),
        ("\u{85}5\u{85}", Some(0x4014000000000000)),
        ("in_f", None),
        ("1_e5", None),
        ("1e_5", None),
        ("1e5_0", Some(0x4a511b0ec57e649a)),
        ("1._5", None),
        ("1_.5", None),
        (".5_", None),
        ("-_5", None),
        ("nan(1)", None),
        ("+nan", Some(0x7ff8000000000000)),
        ("infinityx", None),
        ("1e+", None),
        (".", None),
        ("+.5", Some(0x3fe0000000000000)),
        ("5.e3", Some(0x40b3880000000000)),
        ("0x1", None),
        ("1e99999999999999999999999", Some(0x7ff0000000000000)),
        ("1e-99999999999999999999", Some(0x0000000000000000)),
        ("1\u{0}", None),
        ("\u{2000}1.5\u{3000}", Some(0x3ff8000000000000)),
        ("\u{0}1", None),
        ("-.e1", None),
        ("+-1", None),
        ("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", Some(0x7ff0000000000000)),
        ("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", Some(0x0000000000000000)),
        ("2.4703282292062327e-324", Some(0x0000000000000000)),
        ("2.4703282292062328e-324", Some(0x0000000000000001)),
        ("1.7976931348623158e308", Some(0x7fefffffffffffff)),
        ("1.7976931348623159e308", Some(0x7ff0000000000000)),
        ("9007199254740993", Some(0x4340000000000000)),
        ("-", None),
        ("+", None),
        ("e5", None),
        (".e5", None),
        ("inF", Some(0x7ff0000000000000)),
        ("nAn", Some(0x7ff8000000000000)),
        ("infinity ", Some(0x7ff0000000000000)),
        (" -iNF", Some(0xfff0000000000000)),
        ("\u{a0}nan", Some(0x7ff8000000000000)),
        ("\u{661}\u{662}_\u{663}", Some(0x405ec00000000000)),
    ];
    #[rustfmt::skip]
    const INT_MESSAGES: &[(&str, u32, &str, &str)] = &[
        ("'x'", 10, "x", "invalid literal for int() with base 10: 'x'"),
        ("'x'", 0, "x", "invalid literal for int() with base 0: 'x'"),
        ("'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", 10, "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "invalid literal for int() with base 10: '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", 0, "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "invalid literal for int() with base 0: '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("\"it's\"", 10, "it's", "invalid literal for int() with base 10: \"it's\""),
        ("\"it's\"", 0, "it's", "invalid literal for int() with base 0: \"it's\""),
    ];
    #[rustfmt::skip]
    const FLOAT_MESSAGES: &[(&str, &str)] = &[
        ("'x'", "could not convert string to float: 'x'"),
        ("'1.5.2'", "could not convert string to float: '1.5.2'"),
    ];
    // END GENERATED

    #[test]
    fn ints_match_cpython() {
        for &(s, base, want) in INTS {
            let got = parse_int_literal(s, base)
                .ok()
                .map(|v| v.to_bigint().to_string());
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
