//! `range` and `slice`: constructors and methods (`range.count`/`index`, `len`, indexing,
//! iteration both ways, membership, equality and hash; `slice.indices`, comparison).

use crate::bytecode::opcodes::cmpop;
use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::range::{range_contains, range_len_u64};
use crate::objects::seqops::args::{self as a, eq_items};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

fn is_range(p: &Payload) -> bool {
    matches!(p, Payload::Range { .. })
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<(i64, i64, i64)> {
    let r = a::self_of(vm, args, "range", name, is_range)?;
    match &r.payload {
        Payload::Range { start, stop, step } => Ok((*start, *stop, *step)),
        _ => unreachable!(),
    }
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match a::index_value(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let range_ty = vm.types.range.clone();
    let cls = a::new_cls(vm, &args, &range_ty)?;
    a::no_kw(vm, &args, "range")?;
    let r = a::rest(&args);
    a::check_count(vm, "range", r.len(), 1, 3)?;
    let (start, stop, step) = match r.len() {
        1 => (0, range_arg(vm, &r[0])?, 1),
        2 => (range_arg(vm, &r[0])?, range_arg(vm, &r[1])?, 1),
        _ => {
            let (s, e, t) = (range_arg(vm, &r[0])?, range_arg(vm, &r[1])?, range_arg(vm, &r[2])?);
            if t == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (s, e, t)
        }
    };
    Ok(Value::Obj(PyRef::new(cls, Payload::Range { start, stop, step })))
}

/// An exact int (or bool) argument as i64, for the arithmetic membership tests.
fn exact_int(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Int(i) => Some(Some(*i)),
        Value::Bool(b) => Some(Some(*b as i64)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && !o.type_data().is_heap() => Some(None),
        _ => None,
    }
}

/// Position of `x` in the range by iteration and `==` (non-int items), if found.
fn search(vm: &mut Vm, (start, stop, step): (i64, i64, i64), x: &Value, count: bool) -> PyResult<(i64, Option<i64>)> {
    let n = range_len_u64(start, stop, step);
    let mut found = 0;
    for i in 0..n {
        let v = Value::Int(crate::objects::range::range_item(start, step, i));
        if eq_items(vm, &v, x)? {
            if !count {
                return Ok((1, Some(i as i64)));
            }
            found += 1;
        }
    }
    Ok((found, None))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "count")?;
    let x = a::one_arg(vm, &args, "range.count")?;
    Ok(Value::Int(match exact_int(x) {
        Some(Some(i)) => range_contains(r.0, r.1, r.2, i) as i64,
        Some(None) => 0,
        None => search(vm, r, x, true)?.0,
    }))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "index")?;
    let x = a::one_arg(vm, &args, "range.index")?;
    match exact_int(x) {
        Some(Some(i)) if range_contains(r.0, r.1, r.2, i) => Ok(Value::Int(((i as i128 - r.0 as i128) / r.2 as i128) as i64)),
        Some(_) => {
            let rep = vm.repr(x)?;
            Err(vm.value_error(&format!("{rep} is not in range")))
        }
        None => match search(vm, r, x, false)?.1 {
            Some(i) => Ok(Value::Int(i)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        },
    }
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, e, t) = this(vm, &args, "__len__")?;
    a::no_args(vm, &args, "range.__len__")?;
    let n = range_len_u64(s, e, t);
    if n > i64::MAX as u64 {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(Value::Int(n as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this(vm, &args, "__getitem__")?;
    let k = a::one_arg(vm, &args, "range.__getitem__")?;
    crate::objects::seqops::seq_getitem(vm, &args.args[0], k)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__contains__")?;
    let x = a::one_arg(vm, &args, "range.__contains__")?;
    Ok(Value::Bool(match exact_int(x) {
        Some(Some(i)) => range_contains(r.0, r.1, r.2, i),
        Some(None) => false,
        None => search(vm, r, x, false)?.1.is_some(),
    }))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (start, stop, step) = this(vm, &args, "__iter__")?;
    a::no_args(vm, &args, "range.__iter__")?;
    Ok(new_iter(vm, IterState::Range { cur: start, stop, step }))
}

/// `reversed(range(...))`: a range iterator running from the last item backwards.
pub fn range_reversed(vm: &Vm, range: &Value, (start, stop, step): (i64, i64, i64)) -> Value {
    let n = range_len_u64(start, stop, step);
    if n == 0 {
        return new_iter(vm, IterState::Range { cur: 0, stop: 0, step: 1 });
    }
    let last = crate::objects::range::range_item(start, step, n - 1);
    match (step.checked_neg(), start.checked_sub(step)) {
        (Some(nstep), Some(nstop)) => new_iter(vm, IterState::Range { cur: last, stop: nstop, step: nstep }),
        _ => new_iter(vm, IterState::Reversed { seq: range.clone(), index: (n - 1) as i64 }),
    }
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__reversed__")?;
    a::no_args(vm, &args, "range.__reversed__")?;
    Ok(range_reversed(vm, &args.args[0], r))
}

/// `hash(range(...))`: the hash of `(len, start, step)` with None for what does not matter
/// (= `range_hash`).
pub fn range_hash(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<i64> {
    let n = range_len_u64(start, stop, step);
    let len = vm.new_int(n.into());
    let t = match n {
        0 => vec![len, Value::None, Value::None],
        1 => vec![len, Value::Int(start), Value::None],
        _ => vec![len, Value::Int(start), Value::Int(step)],
    };
    vm.hash_tuple(&t)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, e, t) = this(vm, &args, "__hash__")?;
    a::no_args(vm, &args, "range.__hash__")?;
    Ok(Value::Int(range_hash(vm, s, e, t)?))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, e, t) = this(vm, &args, "__bool__")?;
    a::no_args(vm, &args, "range.__bool__")?;
    Ok(Value::Bool(range_len_u64(s, e, t) != 0))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, e, t) = this(vm, &args, "__repr__")?;
    a::no_args(vm, &args, "range.__repr__")?;
    let text = if t == 1 { format!("range({s}, {e})") } else { format!("range({s}, {e}, {t})") };
    Ok(vm.new_str(text))
}

fn rich(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let _ = this(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    if !matches!(other.payload(), Some(Payload::Range { .. })) || (op != cmpop::EQ && op != cmpop::NE) {
        return Ok(vm.not_implemented());
    }
    Ok(match vm.native_compare(&args.args[0], other, op)? {
        Some(b) => Value::Bool(b),
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
    let len = match a::index_value(vm, len)? {
        Some(n) => n,
        None => match as_int(len) {
            Some(IntArg::Big(b)) if num_traits::Signed::is_negative(b) => -1,
            _ => i64::MAX / 4,
        },
    };
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::objects::seqops::slice_indices(vm, &parts, len)?;
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = slice_parts(vm, &args, "__repr__")?;
    let text = format!("slice({}, {}, {})", vm.repr(&p[0])?, vm.repr(&p[1])?, vm.repr(&p[2])?);
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
    vm.add_builtin(&range, "range", "__new__", range_new, BuiltinKind::StaticMethod);
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
    vm.add_builtin(&slice, "slice", "__new__", slice_new, BuiltinKind::StaticMethod);
    vm.set_type_attr(&slice, "__hash__", Value::None);
}
