//! Struct sequences (`sys.version_info`, `sys.flags`, `sys.float_info` ...: tuples with named
//! fields, = CPython's `structseq.c`) and `types.SimpleNamespace` (`sys.implementation`).
//!
//! A struct sequence type derives from `tuple`; its instances carry `Payload::Tuple`. The type
//! is marked as a heap type so that the core dispatches `repr`, comparisons and hashing to the
//! methods registered here; each field is a property whose getter is a built-in bound to the
//! field's index.

use std::cell::RefCell;

use crate::bytecode::opcodes::cmpop;
use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinFn, BuiltinKind, NativeFn};
use crate::objects::typeobj::{tdata, Layout, TF_HAS_DICT, TF_HEAPTYPE};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The items of a struct sequence (or any tuple) as a plain tuple value.
fn plain(vm: &Vm, v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(vm.new_tuple(t.to_vec())),
        _ => None,
    }
}

fn self_tuple(vm: &Vm, args: &Args) -> PyResult<Value> {
    args.args
        .first()
        .and_then(|v| plain(vm, v))
        .ok_or_else(|| vm.type_error("descriptor requires a struct sequence"))
}

/// The field names of a struct sequence type (stored as `_fields` on the type).
fn field_names(vm: &mut Vm, v: &Value) -> Vec<String> {
    let t = vm.type_of(v);
    let ns = tdata(&t).dict.clone();
    match crate::vm::ops::dict_get_str(vm, &ns, "_fields") {
        Some(Value::Obj(f)) => match &f.payload {
            Payload::Tuple(items) => items
                .iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn ss_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args[0].clone();
    let items = match this.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("descriptor requires a struct sequence")),
    };
    let names = field_names(vm, &this);
    let t = vm.type_of(&this);
    let ns = tdata(&t).dict.clone();
    let module = crate::vm::ops::dict_get_str(vm, &ns, "__module__")
        .and_then(|m| m.as_str().map(str::to_string));
    let mut out = match module {
        Some(m) if m != "builtins" => format!("{m}.{}(", tdata(&t).name()),
        _ => format!("{}(", tdata(&t).name()),
    };
    for (i, (n, v)) in names.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&format!("{n}={}", vm.repr(v)?));
    }
    out.push(')');
    Ok(vm.new_str(out))
}

fn ss_compare(vm: &mut Vm, args: &Args, op: u32) -> PyResult<Value> {
    let a = self_tuple(vm, args)?;
    let Some(b) = args.args.get(1).and_then(|v| plain(vm, v)) else {
        return Ok(vm.not_implemented());
    };
    vm.compare(&a, &b, op)
}

macro_rules! cmp_fns {
    ($($name:ident = $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { ss_compare(vm, &args, $op) })*
    };
}

cmp_fns! {
    ss_eq = cmpop::EQ;
    ss_ne = cmpop::NE;
    ss_lt = cmpop::LT;
    ss_le = cmpop::LE;
    ss_gt = cmpop::GT;
    ss_ge = cmpop::GE;
}

fn ss_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?;
    Ok(Value::Int(vm.hash(&t)?))
}

fn ss_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?;
    Ok(Value::Int(vm.len(&t)? as i64))
}

fn ss_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?;
    vm.get_iter(&t)
}

fn ss_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?;
    let x = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vm.contains(&t, &x)?))
}

fn ss_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?;
    let k = args.args.get(1).cloned().unwrap_or(Value::None);
    vm.getitem(&t, &k)
}

fn ss_field(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(this)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("struct sequence field getter needs an instance"));
    };
    match this.payload() {
        Some(Payload::Tuple(t)) => Ok(t.get(*i as usize).cloned().unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor requires a struct sequence")),
    }
}

/// A new struct sequence type `module.name` with the given fields.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&'static str]) -> PyRef {
    let tuple = vm.types.tuple.clone();
    let t = vm.new_builtin_type(name, &tuple, Layout::Tuple, TF_HEAPTYPE);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", ss_repr),
        ("__eq__", ss_eq),
        ("__ne__", ss_ne),
        ("__lt__", ss_lt),
        ("__le__", ss_le),
        ("__gt__", ss_gt),
        ("__ge__", ss_ge),
        ("__hash__", ss_hash),
        ("__len__", ss_len),
        ("__iter__", ss_iter),
        ("__contains__", ss_contains),
        ("__getitem__", ss_getitem),
    ];
    vm.add_methods(&t, "structseq", methods);
    for (i, f) in fields.iter().enumerate() {
        let getter = PyRef::new(
            &vm.types.builtin_function,
            Payload::Builtin(Box::new(BuiltinFn {
                name: f,
                func: ss_field,
                kind: BuiltinKind::Function,
                self_: Value::Int(i as i64),
                owner: "structseq",
                doc: None,
            })),
        );
        let p = PyRef::new(
            &vm.types.property,
            Payload::Property {
                fget: Value::Obj(getter),
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        vm.set_type_attr(&t, f, Value::Obj(p));
    }
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    vm.set_type_attr(&t, "_fields", names);
    vm.set_type_attr(&t, "n_fields", Value::Int(fields.len() as i64));
    vm.set_type_attr(&t, "n_sequence_fields", Value::Int(fields.len() as i64));
    let m = vm.new_str(module);
    vm.set_type_attr(&t, "__module__", m);
    t
}

/// An instance of struct sequence type `t`.
pub fn new_instance(t: &PyRef, items: Vec<Value>) -> Value {
    Value::Obj(PyRef::new(t, Payload::Tuple(items.into_boxed_slice())))
}

crate::gil_local! {
    static NAMESPACE: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

fn ns_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args[0].clone();
    let Some(d) = this.as_obj().and_then(|o| o.get_dict()) else {
        return Ok(vm.new_str("namespace()"));
    };
    let items: Vec<(Value, Value)> = match &d.payload {
        Payload::Dict(dd) => dd
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    };
    let addr = this.as_obj().map_or(0, |o| o.addr());
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.new_str("namespace(...)"));
    }
    vm.repr_stack.push(addr);
    let mut parts = Vec::new();
    let mut err = None;
    for (k, v) in items {
        match vm.repr(&v) {
            Ok(r) => parts.push(format!("{}={r}", k.as_str().unwrap_or("?"))),
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    vm.repr_stack.pop();
    if let Some(e) = err {
        return Err(e);
    }
    Ok(vm.new_str(format!("namespace({})", parts.join(", "))))
}

fn ns_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(vm.type_error(&format!(
            "no positional arguments expected ({} given)",
            args.pos().len() - 1
        )));
    }
    let this = args.args[0].clone();
    for (k, v) in args.kw() {
        let name = vm.intern(k);
        vm.setattr(&this, &name, v.clone())?;
    }
    Ok(Value::None)
}

fn ns_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.args[0].clone();
    let b = args.args.get(1).cloned().unwrap_or(Value::None);
    let t = namespace_type(vm);
    if !vm.is_instance_of(&b, &t) {
        return Ok(vm.not_implemented());
    }
    let da = a
        .as_obj()
        .and_then(|o| o.get_dict())
        .map_or(Value::None, Value::Obj);
    let db = b
        .as_obj()
        .and_then(|o| o.get_dict())
        .map_or(Value::None, Value::Obj);
    Ok(Value::Bool(vm.eq(&da, &db)?))
}

/// `types.SimpleNamespace`.
pub fn namespace_type(vm: &mut Vm) -> PyRef {
    if let Some(t) = NAMESPACE.with(|n| n.borrow().clone()) {
        return t;
    }
    let object = vm.types.object.clone();
    let t = vm.new_builtin_type(
        "SimpleNamespace",
        &object,
        Layout::Object,
        TF_HEAPTYPE | TF_HAS_DICT | crate::objects::typeobj::TF_BASETYPE,
    );
    vm.add_methods(
        &t,
        "types.SimpleNamespace",
        &[
            ("__repr__", ns_repr),
            ("__init__", ns_init),
            ("__eq__", ns_eq),
        ],
    );
    vm.set_type_attr(&t, "__hash__", Value::None);
    let m = vm.new_str("types");
    vm.set_type_attr(&t, "__module__", m);
    NAMESPACE.with(|n| *n.borrow_mut() = Some(t.clone()));
    t
}

/// A `SimpleNamespace` with the given attributes, in order.
pub fn new_namespace(vm: &mut Vm, attrs: Vec<(&str, Value)>) -> Value {
    let t = namespace_type(vm);
    let o = PyRef::new(&t, Payload::Object);
    let d = vm.new_dict_ref();
    for (k, v) in attrs {
        let key = Value::Obj(vm.intern(k));
        crate::vm::ops::dict_set_str(vm, &d, key, v);
    }
    o.set_dict(Some(d));
    Value::Obj(o)
}
