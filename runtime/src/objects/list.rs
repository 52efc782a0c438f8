//! `list`: constructor and methods, including the stable `sort` (CPython's timsort, in
//! `list/sort.rs`) with CPython's `list modified during sort` check.

mod sort;

use std::cell::RefCell;

use crate::bytecode::opcodes::cmpop;
use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::seqops::args::{self as a, eq_items};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn is_list(p: &Payload) -> bool {
    matches!(p, Payload::List(_))
}

/// The items of a list object (callers checked the payload).
#[inline]
pub fn cell(o: &PyRef) -> &RefCell<Vec<Value>> {
    match &o.payload {
        Payload::List(l) => l,
        _ => unreachable!("list method on a non-list"),
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    a::self_of(vm, args, "list", name, is_list)
}

/// Appends every item of `iterable` to list `l` (= `list.extend`): lists and tuples are
/// copied at once (so `l.extend(l)` doubles `l`); other iterables are consumed item by item.
pub fn extend_from(vm: &mut Vm, l: &PyRef, iterable: &Value) -> PyResult<()> {
    let items: Option<Vec<Value>> = match iterable.payload() {
        Some(Payload::List(x)) => Some(x.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    };
    if let Some(items) = items {
        cell(l).borrow_mut().extend(items);
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.iter_next(&it)? {
        cell(l).borrow_mut().push(v);
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list_ty = vm.types.list.clone();
    let cls = a::new_cls(vm, &args, &list_ty)?;
    let o = a::alloc(vm, cls, Payload::List(RefCell::new(Vec::new())));
    if a::is_exact(cls, &list_ty) {
        a::no_kw(vm, &args, "list")?;
        let r = a::rest(&args);
        a::check_count(vm, "list", r.len(), 0, 1)?;
        if let Some(it) = r.first() {
            extend_from(vm, &o, it)?;
        }
    }
    Ok(Value::Obj(o))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__init__")?;
    a::no_kw(vm, &args, "list")?;
    let r = a::rest(&args);
    a::check_count(vm, "list", r.len(), 0, 1)?;
    let old = std::mem::take(&mut *cell(l).borrow_mut());
    crate::value::release_last_first(old);
    if let Some(it) = r.first() {
        extend_from(vm, l, it)?;
    }
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "append")?;
    let v = a::one_arg(vm, &args, "list.append")?;
    cell(l).borrow_mut().push(v.clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "extend")?;
    let v = a::one_arg(vm, &args, "list.extend")?;
    extend_from(vm, l, v)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "insert")?;
    let r = a::pos_args(vm, &args, "list.insert", "insert", 2, 2)?;
    let i = a::ssize_arg(vm, &r[0])?;
    let mut items = cell(l).borrow_mut();
    let n = items.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(i as usize, r[1].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "remove")?;
    let x = a::one_arg(vm, &args, "list.remove")?;
    let mut i = 0;
    loop {
        let item = match cell(l).borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if eq_items(vm, &item, x)? {
            let mut items = cell(l).borrow_mut();
            let old = if i < items.len() {
                Some(items.remove(i))
            } else {
                None
            };
            drop(items);
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "pop")?;
    let r = a::pos_args(vm, &args, "list.pop", "pop", 0, 1)?;
    let i = match r.first() {
        Some(v) => a::ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = cell(l).borrow_mut();
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(if i == n - 1 {
        items.pop().expect("non-empty")
    } else {
        items.remove(i as usize)
    })
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "clear")?;
    a::no_args(vm, &args, "list.clear")?;
    let old = std::mem::take(&mut *cell(l).borrow_mut());
    crate::value::release_last_first(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "copy")?;
    a::no_args(vm, &args, "list.copy")?;
    let items = cell(l).borrow().clone();
    Ok(vm.new_list(items))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    a::no_args(vm, &args, "list.reverse")?;
    cell(l).borrow_mut().reverse();
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "index")?;
    let r = a::pos_args(vm, &args, "list.index", "index", 1, 3)?;
    let raw = a::search_bounds(vm, &r[1..])?;
    let (start, stop) = a::norm_bounds(raw, cell(l).borrow().len());
    let mut i = start;
    while i < stop {
        let item = match cell(l).borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if eq_items(vm, &item, &r[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let rep = vm.repr(&r[0])?;
    Err(vm.value_error(&format!("{rep} is not in list")))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "count")?;
    let x = a::one_arg(vm, &args, "list.count")?;
    let (mut n, mut i) = (0, 0);
    loop {
        let item = match cell(l).borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if eq_items(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// `sort()`'s keyword-only arguments `key` and `reverse` (after `skip` positional ones).
pub fn sort_options(vm: &mut Vm, args: &Args, skip: usize) -> PyResult<(Option<Value>, bool)> {
    if args.pos().len() > skip {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    if args.kwnames.len() > 2 {
        return Err(vm.type_error(&format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in args.kw() {
        match k {
            "key" => key = if v.is_none() { None } else { Some(v.clone()) },
            "reverse" => reverse = a::index_value(vm, v)?.unwrap_or(1) != 0,
            _ => {
                return Err(
                    vm.type_error(&format!("'{k}' is an invalid keyword argument for sort()"))
                )
            }
        }
    }
    Ok((key, reverse))
}

/// `a < b` for sorting: native for ints, floats and exact strs, else `vm.compare`.
fn sort_lt(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    match (x, y) {
        (Value::Int(p), Value::Int(q)) => return Ok(p < q),
        (Value::Float(p), Value::Float(q)) => return Ok(p < q),
        (Value::Obj(p), Value::Obj(q)) => {
            if let (Payload::Str(s), Payload::Str(t)) = (&p.payload, &q.payload) {
                if !p.type_data().is_heap() && !q.type_data().is_heap() {
                    return Ok(s.as_str() < t.as_str());
                }
            }
        }
        _ => {}
    }
    match vm.compare(x, y, cmpop::LT)? {
        Value::Bool(b) => Ok(b),
        r => vm.is_true(&r),
    }
}

/// Sorts `v` stably by the value `k` gives for each element: natively when every key is an
/// int, every key a float or every key an exact str (the same results and no Python code,
/// like CPython's pre-sort type check), else through `sort_lt`.
fn sort_by<T: Default>(vm: &mut Vm, v: &mut [T], k: impl Fn(&T) -> &Value + Copy) -> PyResult<()> {
    let all = |f: fn(&Value) -> bool| v.iter().all(|x| f(k(x)));
    if all(|x| matches!(x, Value::Int(_))) {
        return sort::timsort(v, &mut |a: &T, b: &T| match (k(a), k(b)) {
            (Value::Int(p), Value::Int(q)) => Ok(p < q),
            _ => Ok(false),
        });
    }
    if all(|x| matches!(x, Value::Float(_))) {
        return sort::timsort(v, &mut |a: &T, b: &T| match (k(a), k(b)) {
            (Value::Float(p), Value::Float(q)) => Ok(p < q),
            _ => Ok(false),
        });
    }
    let exact_str = |x: &Value| matches!(x, Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && !o.type_data().is_heap());
    if all(exact_str) {
        return sort::timsort(v, &mut |a: &T, b: &T| Ok(k(a).as_str() < k(b).as_str()));
    }
    sort::timsort(v, &mut |a: &T, b: &T| sort_lt(vm, k(a), k(b)))
}

/// Sorts list `l` in place (= `list.sort(key=key, reverse=reverse)`): stable, the key
/// function called once per item, and `ValueError: list modified during sort` when the
/// list changed meanwhile (it is emptied while the sort runs, as in CPython).
pub fn sort_list(vm: &mut Vm, l: &PyRef, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let mut items = std::mem::take(&mut *cell(l).borrow_mut());
    let restore = |items: Vec<Value>| {
        let meddled = std::mem::replace(&mut *cell(l).borrow_mut(), items);
        let modified = meddled.capacity() != 0;
        drop(meddled);
        modified
    };
    let result = match key {
        None => {
            if reverse {
                items.reverse();
            }
            let r = sort_by(vm, &mut items, |x: &Value| x);
            if reverse {
                items.reverse();
            }
            r
        }
        Some(f) => {
            let mut pairs = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(&f, Args::new(std::slice::from_ref(it))) {
                    Ok(k) => pairs.push((k, Value::Undef)),
                    Err(e) => {
                        drop(pairs);
                        restore(items);
                        return Err(e);
                    }
                }
            }
            for (p, it) in pairs.iter_mut().zip(items.drain(..)) {
                p.1 = it;
            }
            if reverse {
                pairs.reverse();
            }
            let r = sort_by(vm, &mut pairs, |p: &(Value, Value)| &p.0);
            if reverse {
                pairs.reverse();
            }
            items.extend(pairs.into_iter().map(|p| p.1));
            r
        }
    };
    let modified = restore(items);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "sort")?;
    let (key, reverse) = sort_options(vm, &args, 1)?;
    sort_list(vm, l, key, reverse)?;
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__len__")?;
    a::no_args(vm, &args, "list.__len__")?;
    Ok(Value::Int(cell(l).borrow().len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__getitem__")?;
    let k = a::one_arg(vm, &args, "list.__getitem__")?;
    if let Value::Int(i) = k {
        let items = cell(l).borrow();
        let i = if *i < 0 { *i + items.len() as i64 } else { *i };
        if i >= 0 && (i as usize) < items.len() {
            return Ok(items[i as usize].clone());
        }
    }
    crate::objects::seqops::seq_getitem(vm, &Value::Obj(l.clone()), k)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__setitem__")?;
    let r = a::pos_args(vm, &args, "list.__setitem__", "", 2, 2)?;
    crate::objects::seqops::seq_setitem(vm, &Value::Obj(l.clone()), &r[0], Some(r[1].clone()))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__delitem__")?;
    let k = a::one_arg(vm, &args, "list.__delitem__")?;
    crate::objects::seqops::seq_setitem(vm, &Value::Obj(l.clone()), k, None)?;
    Ok(Value::None)
}

/// `x in l` for a list (= `list_contains`).
pub fn list_contains(vm: &mut Vm, l: &PyRef, x: &Value) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let item = match cell(l).borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(false),
        };
        if eq_items(vm, &item, x)? {
            return Ok(true);
        }
        i += 1;
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__contains__")?;
    let x = a::one_arg(vm, &args, "list.__contains__")?;
    Ok(Value::Bool(list_contains(vm, l, x)?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__iter__")?;
    a::no_args(vm, &args, "list.__iter__")?;
    Ok(new_iter(
        vm,
        IterState::List {
            list: l.clone(),
            index: 0,
        },
    ))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__reversed__")?;
    a::no_args(vm, &args, "list.__reversed__")?;
    let n = cell(l).borrow().len();
    Ok(new_iter(
        vm,
        IterState::ListRev {
            list: l.clone(),
            index: n,
        },
    ))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__add__")?;
    let other = a::one_arg(vm, &args, "list.__add__")?;
    let Some(Payload::List(o)) = other.payload() else {
        return Ok(vm.not_implemented());
    };
    let mut v = cell(l).borrow().clone();
    v.extend(o.borrow().iter().cloned());
    Ok(vm.new_list(v))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__iadd__")?;
    let other = a::one_arg(vm, &args, "list.__iadd__")?;
    extend_from(vm, l, other)?;
    Ok(Value::Obj(l.clone()))
}

/// The repeat count of `l * n`, or None when `n` is not an integer.
fn repeat_arg(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    if crate::vm::numeric::as_int(n).is_none()
        && (matches!(n, Value::Float(_)) || vm.lookup_special(n, "__index__").is_none())
    {
        return Ok(None);
    }
    match a::index_value(vm, n)? {
        Some(i) => Ok(Some(i.max(0))),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__mul__")?;
    let other = a::one_arg(vm, &args, "list.__mul__")?;
    let Some(n) = repeat_arg(vm, other)? else {
        return Ok(vm.not_implemented());
    };
    let items = cell(l).borrow().clone();
    let total = crate::objects::seqops::repeat_len(vm, items.len(), n)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(vm.new_list(v))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__imul__")?;
    let other = a::one_arg(vm, &args, "list.__imul__")?;
    let Some(n) = repeat_arg(vm, other)? else {
        return Ok(vm.not_implemented());
    };
    repeat_in_place(vm, cell(l), n)?;
    Ok(Value::Obj(l.clone()))
}

/// `l *= n` for a count `n >= 0` (the items repeated; n = 0 clears the list, releasing its
/// items last to first).
pub fn repeat_in_place(vm: &mut Vm, l: &RefCell<Vec<Value>>, n: i64) -> PyResult<()> {
    let len = l.borrow().len();
    let total = crate::objects::seqops::repeat_len(vm, len, n)?;
    let old = if n == 0 {
        std::mem::take(&mut *l.borrow_mut())
    } else {
        let mut lb = l.borrow_mut();
        lb.reserve(total - len);
        for _ in 1..n {
            lb.extend_from_within(..len);
        }
        Vec::new()
    };
    crate::value::release_last_first(old);
    Ok(())
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__repr__")?;
    a::no_args(vm, &args, "list.__repr__")?;
    let s = crate::objects::seqops::repr::container_repr(vm, l)?;
    Ok(vm.new_str(s))
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::tuple::generic_alias_of(vm, args)
}

fn rich(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let l = this(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    let me = Value::Obj(l.clone());
    Ok(match vm.native_compare(&me, other, op)? {
        Some(b) if matches!(other.payload(), Some(Payload::List(_))) => Value::Bool(b),
        _ => vm.not_implemented(),
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

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let ty = vm.types.list.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", list_init),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("index", index),
        ("count", count),
        ("sort", list_sort),
        ("__len__", dunder_len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__repr__", repr),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    vm.add_methods(&ty, "list", methods);
    vm.add_builtin(&ty, "list", "__new__", list_new, BuiltinKind::StaticMethod);
    vm.add_builtin(
        &ty,
        "list",
        "__class_getitem__",
        class_getitem,
        BuiltinKind::ClassMethod,
    );
    vm.set_type_attr(&ty, "__hash__", Value::None);
}
