//! Heron's bytecode: the opcode table, code objects and the disassembler.
//!
//! This module does not depend on the object model or the interpreter, so the compiler, the
//! JIT and the `dis` module can all share it.

pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::{CodeObject, Const, ExceptionEntry, Position};
pub use opcodes::{decode, encode, Op};
