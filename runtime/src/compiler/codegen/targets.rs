//! Assignment targets (= CPython 3.11's `unpack_helper`, `assignment_helper`,
//! `forbidden_name`): tuple/list unpacking with at most one starred target, and the
//! compile-time checks on names that cannot be bound.

use super::{CResult, Compiler, NameCtx};
use crate::bytecode::Op;
use crate::compiler::front::{ast, TextRange};

/// = `forbidden_name`: `__debug__` can be neither assigned nor deleted.
pub(crate) fn check_forbidden_name(
    c: &Compiler<'_>,
    name: &str,
    ctx: NameCtx,
    range: TextRange,
) -> CResult {
    if name != "__debug__" {
        return Ok(());
    }
    match ctx {
        NameCtx::Store => Err(c.error("cannot assign to __debug__", range)),
        NameCtx::Del => Err(c.error("cannot delete __debug__", range)),
        NameCtx::Load => Ok(()),
    }
}

/// CPython's message for an augmented assignment to something that is not a name,
/// attribute or subscript.
pub(crate) fn illegal_augassign_message(e: &ast::Expr) -> String {
    format!(
        "'{}' is an illegal expression for augmented assignment",
        expr_kind_name(e)
    )
}

/// The name CPython's parser error messages use for an expression (= `_PyPegen_get_expr_name`).
pub(crate) fn expr_kind_name(e: &ast::Expr) -> &'static str {
    use ast::Expr as E;
    match e {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::Generator(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::FString(_) | E::TString(_) => "f-string expression",
        E::StringLiteral(_) | E::BytesLiteral(_) | E::NumberLiteral(_) => "literal",
        E::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        E::NoneLiteral(_) => "None",
        E::EllipsisLiteral(_) => "ellipsis",
        E::Compare(_) => "comparison",
        E::If(_) => "conditional expression",
        E::Named(_) => "named expression",
        E::Slice(_) => "slice",
        E::IpyEscapeCommand(_) => "expression",
    }
}

impl<'a> Compiler<'a> {
    /// = `assignment_helper`: unpacks TOS into the targets `elts`.
    pub(crate) fn assignment_helper(&mut self, elts: &'a [ast::Expr], range: TextRange) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, ast::Expr::Starred(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                let after = n - i - 1;
                if i >= 1 << 8 || after >= (1 << 16) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Op::UNPACK_EX, i as u32 + ((after as u32) << 8));
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Op::UNPACK_SEQUENCE, n as u32);
        }
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.visit_expr(&s.value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }
}
