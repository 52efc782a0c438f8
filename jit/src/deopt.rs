//! Deoptimization: exit snapshots and the one routine that turns them into interpreter state
//! (= LuaJIT's `lj_snap_restore`, Cinder's FrameState).
//!
//! Every exit of compiled code — a failed guard, an instruction left to the interpreter, an
//! exception — has an [`ExitInfo`]: the instruction it belongs to, the word the interpreter
//! resumes at, and a description of each local and stack slot ([`SlotKind`]: how the value
//! sits in the exit buffer and how to box it). The exit block stores the live values into the
//! buffer in that order and calls [`heron_jit_deopt`], which
//!
//! 1. ends the activation (unlinks it; frameless ones give back their depth),
//! 2. boxes the values (`Int` → `int`, virtual iterators → real iterator objects, borrowed
//!    references → new references),
//! 3. writes them into the activation's interpreter frame — the existing one, or a frame it
//!    materialises for a frameless activation — with `ip` at the resume word and `lasti` at
//!    the instruction,
//! 4. and lets the interpreter continue: a frameful activation returns "continue
//!    interpreting" (or the exception) to `Tier2`; a frameless one runs its new frame to
//!    completion in the interpreter and returns the result to its compiled caller.
//!
//! OSR entry reads the same description the other way round (see `osr.rs`).

use std::cell::Cell;
use std::ptr::NonNull;

use heron_runtime::abi::{TAG_OBJ, TAG_UNDEF};
use heron_runtime::object::{Obj, Payload, PyRef};
use heron_runtime::objects::iter::IterState;
use heron_runtime::value::Value;
use heron_runtime::vm::jit_support::{
    push_materialised_frame, restore_frame_state, Activation, RawValue,
};

use crate::codecache::ExitTable;
use crate::tier::JitTier;

/// How one slot of interpreter state sits in an exit buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    /// Tag word and payload word; `owned` says whether the buffer holds a reference count.
    Boxed { owned: bool },
    /// One word, an i64 `int`.
    Int,
    /// One word, the bits of a `float`.
    Float,
    /// One word, 0 or 1.
    Bool,
    /// No words: NULL / unbound.
    Null,
    /// Three words (start, stop, step): a `range` to allocate.
    RangeObj,
    /// Three words (cur, stop, step): a `range_iterator` to allocate.
    RangeIter,
    /// Two words (list, index): a `list_iterator` to allocate; the buffer holds a count of
    /// the list, which the iterator takes over.
    ListIter,
}

impl SlotKind {
    /// Buffer words this slot uses.
    pub fn words(self) -> usize {
        match self {
            SlotKind::Boxed { .. } => 2,
            SlotKind::Int | SlotKind::Float | SlotKind::Bool => 1,
            SlotKind::Null => 0,
            SlotKind::ListIter => 2,
            SlotKind::RangeObj | SlotKind::RangeIter => 3,
        }
    }
}

/// What the exit counters may change when an exit keeps firing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fix {
    /// Nothing to learn (exceptions, interrupts, instructions without a translation).
    None,
    /// Compile the instruction at this word generically next time.
    Generic(u32),
    /// Let the float fast path at this word take ints too (it speculated floats only).
    Widen(u32),
    /// Do not speculate this slot of this loop header unboxed.
    NoSpec(u32, u32),
    /// Recompile with fresh facts (a global was rebound, a namespace changed).
    Refresh,
}

/// One exit of a compiled function.
#[derive(Debug)]
pub struct ExitInfo {
    /// The instruction the exit belongs to (`lasti` in the interpreter).
    pub pc: u32,
    /// The word the interpreter resumes at.
    pub resume: u32,
    pub locals: Vec<SlotKind>,
    pub stack: Vec<SlotKind>,
    /// The exit carries an exception (in `JitThread::err`) raised at `pc`.
    pub exception: bool,
    /// Why the exit is taken (for the log and the statistics).
    pub reason: &'static str,
    pub fix: Fix,
    /// Times taken (stress-forced exits excluded).
    pub count: Cell<u32>,
}

impl ExitInfo {
    /// Total buffer words.
    pub fn words(&self) -> usize {
        self.locals
            .iter()
            .chain(self.stack.iter())
            .map(|s| s.words())
            .sum()
    }
}

/// Reads the exit's slots out of its buffer one at a time, boxing each into an owned value
/// (locals, then stack): an exit to a frame writes them straight into it.
struct Slots<'a> {
    slots: std::iter::Chain<std::slice::Iter<'a, SlotKind>, std::slice::Iter<'a, SlotKind>>,
    buf: *const u64,
    /// The word the next slot starts at.
    k: usize,
}

impl<'a> Slots<'a> {
    fn new(info: &'a ExitInfo, buf: *const u64) -> Slots<'a> {
        Slots {
            slots: info.locals.iter().chain(info.stack.iter()),
            buf,
            k: 0,
        }
    }

    /// The next slot's value.
    fn next(&mut self, vm: &heron_runtime::Vm) -> Option<Value> {
        let s = *self.slots.next()?;
        let (buf, k) = (self.buf, self.k);
        self.k += s.words();
        // SAFETY: the exit block stored exactly `info.words()` words in `buf` in this order.
        let word = |i: usize| unsafe { *buf.add(k + i) };
        Some(match s {
            SlotKind::Boxed { owned } => {
                let tag = word(0) & 0xff;
                let payload = word(1);
                if !owned && tag == TAG_OBJ as u64 {
                    // SAFETY: a borrowed object reference stays valid until the exit returns
                    // (its owner is a local, constant or container the exit keeps).
                    unsafe { (*(payload as *const Obj)).incref() };
                }
                // SAFETY: the words encode a value of this tag; objects carry a count now.
                unsafe { RawValue { tag, payload }.into_value() }
            }
            SlotKind::Int => Value::Int(word(0) as i64),
            SlotKind::Float => Value::Float(f64::from_bits(word(0))),
            SlotKind::Bool => Value::Bool(word(0) & 1 != 0),
            SlotKind::Null => Value::Undef,
            SlotKind::RangeObj => {
                let (start, stop, step) = (word(0) as i64, word(1) as i64, word(2) as i64);
                Value::Obj(PyRef::new(
                    &vm.types.range,
                    Payload::Range { start, stop, step },
                ))
            }
            SlotKind::RangeIter => {
                let (cur, stop, step) = (word(0) as i64, word(1) as i64, word(2) as i64);
                Value::Obj(IterState::Range { cur, stop, step }.into_object(vm))
            }
            SlotKind::ListIter => {
                // SAFETY: the buffer holds an owned reference to a live list (non-null).
                let list = unsafe { PyRef::from_raw(NonNull::new_unchecked(word(0) as *mut Obj)) };
                let index = word(1) as usize;
                Value::Obj(IterState::List { list, index }.into_object(vm))
            }
        })
    }
}

/// The exit routine every exit block calls (see the module docs).
///
/// # Safety
/// `act` is the live activation of compiled code whose `meta` is an [`ExitTable`] with exit
/// `exit`; `buf` holds that exit's words; the thread's `tier` is the [`JitTier`].
pub unsafe extern "C" fn heron_jit_deopt(
    act: *mut Activation,
    exit: u64,
    buf: *const u64,
) -> RawValue {
    // SAFETY: contract: a live activation record on the exiting code's stack.
    let a = unsafe { &*act };
    // SAFETY: contract.
    let (vm, thread) = unsafe { Activation::parts(act) };
    // SAFETY: contract: `meta` points to the exit table of the running code, which is never
    // freed.
    let meta = unsafe { &*(a.meta as *const ExitTable) };
    // SAFETY: contract: the thread's tier is the JitTier, alive while compiled code runs.
    let tier = unsafe { &*(thread.tier as *const JitTier) };
    let info = meta.exit(exit as usize);
    thread.top = a.prev;
    if a.fi < 0 {
        thread.depth -= 1;
    }
    let stressed = tier.stress_fired(thread, info);
    tier.on_exit(meta, info, stressed);
    let err = if info.exception {
        Some(thread.take_err())
    } else {
        None
    };
    if a.fi >= 0 {
        let fi = a.fi as usize;
        let mut slots = Slots::new(info, buf);
        restore_frame_state(vm, fi, info.resume as usize, info.pc as usize, |vm| {
            slots.next(vm)
        });
        return match err {
            Some(e) => {
                thread.err = Some(e.0);
                RawValue::ERROR
            }
            None => RawValue {
                tag: heron_runtime::abi::RET_DEOPT,
                payload: 0,
            },
        };
    }
    let mut slots = Slots::new(info, buf);
    let values: Vec<Value> = std::iter::from_fn(|| slots.next(vm)).collect();
    // SAFETY: contract: the activation's code object is alive.
    let code = PyRef::from_obj(unsafe { &*a.code });
    // SAFETY: a frameless activation always runs a live function object.
    let func = PyRef::from_obj(unsafe { &*a.func });
    let fi = match push_materialised_frame(vm, &func, &code) {
        Ok(fi) => fi,
        Err(e) => {
            drop(values);
            thread.err = Some(e.0);
            return RawValue::ERROR;
        }
    };
    let mut values = values.into_iter();
    restore_frame_state(vm, fi, info.resume as usize, info.pc as usize, |_| {
        values.next()
    });
    if let Some(e) = err {
        vm.pending_throw = Some(e);
    }
    let tp = a.thread;
    // The interpreter finishes the frame; it may run compiled code again, which uses the
    // thread record through its own pointer, so ours is not used until it returns.
    match vm.run_frame() {
        Ok((v, _)) => RawValue::from_value(v),
        Err(e) => {
            // SAFETY: the thread record outlives all compiled code; nothing else uses it now.
            unsafe { (*tp).err = Some(e.0) };
            RawValue {
                tag: TAG_UNDEF as u64,
                payload: 0,
            }
        }
    }
}
