//! The `math` module: glue over `mathlib`.
//!
//! Each function converts its arguments the way CPython 3.11's `mathmodule.c` does
//! (`PyFloat_AsDouble` for float parameters, `operator.index` for integer ones, ints of any
//! size for the logarithms, `__ceil__`/`__floor__`/`__trunc__` dispatch) and raises the
//! exception a `MathError` names, with CPython's argument-count messages.

use num_bigint::BigInt;

use crate::bytecode::opcodes::binop;
use crate::mathlib::{self, MathError, MathResult, Real};
use crate::object::{Payload, PyRef};
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::builtins_mod::{arg_range, exact_args};
use crate::vm::numeric::args::Clinic;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyErr, PyResult, Vm};

pub mod cmath;

/// Raises a `MathError` as the Python exception it names.
fn math_err(vm: &Vm, e: MathError) -> PyErr {
    let ty = match e {
        MathError::Domain | MathError::Value(_) => vm.exc.value_error.clone(),
        MathError::Range | MathError::Overflow(_) => vm.exc.overflow_error.clone(),
        MathError::Type(_) => vm.exc.type_error.clone(),
        MathError::ZeroDivision(_) => vm.exc.zero_division_error.clone(),
    };
    vm.new_error(&ty, e.message())
}

/// Converts a `MathResult` into a `PyResult`.
fn mres<T>(vm: &Vm, r: MathResult<T>) -> PyResult<T> {
    r.map_err(|e| math_err(vm, e))
}

/// `PyFloat_AsDouble`, fast for inline floats and ints.
#[inline]
fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        _ => vm.float_as_f64(v),
    }
}

/// A one-argument float function (`math.sqrt(x)`).
fn unary(vm: &mut Vm, args: &Args, qual: &str, f: fn(f64) -> MathResult<f64>) -> PyResult<Value> {
    exact_args(vm, args, qual, 1)?;
    let x = to_f64(vm, &args.args[0])?;
    mres(vm, f(x)).map(Value::Float)
}

/// A two-argument float function (`math.atan2(y, x)`).
fn binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64, f64) -> MathResult<f64>,
) -> PyResult<Value> {
    exact_args(vm, args, name, 2)?;
    let x = to_f64(vm, &args.args[0])?;
    let y = to_f64(vm, &args.args[1])?;
    mres(vm, f(x, y)).map(Value::Float)
}

macro_rules! unary_fns {
    ($($name:ident = $qual:literal;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            unary(vm, &args, $qual, mathlib::$name)
        })*
    };
}

macro_rules! binary_fns {
    ($($name:ident = $qual:literal;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            binary(vm, &args, $qual, mathlib::$name)
        })*
    };
}

unary_fns!(
    acos = "math.acos";
    acosh = "math.acosh";
    asin = "math.asin";
    asinh = "math.asinh";
    atan = "math.atan";
    atanh = "math.atanh";
    cbrt = "math.cbrt";
    cos = "math.cos";
    cosh = "math.cosh";
    degrees = "math.degrees";
    erf = "math.erf";
    erfc = "math.erfc";
    exp = "math.exp";
    exp2 = "math.exp2";
    expm1 = "math.expm1";
    fabs = "math.fabs";
    gamma = "math.gamma";
    lgamma = "math.lgamma";
    log1p = "math.log1p";
    radians = "math.radians";
    sin = "math.sin";
    sinh = "math.sinh";
    sqrt = "math.sqrt";
    tan = "math.tan";
    tanh = "math.tanh";
    ulp = "math.ulp";
);

binary_fns!(
    atan2 = "atan2";
    copysign = "copysign";
    fmod = "fmod";
    pow = "pow";
    remainder = "remainder";
    nextafter = "nextafter";
);

/// `isfinite`, `isinf`, `isnan`.
fn predicate(vm: &mut Vm, args: &Args, qual: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    exact_args(vm, args, qual, 1)?;
    let x = to_f64(vm, &args.args[0])?;
    Ok(Value::Bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "math.isfinite", mathlib::isfinite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "math.isinf", mathlib::isinf)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "math.isnan", mathlib::isnan)
}

/// `math.floor(x)` / `math.ceil(x)`: exact floats directly, then `__floor__`/`__ceil__`,
/// then `PyFloat_AsDouble`.
fn floor_ceil(
    vm: &mut Vm,
    args: &Args,
    qual: &str,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    exact_args(vm, args, qual, 1)?;
    let v = &args.args[0];
    match v {
        Value::Float(x) => return vm.float_to_int(f(*x)),
        Value::Int(_) => return Ok(v.clone()),
        _ => {}
    }
    if let Some(m) = vm.lookup_special(v, dunder) {
        return vm.call(&m, Args::new(std::slice::from_ref(v)));
    }
    let x = vm.float_as_f64(v)?;
    vm.float_to_int(f(x))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    floor_ceil(vm, &args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    floor_ceil(vm, &args, "math.ceil", "__ceil__", f64::ceil)
}

/// `math.trunc(x)`: `__trunc__` (exact floats directly).
fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.trunc", 1)?;
    let v = &args.args[0];
    match v {
        Value::Float(x) => return vm.float_to_int(x.trunc()),
        Value::Int(_) => return Ok(v.clone()),
        _ => {}
    }
    match vm.lookup_special(v, "__trunc__") {
        Some(m) => vm.call(&m, Args::new(std::slice::from_ref(v))),
        None => Err(vm.type_error(&format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(v)
        ))),
    }
}

/// `math.frexp(x)`.
fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.frexp", 1)?;
    let x = to_f64(vm, &args.args[0])?;
    let (m, e) = mathlib::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

/// `math.modf(x)`.
fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.modf", 1)?;
    let x = to_f64(vm, &args.args[0])?;
    let (f, i) = mathlib::modf(x);
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

/// `math.ldexp(x, i)`: `i` must be an int (no `__index__`).
fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "ldexp", 2)?;
    let x = to_f64(vm, &args.args[0])?;
    let r = match as_int(&args.args[1]) {
        Some(IntArg::Small(i)) => mathlib::ldexp_i64(x, i),
        Some(IntArg::Big(b)) => mathlib::ldexp(x, b),
        None => Err(mathlib::ldexp_type_error()),
    };
    mres(vm, r).map(Value::Float)
}

/// Runs `f` on an argument as `loghelper` sees it: an int of any size, or a float.
fn with_real<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(Real) -> MathResult<T>) -> PyResult<T> {
    let r = match as_int(v) {
        Some(IntArg::Small(i)) => {
            let b = BigInt::from(i);
            f(Real::Int(&b))
        }
        Some(IntArg::Big(b)) => f(Real::Int(b)),
        None => {
            let x = to_f64(vm, v)?;
            f(Real::Float(x))
        }
    };
    mres(vm, r)
}

/// `math.log(x[, base])`.
fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    let n = args.args.len();
    if !(1..=2).contains(&n) {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    if let (1, Value::Float(x)) = (n, &args.args[0]) {
        return mres(vm, mathlib::log(*x, None)).map(Value::Float);
    }
    let num = with_real(vm, &args.args[0], |x| mathlib::log_real(x, None))?;
    if n == 1 {
        return Ok(Value::Float(num));
    }
    let den = with_real(vm, &args.args[1], |b| mathlib::log_real(b, None))?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

/// `math.log2(x)`.
fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.log2", 1)?;
    with_real(vm, &args.args[0], |x| match x {
        Real::Int(b) => mathlib::log2_bigint(b),
        Real::Float(f) => mathlib::log2(f),
    })
    .map(Value::Float)
}

/// `math.log10(x)`.
fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.log10", 1)?;
    with_real(vm, &args.args[0], |x| match x {
        Real::Int(b) => mathlib::log10_bigint(b),
        Real::Float(f) => mathlib::log10(f),
    })
    .map(Value::Float)
}

/// The float values of an iterable's items, converted in order.
fn floats_of(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<f64>> {
    let it = vm.get_iter(iterable)?;
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(&it)? {
        out.push(to_f64(vm, &x)?);
    }
    Ok(out)
}

/// `math.fsum(iterable)`.
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.fsum", 1)?;
    let xs = floats_of(vm, &args.args[0])?;
    mres(vm, mathlib::fsum(&xs)).map(Value::Float)
}

/// `math.prod(iterable, /, *, start=1)`.
fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Clinic {
        fname: "prod",
        names: &["iterable", "start"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let b = c.bind(vm, &args)?;
    let mut acc = b[1].clone().unwrap_or(Value::Int(1));
    let it = vm.get_iter(b[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = vm.binary_op(&acc, &x, binop::MULTIPLY)?;
    }
    Ok(acc)
}

/// `math.hypot(*coordinates)`.
fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut xs = Vec::with_capacity(args.args.len());
    for v in args.args {
        xs.push(to_f64(vm, v)?);
    }
    mres(vm, mathlib::hypot(&xs)).map(Value::Float)
}

/// The items of a point argument of `dist` (`PySequence_Tuple`).
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => vm.collect_iter(v),
    }
}

/// `math.dist(p, q)`.
fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "dist", 2)?;
    let p = point(vm, &args.args[0])?;
    let q = point(vm, &args.args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let (mut ps, mut qs) = (Vec::with_capacity(p.len()), Vec::with_capacity(q.len()));
    for (a, b) in p.iter().zip(&q) {
        ps.push(to_f64(vm, a)?);
        qs.push(to_f64(vm, b)?);
    }
    mres(vm, mathlib::dist(&ps, &qs)).map(Value::Float)
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Clinic {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    };
    let b = c.bind(vm, &args)?;
    let mut xs = [0.0, 0.0, 1e-09, 0.0];
    for (x, v) in xs.iter_mut().zip(&b) {
        if let Some(v) = v {
            *x = to_f64(vm, v)?;
        }
    }
    mres(vm, mathlib::isclose(xs[0], xs[1], xs[2], xs[3])).map(Value::Bool)
}

/// `operator.index(v)` as a big integer.
fn index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    vm.number_index_big(v)
}

/// An int result.
fn int_result(vm: &Vm, r: MathResult<BigInt>) -> PyResult<Value> {
    r.map(|b| vm.new_int(b)).map_err(|e| math_err(vm, e))
}

/// `math.factorial(n)`.
fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.factorial", 1)?;
    if let Value::Int(n) = args.args[0] {
        if (0..=20).contains(&n) {
            return Ok(Value::Int((1..=n).product()));
        }
    }
    let n = index(vm, &args.args[0])?;
    int_result(vm, mathlib::factorial(&n))
}

/// `math.isqrt(n)`.
fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "math.isqrt", 1)?;
    let n = index(vm, &args.args[0])?;
    int_result(vm, mathlib::isqrt(&n))
}

/// `math.comb(n, k)`.
fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "comb", 2)?;
    let n = index(vm, &args.args[0])?;
    let k = index(vm, &args.args[1])?;
    int_result(vm, mathlib::comb(&n, &k))
}

/// `math.perm(n, k=None)`.
fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "perm", 1, 2)?;
    let n = index(vm, &args.args[0])?;
    let k = match args.args.get(1) {
        Some(k) if !k.is_none() => Some(index(vm, k)?),
        _ => None,
    };
    int_result(vm, mathlib::perm(&n, k.as_ref()))
}

/// The `__index__` values of all arguments (`gcd`, `lcm`).
fn all_indices(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<Vec<BigInt>> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    let mut out = Vec::with_capacity(args.args.len());
    for v in args.args {
        out.push(index(vm, v)?);
    }
    Ok(out)
}

/// `math.gcd(*integers)`.
fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let (true, [Value::Int(a), Value::Int(b)]) = (args.kwnames.is_empty(), args.args) {
        if let (Some(x), Some(y)) = (a.checked_abs(), b.checked_abs()) {
            return Ok(Value::Int(num_integer::Integer::gcd(&x, &y)));
        }
    }
    let xs = all_indices(vm, &args, "math.gcd")?;
    Ok(vm.new_int(mathlib::gcd(&xs)))
}

/// `math.lcm(*integers)`.
fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let xs = all_indices(vm, &args, "math.lcm")?;
    Ok(vm.new_int(mathlib::lcm(&xs)))
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("math");
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("math", name, f);
        vm.module_set(&m, name, v);
    }
    for (name, x) in [
        ("pi", mathlib::PI),
        ("e", mathlib::E),
        ("tau", mathlib::TAU),
        ("inf", mathlib::INF),
        ("nan", mathlib::NAN),
    ] {
        vm.module_set(&m, name, Value::Float(x));
    }
    m
}
