//! Dict-level operations that run Python code: equality of values, `dict.update` from a
//! mapping or an iterable of pairs (= `dict_update_arg`, `PyDict_Merge`,
//! `PyDict_MergeFromSeq2`), and the items of dict views.

use crate::object::{Payload, PyRef};
use crate::objects::seqops::args::eq_items;
use crate::value::Value;
use crate::vm::ops::{dict_find, dict_get};
use crate::vm::{Args, PyResult, Vm};

/// `a == b` for two dicts: same keys, equal values.
pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(Payload::Dict(x)), Some(Payload::Dict(y))) = (a.payload(), b.payload()) else {
        return Ok(false);
    };
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    let items: Vec<(Value, Value)> = x
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    let Value::Obj(bo) = b else { return Ok(false) };
    for (k, v) in items {
        match dict_get(vm, bo, &k)? {
            Some(w) => {
                if !eq_items(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `d[key] = value` with the key's hash already known.
pub fn dict_set_hashed(
    vm: &mut Vm,
    d: &PyRef,
    key: Value,
    hash: i64,
    value: Value,
) -> PyResult<()> {
    let Payload::Dict(cell) = &d.payload else {
        return Ok(());
    };
    match dict_find(vm, d, &key, hash)? {
        Some(ix) => {
            let old = cell.borrow_mut().replace_value(ix, value);
            drop(old);
        }
        None => cell.borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// The live entries of a dict object: (key, value, hash).
pub fn dict_entries(d: &PyRef) -> Vec<(Value, Value, i64)> {
    match &d.payload {
        Payload::Dict(c) => c
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone(), e.hash))
            .collect(),
        _ => Vec::new(),
    }
}

/// The items of a dict view: keys (0), values (1) or `(key, value)` tuples (2).
pub fn view_items(vm: &Vm, dict: &PyRef, kind: u8) -> Vec<Value> {
    let Payload::Dict(d) = &dict.payload else {
        return Vec::new();
    };
    let d = d.borrow();
    d.iter()
        .map(|e| match kind {
            0 => e.key.clone(),
            1 => e.value.clone(),
            _ => vm.new_tuple(vec![e.key.clone(), e.value.clone()]),
        })
        .collect()
}

/// Whether `b` is a dict whose iteration is the built-in one (merging may read its table).
fn iterates_natively(vm: &mut Vm, b: &Value) -> bool {
    let Value::Obj(o) = b else { return false };
    if !matches!(o.payload, Payload::Dict(_)) {
        return false;
    }
    if !o.type_data().is_heap() {
        return true;
    }
    matches!(vm.lookup_special(b, "__iter__"), Some(f) if vm.is_builtin_of(&f, "dict"))
}

/// `a.update(b)` for a mapping `b` (= `PyDict_Merge` with override).
pub fn dict_merge(vm: &mut Vm, a: &PyRef, b: &Value) -> PyResult<()> {
    if iterates_natively(vm, b) {
        let Value::Obj(bo) = b else { unreachable!() };
        if PyRef::ptr_eq(a, bo) {
            return Ok(());
        }
        let Payload::Dict(bc) = &bo.payload else {
            unreachable!()
        };
        let mut pos = 0;
        let orig = bc.borrow().entries.len();
        loop {
            let next = bc
                .borrow()
                .entry_from(pos)
                .map(|(n, e)| (n, e.key.clone(), e.value.clone(), e.hash));
            let Some((n, k, v, h)) = next else { break };
            pos = n;
            dict_set_hashed(vm, a, k, h, v)?;
            if bc.borrow().entries.len() != orig {
                return Err(
                    vm.new_error(&vm.exc.runtime_error.clone(), "dict mutated during update")
                );
            }
        }
        return Ok(());
    }
    let keys = vm.call_method(b, "keys", &[])?;
    let it = match vm.get_iter(&keys) {
        Ok(it) => it,
        Err(_) => {
            return Err(vm.type_error(&format!(
                "{}.keys() returned a non-iterable (type {})",
                vm.type_name(b),
                vm.type_name(&keys)
            )));
        }
    };
    while let Some(k) = vm.iter_next(&it)? {
        let v = vm.getitem(b, &k)?;
        crate::vm::ops::dict_set(vm, a, k, v)?;
    }
    Ok(())
}

/// `a.update(seq)` for an iterable of pairs (= `PyDict_MergeFromSeq2`).
pub fn dict_merge_seq2(vm: &mut Vm, a: &PyRef, seq: &Value) -> PyResult<()> {
    let it = vm.get_iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = vm.iter_next(&it)? {
        let pair = match item.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => match vm.collect_iter(&item) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                    return Err(vm.type_error(&format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        if pair.len() != 2 {
            return Err(vm.value_error(&format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (
            pair.next().expect("two items"),
            pair.next().expect("two items"),
        );
        crate::vm::ops::dict_set(vm, a, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `a.update(arg)`: a dict, anything with `keys()`, or an iterable of pairs
/// (= `dict_update_arg`).
pub fn dict_update_arg(vm: &mut Vm, a: &PyRef, arg: &Value) -> PyResult<()> {
    if let Value::Obj(o) = arg {
        if matches!(o.payload, Payload::Dict(_)) && !o.type_data().is_heap() {
            return dict_merge(vm, a, arg);
        }
    }
    if vm.getattr_opt_str(arg, "keys")?.is_some() {
        return dict_merge(vm, a, arg);
    }
    dict_merge_seq2(vm, a, arg)
}

/// `d.update(*args, **kwargs)` / `dict.__init__`: at most one positional argument, then the
/// keyword arguments.
pub fn dict_update_common(vm: &mut Vm, d: &PyRef, args: Args, name: &str) -> PyResult<()> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(&format!(
            "{name} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(a) = pos.first() {
        dict_update_arg(vm, d, a)?;
    }
    for (k, v) in args.kw() {
        let key = vm.new_str(k);
        crate::vm::ops::dict_set(vm, d, key, v.clone())?;
    }
    Ok(())
}
