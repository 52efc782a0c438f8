//! `set` and `frozenset` methods: constructors, the mutating methods (`add`, `discard`,
//! `remove`, `pop`, `update` and the `*_update` forms), the algebra (`union`,
//! `intersection`, ...; see `set/algebra.rs`), operators, comparisons, hashing and repr.
//!
//! Methods shared by both types are generic over `FROZEN`, so their messages name the right
//! type (`set.union() takes no keyword arguments`, `frozenset.union() ...`).

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::seqops::args as a;
use crate::objects::set::algebra;
use crate::objects::set::{
    frozenset_hash, is_frozen, lookup_hash, set_add, set_contains, set_discard_hashed,
};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn owner(frozen: bool) -> &'static str {
    if frozen {
        "frozenset"
    } else {
        "set"
    }
}

fn this<'a, const FROZEN: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    let ok = |v: &Value| match v {
        Value::Obj(o) => matches!(o.payload, Payload::Set(_)) && is_frozen(vm, o) == FROZEN,
        _ => false,
    };
    match args.args.first() {
        Some(v) if ok(v) => Ok(v.as_obj().expect("checked")),
        _ => a::self_of(vm, args, owner(FROZEN), name, |_| false),
    }
}

fn len(o: &PyRef) -> usize {
    match &o.payload {
        Payload::Set(t) => t.borrow().len(),
        _ => 0,
    }
}

fn qual(frozen: bool, name: &str) -> String {
    format!("{}.{name}", owner(frozen))
}

// ---- constructors ----

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let set_ty = vm.types.set.clone();
    let cls = a::new_cls(vm, &args, &set_ty)?;
    let s = a::alloc(vm, cls, Payload::Set(Default::default()));
    if a::is_exact(cls, &set_ty) {
        a::no_kw(vm, &args, "set")?;
        let r = a::rest(&args);
        a::check_count(vm, "set", r.len(), 0, 1)?;
        if let Some(it) = r.first() {
            algebra::update(vm, &s, it)?;
        }
    }
    Ok(Value::Obj(s))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "__init__")?;
    a::no_kw(vm, &args, "set")?;
    let r = a::rest(&args);
    a::check_count(vm, "set", r.len(), 0, 1)?;
    if let Payload::Set(t) = &s.payload {
        let old = std::mem::take(&mut *t.borrow_mut());
        drop(old);
    }
    if let Some(it) = r.first() {
        algebra::update(vm, s, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fs_ty = vm.types.frozenset.clone();
    let cls = a::new_cls(vm, &args, &fs_ty)?;
    a::no_kw(vm, &args, "frozenset")?;
    let r = a::rest(&args);
    a::check_count(vm, "frozenset", r.len(), 0, 1)?;
    let exact = a::is_exact(cls, &fs_ty);
    if let (true, Some(Value::Obj(o))) = (exact, r.first()) {
        if matches!(o.payload, Payload::Set(_)) && PyRef::ptr_eq(&o.type_ref(), &fs_ty) {
            return Ok(r[0].clone());
        }
    }
    let s = a::alloc(vm, cls, Payload::Set(Default::default()));
    if let Some(it) = r.first() {
        algebra::update(vm, &s, it)?;
    }
    Ok(Value::Obj(s))
}

// ---- mutating methods (set only) ----

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "add")?;
    let v = a::one_arg(vm, &args, "set.add")?;
    set_add(vm, s, v.clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "discard")?;
    let v = a::one_arg(vm, &args, "set.discard")?;
    let h = lookup_hash(vm, v)?;
    set_discard_hashed(vm, s, v, h)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "remove")?;
    let v = a::one_arg(vm, &args, "set.remove")?;
    let h = lookup_hash(vm, v)?;
    if !set_discard_hashed(vm, s, v, h)? {
        return Err(vm.key_error(v.clone()));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "pop")?;
    a::no_args(vm, &args, "set.pop")?;
    let Payload::Set(t) = &s.payload else {
        unreachable!()
    };
    let v = t.borrow_mut().pop_first();
    match v {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "clear")?;
    a::no_args(vm, &args, "set.clear")?;
    let Payload::Set(t) = &s.payload else {
        unreachable!()
    };
    let old = std::mem::take(&mut *t.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "update")?;
    a::no_kw(vm, &args, "set.update")?;
    for o in a::rest(&args) {
        algebra::update(vm, s, o)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "intersection_update")?;
    a::no_kw(vm, &args, "set.intersection_update")?;
    let r = algebra::intersection_multi(vm, s, a::rest(&args))?;
    algebra::swap_bodies(s, &r);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "difference_update")?;
    a::no_kw(vm, &args, "set.difference_update")?;
    for o in a::rest(&args) {
        algebra::difference_update(vm, s, o)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<false>(vm, &args, "symmetric_difference_update")?;
    let o = a::one_arg(vm, &args, "set.symmetric_difference_update")?;
    algebra::symmetric_difference_update(vm, s, o)?;
    Ok(Value::None)
}

/// In-place operators: the other operand must be a set or frozenset.
fn inplace(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let s = this::<false>(vm, &args, name)?;
    let o = a::one_arg(vm, &args, &qual(false, name))?;
    if !matches!(o.payload(), Some(Payload::Set(_))) {
        return Ok(vm.not_implemented());
    }
    algebra::set_inplace(vm, &Value::Obj(s.clone()), o, op)?;
    Ok(Value::Obj(s.clone()))
}

fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ior__", binop::OR)
}
fn iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__iand__", binop::AND)
}
fn isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__isub__", binop::SUBTRACT)
}
fn ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ixor__", binop::XOR)
}

// ---- methods of both types ----

fn copy<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "copy")?;
    a::no_args(vm, &args, &qual(F, "copy"))?;
    if F && PyRef::ptr_eq(&s.type_ref(), &vm.types.frozenset) {
        return Ok(Value::Obj(s.clone()));
    }
    Ok(Value::Obj(algebra::copy(vm, s)?))
}

fn union<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "union")?;
    a::no_kw(vm, &args, &qual(F, "union"))?;
    let r = algebra::copy(vm, s)?;
    for o in a::rest(&args) {
        if !o.as_obj().is_some_and(|x| PyRef::ptr_eq(x, s)) {
            algebra::update(vm, &r, o)?;
        }
    }
    Ok(Value::Obj(r))
}

fn intersection<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "intersection")?;
    a::no_kw(vm, &args, &qual(F, "intersection"))?;
    Ok(Value::Obj(algebra::intersection_multi(
        vm,
        s,
        a::rest(&args),
    )?))
}

fn difference<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "difference")?;
    a::no_kw(vm, &args, &qual(F, "difference"))?;
    Ok(Value::Obj(algebra::difference_multi(
        vm,
        s,
        a::rest(&args),
    )?))
}

fn symmetric_difference<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "symmetric_difference")?;
    let o = a::one_arg(vm, &args, &qual(F, "symmetric_difference"))?;
    Ok(Value::Obj(algebra::symmetric_difference(vm, s, o)?))
}

fn issubset<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "issubset")?;
    let o = a::one_arg(vm, &args, &qual(F, "issubset"))?;
    Ok(Value::Bool(algebra::issubset(vm, s, o)?))
}

fn issuperset<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "issuperset")?;
    let o = a::one_arg(vm, &args, &qual(F, "issuperset"))?;
    Ok(Value::Bool(algebra::issuperset(vm, s, o)?))
}

fn isdisjoint<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "isdisjoint")?;
    let o = a::one_arg(vm, &args, &qual(F, "isdisjoint"))?;
    Ok(Value::Bool(algebra::isdisjoint(vm, s, o)?))
}

fn dunder_len<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "__len__")?;
    a::no_args(vm, &args, &qual(F, "__len__"))?;
    Ok(Value::Int(len(s) as i64))
}

fn contains<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "__contains__")?;
    let v = a::one_arg(vm, &args, &qual(F, "__contains__"))?;
    Ok(Value::Bool(set_contains(vm, s, v)?))
}

fn iter<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "__iter__")?;
    a::no_args(vm, &args, &qual(F, "__iter__"))?;
    let n = len(s);
    Ok(new_iter(
        vm,
        IterState::Set {
            set: s.clone(),
            pos: 0,
            len: n,
            left: n,
        },
    ))
}

fn repr<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<F>(vm, &args, "__repr__")?;
    a::no_args(vm, &args, &qual(F, "__repr__"))?;
    let r = crate::objects::seqops::repr::container_repr(vm, s)?;
    Ok(vm.new_str(r))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this::<true>(vm, &args, "__hash__")?;
    a::no_args(vm, &args, "frozenset.__hash__")?;
    let Payload::Set(t) = &s.payload else {
        unreachable!()
    };
    let h = frozenset_hash(&t.borrow());
    Ok(Value::Int(h))
}

fn binop_method<const F: bool>(
    vm: &mut Vm,
    args: Args,
    name: &str,
    op: u32,
    reflected: bool,
) -> PyResult<Value> {
    let s = this::<F>(vm, &args, name)?;
    let o = a::one_arg(vm, &args, &qual(F, name))?;
    if !matches!(o.payload(), Some(Payload::Set(_))) {
        return Ok(vm.not_implemented());
    }
    let me = Value::Obj(s.clone());
    if reflected {
        algebra::set_binop(vm, o, &me, op)
    } else {
        algebra::set_binop(vm, &me, o, op)
    }
}

fn and<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__and__", binop::AND, false)
}
fn rand<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__rand__", binop::AND, true)
}
fn or<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__or__", binop::OR, false)
}
fn ror<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__ror__", binop::OR, true)
}
fn sub<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__sub__", binop::SUBTRACT, false)
}
fn rsub<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__rsub__", binop::SUBTRACT, true)
}
fn xor<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__xor__", binop::XOR, false)
}
fn rxor<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop_method::<F>(vm, args, "__rxor__", binop::XOR, true)
}

fn rich<const F: bool>(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let s = this::<F>(vm, &args, name)?;
    let o = a::one_arg(vm, &args, &qual(F, name))?;
    Ok(
        match algebra::set_compare(vm, &Value::Obj(s.clone()), o, op)? {
            Some(b) => Value::Bool(b),
            None => vm.not_implemented(),
        },
    )
}

fn lt<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich::<F>(vm, args, "__lt__", cmpop::LT)
}
fn le<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich::<F>(vm, args, "__le__", cmpop::LE)
}
fn eq<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich::<F>(vm, args, "__eq__", cmpop::EQ)
}
fn ne<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich::<F>(vm, args, "__ne__", cmpop::NE)
}
fn gt<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich::<F>(vm, args, "__gt__", cmpop::GT)
}
fn ge<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich::<F>(vm, args, "__ge__", cmpop::GE)
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::tuple::generic_alias_of(vm, args)
}

fn shared<const F: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("copy", copy::<F>),
        ("union", union::<F>),
        ("intersection", intersection::<F>),
        ("difference", difference::<F>),
        ("symmetric_difference", symmetric_difference::<F>),
        ("issubset", issubset::<F>),
        ("issuperset", issuperset::<F>),
        ("isdisjoint", isdisjoint::<F>),
        ("__len__", dunder_len::<F>),
        ("__contains__", contains::<F>),
        ("__iter__", iter::<F>),
        ("__repr__", repr::<F>),
        ("__and__", and::<F>),
        ("__rand__", rand::<F>),
        ("__or__", or::<F>),
        ("__ror__", ror::<F>),
        ("__sub__", sub::<F>),
        ("__rsub__", rsub::<F>),
        ("__xor__", xor::<F>),
        ("__rxor__", rxor::<F>),
        ("__lt__", lt::<F>),
        ("__le__", le::<F>),
        ("__eq__", eq::<F>),
        ("__ne__", ne::<F>),
        ("__gt__", gt::<F>),
        ("__ge__", ge::<F>),
    ]
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let set = vm.types.set.clone();
    vm.add_methods(&set, "set", &shared::<false>());
    let own: &[(&'static str, NativeFn)] = &[
        ("__init__", set_init),
        ("add", add),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
        ("__ior__", ior),
        ("__iand__", iand),
        ("__isub__", isub),
        ("__ixor__", ixor),
    ];
    vm.add_methods(&set, "set", own);
    vm.add_builtin(&set, "set", "__new__", set_new, BuiltinKind::StaticMethod);
    vm.add_builtin(
        &set,
        "set",
        "__class_getitem__",
        class_getitem,
        BuiltinKind::ClassMethod,
    );
    vm.set_type_attr(&set, "__hash__", Value::None);
    let fs = vm.types.frozenset.clone();
    vm.add_methods(&fs, "frozenset", &shared::<true>());
    vm.add_methods(&fs, "frozenset", &[("__hash__", hash)]);
    vm.add_builtin(
        &fs,
        "frozenset",
        "__new__",
        frozenset_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_builtin(
        &fs,
        "frozenset",
        "__class_getitem__",
        class_getitem,
        BuiltinKind::ClassMethod,
    );
}
