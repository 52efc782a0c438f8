//! `str`'s special methods as built-in methods (what `class S(str)` inherits and what
//! `'a'.__add__('b')` calls): each routes to the native operation in `vm::ops` / `seqops`,
//! returning `NotImplemented` where the native operation does not apply.

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::Payload;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::str_methods::{is_exact_str, not_a_str};
use crate::objects::text_args::index_sized;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Registers the dunders of `str`.
pub fn register(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_methods(
        &t,
        "str",
        &[
            ("__len__", len),
            ("__contains__", contains),
            ("__getitem__", getitem),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__mod__", mod_),
            ("__rmod__", rmod),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__str__", str_),
            ("__format__", format),
            ("__getnewargs__", getnewargs),
            ("__sizeof__", sizeof),
        ],
    );
}

/// Checks a slot wrapper's self and argument count (`expected 1 argument, got 0`); returns
/// self's text.
fn wrapper<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a str> {
    let Some(s) = args.args.first().and_then(|v| match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str()),
        _ => None,
    }) else {
        return Err(not_a_str(vm, args, name));
    };
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
    Ok(s)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__len__", 0)?;
    match args.args[0].payload() {
        Some(Payload::Str(s)) => Ok(Value::Int(s.char_len() as i64)),
        _ => unreachable!(),
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper(vm, &args, "__contains__", 1)?;
    match args.args[1].as_str() {
        Some(sub) => Ok(Value::Bool(s.contains(sub))),
        None => Err(vm.type_error(&format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args.args[1])
        ))),
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__getitem__", 1)?;
    crate::objects::seqops::seq_getitem(vm, &args.args[0], &args.args[1])
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__iter__", 0)?;
    let Value::Obj(o) = &args.args[0] else {
        unreachable!()
    };
    let st = IterState::Str {
        s: o.clone(),
        byte_pos: 0,
    };
    Ok(new_iter(vm, st))
}

/// Whether `other` is an instance of a class that defines the reflected method `rname`:
/// then a sequence dunder answers NotImplemented so that `a + other` reaches it (CPython
/// tries the other operand's number slot before the sequence slot); otherwise it raises the
/// error CPython's sequence slot raises.
pub fn defers_to(vm: &mut Vm, other: &Value, rname: &'static str) -> bool {
    matches!(other, Value::Obj(o) if o.type_data().is_heap())
        && vm.lookup_special(other, rname).is_some()
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__add__", 1)?;
    if args.args[1].as_str().is_none() {
        if defers_to(vm, &args.args[1], "__radd__") {
            return Ok(vm.not_implemented());
        }
        return Err(vm.type_error(&format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&args.args[1])
        )));
    }
    let r = vm.native_binop(&args.args[0], &args.args[1], binop::ADD)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented()))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__mul__", 1)?;
    let other = &args.args[1];
    let is_index = crate::vm::numeric::as_int(other).is_some()
        || vm.lookup_special(other, "__index__").is_some();
    if !is_index && defers_to(vm, other, "__rmul__") {
        return Ok(vm.not_implemented());
    }
    let n = index_sized(vm, other)?;
    let r = crate::objects::seqops::seq_binop(vm, &args.args[0], &Value::Int(n), binop::MULTIPLY)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented()))
}

fn mod_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__mod__", 1)?;
    crate::objects::format::percent_format_str(vm, &args.args[0], &args.args[1])
}

fn rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__rmod__", 1)?;
    if args.args[1].as_str().is_none() {
        return Ok(vm.not_implemented());
    }
    crate::objects::format::percent_format_str(vm, &args.args[1], &args.args[0])
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    wrapper(vm, &args, name, 1)?;
    if args.args[1].as_str().is_none() {
        return Ok(vm.not_implemented());
    }
    Ok(match vm.native_compare(&args.args[0], &args.args[1], op)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", cmpop::EQ)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", cmpop::NE)
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", cmpop::LT)
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", cmpop::LE)
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", cmpop::GT)
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", cmpop::GE)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper(vm, &args, "__hash__", 0)?;
    match args.args[0].payload() {
        Some(Payload::Str(s)) => Ok(Value::Int(s.hash())),
        _ => unreachable!(),
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper(vm, &args, "__repr__", 0)?;
    Ok(vm.new_str(crate::strlib::str_repr(s)))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper(vm, &args, "__str__", 0)?;
    if is_exact_str(&args.args[0]) {
        return Ok(args.args[0].clone());
    }
    Ok(vm.new_str(s))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::objects::text_args::str_self(vm, &args, "__format__")?;
    let spec = crate::objects::text_args::one_arg(vm, &args, "str.__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(&format!(
            "__format__() argument must be str, not {}",
            crate::objects::text_args::arg_type(vm, spec)
        )));
    };
    if spec.is_empty() {
        return if is_exact_str(&args.args[0]) {
            Ok(args.args[0].clone())
        } else {
            Ok(vm.new_str(s.as_str()))
        };
    }
    let tn = vm.type_name(&args.args[0]);
    let r = crate::numtext::parse_format_spec(spec, &tn)
        .and_then(|sp| crate::numtext::format_str(s.as_str(), &sp, &tn));
    match r {
        Ok(t) => Ok(vm.new_str(t)),
        Err(e) => Err(vm.format_error(e)),
    }
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::objects::text_args::str_self(vm, &args, "__getnewargs__")?;
    crate::objects::text_args::no_args(vm, &args, "str.__getnewargs__")?;
    let v = vm.new_str(s.as_str());
    Ok(vm.new_tuple(vec![v]))
}

fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::objects::text_args::str_self(vm, &args, "__sizeof__")?;
    crate::objects::text_args::no_args(vm, &args, "str.__sizeof__")?;
    let unit = match s.as_str().chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    let header = if s.is_ascii() { 48 } else { 72 };
    Ok(Value::Int((header + (s.char_len() + 1) * unit) as i64))
}
