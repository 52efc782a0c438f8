//! Constant folding (= CPython 3.11's `ast_opt.c`, applied lazily): literals, tuples of
//! constants, unary and binary operators on constants (with CPython's size limits), constant
//! subscripts, and the `in <list/set display>` / `for x in <list display>` rewrites.
//!
//! Only folds whose result is certain are done: an operation that would raise, or whose
//! result depends on float subtleties Heron does not reproduce here (float `**`, float `%`
//! with negative zero, big-int true division), is left to run time, as CPython leaves
//! operations that raise. Results are cached per node.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::peephole::const_truth;
use super::Compiler;
use crate::bytecode::Const;
use crate::compiler::front::{ast, number_const, Ranged};

/// CPython's limits on folded values.
const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// A number during folding.
#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num_of(c: &Const) -> Option<Num> {
    Some(match c {
        Const::Bool(b) => Num::Int(BigInt::from(i64::from(*b))),
        Const::Int(i) => Num::Int(BigInt::from(*i)),
        Const::BigInt(b) => Num::Int(b.clone()),
        Const::Float(f) => Num::Float(*f),
        Const::Complex { real, imag } => Num::Complex(*real, *imag),
        _ => return None,
    })
}

fn int_const(v: BigInt) -> Const {
    match v.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(v),
    }
}

fn num_const(n: Num) -> Option<Const> {
    Some(match n {
        Num::Int(i) => int_const(i),
        Num::Float(f) => Const::Float(f),
        Num::Complex(real, imag) => Const::Complex { real, imag },
    })
}

/// An int as a float, correctly rounded (`num-bigint` rounds half to even, as `float(int)`);
/// None where Python raises OverflowError.
fn int_to_float(i: &BigInt) -> Option<f64> {
    i.to_f64().filter(|f| f.is_finite())
}

/// An int that converts to a float exactly.
fn exact_float(i: &BigInt) -> Option<f64> {
    let v = i.to_i64()?;
    if v.unsigned_abs() <= 1 << 53 {
        Some(v as f64)
    } else {
        None
    }
}

fn as_float(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_float(i),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

/// `x / y` on ints, correctly rounded (= `long_true_divide`); None where Python raises
/// (division by zero, a result too large for a float) or the result would be subnormal.
fn int_true_div(x: &BigInt, y: &BigInt) -> Option<f64> {
    if y.is_zero() {
        return None;
    }
    if let (Some(a), Some(b)) = (exact_float(x), exact_float(y)) {
        return Some(a / b);
    }
    let negative = x.is_negative() != y.is_negative();
    let (n, d) = (x.magnitude(), y.magnitude());
    let signed = |v: f64| if negative { -v } else { v };
    if n.is_zero() {
        return Some(signed(0.0));
    }
    // q = floor(n * 2^k / d) with 55 or 56 bits: 53 for the result, the rest for rounding.
    let k = 55 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if k >= 0 {
        (n << k as u64, d.clone())
    } else {
        (n.clone(), d << (-k) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let qbits = q.bits() as i64;
    let exp = qbits - k; // the quotient is in [2^(exp-1), 2^exp)
    if !(-1021..=1024).contains(&exp) {
        return None;
    }
    let drop = qbits - 53;
    let mut mant = (&q >> drop as u64).to_u64()?;
    let low = &q - (num_bigint::BigUint::from(mant) << drop as u64);
    let half = num_bigint::BigUint::from(1u8) << (drop - 1) as u64;
    if low > half || (low == half && (!r.is_zero() || mant & 1 == 1)) {
        mant += 1;
    }
    let v = mant as f64 * 2f64.powi((drop - k) as i32);
    v.is_finite().then(|| signed(v))
}

type Complex = (f64, f64);

/// = `_Py_c_prod`.
fn c_prod(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// = `_Py_c_quot` (Smith's algorithm); None for a zero divisor.
fn c_quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        None
    }
}

/// = `complex_pow`: repeated multiplication for small integral exponents (`c_powi`), else
/// `_Py_c_pow`. None where Python raises.
fn c_pow(a: Complex, b: Complex) -> Option<Complex> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |mut n: i64| {
            let (mut r, mut p) = ((1.0, 0.0), a);
            while n > 0 {
                if n & 1 == 1 {
                    r = c_prod(r, p);
                }
                n >>= 1;
                p = c_prod(p, p);
            }
            r
        };
        return if n > 0 {
            Some(powu(n))
        } else {
            c_quot((1.0, 0.0), powu(-n))
        };
    }
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        return if b.1 != 0.0 || b.0 < 0.0 {
            None
        } else {
            Some((0.0, 0.0))
        };
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `x ** y` for a negative float base and a non-integral exponent: a complex number
/// (= `float_pow` deferring to `complex_pow`).
fn negative_base_pow(x: f64, y: f64) -> Option<Complex> {
    let r = c_pow((x, 0.0), (y, 0.0))?;
    (!r.0.is_infinite() && !r.1.is_infinite()).then_some(r)
}

/// `x ** y` on floats (= `float_pow`), when it neither raises nor returns a complex number.
fn float_pow(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return Some(1.0);
    }
    if !x.is_finite() || !y.is_finite() {
        return None;
    }
    if x == 0.0 && y < 0.0 {
        return None; // ZeroDivisionError
    }
    if x < 0.0 && y.fract() != 0.0 {
        return None; // a complex result
    }
    let r = x.powf(y);
    r.is_finite().then_some(r) // else OverflowError
}

fn as_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => as_float(other).map(|f| (f, 0.0)),
    }
}

/// Python's float floor division and modulo (= `float_divmod`).
fn float_divmod(x: f64, y: f64) -> Option<(f64, f64)> {
    if y == 0.0 {
        return None;
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    Some((floordiv, m))
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

/// A binary operation on two numbers, if it certainly succeeds.
fn num_binop(op: ast::Operator, a: Num, b: Num) -> Option<Num> {
    use ast::Operator as O;
    if let (Num::Int(x), Num::Int(y)) = (&a, &b) {
        return Some(Num::Int(match op {
            O::Add => x + y,
            O::Sub => x - y,
            O::Mult => {
                if !x.is_zero() && !y.is_zero() && bits(x) + bits(y) > MAX_INT_BITS {
                    return None;
                }
                x * y
            }
            O::FloorDiv => {
                if y.is_zero() {
                    return None;
                }
                x.div_floor(y)
            }
            O::Mod => {
                if y.is_zero() {
                    return None;
                }
                x.mod_floor(y)
            }
            O::Pow => {
                if y.is_negative() {
                    // A negative exponent gives a float (= `long_pow` deferring to `float_pow`).
                    return float_pow(int_to_float(x)?, int_to_float(y)?).map(Num::Float);
                }
                let e = y.to_u64()?;
                if !x.is_zero() && e > 0 && bits(x) > MAX_INT_BITS / e {
                    return None;
                }
                num_traits::pow::Pow::pow(x, e)
            }
            O::LShift => {
                if y.is_negative() {
                    return None;
                }
                if !x.is_zero() {
                    let w = y.to_u64()?;
                    if w > MAX_INT_BITS || bits(x) > MAX_INT_BITS - w {
                        return None;
                    }
                    x << w
                } else {
                    BigInt::zero()
                }
            }
            O::RShift => {
                if y.is_negative() {
                    return None;
                }
                match y.to_u64() {
                    Some(w) if w < 1 << 20 => x >> w,
                    _ => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            O::BitOr => x | y,
            O::BitXor => x ^ y,
            O::BitAnd => x & y,
            O::Div => return int_true_div(x, y).map(Num::Float),
            O::MatMult => return None,
        }));
    }
    if matches!(a, Num::Complex(..)) || matches!(b, Num::Complex(..)) {
        let (x, y) = (as_complex(&a)?, as_complex(&b)?);
        let r = match op {
            O::Add => (x.0 + y.0, x.1 + y.1),
            O::Sub => (x.0 - y.0, x.1 - y.1),
            O::Mult => c_prod(x, y),
            O::Div => c_quot(x, y)?,
            // An infinite power is an OverflowError; other operations just overflow.
            O::Pow => c_pow(x, y).filter(|r| !r.0.is_infinite() && !r.1.is_infinite())?,
            _ => return None,
        };
        return Some(Num::Complex(r.0, r.1));
    }
    let (x, y) = (as_float(&a)?, as_float(&b)?);
    let r = match op {
        O::Add => x + y,
        O::Sub => x - y,
        O::Mult => x * y,
        O::Div => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        O::FloorDiv => float_divmod(x, y)?.0,
        O::Mod => float_divmod(x, y)?.1,
        O::Pow if x < 0.0 && y.is_finite() && y.fract() != 0.0 => {
            let (re, im) = negative_base_pow(x, y)?;
            return Some(Num::Complex(re, im));
        }
        O::Pow => float_pow(x, y)?,
        _ => return None,
    };
    Some(Num::Float(r))
}

/// Number of items, counting nested tuples (= `check_complexity`).
fn complexity(c: &Const) -> usize {
    match c {
        Const::Tuple(t) | Const::FrozenSet(t) => t.len() + t.iter().map(complexity).sum::<usize>(),
        _ => 0,
    }
}

/// A repeat count for sequence * int, within CPython's limits for a sequence of `size`.
fn repeat_count(n: &Const, size: usize, limit: usize) -> Option<usize> {
    let n = match n {
        Const::Int(i) => *i,
        Const::Bool(b) => i64::from(*b),
        _ => return None,
    };
    if n < 0 {
        return Some(0);
    }
    let n = usize::try_from(n).ok()?;
    if size > 0 && n > limit / size {
        return None;
    }
    Some(n)
}

/// `a op b` on constants (= `fold_binop` with CPython's `safe_*` limits).
pub(crate) fn fold_binop(op: ast::Operator, a: &Const, b: &Const) -> Option<Const> {
    use ast::Operator as O;
    match (op, a, b) {
        (O::BitAnd, Const::Bool(x), Const::Bool(y)) => Some(Const::Bool(*x & *y)),
        (O::BitOr, Const::Bool(x), Const::Bool(y)) => Some(Const::Bool(*x | *y)),
        (O::BitXor, Const::Bool(x), Const::Bool(y)) => Some(Const::Bool(*x ^ *y)),
        (O::Add, Const::Str(x), Const::Str(y)) => Some(Const::Str(format!("{x}{y}").into())),
        (O::Add, Const::Bytes(x), Const::Bytes(y)) => {
            Some(Const::Bytes([&x[..], &y[..]].concat().into()))
        }
        (O::Add, Const::Tuple(x), Const::Tuple(y)) => Some(Const::Tuple(
            x.iter().chain(y.iter()).cloned().collect::<Vec<_>>().into(),
        )),
        (O::Mult, Const::Str(s), n) | (O::Mult, n, Const::Str(s)) if num_of(n).is_some() => {
            let k = repeat_count(n, s.chars().count(), MAX_STR_SIZE)?;
            Some(Const::Str(s.repeat(k).into()))
        }
        (O::Mult, Const::Bytes(s), n) | (O::Mult, n, Const::Bytes(s)) if num_of(n).is_some() => {
            let k = repeat_count(n, s.len(), MAX_STR_SIZE)?;
            Some(Const::Bytes(s.repeat(k).into()))
        }
        (O::Mult, Const::Tuple(t), n) | (O::Mult, n, Const::Tuple(t)) if num_of(n).is_some() => {
            let k = repeat_count(n, t.len(), MAX_COLLECTION_SIZE)?;
            if k > 0 && complexity(&Const::Tuple(t.clone())) > MAX_TOTAL_ITEMS / k {
                return None;
            }
            let items: Vec<Const> = (0..k).flat_map(|_| t.iter().cloned()).collect();
            Some(Const::Tuple(items.into()))
        }
        _ => num_const(num_binop(op, num_of(a)?, num_of(b)?)?),
    }
}

/// `op a` on a constant (= `fold_unaryop`).
pub(crate) fn fold_unaryop(op: ast::UnaryOp, a: &Const) -> Option<Const> {
    use ast::UnaryOp as U;
    if op == U::Not {
        return const_truth(a).map(|t| Const::Bool(!t));
    }
    let n = num_of(a)?;
    let r = match (op, n) {
        (U::USub, Num::Int(i)) => Num::Int(-i),
        (U::USub, Num::Float(f)) => Num::Float(-f),
        (U::USub, Num::Complex(r, i)) => Num::Complex(-r, -i),
        (U::UAdd, n) => n,
        (U::Invert, Num::Int(i)) => Num::Int(!i),
        _ => return None,
    };
    num_const(r)
}

/// `a[b]` on constants (= `fold_subscr`), for str, bytes and tuples indexed by an int.
fn fold_subscr(a: &Const, b: &Const) -> Option<Const> {
    let i = match b {
        Const::Int(i) => *i,
        Const::Bool(v) => i64::from(*v),
        _ => return None,
    };
    let index = |len: usize| -> Option<usize> {
        let len = i64::try_from(len).ok()?;
        let j = if i < 0 { i + len } else { i };
        if (0..len).contains(&j) {
            usize::try_from(j).ok()
        } else {
            None
        }
    };
    match a {
        Const::Str(s) => {
            let n = s.chars().count();
            let j = index(n)?;
            s.chars().nth(j).map(|c| Const::Str(c.to_string().into()))
        }
        Const::Bytes(bs) => Some(Const::Int(i64::from(bs[index(bs.len())?]))),
        Const::Tuple(t) => Some(t[index(t.len())?].clone()),
        _ => None,
    }
}

/// Python equality between constants (for frozenset de-duplication).
fn py_eq(a: &Const, b: &Const) -> bool {
    match (num_of(a), num_of(b)) {
        (Some(x), Some(y)) => match (x, y) {
            (Num::Int(p), Num::Int(q)) => p == q,
            (x, y) => match (as_complex(&x), as_complex(&y)) {
                (Some(p), Some(q)) => p == q,
                _ => false,
            },
        },
        _ => match (a, b) {
            (Const::Tuple(x), Const::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
            }
            (Const::FrozenSet(x), Const::FrozenSet(y)) => {
                x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
            }
            _ => a == b,
        },
    }
}

/// The distinct items of a set display, first occurrence kept (as `frozenset(tuple)`).
pub(crate) fn dedup_set(items: Vec<Const>) -> Vec<Const> {
    let mut out: Vec<Const> = Vec::with_capacity(items.len());
    for it in items {
        if !out.iter().any(|o| py_eq(o, &it)) {
            out.push(it);
        }
    }
    out
}

/// Whether a constant may be a set element (hashable).
fn hashable(c: &Const) -> bool {
    match c {
        Const::Tuple(t) => t.iter().all(hashable),
        _ => true,
    }
}

impl<'a> Compiler<'a> {
    /// The value of `e` if it is (or folds to) a constant.
    pub(crate) fn constant_of(&self, e: &ast::Expr) -> Option<Const> {
        let key = std::ptr::from_ref(e) as usize;
        if let Some(c) = self.fold_cache.borrow().get(&key) {
            return c.clone();
        }
        let v = self.fold(e);
        self.fold_cache.borrow_mut().insert(key, v.clone());
        v
    }

    fn fold(&self, e: &ast::Expr) -> Option<Const> {
        use ast::Expr as E;
        match e {
            E::NumberLiteral(n) => Some(number_const(&n.value)),
            E::StringLiteral(s) => Some(Const::Str(s.value.to_str().into())),
            E::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into())),
            E::BooleanLiteral(b) => Some(Const::Bool(b.value)),
            E::NoneLiteral(_) => Some(Const::None),
            // `__debug__` is True (Heron has no -O).
            E::Name(n) if n.ctx == ast::ExprContext::Load && n.id.as_str() == "__debug__" => {
                Some(Const::Bool(true))
            }
            E::EllipsisLiteral(_) => Some(Const::Ellipsis),
            E::Tuple(t) if t.ctx == ast::ExprContext::Load => {
                if t.elts.iter().any(|x| matches!(x, E::Starred(_))) {
                    return None;
                }
                let items: Option<Vec<Const>> =
                    t.elts.iter().map(|x| self.constant_of(x)).collect();
                items.map(|v| Const::Tuple(v.into()))
            }
            E::UnaryOp(u) => fold_unaryop(u.op, &self.constant_of(&u.operand)?),
            E::BinOp(b) => {
                let l = self.constant_of(&b.left)?;
                let r = self.constant_of(&b.right)?;
                fold_binop(b.op, &l, &r)
            }
            E::Subscript(s) if s.ctx == ast::ExprContext::Load => {
                fold_subscr(&self.constant_of(&s.value)?, &self.constant_of(&s.slice)?)
            }
            _ => None,
        }
    }

    /// = `fold_iter`: a list display iterated over (or tested with `in`) becomes a tuple, a
    /// set display of constants a frozenset. Returns the constant if the result is one.
    pub(crate) fn fold_in_operand(&self, e: &ast::Expr) -> Option<Const> {
        match e {
            ast::Expr::List(l) => {
                let items: Option<Vec<Const>> =
                    l.elts.iter().map(|x| self.constant_of(x)).collect();
                items.map(|v| Const::Tuple(v.into()))
            }
            ast::Expr::Set(s) => {
                let items: Option<Vec<Const>> =
                    s.elts.iter().map(|x| self.constant_of(x)).collect();
                let items = items?;
                if !items.iter().all(hashable) {
                    return None;
                }
                Some(Const::FrozenSet(Rc::from(dedup_set(items))))
            }
            _ => None,
        }
    }

    /// Compiles an iterable of `for`/comprehensions/`in`: list displays without `*` are built
    /// as tuples (= `fold_iter`).
    pub(crate) fn visit_iter(&mut self, e: &'a ast::Expr) -> super::CResult {
        if let Some(c) = self.fold_in_operand(e) {
            let saved = self.save_loc();
            self.set_loc(e.range());
            self.load_const(c);
            self.restore_loc(saved);
            return Ok(());
        }
        if let ast::Expr::List(l) = e {
            if !l.elts.iter().any(|x| matches!(x, ast::Expr::Starred(_)))
                && l.ctx == ast::ExprContext::Load
            {
                let saved = self.save_loc();
                self.set_loc(e.range());
                let r = self.starunpack(&l.elts, 0, super::expr::TUPLE);
                self.restore_loc(saved);
                return r;
            }
        }
        self.visit_expr(e)
    }
}
