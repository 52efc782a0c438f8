//! Exact conversions between `int` (`BigInt`) and `float` (`f64`): `float(int)`,
//! `int(float)`, `float.as_integer_ratio()`, int/float comparison, `int / int`, and
//! `round()` for floats and ints.
//!
//! Invariants: every int → float conversion is correctly rounded (round half to even, with
//! subnormals) from the exact value, and reports overflow when the *rounded* value reaches
//! 2**1024, as CPython does; comparisons are exact for all magnitudes; `float_round` follows
//! CPython's `double_round` (round to a decimal string with ndigits, half to even, and parse
//! it back).

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use super::dtoa::{dtoa, Mode};
use super::FormatError;

/// `m × 2^e` as an `f64`, for `m < 2^54` whose result is exactly representable (normal or
/// subnormal) or overflows to infinity.
fn ldexp(m: u64, e: i64) -> f64 {
    let mut x = m as f64;
    let mut e = e;
    while e > 0 {
        let step = e.min(1000);
        x *= f64::from_bits(((1023 + step) as u64) << 52);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        // Scale in two halves so no intermediate rounding happens before the last step.
        x *= f64::from_bits(((1023 - step) as u64) << 52);
        e += step;
    }
    x
}

/// Correctly round `n × 2^e2` (plus a positive amount smaller than one unit of the lowest
/// bit of `n` when `sticky`) to an `f64`, half to even. `Err(())` when the rounded value is
/// 2**1024 or more.
pub(crate) fn round_to_f64(n: &BigUint, e2: i64, sticky: bool) -> Result<f64, ()> {
    if n.is_zero() {
        return Ok(0.0);
    }
    let bits = n.bits() as i64;
    // Exponent of the lowest kept bit: 53 significant bits, or fewer for subnormals.
    let mut lsb = (bits + e2 - 53).max(-1074);
    let shift = lsb - e2;
    let mut m: u64 = if shift <= 0 {
        // Exact: the value has at most 53 significant bits at or above 2^lsb.
        (n << ((-shift) as usize)).to_u64().unwrap_or(0)
    } else {
        let shift_u = shift as u64;
        let kept = (n >> shift_u).to_u64().unwrap_or(0);
        let half = n.bit(shift_u - 1);
        let rest = sticky || n.trailing_zeros().is_some_and(|tz| tz < shift_u - 1);
        if half && (rest || kept & 1 == 1) {
            kept + 1
        } else {
            kept
        }
    };
    if m == 1u64 << 53 {
        m >>= 1;
        lsb += 1;
    }
    let top = 64 - i64::from(m.leading_zeros()) + lsb;
    if top > 1024 {
        return Err(());
    }
    Ok(ldexp(m, lsb))
}

/// `float(v)`: the correctly rounded (half to even) float value of an int, or `Err(())`
/// for CPython's `OverflowError: int too large to convert to float`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, ()> {
    if let Some(small) = v.to_i64() {
        return Ok(small as f64);
    }
    let x = round_to_f64(v.magnitude(), 0, false)?;
    Ok(if v.sign() == Sign::Minus { -x } else { x })
}

/// Decompose a finite float into `(negative, m, e)` with `|x| = m × 2^e` and `m` odd (or
/// zero).
fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if m != 0 {
        let tz = m.trailing_zeros();
        m >>= tz;
        e += i64::from(tz);
    }
    (negative, m, e)
}

/// `int(x)` for a float: truncation toward zero. `None` for infinities
/// (`OverflowError: cannot convert float infinity to integer`) and NaN
/// (`ValueError: cannot convert float NaN to integer`).
pub fn float_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Some(BigInt::from(t as i64));
    }
    let (negative, m, e) = decompose(t);
    let mag = BigUint::from(m) << (e as usize);
    Some(BigInt::from_biguint(
        if negative { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `x.as_integer_ratio()`: the exact `(numerator, denominator)` in lowest terms with a
/// positive denominator. Errors: `OverflowError: cannot convert Infinity to integer ratio`,
/// `ValueError: cannot convert NaN to integer ratio`.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (negative, m, e) = decompose(x);
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    if e >= 0 {
        let num = BigUint::from(m) << (e as usize);
        Ok((BigInt::from_biguint(sign, num), BigInt::one()))
    } else {
        let den = BigUint::one() << ((-e) as usize);
        Ok((
            BigInt::from_biguint(sign, BigUint::from(m)),
            BigInt::from_biguint(Sign::Plus, den),
        ))
    }
}

/// Exact comparison of an int with a float, as CPython's `float_richcompare` does it:
/// `Some(i.cmp(f))`, or `None` when `f` is NaN (every comparison is false except `!=`).
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() <= 1u64 << 53 {
            // Exactly representable: compare as floats.
            return (small as f64).partial_cmp(&f);
        }
    }
    let t = f.trunc();
    let ti = float_to_bigint(t)?;
    match i.cmp(&ti) {
        Ordering::Equal => {
            // i == trunc(f): the fractional part decides.
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

/// `a / b` for ints (`int.__truediv__`): the correctly rounded quotient. Errors:
/// `ZeroDivisionError: division by zero`,
/// `OverflowError: integer division result too large for a float`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, FormatError> {
    if b.is_zero() {
        return Err(FormatError::ZeroDivision("division by zero".to_string()));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= 1u64 << 53 && y.unsigned_abs() <= 1u64 << 53 {
            // Both exact as floats: IEEE division is correctly rounded.
            let q = (x.unsigned_abs() as f64) / (y.unsigned_abs() as f64);
            return Ok(if negative { -q } else { q });
        }
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    if na.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let (ba, bb) = (na.bits() as i64, nb.bits() as i64);
    // Make the quotient at least 55 bits long so the rounding bit is inside it.
    let k = (55 + bb - ba).max(0);
    let (q, r) = (na << (k as usize)).div_rem(nb);
    let x = round_to_f64(&q, -k, !r.is_zero()).map_err(|()| {
        FormatError::overflow("integer division result too large for a float")
    })?;
    Ok(if negative { -x } else { x })
}

/// `round(x, ndigits)` for a float, exactly as CPython 3.11: NaN and infinities round to
/// themselves, `ndigits > 323` returns `x`, `ndigits < -308` returns a zero with the sign of
/// `x`, otherwise `x` is rounded to `ndigits` decimal places (half to even on the exact
/// value) and converted back. Pass `ndigits` clipped to the i64 range (CPython clips to
/// `Py_ssize_t`). Error: `OverflowError: rounded value too large to represent`.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let d = dtoa(x, Mode::Fixed(ndigits));
    let mut text = String::with_capacity(d.digits.len() + 16);
    if d.negative {
        text.push('-');
    }
    text.push('0');
    text.push_str(std::str::from_utf8(&d.digits).unwrap_or(""));
    text.push('e');
    text.push_str(&(d.decpt - d.digits.len() as i64).to_string());
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `round(x)` for a float (no ndigits): the nearest integer, ties to even. Errors:
/// `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn float_round_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let r = x.round_ties_even();
    float_to_bigint(r).ok_or_else(|| FormatError::value("cannot convert float NaN to integer"))
}

/// `round(v, ndigits)` for an int: `v` itself for `ndigits >= 0`, otherwise `v` rounded to a
/// multiple of `10**-ndigits`, ties to even.
pub fn int_round(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || v.is_zero() {
        return v.clone();
    }
    let k = ndigits.unsigned_abs();
    // |v| < 10**digits(|v|) <= 10**k / 10 < 10**k / 2: the result is 0.
    let digits = (v.magnitude().bits() as f64 * std::f64::consts::LOG10_2).ceil() as u64 + 1;
    if k > digits {
        return BigInt::zero();
    }
    let pow = num_traits::pow(BigInt::from(10u32), k as usize);
    let (q, r) = v.div_mod_floor(&pow);
    // r in [0, pow): round half to even on q.
    let twice = &r * 2u32;
    let q = match twice.cmp(&pow) {
        Ordering::Greater => q + 1u32,
        Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    };
    q * pow
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn show(r: Result<f64, FormatError>) -> String {
        match r {
            Ok(x) => format!("0x{:016x}", x.to_bits()),
            Err(e) => format!("!{}:{}", e.class_name(), e.message()),
        }
    }

    fn same(got: &str, want: &str) -> bool {
        let nan = |s: &str| {
            u64::from_str_radix(s.trim_start_matches("0x"), 16)
                .is_ok_and(|b| f64::from_bits(b).is_nan())
        };
        got == want || (nan(got) && nan(want))
    }

    // BEGIN GENERATED
    // END GENERATED

    #[test]
    fn ldexp_edges() {
        assert_eq!(ldexp(1, -1074).to_bits(), 1);
        assert_eq!(ldexp(1, 1023), 2f64.powi(1023));
        assert_eq!(ldexp((1 << 53) - 1, 971), f64::MAX);
    }

    #[test]
    fn round_ndigits_matches_cpython() {
        for &(bits, nd, want) in ROUND_NDIGITS {
            let got = show(float_round(f64::from_bits(bits), nd));
            let x = f64::from_bits(bits);
            assert!(same(&got, want), "round({x:e}, {nd}): {got} != {want}");
        }
    }

    #[test]
    fn round_int_matches_cpython() {
        for &(bits, want) in ROUND_INT {
            let got = match float_round_int(f64::from_bits(bits)) {
                Ok(v) => v.to_string(),
                Err(e) => format!("!{}:{}", e.class_name(), e.message()),
            };
            assert_eq!(got, want, "round({:e})", f64::from_bits(bits));
        }
        for &(v, nd, want) in INT_ROUND {
            assert_eq!(int_round(&big(v), nd).to_string(), want, "round({v}, {nd})");
        }
    }

    #[test]
    fn ratio_and_trunc_match_cpython() {
        for &(bits, want) in RATIO {
            let got = match float_as_integer_ratio(f64::from_bits(bits)) {
                Ok((n, d)) => format!("{n}/{d}"),
                Err(e) => format!("!{}:{}", e.class_name(), e.message()),
            };
            assert_eq!(got, want);
        }
        for &(bits, want) in TRUNC {
            let got = float_to_bigint(f64::from_bits(bits)).unwrap();
            assert_eq!(got.to_string(), want);
        }
        assert_eq!(float_to_bigint(f64::INFINITY), None);
        assert_eq!(float_to_bigint(f64::NAN), None);
    }

    #[test]
    fn int_to_float_matches_cpython() {
        for &(v, want) in TO_FLOAT {
            let got = match bigint_to_f64(&big(v)) {
                Ok(x) => format!("0x{:016x}", x.to_bits()),
                Err(()) => "!OverflowError:int too large to convert to float".to_string(),
            };
            assert_eq!(got, want, "float({v})");
        }
    }

    #[test]
    fn comparisons_match_cpython() {
        for &(v, bits, want) in COMPARE {
            let got = match cmp_int_float(&big(v), f64::from_bits(bits)) {
                Some(Ordering::Less) => '<',
                Some(Ordering::Greater) => '>',
                Some(Ordering::Equal) => '=',
                None => 'u',
            };
            assert_eq!(got, want, "{v} vs {:e}", f64::from_bits(bits));
        }
    }

    #[test]
    fn true_division_matches_cpython() {
        for &(a, b, want) in TRUE_DIV {
            assert_eq!(show(int_true_div(&big(a), &big(b))), want, "{a} / {b}");
        }
    }
}
