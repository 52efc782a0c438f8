//! The symbol-table walk of expressions (= CPython 3.11's `symtable_visit_expr`,
//! `symtable_handle_comprehension`, `symtable_handle_namedexpr`): name uses and bindings,
//! lambdas and comprehensions as new blocks (the outermost iterable evaluated outside),
//! `yield` making a generator, `super` implying `__class__`, and the scope rules of
//! assignment expressions inside comprehensions.

use super::flags::*;
use super::{ast, node_key, BlockKind, Builder, CompKind, Ranged, Res, TextRange};

impl Builder<'_, '_> {
    // = symtable_visit_expr
    pub(super) fn visit_expr(&mut self, expr: &ast::Expr) -> Res {
        use ast::Expr as E;
        match expr {
            E::BoolOp(b) => self.visit_exprs(&b.values)?,
            E::Named(n) => self.visit_named(n)?,
            E::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            E::UnaryOp(u) => self.visit_expr(&u.operand)?,
            E::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p)?;
                }
                self.enter_block(BlockKind::Function, node_key(l));
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit_block();
            }
            E::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            E::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            E::Set(s) => self.visit_exprs(&s.elts)?,
            E::ListComp(c) => {
                self.visit_comprehension(node_key(c), CompKind::List, &c.generators, &c.elt, None)?
            }
            E::SetComp(c) => {
                self.visit_comprehension(node_key(c), CompKind::Set, &c.generators, &c.elt, None)?
            }
            E::DictComp(c) => {
                let key = c.key.as_deref().unwrap_or(&c.value);
                let key_node = node_key(c);
                self.visit_comprehension(
                    key_node,
                    CompKind::Dict,
                    &c.generators,
                    key,
                    Some(&c.value),
                )?
            }
            E::Generator(g) => self.visit_comprehension(
                node_key(g),
                CompKind::Generator,
                &g.generators,
                &g.elt,
                None,
            )?,
            E::Await(a) => {
                self.visit_expr(&a.value)?;
                self.cur_block().coroutine = true;
            }
            E::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(expr.range())?;
            }
            E::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.mark_generator(expr.range())?;
            }
            E::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)?;
            }
            E::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.arguments.args)?;
                for k in &c.arguments.keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            E::FString(f) => {
                for element in f.value.elements() {
                    self.visit_fstring_element(element)?;
                }
            }
            E::TString(_) => {}
            E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::NumberLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::EllipsisLiteral(_)
            | E::IpyEscapeCommand(_) => {}
            E::Attribute(a) => self.visit_expr(&a.value)?,
            E::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            E::Starred(s) => self.visit_expr(&s.value)?,
            E::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            E::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(&n.id, flag, n.range)?;
                // `super()` needs the `__class__` cell of the enclosing class.
                let id = self.cur();
                if n.ctx == ast::ExprContext::Load
                    && self.blocks[id].kind == BlockKind::Function
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            E::List(l) => self.visit_exprs(&l.elts)?,
            E::Tuple(t) => self.visit_exprs(&t.elts)?,
        }
        Ok(())
    }

    fn visit_fstring_element(&mut self, element: &ast::InterpolatedStringElement) -> Res {
        if let ast::InterpolatedStringElement::Interpolation(i) = element {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.visit_fstring_element(e)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, range: TextRange) -> Res {
        let block = self.cur_block();
        block.generator = true;
        if let Some(kind) = block.comprehension {
            return Err(self.err(kind.yield_error(), range));
        }
        Ok(())
    }

    // = symtable_handle_comprehension
    fn visit_comprehension(
        &mut self,
        key: usize,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
    ) -> Res {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_block().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur_block().comp_iter_expr -= 1;
        self.enter_block(BlockKind::Function, key);
        self.cur_block().comprehension = Some(kind);
        if outermost.is_async {
            self.cur_block().coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter `.0`.
        self.add_def(".0", DEF_PARAM, outermost.range)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.visit_comp_target(&g.target)?;
            self.cur_block().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.cur_block().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur_block().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.cur_block().generator = kind == CompKind::Generator;
        self.exit_block();
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &ast::Expr) -> Res {
        self.cur_block().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur_block().comp_iter_target = false;
        r
    }

    // = symtable_visit_expr's NamedExpr case and symtable_extend_namedexpr_scope
    fn visit_named(&mut self, n: &ast::ExprNamed) -> Res {
        let id = self.cur();
        if self.blocks[id].comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(self.err(msg, n.range));
        }
        if let ast::Expr::Name(target) = &*n.target {
            if self.blocks[id].comprehension.is_some() {
                self.extend_named_scope(target)?;
            }
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// An assignment expression in a comprehension binds in the nearest enclosing
    /// non-comprehension scope.
    fn extend_named_scope(&mut self, target: &ast::ExprName) -> Res {
        let name = target.id.as_str();
        let range = target.range;
        for depth in (0..self.stack.len()).rev() {
            let id = self.stack[depth];
            let block = &self.blocks[id];
            if block.comprehension.is_some() {
                if block.flags(name) & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    );
                    return Err(self.err(msg, range));
                }
                continue;
            }
            let cur = self.cur();
            match block.kind {
                BlockKind::Function => {
                    if block.flags(name) & DEF_GLOBAL != 0 {
                        self.add_def_in(cur, name, DEF_GLOBAL, range)?;
                    } else {
                        self.add_def_in(cur, name, DEF_NONLOCAL, range)?;
                    }
                    self.blocks[cur]
                        .directives
                        .entry(name.to_string())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_LOCAL, range);
                }
                BlockKind::Module => {
                    self.add_def_in(cur, name, DEF_GLOBAL, range)?;
                    self.blocks[cur]
                        .directives
                        .entry(name.to_string())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_GLOBAL, range);
                }
                BlockKind::Class => {
                    let msg =
                        "assignment expression within a comprehension cannot be used in a class body";
                    return Err(self.err(msg, range));
                }
            }
        }
        Ok(())
    }
}
