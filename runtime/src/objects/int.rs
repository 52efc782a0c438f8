//! `int` and `bool`: constructors and methods.
//!
//! Exact ints live inline (`Value::Int`) or, beyond i64, as `Payload::Int`; instances of
//! user subclasses carry `Payload::Int` with the subclass as their type. The operators
//! themselves are native (`vm/numeric.rs`); the dunders registered here serve explicit
//! calls and subclasses. `to_bytes`/`from_bytes` are in `int/bytes.rs`.

mod bytes;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::numtext;
use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{is_subtype, tdata, Layout, TF_HAS_DICT};
use crate::value::Value;
use crate::vm::numeric::args::{
    descriptor_error, noargs, one_arg, slot_args, unpack_range, Clinic,
};
use crate::vm::numeric::dunders::{num_dunders, NumKind};
use crate::vm::numeric::protocol::int_value;
use crate::vm::numeric::{as_int, hash_bigint, hash_i64, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// `self` of an `int` method (a bool or int subclass instance included), or the
/// descriptor error; `slot` selects the slot-wrapper wording.
fn int_self<'a>(vm: &Vm, args: &Args<'a>, name: &str, slot: bool) -> PyResult<IntArg<'a>> {
    match args.args.first().and_then(as_int) {
        Some(i) => Ok(i),
        None => Err(descriptor_error(vm, args, "int", name, slot)),
    }
}

/// Checks the class argument of a `__new__` (`args[0]`): a type deriving from `base`.
/// Returns it.
pub fn new_cls(vm: &Vm, args: &Args, base: &PyRef, bname: &str) -> PyResult<PyRef> {
    let Some(c) = args.args.first() else {
        return Err(vm.type_error(&format!("{bname}.__new__(): not enough arguments")));
    };
    let Value::Obj(cls) = c else {
        return Err(vm.type_error(&format!(
            "{bname}.__new__(X): X is not a type object ({})",
            vm.type_name(c)
        )));
    };
    let Payload::Type(td) = &cls.payload else {
        return Err(vm.type_error(&format!(
            "{bname}.__new__(X): X is not a type object ({})",
            vm.type_name(c)
        )));
    };
    if !is_subtype(cls, base) {
        let n = td.name();
        return Err(vm.type_error(&format!(
            "{bname}.__new__({n}): {n} is not a subtype of {bname}"
        )));
    }
    Ok(cls.clone())
}

/// Allocates an instance of the heap subclass `cls` of a built-in number type.
pub fn new_subclass_instance(vm: &Vm, cls: &PyRef, payload: Payload) -> Value {
    let o = PyRef::new(cls, payload);
    if tdata(cls).has_flag(TF_HAS_DICT) && tdata(cls).is_heap() {
        o.set_dict(Some(vm.new_dict_ref()));
    }
    Value::Obj(o)
}

/// `int.__new__(cls, x=0, /, base=10)`.
fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let int_t = vm.types.int.clone();
    let cls = new_cls(vm, &args, &int_t, "int")?;
    if tdata(&cls).layout == Layout::Bool {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let v = match (rest.pos(), rest.kwnames.is_empty()) {
        ([], true) => Value::Int(0),
        ([x], true) => vm.number_long(x)?,
        _ => {
            let clinic = Clinic {
                fname: "int",
                names: &["x", "base"],
                posonly: 1,
                maxpos: 2,
                required: 0,
            };
            let bound = clinic.bind(vm, &rest)?;
            match (&bound[0], &bound[1]) {
                (None, None) => Value::Int(0),
                (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
                (Some(x), None) => vm.number_long(x)?,
                (Some(x), Some(b)) => int_with_base(vm, x, b)?,
            }
        }
    };
    if PyRef::ptr_eq(&cls, &int_t) {
        return Ok(v);
    }
    let big = as_int(&v).map(|i| i.to_big()).unwrap_or_default();
    Ok(new_subclass_instance(vm, &cls, Payload::Int(big)))
}

/// `int(x, base)`.
fn int_with_base(vm: &mut Vm, x: &Value, base: &Value) -> PyResult<Value> {
    let b = vm.number_index_clipped(base)?;
    if (b != 0 && b < 2) || b > 36 {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    if let Some(s) = x.as_str() {
        let s = s.to_string();
        return vm.int_from_text(&s, b as u32, x);
    }
    if let Some(raw) = crate::objects::bytes::as_bytes_like(x) {
        let text: String = raw.iter().map(|&c| c as char).collect();
        return vm.int_from_text(&text, b as u32, x);
    }
    Err(vm.type_error("int() can't convert non-string with explicit base"))
}

/// `bool.__new__(cls, x=False, /)`.
fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bool_t = vm.types.bool.clone();
    new_cls(vm, &args, &bool_t, "bool")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match &args.args[1..] {
        [] => Ok(Value::Bool(false)),
        [x] => Ok(Value::Bool(vm.is_true(x)?)),
        more => Err(vm.type_error(&format!(
            "bool expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

/// `bool.__repr__`.
fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = match args.args.first() {
        Some(Value::Bool(b)) => *b,
        _ => return Err(descriptor_error(vm, &args, "bool", "__repr__", true)),
    };
    slot_args(vm, &args, "__repr__", 0)?;
    Ok(vm.new_str(if b { "True" } else { "False" }))
}

/// `bool.__and__` and friends: a bool with a bool stays a bool, otherwise int rules.
fn bool_bitop(vm: &mut Vm, args: Args, op: u32, name: &str) -> PyResult<Value> {
    let a = match args.args.first() {
        Some(Value::Bool(b)) => *b,
        _ => return Err(descriptor_error(vm, &args, "bool", name, true)),
    };
    slot_args(vm, &args, name, 1)?;
    match &args.args[1] {
        Value::Bool(b) => Ok(crate::vm::numeric::bool_binop(a, *b, op).unwrap_or(Value::None)),
        other => match as_int(other) {
            Some(y) => vm.int_binop(IntArg::Small(a as i64), y, op),
            None => Ok(vm.not_implemented()),
        },
    }
}

fn bool_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, crate::bytecode::opcodes::binop::AND, "__and__")
}

fn bool_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, crate::bytecode::opcodes::binop::AND, "__rand__")
}

fn bool_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, crate::bytecode::opcodes::binop::OR, "__or__")
}

fn bool_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, crate::bytecode::opcodes::binop::OR, "__ror__")
}

fn bool_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, crate::bytecode::opcodes::binop::XOR, "__xor__")
}

fn bool_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, crate::bytecode::opcodes::binop::XOR, "__rxor__")
}

// ---- int methods ----

/// `int.bit_length()`.
fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "bit_length", false)?;
    noargs(vm, &args, "int", "bit_length")?;
    Ok(Value::Int(match i {
        IntArg::Small(v) => (64 - v.unsigned_abs().leading_zeros()) as i64,
        IntArg::Big(b) => b.bits() as i64,
    }))
}

/// `int.bit_count()`.
fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "bit_count", false)?;
    noargs(vm, &args, "int", "bit_count")?;
    Ok(Value::Int(match i {
        IntArg::Small(v) => v.unsigned_abs().count_ones() as i64,
        IntArg::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

/// `int.as_integer_ratio()`.
fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "as_integer_ratio", false)?;
    noargs(vm, &args, "int", "as_integer_ratio")?;
    let n = int_value(vm, &i);
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

/// The methods that return the exact int value of `self`, with their argument checks.
fn int_identity(vm: &mut Vm, args: Args, name: &str, slot: bool) -> PyResult<Value> {
    let i = int_self(vm, &args, name, slot)?;
    if slot {
        slot_args(vm, &args, name, 0)?;
    } else {
        noargs(vm, &args, "int", name)?;
    }
    Ok(int_value(vm, &i))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args, "conjugate", false)
}

fn int_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args, "__trunc__", false)
}

fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args, "__floor__", false)
}

fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args, "__ceil__", false)
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args, "__index__", true)
}

fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args, "__int__", true)
}

fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args, "__pos__", true)
}

/// `int.__getnewargs__()`.
fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_identity(vm, args, "__getnewargs__", false)?;
    Ok(vm.new_tuple(vec![v]))
}

/// `int.__round__(ndigits=<missing>)`: the int itself, or rounded to a multiple of
/// `10**-ndigits` (half to even) for negative `ndigits`.
fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__round__", false)?;
    unpack_range(vm, &args, "__round__", 0, 1)?;
    let Some(nd) = args.args.get(1) else {
        return Ok(int_value(vm, &i));
    };
    let nd = vm.number_index_clipped(nd)?;
    if nd >= 0 {
        return Ok(int_value(vm, &i));
    }
    let r = numtext::int_round(&i.to_big(), nd);
    Ok(vm.new_int(r))
}

/// `int.__float__()`.
fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__float__", true)?;
    slot_args(vm, &args, "__float__", 0)?;
    Ok(Value::Float(match i {
        IntArg::Small(v) => v as f64,
        IntArg::Big(b) => vm.big_to_f64(b)?,
    }))
}

/// `int.__abs__()`.
fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__abs__", true)?;
    slot_args(vm, &args, "__abs__", 0)?;
    Ok(match i {
        IntArg::Small(v) => match v.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_int(BigInt::from(v).abs()),
        },
        IntArg::Big(b) => vm.new_int(b.abs()),
    })
}

/// `int.__neg__()`.
fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__neg__", true)?;
    slot_args(vm, &args, "__neg__", 0)?;
    Ok(match i {
        IntArg::Small(v) => match v.checked_neg() {
            Some(a) => Value::Int(a),
            None => vm.new_int(-BigInt::from(v)),
        },
        IntArg::Big(b) => vm.new_int(-b),
    })
}

/// `int.__invert__()`.
fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__invert__", true)?;
    slot_args(vm, &args, "__invert__", 0)?;
    Ok(match i {
        IntArg::Small(v) => Value::Int(!v),
        IntArg::Big(b) => vm.new_int(-b - 1),
    })
}

/// `int.__bool__()`.
fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__bool__", true)?;
    slot_args(vm, &args, "__bool__", 0)?;
    Ok(Value::Bool(match i {
        IntArg::Small(v) => v != 0,
        IntArg::Big(b) => !b.is_zero(),
    }))
}

/// `int.__hash__()`.
fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__hash__", true)?;
    slot_args(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(match i {
        IntArg::Small(v) => hash_i64(v),
        IntArg::Big(b) => hash_bigint(b),
    }))
}

/// `int.__repr__()`: decimal text, within the int/str digit limit.
fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__repr__", true)?;
    slot_args(vm, &args, "__repr__", 0)?;
    let s = match i {
        IntArg::Small(v) => v.to_string(),
        IntArg::Big(b) => vm.int_to_decimal(b)?,
    };
    Ok(vm.new_str(s))
}

/// `int.__format__(spec)`.
fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__format__", false)?;
    let spec = one_arg(vm, &args, "int", "__format__")?;
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
    let r = numtext::parse_format_spec(spec, &tn).and_then(|sp| match &i {
        IntArg::Small(v) => numtext::format_i64(*v, &sp, &tn),
        IntArg::Big(b) => numtext::format_int(b, &sp, &tn),
    });
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.format_error(e)),
    }
}

/// `int.__sizeof__()`: CPython's size of the object (30-bit digits).
fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int_self(vm, &args, "__sizeof__", false)?;
    noargs(vm, &args, "int", "__sizeof__")?;
    let bits = match i {
        IntArg::Small(v) => (64 - v.unsigned_abs().leading_zeros()) as u64,
        IntArg::Big(b) => b.bits(),
    };
    Ok(Value::Int(24 + 4 * bits.div_ceil(30).max(1) as i64))
}

num_dunders!(NumKind::Int, INT_DUNDERS;
    binops: [
        int_add = "__add__", ADD, false;
        int_radd = "__radd__", ADD, true;
        int_sub = "__sub__", SUBTRACT, false;
        int_rsub = "__rsub__", SUBTRACT, true;
        int_mul = "__mul__", MULTIPLY, false;
        int_rmul = "__rmul__", MULTIPLY, true;
        int_floordiv = "__floordiv__", FLOOR_DIVIDE, false;
        int_rfloordiv = "__rfloordiv__", FLOOR_DIVIDE, true;
        int_truediv = "__truediv__", TRUE_DIVIDE, false;
        int_rtruediv = "__rtruediv__", TRUE_DIVIDE, true;
        int_mod = "__mod__", REMAINDER, false;
        int_rmod = "__rmod__", REMAINDER, true;
        int_pow = "__pow__", POWER, false;
        int_rpow = "__rpow__", POWER, true;
        int_lshift = "__lshift__", LSHIFT, false;
        int_rlshift = "__rlshift__", LSHIFT, true;
        int_rshift = "__rshift__", RSHIFT, false;
        int_rrshift = "__rrshift__", RSHIFT, true;
        int_and = "__and__", AND, false;
        int_rand = "__rand__", AND, true;
        int_or = "__or__", OR, false;
        int_ror = "__ror__", OR, true;
        int_xor = "__xor__", XOR, false;
        int_rxor = "__rxor__", XOR, true;
    ]
    divmod: [
        int_divmod = "__divmod__", false;
        int_rdivmod = "__rdivmod__", true;
    ]
    compare: [
        int_lt = "__lt__", LT;
        int_le = "__le__", LE;
        int_eq = "__eq__", EQ;
        int_ne = "__ne__", NE;
        int_gt = "__gt__", GT;
        int_ge = "__ge__", GE;
    ]
);

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let int_t = vm.types.int.clone();
    vm.add_builtin(&int_t, "int", "__new__", int_new, BuiltinKind::StaticMethod);
    vm.add_builtin(
        &int_t,
        "int",
        "from_bytes",
        bytes::from_bytes,
        BuiltinKind::ClassMethod,
    );
    vm.add_methods(
        &int_t,
        "int",
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("to_bytes", bytes::to_bytes),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", conjugate),
            ("__trunc__", int_trunc),
            ("__floor__", int_floor),
            ("__ceil__", int_ceil),
            ("__round__", int_round),
            ("__index__", int_index),
            ("__int__", int_int),
            ("__float__", int_float),
            ("__abs__", int_abs),
            ("__neg__", int_neg),
            ("__pos__", int_pos),
            ("__invert__", int_invert),
            ("__bool__", int_bool),
            ("__hash__", int_hash),
            ("__repr__", int_repr),
            ("__format__", int_format),
            ("__getnewargs__", int_getnewargs),
            ("__sizeof__", int_sizeof),
        ],
    );
    vm.add_methods(&int_t, "int", INT_DUNDERS);
    let bool_t = vm.types.bool.clone();
    vm.add_builtin(
        &bool_t,
        "bool",
        "__new__",
        bool_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &bool_t,
        "bool",
        &[
            ("__repr__", bool_repr),
            ("__and__", bool_and),
            ("__rand__", bool_rand),
            ("__or__", bool_or),
            ("__ror__", bool_ror),
            ("__xor__", bool_xor),
            ("__rxor__", bool_rxor),
        ],
    );
}
