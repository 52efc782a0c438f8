//! Per-type exception attributes (`StopIteration.value`, `OSError.errno`, `SyntaxError.lineno`,
//! `UnicodeError.start` ...; = CPython's member descriptors in `Objects/exceptions.c`).
//!
//! Each is a data descriptor on its exception type whose value is, in order: what the
//! constructor or an assignment stored in the exception's private member dict
//! (`ExcData::notes`), then the instance `__dict__` (where core code such as
//! `vm.attribute_error` stores them), then the value derived from `args`. The exception methods
//! themselves are in `objects/exc_methods.rs`.

use crate::object::{Payload, PyRef};
use crate::objects::exceptions::ExcData;
use crate::objects::function::NativeFn;
use crate::objects::typeobj::is_subtype;
use crate::value::Value;
use crate::vm::ops::{dict_get_str, dict_set_str};
use crate::vm::{Args, PyResult, Vm};

pub(crate) fn exc_data(o: &PyRef) -> Option<&ExcData> {
    match &o.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// The items of an exception's `args`.
pub fn exc_args(o: &PyRef) -> Vec<Value> {
    match exc_data(o).map(|d| d.args.borrow().clone()) {
        Some(Value::Obj(t)) => match &t.payload {
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Stores a member value (see the module documentation).
pub fn set_member(vm: &mut Vm, o: &PyRef, name: &str, v: Value) {
    let Some(d) = exc_data(o) else { return };
    let existing = d.notes.borrow().clone();
    let dict = match existing {
        Value::Obj(dd) if matches!(dd.payload, Payload::Dict(_)) => dd,
        _ => {
            let dd = vm.new_dict_ref();
            *d.notes.borrow_mut() = Value::Obj(dd.clone());
            dd
        }
    };
    let k = Value::Obj(vm.intern(name));
    dict_set_str(vm, &dict, k, v);
}

/// A member's stored value (member dict, then instance dict), if any.
pub(crate) fn stored_member(vm: &mut Vm, o: &PyRef, name: &str) -> Option<Value> {
    if let Some(Value::Obj(dd)) = exc_data(o).map(|d| d.notes.borrow().clone()) {
        if let Some(v) = dict_get_str(vm, &dd, name) {
            return Some(v);
        }
    }
    let d = o.get_dict()?;
    dict_get_str(vm, &d, name)
}

/// How a member is derived from `args` when nothing was stored.
pub(crate) type Derive = fn(&Vm, &PyRef, &[Value]) -> Value;

pub(crate) fn member_value(vm: &mut Vm, o: &PyRef, name: &str, derive: Derive) -> Value {
    match stored_member(vm, o, name) {
        Some(v) => v,
        None => {
            let a = exc_args(o);
            derive(vm, o, &a)
        }
    }
}

pub(crate) fn none(_: &Vm, _: &PyRef, _: &[Value]) -> Value {
    Value::None
}

pub(crate) fn nth(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::None)
}

pub(crate) fn d_first(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    nth(a, 0)
}

pub(crate) fn d_code(vm: &Vm, _: &PyRef, a: &[Value]) -> Value {
    match a.len() {
        0 => Value::None,
        1 => a[0].clone(),
        _ => vm.new_tuple(a.to_vec()),
    }
}

pub(crate) fn d_errno(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    if (2..=5).contains(&a.len()) {
        a[0].clone()
    } else {
        Value::None
    }
}

pub(crate) fn d_strerror(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    if (2..=5).contains(&a.len()) {
        a[1].clone()
    } else {
        Value::None
    }
}

pub(crate) fn d_import_msg(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    if a.len() == 1 {
        a[0].clone()
    } else {
        Value::None
    }
}

pub(crate) fn syntax_info(a: &[Value], i: usize) -> Value {
    if a.len() != 2 {
        return Value::None;
    }
    match a[1].payload() {
        Some(Payload::Tuple(t)) => t.get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

pub(crate) fn d_syn_filename(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    syntax_info(a, 0)
}
pub(crate) fn d_syn_lineno(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    syntax_info(a, 1)
}
pub(crate) fn d_syn_offset(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    syntax_info(a, 2)
}
pub(crate) fn d_syn_text(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    syntax_info(a, 3)
}
pub(crate) fn d_syn_end_lineno(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    syntax_info(a, 4)
}
pub(crate) fn d_syn_end_offset(_: &Vm, _: &PyRef, a: &[Value]) -> Value {
    syntax_info(a, 5)
}

/// Index of a UnicodeError field in `args` for the instance's type (None = not derived).
pub(crate) fn unicode_index(vm: &Vm, o: &PyRef, field: usize) -> Option<usize> {
    let ty = o.ty();
    if is_subtype(ty, &vm.exc.unicode_translate_error) {
        return if field == 0 { None } else { Some(field - 1) };
    }
    if is_subtype(ty, &vm.exc.unicode_decode_error) || is_subtype(ty, &vm.exc.unicode_encode_error)
    {
        return Some(field);
    }
    None
}

pub(crate) fn d_uni(vm: &Vm, o: &PyRef, a: &[Value], field: usize) -> Value {
    match unicode_index(vm, o, field) {
        Some(i) => nth(a, i),
        None => Value::None,
    }
}
pub(crate) fn d_uni_encoding(vm: &Vm, o: &PyRef, a: &[Value]) -> Value {
    d_uni(vm, o, a, 0)
}
pub(crate) fn d_uni_object(vm: &Vm, o: &PyRef, a: &[Value]) -> Value {
    match d_uni(vm, o, a, 1) {
        v @ Value::Obj(_) if matches!(v.payload(), Some(Payload::ByteArray(_))) => {
            vm.new_bytes(crate::objects::bytes::as_bytes_like(&v).unwrap_or_default())
        }
        v => v,
    }
}
pub(crate) fn d_uni_start(vm: &Vm, o: &PyRef, a: &[Value]) -> Value {
    d_uni(vm, o, a, 2)
}
pub(crate) fn d_uni_end(vm: &Vm, o: &PyRef, a: &[Value]) -> Value {
    d_uni(vm, o, a, 3)
}
pub(crate) fn d_uni_reason(vm: &Vm, o: &PyRef, a: &[Value]) -> Value {
    d_uni(vm, o, a, 4)
}

pub(crate) fn exc_self(vm: &Vm, args: &Args, name: &str) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        Some(v) => Err(vm.type_error(&format!(
            "descriptor '{name}' requires a 'BaseException' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' of 'BaseException' object needs an argument"
        ))),
    }
}

macro_rules! members {
    ($( $get:ident / $set:ident = $name:literal : $derive:expr ;)*) => {
        $(
            fn $get(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let o = exc_self(vm, &args, $name)?;
                Ok(member_value(vm, &o, $name, $derive))
            }
            fn $set(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let o = exc_self(vm, &args, $name)?;
                let v = args.args.get(1).cloned().unwrap_or(Value::None);
                set_member(vm, &o, $name, v);
                Ok(Value::None)
            }
        )*
    };
}

members! {
    get_value / set_value = "value": d_first;
    get_code / set_code = "code": d_code;
    get_errno / set_errno = "errno": d_errno;
    get_strerror / set_strerror = "strerror": d_strerror;
    get_filename / set_filename = "filename": none;
    get_filename2 / set_filename2 = "filename2": none;
    get_imp_msg / set_imp_msg = "msg": d_import_msg;
    get_name / set_name = "name": none;
    get_path / set_path = "path": none;
    get_obj / set_obj = "obj": none;
    get_syn_msg / set_syn_msg = "msg": d_first;
    get_syn_filename / set_syn_filename = "filename": d_syn_filename;
    get_syn_lineno / set_syn_lineno = "lineno": d_syn_lineno;
    get_syn_offset / set_syn_offset = "offset": d_syn_offset;
    get_syn_text / set_syn_text = "text": d_syn_text;
    get_syn_end_lineno / set_syn_end_lineno = "end_lineno": d_syn_end_lineno;
    get_syn_end_offset / set_syn_end_offset = "end_offset": d_syn_end_offset;
    get_syn_pfl / set_syn_pfl = "print_file_and_line": none;
    get_uni_encoding / set_uni_encoding = "encoding": d_uni_encoding;
    get_uni_object / set_uni_object = "object": d_uni_object;
    get_uni_start / set_uni_start = "start": d_uni_start;
    get_uni_end / set_uni_end = "end": d_uni_end;
    get_uni_reason / set_uni_reason = "reason": d_uni_reason;
}

/// Puts a member descriptor (a property with built-in accessors) on an exception type.
pub(crate) fn add_member(
    vm: &mut Vm,
    ty: &PyRef,
    name: &'static str,
    get: NativeFn,
    set: NativeFn,
) {
    let g = vm.new_builtin_fn("builtins", name, get);
    let s = vm.new_builtin_fn("builtins", name, set);
    let p = PyRef::new(
        &vm.types.property,
        Payload::Property {
            fget: g,
            fset: s.clone(),
            fdel: s,
            doc: Value::None,
        },
    );
    vm.set_type_attr(ty, name, Value::Obj(p));
}

/// Puts the member descriptors on the exception types.
pub fn register_members(vm: &mut Vm) {
    type Member = (&'static str, NativeFn, NativeFn);
    let table: Vec<(PyRef, Vec<Member>)> = vec![
        (
            vm.exc.stop_iteration.clone(),
            vec![("value", get_value, set_value)],
        ),
        (
            vm.exc.system_exit.clone(),
            vec![("code", get_code, set_code)],
        ),
        (
            vm.exc.os_error.clone(),
            vec![
                ("errno", get_errno, set_errno),
                ("strerror", get_strerror, set_strerror),
                ("filename", get_filename, set_filename),
                ("filename2", get_filename2, set_filename2),
            ],
        ),
        (
            vm.exc.import_error.clone(),
            vec![
                ("msg", get_imp_msg, set_imp_msg),
                ("name", get_name, set_name),
                ("path", get_path, set_path),
            ],
        ),
        (
            vm.exc.attribute_error.clone(),
            vec![("name", get_name, set_name), ("obj", get_obj, set_obj)],
        ),
        (
            vm.exc.name_error.clone(),
            vec![("name", get_name, set_name)],
        ),
        (
            vm.exc.syntax_error.clone(),
            vec![
                ("msg", get_syn_msg, set_syn_msg),
                ("filename", get_syn_filename, set_syn_filename),
                ("lineno", get_syn_lineno, set_syn_lineno),
                ("offset", get_syn_offset, set_syn_offset),
                ("text", get_syn_text, set_syn_text),
                ("end_lineno", get_syn_end_lineno, set_syn_end_lineno),
                ("end_offset", get_syn_end_offset, set_syn_end_offset),
                ("print_file_and_line", get_syn_pfl, set_syn_pfl),
            ],
        ),
        (
            vm.exc.unicode_error.clone(),
            vec![
                ("encoding", get_uni_encoding, set_uni_encoding),
                ("object", get_uni_object, set_uni_object),
                ("start", get_uni_start, set_uni_start),
                ("end", get_uni_end, set_uni_end),
                ("reason", get_uni_reason, set_uni_reason),
            ],
        ),
    ];
    for (ty, members) in table {
        for (name, g, s) in members {
            add_member(vm, &ty, name, g, s);
        }
    }
}
