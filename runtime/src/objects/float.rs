//! `float`: constructor and methods.
//!
//! Exact floats are inline (`Value::Float`); instances of user subclasses carry
//! `Payload::Float` with the subclass as their type. The operators are native
//! (`vm/numeric.rs`); the dunders here serve explicit calls and subclasses.

use crate::numtext;
use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::int::{new_cls, new_subclass_instance};
use crate::value::Value;
use crate::vm::numeric::args::{descriptor_error, noargs, one_arg, slot_args, unpack_range};
use crate::vm::numeric::dunders::{num_dunders, NumKind};
use crate::vm::numeric::{as_float, hash_f64};
use crate::vm::{Args, PyResult, Vm};

/// `self` of a `float` method, or the descriptor error (`slot`: slot-wrapper wording).
fn float_self(vm: &Vm, args: &Args, name: &str, slot: bool) -> PyResult<f64> {
    match args.args.first().and_then(as_float) {
        Some(f) => Ok(f),
        None => Err(descriptor_error(vm, args, "float", name, slot)),
    }
}

/// `float.__new__(cls, x=0.0, /)`.
fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let float_t = vm.types.float.clone();
    let cls = new_cls(vm, &args, &float_t, "float")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let f = match &args.args[1..] {
        [] => 0.0,
        [x] => vm.number_float(x)?,
        more => {
            return Err(vm.type_error(&format!(
                "float expected at most 1 argument, got {}",
                more.len()
            )))
        }
    };
    if PyRef::ptr_eq(&cls, &float_t) {
        return Ok(Value::Float(f));
    }
    Ok(new_subclass_instance(vm, &cls, Payload::Float(f)))
}

/// A float result for class methods: `cls(value)` unless `cls` is `float` itself.
fn float_for_class(vm: &mut Vm, cls: &Value, f: f64) -> PyResult<Value> {
    match cls {
        Value::Obj(c) if !PyRef::ptr_eq(c, &vm.types.float) => {
            vm.call(cls, Args::new(&[Value::Float(f)]))
        }
        _ => Ok(Value::Float(f)),
    }
}

/// `float.is_integer()`.
fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "is_integer", false)?;
    noargs(vm, &args, "float", "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// `float.as_integer_ratio()`.
fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "as_integer_ratio", false)?;
    noargs(vm, &args, "float", "as_integer_ratio")?;
    match numtext::float_as_integer_ratio(f) {
        Ok((n, d)) => {
            let (n, d) = (vm.new_int(n), vm.new_int(d));
            Ok(vm.new_tuple(vec![n, d]))
        }
        Err(e) => Err(vm.format_error(e)),
    }
}

/// `float.hex()`.
fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "hex", false)?;
    noargs(vm, &args, "float", "hex")?;
    Ok(vm.new_str(numtext::float_hex(f)))
}

/// `float.fromhex(s)` (a class method).
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one_arg(vm, &args, "float", "fromhex")?;
    let Some(s) = s.as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = numtext::float_fromhex(s).map_err(|e| vm.format_error(e))?;
    let cls = args.args[0].clone();
    float_for_class(vm, &cls, f)
}

/// `float.__getformat__(typestr)` (a class method).
fn getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one_arg(vm, &args, "float", "__getformat__")?;
    match s.as_str() {
        Some("double" | "float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(&format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(s)
        ))),
    }
}

/// `float.conjugate()`, `float.__float__()` and `float.__pos__()`: the exact float.
fn float_identity(vm: &mut Vm, args: Args, name: &str, slot: bool) -> PyResult<Value> {
    let f = float_self(vm, &args, name, slot)?;
    if slot {
        slot_args(vm, &args, name, 0)?;
    } else {
        noargs(vm, &args, "float", name)?;
    }
    Ok(Value::Float(f))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_identity(vm, args, "conjugate", false)
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_identity(vm, args, "__float__", true)
}

fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_identity(vm, args, "__pos__", true)
}

/// `float.__getnewargs__()`.
fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "__getnewargs__", false)?;
    noargs(vm, &args, "float", "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(f)]))
}

/// The float-to-int conversions `__trunc__`, `__floor__`, `__ceil__` (no arguments) and
/// `__int__` (a slot).
fn float_to_int_method(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let slot = name == "__int__";
    let x = float_self(vm, &args, name, slot)?;
    if slot {
        slot_args(vm, &args, name, 0)?;
    } else {
        noargs(vm, &args, "float", name)?;
    }
    vm.float_to_int(f(x))
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int_method(vm, args, "__trunc__", f64::trunc)
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int_method(vm, args, "__int__", f64::trunc)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int_method(vm, args, "__floor__", f64::floor)
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int_method(vm, args, "__ceil__", f64::ceil)
}

/// `float.__round__(ndigits=None)`: an int without `ndigits`, else a float.
fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__round__", false)?;
    unpack_range(vm, &args, "__round__", 0, 1)?;
    round_float(vm, x, args.args.get(1))
}

/// `round(x, ndigits)` for a float `x` (`ndigits` absent or None: to an int).
pub fn round_float(vm: &mut Vm, x: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    match ndigits.filter(|n| !n.is_none()) {
        None => {
            let r = x.round_ties_even();
            if r.is_finite() && r.abs() < 9.2e18 {
                return Ok(Value::Int(r as i64));
            }
            match numtext::float_round_int(x) {
                Ok(b) => Ok(vm.new_int(b)),
                Err(e) => Err(vm.format_error(e)),
            }
        }
        Some(n) => {
            let nd = vm.number_index_clipped(n)?;
            match numtext::float_round(x, nd) {
                Ok(r) => Ok(Value::Float(r)),
                Err(e) => Err(vm.format_error(e)),
            }
        }
    }
}

/// `float.__abs__()`.
fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "__abs__", true)?;
    slot_args(vm, &args, "__abs__", 0)?;
    Ok(Value::Float(f.abs()))
}

/// `float.__neg__()`.
fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "__neg__", true)?;
    slot_args(vm, &args, "__neg__", 0)?;
    Ok(Value::Float(-f))
}

/// `float.__bool__()`.
fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "__bool__", true)?;
    slot_args(vm, &args, "__bool__", 0)?;
    Ok(Value::Bool(f != 0.0))
}

/// `float.__hash__()`.
fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "__hash__", true)?;
    slot_args(vm, &args, "__hash__", 0)?;
    let nan_hash = match &args.args[0] {
        Value::Obj(o) => crate::vm::ops::identity_hash(o.addr()),
        _ => 0,
    };
    Ok(Value::Int(hash_f64(f, nan_hash)))
}

/// `float.__repr__()`.
fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "__repr__", true)?;
    slot_args(vm, &args, "__repr__", 0)?;
    Ok(vm.new_str(numtext::float_repr(f)))
}

/// `float.__format__(spec)`.
fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "__format__", false)?;
    let spec = one_arg(vm, &args, "float", "__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(&format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if spec.is_empty() {
        let s = vm.str_of(&args.args[0])?;
        return Ok(vm.new_str(s));
    }
    let tn = vm.type_name(&args.args[0]);
    match numtext::parse_format_spec(spec, &tn).and_then(|sp| numtext::format_float(f, &sp, &tn)) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.format_error(e)),
    }
}

num_dunders!(NumKind::Float, FLOAT_DUNDERS;
    binops: [
        float_add = "__add__", ADD, false;
        float_radd = "__radd__", ADD, true;
        float_sub = "__sub__", SUBTRACT, false;
        float_rsub = "__rsub__", SUBTRACT, true;
        float_mul = "__mul__", MULTIPLY, false;
        float_rmul = "__rmul__", MULTIPLY, true;
        float_truediv = "__truediv__", TRUE_DIVIDE, false;
        float_rtruediv = "__rtruediv__", TRUE_DIVIDE, true;
        float_floordiv = "__floordiv__", FLOOR_DIVIDE, false;
        float_rfloordiv = "__rfloordiv__", FLOOR_DIVIDE, true;
        float_mod = "__mod__", REMAINDER, false;
        float_rmod = "__rmod__", REMAINDER, true;
        float_pow = "__pow__", POWER, false;
        float_rpow = "__rpow__", POWER, true;
    ]
    divmod: [
        float_divmod = "__divmod__", false;
        float_rdivmod = "__rdivmod__", true;
    ]
    compare: [
        float_lt = "__lt__", LT;
        float_le = "__le__", LE;
        float_eq = "__eq__", EQ;
        float_ne = "__ne__", NE;
        float_gt = "__gt__", GT;
        float_ge = "__ge__", GE;
    ]
);

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_builtin(&t, "float", "__new__", float_new, BuiltinKind::StaticMethod);
    vm.add_builtin(&t, "float", "fromhex", fromhex, BuiltinKind::ClassMethod);
    vm.add_builtin(
        &t,
        "float",
        "__getformat__",
        getformat,
        BuiltinKind::ClassMethod,
    );
    vm.add_methods(
        &t,
        "float",
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("hex", hex),
            ("conjugate", conjugate),
            ("__round__", float_round),
            ("__trunc__", float_trunc),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__int__", float_int),
            ("__float__", float_float),
            ("__abs__", float_abs),
            ("__neg__", float_neg),
            ("__pos__", float_pos),
            ("__bool__", float_bool),
            ("__hash__", float_hash),
            ("__repr__", float_repr),
            ("__format__", float_format),
            ("__getnewargs__", getnewargs),
        ],
    );
    vm.add_methods(&t, "float", FLOAT_DUNDERS);
}
