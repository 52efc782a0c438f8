//! `complex`: arithmetic, repr, and the operator glue.

use crate::bytecode::opcodes::binop;
use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::numeric::{as_float, as_int};
use crate::vm::{PyResult, Vm};

/// A new complex value.
pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(PyRef::new(&vm.types.complex, Payload::Complex { re, im }))
}

/// The complex value of a number operand.
pub fn as_complex(vm: &Vm, v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(Payload::Complex { re, im }) = v.payload() {
        return Some(Ok((*re, *im)));
    }
    if as_float(v).is_some() || as_int(v).is_some() {
        return vm.num_to_f64(v).map(|r| r.map(|f| (f, 0.0)));
    }
    None
}

/// Operators where at least one side is complex.
pub fn complex_binop(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let is_c = |v: &Value| matches!(v.payload(), Some(Payload::Complex { .. }));
    if !is_c(a) && !is_c(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_complex(vm, a), as_complex(vm, b)) else {
        return Ok(None);
    };
    let ((ar, ai), (br, bi)) = (x?, y?);
    let op = if op >= binop::INPLACE {
        op - binop::INPLACE
    } else {
        op
    };
    let (re, im) = match op {
        binop::ADD => (ar + br, ai + bi),
        binop::SUBTRACT => (ar - br, ai - bi),
        binop::MULTIPLY => (ar * br - ai * bi, ar * bi + ai * br),
        binop::TRUE_DIVIDE => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.new_error(
                    &vm.exc.zero_division_error.clone(),
                    "complex division by zero",
                ));
            }
            complex_div(ar, ai, br, bi)
        }
        binop::POWER => match complex_pow(ar, ai, br, bi) {
            Ok(r) => r,
            Err(ComplexPowError::ZeroDivision) => {
                return Err(vm.new_error(
                    &vm.exc.zero_division_error.clone(),
                    "0.0 to a negative or complex power",
                ));
            }
            Err(ComplexPowError::Overflow) => {
                return Err(vm.overflow_error("complex exponentiation"))
            }
        },
        binop::FLOOR_DIVIDE | binop::REMAINDER => {
            return Err(vm.type_error(&format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                crate::bytecode::opcodes::BINARY_OP_NAMES[op as usize],
                vm.type_name(a),
                vm.type_name(b)
            )));
        }
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, re, im)))
}

/// `a / b` for complex numbers (= CPython's `_Py_c_quot`, Smith's algorithm); `b != 0`.
pub fn complex_div(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

/// Why a complex power failed.
#[derive(Debug, PartialEq, Eq)]
pub enum ComplexPowError {
    /// `ZeroDivisionError: 0.0 to a negative or complex power`.
    ZeroDivision,
    /// `OverflowError: complex exponentiation`.
    Overflow,
}

/// `a ** b` for complex numbers (= CPython's `complex_pow`): repeated squaring for small
/// integral exponents (`c_powi`), the polar formula (`_Py_c_pow`) otherwise; an infinite
/// result is an overflow.
pub fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> Result<(f64, f64), ComplexPowError> {
    let mut zero_div = false;
    let r = if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
        let r = complex_powu(ar, ai, br.abs() as u64);
        if br >= 0.0 {
            r
        } else if r.0 == 0.0 && r.1 == 0.0 {
            zero_div = true;
            (0.0, 0.0)
        } else {
            complex_div(1.0, 0.0, r.0, r.1)
        }
    } else if br == 0.0 && bi == 0.0 {
        (1.0, 0.0)
    } else if ar == 0.0 && ai == 0.0 {
        zero_div = bi != 0.0 || br < 0.0;
        (0.0, 0.0)
    } else {
        let vabs = ar.hypot(ai);
        let mut len = vabs.powf(br);
        let at = ai.atan2(ar);
        let mut phase = at * br;
        if bi != 0.0 {
            len /= (at * bi).exp();
            phase += bi * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if zero_div {
        return Err(ComplexPowError::ZeroDivision);
    }
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(ComplexPowError::Overflow);
    }
    Ok(r)
}

/// `x ** n` by repeated squaring (= CPython's `c_powu`).
fn complex_powu(ar: f64, ai: f64, n: u64) -> (f64, f64) {
    let mul = |(a, b): (f64, f64), (c, d): (f64, f64)| (a * c - b * d, a * d + b * c);
    let mut r = (1.0, 0.0);
    let mut p = (ar, ai);
    let mut mask = 1u64;
    while n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `repr(complex)` (= `complex_repr`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = crate::numtext::float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let sign = if !im.is_nan() && im.is_sign_negative() {
            "-"
        } else {
            "+"
        };
        format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
    }
}

/// `a == b` where `a` is a complex and `b` a complex, float or int (exact for big ints,
/// like CPython's `complex_richcompare`).
pub fn complex_eq(a: &Value, b: &Value) -> bool {
    let Some(Payload::Complex { re, im }) = a.payload() else {
        return false;
    };
    if let Some(Payload::Complex { re: r2, im: i2 }) = b.payload() {
        return re == r2 && im == i2;
    }
    if *im != 0.0 {
        return false;
    }
    if let Some(f) = as_float(b) {
        return *re == f;
    }
    match as_int(b) {
        Some(crate::vm::numeric::IntArg::Small(i)) if i.unsigned_abs() <= 1 << 53 => {
            *re == i as f64
        }
        Some(i) => {
            crate::numtext::cmp_int_float(&i.to_big(), *re) == Some(std::cmp::Ordering::Equal)
        }
        None => false,
    }
}

/// `abs(z)` (= `_Py_c_abs`): infinite if either part is, NaN if either is NaN, else the
/// hypotenuse; `None` when a finite value overflows ("absolute value too large").
pub fn complex_abs(re: f64, im: f64) -> Option<f64> {
    if re.is_infinite() || im.is_infinite() {
        return Some(f64::INFINITY);
    }
    if re.is_nan() || im.is_nan() {
        return Some(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// `a == b` / `a != b` when either side is a complex and the other a number (None for other
/// operands and for the ordering operators, which complex does not support).
pub fn complex_compare(a: &Value, b: &Value, op: u32) -> Option<bool> {
    use crate::bytecode::opcodes::cmpop;
    let is_c = |v: &Value| matches!(v.payload(), Some(Payload::Complex { .. }));
    let num = |v: &Value| is_c(v) || as_float(v).is_some() || as_int(v).is_some();
    if !(is_c(a) || is_c(b)) || !num(a) || !num(b) || (op != cmpop::EQ && op != cmpop::NE) {
        return None;
    }
    let eq = if is_c(a) {
        complex_eq(a, b)
    } else {
        complex_eq(b, a)
    };
    Some(eq == (op == cmpop::EQ))
}
