//! The front end: source text → AST, and every direct use of the `ruff_python_*` crates
//! outside the code generator.
//!
//! Ruff publishes its parser as internal crates whose API changes between releases; keeping the
//! parse call, the error translation and the source-position arithmetic here means an upgrade
//! touches this file and the AST walkers (`symtable.rs`, `codegen/`), nothing else.
//!
//! - [`parse`] parses in exec/eval/single mode, rejects syntax newer than Python 3.11 and maps
//!   ruff's errors to CPython 3.11's `SyntaxError` messages (see `syntax_errors.rs`).
//! - [`SourceMap`] converts ruff's byte offsets to CPython positions: 1-based lines, 0-based
//!   UTF-8 byte columns for `co_positions`, 1-based character columns for `SyntaxError.offset`.
//! - [`number_const`] turns a numeric literal into a [`Const`] (big integers arrive as text).

mod syntax_errors;
mod tokenize;

pub(crate) use syntax_errors::expr_kind_name;

pub(crate) use ruff_python_ast as ast;
pub(crate) use ruff_text_size::{Ranged, TextRange, TextSize};

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode as RuffMode, ParseOptions};

use super::errors::{CompileError, SyntaxErrorKind};
use super::Mode;
use crate::bytecode::{Const, Position};

/// A parsed compilation unit.
pub(crate) enum Parsed {
    Module(ast::ModModule),
    Expression(ast::ModExpression),
}

/// Parses `source` for `mode`. Syntax errors come back with CPython's messages.
pub(crate) fn parse(map: &SourceMap<'_>, mode: Mode) -> Result<Parsed, CompileError> {
    let ruff_mode = match mode {
        Mode::Exec | Mode::Single => RuffMode::Module,
        Mode::Eval => RuffMode::Expression,
    };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(map.source(), options);
    if let Some(range) = too_deep(parsed.syntax()) {
        // The compiler's passes recurse on the tree: refuse it as CPython does (with a
        // RecursionError there). The tree is leaked, not dropped: dropping it recurses too.
        let e = map.error("maximum recursion depth exceeded during compilation", range);
        std::mem::forget(parsed);
        return Err(e);
    }
    syntax_errors::check(map, &parsed, mode)?;
    Ok(match parsed.into_syntax() {
        ast::Mod::Module(m) => Parsed::Module(m),
        ast::Mod::Expression(e) => Parsed::Expression(e),
    })
}

/// How deeply statements and expressions may nest (CPython's limit is about 3000 frames of
/// its recursive passes; Heron's passes use more stack per level).
pub(crate) const MAX_DEPTH: usize = 1000;

/// Finds a node nested deeper than [`MAX_DEPTH`], without recursing further than that.
fn too_deep(module: &ast::Mod) -> Option<TextRange> {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct Depth {
        depth: usize,
        found: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Depth {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            if self.found.is_some() {
                return;
            }
            if self.depth >= MAX_DEPTH {
                self.found = Some(stmt.range());
                return;
            }
            self.depth += 1;
            walk_stmt(self, stmt);
            self.depth -= 1;
        }
        fn visit_expr(&mut self, expr: &'a ast::Expr) {
            if self.found.is_some() {
                return;
            }
            if self.depth >= MAX_DEPTH {
                self.found = Some(expr.range());
                return;
            }
            self.depth += 1;
            walk_expr(self, expr);
            self.depth -= 1;
        }
    }
    let mut d = Depth {
        depth: 0,
        found: None,
    };
    match module {
        ast::Mod::Module(m) => m.body.iter().for_each(|s| d.visit_stmt(s)),
        ast::Mod::Expression(e) => d.visit_expr(&e.body),
    }
    d.found
}

/// Line and column lookups for one source text.
pub(crate) struct SourceMap<'a> {
    source: &'a str,
    filename: &'a str,
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
}

impl<'a> SourceMap<'a> {
    pub(crate) fn new(source: &'a str, filename: &'a str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        SourceMap {
            source,
            filename,
            line_starts,
        }
    }

    pub(crate) fn source(&self) -> &'a str {
        self.source
    }

    pub(crate) fn filename(&self) -> &'a str {
        self.filename
    }

    /// 0-based index of the line holding byte `offset`.
    pub(crate) fn line_index(&self, offset: TextSize) -> usize {
        let off = u32::from(offset);
        match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte offset of the start of line `index` (0-based).
    pub(crate) fn line_start_offset(&self, index: usize) -> usize {
        self.line_starts
            .get(index)
            .map_or(self.source.len(), |&s| s as usize)
    }

    /// 1-based line number of byte `offset`.
    pub(crate) fn line_of(&self, offset: TextSize) -> u32 {
        self.line_index(offset) as u32 + 1
    }

    /// 0-based UTF-8 byte column of `offset` within its line.
    pub(crate) fn byte_col(&self, offset: TextSize) -> u32 {
        u32::from(offset) - self.line_starts[self.line_index(offset)]
    }

    /// 0-based character column of `offset` within its line.
    pub(crate) fn char_col(&self, offset: TextSize) -> u32 {
        let start = self.line_starts[self.line_index(offset)] as usize;
        let end = (u32::from(offset) as usize).min(self.source.len());
        let line = self.source.get(start..end).unwrap_or("");
        line.chars().count() as u32
    }

    /// The text of line `index` (0-based) without its line terminator.
    pub(crate) fn line_text(&self, index: usize) -> &'a str {
        let Some(&start) = self.line_starts.get(index) else {
            return "";
        };
        let end = self
            .line_starts
            .get(index + 1)
            .map_or(self.source.len(), |&e| e as usize);
        let line = self.source.get(start as usize..end).unwrap_or("");
        line.trim_end_matches(['\n', '\r'])
    }

    /// The `co_positions` entry of a node range.
    pub(crate) fn position(&self, range: TextRange) -> Position {
        Position {
            line: self.line_of(range.start()),
            end_line: self.line_of(range.end()),
            col: self.byte_col(range.start()),
            end_col: self.byte_col(range.end()),
        }
    }

    /// A `SyntaxError` found after parsing (symbol table, code generator): no `text`.
    pub(crate) fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno: self.line_of(range.start()),
            offset: self.char_col(range.start()) + 1,
            end_lineno: self.line_of(range.end()),
            end_offset: self.char_col(range.end()) as i32 + 1,
            text: None,
        }
    }
}

/// Converts a numeric literal to a constant.
pub(crate) fn number_const(number: &ast::Number) -> Const {
    match number {
        ast::Number::Int(int) => match int.as_i64() {
            Some(v) => Const::Int(v),
            None => big_int_literal(&int.to_string()),
        },
        ast::Number::Float(f) => Const::Float(*f),
        ast::Number::Complex { real, imag } => Const::Complex {
            real: *real,
            imag: *imag,
        },
    }
}

/// Parses the text of an integer literal that does not fit an `i64` (`0x…`, `0o…`, `0b…` or
/// decimal, with optional underscores).
fn big_int_literal(text: &str) -> Const {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    match BigInt::from_str_radix(digits, radix) {
        Ok(v) => match i64::try_from(&v) {
            Ok(small) => Const::Int(small),
            Err(_) => Const::BigInt(v),
        },
        // The lexer validated the literal; keep going with a harmless value if it did not.
        Err(_) => Const::Int(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_literals() {
        assert_eq!(
            big_int_literal("0xFFFF_FFFF_FFFF_FFFF"),
            Const::BigInt(BigInt::from(u64::MAX))
        );
        assert_eq!(big_int_literal("0b1"), Const::Int(1));
        assert_eq!(
            big_int_literal("1_000_000_000_000_000_000_000"),
            Const::BigInt(BigInt::from(10u128.pow(21)))
        );
    }

    #[test]
    fn columns() {
        let src = "a = 'é'\nbb\r\ncc";
        let map = SourceMap::new(src, "f");
        assert_eq!(map.line_of(TextSize::new(9)), 2);
        assert_eq!(map.line_text(1), "bb");
        assert_eq!(map.line_text(2), "cc");
        // Byte column of the closing quote is 6 (é is two bytes), character column 5.
        assert_eq!(map.byte_col(TextSize::new(7)), 7);
        assert_eq!(map.char_col(TextSize::new(7)), 6);
    }
}
