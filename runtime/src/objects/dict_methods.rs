//! `dict` methods: constructor, `get`/`setdefault`/`pop`/`popitem`/`update`/`copy`/`clear`/
//! `fromkeys`, the mapping dunders (`__getitem__` with `__missing__`), `|` and `|=`; the
//! views (`dict_keys`, `dict_values`, `dict_items`) live in `dict_methods/views.rs`.

pub mod views;

use crate::bytecode::opcodes::cmpop;
use crate::object::{Payload, PyRef};
use crate::objects::dictobj::{dict_set_hashed, dict_update_arg, dict_update_common};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::seqops::args as a;
use crate::value::Value;
use crate::vm::ops::{dict_del, dict_get, dict_set};
use crate::vm::{Args, PyResult, Vm};

fn is_dict(p: &Payload) -> bool {
    matches!(p, Payload::Dict(_))
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    a::self_of(vm, args, "dict", name, is_dict)
}

fn len_of(d: &PyRef) -> usize {
    match &d.payload {
        Payload::Dict(c) => c.borrow().len(),
        _ => 0,
    }
}

/// The arguments after the class (`__new__`) or instance (`__init__`).
fn tail<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dict_ty = vm.types.dict.clone();
    let cls = a::new_cls(vm, &args, &dict_ty)?;
    let d = a::alloc(vm, cls, Payload::Dict(Default::default()));
    if a::is_exact(cls, &dict_ty) {
        dict_update_common(vm, &d, tail(&args), "dict")?;
    }
    Ok(Value::Obj(d))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__init__")?;
    dict_update_common(vm, d, tail(&args), "dict")?;
    Ok(Value::None)
}

/// A copy of dict `d` as an exact dict, in the same order (= `PyDict_Copy`).
pub fn dict_copy(vm: &mut Vm, d: &PyRef) -> PyResult<PyRef> {
    let r = vm.new_dict_ref();
    if let (Payload::Dict(src), Payload::Dict(dst)) = (&d.payload, &r.payload) {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        for e in src.iter() {
            dst.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
    }
    Ok(r)
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    let r = a::pos_args(vm, &args, "dict.get", "get", 1, 2)?;
    Ok(dict_get(vm, d, &r[0])?.unwrap_or_else(|| r.get(1).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let r = a::pos_args(vm, &args, "dict.setdefault", "setdefault", 1, 2)?;
    let h = vm.hash(&r[0])?;
    if let Some(v) = crate::vm::ops::dict_get_hashed(vm, d, &r[0], h)? {
        return Ok(v);
    }
    let dflt = r.get(1).cloned().unwrap_or(Value::None);
    dict_set_hashed(vm, d, r[0].clone(), h, dflt.clone())?;
    Ok(dflt)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    let r = a::pos_args(vm, &args, "dict.pop", "pop", 1, 2)?;
    let h = vm.hash(&r[0])?;
    let Payload::Dict(cell) = &d.payload else {
        unreachable!()
    };
    match crate::vm::ops::dict_find(vm, d, &r[0], h)? {
        Some(ix) => {
            let (_, v) = cell.borrow_mut().remove_at(ix);
            Ok(v)
        }
        None => match r.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(r[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    a::no_args(vm, &args, "dict.popitem")?;
    let Payload::Dict(cell) = &d.payload else {
        unreachable!()
    };
    let last = cell.borrow().last_index();
    match last {
        Some(ix) => {
            let (k, v) = cell.borrow_mut().remove_at(ix);
            Ok(vm.new_tuple(vec![k, v]))
        }
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "update")?;
    dict_update_common(vm, d, tail(&args), "update")?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    a::no_args(vm, &args, "dict.copy")?;
    Ok(Value::Obj(dict_copy(vm, d)?))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    a::no_args(vm, &args, "dict.clear")?;
    let Payload::Dict(cell) = &d.payload else {
        unreachable!()
    };
    let old = std::mem::take(&mut *cell.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let r = a::pos_args(vm, &args, "dict.fromkeys", "fromkeys", 1, 2)?;
    let value = r.get(1).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, Args::new(&[]))?;
    let exact = matches!(&d, Value::Obj(o) if is_dict(&o.payload) && !o.type_data().is_heap());
    if exact {
        let Value::Obj(dref) = &d else { unreachable!() };
        if let Some(Value::Obj(src)) = Some(&r[0]) {
            if matches!(src.payload, Payload::Dict(_)) && !src.type_data().is_heap() {
                for (k, _, h) in crate::objects::dictobj::dict_entries(src) {
                    dict_set_hashed(vm, dref, k, h, value.clone())?;
                }
                return Ok(d);
            }
            if matches!(src.payload, Payload::Set(_)) && !src.type_data().is_heap() {
                for (h, k) in crate::objects::set::set_entries(src) {
                    dict_set_hashed(vm, dref, k, h, value.clone())?;
                }
                return Ok(d);
            }
        }
    }
    let it = vm.get_iter(&r[0])?;
    while let Some(k) = vm.iter_next(&it)? {
        match &d {
            Value::Obj(dref) if exact => dict_set(vm, dref, k, value.clone())?,
            _ => vm.setitem(&d, k, value.clone())?,
        }
    }
    Ok(d)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__getitem__")?;
    let k = a::one_arg(vm, &args, "dict.__getitem__")?;
    if let Some(v) = dict_get(vm, d, k)? {
        return Ok(v);
    }
    if d.type_data().is_heap() {
        let me = Value::Obj(d.clone());
        if let Some(m) = vm.lookup_special(&me, "__missing__") {
            return vm.call(&m, Args::new(&[me, k.clone()]));
        }
    }
    Err(vm.key_error(k.clone()))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__setitem__")?;
    let r = a::pos_args(vm, &args, "dict.__setitem__", "", 2, 2)?;
    dict_set(vm, d, r[0].clone(), r[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__delitem__")?;
    let k = a::one_arg(vm, &args, "dict.__delitem__")?;
    if !dict_del(vm, d, k)? {
        return Err(vm.key_error(k.clone()));
    }
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__")?;
    let k = a::one_arg(vm, &args, "dict.__contains__")?;
    Ok(Value::Bool(dict_get(vm, d, k)?.is_some()))
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__len__")?;
    a::no_args(vm, &args, "dict.__len__")?;
    Ok(Value::Int(len_of(d) as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__iter__")?;
    a::no_args(vm, &args, "dict.__iter__")?;
    let n = len_of(d);
    Ok(new_iter(
        vm,
        IterState::Dict {
            dict: d.clone(),
            pos: 0,
            kind: 0,
            len: n,
            left: n,
        },
    ))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__reversed__")?;
    a::no_args(vm, &args, "dict.__reversed__")?;
    Ok(new_iter(vm, IterState::dict_reversed(d, 0)))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "keys")?;
    a::no_args(vm, &args, "dict.keys")?;
    Ok(views::new_view(vm, d, 0))
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "values")?;
    a::no_args(vm, &args, "dict.values")?;
    Ok(views::new_view(vm, d, 1))
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "items")?;
    a::no_args(vm, &args, "dict.items")?;
    Ok(views::new_view(vm, d, 2))
}

/// `a | b` for dicts: a copy of `a` updated with `b` (= `dict_or`).
fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__or__")?;
    let other = a::one_arg(vm, &args, "dict.__or__")?;
    let Value::Obj(o) = other else {
        return Ok(vm.not_implemented());
    };
    if !is_dict(&o.payload) {
        return Ok(vm.not_implemented());
    }
    let r = dict_copy(vm, d)?;
    dict_update_arg(vm, &r, other)?;
    Ok(Value::Obj(r))
}

fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__ror__")?;
    let other = a::one_arg(vm, &args, "dict.__ror__")?;
    let Value::Obj(o) = other else {
        return Ok(vm.not_implemented());
    };
    if !is_dict(&o.payload) {
        return Ok(vm.not_implemented());
    }
    let r = dict_copy(vm, o)?;
    dict_update_arg(vm, &r, &Value::Obj(d.clone()))?;
    Ok(Value::Obj(r))
}

fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__ior__")?;
    let other = a::one_arg(vm, &args, "dict.__ior__")?;
    dict_update_arg(vm, d, other)?;
    Ok(Value::Obj(d.clone()))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__repr__")?;
    a::no_args(vm, &args, "dict.__repr__")?;
    let s = crate::objects::seqops::repr::container_repr(vm, d)?;
    Ok(vm.new_str(s))
}

fn rich(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let d = this(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    if !matches!(other.payload(), Some(Payload::Dict(_))) || (op != cmpop::EQ && op != cmpop::NE) {
        return Ok(vm.not_implemented());
    }
    let e = crate::objects::dictobj::dict_eq(vm, &Value::Obj(d.clone()), other)?;
    Ok(Value::Bool(if op == cmpop::EQ { e } else { !e }))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__eq__", cmpop::EQ)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__ne__", cmpop::NE)
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::tuple::generic_alias_of(vm, args)
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let ty = vm.types.dict.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", dict_init),
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("popitem", popitem),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__len__", dunder_len),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
    ];
    vm.add_methods(&ty, "dict", methods);
    vm.add_builtin(&ty, "dict", "__new__", dict_new, BuiltinKind::StaticMethod);
    vm.add_builtin(&ty, "dict", "fromkeys", fromkeys, BuiltinKind::ClassMethod);
    vm.add_builtin(
        &ty,
        "dict",
        "__class_getitem__",
        class_getitem,
        BuiltinKind::ClassMethod,
    );
    vm.set_type_attr(&ty, "__hash__", Value::None);
    views::register(vm);
}
