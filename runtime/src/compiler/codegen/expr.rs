//! Expressions (= CPython 3.11's `compiler_visit_expr1` and helpers): operators, boolean
//! and comparison chains, conditional jumps (`compiler_jump_if`), displays with and without
//! `*`/`**` unpacking, subscripts and slices, attributes, `yield`/`yield from`, assignment
//! expressions. f-strings are in `fstring.rs`, calls in `call.rs`, lambdas in `defs.rs`, comprehensions in
//! `comprehension.rs`, assignment targets in `targets.rs`.
//!
//! Every expression is compiled with its own location (restored afterwards), so each
//! instruction points at the smallest enclosing node, as CPython's `co_positions`.

use super::flow::{IOp, Label, Pseudo};
use super::stmt::binop_arg;
use super::{CResult, Compiler, NameCtx};
use crate::bytecode::opcodes::cmpop;
use crate::bytecode::{Const, Op};
use crate::compiler::front::{ast, Ranged, TextRange, TextSize};

/// CPython's STACK_USE_GUIDELINE: displays and calls bigger than this are built
/// incrementally.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// How a display's items are collected (= the `build`/`add`/`extend` triple of
/// `starunpack_helper`).
#[derive(Clone, Copy)]
pub(crate) struct Collect {
    pub build: Op,
    pub add: Op,
    pub extend: Op,
    pub tuple: bool,
}

pub(crate) const LIST: Collect = Collect {
    build: Op::BUILD_LIST,
    add: Op::LIST_APPEND,
    extend: Op::LIST_EXTEND,
    tuple: false,
};
pub(crate) const TUPLE: Collect = Collect {
    build: Op::BUILD_LIST,
    add: Op::LIST_APPEND,
    extend: Op::LIST_EXTEND,
    tuple: true,
};
pub(crate) const SET: Collect = Collect {
    build: Op::BUILD_SET,
    add: Op::SET_ADD,
    extend: Op::SET_UPDATE,
    tuple: false,
};

impl<'a> Compiler<'a> {
    /// Compiles `e` with its own location (= `compiler_visit_expr`).
    pub(crate) fn visit_expr(&mut self, e: &'a ast::Expr) -> CResult {
        self.depth += 1;
        if self.depth > super::MAX_NESTING {
            self.depth -= 1;
            return Err(self.error(
                "maximum recursion depth exceeded during compilation",
                e.range(),
            ));
        }
        let saved = self.save_loc();
        self.set_loc(self.node_range(e));
        let r = self.visit_expr1(e);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn visit_expr1(&mut self, e: &'a ast::Expr) -> CResult {
        use ast::Expr as E;
        if let Some(c) = self.constant_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            E::BoolOp(b) => self.compile_boolop(b),
            E::Named(n) => {
                self.visit_expr(&n.value)?;
                self.emit(Op::COPY, 1);
                self.visit_expr(&n.target)
            }
            E::BinOp(b) => {
                if let Some(pieces) = self.percent_format(b) {
                    return self.compile_pieces(&pieces);
                }
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.emit(Op::BINARY_OP, binop_arg(b.op));
                Ok(())
            }
            E::UnaryOp(u) => {
                if let Some((c, op)) = invertible_compare(u) {
                    // `not a is b` is `a is not b` (= `fold_unaryop` in `ast_opt.c`).
                    self.visit_expr(&c.left)?;
                    self.visit_compare_operand(&c.comparators[0], op, true)?;
                    self.emit_compare(op);
                    return Ok(());
                }
                self.visit_expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UNARY_INVERT,
                    ast::UnaryOp::Not => Op::UNARY_NOT,
                    ast::UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Op::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
                Ok(())
            }
            E::Lambda(l) => self.compile_lambda(l),
            E::If(i) => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.jump_noline(end);
                self.use_block(next);
                self.visit_expr(&i.orelse)?;
                self.use_block(end);
                Ok(())
            }
            E::Dict(d) => self.compile_dict(d),
            E::Set(s) => self.starunpack(&s.elts, 0, SET),
            E::ListComp(c) => self.compile_comprehension(
                e,
                super::comprehension::CompKind::List,
                &c.generators,
                &c.elt,
                None,
            ),
            E::SetComp(c) => self.compile_comprehension(
                e,
                super::comprehension::CompKind::Set,
                &c.generators,
                &c.elt,
                None,
            ),
            E::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        e.range(),
                    ));
                };
                self.compile_comprehension(
                    e,
                    super::comprehension::CompKind::Dict,
                    &c.generators,
                    key,
                    Some(&c.value),
                )
            }
            E::Generator(g) => self.compile_comprehension(
                e,
                super::comprehension::CompKind::Generator,
                &g.generators,
                &g.elt,
                None,
            ),
            E::Await(a) => {
                if self.u().is_async {
                    self.visit_expr(&a.value)?;
                    self.emit(Op::GET_AWAITABLE, 0);
                    self.load_const(Const::None);
                    self.add_yield_from();
                    return Ok(());
                }
                let msg = if self.ste().kind != super::BlockKind::Function {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                Err(self.error(msg, e.range()))
            }
            E::Yield(y) => {
                if self.ste().kind != super::BlockKind::Function {
                    return Err(self.error("'yield' outside function", e.range()));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.u().is_async {
                    self.emit(Op::ASYNC_GEN_WRAP, 0);
                }
                self.emit(Op::YIELD_VALUE, 0);
                self.emit(Op::RESUME, 1);
                Ok(())
            }
            E::YieldFrom(y) => {
                if self.ste().kind != super::BlockKind::Function {
                    return Err(self.error("'yield' outside function", e.range()));
                }
                if self.u().is_async {
                    return Err(self.error("'yield from' inside async function", e.range()));
                }
                self.visit_expr(&y.value)?;
                self.emit(Op::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                self.add_yield_from();
                Ok(())
            }
            E::Compare(c) => self.compile_compare(c),
            E::Call(c) => self.compile_call(c),
            E::FString(f) => self.compile_fstring(f),
            E::TString(_) => Err(self.error("invalid syntax", e.range())),
            E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::NumberLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::EllipsisLiteral(_) => {
                // Literals always fold; reaching here means a literal could not be converted.
                Err(self.error("invalid literal", e.range()))
            }
            E::IpyEscapeCommand(_) => Err(self.error("invalid syntax", e.range())),
            E::Attribute(a) => {
                self.visit_expr(&a.value)?;
                self.set_attr_loc(a);
                match a.ctx {
                    ast::ExprContext::Store => {
                        super::targets::check_forbidden_name(self, &a.attr, NameCtx::Store)?;
                        self.emit_name(Op::STORE_ATTR, &a.attr);
                    }
                    ast::ExprContext::Del => self.emit_name(Op::DELETE_ATTR, &a.attr),
                    _ => self.emit_name(Op::LOAD_ATTR, &a.attr),
                }
                Ok(())
            }
            E::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                let op = match s.ctx {
                    ast::ExprContext::Store => Op::STORE_SUBSCR,
                    ast::ExprContext::Del => Op::DELETE_SUBSCR,
                    _ => Op::BINARY_SUBSCR,
                };
                self.emit(op, 0);
                Ok(())
            }
            E::Starred(s) => {
                let msg = if s.ctx == ast::ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                Err(self.error(msg, e.range()))
            }
            E::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.visit_expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    n += 1;
                    self.visit_expr(step)?;
                }
                self.emit(Op::BUILD_SLICE, n);
                Ok(())
            }
            E::Name(n) => {
                let ctx = NameCtx::from(n.ctx);
                if ctx != NameCtx::Load {
                    super::targets::check_forbidden_name(self, &n.id, ctx)?;
                }
                self.nameop(&n.id, ctx, n.range)
            }
            E::List(l) => match l.ctx {
                ast::ExprContext::Store => self.assignment_helper(&l.elts, e.range()),
                ast::ExprContext::Del => l.elts.iter().try_for_each(|x| self.visit_expr(x)),
                _ => self.starunpack(&l.elts, 0, LIST),
            },
            E::Tuple(t) => match t.ctx {
                ast::ExprContext::Store => self.assignment_helper(&t.elts, e.range()),
                ast::ExprContext::Del => t.elts.iter().try_for_each(|x| self.visit_expr(x)),
                _ => self.starunpack(&t.elts, 0, TUPLE),
            },
        }
    }

    /// The range CPython gives a node: a generator expression that is a call's only argument
    /// (`f(x for x in y)`) includes the call's parentheses.
    pub(crate) fn node_range(&self, e: &ast::Expr) -> TextRange {
        let r = e.range();
        let ast::Expr::Generator(g) = e else { return r };
        if g.parenthesized {
            return r;
        }
        let src = self.map.source();
        let (start, end) = (u32::from(r.start()) as usize, u32::from(r.end()) as usize);
        let before = src.get(..start).unwrap_or("").trim_end();
        let after = src.get(end..).unwrap_or("");
        let after_ws = after.len() - after.trim_start().len();
        if before.ends_with('(') && after.trim_start().starts_with(')') {
            let s = TextSize::new((before.len() - 1) as u32);
            let e = TextSize::new((end + after_ws + 1) as u32);
            return TextRange::new(s, e);
        }
        r
    }

    /// `yield from`'s SEND loop (= `compiler_add_yield_from`).
    pub(crate) fn add_yield_from(&mut self) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.jump_op(Op::SEND, exit);
        self.use_block(resume);
        self.emit(Op::YIELD_VALUE, 0);
        self.emit(Op::RESUME, 2);
        self.jump(IOp::Pseudo(Pseudo::JumpNoInterrupt), start);
        self.use_block(exit);
    }

    /// Moves the location to the attribute name when it is on a later line than the start
    /// (= `update_start_location_to_match_attr`).
    pub(crate) fn set_attr_loc(&mut self, a: &ast::ExprAttribute) {
        let end = self.pos(a.range);
        let Some(mut loc) = self.ur().loc else { return };
        if loc.line != end.end_line {
            loc.line = end.end_line;
            let len = a.attr.len() as u32;
            loc.col = end.end_col.saturating_sub(len);
            loc.end_line = loc.end_line.max(loc.line);
            if loc.line == loc.end_line {
                loc.end_col = loc.end_col.max(loc.col);
            }
            self.u().loc = Some(loc);
        }
    }

    /// = `compiler_boolop`.
    fn compile_boolop(&mut self, b: &'a ast::ExprBoolOp) -> CResult {
        let jump = match b.op {
            ast::BoolOp::And => Op::JUMP_IF_FALSE_OR_POP,
            ast::BoolOp::Or => Op::JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_block();
        let Some((last, init)) = b.values.split_last() else {
            return Ok(());
        };
        for v in init {
            self.visit_expr(v)?;
            self.jump_op(jump, end);
            let next = self.new_block();
            self.use_block(next);
        }
        self.visit_expr(last)?;
        self.use_block(end);
        Ok(())
    }

    /// The instruction for one comparison operator.
    fn emit_compare(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::COMPARE_OP, cmpop::EQ),
            C::NotEq => self.emit(Op::COMPARE_OP, cmpop::NE),
            C::Lt => self.emit(Op::COMPARE_OP, cmpop::LT),
            C::LtE => self.emit(Op::COMPARE_OP, cmpop::LE),
            C::Gt => self.emit(Op::COMPARE_OP, cmpop::GT),
            C::GtE => self.emit(Op::COMPARE_OP, cmpop::GE),
            C::Is => self.emit(Op::IS_OP, 0),
            C::IsNot => self.emit(Op::IS_OP, 1),
            C::In => self.emit(Op::CONTAINS_OP, 0),
            C::NotIn => self.emit(Op::CONTAINS_OP, 1),
        }
    }

    /// = `compiler_compare`.
    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.visit_expr(&c.left)?;
        let n = c.ops.len();
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.visit_compare_operand(&c.comparators[0], c.ops[0], true)?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n - 1 {
            self.visit_compare_operand(&c.comparators[i], c.ops[i], false)?;
            self.emit(Op::SWAP, 2);
            self.emit(Op::COPY, 2);
            self.emit_compare(c.ops[i]);
            self.jump_op(Op::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.visit_compare_operand(&c.comparators[n - 1], c.ops[n - 1], true)?;
        self.emit_compare(c.ops[n - 1]);
        let end = self.new_block();
        self.jump_noline(end);
        self.use_block(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.use_block(end);
        Ok(())
    }

    /// A comparison operand: the last one, after `in`/`not in`, is an iterable whose list or
    /// set display becomes a tuple or frozenset (= `fold_compare` in `ast_opt.c`).
    fn visit_compare_operand(&mut self, e: &'a ast::Expr, op: ast::CmpOp, last: bool) -> CResult {
        if last && matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
            return self.visit_iter(e);
        }
        self.visit_expr(e)
    }

    /// = `compiler_jump_if`: jumps to `next` if `e` is true (`cond`) or false (`!cond`).
    pub(crate) fn jump_if(&mut self, e: &'a ast::Expr, next: Label, cond: bool) -> CResult {
        self.depth += 1;
        if self.depth > super::MAX_NESTING {
            self.depth -= 1;
            return Err(self.error(
                "maximum recursion depth exceeded during compilation",
                e.range(),
            ));
        }
        let r = self.jump_if1(e, next, cond);
        self.depth -= 1;
        r
    }

    fn jump_if1(&mut self, e: &'a ast::Expr, next: Label, cond: bool) -> CResult {
        match e {
            ast::Expr::UnaryOp(u)
                if u.op == ast::UnaryOp::Not
                    && self.constant_of(e).is_none()
                    && invertible_compare(u).is_none() =>
            {
                return self.jump_if(&u.operand, next, !cond);
            }
            ast::Expr::BoolOp(b) => {
                let cond2 = b.op == ast::BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let Some((last, init)) = b.values.split_last() else {
                    return Ok(());
                };
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.use_block(next2);
                }
                return Ok(());
            }
            ast::Expr::If(i) => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.jump_noline(end);
                self.use_block(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_block(end);
                return Ok(());
            }
            ast::Expr::Compare(c) if c.ops.len() > 1 => {
                self.set_loc(e.range());
                let cleanup = self.new_block();
                self.visit_expr(&c.left)?;
                let n = c.ops.len();
                for i in 0..n - 1 {
                    self.visit_compare_operand(&c.comparators[i], c.ops[i], false)?;
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::COPY, 2);
                    self.emit_compare(c.ops[i]);
                    self.jump_op(Op::POP_JUMP_IF_FALSE, cleanup);
                }
                self.visit_compare_operand(&c.comparators[n - 1], c.ops[n - 1], true)?;
                self.emit_compare(c.ops[n - 1]);
                self.jump_op(
                    if cond {
                        Op::POP_JUMP_IF_TRUE
                    } else {
                        Op::POP_JUMP_IF_FALSE
                    },
                    next,
                );
                let end = self.new_block();
                self.jump_noline(end);
                self.use_block(cleanup);
                self.emit(Op::POP_TOP, 0);
                if !cond {
                    self.jump_noline(next);
                }
                self.use_block(end);
                return Ok(());
            }
            // A comparison's location stays current for the jump and what follows (as in
            // CPython 3.11).
            ast::Expr::Compare(_) => self.set_loc(e.range()),
            _ => {}
        }
        self.visit_expr(e)?;
        self.jump_op(
            if cond {
                Op::POP_JUMP_IF_TRUE
            } else {
                Op::POP_JUMP_IF_FALSE
            },
            next,
        );
        Ok(())
    }

    /// = `starunpack_helper`: a list/tuple/set display (or positional arguments) with `pushed`
    /// items already on the stack.
    pub(crate) fn starunpack(
        &mut self,
        elts: &'a [ast::Expr],
        pushed: u32,
        how: Collect,
    ) -> CResult {
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Const>> = elts.iter().map(|x| self.constant_of(x)).collect();
            if let Some(items) = consts {
                if how.tuple && pushed == 0 {
                    self.load_const(Const::Tuple(items.into()));
                } else {
                    let folded = if how.add == Op::SET_ADD {
                        Const::FrozenSet(super::fold::dedup_set(items).into())
                    } else {
                        Const::Tuple(items.into())
                    };
                    self.emit(how.build, pushed);
                    self.load_const(folded);
                    self.emit(how.extend, 1);
                    if how.tuple {
                        self.emit(Op::LIST_TO_TUPLE, 0);
                    }
                }
                return Ok(());
            }
        }
        if n == 0 && pushed == 0 && how.tuple {
            // BUILD_TUPLE 0 folds to the empty tuple constant (in CPython's peephole pass).
            self.load_late_const(Const::Tuple(Vec::new().into()));
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|x| matches!(x, ast::Expr::Starred(_)));
        if !seen_star && !big {
            for x in elts {
                self.visit_expr(x)?;
            }
            let op = if how.tuple {
                Op::BUILD_TUPLE
            } else {
                how.build
            };
            self.emit(op, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(how.build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ast::Expr::Starred(s) = x {
                if !built {
                    self.emit(how.build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.emit(how.extend, 1);
            } else {
                self.visit_expr(x)?;
                if built {
                    self.emit(how.add, 1);
                }
            }
        }
        if how.tuple {
            self.emit(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    /// = `compiler_dict`.
    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let items = &d.items;
        let n = items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if items[i].key.is_none() {
                if elements > 0 {
                    self.compile_subdict(&items[i - elements..i])?;
                    if have_dict {
                        self.emit(Op::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&items[i].value)?;
                self.emit(Op::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(&items[i - elements..=i])?;
                if have_dict {
                    self.emit(Op::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(&items[n - elements..])?;
            if have_dict {
                self.emit(Op::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BUILD_MAP, 0);
        }
        Ok(())
    }

    /// = `compiler_subdict`: a run of `key: value` items.
    fn compile_subdict(&mut self, items: &'a [ast::DictItem]) -> CResult {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Const>> = items
                .iter()
                .map(|it| it.key.as_ref().and_then(|k| self.constant_of(k)))
                .collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_const(Const::Tuple(keys.into()));
                self.emit(Op::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Op::BUILD_MAP, 0);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.visit_expr(k)?;
            }
            self.visit_expr(&it.value)?;
            if big {
                self.emit(Op::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Op::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}

/// `not (a OP b)` with OP one of `is`, `is not`, `in`, `not in`: the comparison and the
/// inverted operator.
fn invertible_compare(u: &ast::ExprUnaryOp) -> Option<(&ast::ExprCompare, ast::CmpOp)> {
    if u.op != ast::UnaryOp::Not {
        return None;
    }
    let ast::Expr::Compare(c) = &*u.operand else {
        return None;
    };
    if c.ops.len() != 1 {
        return None;
    }
    let inv = match c.ops[0] {
        ast::CmpOp::Is => ast::CmpOp::IsNot,
        ast::CmpOp::IsNot => ast::CmpOp::Is,
        ast::CmpOp::In => ast::CmpOp::NotIn,
        ast::CmpOp::NotIn => ast::CmpOp::In,
        _ => return None,
    };
    Some((c, inv))
}
