//! The `builtins` module: its functions, and the names of the built-in types and exceptions.
//! (= CPython's `Python/bltinmodule.c`.) Constructors of the built-in types live with the
//! types (`objects/*`), registered as their `__new__`.

use crate::object::{Payload, PyRef};
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::ops::{dict_get_str, dict_set_str};
use crate::vm::{Args, PyResult, Vm};

/// Fails unless exactly `n` positional and no keyword arguments were given.
pub fn exact_args(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let got = args.args.len();
    if got != n {
        return Err(vm.type_error(&match n {
            0 => format!("{name}() takes no arguments ({got} given)"),
            1 => format!("{name}() takes exactly one argument ({got} given)"),
            _ => format!("{name} expected {n} arguments, got {got}"),
        }));
    }
    Ok(())
}

/// Fails unless between `min` and `max` positional arguments (no keywords) were given, with
/// CPython's `name expected at least/most N argument(s), got M` messages.
pub fn arg_range(vm: &Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let got = args.args.len();
    if got < min {
        return Err(vm.type_error(&format!(
            "{name} expected at least {min} argument{}, got {got}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if got > max {
        return Err(vm.type_error(&format!(
            "{name} expected at most {max} argument{}, got {got}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = v
                        .as_str()
                        .ok_or_else(|| {
                            vm.type_error(&format!(
                                "sep must be None or a string, not {}",
                                vm.type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    end = v
                        .as_str()
                        .ok_or_else(|| {
                            vm.type_error(&format!(
                                "end must be None or a string, not {}",
                                vm.type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            _ => {
                return Err(
                    vm.type_error(&format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    let mut out = String::new();
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(a)?);
    }
    out.push_str(&end);
    if file.is_none() {
        vm.write_stdout(&out)?;
        if flush {
            vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
        }
    } else {
        let text = vm.new_str(out);
        vm.call_method(&file, "write", &[text])?;
        if flush {
            vm.call_method(&file, "flush", &[])?;
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "len", 1)?;
    Ok(Value::Int(vm.len(&args.args[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "repr", 1)?;
    vm.repr_value(&args.args[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "ascii", 1)?;
    let r = vm.repr(&args.args[0])?;
    Ok(vm.new_str(crate::strlib::ascii_escape(&r)))
}

/// `isinstance(obj, cls)` with `__instancecheck__` and tuples.
pub fn isinstance_check(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Type(_)) => {
            let Value::Obj(c) = cls else { unreachable!() };
            if vm.is_instance_of(obj, c) {
                return Ok(true);
            }
            let meta = c.type_ref();
            if crate::objects::typeobj::tdata(&meta).is_heap() {
                if let Some(f) = vm.lookup_special(cls, "__instancecheck__") {
                    let r = vm.call(&f, Args::new(&[cls.clone(), obj.clone()]))?;
                    return vm.is_true(&r);
                }
            }
            // A heap type can also lie about its class through __class__.
            if let Value::Obj(o) = obj {
                if o.type_data().is_heap() {
                    if let Ok(Some(Value::Obj(k))) = vm.getattr_opt_str(obj, "__class__") {
                        if matches!(k.payload, Payload::Type(_))
                            && crate::objects::typeobj::is_subtype(&k, c)
                        {
                            return Ok(true);
                        }
                    }
                }
            }
            Ok(false)
        }
        Some(Payload::Tuple(t)) => {
            let t = t.clone();
            for c in t.iter() {
                if isinstance_check(vm, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            if let Some(f) = vm.lookup_special(cls, "__instancecheck__") {
                let r = vm.call(&f, Args::new(&[cls.clone(), obj.clone()]))?;
                return vm.is_true(&r);
            }
            Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!(
            "isinstance expected 2 arguments, got {}",
            args.args.len()
        )));
    }
    Ok(Value::Bool(isinstance_check(
        vm,
        &args.args[0],
        &args.args[1],
    )?))
}

/// `issubclass(cls, base)`.
pub fn issubclass_check(vm: &mut Vm, cls: &Value, base: &Value) -> PyResult<bool> {
    match base.payload() {
        Some(Payload::Tuple(t)) => {
            let t = t.clone();
            for b in t.iter() {
                if issubclass_check(vm, cls, b)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Type(_)) => {
            let Value::Obj(b) = base else {
                unreachable!("matched a type payload")
            };
            let c = match cls {
                Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c,
                _ => return Err(vm.type_error("issubclass() arg 1 must be a class")),
            };
            if crate::objects::typeobj::is_subtype(c, b) {
                return Ok(true);
            }
            if crate::objects::typeobj::tdata(&b.type_ref()).is_heap() {
                if let Some(f) = vm.lookup_special(base, "__subclasscheck__") {
                    let r = vm.call(&f, Args::new(&[base.clone(), cls.clone()]))?;
                    return vm.is_true(&r);
                }
            }
            Ok(false)
        }
        _ => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(&format!(
            "issubclass expected 2 arguments, got {}",
            args.args.len()
        )));
    }
    Ok(Value::Bool(issubclass_check(
        vm,
        &args.args[0],
        &args.args[1],
    )?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "id", 1)?;
    Ok(Value::Int(value_id(&args.args[0])))
}

/// `id(v)`: the object's address; inline values get a stable synthetic identity.
pub fn value_id(v: &Value) -> i64 {
    match v {
        Value::Obj(o) => o.addr() as i64,
        Value::None => 0x1000,
        Value::Bool(b) => 0x2000 + *b as i64 * 16,
        Value::Int(i) => (0x4000_0000_0000i64).wrapping_add(i.wrapping_mul(32)),
        Value::Float(f) => {
            (0x2000_0000_0000i64).wrapping_add((f.to_bits() as i64).wrapping_mul(32))
        }
        Value::Undef => 0,
    }
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "hash", 1)?;
    Ok(Value::Int(vm.hash(&args.args[0])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "iter", 1, 2)?;
    if args.args.len() == 2 {
        let f = args.args[0].clone();
        if vm.lookup_special(&f, "__call__").is_none()
            && !matches!(
                f.payload(),
                Some(
                    Payload::Function(_)
                        | Payload::Builtin(_)
                        | Payload::Method { .. }
                        | Payload::Type(_)
                )
            )
        {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let st = crate::objects::iter::IterState::Callable {
            func: f,
            sentinel: args.args[1].clone(),
        };
        return Ok(crate::objects::iter::new_iter(vm, st));
    }
    vm.get_iter(&args.args[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "next", 1, 2)?;
    let it = &args.args[0];
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        || vm.lookup_special(it, "__next__").is_some();
    if !is_iter {
        return Err(vm.type_error(&format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Payload::Generator(_)) = it.payload() {
        let Value::Obj(g) = it else { unreachable!() };
        let g = g.clone();
        return match crate::objects::generator::gen_resume(vm, &g, Value::None, None)? {
            (v, crate::vm::eval::Exit::Yield) => Ok(v),
            (v, crate::vm::eval::Exit::Return) => match args.args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::objects::generator::stop_iteration(vm, v)),
            },
        };
    }
    if !matches!(it.payload(), Some(Payload::Iter(_))) {
        let f = vm.lookup_special(it, "__next__").expect("checked above");
        return match vm.call(&f, Args::new(std::slice::from_ref(it))) {
            Err(e)
                if args.args.len() == 2 && vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
            {
                Ok(args.args[1].clone())
            }
            r => r,
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::objects::generator::stop_iteration(vm, Value::None)),
        },
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "getattr", 2, 3)?;
    let Some(name) = args.args[1].as_str() else {
        return Err(vm.type_error(&format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.args[1])
        )));
    };
    let n = vm.intern(name);
    match vm.getattr(&args.args[0], &n) {
        Err(e) if args.args.len() == 3 && vm.err_matches(&e, &vm.exc.attribute_error.clone()) => {
            Ok(args.args[2].clone())
        }
        r => r,
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "setattr", 3).map_err(|_| {
        vm.type_error(&format!(
            "setattr expected 3 arguments, got {}",
            args.args.len()
        ))
    })?;
    let Some(name) = args.args[1].as_str() else {
        return Err(vm.type_error(&format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.args[1])
        )));
    };
    let n = vm.intern(name);
    vm.setattr(&args.args[0], &n, args.args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "hasattr", 2).map_err(|_| {
        vm.type_error(&format!(
            "hasattr expected 2 arguments, got {}",
            args.args.len()
        ))
    })?;
    let Some(name) = args.args[1].as_str() else {
        return Err(vm.type_error(&format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.args[1])
        )));
    };
    let n = vm.intern(name);
    match vm.getattr(&args.args[0], &n) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "delattr", 2).map_err(|_| {
        vm.type_error(&format!(
            "delattr expected 2 arguments, got {}",
            args.args.len()
        ))
    })?;
    let Some(name) = args.args[1].as_str() else {
        return Err(vm.type_error(&format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.args[1])
        )));
    };
    let n = vm.intern(name);
    vm.delattr(&args.args[0], &n)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "callable", 1)?;
    let v = &args.args[0];
    let c = matches!(
        v.payload(),
        Some(
            Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. } | Payload::Type(_)
        )
    ) || vm.lookup_special(v, "__call__").is_some();
    Ok(Value::Bool(c))
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(
        vm.frames
            .last()
            .map(|f| f.globals.clone())
            .unwrap_or_else(|| vm.builtins.clone()),
    ))
}

fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let fi = vm.frames.len().saturating_sub(1);
    Ok(vm.frame_locals(fi))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, &args, "vars", 0, 1)?;
    match args.args.first() {
        None => locals(vm, args),
        Some(o) => match vm.getattr_opt_str(o, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::classes::build_class(vm, args)
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args
        .get(0, "name")
        .and_then(|n| n.as_str().map(str::to_string))
    else {
        return Err(vm.type_error("module name must be a string"));
    };
    let globals = match args.get(1, "globals") {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => vm.new_dict_ref(),
    };
    let fromlist = args.get(3, "fromlist").cloned().unwrap_or(Value::None);
    let level = match args.get(4, "level") {
        Some(Value::Int(l)) => *l as usize,
        _ => 0,
    };
    vm.import_module_level(&name, &globals, &fromlist, level)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = args.args.first().cloned().unwrap_or(Value::None);
    Err(crate::modules::sys::system_exit(vm, code))
}

/// Registers every builtin in the builtins module.
pub fn init(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("__build_class__", build_class),
        ("__import__", import),
        ("exit", exit),
        ("quit", exit),
    ];
    let b = vm.builtins.clone();
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("builtins", name, f);
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, v);
    }
    let types = [
        ("type", vm.types.type_.clone()),
        ("object", vm.types.object.clone()),
        ("int", vm.types.int.clone()),
        ("bool", vm.types.bool.clone()),
        ("float", vm.types.float.clone()),
        ("complex", vm.types.complex.clone()),
        ("str", vm.types.str.clone()),
        ("bytes", vm.types.bytes.clone()),
        ("bytearray", vm.types.bytearray.clone()),
        ("list", vm.types.list.clone()),
        ("tuple", vm.types.tuple.clone()),
        ("dict", vm.types.dict.clone()),
        ("set", vm.types.set.clone()),
        ("frozenset", vm.types.frozenset.clone()),
        ("range", vm.types.range.clone()),
        ("slice", vm.types.slice.clone()),
        ("property", vm.types.property.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("super", vm.types.super_.clone()),
        ("enumerate", vm.types.enumerate.clone()),
        ("zip", vm.types.zip.clone()),
        ("map", vm.types.map.clone()),
        ("filter", vm.types.filter.clone()),
        ("reversed", vm.types.reversed.clone()),
    ];
    for (name, t) in types {
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, Value::Obj(t));
    }
    for (name, t) in vm.exc.all() {
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, Value::Obj(t));
    }
    let consts = [
        ("None", Value::None),
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("NotImplemented", Value::Obj(vm.not_implemented.clone())),
        ("Ellipsis", Value::Obj(vm.ellipsis.clone())),
        ("__debug__", Value::Bool(true)),
    ];
    for (name, v) in consts {
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, v);
    }
    // The builtins module object.
    let bm = vm.builtins_module.clone();
    bm.set_dict(Some(b.clone()));
    if let Payload::Module { name } = &bm.payload {
        *name.borrow_mut() = vm.new_str("builtins");
    }
    let k = Value::Obj(vm.intern_static("__name__"));
    let n = vm.new_str("builtins");
    dict_set_str(vm, &b, k, n);
    let modules = vm.modules.clone();
    let k = vm.new_str("builtins");
    dict_set_str(vm, &modules, k, Value::Obj(bm));
    let _ = dict_get_str;
    let _: Option<PyRef> = None;
}
