//! Comprehensions and generator expressions (= CPython 3.11's `compiler_comprehension` and
//! `compiler_sync_comprehension_generator`).
//!
//! Each is a nested code object (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`) taking
//! the outermost iterator as its single argument `.0`: the enclosing code evaluates the
//! outermost iterable, calls GET_ITER and calls the new function with it (`CALL 0` with the
//! function in the "method" slot and the iterator as "self", as CPython 3.11 does).
//! Inside, the result collection sits at the bottom of the stack with one iterator per `for`
//! clause above it; LIST_APPEND/SET_ADD/MAP_ADD reach it with `depth + 1`.

use super::flow::Label;
use super::{CResult, Compiler, UnitKind};
use crate::bytecode::Op;
use crate::compiler::front::{ast, Ranged};
use crate::compiler::symtable::node_key;

/// Which comprehension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    /// = `compiler_comprehension`. `e` is the comprehension node (its symbol-table key),
    /// `elt` the element (the key for dicts) and `value` the dict value.
    pub(crate) fn compile_comprehension(
        &mut self,
        e: &'a ast::Expr,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> CResult {
        let Some(outermost) = generators.first() else {
            return Err(self.error("invalid syntax", e.range()));
        };
        let key = match e {
            ast::Expr::ListComp(c) => node_key(c),
            ast::Expr::SetComp(c) => node_key(c),
            ast::Expr::DictComp(c) => node_key(c),
            ast::Expr::Generator(g) => node_key(g),
            _ => 0,
        };
        let Some(ste) = self.st.block_of(key) else {
            return Err(self.error(
                "internal compiler error: comprehension without a scope",
                e.range(),
            ));
        };
        if self.st.blocks[ste].coroutine {
            // An `async for` or `await` inside: CPython's message outside async functions;
            // asynchronous comprehensions and generator expressions are not supported.
            let msg = if kind == CompKind::Generator {
                "asynchronous generator expressions are not supported by Heron yet"
            } else if self.u().is_async {
                "asynchronous comprehensions are not supported by Heron yet"
            } else {
                "asynchronous comprehension outside of an asynchronous function"
            };
            return Err(self.error(msg, e.range()));
        }
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let line = self.map.line_of(self.node_range(e).start());
        self.enter_scope(name, UnitKind::Comprehension, ste, line);
        self.set_loc(self.node_range(e));
        let build = match kind {
            CompKind::List => Some(Op::BUILD_LIST),
            CompKind::Set => Some(Op::BUILD_SET),
            CompKind::Dict => Some(Op::BUILD_MAP),
            CompKind::Generator => None,
        };
        if let Some(op) = build {
            self.emit(op, 0);
        }
        self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
        if build.is_some() {
            self.emit(Op::RETURN_VALUE, 0);
        }
        let code = self.finish_unit(true)?;
        self.make_closure(code, 0, e.range())?;
        self.visit_iter(&outermost.iter)?;
        self.emit(Op::GET_ITER, 0);
        self.emit(Op::CALL, 0);
        Ok(())
    }

    /// = `compiler_sync_comprehension_generator`: the `for` clause `index` and everything
    /// inside it. `depth` counts the iterators on the stack above the collection.
    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
        kind: CompKind,
    ) -> CResult {
        let Some(g) = generators.get(index) else {
            return Ok(());
        };
        let mut start: Option<Label> = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            // The outermost iterator arrives as argument `.0`.
            self.u().argcount = 1;
            self.emit(Op::LOAD_FAST, 0);
        } else {
            // `for y in [expr]` binds y to expr without iterating.
            // (Not when the display folds to a constant, as in CPython.)
            let folds =
                self.constant_of(&g.iter).is_some() || self.fold_in_operand(&g.iter).is_some();
            let single = match &g.iter {
                ast::Expr::List(l) if l.elts.len() == 1 && !folds => l.elts.first(),
                ast::Expr::Tuple(t) if t.elts.len() == 1 && !folds => t.elts.first(),
                _ => None,
            };
            match single {
                Some(x) if !matches!(x, ast::Expr::Starred(_)) => {
                    self.visit_expr(x)?;
                    start = None;
                }
                _ => {
                    self.visit_iter(&g.iter)?;
                    self.emit(Op::GET_ITER, 0);
                }
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_block(s);
            self.jump_op(Op::FOR_ITER, anchor);
        }
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.visit_expr(elt)?;
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit(Op::RESUME, 1);
                    self.emit(Op::POP_TOP, 0);
                }
                CompKind::List => {
                    self.visit_expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth + 1);
                }
                CompKind::Set => {
                    self.visit_expr(elt)?;
                    self.emit(Op::SET_ADD, depth + 1);
                }
                CompKind::Dict => {
                    self.visit_expr(elt)?;
                    if let Some(v) = value {
                        self.visit_expr(v)?;
                    }
                    self.emit(Op::MAP_ADD, depth + 1);
                }
            }
        }
        self.use_block(if_cleanup);
        if let Some(s) = start {
            self.jump_to(s);
            self.use_block(anchor);
        }
        Ok(())
    }
}
