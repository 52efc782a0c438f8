//! Weak references (= CPython's `Objects/weakrefobject.c`) and the `_weakref` module.
//!
//! A weak reference is an object of type `weakref.ReferenceType` whose payload is a
//! [`WeakData`]: an uncounted pointer to the referent, the callback, and the cached hash.
//! The object header has no weak-list field; instead a per-thread side table maps a referent's
//! address to the weak reference objects pointing at it, and the referent's header carries
//! [`FLAG_WEAKREFS`] so the dealloc path only consults the table for objects that have weak
//! references. Invariants:
//! - an entry in the table names live weak reference objects only: a weak reference removes
//!   itself when it is freed (`Drop for WeakData`);
//! - a referent is in the table only while its flag is set; [`clear_weakrefs`] (called by
//!   `object::dealloc` just before freeing, and by the cycle collector before finalizers run)
//!   removes the entry, nulls every `target`, and queues the callbacks;
//! - callbacks never run inside a dealloc: they are queued and run by the interpreter at the
//!   next instruction boundary (`Vm::run_pending_finalizers`), in CPython's order (the list
//!   keeps the plain reference first and callback references newest first).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;

use crate::object::{Obj, Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{Layout, TF_CUSTOM_EQ};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Header flag: the object has entries in the weak reference table.
pub const FLAG_WEAKREFS: u32 = 8;

/// The state of one weak reference object.
pub struct WeakData {
    /// The referent; `None` once it died.
    target: Cell<Option<NonNull<Obj>>>,
    callback: RefCell<Value>,
    hash: Cell<Option<i64>>,
    /// The weak reference object holding this data (uncounted; identity only).
    owner: Cell<*const Obj>,
}

impl Drop for WeakData {
    fn drop(&mut self) {
        if let Some(t) = self.target.get() {
            let me = self.owner.get();
            TABLE.with(|tb| {
                let mut tb = tb.borrow_mut();
                let key = t.as_ptr() as usize;
                if let Some(list) = tb.get_mut(&key) {
                    list.retain(|&p| p != me);
                    if list.is_empty() {
                        tb.remove(&key);
                        // SAFETY: a weak reference with a target means the referent is alive
                        // (its death nulls every target before it is freed).
                        let o = unsafe { t.as_ref() };
                        o.flags.set(o.flags.get() & !FLAG_WEAKREFS);
                    }
                }
            });
        }
    }
}

crate::gil_local! {
    /// Referent address → weak reference objects (uncounted), in CPython's list order.
    static TABLE: RefCell<HashMap<usize, Vec<*const Obj>>> = RefCell::new(HashMap::new());
    /// Callbacks of weak references whose referent died: (weak reference, callback).
    static PENDING: RefCell<Vec<(PyRef, Value)>> = const { RefCell::new(Vec::new()) };
}

fn data_of(o: &Obj) -> Option<std::cell::Ref<'_, WeakData>> {
    match &o.payload {
        Payload::Native(n) => std::cell::Ref::filter_map(n.borrow(), |b| b.downcast_ref()).ok(),
        _ => None,
    }
}

/// Nulls every weak reference to `obj` and queues their callbacks. With `skip`, weak references
/// for which `skip` is true (themselves garbage in a cycle collection) get no callback.
pub fn clear_weakrefs(obj: &Obj, skip: Option<&dyn Fn(*const Obj) -> bool>) {
    obj.flags.set(obj.flags.get() & !FLAG_WEAKREFS);
    let list = TABLE.with(|tb| tb.borrow_mut().remove(&(obj as *const Obj as usize)));
    let Some(list) = list else { return };
    let mut queued = Vec::new();
    for p in list {
        // SAFETY: entries of the table are live weak reference objects (see module doc).
        let wr = unsafe { &*p };
        let Some(d) = data_of(wr) else { continue };
        d.target.set(None);
        let cb = d.callback.replace(Value::None);
        drop(d);
        if matches!(cb, Value::None) || skip.is_some_and(|s| s(p)) || wr.refcnt.get() == 0 {
            continue;
        }
        queued.push((PyRef::from_obj(wr), cb));
    }
    if !queued.is_empty() {
        PENDING.with(|q| q.borrow_mut().extend(queued));
        crate::object::request_service();
    }
}

/// Takes the queued weak reference callbacks.
pub fn take_pending_callbacks() -> Vec<(PyRef, Value)> {
    PENDING.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// Whether `v` supports weak references (CPython: the type has a weak list offset).
pub fn weakrefable(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.payload {
        Payload::Type(_)
        | Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::Method { .. }
        | Payload::Set(_)
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::Module { .. } => true,
        _ => heap_type_has_weaklist(o.ty()),
    }
}

/// A user class has a weak list unless every class it defines declares `__slots__` without
/// `__weakref__`, or its built-in base is variable-sized (int, tuple, bytes).
fn heap_type_has_weaklist(ty: &Obj) -> bool {
    let td = ty.type_data_of_self();
    if !td.is_heap()
        || matches!(
            td.layout,
            Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes
        )
    {
        return false;
    }
    for c in td.mro.borrow().iter() {
        let cd = c.type_data_of_self();
        if !cd.is_heap() {
            continue;
        }
        match &*cd.slots.borrow() {
            None => return true,
            Some(s) if s.iter().any(|n| n == "__weakref__") => return true,
            Some(_) => {}
        }
    }
    false
}

fn weak_list(o: &Obj) -> Vec<PyRef> {
    TABLE.with(|tb| {
        tb.borrow()
            .get(&(o as *const Obj as usize))
            .map(|l| {
                l.iter()
                    // SAFETY: table entries are live weak reference objects.
                    .map(|&p| PyRef::from_obj(unsafe { &*p }))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// `weakref.ref(obj, callback=None)`.
fn ref_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let ty = match pos.first() {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => t.clone(),
        _ => return Err(vm.type_error("ReferenceType.__new__(X): X is not a type object")),
    };
    if pos.len() < 2 || pos.len() > 3 || !a.kwnames.is_empty() {
        return Err(vm.type_error(&format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let obj = pos[1].clone();
    let callback = pos.get(2).cloned().unwrap_or(Value::None);
    if !weakrefable(&obj) {
        return Err(vm.type_error(&format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(&obj)
        )));
    }
    let Value::Obj(target) = &obj else {
        unreachable!()
    };
    // `ReferenceType` is not subclassable here, so `ty` is always the exact type.
    let exact = true;
    let existing = weak_list(target);
    // A plain reference (no callback, exact type) is shared, as in CPython.
    let basic = existing.iter().position(|w| {
        PyRef::ptr_eq(&w.type_ref(), &ty)
            && data_of(w).is_some_and(|d| matches!(*d.callback.borrow(), Value::None))
    });
    if matches!(callback, Value::None) && exact {
        if let Some(i) = basic {
            return Ok(Value::Obj(existing[i].clone()));
        }
    }
    let wr = PyRef::new(
        &ty,
        Payload::Native(RefCell::new(Box::new(WeakData {
            target: Cell::new(Some(NonNull::from(&**target))),
            callback: RefCell::new(callback.clone()),
            hash: Cell::new(None),
            owner: Cell::new(std::ptr::null()),
        }))),
    );
    if let Some(d) = data_of(&wr) {
        d.owner.set(wr.as_ptr());
    }
    let key = target.as_ptr() as usize;
    let basic_now = basic.is_some() as usize;
    TABLE.with(|tb| {
        let mut tb = tb.borrow_mut();
        let list = tb.entry(key).or_default();
        if matches!(callback, Value::None) && exact {
            list.insert(0, wr.as_ptr());
        } else {
            list.insert(basic_now.min(list.len()), wr.as_ptr());
        }
    });
    target.flags.set(target.flags.get() | FLAG_WEAKREFS);
    Ok(Value::Obj(wr))
}

fn self_data<'a>(vm: &Vm, a: &'a Args, what: &str) -> PyResult<std::cell::Ref<'a, WeakData>> {
    match a.args.first() {
        Some(Value::Obj(o)) => match data_of(o) {
            Some(d) => Ok(d),
            None => Err(vm.type_error(&format!("descriptor '{what}' requires a weakref object"))),
        },
        _ => Err(vm.type_error(&format!("descriptor '{what}' requires a weakref object"))),
    }
}

/// The referent of a weak reference, if it is alive.
pub fn referent(v: &Value) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    let d = data_of(o)?;
    let t = d.target.get()?;
    // SAFETY: a non-null target is alive (its death nulls the target before freeing).
    Some(Value::Obj(PyRef::from_obj(unsafe { t.as_ref() })))
}

fn ref_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.args.len() != 1 {
        return Err(vm.type_error(&format!(
            "weakref() takes exactly 0 arguments ({} given)",
            a.args.len().saturating_sub(1)
        )));
    }
    drop(self_data(vm, &a, "__call__")?);
    Ok(referent(&a.args[0]).unwrap_or(Value::None))
}

fn ref_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a, "__hash__")?;
    if let Some(h) = d.hash.get() {
        return Ok(Value::Int(h));
    }
    drop(d);
    let Some(t) = referent(&a.args[0]) else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&t)?;
    if let Some(d) = a.args.first().and_then(|v| match v {
        Value::Obj(o) => data_of(o),
        _ => None,
    }) {
        d.hash.set(Some(h));
    }
    Ok(Value::Int(h))
}

fn is_weakref(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if data_of(o).is_some())
}

fn ref_compare(vm: &mut Vm, a: &Args) -> PyResult<Option<bool>> {
    drop(self_data(vm, a, "__eq__")?);
    let (x, y) = (&a.args[0], a.args.get(1).cloned().unwrap_or(Value::None));
    if !is_weakref(&y) {
        return Ok(None);
    }
    match (referent(x), referent(&y)) {
        (Some(p), Some(q)) => Ok(Some(vm.eq(&p, &q)?)),
        _ => Ok(Some(
            matches!((x, &y), (Value::Obj(p), Value::Obj(q)) if PyRef::ptr_eq(p, q)),
        )),
    }
}

fn ref_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &a)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn ref_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &a)? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented(),
    })
}

fn ref_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    drop(self_data(vm, &a, "__repr__")?);
    let me = match &a.args[0] {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    let s = match referent(&a.args[0]) {
        None => format!("<weakref at {me:#x}; dead>"),
        Some(t) => {
            let addr = match &t {
                Value::Obj(o) => o.addr(),
                _ => 0,
            };
            format!(
                "<weakref at {me:#x}; to '{}' at {addr:#x}>",
                vm.type_name(&t)
            )
        }
    };
    Ok(vm.new_str(s))
}

fn ref_callback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_data(vm, &a, "__callback__")?;
    let cb = d.callback.borrow().clone();
    Ok(cb)
}

fn getweakrefcount(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "getweakrefcount", 1)?;
    Ok(match &a.args[0] {
        Value::Obj(o) => Value::Int(weak_list(o).len() as i64),
        _ => Value::Int(0),
    })
}

fn getweakrefs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "getweakrefs", 1)?;
    let items = match &a.args[0] {
        Value::Obj(o) => weak_list(o).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(items))
}

/// Builds the `_weakref` module (`ref`, `getweakrefcount`, `getweakrefs`).
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("_weakref");
    let object = vm.types.object.clone();
    let t = vm.new_builtin_type("ReferenceType", &object, Layout::Internal, TF_CUSTOM_EQ);
    vm.add_builtin(&t, "weakref", "__new__", ref_new, BuiltinKind::StaticMethod);
    vm.add_methods(
        &t,
        "weakref",
        &[
            ("__call__", ref_call),
            ("__hash__", ref_hash),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__repr__", ref_repr),
        ],
    );
    let getter = vm.new_builtin_fn("weakref", "__callback__", ref_callback);
    let p = PyRef::new(
        &vm.types.property,
        Payload::Property {
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        },
    );
    vm.set_type_attr(&t, "__callback__", Value::Obj(p));
    let md = vm.new_str("weakref");
    vm.set_type_attr(&t, "__module__", md);
    vm.module_set(&m, "ref", Value::Obj(t.clone()));
    vm.module_set(&m, "ReferenceType", Value::Obj(t));
    for (name, f) in [
        (
            "getweakrefcount",
            getweakrefcount as crate::objects::function::NativeFn,
        ),
        ("getweakrefs", getweakrefs),
    ] {
        let v = vm.new_builtin_fn("_weakref", name, f);
        vm.module_set(&m, name, v);
    }
    m
}
