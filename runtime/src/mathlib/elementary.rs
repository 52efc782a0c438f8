//! Elementary `f64` functions of the `math` module with CPython 3.11's error rules.
//!
//! CPython wraps most libm functions in `math_1`/`math_2`, which turn results into
//! exceptions as follows:
//! - a NaN result from non-NaN arguments: `ValueError: math domain error`;
//! - an infinite result from finite arguments: `OverflowError: math range error` for
//!   functions that can overflow (`exp`, `exp2`, `expm1`, `cosh`, `sinh`, the two-argument
//!   functions), `ValueError: math domain error` for the others (a singularity, e.g.
//!   `atanh(1.0)`).
//!
//! Unless stated otherwise, the caller converts every argument with `PyFloat_AsDouble`:
//! exact floats as is, other objects via `__float__`, then `__index__` (so `int`s and
//! `bool`s are accepted; an `int` too large for a float raises
//! `OverflowError: int too large to convert to float`, see
//! [`bigint_to_f64`](super::bigint_to_f64)); anything else raises
//! `TypeError: must be real number, not <type>`.

use super::float_bits::{frexp, ldexp_raw};
use super::{MathError, MathResult};

/// `math_1`: error rules for a one-argument libm function.
fn math_1(x: f64, r: f64, can_overflow: bool) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        });
    }
    Ok(r)
}

/// `math_2`: error rules for a two-argument libm function.
fn math_2(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    // An infinite result from finite arguments is ERANGE; CPython ignores ERANGE for
    // results below 1.5 in magnitude, which an infinity never is.
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

macro_rules! libm_unary {
    ($(#[$doc:meta])* $name:ident, $method:ident, $can_overflow:expr) => {
        $(#[$doc])*
        pub fn $name(x: f64) -> MathResult<f64> {
            math_1(x, x.$method(), $can_overflow)
        }
    };
}

libm_unary!(
    /// `math.acos(x)`. Domain error outside `[-1, 1]`.
    acos, acos, false
);
libm_unary!(
    /// `math.asin(x)`. Domain error outside `[-1, 1]`.
    asin, asin, false
);
libm_unary!(
    /// `math.atan(x)`.
    atan, atan, false
);
libm_unary!(
    /// `math.cos(x)`. Domain error for infinities.
    cos, cos, false
);
libm_unary!(
    /// `math.cosh(x)`. Range error on overflow.
    cosh, cosh, true
);
libm_unary!(
    /// `math.exp(x)`. Range error on overflow; underflow returns 0.0.
    exp, exp, true
);
libm_unary!(
    /// `math.exp2(x)` (new in 3.11). Range error on overflow.
    exp2, exp2, true
);
libm_unary!(
    /// `math.expm1(x)`. Range error on overflow.
    expm1, exp_m1, true
);
libm_unary!(
    /// `math.fabs(x)`.
    fabs, abs, false
);
libm_unary!(
    /// `math.sin(x)`. Domain error for infinities.
    sin, sin, false
);
libm_unary!(
    /// `math.sinh(x)`. Range error on overflow.
    sinh, sinh, true
);
libm_unary!(
    /// `math.sqrt(x)`. Domain error for negative `x` (`sqrt(-0.0) == -0.0`).
    sqrt, sqrt, false
);
libm_unary!(
    /// `math.tan(x)`. Domain error for infinities.
    tan, tan, false
);
libm_unary!(
    /// `math.tanh(x)`.
    tanh, tanh, false
);

const LN2: f64 = std::f64::consts::LN_2;

/// Inverse hyperbolic cosine with glibc's (fdlibm-derived) evaluation.
fn acosh_kernel(x: f64) -> f64 {
    let hx = x.to_bits() as i64;
    if hx > 0x4000_0000_0000_0000 {
        if hx >= 0x41b0_0000_0000_0000 {
            // x >= 2**28, inf or NaN
            if hx >= 0x7ff0_0000_0000_0000 {
                return x + x;
            }
            return x.ln() + LN2;
        }
        // 2 < x < 2**28
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else if hx > 0x3ff0_0000_0000_0000 {
        // 1 < x <= 2
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    } else if hx == 0x3ff0_0000_0000_0000 {
        0.0
    } else {
        // x < 1 (including negative numbers and negative NaNs)
        f64::NAN
    }
}

/// Inverse hyperbolic sine with glibc's (fdlibm-derived) evaluation.
fn asinh_kernel(x: f64) -> f64 {
    let ix = ((x.to_bits() >> 32) as u32) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) == x (also for zeros)
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// 2**-28.
const TWO_POW_M28: f64 = 3.725290298461914e-9;

/// Inverse hyperbolic tangent with glibc's evaluation.
fn atanh_kernel(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < TWO_POW_M28 {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else {
        if xa > 1.0 {
            return f64::NAN;
        }
        // |x| == 1 gives a signed infinity; NaN stays NaN.
        return x / 0.0;
    };
    t.copysign(x)
}

/// `math.acosh(x)`. Domain error for `x < 1`.
pub fn acosh(x: f64) -> MathResult<f64> {
    math_1(x, acosh_kernel(x), false)
}

/// `math.asinh(x)`.
pub fn asinh(x: f64) -> MathResult<f64> {
    math_1(x, asinh_kernel(x), false)
}

/// `math.atanh(x)`. Domain error for `|x| >= 1`.
pub fn atanh(x: f64) -> MathResult<f64> {
    math_1(x, atanh_kernel(x), false)
}

// The cube-root constants are kept with the digits they are published with.
/// 2**(1/3).
#[allow(clippy::excessive_precision)]
const CBRT2: f64 = 1.2599210498948731648;
/// 2**(2/3).
#[allow(clippy::excessive_precision)]
const SQR_CBRT2: f64 = 1.5874010519681994748;
/// `2**(k/3)` for `k` in `-2..=2`.
const CBRT_FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/// Cube root with glibc's evaluation (a degree-6 polynomial seed on the reduced
/// argument, one rational refinement step, then rescaling by `2**(e/3)`).
///
/// Rust's `f64::cbrt` is not used: it may resolve to a different implementation than
/// the C library's, and CPython's results are the C library's (not correctly rounded:
/// `cbrt(-27.0) == -3.0000000000000004`).
#[allow(clippy::excessive_precision)]
fn cbrt_kernel(x: f64) -> f64 {
    let (xm, xe) = frexp(x.abs());
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[(2 + xe % 3) as usize];
    ldexp_raw(if x > 0.0 { ym } else { -ym }, i64::from(xe / 3))
}

/// `math.cbrt(x)` (new in 3.11): the cube root, as the C library computes it.
pub fn cbrt(x: f64) -> MathResult<f64> {
    math_1(x, cbrt_kernel(x), false)
}

/// `m_atan2`: C99 Annex F special cases handled directly, the rest by libm.
fn atan2_kernel(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// `math.atan2(y, x)`: the arc tangent of `y/x` in `[-pi, pi]`, using both signs.
pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    math_2(y, x, atan2_kernel(y, x))
}

/// `math.copysign(x, y)`: `|x|` with the sign bit of `y` (NaN signs included).
pub fn copysign(x: f64, y: f64) -> MathResult<f64> {
    math_2(x, y, x.copysign(y))
}

/// `math.fmod(x, y)`: C `fmod`, the remainder with the sign of `x`.
/// `fmod(x, ±inf) == x` for finite `x`; `fmod(inf, y)` and `fmod(x, 0)` are domain errors.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// `m_remainder`: IEEE 754 remainder, exact.
fn remainder_kernel(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than with 0.5 * absy (which may be inexact).
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly halfway: choose the even multiple. All steps are exact.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.remainder(x, y)`: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
/// Domain error for `y == 0` or infinite `x`.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    math_2(x, y, remainder_kernel(x, y))
}

/// `math.pow(x, y)`: C99 `pow` semantics with CPython's errors: `0.0 ** negative` and
/// `negative ** non-integer` are domain errors, overflow is a range error.
/// (Unlike `**`, ints are converted to floats first; the caller does that.)
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else {
            // y is infinite, x finite
            if x.abs() == 1.0 {
                1.0
            } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
                f64::INFINITY
            } else {
                0.0
            }
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;

/// `math.degrees(x)`: `x * (180/pi)`; never raises (overflow gives inf).
pub fn degrees(x: f64) -> MathResult<f64> {
    Ok(x * RAD_TO_DEG)
}

/// `math.radians(x)`: `x * (pi/180)`; never raises.
pub fn radians(x: f64) -> MathResult<f64> {
    Ok(x * DEG_TO_RAD)
}

/// `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
///
/// Error: `ValueError: tolerances must be non-negative`. The caller supplies the
/// defaults `1e-09` and `0.0` for omitted keyword arguments (they are keyword-only);
/// all four values go through `PyFloat_AsDouble`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

#[cfg(test)]
mod tests {
    use super::super::testdata::{BINARY, UNARY};
    use super::*;

    fn unary(name: &str) -> fn(f64) -> MathResult<f64> {
        match name {
            "acos" => acos,
            "acosh" => acosh,
            "asin" => asin,
            "asinh" => asinh,
            "atan" => atan,
            "atanh" => atanh,
            "cbrt" => cbrt,
            "cos" => cos,
            "cosh" => cosh,
            "degrees" => degrees,
            "exp" => exp,
            "exp2" => exp2,
            "expm1" => expm1,
            "fabs" => fabs,
            "radians" => radians,
            "sin" => sin,
            "sinh" => sinh,
            "sqrt" => sqrt,
            "tan" => tan,
            "tanh" => tanh,
            "ceil" => super::super::ceil,
            "floor" => super::super::floor,
            "trunc" => super::super::trunc,
            "ulp" => super::super::ulp,
            "erf" => super::super::erf,
            "erfc" => super::super::erfc,
            "gamma" => super::super::gamma,
            "lgamma" => super::super::lgamma,
            "log" => |x| super::super::log(x, None),
            "log2" => super::super::log2,
            "log10" => super::super::log10,
            "log1p" => super::super::log1p,
            other => panic!("no unary function {other}"),
        }
    }

    fn binary(name: &str) -> fn(f64, f64) -> MathResult<f64> {
        match name {
            "atan2" => atan2,
            "copysign" => copysign,
            "fmod" => fmod,
            "pow" => pow,
            "remainder" => remainder,
            "nextafter" => super::super::nextafter,
            "log" => |x, b| super::super::log(x, Some(b)),
            "hypot" => |x, y| super::super::hypot(&[x, y]),
            other => panic!("no binary function {other}"),
        }
    }

    /// Distance in units in the last place between two finite floats of the same sign
    /// (or any two floats mapped onto a monotone integer line).
    pub(crate) fn ulp_distance(a: f64, b: f64) -> u64 {
        fn key(x: f64) -> i64 {
            let bits = x.to_bits() as i64;
            if bits < 0 {
                i64::MIN - bits
            } else {
                bits
            }
        }
        key(a).abs_diff(key(b))
    }

    /// Checks one expected outcome; returns the ULP distance for float results.
    pub(crate) fn check(label: &str, got: MathResult<f64>, kind: u8, want: u64) -> u64 {
        match (kind, got) {
            (0, Ok(v)) => {
                let w = f64::from_bits(want);
                if w.is_nan() {
                    assert!(v.is_nan(), "{label}: expected nan, got {v:e}");
                    0
                } else {
                    assert!(!v.is_nan(), "{label}: expected {w:e}, got nan");
                    if v.to_bits() == want {
                        0
                    } else {
                        ulp_distance(v, w)
                    }
                }
            }
            (1, Err(MathError::Domain)) | (2, Err(MathError::Range)) => 0,
            (3, Err(MathError::ZeroDivision(_))) => 0,
            (k, g) => panic!("{label}: expected kind {k} ({want:#x}), got {g:?}"),
        }
    }

    /// Runs the python3-generated tables; the allowed ULP error per function is listed
    /// here (0 means bit-identical to CPython 3.11 on glibc).
    #[test]
    fn against_cpython_tables() {
        use std::collections::BTreeMap;
        let mut worst: BTreeMap<&str, (u64, usize, usize)> = BTreeMap::new();
        for &(name, x, kind, want) in UNARY {
            let got = unary(name)(f64::from_bits(x));
            let label = format!("{name}({:e} = {x:#x})", f64::from_bits(x));
            let d = check(&label, got, kind, want);
            let e = worst.entry(name).or_insert((0, 0, 0));
            e.0 = e.0.max(d);
            e.1 += 1;
            e.2 += usize::from(d != 0);
        }
        for &(name, x, y, kind, want) in BINARY {
            let got = binary(name)(f64::from_bits(x), f64::from_bits(y));
            let label = format!(
                "{name}({:e}, {:e}) [{x:#x}, {y:#x}]",
                f64::from_bits(x),
                f64::from_bits(y)
            );
            let d = check(&label, got, kind, want);
            let e = worst.entry(name).or_insert((0, 0, 0));
            e.0 = e.0.max(d);
            e.1 += 1;
            e.2 += usize::from(d != 0);
        }
        for (name, (max_ulp, cases, mismatches)) in &worst {
            println!("{name:10} cases {cases:5}  mismatches {mismatches:4}  max ulp {max_ulp}");
        }
        for (name, (max_ulp, _, _)) in &worst {
            assert_eq!(*max_ulp, 0, "{name} differs from CPython");
        }
    }

    #[test]
    fn error_kinds() {
        // From python3 (CPython 3.11.7).
        assert_eq!(pow(0.0, -1.0), Err(MathError::Domain));
        assert_eq!(pow(-2.0, 0.5), Err(MathError::Domain));
        assert_eq!(pow(10.0, 400.0), Err(MathError::Range));
        assert_eq!(pow(-0.0, -3.0), Err(MathError::Domain));
        assert_eq!(pow(f64::INFINITY, -3.0), Ok(0.0));
        assert_eq!(pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(fmod(f64::INFINITY, 1.0), Err(MathError::Domain));
        assert_eq!(fmod(1.0, 0.0), Err(MathError::Domain));
        assert_eq!(fmod(1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(
            fmod(-0.0, f64::INFINITY).unwrap().to_bits(),
            (-0.0f64).to_bits()
        );
        assert_eq!(remainder(1.0, 0.0), Err(MathError::Domain));
        assert_eq!(remainder(f64::INFINITY, 1.0), Err(MathError::Domain));
        assert_eq!(atan2(0.0, -0.0), Ok(std::f64::consts::PI));
        assert_eq!(
            atan2(f64::INFINITY, f64::NEG_INFINITY),
            Ok(2.356194490192345)
        );
        assert!(atan2(1.0, f64::NAN).unwrap().is_nan());
        assert_eq!(copysign(1.0, f64::NAN), Ok(1.0));
        assert_eq!(exp(1000.0), Err(MathError::Range));
        assert_eq!(exp(-1000.0), Ok(0.0));
        assert_eq!(cosh(1000.0), Err(MathError::Range));
        assert_eq!(sinh(-1000.0), Err(MathError::Range));
        assert_eq!(expm1(1000.0), Err(MathError::Range));
        assert_eq!(exp2(1025.0), Err(MathError::Range));
        assert_eq!(acosh(0.5), Err(MathError::Domain));
        assert_eq!(atanh(1.0), Err(MathError::Domain));
        assert_eq!(atanh(2.0), Err(MathError::Domain));
        assert_eq!(asin(2.0), Err(MathError::Domain));
        assert_eq!(acos(-2.0), Err(MathError::Domain));
        assert_eq!(sqrt(-1.0), Err(MathError::Domain));
        assert_eq!(cos(f64::INFINITY), Err(MathError::Domain));
        assert_eq!(sin(f64::INFINITY), Err(MathError::Domain));
        assert_eq!(tan(f64::INFINITY), Err(MathError::Domain));
        assert_eq!(cbrt(-27.0), Ok(-3.0000000000000004));
        assert_eq!(sqrt(-0.0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert!(exp(f64::NAN).unwrap().is_nan());
    }

    #[test]
    fn isclose_cases() {
        // From python3.
        assert_eq!(
            isclose(1.0, 2.0, -1.0, 0.0).unwrap_err().to_string(),
            "ValueError: tolerances must be non-negative"
        );
        assert_eq!(
            isclose(1.0, 2.0, 1e-9, -1.0).unwrap_err().to_string(),
            "ValueError: tolerances must be non-negative"
        );
        assert_eq!(isclose(f64::INFINITY, f64::INFINITY, 1e-9, 0.0), Ok(true));
        assert_eq!(isclose(1.0, 1.0, f64::NAN, 0.0), Ok(true));
        assert_eq!(isclose(f64::NAN, f64::NAN, 1e-9, 0.0), Ok(false));
        assert_eq!(isclose(1.0, 1.0 + 1e-10, 1e-9, 0.0), Ok(true));
        assert_eq!(isclose(1.0, 1.0 + 1e-8, 1e-9, 0.0), Ok(false));
        assert_eq!(isclose(0.0, 1e-10, 1e-9, 0.0), Ok(false));
        assert_eq!(isclose(0.0, 1e-10, 1e-9, 1e-9), Ok(true));
        assert_eq!(isclose(f64::INFINITY, 1e308, 1.0, 0.0), Ok(false));
        assert_eq!(
            isclose(f64::NEG_INFINITY, f64::INFINITY, 1e-9, f64::INFINITY),
            Ok(false)
        );
    }
}
