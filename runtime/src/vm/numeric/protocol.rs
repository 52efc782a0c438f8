//! The number protocols built-in code converts arguments with (= CPython's `PyNumber_Index`,
//! `PyNumber_Long`, `PyNumber_Float` and `PyFloat_AsDouble`), int parsing with the digit
//! limit (`sys.set_int_max_str_digits`), and the kernels behind `divmod()` and
//! three-argument `pow()` that the number types' dunders share with the built-ins.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::numtext;
use crate::object::{Payload, PyRef};
use crate::objects::typeobj::is_subtype;
use crate::value::Value;
use crate::vm::numeric::{as_float, as_int, floordiv_i64, mod_i64, IntArg};
use crate::vm::ops::is_not_implemented;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Whether `v` is a heap object (an instance of a class made by a `class` statement).
#[inline]
pub fn is_heap(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.type_data().is_heap())
}

/// The digits of an int literal CPython counts for the limit: the run of digits (and
/// underscores) after whitespace, sign and base prefix. Returns (resolved base, digits).
fn literal_digit_count(s: &str, base: u32) -> (u32, usize) {
    let t = s.trim_start_matches(numtext::is_python_space);
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = t.get(..2).map(str::to_ascii_lowercase);
    let (base, t) = match (base, lower.as_deref()) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => (10, t),
        (b, _) => (b, t),
    };
    let mut n = 0;
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        let ok = c.is_digit(base) || (base >= 10 && numtext::decimal_digit_value(c).is_some());
        if !ok {
            break;
        }
        n += 1;
    }
    (base, n)
}

impl Vm {
    /// `operator.index(v)` (= `PyNumber_Index`): the exact int value of an int, or of what
    /// `__index__` returns.
    pub fn number_index(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Obj(o) => {
                if let Payload::Int(b) = &o.payload {
                    return Ok(if o.type_data().is_heap() {
                        self.new_int(b.clone())
                    } else {
                        v.clone()
                    });
                }
            }
            _ => {}
        }
        let Some(f) = self.lookup_special(v, "__index__") else {
            return Err(self.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            )));
        };
        let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
        match as_int(&r) {
            Some(IntArg::Small(i)) => Ok(Value::Int(i)),
            Some(IntArg::Big(b)) => Ok(self.new_int(b.clone())),
            None => Err(self.type_error(&format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            ))),
        }
    }

    /// `operator.index(v)` as a big integer.
    pub fn number_index_big(&mut self, v: &Value) -> PyResult<BigInt> {
        let r = self.number_index(v)?;
        Ok(as_int(&r).map(|i| i.to_big()).unwrap_or_default())
    }

    /// `operator.index(v)` clipped to the i64 range (= `PyNumber_AsSsize_t(v, NULL)`: huge
    /// values saturate).
    pub fn number_index_clipped(&mut self, v: &Value) -> PyResult<i64> {
        let r = self.number_index(v)?;
        Ok(match as_int(&r) {
            Some(IntArg::Small(i)) => i,
            Some(IntArg::Big(b)) if b.is_negative() => i64::MIN,
            _ => i64::MAX,
        })
    }

    /// `PyFloat_AsDouble(v)`: a float's value, else `__float__`, else `__index__`; the
    /// conversion every float parameter of a built-in goes through.
    pub fn float_as_f64(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(f) = as_float(v) {
            return Ok(f);
        }
        if !is_heap(v) {
            match as_int(v) {
                Some(IntArg::Small(i)) => return Ok(i as f64),
                Some(IntArg::Big(b)) => return self.big_to_f64(b),
                None => {}
            }
        }
        if let Some(r) = self.call_float_dunder(v)? {
            return Ok(r);
        }
        if self.lookup_special(v, "__index__").is_some() {
            let i = self.number_index(v)?;
            return self.num_to_f64(&i).unwrap_or(Ok(0.0));
        }
        Err(self.type_error(&format!("must be real number, not {}", self.type_name(v))))
    }

    /// Calls `v.__float__()` if the type has it, checking the result is a float.
    fn call_float_dunder(&mut self, v: &Value) -> PyResult<Option<f64>> {
        let Some(f) = self.lookup_special(v, "__float__") else {
            return Ok(None);
        };
        let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
        match as_float(&r) {
            Some(x) => Ok(Some(x)),
            None => Err(self.type_error(&format!(
                "{}.__float__ returned non-float (type {})",
                self.type_name(v),
                self.type_name(&r)
            ))),
        }
    }

    /// `float(v)` (= `PyNumber_Float`).
    pub fn number_float(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => return Ok(*f),
            Value::Int(i) => return Ok(*i as f64),
            Value::Bool(b) => return Ok(*b as i64 as f64),
            _ => {}
        }
        if !is_heap(v) {
            match v.payload() {
                Some(Payload::Int(b)) => return self.big_to_f64(b),
                Some(Payload::Str(s)) => return self.float_from_text(s.as_str(), v),
                _ => {}
            }
        }
        if let Some(r) = self.call_float_dunder(v)? {
            return Ok(r);
        }
        if self.lookup_special(v, "__index__").is_some() {
            let i = self.number_index(v)?;
            return self.num_to_f64(&i).unwrap_or(Ok(0.0));
        }
        if let Some(f) = as_float(v) {
            return Ok(f);
        }
        if let Some(s) = v.as_str() {
            return self.float_from_text(s, v);
        }
        if let Some(b) = crate::objects::bytes::as_bytes_like(v) {
            let text: String = b.iter().map(|&c| c as char).collect();
            return self.float_from_text(&text, v);
        }
        Err(self.type_error(&format!(
            "float() argument must be a string or a real number, not '{}'",
            self.type_name(v)
        )))
    }

    /// `float(s)` for text; `orig` is the object whose repr the error message shows.
    pub fn float_from_text(&mut self, s: &str, orig: &Value) -> PyResult<f64> {
        match numtext::parse_float(s) {
            Some(f) => Ok(f),
            None => {
                let r = self.repr(orig)?;
                Err(self.value_error(&numtext::float_literal_error_message(&r)))
            }
        }
    }

    /// `int(f)` for a float: truncation, with CPython's errors for infinities and NaN.
    pub fn float_to_int(&self, f: f64) -> PyResult<Value> {
        if f.abs() < 9.2e18 {
            return Ok(Value::Int(f as i64));
        }
        match numtext::float_to_bigint(f) {
            Some(b) => Ok(self.new_int(b)),
            None if f.is_nan() => Err(self.value_error("cannot convert float NaN to integer")),
            None => Err(self.overflow_error("cannot convert float infinity to integer")),
        }
    }

    /// `int(s, base)` for text, with the digit limit; `orig` is the object whose repr the
    /// error message shows.
    pub fn int_from_text(&mut self, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
        let limit = crate::modules::sys::int_max_str_digits();
        if limit > 0 && s.len() > limit {
            let (b, digits) = literal_digit_count(s, base);
            if !b.is_power_of_two() && digits > limit {
                return Err(self.value_error(&format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
        }
        match numtext::parse_int_literal(s, base) {
            Ok(numtext::IntLit::Small(i)) => Ok(Value::Int(i)),
            Ok(numtext::IntLit::Big(b)) => Ok(self.new_int(b)),
            Err(_) => {
                let r = self.repr(orig)?;
                Err(self.value_error(&numtext::int_literal_error_message(base, &r)))
            }
        }
    }

    /// `int(v)` without a base (= `PyNumber_Long`): `__int__`, `__index__`, `__trunc__`,
    /// then text.
    pub fn number_long(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Float(f) => return self.float_to_int(*f),
            _ => {}
        }
        if !is_heap(v) {
            match v.payload() {
                Some(Payload::Int(_)) => return Ok(v.clone()),
                Some(Payload::Str(s)) => return self.int_from_text(s.as_str(), 10, v),
                _ => {}
            }
        }
        if let Some(f) = self.lookup_special(v, "__int__") {
            let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
            return match as_int(&r) {
                Some(IntArg::Small(i)) => Ok(Value::Int(i)),
                Some(IntArg::Big(b)) => Ok(self.new_int(b.clone())),
                None => Err(self.type_error(&format!(
                    "__int__ returned non-int (type {})",
                    self.type_name(&r)
                ))),
            };
        }
        if self.lookup_special(v, "__index__").is_some() {
            return self.number_index(v);
        }
        if let Some(f) = self.lookup_special(v, "__trunc__") {
            let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
            if let Some(i) = as_int(&r) {
                return Ok(match i {
                    IntArg::Small(i) => Value::Int(i),
                    IntArg::Big(b) => self.new_int(b.clone()),
                });
            }
            if self.lookup_special(&r, "__index__").is_none() {
                return Err(self.type_error(&format!(
                    "__trunc__ returned non-Integral (type {})",
                    self.type_name(&r)
                )));
            }
            return self.number_index(&r);
        }
        if let Some(s) = v.as_str() {
            return self.int_from_text(s, 10, v);
        }
        if let Some(b) = crate::objects::bytes::as_bytes_like(v) {
            let text: String = b.iter().map(|&c| c as char).collect();
            return self.int_from_text(&text, 10, v);
        }
        Err(self.type_error(&format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(v)
        )))
    }

    /// `pow(a, b, m)` for ints, with CPython's errors (a negative `b` takes the modular
    /// inverse of `a`).
    pub fn int_pow_mod(&mut self, a: IntArg, b: IntArg, m: IntArg) -> PyResult<Value> {
        if let (IntArg::Small(x), IntArg::Small(e), IntArg::Small(n)) = (&a, &b, &m) {
            if *n == 0 {
                return Err(self.value_error("pow() 3rd argument cannot be 0"));
            }
            if *e >= 0 {
                return Ok(Value::Int(pow_mod_i64(*x, *e as u64, *n)));
            }
        }
        let (x, e, n) = (a.to_big(), b.to_big(), m.to_big());
        if n.is_zero() {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        let (base, e) = if e.is_negative() {
            let abs_n = n.abs();
            match x.mod_floor(&abs_n).modinv(&abs_n) {
                Some(inv) => (inv, -e),
                None => {
                    return Err(self.value_error("base is not invertible for the given modulus"))
                }
            }
        } else {
            (x, e)
        };
        Ok(self.new_int(base.modpow(&e, &n)))
    }

    /// `divmod(a, b)` between built-in ints and floats; `Ok(None)` for other operands.
    pub fn divmod_native(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if let (IntArg::Small(x), IntArg::Small(y)) = (&x, &y) {
                if *y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                if let Some(q) = floordiv_i64(*x, *y) {
                    return Ok(Some(
                        self.new_tuple(vec![Value::Int(q), Value::Int(mod_i64(*x, *y))]),
                    ));
                }
            }
            if y.is_zero() {
                return Err(self.zero_division("integer division or modulo by zero"));
            }
            let (q, r) = super::big::floor_divmod(&x.as_big(), &y.as_big());
            let (q, r) = (self.new_int(q), self.new_int(r));
            return Ok(Some(self.new_tuple(vec![q, r])));
        }
        let num = |v: &Value| as_float(v).is_some() || as_int(v).is_some();
        if num(a) && num(b) {
            let x = self.num_to_f64(a).unwrap_or(Ok(0.0))?;
            let y = self.num_to_f64(b).unwrap_or(Ok(0.0))?;
            if y == 0.0 {
                return Err(self.zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            return Ok(Some(self.new_tuple(vec![Value::Float(q), Value::Float(r)])));
        }
        Ok(None)
    }

    /// The binary-operator protocol for operators without a BINARY_OP number (`divmod`):
    /// `a.name(b)`, else `b.rname(a)`, with the reflected method first when `b`'s type is a
    /// proper subclass of `a`'s. NotImplemented when neither applies.
    pub fn binary_dunders(
        &mut self,
        a: &Value,
        b: &Value,
        name: &'static str,
        rname: &'static str,
    ) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = PyRef::ptr_eq(&ta, &tb);
        let fa = self.lookup_special(a, name);
        let fb = if same {
            None
        } else {
            self.lookup_special(b, rname)
        };
        let mut fb_done = false;
        if let Some(fb) = &fb {
            if is_subtype(&tb, &ta) {
                fb_done = true;
                let r = self.call(fb, Args::new(&[b.clone(), a.clone()]))?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(fa) = &fa {
            let r = self.call(fa, Args::new(&[a.clone(), b.clone()]))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let (Some(fb), false) = (&fb, fb_done) {
            return self.call(fb, Args::new(&[b.clone(), a.clone()]));
        }
        Ok(self.not_implemented())
    }

    /// A ZeroDivisionError.
    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.new_error(&self.exc.zero_division_error.clone(), msg)
    }
}

/// `x ** e % n` for machine integers, with the sign of `n` (Python's `pow(x, e, n)`; n != 0).
pub fn pow_mod_i64(x: i64, mut e: u64, n: i64) -> i64 {
    let m = n.unsigned_abs() as u128;
    let mut base = (x as i128).rem_euclid(m as i128) as u128;
    let mut acc: u128 = 1 % m;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * base % m;
        }
        base = base * base % m;
        e >>= 1;
    }
    let r = acc as i128;
    (if n < 0 && r != 0 { r - m as i128 } else { r }) as i64
}

/// `divmod(x, y)` for floats (= CPython's `float_divmod`); `y != 0`.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let q = if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (q, m)
}

/// The exact int value of an int operand, as a value (`True` -> `1`, subclass -> int).
pub fn int_value(vm: &Vm, i: &IntArg) -> Value {
    match i {
        IntArg::Small(v) => Value::Int(*v),
        IntArg::Big(b) => vm.new_int((*b).clone()),
    }
}

/// An i64 view of an int operand, if it fits.
pub fn int_to_i64(i: &IntArg) -> Option<i64> {
    match i {
        IntArg::Small(v) => Some(*v),
        IntArg::Big(b) => b.to_i64(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_mod_small() {
        assert_eq!(pow_mod_i64(2, 10, 1000), 24);
        assert_eq!(pow_mod_i64(-3, 3, 7), 1);
        assert_eq!(pow_mod_i64(3, 3, -7), -1);
        assert_eq!(pow_mod_i64(-2, 5, -3), -2);
        assert_eq!(pow_mod_i64(7, 0, 1), 0);
        assert_eq!(pow_mod_i64(0, 0, 3), 1);
        assert_eq!(pow_mod_i64(i64::MAX, i64::MAX as u64, i64::MIN), -1);
    }

    #[test]
    fn float_divmod_matches_cpython() {
        assert_eq!(float_divmod(-7.5, 2.0), (-4.0, 0.5));
        assert_eq!(float_divmod(7.0, f64::INFINITY), (0.0, 7.0));
        let (q, r) = float_divmod(f64::INFINITY, 2.0);
        assert!(q.is_nan() && r.is_nan());
        let (q, r) = float_divmod(-0.0, 3.0);
        assert!(q == 0.0 && q.is_sign_negative() && r == 0.0 && r.is_sign_positive());
    }

    #[test]
    fn digit_counting() {
        assert_eq!(literal_digit_count("  -1_000 ", 0), (10, 4));
        assert_eq!(literal_digit_count("0x_ff", 0), (16, 2));
        assert_eq!(literal_digit_count("0b101", 2), (2, 3));
        assert_eq!(literal_digit_count("12x34", 10), (10, 2));
    }
}
