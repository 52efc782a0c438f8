//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin`.
//!
//! Inline ints and floats take allocation-free fast paths; everything else goes through
//! the dunder protocol (`__abs__`, `__round__`, `__divmod__`/`__rdivmod__`, `__pow__`,
//! `__index__`) with CPython 3.11's messages.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::bytecode::opcodes::binop;
use crate::object::Payload;
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::builtins_mod::exact_args;
use crate::vm::numeric::args::Clinic;
use crate::vm::numeric::{as_float, as_int, is_heap, IntArg};
use crate::vm::ops::{dict_set_str, is_not_implemented};
use crate::vm::{Args, PyResult, Vm};

/// `abs(x)`.
fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "abs", 1)?;
    let v = &args.args[0];
    match v {
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(a) => Value::Int(a),
                None => vm.new_int(BigInt::from(*i).abs()),
            })
        }
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    if !is_heap(v) {
        match v.payload() {
            Some(Payload::Int(b)) => return Ok(vm.new_int(b.abs())),
            Some(Payload::Complex { re, im }) => {
                return crate::objects::complex_methods::complex_abs_value(vm, *re, *im)
            }
            _ => {}
        }
    }
    match vm.lookup_special(v, "__abs__") {
        Some(f) => vm.call(&f, Args::new(std::slice::from_ref(v))),
        None => Err(vm.type_error(&format!(
            "bad operand type for abs(): '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `round(number, ndigits=None)`.
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (number, ndigits) = if args.kwnames.is_empty() && (1..=2).contains(&args.args.len()) {
        (args.args[0].clone(), args.args.get(1).cloned())
    } else {
        let c = Clinic {
            fname: "round",
            names: &["number", "ndigits"],
            posonly: 0,
            maxpos: 2,
            required: 1,
        };
        let b = c.bind(vm, &args)?;
        (b[0].clone().unwrap_or(Value::None), b[1].clone())
    };
    let ndigits = ndigits.filter(|n| !n.is_none());
    match (&number, &ndigits) {
        (Value::Float(f), _) => {
            return crate::objects::float::round_float(vm, *f, ndigits.as_ref())
        }
        (Value::Int(_), None) => return Ok(number),
        (Value::Int(i), Some(Value::Int(n))) if *n >= 0 => return Ok(Value::Int(*i)),
        _ => {}
    }
    let Some(f) = vm.lookup_special(&number, "__round__") else {
        return Err(vm.type_error(&format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&number)
        )));
    };
    match ndigits {
        None => vm.call(&f, Args::new(&[number])),
        Some(n) => vm.call(&f, Args::new(&[number, n])),
    }
}

/// `divmod(a, b)`.
fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "divmod", 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if !is_heap(a) && !is_heap(b) {
        if let Some(r) = vm.divmod_native(a, b)? {
            return Ok(r);
        }
    } else {
        let r = vm.binary_dunders(a, b, "__divmod__", "__rdivmod__")?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(vm.type_error(&format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

/// The kind of a built-in number, for three-argument `pow`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Complex,
    Other,
}

fn kind_of(v: &Value) -> Kind {
    if as_int(v).is_some() {
        Kind::Int
    } else if as_float(v).is_some() {
        Kind::Float
    } else if matches!(v.payload(), Some(Payload::Complex { .. })) {
        Kind::Complex
    } else {
        Kind::Other
    }
}

/// `pow(a, b, m)` with a modulus (= CPython's `ternary_op`).
fn pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y), Some(z)) = (as_int(a), as_int(b), as_int(m)) {
        if !is_heap(a) && !is_heap(b) && !is_heap(m) {
            return vm.int_pow_mod(x, y, z);
        }
    }
    if is_heap(a) {
        if let Some(f) = vm.lookup_special(a, "__pow__") {
            let r = vm.call(&f, Args::new(&[a.clone(), b.clone(), m.clone()]))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    // The built-in slots of each distinct operand type, in order.
    let (ka, kb) = (kind_of(a), kind_of(b));
    let mut seen: Vec<Kind> = Vec::with_capacity(3);
    for k in [ka, kb, kind_of(m)] {
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let both = |ok: &[Kind]| ok.contains(&ka) && ok.contains(&kb);
        match k {
            Kind::Int if both(&[Kind::Int]) => {
                if let (Some(x), Some(y), Some(z)) = (as_int(a), as_int(b), as_int(m)) {
                    return vm.int_pow_mod(x, y, z);
                }
            }
            Kind::Float if both(&[Kind::Int, Kind::Float]) => {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            Kind::Complex if both(&[Kind::Int, Kind::Float, Kind::Complex]) => {
                return Err(vm.value_error("complex modulo"));
            }
            _ => {}
        }
    }
    Err(vm.type_error(&format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(a),
        vm.type_name(b),
        vm.type_name(m)
    )))
}

/// `pow(base, exp, mod=None)`.
fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (base, exp, m) = if args.kwnames.is_empty() && (2..=3).contains(&args.args.len()) {
        (
            args.args[0].clone(),
            args.args[1].clone(),
            args.args.get(2).cloned(),
        )
    } else {
        let c = Clinic {
            fname: "pow",
            names: &["base", "exp", "mod"],
            posonly: 0,
            maxpos: 3,
            required: 2,
        };
        let b = c.bind(vm, &args)?;
        (
            b[0].clone().unwrap_or(Value::None),
            b[1].clone().unwrap_or(Value::None),
            b[2].clone(),
        )
    };
    match m {
        Some(m) if !m.is_none() => pow3(vm, &base, &exp, &m),
        _ => vm.binary_op(&base, &exp, binop::POWER),
    }
}

/// `hex()`, `oct()`, `bin()`: the `__index__` value with a base prefix.
fn radix(vm: &mut Vm, args: Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    exact_args(vm, &args, name, 1)?;
    let v = vm.number_index(&args.args[0])?;
    let s = match as_int(&v) {
        Some(IntArg::Small(i)) => {
            let mag = i.unsigned_abs();
            let digits = match base {
                16 => format!("{mag:x}"),
                8 => format!("{mag:o}"),
                _ => format!("{mag:b}"),
            };
            format!("{}{prefix}{digits}", if i < 0 { "-" } else { "" })
        }
        Some(IntArg::Big(b)) => {
            format!(
                "{}{prefix}{}",
                if b.is_negative() { "-" } else { "" },
                b.magnitude().to_str_radix(base)
            )
        }
        None => String::new(),
    };
    Ok(vm.new_str(s))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("abs", abs),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
    ];
    vm.native_modules
        .push(("cmath", crate::modules::math::cmath::create));
    let b = vm.builtins.clone();
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("builtins", name, f);
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, v);
    }
}
