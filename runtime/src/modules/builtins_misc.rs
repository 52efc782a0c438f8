//! Built-in functions: `dir`, `exec`, `eval`, `compile`, `input`, `open`, and the
//! `EnvironmentError`/`IOError` aliases of `OSError`.

use crate::bytecode::opcodes::cmpop;
use crate::compiler::Mode;
use crate::object::{Payload, PyRef};
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::builtins_mod::arg_range;
use crate::vm::ops::dict_set_str;
use crate::vm::{Args, PyResult, Vm};

/// Sorts values ascending with `<` (a fast path for all-str lists, as `dir()` returns).
pub fn sort_values(vm: &mut Vm, items: &mut [Value]) -> PyResult<()> {
    if items.iter().all(|v| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && !o.type_data().is_heap())) {
        items.sort_by(|a, b| a.as_str().unwrap_or("").cmp(b.as_str().unwrap_or("")));
        return Ok(());
    }
    // Stable insertion sort through the comparison protocol (short lists only reach here).
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 {
            let lt = vm.compare(&items[j], &items[j - 1], cmpop::LT)?;
            if !vm.is_true(&lt)? {
                break;
            }
            items.swap(j, j - 1);
            j -= 1;
        }
    }
    Ok(())
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "dir", 0, 1)?;
    let mut names = match args.args.first() {
        None => {
            let locals = match vm.frames.len() {
                0 => vm.new_dict(),
                n => vm.frame_locals(n - 1),
            };
            match locals.payload() {
                Some(Payload::Dict(d)) => d.borrow().iter().map(|e| e.key.clone()).collect(),
                _ => vm.collect_iter(&locals)?,
            }
        }
        Some(obj) => {
            let Some(f) = vm.lookup_special(obj, "__dir__") else {
                return Err(vm.type_error("object does not provide __dir__"));
            };
            let r = vm.call(&f, Args::new(std::slice::from_ref(obj)))?;
            vm.collect_iter(&r)?
        }
    };
    sort_values(vm, &mut names)?;
    Ok(vm.new_list(names))
}

/// Source text of `exec`/`eval`/`compile`'s first argument (None: it is not text).
fn source_text(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = v.as_str() {
        return Ok(Some(s.to_string()));
    }
    if let Some(b) = crate::objects::bytes::as_bytes_like(v) {
        return match String::from_utf8(b) {
            Ok(s) => Ok(Some(s)),
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
        };
    }
    Ok(None)
}

fn check_null(vm: &Vm, src: &str) -> PyResult<()> {
    if src.contains('\0') {
        return Err(vm.new_error(
            &vm.exc.syntax_error.clone(),
            "source code string cannot contain null bytes",
        ));
    }
    Ok(())
}

/// The caller's globals and locals (for `exec`/`eval` without explicit namespaces).
fn caller_namespaces(vm: &mut Vm) -> (PyRef, Value) {
    match vm.frames.len() {
        0 => {
            let g = vm.new_dict_ref();
            (g.clone(), Value::Obj(g))
        }
        n => {
            let g = vm.frames[n - 1].globals.clone();
            let l = vm.frame_locals(n - 1);
            (g, l)
        }
    }
}

fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_))) || vm.lookup_special(v, "__getitem__").is_some()
}

/// Resolves `(globals, locals)` for exec/eval, with each function's own messages.
fn namespaces(
    vm: &mut Vm,
    globals: Option<&Value>,
    locals: Option<&Value>,
    is_exec: bool,
) -> PyResult<(PyRef, Value)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    let g = match globals {
        None => None,
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => Some(g.clone()),
        Some(other) => {
            return Err(vm.type_error(&if is_exec {
                format!("exec() globals must be a dict, not {}", vm.type_name(other))
            } else {
                "globals must be a dict".to_string()
            }));
        }
    };
    if let Some(l) = locals {
        if !is_mapping(vm, l) {
            return Err(vm.type_error(&if is_exec {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    Ok(match (g, locals) {
        (None, None) => caller_namespaces(vm),
        (None, Some(l)) => (caller_namespaces(vm).0, l.clone()),
        (Some(g), None) => (g.clone(), Value::Obj(g)),
        (Some(g), Some(l)) => (g, l.clone()),
    })
}

/// Gives `globals` the caller's builtins dict as `__builtins__` if it has none (CPython's
/// exec/eval do this before running).
fn ensure_builtins(vm: &mut Vm, globals: &PyRef) -> PyResult<()> {
    if crate::vm::ops::dict_get_str(vm, globals, "__builtins__").is_none() {
        let b = vm
            .frames
            .last()
            .map_or_else(|| vm.builtins.clone(), |f| f.builtins.clone());
        let k = Value::Obj(vm.intern_static("__builtins__"));
        crate::vm::ops::dict_set(vm, globals, k, Value::Obj(b))?;
    }
    Ok(())
}

fn code_arg(v: &Value) -> Option<PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Code(_)) => Some(o.clone()),
        _ => None,
    }
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    for (k, _) in args.kw() {
        if k != "closure" {
            return Err(vm.type_error(&format!("exec() got an unexpected keyword argument '{k}'")));
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "exec expected at most 3 arguments, got {}",
            pos.len()
        )));
    }
    let (globals, locals) = namespaces(vm, pos.get(1), pos.get(2), true)?;
    let code = match code_arg(&pos[0]) {
        Some(c) => c,
        None => match source_text(vm, &pos[0])? {
            Some(src) => {
                check_null(vm, &src)?;
                vm.compile_source(&src, "<string>", Mode::Exec)?
            }
            None => {
                return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object"))
            }
        },
    };
    ensure_builtins(vm, &globals)?;
    vm.run_code(&code, &globals, locals)?;
    Ok(Value::None)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("eval() takes no keyword arguments"));
    }
    arg_range(vm, &args, "eval", 1, 3)?;
    let pos = args.pos();
    let (globals, locals) = namespaces(vm, pos.get(1), pos.get(2), false)?;
    let code = match code_arg(&pos[0]) {
        Some(c) => c,
        None => match source_text(vm, &pos[0])? {
            Some(src) => {
                check_null(vm, &src)?;
                let trimmed = src.trim_start_matches([' ', '\t']);
                vm.compile_source(trimmed, "<string>", Mode::Eval)?
            }
            None => {
                return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object"))
            }
        },
    };
    ensure_builtins(vm, &globals)?;
    vm.run_code(&code, &globals, locals)
}

/// A path argument as text (`str`, `bytes` or an `os.PathLike`).
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if let Some(f) = vm.lookup_special(v, "__fspath__") {
        let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
        if let Some(s) = r.as_str() {
            return Ok(s.to_string());
        }
        if let Some(Payload::Bytes(b)) = r.payload() {
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
    }
    Err(vm.type_error(&format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(v)
    )))
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let pos = args.pos();
    if pos.len() > 6 {
        return Err(vm.type_error(&format!(
            "compile() takes at most 6 arguments ({} given)",
            pos.len()
        )));
    }
    let mut params: [Option<Value>; 6] = Default::default();
    for (i, v) in pos.iter().enumerate() {
        params[i] = Some(v.clone());
    }
    for (k, v) in args.kw() {
        if k == "_feature_version" {
            continue;
        }
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(vm.type_error(&format!(
                "compile() got an unexpected keyword argument '{k}'"
            )));
        };
        if params[i].is_some() {
            return Err(vm.type_error(&format!(
                "argument for compile() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        params[i] = Some(v.clone());
    }
    for (i, n) in NAMES.iter().enumerate().take(3) {
        if params[i].is_none() {
            return Err(vm.type_error(&format!(
                "compile() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    let [Some(source), Some(filename), Some(mode), ..] = params else {
        unreachable!("checked above")
    };
    let filename = fspath(vm, &filename)?;
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(vm.type_error(&format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(&mode)
            )))
        }
    };
    if let Some(c) = code_arg(&source) {
        return Ok(Value::Obj(c));
    }
    let Some(src) = source_text(vm, &source)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    check_null(vm, &src)?;
    let code = vm.compile_source(&src, &filename, mode)?;
    Ok(Value::Obj(code))
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "input", 0, 1)?;
    let lost = |vm: &Vm, what: &str| {
        vm.new_error(
            &vm.exc.runtime_error.clone(),
            &format!("input(): lost sys.{what}"),
        )
    };
    let stdin = vm
        .sys_attr("stdin")
        .filter(|v| !v.is_none())
        .ok_or_else(|| lost(vm, "stdin"))?;
    let stdout = vm
        .sys_attr("stdout")
        .filter(|v| !v.is_none())
        .ok_or_else(|| lost(vm, "stdout"))?;
    if let Some(stderr) = vm.sys_attr("stderr").filter(|v| !v.is_none()) {
        vm.call_method(&stderr, "flush", &[])?;
    }
    if let Some(p) = args.args.first() {
        let s = vm.str_of(p)?;
        vm.write_stdout(&s)?;
    }
    vm.call_method(&stdout, "flush", &[])?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let Some(text) = line.as_str() else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    if text.is_empty() {
        return Err(vm.new_error(&vm.exc.eof_error.clone(), "EOF when reading a line"));
    }
    let text = text.strip_suffix('\n').unwrap_or(text).to_string();
    Ok(vm.new_str(text))
}

/// Registers this file's built-ins.
/// `NoneType.__new__(cls)`: `type(None)()` returns the None singleton.
fn none_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.args.len() > 1 || !a.kwnames.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    let nt = vm.types.none_type.clone();
    vm.add_builtin(
        &nt,
        "NoneType",
        "__new__",
        none_new,
        crate::objects::function::BuiltinKind::StaticMethod,
    );
    let fns: &[(&'static str, NativeFn)] = &[
        ("dir", dir),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("input", input),
        ("open", crate::modules::fileio::open),
    ];
    let b = vm.builtins.clone();
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("builtins", name, f);
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, v);
    }
    for alias in ["EnvironmentError", "IOError"] {
        let k = Value::Obj(vm.intern(alias));
        let v = Value::Obj(vm.exc.os_error.clone());
        dict_set_str(vm, &b, k, v);
    }
}
