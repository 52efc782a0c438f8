//! The `cmath` module: complex versions of the `math` functions, with CPython 3.11's
//! algorithms (`Modules/cmathmodule.c`) so results agree to the last bit: scaled formulas
//! that avoid spurious overflow and underflow for finite arguments, and CPython's
//! special-value tables for infinite and NaN parts (generated from CPython 3.11 and
//! checked in below), with its rules for when a result raises `ValueError: math domain
//! error` or `OverflowError: math range error`.

use crate::mathlib;
use crate::object::{Payload, PyRef};
use crate::objects::complex::{complex_abs, complex_div, new_complex};
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::builtins_mod::{arg_range, exact_args};
use crate::vm::numeric::args::Clinic;
use crate::vm::{Args, PyResult, Vm};

#[rustfmt::skip]
mod tables;

use tables::*;

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const PI: f64 = std::f64::consts::PI;
const E: f64 = std::f64::consts::E;
/// `CM_LARGE_DOUBLE`: beyond this, formulas switch to overflow-safe forms.
const LARGE: f64 = f64::MAX / 4.0;
/// `CM_SCALE_UP`, `CM_SCALE_DOWN`: scaling for subnormal arguments of `sqrt`.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

/// A complex number as (real, imaginary).
type Cx = (f64, f64);

/// The error state CPython's functions leave in `errno`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Errno {
    Ok,
    /// `EDOM`: `ValueError: math domain error`.
    Dom,
    /// `ERANGE`: `OverflowError: math range error`.
    Range,
}

/// One special-value table entry: not used (both parts finite), a domain error, or a value.
#[derive(Clone, Copy)]
enum Sv {
    N,
    D,
    V(f64, f64),
}

use Sv::{D, N, V};

/// A 7x7 special-value table indexed by [`special_type`] of the real and imaginary parts.
type Table = [[Sv; 7]; 7];

/// CPython's `special_type`: -inf, negative, -0, +0, positive, +inf, nan.
fn special_type(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x > 0.0 {
        4
    } else {
        1
    }
}

/// The table entry for a non-finite argument.
fn special(t: &Table, z: Cx) -> (Cx, Errno) {
    match t[special_type(z.0)][special_type(z.1)] {
        V(a, b) => ((a, b), Errno::Ok),
        D => ((NAN, NAN), Errno::Dom),
        N => ((NAN, NAN), Errno::Ok),
    }
}

fn finite(z: Cx) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn asinh_r(x: f64) -> f64 {
    mathlib::asinh(x).unwrap_or(NAN)
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// `sqrt(z)` (= `cmath_sqrt_impl`).
fn c_sqrt(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        return special(&SQRT_SV, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        ((s, d.copysign(z.1)), Errno::Ok)
    } else {
        ((d, s.copysign(z.1)), Errno::Ok)
    }
}

/// `exp(z)`.
fn c_exp(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (0f64.copysign(z.1.cos()), 0f64.copysign(z.1.sin()))
            }
        } else {
            special(&EXP_SV, z).0
        };
        let dom = z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0));
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.0 > LARGE.ln() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    range_check(r)
}

fn range_check(r: Cx) -> (Cx, Errno) {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

/// `log(z)`.
fn c_log(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        return special(&LOG_SV, z);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            return ((-INF, z.1.atan2(z.0)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

/// `cosh(z)`.
fn c_cosh(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (INF.copysign(z.1.cos()), -INF.copysign(z.1.sin()))
            }
        } else {
            special(&COSH_SV, z).0
        };
        let dom = z.1.is_infinite() && !z.0.is_nan();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.0.abs() > LARGE.ln() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    range_check(r)
}

/// `sinh(z)`.
fn c_sinh(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (-INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            }
        } else {
            special(&SINH_SV, z).0
        };
        let dom = z.1.is_infinite() && !z.0.is_nan();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.0.abs() > LARGE.ln() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    range_check(r)
}

/// `tanh(z)`.
fn c_tanh(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let s = 0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, s)
        } else {
            special(&TANH_SV, z).0
        };
        let dom = z.1.is_infinite() && z.0.is_finite();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    if z.0.abs() > LARGE.ln() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return ((1f64.copysign(z.0), im), Errno::Ok);
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Errno::Ok,
    )
}

/// `acos(z)`.
fn c_acos(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        return special(&ACOS_SV, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = z.1.abs().atan2(z.0);
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        return ((re, im), Errno::Ok);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
    let s2 = c_sqrt((1.0 + z.0, z.1)).0;
    (
        (2.0 * s1.0.atan2(s2.0), asinh_r(s2.0 * s1.1 - s2.1 * s1.0)),
        Errno::Ok,
    )
}

/// `acosh(z)`.
fn c_acosh(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        return special(&ACOSH_SV, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        return ((re, z.1.atan2(z.0)), Errno::Ok);
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
    let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
    (
        (asinh_r(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0)),
        Errno::Ok,
    )
}

/// `asinh(z)`.
fn c_asinh(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        return special(&ASINH_SV, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        return ((re, z.1.atan2(z.0.abs())), Errno::Ok);
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
    let s2 = c_sqrt((1.0 - z.1, z.0)).0;
    let re = asinh_r(s1.0 * s2.1 - s2.0 * s1.1);
    let im = z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1);
    ((re, im), Errno::Ok)
}

/// `atanh(z)`.
fn c_atanh(z: Cx) -> (Cx, Errno) {
    if !finite(z) {
        return special(&ATANH_SV, z);
    }
    if z.0 < 0.0 {
        let ((a, b), e) = c_atanh((-z.0, -z.1));
        return ((-a, -b), e);
    }
    let ay = z.1.abs();
    let sqrt_large = LARGE.sqrt();
    if z.0 > sqrt_large || ay > sqrt_large {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return ((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)), Errno::Ok);
    }
    if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return ((INF, z.1), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return ((re, (2f64.atan2(-ay) / 2.0).copysign(z.1)), Errno::Ok);
    }
    let re = (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    ((re, im), Errno::Ok)
}

/// `f(i z)` rotated back: `sin`, `tan`, `asin`, `atan` from their hyperbolic twins.
fn rotated(f: fn(Cx) -> (Cx, Errno), z: Cx) -> (Cx, Errno) {
    let ((a, b), e) = f((-z.1, z.0));
    ((b, -a), e)
}

fn c_sin(z: Cx) -> (Cx, Errno) {
    rotated(c_sinh, z)
}

fn c_tan(z: Cx) -> (Cx, Errno) {
    rotated(c_tanh, z)
}

fn c_asin(z: Cx) -> (Cx, Errno) {
    rotated(c_asinh, z)
}

fn c_atan(z: Cx) -> (Cx, Errno) {
    rotated(c_atanh, z)
}

fn c_cos(z: Cx) -> (Cx, Errno) {
    c_cosh((-z.1, z.0))
}

fn c_log10(z: Cx) -> (Cx, Errno) {
    let ((a, b), e) = c_log(z);
    ((a / LN10, b / LN10), e)
}

/// `phase(z)` (= CPython's `c_atan2`, exact constants at the special values).
fn c_atan2(z: Cx) -> f64 {
    let (re, im) = z;
    if re.is_nan() || im.is_nan() {
        return NAN;
    }
    if im.is_infinite() {
        if re.is_infinite() {
            return if re.is_sign_positive() {
                (0.25 * PI).copysign(im)
            } else {
                (0.75 * PI).copysign(im)
            };
        }
        return (0.5 * PI).copysign(im);
    }
    if re.is_infinite() || im == 0.0 {
        return if re.is_sign_positive() {
            0f64.copysign(im)
        } else {
            PI.copysign(im)
        };
    }
    im.atan2(re)
}

/// `rect(r, phi)`.
fn c_rect(r: f64, phi: f64) -> (Cx, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            if r > 0.0 {
                (INF.copysign(phi.cos()), INF.copysign(phi.sin()))
            } else {
                (-INF.copysign(phi.cos()), -INF.copysign(phi.sin()))
            }
        } else {
            special(&RECT_SV, (r, phi)).0
        };
        let dom = r != 0.0 && !r.is_nan() && phi.is_infinite();
        return (z, if dom { Errno::Dom } else { Errno::Ok });
    }
    if phi == 0.0 {
        return ((r, r * phi), Errno::Ok);
    }
    ((r * phi.cos(), r * phi.sin()), Errno::Ok)
}

// ---- Python glue ----

/// `PyComplex_AsCComplex`: a complex's value, else `__complex__`, else a float.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<Cx> {
    match v {
        Value::Float(f) => return Ok((*f, 0.0)),
        Value::Int(i) => return Ok((*i as f64, 0.0)),
        _ => {}
    }
    if let Some(Payload::Complex { re, im }) = v.payload() {
        return Ok((*re, *im));
    }
    if let Some(f) = vm.lookup_special(v, "__complex__") {
        let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
        return match r.payload() {
            Some(Payload::Complex { re, im }) => Ok((*re, *im)),
            _ => Err(vm.type_error(&format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Ok((vm.float_as_f64(v)?, 0.0))
}

/// The Python result of a computation that left `errno`.
fn finish(vm: &Vm, (r, e): (Cx, Errno)) -> PyResult<Value> {
    match e {
        Errno::Ok => Ok(new_complex(vm, r.0, r.1)),
        Errno::Dom => Err(vm.value_error("math domain error")),
        Errno::Range => Err(vm.overflow_error("math range error")),
    }
}

fn unary(vm: &mut Vm, args: &Args, qual: &str, f: fn(Cx) -> (Cx, Errno)) -> PyResult<Value> {
    exact_args(vm, args, qual, 1)?;
    let z = to_complex(vm, &args.args[0])?;
    finish(vm, f(z))
}

macro_rules! unary_fns {
    ($($name:ident = $qual:literal, $f:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            unary(vm, &args, $qual, $f)
        })*
    };
}

unary_fns!(
    sqrt = "cmath.sqrt", c_sqrt;
    exp = "cmath.exp", c_exp;
    log10 = "cmath.log10", c_log10;
    sin = "cmath.sin", c_sin;
    cos = "cmath.cos", c_cos;
    tan = "cmath.tan", c_tan;
    asin = "cmath.asin", c_asin;
    acos = "cmath.acos", c_acos;
    atan = "cmath.atan", c_atan;
    sinh = "cmath.sinh", c_sinh;
    cosh = "cmath.cosh", c_cosh;
    tanh = "cmath.tanh", c_tanh;
    asinh = "cmath.asinh", c_asinh;
    acosh = "cmath.acosh", c_acosh;
    atanh = "cmath.atanh", c_atanh;
);

/// `cmath.log(z[, base])`: errno is what the last logarithm left, or EDOM from a division
/// by zero (CPython's exact behaviour: `log(0, 2)` is `-inf+nanj`).
fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "log", 1, 2)?;
    let z = to_complex(vm, &args.args[0])?;
    let (mut r, mut e) = c_log(z);
    if let Some(b) = args.args.get(1) {
        let b = to_complex(vm, b)?;
        let (lb, eb) = c_log(b);
        e = eb;
        if lb.0 == 0.0 && lb.1 == 0.0 {
            e = Errno::Dom;
            r = (0.0, 0.0);
        } else {
            r = complex_div(r.0, r.1, lb.0, lb.1);
        }
    }
    finish(vm, (r, e))
}

/// `cmath.phase(z)`.
fn phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "cmath.phase", 1)?;
    let z = to_complex(vm, &args.args[0])?;
    Ok(Value::Float(c_atan2(z)))
}

/// `cmath.polar(z)`.
fn polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "cmath.polar", 1)?;
    let z = to_complex(vm, &args.args[0])?;
    let phi = c_atan2(z);
    match complex_abs(z.0, z.1) {
        Some(r) => Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)])),
        None => Err(vm.overflow_error("math range error")),
    }
}

/// `cmath.rect(r, phi)`.
fn rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "rect", 2)?;
    let r = vm.float_as_f64(&args.args[0])?;
    let phi = vm.float_as_f64(&args.args[1])?;
    finish(vm, c_rect(r, phi))
}

fn predicate(vm: &mut Vm, args: &Args, qual: &str, f: fn(Cx) -> bool) -> PyResult<Value> {
    exact_args(vm, args, qual, 1)?;
    let z = to_complex(vm, &args.args[0])?;
    Ok(Value::Bool(f(z)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "cmath.isfinite", finite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "cmath.isinf", |z| {
        z.0.is_infinite() || z.1.is_infinite()
    })
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "cmath.isnan", |z| z.0.is_nan() || z.1.is_nan())
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Clinic {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    };
    let bound = c.bind(vm, &args)?;
    let a = to_complex(vm, bound[0].as_ref().unwrap_or(&Value::None))?;
    let b = to_complex(vm, bound[1].as_ref().unwrap_or(&Value::None))?;
    let rel_tol = match &bound[2] {
        Some(v) => vm.float_as_f64(v)?,
        None => 1e-09,
    };
    let abs_tol = match &bound[3] {
        Some(v) => vm.float_as_f64(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let abs = |z: Cx| complex_abs(z.0, z.1).unwrap_or(INF);
    let diff = abs((a.0 - b.0, a.1 - b.1));
    Ok(Value::Bool(
        diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol,
    ))
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("cmath");
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("cmath", name, f);
        vm.module_set(&m, name, v);
    }
    for (name, x) in [
        ("pi", PI),
        ("e", E),
        ("tau", std::f64::consts::TAU),
        ("inf", INF),
        ("nan", NAN),
    ] {
        vm.module_set(&m, name, Value::Float(x));
    }
    let infj = new_complex(vm, 0.0, INF);
    vm.module_set(&m, "infj", infj);
    let nanj = new_complex(vm, 0.0, NAN);
    vm.module_set(&m, "nanj", nanj);
    m
}
