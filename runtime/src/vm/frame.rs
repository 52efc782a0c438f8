//! Interpreter frames and the per-thread value arena (= CPython 3.11's
//! `_PyInterpreterFrame` in the thread's data stack).
//!
//! A call does not allocate: the frame's fast locals ("localsplus": varnames, cells, free
//! variables) and its value stack are a window of the arena, bumped on call and released on
//! return. A generator's frame lives in a buffer the generator owns instead, so it survives
//! suspension. The Python-visible frame object is made only when asked for.
//!
//! Invariants: slots `base .. base + nlocalsplus` always hold initialised values (`Undef` when
//! unbound); stack slots `stack_base .. sp` hold initialised values; slots at and above `sp`
//! are logically uninitialised (stale bits, never dropped).

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr;

use crate::object::PyRef;
use crate::objects::code::CodeData;
use crate::value::Value;

/// Number of value slots in the arena (16 bytes each; the memory is reserved lazily by the OS).
pub const ARENA_SLOTS: usize = 8 << 20;

/// The bump-allocated value stack shared by all non-generator frames of a thread.
pub struct Arena {
    mem: *mut Value,
    top: usize,
}

impl Arena {
    pub fn new() -> Arena {
        let layout = Layout::array::<Value>(ARENA_SLOTS).expect("arena layout");
        // SAFETY: the layout has non-zero size. Zeroed memory is a valid `Value::Undef` array
        // (tag 0, no payload), and untouched pages cost nothing until used.
        let mem = unsafe { alloc_zeroed(layout) } as *mut Value;
        assert!(!mem.is_null(), "cannot reserve the frame arena");
        Arena { mem, top: 0 }
    }

    /// An arena without memory: what the Vm holds for a thread that does not run (see
    /// `gil::ThreadState`); every allocation from it fails.
    pub fn placeholder() -> Arena {
        Arena {
            mem: ptr::null_mut(),
            top: ARENA_SLOTS,
        }
    }

    /// Reserves `n` slots, returning their start, or None when the arena is exhausted.
    #[inline]
    pub fn alloc(&mut self, n: usize) -> Option<*mut Value> {
        if self.top + n > ARENA_SLOTS || self.mem.is_null() {
            return None;
        }
        // SAFETY: top + n <= ARENA_SLOTS, so the pointer stays inside the allocation.
        let p = unsafe { self.mem.add(self.top) };
        self.top += n;
        Some(p)
    }

    /// Releases the slots from `p` (which must be the start of the most recent live window).
    #[inline]
    pub fn release_to(&mut self, p: *mut Value) {
        debug_assert!(
            self.contains(p)
                || p as usize == self.mem as usize + ARENA_SLOTS * std::mem::size_of::<Value>()
        );
        self.top = (p as usize - self.mem as usize) / std::mem::size_of::<Value>();
    }

    /// Whether `p` points into this arena.
    pub fn contains(&self, p: *const Value) -> bool {
        let start = self.mem as usize;
        let end = start + ARENA_SLOTS * std::mem::size_of::<Value>();
        (start..end).contains(&(p as usize))
    }
}

impl Default for Arena {
    fn default() -> Self {
        Arena::new()
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        if self.mem.is_null() {
            return;
        }
        let layout = Layout::array::<Value>(ARENA_SLOTS).expect("arena layout");
        // SAFETY: `mem` came from `alloc_zeroed` with this layout. Live frames were torn down
        // (their values dropped) before the arena is.
        unsafe { dealloc(self.mem as *mut u8, layout) }
    }
}

/// One activation of a code object.
pub struct Frame {
    /// The code object (`Payload::Code`).
    pub code: PyRef,
    /// The code data inside `code` (valid while `code` is alive).
    pub cd: *const CodeData,
    /// The function being run, or `None` for module/class bodies and exec.
    pub func: Option<PyRef>,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The locals mapping of module and class bodies (`Undef` in functions).
    pub locals: Value,
    /// Start of localsplus.
    pub base: *mut Value,
    /// Start of the value stack (`base + nlocalsplus`).
    pub stack_base: *mut Value,
    /// One past the top of the value stack.
    pub sp: *mut Value,
    /// Next word to execute.
    pub ip: usize,
    /// Word index of the instruction being executed (for tracebacks and line numbers).
    pub lasti: usize,
    /// A Rust caller is waiting for this frame's result: the eval loop returns when it returns.
    pub is_entry: bool,
    /// The frame belongs to a generator (its slots are not in the arena).
    pub is_generator: bool,
    /// Pending keyword names set by KW_NAMES for the next CALL.
    pub kwnames: Value,
    /// The materialised frame object, if any was asked for.
    pub frame_obj: Option<PyRef>,
}

impl Frame {
    #[inline]
    pub fn code_data(&self) -> &CodeData {
        // SAFETY: `cd` points into `self.code`'s payload, which lives as long as `self.code`.
        unsafe { &*self.cd }
    }

    /// Current source line.
    pub fn lineno(&self) -> u32 {
        self.code_data().code.line_at(self.lasti)
    }

    /// Number of localsplus slots.
    #[inline]
    pub fn nlocalsplus(&self) -> usize {
        // SAFETY: both pointers are within the same frame window.
        (unsafe { self.stack_base.offset_from(self.base) }) as usize
    }

    /// Reads localsplus slot `i`.
    #[inline]
    pub fn local(&self, i: usize) -> &Value {
        debug_assert!(i < self.nlocalsplus());
        // SAFETY: localsplus slots are always initialised and i < nlocalsplus.
        unsafe { &*self.base.add(i) }
    }

    /// Replaces localsplus slot `i`, returning the old value.
    #[inline]
    pub fn set_local(&mut self, i: usize, v: Value) -> Value {
        debug_assert!(i < self.nlocalsplus());
        // SAFETY: as in `local`; `replace` drops nothing and returns the initialised old value.
        unsafe { ptr::replace(self.base.add(i), v) }
    }

    /// The values on the stack, deepest first.
    pub fn stack(&self) -> &[Value] {
        // SAFETY: stack_base..sp are initialised values of this frame.
        unsafe {
            std::slice::from_raw_parts(
                self.stack_base,
                self.sp.offset_from(self.stack_base) as usize,
            )
        }
    }

    /// Drops every value of the frame (locals and stack), leaving the slots uninitialised.
    pub fn clear_values(&mut self) {
        // SAFETY: base..stack_base and stack_base..sp are the initialised slots of this frame;
        // each is dropped exactly once, then sp is reset so they are not dropped again.
        unsafe {
            let n = self.nlocalsplus();
            for i in 0..n {
                ptr::drop_in_place(self.base.add(i));
            }
            let mut p = self.stack_base;
            while p < self.sp {
                ptr::drop_in_place(p);
                p = p.add(1);
            }
            self.sp = self.stack_base;
            for i in 0..n {
                ptr::write(self.base.add(i), Value::Undef);
            }
        }
    }
}
