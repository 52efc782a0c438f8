//! Compiled `x ** 0.5` returns `sqrt(x)` without calling `pow` when the exact root is within
//! 0.45 ULP of it (`heron_jit::lower::half_power_known`), relying on the platform `pow`
//! being within 0.54 ULP of the exact result. This checks that claim against the `pow`
//! this build links (the one CPython calls too) on random inputs across the exponent
//! range: wherever the test says "known", `pow` must agree with `sqrt` bit for bit.

use heron_jit::lower::half_power_known;

/// xorshift64*: a fixed, reproducible stream.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

#[test]
fn half_power_known_agrees_with_pow() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut known, mut differ_outside) = (0u32, 0u32);
    let n = 2_000_000;
    for i in 0..n {
        // Every positive finite double is a bit pattern below the infinity's.
        let x = if i % 2 == 0 {
            f64::from_bits(rng.next() % 0x7ff0_0000_0000_0000)
        } else {
            // Values of ordinary size, where programs spend their time.
            (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * 1e6
        };
        if x <= 0.0 {
            continue;
        }
        let p = x.powf(std::hint::black_box(0.5));
        if half_power_known(x) {
            known += 1;
            assert_eq!(p.to_bits(), x.sqrt().to_bits(), "pow({x:e}, 0.5)");
        } else if p != x.sqrt() {
            differ_outside += 1;
        }
    }
    // The test must take the shortcut for most inputs (about nine in ten), or it checks
    // nothing; where pow and sqrt differ, it must have declined.
    assert!(known > n / 2 * 3 / 2, "known for only {known} of {n}");
    assert!(
        differ_outside > 0,
        "pow and sqrt never differed: no boundary case was met"
    );
}
