//! Calls (= CPython 3.11's `compiler_call`, `maybe_optimize_method_call`,
//! `compiler_call_helper`, `compiler_subkwargs`).
//!
//! Three shapes, as CPython 3.11 minus PRECALL:
//! - `obj.meth(a, k=b)`: `<obj> LOAD_METHOD meth <a> <b> KW_NAMES ('k',) CALL 2`;
//! - `f(a, k=b)`: `PUSH_NULL <f> <a> <b> KW_NAMES ('k',) CALL 2` (the peephole folds
//!   PUSH_NULL into a following LOAD_GLOBAL);
//! - with `*args`/`**kwargs` (or very many arguments): a tuple and an optional dict, then
//!   `CALL_FUNCTION_EX`.
//!
//! Class creation reuses [`Compiler::call_helper`] with the body function and the name already
//! pushed (`n = 2`).

use super::expr::{STACK_USE_GUIDELINE, TUPLE};
use super::{CResult, Compiler, NameCtx};
use crate::bytecode::{Const, Op};
use crate::compiler::front::{ast, Ranged};
use crate::compiler::symtable::flags::DEF_IMPORT;

impl<'a> Compiler<'a> {
    /// = `compiler_call`.
    pub(crate) fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult {
        self.validate_keywords(&c.arguments.keywords)?;
        if self.maybe_method_call(c)? {
            return Ok(());
        }
        let call_loc = self.save_loc();
        self.set_loc(c.func.range());
        self.emit(Op::PUSH_NULL, 0);
        self.restore_loc(call_loc);
        self.visit_expr(&c.func)?;
        self.call_helper(0, &c.arguments.args, &c.arguments.keywords)
    }

    /// = `validate_keywords`: no keyword may be given twice, none may be `__debug__`.
    fn validate_keywords(&mut self, keywords: &'a [ast::Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            super::targets::check_forbidden_name(self, name, NameCtx::Store)?;
            if let Some(dup) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str()))
            {
                return Err(self.error(format!("keyword argument repeated: {name}"), dup.range));
            }
        }
        Ok(())
    }

    /// = `maybe_optimize_method_call`: `obj.name(args)` without starred arguments.
    fn maybe_method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let ast::Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        if meth.ctx != ast::ExprContext::Load {
            return Ok(false);
        }
        if let ast::Expr::Name(n) = &*meth.value {
            if self.st.blocks[0].flags(&n.id) & DEF_IMPORT != 0 {
                return Ok(false);
            }
        }
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        if args.len() + kws.len() + usize::from(!kws.is_empty()) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        let call_loc = self.save_loc();
        self.visit_expr(&meth.value)?;
        self.set_loc(meth.range);
        self.set_attr_loc(meth);
        self.emit_name(Op::LOAD_METHOD, &meth.attr);
        for a in args.iter() {
            self.visit_expr(a)?;
        }
        if !kws.is_empty() {
            for k in kws.iter() {
                self.visit_expr(&k.value)?;
            }
            self.kw_names(kws);
        }
        self.restore_loc(call_loc);
        self.set_attr_loc(meth);
        self.emit(Op::CALL, (args.len() + kws.len()) as u32);
        Ok(true)
    }

    /// KW_NAMES with the tuple of keyword names (= `compiler_call_simple_kw_helper`).
    fn kw_names(&mut self, kws: &'a [ast::Keyword]) {
        let names: Vec<Const> = kws
            .iter()
            .map(|k| Const::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into()))
            .collect();
        let i = self.add_const(Const::Tuple(names.into()));
        self.emit(Op::KW_NAMES, i);
    }

    /// = `compiler_call_helper`: the arguments and the call, with `n` positional arguments
    /// already pushed.
    pub(crate) fn call_helper(
        &mut self,
        n: u32,
        args: &'a [ast::Expr],
        kws: &'a [ast::Keyword],
    ) -> CResult {
        self.validate_keywords(kws)?;
        let simple = args.len() + kws.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.visit_expr(a)?;
            }
            if !kws.is_empty() {
                for k in kws {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(kws);
            }
            self.emit(Op::CALL, n + (args.len() + kws.len()) as u32);
            return Ok(());
        }
        // Positional arguments as one tuple.
        match args {
            [ast::Expr::Starred(s)] if n == 0 => self.visit_expr(&s.value)?,
            _ => self.starunpack(args, n, TUPLE)?,
        }
        // Keyword arguments as one dict.
        if !kws.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&kws[i - nseen..i])?;
                        if have_dict {
                            self.emit(Op::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&kws[kws.len() - nseen..])?;
                if have_dict {
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Op::CALL_FUNCTION_EX, u32::from(!kws.is_empty()));
        Ok(())
    }

    /// = `compiler_subkwargs`: a run of named keyword arguments as a dict.
    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let name = |k: &ast::Keyword| Const::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into());
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys: Vec<Const> = kws.iter().map(name).collect();
            self.load_const(Const::Tuple(keys.into()));
            self.emit(Op::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_noline(Op::BUILD_MAP, 0);
        }
        for k in kws {
            self.load_const(name(k));
            self.visit_expr(&k.value)?;
            if big {
                self.emit_noline(Op::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Op::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}
