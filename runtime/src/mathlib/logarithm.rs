//! Logarithms: `math.log` (optionally with a base), `math.log2`, `math.log10` and
//! `math.log1p`, including `int` arguments of any size.
//!
//! CPython's `loghelper` treats `int` arguments specially (this includes `bool` and
//! `int` subclasses, anything passing `PyLong_Check`): a non-positive int is a domain
//! error; an int that converts to a float is handled as that float; a larger one is
//! split as `m * 2**e` (`_PyLong_Frexp`, `0.5 <= m < 1` correctly rounded) and the
//! logarithm computed as `f(m) + f(2.0) * e`. Any other argument goes through
//! `PyFloat_AsDouble` (`__float__`, then `__index__`) and the float rules of `math_1`.

use num_bigint::{BigInt, Sign};

use super::float_bits::{bigint_to_f64, biguint_frexp};
use super::{MathError, MathResult};

/// A real argument as CPython's `loghelper` distinguishes it: an `int` (any size) or
/// anything else converted to a float.
#[derive(Clone, Copy, Debug)]
pub enum Real<'a> {
    /// A Python `float` (or any non-`int` converted with `PyFloat_AsDouble`).
    Float(f64),
    /// A Python `int` (including `bool`).
    Int(&'a BigInt),
}

#[derive(Clone, Copy)]
enum Base {
    E,
    Two,
    Ten,
}

impl Base {
    fn apply(self, x: f64) -> f64 {
        match self {
            Base::E => x.ln(),
            Base::Two => x.log2(),
            Base::Ten => x.log10(),
        }
    }
}

/// `math_1(x, f, can_overflow=0)` for a logarithm: NaN from non-NaN and `-inf` from a
/// finite argument (`log(0)`) are domain errors.
fn float_log(x: f64, base: Base) -> MathResult<f64> {
    let r = base.apply(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// `loghelper` for an `int` argument.
fn int_log(n: &BigInt, base: Base) -> MathResult<f64> {
    if n.sign() != Sign::Plus {
        return Err(MathError::Domain);
    }
    match bigint_to_f64(n) {
        Ok(x) => Ok(base.apply(x)),
        Err(_) => {
            // Too large for a float: log(m * 2**e) = log(m) + log(2) * e.
            let (m, e) = biguint_frexp(n.magnitude());
            Ok(base.apply(m) + base.apply(2.0) * e as f64)
        }
    }
}

fn real_log(x: Real<'_>, base: Base) -> MathResult<f64> {
    match x {
        Real::Float(v) => float_log(v, base),
        Real::Int(n) => int_log(n, base),
    }
}

/// `num / den` with Python float division semantics.
fn divide(num: f64, den: f64) -> MathResult<f64> {
    if den == 0.0 {
        return Err(MathError::ZeroDivision("float division by zero".to_owned()));
    }
    Ok(num / den)
}

/// `math.log(x[, base])` for arguments that may be floats or ints of any size.
///
/// Computed as `log(x) / log(base)` (natural logarithms), each through `loghelper`; the
/// numerator's error, if any, is raised first.
///
/// Errors: `ValueError: math domain error` for `x <= 0` or `base <= 0` (and `-inf`);
/// `ZeroDivisionError: float division by zero` when `base == 1`.
pub fn log_real(x: Real<'_>, base: Option<Real<'_>>) -> MathResult<f64> {
    let num = real_log(x, Base::E)?;
    match base {
        None => Ok(num),
        Some(b) => divide(num, real_log(b, Base::E)?),
    }
}

/// `math.log(x[, base])` for float arguments (see [`log_real`] for ints).
pub fn log(x: f64, base: Option<f64>) -> MathResult<f64> {
    log_real(Real::Float(x), base.map(Real::Float))
}

/// `math.log(n[, base])` for an `int` `n` of any size, e.g. `math.log(10**1000)`, with an
/// optional float base (see [`log_real`] for an `int` base).
pub fn log_bigint(n: &BigInt, base: Option<f64>) -> MathResult<f64> {
    log_real(Real::Int(n), base.map(Real::Float))
}

/// `math.log2(x)` for a float. Domain error for `x <= 0`.
pub fn log2(x: f64) -> MathResult<f64> {
    float_log(x, Base::Two)
}

/// `math.log2(n)` for an `int` of any size. Domain error for `n <= 0`.
pub fn log2_bigint(n: &BigInt) -> MathResult<f64> {
    int_log(n, Base::Two)
}

/// `math.log10(x)` for a float. Domain error for `x <= 0`.
pub fn log10(x: f64) -> MathResult<f64> {
    float_log(x, Base::Ten)
}

/// `math.log10(n)` for an `int` of any size. Domain error for `n <= 0`.
pub fn log10_bigint(n: &BigInt) -> MathResult<f64> {
    int_log(n, Base::Ten)
}

/// `math.log1p(x)`: `log(1 + x)`, accurate near zero. Domain error for `x <= -1`.
///
/// Unlike the other logarithms, `log1p` has no special `int` path: the caller converts
/// with `PyFloat_AsDouble` (so a huge int raises
/// `OverflowError: int too large to convert to float`).
pub fn log1p(x: f64) -> MathResult<f64> {
    let r = x.ln_1p();
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(MathError::Domain);
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::super::testdata::{BigExpr, BIG_LOGS};
    use super::*;

    /// `b**e + c`, the generator's compact form for big ints.
    fn expr((b, e, c): BigExpr) -> BigInt {
        BigInt::from(b).pow(e) + c
    }

    /// `math.log`, `log2`, `log10` and two-argument `log` on big ints, against python3.
    #[test]
    fn big_int_logs() {
        for &(func, x, base, kind, want) in BIG_LOGS {
            let xv = expr(x);
            let got = match (func, base) {
                ("log", None) => log_bigint(&xv, None),
                ("log", Some(b)) => log_real(Real::Int(&xv), Some(Real::Int(&expr(b)))),
                ("log_fbase", Some((bits, _, _))) => log_bigint(&xv, Some(f64::from_bits(bits))),
                ("log2", None) => log2_bigint(&xv),
                ("log10", None) => log10_bigint(&xv),
                other => panic!("unknown case {other:?}"),
            };
            let label = format!("{func}({x:?}, {base:?})");
            match (kind, got) {
                (0, Ok(v)) => assert_eq!(v.to_bits(), want, "{label} = {v:e}"),
                (1, Err(MathError::Domain)) | (3, Err(MathError::ZeroDivision(_))) => {}
                (k, g) => panic!("{label}: expected kind {k}, got {g:?}"),
            }
        }
    }

    #[test]
    fn log_errors() {
        // From python3 (CPython 3.11.7).
        let zero = BigInt::from(0);
        let one = BigInt::from(1);
        let ten = BigInt::from(10);
        assert_eq!(log_bigint(&zero, None), Err(MathError::Domain));
        assert_eq!(log(0.0, None), Err(MathError::Domain));
        assert_eq!(log(-0.0, None), Err(MathError::Domain));
        assert_eq!(log(-1.5, None), Err(MathError::Domain));
        assert_eq!(log_bigint(&BigInt::from(-1), None), Err(MathError::Domain));
        assert_eq!(
            log_real(Real::Int(&ten), Some(Real::Int(&one)))
                .unwrap_err()
                .to_string(),
            "ZeroDivisionError: float division by zero"
        );
        assert_eq!(
            log(0.5, Some(1.0)).unwrap_err().to_string(),
            "ZeroDivisionError: float division by zero"
        );
        assert!(matches!(
            log(f64::NAN, Some(1.0)),
            Err(MathError::ZeroDivision(_))
        ));
        assert!(log(1.0, Some(f64::NAN)).unwrap().is_nan());
        assert_eq!(
            log_real(Real::Int(&ten), Some(Real::Int(&zero))),
            Err(MathError::Domain)
        );
        assert_eq!(log(f64::INFINITY, None), Ok(f64::INFINITY));
        assert_eq!(log(f64::NEG_INFINITY, None), Err(MathError::Domain));
        assert_eq!(log1p(-1.0), Err(MathError::Domain));
        assert_eq!(log1p(-2.0), Err(MathError::Domain));
        assert_eq!(log2(0.0), Err(MathError::Domain));
        assert_eq!(log10(-0.0), Err(MathError::Domain));
        assert_eq!(log_bigint(&BigInt::from(1u8), None), Ok(0.0));
        let big = BigInt::from(10u8).pow(1000);
        assert_eq!(log_bigint(&big, None), Ok(2302.585092994045));
        assert_eq!(log_bigint(&big, Some(10.0)), Ok(999.9999999999997));
        assert_eq!(log2_bigint(&big), Ok(3321.9280948873625));
        assert_eq!(log10_bigint(&big), Ok(1000.0));
        assert_eq!(log10_bigint(&-big), Err(MathError::Domain));
    }
}
