//! Dict views: `dict_keys`, `dict_values`, `dict_items` (= CPython's `dictview` types):
//! length, iteration (forwards and reversed), membership, `isdisjoint`, the set operators of
//! keys and items views (`dictviews_or`, `_PyDictView_Intersect`, ...) and their comparisons
//! with sets and other views (`dictview_richcompare`).

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::{Payload, PyRef};
use crate::objects::function::NativeFn;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::seqops::args::{self as a, eq_items};
use crate::objects::set::algebra;
use crate::value::Value;
use crate::vm::ops::dict_get;
use crate::vm::{Args, PyResult, Vm};

const NAMES: [&str; 3] = ["dict_keys", "dict_values", "dict_items"];

/// A new view of dict `d`: keys (0), values (1) or items (2).
pub fn new_view(vm: &Vm, d: &PyRef, kind: u8) -> Value {
    let ty = match kind {
        0 => &vm.types.dict_keys,
        1 => &vm.types.dict_values,
        _ => &vm.types.dict_items,
    };
    Value::Obj(PyRef::new(
        ty,
        Payload::DictView {
            dict: d.clone(),
            kind,
        },
    ))
}

/// The dict and kind of a keys or items view (the views that behave like sets).
fn set_like(v: &Value) -> Option<(&PyRef, u8)> {
    match v.payload() {
        Some(Payload::DictView { dict, kind }) if *kind != 1 => Some((dict, *kind)),
        _ => None,
    }
}

fn view_len(d: &PyRef) -> usize {
    match &d.payload {
        Payload::Dict(c) => c.borrow().len(),
        _ => 0,
    }
}

/// `item in view` for a keys (0) or items (2) view of `dict`.
pub fn view_contains(vm: &mut Vm, dict: &PyRef, kind: u8, item: &Value) -> PyResult<bool> {
    if kind == 0 {
        return Ok(dict_get(vm, dict, item)?.is_some());
    }
    let Some(Payload::Tuple(kv)) = item.payload() else {
        return Ok(false);
    };
    if kv.len() != 2 {
        return Ok(false);
    }
    let (k, v) = (kv[0].clone(), kv[1].clone());
    match dict_get(vm, dict, &k)? {
        Some(found) => eq_items(vm, &found, &v),
        None => Ok(false),
    }
}

/// A new set from any iterable, reading a keys view's dict directly (= `dictviews_to_set`).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let s = PyRef::new(&vm.types.set, Payload::Set(Default::default()));
    let src = match v.payload() {
        Some(Payload::DictView { dict, kind: 0 }) if !dict.type_data().is_heap() => {
            Value::Obj(dict.clone())
        }
        _ => v.clone(),
    };
    algebra::update(vm, &s, &src)?;
    Ok(s)
}

/// `a op b` where one side is a keys or items view (`|`, `&`, `-`, `^`); None when neither is.
pub fn view_binop(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let op = if op >= binop::INPLACE {
        op - binop::INPLACE
    } else {
        op
    };
    if !matches!(op, binop::OR | binop::AND | binop::SUBTRACT | binop::XOR)
        || (set_like(a).is_none() && set_like(b).is_none())
    {
        return Ok(None);
    }
    if op == binop::AND {
        return intersect(vm, a, b).map(Some);
    }
    let r = to_set(vm, a)?;
    match op {
        binop::OR => algebra::update(vm, &r, b)?,
        binop::SUBTRACT => algebra::difference_update(vm, &r, b)?,
        _ => algebra::symmetric_difference_update(vm, &r, b)?,
    }
    Ok(Some(Value::Obj(r)))
}

/// `view & other` (= `_PyDictView_Intersect`).
fn intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if set_like(a).is_some() {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_self = set_like(&this).map_or(0, |(d, _)| view_len(d));
    if let Some(Value::Obj(o)) = Some(&other) {
        if matches!(o.payload, Payload::Set(_))
            && PyRef::ptr_eq(&o.type_ref(), &vm.types.set)
            && len_self <= vm.len(&other)?
        {
            let r = algebra::intersection(vm, o, &this)?;
            return Ok(Value::Obj(r));
        }
    }
    if let Some((d, _)) = set_like(&other) {
        if view_len(d) > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let (dict, kind) = set_like(&this)
        .map(|(d, k)| (d.clone(), k))
        .expect("a view");
    let result = PyRef::new(&vm.types.set, Payload::Set(Default::default()));
    let it = vm.get_iter(&other)?;
    while let Some(k) = vm.iter_next(&it)? {
        if view_contains(vm, &dict, kind, &k)? {
            crate::objects::set::set_add(vm, &result, k)?;
        }
    }
    Ok(Value::Obj(result))
}

/// Whether every item of `a` is in `b` (= `all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Comparison of a keys or items view `a` with a set or such a view `b`
/// (= `dictview_richcompare`); None when they are not comparable.
pub fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    if set_like(a).is_none()
        || !(set_like(b).is_some() || matches!(b.payload(), Some(Payload::Set(_))))
    {
        return Ok(None);
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    Ok(Some(match op {
        cmpop::EQ => la == lb && all_contained_in(vm, a, b)?,
        cmpop::NE => !(la == lb && all_contained_in(vm, a, b)?),
        cmpop::LT => la < lb && all_contained_in(vm, a, b)?,
        cmpop::LE => la <= lb && all_contained_in(vm, a, b)?,
        cmpop::GT => la > lb && all_contained_in(vm, b, a)?,
        _ => la >= lb && all_contained_in(vm, b, a)?,
    }))
}

fn is_view(p: &Payload) -> bool {
    matches!(p, Payload::DictView { .. })
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyRef, u8)> {
    let owner = match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::DictView { kind, .. }) => NAMES[*kind as usize],
        _ => "dict_keys",
    };
    let v = a::self_of(vm, args, owner, name, is_view)?;
    match &v.payload {
        Payload::DictView { dict, kind } => Ok((dict, *kind)),
        _ => unreachable!(),
    }
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "__len__")?;
    a::no_args(vm, &args, "__len__")?;
    Ok(Value::Int(view_len(d) as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = this(vm, &args, "__iter__")?;
    a::no_args(vm, &args, "__iter__")?;
    let n = view_len(d);
    Ok(new_iter(
        vm,
        IterState::Dict {
            dict: d.clone(),
            pos: 0,
            kind,
            len: n,
            left: n,
        },
    ))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = this(vm, &args, "__reversed__")?;
    a::no_args(vm, &args, "__reversed__")?;
    Ok(new_iter(vm, IterState::dict_reversed(d, kind)))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = this(vm, &args, "__contains__")?;
    let x = a::one_arg(vm, &args, "__contains__")?;
    Ok(Value::Bool(view_contains(vm, d, kind, x)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = this(vm, &args, "isdisjoint")?;
    let other = a::one_arg(vm, &args, "isdisjoint")?;
    let me = args.args[0].clone();
    if me.is(other) {
        return Ok(Value::Bool(view_len(d) == 0));
    }
    let (iterate, probe_self) = match other.payload() {
        Some(Payload::Set(_) | Payload::DictView { .. }) if vm.len(other)? > view_len(d) => {
            (me.clone(), false)
        }
        _ => (other.clone(), true),
    };
    let it = vm.get_iter(&iterate)?;
    while let Some(x) = vm.iter_next(&it)? {
        let found = if probe_self {
            view_contains(vm, d, kind, &x)?
        } else {
            vm.contains(other, &x)?
        };
        if found {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this(vm, &args, "__repr__")?;
    let Some(Value::Obj(o)) = args.args.first() else {
        unreachable!()
    };
    let s = crate::objects::seqops::repr::container_repr(vm, o)?;
    Ok(vm.new_str(s))
}

fn binop_method(vm: &mut Vm, args: Args, name: &str, op: u32, reflected: bool) -> PyResult<Value> {
    let _ = this(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    let me = &args.args[0];
    let r = if reflected {
        view_binop(vm, other, me, op)?
    } else {
        view_binop(vm, me, other, op)?
    };
    Ok(r.unwrap_or_else(|| vm.not_implemented()))
}

fn and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__and__", binop::AND, false)
}
fn rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__rand__", binop::AND, true)
}
fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__or__", binop::OR, false)
}
fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__ror__", binop::OR, true)
}
fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__sub__", binop::SUBTRACT, false)
}
fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__rsub__", binop::SUBTRACT, true)
}
fn xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__xor__", binop::XOR, false)
}
fn rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method(vm, args, "__rxor__", binop::XOR, true)
}

fn rich(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let _ = this(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    let me = args.args[0].clone();
    Ok(match view_compare(vm, &me, other, op)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__lt__", cmpop::LT)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__le__", cmpop::LE)
}
fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__eq__", cmpop::EQ)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__ne__", cmpop::NE)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__gt__", cmpop::GT)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__ge__", cmpop::GE)
}

/// Registers the view types' methods.
pub fn register(vm: &mut Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("__len__", dunder_len),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
    ];
    let setlike: &[(&'static str, NativeFn)] = &[
        ("__contains__", contains),
        ("isdisjoint", isdisjoint),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    let tys = [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ];
    for (i, ty) in tys.iter().enumerate() {
        vm.add_methods(ty, NAMES[i], common);
        if i != 1 {
            vm.add_methods(ty, NAMES[i], setlike);
            vm.set_type_attr(ty, "__hash__", Value::None);
        }
    }
}
