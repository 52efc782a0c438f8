//! Set algebra with CPython 3.11's algorithms (`Objects/setobject.c`): union, intersection,
//! difference and symmetric difference, their in-place forms, and the subset tests.
//!
//! The algorithms matter beyond their results: which operand is iterated, which table is
//! copied and when a table is resized decide the iteration order of the result, which
//! programs print. Each function names the CPython function it follows. Entries are
//! snapshotted before Python code (`__eq__`, `__hash__`, iteration) runs, so no borrow is
//! ever held across a call.

use std::cell::RefCell;

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::{Obj, Payload, PyRef};
use crate::objects::set::{
    is_frozen, set_add, set_add_hashed, set_contains_hashed, set_discard_hashed, set_entries,
    SetTable,
};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn table(o: &Obj) -> &RefCell<SetTable> {
    match &o.payload {
        Payload::Set(t) => t,
        _ => unreachable!("set algebra on a non-set"),
    }
}

fn len(o: &Obj) -> usize {
    table(o).borrow().len()
}

fn is_set(v: &Value) -> Option<&PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_)) => Some(o),
        _ => None,
    }
}

fn exact_dict(v: &Value) -> Option<&PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && !o.type_data().is_heap() => {
            Some(o)
        }
        _ => None,
    }
}

/// A new empty set whose type is the built-in base of `like`'s type (= `make_new_set_basetype`).
pub fn new_base_like(vm: &Vm, like: &Obj) -> PyRef {
    let ty = if is_frozen(vm, like) {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    };
    PyRef::new(&ty, Payload::Set(Default::default()))
}

/// Adds every entry of set `other` to `so` (= `set_merge`).
pub fn merge(vm: &mut Vm, so: &PyRef, other: &Obj) -> PyResult<()> {
    if std::ptr::eq(&**so, other) || len(other) == 0 {
        return Ok(());
    }
    {
        let src = table(other).borrow();
        let mut t = table(so).borrow_mut();
        if (t.fill() + src.len()) * 5 >= t.mask() * 3 {
            let n = (t.len() + src.len()) * 2;
            t.resize(n);
        }
        if t.fill() == 0 && t.mask() == src.mask() && src.fill() == src.len() {
            t.copy_slots_from(&src);
            return Ok(());
        }
        if t.fill() == 0 {
            for (h, k) in src.iter() {
                t.insert_clean(h, k.clone());
            }
            return Ok(());
        }
    }
    for (h, k) in set_entries(other) {
        set_add_hashed(vm, so, k, h)?;
    }
    Ok(())
}

/// `so |= other` for any iterable (= `set_update_internal`).
pub fn update(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<()> {
    if let Some(o) = is_set(other) {
        return merge(vm, so, o);
    }
    if let Some(d) = exact_dict(other) {
        let entries = crate::objects::dictobj::dict_entries(d);
        {
            let mut t = table(so).borrow_mut();
            if (t.fill() + entries.len()) * 5 >= t.mask() * 3 {
                let n = (t.len() + entries.len()) * 2;
                t.resize(n);
            }
        }
        for (k, _, h) in entries {
            set_add_hashed(vm, so, k, h)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        set_add(vm, so, k)?;
    }
    Ok(())
}

/// A copy of `so` with its built-in base type (= `set_copy`).
pub fn copy(vm: &mut Vm, so: &PyRef) -> PyResult<PyRef> {
    let r = new_base_like(vm, so);
    merge(vm, &r, so)?;
    Ok(r)
}

/// `so & other` (= `set_intersection`).
pub fn intersection(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<PyRef> {
    if let Some(o) = is_set(other) {
        if PyRef::ptr_eq(so, o) {
            return copy(vm, so);
        }
    }
    let result = new_base_like(vm, so);
    if let Some(o) = is_set(other) {
        let (big, small) = if len(o) > len(so) { (o, so) } else { (so, o) };
        for (h, k) in set_entries(small) {
            if set_contains_hashed(vm, big, &k, h)? {
                set_add_hashed(vm, &result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        let h = vm.hash(&k)?;
        if set_contains_hashed(vm, so, &k, h)? {
            set_add_hashed(vm, &result, k, h)?;
        }
    }
    Ok(result)
}

/// `so.intersection(*others)` (= `set_intersection_multi`).
pub fn intersection_multi(vm: &mut Vm, so: &PyRef, others: &[Value]) -> PyResult<PyRef> {
    if others.is_empty() {
        return copy(vm, so);
    }
    let mut result = so.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

/// Exchanges the contents of two sets (= `set_swap_bodies`).
pub fn swap_bodies(a: &Obj, b: &Obj) {
    table(a).swap(table(b));
}

/// `so -= other` (= `set_difference_update_internal`).
pub fn difference_update(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<()> {
    if let Some(o) = is_set(other) {
        if PyRef::ptr_eq(so, o) {
            let old = std::mem::take(&mut *table(so).borrow_mut());
            drop(old);
            return Ok(());
        }
        let o = if (len(o) >> 3) > len(so) {
            intersection(vm, so, other)?
        } else {
            o.clone()
        };
        for (h, k) in set_entries(&o) {
            set_discard_hashed(vm, so, &k, h)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.iter_next(&it)? {
            let h = vm.hash(&k)?;
            set_discard_hashed(vm, so, &k, h)?;
        }
    }
    table(so).borrow_mut().shrink_dummies();
    Ok(())
}

/// `so - other` (= `set_difference`).
pub fn difference(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<PyRef> {
    let other_size = match (is_set(other), exact_dict(other)) {
        (Some(o), _) => Some(len(o)),
        (_, Some(d)) => Some(crate::objects::dictobj::dict_entries(d).len()),
        _ => None,
    };
    let copy_and_difference = |vm: &mut Vm| -> PyResult<PyRef> {
        let r = copy(vm, so)?;
        difference_update(vm, &r, other)?;
        Ok(r)
    };
    let Some(other_size) = other_size else {
        return copy_and_difference(vm);
    };
    if (len(so) >> 2) > other_size {
        return copy_and_difference(vm);
    }
    let result = new_base_like(vm, so);
    for (h, k) in set_entries(so) {
        let present = match (is_set(other), exact_dict(other)) {
            (Some(o), _) => set_contains_hashed(vm, o, &k, h)?,
            (_, Some(d)) => crate::vm::ops::dict_find(vm, d, &k, h)?.is_some(),
            _ => false,
        };
        if !present {
            set_add_hashed(vm, &result, k, h)?;
        }
    }
    Ok(result)
}

/// `so.difference(*others)` (= `set_difference_multi`).
pub fn difference_multi(vm: &mut Vm, so: &PyRef, others: &[Value]) -> PyResult<PyRef> {
    let Some((first, rest)) = others.split_first() else {
        return copy(vm, so);
    };
    let result = difference(vm, so, first)?;
    for o in rest {
        difference_update(vm, &result, o)?;
    }
    Ok(result)
}

/// `so ^= other` (= `set_symmetric_difference_update`).
pub fn symmetric_difference_update(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<()> {
    let entries: Vec<(i64, Value)> = if let Some(d) = exact_dict(other) {
        crate::objects::dictobj::dict_entries(d)
            .into_iter()
            .map(|(k, _, h)| (h, k))
            .collect()
    } else if let Some(o) = is_set(other) {
        if PyRef::ptr_eq(so, o) {
            let old = std::mem::take(&mut *table(so).borrow_mut());
            drop(old);
            return Ok(());
        }
        set_entries(o)
    } else {
        let tmp = new_base_like(vm, so);
        update(vm, &tmp, other)?;
        set_entries(&tmp)
    };
    for (h, k) in entries {
        if !set_discard_hashed(vm, so, &k, h)? {
            set_add_hashed(vm, so, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other` (= `set_symmetric_difference`).
pub fn symmetric_difference(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<PyRef> {
    let result = new_base_like(vm, so);
    update(vm, &result, other)?;
    symmetric_difference_update(vm, &result, &Value::Obj(so.clone()))?;
    Ok(result)
}

/// `so <= other` (= `set_issubset`).
pub fn issubset(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<bool> {
    let o = match is_set(other) {
        Some(o) => o.clone(),
        None => {
            let t = PyRef::new(&vm.types.set, Payload::Set(Default::default()));
            update(vm, &t, other)?;
            t
        }
    };
    if len(so) > len(&o) {
        return Ok(false);
    }
    for (h, k) in set_entries(so) {
        if !set_contains_hashed(vm, &o, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so >= other` (= `set_issuperset`).
pub fn issuperset(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<bool> {
    if let Some(o) = is_set(other) {
        return issubset(vm, o, &Value::Obj(so.clone()));
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        let h = vm.hash(&k)?;
        if !set_contains_hashed(vm, so, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so.isdisjoint(other)` (= `set_isdisjoint`).
pub fn isdisjoint(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<bool> {
    if let Some(o) = is_set(other) {
        if PyRef::ptr_eq(so, o) {
            return Ok(len(so) == 0);
        }
        let (big, small) = if len(o) > len(so) { (o, so) } else { (so, o) };
        for (h, k) in set_entries(small) {
            if set_contains_hashed(vm, big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        let h = vm.hash(&k)?;
        if set_contains_hashed(vm, so, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` for two sets (`|`, `&`, `-`, `^`); the result has `a`'s built-in base type.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let (Some(ao), Some(_)) = (is_set(a), is_set(b)) else {
        return Ok(vm.not_implemented());
    };
    let r = match op {
        binop::OR => {
            let r = copy(vm, ao)?;
            update(vm, &r, b)?;
            r
        }
        binop::AND => intersection(vm, ao, b)?,
        binop::SUBTRACT => difference(vm, ao, b)?,
        _ => symmetric_difference(vm, ao, b)?,
    };
    Ok(Value::Obj(r))
}

/// `a op= b` for a set `a` and a set `b`, in place (`|=`, `&=`, `-=`, `^=`).
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<()> {
    let Some(ao) = is_set(a) else { return Ok(()) };
    match op {
        binop::OR => update(vm, ao, b),
        binop::AND => {
            let r = intersection(vm, ao, b)?;
            swap_bodies(ao, &r);
            Ok(())
        }
        binop::SUBTRACT => difference_update(vm, ao, b),
        _ => symmetric_difference_update(vm, ao, b),
    }
}

/// Rich comparison of set `a` with `b` (= `set_richcompare`); None when `b` is not a set.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    let (Some(ao), Some(bo)) = (is_set(a), is_set(b)) else {
        return Ok(None);
    };
    let (la, lb) = (len(ao), len(bo));
    Ok(Some(match op {
        cmpop::EQ => la == lb && issubset(vm, ao, b)?,
        cmpop::NE => !(la == lb && issubset(vm, ao, b)?),
        cmpop::LE => issubset(vm, ao, b)?,
        cmpop::GE => issuperset(vm, ao, b)?,
        cmpop::LT => la < lb && issubset(vm, ao, b)?,
        _ => la > lb && issuperset(vm, ao, b)?,
    }))
}
