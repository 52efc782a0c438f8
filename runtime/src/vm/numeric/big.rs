//! Big-integer arithmetic on borrowed operands. A big operand is read where it lies and only
//! the result is allocated: `x + 1` on a 4000-digit int costs one new number, not a copy of
//! each operand first. Division with a small quotient (the common case in digit-producing
//! loops such as a pi spigot) estimates the quotient from the top bits and corrects it, which
//! is linear in the operands' size; the general path is `num-bigint`'s.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};

use super::IntArg;

/// `a` compared with `b`, without copying either.
pub fn cmp(a: &IntArg, b: &IntArg) -> Ordering {
    match (a, b) {
        (IntArg::Small(x), IntArg::Small(y)) => x.cmp(y),
        (IntArg::Big(x), IntArg::Big(y)) => (*x).cmp(*y),
        // A `Big` never fits in i64, so its sign decides.
        (IntArg::Big(x), IntArg::Small(_)) => sign_order(x),
        (IntArg::Small(_), IntArg::Big(y)) => sign_order(y).reverse(),
    }
}

fn sign_order(big: &BigInt) -> Ordering {
    if big.is_negative() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

pub fn add(a: &IntArg, b: &IntArg) -> BigInt {
    match (a, b) {
        (IntArg::Big(x), IntArg::Big(y)) => *x + *y,
        (IntArg::Big(x), IntArg::Small(s)) | (IntArg::Small(s), IntArg::Big(x)) => {
            (*x).clone() + *s
        }
        (IntArg::Small(x), IntArg::Small(y)) => BigInt::from(*x) + *y,
    }
}

pub fn sub(a: &IntArg, b: &IntArg) -> BigInt {
    match (a, b) {
        (IntArg::Big(x), IntArg::Big(y)) => *x - *y,
        (IntArg::Big(x), IntArg::Small(s)) => (*x).clone() - *s,
        (IntArg::Small(s), IntArg::Big(y)) => -((*y).clone() - *s),
        (IntArg::Small(x), IntArg::Small(y)) => BigInt::from(*x) - *y,
    }
}

pub fn mul(a: &IntArg, b: &IntArg) -> BigInt {
    match (a, b) {
        (IntArg::Big(x), IntArg::Big(y)) => *x * *y,
        (IntArg::Big(x), IntArg::Small(s)) | (IntArg::Small(s), IntArg::Big(x)) => {
            (*x).clone() * *s
        }
        (IntArg::Small(x), IntArg::Small(y)) => BigInt::from(*x) * *y,
    }
}

/// The exponent `k` when `b` is `2**k` (k ≥ 1).
pub fn power_of_two(b: &IntArg) -> Option<u64> {
    match b {
        IntArg::Small(y) => (*y > 1 && (*y & (*y - 1)) == 0).then(|| y.trailing_zeros() as u64),
        IntArg::Big(y) => {
            let k = y.trailing_zeros()?;
            (y.sign() == Sign::Plus && y.bits() == k + 1).then_some(k)
        }
    }
}

/// `x mod 2**64` as two's complement: the low word Python's infinite-precision bit operations
/// see.
fn low_word(x: &BigInt) -> u64 {
    let low = x.iter_u64_digits().next().unwrap_or(0);
    if x.is_negative() {
        low.wrapping_neg()
    } else {
        low
    }
}

/// `x & m` for `m >= 0` that fits in i64: the result fits too and needs no big number.
pub fn and_small(x: &BigInt, m: i64) -> i64 {
    debug_assert!(m >= 0);
    (low_word(x) & m as u64) as i64
}

/// `x % 2**k` (floor semantics, so the result is the low `k` bits in two's complement).
pub fn mod_power_of_two(x: &BigInt, k: u64) -> BigInt {
    if x.is_negative() {
        // Rare; two's complement through num-bigint.
        let mask = (BigInt::from(1) << k) - 1;
        return x & &mask;
    }
    if x.bits() <= k {
        return x.clone();
    }
    let words = k.div_ceil(32) as usize;
    let mut low: Vec<u32> = x.iter_u32_digits().take(words).collect();
    let spare = (words as u64) * 32 - k;
    if spare > 0 {
        if let Some(top) = low.last_mut() {
            *top &= u32::MAX >> spare;
        }
    }
    BigInt::from_biguint(Sign::Plus, BigUint::new(low))
}

/// `x %= 2**k` on a number the caller owns: a non-negative one keeps its digits (the mask
/// of the last `k` used is kept, so a loop reducing by one modulus allocates nothing).
pub fn mod_power_of_two_in_place(x: &mut BigInt, k: u64) {
    if x.is_negative() {
        *x = mod_power_of_two(x, k);
        return;
    }
    if x.bits() <= k {
        return;
    }
    thread_local! {
        static MASK: std::cell::RefCell<(u64, BigInt)> = std::cell::RefCell::new((0, BigInt::zero()));
    }
    MASK.with(|m| {
        let mut m = m.borrow_mut();
        if m.0 != k || m.1.is_zero() {
            *m = (k, (BigInt::from(1) << k) - 1);
        }
        *x &= &m.1;
    });
}

/// Python's `divmod(a, b)` (floor division, remainder with the divisor's sign); `b != 0`.
pub fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let (q, r) = magnitude_divrem(a.magnitude(), b.magnitude());
    let (q, r) = (
        BigInt::from_biguint(Sign::Plus, q),
        BigInt::from_biguint(Sign::Plus, r),
    );
    match (a.is_negative(), b.is_negative()) {
        (false, false) => (q, r),
        (true, true) => (q, -r),
        _ if r.is_zero() => (-q, r),
        // a = -(q|b| + r) with b > 0, or q|b| + r with b < 0: one more (negative) quotient
        // step, and the remainder takes the divisor's sign.
        (true, false) => (-q - 1, b - r),
        (false, true) => (-q - 1, b + r),
    }
}

/// `(a / b, a % b)` for magnitudes (`b != 0`).
fn magnitude_divrem(a: &BigUint, b: &BigUint) -> (BigUint, BigUint) {
    let (na, nb) = (a.bits(), b.bits());
    if na < nb {
        return (BigUint::zero(), a.clone());
    }
    if nb > 64 && na - nb < 63 {
        return small_quotient_divrem(a, b, nb);
    }
    a.div_rem(b)
}

/// Division whose quotient is below 2**63. The top 64 bits of `b` and the matching bits of
/// `a` give an estimate within a few units of the quotient; one multiply-subtract and at
/// most a few add-backs finish it. Linear in the operands' size, where general long
/// division (and num-bigint's recursive division for large operands) does more work.
fn small_quotient_divrem(a: &BigUint, b: &BigUint, nb: u64) -> (BigUint, BigUint) {
    let shift = nb - 64;
    let top = |x: &BigUint| -> u128 {
        let t = x >> shift;
        t.iter_u64_digits()
            .rev()
            .fold(0u128, |acc, d| (acc << 64) | d as u128)
    };
    let (a_top, b_top) = (top(a), top(b));
    // a_top < 2**126 and b_top >= 2**63, so the estimate fits in 63 bits. The dropped low
    // bits of `a` can make it one short; those of `b`, at most two too large.
    let mut q = (a_top / b_top) as u64;
    let mut product = b * q;
    while product > *a {
        q -= 1;
        product -= b;
    }
    let mut r = a - product;
    while r >= *b {
        q += 1;
        r -= b;
    }
    (BigUint::from(q), r)
}
