//! Exception handling and frame-block unwinding (= CPython 3.11's `compiler_try_except`,
//! `compiler_try_finally`, `compiler_with`, `compiler_unwind_fblock[_stack]`).
//!
//! Handlers use the zero-cost exception table: `SETUP_FINALLY`/`SETUP_CLEANUP`/`SETUP_WITH`
//! pseudo-instructions delimit the protected ranges and become table entries at assembly.
//! Every handler starts with the exception on the stack (and, for CLEANUP/WITH handlers, the
//! offset of the raising instruction below it), runs PUSH_EXC_INFO, and leaves through
//! POP_EXCEPT (normal exit) or `COPY 3; POP_EXCEPT; RERAISE 1` (the cleanup handler).
//! A `finally` body is compiled twice: on the normal path and in the exceptional handler; and
//! once more for every `return`/`break`/`continue` that leaves it.

use super::flow::{Label, Pseudo};
use super::{CResult, Compiler, FBlock, FBlockDatum, FBlockKind, NameCtx};
use crate::bytecode::{Const, Op};
use crate::compiler::front::{ast, Ranged, TextRange};

impl<'a> Compiler<'a> {
    /// = `compiler_unwind_fblock`: emits the code that leaves frame block `info` (with TOS
    /// preserved above whatever the block pops when `preserve_tos`).
    pub(crate) fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
            }
            FBlockKind::TryExcept => self.pop_block(),
            FBlockKind::FinallyTry => {
                self.pop_block();
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, info.block, None, FBlockDatum::None);
                }
                if let FBlockDatum::Finally(body) = info.datum {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock(FBlockKind::PopValue);
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.pop_block();
                self.emit(Op::POP_EXCEPT, 0);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let FBlockDatum::With(p) = info.datum {
                    self.u().loc = Some(p);
                }
                self.pop_block();
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.call_exit_with_nones();
                if info.kind == FBlockKind::AsyncWith {
                    self.emit(Op::GET_AWAITABLE, 2);
                    self.load_const(Const::None);
                    self.add_yield_from();
                }
                self.emit(Op::POP_TOP, 0);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup => {
                let name = match &info.datum {
                    FBlockDatum::Name(n) => n.clone(),
                    _ => None,
                };
                if name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.pop_block();
                self.emit(Op::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.nameop(&n, NameCtx::Store, TextRange::default())?;
                    self.nameop(&n, NameCtx::Del, TextRange::default())?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// = `compiler_unwind_fblock_stack`: unwinds every frame block (or, with `to_loop`, those
    /// above the innermost loop, which is returned).
    pub(crate) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let saved = self.ur().fblocks.clone();
        let mut found = None;
        while let Some(top) = self.ur().fblocks.last().cloned() {
            if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
                found = Some(top);
                break;
            }
            if top.kind == FBlockKind::ExceptionGroupHandler {
                self.u().fblocks = saved;
                let range = self.ur().range;
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    range,
                ));
            }
            self.u().fblocks.pop();
            let r = self.unwind_fblock(&top, preserve_tos);
            if r.is_err() {
                self.u().fblocks = saved;
                return r.map(|_| None);
            }
        }
        self.u().fblocks = saved;
        Ok(found)
    }

    /// `__exit__(None, None, None)` with the exit function on the stack: CALL 2 with the
    /// first None standing in for `self` (as CPython 3.11).
    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::CALL, 2);
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: the cleanup handler of an except body.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::COPY, 3);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 1);
    }

    /// = `compiler_try_finally`.
    pub(crate) fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.setup(Pseudo::SetupFinally, end);
        self.use_block(body);
        self.push_fblock(
            FBlockKind::FinallyTry,
            body,
            Some(end),
            FBlockDatum::Finally(&t.finalbody),
        );
        if t.handlers.is_empty() {
            self.visit_stmts(&t.body)?;
        } else if t.is_star {
            self.compile_try_star(t)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_block_noline();
        self.pop_fblock(FBlockKind::FinallyTry);
        self.visit_stmts(&t.finalbody)?;
        self.jump_noline(exit);
        self.use_block(end);
        self.unset_loc();
        self.setup(Pseudo::SetupCleanup, cleanup);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::FinallyEnd, end, None, FBlockDatum::None);
        self.visit_stmts(&t.finalbody)?;
        self.pop_fblock(FBlockKind::FinallyEnd);
        self.emit(Op::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    /// The part `try`/`except` and `try`/`except*` share: the protected body and `else`, then
    /// the handler entry (PUSH_EXC_INFO under a cleanup handler, a `handler` frame block
    /// pushed). Returns the (end, cleanup) blocks; the handlers are emitted next.
    fn try_body_and_handler_entry(
        &mut self,
        t: &'a ast::StmtTry,
        handler: FBlockKind,
    ) -> CResult<(Label, Label)> {
        let body = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.setup(Pseudo::SetupFinally, except);
        self.use_block(body);
        self.push_fblock(FBlockKind::TryExcept, body, None, FBlockDatum::None);
        self.visit_stmts(&t.body)?;
        self.pop_fblock(FBlockKind::TryExcept);
        self.pop_block_noline();
        self.visit_stmts(&t.orelse)?;
        self.jump_noline(end);
        self.use_block(except);
        self.unset_loc();
        self.setup(Pseudo::SetupCleanup, cleanup);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.push_fblock(handler, except, None, FBlockDatum::None);
        Ok((end, cleanup))
    }

    /// = `compiler_try_except`.
    pub(crate) fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let (end, cleanup) = self.try_body_and_handler_entry(t, FBlockKind::ExceptionHandler)?;
        let mut except;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            except = self.new_block();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit(Op::CHECK_EXC_MATCH, 0);
                self.jump_op(Op::POP_JUMP_IF_FALSE, except);
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_block();
                    let cleanup_body = self.new_block();
                    self.nameop(name, NameCtx::Store, name.range)?;
                    self.setup(Pseudo::SetupCleanup, cleanup_end);
                    self.use_block(cleanup_body);
                    let datum = FBlockDatum::Name(Some(name.to_string()));
                    self.push_fblock(FBlockKind::HandlerCleanup, cleanup_body, None, datum);
                    self.visit_stmts(&h.body)?;
                    self.pop_fblock(FBlockKind::HandlerCleanup);
                    self.unset_loc();
                    self.pop_block();
                    self.pop_block();
                    self.emit(Op::POP_EXCEPT, 0);
                    self.load_const(Const::None);
                    self.nameop(name, NameCtx::Store, name.range)?;
                    self.nameop(name, NameCtx::Del, name.range)?;
                    self.jump_to(end);
                    self.use_block(cleanup_end);
                    self.unset_loc();
                    self.load_const(Const::None);
                    self.nameop(name, NameCtx::Store, name.range)?;
                    self.nameop(name, NameCtx::Del, name.range)?;
                    self.emit(Op::RERAISE, 1);
                }
                None => {
                    let cleanup_body = self.new_block();
                    self.emit(Op::POP_TOP, 0);
                    self.use_block(cleanup_body);
                    self.push_fblock(
                        FBlockKind::HandlerCleanup,
                        cleanup_body,
                        None,
                        FBlockDatum::Name(None),
                    );
                    self.visit_stmts(&h.body)?;
                    self.pop_fblock(FBlockKind::HandlerCleanup);
                    self.unset_loc();
                    self.pop_block();
                    self.emit(Op::POP_EXCEPT, 0);
                    self.jump_to(end);
                }
            }
            self.use_block(except);
        }
        self.unset_loc();
        self.pop_fblock(FBlockKind::ExceptionHandler);
        self.emit(Op::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    /// = `compiler_try_star_except`: `try` with `except*` handlers.
    pub(crate) fn compile_try_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let (end, cleanup) =
            self.try_body_and_handler_entry(t, FBlockKind::ExceptionGroupHandler)?;
        let reraise_star = self.new_block();
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next_except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                // [exc] -> [orig, [], exc]
                self.emit(Op::COPY, 1);
                self.emit(Op::BUILD_LIST, 0);
                self.emit(Op::SWAP, 2);
            }
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.visit_expr(ty)?;
            self.emit(Op::CHECK_EG_MATCH, 0);
            self.emit(Op::COPY, 1);
            self.jump_op(Op::POP_JUMP_IF_NONE, no_match);
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, NameCtx::Store, name.range)?,
                None => self.emit(Op::POP_TOP, 0),
            }
            self.setup(Pseudo::SetupCleanup, cleanup_end);
            self.use_block(cleanup_body);
            let datum = FBlockDatum::Name(h.name.as_ref().map(|n| n.to_string()));
            self.push_fblock(FBlockKind::HandlerCleanup, cleanup_body, None, datum);
            self.visit_stmts(&h.body)?;
            self.pop_fblock(FBlockKind::HandlerCleanup);
            self.unset_loc();
            self.pop_block();
            if let Some(name) = &h.name {
                self.load_const(Const::None);
                self.nameop(name, NameCtx::Store, name.range)?;
                self.nameop(name, NameCtx::Del, name.range)?;
            }
            self.jump_to(next_except);
            self.use_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &h.name {
                self.load_const(Const::None);
                self.nameop(name, NameCtx::Store, name.range)?;
                self.nameop(name, NameCtx::Del, name.range)?;
            }
            // [orig, list, rest, lasti, raised] -> [orig, list + [raised], rest]
            self.emit(Op::LIST_APPEND, 3);
            self.emit(Op::POP_TOP, 0);
            self.jump_to(except_with_error);
            self.use_block(next_except);
            self.emit(Op::NOP, 0);
            self.jump_to(except_with_error);
            self.use_block(no_match);
            self.emit(Op::POP_TOP, 0);
            self.use_block(except_with_error);
            if i + 1 == n {
                self.emit(Op::LIST_APPEND, 1);
                self.jump_to(reraise_star);
            }
        }
        self.pop_fblock(FBlockKind::ExceptionGroupHandler);
        let reraise = self.new_block();
        self.use_block(reraise_star);
        self.unset_loc();
        self.emit(Op::PREP_RERAISE_STAR, 0);
        self.emit(Op::COPY, 1);
        self.jump_op(Op::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Op::POP_TOP, 0);
        self.pop_block();
        self.emit(Op::POP_EXCEPT, 0);
        self.jump_to(end);
        self.use_block(reraise);
        self.pop_block();
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    /// = `compiler_with`: one `with` item (nested for the following ones).
    pub(crate) fn compile_with(
        &mut self,
        w: &'a ast::StmtWith,
        pos: usize,
        range: TextRange,
    ) -> CResult {
        let Some(item) = w.items.get(pos) else {
            return self.visit_stmts(&w.body);
        };
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.emit(Op::BEFORE_WITH, 0);
        self.setup(Pseudo::SetupWith, fin);
        self.use_block(block);
        let with_pos = self.pos(range);
        self.push_fblock(
            FBlockKind::With,
            block,
            Some(fin),
            FBlockDatum::With(with_pos),
        );
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.compile_with(w, pos + 1, range)?;
        }
        self.unset_loc();
        self.pop_block();
        self.pop_fblock(FBlockKind::With);
        self.set_loc(range);
        self.call_exit_with_nones();
        self.emit(Op::POP_TOP, 0);
        self.jump_to(exit);
        self.use_block(fin);
        self.setup(Pseudo::SetupCleanup, cleanup);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.emit(Op::WITH_EXCEPT_START, 0);
        self.with_except_finish(cleanup);
        self.use_block(exit);
        Ok(())
    }

    /// = `compiler_async_with`: as `compile_with`, awaiting `__aenter__` and `__aexit__`.
    pub(crate) fn compile_async_with(
        &mut self,
        w: &'a ast::StmtWith,
        pos: usize,
        range: TextRange,
    ) -> CResult {
        let Some(item) = w.items.get(pos) else {
            return self.visit_stmts(&w.body);
        };
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.emit(Op::BEFORE_ASYNC_WITH, 0);
        self.emit(Op::GET_AWAITABLE, 1);
        self.load_const(Const::None);
        self.add_yield_from();
        self.use_block(block);
        self.setup(Pseudo::SetupWith, fin);
        let with_pos = self.pos(range);
        self.push_fblock(
            FBlockKind::AsyncWith,
            block,
            Some(fin),
            FBlockDatum::With(with_pos),
        );
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.compile_async_with(w, pos + 1, range)?;
        }
        self.unset_loc();
        self.pop_block();
        self.pop_fblock(FBlockKind::AsyncWith);
        self.set_loc(range);
        self.call_exit_with_nones();
        self.emit(Op::GET_AWAITABLE, 2);
        self.load_const(Const::None);
        self.add_yield_from();
        self.emit(Op::POP_TOP, 0);
        self.jump_to(exit);
        self.use_block(fin);
        self.setup(Pseudo::SetupCleanup, cleanup);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.emit(Op::WITH_EXCEPT_START, 0);
        self.emit(Op::GET_AWAITABLE, 2);
        self.load_const(Const::None);
        self.add_yield_from();
        self.with_except_finish(cleanup);
        self.use_block(exit);
        Ok(())
    }

    /// = `compiler_async_for`.
    pub(crate) fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(&f.iter)?;
        self.emit(Op::GET_AITER, 0);
        self.use_block(start);
        self.push_fblock(FBlockKind::ForLoop, start, Some(end), FBlockDatum::None);
        self.setup(Pseudo::SetupFinally, except);
        self.emit(Op::GET_ANEXT, 0);
        self.load_const(Const::None);
        self.add_yield_from();
        self.pop_block();
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.unset_loc();
        self.jump_to(start);
        self.pop_fblock(FBlockKind::ForLoop);
        self.use_block(except);
        self.set_loc(f.iter.range());
        self.emit(Op::END_ASYNC_FOR, 0);
        self.visit_stmts(&f.orelse)?;
        self.use_block(end);
        Ok(())
    }

    /// = `compiler_with_except_finish`: `__exit__` returned TOS; re-raise unless it is true.
    fn with_except_finish(&mut self, cleanup: Label) {
        self.unset_loc();
        let exit = self.new_block();
        self.jump_op(Op::POP_JUMP_IF_TRUE, exit);
        self.emit(Op::RERAISE, 2);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        self.emit(Op::POP_TOP, 0);
        self.pop_block();
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_TOP, 0);
    }
}
