//! ruff's AST → the intermediate form `ast.py` turns into node objects.
//!
//! Every node becomes a tuple `(class_name, (field values...), position)`, where position is
//! `(lineno, col_offset, end_lineno, end_col_offset)` or None for the node types CPython gives
//! no position (`arguments`, `comprehension`, `withitem`, `match_case`, operators, contexts).
//! Field values are nodes, lists, str, int, None, or constants. Field order is CPython 3.11's
//! `_fields` order for the class, so the Python side can zip them.

use crate::compiler::ruff_ast as ast;
use crate::compiler::{number_const, Ranged, SourceMap, TextRange};
use crate::value::Value;
use crate::vm::Vm;

pub(super) struct Conv<'v, 'm> {
    pub vm: &'v mut Vm,
    pub map: &'m SourceMap<'m>,
}

type V = Value;

impl Conv<'_, '_> {
    fn node(&mut self, name: &str, fields: Vec<V>, range: Option<TextRange>) -> V {
        let n = self.vm.new_str(name);
        let f = self.vm.new_tuple(fields);
        let pos = match range {
            Some(r) => {
                let p = self.map.position(r);
                self.vm.new_tuple(vec![
                    V::Int(p.line as i64),
                    V::Int(p.col as i64),
                    V::Int(p.end_line as i64),
                    V::Int(p.end_col as i64),
                ])
            }
            None => V::None,
        };
        self.vm.new_tuple(vec![n, f, pos])
    }

    fn simple(&mut self, name: &str) -> V {
        self.node(name, vec![], None)
    }

    fn s(&mut self, s: &str) -> V {
        self.vm.new_str(s)
    }

    fn opt_id(&mut self, id: &Option<ast::Identifier>) -> V {
        match id {
            Some(i) => self.s(i.id.as_str()),
            None => V::None,
        }
    }

    fn list(&mut self, items: Vec<V>) -> V {
        self.vm.new_list(items)
    }

    pub fn body(&mut self, stmts: &[ast::Stmt]) -> V {
        let v: Vec<V> = stmts.iter().map(|s| self.stmt(s)).collect();
        self.list(v)
    }

    fn exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e ast::Expr>) -> V {
        let v: Vec<V> = es.into_iter().map(|e| self.expr(e)).collect();
        self.list(v)
    }

    fn opt_expr(&mut self, e: Option<&ast::Expr>) -> V {
        match e {
            Some(e) => self.expr(e),
            None => V::None,
        }
    }

    fn ctx(&mut self, c: ast::ExprContext) -> V {
        let n = match c {
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
            _ => "Load",
        };
        self.simple(n)
    }

    fn decorators(&mut self, d: &[ast::Decorator]) -> V {
        let v: Vec<V> = d.iter().map(|d| self.expr(&d.expression)).collect();
        self.list(v)
    }

    fn arg(&mut self, p: &ast::Parameter) -> V {
        let n = self.s(p.name.id.as_str());
        let a = self.opt_expr(p.annotation.as_deref());
        self.node("arg", vec![n, a, V::None], Some(p.range))
    }

    fn arguments(&mut self, p: Option<&ast::Parameters>) -> V {
        let empty = ast::Parameters::default();
        let p = p.unwrap_or(&empty);
        let posonly: Vec<V> = p
            .posonlyargs
            .iter()
            .map(|a| self.arg(&a.parameter))
            .collect();
        let args: Vec<V> = p.args.iter().map(|a| self.arg(&a.parameter)).collect();
        let vararg = match &p.vararg {
            Some(a) => self.arg(a),
            None => V::None,
        };
        let kwonly: Vec<V> = p
            .kwonlyargs
            .iter()
            .map(|a| self.arg(&a.parameter))
            .collect();
        let kw_defaults: Vec<V> = p
            .kwonlyargs
            .iter()
            .map(|a| self.opt_expr(a.default.as_deref()))
            .collect();
        let kwarg = match &p.kwarg {
            Some(a) => self.arg(a),
            None => V::None,
        };
        let defaults: Vec<V> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .map(|d| self.expr(d))
            .collect();
        let fields = vec![
            self.list(posonly),
            self.list(args),
            vararg,
            self.list(kwonly),
            self.list(kw_defaults),
            kwarg,
            self.list(defaults),
        ];
        self.node("arguments", fields, None)
    }

    fn keywords(&mut self, ks: &[ast::Keyword]) -> V {
        let v: Vec<V> = ks
            .iter()
            .map(|k| {
                let a = self.opt_id(&k.arg);
                let val = self.expr(&k.value);
                self.node("keyword", vec![a, val], Some(k.range))
            })
            .collect();
        self.list(v)
    }

    fn aliases(&mut self, names: &[ast::Alias]) -> V {
        let v: Vec<V> = names
            .iter()
            .map(|a| {
                let n = self.s(a.name.id.as_str());
                let asn = self.opt_id(&a.asname);
                self.node("alias", vec![n, asn], Some(a.range))
            })
            .collect();
        self.list(v)
    }

    fn ids(&mut self, names: &[ast::Identifier]) -> V {
        let v: Vec<V> = names.iter().map(|i| self.s(i.id.as_str())).collect();
        self.list(v)
    }

    fn withitems(&mut self, items: &[ast::WithItem]) -> V {
        let v: Vec<V> = items
            .iter()
            .map(|w| {
                let c = self.expr(&w.context_expr);
                let o = self.opt_expr(w.optional_vars.as_deref());
                self.node("withitem", vec![c, o], None)
            })
            .collect();
        self.list(v)
    }

    fn comprehensions(&mut self, gens: &[ast::Comprehension]) -> V {
        let v: Vec<V> = gens
            .iter()
            .map(|g| {
                let t = self.expr(&g.target);
                let i = self.expr(&g.iter);
                let ifs = self.exprs(&g.ifs);
                self.node(
                    "comprehension",
                    vec![t, i, ifs, V::Int(g.is_async as i64)],
                    None,
                )
            })
            .collect();
        self.list(v)
    }

    /// An `if` with its `elif`/`else` clauses, as CPython's nested `If` nodes.
    fn if_chain(
        &mut self,
        test: &ast::Expr,
        body: &[ast::Stmt],
        clauses: &[ast::ElifElseClause],
        range: TextRange,
    ) -> V {
        let t = self.expr(test);
        let b = self.body(body);
        let orelse = match clauses.split_first() {
            None => self.list(vec![]),
            Some((c, rest)) => match &c.test {
                None => self.body(&c.body),
                Some(t2) => {
                    let r = TextRange::new(c.range.start(), range.end());
                    let inner = self.if_chain(t2, &c.body, rest, r);
                    self.list(vec![inner])
                }
            },
        };
        self.node("If", vec![t, b, orelse], Some(range))
    }

    pub fn stmt(&mut self, s: &ast::Stmt) -> V {
        use ast::Stmt as S;
        let r = Some(s.range());
        match s {
            S::FunctionDef(f) => {
                let name = self.s(f.name.id.as_str());
                let args = self.arguments(Some(&f.parameters));
                let body = self.body(&f.body);
                let decs = self.decorators(&f.decorator_list);
                let ret = self.opt_expr(f.returns.as_deref());
                let cls = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                self.node(cls, vec![name, args, body, decs, ret, V::None], r)
            }
            S::ClassDef(c) => {
                let name = self.s(c.name.id.as_str());
                let (bases, kws) = match c.arguments.as_deref() {
                    Some(a) => (self.exprs(a.args.iter()), self.keywords(&a.keywords)),
                    None => (self.list(vec![]), self.list(vec![])),
                };
                let body = self.body(&c.body);
                let decs = self.decorators(&c.decorator_list);
                self.node("ClassDef", vec![name, bases, kws, body, decs], r)
            }
            S::Return(x) => {
                let v = self.opt_expr(x.value.as_deref());
                self.node("Return", vec![v], r)
            }
            S::Delete(d) => {
                let t = self.exprs(&d.targets);
                self.node("Delete", vec![t], r)
            }
            S::Assign(a) => {
                let t = self.exprs(&a.targets);
                let v = self.expr(&a.value);
                self.node("Assign", vec![t, v, V::None], r)
            }
            S::AugAssign(a) => {
                let t = self.expr(&a.target);
                let op = self.simple(&format!("{:?}", a.op));
                let v = self.expr(&a.value);
                self.node("AugAssign", vec![t, op, v], r)
            }
            S::AnnAssign(a) => {
                let t = self.expr(&a.target);
                let ann = self.expr(&a.annotation);
                let v = self.opt_expr(a.value.as_deref());
                self.node("AnnAssign", vec![t, ann, v, V::Int(a.simple as i64)], r)
            }
            S::For(f) => {
                let t = self.expr(&f.target);
                let i = self.expr(&f.iter);
                let b = self.body(&f.body);
                let o = self.body(&f.orelse);
                let cls = if f.is_async { "AsyncFor" } else { "For" };
                self.node(cls, vec![t, i, b, o, V::None], r)
            }
            S::While(w) => {
                let t = self.expr(&w.test);
                let b = self.body(&w.body);
                let o = self.body(&w.orelse);
                self.node("While", vec![t, b, o], r)
            }
            S::If(i) => self.if_chain(&i.test, &i.body, &i.elif_else_clauses, s.range()),
            S::With(w) => {
                let items = self.withitems(&w.items);
                let b = self.body(&w.body);
                let cls = if w.is_async { "AsyncWith" } else { "With" };
                self.node(cls, vec![items, b, V::None], r)
            }
            S::Match(m) => {
                let subj = self.expr(&m.subject);
                let cases: Vec<V> = m
                    .cases
                    .iter()
                    .map(|c| {
                        let p = self.pattern(&c.pattern);
                        let g = self.opt_expr(c.guard.as_deref());
                        let b = self.body(&c.body);
                        self.node("match_case", vec![p, g, b], None)
                    })
                    .collect();
                let cases = self.list(cases);
                self.node("Match", vec![subj, cases], r)
            }
            S::Raise(x) => {
                let e = self.opt_expr(x.exc.as_deref());
                let c = self.opt_expr(x.cause.as_deref());
                self.node("Raise", vec![e, c], r)
            }
            S::Try(t) => {
                let b = self.body(&t.body);
                let hs: Vec<V> = t
                    .handlers
                    .iter()
                    .map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        let ty = self.opt_expr(h.type_.as_deref());
                        let n = self.opt_id(&h.name);
                        let b = self.body(&h.body);
                        self.node("ExceptHandler", vec![ty, n, b], Some(h.range))
                    })
                    .collect();
                let hs = self.list(hs);
                let o = self.body(&t.orelse);
                let f = self.body(&t.finalbody);
                let cls = if t.is_star { "TryStar" } else { "Try" };
                self.node(cls, vec![b, hs, o, f], r)
            }
            S::Assert(a) => {
                let t = self.expr(&a.test);
                let m = self.opt_expr(a.msg.as_deref());
                self.node("Assert", vec![t, m], r)
            }
            S::Import(i) => {
                let n = self.aliases(&i.names);
                self.node("Import", vec![n], r)
            }
            S::ImportFrom(i) => {
                let m = self.opt_id(&i.module);
                let n = self.aliases(&i.names);
                self.node("ImportFrom", vec![m, n, V::Int(i.level as i64)], r)
            }
            S::Global(g) => {
                let n = self.ids(&g.names);
                self.node("Global", vec![n], r)
            }
            S::Nonlocal(g) => {
                let n = self.ids(&g.names);
                self.node("Nonlocal", vec![n], r)
            }
            S::Expr(e) => {
                let v = self.expr(&e.value);
                self.node("Expr", vec![v], r)
            }
            S::Pass(_) => self.node("Pass", vec![], r),
            S::Break(_) => self.node("Break", vec![], r),
            S::Continue(_) => self.node("Continue", vec![], r),
            S::TypeAlias(_) | S::IpyEscapeCommand(_) => self.node("Pass", vec![], r),
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) -> V {
        use ast::Pattern as P;
        let r = Some(p.range());
        match p {
            P::MatchValue(m) => {
                let v = self.expr(&m.value);
                self.node("MatchValue", vec![v], r)
            }
            P::MatchSingleton(m) => {
                let v = match m.value {
                    ast::Singleton::None => V::None,
                    ast::Singleton::True => V::Bool(true),
                    ast::Singleton::False => V::Bool(false),
                };
                self.node("MatchSingleton", vec![v], r)
            }
            P::MatchSequence(m) => {
                let ps: Vec<V> = m.patterns.iter().map(|p| self.pattern(p)).collect();
                let ps = self.list(ps);
                self.node("MatchSequence", vec![ps], r)
            }
            P::MatchMapping(m) => {
                let ks = self.exprs(&m.keys);
                let ps: Vec<V> = m.patterns.iter().map(|p| self.pattern(p)).collect();
                let ps = self.list(ps);
                let rest = self.opt_id(&m.rest);
                self.node("MatchMapping", vec![ks, ps, rest], r)
            }
            P::MatchClass(m) => {
                let c = self.expr(&m.cls);
                let ps: Vec<V> = m
                    .arguments
                    .patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect();
                let ps = self.list(ps);
                let ka: Vec<V> = m
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| self.s(k.attr.id.as_str()))
                    .collect();
                let ka = self.list(ka);
                let kp: Vec<V> = m
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| self.pattern(&k.pattern))
                    .collect();
                let kp = self.list(kp);
                self.node("MatchClass", vec![c, ps, ka, kp], r)
            }
            P::MatchStar(m) => {
                let n = self.opt_id(&m.name);
                self.node("MatchStar", vec![n], r)
            }
            P::MatchAs(m) => {
                let p = match &m.pattern {
                    Some(p) => self.pattern(p),
                    None => V::None,
                };
                let n = self.opt_id(&m.name);
                self.node("MatchAs", vec![p, n], r)
            }
            P::MatchOr(m) => {
                let ps: Vec<V> = m.patterns.iter().map(|p| self.pattern(p)).collect();
                let ps = self.list(ps);
                self.node("MatchOr", vec![ps], r)
            }
        }
    }

    fn constant(&mut self, v: V, kind: V, r: Option<TextRange>) -> V {
        self.node("Constant", vec![v, kind], r)
    }

    /// The pieces of an f-string as `JoinedStr` values: merged literal constants and
    /// `FormattedValue`s.
    fn fstring_values(&mut self, f: &ast::ExprFString) -> V {
        let mut out: Vec<V> = Vec::new();
        let mut lit = String::new();
        let range = Some(f.range);
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => lit.push_str(&l.value),
                ast::FStringPart::FString(fs) => {
                    self.elements(&fs.elements, &mut lit, &mut out, range)
                }
            }
        }
        self.flush_lit(&mut lit, &mut out, range);
        self.list(out)
    }

    fn flush_lit(&mut self, lit: &mut String, out: &mut Vec<V>, r: Option<TextRange>) {
        if !lit.is_empty() {
            let s = self.s(lit);
            let c = self.constant(s, V::None, r);
            out.push(c);
            lit.clear();
        }
    }

    fn elements(
        &mut self,
        els: &ast::InterpolatedStringElements,
        lit: &mut String,
        out: &mut Vec<V>,
        r: Option<TextRange>,
    ) {
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => lit.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(d) = &i.debug_text {
                        lit.push_str(d.as_str());
                    }
                    self.flush_lit(lit, out, r);
                    let v = self.expr(&i.expression);
                    let mut conv = i.conversion as i8 as i64;
                    if conv == -1 && i.debug_text.is_some() && i.format_spec.is_none() {
                        conv = b'r' as i64;
                    }
                    let spec = match &i.format_spec {
                        Some(fs) => {
                            let mut l2 = String::new();
                            let mut o2 = Vec::new();
                            self.elements(&fs.elements, &mut l2, &mut o2, r);
                            self.flush_lit(&mut l2, &mut o2, r);
                            let vals = self.list(o2);
                            self.node("JoinedStr", vec![vals], r)
                        }
                        None => V::None,
                    };
                    let fv = self.node("FormattedValue", vec![v, V::Int(conv), spec], r);
                    out.push(fv);
                }
            }
        }
    }

    pub fn expr(&mut self, e: &ast::Expr) -> V {
        use ast::Expr as E;
        let r = Some(e.range());
        match e {
            E::BoolOp(b) => {
                let op = self.simple(&format!("{:?}", b.op));
                let vs = self.exprs(&b.values);
                self.node("BoolOp", vec![op, vs], r)
            }
            E::Named(n) => {
                let t = self.expr(&n.target);
                let v = self.expr(&n.value);
                self.node("NamedExpr", vec![t, v], r)
            }
            E::BinOp(b) => {
                let l = self.expr(&b.left);
                let op = self.simple(&format!("{:?}", b.op));
                let rt = self.expr(&b.right);
                self.node("BinOp", vec![l, op, rt], r)
            }
            E::UnaryOp(u) => {
                let op = self.simple(&format!("{:?}", u.op));
                let o = self.expr(&u.operand);
                self.node("UnaryOp", vec![op, o], r)
            }
            E::Lambda(l) => {
                let a = self.arguments(l.parameters.as_deref());
                let b = self.expr(&l.body);
                self.node("Lambda", vec![a, b], r)
            }
            E::If(i) => {
                let t = self.expr(&i.test);
                let b = self.expr(&i.body);
                let o = self.expr(&i.orelse);
                self.node("IfExp", vec![t, b, o], r)
            }
            E::Dict(d) => {
                let ks: Vec<V> = d
                    .items
                    .iter()
                    .map(|i| self.opt_expr(i.key.as_ref()))
                    .collect();
                let vs: Vec<V> = d.items.iter().map(|i| self.expr(&i.value)).collect();
                let ks = self.list(ks);
                let vs = self.list(vs);
                self.node("Dict", vec![ks, vs], r)
            }
            E::Set(s) => {
                let el = self.exprs(&s.elts);
                self.node("Set", vec![el], r)
            }
            E::ListComp(c) => {
                let el = self.expr(&c.elt);
                let g = self.comprehensions(&c.generators);
                self.node("ListComp", vec![el, g], r)
            }
            E::SetComp(c) => {
                let el = self.expr(&c.elt);
                let g = self.comprehensions(&c.generators);
                self.node("SetComp", vec![el, g], r)
            }
            E::DictComp(c) => {
                let k = self.opt_expr(c.key.as_deref());
                let v = self.expr(&c.value);
                let g = self.comprehensions(&c.generators);
                self.node("DictComp", vec![k, v, g], r)
            }
            E::Generator(c) => {
                let el = self.expr(&c.elt);
                let g = self.comprehensions(&c.generators);
                self.node("GeneratorExp", vec![el, g], r)
            }
            E::Await(a) => {
                let v = self.expr(&a.value);
                self.node("Await", vec![v], r)
            }
            E::Yield(y) => {
                let v = self.opt_expr(y.value.as_deref());
                self.node("Yield", vec![v], r)
            }
            E::YieldFrom(y) => {
                let v = self.expr(&y.value);
                self.node("YieldFrom", vec![v], r)
            }
            E::Compare(c) => {
                let l = self.expr(&c.left);
                let ops: Vec<V> = c
                    .ops
                    .iter()
                    .map(|o| self.simple(&format!("{o:?}")))
                    .collect();
                let ops = self.list(ops);
                let cs = self.exprs(c.comparators.iter());
                self.node("Compare", vec![l, ops, cs], r)
            }
            E::Call(c) => {
                let f = self.expr(&c.func);
                let a = self.exprs(c.arguments.args.iter());
                let k = self.keywords(&c.arguments.keywords);
                self.node("Call", vec![f, a, k], r)
            }
            E::FString(f) => {
                let vals = self.fstring_values(f);
                self.node("JoinedStr", vec![vals], r)
            }
            E::StringLiteral(s) => {
                let v = self.s(s.value.to_str());
                let kind = if s.value.is_unicode() {
                    self.s("u")
                } else {
                    V::None
                };
                self.constant(v, kind, r)
            }
            E::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let v = self.vm.new_bytes(bytes);
                self.constant(v, V::None, r)
            }
            E::NumberLiteral(n) => {
                let c = number_const(&n.value);
                let v = self.vm.const_value(&c);
                self.constant(v, V::None, r)
            }
            E::BooleanLiteral(b) => self.constant(V::Bool(b.value), V::None, r),
            E::NoneLiteral(_) => self.constant(V::None, V::None, r),
            E::EllipsisLiteral(_) => {
                let v = self.s("...");
                let k = self.s("__ellipsis__");
                self.node("Constant", vec![v, k], r)
            }
            E::Attribute(a) => {
                let v = self.expr(&a.value);
                let at = self.s(a.attr.id.as_str());
                let c = self.ctx(a.ctx);
                self.node("Attribute", vec![v, at, c], r)
            }
            E::Subscript(s) => {
                let v = self.expr(&s.value);
                let sl = self.expr(&s.slice);
                let c = self.ctx(s.ctx);
                self.node("Subscript", vec![v, sl, c], r)
            }
            E::Starred(s) => {
                let v = self.expr(&s.value);
                let c = self.ctx(s.ctx);
                self.node("Starred", vec![v, c], r)
            }
            E::Name(n) => {
                let id = self.s(n.id.as_str());
                let c = self.ctx(n.ctx);
                self.node("Name", vec![id, c], r)
            }
            E::List(l) => {
                let el = self.exprs(&l.elts);
                let c = self.ctx(l.ctx);
                self.node("List", vec![el, c], r)
            }
            E::Tuple(t) => {
                let el = self.exprs(&t.elts);
                let c = self.ctx(t.ctx);
                self.node("Tuple", vec![el, c], r)
            }
            E::Slice(s) => {
                let l = self.opt_expr(s.lower.as_deref());
                let u = self.opt_expr(s.upper.as_deref());
                let st = self.opt_expr(s.step.as_deref());
                self.node("Slice", vec![l, u, st], r)
            }
            E::TString(_) | E::IpyEscapeCommand(_) => self.constant(V::None, V::None, r),
        }
    }
}
