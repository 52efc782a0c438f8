//! The compiler's output: a VM-free code object.
//!
//! `CodeObject` holds everything CPython's code objects expose (`co_*`), the instruction words
//! (see `opcodes.rs` for the encoding), per-word source positions and the exception table.
//! Constants are [`Const`]s, not runtime values, so the compiler and the disassembler do not
//! depend on the object model; the interpreter turns them into values once per code object.
//!
//! Invariants:
//! - `code[i]` is an instruction word or one of the cache words that follow an instruction;
//!   `positions` has one entry per word (cache words repeat their instruction's position).
//! - Fast locals ("localsplus") are `varnames`, then `cellvars`, then `freevars`; Deref
//!   arguments index that combined list. `cell2arg[i]` names the argument a cell variable
//!   starts from: such a cell lives in the argument's own slot (the code starts with
//!   `MAKE_CELL <argument slot>`, which wraps the bound argument, and every Deref instruction
//!   for that name uses the argument slot, as in CPython 3.11); its slot among the cellvars
//!   stays unused. `cellvars` lists the argument cells first, in argument order.
//! - Exception-table ranges are half-open word ranges and do not overlap.

use std::rc::Rc;

use num_bigint::BigInt;

use super::opcodes::{decode, Op};

/// A constant in `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    /// A frozenset display of constants (`x in {1, 2}`), items in source order.
    FrozenSet(Rc<[Const]>),
    Ellipsis,
    Code(Rc<CodeObject>),
}

/// Source position of an instruction (1-based lines, 0-based UTF-8 columns as CPython).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table entry (= CPython 3.11's `co_exceptiontable` entries).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered word.
    pub start: u32,
    /// One past the last covered word.
    pub end: u32,
    /// Handler word index.
    pub target: u32,
    /// Stack depth to unwind to before pushing (lasti and) the exception.
    pub depth: u32,
    /// Whether to push the offset of the raising instruction before the exception.
    pub lasti: bool,
}

/// A compiled code object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `co_flags` (see `opcodes::co_flags`).
    pub flags: u32,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable, the argument (varnames index) it is initialised from.
    pub cell2arg: Vec<Option<u32>>,
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Const>,
    /// Instruction and cache words.
    pub code: Vec<u32>,
    /// One position per word of `code`.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Maximum value-stack depth.
    pub stacksize: u32,
    /// The docstring, if the body starts with one (also `consts[0]` for functions, as CPython).
    pub doc: Option<Rc<str>>,
}

impl CodeObject {
    /// Number of fast locals plus cells plus free variables.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Name of a localsplus slot.
    pub fn localsplus_name(&self, i: usize) -> &Rc<str> {
        let nv = self.varnames.len();
        let nc = self.cellvars.len();
        if i < nv {
            &self.varnames[i]
        } else if i < nv + nc {
            &self.cellvars[i - nv]
        } else {
            &self.freevars[i - nv - nc]
        }
    }

    /// Iterates over instructions as `(word_index, op, arg)`, skipping cache words.
    pub fn instructions(&self) -> impl Iterator<Item = (usize, Op, u32)> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            if i >= self.code.len() {
                return None;
            }
            let (opn, arg) = decode(self.code[i]);
            let op = Op::from_u8(opn).expect("invalid opcode in code object");
            let at = i;
            i += 1 + op.cache_words();
            Some((at, op, arg))
        })
    }

    /// Line number of the instruction at word `i` (0 if unknown).
    pub fn line_at(&self, i: usize) -> u32 {
        self.positions.get(i).map_or(0, |p| p.line)
    }

    /// The exception-table entry covering word `i`, if any.
    pub fn handler_at(&self, i: usize) -> Option<&ExceptionEntry> {
        let i = i as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= i && i < e.end)
    }

    /// Whether this is the code of a generator function.
    pub fn is_generator(&self) -> bool {
        self.flags & super::opcodes::co_flags::GENERATOR != 0
    }
}
