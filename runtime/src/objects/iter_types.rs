//! Iterator types: the constructors of `enumerate`, `zip`, `map`, `filter` and `reversed`,
//! and `__iter__` / `__next__` / `__length_hint__` for every built-in iterator type (list,
//! tuple, range, str, bytes, dict, set, sequence and callable iterators, and the five above).

use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{length_hint, new_iter_of, IterState};
use crate::objects::seqops::args as a;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// An iterator object of class `cls` (a built-in iterator type or a subclass of one).
fn make(vm: &Vm, cls: &PyRef, st: IterState) -> Value {
    let v = new_iter_of(cls, st);
    if let Value::Obj(o) = &v {
        let td = crate::objects::typeobj::tdata(cls);
        if td.is_heap() && td.has_flag(crate::objects::typeobj::TF_HAS_DICT) {
            o.set_dict(Some(vm.new_dict_ref()));
        }
    }
    v
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ty = vm.types.enumerate.clone();
    let cls = a::new_cls(vm, &args, &ty)?.clone();
    let pos = a::rest(&args);
    let total = pos.len() + args.kwnames.len();
    if total > 2 {
        return Err(vm.type_error(&format!(
            "enumerate() takes at most 2 arguments ({total} given)"
        )));
    }
    let (mut iterable, mut start) = (pos.first().cloned(), pos.get(1).cloned());
    for (k, v) in args.kw() {
        match k {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "start" if start.is_none() => start = Some(v.clone()),
            "iterable" | "start" => {
                return Err(vm.type_error(&format!(
                    "argument for enumerate() given by name ('{k}') and position"
                )));
            }
            _ => {
                return Err(vm.type_error(&format!(
                    "'{k}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let it = vm.get_iter(&iterable)?;
    let count = match start {
        None => Value::Int(0),
        Some(s) => match a::index_value(vm, &s)? {
            Some(i) => Value::Int(i),
            None => match crate::vm::numeric::as_int(&s) {
                Some(n) => vm.new_int(n.to_big()),
                None => {
                    let f = vm
                        .lookup_special(&s, "__index__")
                        .expect("index_value succeeded");
                    vm.call(&f, Args::new(std::slice::from_ref(&s)))?
                }
            },
        },
    };
    Ok(make(vm, &cls, IterState::Enumerate { it, count }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ty = vm.types.zip.clone();
    let cls = a::new_cls(vm, &args, &ty)?.clone();
    let mut strict = false;
    if args.kwnames.len() > 1 {
        return Err(vm.type_error(&format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.kwnames.len()
        )));
    }
    for (k, v) in args.kw() {
        if k != "strict" {
            return Err(vm.type_error(&format!("'{k}' is an invalid keyword argument for zip()")));
        }
        strict = vm.is_true(v)?;
    }
    let mut its = Vec::new();
    for v in a::rest(&args) {
        its.push(vm.get_iter(v)?);
    }
    Ok(make(vm, &cls, IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ty = vm.types.map.clone();
    let cls = a::new_cls(vm, &args, &ty)?.clone();
    if !args.kwnames.is_empty() && !crate::objects::typeobj::tdata(&cls).is_heap() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let r = a::rest(&args);
    if r.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(r.len() - 1);
    for v in &r[1..] {
        its.push(vm.get_iter(v)?);
    }
    Ok(make(
        vm,
        &cls,
        IterState::Map {
            func: r[0].clone(),
            its,
        },
    ))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ty = vm.types.filter.clone();
    let cls = a::new_cls(vm, &args, &ty)?.clone();
    if !args.kwnames.is_empty() && !crate::objects::typeobj::tdata(&cls).is_heap() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    let r = a::rest(&args);
    a::check_count(vm, "filter", r.len(), 2, 2)?;
    let it = vm.get_iter(&r[1])?;
    Ok(make(
        vm,
        &cls,
        IterState::Filter {
            func: r[0].clone(),
            it,
        },
    ))
}

/// Whether `v` supports the sequence protocol (`__getitem__`, and not a mapping like dict).
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    if let Some(Payload::Dict(_)) = v.payload() {
        return false;
    }
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. },
        ) => true,
        _ => vm.lookup_special(v, "__getitem__").is_some(),
    }
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ty = vm.types.reversed.clone();
    let cls = a::new_cls(vm, &args, &ty)?.clone();
    if !args.kwnames.is_empty() && !crate::objects::typeobj::tdata(&cls).is_heap() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    let r = a::rest(&args);
    a::check_count(vm, "reversed", r.len(), 1, 1)?;
    let seq = &r[0];
    match vm.lookup_special(seq, "__reversed__") {
        Some(Value::None) => {}
        Some(f) => return vm.call(&f, Args::new(std::slice::from_ref(seq))),
        None => {
            if is_sequence(vm, seq) {
                let n = vm.len(seq)?;
                return Ok(make(
                    vm,
                    &cls,
                    IterState::Reversed {
                        seq: seq.clone(),
                        index: n as i64 - 1,
                    },
                ));
            }
        }
    }
    Err(vm.type_error(&format!("'{}' object is not reversible", vm.type_name(seq))))
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    let owner = args
        .args
        .first()
        .map_or_else(|| "iterator".to_string(), |v| vm.type_name(v));
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Iter(_)) => Ok(o),
        _ => Err(vm.type_error(&format!(
            "descriptor '{name}' requires an iterator object but received '{owner}'"
        ))),
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__iter__")?;
    a::no_args(vm, &args, "__iter__")?;
    Ok(Value::Obj(o.clone()))
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__next__")?;
    a::no_args(vm, &args, "__next__")?;
    let Payload::Iter(cell) = &o.payload else {
        unreachable!()
    };
    match crate::objects::iter::iter_next(vm, o, cell)? {
        Some(v) => Ok(v),
        None => Err(crate::objects::generator::stop_iteration(vm, Value::None)),
    }
}

fn length_hint_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__length_hint__")?;
    a::no_args(vm, &args, "__length_hint__")?;
    let Payload::Iter(cell) = &o.payload else {
        unreachable!()
    };
    if let Some(n) = length_hint(&cell.borrow()) {
        return Ok(Value::Int(n as i64));
    }
    let (seq, index, reversed) = match &*cell.borrow() {
        IterState::Seq { seq, index } => (seq.clone(), *index, false),
        IterState::Reversed { seq, index } => (seq.clone(), *index, true),
        _ => return Ok(Value::Int(0)),
    };
    if reversed {
        if index < 0 {
            return Ok(Value::Int(0));
        }
        let n = vm.len(&seq)? as i64;
        return Ok(Value::Int(if n < index + 1 { 0 } else { index + 1 }));
    }
    if vm.lookup_special(&seq, "__len__").is_none()
        && !matches!(
            seq.payload(),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_))
        )
    {
        return Ok(Value::Int(0));
    }
    let n = vm.len(&seq)? as i64;
    Ok(Value::Int((n - index).max(0)))
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let extra = crate::objects::iter::init_extra_types(vm);
    let t = &vm.types;
    let with_hint: Vec<PyRef> = [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.reversed,
    ]
    .into_iter()
    .cloned()
    .chain(extra)
    .collect();
    let without_hint: Vec<PyRef> = [
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
    ]
    .into_iter()
    .cloned()
    .collect();
    let base: &[(&'static str, NativeFn)] = &[("__iter__", iter_self), ("__next__", next)];
    for ty in with_hint.iter().chain(without_hint.iter()) {
        vm.add_methods(ty, "iterator", base);
    }
    for ty in &with_hint {
        vm.add_methods(ty, "iterator", &[("__length_hint__", length_hint_method)]);
    }
    let ctors: [(PyRef, &'static str, NativeFn); 5] = [
        (vm.types.enumerate.clone(), "enumerate", enumerate_new),
        (vm.types.zip.clone(), "zip", zip_new),
        (vm.types.map.clone(), "map", map_new),
        (vm.types.filter.clone(), "filter", filter_new),
        (vm.types.reversed.clone(), "reversed", reversed_new),
    ];
    for (ty, owner, f) in ctors {
        vm.add_builtin(&ty, owner, "__new__", f, BuiltinKind::StaticMethod);
    }
}
