//! The `_thread` module (= CPython's `Modules/_threadmodule.c`): OS threads running Python
//! callables under the GIL (see `gil`), and the lock types `threading` builds on.
//!
//! A lock's state is a small mutex-protected record shared with its waiters; waiting happens
//! with the GIL released, so a thread blocked in `acquire` lets the others run. The record is
//! thread-safe on its own: it never holds objects.

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::gil::{self, ThreadState};
use crate::object::{Payload, PyRef};
use crate::objects::typeobj::Layout;
use crate::value::Value;
use crate::vm::numeric::{as_float, as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// CPython's `_thread.TIMEOUT_MAX` on Linux.
const TIMEOUT_MAX: f64 = 9223372036.854776;
/// Rust stack of a Python thread (reserved lazily, like the main thread's).
const STACK_SIZE: usize = 1 << 30;

/// The shared state of a lock: `owner` is 0 when free (a plain lock stores 1 when held; a
/// reentrant lock stores the owner's ident), `count` is the recursion depth of an RLock.
struct Core {
    state: Mutex<(u64, u64)>,
    cond: Condvar,
    reentrant: bool,
}

crate::gil_local! {
    /// `_thread.lock` and `_thread.RLock`, created with the module.
    static TYPES: std::cell::RefCell<Option<[PyRef; 2]>> = std::cell::RefCell::new(None);
}

/// The calling thread's identifier (= `PyThread_get_thread_ident`).
pub fn ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

fn core_of(vm: &Vm, v: &Value) -> PyResult<Arc<Core>> {
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(c) = n.borrow().downcast_ref::<Arc<Core>>() {
            return Ok(c.clone());
        }
    }
    Err(vm.type_error("descriptor requires a '_thread.lock' object"))
}

fn new_lock(vm: &mut Vm, reentrant: bool) -> Value {
    let ty = TYPES.with(|t| t.borrow().as_ref().map(|t| t[reentrant as usize].clone()));
    let ty = ty.unwrap_or_else(|| vm.types.object.clone());
    let core = Arc::new(Core {
        state: Mutex::new((0, 0)),
        cond: Condvar::new(),
        reentrant,
    });
    Value::Obj(PyRef::new(
        &ty,
        Payload::Native(std::cell::RefCell::new(Box::new(core))),
    ))
}

fn secs_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    match (as_float(v), as_int(v)) {
        (Some(f), _) => Ok(f),
        (_, Some(IntArg::Small(i))) => Ok(i as f64),
        (_, Some(IntArg::Big(_))) => Err(vm.overflow_error("timeout value is too large")),
        _ => Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

enum Wait {
    Acquired,
    TimedOut,
    Interrupted,
}

impl Core {
    /// Takes the lock if it is free (or already ours, for an RLock).
    fn try_take(&self, me: u64) -> bool {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if st.0 == 0 {
            *st = (if self.reentrant { me } else { 1 }, 1);
            true
        } else if self.reentrant && st.0 == me {
            st.1 += 1;
            true
        } else {
            false
        }
    }

    /// Waits (GIL released by the caller) until the lock is free or the deadline passes.
    fn wait_take(&self, me: u64, deadline: Option<Instant>) -> Wait {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if st.0 == 0 {
                *st = (if self.reentrant { me } else { 1 }, 1);
                return Wait::Acquired;
            }
            if crate::vm::signals::interrupt_pending() {
                return Wait::Interrupted;
            }
            let mut slice = Duration::from_millis(50);
            if let Some(d) = deadline {
                let now = Instant::now();
                if now >= d {
                    return Wait::TimedOut;
                }
                slice = slice.min(d - now);
            }
            st = self
                .cond
                .wait_timeout(st, slice)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}

fn acquire(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let core = core_of(vm, &a.args[0])?;
    let rest = Args {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    let blocking = match rest.get(0, "blocking") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let timeout = match rest.get(1, "timeout") {
        Some(v) => secs_arg(vm, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    let me = ident();
    if core.try_take(me) {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
    match vm.allow_threads(|| core.wait_take(me, deadline)) {
        Wait::Acquired => Ok(Value::Bool(true)),
        Wait::TimedOut => Ok(Value::Bool(false)),
        Wait::Interrupted => Err(vm.take_interrupt()),
    }
}

fn release(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let core = core_of(vm, &a.args[0])?;
    let mut st = core.state.lock().unwrap_or_else(|e| e.into_inner());
    if core.reentrant {
        if st.0 != ident() || st.1 == 0 {
            drop(st);
            return Err(runtime_error(vm, "cannot release un-acquired lock"));
        }
        st.1 -= 1;
        if st.1 == 0 {
            st.0 = 0;
        }
    } else {
        if st.0 == 0 {
            drop(st);
            return Err(runtime_error(vm, "release unlocked lock"));
        }
        *st = (0, 0);
    }
    drop(st);
    core.cond.notify_one();
    Ok(Value::None)
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    release(vm, Args::new(&a.args[..1]))
}

fn locked(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let core = core_of(vm, &a.args[0])?;
    let st = core.state.lock().unwrap_or_else(|e| e.into_inner());
    Ok(Value::Bool(st.0 != 0))
}

/// `RLock._is_owned()`.
fn is_owned(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let core = core_of(vm, &a.args[0])?;
    let st = core.state.lock().unwrap_or_else(|e| e.into_inner());
    Ok(Value::Bool(st.0 == ident() && st.1 > 0))
}

/// `RLock._release_save()`: releases completely, returning the state to restore.
fn release_save(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let core = core_of(vm, &a.args[0])?;
    let mut st = core.state.lock().unwrap_or_else(|e| e.into_inner());
    if st.1 == 0 {
        drop(st);
        return Err(runtime_error(vm, "cannot release un-acquired lock"));
    }
    let (owner, count) = *st;
    *st = (0, 0);
    drop(st);
    core.cond.notify_one();
    Ok(vm.new_tuple(vec![Value::Int(count as i64), Value::Int(owner as i64)]))
}

/// `RLock._acquire_restore(state)`.
fn acquire_restore(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let core = core_of(vm, &a.args[0])?;
    let count = match a.args.get(1).and_then(|t| t.payload()) {
        Some(Payload::Tuple(t)) if t.len() == 2 => match t[0] {
            Value::Int(c) => c as u64,
            _ => 1,
        },
        _ => 1,
    };
    let me = ident();
    if !core.try_take(me) {
        vm.allow_threads(|| core.wait_take(me, None));
    }
    core.state.lock().unwrap_or_else(|e| e.into_inner()).1 = count;
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let core = core_of(vm, &a.args[0])?;
    let (owner, count) = *core.state.lock().unwrap_or_else(|e| e.into_inner());
    let addr = a.args[0].as_obj().map(|o| o.as_ptr() as usize).unwrap_or(0);
    let state = if owner != 0 { "locked" } else { "unlocked" };
    let s = if core.reentrant {
        format!("<{state} _thread.RLock object owner={owner} count={count} at {addr:#x}>")
    } else {
        format!("<{state} _thread.lock object at {addr:#x}>")
    };
    Ok(vm.new_str(s))
}

fn runtime_error(vm: &Vm, msg: &str) -> crate::vm::PyErr {
    vm.new_error(&vm.exc.runtime_error.clone(), msg)
}

fn allocate_lock(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(new_lock(vm, false))
}

fn rlock(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(new_lock(vm, true))
}

fn get_ident(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(ident() as i64))
}

fn get_native_id(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: gettid has no preconditions.
    Ok(Value::Int(unsafe { libc::gettid() } as i64))
}

fn count(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(gil::running_threads() as i64))
}

/// Online processors (= `os.cpu_count()`), for `multiprocessing.cpu_count`.
fn cpu_count(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: sysconf only reads a system value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn stack_size(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

/// What a new thread runs; moved to the new OS thread.
struct Start {
    vm: *mut Vm,
    func: Value,
    args: Value,
    kwargs: Value,
}

// SAFETY: the values are created under the GIL and the new thread touches them (and the Vm)
// only after taking the GIL; the creating thread gives up its references when it moves them.
unsafe impl Send for Start {}

fn start_new_thread(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "start_new_thread expected at least 2 arguments, got {}",
            pos.len()
        )));
    }
    let callable = matches!(
        pos[0].payload(),
        Some(
            Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. } | Payload::Type(_)
        )
    ) || vm.lookup_special(&pos[0], "__call__").is_some();
    if !callable {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(pos[1].payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = pos.get(2).cloned().unwrap_or(Value::None);
    if !matches!(kwargs, Value::None) && !matches!(kwargs.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    let start = Start {
        vm: vm as *mut Vm,
        func: pos[0].clone(),
        args: pos[1].clone(),
        kwargs,
    };
    let ts = ThreadState::fresh();
    gil::thread_started();
    let domain = gil::current_domain();
    let spawned = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            gil::join_domain(domain);
            run_thread(start, ts)
        });
    match spawned {
        Ok(h) => {
            use std::os::unix::thread::JoinHandleExt;
            Ok(Value::Int(h.as_pthread_t() as i64))
        }
        Err(_) => {
            gil::thread_finished();
            Err(runtime_error(vm, "can't start new thread"))
        }
    }
}

fn run_thread(start: Start, mut ts: ThreadState) {
    let body = std::panic::AssertUnwindSafe(move || {
        let vmp = start.vm;
        // SAFETY: `vmp` is the interpreter that started this thread; it lives until the
        // process exits (the main thread keeps the GIL once it finalizes).
        unsafe { gil::enter_thread(vmp, &mut ts) };
        // SAFETY: this thread holds the GIL, which gives it exclusive use of the Vm; the Vm
        // outlives every thread (the main thread never releases the GIL once it finalizes).
        let vm = unsafe { &mut *vmp };
        let Start {
            func, args, kwargs, ..
        } = start;
        let r = vm.call_ex(&func, &args, &kwargs);
        if let Err(e) = r {
            if !vm.err_matches(&e, &vm.exc.system_exit.clone()) {
                let _ = vm.flush_stdout();
                let name = vm.repr(&func).unwrap_or_default();
                eprintln!("Exception ignored in thread started by: {name}");
                vm.print_exception(&e);
            }
        }
        drop((func, args, kwargs));
        vm.run_pending_finalizers();
        gil::thread_finished();
        let rest = gil::exit_thread(vm);
        drop(rest);
    });
    if std::panic::catch_unwind(body).is_err() {
        // A panic while holding the GIL would leave every other thread waiting forever.
        std::process::abort();
    }
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("_thread");
    let object = vm.types.object.clone();
    let lock = vm.new_builtin_type("lock", &object, Layout::Internal, 0);
    let rlock_ty = vm.new_builtin_type("RLock", &object, Layout::Internal, 0);
    let common: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("acquire", acquire),
        ("release", release),
        ("__enter__", acquire),
        ("__exit__", exit),
        ("locked", locked),
        ("__repr__", lock_repr),
    ];
    for ty in [&lock, &rlock_ty] {
        vm.add_methods(ty, "_thread", common);
        let name = vm.new_str("_thread");
        vm.set_type_attr(ty, "__module__", name);
    }
    vm.add_methods(
        &lock,
        "_thread",
        &[("acquire_lock", acquire), ("release_lock", release)],
    );
    vm.add_methods(
        &rlock_ty,
        "_thread",
        &[
            ("_is_owned", is_owned),
            ("_release_save", release_save),
            ("_acquire_restore", acquire_restore),
        ],
    );
    TYPES.with(|t| *t.borrow_mut() = Some([lock.clone(), rlock_ty.clone()]));
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("RLock", rlock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("_cpu_count", cpu_count),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("_thread", name, f);
        vm.module_set(&m, name, v);
    }
    vm.module_set(&m, "LockType", Value::Obj(lock));
    vm.module_set(&m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    let rt = Value::Obj(vm.exc.runtime_error.clone());
    vm.module_set(&m, "error", rt);
    m
}
