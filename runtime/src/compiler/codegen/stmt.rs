//! Statements (= CPython 3.11's `compiler_visit_stmt` and the simple-statement helpers):
//! expression statements, assignments, `del`, `if`, `while`, `for`, `return`, `break`,
//! `continue`, `raise`, `assert`, imports, and module/class bodies with their docstrings and
//! `__annotations__`. `try`/`with` live in `unwind.rs`, `def`/`class` in `defs.rs`.
//!
//! Also the `__future__` pass (= `future.c`), which runs before the symbol table.

use super::{docstring, stmt_range, CResult, Compiler, FBlockDatum, FBlockKind, NameCtx, UnitKind};
use crate::bytecode::opcodes::binop;
use crate::bytecode::{Const, Op};
use crate::compiler::errors::CompileError;
use crate::compiler::front::{ast, Ranged, SourceMap, TextRange};

/// The `__future__` features CPython 3.11 knows (all but `annotations` are no-ops).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// = `future_parse`: checks the leading `from __future__ import` statements and returns
/// whether `annotations` is enabled and the line of the last future statement.
pub(crate) fn check_future(
    map: &SourceMap<'_>,
    body: &[ast::Stmt],
) -> Result<(bool, u32), CompileError> {
    let mut annotations = false;
    let mut future_line = 0;
    let mut done = false;
    let mut prev_line = 0;
    let start = usize::from(docstring(body).is_some());
    for s in body.iter().skip(start) {
        let line = map.line_of(s.range().start());
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match s {
            ast::Stmt::ImportFrom(i) if i.module.as_deref() == Some("__future__") => {
                if done {
                    let mut e = map.error(
                        "from __future__ imports must occur at the beginning of the file",
                        s.range(),
                    );
                    e.end_lineno = e.lineno;
                    e.end_offset = e.offset as i32;
                    return Err(e);
                }
                // (CPython reports these at the statement, without an end column.)
                let at = |msg: String| {
                    let mut e = map.error(msg, s.range());
                    e.end_lineno = e.lineno;
                    e.end_offset = 0;
                    e
                };
                for alias in &i.names {
                    match alias.name.as_str() {
                        "annotations" => annotations = true,
                        "braces" => return Err(at("not a chance".into())),
                        f if FUTURE_FEATURES.contains(&f) => {}
                        f => return Err(at(format!("future feature {f} is not defined"))),
                    }
                }
                future_line = line;
            }
            _ => done = true,
        }
    }
    Ok((annotations, future_line))
}

/// = `find_ann`: whether a body has a variable annotation outside nested scopes.
pub(crate) fn find_ann(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        ast::Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        ast::Stmt::If(i) => {
            find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body))
        }
        ast::Stmt::With(w) => find_ann(&w.body),
        ast::Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        ast::Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// The BINARY_OP argument of an operator.
pub(crate) fn binop_arg(op: ast::Operator) -> u32 {
    use ast::Operator as O;
    match op {
        O::Add => binop::ADD,
        O::Sub => binop::SUBTRACT,
        O::Mult => binop::MULTIPLY,
        O::MatMult => binop::MATRIX_MULTIPLY,
        O::Div => binop::TRUE_DIVIDE,
        O::Mod => binop::REMAINDER,
        O::Pow => binop::POWER,
        O::LShift => binop::LSHIFT,
        O::RShift => binop::RSHIFT,
        O::BitOr => binop::OR,
        O::BitXor => binop::XOR,
        O::BitAnd => binop::AND,
        O::FloorDiv => binop::FLOOR_DIVIDE,
    }
}

impl<'a> Compiler<'a> {
    /// = `compiler_body`: a module or class body (docstring → `__doc__`, SETUP_ANNOTATIONS).
    pub(crate) fn compile_body(&mut self, body: &'a [ast::Stmt]) -> CResult {
        if self.ur().kind == UnitKind::Module {
            if let Some(first) = body.first() {
                let r = stmt_range(self.map, first);
                self.set_loc(r);
            }
        }
        if find_ann(body) {
            self.emit(Op::SETUP_ANNOTATIONS, 0);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            let text: std::rc::Rc<str> = doc.value.to_str().into();
            self.u().doc = Some(text.clone());
            self.set_loc(doc.range);
            self.load_const(Const::Str(text));
            self.unset_loc();
            self.nameop("__doc__", NameCtx::Store, doc.range)?;
            rest = &body[1..];
        }
        for s in rest {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn visit_stmts(&mut self, body: &'a [ast::Stmt]) -> CResult {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// = `compiler_visit_stmt`.
    pub(crate) fn visit_stmt(&mut self, s: &'a ast::Stmt) -> CResult {
        use ast::Stmt as S;
        let range = stmt_range(self.map, s);
        self.set_loc(range);
        match s {
            S::FunctionDef(f) => self.compile_function(f, range),
            S::ClassDef(c) => self.compile_class(c, range),
            S::Return(r) => self.compile_return(r),
            S::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            S::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::COPY, 1);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            S::AugAssign(a) => self.compile_augassign(a),
            S::AnnAssign(a) => self.compile_annassign(a),
            S::For(f) => {
                if f.is_async {
                    if !self.u().is_async {
                        return Err(self.error("'async for' outside async function", range));
                    }
                    return self.compile_async_for(f);
                }
                self.compile_for(f)
            }
            S::While(w) => self.compile_while(w, range),
            S::If(i) => self.compile_if(&i.test, &i.body, &i.elif_else_clauses),
            S::With(w) => {
                if w.is_async {
                    if !self.u().is_async {
                        return Err(self.error("'async with' outside async function", range));
                    }
                    return self.compile_async_with(w, 0, range);
                }
                self.compile_with(w, 0, range)
            }
            S::Match(m) => self.compile_match(m),
            S::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n);
                Ok(())
            }
            S::Try(t) => {
                if t.finalbody.is_empty() {
                    if t.is_star {
                        return self.compile_try_star(t);
                    }
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            S::Assert(a) => self.compile_assert(a),
            S::Import(i) => self.compile_import(i),
            S::ImportFrom(i) => self.compile_import_from(i, range),
            S::Global(_) | S::Nonlocal(_) => Ok(()),
            S::Expr(e) => self.compile_expr_stmt(&e.value),
            S::Pass(_) => {
                self.emit(Op::NOP, 0);
                Ok(())
            }
            S::Break(_) => self.compile_break(range),
            S::Continue(_) => self.compile_continue(range),
            S::TypeAlias(_) => Err(self.error("invalid syntax", range)),
            S::IpyEscapeCommand(_) => Err(self.error("invalid syntax", range)),
        }
    }

    /// = `compiler_visit_stmt_expr`.
    fn compile_expr_stmt(&mut self, value: &'a ast::Expr) -> CResult {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            self.emit(Op::PRINT_EXPR, 0);
            return Ok(());
        }
        if self.constant_of(value).is_some() {
            self.emit(Op::NOP, 0);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.unset_loc();
        self.emit(Op::POP_TOP, 0);
        Ok(())
    }

    /// = `compiler_augassign`.
    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let stmt_loc = self.save_loc();
        let target = &*a.target;
        self.set_loc(target.range());
        match target {
            ast::Expr::Attribute(attr) => {
                self.visit_expr(&attr.value)?;
                self.emit(Op::COPY, 1);
                self.set_attr_loc(attr);
                self.emit_name(Op::LOAD_ATTR, &attr.attr);
            }
            ast::Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                self.visit_expr(&sub.slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.emit(Op::BINARY_SUBSCR, 0);
            }
            ast::Expr::Name(n) => self.nameop(&n.id, NameCtx::Load, n.range)?,
            other => {
                let msg = super::targets::illegal_augassign_message(other);
                return Err(self.error(msg, other.range()));
            }
        }
        self.restore_loc(stmt_loc);
        self.visit_expr(&a.value)?;
        self.emit(Op::BINARY_OP, binop_arg(a.op) + binop::INPLACE);
        self.set_loc(target.range());
        match target {
            ast::Expr::Attribute(attr) => {
                self.set_attr_loc(attr);
                self.emit(Op::SWAP, 2);
                self.emit_name(Op::STORE_ATTR, &attr.attr);
            }
            ast::Expr::Subscript(_) => {
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_SUBSCR, 0);
            }
            ast::Expr::Name(n) => self.nameop(&n.id, NameCtx::Store, n.range)?,
            _ => {}
        }
        Ok(())
    }

    /// = `compiler_annassign`.
    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        let target = &*a.target;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let module_or_class = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match target {
            ast::Expr::Name(n) => {
                super::targets::check_forbidden_name(self, &n.id, NameCtx::Store)?;
                if a.simple && module_or_class {
                    self.compile_annotation(&a.annotation)?;
                    self.emit_name_raw(Op::LOAD_NAME, "__annotations__");
                    let mangled = self.mangle(&n.id);
                    self.load_const(Const::Str(mangled.into()));
                    self.emit(Op::STORE_SUBSCR, 0);
                }
            }
            ast::Expr::Attribute(attr) => {
                super::targets::check_forbidden_name(self, &attr.attr, NameCtx::Store)?;
                if a.value.is_none() {
                    self.check_ann_expr(&attr.value)?;
                }
            }
            ast::Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.check_ann_expr(&sub.value)?;
                    self.check_ann_subscr(&sub.slice)?;
                }
            }
            other => return Err(self.error("illegal target for annotation", other.range())),
        }
        if !a.simple && !self.future_annotations && module_or_class {
            self.visit_expr(&a.annotation)?;
            self.emit(Op::POP_TOP, 0);
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a ast::Expr) -> CResult {
        self.visit_expr(e)?;
        self.emit(Op::POP_TOP, 0);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a ast::Expr) -> CResult {
        match e {
            ast::Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ast::Expr::Tuple(t) => t.elts.iter().try_for_each(|x| self.check_ann_subscr(x)),
            _ => self.check_ann_expr(e),
        }
    }

    /// An annotation value: evaluated, or its source text under `from __future__ import
    /// annotations`.
    pub(crate) fn compile_annotation(&mut self, e: &'a ast::Expr) -> CResult {
        if self.future_annotations {
            let text = super::unparse::annotation_text(self.map, e);
            self.load_const(Const::Str(text.into()));
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    /// = `compiler_if`, with ruff's `elif`/`else` clauses as the nested `orelse` CPython has.
    fn compile_if(
        &mut self,
        test: &'a ast::Expr,
        body: &'a [ast::Stmt],
        clauses: &'a [ast::ElifElseClause],
    ) -> CResult {
        let end = self.new_block();
        let next = if clauses.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if let Some((first, rest)) = clauses.split_first() {
            self.jump_noline(end);
            self.use_block(next);
            match &first.test {
                Some(t) => {
                    let end_of_chain = clauses.last().map_or(first.range.end(), |c| c.range.end());
                    self.set_loc(TextRange::new(first.range.start(), end_of_chain));
                    self.compile_if(t, &first.body, rest)?;
                }
                None => self.visit_stmts(&first.body)?,
            }
        }
        self.use_block(end);
        Ok(())
    }

    /// `while`: the test at the top, a JUMP_BACKWARD at the bottom attributed to the `while`
    /// line (CPython 3.11 repeats the test at the bottom with a backward conditional jump,
    /// which Heron does not have: every back-edge is a polling JUMP_BACKWARD). An always-true
    /// test compiles to nothing and the back-edge goes straight to the body, as in CPython.
    fn compile_while(&mut self, w: &'a ast::StmtWhile, range: TextRange) -> CResult {
        let lp = self.new_block();
        let body = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, lp, Some(end), FBlockDatum::None);
        self.jump_if(&w.test, anchor, false)?;
        self.use_block(body);
        self.visit_stmts(&w.body)?;
        self.set_loc(range);
        let always = self
            .constant_of(&w.test)
            .as_ref()
            .and_then(super::peephole::const_truth)
            == Some(true);
        self.jump_to(if always { body } else { lp });
        self.pop_fblock(FBlockKind::WhileLoop);
        self.use_block(anchor);
        self.visit_stmts(&w.orelse)?;
        self.use_block(end);
        Ok(())
    }

    /// = `compiler_for`.
    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, start, Some(end), FBlockDatum::None);
        self.visit_iter(&f.iter)?;
        self.emit(Op::GET_ITER, 0);
        self.use_block(start);
        self.jump_op(Op::FOR_ITER, cleanup);
        self.use_block(body);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.unset_loc();
        self.jump_noline(start);
        self.use_block(cleanup);
        self.pop_fblock(FBlockKind::ForLoop);
        self.visit_stmts(&f.orelse)?;
        self.use_block(end);
        Ok(())
    }

    /// = `compiler_return`.
    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if self.ste().kind != super::BlockKind::Function {
            return Err(self.error("'return' outside function", r.range));
        }
        let constant = r.value.as_deref().and_then(|v| self.constant_of(v));
        let preserve_tos = r.value.is_some() && constant.is_none();
        match &r.value {
            Some(v) if preserve_tos => self.visit_expr(v)?,
            Some(v) => {
                self.set_loc(v.range());
                self.emit(Op::NOP, 0);
            }
            None => {}
        }
        let same_line = r.value.as_ref().is_some_and(|v| {
            self.map.line_of(v.range().start()) == self.map.line_of(r.range.start())
        });
        if !same_line {
            self.set_loc(r.range);
            self.emit(Op::NOP, 0);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match constant {
            _ if r.value.is_none() => self.load_const(Const::None),
            Some(c) => self.load_const(c),
            None => {}
        }
        self.emit(Op::RETURN_VALUE, 0);
        Ok(())
    }

    /// = `compiler_break`.
    fn compile_break(&mut self, range: TextRange) -> CResult {
        self.emit(Op::NOP, 0);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop", range));
        };
        self.unwind_fblock(&lp, false)?;
        if let Some(exit) = lp.exit {
            self.jump_to(exit);
        }
        Ok(())
    }

    /// = `compiler_continue`.
    fn compile_continue(&mut self, range: TextRange) -> CResult {
        self.emit(Op::NOP, 0);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        self.jump_to(lp.block);
        Ok(())
    }

    /// = `compiler_assert`.
    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> CResult {
        let end = self.new_block();
        self.jump_if(&a.test, end, true)?;
        self.emit(Op::LOAD_ASSERTION_ERROR, 0);
        if let Some(m) = &a.msg {
            self.visit_expr(m)?;
            self.emit(Op::CALL, 0);
        }
        self.emit(Op::RAISE_VARARGS, 1);
        self.use_block(end);
        Ok(())
    }

    /// = `compiler_import`.
    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for alias in &i.names {
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            self.emit_name(Op::IMPORT_NAME, &alias.name);
            let full: &str = &alias.name;
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = full.split('.').collect();
                    if parts.len() > 1 {
                        for (k, attr) in parts[1..].iter().enumerate() {
                            self.emit_name_raw(Op::IMPORT_FROM, attr);
                            if k + 2 < parts.len() {
                                self.emit(Op::SWAP, 2);
                                self.emit(Op::POP_TOP, 0);
                            }
                        }
                        self.nameop(asname, NameCtx::Store, asname.range)?;
                        self.emit(Op::POP_TOP, 0);
                    } else {
                        self.nameop(asname, NameCtx::Store, asname.range)?;
                    }
                }
                None => {
                    let store = full.split('.').next().unwrap_or(full);
                    self.nameop(store, NameCtx::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    /// = `compiler_from_import`.
    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom, range: TextRange) -> CResult {
        self.load_const(Const::Int(i64::from(i.level)));
        let names: Vec<Const> = i
            .names
            .iter()
            .map(|a| Const::Str(a.name.as_str().into()))
            .collect();
        let is_future = i.module.as_deref() == Some("__future__");
        if is_future && self.map.line_of(range.start()) > self.future_lineno {
            return Err(self.error(
                "from __future__ imports must occur at the beginning of the file",
                range,
            ));
        }
        self.load_const(Const::Tuple(names.into()));
        let module = i.module.as_deref().unwrap_or("");
        self.emit_name(Op::IMPORT_NAME, module);
        for (k, alias) in i.names.iter().enumerate() {
            if k == 0 && alias.name.as_str() == "*" {
                self.emit(Op::IMPORT_STAR, 0);
                return Ok(());
            }
            self.emit_name(Op::IMPORT_FROM, &alias.name);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(store, NameCtx::Store, alias.range)?;
        }
        self.emit(Op::POP_TOP, 0);
        Ok(())
    }
}
