//! Runtime code objects: the compiler's `CodeObject` plus what the interpreter derives from it
//! once — constants as values, names as interned strings — and the quickened instruction
//! stream the specialiser rewrites in place, with per-code-object counters for tiering.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::object::{Obj, PyRef};
use crate::value::Value;

/// What a generic BINARY_OP site last called: the Python-level dunder of the left operand's
/// class (tier 2's feedback for calling it directly), by address: the record owns nothing
/// (a code object holding its classes would keep them out of the collector's sight). While
/// some live type has `version` — versions are never reused, so it is `class`, unchanged —
/// the class is alive and its namespace still gives `func` for the operator.
#[derive(Clone, Copy)]
pub struct BinopDunder {
    pub pc: u32,
    pub class: *const Obj,
    pub version: u32,
    pub func: *const Obj,
}

impl BinopDunder {
    /// The class and the dunder, while both are what the record says (see above).
    pub fn live(&self) -> Option<(PyRef, PyRef)> {
        if !crate::objects::typeobj::is_live_version(self.version) {
            return None;
        }
        // SAFETY: the version is live, so `class` is alive and holds `func` (see the type's
        // doc); both addresses were taken from live objects when the record was made.
        unsafe { Some((PyRef::from_obj(&*self.class), PyRef::from_obj(&*self.func))) }
    }
}

/// The data of a code object.
pub struct CodeData {
    pub code: Rc<CodeObject>,
    /// `co_consts` as values.
    pub consts: Box<[Value]>,
    /// `co_names` as interned str objects.
    pub names: Box<[Value]>,
    /// The quickened words: instructions (possibly specialised) and inline caches.
    words: Box<[UnsafeCell<u32>]>,
    /// Calls so far (tier-up counter).
    pub calls: Cell<u32>,
    /// Loop back-edges taken so far (tier-up counter).
    pub backedges: Cell<u32>,
    /// Tier-2 state: an opaque handle the JIT installs (0 = not compiled).
    pub jit_entry: Cell<usize>,
    /// Set when the JIT declined or gave up on this code object.
    pub jit_disabled: Cell<bool>,
    /// Operator sites that called a class's dunder (one entry per site, the latest class).
    /// The references keep those classes alive as long as the code object (at most one per
    /// site); the cycle collector does not see them.
    pub binop_dunders: RefCell<Vec<BinopDunder>>,
}

impl CodeData {
    pub fn new(code: Rc<CodeObject>, consts: Box<[Value]>, names: Box<[Value]>) -> CodeData {
        let words = code.code.iter().map(|&w| UnsafeCell::new(w)).collect();
        CodeData {
            code,
            consts,
            names,
            words,
            calls: Cell::new(0),
            backedges: Cell::new(0),
            jit_entry: Cell::new(0),
            jit_disabled: Cell::new(false),
            binop_dunders: RefCell::new(Vec::new()),
        }
    }

    /// Pointer to the first word (the eval loop reads and the specialiser writes through it).
    #[inline]
    pub fn words_ptr(&self) -> *mut u32 {
        self.words.as_ptr() as *mut u32
    }

    #[inline]
    pub fn nwords(&self) -> usize {
        self.words.len()
    }

    /// Reads word `i`.
    #[inline]
    pub fn word(&self, i: usize) -> u32 {
        // SAFETY: words are only written by the specialiser on this thread, never while a
        // reference into them is held; reads and writes are plain u32 copies.
        unsafe { *self.words[i].get() }
    }

    /// The dunder the BINARY_OP at word `pc` last called, if any.
    pub fn binop_dunder(&self, pc: u32) -> Option<BinopDunder> {
        self.binop_dunders
            .borrow()
            .iter()
            .find(|d| d.pc == pc)
            .copied()
    }

    /// Writes word `i` (specialisation, cache updates).
    #[inline]
    pub fn set_word(&self, i: usize, w: u32) {
        // SAFETY: as in `word`: single-threaded plain u32 store.
        unsafe { *self.words[i].get() = w }
    }
}
