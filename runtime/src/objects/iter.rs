//! Built-in iterators: over lists, tuples, ranges, strings, bytes, dicts and sets, the
//! `__getitem__` sequence iterator, `iter(callable, sentinel)`, and `enumerate`, `zip`, `map`,
//! `filter`, `reversed`. No borrow is held while Python code runs.
//!
//! Dict and set iterators keep the size they saw at creation and the number of items left,
//! so mutation during iteration raises CPython's `dictionary changed size during iteration`,
//! `dictionary keys changed during iteration` and `Set changed size during iteration`.

use std::cell::RefCell;

use crate::object::{Obj, Payload, PyRef};
use crate::objects::seqops::args::eq_items;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The state of a built-in iterator.
pub enum IterState {
    List {
        list: PyRef,
        index: usize,
    },
    /// `index` is one past the next item (0 when exhausted).
    ListRev {
        list: PyRef,
        index: usize,
    },
    Tuple {
        tuple: PyRef,
        index: usize,
    },
    /// The next value, the end (exclusive) and the step (the JIT reads and builds these).
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: PyRef,
        byte_pos: usize,
    },
    Bytes {
        b: PyRef,
        index: usize,
    },
    /// Dict keys (0), values (1) or items (2); `len` is the size at creation (mutation check),
    /// `left` the number of items not yet produced.
    Dict {
        dict: PyRef,
        pos: usize,
        kind: u8,
        len: usize,
        left: usize,
    },
    /// Reverse dict iteration: `pos` is one past the next entry position to examine.
    DictRev {
        dict: PyRef,
        pos: usize,
        kind: u8,
        len: usize,
        left: usize,
    },
    Set {
        set: PyRef,
        pos: usize,
        len: usize,
        left: usize,
    },
    /// Old-style sequence iteration through `__getitem__`.
    Seq {
        seq: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `reversed()` over a `__len__`/`__getitem__` sequence.
    Reversed {
        seq: Value,
        index: i64,
    },
    Exhausted,
}

crate::gil_local! {
    /// Iterator types that `Types` has no field for, created by [`init_extra_types`].
    static EXTRA_TYPES: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

/// Names of the extra iterator types, in [`EXTRA_TYPES`] order.
pub const EXTRA_TYPE_NAMES: [&str; 4] = [
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "str_iterator",
];

/// Creates the iterator types `Types` has no field for; returns them for registration.
pub fn init_extra_types(vm: &mut Vm) -> Vec<PyRef> {
    let object = vm.types.object.clone();
    let v: Vec<PyRef> = EXTRA_TYPE_NAMES
        .iter()
        .map(|n| vm.new_builtin_type(n, &object, crate::objects::typeobj::Layout::Internal, 0))
        .collect();
    EXTRA_TYPES.with(|e| *e.borrow_mut() = v.clone());
    v
}

fn extra_type(vm: &Vm, i: usize) -> PyRef {
    EXTRA_TYPES
        .with(|e| e.borrow().get(i).cloned())
        .unwrap_or_else(|| vm.types.seq_iterator.clone())
}

fn dict_len(d: &PyRef) -> usize {
    match &d.payload {
        Payload::Dict(c) => c.borrow().len(),
        _ => 0,
    }
}

impl IterState {
    /// The iterator for a built-in iterable, if `o` is one.
    pub fn for_builtin(vm: &mut Vm, o: &PyRef) -> Option<IterState> {
        let _ = vm;
        Some(match &o.payload {
            Payload::List(_) => IterState::List {
                list: o.clone(),
                index: 0,
            },
            Payload::Tuple(_) => IterState::Tuple {
                tuple: o.clone(),
                index: 0,
            },
            Payload::Range { start, stop, step } => IterState::Range {
                cur: *start,
                stop: *stop,
                step: *step,
            },
            Payload::Str(_) => IterState::Str {
                s: o.clone(),
                byte_pos: 0,
            },
            Payload::Bytes(_) | Payload::ByteArray(_) => IterState::Bytes {
                b: o.clone(),
                index: 0,
            },
            Payload::Dict(d) => {
                let len = d.borrow().len();
                IterState::Dict {
                    dict: o.clone(),
                    pos: 0,
                    kind: 0,
                    len,
                    left: len,
                }
            }
            Payload::DictView { dict, kind } => {
                let len = dict_len(dict);
                IterState::Dict {
                    dict: dict.clone(),
                    pos: 0,
                    kind: *kind,
                    len,
                    left: len,
                }
            }
            Payload::Set(s) => {
                let len = s.borrow().len();
                IterState::Set {
                    set: o.clone(),
                    pos: 0,
                    len,
                    left: len,
                }
            }
            _ => return None,
        })
    }

    /// Reverse iteration over a dict's keys (0), values (1) or items (2).
    pub fn dict_reversed(dict: &PyRef, kind: u8) -> IterState {
        let (len, pos) = match &dict.payload {
            Payload::Dict(c) => {
                let c = c.borrow();
                (c.len(), c.entries.len())
            }
            _ => (0, 0),
        };
        IterState::DictRev {
            dict: dict.clone(),
            pos,
            kind,
            len,
            left: len,
        }
    }

    /// A new iterator object in this state.
    pub fn into_object(self, vm: &Vm) -> PyRef {
        let ty = self.type_for(vm);
        PyRef::new(&ty, Payload::Iter(self.into()))
    }

    /// The type object of this iterator kind.
    pub fn type_for(&self, vm: &Vm) -> PyRef {
        let t = &vm.types;
        match self {
            IterState::List { .. } => t.list_iterator.clone(),
            IterState::ListRev { .. } => t.list_reverseiterator.clone(),
            IterState::Tuple { .. } => t.tuple_iterator.clone(),
            IterState::Range { .. } => t.range_iterator.clone(),
            IterState::Str { s, .. } => match &s.payload {
                Payload::Str(sd) if !sd.is_ascii() => extra_type(vm, 3),
                _ => t.str_iterator.clone(),
            },
            IterState::Bytes { .. } => t.bytes_iterator.clone(),
            IterState::Dict { kind: 0, .. } => t.dict_keyiterator.clone(),
            IterState::Dict { kind: 1, .. } => t.dict_valueiterator.clone(),
            IterState::Dict { .. } => t.dict_itemiterator.clone(),
            IterState::DictRev { kind, .. } => extra_type(vm, (*kind).min(2) as usize),
            IterState::Set { .. } => t.set_iterator.clone(),
            IterState::Seq { .. } | IterState::Exhausted => t.seq_iterator.clone(),
            IterState::Callable { .. } => t.callable_iterator.clone(),
            IterState::Enumerate { .. } => t.enumerate.clone(),
            IterState::Zip { .. } => t.zip.clone(),
            IterState::Map { .. } => t.map.clone(),
            IterState::Filter { .. } => t.filter.clone(),
            IterState::Reversed { .. } => t.reversed.clone(),
        }
    }
}

/// Wraps a state in a new iterator object.
pub fn new_iter(vm: &Vm, st: IterState) -> Value {
    let ty = st.type_for(vm);
    Value::Obj(PyRef::new(&ty, Payload::Iter(RefCell::new(st))))
}

/// Wraps a state in a new iterator object of type `ty` (a subclass of the iterator type).
pub fn new_iter_of(ty: &PyRef, st: IterState) -> Value {
    Value::Obj(PyRef::new(ty, Payload::Iter(RefCell::new(st))))
}

fn dict_changed_size(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error(
        &vm.exc.runtime_error.clone(),
        "dictionary changed size during iteration",
    )
}

fn dict_item(vm: &Vm, kind: u8, k: Value, v: Value) -> Value {
    match kind {
        0 => k,
        1 => v,
        _ => vm.new_tuple(vec![k, v]),
    }
}

/// The next item of a `range` or `list` iterator, advancing it; `None` when it has none (or is
/// of another kind). The eval loop's FOR_ITER calls this inline before the general path.
#[inline(always)]
pub fn step_simple(st: &mut IterState) -> Option<Value> {
    match st {
        IterState::Range { cur, stop, step } => {
            let c = *cur;
            if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                *cur = c.checked_add(*step).unwrap_or(*stop);
                return Some(Value::Int(c));
            }
            None
        }
        IterState::List { list, index } => {
            let Payload::List(l) = &list.payload else {
                return None;
            };
            let v = l.try_borrow().ok()?.get(*index)?.clone();
            *index += 1;
            Some(v)
        }
        _ => None,
    }
}

/// `next()` of a built-in iterator; Ok(None) when exhausted.
pub fn iter_next(vm: &mut Vm, _o: &Obj, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
    // Fast, borrow-only kinds first.
    {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::Range { .. } | IterState::List { .. } => {
                if let Some(v) = step_simple(&mut st) {
                    return Ok(Some(v));
                }
                if matches!(*st, IterState::List { .. }) {
                    drop(std::mem::replace(&mut *st, IterState::Exhausted));
                }
                return Ok(None);
            }
            IterState::ListRev { list, index } => {
                if let Payload::List(l) = &list.payload {
                    let l = l.borrow();
                    if *index > 0 && *index <= l.len() {
                        *index -= 1;
                        return Ok(Some(l[*index].clone()));
                    }
                }
                drop(std::mem::replace(&mut *st, IterState::Exhausted));
                return Ok(None);
            }
            IterState::Tuple { tuple, index } => {
                if let Payload::Tuple(t) = &tuple.payload {
                    if *index < t.len() {
                        let v = t[*index].clone();
                        *index += 1;
                        return Ok(Some(v));
                    }
                }
                drop(std::mem::replace(&mut *st, IterState::Exhausted));
                return Ok(None);
            }
            IterState::Str { s, byte_pos } => {
                let text = s.payload_str();
                if let Some(c) = text[*byte_pos..].chars().next() {
                    *byte_pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    let cs: &str = c.encode_utf8(&mut buf);
                    let cs = cs.to_string();
                    drop(st);
                    return Ok(Some(vm.new_str(cs)));
                }
                return Ok(None);
            }
            IterState::Bytes { b, index } => {
                let byte = match &b.payload {
                    Payload::Bytes(x) => x.get(*index).copied(),
                    Payload::ByteArray(x) => x.borrow().get(*index).copied(),
                    _ => None,
                };
                return Ok(byte.map(|c| {
                    *index += 1;
                    Value::Int(c as i64)
                }));
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
                left,
            } => {
                let Payload::Dict(d) = &dict.payload else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(d);
                    drop(st);
                    return Err(dict_changed_size(vm));
                }
                match d.entry_from(*pos) {
                    Some((next, e)) => {
                        if *left == 0 {
                            drop(d);
                            drop(st);
                            return Err(vm.new_error(
                                &vm.exc.runtime_error.clone(),
                                "dictionary keys changed during iteration",
                            ));
                        }
                        *pos = next;
                        *left -= 1;
                        let (k, v) = (e.key.clone(), e.value.clone());
                        let kind = *kind;
                        drop(d);
                        drop(st);
                        return Ok(Some(dict_item(vm, kind, k, v)));
                    }
                    None => return Ok(None),
                }
            }
            IterState::DictRev {
                dict,
                pos,
                kind,
                len,
                left,
            } => {
                let Payload::Dict(d) = &dict.payload else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(d);
                    drop(st);
                    return Err(dict_changed_size(vm));
                }
                while *pos > 0 {
                    *pos -= 1;
                    if let Some(e) = d.entries.get(*pos) {
                        if !e.key.is_undef() {
                            *left = left.saturating_sub(1);
                            let (k, v) = (e.key.clone(), e.value.clone());
                            let kind = *kind;
                            drop(d);
                            drop(st);
                            return Ok(Some(dict_item(vm, kind, k, v)));
                        }
                    }
                }
                return Ok(None);
            }
            IterState::Set {
                set,
                pos,
                len,
                left,
            } => {
                let Payload::Set(s) = &set.payload else {
                    return Ok(None);
                };
                let s = s.borrow();
                if s.len() != *len {
                    *len = usize::MAX;
                    drop(s);
                    drop(st);
                    return Err(vm.new_error(
                        &vm.exc.runtime_error.clone(),
                        "Set changed size during iteration",
                    ));
                }
                match s.entry_from(*pos) {
                    Some((next, k)) => {
                        *pos = next;
                        *left = left.saturating_sub(1);
                        return Ok(Some(k.clone()));
                    }
                    None => return Ok(None),
                }
            }
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    // Kinds that call back into Python: copy what is needed, release the borrow, call.
    let kind = {
        let st = cell.borrow();
        match &*st {
            IterState::Seq { seq, index } => Kind::Seq(seq.clone(), *index),
            IterState::Reversed { seq, index } => Kind::Reversed(seq.clone(), *index),
            IterState::Callable { func, sentinel } => {
                Kind::Callable(func.clone(), sentinel.clone())
            }
            IterState::Enumerate { it, count } => Kind::Enumerate(it.clone(), count.clone()),
            IterState::Zip { its, strict } => Kind::Zip(its.clone(), *strict),
            IterState::Map { func, its } => Kind::Map(func.clone(), its.clone()),
            IterState::Filter { func, it } => Kind::Filter(func.clone(), it.clone()),
            _ => return Ok(None),
        }
    };
    let exhaust = |cell: &RefCell<IterState>| {
        drop(std::mem::replace(
            &mut *cell.borrow_mut(),
            IterState::Exhausted,
        ))
    };
    let stops = |vm: &Vm, e: &crate::vm::PyErr| {
        vm.err_matches(e, &vm.exc.index_error) || vm.err_matches(e, &vm.exc.stop_iteration)
    };
    match kind {
        Kind::Seq(seq, index) => match vm.getitem(&seq, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::Seq { index, .. } = &mut *cell.borrow_mut() {
                    *index += 1;
                }
                Ok(Some(v))
            }
            Err(e) if stops(vm, &e) => {
                exhaust(cell);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Kind::Reversed(seq, index) => {
            if index < 0 {
                exhaust(cell);
                return Ok(None);
            }
            match vm.getitem(&seq, &Value::Int(index)) {
                Ok(v) => {
                    if let IterState::Reversed { index, .. } = &mut *cell.borrow_mut() {
                        *index -= 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if stops(vm, &e) => {
                    exhaust(cell);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Kind::Callable(func, sentinel) => match vm.call(&func, Args::new(&[])) {
            Ok(v) => {
                if eq_items(vm, &sentinel, &v)? {
                    exhaust(cell);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                exhaust(cell);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Kind::Enumerate(it, count) => match vm.iter_next(&it)? {
            Some(v) => {
                let next = match count {
                    Value::Int(c) if c < i64::MAX => Value::Int(c + 1),
                    _ => {
                        vm.binary_op(&count, &Value::Int(1), crate::bytecode::opcodes::binop::ADD)?
                    }
                };
                if let IterState::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                    *count = next;
                }
                Ok(Some(vm.new_tuple(vec![count, v])))
            }
            None => {
                exhaust(cell);
                Ok(None)
            }
        },
        Kind::Zip(its, strict) => zip_next(vm, cell, its, strict),
        Kind::Map(func, its) => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.iter_next(it)? {
                    Some(v) => args.push(v),
                    None => {
                        exhaust(cell);
                        return Ok(None);
                    }
                }
            }
            vm.call(&func, Args::new(&args)).map(Some)
        }
        Kind::Filter(func, it) => loop {
            match vm.iter_next(&it)? {
                Some(v) => {
                    let keep = if func.is_none()
                        || func
                            .as_obj()
                            .is_some_and(|f| PyRef::ptr_eq(f, &vm.types.bool))
                    {
                        vm.is_true(&v)?
                    } else {
                        let r = vm.call(&func, Args::new(std::slice::from_ref(&v)))?;
                        vm.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => {
                    exhaust(cell);
                    return Ok(None);
                }
            }
        },
    }
}

fn zip_next(
    vm: &mut Vm,
    cell: &RefCell<IterState>,
    its: Vec<Value>,
    strict: bool,
) -> PyResult<Option<Value>> {
    if its.is_empty() {
        return Ok(None);
    }
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    let mut out = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match vm.iter_next(it)? {
            Some(v) => out.push(v),
            None => {
                drop(std::mem::replace(
                    &mut *cell.borrow_mut(),
                    IterState::Exhausted,
                ));
                if strict {
                    if i > 0 {
                        return Err(vm.value_error(&format!(
                            "zip() argument {} is shorter than argument{}{i}",
                            i + 1,
                            plural(i)
                        )));
                    }
                    for (j, other) in its.iter().enumerate().skip(1) {
                        if vm.iter_next(other)?.is_some() {
                            return Err(vm.value_error(&format!(
                                "zip() argument {} is longer than argument{}{j}",
                                j + 1,
                                plural(j)
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vm.new_tuple(out)))
}

enum Kind {
    Seq(Value, i64),
    Reversed(Value, i64),
    Callable(Value, Value),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
}

/// `__length_hint__` of a built-in iterator (remaining items), if cheap.
pub fn length_hint(st: &IterState) -> Option<usize> {
    match st {
        IterState::List { list, index } => match &list.payload {
            Payload::List(l) => Some(l.borrow().len().saturating_sub(*index)),
            _ => None,
        },
        IterState::ListRev { list, index } => match &list.payload {
            Payload::List(l) => Some(if *index <= l.borrow().len() {
                *index
            } else {
                0
            }),
            _ => None,
        },
        IterState::Tuple { tuple, index } => match &tuple.payload {
            Payload::Tuple(t) => Some(t.len().saturating_sub(*index)),
            _ => None,
        },
        IterState::Range { cur, stop, step } => {
            Some(crate::objects::range::range_len(*cur, *stop, *step) as usize)
        }
        IterState::Str { s, byte_pos } => Some(s.payload_str()[*byte_pos..].chars().count()),
        IterState::Bytes { b, index } => Some(match &b.payload {
            Payload::Bytes(x) => x.len().saturating_sub(*index),
            Payload::ByteArray(x) => x.borrow().len().saturating_sub(*index),
            _ => 0,
        }),
        IterState::Dict {
            dict, len, left, ..
        } => Some(if dict_len(dict) == *len { *left } else { 0 }),
        IterState::DictRev {
            dict, len, left, ..
        } => Some(if dict_len(dict) == *len { *left } else { 0 }),
        IterState::Set { set, len, left, .. } => Some(match &set.payload {
            Payload::Set(s) if s.borrow().len() == *len => *left,
            _ => 0,
        }),
        IterState::Exhausted => Some(0),
        _ => None,
    }
}

/// Calls `visit` with every value an iterator state references (for the cycle collector).
pub fn traverse_state(st: &IterState, visit: &mut dyn FnMut(&Value)) {
    match st {
        IterState::List { list: o, .. }
        | IterState::ListRev { list: o, .. }
        | IterState::Tuple { tuple: o, .. }
        | IterState::Dict { dict: o, .. }
        | IterState::DictRev { dict: o, .. }
        | IterState::Set { set: o, .. } => visit(&Value::Obj(o.clone())),
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit(seq),
        IterState::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel);
        }
        IterState::Enumerate { it, count } => {
            visit(it);
            visit(count);
        }
        IterState::Zip { its, .. } => its.iter().for_each(visit),
        IterState::Map { func, its } => {
            visit(func);
            its.iter().for_each(visit);
        }
        IterState::Filter { func, it } => {
            visit(func);
            visit(it);
        }
        IterState::Str { .. }
        | IterState::Bytes { .. }
        | IterState::Range { .. }
        | IterState::Exhausted => {}
    }
}
