//! Function, lambda and class definitions (= CPython 3.11's `compiler_function`,
//! `compiler_lambda`, `compiler_class`, `compiler_make_closure`, `compiler_default_arguments`,
//! `compiler_visit_annotations`).
//!
//! MAKE_FUNCTION's operands, from deeper to TOS: defaults tuple (flag 1), keyword-only
//! defaults dict (flag 2), annotations dict (flag 4; Heron builds a dict with
//! BUILD_CONST_KEY_MAP where CPython 3.11 builds a flat tuple), closure tuple (flag 8), code.
//! Decorators are evaluated before the definition and applied after it, innermost first.

use std::rc::Rc;

use super::{docstring, CResult, Compiler, NameCtx, UnitKind};
use crate::bytecode::{CodeObject, Const, Op};
use crate::compiler::front::{ast, Ranged, TextRange};
use crate::compiler::symtable::node_key;

impl<'a> Compiler<'a> {
    /// The first line of a definition: its first decorator's, or its own.
    fn def_firstlineno(&self, decorators: &[ast::Decorator], range: TextRange) -> u32 {
        let start = decorators
            .first()
            .map_or(range.start(), |d| d.expression.range().start());
        self.map.line_of(start)
    }

    fn visit_decorators(&mut self, decorators: &'a [ast::Decorator]) -> CResult {
        for d in decorators {
            self.visit_expr(&d.expression)?;
        }
        Ok(())
    }

    /// Applies the decorators (already on the stack) to TOS, last first.
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        let saved = self.save_loc();
        for d in decorators.iter().rev() {
            self.set_loc(d.expression.range());
            self.emit(Op::CALL, 0);
        }
        self.restore_loc(saved);
    }

    /// = `compiler_function`.
    pub(crate) fn compile_function(
        &mut self,
        f: &'a ast::StmtFunctionDef,
        range: TextRange,
    ) -> CResult {
        if f.type_params.is_some() {
            return Err(self.error("invalid syntax", range));
        }
        self.check_debug_args(&f.parameters)?;
        self.visit_decorators(&f.decorator_list)?;
        let firstlineno = self.def_firstlineno(&f.decorator_list, range);
        let mut flags = self.default_arguments(&f.parameters)?;
        if self.visit_annotations(&f.parameters, f.returns.as_deref())? {
            flags |= 4;
        }
        let Some(ste) = self.st.block_of(node_key(f)) else {
            return Err(self.error("internal compiler error: function without a scope", range));
        };
        self.enter_scope(&f.name, UnitKind::Function, ste, firstlineno);
        self.u().is_async = f.is_async;
        let doc = docstring(&f.body);
        match doc {
            Some(d) => {
                let text: Rc<str> = d.value.to_str().into();
                self.u().doc = Some(text.clone());
                self.add_const(Const::Str(text));
            }
            None => {
                self.add_const(Const::None);
            }
        }
        self.set_arg_counts(&f.parameters);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.visit_stmts(body)?;
        let code = self.finish_unit(true)?;
        self.make_closure(code, flags, range)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, NameCtx::Store, f.name.range)
    }

    /// = `compiler_check_debug_args`: no parameter may be called `__debug__`.
    fn check_debug_args(&self, p: &ast::Parameters) -> CResult {
        if p.iter().any(|a| a.name().as_str() == "__debug__") {
            return Err(self.error_here("cannot assign to __debug__"));
        }
        Ok(())
    }

    fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.u();
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
    }

    /// = `compiler_lambda`.
    pub(crate) fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let empty = ast::Parameters::default();
        let params: &ast::Parameters = l.parameters.as_deref().unwrap_or(&empty);
        self.check_debug_args(params)?;
        let flags = match l.parameters.as_deref() {
            Some(p) => self.default_arguments(p)?,
            None => 0,
        };
        let Some(ste) = self.st.block_of(node_key(l)) else {
            return Err(self.error("internal compiler error: lambda without a scope", l.range));
        };
        let line = self.map.line_of(l.range.start());
        self.enter_scope("<lambda>", UnitKind::Lambda, ste, line);
        // None first, so a lambda never has a docstring.
        self.add_const(Const::None);
        self.set_arg_counts(params);
        self.visit_expr(&l.body)?;
        let generator = self.ste().generator;
        if !generator {
            self.emit(Op::RETURN_VALUE, 0);
        }
        let code = self.finish_unit(!generator)?;
        self.make_closure(code, flags, l.range)
    }

    /// = `compiler_default_arguments`: pushes the defaults tuple and keyword-only defaults
    /// dict; returns the MAKE_FUNCTION flags for them.
    fn default_arguments(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a ast::Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let n = defaults.len() as u32;
            let consts: Option<Vec<Const>> = defaults.iter().map(|d| self.constant_of(d)).collect();
            match consts {
                // CPython 3.11 loads each default, then its peephole folds LOAD_CONSTs +
                // BUILD_TUPLE into one constant (the items stay in co_consts).
                Some(items) => {
                    for it in &items {
                        self.add_const(it.clone());
                    }
                    self.load_late_const(Const::Tuple(items.into()));
                }
                None => {
                    for d in &defaults {
                        self.visit_expr(d)?;
                    }
                    self.emit(Op::BUILD_TUPLE, n);
                }
            }
            flags |= 1;
        }
        let mut keys = Vec::new();
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                keys.push(Const::Str(self.mangle(&a.parameter.name).into()));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(keys.into()));
            self.emit(Op::BUILD_CONST_KEY_MAP, n);
            flags |= 2;
        }
        Ok(flags)
    }

    /// = `compiler_visit_annotations`: pushes the annotations dict if there are any
    /// (CPython 3.11's order: regular, positional-only, `*args`, keyword-only, `**kwargs`,
    /// `return`).
    fn visit_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a ast::Expr>,
    ) -> CResult<bool> {
        let mut keys: Vec<Const> = Vec::new();
        let mut items: Vec<(&'a str, &'a ast::Expr)> = Vec::new();
        for a in p.args.iter().chain(&p.posonlyargs) {
            if let Some(ann) = &a.parameter.annotation {
                items.push((&a.parameter.name, ann));
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(ann) = &v.annotation {
                items.push((&v.name, ann));
            }
        }
        for a in &p.kwonlyargs {
            if let Some(ann) = &a.parameter.annotation {
                items.push((&a.parameter.name, ann));
            }
        }
        if let Some(k) = &p.kwarg {
            if let Some(ann) = &k.annotation {
                items.push((&k.name, ann));
            }
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(false);
        }
        for (name, ann) in &items {
            keys.push(Const::Str(self.mangle(name).into()));
            match ann {
                ast::Expr::Starred(s) if !self.future_annotations => {
                    self.visit_expr(&s.value)?;
                    self.emit(Op::UNPACK_SEQUENCE, 1);
                }
                _ => self.compile_annotation(ann)?,
            }
        }
        let n = keys.len() as u32;
        self.load_const(Const::Tuple(keys.into()));
        self.emit(Op::BUILD_CONST_KEY_MAP, n);
        Ok(true)
    }

    /// = `compiler_make_closure`: pushes the function made from `code` (with a closure tuple
    /// of the enclosing cells it uses) and MAKE_FUNCTION `flags`.
    pub(crate) fn make_closure(
        &mut self,
        code: CodeObject,
        mut flags: u32,
        range: TextRange,
    ) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                self.load_closure(name, range)?;
            }
            self.emit(Op::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Op::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// = `compiler_class`.
    pub(crate) fn compile_class(&mut self, c: &'a ast::StmtClassDef, range: TextRange) -> CResult {
        if c.type_params.is_some() {
            return Err(self.error("invalid syntax", range));
        }
        self.visit_decorators(&c.decorator_list)?;
        let firstlineno = self.def_firstlineno(&c.decorator_list, range);
        let Some(ste) = self.st.block_of(node_key(c)) else {
            return Err(self.error("internal compiler error: class without a scope", range));
        };
        self.enter_scope(&c.name, UnitKind::Class, ste, firstlineno);
        self.nameop("__name__", NameCtx::Load, range)?;
        self.nameop("__module__", NameCtx::Store, range)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(Const::Str(qualname.as_str().into()));
        self.nameop("__qualname__", NameCtx::Store, range)?;
        self.compile_body(&c.body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            self.load_closure("__class__", range)?;
            self.emit(Op::COPY, 1);
            self.nameop("__classcell__", NameCtx::Store, range)?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.finish_unit(true)?;
        self.emit(Op::PUSH_NULL, 0);
        self.emit(Op::LOAD_BUILD_CLASS, 0);
        self.make_closure(code, 0, range)?;
        self.load_const(Const::Str(c.name.as_str().into()));
        let empty: &'a [ast::Expr] = &[];
        let no_kw: &'a [ast::Keyword] = &[];
        let (bases, kws) = match &c.arguments {
            Some(a) => (&a.args[..], &a.keywords[..]),
            None => (empty, no_kw),
        };
        self.call_helper(2, bases, kws)?;
        self.apply_decorators(&c.decorator_list);
        self.nameop(&c.name, NameCtx::Store, c.name.range)
    }
}
