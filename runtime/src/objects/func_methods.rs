//! Methods of functions, bound methods, built-in functions, generators and modules
//! (`__get__`, `__repr__`, `send`/`throw`/`close`, module `__dir__` and `__getattr__` ...).
//!
//! `generator.throw` delegates to the sub-iterator of a suspended `yield from` (= CPython's
//! `_gen_throw`); when the sub-iterator finishes, the outer generator's frame is moved past
//! its SEND loop and resumed with the sub-iterator's return value.

use crate::bytecode::opcodes::cmpop;
use crate::bytecode::opcodes::{decode, Op};
use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::generator::{
    gen_resume, stop_iteration, stop_iteration_value, GenData, GenState,
};
use crate::objects::object_methods::method_args;
use crate::objects::typeobj::{tdata, TF_EXCEPTION, TF_HAS_DICT};
use crate::value::Value;
use crate::vm::eval::Exit;
use crate::vm::ops::{dict_get_str, identity_hash};
use crate::vm::{Args, PyErr, PyResult, Vm};

fn self_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.args.first().cloned().unwrap_or(Value::None);
    vm.repr_value(&s)
}

fn call_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.args[0].clone();
    vm.call(
        &f,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

// ---- functions and methods ----

fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "__get__", 2, 3)?;
    let f = args.args[0].clone();
    let obj = args.args[1].clone();
    if obj.is_none() {
        return Ok(f);
    }
    Ok(Value::Obj(PyRef::new(
        &vm.types.method,
        Payload::Method {
            func: f,
            self_: obj,
        },
    )))
}

fn method_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "__get__", 2, 3)?;
    Ok(args.args[0].clone())
}

fn method_parts(v: &Value) -> Option<(Value, Value)> {
    match v.payload() {
        Some(Payload::Method { func, self_ }) => Some((func.clone(), self_.clone())),
        _ => None,
    }
}

/// `==`/`!=` between bound methods and bound built-ins: same function and the same `self`
/// object (= `meth_richcompare`). None when `a`/`b` are not both such objects or `op` is an
/// ordering.
pub fn native_method_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    if op != cmpop::EQ && op != cmpop::NE {
        return Ok(None);
    }
    let eq = match (a.payload(), b.payload()) {
        (Some(Payload::Method { .. }), Some(Payload::Method { .. })) => {
            let (fa, sa) = method_parts(a).expect("method");
            let (fb, sb) = method_parts(b).expect("method");
            sa.is(&sb) && vm.eq(&fa, &fb)?
        }
        (Some(Payload::Builtin(x)), Some(Payload::Builtin(y))) => {
            x.self_.is(&y.self_) && std::ptr::fn_addr_eq(x.func, y.func) && x.name == y.name
        }
        _ => return Ok(None),
    };
    Ok(Some(if op == cmpop::EQ { eq } else { !eq }))
}

/// `hash()` of a bound method or built-in, consistent with [`native_method_compare`].
pub fn method_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let ptr_hash = |x: &Value| match x {
        Value::Obj(o) => identity_hash(o.addr()),
        other => crate::vm::builtins_mod::value_id(other),
    };
    let h = match v.payload() {
        Some(Payload::Method { func, self_ }) => {
            let (f, s) = (func.clone(), self_.clone());
            ptr_hash(&s) ^ vm.hash(&f)?
        }
        Some(Payload::Builtin(b)) => ptr_hash(&b.self_) ^ identity_hash(b.func as usize),
        _ => ptr_hash(v),
    };
    Ok(if h == -1 { -2 } else { h })
}

fn method_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__eq__", 1)?;
    match native_method_compare(vm, &args.args[0], &args.args[1], cmpop::EQ)? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(vm.not_implemented()),
    }
}

fn method_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__ne__", 1)?;
    match native_method_compare(vm, &args.args[0], &args.args[1], cmpop::NE)? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(vm.not_implemented()),
    }
}

fn method_hash_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(method_hash(vm, &args.args[0])?))
}

// ---- generators ----

fn gen_ref(vm: &Vm, args: &Args, name: &str) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        Some(v) => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'generator' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' of 'generator' object needs an argument"
        ))),
    }
}

fn gen_data(o: &PyRef) -> &GenData {
    match &o.payload {
        Payload::Generator(g) => g,
        _ => unreachable!("checked generator"),
    }
}

fn finish(vm: &mut Vm, r: (Value, Exit)) -> PyResult<Value> {
    match r {
        (v, Exit::Yield) => Ok(v),
        (v, Exit::Return) => Err(stop_iteration(vm, v)),
    }
}

pub(crate) fn gen_send_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "send", 1)?;
    let g = gen_ref(vm, &args, "send")?;
    let r = gen_resume(vm, &g, args.args[1].clone(), None)?;
    finish(vm, r)
}

fn gen_next_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_ref(vm, &args, "__next__")?;
    let r = gen_resume(vm, &g, Value::None, None)?;
    finish(vm, r)
}

fn gen_iter_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gen_ref(vm, &args, "__iter__")?;
    Ok(args.args[0].clone())
}

/// Where a suspended generator waits inside a `yield from` loop: `(receiver, send_target)`,
/// the sub-iterator and the word index SEND jumps to when it finishes.
fn yield_from_target(g: &GenData) -> Option<(Value, usize)> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    let words = &f.code_data().code.code;
    let mut i = f.ip;
    let (mut op, mut arg) = decode(*words.get(i)?);
    if Op::from_u8(op) == Some(Op::RESUME) {
        i += 1 + Op::RESUME.cache_words();
        (op, arg) = decode(*words.get(i)?);
    }
    if Op::from_u8(op) != Some(Op::JUMP_BACKWARD_NO_INTERRUPT) {
        return None;
    }
    let (sop, sarg) = decode(*words.get(arg as usize)?);
    if Op::from_u8(sop) != Some(Op::SEND) {
        return None;
    }
    let recv = f.stack().last()?.clone();
    Some((recv, sarg as usize))
}

/// Whether a suspended generator or coroutine is inside an `await`/`yield from` loop.
pub(crate) fn awaiting(g: &GenData) -> bool {
    yield_from_target(g).is_some()
}

/// The exception `throw(typ)` raises (one-argument form).
pub(crate) fn thrown_from(vm: &mut Vm, typ: &Value) -> PyResult<PyErr> {
    make_thrown(vm, typ, &Value::None, None)
}

/// Leaves the `yield from` loop of a suspended generator: pops the sub-iterator and continues
/// at `target` (the generator is then resumed with the sub-iterator's result).
fn leave_yield_from(g: &GenData, target: usize) {
    let mut frame = g.frame.borrow_mut();
    let Some(f) = frame.as_mut() else { return };
    if f.sp > f.stack_base {
        // SAFETY: stack_base..sp holds initialised values (frame invariant) and sp > stack_base,
        // so sp - 1 is the initialised top slot (the receiver); it is read out exactly once and
        // the slot becomes logically uninitialised as sp moves below it.
        let top = unsafe {
            f.sp = f.sp.sub(1);
            std::ptr::read(f.sp)
        };
        drop(top);
    }
    f.ip = target;
}

/// Raises `e` inside generator `o` at its suspension point (delegating to a `yield from`
/// sub-iterator first).
pub fn gen_throw_exc(vm: &mut Vm, o: &PyRef, e: PyErr) -> PyResult<(Value, Exit)> {
    let g = gen_data(o);
    if let Some((recv, target)) = yield_from_target(g) {
        let is_exit = vm.err_matches(&e, &vm.exc.generator_exit.clone());
        if is_exit {
            return match close_iter(vm, &recv) {
                Ok(()) => gen_resume(vm, o, Value::None, Some(e)),
                Err(err) => gen_resume(vm, o, Value::None, Some(err)),
            };
        }
        let inner = match &recv {
            Value::Obj(r) if matches!(r.payload, Payload::Generator(_)) => {
                let r = r.clone();
                gen_throw_exc(vm, &r, e)
            }
            _ => match vm.getattr_opt_str(&recv, "throw")? {
                Some(m) => match vm.call(&m, Args::new(&[Value::Obj(e.0.clone())])) {
                    Ok(v) => Ok((v, Exit::Yield)),
                    Err(err) if vm.err_matches(&err, &vm.exc.stop_iteration.clone()) => {
                        let v = stop_iteration_value(vm, &err);
                        Ok((v, Exit::Return))
                    }
                    Err(err) => Err(err),
                },
                None => return gen_resume(vm, o, Value::None, Some(e)),
            },
        };
        return match inner {
            Ok((v, Exit::Yield)) => Ok((v, Exit::Yield)),
            Ok((v, Exit::Return)) => {
                leave_yield_from(gen_data(o), target);
                gen_resume(vm, o, v, None)
            }
            Err(err) => gen_resume(vm, o, Value::None, Some(err)),
        };
    }
    gen_resume(vm, o, Value::None, Some(e))
}

/// Closes a `yield from` sub-iterator (= `gen_close_iter`).
fn close_iter(vm: &mut Vm, it: &Value) -> PyResult<()> {
    if let Value::Obj(o) = it {
        if matches!(o.payload, Payload::Generator(_)) {
            let o = o.clone();
            return gen_close(vm, &o);
        }
    }
    if let Some(m) = vm.getattr_opt_str(it, "close")? {
        vm.call(&m, Args::new(&[]))?;
    }
    Ok(())
}

/// `generator.close()`.
pub fn gen_close(vm: &mut Vm, o: &PyRef) -> PyResult<()> {
    let g = gen_data(o);
    match g.state.get() {
        GenState::Closed => return Ok(()),
        GenState::Running => return Err(vm.value_error("generator already executing")),
        GenState::Created => {
            g.state.set(GenState::Closed);
            let f = g.frame.borrow_mut().take();
            if let Some(mut f) = f {
                f.clear_values();
            }
            return Ok(());
        }
        GenState::Suspended => {}
    }
    let exit = PyErr(vm.new_exception_obj(&vm.exc.generator_exit.clone(), vm.new_tuple(vec![])));
    let noun = g.kind.noun();
    match gen_throw_exc(vm, o, exit) {
        Ok((_, Exit::Yield)) => Err(vm.new_error(
            &vm.exc.runtime_error.clone(),
            &format!("{noun} ignored GeneratorExit"),
        )),
        Ok((_, Exit::Return)) => Ok(()),
        Err(e)
            if vm.err_matches(&e, &vm.exc.generator_exit.clone())
                || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

pub(crate) fn gen_close_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "close", 0)?;
    let g = gen_ref(vm, &args, "close")?;
    gen_close(vm, &g)?;
    Ok(Value::None)
}

/// The exception for `throw(typ[, val[, tb]])` (= `_gen_throw`'s normalisation).
fn make_thrown(vm: &mut Vm, typ: &Value, val: &Value, tb: Option<&Value>) -> PyResult<PyErr> {
    if let Some(tb) = tb {
        if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback { .. })) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let e = match typ.payload() {
        Some(Payload::Type(t)) if t.has_flag(TF_EXCEPTION) => {
            let Value::Obj(tref) = typ else {
                unreachable!()
            };
            let inst = if val.is_none() {
                vm.call(typ, Args::new(&[]))?
            } else if vm.is_instance_of(val, tref) {
                val.clone()
            } else if let Some(Payload::Tuple(items)) = val.payload() {
                let items = items.to_vec();
                vm.call(typ, Args::new(&items))?
            } else {
                vm.call(typ, Args::new(std::slice::from_ref(val)))?
            };
            match inst {
                Value::Obj(i) if matches!(i.payload, Payload::Exception(_)) => PyErr(i),
                other => {
                    return Err(vm.type_error(&format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        t.name(),
                        vm.type_name(&other)
                    )))
                }
            }
        }
        Some(Payload::Exception(_)) => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            PyErr(typ.as_obj().expect("exception").clone())
        }
        _ => {
            return Err(vm.type_error(&format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(typ)
            )))
        }
    };
    if let (Some(tb), Payload::Exception(d)) = (tb, &e.0.payload) {
        if !tb.is_none() {
            *d.traceback.borrow_mut() = tb.clone();
        }
    }
    Ok(e)
}

pub(crate) fn gen_throw_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "throw", 2, 4)?;
    let g = gen_ref(vm, &args, "throw")?;
    let val = args.args.get(2).cloned().unwrap_or(Value::None);
    let e = make_thrown(vm, &args.args[1], &val, args.args.get(3))?;
    let r = gen_throw_exc(vm, &g, e)?;
    finish(vm, r)
}

/// `gen.gi_frame`: the generator's frame object while it has a frame (None once closed).
pub fn gen_frame(vm: &mut Vm, o: &PyRef) -> Value {
    let g = gen_data(o);
    match g.state.get() {
        GenState::Closed => return Value::None,
        GenState::Running => {
            let fi = vm
                .frames
                .iter()
                .rposition(|f| f.is_generator && PyRef::ptr_eq(&f.code, &g.code));
            return fi.map_or(Value::None, |fi| vm.frame_object(fi));
        }
        GenState::Created | GenState::Suspended => {}
    }
    let snapshot = {
        let frame = g.frame.borrow();
        let Some(f) = frame.as_ref() else {
            return Value::None;
        };
        let co = f.code_data().code.clone();
        let mut pairs = Vec::new();
        for i in 0..co.nlocalsplus() {
            let v = f.local(i).clone();
            let v = match v.payload() {
                Some(Payload::Cell(c))
                    if i >= co.varnames.len()
                        || co.cellvars.iter().any(|n| n == co.localsplus_name(i)) =>
                {
                    c.borrow().clone()
                }
                _ => v,
            };
            if !v.is_undef() {
                pairs.push((co.localsplus_name(i).clone(), v));
            }
        }
        (
            f.code.clone(),
            f.globals.clone(),
            f.builtins.clone(),
            f.lineno(),
            f.lasti,
            pairs,
        )
    };
    let (code, globals, builtins, lineno, lasti, pairs) = snapshot;
    let d = vm.new_dict_ref();
    for (k, v) in pairs {
        let key = Value::Obj(vm.intern(&k));
        crate::vm::ops::dict_set_str(vm, &d, key, v);
    }
    let fd = crate::objects::frameobj::FrameData {
        code,
        globals,
        builtins,
        locals: std::cell::RefCell::new(Value::Obj(d)),
        lineno: std::cell::Cell::new(lineno),
        lasti: std::cell::Cell::new(lasti),
        back: Value::None,
        live_base: std::cell::Cell::new(std::ptr::null()),
    };
    Value::Obj(PyRef::new(&vm.types.frame, Payload::Frame(Box::new(fd))))
}

// ---- modules ----

fn module_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__dir__", 0)?;
    let m = args.args[0].clone();
    let Some(d) = m.as_obj().and_then(|o| o.get_dict()) else {
        return Err(vm.type_error("<module>.__dict__ is not a dictionary"));
    };
    if let Some(f) = dict_get_str(vm, &d, "__dir__") {
        return vm.call(&f, Args::new(&[]));
    }
    let keys: Vec<Value> = match &d.payload {
        Payload::Dict(dd) => dd.borrow().iter().map(|e| e.key.clone()).collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(keys))
}

/// Module attribute fallback: the module's own `__getattr__` function (PEP 562).
pub fn module_getattr_hook(vm: &mut Vm, m: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
    let Some(d) = m.get_dict() else {
        return Ok(None);
    };
    match dict_get_str(vm, &d, "__getattr__") {
        Some(f) => vm
            .call(&f, Args::new(&[Value::Obj(name.clone())]))
            .map(Some),
        None => Ok(None),
    }
}

fn module_setup(vm: &mut Vm, m: &PyRef, name: Value, doc: Value) -> PyResult<()> {
    if name.as_str().is_none() {
        return Err(vm.type_error(&format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let d = match m.get_dict() {
        Some(d) => d,
        None => {
            let d = vm.new_dict_ref();
            m.set_dict(Some(d.clone()));
            d
        }
    };
    if let Payload::Module { name: n } = &m.payload {
        *n.borrow_mut() = name.clone();
    }
    for (k, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        let key = Value::Obj(vm.intern(k));
        crate::vm::ops::dict_set(vm, &d, key, v)?;
    }
    Ok(())
}

fn module_params(vm: &mut Vm, args: &Args) -> PyResult<(Value, Value)> {
    let name = args.get(1, "name").cloned();
    let doc = args.get(2, "doc").cloned().unwrap_or(Value::None);
    match name {
        Some(n) => Ok((n, doc)),
        None => Err(vm.type_error("module.__init__() missing required argument 'name' (pos 1)")),
    }
}

fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else {
        return Err(vm.type_error("module.__new__(): not enough arguments"));
    };
    let cls = cls.clone();
    let (name, doc) = module_params(vm, &args)?;
    let m = PyRef::new(
        &cls,
        Payload::Module {
            name: Value::None.into(),
        },
    );
    if tdata(&cls).has_flag(TF_HAS_DICT) {
        m.set_dict(Some(vm.new_dict_ref()));
    }
    module_setup(vm, &m, name, doc)?;
    Ok(Value::Obj(m))
}

fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(m)) = args.args.first() else {
        return Err(vm.type_error("module.__init__(): not enough arguments"));
    };
    let m = m.clone();
    let (name, doc) = module_params(vm, &args)?;
    module_setup(vm, &m, name, doc)?;
    Ok(Value::None)
}

/// `function(code, globals, name=None, argdefs=None, closure=None)` (`types.FunctionType`).
fn function_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];
    let pos = args.pos();
    if pos.len() > 6 {
        return Err(vm.type_error(&format!(
            "function() takes at most 5 arguments ({} given)",
            pos.len() - 1
        )));
    }
    for k in args.kwnames {
        let k = k.as_str().unwrap_or("");
        if !NAMES.contains(&k) {
            return Err(vm.type_error(&format!(
                "'{k}' is an invalid keyword argument for function()"
            )));
        }
    }
    let arg = |i: usize| args.get(i + 1, NAMES[i]).filter(|v| !v.is_none());
    let code = match args.get(1, "code") {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Code(_)) => c.clone(),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(&format!("function() argument 'code' must be code, not {t}")));
        }
        None => return Err(vm.type_error("function() missing required argument 'code' (pos 1)")),
    };
    let globals = match args.get(2, "globals") {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(&format!(
                "function() argument 'globals' must be dict, not {t}"
            )));
        }
        None => return Err(vm.type_error("function() missing required argument 'globals' (pos 2)")),
    };
    let name = arg(2).cloned();
    if name.as_ref().is_some_and(|n| n.as_str().is_none()) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = arg(3).cloned();
    if defaults
        .as_ref()
        .is_some_and(|d| !matches!(d.payload(), Some(Payload::Tuple(_))))
    {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let nfree = match &code.payload {
        Payload::Code(cd) => cd.code.freevars.len(),
        _ => 0,
    };
    let items: Vec<Value> = match arg(4) {
        None if nfree > 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        None => Vec::new(),
        Some(c) => match c.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
        },
    };
    if items.len() != nfree {
        let name = match &code.payload {
            Payload::Code(cd) => cd.code.name.to_string(),
            _ => String::new(),
        };
        return Err(vm.new_error(
            &vm.exc.value_error.clone(),
            &format!(
                "{name} requires closure of length {nfree}, not {}",
                items.len()
            ),
        ));
    }
    let mut cells = Vec::with_capacity(nfree);
    for it in items {
        match it {
            Value::Obj(o) if matches!(o.payload, Payload::Cell(_)) => cells.push(o),
            v => {
                let t = vm.type_name(&v);
                return Err(vm.type_error(&format!("arg 5 (closure) expected cell, found {t}")));
            }
        }
    }
    let builtins = vm
        .builtins_in(&globals)
        .unwrap_or_else(|| vm.builtins.clone());
    let closure = (nfree > 0).then(|| cells.into_boxed_slice());
    let f = vm
        .new_function(&code, globals, builtins, closure)
        .expect("a code object");
    if let Payload::Function(fd) = &f.payload {
        if let Some(n) = name {
            fd.name.replace(n);
        }
        if let Some(d) = defaults {
            fd.defaults.replace(d);
        }
    }
    Ok(Value::Obj(f))
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let function = vm.types.function.clone();
    vm.add_builtin(
        &function,
        "function",
        "__new__",
        function_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &function,
        "function",
        &[
            ("__get__", function_get),
            ("__repr__", self_repr),
            ("__call__", call_self),
        ],
    );
    let method = vm.types.method.clone();
    vm.add_methods(
        &method,
        "method",
        &[
            ("__get__", method_get),
            ("__repr__", self_repr),
            ("__call__", call_self),
            ("__eq__", method_eq),
            ("__ne__", method_ne),
            ("__hash__", method_hash_m),
        ],
    );
    let builtin = vm.types.builtin_function.clone();
    vm.add_methods(
        &builtin,
        "builtin_function_or_method",
        &[
            ("__repr__", self_repr),
            ("__call__", call_self),
            ("__eq__", method_eq),
            ("__ne__", method_ne),
            ("__hash__", method_hash_m),
        ],
    );
    let generator = vm.types.generator.clone();
    vm.add_methods(
        &generator,
        "generator",
        &[
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
            ("__iter__", gen_iter_m),
            ("__next__", gen_next_m),
            ("__repr__", self_repr),
        ],
    );
    let module = vm.types.module.clone();
    vm.add_builtin(
        &module,
        "module",
        "__new__",
        module_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &module,
        "module",
        &[
            ("__init__", module_init),
            ("__dir__", module_dir),
            ("__repr__", self_repr),
        ],
    );
}
