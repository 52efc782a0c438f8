//! The compiler: Python source text → Heron bytecode [`CodeObject`]s (= CPython's
//! `Python/compile.c` together with its parser front end, `symtable.c` and `ast_opt.c`).
//!
//! Pipeline, one pass each:
//! 1. [`front`] parses with ruff's parser (targeting Python 3.11) and turns its errors into
//!    CPython's `SyntaxError`s; it is the only place that calls into `ruff_python_parser`.
//! 2. [`symtable`] builds the scopes of every function, class, lambda and comprehension and
//!    resolves each name (local, global, cell, free).
//! 3. [`codegen`] walks the AST once per code object, emitting instructions into a control-flow
//!    graph of basic blocks, then optimises and assembles it into words, positions, the
//!    exception table and the stack size (`codegen/flow.rs`).
//!
//! The bytecode itself (opcode numbers, stack effects, the meaning of every instruction) is the
//! contract in `crate::bytecode::opcodes`; the compiler emits exactly what those docs describe,
//! modelled on what CPython 3.11 emits for the same source. `docs/internals/compiler.md` lists
//! the differences from CPython.
//!
//! Nothing here panics on any input: malformed programs become [`CompileError`]s.

mod codegen;
mod errors;
mod front;
mod symtable;

use std::rc::Rc;

use crate::bytecode::CodeObject;

pub use errors::{CompileError, SyntaxErrorKind};
pub(crate) use front::{ast as ruff_ast, number_const, Parsed, Ranged, SourceMap, TextRange};
pub(crate) use symtable::mangle;

/// What `compile()`'s `mode` argument selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements (`'exec'`).
    Exec,
    /// A single expression whose value the code object returns (`'eval'`).
    Eval,
    /// Interactive input (`'single'`): expression statements print their value (PRINT_EXPR).
    Single,
}

/// Compiles `source` (named `filename` in code objects and errors) to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let map = front::SourceMap::new(source, filename);
    let parsed = front::parse(&map, mode)?;
    codegen::compile_parsed(&map, &parsed, mode)
}

/// Parses `source` without compiling it (the `ast` module converts the tree).
pub(crate) fn parse_only(map: &SourceMap<'_>, mode: Mode) -> Result<Parsed, CompileError> {
    front::parse(map, mode)
}

#[cfg(test)]
mod tests;
