//! Representation-level float functions: `frexp`, `ldexp`, `modf`, `nextafter`, `ulp`,
//! `floor`/`ceil`/`trunc`, and exact conversions between `f64` and [`BigInt`].
//!
//! Everything here is exact (no libm involved): results are derived from the IEEE 754
//! bit patterns with round-half-to-even where rounding is needed, which is what C's
//! `ldexp`/`frexp`/`nextafter` and CPython's int/float conversions produce.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::{int_too_large_for_float, MathError, MathResult};

const MANT_BITS: u32 = 52;
const MANT_MASK: u64 = (1 << MANT_BITS) - 1;
const EXP_MASK: u64 = 0x7ff;
const SIGN_MASK: u64 = 1 << 63;

/// Splits a finite, nonzero `x` into `(m, e)` with `|x| = m * 2**e` and
/// `2**52 <= m < 2**53` (subnormals are normalised).
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> MANT_BITS) & EXP_MASK) as i32;
    let frac = bits & MANT_MASK;
    if biased == 0 {
        // Subnormal: value = frac * 2**-1074; shift the leading bit up to bit 52.
        let shift = frac.leading_zeros() as i32 - 11;
        (frac << shift, -1074 - shift)
    } else {
        (frac | (1 << MANT_BITS), biased - 1075)
    }
}

/// Builds `±m * 2**e` (with `2**52 <= m < 2**53`), rounding half to even into the
/// subnormal range and overflowing to infinity: the correctly rounded result.
fn compose(negative: bool, m: u64, e: i64) -> f64 {
    let sign = if negative { SIGN_MASK } else { 0 };
    // Exponent of the leading bit.
    let top = e + MANT_BITS as i64;
    if top > 1023 {
        return f64::from_bits(sign | (EXP_MASK << MANT_BITS));
    }
    if top >= -1022 {
        let biased = (top + 1023) as u64;
        return f64::from_bits(sign | (biased << MANT_BITS) | (m & MANT_MASK));
    }
    // Subnormal result: value = (m >> s) * 2**-1074 with rounding.
    let s = -1074 - e;
    if s > 53 {
        return f64::from_bits(sign);
    }
    let s = s as u32;
    let q = m >> s;
    let r = m & ((1u64 << s) - 1);
    let half = 1u64 << (s - 1);
    let q = if r > half || (r == half && q & 1 == 1) {
        q + 1
    } else {
        q
    };
    // A carry into bit 52 correctly yields the smallest normal number.
    f64::from_bits(sign | q)
}

/// C `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1`; zeros, infinities and NaNs are
/// returned unchanged with exponent 0 (`math.frexp` semantics).
///
/// Caller conversions (`math.frexp(x)`): `x` goes through `PyFloat_AsDouble`
/// (`__float__`, then `__index__`; ints that do not fit raise
/// `OverflowError: int too large to convert to float`). Returns a `(float, int)` tuple.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (m, e) = decompose(x);
    // m * 2**e == (m * 2**-53) * 2**(e + 53)
    let sign = x.to_bits() & SIGN_MASK;
    let mant = f64::from_bits(sign | (1022u64 << MANT_BITS) | (m & MANT_MASK));
    (mant, e + 53)
}

/// C `ldexp(x, exp)` for any `exp`: the correctly rounded `x * 2**exp`, with no error
/// reporting (overflow gives a signed infinity, underflow a signed zero).
pub(crate) fn ldexp_raw(x: f64, exp: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, e) = decompose(x);
    // Clamp so the addition cannot overflow; anything this far out saturates anyway.
    let exp = exp.clamp(-1 << 40, 1 << 40);
    compose(x.is_sign_negative(), m, e as i64 + exp)
}

/// `math.ldexp(x, i)` with an `i` that fits an `i64` (a C `long` on the platforms
/// CPython's 64-bit builds use). See [`ldexp`].
pub fn ldexp_i64(x: f64, i: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if i > i64::from(i32::MAX) {
        return Err(MathError::Range);
    }
    if i < i64::from(i32::MIN) {
        return Ok(0.0f64.copysign(x));
    }
    let r = ldexp_raw(x, i);
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.ldexp(x, i)`: `x * 2**i`.
///
/// Errors: `OverflowError: math range error` when a finite nonzero `x` overflows.
/// NaNs, zeros and infinities are returned unchanged whatever `i` is; huge negative `i`
/// underflow to a signed zero.
///
/// Caller conversions: `x` through `PyFloat_AsDouble`; `i` must be an `int`
/// (`PyLong_Check`, so `bool` is accepted, but `__index__` is **not** consulted):
/// anything else raises `TypeError: Expected an int as second argument to ldexp.`
pub fn ldexp(x: f64, i: &BigInt) -> MathResult<f64> {
    // PyLong_AsLongAndOverflow: out-of-range exponents saturate to LONG_MIN/LONG_MAX.
    let exp = i.to_i64().unwrap_or(if i.sign() == Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    ldexp_i64(x, exp)
}

/// The `TypeError` `math.ldexp` raises when its second argument is not an `int`.
pub fn ldexp_type_error() -> MathError {
    MathError::Type("Expected an int as second argument to ldexp.".to_owned())
}

/// `math.modf(x)`: `(fractional part, integer part)`, both carrying the sign of `x`.
/// `modf(±inf) == (±0.0, ±inf)`, `modf(nan) == (nan, nan)`.
///
/// Caller conversions: `x` through `PyFloat_AsDouble`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_nan() {
        return (x, x);
    }
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    let int_part = x.trunc();
    // Exact (Sterbenz); copysign gives -0.0 for negative integral x, as C's modf does.
    ((x - int_part).copysign(x), int_part)
}

/// `math.nextafter(x, y)`: the next float after `x` in the direction of `y`
/// (C99 `nextafter`: returns `y` when `x == y`, NaN if either is NaN).
///
/// Caller conversions: both through `PyFloat_AsDouble`.
pub fn nextafter(x: f64, y: f64) -> MathResult<f64> {
    Ok(nextafter_raw(x, y))
}

pub(crate) fn nextafter_raw(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Moving away from zero increments the magnitude bits, towards zero decrements.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// `math.ulp(x)`: the value of the least significant bit of `x`
/// (`ulp(nan) = nan`, `ulp(±inf) = inf`, `ulp(0.0) = 5e-324`).
///
/// Caller conversions: `x` through `PyFloat_AsDouble`.
pub fn ulp(x: f64) -> MathResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(x);
    }
    let up = nextafter_raw(x, f64::INFINITY);
    if up.is_infinite() {
        // x is the largest finite float.
        return Ok(x - nextafter_raw(x, f64::NEG_INFINITY));
    }
    Ok(up - x)
}

/// C `floor(x)` as a float. `math.floor` returns an `int`: for a Python `float`
/// argument CPython calls `PyLong_FromDouble(floor(x))`, see [`floor_to_int`]. For
/// other types the caller first looks up `__floor__` (used if present), else converts
/// with `PyFloat_AsDouble`.
pub fn floor(x: f64) -> MathResult<f64> {
    Ok(x.floor())
}

/// C `ceil(x)` as a float. `math.ceil` returns an `int`; see [`ceil_to_int`]. For types
/// other than exact `float` the caller first looks up `__ceil__` (used if present), else
/// converts with `PyFloat_AsDouble`.
pub fn ceil(x: f64) -> MathResult<f64> {
    Ok(x.ceil())
}

/// C `trunc(x)` as a float. `math.trunc` returns an `int`; see [`trunc_to_int`]. For
/// types other than exact `float` the caller must call `__trunc__`; if the type has
/// none, CPython raises `TypeError: type <name> doesn't define __trunc__ method`.
pub fn trunc(x: f64) -> MathResult<f64> {
    Ok(x.trunc())
}

/// `math.floor(x)` for a float `x`, as an `int`.
/// Errors: `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn floor_to_int(x: f64) -> MathResult<BigInt> {
    f64_to_bigint(x.floor())
}

/// `math.ceil(x)` for a float `x`, as an `int` (errors as [`floor_to_int`]).
pub fn ceil_to_int(x: f64) -> MathResult<BigInt> {
    f64_to_bigint(x.ceil())
}

/// `math.trunc(x)` for a float `x`, as an `int` (errors as [`floor_to_int`]).
pub fn trunc_to_int(x: f64) -> MathResult<BigInt> {
    f64_to_bigint(x)
}

/// `PyLong_FromDouble`: the integer part of `x` (truncating towards zero), exactly.
/// Errors: `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn f64_to_bigint(x: f64) -> MathResult<BigInt> {
    if x.is_nan() {
        return Err(MathError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(MathError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    let (m, e) = decompose(t);
    let mag = if e >= 0 {
        BigUint::from(m) << (e as u32)
    } else {
        BigUint::from(m >> ((-e) as u32))
    };
    let sign = if t < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// `_PyLong_Frexp` for a nonzero magnitude: `(m, e)` with `0.5 <= m < 1` and
/// `n ≈ m * 2**e`, where `m` is `n / 2**e` correctly rounded (half to even) to 53 bits.
pub(crate) fn biguint_frexp(n: &BigUint) -> (f64, u64) {
    debug_assert!(!n.is_zero());
    let nbits = n.bits();
    if nbits <= 53 {
        // Exact: n fits in the significand.
        let v = n.to_u64().unwrap_or(0) as f64;
        let (mant, e) = frexp(v);
        return (mant, e as u64);
    }
    // Keep 54 bits (53 + a rounding bit) plus a sticky bit for everything below.
    let shift = nbits - 54;
    let top = (n >> shift).to_u64().unwrap_or(0);
    let sticky = n.trailing_zeros().unwrap_or(0) < shift;
    let mut mant = top >> 1;
    let round = top & 1 == 1;
    let mut e = nbits;
    if round && (sticky || mant & 1 == 1) {
        mant += 1;
        if mant == 1 << 53 {
            mant = 1 << 52;
            e += 1;
        }
    }
    // mant in [2**52, 2**53): m = mant / 2**53 exactly.
    (mant as f64 / 9007199254740992.0, e)
}

/// `PyLong_AsDouble`: the correctly rounded (half to even) float value of `n`.
/// Error: `OverflowError: int too large to convert to float` when the rounded value is
/// `2**1024` or more in magnitude.
///
/// This is the conversion every float-taking `math` function applies to an `int`
/// argument.
pub fn bigint_to_f64(n: &BigInt) -> MathResult<f64> {
    if n.is_zero() {
        return Ok(0.0);
    }
    let (m, e) = biguint_frexp(n.magnitude());
    if e > 1024 {
        return Err(int_too_large_for_float());
    }
    // m * 2**e with m having 53 significant bits and e <= 1024: exact.
    let v = ldexp_raw(m, e as i64);
    Ok(if n.sign() == Sign::Minus { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(x: f64) -> u64 {
        x.to_bits()
    }

    #[test]
    fn frexp_cases() {
        // From python3: math.frexp(...)
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-0.75), (-0.75, 0));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(1.7976931348623157e308), (0.9999999999999999, 1024));
        assert_eq!(b(frexp(-0.0).0), b(-0.0));
        assert_eq!(frexp(f64::INFINITY), (f64::INFINITY, 0));
        assert!(frexp(f64::NAN).0.is_nan());
    }

    #[test]
    fn ldexp_cases() {
        // From python3: math.ldexp(...)
        assert_eq!(ldexp_i64(5e-324, -1), Ok(0.0));
        assert_eq!(ldexp_i64(1.5e-323, -1), Ok(1e-323));
        assert_eq!(ldexp_i64(1.0, -1075), Ok(0.0));
        assert_eq!(ldexp_i64(1.0000000000000002, -1075), Ok(5e-324));
        assert_eq!(ldexp_i64(1.0, 10000), Err(MathError::Range));
        assert_eq!(ldexp_i64(1.0, 1 << 31), Err(MathError::Range));
        assert_eq!(ldexp_i64(1e-300, 1 << 31), Err(MathError::Range));
        assert_eq!(ldexp_i64(1e300, -(1 << 31) - 5), Ok(0.0));
        let huge: BigInt = BigInt::from(10u8).pow(30);
        assert_eq!(ldexp(1.0, &huge), Err(MathError::Range));
        assert_eq!(b(ldexp(-1.0, &-huge.clone()).unwrap()), b(-0.0));
        assert_eq!(ldexp(0.0, &huge), Ok(0.0));
        assert_eq!(ldexp(f64::INFINITY, &-huge), Ok(f64::INFINITY));
        assert!(ldexp_i64(f64::NAN, 5).unwrap().is_nan());
        assert_eq!(ldexp_i64(0.75, 1024), Ok(1.348269851146737e308));
        assert_eq!(ldexp_i64(1.0, 1024), Err(MathError::Range));
    }

    #[test]
    fn modf_nextafter_ulp() {
        assert_eq!(b(modf(-3.0).0), b(-0.0));
        assert_eq!(modf(-3.0).1, -3.0);
        assert_eq!(modf(2.5), (0.5, 2.0));
        assert_eq!(b(modf(f64::NEG_INFINITY).0), b(-0.0));
        assert_eq!(nextafter(0.0, -1.0), Ok(-5e-324));
        assert_eq!(nextafter(1.0, 2.0), Ok(1.0000000000000002));
        assert_eq!(nextafter(1.0, 0.0), Ok(0.9999999999999999));
        assert_eq!(b(nextafter(-0.0, 0.0).unwrap()), b(0.0));
        assert!(nextafter(f64::NAN, 1.0).unwrap().is_nan());
        assert_eq!(ulp(f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(ulp(1.7976931348623157e308), Ok(1.99584030953472e+292));
        assert_eq!(ulp(0.0), Ok(5e-324));
        assert_eq!(ulp(-0.0), Ok(5e-324));
        assert_eq!(ulp(1.0), Ok(2.220446049250313e-16));
    }

    #[test]
    fn int_conversions() {
        assert_eq!(
            floor_to_int(f64::INFINITY).unwrap_err().to_string(),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            ceil_to_int(f64::NAN).unwrap_err().to_string(),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(floor_to_int(-2.5).unwrap(), BigInt::from(-3));
        assert_eq!(ceil_to_int(-2.5).unwrap(), BigInt::from(-2));
        assert_eq!(trunc_to_int(-2.5).unwrap(), BigInt::from(-2));
        assert_eq!(
            f64_to_bigint(1e300).unwrap().to_string(),
            // int(1e300) from python3
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
        );
    }

    #[test]
    fn bigint_to_float() {
        let two = BigInt::from(2u8);
        // float(2**1024 - 2**970) overflows (ties to even -> 2**1024);
        // float(2**1024 - 2**971) is the largest float.
        let a = two.pow(1024) - two.pow(970);
        assert_eq!(
            bigint_to_f64(&a).unwrap_err().to_string(),
            "OverflowError: int too large to convert to float"
        );
        let c = two.pow(1024) - two.pow(970) - 1u8;
        assert_eq!(bigint_to_f64(&c), Ok(f64::MAX));
        let d = two.pow(1024) - two.pow(971);
        assert_eq!(bigint_to_f64(&d), Ok(f64::MAX));
        // 2**53 + 1 rounds to even (2**53); 2**53 + 3 rounds up.
        assert_eq!(bigint_to_f64(&(two.pow(53) + 1u8)), Ok(9007199254740992.0));
        assert_eq!(bigint_to_f64(&(two.pow(53) + 3u8)), Ok(9007199254740996.0));
        assert_eq!(bigint_to_f64(&BigInt::from(-7)), Ok(-7.0));
        assert_eq!(bigint_to_f64(&BigInt::from(0)), Ok(0.0));
        let ten = BigInt::from(10u8);
        assert_eq!(bigint_to_f64(&ten.pow(300)), Ok(1e300));
        assert_eq!(bigint_to_f64(&(-ten.pow(22))), Ok(-1e22));
        assert_eq!(bigint_to_f64(&ten.pow(23)), Ok(1e23));
    }
}
