//! `float.hex()` and `float.fromhex()` with CPython 3.11's exact output and grammar.
//!
//! Invariants: `float_hex` always writes 13 hex digits after the point (`0x1.8000000000000p+0`,
//! subnormals as `0x0.…p-1022`); `float_fromhex` accepts
//! `[ws] [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] digits]) [ws]`
//! with ASCII whitespace only, and rounds the exact value half to even.

use num_bigint::BigUint;
use num_traits::Zero;

use super::convert::round_to_f64;
use super::dtoa::float_repr;
use super::unicode::is_ascii_space;
use super::FormatError;

/// `x.hex()`: e.g. `1.5` → `'0x1.8000000000000p+0'`, `-0.0` → `'-0x0.0p+0'`,
/// `5e-324` → `'0x0.0000000000001p-1022'`; infinities and NaN give their repr.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.unsigned_abs())
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

fn invalid() -> FormatError {
    FormatError::value("invalid hexadecimal floating-point string")
}

fn too_large() -> FormatError {
    FormatError::overflow("hexadecimal value too large to represent as a float")
}

/// Match `inf`, `infinity` or `nan` (any case, optional sign) at the start of `s`, like
/// CPython's `_Py_parse_inf_or_nan`: the value and the number of bytes used.
pub(crate) fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (negative, mut i) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[i..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let value = if starts(b"infinity") {
        i += 8;
        f64::INFINITY
    } else if starts(b"inf") {
        i += 3;
        f64::INFINITY
    } else if starts(b"nan") {
        i += 3;
        f64::NAN
    } else {
        return None;
    };
    Some((if negative { -value } else { value }, i))
}

/// `float.fromhex(s)`. Errors: `ValueError: invalid hexadecimal floating-point string`,
/// `OverflowError: hexadecimal value too large to represent as a float`.
pub fn float_fromhex(s: &str) -> Result<f64, FormatError> {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let value = if let Some((v, used)) = parse_inf_or_nan(&b[i..]) {
        i += used;
        v
    } else {
        let mut negative = false;
        if at(i) == b'-' {
            negative = true;
            i += 1;
        } else if at(i) == b'+' {
            i += 1;
        }
        if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
            i += 2;
        }
        let mut hex_digits = Vec::new();
        while hex_value(at(i)).is_some() {
            hex_digits.push(at(i));
            i += 1;
        }
        let mut fdigits = 0i64;
        if at(i) == b'.' {
            i += 1;
            while hex_value(at(i)).is_some() {
                hex_digits.push(at(i));
                fdigits += 1;
                i += 1;
            }
        }
        let Some(mantissa) = BigUint::parse_bytes(&hex_digits, 16) else {
            return Err(invalid());
        };
        let mut exp: i64 = 0;
        if matches!(at(i), b'p' | b'P') {
            i += 1;
            let exp_negative = at(i) == b'-';
            if matches!(at(i), b'-' | b'+') {
                i += 1;
            }
            if !at(i).is_ascii_digit() {
                return Err(invalid());
            }
            while at(i).is_ascii_digit() {
                // Saturate like strtol; anything this large over- or underflows anyway.
                exp = exp
                    .saturating_mul(10)
                    .saturating_add(i64::from(at(i) - b'0'));
                i += 1;
            }
            if exp_negative {
                exp = -exp;
            }
        }
        let x = if mantissa.is_zero() || exp < i64::MIN / 2 {
            0.0
        } else if exp > i64::MAX / 2 {
            return Err(too_large());
        } else {
            let e2 = exp - 4 * fdigits;
            round_to_f64(&mantissa, e2, false).map_err(|()| too_large())?
        };
        if negative {
            -x
        } else {
            x
        }
    };
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    // BEGIN GENERATED: expected values computed by CPython 3.11.
    #[rustfmt::skip]
    const HEX: &[(u64, &str)] = &[
        (0x0000000000000000, "0x0.0p+0"),
        (0x8000000000000000, "-0x0.0p+0"),
        (0x3ff0000000000000, "0x1.0000000000000p+0"),
        (0x3ff8000000000000, "0x1.8000000000000p+0"),
        (0xc004000000000000, "-0x1.4000000000000p+1"),
        (0x3fb999999999999a, "0x1.999999999999ap-4"),
        (0x0000000000000001, "0x0.0000000000001p-1022"),
        (0x0010000000000000, "0x1.0000000000000p-1022"),
        (0x000fffffffffffff, "0x0.fffffffffffffp-1022"),
        (0x7fefffffffffffff, "0x1.fffffffffffffp+1023"),
        (0x000012688b70e62b, "0x0.012688b70e62bp-1022"),
        (0x4008000000000000, "0x1.8000000000000p+1"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0x3fd5555555555555, "0x1.5555555555555p-2"),
    ];
    #[rustfmt::skip]
    const FROMHEX: &[(&str, &str)] = &[
        (" 0x1.8p1 ", "0x4008000000000000"),
        ("\u{2000}0x1", "!ValueError:invalid hexadecimal floating-point string"),
        ("0x1p1024", "!OverflowError:hexadecimal value too large to represent as a float"),
        ("0x1.fffffffffffff8p1023", "!OverflowError:hexadecimal value too large to represent as a float"),
        ("0x1.fffffffffffff7p1023", "0x7fefffffffffffff"),
        ("-inf", "0xfff0000000000000"),
        ("-0x0p0", "0x8000000000000000"),
        ("0x.8", "0x3fe0000000000000"),
        ("1.", "0x3ff0000000000000"),
        ("0x", "!ValueError:invalid hexadecimal floating-point string"),
        ("0x1p", "!ValueError:invalid hexadecimal floating-point string"),
        ("0x1p99999999999999999999999999", "!OverflowError:hexadecimal value too large to represent as a float"),
        ("0x0p99999999999999999999999999", "0x0000000000000000"),
        ("0x1p-99999999999999999999999999", "0x0000000000000000"),
        ("0x1p-1075", "0x0000000000000000"),
        ("0x1.0000000000001p-1075", "0x0000000000000001"),
        ("0x1p-1074", "0x0000000000000001"),
        ("0x3p-1076", "0x0000000000000001"),
        ("0x1.8p-1074", "0x0000000000000002"),
        ("nan", "0x7ff8000000000000"),
        ("-NaN", "0xfff8000000000000"),
        ("Infinity", "0x7ff0000000000000"),
        ("infinit", "!ValueError:invalid hexadecimal floating-point string"),
        ("0X1P+3", "0x4020000000000000"),
        ("abc", "0x40a5780000000000"),
        (".", "!ValueError:invalid hexadecimal floating-point string"),
        ("0x.", "!ValueError:invalid hexadecimal floating-point string"),
        ("0x1.p0", "0x3ff0000000000000"),
        ("1p-2", "0x3fd0000000000000"),
        ("0x10000000000000000p0", "0x43f0000000000000"),
        ("0x1.00000000000008p0", "0x3ff0000000000000"),
        ("0x1.00000000000018p0", "0x3ff0000000000002"),
        ("0x1.000000000000080000001p0", "0x3ff0000000000001"),
        ("+0x1", "0x3ff0000000000000"),
        ("- 0x1", "!ValueError:invalid hexadecimal floating-point string"),
        ("0x1 p1", "!ValueError:invalid hexadecimal floating-point string"),
        ("1e5", "0x407e500000000000"),
        ("0x1.23456789abcdef0123p-1030", "0x0000123456789abd"),
        ("ff", "0x406fe00000000000"),
        ("0xffffffffffffffffffp-1100", "0x0000400000000000"),
        ("\u{9}0x1\u{a}", "0x3ff0000000000000"),
        ("0x1.8000000000000p+0", "0x3ff8000000000000"),
        ("-0x1.999999999999ap-4", "0xbfb999999999999a"),
        ("0x1p-1022", "0x0010000000000000"),
        ("0x0.0000000000001p-1022", "0x0000000000000001"),
        ("0x1.fffffffffffffp-1023", "0x0010000000000000"),
    ];
    // END GENERATED

    #[test]
    fn hex_matches_cpython() {
        for &(bits, want) in HEX {
            assert_eq!(float_hex(f64::from_bits(bits)), want);
        }
    }

    #[test]
    fn fromhex_matches_cpython() {
        for &(s, want) in FROMHEX {
            let got = match float_fromhex(s) {
                Ok(x) if x.is_nan() => "nan".to_string(),
                Ok(x) => format!("0x{:016x}", x.to_bits()),
                Err(e) => format!("!{}:{}", e.class_name(), e.message()),
            };
            let want = match u64::from_str_radix(want.trim_start_matches("0x"), 16) {
                Ok(b) if f64::from_bits(b).is_nan() => "nan".to_string(),
                _ => want.to_string(),
            };
            assert_eq!(got, want, "fromhex({s:?})");
        }
    }

    #[test]
    fn hex_round_trips() {
        for &(bits, _) in HEX {
            let x = f64::from_bits(bits);
            if x.is_finite() {
                assert_eq!(float_fromhex(&float_hex(x)).unwrap().to_bits(), bits);
            }
        }
    }
}
