//! Iteration builtins: `sum`, `min`, `max`, `any`, `all`, `sorted`.

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::{Payload, PyRef};
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::builtins_mod::exact_args;
use crate::vm::ops::dict_set_str;
use crate::vm::{Args, PyResult, Vm};

/// The items of an iterable, read straight from an exact list or tuple (index by index, seeing
/// changes to the list as a list iterator does), else through the iterator protocol.
enum Source {
    Seq(PyRef, usize),
    Iter(Value),
}

impl Source {
    fn new(vm: &mut Vm, v: &Value) -> PyResult<Source> {
        if let Value::Obj(o) = v {
            if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)) && !o.type_data().is_heap()
            {
                return Ok(Source::Seq(o.clone(), 0));
            }
        }
        Ok(Source::Iter(vm.get_iter(v)?))
    }

    #[inline(always)]
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self {
            Source::Seq(o, i) => {
                let v = match &o.payload {
                    Payload::List(l) => l.borrow().get(*i).cloned(),
                    Payload::Tuple(t) => t.get(*i).cloned(),
                    _ => None,
                };
                *i += v.is_some() as usize;
                Ok(v)
            }
            Source::Iter(it) => vm.iter_next(it),
        }
    }
}

/// `sum(iterable, /, start=0)`: an i64 fast path, then C-double addition for floats (3.11
/// has no compensated summation), then `+` (= `builtin_sum_impl`).
fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let total = args.args.len();
    let mut start = pos.get(1).cloned();
    for (k, v) in args.kw() {
        match k {
            "start" if start.is_none() => start = Some(v.clone()),
            "start" => {
                return Err(
                    vm.type_error("argument for sum() given by name ('start') and position (2)")
                )
            }
            _ => {
                return Err(
                    vm.type_error(&format!("'{k}' is an invalid keyword argument for sum()"))
                )
            }
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error(&format!(
            "sum() takes at least 1 positional argument ({} given)",
            pos.len()
        )));
    }
    if total > 2 {
        return Err(vm.type_error(&format!("sum() takes at most 2 arguments ({total} given)")));
    }
    let mut result = start.unwrap_or(Value::Int(0));
    match result.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let mut it = Source::new(vm, &pos[0])?;
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = it.next(vm)? else {
                return Ok(Value::Int(acc));
            };
            let b = match item {
                Value::Int(b) => Some(b),
                Value::Bool(b) => Some(b as i64),
                _ => None,
            };
            if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                acc = s;
                continue;
            }
            result = vm.binary_op(&Value::Int(acc), &item, binop::ADD)?;
            break;
        }
    }
    if let Value::Float(mut f) = result {
        loop {
            let Some(item) = it.next(vm)? else {
                return Ok(Value::Float(f));
            };
            match item {
                Value::Float(x) => f += x,
                Value::Int(i) => f += i as f64,
                Value::Bool(b) => f += b as i64 as f64,
                _ => {
                    result = vm.binary_op(&Value::Float(f), &item, binop::ADD)?;
                    break;
                }
            }
        }
    }
    while let Some(item) = it.next(vm)? {
        result = vm.binary_op(&result, &item, binop::ADD)?;
    }
    Ok(result)
}

/// `min`/`max` (= `min_max`): `op` is `<` for min, `>` for max; the first extreme item wins.
fn min_max(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0")));
    }
    if args.kwnames.len() > 2 {
        return Err(vm.type_error(&format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    let (mut key, mut default) = (None, None);
    for (k, v) in args.kw() {
        match k {
            "key" => key = if v.is_none() { None } else { Some(v.clone()) },
            "default" => default = Some(v.clone()),
            _ => {
                return Err(vm.type_error(&format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    if pos.len() > 1 && default.is_some() {
        return Err(vm.type_error(&format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let mut it = if pos.len() == 1 {
        Source::new(vm, &pos[0])?
    } else {
        let t = vm.new_tuple(pos.to_vec());
        Source::new(vm, &t)?
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = it.next(vm)? {
        let val = match &key {
            Some(f) => vm.call(f, Args::new(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bv)) => {
                let r = vm.compare(&val, bv, op)?;
                match r {
                    Value::Bool(b) => b,
                    r => vm.is_true(&r)?,
                }
            }
        };
        if better {
            best = Some((item, val));
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(&format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", cmpop::LT)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", cmpop::GT)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "any", 1)?;
    let mut it = Source::new(vm, &args.args[0])?;
    while let Some(v) = it.next(vm)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "all", 1)?;
    let mut it = Source::new(vm, &args.args[0])?;
    while let Some(v) = it.next(vm)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, sorted by `list.sort`.
fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(&format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = match pos[0].payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vm.collect_iter(&pos[0])?,
    };
    let l = vm.new_list(items);
    let (key, reverse) = crate::objects::list::sort_options(vm, &args, 1)?;
    let Value::Obj(lr) = &l else { unreachable!() };
    crate::objects::list::sort_list(vm, lr, key, reverse)?;
    Ok(l)
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
    ];
    let b = vm.builtins.clone();
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("builtins", name, f);
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, v);
    }
}
