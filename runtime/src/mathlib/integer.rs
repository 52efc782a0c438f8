//! Integer functions: `factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`.
//!
//! All results are exact, so only the error behaviour has to mirror CPython; the
//! algorithms are chosen for speed on big inputs:
//! - `factorial(n)` is computed as `odd_part << (n - popcount(n))`, the odd part being a
//!   product of odd numbers over the ranges `(n >> (i+1), n >> i]`, each multiplied by
//!   balanced binary splitting (so the big multiplications are between equal-sized
//!   operands and num-bigint's Karatsuba/Toom-3 pays off).
//! - `perm(n, k)` is the product `n * (n-1) * ... * (n-k+1)` by binary splitting, and
//!   `comb(n, k) = perm(n, k) / k!` with `k = min(k, n-k)` (an exact division).
//! - `isqrt` is a recursive Newton iteration seeded from the square root of the top
//!   half of the bits, finishing in `u128` arithmetic for small inputs.
//!
//! Caller conversions: every argument goes through `operator.index` (`__index__`), so
//! `bool` is accepted and a float raises
//! `TypeError: 'float' object cannot be interpreted as an integer`
//! (see [`not_an_integer`](super::not_an_integer)).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{MathError, MathResult};

/// Products of small factors are accumulated in a machine word before switching to
/// big integers; ranges shorter than this are multiplied sequentially.
const SEQUENTIAL_LIMIT: u64 = 16;

/// Product of the odd numbers in `[lo, hi)` (`lo` odd, `hi` odd, `lo < hi`).
fn odd_range_product(lo: u64, hi: u64) -> BigUint {
    let count = (hi - lo) / 2;
    if count <= SEQUENTIAL_LIMIT {
        let mut acc = BigUint::one();
        let mut word: u64 = 1;
        let mut j = lo;
        while j < hi {
            match word.checked_mul(j) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = j;
                }
            }
            j += 2;
        }
        return acc * word;
    }
    // Split at an odd midpoint.
    let mid = (lo + count) | 1;
    odd_range_product(lo, mid) * odd_range_product(mid, hi)
}

/// Exact `n!` for a machine-sized `n`.
fn factorial_u64(n: u64) -> BigUint {
    if n < 21 {
        let mut f: u64 = 1;
        for i in 2..=n {
            f *= i;
        }
        return BigUint::from(f);
    }
    // odd_part(n!) = prod over i >= 0 of (product of odd j <= n >> i).
    let mut inner = BigUint::one();
    let mut outer = BigUint::one();
    let mut upper: u64 = 3;
    let top_bit = 63 - n.leading_zeros();
    for i in (0..top_bit).rev() {
        let v = n >> i;
        if v <= 2 {
            continue;
        }
        let lower = upper;
        // least odd integer strictly greater than v
        upper = (v + 1) | 1;
        if upper > lower {
            inner *= odd_range_product(lower, upper);
        }
        outer *= &inner;
    }
    let two_valuation = n - u64::from(n.count_ones());
    outer << two_valuation
}

fn factorial_overflow() -> MathError {
    MathError::Overflow(format!(
        "factorial() argument should not exceed {}",
        i64::MAX
    ))
}

/// `math.factorial(n)`: `n!`.
///
/// Errors: `ValueError: factorial() not defined for negative values`;
/// `OverflowError: factorial() argument should not exceed 9223372036854775807` for
/// `n > 2**63 - 1` (C `LONG_MAX`). Floats are rejected by the caller's `__index__`
/// conversion (`TypeError: 'float' object cannot be interpreted as an integer`); 3.11
/// no longer accepts integral floats.
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_i64().ok_or_else(factorial_overflow)?;
    Ok(BigInt::from(factorial_u64(n as u64)))
}

/// Product `n * (n-1) * ... * (n-k+1)` (falling factorial) by binary splitting.
fn falling_product(n: &BigUint, k: u64) -> BigUint {
    if k == 0 {
        return BigUint::one();
    }
    if let Some(small) = n.to_u64() {
        return falling_product_u64(small, k);
    }
    if k <= SEQUENTIAL_LIMIT {
        let mut acc = n.clone();
        for i in 1..k {
            acc *= n - BigUint::from(i);
        }
        return acc;
    }
    let half = k / 2;
    let rest = n - BigUint::from(half);
    falling_product(n, half) * falling_product(&rest, k - half)
}

/// Falling factorial for `k <= n < 2**64`.
fn falling_product_u64(n: u64, k: u64) -> BigUint {
    if k <= SEQUENTIAL_LIMIT {
        let mut acc = BigUint::one();
        let mut word: u64 = 1;
        for i in 0..k {
            let f = n - i;
            match word.checked_mul(f) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = f;
                }
            }
        }
        return acc * word;
    }
    let half = k / 2;
    falling_product_u64(n, half) * falling_product_u64(n - half, k - half)
}

/// Binomial coefficient for `k <= n - k`, exactly.
fn binomial(n: &BigUint, k: u64) -> BigUint {
    if k == 0 {
        return BigUint::one();
    }
    if let Some(small) = n.to_u64() {
        // Small results fit in u128 with the multiplicative formula (each step exact);
        // fall back to big integers on overflow.
        if k <= 64 {
            let mut acc: u128 = 1;
            let mut ok = true;
            for i in 0..k {
                match acc.checked_mul(u128::from(small - i)) {
                    Some(v) => acc = v / u128::from(i + 1),
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                return BigUint::from(acc);
            }
        }
    }
    falling_product(n, k) / factorial_u64(k)
}

fn non_negative_error(which: &str) -> MathError {
    MathError::Value(format!("{which} must be a non-negative integer"))
}

/// `math.comb(n, k)`: the number of ways to choose `k` of `n` items, `0` when `k > n`.
///
/// Errors: `ValueError: n must be a non-negative integer`,
/// `ValueError: k must be a non-negative integer` (checked in that order);
/// `OverflowError: min(n - k, k) must not exceed 9223372036854775807` when `n` does not
/// fit a C `long long` and `min(n - k, k)` does not either.
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(non_negative_error("n"));
    }
    if k.is_negative() {
        return Err(non_negative_error("k"));
    }
    let kk: u64 = if let Some(ni) = n.to_i64() {
        match k.to_i64() {
            Some(ki) if ki <= ni => ki.min(ni - ki) as u64,
            _ => return Ok(BigInt::zero()),
        }
    } else {
        let rest = n - k;
        if rest.is_negative() {
            return Ok(BigInt::zero());
        }
        let m = if rest < *k { rest } else { k.clone() };
        match m.to_i64() {
            Some(v) => v as u64,
            None => {
                return Err(MathError::Overflow(format!(
                    "min(n - k, k) must not exceed {}",
                    i64::MAX
                )))
            }
        }
    };
    Ok(BigInt::from(binomial(n.magnitude(), kk)))
}

/// `math.perm(n, k=None)`: the number of ordered arrangements of `k` of `n` items,
/// `0` when `k > n`; `perm(n)` (the caller passes `None` for a missing or `None` `k`)
/// is `factorial(n)`, with factorial's error messages.
///
/// Errors: `ValueError: n must be a non-negative integer`,
/// `ValueError: k must be a non-negative integer`;
/// `OverflowError: k must not exceed 9223372036854775807` when `k <= n` and `k` does not
/// fit a C `long long`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let k = match k {
        None => return factorial(n),
        Some(k) => k,
    };
    if n.is_negative() {
        return Err(non_negative_error("n"));
    }
    if k.is_negative() {
        return Err(non_negative_error("k"));
    }
    if n < k {
        return Ok(BigInt::zero());
    }
    let kk = k
        .to_i64()
        .ok_or_else(|| MathError::Overflow(format!("k must not exceed {}", i64::MAX)))?;
    Ok(BigInt::from(falling_product(n.magnitude(), kk as u64)))
}

/// Binary GCD of two machine words.
fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

/// Number of leading bits of the operands used per Lehmer step (cofactors stay below
/// `2**LEHMER_BITS`, so everything fits an `i64`).
const LEHMER_BITS: u64 = 62;

/// GCD of two big magnitudes: Lehmer's algorithm (Knuth, TAOCP vol. 2, 4.5.2,
/// Algorithm L) on the leading 62 bits, with plain Euclidean steps when the operands
/// have very different sizes or a Lehmer step makes no progress.
fn gcd_biguint(a: &BigUint, b: &BigUint) -> BigUint {
    let (big, small) = if a >= b { (a, b) } else { (b, a) };
    if small.bits() <= 64 {
        // Common case (e.g. lcm of many small numbers): one reduction, no copies.
        let s = small.to_u64().unwrap_or(0);
        if s == 0 {
            return big.clone();
        }
        let rem = (big % s).to_u64().unwrap_or(0);
        return BigUint::from(gcd_u64(s, rem));
    }
    let (mut a, mut b) = if a >= b {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    loop {
        // Invariant: a >= b.
        if b.is_zero() {
            return a;
        }
        if b.bits() <= 64 {
            let small = b.to_u64().unwrap_or(0);
            let rem = (&a % small).to_u64().unwrap_or(0);
            return BigUint::from(gcd_u64(small, rem));
        }
        let n = a.bits();
        if n - b.bits() > LEHMER_BITS / 2 {
            let r = &a % &b;
            a = std::mem::replace(&mut b, r);
            continue;
        }
        let shift = n - LEHMER_BITS;
        let mut x = (&a >> shift).to_i64().unwrap_or(0);
        let mut y = (&b >> shift).to_i64().unwrap_or(0);
        // Cofactors: the true remainders are a*A + b*B and a*C + b*D.
        let (mut ca, mut cb, mut cc, mut cd) = (1i64, 0i64, 0i64, 1i64);
        loop {
            if y + cc == 0 || y + cd == 0 {
                break;
            }
            let q = (x + ca) / (y + cc);
            if q != (x + cb) / (y + cd) {
                break;
            }
            (ca, cc) = (cc, ca - q * cc);
            (cb, cd) = (cd, cb - q * cd);
            (x, y) = (y, x - q * y);
        }
        if cb == 0 {
            // The leading digits did not determine a quotient: one full Euclid step.
            let r = &a % &b;
            a = std::mem::replace(&mut b, r);
        } else {
            let ai = BigInt::from(a);
            let bi = BigInt::from(b);
            let na = &ai * ca + &bi * cb;
            let nb = &ai * cc + &bi * cd;
            a = na.into_parts().1;
            b = nb.into_parts().1;
        }
    }
}

/// GCD of two integers, non-negative.
fn gcd_pair(a: &BigInt, b: &BigInt) -> BigInt {
    BigInt::from(gcd_biguint(a.magnitude(), b.magnitude()))
}

/// `math.gcd(*integers)`: the greatest common divisor, always non-negative;
/// `gcd()` is 0.
pub fn gcd(integers: &[BigInt]) -> BigInt {
    let mut acc = BigInt::zero();
    for x in integers {
        if acc.is_one() {
            // Remaining arguments only need their (already done) conversion.
            break;
        }
        acc = gcd_pair(&acc, x);
    }
    acc
}

/// `math.lcm(*integers)`: the least common multiple, always non-negative; `lcm()` is 1
/// and any zero argument makes the result 0.
pub fn lcm(integers: &[BigInt]) -> BigInt {
    let mut iter = integers.iter();
    let mut acc = match iter.next() {
        None => return BigInt::one(),
        Some(first) => first.abs(),
    };
    for x in iter {
        if acc.is_zero() {
            break;
        }
        if x.is_zero() {
            acc = BigInt::zero();
            break;
        }
        let g = gcd_pair(&acc, x);
        acc = (&acc / &g * x).abs();
    }
    acc
}

/// `floor(sqrt(n))` for `n < 2**128`.
fn isqrt_u128(n: u128) -> u128 {
    if n == 0 {
        return 0;
    }
    // A float estimate is within a few units of the answer for n < 2**128; fix it up
    // exactly (the root is below 2**64, so (a+1)**2 cannot overflow u128 unless a+1 is
    // 2**64, which only happens when the root is 2**64 - 1).
    let mut a = ((n as f64).sqrt() as u128).min(u128::from(u64::MAX));
    while a * a > n {
        a -= 1;
    }
    while a < u128::from(u64::MAX) && (a + 1) * (a + 1) <= n {
        a += 1;
    }
    a
}

/// `floor(sqrt(n))` for any `n`.
fn isqrt_big(n: &BigUint) -> BigUint {
    let bits = n.bits();
    if bits <= 128 {
        let small = n.to_u128().unwrap_or(0);
        return BigUint::from(isqrt_u128(small));
    }
    // Square root of the top half of n (shift is even), scaled back: a has about half
    // of the final bits right, and one Newton step from above doubles that.
    let shift = (bits / 2) & !1;
    let mut a = (isqrt_big(&(n >> shift)) + 1u8) << (shift / 2);
    // Newton iteration from above: a_{k+1} = (a + n/a) / 2 decreases to floor(sqrt(n)).
    loop {
        let next = (&a + n / &a) >> 1;
        if next >= a {
            break;
        }
        a = next;
    }
    a
}

/// `math.isqrt(n)`: the integer square root `floor(sqrt(n))`.
///
/// Error: `ValueError: isqrt() argument must be nonnegative`.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("isqrt() argument must be nonnegative"));
    }
    Ok(BigInt::from_biguint(Sign::Plus, isqrt_big(n.magnitude())))
}

#[cfg(test)]
mod tests {
    use super::super::testdata::{INT_CASES, ISQRT_CASES};
    use super::*;
    use num_integer::Integer;

    /// Fingerprint of a (possibly huge) integer, as the generator computes it:
    /// `(sign, bit_length, value mod (2**61 - 1))`.
    fn fingerprint(v: &BigInt) -> (i8, u64, u64) {
        let m = BigInt::from((1u64 << 61) - 1);
        let r = v.mod_floor(&m).to_u64().unwrap_or(0);
        let sign = match v.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        };
        (sign, v.bits(), r)
    }

    fn parse(s: &str) -> BigInt {
        s.parse::<BigInt>().expect("decimal int")
    }

    #[test]
    fn against_cpython() {
        for &(func, args, kind, sign, bits, modulus, message) in INT_CASES {
            let a: Vec<BigInt> = args.iter().map(|s| parse(s)).collect();
            let got: MathResult<BigInt> = match func {
                "factorial" => factorial(&a[0]),
                "comb" => comb(&a[0], &a[1]),
                "perm" => perm(&a[0], a.get(1)),
                "gcd" => Ok(gcd(&a)),
                "lcm" => Ok(lcm(&a)),
                "isqrt" => isqrt(&a[0]),
                other => panic!("unknown {other}"),
            };
            let label = format!("{func}{args:?}");
            match (kind, got) {
                (0, Ok(v)) => assert_eq!(fingerprint(&v), (sign, bits, modulus), "{label}"),
                (_, Err(e)) => assert_eq!(e.to_string(), message, "{label}"),
                (_, Ok(v)) => panic!("{label}: expected {message}, got {v}"),
            }
        }
    }

    #[test]
    fn gcd_agrees_with_euclid() {
        // Deterministic pseudo-random operands with planted common factors.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..300 {
            let mut make = |limbs: u64| {
                let mut v = BigUint::zero();
                for _ in 0..limbs {
                    v = (v << 64u32) + next();
                }
                v
            };
            let common = make(round % 5 + 1);
            let a = make(round % 17 + 1) * &common;
            let b = make((round * 7) % 13 + 1) * &common + u64::from(round % 3 == 0);
            let want = a.gcd(&b);
            assert_eq!(gcd_biguint(&a, &b), want, "gcd({a}, {b})");
            assert_eq!(gcd_biguint(&b, &a), want);
            assert_eq!(gcd_biguint(&a, &a), a);
        }
        for (x, y) in [
            (0u64, 0u64),
            (0, 9),
            (12, 18),
            (u64::MAX, u64::MAX - 1),
            (1 << 40, 1 << 20),
        ] {
            assert_eq!(
                gcd_u64(x, y),
                BigUint::from(x).gcd(&BigUint::from(y)).to_u64().unwrap()
            );
        }
    }

    #[test]
    fn isqrt_against_cpython() {
        for &(n, root) in ISQRT_CASES {
            assert_eq!(isqrt(&parse(n)).unwrap(), parse(root), "isqrt({n})");
        }
    }

    #[test]
    fn isqrt_exhaustive_small() {
        for n in 0u128..20000 {
            let r = isqrt_u128(n);
            assert!(r * r <= n && (r + 1) * (r + 1) > n, "isqrt({n})");
        }
        let max = u128::MAX;
        assert_eq!(isqrt_u128(max), u128::from(u64::MAX));
        for shift in 60..128 {
            for delta in [0u128, 1, 2] {
                let n = (1u128 << shift) - delta;
                let r = isqrt_u128(n);
                assert!(r * r <= n && (r + 1).checked_mul(r + 1).is_none_or(|s| s > n));
            }
        }
    }

    #[test]
    fn isqrt_perfect_squares_and_neighbours() {
        let mut x = BigUint::from(3u8);
        for _ in 0..12 {
            x = &x * &x + 7u8;
            let sq = &x * &x;
            assert_eq!(isqrt_big(&sq), x);
            assert_eq!(isqrt_big(&(&sq - 1u8)), &x - 1u8);
            assert_eq!(isqrt_big(&(&sq + 2u8 * &x)), x);
        }
    }

    #[test]
    fn factorial_matches_product() {
        for n in 0u64..300 {
            let mut p = BigUint::one();
            for i in 2..=n {
                p *= i;
            }
            assert_eq!(factorial_u64(n), p, "{n}!");
        }
    }

    #[test]
    fn comb_perm_match_definitions() {
        for n in 0u64..90 {
            for k in 0..=n {
                let nb = BigInt::from(n);
                let kb = BigInt::from(k);
                let f = |x: u64| BigInt::from(factorial_u64(x));
                assert_eq!(comb(&nb, &kb).unwrap(), f(n) / (f(k) * f(n - k)));
                assert_eq!(perm(&nb, Some(&kb)).unwrap(), f(n) / f(n - k));
            }
        }
    }
}
