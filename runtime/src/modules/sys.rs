//! The `sys` module: the core surface scripts use.

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The version string `sys.version` reports.
pub const VERSION: &str = "3.11.7 (heron 0.1.0)";

/// `SystemExit(code)`.
pub fn system_exit(vm: &mut Vm, code: Value) -> PyErr {
    let args = if code.is_none() { vm.new_tuple(vec![]) } else { vm.new_tuple(vec![code.clone()]) };
    let e = PyErr(vm.new_exception_obj(&vm.exc.system_exit.clone(), args));
    vm.set_exc_attr(&e, "code", code);
    e
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &a, "exit", 0, 1)?;
    let code = a.args.first().cloned().unwrap_or(Value::None);
    Err(system_exit(vm, code))
}

fn getrecursionlimit(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "setrecursionlimit", 1)?;
    match as_int(&a.args[0]) {
        Some(IntArg::Small(n)) if n >= 1 => {
            let depth = vm.frames.len();
            if (n as usize) <= depth {
                return Err(vm.new_error(
                    &vm.exc.recursion_error.clone(),
                    &format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
                ));
            }
            vm.recursion_limit = n as usize;
            Ok(Value::None)
        }
        Some(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        None => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&a.args[0])))),
    }
}

fn getrefcount(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "getrefcount", 1)?;
    Ok(Value::Int(match &a.args[0] {
        // One reference is the argument itself, as in CPython.
        Value::Obj(o) => o.refcnt.get() as i64 - refcount_overhead(),
        _ => 1 << 30,
    }))
}

/// References a call to `sys.getrefcount` holds beyond CPython's one (the caller's stack slot).
fn refcount_overhead() -> i64 {
    0
}

fn getframe(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let depth = match a.args.first() {
        Some(Value::Int(d)) => *d as usize,
        _ => 0,
    };
    if depth >= vm.frames.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let fi = vm.frames.len() - 1 - depth;
    Ok(vm.frame_object(fi))
}

fn exc_info(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let h = vm.handled.clone();
    Ok(match &h {
        Value::Obj(e) => {
            let ty = Value::Obj(e.type_ref());
            let tb = match &e.payload {
                Payload::Exception(d) => d.traceback.borrow().clone(),
                _ => Value::None,
            };
            vm.new_tuple(vec![ty, h.clone(), tb])
        }
        _ => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.handled.clone())
}

fn intern(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "intern", 1)?;
    match a.args[0].as_str() {
        Some(s) => Ok(Value::Obj(vm.intern(s))),
        None => Err(vm.type_error(&format!("intern() argument must be str, not {}", vm.type_name(&a.args[0])))),
    }
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("sys");
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getrefcount", getrefcount),
        ("_getframe", getframe),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("sys", name, f);
        vm.module_set(&m, name, v);
    }
    let argv: Vec<Value> = vm.config.argv.clone().iter().map(|a| vm.new_str(a.as_str())).collect();
    let argv = vm.new_list(argv);
    vm.module_set(&m, "argv", argv);
    let path: Vec<Value> = vm.config.path.clone().iter().map(|a| vm.new_str(a.as_str())).collect();
    let path = vm.new_list(path);
    vm.module_set(&m, "path", path);
    let modules = Value::Obj(vm.modules.clone());
    vm.module_set(&m, "modules", modules);
    let v = vm.new_str(VERSION);
    vm.module_set(&m, "version", v);
    let vi = vec![Value::Int(3), Value::Int(11), Value::Int(7), vm.new_str("final"), Value::Int(0)];
    let vi = vm.new_tuple(vi);
    vm.module_set(&m, "version_info", vi);
    vm.module_set(&m, "maxsize", Value::Int(i64::MAX));
    let bo = vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" });
    vm.module_set(&m, "byteorder", bo);
    let pl = vm.new_str("linux");
    vm.module_set(&m, "platform", pl);
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    let exe = vm.new_str(exe);
    vm.module_set(&m, "executable", exe);
    let bn: Vec<Value> = ["builtins", "sys", "time"].iter().map(|n| vm.new_str(*n)).collect();
    let bn = vm.new_tuple(bn);
    vm.module_set(&m, "builtin_module_names", bn);
    crate::modules::sysio::install_streams(vm, &m);
    m
}
