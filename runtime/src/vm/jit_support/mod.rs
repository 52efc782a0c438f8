//! The runtime side of tier 2: the records compiled code keeps, the `extern "C"` helpers it
//! calls, and the functions that move interpreter state in and out of frames.
//!
//! The JIT crate (`heron-jit`) compiles code objects against this module; the runtime itself
//! never calls compiled code except through [`crate::vm::Tier2`].
//!
//! Records (layouts in `abi.rs`):
//! - [`JitThread`]: one per interpreter thread. The exception raised by the last failing helper
//!   (`err`), the innermost compiled activation (`top`), the count of live activations that
//!   have no interpreter frame (`depth`, checked against `depth_limit` for `RecursionError`)
//!   and the stress-mode countdown.
//! - [`Activation`]: the lightweight record of one running piece of compiled code, on the
//!   native stack of that code. `fi >= 0`: it runs on interpreter frame `fi` ("frameful",
//!   entered from the interpreter); `fi < 0`: it was called directly by other compiled code
//!   and has no frame until one is materialised (deopt, exception). Linked through `prev`.
//!
//! Helper conventions (every helper is `extern "C"` and never unwinds: a panic aborts):
//! - values cross as [`RawValue`] (tag word, payload word) or as pointers to `Value` slots;
//!   values passed in are owned by the callee unless the helper says "borrowed";
//! - a helper that raises stores the exception in `JitThread::err` and returns
//!   `RawValue { tag: RET_ERROR, .. }` (or status 1);
//! - after anything that may drop the last reference to an object, helpers run queued
//!   finalizers, which is when the interpreter would have run them (the next instruction
//!   boundary), so `__del__` timing is the same in compiled code.

pub mod generic;

use std::cell::Cell;
use std::ffi::c_void;
use std::ptr;

use crate::abi::{
    RET_ERROR, RET_EXHAUSTED, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE, TAG_OBJ, TAG_UNDEF,
};
use crate::object::{service_pending, Obj, Payload, PyRef};
use crate::objects::iter::IterState;
use crate::value::Value;
use crate::vm::{Args, Frame, PyErr, PyResult, Vm};

/// A `Value` as two machine words, the way compiled code holds it in registers. Unlike a
/// `Value`'s memory image, both words are always initialised (`payload` is 0 for `None` and
/// `Undef`, 0/1 for bools).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawValue {
    pub tag: u64,
    pub payload: u64,
}

impl RawValue {
    /// The "an exception was raised" result.
    pub const ERROR: RawValue = RawValue {
        tag: RET_ERROR,
        payload: 0,
    };
    /// The "iterator exhausted" result of `FOR_ITER` helpers.
    pub const EXHAUSTED: RawValue = RawValue {
        tag: RET_EXHAUSTED,
        payload: 0,
    };

    /// Converts an owned value (its reference moves into the raw words).
    #[inline]
    pub fn from_value(v: Value) -> RawValue {
        let (tag, payload) = match v {
            Value::Undef => (TAG_UNDEF, 0),
            Value::None => (TAG_NONE, 0),
            Value::Bool(b) => (TAG_BOOL, b as u64),
            Value::Int(i) => (TAG_INT, i as u64),
            Value::Float(f) => (TAG_FLOAT, f.to_bits()),
            Value::Obj(o) => (TAG_OBJ, o.into_raw().as_ptr() as u64),
        };
        RawValue {
            tag: tag as u64,
            payload,
        }
    }

    /// Moves the value compiled code spilled at `p` out, reading its two words separately:
    /// compiled code stores them with two 8-byte stores, and one 16-byte load of both (what
    /// `ptr::read::<Value>` compiles to) cannot be forwarded from them, stalling until the
    /// stores retire.
    ///
    /// # Safety
    /// `p` holds an initialised value, which the caller now owns (it is moved out once).
    #[inline]
    pub unsafe fn take_spilled(p: *const Value) -> Value {
        let w = p as *const u64;
        // SAFETY: contract: a `Value` is two initialised words (tag, payload), see `abi`.
        let raw = unsafe {
            RawValue {
                tag: ptr::read(w),
                payload: ptr::read(w.add(1)),
            }
        };
        // SAFETY: contract: the words own the value's reference.
        unsafe { raw.into_value() }
    }

    /// Converts back into an owned value.
    ///
    /// # Safety
    /// `self` must be a valid encoding; for an object it must own one reference, which moves
    /// into the result.
    #[inline]
    pub unsafe fn into_value(self) -> Value {
        match self.tag as u8 {
            TAG_NONE => Value::None,
            TAG_BOOL => Value::Bool(self.payload as u8 != 0),
            TAG_INT => Value::Int(self.payload as i64),
            TAG_FLOAT => Value::Float(f64::from_bits(self.payload)),
            TAG_OBJ => {
                let p = ptr::NonNull::new(self.payload as *mut Obj)
                    .expect("object value with a null pointer");
                // SAFETY: the caller guarantees the words own one reference to a live object.
                Value::Obj(unsafe { PyRef::from_raw(p) })
            }
            _ => Value::Undef,
        }
    }
}

/// Per-thread state shared by all compiled code (see the module docs).
#[repr(C)]
pub struct JitThread {
    /// The interpreter; refreshed whenever the interpreter enters compiled code.
    pub vm: *mut Vm,
    /// The exception raised by the last failing helper or compiled function.
    pub err: Option<PyRef>,
    /// The innermost running compiled activation (null when none).
    pub top: *mut Activation,
    /// Live activations without an interpreter frame.
    pub depth: u64,
    /// The recursion limit: a direct call raises `RecursionError` when `depth` plus the
    /// interpreter's frames reach it.
    pub depth_limit: u64,
    /// Stress mode: guard evaluations left before one is forced to fail (0 = stress off).
    pub stress_left: u64,
    /// Opaque state of the JIT crate.
    pub tier: *const c_void,
}

impl JitThread {
    /// A fresh record for `vm`.
    pub fn new(vm: *mut Vm, tier: *const c_void) -> JitThread {
        JitThread {
            vm,
            err: None,
            top: ptr::null_mut(),
            depth: 0,
            depth_limit: 1000,
            stress_left: 0,
            tier,
        }
    }

    /// Takes the pending exception (a SystemError if a helper forgot to set one).
    pub fn take_err(&mut self) -> PyErr {
        match self.err.take() {
            Some(e) => PyErr(e),
            None => {
                // SAFETY: `vm` is the live interpreter this thread record belongs to.
                let vm = unsafe { &mut *self.vm };
                vm.new_error(
                    &vm.exc.system_error.clone(),
                    "compiled code failed without an exception",
                )
            }
        }
    }
}

/// The record of one running compiled activation (see the module docs).
#[repr(C)]
pub struct Activation {
    pub thread: *mut JitThread,
    /// The function object being run (borrowed; null for module and class bodies).
    pub func: *const Obj,
    /// The interpreter frame index, or -1 when the activation has no frame.
    pub fi: i64,
    /// The next outer compiled activation.
    pub prev: *mut Activation,
    /// The code object (borrowed; the compiled code keeps it alive).
    pub code: *const Obj,
    /// The JIT's record of the compiled code (its exit table).
    pub meta: *const c_void,
    /// `vm.frames.len()` when the activation started (it is the innermost Python activation
    /// while that is still the length).
    pub frames: u64,
}

impl Activation {
    /// The interpreter and thread record of an activation.
    ///
    /// # Safety
    /// `act` must point to a live activation whose thread and interpreter are alive and not
    /// otherwise borrowed (compiled code calls helpers only from the interpreter's thread,
    /// with no Rust borrow of the interpreter active across the call).
    #[inline]
    pub unsafe fn parts<'a>(act: *mut Activation) -> (&'a mut Vm, &'a mut JitThread) {
        // SAFETY: forwarded from the caller's contract.
        unsafe {
            let t = &mut *(*act).thread;
            (&mut *t.vm, t)
        }
    }

    /// The code data of the activation's code object.
    ///
    /// # Safety
    /// `act` must point to a live activation.
    #[inline]
    pub unsafe fn code_data<'a>(act: *const Activation) -> &'a crate::objects::code::CodeData {
        // SAFETY: `code` is a code object kept alive by the compiled code.
        match unsafe { &(*(*act).code).payload } {
            Payload::Code(cd) => cd,
            _ => unreachable!("activation without a code object"),
        }
    }
}

/// Runs queued `__del__` methods and requested collections (the interpreter's
/// instruction-boundary check).
#[inline]
pub fn run_finalizers(vm: &mut Vm) {
    if service_pending() {
        vm.service();
    }
}

/// Finishes a helper: the value, or the exception stored for compiled code.
#[inline]
pub fn finish(vm: &mut Vm, t: &mut JitThread, r: PyResult<Value>) -> RawValue {
    run_finalizers(vm);
    match r {
        Ok(v) => RawValue::from_value(v),
        Err(e) => {
            t.err = Some(e.0);
            RawValue::ERROR
        }
    }
}

/// The globals and builtins dicts an activation runs with.
pub fn namespaces(vm: &Vm, act: &Activation) -> (PyRef, PyRef) {
    if act.fi >= 0 {
        let f = &vm.frames[act.fi as usize];
        return (f.globals.clone(), f.builtins.clone());
    }
    // SAFETY: a frameless activation always runs a live function object.
    match unsafe { &(*act.func).payload } {
        Payload::Function(fd) => (fd.globals.clone(), fd.builtins.clone()),
        _ => (vm.builtins.clone(), vm.builtins.clone()),
    }
}

// ---- Reference counting ----------------------------------------------------------------------

/// Releases the last reference to `obj` (compiled code found its count at 1), then runs any
/// finalizer that became due.
///
/// # Safety
/// `act` is a live activation; `obj` is a live object whose count the caller owns.
pub unsafe extern "C" fn heron_rt_release(act: *mut Activation, obj: *mut Obj) {
    // SAFETY: the caller owns one count of `obj`, released here.
    drop(unsafe { PyRef::from_raw(ptr::NonNull::new_unchecked(obj)) });
    // SAFETY: live activation (contract).
    let (vm, _) = unsafe { Activation::parts(act) };
    run_finalizers(vm);
}

// ---- Errors ----------------------------------------------------------------------------------

/// Raises UnboundLocalError for localsplus slot `i` of the activation's code.
///
/// # Safety
/// `act` is a live activation.
pub unsafe extern "C" fn heron_rt_unbound_local(act: *mut Activation, i: u64) -> RawValue {
    // SAFETY: live activation (contract).
    let (vm, t) = unsafe { Activation::parts(act) };
    // SAFETY: as above.
    let name = unsafe { Activation::code_data(act) }
        .code
        .localsplus_name(i as usize)
        .to_string();
    let e = vm.new_error(
        &vm.exc.unbound_local_error.clone(),
        &format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    t.err = Some(e.0);
    RawValue::ERROR
}

/// Raises RecursionError (a direct call went past the recursion limit).
///
/// # Safety
/// `thread` is the live thread record.
pub unsafe extern "C" fn heron_rt_recursion_error(thread: *mut JitThread) -> RawValue {
    // SAFETY: live thread record (contract).
    let t = unsafe { &mut *thread };
    // SAFETY: the thread's interpreter is alive.
    let vm = unsafe { &mut *t.vm };
    let e = vm.new_error(
        &vm.exc.recursion_error.clone(),
        "maximum recursion depth exceeded",
    );
    t.err = Some(e.0);
    RawValue::ERROR
}

// ---- Truth, iteration, calls -----------------------------------------------------------------

/// `bool(v)` for a borrowed value: 0 false, 1 true, 2 raised.
///
/// # Safety
/// `act` is a live activation; `v` points to an initialised value.
pub unsafe extern "C" fn heron_rt_is_true(act: *mut Activation, v: *const Value) -> u64 {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    // SAFETY: contract: `v` is initialised and stays valid for the call.
    let r = vm.is_true(unsafe { &*v });
    run_finalizers(vm);
    match r {
        Ok(b) => b as u64,
        Err(e) => {
            t.err = Some(e.0);
            2
        }
    }
}

/// `next(it)` for FOR_ITER on a borrowed iterator: the value, `EXHAUSTED` or `ERROR`.
///
/// # Safety
/// `act` is a live activation; `it` points to an initialised value.
pub unsafe extern "C" fn heron_rt_for_iter(act: *mut Activation, it: *const Value) -> RawValue {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    // SAFETY: contract.
    let r = vm.iter_next(unsafe { &*it });
    run_finalizers(vm);
    match r {
        Ok(Some(v)) => RawValue::from_value(v),
        Ok(None) => RawValue::EXHAUSTED,
        Err(e) => {
            t.err = Some(e.0);
            RawValue::ERROR
        }
    }
}

/// SEND: `buf` holds `[receiver (borrowed), value (owned)]`. Sends the value into the receiver
/// ([`Vm::send_into`]); on success the result, owned, replaces the receiver in `buf[0]` and
/// the status says whether the receiver yielded it (0) or returned it (1); status 2: the
/// exception is in the thread record (the value was consumed either way).
///
/// # Safety
/// `act` is a live activation; `buf` holds a live receiver and an owned value.
pub unsafe extern "C" fn heron_rt_send(act: *mut Activation, buf: *mut Value) -> u64 {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    // SAFETY: contract: slot 1 is owned and moved out once; slot 0 stays borrowed.
    let v = unsafe { ptr::read(buf.add(1)) };
    // SAFETY: contract: the receiver outlives the call (compiled code owns it on its stack).
    let r = vm.send_into(unsafe { &*buf }, v);
    run_finalizers(vm);
    match r {
        Ok((x, exit)) => {
            // SAFETY: slot 0 holds a borrowed copy (nothing to drop).
            unsafe { ptr::write(buf, x) };
            u64::from(exit == crate::vm::eval::Exit::Return)
        }
        Err(e) => {
            t.err = Some(e.0);
            2
        }
    }
}

/// CALL: `buf` holds `[method_or_NULL, callable_or_self, arg1..argN]` (owned, N = `argc`);
/// `kwnames` is a borrowed tuple of keyword names or null.
///
/// # Safety
/// `act` is a live activation; `buf` holds `argc + 2` initialised values that the helper
/// consumes; `kwnames` is null or a live tuple.
pub unsafe extern "C" fn heron_rt_call(
    act: *mut Activation,
    buf: *mut Value,
    argc: u64,
    kwnames: *const Obj,
) -> RawValue {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    let n = argc as usize + 2;
    let kwn: &[Value] = if kwnames.is_null() {
        &[]
    } else {
        // SAFETY: contract: a live tuple.
        match unsafe { &(*kwnames).payload } {
            Payload::Tuple(items) => items,
            _ => &[],
        }
    };
    // SAFETY: contract: `n` initialised values, which stay in place (nothing else touches
    // the caller's scratch area during the call) until they are consumed below.
    unsafe {
        let skip = (*buf).is_undef() as usize;
        if skip == 1 && kwn.is_empty() {
            if let Some(r) = instantiate_in_place(vm, buf.add(1), argc as usize) {
                return finish(vm, t, r);
            }
        }
        let r = call_in_place(vm, &*buf.add(skip), buf.add(skip + 1), n - skip - 1, kwn);
        for i in 0..=skip {
            ptr::drop_in_place(buf.add(i));
        }
        finish(vm, t, r)
    }
}

/// CALL of a built-in function or method descriptor `func` that compiled code knew at compile
/// time (and checked is the callable): `buf` as for [`heron_rt_call`]; the native function
/// runs straight on the arguments, without the generic call's dispatch (what `Vm::call`
/// does for a built-in with no bound self).
///
/// # Safety
/// `act` is a live activation; `buf` holds `argc + 2` initialised values that the helper
/// consumes; `func` is a live built-in with no bound self, and is the callable in `buf`.
pub unsafe extern "C" fn heron_rt_call_native(
    act: *mut Activation,
    buf: *mut Value,
    argc: u64,
    func: *const Obj,
) -> RawValue {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    // SAFETY: contract: a live built-in.
    let Payload::Builtin(b) = (unsafe { &(*func).payload }) else {
        unreachable!("a built-in")
    };
    let n = argc as usize + 2;
    // SAFETY: contract: `n` initialised values, consumed below (after the call, which only
    // borrows them).
    unsafe {
        let skip = 2 - (!(*buf).is_undef()) as usize;
        let args = std::slice::from_raw_parts(buf.add(skip), n - skip);
        let r = (b.func)(vm, Args { args, kwnames: &[] });
        for i in 0..n {
            ptr::drop_in_place(buf.add(i));
        }
        finish(vm, t, r)
    }
}

/// A new plain instance of class `cls` (one count), for compiled code that then calls the
/// class's `__init__` itself (see `Vm::plain_init`).
///
/// # Safety
/// `act` is a live activation; `cls` a live class whose instances are plain objects.
pub unsafe extern "C" fn heron_rt_new_instance(act: *mut Activation, cls: *const Obj) -> u64 {
    // SAFETY: contract.
    let (vm, _) = unsafe { Activation::parts(act) };
    // SAFETY: contract: a live class.
    let cls = PyRef::from_obj(unsafe { &*cls });
    vm.alloc_plain_instance(&cls).into_raw().as_ptr() as u64
}

/// What compiled code does with an `__init__` result other than None: the error it raised
/// stays raised; any other value (released) makes the TypeError CPython raises. Returns the
/// error result.
///
/// # Safety
/// `act` is a live activation; `(tag, payload)` is an owned raw result.
pub unsafe extern "C" fn heron_rt_init_result(
    act: *mut Activation,
    tag: u64,
    payload: u64,
) -> RawValue {
    if tag == RET_ERROR {
        return RawValue::ERROR;
    }
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    // SAFETY: contract: an owned value.
    let v = unsafe { RawValue { tag, payload }.into_value() };
    let r = vm.init_returned(Ok(v)).map(|()| Value::None);
    finish(vm, t, r)
}

/// `cls(*args)` for a class `cls` at `buf[0]` whose instances are made by `object.__new__`
/// and set up by a Python `__init__` ([`Vm::plain_init`]) and whose metaclass is `type`
/// (so no `__call__` to look up), with the arguments at `buf[1..=nargs]`; then everything
/// in `buf` is released. `None`, with `buf` untouched, for any other callable.
///
/// # Safety
/// `buf[0..=nargs]` are initialised values the call consumes when it returns `Some`.
unsafe fn instantiate_in_place(
    vm: &mut Vm,
    buf: *mut Value,
    nargs: usize,
) -> Option<PyResult<Value>> {
    // SAFETY: contract: initialised.
    let Value::Obj(cls) = (unsafe { &*buf }) else {
        return None;
    };
    if !matches!(cls.payload, Payload::Type(_)) || !ptr::eq(cls.ty(), &*vm.types.type_) {
        return None;
    }
    let init = vm.plain_init(cls)?;
    // SAFETY: contract: `nargs` initialised arguments after the class.
    let args = unsafe { std::slice::from_raw_parts(buf.add(1), nargs) };
    let r = vm.new_plain_instance(cls, &init, Args::new(args));
    for i in 0..=nargs {
        // SAFETY: contract: each value is consumed once.
        unsafe { ptr::drop_in_place(buf.add(i)) };
    }
    Some(r)
}

/// Calls `callable` (borrowed) with the `nargs` owned arguments at `args`, which it consumes,
/// like the eval loop's CALL: a Python function runs through its compiled code when it has
/// some, else gets its frame first, then the caller's references to the arguments are
/// released, then it runs — so the reference counts seen inside the callee are the
/// interpreter's. Other callables run with the arguments held, as in the interpreter.
///
/// # Safety
/// `args..args + nargs` are initialised values the call consumes; `callable` does not live
/// among them.
unsafe fn call_in_place(
    vm: &mut Vm,
    callable: &Value,
    args: *mut Value,
    nargs: usize,
    kwnames: &[Value],
) -> PyResult<Value> {
    let release = |args: *mut Value| {
        for i in 0..nargs {
            // SAFETY: the caller's contract: each argument is consumed once.
            unsafe { ptr::drop_in_place(args.add(i)) };
        }
    };
    if let Value::Obj(f) = callable {
        if let Payload::Function(_) = &f.payload {
            if kwnames.is_empty() {
                // SAFETY: the caller's contract; when the call takes the arguments, they are
                // consumed.
                if let Some(r) = unsafe { vm.try_call_compiled(f, args, nargs) } {
                    return r;
                }
            }
            // SAFETY: the caller's contract: initialised values.
            let argv = unsafe { std::slice::from_raw_parts(args, nargs) };
            let pushed = vm.push_py_frame(
                f,
                Args {
                    args: argv,
                    kwnames,
                },
                true,
            );
            release(args);
            return match pushed? {
                Some(v) => Ok(v),
                None => vm.run_frame().map(|(v, _)| v),
            };
        }
    }
    // SAFETY: as above.
    let argv = unsafe { std::slice::from_raw_parts(args, nargs) };
    let r = vm.call(
        callable,
        Args {
            args: argv,
            kwnames,
        },
    );
    release(args);
    r
}

/// `BUILD_SLICE n` followed by `BINARY_SUBSCR` (`spec` = n) or `STORE_SUBSCR` (`spec` =
/// n | 0x100), in one step: `buf` holds `[container, start, stop(, step)]` or
/// `[value, container, start, stop(, step)]` (owned, consumed). An exact list (or tuple, for
/// loads) is sliced from the components without making the slice object; anything else gets
/// the slice object and the full subscript. Returns the item (loads) or None (stores).
///
/// # Safety
/// `act` is a live activation; `buf` holds the values `spec` describes.
pub unsafe extern "C" fn heron_rt_subscr_slice(
    act: *mut Activation,
    buf: *mut Value,
    spec: u64,
) -> RawValue {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    let n = (spec & 0xff) as usize;
    // SAFETY: contract: each value is moved out once.
    let take = |i: usize| unsafe { RawValue::take_spilled(buf.add(i)) };
    let (value, at) = if spec & 0x100 != 0 {
        (Some(take(0)), 1)
    } else {
        (None, 0)
    };
    let container = take(at);
    let step = if n == 3 { take(at + 3) } else { Value::None };
    let s = [take(at + 1), take(at + 2), step];
    let exact = |ty: &PyRef| matches!(&container, Value::Obj(o) if ptr::eq(o.ty(), &**ty));
    let r = match value {
        Some(v) => if exact(&vm.types.list) {
            crate::objects::seqops::list_store_slice(vm, &container, &s, v)
        } else {
            let slice = PyRef::new(&vm.types.slice, Payload::Slice(Box::new(s)));
            vm.setitem(&container, Value::Obj(slice), v)
        }
        .map(|()| Value::None),
        None if exact(&vm.types.list) || exact(&vm.types.tuple) => {
            crate::objects::seqops::seq_get_slice(vm, &container, &s)
        }
        None => {
            let slice = Value::Obj(PyRef::new(&vm.types.slice, Payload::Slice(Box::new(s))));
            vm.getitem(&container, &slice)
        }
    };
    drop(container);
    finish(vm, t, r)
}

/// `dst[start2:stop2(:step2)] = src[start1:stop1(:step1)]` in one step, the source slice's
/// list never made: `buf` holds `[src, start1, stop1(, step1), dst, start2, stop2(, step2)]`
/// (owned, consumed), `spec` = n1 | n2 << 8 (the component counts). Compiled code has checked
/// that `dst` is an exact list, `src` an exact list or tuple, and the source components
/// small ints or None with a step other than zero (see `seqops::list_copy_slice`). Returns
/// None, or the store's error.
///
/// # Safety
/// `act` is a live activation; `buf` holds the values `spec` describes.
pub unsafe extern "C" fn heron_rt_slice_move(
    act: *mut Activation,
    buf: *mut Value,
    spec: u64,
) -> RawValue {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    let (n1, n2) = ((spec & 0xff) as usize, (spec >> 8 & 0xff) as usize);
    // SAFETY: contract: each value is moved out once.
    let take = |i: usize| unsafe { RawValue::take_spilled(buf.add(i)) };
    let slice = |at: usize, n: usize| {
        let step = if n == 3 { take(at + 2) } else { Value::None };
        [take(at), take(at + 1), step]
    };
    let src = take(0);
    let s1 = slice(1, n1);
    let dst = take(n1 + 1);
    let s2 = slice(n1 + 2, n2);
    let r = crate::objects::seqops::list_copy_slice(vm, &dst, &s2, &src, &s1);
    drop((src, dst));
    finish(vm, t, r.map(|()| Value::None))
}

/// The signature of compiled code's entries (and of [`heron_rt_interp_entry`]):
/// `(thread, function, locals buffer, frame index or -1, entry number) -> result`.
pub type CompiledEntry =
    unsafe extern "C" fn(*mut JitThread, *const Obj, *mut Value, i64, i64) -> RawValue;

/// What the runtime reads of tier 2's record of a code object: `CodeData::jit_entry` points at
/// one (the first fields of the JIT's per-code state).
#[repr(C)]
pub struct DirectEntry {
    /// The entry calls without an interpreter frame go through, with the signature of
    /// [`heron_rt_interp_entry`]: the code object's compiled code when it can run frameless,
    /// else that trampoline.
    pub entry: Cell<usize>,
    /// The globals dict the compiled code was specialised for (0 while there is none).
    pub globals: Cell<usize>,
    /// The code's `co_argcount` (the arguments a direct call passes) and `nlocalsplus` (the
    /// locals buffer it takes), for compiled callers that find the callee at run time.
    pub argcount: u32,
    pub nlocalsplus: u32,
}

impl DirectEntry {
    /// A record with no compiled code, of a code object with this many arguments and locals.
    pub fn new(argcount: u32, nlocalsplus: u32) -> DirectEntry {
        DirectEntry {
            entry: Cell::new(heron_rt_interp_entry as *const () as usize),
            globals: Cell::new(0),
            argcount,
            nlocalsplus,
        }
    }
}

impl Vm {
    /// Calls the Python function `f` with the `nargs` positional arguments at `args` through
    /// its compiled entry, with no interpreter frame, when tier 2 has compiled code for it that
    /// runs frameless with these globals (a dynamic form of the direct calls compiled code
    /// makes to callees it knows). `None`, with the arguments untouched, when it has not or
    /// the call needs the interpreter (argument binding, a profiler, the recursion limit);
    /// otherwise the arguments were moved into the call.
    ///
    /// # Safety
    /// `args..args + nargs` are initialised values, which the caller no longer owns when this
    /// returns `Some`.
    #[inline]
    pub unsafe fn try_call_compiled(
        &mut self,
        f: &Obj,
        args: *const Value,
        nargs: usize,
    ) -> Option<PyResult<Value>> {
        // SAFETY: the caller's contract: `nargs` values to move.
        self.call_compiled_with(f, nargs, |buf| unsafe {
            ptr::copy_nonoverlapping(args, buf, nargs)
        })
    }

    /// [`Vm::try_call_compiled`] with borrowed arguments (the call gets new references).
    #[inline]
    pub fn try_call_compiled_cloned(&mut self, f: &Obj, args: &[Value]) -> Option<PyResult<Value>> {
        self.call_compiled_with(f, args.len(), |buf| {
            for (i, a) in args.iter().enumerate() {
                // SAFETY: `buf` has room for the arguments (see `call_compiled_with`).
                unsafe { ptr::write(buf.add(i), a.clone()) };
            }
        })
    }

    /// The frameless call of [`Vm::try_call_compiled`]: `fill` writes the `nargs` arguments
    /// (owned) at the start of the callee's locals when the call goes ahead.
    #[inline]
    fn call_compiled_with(
        &mut self,
        f: &Obj,
        nargs: usize,
        fill: impl FnOnce(*mut Value),
    ) -> Option<PyResult<Value>> {
        let Payload::Function(fd) = &f.payload else {
            return None;
        };
        let (entry, nlp) = {
            let code = fd.code.borrow();
            let Payload::Code(cd) = &code.payload else {
                return None;
            };
            let p = cd.jit_entry.get();
            if p == 0 {
                return None;
            }
            // SAFETY: `jit_entry` is only ever set by tier 2, to its per-code record, which
            // starts with a `DirectEntry` and is never freed.
            let de = unsafe { &*(p as *const DirectEntry) };
            let entry = de.entry.get();
            if entry == heron_rt_interp_entry as *const () as usize
                || de.globals.get() != fd.globals.as_ptr() as usize
                || cd.code.argcount as usize != nargs
            {
                return None;
            }
            (entry, cd.code.nlocalsplus())
        };
        if crate::modules::profile::ACTIVE.load(std::sync::atomic::Ordering::Relaxed) {
            return None;
        }
        let t = self.tier2.as_ref()?.thread_record();
        // SAFETY: the tier's thread record lives as long as the tier; no compiled code runs
        // while the interpreter (or a helper called by compiled code) is here.
        let depth = unsafe { (*t).depth } as usize;
        if depth + self.frames.len() >= self.recursion_limit {
            return None;
        }
        // The callee's locals: the arguments, then unbound, in uninitialised memory (on the
        // stack for the usual few). The entry takes the values over, so nothing drops them.
        const INLINE: usize = 16;
        let mut inline = [const { std::mem::MaybeUninit::<Value>::uninit() }; INLINE];
        let mut heap: Vec<Value> = Vec::new();
        let buf = if nlp <= INLINE {
            inline.as_mut_ptr() as *mut Value
        } else {
            heap.reserve_exact(nlp);
            heap.as_mut_ptr()
        };
        fill(buf);
        // SAFETY: `buf` has room for `nlp >= nargs` values (argcount is part of localsplus).
        unsafe {
            for i in nargs..nlp {
                ptr::write(buf.add(i), Value::Undef);
            }
        }
        // SAFETY: a `DirectEntry` holds compiled code with this signature, kept alive for the
        // rest of the process (invalidated code is never freed); its contract is the one of
        // compiled callers' direct calls: a live function whose globals the code was compiled
        // for, `nlp` owned locals, and the thread record pointing at this interpreter.
        let r = unsafe {
            (*t).vm = self as *mut Vm;
            (*t).depth_limit = self.recursion_limit as u64;
            let entry: CompiledEntry = std::mem::transmute::<usize, CompiledEntry>(entry);
            entry(t, f as *const Obj, buf, -1, 0)
        };
        drop(heap);
        Some(if r.tag == RET_ERROR {
            // SAFETY: as above.
            Err(unsafe { (*t).take_err() })
        } else {
            // SAFETY: any other result of a frameless entry is an owned value.
            Ok(unsafe { r.into_value() })
        })
    }
}

/// The interpreter trampoline: the entry of a code object whose compiled code cannot take a
/// direct call (not compiled yet, or given up). Same signature as compiled entries: runs the
/// function `func` in a new interpreter frame with the `argc` owned arguments at `args`.
///
/// # Safety
/// `thread` is the live thread record; `func` a live function object; `args` holds as many
/// owned values as the function's `co_argcount`.
pub unsafe extern "C" fn heron_rt_interp_entry(
    thread: *mut JitThread,
    func: *const Obj,
    args: *mut Value,
    _fi: i64,
    _entry: i64,
) -> RawValue {
    // SAFETY: contract.
    let t = unsafe { &mut *thread };
    // SAFETY: the thread's interpreter is alive.
    let vm = unsafe { &mut *t.vm };
    // SAFETY: contract: `func` is a live function object.
    let f = PyRef::from_obj(unsafe { &*func });
    let argc = match &f.payload {
        Payload::Function(fd) => match &fd.code.borrow().payload {
            Payload::Code(cd) => cd.code.argcount as usize,
            _ => 0,
        },
        _ => 0,
    };
    // SAFETY: contract: `argc` owned values, consumed by the call.
    let r = unsafe { call_in_place(vm, &Value::Obj(f), args, argc, &[]) };
    finish(vm, t, r)
}

/// Raises the TypeError of operator `op` after the left operand's class `cls` returned
/// NotImplemented and no reflected method applies (compiled code checked that the right
/// operand, whose tag is `b_tag`, is of the same class or a built-in scalar).
///
/// # Safety
/// `act` is a live activation; `cls` is a live type object.
pub unsafe extern "C" fn heron_rt_binop_unsupported(
    act: *mut Activation,
    op: u64,
    cls: *const Obj,
    b_tag: u64,
) -> RawValue {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    // SAFETY: contract.
    let a_name = crate::objects::typeobj::tdata(unsafe { &*cls }).name();
    let b_name = if b_tag == crate::abi::TAG_OBJ as u64 {
        a_name.clone()
    } else {
        // SAFETY: a scalar tag with a zero payload is a valid value (0, 0.0, False, None).
        let v = unsafe {
            RawValue {
                tag: b_tag,
                payload: 0,
            }
            .into_value()
        };
        vm.type_name(&v)
    };
    let e = vm.unsupported_operands(op as u32, &a_name, &b_name);
    t.err = Some(e.0);
    RawValue::ERROR
}

// ---- Virtual iterators -----------------------------------------------------------------------

/// Builds a `range_iterator` positioned at `cur` (compiled code kept it in registers).
///
/// # Safety
/// `act` is a live activation.
pub unsafe extern "C" fn heron_rt_range_iter_new(
    act: *mut Activation,
    cur: i64,
    stop: i64,
    step: i64,
) -> RawValue {
    // SAFETY: contract.
    let (vm, _) = unsafe { Activation::parts(act) };
    let it = IterState::Range { cur, stop, step }.into_object(vm);
    RawValue::from_value(Value::Obj(it))
}

/// Builds a `list_iterator` over `list` positioned at `index` (compiled code kept it in
/// registers). Takes over the reference to `list` that the virtual iterator held.
///
/// # Safety
/// `act` is a live activation; `list` is a live list with one count owned by the caller.
pub unsafe extern "C" fn heron_rt_list_iter_new(
    act: *mut Activation,
    list: *const Obj,
    index: u64,
) -> RawValue {
    // SAFETY: contract.
    let (vm, _) = unsafe { Activation::parts(act) };
    // SAFETY: contract: a live object (so non-null) whose caller's count moves into the
    // iterator.
    let list = unsafe { PyRef::from_raw(ptr::NonNull::new_unchecked(list as *mut Obj)) };
    let it = IterState::List {
        list,
        index: index as usize,
    }
    .into_object(vm);
    RawValue::from_value(Value::Obj(it))
}

/// Builds a `range` object (compiled code kept `range(start, stop, step)` in registers).
///
/// # Safety
/// `act` is a live activation.
pub unsafe extern "C" fn heron_rt_range_new(
    act: *mut Activation,
    start: i64,
    stop: i64,
    step: i64,
) -> RawValue {
    // SAFETY: contract.
    let (vm, _) = unsafe { Activation::parts(act) };
    RawValue::from_value(Value::Obj(PyRef::new(
        &vm.types.range,
        Payload::Range { start, stop, step },
    )))
}

/// 1 if instance `obj`'s own dict has the key `name` (an interned string), which would shadow
/// a method found on its type; 0 if not.
///
/// # Safety
/// `obj` and `name` are live objects.
pub unsafe extern "C" fn heron_rt_shadowed(
    _act: *mut Activation,
    obj: *const Obj,
    name: *const Obj,
) -> u64 {
    // SAFETY: contract.
    let (o, n) = unsafe { (&*obj, PyRef::from_obj(&*name)) };
    crate::vm::specialize::instance_dict_has(o, &n) as u64
}

/// Type versions a polymorphic attribute site remembers.
pub const ATTR_CACHE_WAYS: usize = 4;
/// Misses a site learns from before it stops (a megamorphic site, or one whose receivers do
/// not qualify, keeps what it has).
const ATTR_CACHE_LEARN_LIMIT: u32 = 64;

/// The polymorphic inline cache of one compiled attribute site: up to [`ATTR_CACHE_WAYS`] type
/// versions (0: unused; no type has version 0) and, for each, the instance-dict entry index
/// of the attribute (loads and stores) or the method object found on the type (LOAD_METHOD;
/// kept alive by the type's namespace while the version holds, as LOAD_METHOD_CACHED's).
/// Compiled code compares the receiver's type version with every way; a miss runs the generic
/// path after [`heron_rt_attr_learn`] has recorded the receiver's type if it qualifies.
#[repr(C)]
#[derive(Default)]
pub struct AttrCache {
    pub versions: [u32; ATTR_CACHE_WAYS],
    pub data: [u64; ATTR_CACHE_WAYS],
    /// Misses learned from so far (with no way free, the one replaced, modulo the ways).
    pub tries: u32,
}

/// What [`heron_rt_attr_learn`] records.
pub const LEARN_LOAD: u64 = 0;
pub const LEARN_STORE: u64 = 1;
pub const LEARN_METHOD: u64 = 2;

/// Records the type of the value `(tag, payload)` in `cache` when it is an object and
/// `obj.name` is, for every instance of its type while its version holds, a plain
/// instance-dict entry (`kind` [`LEARN_LOAD`]/[`LEARN_STORE`]) or a function on the type
/// ([`LEARN_METHOD`]); see [`AttrCache`].
///
/// # Safety
/// `act` is a live activation; `(tag, payload)` a live value and `name` a live object (both
/// borrowed); `cache` is a live cache that only compiled code on this thread reads.
pub unsafe extern "C" fn heron_rt_attr_learn(
    act: *mut Activation,
    tag: u64,
    payload: *const Obj,
    name: *const Obj,
    cache: *mut AttrCache,
    kind: u64,
) {
    // SAFETY: contract.
    let c = unsafe { &mut *cache };
    if tag != TAG_OBJ as u64 || c.tries >= ATTR_CACHE_LEARN_LIMIT {
        return;
    }
    // SAFETY: contract.
    let (vm, _) = unsafe { Activation::parts(act) };
    // SAFETY: contract: an object value's payload is a live object.
    let (o, n) = unsafe { (&*payload, PyRef::from_obj(&*name)) };
    c.tries += 1;
    let data = match kind {
        LEARN_METHOD => vm.type_method(o, &n).map(|m| m.as_ptr() as u64),
        _ => vm
            .instance_attr_entry(o, &n, kind == LEARN_STORE)
            .map(|ix| ix as u64),
    };
    let Some(data) = data else { return };
    let version = o.type_data().version.get();
    let way = c
        .versions
        .iter()
        .position(|&v| v == version || v == 0)
        .unwrap_or(c.tries as usize % ATTR_CACHE_WAYS);
    c.versions[way] = version;
    c.data[way] = data;
}

/// The state of `obj` when it is an exact iterator of type `ty` that nothing else references,
/// so compiled code may take it over (OSR entry with an iterator on the stack).
fn sole_iter_state<'a>(obj: &'a Obj, ty: &Obj) -> Option<std::cell::Ref<'a, IterState>> {
    if !ptr::eq(obj.ty(), ty) || obj.refcnt.get() != 1 {
        return None;
    }
    match &obj.payload {
        Payload::Iter(st) => Some(st.borrow()),
        _ => None,
    }
}

/// Reads a range iterator's position into `out[0..3]` (cur, stop, step) if `obj` is an exact
/// `range_iterator` that nothing else references; returns whether it did.
///
/// # Safety
/// `obj` is a live object; `out` has room for three i64.
pub unsafe extern "C" fn heron_rt_range_iter_state(
    act: *mut Activation,
    obj: *const Obj,
    out: *mut i64,
) -> u64 {
    // SAFETY: contract.
    let (vm, _) = unsafe { Activation::parts(act) };
    // SAFETY: contract.
    let st = sole_iter_state(unsafe { &*obj }, &vm.types.range_iterator);
    let Some(IterState::Range { cur, stop, step }) = st.as_deref() else {
        return 0;
    };
    // SAFETY: contract: three writable i64.
    unsafe {
        *out = *cur;
        *out.add(1) = *stop;
        *out.add(2) = *step;
    }
    1
}

/// Reads a list iterator's list and position into `out[0..2]` if `obj` is an exact
/// `list_iterator` over an exact list that nothing else references; the list gets a count
/// of its own for the caller. Returns whether it did.
///
/// # Safety
/// `obj` is a live object; `out` has room for two u64.
pub unsafe extern "C" fn heron_rt_list_iter_state(
    act: *mut Activation,
    obj: *const Obj,
    out: *mut u64,
) -> u64 {
    // SAFETY: contract.
    let (vm, _) = unsafe { Activation::parts(act) };
    // SAFETY: contract.
    let st = sole_iter_state(unsafe { &*obj }, &vm.types.list_iterator);
    let Some(IterState::List { list, index }) = st.as_deref() else {
        return 0;
    };
    if !ptr::eq(list.ty(), &*vm.types.list) {
        return 0;
    }
    // SAFETY: contract: two writable words; the count taken here is the caller's.
    unsafe {
        *out = PyRef::into_raw(list.clone()).as_ptr() as u64;
        *out.add(1) = *index as u64;
    }
    1
}

// ---- Frame state -----------------------------------------------------------------------------

/// Moves the locals and value stack of frame `fi` out (locals first, then the stack, deepest
/// first) and leaves the frame with unbound locals and an empty stack: the values now belong
/// to compiled code. (OSR and frameful entry read interpreter state this way.)
pub fn take_frame_state(vm: &mut Vm, fi: usize, out: &mut Vec<Value>) {
    let f = &mut vm.frames[fi];
    let n = f.nlocalsplus();
    out.clear();
    // SAFETY: frame invariants (`frame.rs`): base..base+n and stack_base..sp are initialised;
    // each value is moved out exactly once and its slot overwritten (locals) or released
    // (stack, by lowering sp).
    unsafe {
        for i in 0..n {
            out.push(ptr::replace(f.base.add(i), Value::Undef));
        }
        let mut p = f.stack_base;
        while p < f.sp {
            out.push(ptr::read(p));
            p = p.add(1);
        }
        f.sp = f.stack_base;
    }
}

/// Writes interpreter state into frame `fi`, whose locals are unbound and whose stack is
/// empty (as [`take_frame_state`] left it): `next` gives the locals then the stack, each
/// written as it is produced, until it gives `None`. Execution resumes at word `ip`; `lasti`
/// is the instruction tracebacks report.
pub fn restore_frame_state(
    vm: &mut Vm,
    fi: usize,
    ip: usize,
    lasti: usize,
    mut next: impl FnMut(&Vm) -> Option<Value>,
) {
    let (base, n, mut sp) = {
        let f = &vm.frames[fi];
        (f.base, f.nlocalsplus(), f.sp)
    };
    let mut count = 0;
    // SAFETY: the frame's locals hold `Undef` (nothing to drop) and its stack is empty, so
    // the writes below leak nothing; the stack stays within the compiler's `stacksize`
    // because the values describe a state the interpreter itself would have had. The slots
    // are the frame's own memory, which producing a value (an allocation) does not move.
    unsafe {
        while let Some(v) = next(vm) {
            if count < n {
                let old = ptr::replace(base.add(count), v);
                debug_assert!(old.is_undef());
                std::mem::forget(old);
            } else {
                ptr::write(sp, v);
                sp = sp.add(1);
            }
            count += 1;
        }
    }
    debug_assert!(count >= n);
    let f = &mut vm.frames[fi];
    f.sp = sp;
    f.ip = ip;
    f.lasti = lasti;
}

/// Leaves frame `fi` clean after compiled code returned from it normally: compiled code owned
/// (and released) its values, so the slots are overwritten without being dropped.
pub fn forget_frame_state(vm: &mut Vm, fi: usize) {
    let f = &mut vm.frames[fi];
    let n = f.nlocalsplus();
    // SAFETY: after `take_frame_state` the frame's slots hold no owned values (compiled code
    // never writes to them), so writing `Undef` over them leaks nothing.
    unsafe {
        for i in 0..n {
            ptr::write(f.base.add(i), Value::Undef);
        }
    }
    f.sp = f.stack_base;
}

/// Materialises an interpreter frame for a frameless activation of `func` running `code`
/// (both borrowed), pushes it as an entry frame and returns its index. Its locals are unbound
/// and its stack empty; fill it with [`restore_frame_state`].
pub fn push_materialised_frame(vm: &mut Vm, func: &PyRef, code: &PyRef) -> PyResult<usize> {
    let Payload::Code(cd) = &code.payload else {
        return Err(vm.type_error("expected a code object"));
    };
    let Payload::Function(fd) = &func.payload else {
        return Err(vm.type_error("expected a function"));
    };
    let co = &cd.code;
    let nlp = co.nlocalsplus();
    let size = nlp + co.stacksize as usize + 1;
    let Some(base) = vm.arena.alloc(size) else {
        return Err(vm.new_error(
            &vm.exc.memory_error.clone(),
            "Heron's frame stack is exhausted",
        ));
    };
    // SAFETY: a fresh arena window of `size` slots: localsplus is initialised to Undef
    // without dropping the stale bits there; the stack starts empty.
    let stack_base = unsafe {
        for i in 0..nlp {
            ptr::write(base.add(i), Value::Undef);
        }
        base.add(nlp)
    };
    vm.frames.push(Frame {
        code: code.clone(),
        cd: &**cd as *const _,
        func: Some(func.clone()),
        globals: fd.globals.clone(),
        builtins: fd.builtins.clone(),
        locals: Value::Undef,
        base,
        stack_base,
        sp: stack_base,
        ip: 0,
        lasti: 0,
        is_entry: true,
        is_generator: false,
        kwnames: Value::Undef,
        frame_obj: None,
    });
    Ok(vm.frames.len() - 1)
}
