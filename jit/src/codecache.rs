//! Per-code-object JIT state and the compiled code attached to it.
//!
//! A [`CodeState`] is created the first time tier 2 sees a code object and lives for the rest
//! of the process (`CodeData::jit_entry` points at it; compiled callers embed its address). It
//! holds the *direct-entry cell* compiled callers load before every direct call — the entry of
//! the current compiled code, or the interpreter trampoline when there is none — so
//! recompiling or invalidating a callee needs no change to its callers.
//!
//! A [`Compiled`] is one compilation: entry point, exit table (snapshots), OSR entries and the
//! objects its code embeds (kept alive so an address can never be reused by another object
//! while a guard compares against it). Invalidated code is never freed: activations may still
//! be running it, and its exits still need their snapshots. (A code object that is
//! recompiled more than [`MAX_RECOMPILES`] times is given up, which bounds the waste.)

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use heron_runtime::bytecode::opcodes::{co_flags, Op};
use heron_runtime::object::{Obj, Payload, PyRef};
use heron_runtime::objects::code::CodeData;
use heron_runtime::vm::jit_support::generic::generic_needs_frame;
use heron_runtime::vm::jit_support::{heron_rt_interp_entry, DirectEntry};

use crate::backend::{CodeUnit, FuncHandle};
use crate::deopt::ExitInfo;
use crate::feedback::Callee;

/// Recompilations of one code object before tier 2 gives up on it.
pub const MAX_RECOMPILES: u32 = 6;

/// Names whose use makes a function look at its own frame (`super()` reads `self` and
/// `__class__` from it; `locals()`, `sys._getframe()` ... read its locals). Such code always
/// runs with an interpreter frame whose locals compiled code keeps up to date across calls.
const FRAME_OBSERVERS: &[&str] = &[
    "super",
    "locals",
    "vars",
    "dir",
    "eval",
    "exec",
    "_getframe",
    "currentframe",
    "getframe",
    "stack",
    "print_stack",
    "extract_stack",
    "format_stack",
    "getouterframes",
    "getframeinfo",
];

/// Code objects larger than this (in words) are not compiled.
pub const MAX_WORDS: usize = 20_000;

/// What the exit counters taught about a code object; survives recompilation.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    /// Instructions whose fast-path guard kept failing: compile them generically.
    pub generic: HashSet<u32>,
    /// `(loop header pc, slot)` pairs not to speculate unboxed.
    pub no_spec: HashSet<(u32, u32)>,
    /// Float arithmetic that met an int operand: convert ints there instead of exiting.
    pub widened: HashSet<u32>,
}

/// The exits of one compilation, and what they need to report back. Allocated before the
/// code is generated (its address is every activation's `meta`) and never freed.
pub struct ExitTable {
    pub exits: OnceCell<Vec<ExitInfo>>,
    pub state: &'static CodeState,
    /// Set when the code was invalidated: its exits no longer count towards recompiling.
    pub invalidated: Cell<bool>,
}

impl ExitTable {
    pub fn new(state: &'static CodeState) -> ExitTable {
        ExitTable {
            exits: OnceCell::new(),
            state,
            invalidated: Cell::new(false),
        }
    }

    /// Exit `k`.
    pub fn exit(&self, k: usize) -> &ExitInfo {
        &self
            .exits
            .get()
            .expect("exit table filled after compilation")[k]
    }
}

/// One compilation of a code object.
pub struct Compiled {
    /// `fn(thread, func, buf, fi, entry) -> (tag, payload)`.
    pub entry: usize,
    /// The function in `unit`.
    pub handle: FuncHandle,
    pub table: &'static ExitTable,
    /// (loop header or resume point word, entry number): a few, searched in order.
    pub osr: Vec<(u32, i64)>,
    /// Objects whose addresses the code embeds.
    pub keep: Vec<PyRef>,
    /// The attribute sites' polymorphic caches (addresses embedded in the code).
    pub caches: Vec<Box<heron_runtime::vm::jit_support::AttrCache>>,
    /// The globals dict the code was specialised for.
    pub globals: usize,
    /// Machine code size in bytes.
    pub code_size: usize,
    /// Compile time (analysis, translation, Cranelift) in microseconds.
    pub compile_us: u64,
    /// Keeps the executable memory mapped (never freed; see the module docs).
    pub unit: CodeUnit,
    /// `-X jit-dump` text, when asked for.
    pub dump: Option<String>,
}

/// Per-code-object state (see the module docs). `#[repr(C)]`: compiled callers load the
/// direct entry at offset 0, and the runtime reads `direct` through `CodeData::jit_entry`.
#[repr(C)]
pub struct CodeState {
    /// Entry used by calls without an interpreter frame (compiled callers, and the runtime's
    /// calls of functions that have compiled code), with the globals it assumes.
    pub direct: DirectEntry,
    /// The code object (a counted reference: the state outlives nothing it points to).
    pub code: PyRef,
    /// Display name (`qualname`), for logs.
    pub name: String,
    pub compiled: RefCell<Option<Rc<Compiled>>>,
    pub profile: RefCell<Profile>,
    pub recompiles: Cell<u32>,
    pub deopts: Cell<u64>,
    /// May run without an interpreter frame (called directly by compiled code).
    pub frameless_ok: bool,
    /// Looks at its own frame (see [`FRAME_OBSERVERS`]).
    pub observes_frame: bool,
    /// Tier 2 will not compile this code object again.
    pub gave_up: Cell<bool>,
}

impl Compiled {
    /// The entry number of loop header or resume point `word`, if the code has one.
    pub fn entry_at(&self, word: usize) -> Option<i64> {
        self.osr
            .iter()
            .find(|&&(w, _)| w as usize == word)
            .map(|&(_, e)| e)
    }
}

/// The interpreter trampoline's address (the direct entry of code without compiled code).
pub fn trampoline() -> usize {
    heron_rt_interp_entry as *const () as usize
}

impl CodeState {
    fn new(code: &PyRef, cd: &CodeData) -> CodeState {
        let co = &cd.code;
        let observes_frame = co.names.iter().any(|n| FRAME_OBSERVERS.contains(&&**n));
        let mut frame_ops = false;
        for (_, op, _) in co.instructions() {
            if generic_needs_frame(op)
                || matches!(op.base(), Op::YIELD_VALUE | Op::SEND | Op::RETURN_GENERATOR)
            {
                frame_ops = true;
            }
        }
        let gen = co.flags & co_flags::RESUMABLE != 0;
        let simple_args =
            co.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0 && co.kwonlyargcount == 0;
        CodeState {
            direct: DirectEntry::new(co.argcount, co.nlocalsplus() as u32),
            code: code.clone(),
            name: co.qualname.to_string(),
            compiled: RefCell::new(None),
            profile: RefCell::new(Profile::default()),
            recompiles: Cell::new(0),
            deopts: Cell::new(0),
            frameless_ok: !gen
                && simple_args
                && !frame_ops
                && !observes_frame
                && cd.nwords() <= MAX_WORDS,
            observes_frame,
            gave_up: Cell::new(false),
        }
    }

    /// The code data of this state's code object.
    pub fn code_data(&self) -> &CodeData {
        match &self.code.payload {
            Payload::Code(cd) => cd,
            _ => unreachable!("code state of a non-code object"),
        }
    }

    /// The current compiled code, if any and not invalidated.
    pub fn current(&self) -> Option<Rc<Compiled>> {
        self.compiled.borrow().clone()
    }

    /// Installs new compiled code.
    pub fn install(&self, c: Rc<Compiled>) {
        if self.frameless_ok {
            self.direct.globals.set(c.globals);
            self.direct.entry.set(c.entry);
        }
        *self.compiled.borrow_mut() = Some(c);
    }

    /// Stops using the current compiled code for new entries (running activations keep it).
    pub fn invalidate(&self, graveyard: &RefCell<Vec<Rc<Compiled>>>) {
        self.direct.entry.set(trampoline());
        if let Some(c) = self.compiled.borrow_mut().take() {
            c.table.invalidated.set(true);
            graveyard.borrow_mut().push(c);
        }
    }
}

/// All code states, and the callee lookup plans use.
#[derive(Default)]
pub struct CodeCache {
    states: RefCell<Vec<&'static CodeState>>,
    /// Invalidated compiled code, kept alive (see the module docs).
    pub graveyard: RefCell<Vec<Rc<Compiled>>>,
}

impl CodeCache {
    /// The state of a code object, if tier 2 has seen it.
    pub fn get(cd: &CodeData) -> Option<&'static CodeState> {
        let p = cd.jit_entry.get();
        if p == 0 {
            None
        } else {
            // SAFETY: `jit_entry` is only ever set by `state_of` to a leaked `CodeState`.
            Some(unsafe { &*(p as *const CodeState) })
        }
    }

    /// The state of `code`, created on first use.
    pub fn state_of(&self, code: &PyRef) -> Option<&'static CodeState> {
        let Payload::Code(cd) = &code.payload else {
            return None;
        };
        if let Some(s) = Self::get(cd) {
            return Some(s);
        }
        let s: &'static CodeState = Box::leak(Box::new(CodeState::new(code, cd)));
        cd.jit_entry.set(s as *const CodeState as usize);
        self.states.borrow_mut().push(s);
        Some(s)
    }

    /// Every state created so far.
    pub fn states(&self) -> Vec<&'static CodeState> {
        self.states.borrow().clone()
    }

    /// A Python function `f` called with `nargs` positional arguments, if compiled code may
    /// call it directly.
    pub fn callee(&self, f: &Obj, nargs: usize) -> Option<Callee> {
        let Payload::Function(fd) = &f.payload else {
            return None;
        };
        let code = fd.code.borrow().clone();
        let state = self.state_of(&code)?;
        let cd = state.code_data();
        if !state.frameless_ok || state.gave_up.get() || cd.code.argcount as usize != nargs {
            return None;
        }
        Some(Callee {
            func: f as *const Obj as usize,
            code: code.as_ptr() as usize,
            state: state as *const CodeState as usize,
            version: fd.version.get(),
            argcount: nargs,
            nlocalsplus: cd.code.nlocalsplus(),
        })
    }
}
