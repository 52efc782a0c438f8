//! `match` statements (PEP 634; = CPython 3.11's `compiler_match` and `compiler_pattern_*`).
//!
//! A pattern consumes the subject on top of the stack, on success and on failure alike. While
//! a pattern is compiled, a [`PatternCtx`] tracks what lies above the stack base:
//! - `stores`: the values captured so far, deepest last; `stores[j]` sits below `on_top` items
//!   and `j` other captures. A new capture is rotated beneath everything the pattern still
//!   needs (`store_name`), so the captures end up in order with the first one on top once the
//!   pattern succeeds, and are stored then (names bound by a failed case are not stored).
//! - `on_top`: items above the captures that are not the current subject (the remaining
//!   elements of an unpacked sequence, the keys tuple of a mapping pattern, ...).
//! - `fail_pop[n]`: the block to jump to on failure with `n` items to pop; the blocks are laid
//!   out as a chain of POP_TOPs falling into `fail_pop[0]` (`emit_and_reset_fail_pop`).

use super::flow::{IOp, Label, Pseudo};
use super::{CResult, Compiler, NameCtx};
use crate::bytecode::dis::const_repr;
use crate::bytecode::opcodes::{binop, cmpop};
use crate::bytecode::{Const, Op};
use crate::compiler::front::{ast, Ranged};

/// = CPython's `pattern_context`.
pub(crate) struct PatternCtx {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

/// `_` (= `WILDCARD_CHECK`).
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` (= `WILDCARD_STAR_CHECK`).
fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

/// A key that identifies equal constants the way a set of their values would (`1`, `1.0`
/// and `True` are the same key).
fn const_key(c: &Const) -> Option<String> {
    Some(match c {
        Const::None => "None".into(),
        Const::Bool(b) => format!("n{}", i64::from(*b)),
        Const::Int(i) => format!("n{i}"),
        Const::BigInt(b) => format!("n{b}"),
        Const::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => format!("n{}", *f as i64),
        Const::Float(f) => format!("f{}", f.to_bits()),
        Const::Complex { real, imag } if *imag == 0.0 => {
            return const_key(&Const::Float(*real));
        }
        Const::Complex { real, imag } => format!("c{}:{}", real.to_bits(), imag.to_bits()),
        Const::Str(s) => format!("s{s}"),
        Const::Bytes(b) => format!("b{b:?}"),
        Const::Ellipsis => "...".into(),
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    /// = `compiler_match`.
    pub(crate) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.visit_expr(&m.subject)?;
        let end = self.new_block();
        let cases = m.cases.len();
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        let n = cases - usize::from(has_default);
        for (i, case) in m.cases[..n].iter().enumerate() {
            self.set_loc(case.pattern.range());
            // The last case consumes the subject; the others test a copy.
            if i != n - 1 {
                self.emit(Op::COPY, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            let range = case.pattern.range();
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, NameCtx::Store, range)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(g, fail, false)?;
            }
            if i != n - 1 {
                self.emit(Op::POP_TOP, 0);
            }
            self.visit_stmts(&case.body)?;
            self.jump_to(end);
            // The cleanup of a failed pattern belongs to the pattern's line.
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            // A trailing `case _:` needs no copy of the subject and no test.
            let case = &m.cases[cases - 1];
            self.set_loc(case.pattern.range());
            self.emit(Op::NOP, 0);
            if let Some(g) = &case.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_stmts(&case.body)?;
        }
        self.use_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// Jumps (with `op`) to the failure block that pops everything the pattern has pushed.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: IOp) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        let Some((&first, rest)) = pc.fail_pop.split_first() else {
            return;
        };
        let rest = rest.to_vec();
        for &b in rest.iter().rev() {
            self.use_block(b);
            self.emit(Op::POP_TOP, 0);
        }
        self.use_block(first);
        pc.fail_pop.clear();
    }

    /// Moves TOS down to depth `count` (= `pattern_helper_rotate`).
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Op::SWAP, k as u32);
        }
    }

    /// Captures TOS as `name` (pops it for `_`) (= `pattern_helper_store_name`).
    fn store_name(&mut self, name: Option<&str>, pc: &mut PatternCtx) -> CResult {
        let Some(n) = name else {
            self.emit(Op::POP_TOP, 0);
            return Ok(());
        };
        super::targets::check_forbidden_name(self, n, NameCtx::Store)?;
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error_here(format!("multiple assignments to name '{n}' in pattern")));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    /// A sub-pattern: irrefutable patterns are allowed inside others.
    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    /// = `compiler_pattern`.
    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult {
        use ast::Pattern as P;
        self.set_loc(p.range());
        match p {
            P::MatchValue(v) => {
                let value = &*v.value;
                if let Some(c) = self.constant_of(value) {
                    self.load_const(c);
                } else if matches!(value, ast::Expr::Attribute(_)) {
                    self.visit_expr(value)?;
                } else {
                    return Err(
                        self.error_here("patterns may only match literals and attribute lookups")
                    );
                }
                self.emit(Op::COMPARE_OP, cmpop::EQ);
                self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
                Ok(())
            }
            P::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                };
                self.load_const(c);
                self.emit(Op::IS_OP, 0);
                self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
                Ok(())
            }
            P::MatchStar(s) => self.store_name(s.name.as_ref().map(|n| n.as_str()), pc),
            P::MatchAs(a) => {
                let name = a.name.as_ref().map(|n| n.as_str());
                let Some(inner) = &a.pattern else {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error_here(msg));
                    }
                    return self.store_name(name, pc);
                };
                // Keep a copy to store once the inner pattern matched.
                pc.on_top += 1;
                self.emit(Op::COPY, 1);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_name(name, pc)
            }
            P::MatchOr(o) => self.pattern_or(o, pc),
            P::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc),
            P::MatchMapping(m) => self.pattern_mapping(m, pc),
            P::MatchClass(c) => self.pattern_class(c, pc),
        }
    }

    /// = `compiler_pattern_or`.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult {
        let end = self.new_block();
        let size = o.patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            pc.stores = Vec::new();
            // An irrefutable alternative must be the last one, if allowed at all.
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() {
                        return Err(self.error_here("alternative patterns bind different names"));
                    }
                    // Reorder this alternative's captures (on the stack and in the list) to
                    // the first alternative's order.
                    for icontrol in (0..ctl.len()).rev() {
                        let Some(istores) = pc.stores.iter().position(|s| *s == ctl[icontrol])
                        else {
                            return Err(
                                self.error_here("alternative patterns bind different names")
                            );
                        };
                        if istores != icontrol {
                            for _ in 0..=istores {
                                self.rotate(icontrol + 1);
                                let top = pc.stores.remove(0);
                                pc.stores.insert(icontrol, top);
                            }
                        }
                    }
                    debug_assert_eq!(&pc.stores, ctl);
                }
            }
            self.jump_to(end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.emit(Op::POP_TOP, 0);
        self.jump_to_fail_pop(pc, IOp::Pseudo(Pseudo::Jump));
        self.use_block(end);
        let control = control.unwrap_or_default();
        // Between the new captures and their place: the other new captures, the subject,
        // the items on top and the earlier captures.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(
                    self.error_here(format!("multiple assignments to name '{name}' in pattern"))
                );
            }
            pc.stores.push(name);
        }
        // Pop the subject.
        self.emit(Op::POP_TOP, 0);
        Ok(())
    }

    /// = `compiler_pattern_sequence`.
    fn pattern_sequence(&mut self, patterns: &'a [ast::Pattern], pc: &mut PatternCtx) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let ast::Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error_here("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
        match star {
            None => {
                self.emit(Op::GET_LEN, 0);
                self.load_const(Const::Int(size as i64));
                self.emit(Op::COMPARE_OP, cmpop::EQ);
                self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
            }
            Some(_) if size > 1 => {
                self.emit(Op::GET_LEN, 0);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Op::COMPARE_OP, cmpop::GE);
                self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            // [], [_], [_, *_], ...: nothing to extract.
            self.emit(Op::POP_TOP, 0);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => {
                // Index the elements instead of unpacking the whole sequence.
                pc.on_top += 1;
                for (i, p) in patterns.iter().enumerate() {
                    if is_wildcard(p) || i == star {
                        continue;
                    }
                    self.emit(Op::COPY, 1);
                    if i < star {
                        self.load_const(Const::Int(i as i64));
                    } else {
                        // The subject may not support negative indices.
                        self.emit(Op::GET_LEN, 0);
                        self.load_const(Const::Int((size - i) as i64));
                        self.emit(Op::BINARY_OP, binop::SUBTRACT);
                    }
                    self.emit(Op::BINARY_SUBSCR, 0);
                    self.subpattern(p, pc)?;
                }
                pc.on_top -= 1;
                self.emit(Op::POP_TOP, 0);
            }
            _ => {
                match star {
                    Some(i) => {
                        if i >= 1 << 8 || size - i > (1 << 16) {
                            return Err(self.error_here(
                                "too many expressions in star-unpacking sequence pattern",
                            ));
                        }
                        self.emit(Op::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32);
                    }
                    None => self.emit(Op::UNPACK_SEQUENCE, size as u32),
                }
                pc.on_top += size;
                for p in patterns {
                    pc.on_top -= 1;
                    self.subpattern(p, pc)?;
                }
            }
        }
        Ok(())
    }

    /// = `compiler_pattern_mapping`.
    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> CResult {
        let prange = m.range;
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error(
                format!(
                    "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                    m.patterns.len()
                ),
                prange,
            ));
        }
        pc.on_top += 1;
        self.emit(Op::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GET_LEN, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Op::COMPARE_OP, cmpop::GE);
            self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
        }
        // The keys: literals (checked for duplicates here) or value patterns.
        let mut seen: Vec<String> = Vec::new();
        let mut consts: Vec<Option<Const>> = Vec::new();
        for key in &m.keys {
            let c = self.constant_of(key);
            match &c {
                Some(c) => {
                    if let Some(k) = const_key(c) {
                        if seen.contains(&k) {
                            return Err(self.error(
                                format!("mapping pattern checks duplicate key ({})", const_repr(c)),
                                prange,
                            ));
                        }
                        seen.push(k);
                    }
                }
                None if matches!(key, ast::Expr::Attribute(_)) => {}
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        prange,
                    ))
                }
            }
            consts.push(c);
        }
        if consts.iter().all(Option::is_some) {
            // All keys are constants: one constant tuple (as CPython's folding leaves it).
            let t: Vec<Const> = consts.into_iter().flatten().collect();
            self.load_const(Const::Tuple(t.into()));
        } else {
            for (key, c) in m.keys.iter().zip(consts) {
                match c {
                    Some(c) => self.load_const(c),
                    None => {
                        self.visit_expr(key)?;
                        self.set_loc(prange);
                    }
                }
            }
            self.emit(Op::BUILD_TUPLE, size as u32);
        }
        self.emit(Op::MATCH_KEYS, 0);
        // A tuple of keys and a tuple of values (or None) are now above the subject.
        pc.on_top += 2;
        self.emit(Op::COPY, 1);
        self.load_const(Const::None);
        self.emit(Op::IS_OP, 1);
        self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
        self.emit(Op::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // Left: the subject and the keys tuple; what follows consumes both.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[key] for each key (CPython 3.11.1+ emits
                // this sequence rather than COPY_DICT_WITHOUT_KEYS).
                self.emit(Op::BUILD_MAP, 0);
                self.emit(Op::SWAP, 3);
                self.emit(Op::DICT_UPDATE, 2);
                self.emit(Op::UNPACK_SEQUENCE, size as u32);
                for k in (1..=size).rev() {
                    self.emit(Op::COPY, 1 + k as u32);
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::DELETE_SUBSCR, 0);
                }
                self.store_name(Some(rest.as_str()), pc)?;
            }
            None => {
                self.emit(Op::POP_TOP, 0);
                self.emit(Op::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// = `compiler_pattern_class`.
    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        for (i, k) in args.keywords.iter().enumerate() {
            super::targets::check_forbidden_name(self, k.attr.as_str(), NameCtx::Store)?;
            if let Some(dup) = args.keywords[i + 1..]
                .iter()
                .find(|o| o.attr.as_str() == k.attr.as_str())
            {
                return Err(self.error(
                    format!(
                        "attribute name repeated in class pattern: {}",
                        k.attr.as_str()
                    ),
                    dup.pattern.range(),
                ));
            }
        }
        self.visit_expr(&c.cls)?;
        self.set_loc(c.range);
        let names: Vec<Const> = args
            .keywords
            .iter()
            .map(|k| Const::Str(k.attr.as_str().into()))
            .collect();
        self.load_const(Const::Tuple(names.into()));
        self.emit(Op::MATCH_CLASS, nargs as u32);
        self.emit(Op::COPY, 1);
        self.load_const(Const::None);
        self.emit(Op::IS_OP, 1);
        // TOS is the tuple of nargs + nattrs attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, IOp::Real(Op::POP_JUMP_IF_FALSE));
        self.emit(Op::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Op::POP_TOP, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }
}
