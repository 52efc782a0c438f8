//! `range` and `slice`: constructors and methods (`range.count`/`index`, `len`, indexing,
//! iteration both ways, membership, equality and hash; `slice.indices`, comparison).

pub mod big;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::bytecode::opcodes::cmpop;
use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::seqops::args::{self as a, eq_items};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

use big::{exact_int, BigRange};

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BigRange> {
    match args.args.first() {
        Some(v) if big::is_range(vm, v) => {
            big::get(vm, v).ok_or_else(|| vm.type_error("corrupt range object"))
        }
        _ => Err(a::self_of(vm, args, "range", name, |_| false)
            .err()
            .expect("not a range")),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let range_ty = vm.types.range.clone();
    a::new_cls(vm, &args, &range_ty)?;
    a::no_kw(vm, &args, "range")?;
    let r = a::rest(&args);
    a::check_count(vm, "range", r.len(), 1, 3)?;
    const WHAT: &str = "'{}' object cannot be interpreted as an integer";
    let mut ints = Vec::with_capacity(3);
    for v in r {
        ints.push(big::index_big(vm, v, WHAT)?);
    }
    let (start, stop, step) = match ints.len() {
        1 => (BigInt::zero(), ints.pop().expect("one"), BigInt::from(1)),
        2 => (ints[0].clone(), ints[1].clone(), BigInt::from(1)),
        _ => {
            if ints[2].is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (ints[0].clone(), ints[1].clone(), ints[2].clone())
        }
    };
    big::new_range(vm, BigRange { start, stop, step })
}

/// Position of `x` in the range by iteration and `==` (non-int items): (count, first index).
fn search(vm: &mut Vm, r: &BigRange, x: &Value, count: bool) -> PyResult<(i64, Option<BigInt>)> {
    let n = r.len();
    let mut i = BigInt::zero();
    let mut found = 0;
    while i < n {
        let v = vm.new_int(r.item(&i));
        if eq_items(vm, &v, x)? {
            if !count {
                return Ok((1, Some(i)));
            }
            found += 1;
        }
        i += 1u8;
    }
    Ok((found, None))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "count")?;
    let x = a::one_arg(vm, &args, "range.count")?;
    Ok(Value::Int(match exact_int(x) {
        Some(i) => r.contains(&i) as i64,
        None => search(vm, &r, x, true)?.0,
    }))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "index")?;
    let x = a::one_arg(vm, &args, "range.index")?;
    match exact_int(x) {
        Some(i) => match r.index_of(&i) {
            Some(p) => Ok(vm.new_int(p)),
            None => {
                let rep = vm.repr(x)?;
                Err(vm.value_error(&format!("{rep} is not in range")))
            }
        },
        None => match search(vm, &r, x, false)?.1 {
            Some(i) => Ok(vm.new_int(i)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        },
    }
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__len__")?;
    a::no_args(vm, &args, "range.__len__")?;
    match r.len().to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__getitem__")?;
    let k = a::one_arg(vm, &args, "range.__getitem__")?;
    big::subscript(vm, &r, k)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__contains__")?;
    let x = a::one_arg(vm, &args, "range.__contains__")?;
    Ok(Value::Bool(match exact_int(x) {
        Some(i) => r.contains(&i),
        None => search(vm, &r, x, false)?.1.is_some(),
    }))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__iter__")?;
    a::no_args(vm, &args, "range.__iter__")?;
    Ok(match (r.start.to_i64(), r.stop.to_i64(), r.step.to_i64()) {
        (Some(cur), Some(stop), Some(step)) => new_iter(vm, IterState::Range { cur, stop, step }),
        _ => new_iter(
            vm,
            IterState::Seq {
                seq: args.args[0].clone(),
                index: 0,
            },
        ),
    })
}

/// `reversed(range(...))`: a range iterator running from the last item backwards.
pub fn range_reversed(vm: &Vm, range: &Value, r: &BigRange) -> Value {
    let n = r.len();
    if n.is_zero() {
        return new_iter(
            vm,
            IterState::Range {
                cur: 0,
                stop: 0,
                step: 1,
            },
        );
    }
    let last = r.item(&(&n - 1u8));
    let nstop = &r.start - &r.step;
    let nstep = -r.step.clone();
    match (last.to_i64(), nstop.to_i64(), nstep.to_i64()) {
        (Some(cur), Some(stop), Some(step)) => new_iter(vm, IterState::Range { cur, stop, step }),
        _ => new_iter(
            vm,
            IterState::Reversed {
                seq: range.clone(),
                index: (n - 1u8).to_i64().unwrap_or(i64::MAX),
            },
        ),
    }
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__reversed__")?;
    a::no_args(vm, &args, "range.__reversed__")?;
    Ok(range_reversed(vm, &args.args[0], &r))
}

/// `hash(range(...))`: the hash of `(len, start, step)` with None for what does not matter
/// (= `range_hash`).
pub fn range_hash_big(vm: &mut Vm, r: &BigRange) -> PyResult<i64> {
    let n = r.len();
    let t = if n.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if n == BigInt::from(1) {
        vec![Value::Int(1), vm.new_int(r.start.clone()), Value::None]
    } else {
        vec![
            vm.new_int(n),
            vm.new_int(r.start.clone()),
            vm.new_int(r.step.clone()),
        ]
    };
    vm.hash_tuple(&t)
}

/// `hash(range(start, stop, step))` for an i64 range.
pub fn range_hash(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<i64> {
    range_hash_big(
        vm,
        &BigRange {
            start: start.into(),
            stop: stop.into(),
            step: step.into(),
        },
    )
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__hash__")?;
    a::no_args(vm, &args, "range.__hash__")?;
    Ok(Value::Int(range_hash_big(vm, &r)?))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__bool__")?;
    a::no_args(vm, &args, "range.__bool__")?;
    Ok(Value::Bool(!r.len().is_zero()))
}

/// `repr(range(...))`.
pub fn range_repr(r: &BigRange) -> String {
    if r.step == BigInt::from(1) {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__repr__")?;
    a::no_args(vm, &args, "range.__repr__")?;
    Ok(vm.new_str(range_repr(&r)))
}

/// `a == b` for two ranges of either representation; None when either is not a range.
pub fn range_eq(vm: &mut Vm, a: &Value, b: &Value) -> Option<bool> {
    let x = big::get(vm, a)?;
    let y = big::get(vm, b)?;
    Some(a.is(b) || x.same_items(&y))
}

fn rich(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let _ = this(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    if op != cmpop::EQ && op != cmpop::NE {
        return Ok(vm.not_implemented());
    }
    Ok(match range_eq(vm, &args.args[0], other) {
        Some(e) => Value::Bool(e == (op == cmpop::EQ)),
        None => vm.not_implemented(),
    })
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__eq__", cmpop::EQ)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__ne__", cmpop::NE)
}

// ---- slice ----

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slice_ty = vm.types.slice.clone();
    let cls = a::new_cls(vm, &args, &slice_ty)?;
    a::no_kw(vm, &args, "slice")?;
    let r = a::rest(&args);
    a::check_count(vm, "slice", r.len(), 1, 3)?;
    let parts = match r.len() {
        1 => [Value::None, r[0].clone(), Value::None],
        2 => [r[0].clone(), r[1].clone(), Value::None],
        _ => [r[0].clone(), r[1].clone(), r[2].clone()],
    };
    Ok(Value::Obj(PyRef::new(cls, Payload::Slice(Box::new(parts)))))
}

fn slice_parts(vm: &Vm, args: &Args, name: &str) -> PyResult<[Value; 3]> {
    let s = a::self_of(vm, args, "slice", name, |p| matches!(p, Payload::Slice(_)))?;
    match &s.payload {
        Payload::Slice(p) => Ok((**p).clone()),
        _ => unreachable!(),
    }
}

fn indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let parts = slice_parts(vm, &args, "indices")?;
    let len = a::one_arg(vm, &args, "slice.indices")?;
    let len = big::index_big(vm, len, "'{}' object cannot be interpreted as an integer")?;
    if num_traits::Signed::is_negative(&len) {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = big::slice_indices_big(vm, &parts, &len)?;
    let t = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(t))
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = slice_parts(vm, &args, "__repr__")?;
    let text = format!(
        "slice({}, {}, {})",
        vm.repr(&p[0])?,
        vm.repr(&p[1])?,
        vm.repr(&p[2])?
    );
    Ok(vm.new_str(text))
}

fn slice_rich(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let _ = slice_parts(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    if !matches!(other.payload(), Some(Payload::Slice(_))) {
        return Ok(vm.not_implemented());
    }
    Ok(match vm.native_compare(&args.args[0], other, op)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn slice_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_rich(vm, args, "__lt__", cmpop::LT)
}
fn slice_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_rich(vm, args, "__le__", cmpop::LE)
}
fn slice_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_rich(vm, args, "__eq__", cmpop::EQ)
}
fn slice_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_rich(vm, args, "__ne__", cmpop::NE)
}
fn slice_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_rich(vm, args, "__gt__", cmpop::GT)
}
fn slice_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_rich(vm, args, "__ge__", cmpop::GE)
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let range = vm.types.range.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("count", count),
        ("index", index),
        ("__len__", dunder_len),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__hash__", hash),
        ("__bool__", bool_),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
    ];
    vm.add_methods(&range, "range", methods);
    vm.add_builtin(
        &range,
        "range",
        "__new__",
        range_new,
        BuiltinKind::StaticMethod,
    );
    let slice = vm.types.slice.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("indices", indices),
        ("__repr__", slice_repr),
        ("__lt__", slice_lt),
        ("__le__", slice_le),
        ("__eq__", slice_eq),
        ("__ne__", slice_ne),
        ("__gt__", slice_gt),
        ("__ge__", slice_ge),
    ];
    vm.add_methods(&slice, "slice", methods);
    vm.add_builtin(
        &slice,
        "slice",
        "__new__",
        slice_new,
        BuiltinKind::StaticMethod,
    );
    vm.set_type_attr(&slice, "__hash__", Value::None);
}
