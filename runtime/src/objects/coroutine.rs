//! Coroutines and asynchronous generators (= CPython's `genobject.c`, the coroutine and
//! async-generator halves). Both are [`GenData`] objects sharing the generator machinery; this
//! file adds their Python-visible types: `coroutine` (`send`/`throw`/`close`/`__await__`),
//! `coroutine_wrapper` (what `__await__` returns), `async_generator` and its awaitables
//! (`async_generator_asend`, also used for `athrow`/`aclose`), plus the helpers behind the
//! `await`, `async for` and `async with` instructions.

use std::cell::{Cell, RefCell};

use crate::bytecode::opcodes::co_flags;
use crate::object::{Payload, PyRef};
use crate::objects::func_methods::{gen_close_m, gen_send_m, gen_throw_exc, gen_throw_m};
use crate::objects::generator::{gen_resume, stop_iteration, GenData, GenKind, GenState};
use crate::objects::object_methods::method_args;
use crate::value::Value;
use crate::vm::eval::Exit;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// `__await__()` of a coroutine: an iterator driving it.
struct CoroWrapper(PyRef);

/// A value yielded by an asynchronous generator's `yield` (ASYNC_GEN_WRAP), as opposed to
/// one passed through from an `await` inside it.
struct Wrapped(Value);

/// What an async generator awaitable does on its first step.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AwKind {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(...)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// The awaitable of `__anext__`/`asend`/`athrow`/`aclose`.
struct AsyncGenAwaitable {
    gen: PyRef,
    kind: AwKind,
    /// The value to send (Send) or the exception to throw (Throw).
    arg: RefCell<Option<Value>>,
    /// 0: not started, 1: running, 2: finished.
    state: Cell<u8>,
}

fn gen_of(v: &Value) -> Option<&GenData> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

fn is_coroutine_like(v: &Value) -> bool {
    match gen_of(v) {
        Some(g) => {
            g.kind == GenKind::Coroutine
                || (g.kind == GenKind::Generator
                    && matches!(&g.code.payload, Payload::Code(cd)
                        if cd.code.flags & co_flags::ITERABLE_COROUTINE != 0))
        }
        None => false,
    }
}

fn native<T: 'static, R>(v: &Value, f: impl FnOnce(&T) -> R) -> Option<R> {
    match v.payload() {
        Some(Payload::Native(n)) => n.borrow().downcast_ref::<T>().map(f),
        _ => None,
    }
}

fn new_native<T: 'static>(ty: &PyRef, x: T) -> Value {
    Value::Obj(PyRef::new(ty, Payload::Native(RefCell::new(Box::new(x)))))
}

impl Vm {
    /// GET_AWAITABLE (= `_PyCoro_GetAwaitableIter` plus the instruction's checks).
    pub(crate) fn get_awaitable(&mut self, v: &Value, site: u32) -> PyResult<Value> {
        if is_coroutine_like(v) {
            if let Some(g) = gen_of(v) {
                if g.kind == GenKind::Coroutine
                    && g.state.get() == GenState::Suspended
                    && crate::objects::func_methods::awaiting(g)
                {
                    return Err(self.new_error(
                        &self.exc.runtime_error.clone(),
                        "coroutine is being awaited already",
                    ));
                }
            }
            return Ok(v.clone());
        }
        let Some(m) = self.lookup_special(v, "__await__") else {
            let n = self.type_name(v);
            let msg = match site {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {n}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {n}"
                ),
                _ => format!("object {n} can't be used in 'await' expression"),
            };
            return Err(self.type_error(&msg));
        };
        let r = self.call(&m, Args::new(std::slice::from_ref(v)))?;
        if is_coroutine_like(&r) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if self.lookup_special(&r, "__next__").is_none() {
            return Err(self.type_error(&format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&r)
            )));
        }
        Ok(r)
    }

    /// GET_AITER.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(m) = self.lookup_special(v, "__aiter__") else {
            return Err(self.type_error(&format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            )));
        };
        let it = self.call(&m, Args::new(std::slice::from_ref(v)))?;
        if self.lookup_special(&it, "__anext__").is_none() {
            return Err(self.type_error(&format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if let Some(g) = gen_of(aiter) {
            if g.kind == GenKind::AsyncGenerator {
                let Value::Obj(o) = aiter else { unreachable!() };
                return Ok(self.async_gen_awaitable(o, AwKind::Send, None));
            }
        }
        let Some(m) = self.lookup_special(aiter, "__anext__") else {
            return Err(self.type_error(&format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            )));
        };
        let r = self.call(&m, Args::new(std::slice::from_ref(aiter)))?;
        match self.get_awaitable(&r, 0) {
            Ok(a) => Ok(a),
            Err(e) => {
                let err = self.type_error(&format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&r)
                ));
                if let Payload::Exception(d) = &err.0.payload {
                    *d.cause.borrow_mut() = Value::Obj(e.0.clone());
                    *d.context.borrow_mut() = Value::Obj(e.0);
                }
                Err(err)
            }
        }
    }

    /// BEFORE_ASYNC_WITH: `(bound __aexit__, mgr.__aenter__())`.
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special(mgr, "__aenter__");
        let exit = self.lookup_special(mgr, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let n = self.type_name(mgr);
            let msg = if self.lookup_special(mgr, "__aenter__").is_none() {
                format!("'{n}' object does not support the asynchronous context manager protocol")
            } else {
                format!("'{n}' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
            };
            return Err(self.type_error(&msg));
        };
        let bound_exit = self.descr_get(&exit, mgr, &Value::Obj(self.type_of(mgr)))?;
        let entered = self.call(&enter, Args::new(std::slice::from_ref(mgr)))?;
        Ok((bound_exit, entered))
    }

    /// ASYNC_GEN_WRAP.
    pub(crate) fn async_gen_wrap(&mut self, v: Value) -> Value {
        new_native(&self.types.async_generator_asend.clone(), Wrapped(v))
    }

    fn async_gen_awaitable(&mut self, g: &PyRef, kind: AwKind, arg: Option<Value>) -> Value {
        let ty = self.types.async_generator_asend.clone();
        new_native(
            &ty,
            AsyncGenAwaitable {
                gen: g.clone(),
                kind,
                arg: RefCell::new(arg),
                state: Cell::new(0),
            },
        )
    }
}

fn unwrap_wrapped(v: &Value) -> Option<Value> {
    native::<Wrapped, _>(v, |w| w.0.clone())
}

// ---- coroutine ----

fn coro_ref(vm: &Vm, args: &Args, name: &str) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        Some(v) => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'coroutine' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' of 'coroutine' object needs an argument"
        ))),
    }
}

fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__await__", 0)?;
    let c = coro_ref(vm, &args, "__await__")?;
    let ty = vm.types.coroutine_wrapper.clone();
    Ok(new_native(&ty, CoroWrapper(c)))
}

fn coro_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = coro_ref(vm, &args, "__repr__")?;
    let Payload::Generator(g) = &c.payload else {
        unreachable!()
    };
    let what = match g.kind {
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
        GenKind::Generator => "generator",
    };
    Ok(vm.new_str(format!(
        "<{what} object {} at {:#x}>",
        g.qualname(),
        c.addr()
    )))
}

fn wrapper_coro(vm: &Vm, args: &Args) -> PyResult<PyRef> {
    args.args
        .first()
        .and_then(|v| native::<CoroWrapper, _>(v, |w| w.0.clone()))
        .ok_or_else(|| vm.type_error("expected a coroutine_wrapper"))
}

fn finish(vm: &mut Vm, r: (Value, Exit)) -> PyResult<Value> {
    match r {
        (v, Exit::Yield) => Ok(v),
        (v, Exit::Return) => Err(stop_iteration(vm, v)),
    }
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapper_coro(vm, &args)?;
    let r = gen_resume(vm, &c, Value::None, None)?;
    finish(vm, r)
}

fn with_coro(vm: &mut Vm, args: &Args) -> PyResult<Vec<Value>> {
    let c = wrapper_coro(vm, args)?;
    let mut v = vec![Value::Obj(c)];
    v.extend(args.args.iter().skip(1).cloned());
    Ok(v)
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = with_coro(vm, &args)?;
    gen_send_m(vm, Args::new(&a))
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = with_coro(vm, &args)?;
    gen_throw_m(vm, Args::new(&a))
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = with_coro(vm, &args)?;
    gen_close_m(vm, Args::new(&a))
}

fn self_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

// ---- async generators ----

fn agen_ref(vm: &Vm, args: &Args, name: &str) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'async_generator' objects doesn't apply to this object"
        ))),
    }
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__anext__", 0)?;
    let g = agen_ref(vm, &args, "__anext__")?;
    Ok(vm.async_gen_awaitable(&g, AwKind::Send, None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "asend", 1)?;
    let g = agen_ref(vm, &args, "asend")?;
    Ok(vm.async_gen_awaitable(&g, AwKind::Send, Some(args.args[1].clone())))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "athrow", 2, 4)?;
    let g = agen_ref(vm, &args, "athrow")?;
    Ok(vm.async_gen_awaitable(&g, AwKind::Throw, Some(args.args[1].clone())))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "aclose", 0)?;
    let g = agen_ref(vm, &args, "aclose")?;
    Ok(vm.async_gen_awaitable(&g, AwKind::Close, None))
}

fn awaitable_parts(vm: &Vm, v: &Value) -> PyResult<(PyRef, AwKind, Option<Value>, u8)> {
    native::<AsyncGenAwaitable, _>(v, |a| {
        (
            a.gen.clone(),
            a.kind,
            a.arg.borrow_mut().take(),
            a.state.get(),
        )
    })
    .ok_or_else(|| vm.type_error("expected an async generator awaitable"))
}

fn set_state(v: &Value, st: u8) {
    native::<AsyncGenAwaitable, _>(v, |a| a.state.set(st));
}

/// One step of an async generator awaitable: sends `value` (or throws `throw`) into it.
fn aw_step(vm: &mut Vm, me: &Value, value: Value, throw: Option<PyErr>) -> PyResult<Value> {
    let (g, kind, arg, state) = awaitable_parts(vm, me)?;
    if state == 2 {
        let what = match kind {
            AwKind::Send => "cannot reuse already awaited __anext__()/asend()",
            AwKind::Throw => "cannot reuse already awaited athrow()",
            AwKind::Close => "cannot reuse already awaited aclose()",
        };
        return Err(vm.new_error(&vm.exc.runtime_error.clone(), what));
    }
    let closed = matches!(&g.payload, Payload::Generator(d) if d.state.get() == GenState::Closed);
    let r = if state == 0 {
        set_state(me, 1);
        match kind {
            AwKind::Send => {
                if closed {
                    set_state(me, 2);
                    return Err(vm.new_error(&vm.exc.stop_async_iteration.clone(), ""));
                }
                let v = if value.is_none() {
                    arg.unwrap_or(Value::None)
                } else {
                    value
                };
                match throw {
                    Some(e) => gen_throw_exc(vm, &g, e),
                    None => gen_resume(vm, &g, v, None),
                }
            }
            AwKind::Throw | AwKind::Close => {
                if closed {
                    set_state(me, 2);
                    return if kind == AwKind::Close {
                        Err(stop_iteration(vm, Value::None))
                    } else {
                        Err(vm.new_error(&vm.exc.stop_async_iteration.clone(), ""))
                    };
                }
                let e = match (kind, arg) {
                    (AwKind::Throw, Some(t)) => crate::objects::func_methods::thrown_from(vm, &t)?,
                    _ => PyErr(
                        vm.new_exception_obj(&vm.exc.generator_exit.clone(), vm.new_tuple(vec![])),
                    ),
                };
                gen_throw_exc(vm, &g, e)
            }
        }
    } else {
        match throw {
            Some(e) => gen_throw_exc(vm, &g, e),
            None => gen_resume(vm, &g, value, None),
        }
    };
    match r {
        Ok((v, Exit::Yield)) => match unwrap_wrapped(&v) {
            Some(x) => {
                set_state(me, 2);
                if kind == AwKind::Close {
                    return Err(vm.new_error(
                        &vm.exc.runtime_error.clone(),
                        "async generator ignored GeneratorExit",
                    ));
                }
                Err(stop_iteration(vm, x))
            }
            None => Ok(v),
        },
        Ok((_, Exit::Return)) => {
            set_state(me, 2);
            if kind == AwKind::Close {
                return Err(stop_iteration(vm, Value::None));
            }
            Err(vm.new_error(&vm.exc.stop_async_iteration.clone(), ""))
        }
        Err(e) => {
            set_state(me, 2);
            if kind == AwKind::Close
                && (vm.err_matches(&e, &vm.exc.generator_exit.clone())
                    || vm.err_matches(&e, &vm.exc.stop_async_iteration.clone()))
            {
                return Err(stop_iteration(vm, Value::None));
            }
            Err(e)
        }
    }
}

fn aw_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.args.first().cloned().unwrap_or(Value::None);
    aw_step(vm, &me, Value::None, None)
}

fn aw_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "send", 1)?;
    aw_step(vm, &args.args[0], args.args[1].clone(), None)
}

fn aw_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "throw", 2, 4)?;
    let e = crate::objects::func_methods::thrown_from(vm, &args.args[1])?;
    aw_step(vm, &args.args[0], Value::None, Some(e))
}

fn aw_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_state(&args.args[0], 2);
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    let coro = vm.types.coroutine.clone();
    vm.add_methods(
        &coro,
        "coroutine",
        &[
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
            ("__await__", coro_await),
            ("__repr__", coro_repr),
        ],
    );
    let w = vm.types.coroutine_wrapper.clone();
    vm.add_methods(
        &w,
        "coroutine_wrapper",
        &[
            ("__iter__", self_iter),
            ("__next__", wrapper_next),
            ("send", wrapper_send),
            ("throw", wrapper_throw),
            ("close", wrapper_close),
        ],
    );
    let ag = vm.types.async_generator.clone();
    vm.add_methods(
        &ag,
        "async_generator",
        &[
            ("__aiter__", self_iter),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
            ("__repr__", coro_repr),
        ],
    );
    let aw = vm.types.async_generator_asend.clone();
    vm.add_methods(
        &aw,
        "async_generator_asend",
        &[
            ("__await__", self_iter),
            ("__iter__", self_iter),
            ("__next__", aw_next),
            ("send", aw_send),
            ("throw", aw_throw),
            ("close", aw_close),
        ],
    );
}
