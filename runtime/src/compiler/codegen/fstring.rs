//! f-strings and printf-style formats (= CPython 3.11's `compiler_joined_str`,
//! `compiler_formatted_value`, and `optimize_format` of `ast_opt.c`).
//!
//! An f-string (possibly implicitly concatenated with plain strings) is flattened into
//! [`Piece`]s — merged literal text and replacement fields — which become LOAD_CONSTs and
//! FORMAT_VALUEs joined by BUILD_STRING (or `''.join([...])` past CPython's stack guideline).
//! `"..." % (a, b)` with only `%s`/`%r`/`%a` conversions is compiled the same way, as CPython's
//! AST optimiser rewrites it into an f-string.

use super::expr::STACK_USE_GUIDELINE;
use super::{CResult, Compiler};
use crate::bytecode::{Const, Op};
use crate::compiler::front::{ast, Ranged, TextRange};

impl<'a> Compiler<'a> {
    /// = `compiler_joined_str`: an f-string (possibly implicitly concatenated with plain
    /// strings), as literal pieces and FORMAT_VALUEs joined by BUILD_STRING.
    pub(crate) fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_literal(&mut pieces, &l.value),
                ast::FStringPart::FString(fs) => {
                    flatten_elements(&mut pieces, &fs.elements, fs.range)
                }
            }
        }
        self.compile_pieces(&pieces)
    }

    pub(crate) fn compile_pieces(&mut self, pieces: &[Piece<'a>]) -> CResult {
        if pieces.len() > STACK_USE_GUIDELINE {
            self.load_const(Const::Str("".into()));
            self.emit_name_raw(Op::LOAD_METHOD, "join");
            self.emit(Op::BUILD_LIST, 0);
            for p in pieces {
                self.compile_piece(p)?;
                self.emit(Op::LIST_APPEND, 1);
            }
            self.emit(Op::CALL, 1);
        } else {
            for p in pieces {
                self.compile_piece(p)?;
            }
            if pieces.len() != 1 {
                self.emit(Op::BUILD_STRING, pieces.len() as u32);
            }
        }
        Ok(())
    }

    /// = `compiler_formatted_value` (and literal pieces).
    fn compile_piece(&mut self, p: &Piece<'a>) -> CResult {
        match p {
            Piece::Literal(s) => {
                self.load_const(Const::Str(s.as_str().into()));
                Ok(())
            }
            Piece::PercentLiteral(s) => {
                let saved = self.save_loc();
                self.unset_loc();
                self.load_const(Const::Str(s.as_str().into()));
                self.restore_loc(saved);
                Ok(())
            }
            Piece::PercentValue(e, conv, spec) => {
                let saved = self.save_loc();
                self.visit_expr(e)?;
                self.set_loc(e.range());
                let mut arg = *conv;
                if let Some(spec) = spec {
                    let at = self.save_loc();
                    self.unset_loc();
                    self.load_const(Const::Str(spec.as_str().into()));
                    self.restore_loc(at);
                    arg |= 4;
                }
                self.emit(Op::FORMAT_VALUE, arg);
                self.restore_loc(saved);
                Ok(())
            }
            Piece::Value(i, part) => {
                self.visit_expr(&i.expression)?;
                let mut arg = match i.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                if i.debug_text.is_some() && arg == 0 && i.format_spec.is_none() {
                    arg = 2;
                }
                if let Some(spec) = &i.format_spec {
                    // A replacement field in a format spec may not have its own fields.
                    let too_deep = spec.elements.interpolations().any(|inner| {
                        inner
                            .format_spec
                            .as_ref()
                            .is_some_and(|s| s.elements.interpolations().next().is_some())
                    });
                    if too_deep {
                        return Err(self.error_here("f-string: expressions nested too deeply"));
                    }
                    let mut pieces = Vec::new();
                    flatten_elements(&mut pieces, &spec.elements, *part);
                    let saved = self.save_loc();
                    self.set_loc(*part);
                    self.compile_pieces(&pieces)?;
                    self.restore_loc(saved);
                    arg |= 4;
                }
                self.emit(Op::FORMAT_VALUE, arg);
                Ok(())
            }
        }
    }
}

/// The `%s`/`%r`/`%a` conversions of a printf-style format, with CPython's limits.
struct PercentSpec {
    conv: u32,
    spec: Option<String>,
}

/// Parses one conversion after a `%` (= `simple_format_arg_parse` and `parse_format` in
/// `ast_opt.c`): flags, a width and a precision of at most two digits each, then `s`, `r` or
/// `a`. Returns the spec and the position after it.
fn parse_percent(chars: &[char], mut pos: usize) -> Option<(PercentSpec, usize)> {
    let mut next = || -> Option<char> {
        let c = chars.get(pos).copied();
        pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch = next()?;
    while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
        ljust |= ch == '-';
        ch = next()?;
    }
    let mut width: Option<u32> = None;
    let mut digits = 0;
    while ch.is_ascii_digit() {
        width = Some(width.unwrap_or(0) * 10 + ch.to_digit(10)?);
        ch = next()?;
        digits += 1;
        if digits >= 3 {
            return None;
        }
    }
    let mut prec: Option<u32> = None;
    if ch == '.' {
        ch = next()?;
        prec = Some(0);
        let mut digits = 0;
        while ch.is_ascii_digit() {
            prec = Some(prec.unwrap_or(0) * 10 + ch.to_digit(10)?);
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
    }
    let conv = match ch {
        's' => 1,
        'r' => 2,
        'a' => 3,
        _ => return None,
    };
    let mut spec = String::new();
    if !ljust && width.is_some_and(|w| w > 0) {
        spec.push('>');
    }
    if let Some(w) = width {
        spec.push_str(&w.to_string());
    }
    if let Some(p) = prec {
        spec.push_str(&format!(".{p}"));
    }
    Some((
        PercentSpec {
            conv,
            spec: (!spec.is_empty()).then_some(spec),
        },
        pos,
    ))
}

impl<'a> Compiler<'a> {
    /// `"..." % (a, b)` with only `%s`/`%r`/`%a` conversions becomes an f-string, as
    /// CPython 3.11's AST optimiser does (= `optimize_format`).
    pub(crate) fn percent_format(&self, b: &'a ast::ExprBinOp) -> Option<Vec<Piece<'a>>> {
        if b.op != ast::Operator::Mod {
            return None;
        }
        let ast::Expr::Tuple(t) = &*b.right else {
            return None;
        };
        if t.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)))
            || self.constant_of(&b.right).is_some()
        {
            return None;
        }
        let Some(Const::Str(fmt)) = self.constant_of(&b.left) else {
            return None;
        };
        let chars: Vec<char> = fmt.chars().collect();
        let mut pieces = Vec::new();
        let mut pos = 0;
        let mut args = t.elts.iter();
        loop {
            // Literal text up to the next lone '%' ('%%' is a literal '%').
            let mut lit = String::new();
            while pos < chars.len() {
                if chars[pos] != '%' {
                    lit.push(chars[pos]);
                    pos += 1;
                } else if chars.get(pos + 1) == Some(&'%') {
                    lit.push('%');
                    pos += 2;
                } else {
                    break;
                }
            }
            if !lit.is_empty() {
                pieces.push(Piece::PercentLiteral(lit));
            }
            if pos >= chars.len() {
                break;
            }
            let arg = args.next()?;
            let (spec, next) = parse_percent(&chars, pos + 1)?;
            pos = next;
            pieces.push(Piece::PercentValue(arg, spec.conv, spec.spec));
        }
        if args.next().is_some() {
            return None;
        }
        Some(pieces)
    }
}

/// One part of an f-string: merged literal text or an interpolation.
pub(crate) enum Piece<'a> {
    Literal(String),
    Value(&'a ast::InterpolatedElement, TextRange),
    /// From a `%` format: literal text without a location.
    PercentLiteral(String),
    /// From a `%` format: a value with its conversion (1 str, 2 repr, 3 ascii) and spec.
    PercentValue(&'a ast::Expr, u32, Option<String>),
}

fn push_literal(pieces: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Literal(prev)) = pieces.last_mut() {
        prev.push_str(s);
    } else {
        pieces.push(Piece::Literal(s.to_string()));
    }
}

/// `part` is the range of the f-string literal holding the elements (a format spec is
/// attributed to it, as CPython does).
fn flatten_elements<'a>(
    pieces: &mut Vec<Piece<'a>>,
    elements: &'a ast::InterpolatedStringElements,
    part: TextRange,
) {
    for el in elements.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_literal(pieces, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_literal(pieces, d.as_str());
                }
                pieces.push(Piece::Value(i, part));
            }
        }
    }
}
