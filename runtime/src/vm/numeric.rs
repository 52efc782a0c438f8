//! Arithmetic on `int` and `float` with Python's exact semantics: i64 fast paths that promote
//! to big integers on overflow (never wrong), floor division and modulo with the sign of the
//! divisor, true division correctly rounded, and CPython's error messages.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::opcodes::binop;
use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub mod args;
pub mod big;
pub mod dunders;
pub mod protocol;

pub use protocol::is_heap;

/// An int operand: `Small` when the value fits in i64, else `Big`.
pub enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    /// The value as a big int: borrowed when it is one, made when it is small.
    pub fn as_big(&self) -> Cow<'_, BigInt> {
        match self {
            IntArg::Small(i) => Cow::Owned(BigInt::from(*i)),
            IntArg::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, IntArg::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntArg::Small(i) => *i < 0,
            IntArg::Big(b) => b.is_negative(),
        }
    }

    /// An owned copy, for the operations that need one.
    pub fn to_big(&self) -> BigInt {
        match self {
            IntArg::Small(i) => BigInt::from(*i),
            IntArg::Big(b) => (*b).clone(),
        }
    }
}

/// The int value of `v` if it is an int (bools and subclass instances included, as in
/// Python). Values that fit in i64 always come back as `Small`, whatever their storage.
pub fn as_int(v: &Value) -> Option<IntArg<'_>> {
    match v {
        Value::Int(i) => Some(IntArg::Small(*i)),
        Value::Bool(b) => Some(IntArg::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => IntArg::Small(i),
                None => IntArg::Big(b),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// The float value of `v` if it is a float (exact or subclass).
pub fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// `a op b` for two bools where the result stays a bool (`&`, `|`, `^`); None otherwise.
#[inline]
pub fn bool_binop(a: bool, b: bool, op: u32) -> Option<Value> {
    let op = if op >= binop::INPLACE {
        op - binop::INPLACE
    } else {
        op
    };
    match op {
        binop::AND => Some(Value::Bool(a & b)),
        binop::OR => Some(Value::Bool(a | b)),
        binop::XOR => Some(Value::Bool(a ^ b)),
        _ => None,
    }
}

/// Python floor division of i64s; None on overflow (MIN // -1) — the caller promotes.
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python modulo of i64s (sign of the divisor); b != 0.
#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// Python `float % float` (b != 0).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python `float // float` (b != 0) (= CPython's `float_floor_div` via divmod).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

impl Vm {
    fn zero_div(&self, msg: &str) -> crate::vm::PyErr {
        self.new_error(&self.exc.zero_division_error.clone(), msg)
    }

    /// An int operator on two ints. Returns the result value (an int, or a float for `/` and
    /// negative powers).
    pub fn int_binop(&mut self, a: IntArg, b: IntArg, op: u32) -> PyResult<Value> {
        let op = if op >= binop::INPLACE {
            op - binop::INPLACE
        } else {
            op
        };
        if let (IntArg::Small(x), IntArg::Small(y)) = (&a, &b) {
            let (x, y) = (*x, *y);
            let r =
                match op {
                    binop::ADD => x.checked_add(y),
                    binop::SUBTRACT => x.checked_sub(y),
                    binop::MULTIPLY => x.checked_mul(y),
                    binop::FLOOR_DIVIDE => {
                        if y == 0 {
                            return Err(self.zero_div("integer division or modulo by zero"));
                        }
                        floordiv_i64(x, y)
                    }
                    binop::REMAINDER => {
                        if y == 0 {
                            return Err(self.zero_div("integer modulo by zero"));
                        }
                        Some(mod_i64(x, y))
                    }
                    binop::AND => Some(x & y),
                    binop::OR => Some(x | y),
                    binop::XOR => Some(x ^ y),
                    binop::LSHIFT => {
                        if y < 0 {
                            return Err(self
                                .new_error(&self.exc.value_error.clone(), "negative shift count"));
                        }
                        if x == 0 {
                            Some(0)
                        } else if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                            Some(x << y)
                        } else {
                            None
                        }
                    }
                    binop::RSHIFT => {
                        if y < 0 {
                            return Err(self
                                .new_error(&self.exc.value_error.clone(), "negative shift count"));
                        }
                        Some(if y >= 64 {
                            if x < 0 {
                                -1
                            } else {
                                0
                            }
                        } else {
                            x >> y
                        })
                    }
                    binop::TRUE_DIVIDE => {
                        if y == 0 {
                            return Err(self.zero_div("division by zero"));
                        }
                        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                            return Ok(Value::Float(x as f64 / y as f64));
                        }
                        None
                    }
                    binop::POWER => {
                        if y >= 0 {
                            if y <= u32::MAX as i64 {
                                x.checked_pow(y as u32)
                            } else if x == 0 || x == 1 {
                                Some(x)
                            } else if x == -1 {
                                Some(if y % 2 == 0 { 1 } else { -1 })
                            } else {
                                None
                            }
                        } else {
                            return self.float_pow(x as f64, y as f64);
                        }
                    }
                    _ => return Ok(self.not_implemented()),
                };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        self.big_binop(&a, &b, op)
    }

    /// `a op b` (a BINARY_OP's `arg`) computed in the object of `a`, an exact big `int`, when
    /// the value stack holds its only reference besides `spare` ones the caller knows are idle
    /// (the local an augmented assignment stores the result back into): nothing can see the
    /// object change, and no new int is allocated (`v = v * C + i; v %= 1 << 127` makes one
    /// int per round instead of three). Returns whether it was done; `a` then holds the
    /// result (an `int`, small again if it fits). Only operations whose result is an int of
    /// the same sign conventions are done here; the rest (and errors) take the normal path.
    pub fn int_op_in_place(&self, a: &mut Value, b: &Value, op: u32, spare: usize) -> bool {
        let Value::Obj(o) = a else { return false };
        if o.refcnt.get() != 1 + spare || !std::ptr::eq(o.ty(), &*self.types.int) {
            return false;
        }
        let b = match b {
            Value::Int(i) => IntArg::Small(*i),
            Value::Obj(bo) if !PyRef::ptr_eq(o, bo) && std::ptr::eq(bo.ty(), &*self.types.int) => {
                match &bo.payload {
                    Payload::Int(y) => IntArg::Big(y),
                    _ => return false,
                }
            }
            _ => return false,
        };
        let op = if op >= binop::INPLACE {
            op - binop::INPLACE
        } else {
            op
        };
        // SAFETY: the count shows the object is held only by the caller's stack slot and the
        // `spare` references it vouches for, none of which is in use during this call; `b` is
        // another object.
        let Payload::Int(x) = (unsafe { o.payload_mut() }) else {
            return false;
        };
        match (op, &b) {
            (binop::ADD, IntArg::Small(s)) => *x += *s,
            (binop::ADD, IntArg::Big(y)) => *x += *y,
            (binop::SUBTRACT, IntArg::Small(s)) => *x -= *s,
            (binop::SUBTRACT, IntArg::Big(y)) => *x -= *y,
            (binop::MULTIPLY, IntArg::Small(s)) => *x *= *s,
            (binop::MULTIPLY, IntArg::Big(y)) => *x *= *y,
            (binop::REMAINDER | binop::FLOOR_DIVIDE, _) => {
                let Some(k) = big::power_of_two(&b) else {
                    return false;
                };
                if op == binop::REMAINDER {
                    big::mod_power_of_two_in_place(x, k);
                } else {
                    *x >>= k as usize;
                }
            }
            (binop::RSHIFT, IntArg::Small(n)) if *n >= 0 => *x >>= *n as usize,
            (binop::LSHIFT, IntArg::Small(n)) if (0..1 << 32).contains(n) => *x <<= *n as usize,
            _ => return false,
        }
        if let Some(v) = x.to_i64() {
            *a = Value::Int(v);
        }
        true
    }

    /// `a op b` where at least one operand (or the result) does not fit in i64. Operands are
    /// borrowed: only the result is allocated.
    fn big_binop(&mut self, a: &IntArg, b: &IntArg, op: u32) -> PyResult<Value> {
        let r = match op {
            binop::ADD => big::add(a, b),
            binop::SUBTRACT => big::sub(a, b),
            binop::MULTIPLY => big::mul(a, b),
            binop::FLOOR_DIVIDE | binop::REMAINDER => {
                if b.is_zero() {
                    let msg = if op == binop::REMAINDER {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.zero_div(msg));
                }
                if let (Some(k), IntArg::Big(x)) = (big::power_of_two(b), a) {
                    // x // 2**k is x >> k and x % 2**k its low k bits, for either sign.
                    if op == binop::FLOOR_DIVIDE {
                        *x >> k as usize
                    } else {
                        big::mod_power_of_two(x, k)
                    }
                } else {
                    let (q, r) = big::floor_divmod(&a.as_big(), &b.as_big());
                    if op == binop::FLOOR_DIVIDE {
                        q
                    } else {
                        r
                    }
                }
            }
            binop::AND => match (a, b) {
                (IntArg::Big(x), IntArg::Small(m)) | (IntArg::Small(m), IntArg::Big(x))
                    if *m >= 0 =>
                {
                    return Ok(Value::Int(big::and_small(x, *m)));
                }
                _ => &*a.as_big() & &*b.as_big(),
            },
            binop::OR => &*a.as_big() | &*b.as_big(),
            binop::XOR => &*a.as_big() ^ &*b.as_big(),
            binop::LSHIFT | binop::RSHIFT => {
                let IntArg::Small(n) = *b else {
                    // A shift count beyond i64.
                    if b.is_negative() {
                        return Err(self.value_error("negative shift count"));
                    }
                    if op == binop::RSHIFT || a.is_zero() {
                        return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
                    }
                    return Err(self.new_error(
                        &self.exc.overflow_error.clone(),
                        "too many digits in integer",
                    ));
                };
                if n < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                let x = a.as_big();
                if op == binop::RSHIFT {
                    // num-bigint's shift rounds toward negative infinity, as Python's does.
                    &*x >> n as usize
                } else if n >= 1 << 32 {
                    if x.is_zero() {
                        return Ok(Value::Int(0));
                    }
                    return Err(self.new_error(
                        &self.exc.overflow_error.clone(),
                        "too many digits in integer",
                    ));
                } else {
                    &*x << n as usize
                }
            }
            binop::TRUE_DIVIDE => {
                if b.is_zero() {
                    return Err(self.zero_div("division by zero"));
                }
                return match crate::numtext::int_true_div(&a.as_big(), &b.as_big()) {
                    Ok(f) => Ok(Value::Float(f)),
                    Err(_) => Err(self.new_error(
                        &self.exc.overflow_error.clone(),
                        "integer division result too large for a float",
                    )),
                };
            }
            binop::POWER => {
                let (x, y) = (a.to_big(), b.to_big());
                if y.is_negative() {
                    let xf = self.big_to_f64(&x)?;
                    let yf = self.big_to_f64(&y)?;
                    return self.float_pow(xf, yf);
                }
                match y.to_u32() {
                    Some(e) => num_traits::Pow::pow(x, e),
                    None => {
                        if x.is_zero() || x == BigInt::from(1) {
                            x
                        } else if x == BigInt::from(-1) {
                            if y.is_even() {
                                BigInt::from(1)
                            } else {
                                x
                            }
                        } else {
                            return Err(self.new_error(&self.exc.memory_error.clone(), ""));
                        }
                    }
                }
            }
            _ => return Ok(self.not_implemented()),
        };
        Ok(self.new_int(r))
    }

    /// Converts a big int to float, raising OverflowError like CPython.
    pub fn big_to_f64(&self, b: &BigInt) -> PyResult<f64> {
        crate::numtext::bigint_to_f64(b).map_err(|_| {
            self.new_error(
                &self.exc.overflow_error.clone(),
                "int too large to convert to float",
            )
        })
    }

    /// The float value of an int or float operand (for mixed arithmetic).
    pub fn num_to_f64(&self, v: &Value) -> Option<PyResult<f64>> {
        if let Some(f) = as_float(v) {
            return Some(Ok(f));
        }
        match as_int(v)? {
            IntArg::Small(i) => Some(Ok(i as f64)),
            IntArg::Big(b) => Some(self.big_to_f64(b)),
        }
    }

    /// A float operator.
    pub fn float_binop(&mut self, x: f64, y: f64, op: u32) -> PyResult<Value> {
        let op = if op >= binop::INPLACE {
            op - binop::INPLACE
        } else {
            op
        };
        let r = match op {
            binop::ADD => x + y,
            binop::SUBTRACT => x - y,
            binop::MULTIPLY => x * y,
            binop::TRUE_DIVIDE => {
                if y == 0.0 {
                    return Err(self.zero_div("float division by zero"));
                }
                x / y
            }
            binop::FLOOR_DIVIDE => {
                if y == 0.0 {
                    return Err(self.zero_div("float floor division by zero"));
                }
                float_floordiv(x, y)
            }
            binop::REMAINDER => {
                if y == 0.0 {
                    return Err(self.zero_div("float modulo"));
                }
                float_mod(x, y)
            }
            binop::POWER => return self.float_pow(x, y),
            _ => return Ok(self.not_implemented()),
        };
        Ok(Value::Float(r))
    }

    /// `x ** y` for floats (= CPython's `float_pow`), including the complex result of a
    /// negative base with a fractional exponent.
    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if y == 0.0 {
            return Ok(Value::Float(1.0));
        }
        if x.is_nan() {
            return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
        }
        if y.is_nan() {
            return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
        }
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(self.zero_div("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
            // Negative base, fractional exponent: the result is complex (CPython hands the
            // operation to complex.__pow__).
            use crate::objects::complex::{complex_pow, new_complex, ComplexPowError};
            return match complex_pow(x, 0.0, y, 0.0) {
                Ok((re, im)) => Ok(new_complex(self, re, im)),
                Err(ComplexPowError::ZeroDivision) => {
                    Err(self.zero_div("0.0 to a negative or complex power"))
                }
                Err(ComplexPowError::Overflow) => {
                    Err(self.overflow_error("complex exponentiation"))
                }
            };
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            // CPython raises it from errno: OverflowError(34, 'Numerical result out of range').
            let msg = self.new_str("Numerical result out of range");
            let args = self.new_tuple(vec![Value::Int(34), msg]);
            return Err(crate::vm::PyErr(
                self.new_exception_obj(&self.exc.overflow_error.clone(), args),
            ));
        }
        Ok(Value::Float(r))
    }
}

/// Python's hash of an i64 (= `long_hash` modulo 2**61 - 1).
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    const P: u64 = (1 << 61) - 1;
    let h = (i.unsigned_abs() % P) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let p = BigInt::from((1u64 << 61) - 1);
    let m = (b.abs() % p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a float (= `_Py_HashDouble`); NaN hashes are identity-based in CPython,
/// so the caller passes one for NaN.
pub fn hash_f64(v: f64, nan_hash: i64) -> i64 {
    const BITS: i32 = 61;
    const P: u64 = (1 << 61) - 1;
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return nan_hash;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & P) | (x >> (BITS - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: mantissa in [0.5, 1) and exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_semantics() {
        assert_eq!(floordiv_i64(7, -2), Some(-4));
        assert_eq!(floordiv_i64(-7, 2), Some(-4));
        assert_eq!(mod_i64(-7, 2), 1);
        assert_eq!(mod_i64(7, -2), -1);
        assert_eq!(floordiv_i64(i64::MIN, -1), None);
        assert_eq!(float_mod(-7.5, 2.0), 0.5);
        assert_eq!(float_floordiv(-7.5, 2.0), -4.0);
    }

    #[test]
    fn hashes_match_cpython() {
        // Values from CPython 3.11: hash(x).
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(2305843009213693951), 0);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(-0.1, 0), -230584300921369408);
        assert_eq!(hash_f64(1.0, 0), 1);
        assert_eq!(hash_f64(1e300, 0), 1224995262755759164);
    }
}
