//! `Value`: the 16-byte tagged value every slot, stack entry and container element holds.
//!
//! Layout (fixed by `abi.rs`, pinned by tests): a one-byte tag at offset 0, the payload at
//! offset 8. `None`, `bool`, `int` that fits in i64 and `float` are stored inline and never
//! allocate; everything else is a counted pointer to a heap object ([`PyRef`]).
//!
//! Invariants:
//! - An exact `int` that fits in i64 is always `Value::Int` (one canonical form); heap ints
//!   (`Payload::Int`) hold only values outside i64, or instances of `int` subclasses.
//! - `Value::Undef` is internal: it marks an unbound fast local or an empty stack slot (CPython's
//!   NULL) and is never handed to Python code.

use crate::object::{Payload, PyRef};

/// A Python value.
///
/// The tag is a whole word (`repr(u64)`), so a `Value` has no padding: a move is two word
/// copies. (With a one-byte tag, moves copied the seven padding bytes separately, in
/// overlapping pieces that stalled store forwarding in the eval loop.)
#[repr(C, u64)]
#[derive(Default)]
pub enum Value {
    /// Internal "no value" (unbound local / NULL). Tag 0, so zeroed memory is `Undef`.
    #[default]
    Undef = 0,
    None = 1,
    Bool(bool) = 2,
    Int(i64) = 3,
    Float(f64) = 4,
    Obj(PyRef) = 5,
}

impl Clone for Value {
    /// A bitwise copy after taking a reference for `Obj`. (The derived clone copied each
    /// variant's payload separately, which compiled to overlapping partial stores that stall
    /// store forwarding on every `LOAD_FAST`.)
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(o.clone());
        }
        // SAFETY: `Obj` is the only variant that owns a resource, and its reference was taken
        // above; every other variant is plain data, so the copy is an independent value.
        unsafe { std::ptr::read(self) }
    }
}

/// Releases `items` last to first: the order in which CPython lets go of a list's or a
/// tuple's items (freeing it, `clear`, replacing a slice), which is the order their `__del__`
/// methods run in.
pub fn release_last_first(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl Value {
    #[inline]
    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The heap object, if this value is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap value.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The `str` contents if this is a str (exact or subclass).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Identity comparison (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Undef, Value::Undef) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => PyRef::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Takes the value out, leaving `Undef`.
    #[inline]
    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }
}

impl From<PyRef> for Value {
    #[inline]
    fn from(o: PyRef) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    #[inline]
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    #[inline]
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    #[inline]
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Undef => write!(f, "<undef>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(f, "<{} object at {:p}>", o.type_name(), o.as_ptr()),
        }
    }
}
