//! Float → decimal text: the equivalent of CPython's `_Py_dg_dtoa` (modes 0, 2 and 3) and
//! `PyOS_double_to_string` / `format_float_short`, and `repr(float)` on top of them.
//!
//! Invariants:
//! - Digit strings are correctly rounded from the *exact* binary value of the float, with
//!   ties going to the even digit (what David Gay's dtoa does in modes 2 and 3). The shortest
//!   round-trip digit count (mode 0) comes from Rust's `{:e}` formatting; from 16 digits on
//!   the digits themselves are recomputed exactly so that ties go to even, as in dtoa.
//! - A [`Decimal`] never has trailing zeros except the lone `"0"` of a zero value, and its
//!   value is `0.DIGITS × 10^decpt`; a fixed-mode result that rounds to zero has no digits
//!   and `decpt == -ndigits`, exactly like dtoa.

use num_bigint::BigUint;

use super::{reserve, FormatError};

/// How many digits to produce (dtoa's `mode` and `ndigits`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Mode 0: the shortest digit string that round-trips.
    Shortest,
    /// Mode 2: at most `n` significant digits (`n <= 0` means 1).
    Significant(i64),
    /// Mode 3: digits up to `n` places after the decimal point (`n` may be negative).
    Fixed(i64),
}

/// A decimal digit string: the value is `±0.DIGITS × 10^decpt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decimal {
    /// ASCII digits, no trailing zeros (a zero value is `"0"`); may be empty in fixed mode.
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the start of `digits`.
    pub decpt: i64,
    /// The sign bit of the float.
    pub negative: bool,
}

/// `(m, e)` with `x = m × 2^e` and `m` odd, for a finite, nonzero, positive float.
fn odd_mantissa(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    (m >> tz, e + i64::from(tz))
}

fn strip_zeros(text: String, decpt: i64) -> (Vec<u8>, i64) {
    let mut digits = text.into_bytes();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// The exact decimal expansion of a finite, nonzero, positive float when it can be computed
/// in 128-bit arithmetic (`x = m × 2^e` with `m × 2^e < 2^127` for `e >= 0`, or
/// `-27 <= e < 0`).
fn exact_digits_small(x: f64) -> Option<(Vec<u8>, i64)> {
    let (m, e) = odd_mantissa(x);
    if e >= 0 {
        if 64 - i64::from(m.leading_zeros()) + e > 127 {
            return None;
        }
        let s = (u128::from(m) << e).to_string();
        let len = s.len() as i64;
        Some(strip_zeros(s, len))
    } else if e >= -27 {
        // x = m * 2^e = m * 5^k / 10^k with k = -e.
        let k = (-e) as u32;
        let s = (u128::from(m) * 5u128.pow(k)).to_string();
        let len = s.len() as i64;
        Some(strip_zeros(s, len - i64::from(k)))
    } else {
        None
    }
}

/// The exact decimal expansion of a finite, nonzero, positive float: `(digits, decpt)` with
/// no leading or trailing zeros.
fn exact_digits(x: f64) -> (Vec<u8>, i64) {
    if let Some(small) = exact_digits_small(x) {
        return small;
    }
    let (m, e) = odd_mantissa(x);
    if e >= 0 {
        let s = (BigUint::from(m) << (e as usize)).to_string();
        let len = s.len() as i64;
        strip_zeros(s, len)
    } else {
        let k = (-e) as u32;
        let s = (BigUint::from(m) * BigUint::from(5u32).pow(k)).to_string();
        let len = s.len() as i64;
        strip_zeros(s, len - i64::from(k))
    }
}

/// dtoa mode 0 breaks a tie between two equally close shortest candidates by taking the
/// even one; Rust's shortest formatter may take the other. A tie needs an exact expansion
/// of exactly `n + 1` digits ending in 5, which only happens when that expansion fits in
/// 128 bits (and `n >= 16`). Returns the even candidate when it applies and round-trips.
fn tie_break(x: f64, n: usize) -> Option<(Vec<u8>, i64)> {
    if n < 16 {
        return None;
    }
    let (exact, decpt) = exact_digits_small(x)?;
    if exact.len() != n + 1 || exact.last() != Some(&b'5') {
        return None;
    }
    let (digits, decpt) = round_to(exact, decpt, n as i64);
    let text = format!("0.{}e{}", std::str::from_utf8(&digits).ok()?, decpt);
    (text.parse::<f64>().ok()? == x).then_some((digits, decpt))
}

/// Round an exact digit string to its first `n >= 1` digits, half to even, and strip
/// trailing zeros.
fn round_to(mut digits: Vec<u8>, mut decpt: i64, n: i64) -> (Vec<u8>, i64) {
    let n = n as usize;
    if digits.len() > n {
        let next = digits[n];
        // `digits` has no trailing zeros, so anything after position n is nonzero.
        let more = digits.len() > n + 1;
        let round_up = next > b'5' || (next == b'5' && (more || (digits[n - 1] - b'0') % 2 == 1));
        digits.truncate(n);
        if round_up {
            let mut i = n;
            loop {
                if i == 0 {
                    digits.insert(0, b'1');
                    decpt += 1;
                    digits.truncate(n);
                    break;
                }
                i -= 1;
                if digits[i] == b'9' {
                    digits[i] = b'0';
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
    }
    (digits, decpt)
}

/// The shortest round-trip digits of a finite, nonzero, positive float.
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    let s = format!("{:e}", x);
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp + 1)
}

/// `_Py_dg_dtoa(x, mode, ndigits)` for a finite `x`.
pub(crate) fn dtoa(x: f64, mode: Mode) -> Decimal {
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return Decimal {
            digits: b"0".to_vec(),
            decpt: 1,
            negative,
        };
    }
    let ax = x.abs();
    let (digits, decpt) = match mode {
        Mode::Shortest => {
            let (d, p) = shortest_digits(ax);
            match tie_break(ax, d.len()) {
                Some(even) => even,
                None => (d, p),
            }
        }
        Mode::Significant(n) => {
            let (d, p) = exact_digits(ax);
            round_to(d, p, n.max(1))
        }
        Mode::Fixed(nd) => {
            let (d, p) = exact_digits(ax);
            let n = p.saturating_add(nd);
            if n > 0 {
                round_to(d, p, n)
            } else if n == 0 && (d[0] > b'5' || (d[0] == b'5' && d.len() > 1)) {
                (b"1".to_vec(), p + 1)
            } else {
                (Vec::new(), -nd)
            }
        }
    };
    Decimal {
        digits,
        decpt,
        negative,
    }
}

/// The `flags` argument of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DtsFlags {
    /// `Py_DTSF_SIGN`: always emit a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral values look like floats (`1.0`).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (keep the decimal point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: turn a negative zero result into a positive one.
    pub no_neg_0: bool,
}

/// The layout `format_float_short` computes before writing: sign, the virtual digit window
/// `[vstart, vend)` around the digit string, the decimal point and the exponent.
struct Layout {
    sign: Option<char>,
    digits: Vec<u8>,
    decpt: i64,
    vstart: i64,
    vend: i64,
    exp: Option<i64>,
    alt: bool,
    upper: bool,
}

impl Layout {
    /// An upper bound of the text length, as CPython computes `bufsize`.
    fn max_len(&self) -> u128 {
        3 + (self.vend - self.vstart) as u128 + if self.exp.is_some() { 24 } else { 0 }
    }

    fn write(&self, out: &mut String) {
        let zeros = |out: &mut String, n: i64| {
            for _ in 0..n.max(0) {
                out.push('0');
            }
        };
        let digits_len = self.digits.len() as i64;
        let decpt = self.decpt;
        let start = out.len();
        if let Some(c) = self.sign {
            out.push(c);
        }
        if decpt <= 0 {
            zeros(out, decpt - self.vstart);
            out.push('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -self.vstart);
        }
        let digits = std::str::from_utf8(&self.digits).unwrap_or("");
        if 0 < decpt && decpt <= digits_len {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        } else {
            out.push_str(digits);
        }
        if digits_len < decpt {
            zeros(out, decpt - digits_len);
            out.push('.');
            zeros(out, self.vend - decpt);
        } else {
            zeros(out, self.vend - digits_len);
        }
        if out.len() > start && out.ends_with('.') && !self.alt {
            out.pop();
        }
        if let Some(exp) = self.exp {
            out.push(if self.upper { 'E' } else { 'e' });
            out.push(if exp < 0 { '-' } else { '+' });
            let mag = exp.unsigned_abs();
            if mag < 10 {
                out.push('0');
            }
            out.push_str(&mag.to_string());
        }
    }
}

/// What `format_float_short` produces: either a special value's text or a layout.
enum Rendered {
    Special(String),
    Finite(Layout),
}

fn render(x: f64, code: u8, precision: i64, flags: DtsFlags) -> Rendered {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        b'e' => (Mode::Significant(precision + 1), precision + 1),
        b'f' => (Mode::Fixed(precision), precision),
        b'g' => {
            let p = if precision == 0 { 1 } else { precision };
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    if !x.is_finite() {
        let mut s = String::new();
        if x.is_nan() {
            if flags.sign {
                s.push('+');
            }
            s.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                s.push('-');
            } else if flags.sign {
                s.push('+');
            }
            s.push_str(if upper { "INF" } else { "inf" });
        }
        return Rendered::Special(s);
    }
    let d = dtoa(x, mode);
    let mut negative = d.negative;
    let digits_len = d.digits.len() as i64;
    if flags.no_neg_0 && negative && (digits_len == 0 || d.digits == b"0") {
        negative = false;
    }
    let mut decpt = d.decpt;
    let mut vend = digits_len;
    let mut use_exp = false;
    match code {
        b'e' => {
            use_exp = true;
            vend = precision;
        }
        b'f' => vend = decpt + precision,
        b'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = None;
    if use_exp {
        exp = Some(decpt - 1);
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    let sign = if negative {
        Some('-')
    } else if flags.sign {
        Some('+')
    } else {
        None
    };
    Rendered::Finite(Layout {
        sign,
        digits: d.digits,
        decpt,
        vstart,
        vend,
        exp,
        alt: flags.alt,
        upper,
    })
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of `e E f F g G r`
/// (`r` = repr, precision ignored). Fails only with `MemoryError` for absurd precisions.
pub(crate) fn double_to_string(
    x: f64,
    code: u8,
    precision: i64,
    flags: DtsFlags,
) -> Result<String, FormatError> {
    match render(x, code, precision, flags) {
        Rendered::Special(s) => Ok(s),
        Rendered::Finite(layout) => {
            let mut out = String::new();
            reserve(&mut out, layout.max_len())?;
            layout.write(&mut out);
            Ok(out)
        }
    }
}

/// `repr(x)` (and `str(x)`) for a float, exactly as CPython 3.11: the shortest digits that
/// round-trip, in scientific notation when the decimal exponent is < -4 or >= 16
/// (`1e+16`, `1e-05`), otherwise positional with at least one digit after the point
/// (`100.0`, `-0.0`); `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags {
        add_dot_0: true,
        ..DtsFlags::default()
    };
    match render(x, b'r', 0, flags) {
        Rendered::Special(s) => s,
        Rendered::Finite(layout) => {
            let mut out = String::with_capacity(32);
            layout.write(&mut out);
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // BEGIN GENERATED: expected values computed by CPython 3.11.
    #[rustfmt::skip]
    const REPR: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x4059000000000000, "100.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x4341c37937e08000, "1e+16"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x7e41eb2d66005835, "1.5e+300"),
        (0x81bac9a7b3b7302f, "-2.5e-300"),
        (0x0000000000000001, "5e-324"),
        (0x8000000000000001, "-5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x000fffffffffffff, "2.225073858507201e-308"),
        (0x419d6f3454800000, "123456789.125"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x43b0000000000000, "1.152921504606847e+18"),
        (0x43118b54f22aeb03, "1234567890123456.8"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x431d2f16d00751c1, "2053637337633904.2"),
        (0x3e60000000000000, "2.9802322387695312e-08"),
        (0x0060000000000000, "7.120236347223045e-307"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x4011666666666666, "4.35"),
        (0x4005666666666666, "2.675"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x3c36b082c2148b8e, "1.23e-18"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4376345785d8a000, "1e+17"),
        (0x3fe0000000000000, "0.5"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x0000000000000003, "1.5e-323"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x7fe1ccf385ebc8a0, "1e+308"),
        (0x000730d67819e8d2, "1e-308"),
        (0x2e84496e7857dd86, "1.3053460867029954e-84"),
        (0x940eee3cba6f875c, "-4.593900756363754e-212"),
        (0x33406bc44dc2a627, "7.983430509249571e-62"),
        (0xb938451ee325faa6, "-4.674232466673235e-33"),
        (0xc1d8fac168fb90d7, "-1676346787.9307153"),
        (0xc2354e2bb7740a63, "-91505801076.04057"),
        (0x887e840043e58844, "-9.242004904000638e-268"),
        (0xa2da95a83ec33dd6, "-8.72031439815143e-141"),
        (0xbc38d756d0055979, "-1.3466424375819714e-18"),
        (0x5aab0a377f90ade7, "5.857245089853537e+128"),
        (0x86ff0de26a769806, "-5.6058932322064184e-275"),
        (0x9d9b532aba4e6c36, "-4.633834494019838e-166"),
        (0x37d72e4af6978770, "1.064411574118151e-39"),
        (0x8b3890644f3d4e7b, "-1.3087699255072154e-254"),
        (0x548a84a5b43d4318, "1.8125578230860703e+99"),
        (0x131db61884f42b4b, "1.346681689596359e-216"),
        (0xc63d5f77bb3a6a06, "-2.327162535179311e+30"),
        (0xddfa7fa4ffe9ec11, "-5.1701251164991826e+144"),
        (0xb070e38434d57084, "-2.333663540648899e-75"),
        (0xba49c19fc0a9c8be, "-6.501815279748911e-28"),
        (0x41cee8806aa45fe0, "1037107413.2841759"),
        (0x42ac7d6353bdf64d, "15662431461115.15"),
        (0x430a6a5a337e6853, "929410629750026.4"),
        (0x439a20646a151044, "4.7065376275589146e+17"),
        (0x423d05f0de282d59, "124653723176.17714"),
        (0x42314bab345986d3, "74283955289.52666"),
        (0x42509f18c30d0ea3, "285554707508.2287"),
        (0x43ba98981cae4e65, "1.9164488903970255e+18"),
        (0x42476118c7c64d55, "200826523532.60416"),
        (0x42cedb40febdf93a, "67854074215410.45"),
        (0x42c67fbb22d7bd7f, "49475712561018.99"),
        (0x42d861c024329a26, "107232457968232.6"),
        (0x42aacad49fa71a59, "14729226474381.174"),
        (0x42a4396cdc769927, "11118436039500.576"),
        (0x43a69f03ecad86a1, "8.150129525949277e+17"),
        (0x41b2182aafc3434b, "303573679.76274556"),
        (0x41e0235d2c7a15be, "2166024547.815154"),
        (0x423b35893c55de74, "116862303317.86896"),
        (0x427642bd14d92cf9, "1529743494546.8108"),
        (0x436f6ceb437cfbc7, "7.076385586727276e+16"),
        (0x7ff8000000000000, "nan"),
    ];
    #[rustfmt::skip]
    const DOUBLE_TO_STRING: &[(u64, u8, i64, bool, &str)] = &[
        (0x0000000000000000, b'e', 0, false, "0e+00"),
        (0x0000000000000000, b'e', 2, false, "0.00e+00"),
        (0x0000000000000000, b'e', 25, false, "0.0000000000000000000000000e+00"),
        (0x0000000000000000, b'E', 0, false, "0E+00"),
        (0x0000000000000000, b'E', 1, true, "0.0E+00"),
        (0x0000000000000000, b'E', 2, false, "0.00E+00"),
        (0x0000000000000000, b'E', 6, true, "0.000000E+00"),
        (0x0000000000000000, b'E', 17, false, "0.00000000000000000E+00"),
        (0x0000000000000000, b'E', 25, true, "0.0000000000000000000000000E+00"),
        (0x0000000000000000, b'f', 0, false, "0"),
        (0x0000000000000000, b'f', 1, true, "0.0"),
        (0x0000000000000000, b'f', 2, false, "0.00"),
        (0x0000000000000000, b'f', 3, false, "0.000"),
        (0x0000000000000000, b'f', 3, true, "0.000"),
        (0x0000000000000000, b'f', 25, true, "0.0000000000000000000000000"),
        (0x0000000000000000, b'F', 0, false, "0"),
        (0x0000000000000000, b'F', 0, true, "0."),
        (0x0000000000000000, b'F', 1, true, "0.0"),
        (0x0000000000000000, b'F', 2, false, "0.00"),
        (0x0000000000000000, b'F', 2, true, "0.00"),
        (0x0000000000000000, b'F', 3, false, "0.000"),
        (0x0000000000000000, b'g', 0, false, "0"),
        (0x0000000000000000, b'g', 2, false, "0"),
        (0x0000000000000000, b'g', 6, true, "0.00000"),
        (0x0000000000000000, b'g', 17, false, "0"),
        (0x0000000000000000, b'g', 25, false, "0"),
        (0x0000000000000000, b'g', 25, true, "0.000000000000000000000000"),
        (0x0000000000000000, b'G', 0, false, "0"),
        (0x0000000000000000, b'G', 0, true, "0."),
        (0x0000000000000000, b'G', 1, true, "0."),
        (0x0000000000000000, b'G', 2, false, "0"),
        (0x0000000000000000, b'G', 3, true, "0.00"),
        (0x0000000000000000, b'G', 17, true, "0.0000000000000000"),
        (0x8000000000000000, b'e', 0, false, "-0e+00"),
        (0x8000000000000000, b'e', 2, false, "-0.00e+00"),
        (0x8000000000000000, b'e', 3, false, "-0.000e+00"),
        (0x8000000000000000, b'e', 17, false, "-0.00000000000000000e+00"),
        (0x8000000000000000, b'e', 17, true, "-0.00000000000000000e+00"),
        (0x8000000000000000, b'E', 0, false, "-0E+00"),
        (0x8000000000000000, b'E', 0, true, "-0.E+00"),
        (0x8000000000000000, b'E', 2, false, "-0.00E+00"),
        (0x8000000000000000, b'E', 3, false, "-0.000E+00"),
        (0x8000000000000000, b'E', 6, false, "-0.000000E+00"),
        (0x8000000000000000, b'E', 25, false, "-0.0000000000000000000000000E+00"),
        (0x8000000000000000, b'f', 0, false, "-0"),
        (0x8000000000000000, b'f', 2, false, "-0.00"),
        (0x8000000000000000, b'f', 3, true, "-0.000"),
        (0x8000000000000000, b'F', 0, false, "-0"),
        (0x8000000000000000, b'F', 1, true, "-0.0"),
        (0x8000000000000000, b'F', 2, false, "-0.00"),
        (0x8000000000000000, b'F', 3, true, "-0.000"),
        (0x8000000000000000, b'F', 6, true, "-0.000000"),
        (0x8000000000000000, b'g', 0, false, "-0"),
        (0x8000000000000000, b'g', 0, true, "-0."),
        (0x8000000000000000, b'g', 2, false, "-0"),
        (0x8000000000000000, b'g', 2, true, "-0.0"),
        (0x8000000000000000, b'g', 6, false, "-0"),
        (0x8000000000000000, b'G', 0, false, "-0"),
        (0x8000000000000000, b'G', 2, false, "-0"),
        (0x8000000000000000, b'G', 3, false, "-0"),
        (0x8000000000000000, b'G', 17, false, "-0"),
        (0x8000000000000000, b'G', 17, true, "-0.0000000000000000"),
        (0x8000000000000000, b'G', 25, false, "-0"),
        (0x3fc0000000000000, b'e', 0, false, "1e-01"),
        (0x3fc0000000000000, b'e', 2, false, "1.25e-01"),
        (0x3fc0000000000000, b'e', 17, true, "1.25000000000000000e-01"),
        (0x3fc0000000000000, b'e', 25, true, "1.2500000000000000000000000e-01"),
        (0x3fc0000000000000, b'E', 0, false, "1E-01"),
        (0x3fc0000000000000, b'E', 2, false, "1.25E-01"),
        (0x3fc0000000000000, b'E', 3, false, "1.250E-01"),
        (0x3fc0000000000000, b'E', 17, false, "1.25000000000000000E-01"),
        (0x3fc0000000000000, b'E', 25, true, "1.2500000000000000000000000E-01"),
        (0x3fc0000000000000, b'f', 0, false, "0"),
        (0x3fc0000000000000, b'f', 1, true, "0.1"),
        (0x3fc0000000000000, b'f', 2, false, "0.12"),
        (0x3fc0000000000000, b'f', 6, true, "0.125000"),
        (0x3fc0000000000000, b'f', 17, true, "0.12500000000000000"),
        (0x3fc0000000000000, b'f', 25, true, "0.1250000000000000000000000"),
        (0x3fc0000000000000, b'F', 0, false, "0"),
        (0x3fc0000000000000, b'F', 2, false, "0.12"),
        (0x3fc0000000000000, b'F', 6, true, "0.125000"),
        (0x3fc0000000000000, b'F', 17, true, "0.12500000000000000"),
        (0x3fc0000000000000, b'g', 0, false, "0.1"),
        (0x3fc0000000000000, b'g', 0, true, "0.1"),
        (0x3fc0000000000000, b'g', 1, true, "0.1"),
        (0x3fc0000000000000, b'g', 2, false, "0.12"),
        (0x3fc0000000000000, b'g', 3, false, "0.125"),
        (0x3fc0000000000000, b'g', 3, true, "0.125"),
        (0x3fc0000000000000, b'G', 0, false, "0.1"),
        (0x3fc0000000000000, b'G', 0, true, "0.1"),
        (0x3fc0000000000000, b'G', 2, false, "0.12"),
        (0x3fd8000000000000, b'e', 0, false, "4e-01"),
        (0x3fd8000000000000, b'e', 1, false, "3.8e-01"),
        (0x3fd8000000000000, b'e', 2, false, "3.75e-01"),
        (0x3fd8000000000000, b'e', 3, false, "3.750e-01"),
        (0x3fd8000000000000, b'e', 6, true, "3.750000e-01"),
        (0x3fd8000000000000, b'E', 0, false, "4E-01"),
        (0x3fd8000000000000, b'E', 2, false, "3.75E-01"),
        (0x3fd8000000000000, b'E', 3, true, "3.750E-01"),
        (0x3fd8000000000000, b'E', 25, true, "3.7500000000000000000000000E-01"),
        (0x3fd8000000000000, b'f', 0, false, "0"),
        (0x3fd8000000000000, b'f', 1, true, "0.4"),
        (0x3fd8000000000000, b'f', 2, false, "0.38"),
        (0x3fd8000000000000, b'f', 3, true, "0.375"),
        (0x3fd8000000000000, b'f', 17, true, "0.37500000000000000"),
        (0x3fd8000000000000, b'F', 0, false, "0"),
        (0x3fd8000000000000, b'F', 0, true, "0."),
        (0x3fd8000000000000, b'F', 2, false, "0.38"),
        (0x3fd8000000000000, b'F', 3, false, "0.375"),
        (0x3fd8000000000000, b'F', 6, true, "0.375000"),
        (0x3fd8000000000000, b'F', 17, false, "0.37500000000000000"),
        (0x3fd8000000000000, b'F', 17, true, "0.37500000000000000"),
        (0x3fd8000000000000, b'g', 0, false, "0.4"),
        (0x3fd8000000000000, b'g', 1, false, "0.4"),
        (0x3fd8000000000000, b'g', 2, false, "0.38"),
        (0x3fd8000000000000, b'g', 2, true, "0.38"),
        (0x3fd8000000000000, b'g', 17, true, "0.37500000000000000"),
        (0x3fd8000000000000, b'G', 0, false, "0.4"),
        (0x3fd8000000000000, b'G', 2, false, "0.38"),
        (0x3fd8000000000000, b'G', 2, true, "0.38"),
        (0x3fd8000000000000, b'G', 3, false, "0.375"),
        (0x3fd8000000000000, b'G', 17, true, "0.37500000000000000"),
        (0x4005666666666666, b'e', 0, false, "3e+00"),
        (0x4005666666666666, b'e', 2, false, "2.67e+00"),
        (0x4005666666666666, b'E', 0, false, "3E+00"),
        (0x4005666666666666, b'E', 1, false, "2.7E+00"),
        (0x4005666666666666, b'E', 1, true, "2.7E+00"),
        (0x4005666666666666, b'E', 2, false, "2.67E+00"),
        (0x4005666666666666, b'E', 6, true, "2.675000E+00"),
        (0x4005666666666666, b'E', 25, false, "2.6749999999999998223643161E+00"),
        (0x4005666666666666, b'E', 25, true, "2.6749999999999998223643161E+00"),
        (0x4005666666666666, b'f', 0, false, "3"),
        (0x4005666666666666, b'f', 1, true, "2.7"),
        (0x4005666666666666, b'f', 2, false, "2.67"),
        (0x4005666666666666, b'f', 6, true, "2.675000"),
        (0x4005666666666666, b'f', 17, true, "2.67499999999999982"),
        (0x4005666666666666, b'F', 0, false, "3"),
        (0x4005666666666666, b'F', 2, false, "2.67"),
        (0x4005666666666666, b'F', 2, true, "2.67"),
        (0x4005666666666666, b'F', 3, false, "2.675"),
        (0x4005666666666666, b'g', 0, false, "3"),
        (0x4005666666666666, b'g', 0, true, "3."),
        (0x4005666666666666, b'g', 1, false, "3"),
        (0x4005666666666666, b'g', 2, false, "2.7"),
        (0x4005666666666666, b'g', 3, false, "2.67"),
        (0x4005666666666666, b'g', 3, true, "2.67"),
        (0x4005666666666666, b'g', 6, false, "2.675"),
        (0x4005666666666666, b'g', 17, true, "2.6749999999999998"),
        (0x4005666666666666, b'g', 25, true, "2.674999999999999822364316"),
        (0x4005666666666666, b'G', 0, false, "3"),
        (0x4005666666666666, b'G', 2, false, "2.7"),
        (0x4005666666666666, b'G', 17, true, "2.6749999999999998"),
        (0x4005666666666666, b'G', 25, true, "2.674999999999999822364316"),
        (0x4480f0cf064dd592, b'e', 0, false, "1e+22"),
        (0x4480f0cf064dd592, b'e', 1, true, "1.0e+22"),
        (0x4480f0cf064dd592, b'e', 2, false, "1.00e+22"),
        (0x4480f0cf064dd592, b'e', 3, false, "1.000e+22"),
        (0x4480f0cf064dd592, b'e', 6, true, "1.000000e+22"),
        (0x4480f0cf064dd592, b'E', 0, false, "1E+22"),
        (0x4480f0cf064dd592, b'E', 2, false, "1.00E+22"),
        (0x4480f0cf064dd592, b'E', 3, false, "1.000E+22"),
        (0x4480f0cf064dd592, b'E', 3, true, "1.000E+22"),
        (0x4480f0cf064dd592, b'E', 17, false, "1.00000000000000000E+22"),
        (0x4480f0cf064dd592, b'f', 0, false, "10000000000000000000000"),
        (0x4480f0cf064dd592, b'f', 2, false, "10000000000000000000000.00"),
        (0x4480f0cf064dd592, b'f', 3, true, "10000000000000000000000.000"),
        (0x4480f0cf064dd592, b'f', 6, false, "10000000000000000000000.000000"),
        (0x4480f0cf064dd592, b'f', 6, true, "10000000000000000000000.000000"),
        (0x4480f0cf064dd592, b'f', 25, false, "10000000000000000000000.0000000000000000000000000"),
        (0x4480f0cf064dd592, b'F', 0, false, "10000000000000000000000"),
        (0x4480f0cf064dd592, b'F', 0, true, "10000000000000000000000."),
        (0x4480f0cf064dd592, b'F', 1, true, "10000000000000000000000.0"),
        (0x4480f0cf064dd592, b'F', 2, false, "10000000000000000000000.00"),
        (0x4480f0cf064dd592, b'F', 3, false, "10000000000000000000000.000"),
        (0x4480f0cf064dd592, b'g', 0, false, "1e+22"),
        (0x4480f0cf064dd592, b'g', 2, false, "1e+22"),
        (0x4480f0cf064dd592, b'g', 3, false, "1e+22"),
        (0x4480f0cf064dd592, b'g', 6, false, "1e+22"),
        (0x4480f0cf064dd592, b'g', 25, false, "10000000000000000000000"),
        (0x4480f0cf064dd592, b'G', 0, false, "1E+22"),
        (0x4480f0cf064dd592, b'G', 2, false, "1E+22"),
        (0x4480f0cf064dd592, b'G', 2, true, "1.0E+22"),
        (0x4480f0cf064dd592, b'G', 17, false, "1E+22"),
        (0x4480f0cf064dd592, b'G', 25, true, "10000000000000000000000.00"),
        (0x3ff8000000000000, b'e', 0, false, "2e+00"),
        (0x3ff8000000000000, b'e', 0, true, "2.e+00"),
        (0x3ff8000000000000, b'e', 2, false, "1.50e+00"),
        (0x3ff8000000000000, b'e', 6, true, "1.500000e+00"),
        (0x3ff8000000000000, b'e', 17, false, "1.50000000000000000e+00"),
        (0x3ff8000000000000, b'e', 25, false, "1.5000000000000000000000000e+00"),
        (0x3ff8000000000000, b'E', 0, false, "2E+00"),
        (0x3ff8000000000000, b'E', 1, false, "1.5E+00"),
        (0x3ff8000000000000, b'E', 1, true, "1.5E+00"),
        (0x3ff8000000000000, b'E', 2, false, "1.50E+00"),
        (0x3ff8000000000000, b'E', 17, false, "1.50000000000000000E+00"),
        (0x3ff8000000000000, b'E', 17, true, "1.50000000000000000E+00"),
        (0x3ff8000000000000, b'f', 0, false, "2"),
        (0x3ff8000000000000, b'f', 2, false, "1.50"),
        (0x3ff8000000000000, b'f', 3, true, "1.500"),
        (0x3ff8000000000000, b'f', 25, false, "1.5000000000000000000000000"),
        (0x3ff8000000000000, b'F', 0, false, "2"),
        (0x3ff8000000000000, b'F', 2, false, "1.50"),
        (0x3ff8000000000000, b'F', 3, true, "1.500"),
        (0x3ff8000000000000, b'F', 17, false, "1.50000000000000000"),
        (0x3ff8000000000000, b'F', 17, true, "1.50000000000000000"),
        (0x3ff8000000000000, b'F', 25, true, "1.5000000000000000000000000"),
        (0x3ff8000000000000, b'g', 0, false, "2"),
        (0x3ff8000000000000, b'g', 2, false, "1.5"),
        (0x3ff8000000000000, b'g', 3, false, "1.5"),
        (0x3ff8000000000000, b'g', 6, false, "1.5"),
        (0x3ff8000000000000, b'g', 6, true, "1.50000"),
        (0x3ff8000000000000, b'g', 25, false, "1.5"),
        (0x3ff8000000000000, b'G', 0, false, "2"),
        (0x3ff8000000000000, b'G', 2, false, "1.5"),
        (0x3ff8000000000000, b'G', 3, false, "1.5"),
        (0x3ff8000000000000, b'G', 3, true, "1.50"),
        (0x3ff8000000000000, b'G', 25, false, "1.5"),
        (0x3ff8000000000000, b'G', 25, true, "1.500000000000000000000000"),
        (0x54b249ad2594c37d, b'e', 0, false, "1e+100"),
        (0x54b249ad2594c37d, b'e', 2, false, "1.00e+100"),
        (0x54b249ad2594c37d, b'e', 6, false, "1.000000e+100"),
        (0x54b249ad2594c37d, b'e', 25, false, "1.0000000000000000159028911e+100"),
        (0x54b249ad2594c37d, b'E', 0, false, "1E+100"),
        (0x54b249ad2594c37d, b'E', 2, false, "1.00E+100"),
        (0x54b249ad2594c37d, b'E', 3, true, "1.000E+100"),
        (0x54b249ad2594c37d, b'E', 25, false, "1.0000000000000000159028911E+100"),
        (0x54b249ad2594c37d, b'f', 0, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"),
        (0x54b249ad2594c37d, b'f', 1, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"),
        (0x54b249ad2594c37d, b'f', 2, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (0x54b249ad2594c37d, b'f', 17, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00000000000000000"),
        (0x54b249ad2594c37d, b'F', 0, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"),
        (0x54b249ad2594c37d, b'F', 0, true, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104."),
        (0x54b249ad2594c37d, b'F', 2, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (0x54b249ad2594c37d, b'F', 2, true, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (0x54b249ad2594c37d, b'F', 3, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000"),
        (0x54b249ad2594c37d, b'F', 6, true, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"),
        (0x54b249ad2594c37d, b'F', 17, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00000000000000000"),
        (0x54b249ad2594c37d, b'F', 17, true, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00000000000000000"),
        (0x54b249ad2594c37d, b'F', 25, false, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0000000000000000000000000"),
        (0x54b249ad2594c37d, b'g', 0, false, "1e+100"),
        (0x54b249ad2594c37d, b'g', 1, false, "1e+100"),
        (0x54b249ad2594c37d, b'g', 2, false, "1e+100"),
        (0x54b249ad2594c37d, b'g', 2, true, "1.0e+100"),
        (0x54b249ad2594c37d, b'G', 0, false, "1E+100"),
        (0x54b249ad2594c37d, b'G', 0, true, "1.E+100"),
        (0x54b249ad2594c37d, b'G', 1, false, "1E+100"),
        (0x54b249ad2594c37d, b'G', 2, false, "1E+100"),
        (0x54b249ad2594c37d, b'G', 2, true, "1.0E+100"),
        (0x54b249ad2594c37d, b'G', 3, false, "1E+100"),
        (0x54b249ad2594c37d, b'G', 6, false, "1E+100"),
        (0x54b249ad2594c37d, b'G', 17, true, "1.0000000000000000E+100"),
        (0x54b249ad2594c37d, b'G', 25, false, "1.000000000000000015902891E+100"),
        (0x3f1a36e2eb1c432d, b'e', 0, false, "1e-04"),
        (0x3f1a36e2eb1c432d, b'e', 2, false, "1.00e-04"),
        (0x3f1a36e2eb1c432d, b'e', 3, false, "1.000e-04"),
        (0x3f1a36e2eb1c432d, b'e', 6, true, "1.000000e-04"),
        (0x3f1a36e2eb1c432d, b'e', 17, true, "1.00000000000000005e-04"),
        (0x3f1a36e2eb1c432d, b'e', 25, true, "1.0000000000000000479217360e-04"),
        (0x3f1a36e2eb1c432d, b'E', 0, false, "1E-04"),
        (0x3f1a36e2eb1c432d, b'E', 1, false, "1.0E-04"),
        (0x3f1a36e2eb1c432d, b'E', 2, false, "1.00E-04"),
        (0x3f1a36e2eb1c432d, b'E', 17, false, "1.00000000000000005E-04"),
        (0x3f1a36e2eb1c432d, b'f', 0, false, "0"),
        (0x3f1a36e2eb1c432d, b'f', 0, true, "0."),
        (0x3f1a36e2eb1c432d, b'f', 2, false, "0.00"),
        (0x3f1a36e2eb1c432d, b'f', 3, true, "0.000"),
        (0x3f1a36e2eb1c432d, b'f', 17, false, "0.00010000000000000"),
        (0x3f1a36e2eb1c432d, b'f', 25, false, "0.0001000000000000000047922"),
        (0x3f1a36e2eb1c432d, b'F', 0, false, "0"),
        (0x3f1a36e2eb1c432d, b'F', 2, false, "0.00"),
        (0x3f1a36e2eb1c432d, b'F', 2, true, "0.00"),
        (0x3f1a36e2eb1c432d, b'F', 17, true, "0.00010000000000000"),
        (0x3f1a36e2eb1c432d, b'g', 0, false, "0.0001"),
        (0x3f1a36e2eb1c432d, b'g', 0, true, "0.0001"),
        (0x3f1a36e2eb1c432d, b'g', 1, true, "0.0001"),
        (0x3f1a36e2eb1c432d, b'g', 2, false, "0.0001"),
        (0x3f1a36e2eb1c432d, b'g', 6, false, "0.0001"),
        (0x3f1a36e2eb1c432d, b'g', 17, false, "0.0001"),
        (0x3f1a36e2eb1c432d, b'g', 17, true, "0.00010000000000000000"),
        (0x3f1a36e2eb1c432d, b'g', 25, false, "0.0001000000000000000047921736"),
        (0x3f1a36e2eb1c432d, b'G', 0, false, "0.0001"),
        (0x3f1a36e2eb1c432d, b'G', 2, false, "0.0001"),
        (0x3f1a36e2eb1c432d, b'G', 17, true, "0.00010000000000000000"),
        (0x3ee4f8b588e368f1, b'e', 0, false, "1e-05"),
        (0x3ee4f8b588e368f1, b'e', 2, false, "1.00e-05"),
        (0x3ee4f8b588e368f1, b'e', 3, true, "1.000e-05"),
        (0x3ee4f8b588e368f1, b'e', 6, false, "1.000000e-05"),
        (0x3ee4f8b588e368f1, b'e', 25, false, "1.0000000000000000818030539e-05"),
        (0x3ee4f8b588e368f1, b'e', 25, true, "1.0000000000000000818030539e-05"),
        (0x3ee4f8b588e368f1, b'E', 0, false, "1E-05"),
        (0x3ee4f8b588e368f1, b'E', 2, false, "1.00E-05"),
        (0x3ee4f8b588e368f1, b'E', 3, false, "1.000E-05"),
        (0x3ee4f8b588e368f1, b'E', 3, true, "1.000E-05"),
        (0x3ee4f8b588e368f1, b'E', 6, false, "1.000000E-05"),
        (0x3ee4f8b588e368f1, b'E', 6, true, "1.000000E-05"),
        (0x3ee4f8b588e368f1, b'E', 17, false, "1.00000000000000008E-05"),
        (0x3ee4f8b588e368f1, b'E', 25, false, "1.0000000000000000818030539E-05"),
        (0x3ee4f8b588e368f1, b'E', 25, true, "1.0000000000000000818030539E-05"),
        (0x3ee4f8b588e368f1, b'f', 0, false, "0"),
        (0x3ee4f8b588e368f1, b'f', 2, false, "0.00"),
        (0x3ee4f8b588e368f1, b'F', 0, false, "0"),
        (0x3ee4f8b588e368f1, b'F', 1, false, "0.0"),
        (0x3ee4f8b588e368f1, b'F', 2, false, "0.00"),
        (0x3ee4f8b588e368f1, b'F', 2, true, "0.00"),
        (0x3ee4f8b588e368f1, b'F', 3, true, "0.000"),
        (0x3ee4f8b588e368f1, b'F', 6, true, "0.000010"),
        (0x3ee4f8b588e368f1, b'F', 17, true, "0.00001000000000000"),
        (0x3ee4f8b588e368f1, b'g', 0, false, "1e-05"),
        (0x3ee4f8b588e368f1, b'g', 1, true, "1.e-05"),
        (0x3ee4f8b588e368f1, b'g', 2, false, "1e-05"),
        (0x3ee4f8b588e368f1, b'g', 17, true, "1.0000000000000001e-05"),
        (0x3ee4f8b588e368f1, b'G', 0, false, "1E-05"),
        (0x3ee4f8b588e368f1, b'G', 2, false, "1E-05"),
        (0x3ee4f8b588e368f1, b'G', 17, true, "1.0000000000000001E-05"),
        (0x3ee4f8b588e368f1, b'G', 25, false, "1.000000000000000081803054E-05"),
        (0x419d6f3454000000, b'e', 0, false, "1e+08"),
        (0x419d6f3454000000, b'e', 2, false, "1.23e+08"),
        (0x419d6f3454000000, b'e', 25, false, "1.2345678900000000000000000e+08"),
        (0x419d6f3454000000, b'E', 0, false, "1E+08"),
        (0x419d6f3454000000, b'E', 2, false, "1.23E+08"),
        (0x419d6f3454000000, b'f', 0, false, "123456789"),
        (0x419d6f3454000000, b'f', 2, false, "123456789.00"),
        (0x419d6f3454000000, b'f', 3, true, "123456789.000"),
        (0x419d6f3454000000, b'f', 6, false, "123456789.000000"),
        (0x419d6f3454000000, b'f', 17, true, "123456789.00000000000000000"),
        (0x419d6f3454000000, b'F', 0, false, "123456789"),
        (0x419d6f3454000000, b'F', 0, true, "123456789."),
        (0x419d6f3454000000, b'F', 1, true, "123456789.0"),
        (0x419d6f3454000000, b'F', 2, false, "123456789.00"),
        (0x419d6f3454000000, b'F', 2, true, "123456789.00"),
        (0x419d6f3454000000, b'F', 3, false, "123456789.000"),
        (0x419d6f3454000000, b'F', 3, true, "123456789.000"),
        (0x419d6f3454000000, b'F', 6, false, "123456789.000000"),
        (0x419d6f3454000000, b'g', 0, false, "1e+08"),
        (0x419d6f3454000000, b'g', 0, true, "1.e+08"),
        (0x419d6f3454000000, b'g', 1, true, "1.e+08"),
        (0x419d6f3454000000, b'g', 2, false, "1.2e+08"),
        (0x419d6f3454000000, b'g', 25, false, "123456789"),
        (0x419d6f3454000000, b'G', 0, false, "1E+08"),
        (0x419d6f3454000000, b'G', 2, false, "1.2E+08"),
        (0x419d6f3454000000, b'G', 3, false, "1.23E+08"),
        (0x419d6f3454000000, b'G', 3, true, "1.23E+08"),
        (0x419d6f3454000000, b'G', 6, false, "1.23457E+08"),
        (0x3ff0000000000000, b'e', 0, false, "1e+00"),
        (0x3ff0000000000000, b'e', 2, false, "1.00e+00"),
        (0x3ff0000000000000, b'e', 17, true, "1.00000000000000000e+00"),
        (0x3ff0000000000000, b'e', 25, false, "1.0000000000000000000000000e+00"),
        (0x3ff0000000000000, b'E', 0, false, "1E+00"),
        (0x3ff0000000000000, b'E', 2, false, "1.00E+00"),
        (0x3ff0000000000000, b'E', 3, false, "1.000E+00"),
        (0x3ff0000000000000, b'E', 6, false, "1.000000E+00"),
        (0x3ff0000000000000, b'f', 0, false, "1"),
        (0x3ff0000000000000, b'f', 0, true, "1."),
        (0x3ff0000000000000, b'f', 2, false, "1.00"),
        (0x3ff0000000000000, b'f', 3, false, "1.000"),
        (0x3ff0000000000000, b'f', 6, true, "1.000000"),
        (0x3ff0000000000000, b'f', 17, false, "1.00000000000000000"),
        (0x3ff0000000000000, b'f', 25, false, "1.0000000000000000000000000"),
        (0x3ff0000000000000, b'F', 0, false, "1"),
        (0x3ff0000000000000, b'F', 0, true, "1."),
        (0x3ff0000000000000, b'F', 2, false, "1.00"),
        (0x3ff0000000000000, b'g', 0, false, "1"),
        (0x3ff0000000000000, b'g', 0, true, "1."),
        (0x3ff0000000000000, b'g', 2, false, "1"),
        (0x3ff0000000000000, b'g', 3, false, "1"),
        (0x3ff0000000000000, b'g', 6, true, "1.00000"),
        (0x3ff0000000000000, b'G', 0, false, "1"),
        (0x3ff0000000000000, b'G', 2, false, "1"),
        (0x4023fd70a3d70a3d, b'e', 0, false, "1e+01"),
        (0x4023fd70a3d70a3d, b'e', 2, false, "9.99e+00"),
        (0x4023fd70a3d70a3d, b'e', 3, true, "9.995e+00"),
        (0x4023fd70a3d70a3d, b'e', 6, true, "9.995000e+00"),
        (0x4023fd70a3d70a3d, b'E', 0, false, "1E+01"),
        (0x4023fd70a3d70a3d, b'E', 2, false, "9.99E+00"),
        (0x4023fd70a3d70a3d, b'E', 3, false, "9.995E+00"),
        (0x4023fd70a3d70a3d, b'E', 25, true, "9.9949999999999992184029907E+00"),
        (0x4023fd70a3d70a3d, b'f', 0, false, "10"),
        (0x4023fd70a3d70a3d, b'f', 2, false, "9.99"),
        (0x4023fd70a3d70a3d, b'f', 2, true, "9.99"),
        (0x4023fd70a3d70a3d, b'f', 3, true, "9.995"),
        (0x4023fd70a3d70a3d, b'f', 6, false, "9.995000"),
        (0x4023fd70a3d70a3d, b'f', 17, false, "9.99499999999999922"),
        (0x4023fd70a3d70a3d, b'F', 0, false, "10"),
        (0x4023fd70a3d70a3d, b'F', 0, true, "10."),
        (0x4023fd70a3d70a3d, b'F', 2, false, "9.99"),
        (0x4023fd70a3d70a3d, b'F', 17, false, "9.99499999999999922"),
        (0x4023fd70a3d70a3d, b'F', 17, true, "9.99499999999999922"),
        (0x4023fd70a3d70a3d, b'g', 0, false, "1e+01"),
        (0x4023fd70a3d70a3d, b'g', 2, false, "10"),
        (0x4023fd70a3d70a3d, b'g', 17, false, "9.9949999999999992"),
        (0x4023fd70a3d70a3d, b'G', 0, false, "1E+01"),
        (0x4023fd70a3d70a3d, b'G', 2, false, "10"),
        (0x4023fd70a3d70a3d, b'G', 2, true, "10."),
        (0x4023fd70a3d70a3d, b'G', 6, false, "9.995"),
        (0x4023fd70a3d70a3d, b'G', 17, true, "9.9949999999999992"),
        (0x3fa999999999999a, b'e', 0, false, "5e-02"),
        (0x3fa999999999999a, b'e', 0, true, "5.e-02"),
        (0x3fa999999999999a, b'e', 2, false, "5.00e-02"),
        (0x3fa999999999999a, b'e', 2, true, "5.00e-02"),
        (0x3fa999999999999a, b'e', 3, true, "5.000e-02"),
        (0x3fa999999999999a, b'e', 6, true, "5.000000e-02"),
        (0x3fa999999999999a, b'e', 17, true, "5.00000000000000028e-02"),
        (0x3fa999999999999a, b'e', 25, false, "5.0000000000000002775557562e-02"),
        (0x3fa999999999999a, b'E', 0, false, "5E-02"),
        (0x3fa999999999999a, b'E', 2, false, "5.00E-02"),
        (0x3fa999999999999a, b'E', 3, true, "5.000E-02"),
        (0x3fa999999999999a, b'E', 6, true, "5.000000E-02"),
        (0x3fa999999999999a, b'E', 17, true, "5.00000000000000028E-02"),
        (0x3fa999999999999a, b'f', 0, false, "0"),
        (0x3fa999999999999a, b'f', 2, false, "0.05"),
        (0x3fa999999999999a, b'f', 2, true, "0.05"),
        (0x3fa999999999999a, b'f', 3, false, "0.050"),
        (0x3fa999999999999a, b'f', 25, true, "0.0500000000000000027755576"),
        (0x3fa999999999999a, b'F', 0, false, "0"),
        (0x3fa999999999999a, b'F', 0, true, "0."),
        (0x3fa999999999999a, b'F', 1, false, "0.1"),
        (0x3fa999999999999a, b'F', 2, false, "0.05"),
        (0x3fa999999999999a, b'F', 2, true, "0.05"),
        (0x3fa999999999999a, b'F', 3, false, "0.050"),
        (0x3fa999999999999a, b'F', 6, true, "0.050000"),
        (0x3fa999999999999a, b'F', 17, false, "0.05000000000000000"),
        (0x3fa999999999999a, b'g', 0, false, "0.05"),
        (0x3fa999999999999a, b'g', 1, false, "0.05"),
        (0x3fa999999999999a, b'g', 2, false, "0.05"),
        (0x3fa999999999999a, b'g', 2, true, "0.050"),
        (0x3fa999999999999a, b'g', 3, false, "0.05"),
        (0x3fa999999999999a, b'g', 3, true, "0.0500"),
        (0x3fa999999999999a, b'G', 0, false, "0.05"),
        (0x3fa999999999999a, b'G', 2, false, "0.05"),
        (0x3fa999999999999a, b'G', 3, true, "0.0500"),
        (0x3fa999999999999a, b'G', 17, true, "0.050000000000000003"),
        (0x0000000000000001, b'e', 0, false, "5e-324"),
        (0x0000000000000001, b'e', 2, false, "4.94e-324"),
        (0x0000000000000001, b'e', 2, true, "4.94e-324"),
        (0x0000000000000001, b'e', 6, true, "4.940656e-324"),
        (0x0000000000000001, b'e', 17, false, "4.94065645841246544e-324"),
        (0x0000000000000001, b'e', 17, true, "4.94065645841246544e-324"),
        (0x0000000000000001, b'e', 25, false, "4.9406564584124654417656879e-324"),
        (0x0000000000000001, b'E', 0, false, "5E-324"),
        (0x0000000000000001, b'E', 0, true, "5.E-324"),
        (0x0000000000000001, b'E', 1, true, "4.9E-324"),
        (0x0000000000000001, b'E', 2, false, "4.94E-324"),
        (0x0000000000000001, b'E', 3, true, "4.941E-324"),
        (0x0000000000000001, b'E', 17, false, "4.94065645841246544E-324"),
        (0x0000000000000001, b'E', 25, true, "4.9406564584124654417656879E-324"),
        (0x0000000000000001, b'f', 0, false, "0"),
        (0x0000000000000001, b'f', 0, true, "0."),
        (0x0000000000000001, b'f', 1, true, "0.0"),
        (0x0000000000000001, b'f', 2, false, "0.00"),
        (0x0000000000000001, b'f', 17, true, "0.00000000000000000"),
        (0x0000000000000001, b'F', 0, false, "0"),
        (0x0000000000000001, b'F', 1, false, "0.0"),
        (0x0000000000000001, b'F', 2, false, "0.00"),
        (0x0000000000000001, b'F', 17, false, "0.00000000000000000"),
        (0x0000000000000001, b'F', 25, false, "0.0000000000000000000000000"),
        (0x0000000000000001, b'g', 0, false, "5e-324"),
        (0x0000000000000001, b'g', 0, true, "5.e-324"),
        (0x0000000000000001, b'g', 2, false, "4.9e-324"),
        (0x0000000000000001, b'g', 6, true, "4.94066e-324"),
        (0x0000000000000001, b'g', 17, false, "4.9406564584124654e-324"),
        (0x0000000000000001, b'G', 0, false, "5E-324"),
        (0x0000000000000001, b'G', 0, true, "5.E-324"),
        (0x0000000000000001, b'G', 2, false, "4.9E-324"),
        (0x0000000000000001, b'G', 2, true, "4.9E-324"),
        (0x0000000000000001, b'G', 6, true, "4.94066E-324"),
        (0x7fefffffffffffff, b'e', 0, false, "2e+308"),
        (0x7fefffffffffffff, b'e', 1, true, "1.8e+308"),
        (0x7fefffffffffffff, b'e', 2, false, "1.80e+308"),
        (0x7fefffffffffffff, b'e', 2, true, "1.80e+308"),
        (0x7fefffffffffffff, b'e', 3, true, "1.798e+308"),
        (0x7fefffffffffffff, b'e', 6, false, "1.797693e+308"),
        (0x7fefffffffffffff, b'e', 17, true, "1.79769313486231571e+308"),
        (0x7fefffffffffffff, b'E', 0, false, "2E+308"),
        (0x7fefffffffffffff, b'E', 0, true, "2.E+308"),
        (0x7fefffffffffffff, b'E', 1, true, "1.8E+308"),
        (0x7fefffffffffffff, b'E', 2, false, "1.80E+308"),
        (0x7fefffffffffffff, b'E', 25, true, "1.7976931348623157081452742E+308"),
        (0x7fefffffffffffff, b'f', 0, false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        (0x7fefffffffffffff, b'f', 1, false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"),
        (0x7fefffffffffffff, b'f', 2, false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (0x7fefffffffffffff, b'f', 3, true, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"),
        (0x7fefffffffffffff, b'f', 17, false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00000000000000000"),
        (0x7fefffffffffffff, b'F', 0, false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        (0x7fefffffffffffff, b'F', 2, false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (0x7fefffffffffffff, b'F', 2, true, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (0x7fefffffffffffff, b'F', 6, true, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
        (0x7fefffffffffffff, b'F', 25, true, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0000000000000000000000000"),
        (0x7fefffffffffffff, b'g', 0, false, "2e+308"),
        (0x7fefffffffffffff, b'g', 2, false, "1.8e+308"),
        (0x7fefffffffffffff, b'g', 6, false, "1.79769e+308"),
        (0x7fefffffffffffff, b'g', 25, false, "1.797693134862315708145274e+308"),
        (0x7fefffffffffffff, b'g', 25, true, "1.797693134862315708145274e+308"),
        (0x7fefffffffffffff, b'G', 0, false, "2E+308"),
        (0x7fefffffffffffff, b'G', 1, true, "2.E+308"),
        (0x7fefffffffffffff, b'G', 2, false, "1.8E+308"),
        (0x7fefffffffffffff, b'G', 3, true, "1.80E+308"),
        (0x7fefffffffffffff, b'G', 17, false, "1.7976931348623157E+308"),
        (0x7fefffffffffffff, b'G', 25, false, "1.797693134862315708145274E+308"),
        (0x7fefffffffffffff, b'G', 25, true, "1.797693134862315708145274E+308"),
        (0x7ff0000000000000, b'e', 0, false, "inf"),
        (0x7ff0000000000000, b'e', 2, false, "inf"),
        (0x7ff0000000000000, b'e', 2, true, "inf"),
        (0x7ff0000000000000, b'e', 6, true, "inf"),
        (0x7ff0000000000000, b'e', 17, false, "inf"),
        (0x7ff0000000000000, b'E', 0, false, "INF"),
        (0x7ff0000000000000, b'E', 1, true, "INF"),
        (0x7ff0000000000000, b'E', 2, false, "INF"),
        (0x7ff0000000000000, b'E', 3, true, "INF"),
        (0x7ff0000000000000, b'E', 25, false, "INF"),
        (0x7ff0000000000000, b'f', 0, false, "inf"),
        (0x7ff0000000000000, b'f', 2, false, "inf"),
        (0x7ff0000000000000, b'f', 17, true, "inf"),
        (0x7ff0000000000000, b'F', 0, false, "INF"),
        (0x7ff0000000000000, b'F', 2, false, "INF"),
        (0x7ff0000000000000, b'F', 6, false, "INF"),
        (0x7ff0000000000000, b'F', 17, false, "INF"),
        (0x7ff0000000000000, b'g', 0, false, "inf"),
        (0x7ff0000000000000, b'g', 1, true, "inf"),
        (0x7ff0000000000000, b'g', 2, false, "inf"),
        (0x7ff0000000000000, b'g', 2, true, "inf"),
        (0x7ff0000000000000, b'g', 6, true, "inf"),
        (0x7ff0000000000000, b'G', 0, false, "INF"),
        (0x7ff0000000000000, b'G', 1, true, "INF"),
        (0x7ff0000000000000, b'G', 2, false, "INF"),
        (0x7ff0000000000000, b'G', 2, true, "INF"),
        (0x7ff0000000000000, b'G', 6, true, "INF"),
        (0xfff0000000000000, b'e', 0, false, "-inf"),
        (0xfff0000000000000, b'e', 1, true, "-inf"),
        (0xfff0000000000000, b'e', 2, false, "-inf"),
        (0xfff0000000000000, b'E', 0, false, "-INF"),
        (0xfff0000000000000, b'E', 0, true, "-INF"),
        (0xfff0000000000000, b'E', 1, false, "-INF"),
        (0xfff0000000000000, b'E', 2, false, "-INF"),
        (0xfff0000000000000, b'E', 3, false, "-INF"),
        (0xfff0000000000000, b'f', 0, false, "-inf"),
        (0xfff0000000000000, b'f', 0, true, "-inf"),
        (0xfff0000000000000, b'f', 1, true, "-inf"),
        (0xfff0000000000000, b'f', 2, false, "-inf"),
        (0xfff0000000000000, b'f', 17, true, "-inf"),
        (0xfff0000000000000, b'F', 0, false, "-INF"),
        (0xfff0000000000000, b'F', 0, true, "-INF"),
        (0xfff0000000000000, b'F', 2, false, "-INF"),
        (0xfff0000000000000, b'g', 0, false, "-inf"),
        (0xfff0000000000000, b'g', 1, false, "-inf"),
        (0xfff0000000000000, b'g', 1, true, "-inf"),
        (0xfff0000000000000, b'g', 2, false, "-inf"),
        (0xfff0000000000000, b'g', 2, true, "-inf"),
        (0xfff0000000000000, b'g', 17, false, "-inf"),
        (0xfff0000000000000, b'g', 25, true, "-inf"),
        (0xfff0000000000000, b'G', 0, false, "-INF"),
        (0xfff0000000000000, b'G', 0, true, "-INF"),
        (0xfff0000000000000, b'G', 2, false, "-INF"),
        (0xfff0000000000000, b'G', 2, true, "-INF"),
        (0x7ff8000000000000, b'e', 0, false, "nan"),
        (0x7ff8000000000000, b'e', 0, true, "nan"),
        (0x7ff8000000000000, b'e', 1, false, "nan"),
        (0x7ff8000000000000, b'e', 2, false, "nan"),
        (0x7ff8000000000000, b'e', 2, true, "nan"),
        (0x7ff8000000000000, b'e', 17, false, "nan"),
        (0x7ff8000000000000, b'e', 17, true, "nan"),
        (0x7ff8000000000000, b'E', 0, false, "NAN"),
        (0x7ff8000000000000, b'E', 2, false, "NAN"),
        (0x7ff8000000000000, b'E', 6, true, "NAN"),
        (0x7ff8000000000000, b'E', 17, false, "NAN"),
        (0x7ff8000000000000, b'f', 0, false, "nan"),
        (0x7ff8000000000000, b'f', 1, true, "nan"),
        (0x7ff8000000000000, b'f', 2, false, "nan"),
        (0x7ff8000000000000, b'f', 3, false, "nan"),
        (0x7ff8000000000000, b'f', 3, true, "nan"),
        (0x7ff8000000000000, b'f', 6, false, "nan"),
        (0x7ff8000000000000, b'f', 6, true, "nan"),
        (0x7ff8000000000000, b'f', 17, false, "nan"),
        (0x7ff8000000000000, b'F', 0, false, "NAN"),
        (0x7ff8000000000000, b'F', 1, true, "NAN"),
        (0x7ff8000000000000, b'F', 2, false, "NAN"),
        (0x7ff8000000000000, b'F', 3, false, "NAN"),
        (0x7ff8000000000000, b'F', 3, true, "NAN"),
        (0x7ff8000000000000, b'F', 25, false, "NAN"),
        (0x7ff8000000000000, b'F', 25, true, "NAN"),
        (0x7ff8000000000000, b'g', 0, false, "nan"),
        (0x7ff8000000000000, b'g', 1, true, "nan"),
        (0x7ff8000000000000, b'g', 2, false, "nan"),
        (0x7ff8000000000000, b'g', 17, false, "nan"),
        (0x7ff8000000000000, b'g', 25, false, "nan"),
        (0x7ff8000000000000, b'g', 25, true, "nan"),
        (0x7ff8000000000000, b'G', 0, false, "NAN"),
        (0x7ff8000000000000, b'G', 2, false, "NAN"),
        (0x7ff8000000000000, b'G', 25, true, "NAN"),
        (0xc0934a456d5cfaad, b'e', 0, false, "-1e+03"),
        (0xc0934a456d5cfaad, b'e', 2, false, "-1.23e+03"),
        (0xc0934a456d5cfaad, b'e', 6, true, "-1.234568e+03"),
        (0xc0934a456d5cfaad, b'E', 0, false, "-1E+03"),
        (0xc0934a456d5cfaad, b'E', 0, true, "-1.E+03"),
        (0xc0934a456d5cfaad, b'E', 1, true, "-1.2E+03"),
        (0xc0934a456d5cfaad, b'E', 2, false, "-1.23E+03"),
        (0xc0934a456d5cfaad, b'E', 3, false, "-1.235E+03"),
        (0xc0934a456d5cfaad, b'E', 17, true, "-1.23456780000000003E+03"),
        (0xc0934a456d5cfaad, b'f', 0, false, "-1235"),
        (0xc0934a456d5cfaad, b'f', 1, true, "-1234.6"),
        (0xc0934a456d5cfaad, b'f', 2, false, "-1234.57"),
        (0xc0934a456d5cfaad, b'f', 3, false, "-1234.568"),
        (0xc0934a456d5cfaad, b'f', 17, true, "-1234.56780000000003383"),
        (0xc0934a456d5cfaad, b'F', 0, false, "-1235"),
        (0xc0934a456d5cfaad, b'F', 1, false, "-1234.6"),
        (0xc0934a456d5cfaad, b'F', 2, false, "-1234.57"),
        (0xc0934a456d5cfaad, b'F', 2, true, "-1234.57"),
        (0xc0934a456d5cfaad, b'F', 3, false, "-1234.568"),
        (0xc0934a456d5cfaad, b'F', 17, false, "-1234.56780000000003383"),
        (0xc0934a456d5cfaad, b'F', 25, true, "-1234.5678000000000338332029060"),
        (0xc0934a456d5cfaad, b'g', 0, false, "-1e+03"),
        (0xc0934a456d5cfaad, b'g', 2, false, "-1.2e+03"),
        (0xc0934a456d5cfaad, b'g', 2, true, "-1.2e+03"),
        (0xc0934a456d5cfaad, b'G', 0, false, "-1E+03"),
        (0xc0934a456d5cfaad, b'G', 1, false, "-1E+03"),
        (0xc0934a456d5cfaad, b'G', 2, false, "-1.2E+03"),
        (0xc0934a456d5cfaad, b'G', 17, false, "-1234.5678"),
        (0xc0934a456d5cfaad, b'G', 17, true, "-1234.5678000000000"),
        (0xc0934a456d5cfaad, b'G', 25, true, "-1234.567800000000033833203"),
        (0x01a56e1fc2f8f359, b'e', 0, false, "1e-300"),
        (0x01a56e1fc2f8f359, b'e', 2, false, "1.00e-300"),
        (0x01a56e1fc2f8f359, b'e', 3, true, "1.000e-300"),
        (0x01a56e1fc2f8f359, b'e', 6, true, "1.000000e-300"),
        (0x01a56e1fc2f8f359, b'E', 0, false, "1E-300"),
        (0x01a56e1fc2f8f359, b'E', 1, true, "1.0E-300"),
        (0x01a56e1fc2f8f359, b'E', 2, false, "1.00E-300"),
        (0x01a56e1fc2f8f359, b'f', 0, false, "0"),
        (0x01a56e1fc2f8f359, b'f', 1, true, "0.0"),
        (0x01a56e1fc2f8f359, b'f', 2, false, "0.00"),
        (0x01a56e1fc2f8f359, b'f', 6, false, "0.000000"),
        (0x01a56e1fc2f8f359, b'f', 6, true, "0.000000"),
        (0x01a56e1fc2f8f359, b'f', 17, false, "0.00000000000000000"),
        (0x01a56e1fc2f8f359, b'f', 25, false, "0.0000000000000000000000000"),
        (0x01a56e1fc2f8f359, b'f', 25, true, "0.0000000000000000000000000"),
        (0x01a56e1fc2f8f359, b'F', 0, false, "0"),
        (0x01a56e1fc2f8f359, b'F', 1, false, "0.0"),
        (0x01a56e1fc2f8f359, b'F', 1, true, "0.0"),
        (0x01a56e1fc2f8f359, b'F', 2, false, "0.00"),
        (0x01a56e1fc2f8f359, b'g', 0, false, "1e-300"),
        (0x01a56e1fc2f8f359, b'g', 2, false, "1e-300"),
        (0x01a56e1fc2f8f359, b'g', 2, true, "1.0e-300"),
        (0x01a56e1fc2f8f359, b'g', 17, true, "1.0000000000000000e-300"),
        (0x01a56e1fc2f8f359, b'g', 25, false, "1.000000000000000025059092e-300"),
        (0x01a56e1fc2f8f359, b'G', 0, false, "1E-300"),
        (0x01a56e1fc2f8f359, b'G', 1, false, "1E-300"),
        (0x01a56e1fc2f8f359, b'G', 1, true, "1.E-300"),
        (0x01a56e1fc2f8f359, b'G', 2, false, "1E-300"),
        (0x01a56e1fc2f8f359, b'G', 3, false, "1E-300"),
        (0x01a56e1fc2f8f359, b'G', 25, false, "1.000000000000000025059092E-300"),
    ];
    // END GENERATED

    #[test]
    fn repr_matches_cpython() {
        for &(bits, want) in REPR {
            let x = f64::from_bits(bits);
            assert_eq!(float_repr(x), want, "repr of {:e}", x);
        }
    }

    #[test]
    fn double_to_string_matches_cpython() {
        for &(bits, code, prec, alt, want) in DOUBLE_TO_STRING {
            let x = f64::from_bits(bits);
            let flags = DtsFlags {
                alt,
                ..DtsFlags::default()
            };
            let got = double_to_string(x, code, prec, flags).unwrap();
            assert_eq!(got, want, "{:e} {} {} {}", x, code as char, prec, alt);
        }
    }

    #[test]
    fn shortest_ties_go_to_even() {
        // 2053637337633904.25 and 2**-25 lie halfway between two shortest candidates, and
        // 2**-1017 is a power of two whose nearer candidate does not round-trip.
        for want in [
            "2053637337633904.2",
            "2.9802322387695312e-08",
            "7.120236347223045e-307",
        ] {
            let &(bits, _) = REPR.iter().find(|r| r.1 == want).unwrap();
            assert_eq!(float_repr(f64::from_bits(bits)), want);
        }
    }

    #[test]
    fn absurd_precision_is_a_memory_error() {
        let got = double_to_string(1.5, b'f', i64::MAX / 2, DtsFlags::default());
        assert_eq!(got, Err(FormatError::Memory));
    }
}
