//! The `sys` module: the core surface scripts use, the struct sequences describing the
//! interpreter (`version_info`, `flags`, `float_info`, `int_info`, `hash_info`), the
//! integer-string conversion limit, `getsizeof`, and the display/except hooks.
//!
//! `getsizeof` reports CPython 3.11's sizes on a 64-bit build (`__sizeof__` plus the 16-byte
//! GC header for container objects), see `objects::object_methods::sizeof_value`; they
//! describe CPython's layout, not Heron's actual memory use.

use std::cell::Cell;

use crate::modules::structseq;
use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The version string `sys.version` reports.
pub const VERSION: &str = "3.11.7 (heron 0.1.0)";

/// `sys.hexversion` (3.11.7 final).
pub const HEXVERSION: i64 = 0x030b_07f0;

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits the limit is never checked (and it cannot be set lower).
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

crate::gil_local! {
    static INT_MAX_STR_DIGITS: Cell<usize> = const { Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// The current int/str conversion limit in digits (0 = unlimited).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(|c| c.get())
}

fn getswitchinterval(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(crate::gil::switch_interval()))
}

fn setswitchinterval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "setswitchinterval", 1)?;
    let secs = match &a.args[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        v => return Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v)))),
    };
    if secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::gil::set_switch_interval(secs);
    Ok(Value::None)
}

fn get_int_max_str_digits(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(int_max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.get(0, "maxdigits") else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = match as_int(v) {
        Some(IntArg::Small(n)) => n,
        Some(IntArg::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        None => {
            return Err(vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    if n != 0 && (n < 0 || (n as usize) < STR_DIGITS_CHECK_THRESHOLD) {
        return Err(vm.value_error(&format!(
            "maxdigits must be 0 or larger than {STR_DIGITS_CHECK_THRESHOLD}"
        )));
    }
    INT_MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(Value::None)
}

fn getsizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(obj) = a.get(0, "object").cloned() else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let default = a.get(1, "default").cloned();
    let r = match vm.lookup_special(&obj, "__sizeof__") {
        Some(f) => vm.call(&f, Args::new(std::slice::from_ref(&obj))),
        None => Err(vm.type_error(&format!(
            "Type {} doesn't define __sizeof__",
            vm.type_name(&obj)
        ))),
    };
    let size = match r {
        Ok(v) => v,
        Err(e) => {
            return match default {
                Some(d) if vm.err_matches(&e, &vm.exc.type_error.clone()) => Ok(d),
                _ => Err(e),
            }
        }
    };
    let n = match as_int(&size) {
        Some(IntArg::Small(n)) => n,
        Some(IntArg::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => return Err(vm.type_error("an integer is required")),
    };
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    Ok(Value::Int(
        n + crate::objects::object_methods::gc_overhead(&obj) as i64,
    ))
}

fn const_str(vm: &mut Vm, s: &str) -> PyResult<Value> {
    Ok(vm.new_str(s))
}

fn getdefaultencoding(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    const_str(vm, "utf-8")
}

fn getfilesystemencodeerrors(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    const_str(vm, "surrogateescape")
}

fn return_none(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn return_false(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn return_zero(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn call_tracing(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "call_tracing", 2)?;
    let f = a.args[0].clone();
    let items = vm.collect_iter(&a.args[1])?;
    vm.call(&f, Args::new(&items))
}

/// `sys.displayhook(value)`: prints `repr(value)` and stores it in `builtins._`.
fn displayhook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "displayhook", 1)?;
    let v = a.args[0].clone();
    if v.is_none() {
        return Ok(Value::None);
    }
    let b = vm.builtins.clone();
    let k = Value::Obj(vm.intern_static("_"));
    crate::vm::ops::dict_set(vm, &b, k.clone(), Value::None)?;
    let r = vm.repr(&v)?;
    vm.write_stdout(&format!("{r}\n"))?;
    crate::vm::ops::dict_set(vm, &b, k, v)?;
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: prints the exception to stderr.
fn excepthook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "excepthook", 3)?;
    match &a.args[1] {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => {
            let e = e.clone();
            vm.print_exception(&PyErr(e));
        }
        other => {
            let _ = vm.flush_stdout();
            let t = vm.type_name(other);
            eprintln!("TypeError: print_exception(): Exception expected for value, {t} found");
        }
    }
    Ok(Value::None)
}

/// The interpreter-description attributes (struct sequences and the implementation).
fn install_info(vm: &mut Vm, m: &PyRef) {
    let vi_t = structseq::new_type(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let fin = vm.new_str("final");
    let vi = structseq::new_instance(
        &vi_t,
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            fin,
            Value::Int(0),
        ],
    );
    vm.module_set(m, "version_info", vi.clone());
    vm.module_set(m, "hexversion", Value::Int(HEXVERSION));
    let env_set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    let dont_write = env_set("PYTHONDONTWRITEBYTECODE");
    let hash_random = std::env::var("PYTHONHASHSEED").map_or(true, |v| v != "0");
    let flags_t = structseq::new_type(
        vm,
        "sys",
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
    );
    let z = Value::Int(0);
    let flags = structseq::new_instance(
        &flags_t,
        vec![
            z.clone(),
            z.clone(),
            z.clone(),
            z.clone(),
            Value::Int(dont_write as i64),
            z.clone(),
            z.clone(),
            z.clone(),
            z.clone(),
            z.clone(),
            z.clone(),
            Value::Int(hash_random as i64),
            z.clone(),
            Value::Bool(false),
            z.clone(),
            z,
            Value::Bool(false),
            Value::Int(-1),
        ],
    );
    vm.module_set(m, "flags", flags);
    vm.module_set(m, "dont_write_bytecode", Value::Bool(dont_write));
    let fi_t = structseq::new_type(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let fi = structseq::new_instance(
        &fi_t,
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(f64::RADIX as i64),
            Value::Int(1),
        ],
    );
    vm.module_set(m, "float_info", fi);
    let ii_t = structseq::new_type(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    let ii = structseq::new_instance(
        &ii_t,
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(DEFAULT_MAX_STR_DIGITS as i64),
            Value::Int(STR_DIGITS_CHECK_THRESHOLD as i64),
        ],
    );
    vm.module_set(m, "int_info", ii);
    let hi_t = structseq::new_type(
        vm,
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
    );
    let alg = vm.new_str("siphash13");
    let hi = structseq::new_instance(
        &hi_t,
        vec![
            Value::Int(64),
            Value::Int((1i64 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            alg,
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    );
    vm.module_set(m, "hash_info", hi);
    let ti_t = structseq::new_type(vm, "sys", "thread_info", &["name", "lock", "version"]);
    let (tn, tl) = (vm.new_str("pthread"), vm.new_str("semaphore"));
    let ti = structseq::new_instance(&ti_t, vec![tn, tl, Value::None]);
    vm.module_set(m, "thread_info", ti);
    let name = vm.new_str("heron");
    let tag = vm.new_str("heron-311");
    let arch = vm.new_str(format!("{}-linux-gnu", std::env::consts::ARCH));
    let imp = structseq::new_namespace(
        vm,
        vec![
            ("name", name),
            ("cache_tag", tag),
            ("version", vi),
            ("hexversion", Value::Int(HEXVERSION)),
            ("_multiarch", arch),
        ],
    );
    vm.module_set(m, "implementation", imp);
}

/// Plain constants and containers of `sys`.
fn install_constants(vm: &mut Vm, m: &PyRef) {
    vm.module_set(m, "maxunicode", Value::Int(0x10ffff));
    let strs = [
        ("float_repr_style", "short"),
        ("abiflags", ""),
        ("platlibdir", "lib"),
        (
            "copyright",
            "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.",
        ),
    ];
    for (k, v) in strs {
        let s = vm.new_str(v);
        vm.module_set(m, k, s);
    }
    vm.module_set(m, "api_version", Value::Int(1013));
    vm.module_set(m, "pycache_prefix", Value::None);
    let exe = std::env::current_exe().ok();
    let prefix = exe
        .as_ref()
        .and_then(|p| p.parent())
        .and_then(|p| p.parent())
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        let s = vm.new_str(prefix.as_str());
        vm.module_set(m, k, s);
    }
    for k in ["warnoptions", "meta_path", "path_hooks"] {
        let l = vm.new_list(Vec::new());
        vm.module_set(m, k, l);
    }
    let pic = vm.new_dict();
    vm.module_set(m, "path_importer_cache", pic);
    let xo = vm.new_dict_ref();
    for (k, v) in vm.config.xoptions.clone() {
        let key = vm.new_str(k.as_str());
        let val = match v {
            Some(s) => vm.new_str(s.as_str()),
            None => Value::Bool(true),
        };
        crate::vm::ops::dict_set_str(vm, &xo, key, val);
    }
    vm.module_set(m, "_xoptions", Value::Obj(xo));
    let orig: Vec<Value> = std::env::args().map(|a| vm.new_str(a.as_str())).collect();
    let orig = vm.new_list(orig);
    vm.module_set(m, "orig_argv", orig);
}

/// `SystemExit(code)`.
pub fn system_exit(vm: &mut Vm, code: Value) -> PyErr {
    let args = if code.is_none() {
        vm.new_tuple(vec![])
    } else {
        vm.new_tuple(vec![code.clone()])
    };
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
        None => Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a.args[0])
        ))),
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
        None => Err(vm.type_error(&format!(
            "intern() argument must be str, not {}",
            vm.type_name(&a.args[0])
        ))),
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
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getsizeof", getsizeof),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getdefaultencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("gettrace", return_none),
        ("settrace", return_none),
        ("getprofile", return_none),
        ("setprofile", return_none),
        ("audit", return_none),
        ("addaudithook", return_none),
        ("_clear_type_cache", return_none),
        ("is_finalizing", return_false),
        ("getallocatedblocks", return_zero),
        ("call_tracing", call_tracing),
        ("displayhook", displayhook),
        ("__displayhook__", displayhook),
        ("excepthook", excepthook),
        ("__excepthook__", excepthook),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("sys", name, f);
        vm.module_set(&m, name, v);
    }
    let argv: Vec<Value> = vm
        .config
        .argv
        .clone()
        .iter()
        .map(|a| vm.new_str(a.as_str()))
        .collect();
    let argv = vm.new_list(argv);
    vm.module_set(&m, "argv", argv);
    let path: Vec<Value> = vm
        .config
        .path
        .clone()
        .iter()
        .map(|a| vm.new_str(a.as_str()))
        .collect();
    let path = vm.new_list(path);
    vm.module_set(&m, "path", path);
    let modules = Value::Obj(vm.modules.clone());
    vm.module_set(&m, "modules", modules);
    let v = vm.new_str(VERSION);
    vm.module_set(&m, "version", v);
    install_info(vm, &m);
    install_constants(vm, &m);
    vm.module_set(&m, "maxsize", Value::Int(i64::MAX));
    let bo = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    vm.module_set(&m, "byteorder", bo);
    let pl = vm.new_str("linux");
    vm.module_set(&m, "platform", pl);
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    let exe = vm.new_str(exe);
    vm.module_set(&m, "executable", exe);
    let bn: Vec<Value> = ["builtins", "sys", "time"]
        .iter()
        .map(|n| vm.new_str(*n))
        .collect();
    let bn = vm.new_tuple(bn);
    vm.module_set(&m, "builtin_module_names", bn);
    crate::modules::sysio::install_streams(vm, &m);
    m
}
