//! Exception methods (= CPython's `Objects/exceptions.c`): construction, `str`/`repr`,
//! `with_traceback`, `add_note`, pickling support.
//!
//! Construction: `BaseException.__new__` makes the instance with `args` = the constructor's
//! positional arguments. Built-in exception types are fully initialised there (the core never
//! runs a built-in type's `__init__`); heap subclasses then get their `__init__` run, which may
//! or may not call `super().__init__`, exactly as in CPython. The per-type attributes
//! (`OSError.errno`, `SyntaxError.lineno`, ...) are in `modules/exc_members.rs`.

use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{is_subtype, tdata};
use crate::value::Value;
use crate::vm::ops::dict_set_str;
use crate::vm::{Args, PyErr, PyResult, Vm};

use crate::modules::exc_members::{
    d_errno, d_first, d_import_msg, d_strerror, d_syn_filename, d_syn_lineno, d_uni_encoding,
    d_uni_end, d_uni_object, d_uni_reason, d_uni_start, exc_args, exc_data, exc_self, member_value,
    none, nth, set_member, unicode_index,
};

// ---- construction ----

/// Accepts only the keyword arguments in `allowed` (stored as members), with CPython's message.
fn member_kwargs(
    vm: &mut Vm,
    o: &PyRef,
    args: &Args,
    allowed: &[&str],
    fname: &str,
) -> PyResult<()> {
    for (k, v) in args.kw() {
        if !allowed.contains(&k) {
            return Err(vm.type_error(&format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
        set_member(vm, o, k, v.clone());
    }
    Ok(())
}

fn no_kwargs(vm: &Vm, o: &PyRef, args: &Args) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", o.type_name())));
    }
    Ok(())
}

fn arg_str(vm: &Vm, v: &Value, i: usize) -> PyResult<()> {
    if v.as_str().is_none() {
        return Err(vm.type_error(&format!(
            "argument {i} must be str, not {}",
            vm.type_name(v)
        )));
    }
    Ok(())
}

fn arg_int(vm: &Vm, v: &Value, i: usize) -> PyResult<()> {
    if crate::vm::numeric::as_int(v).is_none() {
        return Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    let _ = i;
    Ok(())
}

/// Validates the constructor arguments of the Unicode errors.
fn unicode_init(vm: &mut Vm, o: &PyRef, pos: &[Value]) -> PyResult<()> {
    let ty = o.ty();
    let (n, has_encoding) = if is_subtype(ty, &vm.exc.unicode_translate_error) {
        (4, false)
    } else {
        (5, true)
    };
    if pos.len() != n {
        return Err(vm.type_error(&format!(
            "function takes exactly {n} arguments ({} given)",
            pos.len()
        )));
    }
    let off = if has_encoding {
        arg_str(vm, &pos[0], 1)?;
        1
    } else {
        0
    };
    if is_subtype(ty, &vm.exc.unicode_decode_error) {
        if crate::objects::bytes::as_bytes_like(&pos[off]).is_none() {
            return Err(vm.type_error(&format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&pos[off])
            )));
        }
    } else {
        arg_str(vm, &pos[off], off + 1)?;
    }
    arg_int(vm, &pos[off + 1], off + 2)?;
    arg_int(vm, &pos[off + 2], off + 3)?;
    arg_str(vm, &pos[off + 3], off + 4)
}

/// Validates and records `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))`. The fields go to the instance dict, where traceback printing reads them.
fn syntax_init(vm: &mut Vm, o: &PyRef, pos: &[Value]) -> PyResult<()> {
    if pos.len() != 2 {
        return Ok(());
    }
    let info = vm.collect_iter(&pos[1])?;
    if info.len() < 4 {
        return Err(vm.type_error(&format!(
            "function takes at least 4 arguments ({} given)",
            info.len()
        )));
    }
    if info.len() > 6 {
        return Err(vm.type_error(&format!(
            "function takes at most 6 arguments ({} given)",
            info.len()
        )));
    }
    let Some(d) = o.get_dict() else { return Ok(()) };
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    let mut all = vec![("msg", pos[0].clone())];
    for (i, n) in names.iter().enumerate() {
        all.push((n, info.get(i).cloned().unwrap_or(Value::None)));
    }
    for (n, v) in all {
        let k = Value::Obj(vm.intern(n));
        dict_set_str(vm, &d, k, v);
    }
    Ok(())
}

/// The per-type part of `__init__` for built-in exception types (OSError is separate).
fn init_fields(vm: &mut Vm, o: &PyRef, pos: &[Value], args: &Args) -> PyResult<()> {
    let ty = o.type_ref();
    if is_subtype(&ty, &vm.exc.import_error.clone()) {
        return member_kwargs(vm, o, args, &["name", "path"], "ImportError");
    }
    if is_subtype(&ty, &vm.exc.attribute_error.clone()) {
        return member_kwargs(vm, o, args, &["name", "obj"], "AttributeError");
    }
    if is_subtype(&ty, &vm.exc.name_error.clone()) {
        return member_kwargs(vm, o, args, &["name"], "NameError");
    }
    no_kwargs(vm, o, args)?;
    if is_subtype(&ty, &vm.exc.syntax_error.clone()) {
        return syntax_init(vm, o, pos);
    }
    if unicode_index(vm, o, 1).is_some() {
        return unicode_init(vm, o, pos);
    }
    Ok(())
}

/// The OSError subclass for an errno (= CPython's `errnomap`).
fn errno_type(vm: &Vm, errno: i64) -> Option<PyRef> {
    let e = &vm.exc;
    let n = i32::try_from(errno).ok()?;
    Some(
        match n {
            libc::ENOENT => &e.file_not_found_error,
            libc::EEXIST => &e.file_exists_error,
            libc::EACCES | libc::EPERM => &e.permission_error,
            libc::EISDIR => &e.is_a_directory_error,
            libc::ENOTDIR => &e.not_a_directory_error,
            libc::ECHILD => &e.child_process_error,
            libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &e.blocking_io_error,
            libc::EPIPE | libc::ESHUTDOWN => &e.broken_pipe_error,
            libc::ECONNABORTED => &e.connection_aborted_error,
            libc::ECONNREFUSED => &e.connection_refused_error,
            libc::ECONNRESET => &e.connection_reset_error,
            libc::EINTR => &e.interrupted_error,
            libc::ESRCH => &e.process_lookup_error,
            libc::ETIMEDOUT => &e.timeout_error,
            _ => return None,
        }
        .clone(),
    )
}

/// Whether OSError subclass `cls` parses its arguments in `__init__` (it overrides `__init__`
/// but not `__new__`; = `oserror_use_init`).
fn oserror_use_init(vm: &mut Vm, cls: &PyRef) -> bool {
    if !tdata(cls).is_heap() {
        return false;
    }
    let init = vm.intern_static("__init__");
    let new = vm.intern_static("__new__");
    let init_f = vm.lookup_type(cls, &init);
    let new_f = vm.lookup_type(cls, &new);
    let user_init = !matches!(
        init_f.as_ref().and_then(|f| f.payload()),
        Some(Payload::Builtin(_))
    );
    let builtin_new = matches!(
        new_f.as_ref().and_then(|f| f.payload()),
        Some(Payload::Builtin(_))
    );
    user_init && builtin_new
}

/// Applies OSError's argument convention to `o`: errno, strerror, filename, (winerror),
/// filename2; with a filename, `args` becomes `(errno, strerror)`.
fn oserror_parse(vm: &mut Vm, o: &PyRef, pos: &[Value]) {
    if !(2..=5).contains(&pos.len()) {
        return;
    }
    let filename = nth(pos, 2);
    let filename2 = nth(pos, 4);
    if !filename.is_none() {
        set_member(vm, o, "filename", filename);
        if !filename2.is_none() {
            set_member(vm, o, "filename2", filename2);
        }
        if let Some(d) = exc_data(o) {
            *d.args.borrow_mut() = vm.new_tuple(pos[..2].to_vec());
        }
    }
}

/// `BaseException.__new__(cls, *args, **kwargs)`.
fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(&c.payload, Payload::Type(t) if t.has_flag(crate::objects::typeobj::TF_EXCEPTION)) => {
            c.clone()
        }
        Some(v) => {
            return Err(vm.type_error(&format!(
                "BaseException.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )));
        }
        None => return Err(vm.type_error("BaseException.__new__(): not enough arguments")),
    };
    let pos = args.pos()[1..].to_vec();
    let heap = tdata(&cls).is_heap();
    let is_os = is_subtype(&cls, &vm.exc.os_error.clone());
    let use_init = is_os && oserror_use_init(vm, &cls);
    let mut target = cls.clone();
    if is_os && !use_init {
        if !args.kwnames.is_empty() {
            return Err(vm.type_error(&format!(
                "{}() takes no keyword arguments",
                tdata(&cls).name()
            )));
        }
        if PyRef::ptr_eq(&cls, &vm.exc.os_error) && (2..=5).contains(&pos.len()) {
            if let Value::Int(n) = pos[0] {
                if let Some(t) = errno_type(vm, n) {
                    target = t;
                }
            }
        }
    }
    let a = vm.new_tuple(pos.clone());
    let e = vm.new_exception_obj(&target, a);
    if is_os {
        if !use_init {
            oserror_parse(vm, &e, &pos);
        }
    } else if !heap {
        init_fields(vm, &e, &pos, &args)?;
    }
    Ok(Value::Obj(e))
}

/// `BaseException.__init__(self, *args, **kwargs)`.
fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = exc_self(vm, &args, "__init__")?;
    let pos = args.pos()[1..].to_vec();
    let t = vm.new_tuple(pos.clone());
    if let Some(d) = exc_data(&o) {
        *d.args.borrow_mut() = t;
    }
    init_fields(vm, &o, &pos, &args)?;
    Ok(Value::None)
}

/// `OSError.__init__`: parses the arguments only for subclasses that parse in `__init__`.
fn oserror_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = exc_self(vm, &args, "__init__")?;
    let ty = o.type_ref();
    if !oserror_use_init(vm, &ty) {
        return Ok(Value::None);
    }
    no_kwargs(vm, &o, &args)?;
    let pos = args.pos()[1..].to_vec();
    let t = vm.new_tuple(pos.clone());
    if let Some(d) = exc_data(&o) {
        *d.args.borrow_mut() = t;
    }
    oserror_parse(vm, &o, &pos);
    Ok(Value::None)
}

// ---- str / repr ----

fn base_str(vm: &mut Vm, a: &[Value]) -> PyResult<String> {
    match a.len() {
        0 => Ok(String::new()),
        1 => vm.str_of(&a[0]),
        _ => {
            let t = vm.new_tuple(a.to_vec());
            vm.str_of(&t)
        }
    }
}

fn as_index(v: &Value) -> Option<i64> {
    match crate::vm::numeric::as_int(v) {
        Some(crate::vm::numeric::IntArg::Small(i)) => Some(i),
        _ => None,
    }
}

/// `'\xe9'`-style text for one character of a Unicode error message.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn unicode_str(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    let object = member_value(vm, o, "object", d_uni_object);
    if object.is_none() {
        return Ok(String::new());
    }
    let reason = member_value(vm, o, "reason", d_uni_reason);
    let reason = vm.str_of(&reason)?;
    let encoding = member_value(vm, o, "encoding", d_uni_encoding);
    let encoding = vm.str_of(&encoding)?;
    let start = as_index(&member_value(vm, o, "start", d_uni_start)).unwrap_or(0);
    let end = as_index(&member_value(vm, o, "end", d_uni_end)).unwrap_or(0);
    let ty = o.type_ref();
    if is_subtype(&ty, &vm.exc.unicode_decode_error.clone()) {
        let bytes = crate::objects::bytes::as_bytes_like(&object).unwrap_or_default();
        if start >= 0 && (start as usize) < bytes.len() && end == start + 1 {
            return Ok(format!(
                "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                bytes[start as usize]
            ));
        }
        return Ok(format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ));
    }
    let text: Vec<char> = object.as_str().unwrap_or("").chars().collect();
    let translate = is_subtype(&ty, &vm.exc.unicode_translate_error.clone());
    let (verb, prefix) = if translate {
        ("translate", String::new())
    } else {
        ("encode", format!("'{encoding}' codec "))
    };
    if start >= 0 && (start as usize) < text.len() && end == start + 1 {
        let c = char_escape(text[start as usize]);
        return Ok(format!(
            "{prefix}can't {verb} character '{c}' in position {start}: {reason}"
        ));
    }
    Ok(format!(
        "{prefix}can't {verb} characters in position {start}-{}: {reason}",
        end - 1
    ))
}

fn syntax_str(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    let msg = member_value(vm, o, "msg", d_first);
    let msg = vm.str_of(&msg)?;
    let filename = member_value(vm, o, "filename", d_syn_filename);
    let lineno = member_value(vm, o, "lineno", d_syn_lineno);
    let base = filename
        .as_str()
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = as_index(&lineno);
    Ok(match (base, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

fn oserror_str(vm: &mut Vm, o: &PyRef) -> PyResult<Option<String>> {
    let errno = member_value(vm, o, "errno", d_errno);
    let strerror = member_value(vm, o, "strerror", d_strerror);
    let filename = member_value(vm, o, "filename", none);
    let filename2 = member_value(vm, o, "filename2", none);
    if !filename.is_none() {
        let e = vm.str_of(&errno)?;
        let s = vm.str_of(&strerror)?;
        let f = vm.repr(&filename)?;
        if !filename2.is_none() {
            let f2 = vm.repr(&filename2)?;
            return Ok(Some(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(Some(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = vm.str_of(&errno)?;
        let s = vm.str_of(&strerror)?;
        return Ok(Some(format!("[Errno {e}] {s}")));
    }
    Ok(None)
}

/// `str(exc)` for exceptions whose class does not define `__str__` in Python.
pub fn exc_str(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    let ty = o.type_ref();
    if is_subtype(&ty, &vm.exc.base_exception_group.clone()) {
        return crate::objects::excgroup::group_str(vm, o);
    }
    let a = exc_args(o);
    if is_subtype(&ty, &vm.exc.key_error.clone()) && a.len() == 1 {
        return vm.repr(&a[0]);
    }
    if is_subtype(&ty, &vm.exc.os_error.clone()) {
        if let Some(s) = oserror_str(vm, o)? {
            return Ok(s);
        }
    } else if is_subtype(&ty, &vm.exc.import_error.clone()) {
        let msg = member_value(vm, o, "msg", d_import_msg);
        if let Some(s) = msg.as_str() {
            return Ok(s.to_string());
        }
    } else if is_subtype(&ty, &vm.exc.syntax_error.clone()) {
        return syntax_str(vm, o);
    } else if unicode_index(vm, o, 1).is_some() {
        return unicode_str(vm, o);
    }
    base_str(vm, &a)
}

/// `repr(exc)`: `Name(args...)`.
pub fn exc_repr(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    let name = tdata(o.ty()).name();
    let a = exc_args(o);
    if a.len() == 1 {
        return Ok(format!("{name}({})", vm.repr(&a[0])?));
    }
    let t = vm.new_tuple(a);
    Ok(format!("{name}{}", vm.repr(&t)?))
}

fn exc_str_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = exc_self(vm, &args, "__str__")?;
    let s = exc_str(vm, &o)?;
    Ok(vm.new_str(s))
}

fn exc_repr_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = exc_self(vm, &args, "__repr__")?;
    let s = exc_repr(vm, &o)?;
    Ok(vm.new_str(s))
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "with_traceback", 1)?;
    let o = exc_self(vm, &args, "with_traceback")?;
    let tb = args.args[1].clone();
    if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback { .. })) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(d) = exc_data(&o) {
        *d.traceback.borrow_mut() = tb;
    }
    Ok(Value::Obj(o))
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "add_note", 1)?;
    let o = exc_self(vm, &args, "add_note")?;
    let note = args.args[1].clone();
    if note.as_str().is_none() {
        return Err(vm.type_error(&format!(
            "note must be a str, not '{}'",
            vm.type_name(&note)
        )));
    }
    let ov = Value::Obj(o.clone());
    let notes = match vm.getattr_opt_str(&ov, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            let k = vm.intern_static("__notes__");
            vm.setattr(&ov, &k, l.clone())?;
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = exc_self(vm, &args, "__reduce__")?;
    let cls = Value::Obj(o.type_ref());
    let mut a = exc_args(&o);
    if is_subtype(o.ty(), &vm.exc.os_error) && a.len() == 2 {
        let f = member_value(vm, &o, "filename", none);
        if !f.is_none() {
            a.push(f);
            let f2 = member_value(vm, &o, "filename2", none);
            if !f2.is_none() {
                a.push(Value::None);
                a.push(f2);
            }
        }
    }
    let a = vm.new_tuple(a);
    match o.get_dict() {
        Some(d) if matches!(&d.payload, Payload::Dict(dd) if !dd.borrow().is_empty()) => {
            Ok(vm.new_tuple(vec![cls, a, Value::Obj(d)]))
        }
        _ => Ok(vm.new_tuple(vec![cls, a])),
    }
}

fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "__setstate__", 1)?;
    let o = Value::Obj(exc_self(vm, &args, "__setstate__")?);
    let state = args.args[1].clone();
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let items: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in items {
        let name = crate::objects::object_methods::attr_name(vm, &k)?;
        vm.setattr(&o, &name, v)?;
    }
    Ok(Value::None)
}

/// An OSError for an I/O error on `filename` (`[Errno 2] No such file or directory: 'x'`).
pub fn os_error_with_filename(vm: &mut Vm, e: &std::io::Error, filename: Value) -> PyErr {
    let err = vm.os_error(e);
    if let Some(errno) = e.raw_os_error() {
        if let Some(t) = errno_type(vm, errno as i64) {
            if !PyRef::ptr_eq(&t, &err.0.type_ref()) {
                err.0.set_type(&t);
            }
        }
    }
    set_member(vm, &err.0, "filename", filename);
    err
}

/// A `UnicodeDecodeError(encoding, bytes, start, end, reason)`.
pub fn unicode_decode_error(
    vm: &mut Vm,
    encoding: &str,
    bytes: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let items = vec![
        vm.new_str(encoding),
        vm.new_bytes(bytes.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    let a = vm.new_tuple(items);
    PyErr(vm.new_exception_obj(&vm.exc.unicode_decode_error.clone(), a))
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let base = vm.exc.base_exception.clone();
    vm.add_builtin(
        &base,
        "BaseException",
        "__new__",
        exc_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &base,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str_m),
            ("__repr__", exc_repr_m),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
            ("__reduce__", exc_reduce),
            ("__setstate__", exc_setstate),
        ],
    );
    let os = vm.exc.os_error.clone();
    vm.add_methods(&os, "OSError", &[("__init__", oserror_init)]);
    crate::modules::exc_members::register_members(vm);
}
