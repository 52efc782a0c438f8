//! Built-in iterators: over lists, tuples, ranges, strings, bytes, dicts and sets, the
//! `__getitem__` sequence iterator, `iter(callable, sentinel)`, and `enumerate`, `zip`, `map`,
//! `filter`, `reversed`. No borrow is held while Python code runs.

use std::cell::RefCell;

use crate::object::{Obj, Payload, PyRef};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The state of a built-in iterator.
pub enum IterState {
    List { list: PyRef, index: usize },
    ListRev { list: PyRef, index: usize },
    Tuple { tuple: PyRef, index: usize },
    Range { cur: i64, stop: i64, step: i64 },
    Str { s: PyRef, byte_pos: usize },
    Bytes { b: PyRef, index: usize },
    /// Dict keys (0), values (1) or items (2); `len` is the size at creation (mutation check).
    Dict { dict: PyRef, pos: usize, kind: u8, len: usize },
    Set { set: PyRef, pos: usize, len: usize },
    /// Old-style sequence iteration through `__getitem__`.
    Seq { seq: Value, index: i64 },
    Callable { func: Value, sentinel: Value },
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    /// `reversed()` over a `__len__`/`__getitem__` sequence.
    Reversed { seq: Value, index: i64 },
    Exhausted,
}

impl IterState {
    /// The iterator for a built-in iterable, if `o` is one.
    pub fn for_builtin(vm: &mut Vm, o: &PyRef) -> Option<IterState> {
        Some(match &o.payload {
            Payload::List(_) => IterState::List { list: o.clone(), index: 0 },
            Payload::Tuple(_) => IterState::Tuple { tuple: o.clone(), index: 0 },
            Payload::Range { start, stop, step } => IterState::Range { cur: *start, stop: *stop, step: *step },
            Payload::Str(_) => IterState::Str { s: o.clone(), byte_pos: 0 },
            Payload::Bytes(_) | Payload::ByteArray(_) => IterState::Bytes { b: o.clone(), index: 0 },
            Payload::Dict(d) => IterState::Dict { dict: o.clone(), pos: 0, kind: 0, len: d.borrow().len() },
            Payload::DictView { dict, kind } => {
                let len = match &dict.payload {
                    Payload::Dict(d) => d.borrow().len(),
                    _ => 0,
                };
                IterState::Dict { dict: dict.clone(), pos: 0, kind: *kind, len }
            }
            Payload::Set(s) => IterState::Set { set: o.clone(), pos: 0, len: s.borrow().len() },
            _ => {
                let _ = vm;
                return None;
            }
        })
    }

    /// The type object of this iterator kind.
    pub fn type_for(&self, vm: &Vm) -> PyRef {
        let t = &vm.types;
        match self {
            IterState::List { .. } => t.list_iterator.clone(),
            IterState::ListRev { .. } => t.list_reverseiterator.clone(),
            IterState::Tuple { .. } => t.tuple_iterator.clone(),
            IterState::Range { .. } => t.range_iterator.clone(),
            IterState::Str { .. } => t.str_iterator.clone(),
            IterState::Bytes { .. } => t.bytes_iterator.clone(),
            IterState::Dict { kind: 0, .. } => t.dict_keyiterator.clone(),
            IterState::Dict { kind: 1, .. } => t.dict_valueiterator.clone(),
            IterState::Dict { .. } => t.dict_itemiterator.clone(),
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

/// `next()` of a built-in iterator; Ok(None) when exhausted.
pub fn iter_next(vm: &mut Vm, _o: &Obj, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
    // Fast, borrow-only kinds first.
    {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c.wrapping_add(*step);
                    return Ok(Some(Value::Int(c)));
                }
                return Ok(None);
            }
            IterState::List { list, index } => {
                if let Payload::List(l) = &list.payload {
                    let l = l.borrow();
                    if *index < l.len() {
                        let v = l[*index].clone();
                        *index += 1;
                        return Ok(Some(v));
                    }
                }
                *st = IterState::Exhausted;
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
                *st = IterState::Exhausted;
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
                *st = IterState::Exhausted;
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
            IterState::Dict { dict, pos, kind, len } => {
                let Payload::Dict(d) = &dict.payload else { return Ok(None) };
                let d = d.borrow();
                if d.len() != *len {
                    let changed = d.len();
                    let _ = changed;
                    *len = usize::MAX;
                    drop(d);
                    drop(st);
                    return Err(vm.new_error(&vm.exc.runtime_error.clone(), "dictionary changed size during iteration"));
                }
                match d.entry_from(*pos) {
                    Some((next, e)) => {
                        *pos = next;
                        let (k, v) = (e.key.clone(), e.value.clone());
                        let kind = *kind;
                        drop(d);
                        drop(st);
                        return Ok(Some(match kind {
                            0 => k,
                            1 => v,
                            _ => vm.new_tuple(vec![k, v]),
                        }));
                    }
                    None => return Ok(None),
                }
            }
            IterState::Set { set, pos, len } => {
                let Payload::Set(s) = &set.payload else { return Ok(None) };
                let s = s.borrow();
                if s.len() != *len {
                    drop(s);
                    drop(st);
                    return Err(vm.new_error(&vm.exc.runtime_error.clone(), "Set changed size during iteration"));
                }
                match s.entry_from(*pos) {
                    Some((next, k)) => {
                        *pos = next;
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
            IterState::Callable { func, sentinel } => Kind::Callable(func.clone(), sentinel.clone()),
            IterState::Enumerate { it, count } => Kind::Enumerate(it.clone(), count.clone()),
            IterState::Zip { its, strict } => Kind::Zip(its.clone(), *strict),
            IterState::Map { func, its } => Kind::Map(func.clone(), its.clone()),
            IterState::Filter { func, it } => Kind::Filter(func.clone(), it.clone()),
            _ => return Ok(None),
        }
    };
    let exhaust = |cell: &RefCell<IterState>| *cell.borrow_mut() = IterState::Exhausted;
    match kind {
        Kind::Seq(seq, index) => match vm.getitem(&seq, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::Seq { index, .. } = &mut *cell.borrow_mut() {
                    *index += 1;
                }
                Ok(Some(v))
            }
            Err(e) if vm.err_matches(&e, &vm.exc.index_error.clone()) || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => {
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
                Err(e) if vm.err_matches(&e, &vm.exc.index_error.clone()) => {
                    exhaust(cell);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Kind::Callable(func, sentinel) => {
            let v = vm.call(&func, Args::new(&[]))?;
            if vm.eq(&v, &sentinel)? {
                exhaust(cell);
                return Ok(None);
            }
            Ok(Some(v))
        }
        Kind::Enumerate(it, count) => match vm.iter_next(&it)? {
            Some(v) => {
                let next = vm.binary_op(&count, &Value::Int(1), crate::bytecode::opcodes::binop::ADD)?;
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
        Kind::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.iter_next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        exhaust(cell);
                        if strict {
                            if i > 0 {
                                let msg = format!("zip() argument {} is shorter than argument{} 1{}", i + 1, if i > 1 { "s" } else { "" }, if i > 1 { format!("-{i}") } else { String::new() });
                                return Err(vm.value_error(&msg));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.iter_next(other)?.is_some() {
                                    let msg = format!("zip() argument {} is longer than argument{} 1{}", j + 1, if j > 1 { "s" } else { "" }, if j > 1 { format!("-{j}") } else { String::new() });
                                    return Err(vm.value_error(&msg));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
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
                    let keep = if func.is_none() {
                        vm.is_true(&v)?
                    } else {
                        let r = vm.call(&func, Args::new(&[v.clone()]))?;
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
        IterState::Tuple { tuple, index } => match &tuple.payload {
            Payload::Tuple(t) => Some(t.len().saturating_sub(*index)),
            _ => None,
        },
        IterState::Range { cur, stop, step } => Some(crate::objects::range::range_len(*cur, *stop, *step) as usize),
        _ => None,
    }
}
