//! Accurate summation: `math.fsum`, and the vector norm behind `math.hypot` and
//! `math.dist`.
//!
//! `fsum` keeps an exact sum as a list of non-overlapping partials (Shewchuk's
//! algorithm as used by CPython's `msum`), then rounds the partials' exact sum
//! correctly, with CPython's half-even fix-up across partials and its handling of
//! infinities, NaNs and intermediate overflow.
//!
//! `hypot`/`dist` use CPython 3.11's `vector_norm`: power-of-two scaling, exact
//! squaring by Veltkamp-Dekker splitting, compensated (Neumaier-style) accumulation,
//! and one differential correction of the square root, so the result is correctly
//! rounded in nearly all cases and identical to CPython's. When the largest coordinate
//! is subnormal (so `2**-e` would overflow), 3.11 instead divides by the maximum and
//! keeps a single compensation term; this path is reproduced as well (3.12 changed it).

use super::float_bits::{frexp, ldexp_raw};
use super::{MathError, MathResult};

/// `math.fsum(iterable)`: the correctly rounded sum of `values`.
///
/// Errors: `OverflowError: intermediate overflow in fsum` when a partial sum of finite
/// values overflows; `ValueError: -inf + inf in fsum` when both infinities occur.
/// A NaN anywhere (without both infinities) gives NaN.
///
/// Caller conversions: each item goes through `PyFloat_AsDouble` in iteration order
/// (an int too large raises `OverflowError: int too large to convert to float` at that
/// item); CPython reads items one by one, so an error while iterating or converting
/// aborts before any overflow error from later items would be detected.
pub fn fsum(values: &[f64]) -> MathResult<f64> {
    let mut partials: Vec<f64> = Vec::with_capacity(32);
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;

    for &item in values {
        let mut x = item;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite x comes from an inf/nan summand or from overflow.
                if item.is_finite() {
                    return Err(MathError::overflow("intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    inf_sum += item;
                }
                special_sum += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }

    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(MathError::value("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }

    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        // Sum from the top down, stopping when the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Make half-even rounding work across multiple partials: if the remaining
        // partials push the discarded part past a tie, round away.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// 2**27 + 1, the Veltkamp splitting constant.
const T27: f64 = 134217729.0;

/// Splits `x` into `hi + lo` with `hi` having at most 26 significant bits.
fn split(x: f64) -> (f64, f64) {
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Adds `x` to `csum` (where `|csum| >= |x|`), accumulating the rounding error.
fn add_compensated(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// CPython's `vector_norm`: `sqrt(sum(x*x for x in vec))` for non-negative `vec`, where
/// `max` is the largest element (infinity if any is infinite).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: divide by max instead (CPython 3.11 keeps
        // only one compensation term on this path).
        let mut csum = 1.0f64;
        let mut frac = 0.0f64;
        for &v in vec.iter() {
            let x = v / max;
            add_compensated(&mut csum, &mut frac, x * x);
        }
        return max * (csum - 1.0 + frac).sqrt();
    }
    let scale = ldexp_raw(1.0, -i64::from(max_e));
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    let mut frac3 = 0.0f64;
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = split(x);
        add_compensated(&mut csum, &mut frac1, hi * hi);
        add_compensated(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

    // Differential correction: subtract h*h exactly and adjust by the residual.
    let (hi, lo) = split(h);
    add_compensated(&mut csum, &mut frac1, -hi * hi);
    add_compensated(&mut csum, &mut frac2, -2.0 * hi * lo);
    add_compensated(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `math.hypot(*coordinates)`: the Euclidean norm. `hypot()` is 0.0; any infinity gives
/// inf (even with a NaN); otherwise any NaN gives NaN. Overflow returns inf (no error).
///
/// Caller conversions: each argument through `PyFloat_AsDouble`.
pub fn hypot(coordinates: &[f64]) -> MathResult<f64> {
    let mut vec: Vec<f64> = Vec::with_capacity(coordinates.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &c in coordinates {
        let x = c.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vector_norm(&vec, max, found_nan))
}

/// `math.dist(p, q)`: the Euclidean distance between two points.
///
/// Error: `ValueError: both points must have the same number of dimensions`.
///
/// Caller conversions: `p` and `q` are converted to tuples (`PySequence_Tuple`, so any
/// iterable; a non-iterable raises CPython's usual `TypeError`), the length check comes
/// next, then each coordinate goes through `PyFloat_AsDouble`, alternating `p[i]`, `q[i]`.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::value(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs: Vec<f64> = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (&a, &b) in p.iter().zip(q) {
        let x = (a - b).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(vector_norm(&diffs, max, found_nan))
}

#[cfg(test)]
mod tests {
    use super::super::testdata::{DISTS, FSUMS, HYPOTS};
    use super::*;

    fn floats(bits: &[u64]) -> Vec<f64> {
        bits.iter().map(|&b| f64::from_bits(b)).collect()
    }

    fn check(label: &str, got: MathResult<f64>, kind: u8, want: u64) {
        match (kind, got) {
            (0, Ok(v)) => {
                if f64::from_bits(want).is_nan() {
                    assert!(v.is_nan(), "{label}: expected nan, got {v:e}");
                } else {
                    assert_eq!(
                        v.to_bits(),
                        want,
                        "{label}: got {v:e}, want {:e}",
                        f64::from_bits(want)
                    );
                }
            }
            (1, Err(MathError::Value(_)))
            | (2, Err(MathError::Overflow(_)))
            | (3, Err(MathError::Value(_))) => {}
            (k, g) => panic!("{label}: expected kind {k}, got {g:?}"),
        }
    }

    #[test]
    fn fsum_against_cpython() {
        for (i, &(items, kind, want)) in FSUMS.iter().enumerate() {
            check(&format!("fsum case {i}"), fsum(&floats(items)), kind, want);
        }
    }

    #[test]
    fn hypot_against_cpython() {
        for (i, &(items, kind, want)) in HYPOTS.iter().enumerate() {
            check(
                &format!("hypot case {i}"),
                hypot(&floats(items)),
                kind,
                want,
            );
        }
    }

    #[test]
    fn dist_against_cpython() {
        for (i, &(p, q, kind, want)) in DISTS.iter().enumerate() {
            check(
                &format!("dist case {i}"),
                dist(&floats(p), &floats(q)),
                kind,
                want,
            );
        }
    }

    #[test]
    fn error_messages() {
        // From python3 (CPython 3.11.7).
        assert_eq!(
            fsum(&[1e308, 1e308]).unwrap_err().to_string(),
            "OverflowError: intermediate overflow in fsum"
        );
        assert_eq!(
            fsum(&[f64::INFINITY, f64::NEG_INFINITY])
                .unwrap_err()
                .to_string(),
            "ValueError: -inf + inf in fsum"
        );
        assert!(fsum(&[f64::NAN, 1.0]).unwrap().is_nan());
        assert!(fsum(&[f64::INFINITY, 1e308, 1e308]).is_err());
        assert!(fsum(&[f64::INFINITY, f64::NAN]).unwrap().is_nan());
        assert_eq!(fsum(&[1e308, -1e308, 1e308]), Ok(1e308));
        assert_eq!(fsum(&[]), Ok(0.0));
        assert_eq!(
            dist(&[1.0, 2.0], &[1.0, 2.0, 3.0]).unwrap_err().to_string(),
            "ValueError: both points must have the same number of dimensions"
        );
        assert_eq!(hypot(&[1e308, 1e308]), Ok(1.4142135623730951e+308));
        assert_eq!(hypot(&[1.7e308, 1.7e308]), Ok(f64::INFINITY));
        assert_eq!(dist(&[1e308], &[-1e308]), Ok(f64::INFINITY));
        assert_eq!(hypot(&[]), Ok(0.0));
        assert_eq!(hypot(&[-3.0]), Ok(3.0));
        assert_eq!(hypot(&[f64::NAN, f64::INFINITY]), Ok(f64::INFINITY));
        assert_eq!(dist(&[], &[]), Ok(0.0));
    }
}
