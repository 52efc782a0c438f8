//! `sys.stdout`, `sys.stderr` and `sys.stdin`: text streams over the process's standard
//! streams. Writes to the original `sys.stdout` go through the interpreter's buffer; stderr is
//! unbuffered (stdout is flushed first, so the two interleave as written).

use std::io::{BufRead, Read, Write};

use crate::object::{Payload, PyRef};
use crate::objects::typeobj::Layout;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Which standard stream a stream object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Std {
    In,
    Out,
    Err,
}

fn which(v: &Value) -> Option<Std> {
    match v.payload() {
        Some(Payload::Native(n)) => n.borrow().downcast_ref::<Std>().copied(),
        _ => None,
    }
}

fn stream(vm: &Vm, a: &Args) -> PyResult<Std> {
    a.args
        .first()
        .and_then(which)
        .ok_or_else(|| vm.type_error("descriptor requires a standard stream object"))
}

fn unsupported(vm: &mut Vm, msg: &str) -> crate::vm::PyErr {
    match crate::objects::file::unsupported_operation_type(vm) {
        Ok(t) => vm.new_error(&t, msg),
        Err(e) => e,
    }
}

/// Writes text to a standard stream; returns the number of characters.
fn write_text(vm: &mut Vm, s: Std, text: &str) -> PyResult<i64> {
    match s {
        Std::Out => {
            vm.out.extend_from_slice(text.as_bytes());
            if vm.config.unbuffered || vm.out.len() > (1 << 16) {
                vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
            }
        }
        Std::Err => {
            vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
            std::io::stderr()
                .write_all(text.as_bytes())
                .map_err(|e| vm.os_error(&e))?;
        }
        Std::In => return Err(unsupported(vm, "not writable")),
    }
    Ok(text.chars().count() as i64)
}

fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "write", 2)?;
    let s = stream(vm, &a)?;
    let Some(text) = a.args[1].as_str() else {
        return Err(vm.type_error(&format!(
            "write() argument must be str, not {}",
            vm.type_name(&a.args[1])
        )));
    };
    let text = text.to_string();
    Ok(Value::Int(write_text(vm, s, &text)?))
}

fn writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "writelines", 2)?;
    let s = stream(vm, &a)?;
    let it = vm.get_iter(&a.args[1])?;
    while let Some(line) = vm.iter_next(&it)? {
        let Some(text) = line.as_str() else {
            return Err(vm.type_error(&format!(
                "write() argument must be str, not {}",
                vm.type_name(&line)
            )));
        };
        let text = text.to_string();
        write_text(vm, s, &text)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if stream(vm, &a)? == Std::Out {
        vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
    }
    Ok(Value::None)
}

fn check_readable(vm: &mut Vm, a: &Args) -> PyResult<()> {
    if stream(vm, a)? != Std::In {
        return Err(unsupported(vm, "not readable"));
    }
    vm.flush_stdout().map_err(|e| vm.os_error(&e))
}

fn size_arg(vm: &Vm, a: &Args) -> PyResult<Option<usize>> {
    match a.args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(if *n < 0 { None } else { Some(*n as usize) }),
        Some(v) => Err(vm.type_error(&format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn decode(vm: &mut Vm, bytes: Vec<u8>) -> PyResult<Value> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => {
            let bytes = e.as_bytes().to_vec();
            let start = e.utf8_error().valid_up_to();
            let end = start + e.utf8_error().error_len().unwrap_or(bytes.len() - start);
            Err(crate::objects::exc_methods::unicode_decode_error(
                vm,
                "utf-8",
                &bytes,
                start,
                end,
                "invalid start byte",
            ))
        }
    }
}

/// One line from stdin (at most `limit` bytes), raw.
fn read_line_raw(vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let mut line = Vec::new();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    match limit {
        None => {
            lock.read_until(b'\n', &mut line)
                .map_err(|e| vm.os_error(&e))?;
        }
        Some(n) => {
            let mut byte = [0u8; 1];
            while line.len() < n {
                match lock.read(&mut byte) {
                    Ok(0) => break,
                    Ok(_) => {
                        line.push(byte[0]);
                        if byte[0] == b'\n' {
                            break;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(vm.os_error(&e)),
                }
            }
        }
    }
    Ok(line)
}

fn readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &a, "readline", 1, 2)?;
    check_readable(vm, &a)?;
    let limit = size_arg(vm, &a)?;
    let line = read_line_raw(vm, limit)?;
    decode(vm, line)
}

fn readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &a, "readlines", 1, 2)?;
    check_readable(vm, &a)?;
    let mut out = Vec::new();
    loop {
        let line = read_line_raw(vm, None)?;
        if line.is_empty() {
            break;
        }
        out.push(decode(vm, line)?);
    }
    Ok(vm.new_list(out))
}

fn read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &a, "read", 1, 2)?;
    check_readable(vm, &a)?;
    let mut buf = Vec::new();
    match size_arg(vm, &a)? {
        None => {
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| vm.os_error(&e))?;
        }
        Some(n) => {
            std::io::stdin()
                .lock()
                .take(n as u64)
                .read_to_end(&mut buf)
                .map_err(|e| vm.os_error(&e))?;
        }
    }
    decode(vm, buf)
}

fn next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_readable(vm, &a)?;
    let line = read_line_raw(vm, None)?;
    if line.is_empty() {
        return Err(crate::objects::generator::stop_iteration(vm, Value::None));
    }
    decode(vm, line)
}

fn iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    stream(vm, &a)?;
    Ok(a.args[0].clone())
}

fn fd_of(s: Std) -> i32 {
    match s {
        Std::In => 0,
        Std::Out => 1,
        Std::Err => 2,
    }
}

fn isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = stream(vm, &a)?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd_of(s)) } == 1))
}

fn fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = stream(vm, &a)?;
    Ok(Value::Int(fd_of(s) as i64))
}

fn readable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream(vm, &a)? == Std::In))
}

fn writable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream(vm, &a)? != Std::In))
}

fn seekable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    stream(vm, &a)?;
    Ok(Value::Bool(false))
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    flush(vm, a)
}

fn enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    stream(vm, &a)?;
    Ok(a.args[0].clone())
}

fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = stream(vm, &a)?;
    let (name, mode) = stream_info(s);
    Ok(vm.new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

fn stream_info(s: Std) -> (&'static str, &'static str) {
    match s {
        Std::In => ("<stdin>", "r"),
        Std::Out => ("<stdout>", "w"),
        Std::Err => ("<stderr>", "w"),
    }
}

fn get_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = stream(vm, &a)?;
    Ok(vm.new_str(stream_info(s).0))
}

fn get_mode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = stream(vm, &a)?;
    Ok(vm.new_str(stream_info(s).1))
}

fn get_encoding(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn get_errors(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = stream(vm, &a)?;
    Ok(vm.new_str(if s == Std::Err {
        "backslashreplace"
    } else {
        "strict"
    }))
}

fn get_false(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn get_none(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn get_line_buffering(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = stream(vm, &a)?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(
        s != Std::In && unsafe { libc::isatty(fd_of(s)) } == 1,
    ))
}

/// Creates the three streams and stores them in `sys`.
pub fn install_streams(vm: &mut Vm, sys: &PyRef) {
    let object = vm.types.object.clone();
    let ty = vm.new_builtin_type("TextIOWrapper", &object, Layout::Internal, 0);
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("readline", readline),
        ("readlines", readlines),
        ("read", read),
        ("isatty", isatty),
        ("fileno", fileno),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("close", close),
        ("__iter__", iter),
        ("__next__", next),
        ("__enter__", enter),
        ("__repr__", repr),
    ];
    vm.add_methods(&ty, "_io.TextIOWrapper", methods);
    let getters: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("name", get_name),
        ("mode", get_mode),
        ("encoding", get_encoding),
        ("errors", get_errors),
        ("closed", get_false),
        ("newlines", get_none),
        ("line_buffering", get_line_buffering),
    ];
    for &(n, g) in getters {
        crate::objects::descriptors::add_getter(vm, &ty, n, g);
    }
    let m = vm.new_str("_io");
    vm.set_type_attr(&ty, "__module__", m);
    for (name, std) in [
        ("stdin", Std::In),
        ("stdout", Std::Out),
        ("stderr", Std::Err),
    ] {
        let o = PyRef::new(&ty, Payload::Native(std::cell::RefCell::new(Box::new(std))));
        if std == Std::Out {
            vm.stdout_obj = Some(o.clone());
        }
        vm.module_set(sys, name, Value::Obj(o.clone()));
        vm.module_set(sys, &format!("__{name}__"), Value::Obj(o));
    }
}
