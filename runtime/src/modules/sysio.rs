//! `sys.stdout`, `sys.stderr` and `sys.stdin`: text streams over the process's standard
//! streams. Writes to the original `sys.stdout` go through the interpreter's buffer.

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

fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "write", 2)?;
    let Some(s) = a.args[1].as_str() else {
        return Err(vm.type_error(&format!("write() argument must be str, not {}", vm.type_name(&a.args[1]))));
    };
    let n = s.chars().count() as i64;
    match which(&a.args[0]) {
        Some(Std::Out) => {
            vm.out.extend_from_slice(s.as_bytes());
            if vm.config.unbuffered || vm.out.len() > (1 << 16) {
                vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
            }
        }
        Some(Std::Err) => {
            vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
            std::io::stderr().write_all(s.as_bytes()).map_err(|e| vm.os_error(&e))?;
        }
        _ => return Err(vm.new_error(&vm.exc.os_error.clone(), "not writable")),
    }
    Ok(Value::Int(n))
}

fn flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if which(&a.args[0]) == Some(Std::Out) {
        vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
    }
    Ok(Value::None)
}

fn readline(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| vm.os_error(&e))?;
    Ok(vm.new_str(line))
}

fn read(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
    let mut s = String::new();
    std::io::stdin().lock().read_to_string(&mut s).map_err(|e| vm.os_error(&e))?;
    Ok(vm.new_str(s))
}

fn isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = match which(&a.args[0]) {
        Some(Std::In) => 0,
        Some(Std::Out) => 1,
        _ => 2,
    };
    let _ = vm;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(match which(&a.args[0]) {
        Some(Std::In) => 0,
        Some(Std::Out) => 1,
        _ => 2,
    }))
}

/// Creates the three streams and stores them in `sys`.
pub fn install_streams(vm: &mut Vm, sys: &PyRef) {
    let object = vm.types.object.clone();
    let ty = vm.new_builtin_type("TextIOWrapper", &object, Layout::Internal, 0);
    let methods: &[(&'static str, crate::objects::function::NativeFn)] =
        &[("write", write), ("flush", flush), ("readline", readline), ("read", read), ("isatty", isatty), ("fileno", fileno)];
    vm.add_methods(&ty, "_io.TextIOWrapper", methods);
    for (name, std) in [("stdin", Std::In), ("stdout", Std::Out), ("stderr", Std::Err)] {
        let o = PyRef::new(&ty, Payload::Native(std::cell::RefCell::new(Box::new(std))));
        if std == Std::Out {
            vm.stdout_obj = Some(o.clone());
        }
        vm.module_set(sys, name, Value::Obj(o.clone()));
        vm.module_set(sys, &format!("__{name}__"), Value::Obj(o));
    }
}
