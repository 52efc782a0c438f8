//! Generator objects (= CPython's `genobject.c`). A generator owns its frame's slots; resuming
//! it pushes the frame onto the thread's frame stack and runs it until it yields or returns.

use std::cell::{Cell, RefCell};
use std::mem::MaybeUninit;

use crate::object::{Obj, Payload, PyRef};
use crate::value::Value;
use crate::vm::eval::Exit;
use crate::vm::{Frame, PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

/// Which kind of generator-like object a [`GenData`] is (they share the machinery).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The noun CPython's messages use.
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// The data of a generator object.
pub struct GenData {
    pub kind: GenKind,
    /// The suspended frame (None while running or once finished).
    pub frame: RefCell<Option<Frame>>,
    /// The frame's slots (the frame's `base` points here; the box never moves its contents).
    _slots: Box<[MaybeUninit<Value>]>,
    pub state: Cell<GenState>,
    pub name: String,
    pub qualname: String,
    pub code: PyRef,
    /// The generator's own handled-exception state while suspended.
    pub exc_state: RefCell<Value>,
}

impl GenData {
    pub fn qualname(&self) -> &str {
        &self.qualname
    }
}

impl Drop for GenData {
    fn drop(&mut self) {
        if self.kind == GenKind::Coroutine && self.state.get() == GenState::Created {
            // = `_PyErr_WarnUnawaitedCoroutine` (without a warnings filter or a location).
            eprintln!(
                "RuntimeWarning: coroutine '{}' was never awaited\n\
                 RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
                self.qualname
            );
        }
        if let Some(mut f) = self.frame.get_mut().take() {
            f.clear_values();
        }
    }
}

/// Makes a generator owning `frame`, whose slots live in `slots`.
pub fn new_generator(vm: &mut Vm, frame: Frame, slots: Box<[MaybeUninit<Value>]>) -> Value {
    let (name, qualname) = {
        let co = &frame.code_data().code;
        (co.name.to_string(), co.qualname.to_string())
    };
    let code = frame.code.clone();
    let flags = frame.code_data().code.flags;
    let (kind, ty) = if flags & crate::bytecode::opcodes::co_flags::COROUTINE != 0 {
        (GenKind::Coroutine, vm.types.coroutine.clone())
    } else if flags & crate::bytecode::opcodes::co_flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, vm.types.async_generator.clone())
    } else {
        (GenKind::Generator, vm.types.generator.clone())
    };
    let g = GenData {
        kind,
        frame: RefCell::new(Some(frame)),
        _slots: slots,
        state: Cell::new(GenState::Created),
        name,
        qualname,
        code,
        exc_state: RefCell::new(Value::None),
    };
    Value::Obj(PyRef::new(&ty, Payload::Generator(Box::new(g))))
}

fn gen_data(o: &Obj) -> &GenData {
    match &o.payload {
        Payload::Generator(g) => g,
        _ => unreachable!("not a generator"),
    }
}

/// Resumes generator `o`, sending `value` (or throwing `throw`).
pub fn gen_resume(
    vm: &mut Vm,
    o: &PyRef,
    value: Value,
    throw: Option<PyErr>,
) -> PyResult<(Value, Exit)> {
    let g = gen_data(o);
    let kind = g.kind;
    match g.state.get() {
        GenState::Running => {
            return Err(vm.value_error(&format!("{} already executing", kind.noun())))
        }
        GenState::Closed => {
            if kind == GenKind::Coroutine {
                return Err(vm.new_error(
                    &vm.exc.runtime_error.clone(),
                    "cannot reuse already awaited coroutine",
                ));
            }
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok((Value::None, Exit::Return));
        }
        GenState::Created => {
            if throw.is_none() && !value.is_none() {
                return Err(vm.type_error(&format!(
                    "can't send non-None value to a just-started {}",
                    kind.noun()
                )));
            }
        }
        GenState::Suspended => {}
    }
    let started = g.state.get() != GenState::Created;
    if g.frame.borrow().is_none() {
        return Ok((Value::None, Exit::Return));
    }
    g.state.set(GenState::Running);
    let outer = vm.handled.clone();
    let saved = g.exc_state.replace(Value::None);
    if !saved.is_none() {
        vm.handled = saved;
    }
    vm.pending_throw = throw;
    let send = if started && vm.pending_throw.is_none() {
        Some(value)
    } else {
        None
    };
    let r = vm.resume_frame(&g.frame, send);
    let mine = std::mem::replace(&mut vm.handled, outer.clone());
    if g.frame.borrow().is_some() {
        g.state.set(GenState::Suspended);
        if !mine.is(&outer) {
            *g.exc_state.borrow_mut() = mine;
        }
    } else {
        g.state.set(GenState::Closed);
    }
    match r {
        Err(e)
            if vm.err_matches(&e, &vm.exc.stop_iteration.clone())
                || (kind == GenKind::AsyncGenerator
                    && vm.err_matches(&e, &vm.exc.stop_async_iteration.clone())) =>
        {
            let what = if vm.err_matches(&e, &vm.exc.stop_iteration.clone()) {
                "StopIteration"
            } else {
                "StopAsyncIteration"
            };
            let err = vm.new_error(
                &vm.exc.runtime_error.clone(),
                &format!("{} raised {what}", kind.noun()),
            );
            if let Payload::Exception(d) = &err.0.payload {
                *d.cause.borrow_mut() = Value::Obj(e.0.clone());
                *d.context.borrow_mut() = Value::Obj(e.0);
            }
            Err(err)
        }
        other => other,
    }
}

/// SEND into a generator (`yield from`).
pub fn gen_send(vm: &mut Vm, o: &PyRef, v: Value) -> PyResult<(Value, Exit)> {
    gen_resume(vm, o, v, None)
}

/// `next(gen)`: Ok(None) when it returns.
pub fn gen_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Value>> {
    let r = PyRef::from_obj(o);
    match gen_resume(vm, &r, Value::None, None)? {
        (v, Exit::Yield) => Ok(Some(v)),
        (_, Exit::Return) => Ok(None),
    }
}

/// The `value` of a StopIteration exception.
pub fn stop_iteration_value(vm: &mut Vm, e: &PyErr) -> Value {
    if let Payload::Exception(d) = &e.0.payload {
        if let Some(Payload::Tuple(t)) = d.args.borrow().payload() {
            if let Some(v) = t.first() {
                return v.clone();
            }
        }
    }
    let _ = vm;
    Value::None
}

/// `StopIteration(value)`.
pub fn stop_iteration(vm: &mut Vm, value: Value) -> PyErr {
    let args = if value.is_none() {
        vm.new_tuple(vec![])
    } else {
        vm.new_tuple(vec![value.clone()])
    };
    let e = PyErr(vm.new_exception_obj(&vm.exc.stop_iteration.clone(), args));
    vm.set_exc_attr(&e, "value", value);
    e
}
