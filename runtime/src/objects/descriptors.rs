//! `property`, `staticmethod`, `classmethod` and `super` (= CPython's `descrobject.c`,
//! `funcobject.c`'s method wrappers and `typeobject.c`'s super).
//!
//! Attribute access applies these descriptors natively (`vm/attr.rs`); the methods here are
//! their constructors and the explicit protocol calls (`prop.__get__(obj)`, ...). Attribute
//! lookup on a `super` object goes through [`super_getattr`], which `generic_getattr` calls.

use crate::object::{Obj, Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{is_subtype, tdata, TF_CUSTOM_GETATTR, TF_HAS_DICT};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Gives an instance of a heap subclass its `__dict__`.
fn with_dict(vm: &Vm, cls: &PyRef, o: PyRef) -> Value {
    let td = tdata(cls);
    if td.is_heap() && td.has_flag(TF_HAS_DICT) {
        o.set_dict(Some(vm.new_dict_ref()));
    }
    Value::Obj(o)
}

fn cls_arg(vm: &Vm, args: &Args, what: &str) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => Ok(c.clone()),
        _ => Err(vm.type_error(&format!("{what}.__new__(X): X is not a type object"))),
    }
}

// ---- property ----

/// Parses `(fget, fset, fdel, doc)` from a `property(...)` call (after the class).
fn property_params(vm: &mut Vm, args: &Args) -> PyResult<[Value; 4]> {
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    let pos = &args.pos()[1..];
    if pos.len() + args.kwnames.len() > 4 {
        return Err(vm.type_error(&format!(
            "property() takes at most 4 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let mut out = [Value::None, Value::None, Value::None, Value::None];
    for (i, v) in pos.iter().enumerate() {
        out[i] = v.clone();
    }
    for (k, v) in args.kw() {
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(vm.type_error(&format!(
                "'{k}' is an invalid keyword argument for property()"
            )));
        };
        if i < pos.len() {
            return Err(vm.type_error(&format!(
                "argument for property() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = v.clone();
    }
    Ok(out)
}

/// The docstring a property takes from its getter.
fn getter_doc(vm: &mut Vm, fget: &Value) -> PyResult<Value> {
    if fget.is_none() {
        return Ok(Value::None);
    }
    match vm.getattr_opt_str(fget, "__doc__") {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Ok(Value::None),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(Value::None),
        Err(e) => Err(e),
    }
}

fn make_property(vm: &mut Vm, cls: &PyRef, p: [Value; 4]) -> PyResult<Value> {
    let [fget, fset, fdel, doc] = p;
    let doc = if doc.is_none() {
        getter_doc(vm, &fget)?
    } else {
        doc
    };
    let o = PyRef::new(
        cls,
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        },
    );
    Ok(with_dict(vm, cls, o))
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "property")?;
    let p = property_params(vm, &args)?;
    make_property(vm, &cls, p)
}

fn property_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn prop_fields(vm: &Vm, v: &Value, name: &str) -> PyResult<[Value; 4]> {
    match v.payload() {
        Some(Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        }) => Ok([fget.clone(), fset.clone(), fdel.clone(), doc.clone()]),
        _ => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'property' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// The name under which property `prop` is stored in the class of `obj`, if any.
fn property_name(vm: &mut Vm, prop: &Value, obj: &Value) -> Option<String> {
    let ty = vm.type_of(obj);
    let mro: Vec<PyRef> = tdata(&ty).mro.borrow().clone();
    for t in mro {
        if let Payload::Dict(d) = &tdata(&t).dict.payload {
            let found = d
                .borrow()
                .iter()
                .find(|e| e.value.is(prop))
                .map(|e| e.key.clone());
            if let Some(k) = found.and_then(|k| k.as_str().map(str::to_string)) {
                return Some(k);
            }
        }
    }
    None
}

/// `property 'x' of 'C' object has no getter` (`what` is getter, setter or deleter).
pub fn property_missing(vm: &mut Vm, prop: &Value, obj: &Value, what: &str) -> PyErr {
    let tn = vm.type_name(obj);
    let msg = match property_name(vm, prop, obj) {
        Some(n) => format!("property '{n}' of '{tn}' object has no {what}"),
        None => format!("property of '{tn}' object has no {what}"),
    };
    vm.new_error(&vm.exc.attribute_error.clone(), &msg)
}

fn property_copy(vm: &mut Vm, args: Args, which: usize, name: &str) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, name, 1)?;
    let this = args.args[0].clone();
    let mut p = prop_fields(vm, &this, name)?;
    let from_getter = !p[3].is_none() && !p[0].is_none() && getter_doc(vm, &p[0])?.is(&p[3]);
    // None keeps the current function (= `property_copy`).
    if !args.args[1].is_none() {
        p[which] = args.args[1].clone();
    }
    if from_getter {
        p[3] = Value::None;
    }
    let cls = vm.type_of(&this);
    if PyRef::ptr_eq(&cls, &vm.types.property) {
        return make_property(vm, &cls, p);
    }
    vm.call(&Value::Obj(cls), Args::new(&p))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 2, "deleter")
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "__get__", 2, 3)?;
    let this = args.args[0].clone();
    let p = prop_fields(vm, &this, "__get__")?;
    let obj = args.args[1].clone();
    let owner = args.args.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        if owner.is_none() {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(this);
    }
    if p[0].is_none() {
        return Err(property_missing(vm, &this, &obj, "getter"));
    }
    vm.call(&p[0], Args::new(&[obj]))
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "__set__", 2)?;
    let this = args.args[0].clone();
    let p = prop_fields(vm, &this, "__set__")?;
    let obj = args.args[1].clone();
    if p[1].is_none() {
        return Err(property_missing(vm, &this, &obj, "setter"));
    }
    vm.call(&p[1], Args::new(&[obj, args.args[2].clone()]))?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "__delete__", 1)?;
    let this = args.args[0].clone();
    let p = prop_fields(vm, &this, "__delete__")?;
    let obj = args.args[1].clone();
    if p[2].is_none() {
        return Err(property_missing(vm, &this, &obj, "deleter"));
    }
    vm.call(&p[2], Args::new(&[obj]))?;
    Ok(Value::None)
}

fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match vm.getattr_opt_str(f, "__isabstractmethod__")? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

fn descr_isabstract(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let fs: Vec<Value> = match this.payload() {
        Some(Payload::Property {
            fget, fset, fdel, ..
        }) => vec![fget.clone(), fset.clone(), fdel.clone()],
        Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => vec![f.clone()],
        _ => Vec::new(),
    };
    for f in fs {
        if is_abstract(vm, &f)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// ---- staticmethod / classmethod ----

fn wrapper_new(vm: &mut Vm, args: Args, name: &str, class: bool) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, name)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if args.args.len() != 2 {
        return Err(vm.type_error(&format!(
            "{name} expected 1 argument, got {}",
            args.args.len() - 1
        )));
    }
    let f = args.args[1].clone();
    let o = PyRef::new(
        &cls,
        if class {
            Payload::ClassMethod(f)
        } else {
            Payload::StaticMethod(f)
        },
    );
    Ok(with_dict(vm, &cls, o))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, "staticmethod", false)
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, "classmethod", true)
}

fn wrapped_func(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => Ok(f.clone()),
        _ => Err(vm.type_error(&format!(
            "expected a staticmethod or classmethod, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "__get__", 2, 3)?;
    wrapped_func(vm, &args.args[0])
}

fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = wrapped_func(vm, &args.args[0])?;
    vm.call(
        &f,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "__get__", 2, 3)?;
    let f = wrapped_func(vm, &args.args[0])?;
    let owner = match args.args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => {
            if args.args[1].is_none() {
                return Err(vm.type_error("__get__(None, None) is invalid"));
            }
            Value::Obj(vm.type_of(&args.args[1]))
        }
    };
    Ok(Value::Obj(PyRef::new(
        &vm.types.method,
        Payload::Method {
            func: f,
            self_: owner,
        },
    )))
}

fn wrapper_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args[0].clone();
    let f = wrapped_func(vm, &this)?;
    let name = vm.type_name(&this);
    let r = vm.repr(&f)?;
    Ok(vm.new_str(format!("<{name}({r})>")))
}

// ---- super ----

fn super_check(vm: &mut Vm, ty: &PyRef, obj: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        if matches!(o.payload, Payload::Type(_)) && is_subtype(o, ty) {
            return Ok(obj.clone());
        }
    }
    let t = vm.type_of(obj);
    if is_subtype(&t, ty) {
        return Ok(Value::Obj(t));
    }
    if let Ok(Some(Value::Obj(c))) = vm.getattr_opt_str(obj, "__class__") {
        if matches!(c.payload, Payload::Type(_)) && !PyRef::ptr_eq(&c, &t) && is_subtype(&c, ty) {
            return Ok(Value::Obj(c));
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super()` without arguments: `__class__` and the first argument of the calling frame.
fn super_from_frame(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let runtime_error = |vm: &Vm, m: &str| vm.new_error(&vm.exc.runtime_error.clone(), m);
    let Some(f) = vm.frames.last() else {
        return Err(runtime_error(vm, "super(): no current frame"));
    };
    let co = f.code_data().code.clone();
    if co.argcount == 0 {
        return Err(runtime_error(vm, "super(): no arguments"));
    }
    if co.nlocalsplus() == 0 {
        return Err(runtime_error(vm, "super(): no arguments"));
    }
    let mut first = f.local(0).clone();
    if co.cell2arg.contains(&Some(0)) {
        if let Some(Payload::Cell(c)) = first.payload() {
            let inner = c.borrow().clone();
            first = inner;
        }
    }
    if first.is_undef() {
        return Err(runtime_error(vm, "super(): arg[0] deleted"));
    }
    let nv = co.varnames.len();
    let nc = co.cellvars.len();
    let Some(k) = co.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(runtime_error(vm, "super(): __class__ cell not found"));
    };
    let cell = f.local(nv + nc + k).clone();
    let class = match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Undef,
    };
    match &class {
        Value::Undef => Err(runtime_error(vm, "super(): empty __class__ cell")),
        Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => Ok((class, first)),
        other => Err(runtime_error(
            vm,
            &format!("super(): __class__ is not a type ({})", vm.type_name(other)),
        )),
    }
}

fn make_super(vm: &mut Vm, cls: &PyRef, ty: Value, obj: Value) -> PyResult<Value> {
    let Value::Obj(t) = &ty else {
        unreachable!("checked by callers")
    };
    let obj_type = if obj.is_none() {
        Value::None
    } else {
        super_check(vm, t, &obj)?
    };
    let o = PyRef::new(cls, Payload::Super { ty, obj, obj_type });
    Ok(with_dict(vm, cls, o))
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "super")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let pos = &args.args[1..];
    let (ty, obj) = match pos.len() {
        0 => super_from_frame(vm)?,
        1 | 2 => (pos[0].clone(), pos.get(1).cloned().unwrap_or(Value::None)),
        n => return Err(vm.type_error(&format!("super() expected at most 2 arguments, got {n}"))),
    };
    if !matches!(ty.payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error(&format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&ty)
        )));
    }
    make_super(vm, &cls, ty, obj)
}

fn super_fields(v: &Value) -> Option<(Value, Value, Value)> {
    match v.payload() {
        Some(Payload::Super { ty, obj, obj_type }) => {
            Some((ty.clone(), obj.clone(), obj_type.clone()))
        }
        _ => None,
    }
}

/// Attribute lookup on a `super` object: the MRO of the object's type after `ty`, with
/// descriptors bound to the object (= `super_getattro`). Ok(None) falls back to the super
/// object's own attributes.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let Some((ty, obj, obj_type)) = super_fields(sup) else {
        return Ok(None);
    };
    match name.payload_str() {
        "__thisclass__" => return Ok(Some(ty)),
        "__self__" => return Ok(Some(obj)),
        "__self_class__" => return Ok(Some(obj_type)),
        "__class__" => return Ok(None),
        _ => {}
    }
    let Value::Obj(start) = &obj_type else {
        return Ok(None);
    };
    let mro: Vec<PyRef> = tdata(start).mro.borrow().clone();
    let Some(i) = mro
        .iter()
        .position(|m| ty.as_obj().is_some_and(|t| PyRef::ptr_eq(m, t)))
    else {
        return Ok(None);
    };
    let key = Value::Obj(name.clone());
    for t in &mro[i + 1..] {
        let ns = tdata(t).dict.clone();
        if let Some(res) = crate::vm::ops::dict_get(vm, &ns, &key)? {
            let inst = if obj.is(&obj_type) {
                Value::None
            } else {
                obj.clone()
            };
            return vm.descr_get(&res, &inst, &obj_type).map(Some);
        }
    }
    Ok(None)
}

fn super_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "__get__", 2, 3)?;
    let this = args.args[0].clone();
    let Some((ty, obj, _)) = super_fields(&this) else {
        return Err(vm.type_error("expected a super object"));
    };
    let inst = args.args[1].clone();
    if inst.is_none() || !obj.is_none() {
        return Ok(this);
    }
    let cls = vm.type_of(&this);
    make_super(vm, &cls, ty, inst)
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args[0].clone();
    let Some((ty, _, obj_type)) = super_fields(&this) else {
        return Err(vm.type_error("expected a super object"));
    };
    let t = match &ty {
        Value::Obj(t) => format!("<class '{}'>", tdata(t).name()),
        _ => "NULL".to_string(),
    };
    let s = match &obj_type {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            format!("<super: {t}, <{} object>>", tdata(o).name())
        }
        _ => format!("<super: {t}, NULL>"),
    };
    Ok(vm.new_str(s))
}

/// `cls.__name__ = v` / `cls.__qualname__ = v` on a heap type.
pub fn set_type_name(vm: &mut Vm, t: &PyRef, which: &str, value: Value) -> PyResult<()> {
    let td = tdata(t);
    let Some(s) = value.as_str() else {
        return Err(vm.type_error(&format!(
            "can only assign string to {}.{which}, not '{}'",
            td.name(),
            vm.type_name(&value)
        )));
    };
    if which == "__name__" {
        if s.contains('\0') {
            return Err(vm.value_error("type name must not contain null characters"));
        }
        *td.name.borrow_mut() = s.to_string();
    } else {
        *td.qualname.borrow_mut() = s.to_string();
    }
    td.invalidate();
    Ok(())
}

/// A data descriptor on a built-in type computed by `get` (a `property` with a built-in getter).
pub fn add_getter(
    vm: &mut Vm,
    ty: &PyRef,
    name: &'static str,
    get: crate::objects::function::NativeFn,
) {
    let f = vm.new_builtin_fn("builtins", name, get);
    let p = PyRef::new(
        &vm.types.property,
        Payload::Property {
            fget: f,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        },
    );
    vm.set_type_attr(ty, name, Value::Obj(p));
}

// ---- __slots__ members ----

crate::gil_local! {
    static MEMBER_TYPE: std::cell::RefCell<Option<PyRef>> = const { std::cell::RefCell::new(None) };
}

/// What a member descriptor's accessors are bound to: `(name, class, index)`, the index of
/// its value in the slot array of the class's instances (`None` when they keep slot values
/// in a private dict: classes with a built-in base).
struct MemberInfo {
    name: String,
    cls: Value,
    index: Option<usize>,
}

fn member_info(args: &Args) -> Option<MemberInfo> {
    match args.args.first()?.payload()? {
        Payload::Tuple(t) if t.len() == 3 => Some(MemberInfo {
            name: t[0].as_str()?.to_string(),
            cls: t[1].clone(),
            index: match t[2] {
                Value::Int(i) => Some(i as usize),
                _ => None,
            },
        }),
        _ => None,
    }
}

/// The object a slot value lives on, checked against the descriptor's class.
fn member_target(vm: &Vm, args: &Args, m: &MemberInfo) -> PyResult<PyRef> {
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    let ok = match &m.cls {
        Value::Obj(c) => vm.is_instance_of(&obj, c),
        _ => false,
    };
    match obj {
        Value::Obj(o) if ok => Ok(o),
        other => {
            let cn = m.cls.as_obj().map_or_else(String::new, |c| tdata(c).name());
            Err(vm.type_error(&format!(
                "descriptor '{}' for '{cn}' objects doesn't apply to a '{}' object",
                m.name,
                vm.type_name(&other)
            )))
        }
    }
}

/// The index of member `m`'s value in `o`'s slot array, when `o` has one.
fn member_slot(o: &Obj, m: &MemberInfo) -> Option<usize> {
    match (&o.payload, m.index) {
        (Payload::Slots(s), Some(i)) if i < s.len() => Some(i),
        _ => None,
    }
}

fn member_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(m) = member_info(&args) else {
        return Err(vm.type_error("bad member descriptor"));
    };
    let o = member_target(vm, &args, &m)?;
    let v = match member_slot(&o, &m) {
        Some(i) => o.slot_value(i).filter(|v| !matches!(v, Value::Undef)),
        None => o
            .get_dict()
            .and_then(|d| crate::vm::ops::dict_get_str(vm, &d, &m.name)),
    };
    if let Some(v) = v {
        return Ok(v);
    }
    let n = vm.intern(&m.name);
    let tn = o.type_name();
    let e = vm.new_error(
        &vm.exc.attribute_error.clone(),
        &format!("'{tn}' object has no attribute '{}'", m.name),
    );
    vm.set_exc_attr(&e, "name", Value::Obj(n));
    vm.set_exc_attr(&e, "obj", Value::Obj(o));
    Err(e)
}

fn member_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(m) = member_info(&args) else {
        return Err(vm.type_error("bad member descriptor"));
    };
    let o = member_target(vm, &args, &m)?;
    let value = args.args.get(2).cloned();
    if let Some(i) = member_slot(&o, &m) {
        let deleting = value.is_none();
        let old = o
            .set_slot_value(i, value.unwrap_or(Value::Undef))
            .unwrap_or(Value::Undef);
        if deleting && matches!(old, Value::Undef) {
            return Err(vm.new_error(&vm.exc.attribute_error.clone(), &m.name));
        }
        drop(old);
        return Ok(Value::None);
    }
    let d = match o.get_dict() {
        Some(d) => d,
        None => {
            let d = vm.new_dict_ref();
            o.set_dict(Some(d.clone()));
            d
        }
    };
    let k = Value::Obj(vm.intern(&m.name));
    match value {
        Some(v) => crate::vm::ops::dict_set(vm, &d, k, v)?,
        None => {
            if !crate::vm::ops::dict_del(vm, &d, &k)? {
                return Err(vm.new_error(&vm.exc.attribute_error.clone(), &m.name));
            }
        }
    }
    Ok(Value::None)
}

fn member_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, cls) = member_parts(vm, &args)?;
    let cn = cls.as_obj().map_or_else(String::new, |c| tdata(c).name());
    Ok(vm.new_str(format!("<member '{name}' of '{cn}' objects>")))
}

fn member_parts(vm: &Vm, args: &Args) -> PyResult<(String, Value)> {
    member_desc_info(vm, args).map(|m| (m.name, m.cls))
}

fn member_desc_info(vm: &Vm, args: &Args) -> PyResult<MemberInfo> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Property {
            fget: Value::Obj(g),
            ..
        }) => match &g.payload {
            Payload::Builtin(b) => {
                let a = [b.self_.clone()];
                member_info(&Args::new(&a)).ok_or_else(|| vm.type_error("bad member descriptor"))
            }
            _ => Err(vm.type_error("bad member descriptor")),
        },
        _ => Err(vm.type_error("expected a member descriptor")),
    }
}

fn member_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, _) = member_parts(vm, &args)?;
    Ok(vm.new_str(name))
}

fn member_objclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(member_parts(vm, &args)?.1)
}

fn member_type(vm: &mut Vm) -> PyRef {
    if let Some(t) = MEMBER_TYPE.with(|m| m.borrow().clone()) {
        return t;
    }
    let object = vm.types.object.clone();
    let t = vm.new_builtin_type(
        "member_descriptor",
        &object,
        crate::objects::typeobj::Layout::Internal,
        0,
    );
    vm.add_methods(
        &t,
        "member_descriptor",
        &[
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("__repr__", member_repr),
        ],
    );
    add_getter(vm, &t, "__name__", member_name);
    add_getter(vm, &t, "__objclass__", member_objclass);
    MEMBER_TYPE.with(|m| *m.borrow_mut() = Some(t.clone()));
    t
}

/// Whether `d` is the `__slots__` member descriptor for `name`. Its value lives in the
/// instance's dict under that same name, so a cached dict entry reads and writes it exactly as
/// the descriptor would (attribute caches may treat it like a plain instance attribute).
pub fn is_slot_member_for(d: &Value, name: &PyRef) -> bool {
    slot_member(d).is_some_and(|m| m.name == name.payload_str())
}

/// The index in the slot array of instances that member descriptor `d` for `name` reads
/// and writes, when `d` is one and those instances keep slot values in an array.
pub fn slot_member_index(d: &Value, name: &PyRef) -> Option<usize> {
    slot_member(d)
        .filter(|m| m.name == name.payload_str())
        .and_then(|m| m.index)
}

fn slot_member(d: &Value) -> Option<MemberInfo> {
    let Some(Payload::Property { fget, .. }) = d.payload() else {
        return None;
    };
    let Some(Payload::Builtin(b)) = fget.payload() else {
        return None;
    };
    if b.owner != "member_descriptor" {
        return None;
    }
    member_info(&Args::new(std::slice::from_ref(&b.self_)))
}

/// Puts a member descriptor for each `__slots__` name on a new class (= CPython's
/// `PyMemberDef`s for slots). When instances keep slot values in an array, the new slots
/// take the indexes from `first` on; returns how many there are.
pub fn add_slot_members(
    vm: &mut Vm,
    cls: &PyRef,
    slots: &[String],
    first: Option<u32>,
) -> PyResult<u32> {
    let mt = member_type(vm);
    let ns = tdata(cls).dict.clone();
    let mut added = 0;
    for name in slots {
        if name == "__dict__" || name == "__weakref__" {
            continue;
        }
        if crate::vm::ops::dict_get_str(vm, &ns, name).is_some() {
            return Err(vm.value_error(&format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
        let n = vm.new_str(name.as_str());
        let index = first.map_or(Value::None, |f| Value::Int((f + added) as i64));
        added += 1;
        let info = vm.new_tuple(vec![n, Value::Obj(cls.clone()), index]);
        let mk = |vm: &mut Vm, f: crate::objects::function::NativeFn| {
            Value::Obj(PyRef::new(
                &vm.types.builtin_function,
                Payload::Builtin(Box::new(crate::objects::function::BuiltinFn {
                    name: "member",
                    func: f,
                    kind: BuiltinKind::Function,
                    self_: info.clone(),
                    owner: "member_descriptor",
                    doc: None,
                })),
            ))
        };
        let get = mk(vm, member_get);
        let set = mk(vm, member_set);
        let d = PyRef::new(
            &mt,
            Payload::Property {
                fget: get,
                fset: set.clone(),
                fdel: set,
                doc: Value::None,
            },
        );
        vm.set_type_attr(cls, name, Value::Obj(d));
    }
    Ok(added)
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let property = vm.types.property.clone();
    vm.add_builtin(
        &property,
        "property",
        "__new__",
        property_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &property,
        "property",
        &[
            ("__init__", property_init),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    add_getter(vm, &property, "__isabstractmethod__", descr_isabstract);
    let sm = vm.types.staticmethod.clone();
    vm.add_builtin(
        &sm,
        "staticmethod",
        "__new__",
        staticmethod_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &sm,
        "staticmethod",
        &[
            ("__get__", staticmethod_get),
            ("__call__", staticmethod_call),
            ("__repr__", wrapper_repr),
        ],
    );
    add_getter(vm, &sm, "__isabstractmethod__", descr_isabstract);
    let cm = vm.types.classmethod.clone();
    vm.add_builtin(
        &cm,
        "classmethod",
        "__new__",
        classmethod_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &cm,
        "classmethod",
        &[("__get__", classmethod_get), ("__repr__", wrapper_repr)],
    );
    add_getter(vm, &cm, "__isabstractmethod__", descr_isabstract);
    let sup = vm.types.super_.clone();
    vm.add_builtin(
        &sup,
        "super",
        "__new__",
        super_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &sup,
        "super",
        &[("__get__", super_get), ("__repr__", super_repr)],
    );
    // Attribute access on super objects must reach `super_getattr` (not the method cache).
    tdata(&sup).set_flag(TF_CUSTOM_GETATTR, true);
}
