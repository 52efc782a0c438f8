//! Operators shared by the built-in sequences (`str`, `bytes`, `bytearray`, `list`, `tuple`,
//! `range`): indexing and slicing (= `PySlice_GetIndicesEx`), slice assignment, `+` and `*`,
//! `%`-formatting dispatch, set and dict operators, and lexicographic comparison.

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::ops::cmp_ord;
use crate::vm::{PyResult, Vm};

pub mod args;
pub mod repr;

/// Normalised slice: start, stop, step and the number of items.
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: i64) -> PyResult<(i64, i64, i64, i64)> {
    let step = if s[2].is_none() { 1 } else { slice_component(vm, &s[2])? };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = if s[0].is_none() { if step < 0 { upper } else { lower } } else { norm(slice_component(vm, &s[0])?) };
    let stop = if s[1].is_none() { if step < 0 { lower } else { upper } } else { norm(slice_component(vm, &s[1])?) };
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n))
}

fn slice_component(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntArg::Small(i)) => Ok(i),
        Some(IntArg::Big(b)) => Ok(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 }),
        None => {
            if let Some(f) = vm.lookup_special(v, "__index__") {
                let r = vm.call(&f, crate::vm::Args::new(std::slice::from_ref(v)))?;
                if let Some(IntArg::Small(i)) = as_int(&r) {
                    return Ok(i);
                }
            }
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

fn norm_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = vm.index_of(key, what)?;
    let i = if i < 0 { i + len as i64 } else { i };
    Ok(if i >= 0 && (i as usize) < len { Some(i as usize) } else { None })
}

fn pick<T: Clone>(items: &[T], start: i64, step: i64, n: i64) -> Vec<T> {
    (0..n).map(|k| items[(start + k * step) as usize].clone()).collect()
}

/// `seq[key]` for built-in sequences.
pub fn seq_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let Value::Obj(o) = obj else { unreachable!() };
    if let Some(Payload::Slice(s)) = key.payload() {
        let s: [Value; 3] = (**s).clone();
        return match &o.payload {
            Payload::List(l) => {
                let len = l.borrow().len() as i64;
                let (start, _, step, n) = slice_indices(vm, &s, len)?;
                let items = pick(&l.borrow(), start, step, n);
                Ok(vm.new_list(items))
            }
            Payload::Tuple(t) => {
                let (start, _, step, n) = slice_indices(vm, &s, t.len() as i64)?;
                if step == 1 && n == t.len() as i64 && !o.type_data().is_heap() {
                    return Ok(obj.clone());
                }
                Ok(vm.new_tuple(pick(t, start, step, n)))
            }
            Payload::Str(sd) => {
                let (start, _, step, n) = slice_indices(vm, &s, sd.char_len() as i64)?;
                let text = if sd.is_ascii() {
                    let b = sd.as_str().as_bytes();
                    if step == 1 {
                        sd.as_str()[start as usize..(start + n) as usize].to_string()
                    } else {
                        pick(b, start, step, n).into_iter().map(|c| c as char).collect()
                    }
                } else {
                    let chars: Vec<char> = sd.as_str().chars().collect();
                    pick(&chars, start, step, n).into_iter().collect()
                };
                Ok(vm.new_str(text))
            }
            Payload::Bytes(b) => {
                let (start, _, step, n) = slice_indices(vm, &s, b.len() as i64)?;
                Ok(vm.new_bytes(pick(b, start, step, n)))
            }
            Payload::ByteArray(b) => {
                let len = b.borrow().len() as i64;
                let (start, _, step, n) = slice_indices(vm, &s, len)?;
                let v = pick(&b.borrow(), start, step, n);
                Ok(Value::Obj(PyRef::new(&vm.types.bytearray, Payload::ByteArray(v.into()))))
            }
            Payload::Range { .. } => {
                let r = crate::objects::range_methods::big::get(vm, obj).expect("a range");
                crate::objects::range_methods::big::subscript(vm, &r, key)
            }
            _ => Err(vm.type_error("unsupported slice")),
        };
    }
    if let (Payload::Range { start, stop, step }, Value::Int(i)) = (&o.payload, key) {
        let n = crate::objects::range::range_len_u64(*start, *stop, *step) as i128;
        let i = if *i < 0 { *i as i128 + n } else { *i as i128 };
        if i >= 0 && i < n {
            return Ok(Value::Int(crate::objects::range::range_item(*start, *step, i as u64)));
        }
    }
    if let Payload::Range { .. } = &o.payload {
        let r = crate::objects::range_methods::big::get(vm, obj).expect("a range");
        return crate::objects::range_methods::big::subscript(vm, &r, key);
    }
    let (what, len) = match &o.payload {
        Payload::List(l) => ("list", l.borrow().len()),
        Payload::Tuple(t) => ("tuple", t.len()),
        Payload::Str(s) => ("string", s.char_len()),
        Payload::Bytes(b) => ("byte", b.len()),
        Payload::ByteArray(b) => ("bytearray", b.borrow().len()),
        _ => unreachable!(),
    };
    let tname = match &o.payload {
        Payload::Str(_) => "string",
        Payload::Bytes(_) => "byte",
        _ => what,
    };
    let i = match as_int(key) {
        Some(_) => norm_index(vm, key, len, tname)?,
        None => {
            if vm.lookup_special(key, "__index__").is_some() {
                norm_index(vm, key, len, tname)?
            } else {
                let tn = match &o.payload {
                    Payload::Str(_) => "string",
                    Payload::Bytes(_) => "byte",
                    _ => what,
                };
                if let Payload::Str(_) = &o.payload {
                    return Err(vm.type_error(&format!("string indices must be integers, not '{}'", vm.type_name(key))));
                }
                return Err(vm.type_error(&format!("{} indices must be integers or slices, not {}", tn, vm.type_name(key))));
            }
        }
    };
    let Some(i) = i else {
        let msg = match &o.payload {
            Payload::Str(_) => "string index out of range".to_string(),
            Payload::Bytes(_) => "index out of range".to_string(),
            Payload::ByteArray(_) => "bytearray index out of range".to_string(),
            _ => format!("{what} index out of range"),
        };
        return Err(vm.index_error(&msg));
    };
    Ok(match &o.payload {
        Payload::List(l) => l.borrow()[i].clone(),
        Payload::Tuple(t) => t[i].clone(),
        Payload::Str(s) => {
            let c = s.char_at(i);
            vm.new_str(c.to_string())
        }
        Payload::Bytes(b) => Value::Int(b[i] as i64),
        Payload::ByteArray(b) => Value::Int(b.borrow()[i] as i64),
        _ => unreachable!(),
    })
}

/// `seq[key] = v` (Some) or `del seq[key]` (None) for lists and bytearrays.
pub fn seq_setitem(vm: &mut Vm, obj: &Value, key: &Value, v: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = obj else { unreachable!() };
    if let Some(Payload::Slice(s)) = key.payload() {
        let s: [Value; 3] = (**s).clone();
        return match &o.payload {
            Payload::List(l) => {
                let len = l.borrow().len() as i64;
                let (start, stop, step, n) = slice_indices(vm, &s, len)?;
                match v {
                    None => {
                        let mut l = l.borrow_mut();
                        let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                        idx.sort_unstable();
                        let removed: Vec<Value> = idx.iter().rev().map(|&i| l.remove(i)).collect();
                        drop(l);
                        drop(removed);
                        Ok(())
                    }
                    Some(v) => {
                        let items = if v.is(obj) { l.borrow().clone() } else { vm.collect_iter(&v).map_err(|_| vm.type_error("can only assign an iterable"))? };
                        if step == 1 {
                            let stop = stop.max(start);
                            let old: Vec<Value> = l.borrow_mut().splice(start as usize..stop as usize, items).collect();
                            drop(old);
                            Ok(())
                        } else {
                            if items.len() as i64 != n {
                                return Err(vm.value_error(&format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    n
                                )));
                            }
                            let mut l = l.borrow_mut();
                            let mut old = Vec::with_capacity(items.len());
                            for (k, it) in items.into_iter().enumerate() {
                                old.push(std::mem::replace(&mut l[(start + k as i64 * step) as usize], it));
                            }
                            drop(l);
                            drop(old);
                            Ok(())
                        }
                    }
                }
            }
            Payload::ByteArray(b) => {
                let len = b.borrow().len() as i64;
                let (start, stop, step, n) = slice_indices(vm, &s, len)?;
                match v {
                    None => {
                        let mut b = b.borrow_mut();
                        let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                        idx.sort_unstable();
                        for &i in idx.iter().rev() {
                            b.remove(i);
                        }
                        Ok(())
                    }
                    Some(v) => {
                        let items = crate::objects::bytes::bytes_from_value(vm, &v)?;
                        if step == 1 {
                            let stop = stop.max(start);
                            b.borrow_mut().splice(start as usize..stop as usize, items);
                            Ok(())
                        } else {
                            if items.len() as i64 != n {
                                return Err(vm.value_error(&format!(
                                    "attempt to assign bytes of size {} to extended slice of size {}",
                                    items.len(),
                                    n
                                )));
                            }
                            let mut b = b.borrow_mut();
                            for (k, it) in items.into_iter().enumerate() {
                                b[(start + k as i64 * step) as usize] = it;
                            }
                            Ok(())
                        }
                    }
                }
            }
            _ => Err(vm.type_error("unsupported slice assignment")),
        };
    }
    match &o.payload {
        Payload::List(l) => {
            let len = l.borrow().len();
            let Some(i) = norm_index(vm, key, len, "list")? else {
                return Err(vm.index_error("list assignment index out of range"));
            };
            match v {
                Some(v) => {
                    let old = std::mem::replace(&mut l.borrow_mut()[i], v);
                    drop(old);
                }
                None => {
                    let old = l.borrow_mut().remove(i);
                    drop(old);
                }
            }
            Ok(())
        }
        Payload::ByteArray(b) => {
            let len = b.borrow().len();
            let Some(i) = norm_index(vm, key, len, "bytearray")? else {
                return Err(vm.index_error("bytearray index out of range"));
            };
            match v {
                Some(v) => {
                    let byte = match as_int(&v) {
                        Some(IntArg::Small(x)) if (0..256).contains(&x) => x as u8,
                        Some(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
                        None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)))),
                    };
                    b.borrow_mut()[i] = byte;
                }
                None => {
                    b.borrow_mut().remove(i);
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
        Some(IntArg::Big(_)) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
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
    let op = if op >= binop::INPLACE { op - binop::INPLACE } else { op };
    let pb = b.payload();
    let Some(pa) = a.payload() else {
        // int * seq
        if op == binop::MULTIPLY {
            if let Some(n) = repeat_count(vm, a)? {
                if matches!(pb, Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_))) {
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
        (Payload::Str(_), _, binop::REMAINDER) => Some(crate::objects::format::percent_format_str(vm, a, b)?),
        (Payload::Bytes(_) | Payload::ByteArray(_), _, binop::REMAINDER) => Some(crate::objects::format::percent_format_bytes(vm, a, b)?),
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
                        Value::Obj(PyRef::new(&vm.types.bytearray, Payload::ByteArray(v.into())))
                    } else {
                        vm.new_bytes(v)
                    })
                }
                None => {
                    return Err(vm.type_error(&format!("can't concat {} to {}", vm.type_name(b), vm.type_name(a))));
                }
            }
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), _, binop::MULTIPLY) => match repeat_count(vm, b)? {
            Some(n) => {
                let x = crate::objects::bytes::as_bytes_like(a).unwrap_or_default();
                let v = x.repeat(n as usize);
                Some(if matches!(pa, Payload::ByteArray(_)) {
                    Value::Obj(PyRef::new(&vm.types.bytearray, Payload::ByteArray(v.into())))
                } else {
                    vm.new_bytes(v)
                })
            }
            None => None,
        },
        (Payload::Set(_), Some(Payload::Set(_)), binop::OR | binop::AND | binop::SUBTRACT | binop::XOR) => {
            Some(crate::objects::set::set_binop(vm, a, b, op)?)
        }
        (Payload::DictView { kind: 0 | 2, .. }, _, binop::OR | binop::AND | binop::SUBTRACT | binop::XOR)
        | (_, Some(Payload::DictView { kind: 0 | 2, .. }), binop::OR | binop::AND | binop::SUBTRACT | binop::XOR) => {
            crate::objects::dict_methods::views::view_binop(vm, a, b, op)?
        }
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
            (Value::None, Value::None) if op == cmpop::EQ || op == cmpop::NE => Some(op == cmpop::EQ),
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
        (Payload::List(x), Payload::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            Some(lexicographic(vm, &x, &y, op)?)
        }
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            let (x, y) = (x.clone(), y.clone());
            Some(lexicographic(vm, &x, &y, op)?)
        }
        (Payload::Set(_), Payload::Set(_)) => crate::objects::set::set_compare(vm, a, b, op)?,
        (Payload::Dict(_), Payload::Dict(_)) if op == cmpop::EQ || op == cmpop::NE => {
            let eq = crate::objects::dictobj::dict_eq(vm, a, b)?;
            Some(if op == cmpop::EQ { eq } else { !eq })
        }
        (Payload::Range { .. } | Payload::Object, Payload::Range { .. } | Payload::Object) if op == cmpop::EQ || op == cmpop::NE => {
            crate::objects::range_methods::range_eq(vm, a, b).map(|eq| eq == (op == cmpop::EQ))
        }
        (Payload::DictView { kind: 0 | 2, .. }, _) => crate::objects::dict_methods::views::view_compare(vm, a, b, op)?,
        (Payload::Set(_), Payload::DictView { kind: 0 | 2, .. }) => {
            const SWAPPED: [u32; 6] = [cmpop::GT, cmpop::GE, cmpop::EQ, cmpop::NE, cmpop::LT, cmpop::LE];
            crate::objects::dict_methods::views::view_compare(vm, b, a, SWAPPED[op as usize])?
        }
        (Payload::Slice(x), Payload::Slice(y)) => {
            let (x, y) = (x.clone(), y.clone());
            Some(lexicographic(vm, &x[..], &y[..], op)?)
        }
        (Payload::Complex { re: r1, im: i1 }, Payload::Complex { re: r2, im: i2 }) if op == cmpop::EQ || op == cmpop::NE => {
            let eq = r1 == r2 && i1 == i2;
            Some(if op == cmpop::EQ { eq } else { !eq })
        }
        _ => None,
    })
}

/// Lexicographic comparison of two item lists (= `list_richcompare`).
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
