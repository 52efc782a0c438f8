//! Looking things up in the AST ruff recovered from a broken program, to word its errors as
//! CPython does: the expression at a range, before or after an offset, the statements
//! containing an offset, and the names CPython's messages give expressions. The walks are
//! bounded in depth (the tree may be arbitrarily deep before the depth check).

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};

use super::super::{ast, Ranged, TextRange, TextSize};
use super::Mapper;

/// The name CPython's error messages use for an expression (= `_PyPegen_get_expr_name`).
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

/// Whether an expression is at the `bitwise_or` level of CPython's grammar (what
/// `invalid_named_expression` accepts as a target).
pub(super) fn is_bitwise_or_level(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    !matches!(
        e,
        E::BoolOp(_)
            | E::Compare(_)
            | E::If(_)
            | E::Lambda(_)
            | E::Named(_)
            | E::Starred(_)
            | E::Slice(_)
    ) && !matches!(e, E::UnaryOp(u) if u.op == ast::UnaryOp::Not)
        && !matches!(
            e,
            E::List(_) | E::Tuple(_) | E::Generator(_) | E::BooleanLiteral(_) | E::NoneLiteral(_)
        )
}

/// Collects the expressions satisfying a predicate (with a depth bound).
struct Collect<'a, F: Fn(&ast::Expr) -> bool> {
    pred: F,
    found: Vec<&'a ast::Expr>,
    depth: usize,
}

impl<'a, F: Fn(&ast::Expr) -> bool> Visitor<'a> for Collect<'a, F> {
    fn visit_expr(&mut self, expr: &'a ast::Expr) {
        if self.depth > 200 {
            return;
        }
        if (self.pred)(expr) {
            self.found.push(expr);
        }
        self.depth += 1;
        walk_expr(self, expr);
        self.depth -= 1;
    }
}

/// Finds statements containing an offset (outermost first).
struct StmtsAt<'a> {
    at: TextSize,
    found: Vec<&'a ast::Stmt>,
    depth: usize,
}

impl<'a> Visitor<'a> for StmtsAt<'a> {
    fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
        if self.depth > 200 {
            return;
        }
        if stmt.range().contains_inclusive(self.at) {
            self.found.push(stmt);
            self.depth += 1;
            walk_stmt(self, stmt);
            self.depth -= 1;
        }
    }

    fn visit_expr(&mut self, _expr: &'a ast::Expr) {}
}

impl Mapper<'_, '_> {
    pub(super) fn exprs(&self, pred: impl Fn(&ast::Expr) -> bool) -> Vec<&ast::Expr> {
        let mut c = Collect {
            pred,
            found: Vec::new(),
            depth: 0,
        };
        match self.module {
            ast::Mod::Module(m) => {
                for s in &m.body {
                    c.visit_stmt(s);
                }
            }
            ast::Mod::Expression(e) => c.visit_expr(&e.body),
        }
        c.found
    }

    pub(super) fn stmts_at(&self, at: TextSize) -> Vec<&ast::Stmt> {
        let mut v = StmtsAt {
            at,
            found: Vec::new(),
            depth: 0,
        };
        if let ast::Mod::Module(m) = self.module {
            for s in &m.body {
                v.visit_stmt(s);
            }
        }
        v.found
    }

    /// The expression with exactly this range (the outermost one).
    pub(super) fn expr_at(&self, range: TextRange) -> Option<&ast::Expr> {
        self.exprs(|e| e.range() == range).first().copied()
    }

    /// The outermost expression ending at the last code before `at`.
    pub(super) fn expr_before(&self, at: TextSize) -> Option<&ast::Expr> {
        let src = self.map.source();
        let before = TextSize::new(src.get(..u32::from(at) as usize)?.trim_end().len() as u32);
        self.exprs(|e| e.range().end() == before && e.range().start() < before)
            .first()
            .copied()
    }

    /// The target before an augmented assignment operator: the outermost tuple or list the
    /// preceding expression belongs to (ruff's recovery may extend it past the operator; the
    /// range is cut there), else that expression.
    pub(super) fn aug_target_before(&self, at: TextSize) -> Option<(&ast::Expr, TextRange)> {
        let src = self.map.source();
        let before = TextSize::new(src.get(..u32::from(at) as usize)?.trim_end().len() as u32);
        let seqs = self.exprs(|e| {
            matches!(e, ast::Expr::Tuple(_) | ast::Expr::List(_))
                && e.range().start() < before
                && e.range().end() >= before
        });
        match seqs.first() {
            Some(t) => Some((t, TextRange::new(t.range().start(), before))),
            None => self.expr_before(at).map(|e| (e, e.range())),
        }
    }

    /// The outermost expression starting at the first code after `at`.
    pub(super) fn expr_after(&self, at: TextSize) -> Option<&ast::Expr> {
        let src = self.map.source();
        let rest = src.get(u32::from(at) as usize..)?;
        let start = at + TextSize::new((rest.len() - rest.trim_start().len()) as u32);
        self.exprs(|e| e.range().start() == start).first().copied()
    }
}
