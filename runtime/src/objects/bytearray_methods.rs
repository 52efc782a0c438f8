//! `bytes` and `bytearray` constructors, their special methods (routed to the native
//! operations in `seqops` / `vm::ops`), and the `bytearray` mutators.

use crate::bytecode::opcodes::cmpop;
use crate::object::{Payload, PyRef};
use crate::objects::bytes::{as_bytes_like, byte_value, bytes_contains, bytes_from_iterable};
use crate::objects::bytes_methods::{make, self_check, tname, with_data};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::str_dunders::defers_to;
use crate::objects::str_methods::{check_new_cls, instance_of};
use crate::objects::text_args::{clinic, index_sized, no_args, one_arg, parse_kw, ssize_arg};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Registers the constructors, dunders and bytearray mutators.
pub fn register(vm: &mut Vm) {
    macro_rules! dunders {
        ($ba:literal) => {
            [
                ("__len__", len::<$ba> as NativeFn),
                ("__getitem__", getitem::<$ba>),
                ("__contains__", contains::<$ba>),
                ("__iter__", iter::<$ba>),
                ("__add__", add::<$ba>),
                ("__mul__", mul::<$ba>),
                ("__rmul__", mul::<$ba>),
                ("__mod__", mod_::<$ba>),
                ("__rmod__", rmod::<$ba>),
                ("__eq__", eq::<$ba>),
                ("__ne__", ne::<$ba>),
                ("__lt__", lt::<$ba>),
                ("__le__", le::<$ba>),
                ("__gt__", gt::<$ba>),
                ("__ge__", ge::<$ba>),
                ("__repr__", repr::<$ba>),
                ("__str__", repr::<$ba>),
            ]
        };
    }
    let b = vm.types.bytes.clone();
    vm.add_builtin(&b, "bytes", "__new__", bytes_new, BuiltinKind::StaticMethod);
    vm.add_methods(&b, "bytes", &dunders!(false));
    vm.add_methods(
        &b,
        "bytes",
        &[
            ("__hash__", hash),
            ("__bytes__", bytes_bytes),
            ("__getnewargs__", getnewargs),
        ],
    );
    let ba = vm.types.bytearray.clone();
    vm.add_builtin(
        &ba,
        "bytearray",
        "__new__",
        bytearray_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(&ba, "bytearray", &dunders!(true));
    vm.add_methods(
        &ba,
        "bytearray",
        &[
            ("__init__", bytearray_init),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__alloc__", alloc),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("clear", clear),
            ("copy", copy),
            ("reverse", reverse),
        ],
    );
    vm.set_type_attr(&ba, "__hash__", Value::None);
}

// ---- constructors ----

/// `bytes(source=b'', encoding=..., errors=...)`.
fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bytes_t = vm.types.bytes.clone();
    let cls = check_new_cls(vm, &args, &bytes_t, "bytes")?;
    let a = parse_kw(vm, &args, 1, "bytes", &["source", "encoding", "errors"], 0)?;
    let data = bytes_data(vm, &a, false)?;
    let exact = PyRef::ptr_eq(&cls, &bytes_t);
    if exact {
        if let (Some(src), false) = (&a[0], a[1].is_some()) {
            if matches!(src, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) && !o.type_data().is_heap())
            {
                return Ok(src.clone());
            }
        }
        return Ok(vm.new_bytes(data));
    }
    Ok(instance_of(
        vm,
        &cls,
        Payload::Bytes(data.into_boxed_slice()),
    ))
}

/// The contents for `bytes(...)` (`ba` false) or `bytearray(...)` from the parsed
/// `(source, encoding, errors)` arguments.
fn bytes_data(vm: &mut Vm, a: &[Option<Value>], ba: bool) -> PyResult<Vec<u8>> {
    let (src, enc, errs) = (&a[0], &a[1], &a[2]);
    let Some(src) = src else {
        if enc.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errs.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if src.as_str().is_some() {
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let fname = tname(ba);
        let (e, r) = crate::objects::codecs::codec_args(vm, fname, enc.as_ref(), errs.as_ref())?;
        let (e, r) = (e.to_string(), r.to_string());
        let text = src.as_str().unwrap_or("").to_string();
        return crate::objects::codecs::encode(vm, &text, &e, &r, src);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errs.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if !ba {
        if let Some(f) = vm.lookup_special(src, "__bytes__") {
            let r = vm.call(&f, Args::new(std::slice::from_ref(src)))?;
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(&format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if let Some(b) = as_bytes_like(src) {
        return Ok(b);
    }
    let index_like =
        crate::vm::numeric::as_int(src).is_some() || vm.lookup_special(src, "__index__").is_some();
    if index_like {
        let n = index_sized(vm, src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if vm.get_iter(src).is_err() {
        return Err(vm.type_error(&format!(
            "cannot convert '{}' object to {}",
            vm.type_name(src),
            tname(ba)
        )));
    }
    bytes_from_iterable(vm, src, !ba)
}

/// `bytearray(...)`: exact bytearrays are filled here (their `__init__` is not called);
/// instances of subclasses start empty and are filled by `__init__`.
fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ba_t = vm.types.bytearray.clone();
    let cls = check_new_cls(vm, &args, &ba_t, "bytearray")?;
    if !PyRef::ptr_eq(&cls, &ba_t) {
        return Ok(instance_of(vm, &cls, Payload::ByteArray(Vec::new().into())));
    }
    let a = parse_kw(
        vm,
        &args,
        1,
        "bytearray",
        &["source", "encoding", "errors"],
        0,
    )?;
    let data = bytes_data(vm, &a, true)?;
    Ok(make(vm, true, data))
}

/// `bytearray.__init__(source=..., encoding=..., errors=...)`: replaces the contents.
fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "__init__")?;
    let a = parse_kw(
        vm,
        &args,
        1,
        "bytearray",
        &["source", "encoding", "errors"],
        0,
    )?;
    let data = bytes_data(vm, &a, true)?;
    if let Some(Payload::ByteArray(b)) = this.payload() {
        *b.borrow_mut() = data;
    }
    Ok(Value::None)
}

// ---- dunders ----

/// Checks a slot wrapper's self and argument count (`expected 1 argument, got 0`).
fn wrapper<'a, const BA: bool>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<&'a Value> {
    let this = self_check::<BA>(vm, args, name)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = args.args.len() - 1;
    if got != n {
        return Err(vm.type_error(&format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(this)
}

fn len<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__len__", 0)?;
    Ok(Value::Int(with_data(this, |d| d.len()) as i64))
}

fn getitem<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__getitem__", 1)?;
    crate::objects::seqops::seq_getitem(vm, this, &args.args[1])
}

fn contains<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__contains__", 1)?;
    Ok(Value::Bool(bytes_contains(vm, this, &args.args[1])?))
}

fn iter<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__iter__", 0)?;
    let Value::Obj(o) = this else { unreachable!() };
    Ok(new_iter(
        vm,
        IterState::Bytes {
            b: o.clone(),
            index: 0,
        },
    ))
}

fn add<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__add__", 1)?;
    let Some(other) = as_bytes_like(&args.args[1]) else {
        if defers_to(vm, &args.args[1], "__radd__") {
            return Ok(vm.not_implemented());
        }
        return Err(vm.type_error(&format!(
            "can't concat {} to {}",
            vm.type_name(&args.args[1]),
            vm.type_name(this)
        )));
    };
    let mut data = with_data(this, <[u8]>::to_vec);
    data.extend_from_slice(&other);
    Ok(make(vm, BA, data))
}

fn mul<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__mul__", 1)?;
    let other = &args.args[1];
    let is_index = crate::vm::numeric::as_int(other).is_some()
        || vm.lookup_special(other, "__index__").is_some();
    if !is_index && defers_to(vm, other, "__rmul__") {
        return Ok(vm.not_implemented());
    }
    let n = index_sized(vm, other)?;
    let r = with_data(this, |d| crate::strlib::bytes::repeat(d, n))
        .map_err(|e| crate::objects::text_args::str_err(vm, e))?;
    Ok(make(vm, BA, r))
}

fn mod_<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__mod__", 1)?;
    crate::objects::format::percent_format_bytes(vm, this, &args.args[1])
}

fn rmod<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__rmod__", 1)?;
    if as_bytes_like(&args.args[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    crate::objects::format::percent_format_bytes(vm, &args.args[1], this)
}

fn compare<const BA: bool>(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, name, 1)?;
    if as_bytes_like(&args.args[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    Ok(match vm.native_compare(this, &args.args[1], op)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn eq<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__eq__", cmpop::EQ)
}

fn ne<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__ne__", cmpop::NE)
}

fn lt<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__lt__", cmpop::LT)
}

fn le<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__le__", cmpop::LE)
}

fn gt<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__gt__", cmpop::GT)
}

fn ge<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__ge__", cmpop::GE)
}

fn repr<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<BA>(vm, &args, "__repr__", 0)?;
    let r = with_data(this, crate::strlib::bytes_repr);
    let s = if BA {
        let name = vm.type_name(this);
        format!("{name}({r})")
    } else {
        r
    };
    Ok(vm.new_str(s))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<false>(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(with_data(this, crate::objects::str::hash_bytes)))
}

fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<false>(vm, &args, "__bytes__")?;
    no_args(vm, &args, "bytes.__bytes__")?;
    if matches!(this, Value::Obj(o) if !o.type_data().is_heap()) {
        return Ok(this.clone());
    }
    Ok(vm.new_bytes(with_data(this, <[u8]>::to_vec)))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<false>(vm, &args, "__getnewargs__")?;
    no_args(vm, &args, "bytes.__getnewargs__")?;
    let b = vm.new_bytes(with_data(this, <[u8]>::to_vec));
    Ok(vm.new_tuple(vec![b]))
}

// ---- bytearray mutators ----

/// The bytearray's storage (self was checked to be a bytearray).
fn cell(v: &Value) -> &std::cell::RefCell<Vec<u8>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => b,
        _ => unreachable!("self checked to be a bytearray"),
    }
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<true>(vm, &args, "__setitem__", 2)?;
    crate::objects::seqops::seq_setitem(vm, this, &args.args[1], Some(args.args[2].clone()))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<true>(vm, &args, "__delitem__", 1)?;
    crate::objects::seqops::seq_setitem(vm, this, &args.args[1], None)?;
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<true>(vm, &args, "__iadd__", 1)?;
    let Some(other) = as_bytes_like(&args.args[1]) else {
        return Err(vm.type_error(&format!(
            "can't concat {} to {}",
            vm.type_name(&args.args[1]),
            vm.type_name(this)
        )));
    };
    cell(this).borrow_mut().extend_from_slice(&other);
    Ok(this.clone())
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = wrapper::<true>(vm, &args, "__imul__", 1)?;
    let n = index_sized(vm, &args.args[1])?;
    let r = with_data(this, |d| crate::strlib::bytes::repeat(d, n))
        .map_err(|e| crate::objects::text_args::str_err(vm, e))?;
    *cell(this).borrow_mut() = r;
    Ok(this.clone())
}

fn alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "__alloc__")?;
    no_args(vm, &args, "bytearray.__alloc__")?;
    let b = cell(this).borrow();
    Ok(Value::Int(if b.capacity() == 0 {
        0
    } else {
        b.capacity().max(b.len() + 1) as i64
    }))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "append")?;
    let item = one_arg(vm, &args, "bytearray.append")?;
    let b = byte_value(vm, item, false)?;
    cell(this).borrow_mut().push(b);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "extend")?;
    let it = one_arg(vm, &args, "bytearray.extend")?;
    let data = match as_bytes_like(it) {
        Some(b) => b,
        None => {
            if vm.get_iter(it).is_err() {
                return Err(
                    vm.type_error(&format!("can't extend bytearray with {}", vm.type_name(it)))
                );
            }
            bytes_from_iterable(vm, it, false)?
        }
    };
    cell(this).borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "insert")?;
    let a = clinic(vm, &args, 1, "bytearray.insert", 2, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let b = byte_value(vm, &a[1], false)?;
    let mut v = cell(this).borrow_mut();
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "pop")?;
    let a = clinic(vm, &args, 1, "bytearray.pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut v = cell(this).borrow_mut();
    if v.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = v.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(v.remove(at as usize) as i64))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "remove")?;
    let item = one_arg(vm, &args, "bytearray.remove")?;
    let b = byte_value(vm, item, false)?;
    let mut v = cell(this).borrow_mut();
    match v.iter().position(|&x| x == b) {
        Some(i) => {
            v.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "clear")?;
    no_args(vm, &args, "bytearray.clear")?;
    cell(this).borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "copy")?;
    no_args(vm, &args, "bytearray.copy")?;
    let d = cell(this).borrow().clone();
    Ok(make(vm, true, d))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<true>(vm, &args, "reverse")?;
    no_args(vm, &args, "bytearray.reverse")?;
    cell(this).borrow_mut().reverse();
    Ok(Value::None)
}
