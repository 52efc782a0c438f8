//! What Python code sees of tier 2: `sys._jit` (`is_available`, `is_enabled`, `is_active`, as
//! in CPython 3.14) and the `heron` module (`jit_stats()`, `jit_dump(f, kind)`,
//! `is_compiled(f)`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use heron_runtime::object::{Payload, PyRef};
use heron_runtime::value::Value;
use heron_runtime::vm::{Args, JitMode, PyResult};
use heron_runtime::Vm;

use crate::codecache::CodeCache;
use crate::tier::JitTier;

heron_runtime::gil_local! {
    /// The tier of this thread's interpreter (weak: the interpreter owns it).
    static TIER: RefCell<Weak<JitTier>> = const { RefCell::new(Weak::new()) };
}

/// Makes `tier` reachable from the module functions.
pub fn set_tier(tier: &Rc<JitTier>) {
    TIER.with(|t| *t.borrow_mut() = Rc::downgrade(tier));
}

fn tier() -> Option<Rc<JitTier>> {
    TIER.with(|t| t.borrow().upgrade())
}

fn is_available(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn is_enabled(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        tier().is_some_and(|t| t.opts.mode != JitMode::Off),
    ))
}

/// Whether the innermost Python frame (the caller) runs compiled code.
fn is_active(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let Some(t) = tier() else {
        return Ok(Value::Bool(false));
    };
    // SAFETY: the thread record belongs to this thread; its `top` is null or a live
    // activation of compiled code further up this thread's native stack.
    let active = unsafe {
        let top = (*t.thread_ptr()).top;
        !top.is_null() && (*top).frames as usize == vm.frames.len()
    };
    Ok(Value::Bool(active))
}

/// `sys._jit`.
pub fn sys_jit(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("sys._jit");
    for (name, f) in [
        (
            "is_available",
            is_available as heron_runtime::objects::function::NativeFn,
        ),
        ("is_enabled", is_enabled),
        ("is_active", is_active),
    ] {
        let v = vm.new_builtin_fn("sys._jit", name, f);
        vm.module_set(&m, name, v);
    }
    m
}

fn code_of(v: &Value) -> Option<PyRef> {
    match v.payload()? {
        Payload::Function(fd) => Some(fd.code.borrow().clone()),
        Payload::Method { func, .. } => code_of(func),
        Payload::Code(_) => v.as_obj().cloned(),
        _ => None,
    }
}

fn jit_stats(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let d = vm.new_dict_ref();
    if let Some(t) = tier() {
        let pairs = t.stats.borrow().pairs();
        for (k, n) in pairs {
            let key = vm.new_str(k);
            heron_runtime::vm::ops::dict_set(vm, &d, key, Value::Int(n as i64))?;
        }
    }
    Ok(Value::Obj(d))
}

fn is_compiled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = a
        .get(0, "f")
        .cloned()
        .ok_or_else(|| vm.type_error("is_compiled() missing required argument 'f'"))?;
    let Some(code) = code_of(&f) else {
        return Err(vm.type_error("is_compiled() expects a function or code object"));
    };
    let Payload::Code(cd) = &code.payload else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(
        CodeCache::get(cd).is_some_and(|s| s.current().is_some()),
    ))
}

/// `heron.jit_dump(f, kind="asm")`: the annotated disassembly (`"asm"`) or Cranelift IR
/// (`"clif"`, kept only under `-X jit-dump=clif`) of `f`'s compiled code, or None.
fn jit_dump(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = a
        .get(0, "f")
        .cloned()
        .ok_or_else(|| vm.type_error("jit_dump() missing required argument 'f'"))?;
    let kind = a
        .get(1, "kind")
        .and_then(|k| k.as_str().map(str::to_string))
        .unwrap_or_else(|| "asm".into());
    let Some(code) = code_of(&f) else {
        return Err(vm.type_error("jit_dump() expects a function or code object"));
    };
    let Some(t) = tier() else {
        return Ok(Value::None);
    };
    match t.dump_of(&code, &kind) {
        Some(s) => Ok(vm.new_str(s)),
        None => Ok(Value::None),
    }
}

/// The `heron` module.
pub fn heron_module(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("heron");
    for (name, f) in [
        (
            "jit_stats",
            jit_stats as heron_runtime::objects::function::NativeFn,
        ),
        ("jit_dump", jit_dump),
        ("is_compiled", is_compiled),
    ] {
        let v = vm.new_builtin_fn("heron", name, f);
        vm.module_set(&m, name, v);
    }
    m
}
