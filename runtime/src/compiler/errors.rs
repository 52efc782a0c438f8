//! Compile errors: what `compile()` raises as `SyntaxError` (and its subclasses).
//!
//! A [`CompileError`] carries exactly the attributes of CPython's `SyntaxError` so that the
//! runtime can build the exception object without knowing how the error was found:
//! `msg`, `filename`, `lineno`, `offset`, `end_lineno`, `end_offset` and `text`.
//!
//! Conventions (CPython 3.11's):
//! - `lineno`/`end_lineno` are 1-based.
//! - `offset`/`end_offset` are 1-based columns counted in characters (not bytes). CPython
//!   sometimes reports `end_offset` as 0 or -1 (for tokenizer errors); so do we.
//! - `text` is the offending source line. Errors found while parsing keep the line's newline;
//!   tokenizer errors do not (as CPython). Errors found after parsing (by the symbol table or
//!   the code generator) have no text, like CPython's `compile()` of a string; a runtime
//!   printing a traceback for a file fills it from the file, as CPython does.

use std::fmt;

/// Which `SyntaxError` class to raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The exception class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error found while compiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based character column of the start of the error.
    pub offset: u32,
    pub end_lineno: u32,
    /// 1-based character column one past the end of the error; 0 or -1 when CPython gives those.
    pub end_offset: i32,
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    /// `SyntaxError`'s `str()`: `msg (filename, line N)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for CompileError {}
