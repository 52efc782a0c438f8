//! Operators shared by the built-in sequences (`str`, `bytes`, `bytearray`, `list`, `tuple`,
//! `range`): indexing and slicing (= `PySlice_GetIndicesEx`), slice assignment, `+` and `*`,
//! `%`-formatting dispatch, set and dict operators, and lexicographic comparison.

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::{Payload, PyRef};
use crate::value::{release_last_first, Value};
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::ops::cmp_ord;
use crate::vm::{PyResult, Vm};

pub mod args;
pub mod repr;

/// A slice's bounds after `__index__` (= `PySlice_Unpack`): None for an omitted bound; ints
/// beyond i64 are clamped.
#[derive(Clone, Copy)]
pub struct SliceBounds {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

impl SliceBounds {
    /// Start, stop, step and item count for a sequence of `len` items
    /// (= `PySlice_AdjustIndices`).
    pub fn adjust(&self, len: i64) -> (i64, i64, i64, i64) {
        let step = self.step;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let norm = |v: i64| -> i64 {
            if v < 0 {
                v.saturating_add(len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match self.start {
            None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            Some(v) => norm(v),
        };
        let stop = match self.stop {
            None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            Some(v) => norm(v),
        };
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        (start, stop, step, n)
    }
}

/// Evaluates a slice's bounds (step first, as CPython does).
pub fn slice_unpack(vm: &mut Vm, s: &[Value; 3]) -> PyResult<SliceBounds> {
    // The common case first: small ints and None, no conversions to run.
    if let Some(b) = plain_bounds(s) {
        return Ok(b);
    }
    let step = if s[2].is_none() {
        1
    } else {
        slice_component(vm, &s[2])?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let start = if s[0].is_none() {
        None
    } else {
        Some(slice_component(vm, &s[0])?)
    };
    let stop = if s[1].is_none() {
        None
    } else {
        Some(slice_component(vm, &s[1])?)
    };
    Ok(SliceBounds { start, stop, step })
}

/// The bounds of a slice whose components are all small ints or None and whose step is not
/// zero: evaluating them runs no code and cannot fail. None for any other slice.
fn plain_bounds(s: &[Value; 3]) -> Option<SliceBounds> {
    let plain = |v: &Value| match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some((*i).clamp(i64::MIN / 2, i64::MAX / 2))),
        _ => None,
    };
    let (start, stop, step) = (plain(&s[0])?, plain(&s[1])?, plain(&s[2])?);
    let step = step.unwrap_or(1);
    (step != 0).then_some(SliceBounds { start, stop, step })
}

/// Normalised slice: start, stop, step and the number of items.
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: i64) -> PyResult<(i64, i64, i64, i64)> {
    Ok(slice_unpack(vm, s)?.adjust(len))
}

fn clamp_big(b: &num_bigint::BigInt) -> i64 {
    if num_traits::Signed::is_negative(b) {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    }
}

fn slice_component(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntArg::Small(i)) => Ok(i.clamp(i64::MIN / 2, i64::MAX / 2)),
        Some(IntArg::Big(b)) => Ok(clamp_big(b)),
        None => {
            if !matches!(v, Value::Float(_)) {
                if let Some(f) = vm.lookup_special(v, "__index__") {
                    let r = vm.call(&f, crate::vm::Args::new(std::slice::from_ref(v)))?;
                    match as_int(&r) {
                        Some(IntArg::Small(i)) => return Ok(i.clamp(i64::MIN / 2, i64::MAX / 2)),
                        Some(IntArg::Big(b)) => return Ok(clamp_big(b)),
                        None => {}
                    }
                }
            }
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `i` normalised against the current length `len` (negative counts from the end).
fn norm(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

/// The `n` items from `start` on, `step` apart (a normalised slice of `items`).
fn pick<T: Clone>(items: &[T], start: i64, step: i64, n: i64) -> Vec<T> {
    if n <= 0 {
        return Vec::new();
    }
    let (start, n) = (start as usize, n as usize);
    match step {
        1 => items[start..start + n].to_vec(),
        -1 => items[start + 1 - n..=start].iter().rev().cloned().collect(),
        _ => (0..n as i64)
            .map(|k| items[(start as i64 + k * step) as usize].clone())
            .collect(),
    }
}

/// `obj[start:stop:step]` for a built-in sequence other than `range`, with the slice given
/// by its components `s` (`[start, stop, step]`, each None or an index).
pub fn seq_get_slice(vm: &mut Vm, obj: &Value, s: &[Value; 3]) -> PyResult<Value> {
    let Value::Obj(o) = obj else { unreachable!() };
    let b = slice_unpack(vm, s)?;
    match &o.payload {
        Payload::List(l) => {
            let l = l.borrow();
            let (start, _, step, n) = b.adjust(l.len() as i64);
            let items = pick(&l, start, step, n);
            drop(l);
            Ok(vm.new_list(items))
        }
        Payload::Tuple(t) => {
            let (start, _, step, n) = b.adjust(t.len() as i64);
            if step == 1 && n == t.len() as i64 && !o.type_data().is_heap() {
                return Ok(obj.clone());
            }
            Ok(vm.new_tuple(pick(t, start, step, n)))
        }
        Payload::Str(sd) => {
            let (start, _, step, n) = b.adjust(sd.char_len() as i64);
            let text = if sd.is_ascii() {
                let bytes = sd.as_str().as_bytes();
                if step == 1 {
                    sd.as_str()[start as usize..(start + n) as usize].to_string()
                } else {
                    pick(bytes, start, step, n)
                        .into_iter()
                        .map(|c| c as char)
                        .collect()
                }
            } else {
                let chars: Vec<char> = sd.as_str().chars().collect();
                pick(&chars, start, step, n).into_iter().collect()
            };
            Ok(vm.new_str(text))
        }
        Payload::Bytes(bs) => {
            let (start, _, step, n) = b.adjust(bs.len() as i64);
            Ok(vm.new_bytes(pick(bs, start, step, n)))
        }
        Payload::ByteArray(ba) => {
            let ba = ba.borrow();
            let (start, _, step, n) = b.adjust(ba.len() as i64);
            let v = pick(&ba, start, step, n);
            drop(ba);
            Ok(Value::Obj(PyRef::new(
                &vm.types.bytearray,
                Payload::ByteArray(v.into()),
            )))
        }
        _ => Err(vm.type_error("unsupported slice")),
    }
}

/// `seq[key]` for built-in sequences.
pub fn seq_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let Value::Obj(o) = obj else { unreachable!() };
    if let Some(Payload::Slice(s)) = key.payload() {
        if let Payload::Range { .. } = &o.payload {
            let r = crate::objects::range_methods::big::get(vm, obj).expect("a range");
            return crate::objects::range_methods::big::subscript(vm, &r, key);
        }
        return seq_get_slice(vm, obj, s);
    }
    if let (Payload::Range { start, stop, step }, Value::Int(i)) = (&o.payload, key) {
        let n = crate::objects::range::range_len_u64(*start, *stop, *step) as i128;
        let i = if *i < 0 { *i as i128 + n } else { *i as i128 };
        if i >= 0 && i < n {
            return Ok(Value::Int(crate::objects::range::range_item(
                *start, *step, i as u64,
            )));
        }
    }
    if let Payload::Range { .. } = &o.payload {
        let r = crate::objects::range_methods::big::get(vm, obj).expect("a range");
        return crate::objects::range_methods::big::subscript(vm, &r, key);
    }
    let what = match &o.payload {
        Payload::List(_) => "list",
        Payload::Tuple(_) => "tuple",
        Payload::Str(_) => "string",
        Payload::Bytes(_) => "byte",
        Payload::ByteArray(_) => "bytearray",
        _ => unreachable!(),
    };
    if as_int(key).is_none() && vm.lookup_special(key, "__index__").is_none() {
        if let Payload::Str(_) = &o.payload {
            return Err(vm.type_error(&format!(
                "string indices must be integers, not '{}'",
                vm.type_name(key)
            )));
        }
        return Err(vm.type_error(&format!(
            "{} indices must be integers or slices, not {}",
            what,
            vm.type_name(key)
        )));
    }
    let raw = vm.index_of(key, what)?;
    let item = match &o.payload {
        Payload::List(l) => {
            let l = l.borrow();
            norm(raw, l.len()).map(|i| l[i].clone())
        }
        Payload::Tuple(t) => norm(raw, t.len()).map(|i| t[i].clone()),
        Payload::Str(s) => norm(raw, s.char_len()).map(|i| vm.new_str(s.char_at(i).to_string())),
        Payload::Bytes(b) => norm(raw, b.len()).map(|i| Value::Int(b[i] as i64)),
        Payload::ByteArray(b) => {
            let b = b.borrow();
            norm(raw, b.len()).map(|i| Value::Int(b[i] as i64))
        }
        _ => unreachable!(),
    };
    item.ok_or_else(|| {
        vm.index_error(match &o.payload {
            Payload::Str(_) => "string index out of range",
            Payload::Bytes(_) => "index out of range",
            Payload::ByteArray(_) => "bytearray index out of range",
            Payload::Tuple(_) => "tuple index out of range",
            _ => "list index out of range",
        })
    })
}

/// `l[slice] = v` (Some) or `del l[slice]` (None) for a list. The bounds are evaluated first,
/// then the new items collected (both may run Python code that changes the list), and only
/// then applied to the list's current length, so a list mutated meanwhile never panics.
/// `obj[start:stop:step] = v` for a list `obj`, with the slice given by its components `s`.
pub fn list_store_slice(vm: &mut Vm, obj: &Value, s: &[Value; 3], v: Value) -> PyResult<()> {
    let Some(Payload::List(l)) = obj.payload() else {
        unreachable!("a list")
    };
    let b = slice_unpack(vm, s)?;
    list_set_slice(vm, obj, l, b, Some(v))
}

/// The items of `v` when it is an exact list that nothing else references (a temporary,
/// such as `lst[k::-1]` in `lst[:k + 1] = lst[k::-1]`): taken, so the slice assignment needs
/// no copy. The emptied list is only ever seen by its last owner, which drops it.
fn take_temporary_list(v: &Value) -> Option<Vec<Value>> {
    let Value::Obj(o) = v else { return None };
    let Payload::List(items) = &o.payload else {
        return None;
    };
    let alone = o.refcnt.get() == 1
        && !o.type_data().is_heap()
        && o.flags.get() & crate::objects::weakref::FLAG_WEAKREFS == 0;
    alone.then(|| std::mem::take(&mut *items.borrow_mut()))
}

fn list_set_slice(
    vm: &mut Vm,
    obj: &Value,
    l: &std::cell::RefCell<Vec<Value>>,
    b: SliceBounds,
    v: Option<Value>,
) -> PyResult<()> {
    let Some(v) = v else {
        let mut l = l.borrow_mut();
        let (start, _, step, n) = b.adjust(l.len() as i64);
        let removed: Vec<Value> = if step == 1 {
            l.drain(start as usize..(start + n) as usize).collect()
        } else {
            let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
            idx.sort_unstable();
            idx.iter().rev().map(|&i| l.remove(i)).collect()
        };
        drop(l);
        // CPython releases a deleted run last to first and an extended slice's items in
        // index order (`removed` holds them from the last).
        release_last_first(removed);
        return Ok(());
    };
    let extended = b.step != 1;
    let items = if v.is(obj) {
        l.borrow().clone()
    } else if let Some(taken) = take_temporary_list(&v) {
        taken
    } else {
        match vm.collect_iter(&v) {
            Ok(items) => items,
            Err(e) => {
                if vm.get_iter(&v).is_ok() {
                    return Err(e);
                }
                return Err(vm.type_error(if extended {
                    "must assign iterable to extended slice"
                } else {
                    "can only assign an iterable"
                }));
            }
        }
    };
    list_assign(vm, l, b, items)
}

/// Replaces the items of slice `b` of list `l` with `items` (bounds adjusted to the list's
/// length now); the old items are released once the list is no longer borrowed, in
/// CPython's order (a run last to first, an extended slice's in slice order).
fn list_assign(
    vm: &mut Vm,
    l: &std::cell::RefCell<Vec<Value>>,
    b: SliceBounds,
    mut items: Vec<Value>,
) -> PyResult<()> {
    let mut lb = l.borrow_mut();
    let (start, stop, step, n) = b.adjust(lb.len() as i64);
    if step == 1 {
        let stop = stop.max(start);
        let range = start as usize..stop as usize;
        if range.len() == items.len() {
            // Same length: trade places, so `items` ends up holding the old values,
            // released once the list is no longer borrowed.
            lb[range].swap_with_slice(&mut items);
            drop(lb);
            release_last_first(items);
            return Ok(());
        }
        let old: Vec<Value> = lb.splice(range, items).collect();
        drop(lb);
        release_last_first(old);
        return Ok(());
    }
    if items.len() as i64 != n {
        drop(lb);
        return Err(vm.value_error(&format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            n
        )));
    }
    let mut old = Vec::with_capacity(items.len());
    for (k, it) in items.into_iter().enumerate() {
        old.push(std::mem::replace(
            &mut lb[(start + k as i64 * step) as usize],
            it,
        ));
    }
    drop(lb);
    drop(old);
    Ok(())
}

/// `dst[s2] = src[s1]` for an exact list `dst` and an exact list or tuple `src`, where `s1`
/// holds only small ints and None and its step is not zero (so taking the source slice runs
/// no code and cannot fail), without making the source slice's list. The source items are
/// read before `s2` is evaluated, as the interpreter's separate subscript and store do. A run
/// of a list reversed in place (`a[i:j] = a[j - 1:i - 1:-1]`, fannkuch's flip) only swaps
/// items.
pub fn list_copy_slice(
    vm: &mut Vm,
    dst: &Value,
    s2: &[Value; 3],
    src: &Value,
    s1: &[Value; 3],
) -> PyResult<()> {
    let Some(Payload::List(dl)) = dst.payload() else {
        unreachable!("a list")
    };
    let b1 = plain_bounds(s1).expect("a plain source slice");
    let items = match src.payload() {
        Some(Payload::List(sl)) => {
            let (start, _, step, n) = b1.adjust(sl.borrow().len() as i64);
            if step == -1 && src.is(dst) {
                if let Some(b2) = plain_bounds(s2) {
                    let mut lb = dl.borrow_mut();
                    let (dstart, _, dstep, dn) = b2.adjust(lb.len() as i64);
                    if dstep == 1 && dn == n && dstart == start + 1 - n {
                        lb[dstart as usize..(dstart + n) as usize].reverse();
                        return Ok(());
                    }
                }
            }
            pick(&sl.borrow(), start, step, n)
        }
        Some(Payload::Tuple(t)) => {
            let (start, _, step, n) = b1.adjust(t.len() as i64);
            pick(t, start, step, n)
        }
        _ => unreachable!("a list or tuple"),
    };
    let b2 = slice_unpack(vm, s2)?;
    list_assign(vm, dl, b2, items)
}

/// `seq[key] = v` (Some) or `del seq[key]` (None) for lists and bytearrays.
pub fn seq_setitem(vm: &mut Vm, obj: &Value, key: &Value, v: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = obj else { unreachable!() };
    if let Some(Payload::Slice(s)) = key.payload() {
        let s: [Value; 3] = (**s).clone();
        let b = slice_unpack(vm, &s)?;
        return match &o.payload {
            Payload::List(l) => list_set_slice(vm, obj, l, b, v),
            Payload::ByteArray(ba) => {
                let Some(v) = v else {
                    let mut ba = ba.borrow_mut();
                    let (start, _, step, n) = b.adjust(ba.len() as i64);
                    let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                    idx.sort_unstable();
                    for &i in idx.iter().rev() {
                        ba.remove(i);
                    }
                    return Ok(());
                };
                let items = crate::objects::bytes::bytes_from_value(vm, &v)?;
                let mut ba = ba.borrow_mut();
                let (start, stop, step, n) = b.adjust(ba.len() as i64);
                if step == 1 {
                    let stop = stop.max(start);
                    ba.splice(start as usize..stop as usize, items);
                    return Ok(());
                }
                if items.len() as i64 != n {
                    drop(ba);
                    return Err(vm.value_error(&format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        items.len(),
                        n
                    )));
                }
                for (k, it) in items.into_iter().enumerate() {
                    ba[(start + k as i64 * step) as usize] = it;
                }
                Ok(())
            }
            _ => Err(vm.type_error("unsupported slice assignment")),
        };
    }
    let what = if matches!(o.payload, Payload::List(_)) {
        "list"
    } else {
        "bytearray"
    };
    let raw = vm.index_of(key, what)?;
    match &o.payload {
        Payload::List(l) => {
            let mut lb = l.borrow_mut();
            let Some(i) = norm(raw, lb.len()) else {
                drop(lb);
                return Err(vm.index_error("list assignment index out of range"));
            };
            let old = match v {
                Some(v) => std::mem::replace(&mut lb[i], v),
                None => lb.remove(i),
            };
            drop(lb);
            drop(old);
            Ok(())
        }
        Payload::ByteArray(b) => {
            let Some(i) = norm(raw, b.borrow().len()) else {
                return Err(vm.index_error("bytearray index out of range"));
            };
            let byte = match &v {
                Some(v) => Some(match as_int(v) {
                    Some(IntArg::Small(x)) if (0..256).contains(&x) => x as u8,
                    Some(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
                    None => {
                        return Err(vm.type_error(&format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(v)
                        )))
                    }
                }),
                None => None,
            };
            let mut bb = b.borrow_mut();
            match byte {
                Some(x) => bb[i] = x,
                None => {
                    bb.remove(i);
                }
            }
            Ok(())
        }
        _ => unreachable!(),
    }
}

/// The count of `seq * n`: None when `n` is not an int, OverflowError beyond i64.
fn repeat_count(vm: &Vm, b: &Value) -> PyResult<Option<i64>> {
    match as_int(b) {
        Some(IntArg::Small(n)) => Ok(Some(n.max(0))),
        Some(IntArg::Big(_)) => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        None => Ok(None),
    }
}

/// Items in `len * n` repetitions, or MemoryError when that cannot be allocated.
pub fn repeat_len(vm: &Vm, len: usize, n: i64) -> PyResult<usize> {
    match len.checked_mul(n as usize) {
        Some(t) if t <= (1 << 32) => Ok(t),
        _ => Err(vm.new_error(&vm.exc.memory_error.clone(), "")),
    }
}

/// `+`, `*`, `%`, `|`, `&`, `-`, `^` between built-in containers and strings.
pub fn seq_binop(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let op = if op >= binop::INPLACE {
        op - binop::INPLACE
    } else {
        op
    };
    let pb = b.payload();
    let Some(pa) = a.payload() else {
        // int * seq
        if op == binop::MULTIPLY {
            if let Some(n) = repeat_count(vm, a)? {
                if matches!(
                    pb,
                    Some(
                        Payload::Str(_)
                            | Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                ) {
                    return seq_binop(vm, b, &Value::Int(n), op);
                }
            }
        }
        return Ok(None);
    };
    Ok(match (pa, pb, op) {
        (Payload::Str(x), Some(Payload::Str(y)), binop::ADD) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Some(vm.new_str(s))
        }
        (Payload::Str(x), _, binop::MULTIPLY) => match repeat_count(vm, b)? {
            Some(n) => {
                let total = x.as_str().len().saturating_mul(n as usize);
                if total > isize::MAX as usize / 2 {
                    return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
                }
                Some(vm.new_str(x.as_str().repeat(n as usize)))
            }
            None => None,
        },
        (Payload::Str(_), _, binop::REMAINDER) => {
            Some(crate::objects::format::percent_format_str(vm, a, b)?)
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), _, binop::REMAINDER) => {
            Some(crate::objects::format::percent_format_bytes(vm, a, b)?)
        }
        (Payload::List(x), Some(Payload::List(y)), binop::ADD) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Some(vm.new_list(v))
        }
        (Payload::List(x), _, binop::MULTIPLY) => match repeat_count(vm, b)? {
            Some(n) => {
                let items = x.borrow().clone();
                let mut v = Vec::with_capacity(repeat_len(vm, items.len(), n)?);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Some(vm.new_list(v))
            }
            None => None,
        },
        (Payload::Tuple(x), Some(Payload::Tuple(y)), binop::ADD) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Some(vm.new_tuple(v))
        }
        (Payload::Tuple(x), _, binop::MULTIPLY) => match repeat_count(vm, b)? {
            Some(n) => {
                if n == 1 && !matches!(a, Value::Obj(o) if o.type_data().is_heap()) {
                    return Ok(Some(a.clone()));
                }
                let mut v = Vec::with_capacity(repeat_len(vm, x.len(), n)?);
                for _ in 0..n {
                    v.extend(x.iter().cloned());
                }
                Some(vm.new_tuple(v))
            }
            None => None,
        },
        (Payload::Bytes(_) | Payload::ByteArray(_), _, binop::ADD) => {
            let x = crate::objects::bytes::as_bytes_like(a).unwrap_or_default();
            match crate::objects::bytes::as_bytes_like(b) {
                Some(y) => {
                    let mut v = x;
                    v.extend_from_slice(&y);
                    Some(if matches!(pa, Payload::ByteArray(_)) {
                        Value::Obj(PyRef::new(
                            &vm.types.bytearray,
                            Payload::ByteArray(v.into()),
                        ))
                    } else {
                        vm.new_bytes(v)
                    })
                }
                None => {
                    return Err(vm.type_error(&format!(
                        "can't concat {} to {}",
                        vm.type_name(b),
                        vm.type_name(a)
                    )));
                }
            }
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), _, binop::MULTIPLY) => {
            match repeat_count(vm, b)? {
                Some(n) => {
                    let x = crate::objects::bytes::as_bytes_like(a).unwrap_or_default();
                    let v = x.repeat(n as usize);
                    Some(if matches!(pa, Payload::ByteArray(_)) {
                        Value::Obj(PyRef::new(
                            &vm.types.bytearray,
                            Payload::ByteArray(v.into()),
                        ))
                    } else {
                        vm.new_bytes(v)
                    })
                }
                None => None,
            }
        }
        (
            Payload::Set(_),
            Some(Payload::Set(_)),
            binop::OR | binop::AND | binop::SUBTRACT | binop::XOR,
        ) => Some(crate::objects::set::set_binop(vm, a, b, op)?),
        (
            Payload::DictView { kind: 0 | 2, .. },
            _,
            binop::OR | binop::AND | binop::SUBTRACT | binop::XOR,
        )
        | (
            _,
            Some(Payload::DictView { kind: 0 | 2, .. }),
            binop::OR | binop::AND | binop::SUBTRACT | binop::XOR,
        ) => crate::objects::dict_methods::views::view_binop(vm, a, b, op)?,
        (Payload::Dict(_), Some(Payload::Dict(_)), binop::OR) => {
            let Value::Obj(ao) = a else { unreachable!() };
            let d = crate::objects::dict_methods::dict_copy(vm, ao)?;
            crate::objects::dictobj::dict_update_arg(vm, &d, b)?;
            Some(Value::Obj(d))
        }
        _ => None,
    })
}

/// Comparison of built-in containers and strings (None = not comparable natively).
pub fn seq_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
        return Ok(match (a, b) {
            (Value::None, Value::None) if op == cmpop::EQ || op == cmpop::NE => {
                Some(op == cmpop::EQ)
            }
            _ => None,
        });
    };
    Ok(match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => Some(cmp_ord(x.as_str().cmp(y.as_str()), op)),
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let x = crate::objects::bytes::as_bytes_like(a).unwrap_or_default();
            let y = crate::objects::bytes::as_bytes_like(b).unwrap_or_default();
            Some(cmp_ord(x.cmp(&y), op))
        }
        (Payload::List(x), Payload::List(y)) => Some(list_compare(vm, x, y, op)?),
        (Payload::Tuple(x), Payload::Tuple(y)) => Some(lexicographic(vm, x, y, op)?),
        (Payload::Set(_), Payload::Set(_)) => crate::objects::set::set_compare(vm, a, b, op)?,
        (Payload::Dict(_), Payload::Dict(_)) if op == cmpop::EQ || op == cmpop::NE => {
            let eq = crate::objects::dictobj::dict_eq(vm, a, b)?;
            Some(if op == cmpop::EQ { eq } else { !eq })
        }
        (Payload::Range { .. } | Payload::Object, Payload::Range { .. } | Payload::Object)
            if op == cmpop::EQ || op == cmpop::NE =>
        {
            crate::objects::range_methods::range_eq(vm, a, b).map(|eq| eq == (op == cmpop::EQ))
        }
        (Payload::DictView { kind: 0 | 2, .. }, _) => {
            crate::objects::dict_methods::views::view_compare(vm, a, b, op)?
        }
        (Payload::Set(_), Payload::DictView { kind: 0 | 2, .. }) => {
            const SWAPPED: [u32; 6] = [
                cmpop::GT,
                cmpop::GE,
                cmpop::EQ,
                cmpop::NE,
                cmpop::LT,
                cmpop::LE,
            ];
            crate::objects::dict_methods::views::view_compare(vm, b, a, SWAPPED[op as usize])?
        }
        (Payload::Slice(x), Payload::Slice(y)) => {
            let (x, y) = (x.clone(), y.clone());
            Some(lexicographic(vm, &x[..], &y[..], op)?)
        }
        (Payload::Complex { re: r1, im: i1 }, Payload::Complex { re: r2, im: i2 })
            if op == cmpop::EQ || op == cmpop::NE =>
        {
            let eq = r1 == r2 && i1 == i2;
            Some(if op == cmpop::EQ { eq } else { !eq })
        }
        _ => None,
    })
}

/// Lexicographic comparison of two lists (= `list_richcompare`): items are read one pair at a
/// time and the lengths re-read after every `==`, which may run code that changes the lists.
fn list_compare(
    vm: &mut Vm,
    x: &std::cell::RefCell<Vec<Value>>,
    y: &std::cell::RefCell<Vec<Value>>,
    op: u32,
) -> PyResult<bool> {
    if (op == cmpop::EQ || op == cmpop::NE) && x.borrow().len() != y.borrow().len() {
        return Ok(op == cmpop::NE);
    }
    let mut i = 0;
    loop {
        let pair = {
            let (xb, yb) = (x.borrow(), y.borrow());
            if i >= xb.len() || i >= yb.len() {
                break;
            }
            (xb[i].clone(), yb[i].clone())
        };
        if !args::eq_items(vm, &pair.0, &pair.1)? {
            return match op {
                cmpop::EQ => Ok(false),
                cmpop::NE => Ok(true),
                _ => {
                    let r = vm.compare(&pair.0, &pair.1, op)?;
                    vm.is_true(&r)
                }
            };
        }
        i += 1;
    }
    let (lx, ly) = (x.borrow().len(), y.borrow().len());
    Ok(cmp_ord(lx.cmp(&ly), op))
}

/// Lexicographic comparison of two item lists (= `tuplerichcompare`).
pub fn lexicographic(vm: &mut Vm, x: &[Value], y: &[Value], op: u32) -> PyResult<bool> {
    if (op == cmpop::EQ || op == cmpop::NE) && x.len() != y.len() {
        return Ok(op == cmpop::NE);
    }
    let n = x.len().min(y.len());
    for i in 0..n {
        if !args::eq_items(vm, &x[i], &y[i])? {
            return match op {
                cmpop::EQ => Ok(false),
                cmpop::NE => Ok(true),
                _ => {
                    let r = vm.compare(&x[i], &y[i], op)?;
                    vm.is_true(&r)
                }
            };
        }
    }
    Ok(cmp_ord(x.len().cmp(&y.len()), op))
}
