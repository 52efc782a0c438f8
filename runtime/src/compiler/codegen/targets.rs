//! Assignment targets (= CPython 3.11's `unpack_helper`, `assignment_helper`,
//! `forbidden_name`): tuple/list unpacking with at most one starred target, and the
//! compile-time checks on names that cannot be bound.

use super::{CResult, Compiler, NameCtx};
use crate::bytecode::Op;
use crate::compiler::front::{ast, expr_kind_name, TextRange};

/// = `forbidden_name`: `__debug__` can be neither assigned nor deleted. The error is
/// reported at the node being compiled, as CPython does.
pub(crate) fn check_forbidden_name(c: &Compiler<'_>, name: &str, ctx: NameCtx) -> CResult {
    if name != "__debug__" {
        return Ok(());
    }
    match ctx {
        NameCtx::Store => Err(c.error_here("cannot assign to __debug__")),
        NameCtx::Del => Err(c.error_here("cannot delete __debug__")),
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
