//! The global interpreter lock (= CPython's `Python/ceval_gil.c`) and interpreter-wide
//! statics.
//!
//! Every Python thread runs on its own OS thread (so native code that calls back into Python
//! nests eval loops on that thread's own Rust stack), but only the thread holding the GIL
//! touches the [`Vm`] or any object. The GIL is a baton: a `Mutex<State>` with a `Condvar`.
//!
//! Invariants:
//! - While a thread holds the GIL, the per-thread fields of the `Vm` (listed in
//!   [`ThreadState`]) are that thread's own. A thread that releases the GIL first moves them
//!   into its [`ThreadState`] (kept on its own stack) and moves them back after reacquiring.
//! - Objects (non-atomic reference counts) are touched only under the GIL. Releasing the GIL
//!   is done through [`Vm::allow_threads`], whose closure must not touch objects.
//! - Interpreter-wide mutable statics are [`GilLocal`]s: one instance for the process, only
//!   accessed under the GIL (they replace `thread_local!`, which would give each OS thread its
//!   own GC lists and type caches).
//!
//! Switch points: blocking calls release the GIL (`time.sleep`, lock waits, `join`); a
//! thread waiting for the GIL longer than the switch interval (`sys.setswitchinterval`, 5 ms by
//! default) sets a drop request, which the holder sees at its next instruction boundary
//! (through the service flag the eval loop and compiled-code helpers already poll) and yields.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use crate::value::Value;
use crate::vm::{Arena, Frame, PyErr, Vm};

/// An interpreter-wide value only accessed by the thread holding the GIL, with the `with` API
/// of `std::thread::LocalKey` (declare with [`gil_local!`]).
///
/// The values live in a *domain*: the OS thread that first touches one creates a domain, and
/// the Python threads it starts join it (see [`current_domain`]/[`join_domain`]). So the
/// threads of one interpreter share one instance, while unrelated OS threads (two embedders,
/// the test harness's threads) each have their own, as with `thread_local!`.
pub struct GilLocal<T: 'static> {
    init: fn() -> T,
    /// This static's slot in every domain (assigned on first use; `usize::MAX` until then).
    index: std::sync::atomic::AtomicUsize,
    _marker: std::marker::PhantomData<T>,
}

/// The GIL-local values of one interpreter: slot `i` holds a `Box<T>` of the static whose
/// index is `i` (boxes keep each value's address stable while the vector grows).
#[derive(Default)]
struct Domain {
    slots: std::cell::RefCell<Vec<Option<Box<dyn std::any::Any>>>>,
}

static NEXT_INDEX: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// GIL-locals whose values this thread can reach without the domain's table (indices below
/// this).
const FAST_SLOTS: usize = 64;

thread_local! {
    static DOMAIN: std::cell::Cell<*const Domain> = const { std::cell::Cell::new(std::ptr::null()) };
    /// This thread's shortcut to the values of its domain: slot `i` is the value of the static
    /// with index `i` once looked up (null before). Cleared when the thread joins a domain.
    static FAST: std::cell::UnsafeCell<[*const (); FAST_SLOTS]> =
        const { std::cell::UnsafeCell::new([std::ptr::null(); FAST_SLOTS]) };
}

/// The current thread's domain (created on first use; never freed, as interpreters live
/// until the process exits).
fn domain() -> &'static Domain {
    let p = DOMAIN.with(|d| {
        if d.get().is_null() {
            d.set(Box::into_raw(Box::<Domain>::default()));
        }
        d.get()
    });
    // SAFETY: domains are leaked boxes, so the pointer stays valid for the process's life.
    unsafe { &*p }
}

/// A handle on the current thread's domain, to pass to a thread it starts.
pub struct DomainRef(*const Domain);

// SAFETY: a domain is only used by the thread holding the GIL of its interpreter; the handle
// only carries the address to the new thread, which uses it under that GIL.
unsafe impl Send for DomainRef {}

/// The current thread's domain (for [`join_domain`] in a thread it starts).
pub fn current_domain() -> DomainRef {
    DomainRef(domain())
}

/// Makes this (new) thread use `d`'s GIL-local values.
pub fn join_domain(d: DomainRef) {
    DOMAIN.with(|c| c.set(d.0));
    // SAFETY: the shortcut table is only touched by this thread, with no reference into it
    // held across calls.
    FAST.with(|f| unsafe { *f.get() = [std::ptr::null(); FAST_SLOTS] });
}

// SAFETY: the values are only reached through `with`, which is only called by the thread
// holding its interpreter's GIL (every interpreter path runs under it); the GIL's mutex
// hand-off orders the accesses of successive holders.
unsafe impl<T: 'static> Sync for GilLocal<T> {}

impl<T: 'static> GilLocal<T> {
    pub const fn new(init: fn() -> T) -> GilLocal<T> {
        GilLocal {
            init,
            index: std::sync::atomic::AtomicUsize::new(usize::MAX),
            _marker: std::marker::PhantomData,
        }
    }

    fn index(&self) -> usize {
        use std::sync::atomic::Ordering::Relaxed;
        let i = self.index.load(Relaxed);
        if i != usize::MAX {
            return i;
        }
        let fresh = NEXT_INDEX.fetch_add(1, Relaxed);
        match self
            .index
            .compare_exchange(usize::MAX, fresh, Relaxed, Relaxed)
        {
            Ok(_) => fresh,
            Err(won) => won,
        }
    }

    /// Runs `f` with the value (initialised on first use).
    #[inline]
    pub fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        let i = self.index();
        if i < FAST_SLOTS {
            // SAFETY: this thread's table, not borrowed across calls; a non-null entry is the
            // value of static `i` in this thread's domain (a `T`, see `lookup`).
            let p = FAST.with(|t| unsafe { (*t.get())[i] }) as *const T;
            if !p.is_null() {
                // SAFETY: values live for the rest of the process (see `lookup`).
                return f(unsafe { &*p });
            }
        }
        let p = self.lookup(i);
        if i < FAST_SLOTS {
            // SAFETY: as above.
            FAST.with(|t| unsafe { (*t.get())[i] = p as *const () });
        }
        // SAFETY: as in `lookup`.
        f(unsafe { &*p })
    }

    /// The value of static `i` in this thread's domain, made on first use.
    fn lookup(&'static self, i: usize) -> *const T {
        let d = domain();
        let found = d
            .slots
            .borrow()
            .get(i)
            .and_then(|s| s.as_ref())
            .map(|b| b.downcast_ref::<T>().expect("slot type") as *const T);
        let p = match found {
            Some(p) => p,
            None => {
                // Initialise outside the borrow: `init` may use other GIL-locals.
                let v: Box<dyn std::any::Any> = Box::new((self.init)());
                let mut slots = d.slots.borrow_mut();
                if slots.len() <= i {
                    slots.resize_with(i + 1, || None);
                }
                let slot = slots[i].get_or_insert(v);
                slot.downcast_ref::<T>().expect("slot type") as *const T
            }
        };
        // `p` points into a box owned by the leaked domain; a filled slot is never replaced
        // or dropped, so the value lives for the rest of the process.
        p
    }
}

/// Declares [`GilLocal`] statics with `thread_local!` syntax.
#[macro_export]
macro_rules! gil_local {
    () => {};
    ($(#[$m:meta])* $vis:vis static $name:ident: $t:ty = const { $init:expr }; $($rest:tt)*) => {
        $crate::gil_local!($(#[$m])* $vis static $name: $t = $init; $($rest)*);
    };
    ($(#[$m:meta])* $vis:vis static $name:ident: $t:ty = $init:expr; $($rest:tt)*) => {
        $(#[$m])* $vis static $name: $crate::gil::GilLocal<$t> =
            $crate::gil::GilLocal::new(|| $init);
        $crate::gil_local!($($rest)*);
    };
}

struct State {
    /// Whether some thread holds the GIL (the main thread holds it from the start).
    held: bool,
    /// Number of hand-offs so far (a waiter only asks for a drop when none happened).
    switches: u64,
    /// Threads waiting for the GIL.
    waiting: usize,
}

static STATE: Mutex<State> = Mutex::new(State {
    held: true,
    switches: 0,
    waiting: 0,
});
static COND: Condvar = Condvar::new();
/// Set by a waiter whose interval expired; the holder yields at its next check.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);
/// The switch interval in microseconds.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);
/// Set once the interpreter finalizes: the GIL is never released again.
static FINALIZING: AtomicBool = AtomicBool::new(false);
/// Python threads started and not yet finished (besides the main thread).
static RUNNING: AtomicU64 = AtomicU64::new(0);

fn lock_state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// `sys.getswitchinterval()` in seconds.
pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// `sys.setswitchinterval(secs)`.
pub fn set_switch_interval(secs: f64) {
    INTERVAL_US.store(((secs * 1e6) as u64).max(1), Ordering::Relaxed);
}

/// Number of Python threads other than the main one still running.
pub fn running_threads() -> u64 {
    RUNNING.load(Ordering::SeqCst)
}

pub(crate) fn thread_started() {
    RUNNING.fetch_add(1, Ordering::SeqCst);
}

pub(crate) fn thread_finished() {
    RUNNING.fetch_sub(1, Ordering::SeqCst);
}

/// Marks the interpreter as finalizing: from now on the holder keeps the GIL for good, and
/// any other thread stays parked until the process exits.
pub fn set_finalizing() {
    FINALIZING.store(true, Ordering::SeqCst);
}

/// Whether a waiter asked the holder to yield.
#[inline]
pub fn drop_requested() -> bool {
    DROP_REQUEST.load(Ordering::Relaxed)
}

/// The address of the drop-request flag, for compiled code's back-edge polls (a byte that is
/// non-zero when set).
pub fn drop_request_addr() -> *const u8 {
    DROP_REQUEST.as_ptr() as *const u8
}

/// Blocks until this thread holds the GIL (= `take_gil`).
fn take() {
    let mut st = lock_state();
    st.waiting += 1;
    while st.held {
        let seen = st.switches;
        let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed));
        let (g, timeout) = COND
            .wait_timeout(st, interval)
            .unwrap_or_else(|e| e.into_inner());
        st = g;
        if timeout.timed_out() && st.held && st.switches == seen {
            DROP_REQUEST.store(true, Ordering::Relaxed);
            crate::object::request_service();
        }
    }
    st.waiting -= 1;
    st.held = true;
    st.switches += 1;
    if st.waiting == 0 {
        DROP_REQUEST.store(false, Ordering::Relaxed);
    }
}

/// Releases the GIL (= `drop_gil`). Returns whether another thread was waiting.
fn drop_gil() -> bool {
    let mut st = lock_state();
    st.held = false;
    let waiting = st.waiting > 0;
    drop(st);
    COND.notify_all();
    waiting
}

/// The interpreter fields that belong to one Python thread (= CPython's `PyThreadState`
/// fields that live in the interpreter struct here).
pub struct ThreadState {
    frames: Vec<Frame>,
    arena: Arena,
    native_depth: usize,
    handled: Value,
    pending_throw: Option<PyErr>,
    repr_stack: Vec<usize>,
    /// The tier-2 thread record's per-thread part: raised exception, innermost compiled
    /// activation, frameless depth.
    jit_err: Option<crate::object::PyRef>,
    jit_top: *mut crate::vm::jit_support::Activation,
    jit_depth: u64,
}

// SAFETY: a record only crosses to another OS thread when it is fresh (no frames, no
// objects: `start_new_thread` hands it to the new thread); otherwise it stays on the stack of
// the thread it belongs to, and its contents are only touched by that thread under the GIL.
unsafe impl Send for ThreadState {}

impl ThreadState {
    /// The state of a thread that has not run yet: no frames, its own arena.
    pub fn fresh() -> ThreadState {
        ThreadState {
            frames: Vec::with_capacity(64),
            arena: Arena::new(),
            native_depth: 0,
            handled: Value::None,
            pending_throw: None,
            repr_stack: Vec::new(),
            jit_err: None,
            jit_top: std::ptr::null_mut(),
            jit_depth: 0,
        }
    }

    /// An empty holder (what a running thread's record contains).
    fn placeholder() -> ThreadState {
        ThreadState {
            frames: Vec::new(),
            arena: Arena::placeholder(),
            native_depth: 0,
            handled: Value::None,
            pending_throw: None,
            repr_stack: Vec::new(),
            jit_err: None,
            jit_top: std::ptr::null_mut(),
            jit_depth: 0,
        }
    }

    /// Exchanges this record with the per-thread fields of `vm`.
    pub fn swap_with(&mut self, vm: &mut Vm) {
        std::mem::swap(&mut self.frames, &mut vm.frames);
        std::mem::swap(&mut self.arena, &mut vm.arena);
        std::mem::swap(&mut self.native_depth, &mut vm.native_depth);
        std::mem::swap(&mut self.handled, &mut vm.handled);
        std::mem::swap(&mut self.pending_throw, &mut vm.pending_throw);
        std::mem::swap(&mut self.repr_stack, &mut vm.repr_stack);
        if let Some(t) = vm.tier2.as_ref() {
            let jt = t.thread_record();
            if !jt.is_null() {
                // SAFETY: the record is owned by the installed tier, which lives as long as
                // the Vm; the GIL is held, so no compiled code runs on another thread.
                let jt = unsafe { &mut *jt };
                std::mem::swap(&mut self.jit_err, &mut jt.err);
                std::mem::swap(&mut self.jit_top, &mut jt.top);
                std::mem::swap(&mut self.jit_depth, &mut jt.depth);
            }
        }
    }
}

/// Takes the GIL on a new thread and installs its state (`ts` becomes a placeholder).
///
/// # Safety
/// `vm` must point to the live interpreter, which must outlive the calling thread's use of it.
pub unsafe fn enter_thread(vm: *mut Vm, ts: &mut ThreadState) {
    take();
    // SAFETY: the GIL is held, so this thread has exclusive use of the Vm (live per the
    // caller's contract).
    let vm = unsafe { &mut *vm };
    ts.swap_with(vm);
}

/// Saves a finishing thread's state and releases the GIL for good.
pub fn exit_thread(vm: &mut Vm) -> ThreadState {
    let mut ts = ThreadState::placeholder();
    ts.swap_with(vm);
    // Objects are dropped while the GIL is still held.
    ts.frames.clear();
    ts.handled = Value::None;
    ts.pending_throw = None;
    ts.jit_err = None;
    drop_gil();
    ts
}

impl Vm {
    /// Runs `f` with the GIL released (= `Py_BEGIN_ALLOW_THREADS` ...
    /// `Py_END_ALLOW_THREADS`). `f` must not touch any object or the Vm. With a single thread
    /// the GIL is not dropped at all.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        if running_threads() == 0 || FINALIZING.load(Ordering::SeqCst) {
            return f();
        }
        let mut ts = ThreadState::placeholder();
        ts.swap_with(self);
        drop_gil();
        let r = f();
        take();
        ts.swap_with(self);
        r
    }

    /// Gives other threads a turn when one asked for the GIL (called at instruction
    /// boundaries through `Vm::service`).
    pub fn gil_yield(&mut self) {
        DROP_REQUEST.store(false, Ordering::Relaxed);
        if FINALIZING.load(Ordering::SeqCst) {
            return;
        }
        let mut ts = ThreadState::placeholder();
        ts.swap_with(self);
        let before = lock_state().switches;
        if drop_gil() {
            // Wait until another thread actually took the baton (= FORCE_SWITCHING).
            let mut st = lock_state();
            while !st.held && st.switches == before && st.waiting > 0 {
                st = COND
                    .wait_timeout(st, Duration::from_millis(1))
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
        }
        take();
        ts.swap_with(self);
    }
}
