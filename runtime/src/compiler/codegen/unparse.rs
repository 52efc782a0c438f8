//! Expressions back to source text (= CPython 3.11's `ast_unparse.c`), for annotations under
//! `from __future__ import annotations`, which are stored as strings.
//!
//! The output is CPython's: canonical spacing (`Dict[str, int]`, `a | b`), parentheses only
//! where precedence needs them, constants by `repr` (an infinite float as `1e309`), f-strings
//! rebuilt and re-quoted.

use crate::bytecode::Const;
use crate::compiler::front::{ast, number_const, Ranged, SourceMap};

/// Precedence levels, lowest first (= `enum { PR_TUPLE, PR_TEST, ... }`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The source text CPython stores for an annotation.
pub(crate) fn annotation_text(map: &SourceMap<'_>, e: &ast::Expr) -> String {
    let mut u = Unparser {
        map,
        out: String::new(),
    };
    u.expr(e, TEST);
    u.out
}

struct Unparser<'m, 's> {
    map: &'m SourceMap<'s>,
    out: String,
}

impl Unparser<'_, '_> {
    fn s(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    fn list(&mut self, items: &[ast::Expr], level: u8) {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(x, level);
        }
    }

    fn source(&mut self, e: &ast::Expr) {
        let r = e.range();
        let text = self
            .map
            .source()
            .get(u32::from(r.start()) as usize..u32::from(r.end()) as usize)
            .unwrap_or("");
        self.out.push_str(text);
    }

    fn constant(&mut self, c: &Const) {
        let inf = |x: f64, s: &mut String| {
            if x.is_infinite() {
                s.push_str(if x > 0.0 { "1e309" } else { "-1e309" });
            } else {
                s.push_str(&crate::numtext::float_repr(x));
            }
        };
        match c {
            Const::Float(f) => inf(*f, &mut self.out),
            Const::Complex { real, imag } if real.is_infinite() || imag.is_infinite() => {
                // CPython writes the parts with 1e309 in place of inf.
                self.s("(");
                inf(*real, &mut self.out);
                self.s(if *imag < 0.0 { "-" } else { "+" });
                inf(imag.abs(), &mut self.out);
                self.s("j)");
            }
            other => self.out.push_str(&crate::bytecode::dis::const_repr(other)),
        }
    }

    fn expr(&mut self, e: &ast::Expr, level: u8) {
        use ast::Expr as E;
        match e {
            E::BoolOp(b) => {
                let (op, pr) = match b.op {
                    ast::BoolOp::And => (" and ", AND),
                    ast::BoolOp::Or => (" or ", OR),
                };
                self.open(level > pr);
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        self.s(op);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level > pr);
            }
            E::BinOp(b) => {
                use ast::Operator as O;
                let (op, pr) = match b.op {
                    O::Add => (" + ", ARITH),
                    O::Sub => (" - ", ARITH),
                    O::Mult => (" * ", TERM),
                    O::MatMult => (" @ ", TERM),
                    O::Div => (" / ", TERM),
                    O::Mod => (" % ", TERM),
                    O::FloorDiv => (" // ", TERM),
                    O::LShift => (" << ", SHIFT),
                    O::RShift => (" >> ", SHIFT),
                    O::BitOr => (" | ", BOR),
                    O::BitXor => (" ^ ", BXOR),
                    O::BitAnd => (" & ", BAND),
                    O::Pow => (" ** ", POWER),
                };
                let rassoc = u8::from(b.op == O::Pow);
                self.open(level > pr);
                self.expr(&b.left, pr + rassoc);
                self.s(op);
                self.expr(&b.right, pr + 1 - rassoc);
                self.close(level > pr);
            }
            E::UnaryOp(u) => {
                let (op, pr) = match u.op {
                    ast::UnaryOp::Invert => ("~", FACTOR),
                    ast::UnaryOp::Not => ("not ", NOT),
                    ast::UnaryOp::UAdd => ("+", FACTOR),
                    ast::UnaryOp::USub => ("-", FACTOR),
                };
                self.open(level > pr);
                self.s(op);
                self.expr(&u.operand, pr);
                self.close(level > pr);
            }
            E::Lambda(l) => {
                self.open(level > TEST);
                match l.parameters.as_deref().filter(|p| !p.is_empty()) {
                    Some(p) => {
                        self.s("lambda ");
                        self.parameters(p);
                        self.s(": ");
                    }
                    None => self.s("lambda: "),
                }
                self.expr(&l.body, TEST);
                self.close(level > TEST);
            }
            E::If(i) => {
                self.open(level > TEST);
                self.expr(&i.body, TEST + 1);
                self.s(" if ");
                self.expr(&i.test, TEST + 1);
                self.s(" else ");
                self.expr(&i.orelse, TEST);
                self.close(level > TEST);
            }
            E::Dict(d) => {
                self.s("{");
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, TEST);
                            self.s(": ");
                            self.expr(&item.value, TEST);
                        }
                        None => {
                            self.s("**");
                            self.expr(&item.value, BOR);
                        }
                    }
                }
                self.s("}");
            }
            E::Set(s) => {
                self.s("{");
                self.list(&s.elts, TEST);
                self.s("}");
            }
            E::ListComp(c) => self.comprehension("[", &c.elt, None, &c.generators, "]"),
            E::SetComp(c) => self.comprehension("{", &c.elt, None, &c.generators, "}"),
            E::DictComp(c) => match &c.key {
                Some(k) => self.comprehension("{", k, Some(&c.value), &c.generators, "}"),
                None => self.source(e),
            },
            E::Generator(g) => self.comprehension("(", &g.elt, None, &g.generators, ")"),
            E::Await(a) => {
                self.open(level > AWAIT);
                self.s("await ");
                self.expr(&a.value, ATOM);
                self.close(level > AWAIT);
            }
            E::Yield(y) => match &y.value {
                Some(v) => {
                    self.s("(yield ");
                    self.expr(v, TEST);
                    self.s(")");
                }
                None => self.s("(yield)"),
            },
            E::YieldFrom(y) => {
                self.s("(yield from ");
                self.expr(&y.value, TEST);
                self.s(")");
            }
            E::Compare(c) => {
                self.open(level > CMP);
                self.expr(&c.left, CMP + 1);
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    use ast::CmpOp as C;
                    self.s(match op {
                        C::Eq => " == ",
                        C::NotEq => " != ",
                        C::Lt => " < ",
                        C::LtE => " <= ",
                        C::Gt => " > ",
                        C::GtE => " >= ",
                        C::Is => " is ",
                        C::IsNot => " is not ",
                        C::In => " in ",
                        C::NotIn => " not in ",
                    });
                    self.expr(right, CMP + 1);
                }
                self.close(level > CMP);
            }
            E::Call(c) => {
                self.expr(&c.func, ATOM);
                let args = &c.arguments;
                if let ([ast::Expr::Generator(g)], true) =
                    (&args.args[..], args.keywords.is_empty())
                {
                    // `f(x for x in y)`: the generator's parentheses are the call's.
                    self.comprehension("(", &g.elt, None, &g.generators, ")");
                    return;
                }
                self.s("(");
                let mut first = true;
                for a in args.args.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    self.expr(a, TEST);
                }
                for k in args.keywords.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(name) => {
                            self.s(name);
                            self.s("=");
                            self.expr(&k.value, TEST);
                        }
                        None => {
                            self.s("**");
                            self.expr(&k.value, BOR);
                        }
                    }
                }
                self.s(")");
            }
            E::FString(f) => {
                let mut body = String::new();
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            body.push_str(&l.value.replace('{', "{{").replace('}', "}}"))
                        }
                        ast::FStringPart::FString(fs) => self.fstring_body(&fs.elements, &mut body),
                    }
                }
                self.s("f");
                self.s(&crate::strlib::str_repr(&body));
            }
            E::TString(_) | E::IpyEscapeCommand(_) => self.source(e),
            E::StringLiteral(s) => self.constant(&Const::Str(s.value.to_str().into())),
            E::BytesLiteral(b) => {
                self.constant(&Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into()))
            }
            E::NumberLiteral(n) => self.constant(&number_const(&n.value)),
            E::BooleanLiteral(b) => self.s(if b.value { "True" } else { "False" }),
            E::NoneLiteral(_) => self.s("None"),
            E::EllipsisLiteral(_) => self.s("..."),
            E::Attribute(a) => {
                self.expr(&a.value, ATOM);
                // `1 .real`: a space keeps an int literal from swallowing the dot.
                let int_value = matches!(&*a.value, E::NumberLiteral(n) if matches!(n.value, ast::Number::Int(_)));
                self.s(if int_value { " ." } else { "." });
                self.s(&a.attr);
            }
            E::Subscript(s) => {
                self.expr(&s.value, ATOM);
                self.s("[");
                self.expr(&s.slice, TUPLE);
                self.s("]");
            }
            E::Starred(s) => {
                self.s("*");
                self.expr(&s.value, BOR);
            }
            E::Name(n) => self.s(&n.id),
            E::List(l) => {
                self.s("[");
                self.list(&l.elts, TEST);
                self.s("]");
            }
            E::Tuple(t) => {
                if t.elts.is_empty() {
                    self.s("()");
                    return;
                }
                self.open(level > TUPLE);
                self.list(&t.elts, TEST);
                if t.elts.len() == 1 {
                    self.s(",");
                }
                self.close(level > TUPLE);
            }
            E::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.expr(x, TEST);
                }
                self.s(":");
                if let Some(x) = &s.upper {
                    self.expr(x, TEST);
                }
                if let Some(x) = &s.step {
                    self.s(":");
                    self.expr(x, TEST);
                }
            }
            E::Named(n) => {
                self.open(level > TUPLE);
                self.expr(&n.target, ATOM);
                self.s(" := ");
                self.expr(&n.value, ATOM);
                self.close(level > TUPLE);
            }
        }
    }

    /// The text between an f-string's quotes (= `build_fstring_body`): literal text with
    /// braces doubled, replacement fields re-unparsed.
    fn fstring_body(&mut self, elements: &ast::InterpolatedStringElements, body: &mut String) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    body.push_str(&l.value.replace('{', "{{").replace('}', "}}"));
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = i.conversion;
                    if let Some(d) = &i.debug_text {
                        // `{x=}` is text `x=` and a field, as CPython's parser expands it.
                        body.push_str(&d.as_str().replace('{', "{{").replace('}', "}}"));
                        if conv == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conv = ast::ConversionFlag::Repr;
                        }
                    }
                    let saved = std::mem::take(&mut self.out);
                    self.expr(&i.expression, TEST + 1);
                    let value = std::mem::replace(&mut self.out, saved);
                    body.push_str(if value.starts_with('{') { "{ " } else { "{" });
                    body.push_str(&value);
                    match conv {
                        ast::ConversionFlag::Str => body.push_str("!s"),
                        ast::ConversionFlag::Repr => body.push_str("!r"),
                        ast::ConversionFlag::Ascii => body.push_str("!a"),
                        ast::ConversionFlag::None => {}
                    }
                    if let Some(spec) = &i.format_spec {
                        body.push(':');
                        self.fstring_body(&spec.elements, body);
                    }
                    body.push('}');
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        open: &str,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        generators: &[ast::Comprehension],
        close: &str,
    ) {
        self.s(open);
        self.expr(elt, TEST);
        if let Some(v) = value {
            self.s(": ");
            self.expr(v, TEST);
        }
        for g in generators {
            self.s(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, TUPLE);
            self.s(" in ");
            self.expr(&g.iter, TEST + 1);
            for cond in &g.ifs {
                self.s(" if ");
                self.expr(cond, TEST + 1);
            }
        }
        self.s(close);
    }

    fn parameters(&mut self, p: &ast::Parameters) {
        let mut first = true;
        let mut sep = |u: &mut Self| {
            if !first {
                u.s(", ");
            }
            first = false;
        };
        let npos = p.posonlyargs.len();
        for (i, a) in p.posonlyargs.iter().chain(&p.args).enumerate() {
            sep(self);
            self.s(&a.parameter.name);
            if let Some(d) = &a.default {
                self.s("=");
                self.expr(d, TEST);
            }
            if i + 1 == npos {
                self.s(", /");
            }
        }
        if p.vararg.is_some() || !p.kwonlyargs.is_empty() {
            sep(self);
            self.s("*");
            if let Some(v) = &p.vararg {
                self.s(&v.name);
            }
        }
        for a in &p.kwonlyargs {
            sep(self);
            self.s(&a.parameter.name);
            if let Some(d) = &a.default {
                self.s("=");
                self.expr(d, TEST);
            }
        }
        if let Some(k) = &p.kwarg {
            sep(self);
            self.s("**");
            self.s(&k.name);
        }
    }
}
