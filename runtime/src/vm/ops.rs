//! The semantics layer for operators (= CPython's `abstract.c` and `object.c`): binary and
//! unary operators, rich comparison, truth, hashing and equality, with the dunder protocol
//! (reflected operands, subclass priority, `NotImplemented`). Built-in payloads are handled
//! natively; anything else goes through the type's special methods. The interpreter's
//! handlers and the JIT's slow-path helpers both call these functions.

use std::cmp::Ordering;

use crate::bytecode::opcodes::{binop, cmpop, BINARY_OP_NAMES, CMP_OP_NAMES};
use crate::object::{Payload, PyRef};
use crate::objects::dict::Probe;
use crate::objects::typeobj::{is_subtype, TF_CUSTOM_EQ};
use crate::value::Value;
use crate::vm::numeric::{as_float, as_int, hash_bigint, hash_f64, hash_i64, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// Dunder names of binary operators: (normal, reflected, in-place), by `binop` number.
pub const BINOP_DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// Dunder names of comparisons by `cmpop` number, and the reflected operator.
pub const CMP_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAPPED: [u32; 6] = [
    cmpop::GT,
    cmpop::GE,
    cmpop::EQ,
    cmpop::NE,
    cmpop::LT,
    cmpop::LE,
];

/// Result of an ordering comparison for operator `op`.
#[inline]
pub fn cmp_ord(o: Ordering, op: u32) -> bool {
    match op {
        cmpop::LT => o == Ordering::Less,
        cmpop::LE => o != Ordering::Greater,
        cmpop::EQ => o == Ordering::Equal,
        cmpop::NE => o != Ordering::Equal,
        cmpop::GT => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// Float comparison (NaN compares false except `!=`).
#[inline]
pub fn cmp_f64(x: f64, y: f64, op: u32) -> bool {
    match op {
        cmpop::LT => x < y,
        cmpop::LE => x <= y,
        cmpop::EQ => x == y,
        cmpop::NE => x != y,
        cmpop::GT => x > y,
        _ => x >= y,
    }
}

/// i64 operators that cannot fail except by overflow (None = take the slow path).
#[inline]
pub fn int_binop_fast(x: i64, y: i64, op: u32) -> Option<i64> {
    let op = if op >= binop::INPLACE {
        op - binop::INPLACE
    } else {
        op
    };
    match op {
        binop::ADD => x.checked_add(y),
        binop::SUBTRACT => x.checked_sub(y),
        binop::MULTIPLY => x.checked_mul(y),
        binop::AND => Some(x & y),
        binop::OR => Some(x | y),
        binop::XOR => Some(x ^ y),
        binop::FLOOR_DIVIDE if y != 0 => crate::vm::numeric::floordiv_i64(x, y),
        binop::REMAINDER if y != 0 => Some(crate::vm::numeric::mod_i64(x, y)),
        binop::RSHIFT if (0..64).contains(&y) => Some(x >> y),
        binop::LSHIFT if (0..63).contains(&y) && (x.unsigned_abs() < (1u64 << (63 - y))) => {
            Some(x << y)
        }
        _ => None,
    }
}

/// Float operators on inline floats or int/float mixes that need no error checks.
#[inline]
pub fn float_binop_fast(a: &Value, b: &Value, op: u32) -> Option<f64> {
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
        _ => return None,
    };
    let op = if op >= binop::INPLACE {
        op - binop::INPLACE
    } else {
        op
    };
    match op {
        binop::ADD => Some(x + y),
        binop::SUBTRACT => Some(x - y),
        binop::MULTIPLY => Some(x * y),
        binop::TRUE_DIVIDE if y != 0.0 => Some(x / y),
        binop::FLOOR_DIVIDE if y != 0.0 => Some(crate::vm::numeric::float_floordiv(x, y)),
        binop::REMAINDER if y != 0.0 => Some(crate::vm::numeric::float_mod(x, y)),
        _ => None,
    }
}

/// Equality that needs no Python code: Some(result) or None when `__eq__` must run.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y && (*y as i64) == *x)
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if PyRef::ptr_eq(x, y) {
                return Some(true);
            }
            let (tx, ty) = (x.type_data(), y.type_data());
            if tx.has_flag(TF_CUSTOM_EQ) || ty.has_flag(TF_CUSTOM_EQ) {
                return None;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
                (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
                (Payload::Int(s), Payload::Int(t)) => Some(s == t),
                (Payload::Str(_), _) | (_, Payload::Str(_)) if !tx.is_heap() && !ty.is_heap() => {
                    Some(matches!(
                        (&x.payload, &y.payload),
                        (Payload::Str(_), Payload::Str(_))
                    ))
                }
                _ => None,
            }
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
            Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) if !o.type_data().is_heap() => {
                Some(false)
            }
            _ => None,
        },
        _ => Some(false),
    }
}

fn opname(op: u32) -> &'static str {
    BINARY_OP_NAMES[op as usize]
}

impl Vm {
    // ---- truth ----

    /// `bool(v)` (= `PyObject_IsTrue`).
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undef => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => {
                if o.type_data().is_heap() {
                    if let Some(m) = self.lookup_special(v, "__bool__") {
                        let r = self.call(&m, Args::new(std::slice::from_ref(v)))?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => Err(self.type_error(&format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if let Some(m) = self.lookup_special(v, "__len__") {
                        let r = self.call(&m, Args::new(std::slice::from_ref(v)))?;
                        return Ok(self.len_result(&r)? != 0);
                    }
                }
                match &o.payload {
                    Payload::Str(s) => s.char_len() != 0,
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    Payload::Set(s) => !s.borrow().is_empty(),
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::ByteArray(b) => !b.borrow().is_empty(),
                    Payload::Int(b) => !num_traits::Zero::is_zero(b),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex { re, im } => *re != 0.0 || *im != 0.0,
                    Payload::Range { start, stop, step } => {
                        crate::objects::range::range_len(*start, *stop, *step) != 0
                    }
                    Payload::DictView { dict, .. } => match &dict.payload {
                        Payload::Dict(d) => !d.borrow().is_empty(),
                        _ => true,
                    },
                    _ => true,
                }
            }
        })
    }

    /// Validates a `__len__` result.
    pub fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match as_int(r) {
            Some(IntArg::Small(n)) if n >= 0 => Ok(n as usize),
            Some(IntArg::Small(_)) => Err(self.new_error(
                &self.exc.value_error.clone(),
                "__len__() should return >= 0",
            )),
            Some(IntArg::Big(_)) => Err(self.new_error(
                &self.exc.overflow_error.clone(),
                "cannot fit 'int' into an index-sized integer",
            )),
            None => Err(self.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }

    // ---- hashing and equality ----

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f5e_1000_u32 as i64,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_i64(*i),
            Value::Float(f) => hash_f64(*f, 0),
            Value::Undef => 0,
            Value::Obj(o) => {
                let td = o.type_data();
                if td.is_heap() || o.payload.is_instance() {
                    return self.hash_slow(v);
                }
                match &o.payload {
                    Payload::Str(s) => s.hash(),
                    Payload::Int(b) => hash_bigint(b),
                    Payload::Bytes(b) => crate::objects::str::hash_bytes(b),
                    Payload::Tuple(items) => {
                        let items = items.clone();
                        self.hash_tuple(&items)?
                    }
                    Payload::Float(f) => hash_f64(*f, 0),
                    Payload::Complex { re, im } => {
                        let h = hash_f64(*re, 0)
                            .wrapping_add(1000003i64.wrapping_mul(hash_f64(*im, 0)));
                        if h == -1 {
                            -2
                        } else {
                            h
                        }
                    }
                    Payload::Set(s)
                        if PyRef::ptr_eq(&o.type_ref(), &self.types.frozenset)
                            || self.is_instance_of(v, &self.types.frozenset.clone()) =>
                    {
                        crate::objects::set::frozenset_hash(&s.borrow())
                    }
                    Payload::Range { start, stop, step } => {
                        crate::objects::range_methods::range_hash(self, *start, *stop, *step)?
                    }
                    Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::ByteArray(_)
                    | Payload::Slice(_) => {
                        return Err(
                            self.type_error(&format!("unhashable type: '{}'", o.type_name()))
                        );
                    }
                    Payload::Method { .. } | Payload::Builtin(_) => {
                        return crate::objects::func_methods::method_hash(self, v)
                    }
                    // Module-defined types (weak references, memoryviews) may define
                    // `__hash__` in their namespace.
                    Payload::Native(_) => return self.hash_slow(v),
                    _ => identity_hash(o.addr()),
                }
            }
        })
    }

    fn hash_slow(&mut self, v: &Value) -> PyResult<i64> {
        let Value::Obj(o) = v else { unreachable!() };
        match self.lookup_special(v, "__hash__") {
            Some(Value::None) => {
                Err(self.type_error(&format!("unhashable type: '{}'", o.type_name())))
            }
            Some(m) if !self.is_builtin_of(&m, "object") => {
                let r = self.call(&m, Args::new(std::slice::from_ref(v)))?;
                match as_int(&r) {
                    Some(IntArg::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(IntArg::Big(b)) => Ok(hash_bigint(b)),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => match &o.payload {
                Payload::Object
                | Payload::Slots(_)
                | Payload::Exception(_)
                | Payload::Native(_) => Ok(identity_hash(o.addr())),
                _ => {
                    // A subclass of a built-in: hash like the built-in.
                    let base = self.builtin_base_value(v);
                    match base {
                        Some(b) => self.hash(&b),
                        None => Ok(identity_hash(o.addr())),
                    }
                }
            },
        }
    }

    /// CPython's tuple hash (xxHash-based, 3.8+).
    pub fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for it in items {
            let lane = self.hash(it)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, cmpop::EQ)?;
        self.is_true(&r)
    }

    // ---- binary operators ----

    /// `a op b` for a BINARY_OP argument (in-place forms included).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        let fast = match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                Some(self.int_binop(IntArg::Small(*x), IntArg::Small(*y), op)?)
            }
            (Value::Float(x), Value::Float(y)) => Some(self.float_binop(*x, *y, op)?),
            (Value::Float(x), Value::Int(y)) => Some(self.float_binop(*x, *y as f64, op)?),
            (Value::Int(x), Value::Float(y)) => Some(self.float_binop(*x as f64, *y, op)?),
            // Big ints (exact `int` objects) go straight to int arithmetic.
            _ => match (self.exact_int(a), self.exact_int(b)) {
                (Some(x), Some(y)) => Some(self.int_binop(x, y, op)?),
                _ => None,
            },
        };
        if let Some(r) = fast {
            if is_not_implemented(&r) {
                return Err(self.binop_type_error(a, b, op));
            }
            return Ok(r);
        }
        if op >= binop::INPLACE {
            let base = op - binop::INPLACE;
            if let Some(r) = self.inplace_op(a, b, base)? {
                return Ok(r);
            }
            let r = self.binary_op1(a, b, base)?;
            if is_not_implemented(&r) {
                return Err(self.binop_type_error(a, b, op));
            }
            return Ok(r);
        }
        let r = self.binary_op1(a, b, op)?;
        if is_not_implemented(&r) {
            return Err(self.binop_type_error(a, b, op));
        }
        Ok(r)
    }

    /// The TypeError of an operator no operand supports, from the operands' type names.
    pub fn unsupported_operands(&mut self, op: u32, a: &str, b: &str) -> crate::vm::PyErr {
        let sym = match op {
            binop::POWER => "** or pow()",
            _ if op == binop::POWER + binop::INPLACE => "**=",
            _ => opname(op),
        };
        self.type_error(&format!(
            "unsupported operand type(s) for {sym}: '{a}' and '{b}'"
        ))
    }

    /// The value of an exact `int` (no subclass, whose dunders could differ; no bool).
    #[inline]
    fn exact_int<'v>(&self, v: &'v Value) -> Option<IntArg<'v>> {
        match v {
            Value::Int(i) => Some(IntArg::Small(*i)),
            Value::Obj(o) if std::ptr::eq(o.ty(), &*self.types.int) => as_int(v),
            _ => None,
        }
    }

    fn binop_type_error(&mut self, a: &Value, b: &Value, op: u32) -> crate::vm::PyErr {
        if op == binop::POWER || op == binop::POWER + binop::INPLACE {
            let (ta, tb) = (self.type_name(a), self.type_name(b));
            return self.unsupported_operands(op, &ta, &tb);
        }
        if op == binop::ADD && a.as_str().is_some() && b.as_str().is_none() {
            return self.type_error(&format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op == binop::ADD {
            if let (Some(Payload::List(_)), false) =
                (a.payload(), matches!(b.payload(), Some(Payload::List(_))))
            {
                return self.type_error(&format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                ));
            }
            if let (Some(Payload::Tuple(_)), false) =
                (a.payload(), matches!(b.payload(), Some(Payload::Tuple(_))))
            {
                return self.type_error(&format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ));
            }
        }
        if op == binop::MULTIPLY {
            let seq = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(
                        Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)
                    )
                )
            };
            if (seq(a) && as_float(b).is_some())
                || (seq(b) && as_float(a).is_some())
                || (seq(a) && seq(b))
            {
                let other = if seq(a) { b } else { a };
                return self.type_error(&format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                ));
            }
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.unsupported_operands(op, &ta, &tb)
    }

    /// In-place operator: native in-place forms (`list +=`, `set |=`...) or `__i*__`.
    fn inplace_op(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = a {
            if o.type_data().is_heap() {
                if let Some(m) = self.lookup_special(a, BINOP_DUNDERS[op as usize].2) {
                    let r = self.call(&m, Args::new(&[a.clone(), b.clone()]))?;
                    if !is_not_implemented(&r) {
                        return Ok(Some(r));
                    }
                    return Ok(None);
                }
            }
            match (&o.payload, op) {
                (Payload::List(_), binop::ADD) => {
                    self.list_extend(a, b)?;
                    return Ok(Some(a.clone()));
                }
                (Payload::List(l), binop::MULTIPLY) => {
                    if let Some(IntArg::Small(n)) = as_int(b) {
                        crate::objects::list::repeat_in_place(self, l, n.max(0))?;
                        return Ok(Some(a.clone()));
                    }
                }
                (Payload::Set(_), binop::OR | binop::AND | binop::SUBTRACT | binop::XOR)
                    if !PyRef::ptr_eq(&o.type_ref(), &self.types.frozenset)
                        && matches!(b.payload(), Some(Payload::Set(_))) =>
                {
                    crate::objects::set::set_inplace(self, a, b, op)?;
                    return Ok(Some(a.clone()));
                }
                (Payload::Dict(_), binop::OR) => {
                    crate::objects::dictobj::dict_update_arg(self, o, b)?;
                    return Ok(Some(a.clone()));
                }
                (Payload::ByteArray(ba), binop::MULTIPLY) => {
                    if let Some(IntArg::Small(n)) = as_int(b) {
                        let v = ba.borrow().repeat(n.max(0) as usize);
                        *ba.borrow_mut() = v;
                        return Ok(Some(a.clone()));
                    }
                }
                (Payload::ByteArray(ba), binop::ADD) => {
                    if let Some(bytes) = crate::objects::bytes::as_bytes_like(b) {
                        ba.borrow_mut().extend_from_slice(&bytes);
                        return Ok(Some(a.clone()));
                    }
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// `a op b` without the in-place step: native for built-ins, else the dunder protocol.
    /// Returns NotImplemented when neither side supports it.
    pub fn binary_op1(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        // User classes and module-defined types (weak references...) compare through their
        // namespace's dunders; exact built-ins through `native_compare`.
        let heap = |v: &Value| matches!(v, Value::Obj(o) if o.type_data().is_heap() || matches!(o.payload, Payload::Native(_)));
        if !heap(a) && !heap(b) {
            return Ok(self
                .native_binop(a, b, op)?
                .unwrap_or_else(|| self.not_implemented()));
        }
        let (name, rname, _) = BINOP_DUNDERS[op as usize];
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let same = PyRef::ptr_eq(&ta, &tb);
        let subclass_first = !same && is_subtype(&tb, &ta);
        let fa = self.lookup_special(a, name);
        // The reflected method is looked up only when it may be called (lookups have no side
        // effects): first for a subclass on the right, else when the left one is missing or
        // gave NotImplemented.
        if subclass_first {
            if let Some(fb) = self.lookup_special(b, rname) {
                let r = self.call(&fb, Args::new(&[b.clone(), a.clone()]))?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
                if let Some(fa) = &fa {
                    return self.call(fa, Args::new(&[a.clone(), b.clone()]));
                }
                return Ok(self.not_implemented());
            }
        }
        if let Some(fa) = &fa {
            let r = self.call(fa, Args::new(&[a.clone(), b.clone()]))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !same && !subclass_first {
            if let Some(fb) = self.lookup_special(b, rname) {
                return self.call(&fb, Args::new(&[b.clone(), a.clone()]));
            }
        }
        Ok(self.not_implemented())
    }

    /// Operators between built-in payloads (None = not supported by these types).
    pub fn native_binop(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            if let Some(r) = crate::vm::numeric::bool_binop(*x, *y, op) {
                return Ok(Some(r));
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return self.int_binop(x, y, op).map(Some);
        }
        let a_num = as_float(a).is_some() || as_int(a).is_some();
        let b_num = as_float(b).is_some() || as_int(b).is_some();
        if a_num && b_num {
            let x = self.num_to_f64(a).expect("number")?;
            let y = self.num_to_f64(b).expect("number")?;
            let r = self.float_binop(x, y, op)?;
            return Ok(if is_not_implemented(&r) {
                None
            } else {
                Some(r)
            });
        }
        if let Some(r) = crate::objects::complex::complex_binop(self, a, b, op)? {
            return Ok(Some(r));
        }
        crate::objects::seqops::seq_binop(self, a, b, op)
    }

    // ---- unary operators ----

    pub fn unary_neg(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_int(-num_bigint::BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_special(v, "__neg__", "unary -"),
        }
    }

    pub fn unary_pos(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_special(v, "__pos__", "unary +"),
        }
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            _ => self.unary_special(v, "__invert__", "unary ~"),
        }
    }

    fn unary_special(&mut self, v: &Value, name: &'static str, what: &str) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if !o.type_data().is_heap() {
                match (&o.payload, name) {
                    (Payload::Int(b), "__neg__") => return Ok(self.new_int(-b.clone())),
                    (Payload::Int(b), "__pos__") => return Ok(self.new_int(b.clone())),
                    (Payload::Int(b), "__invert__") => return Ok(self.new_int(-b.clone() - 1)),
                    (Payload::Complex { re, im }, "__neg__") => {
                        return Ok(crate::objects::complex::new_complex(self, -re, -im))
                    }
                    (Payload::Complex { re, im }, "__pos__") => {
                        return Ok(crate::objects::complex::new_complex(self, *re, *im))
                    }
                    _ => {}
                }
            } else if let Some(m) = self.lookup_special(v, name) {
                return self.call(&m, Args::new(std::slice::from_ref(v)));
            }
        }
        Err(self.type_error(&format!(
            "bad operand type for {}: '{}'",
            what,
            self.type_name(v)
        )))
    }

    // ---- comparison ----

    /// `a op b` for a COMPARE_OP argument (= `PyObject_RichCompare`).
    pub fn compare(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(cmp_ord(x.cmp(y), op))),
            (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(cmp_f64(*x, *y, op))),
            _ => {}
        }
        if self.native_depth > crate::vm::call::NATIVE_DEPTH_LIMIT {
            return Err(self.new_error(
                &self.exc.recursion_error.clone(),
                "maximum recursion depth exceeded in comparison",
            ));
        }
        // User classes and module-defined types (weak references...) compare through their
        // namespace's dunders; exact built-ins through `native_compare`.
        let heap = |v: &Value| matches!(v, Value::Obj(o) if o.type_data().is_heap() || matches!(o.payload, Payload::Native(_)));
        if !heap(a) && !heap(b) {
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let r = self.richcompare_dunders(a, b, op)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        match op {
            cmpop::EQ => Ok(Value::Bool(a.is(b))),
            cmpop::NE => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                CMP_OP_NAMES[op as usize],
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn richcompare_dunders(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = CMP_DUNDERS[op as usize];
        let rname = CMP_DUNDERS[CMP_SWAPPED[op as usize] as usize];
        let mut tried_b = false;
        if !PyRef::ptr_eq(&ta, &tb) && is_subtype(&tb, &ta) {
            if let Some(fb) = self.lookup_special(b, rname) {
                tried_b = true;
                let r = self.call(&fb, Args::new(&[b.clone(), a.clone()]))?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(fa) = self.lookup_special(a, name) {
            let r = self.call(&fa, Args::new(&[a.clone(), b.clone()]))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !tried_b {
            if let Some(fb) = self.lookup_special(b, rname) {
                let r = self.call(&fb, Args::new(&[b.clone(), a.clone()]))?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        Ok(self.not_implemented())
    }

    /// Comparison between built-in payloads (None = not comparable natively).
    pub fn native_compare(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return Ok(Some(cmp_ord(crate::vm::numeric::big::cmp(&x, &y), op)));
        }
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            return Ok(Some(cmp_f64(x, y, op)));
        }
        if let (Some(x), Some(i)) = (as_float(a), as_int(b)) {
            return Ok(Some(match crate::numtext::cmp_int_float(&i.to_big(), x) {
                Some(o) => cmp_ord(o.reverse(), op),
                None => op == cmpop::NE,
            }));
        }
        if let (Some(i), Some(y)) = (as_int(a), as_float(b)) {
            return Ok(Some(match crate::numtext::cmp_int_float(&i.to_big(), y) {
                Some(o) => cmp_ord(o, op),
                None => op == cmpop::NE,
            }));
        }
        if let Some(r) = crate::objects::func_methods::native_method_compare(self, a, b, op)? {
            return Ok(Some(r));
        }
        if let Some(r) = crate::objects::complex::complex_compare(a, b, op) {
            return Ok(Some(r));
        }
        crate::objects::seqops::seq_compare(self, a, b, op)
    }

    // ---- dunder lookup helpers ----

    /// Looks up a special method on the type of `v` (not the instance), as CPython does.
    pub fn lookup_special(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        let ty = self.type_of(v);
        let key = self.intern_static(name);
        self.lookup_type(&ty, &key)
    }

    /// Whether `f` is a built-in method defined on the built-in type named `owner`.
    pub fn is_builtin_of(&self, f: &Value, owner: &str) -> bool {
        matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner == owner)
    }
}

impl Vm {
    /// The built-in value inside an instance of a subclass of a built-in type (`MyInt(3)` ->
    /// `3`), for hashing and formatting like the base type.
    pub fn builtin_base_value(&self, v: &Value) -> Option<Value> {
        let Value::Obj(o) = v else { return None };
        match &o.payload {
            Payload::Int(b) => Some(self.new_int(b.clone())),
            Payload::Float(f) => Some(Value::Float(*f)),
            Payload::Str(s) => Some(Value::Obj(PyRef::new(
                &self.types.str,
                Payload::Str(crate::objects::str::StrData::new(s.as_str())),
            ))),
            Payload::Tuple(t) => Some(self.new_tuple(t.to_vec())),
            Payload::Bytes(b) => Some(self.new_bytes(b.to_vec())),
            Payload::Complex { re, im } => {
                Some(crate::objects::complex::new_complex(self, *re, *im))
            }
            _ => None,
        }
    }
}

/// Whether `v` is the NotImplemented singleton.
#[inline]
pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

/// `id()`-based hash (= `_Py_HashPointer`).
pub fn identity_hash(addr: usize) -> i64 {
    let h = (addr >> 4 | addr << (usize::BITS - 4)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

// ---- dict helpers (no borrow is held while Python code runs) ----

/// `d[key]` lookup; Ok(None) when absent.
pub fn dict_get(vm: &mut Vm, d: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    dict_get_hashed(vm, d, key, h)
}

/// Lookup with a precomputed hash.
pub fn dict_get_hashed(vm: &mut Vm, d: &PyRef, key: &Value, h: i64) -> PyResult<Option<Value>> {
    let Payload::Dict(cell) = &d.payload else {
        return Ok(None);
    };
    loop {
        let probe = cell.borrow().probe(h, key, fast_eq);
        match probe {
            Probe::Found(ix) => return Ok(Some(cell.borrow().entry(ix).value.clone())),
            Probe::Absent => return Ok(None),
            Probe::Candidates(c) => {
                let version = cell.borrow().version;
                for ix in c {
                    let k = match cell.borrow().entries.get(ix) {
                        Some(e) if !e.key.is_undef() => e.key.clone(),
                        _ => continue,
                    };
                    if vm.eq(&k, key)? {
                        let b = cell.borrow();
                        if let Some(e) = b.entries.get(ix) {
                            if e.key.is(&k) {
                                return Ok(Some(e.value.clone()));
                            }
                        }
                    }
                }
                if cell.borrow().version == version {
                    return Ok(None);
                }
            }
        }
    }
}

/// Finds the entry index of `key`, running `__eq__` as needed.
pub fn dict_find(vm: &mut Vm, d: &PyRef, key: &Value, h: i64) -> PyResult<Option<usize>> {
    let Payload::Dict(cell) = &d.payload else {
        return Ok(None);
    };
    loop {
        let probe = cell.borrow().probe(h, key, fast_eq);
        match probe {
            Probe::Found(ix) => return Ok(Some(ix)),
            Probe::Absent => return Ok(None),
            Probe::Candidates(c) => {
                let version = cell.borrow().version;
                for ix in c {
                    let k = match cell.borrow().entries.get(ix) {
                        Some(e) if !e.key.is_undef() => e.key.clone(),
                        _ => continue,
                    };
                    if vm.eq(&k, key)?
                        && cell.borrow().entries.get(ix).is_some_and(|e| e.key.is(&k))
                    {
                        return Ok(Some(ix));
                    }
                }
                if cell.borrow().version == version {
                    return Ok(None);
                }
            }
        }
    }
}

/// `d[key] = value`.
pub fn dict_set(vm: &mut Vm, d: &PyRef, key: Value, value: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    let Payload::Dict(cell) = &d.payload else {
        return Ok(());
    };
    match dict_find(vm, d, &key, h)? {
        Some(ix) => {
            let old = cell.borrow_mut().replace_value(ix, value);
            drop(old);
        }
        None => cell.borrow_mut().insert_new(h, key, value),
    }
    Ok(())
}

/// `d[key] = value` for a str key (cannot fail: str hashing and equality run no Python code).
pub fn dict_set_str(vm: &mut Vm, d: &PyRef, key: Value, value: Value) {
    let _ = dict_set(vm, d, key, value);
}

/// `d.get(name)` for a str key given as Rust text.
pub fn dict_get_str(vm: &mut Vm, d: &PyRef, name: &str) -> Option<Value> {
    let k = Value::Obj(vm.intern(name));
    dict_get(vm, d, &k).ok().flatten()
}

/// `del d[key]`; Ok(false) when absent.
pub fn dict_del(vm: &mut Vm, d: &PyRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    let Payload::Dict(cell) = &d.payload else {
        return Ok(false);
    };
    match dict_find(vm, d, key, h)? {
        Some(ix) => {
            let old = cell.borrow_mut().remove_at(ix);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}
