//! Special functions: `gamma`, `lgamma`, `erf`, `erfc`.
//!
//! `gamma` and `lgamma` follow CPython 3.11's own implementation (`m_tgamma`,
//! `m_lgamma`): a Lanczos approximation with `N = 13`, `g = 6.024680040776729583740234375`
//! (parameters published with the Boost library), evaluated as a rational function,
//! with the reflection formula for negative arguments and a correction for the rounding
//! error of `x + g - 0.5`.
//!
//! `erf` and `erfc`: CPython 3.11 calls the C library's `erf`/`erfc` when it has them
//! (every glibc build does). These are the classic Sun fdlibm rational approximations
//! (coefficients published with fdlibm 5.3), evaluated with the operation order glibc
//! uses for binary64, so results are bit-identical to CPython on glibc.
//!
//! Caller conversions: the argument goes through `PyFloat_AsDouble`.

// The approximation coefficients below are written with the digits they are published
// with (more than an f64 holds); they round to the same doubles the C sources use.
#![allow(clippy::excessive_precision)]

use super::{MathError, MathResult};
use std::f64::consts::PI;

// ---------------------------------------------------------------------------
// gamma / lgamma
// ---------------------------------------------------------------------------

const LOG_PI: f64 = 1.144729885849400174143427351353058711647;
const LANCZOS_N: usize = 13;
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;

/// Numerator coefficients of the Lanczos sum as a rational function.
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator coefficients: the expansion of `x*(x+1)*...*(x+11)`.
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `(n-1)!` for `n` in `1..=23`, all exactly representable.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum `L_g(x)` for positive `x`. For large `x` both polynomials are
/// rescaled by `x**(1-N)` (evaluated in `1/x`) to avoid overflow.
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, accurate near integers (CPython's `m_sinpi`).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(pi*(y-1)): that would give -0.0 for y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Result of a kernel that reports errors the way CPython's `errno` does.
enum Flagged {
    Value(f64),
    /// `errno = EDOM`.
    Domain,
    /// `errno = ERANGE` with this result.
    Range(f64),
}

fn flagged_result(f: Flagged) -> MathResult<f64> {
    match f {
        Flagged::Value(v) => Ok(v),
        Flagged::Domain => Err(MathError::Domain),
        // is_error(): ERANGE is ignored for results smaller than 1.5 in magnitude.
        Flagged::Range(v) if v.abs() < 1.5 => Ok(v),
        Flagged::Range(_) => Err(MathError::Range),
    }
}

fn tgamma_kernel(x: f64) -> Flagged {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Flagged::Value(x);
        }
        return Flagged::Domain;
    }
    if x == 0.0 {
        return Flagged::Domain;
    }
    if x == x.floor() {
        if x < 0.0 {
            return Flagged::Domain;
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Flagged::Value(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Flagged::Range(r)
        } else {
            Flagged::Value(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Flagged::Value(0.0 / sinpi(x));
        }
        return Flagged::Range(f64::INFINITY);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z: rounding error of y (computed in an order that keeps it exact).
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        Flagged::Range(r)
    } else {
        Flagged::Value(r)
    }
}

fn lgamma_kernel(x: f64) -> Flagged {
    if !x.is_finite() {
        if x.is_nan() {
            return Flagged::Value(x);
        }
        return Flagged::Value(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Flagged::Domain;
        }
        return Flagged::Value(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Flagged::Value(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        Flagged::Range(r)
    } else {
        Flagged::Value(r)
    }
}

/// `math.gamma(x)`.
///
/// Errors: `ValueError: math domain error` for `x` a non-positive integer or `-inf`;
/// `OverflowError: math range error` when the result overflows (`x > 171.62...`, or
/// `|x|` so tiny that `1/x` overflows).
pub fn gamma(x: f64) -> MathResult<f64> {
    flagged_result(tgamma_kernel(x))
}

/// `math.lgamma(x)`: `log(|gamma(x)|)`.
///
/// Errors: `ValueError: math domain error` for non-positive integers;
/// `OverflowError: math range error` when the result overflows (e.g. `lgamma(1e308)`).
/// `lgamma(±inf) == inf`.
pub fn lgamma(x: f64) -> MathResult<f64> {
    flagged_result(lgamma_kernel(x))
}

// ---------------------------------------------------------------------------
// erf / erfc (fdlibm rational approximations)
// ---------------------------------------------------------------------------

const TINY: f64 = 1e-300;
/// erf(1) truncated to single precision: 0.84506291151.
const ERX: f64 = 8.45062911510467529297e-01;
/// 2/sqrt(pi) - 1.
const EFX: f64 = 1.28379167095512586316e-01;

// erf on [0, 0.84375]: erf(x) = x + x*R(x^2), R = P/Q.
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    0.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];

// erf on [0.84375, 1.25]: erf(1+s) = ERX + P(s)/Q(s).
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];

// erfc on [1.25, 1/0.35]: erfc(x) = exp(-x*x - 0.5625 + R(1/x^2)/S(1/x^2)) / x.
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];

// erfc on [1/0.35, 28].
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

/// Signed high 32 bits of a float.
fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

/// `x*R(x^2)` ratio for `|x| < 0.84375`: returns `R/S` evaluated at `z = x*x`.
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `P(s)/Q(s)` for `0.84375 <= |x| < 1.25`, with `s = |x| - 1`.
fn near_one_ratio(x: f64) -> f64 {
    let s = x.abs() - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p4 = PA[6];
    let q4 = QA[6];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * p4;
    let q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
    p / q
}

/// `exp(-x*x - 0.5625 + R/S) / x` for `x >= 1.25`, where `use_a` selects the
/// `[1.25, 1/0.35)` coefficient set.
fn tail(x: f64, use_a: bool) -> f64 {
    let s = 1.0 / (x * x);
    let (r, q) = if use_a {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let t2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let t3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let t4 = SA[6] + s * SA[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * r4,
            t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8],
        )
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let t2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let t3 = SB[4] + s * SB[5];
        let t4 = SB[6] + s * SB[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * RB[6],
            t1 + s2 * t2 + s4 * t3 + s6 * t4,
        )
    };
    // Split x = z + (x - z) with z having a short significand so that -z*z is exact.
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / q).exp()
}

fn erf_kernel(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // erf(nan) = nan, erf(±inf) = ±1
        let sign = if hx < 0 { -1.0 } else { 1.0 };
        return sign + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3e30_0000 {
            // |x| < 2**-28
            if ix < 0x0080_0000 {
                // Scaled to avoid spurious underflow.
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let pq = near_one_ratio(x);
        return if hx >= 0 { ERX + pq } else { -ERX - pq };
    }
    if ix >= 0x4018_0000 {
        // |x| >= 6
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = x.abs();
    let r = tail(ax, ix < 0x4006_db6e);
    if hx >= 0 {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

fn erfc_kernel(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // erfc(nan) = nan, erfc(+inf) = 0, erfc(-inf) = 2
        let base = if hx < 0 { 2.0 } else { 0.0 };
        return base + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3c70_0000 {
            // |x| < 2**-56
            return 1.0 - x;
        }
        let y = small_ratio(x);
        if hx < 0x3fd0_0000 {
            // x < 1/4 (including all negative x)
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let pq = near_one_ratio(x);
        return if hx >= 0 {
            let z = 1.0 - ERX;
            z - pq
        } else {
            let z = ERX + pq;
            1.0 + z
        };
    }
    if ix < 0x403c_0000 {
        // |x| < 28
        if hx < 0 && ix >= 0x4018_0000 {
            // x <= -6
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = tail(ax, ix < 0x4006_db6d);
        return if hx > 0 { r / ax } else { 2.0 - r / ax };
    }
    if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

/// `math.erf(x)`, the error function. Never raises.
pub fn erf(x: f64) -> MathResult<f64> {
    Ok(erf_kernel(x))
}

/// `math.erfc(x)`, the complementary error function `1 - erf(x)`. Never raises
/// (underflow to 0.0 for large `x` is not an error).
pub fn erfc(x: f64) -> MathResult<f64> {
    Ok(erfc_kernel(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_errors() {
        // From python3 (CPython 3.11.7).
        assert_eq!(gamma(0.0), Err(MathError::Domain));
        assert_eq!(gamma(-1.0), Err(MathError::Domain));
        assert_eq!(gamma(171.7), Err(MathError::Range));
        assert_eq!(gamma(5e-324), Err(MathError::Range));
        assert_eq!(gamma(-1e-310), Err(MathError::Range));
        assert_eq!(gamma(f64::NEG_INFINITY), Err(MathError::Domain));
        assert_eq!(gamma(-300.5).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(gamma(1e-20), Ok(1.0000000000000002e+20));
        assert_eq!(gamma(-1e-300), Ok(-9.999999999999999e+299));
        assert_eq!(gamma(f64::INFINITY), Ok(f64::INFINITY));
        assert!(gamma(f64::NAN).unwrap().is_nan());
        assert_eq!(lgamma(0.0), Err(MathError::Domain));
        assert_eq!(lgamma(-2.0), Err(MathError::Domain));
        assert_eq!(lgamma(1e308), Err(MathError::Range));
        assert_eq!(lgamma(f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(lgamma(-1e-300), Ok(690.7755278982137));
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(lgamma(2.0), Ok(0.0));
    }

    #[test]
    fn erf_specials() {
        // From python3.
        assert!(erf(f64::NAN).unwrap().is_nan());
        assert_eq!(erf(f64::INFINITY), Ok(1.0));
        assert_eq!(erf(f64::NEG_INFINITY), Ok(-1.0));
        assert_eq!(erfc(f64::INFINITY), Ok(0.0));
        assert_eq!(erfc(f64::NEG_INFINITY), Ok(2.0));
        assert_eq!(erfc(30.0), Ok(0.0));
        assert_eq!(erf(-0.0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(erfc(0.0), Ok(1.0));
    }
}
