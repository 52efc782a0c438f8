//! `tuple`: constructor and methods; and the minimal `types.GenericAlias` that the
//! containers' `__class_getitem__` returns (`list[int]`).

use crate::bytecode::opcodes::cmpop;
use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::seqops::args::{self as a, eq_items};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn is_tuple(p: &Payload) -> bool {
    matches!(p, Payload::Tuple(_))
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    a::self_of(vm, args, "tuple", name, is_tuple)
}

fn items(o: &PyRef) -> &[Value] {
    match &o.payload {
        Payload::Tuple(t) => t,
        _ => &[],
    }
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tuple_ty = vm.types.tuple.clone();
    let cls = a::new_cls(vm, &args, &tuple_ty)?;
    a::no_kw(vm, &args, "tuple")?;
    let r = a::rest(&args);
    a::check_count(vm, "tuple", r.len(), 0, 1)?;
    let exact = a::is_exact(cls, &tuple_ty);
    let v = match r.first() {
        None => Vec::new(),
        Some(it) => {
            if exact {
                if let Value::Obj(o) = it {
                    if matches!(o.payload, Payload::Tuple(_)) && !o.type_data().is_heap() {
                        return Ok(it.clone());
                    }
                }
            }
            vm.collect_iter(it)?
        }
    };
    if exact {
        return Ok(vm.new_tuple(v));
    }
    Ok(Value::Obj(a::alloc(
        vm,
        cls,
        Payload::Tuple(v.into_boxed_slice()),
    )))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "count")?;
    let x = a::one_arg(vm, &args, "tuple.count")?;
    let mut n = 0;
    for it in items(t) {
        if eq_items(vm, it, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "index")?;
    let r = a::pos_args(vm, &args, "tuple.index", "index", 1, 3)?;
    let (start, stop) = a::norm_bounds(a::search_bounds(vm, &r[1..])?, items(t).len());
    let v = items(t);
    for (i, it) in v.iter().enumerate().take(stop.min(v.len())).skip(start) {
        if eq_items(vm, it, &r[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__len__")?;
    a::no_args(vm, &args, "tuple.__len__")?;
    Ok(Value::Int(items(t).len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__getitem__")?;
    let k = a::one_arg(vm, &args, "tuple.__getitem__")?;
    crate::objects::seqops::seq_getitem(vm, &Value::Obj(t.clone()), k)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__contains__")?;
    let x = a::one_arg(vm, &args, "tuple.__contains__")?;
    for it in items(t) {
        if eq_items(vm, it, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__iter__")?;
    a::no_args(vm, &args, "tuple.__iter__")?;
    Ok(new_iter(
        vm,
        IterState::Tuple {
            tuple: t.clone(),
            index: 0,
        },
    ))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__add__")?;
    let other = a::one_arg(vm, &args, "tuple.__add__")?;
    let Some(Payload::Tuple(o)) = other.payload() else {
        return Ok(vm.not_implemented());
    };
    let mut v = items(t).to_vec();
    v.extend(o.iter().cloned());
    Ok(vm.new_tuple(v))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__mul__")?;
    let other = a::one_arg(vm, &args, "tuple.__mul__")?;
    if crate::vm::numeric::as_int(other).is_none()
        && (matches!(other, Value::Float(_)) || vm.lookup_special(other, "__index__").is_none())
    {
        return Ok(vm.not_implemented());
    }
    let n = match a::index_value(vm, other)? {
        Some(n) => n.max(0),
        None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    let src = items(t);
    let total = crate::objects::seqops::repeat_len(vm, src.len(), n)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend(src.iter().cloned());
    }
    Ok(vm.new_tuple(v))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__hash__")?;
    a::no_args(vm, &args, "tuple.__hash__")?;
    let v = items(t).to_vec();
    Ok(Value::Int(vm.hash_tuple(&v)?))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__getnewargs__")?;
    a::no_args(vm, &args, "tuple.__getnewargs__")?;
    let copy = vm.new_tuple(items(t).to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__repr__")?;
    a::no_args(vm, &args, "tuple.__repr__")?;
    let s = crate::objects::seqops::repr::container_repr(vm, t)?;
    Ok(vm.new_str(s))
}

fn rich(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let t = this(vm, &args, name)?;
    let other = a::one_arg(vm, &args, name)?;
    if !matches!(other.payload(), Some(Payload::Tuple(_))) {
        return Ok(vm.not_implemented());
    }
    let me = Value::Obj(t.clone());
    Ok(match vm.native_compare(&me, other, op)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
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

// ---- types.GenericAlias ----

/// `cls[item]` for a built-in generic class (`__class_getitem__`, bound to the class):
/// a `types.GenericAlias` with `__origin__` and `__args__`.
pub fn generic_alias_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = args.pos();
    if r.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            r.len().saturating_sub(1)
        )));
    }
    let targs = match r[1].payload() {
        Some(Payload::Tuple(_)) => r[1].clone(),
        _ => vm.new_tuple(vec![r[1].clone()]),
    };
    let ga = PyRef::new(&vm.types.generic_alias, Payload::Object);
    let d = vm.new_dict_ref();
    for (k, v) in [
        ("__origin__", r[0].clone()),
        ("__args__", targs),
        ("__parameters__", vm.new_tuple(vec![])),
    ] {
        let key = Value::Obj(vm.intern(k));
        crate::vm::ops::dict_set(vm, &d, key, v)?;
    }
    ga.set_dict(Some(d));
    Ok(Value::Obj(ga))
}

fn ga_field(vm: &mut Vm, ga: &Value, name: &str) -> Value {
    match ga.as_obj().and_then(|o| o.get_dict()) {
        Some(d) => crate::vm::ops::dict_get_str(vm, &d, name).unwrap_or(Value::None),
        None => Value::None,
    }
}

/// `typing`-style repr of a type argument (= `_Py_typing_type_repr`).
fn type_arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(Payload::Ellipsis) = v.payload() {
        return Ok("...".into());
    }
    if let Some(Payload::Type(t)) = v.payload() {
        let d = t.dict.clone();
        let module = crate::vm::ops::dict_get_str(vm, &d, "__module__")
            .and_then(|m| m.as_str().map(str::to_string));
        let q = t.qualname.borrow().clone();
        return Ok(match module {
            Some(m) if m != "builtins" => format!("{m}.{q}"),
            _ => q,
        });
    }
    vm.repr(v)
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ga = args.args.first().cloned().unwrap_or(Value::None);
    let origin = ga_field(vm, &ga, "__origin__");
    let targs = ga_field(vm, &ga, "__args__");
    let mut s = type_arg_repr(vm, &origin)?;
    s.push('[');
    let items: Vec<Value> = match targs.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&type_arg_repr(vm, it)?);
    }
    s.push(']');
    Ok(vm.new_str(s))
}

fn ga_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ga = args.args.first().cloned().unwrap_or(Value::None);
    let origin = ga_field(vm, &ga, "__origin__");
    vm.call(
        &origin,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

fn ga_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(x), Some(y)) = (args.args.first(), args.args.get(1)) else {
        return Ok(vm.not_implemented());
    };
    if !y
        .as_obj()
        .is_some_and(|o| PyRef::ptr_eq(&o.type_ref(), &vm.types.generic_alias))
    {
        return Ok(vm.not_implemented());
    }
    let (ox, oy) = (ga_field(vm, x, "__origin__"), ga_field(vm, y, "__origin__"));
    let (ax, ay) = (ga_field(vm, x, "__args__"), ga_field(vm, y, "__args__"));
    Ok(Value::Bool(vm.eq(&ox, &oy)? && vm.eq(&ax, &ay)?))
}

fn ga_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ga = args.args.first().cloned().unwrap_or(Value::None);
    let origin = ga_field(vm, &ga, "__origin__");
    let targs = ga_field(vm, &ga, "__args__");
    Ok(Value::Int(vm.hash(&origin)? ^ vm.hash(&targs)?))
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let ty = vm.types.tuple.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("count", count),
        ("index", index),
        ("__len__", dunder_len),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__hash__", hash),
        ("__getnewargs__", getnewargs),
        ("__repr__", repr),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    vm.add_methods(&ty, "tuple", methods);
    vm.add_builtin(
        &ty,
        "tuple",
        "__new__",
        tuple_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_builtin(
        &ty,
        "tuple",
        "__class_getitem__",
        generic_alias_of,
        BuiltinKind::ClassMethod,
    );
    let ga = vm.types.generic_alias.clone();
    let ga_methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", ga_repr),
        ("__call__", ga_call),
        ("__eq__", ga_eq),
        ("__hash__", ga_hash),
    ];
    vm.add_methods(&ga, "types.GenericAlias", ga_methods);
}
