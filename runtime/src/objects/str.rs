//! `str` storage: UTF-8 text plus its length in code points and a cached hash.
//!
//! Python indexes strings by code point; an ASCII string (the common case) has
//! `char_len == bytes`, so indexing it is a byte index. Non-ASCII strings walk UTF-8.
//! Limitation (documented in docs/compatibility.md): lone surrogates cannot be stored.
//!
//! A str is immutable once shared. The one exception is [`append_in_place`]: the `s += t`
//! optimisation (= CPython's `unicode_concatenate`), which grows a str that nothing else
//! references, so building a string in a loop is linear rather than quadratic.

use std::cell::{Cell, UnsafeCell};

use crate::object::{Payload, FLAG_IMMORTAL};
use crate::value::Value;

/// The data of a `str` object.
pub struct StrData {
    /// The text. Only [`append_in_place`] writes it, and only while it holds the sole
    /// reference to the object (so no `&str` into it can be alive).
    s: UnsafeCell<String>,
    char_len: Cell<usize>,
    hash: Cell<i64>,
}

impl StrData {
    pub fn new(s: impl Into<Box<str>>) -> StrData {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            s: UnsafeCell::new(s.into_string()),
            char_len: Cell::new(char_len),
            hash: Cell::new(-1),
        }
    }

    /// Storage for text whose length in code points the caller already knows (concatenation,
    /// `join`, slicing), skipping the count.
    #[inline]
    pub fn with_char_len(s: impl Into<Box<str>>, char_len: usize) -> StrData {
        let s: Box<str> = s.into();
        debug_assert_eq!(char_len, s.chars().count());
        StrData {
            s: UnsafeCell::new(s.into_string()),
            char_len: Cell::new(char_len),
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: the text is only written by `append_in_place`, which requires exclusive
        // access to the sole reference to the object; no `&str` obtained here can be alive
        // then, since obtaining one needs a reference to the object.
        unsafe { (*self.s.get()).as_str() }
    }

    /// Length in code points (`len()`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len.get()
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.as_str().len()
    }

    /// The hash, computed once (= `unicode_hash`; the algorithm is Heron's own FNV-1a variant,
    /// which Python permits since str hashes are randomised per process in CPython).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.as_str().as_bytes());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (< char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str()
                .chars()
                .nth(i)
                .expect("index checked by caller")
        }
    }
}

/// `*target += tail` in place when `target` is the only reference to an exact, mortal str
/// (the caller has dropped every other reference, e.g. the variable being assigned). Returns
/// false, changing nothing, when that is not the case; the caller then concatenates normally.
/// The text grows with `String`'s amortised doubling.
pub fn append_in_place(target: &mut Value, tail: &str, tail_chars: usize) -> bool {
    let Value::Obj(o) = target else { return false };
    if o.refcnt.get() != 1 || o.flags.get() & FLAG_IMMORTAL != 0 || o.type_data().is_heap() {
        return false;
    }
    let Payload::Str(sd) = &o.payload else {
        return false;
    };
    // SAFETY: `target` is borrowed mutably and holds the object's only reference (count 1,
    // not immortal), so no other reference to the object, and hence no `&str` into its
    // text, exists while the text is modified.
    unsafe { (*sd.s.get()).push_str(tail) };
    sd.char_len.set(sd.char_len.get() + tail_chars);
    sd.hash.set(-1);
    true
}

/// Hash of a byte string (str and bytes hash alike, as in CPython).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::PyRef;

    #[test]
    fn append_in_place_only_when_unique() {
        let types = crate::vm::Types::bootstrap();
        let mut v = Value::Obj(PyRef::new(&types.str, Payload::Str(StrData::new("ab"))));
        let h = match v.payload() {
            Some(Payload::Str(s)) => s.hash(),
            _ => unreachable!(),
        };
        assert!(append_in_place(&mut v, "cé", 2));
        match v.payload() {
            Some(Payload::Str(s)) => {
                assert_eq!(s.as_str(), "abcé");
                assert_eq!(s.char_len(), 4);
                assert!(!s.is_ascii());
                assert_ne!(s.hash(), h);
                assert_eq!(s.hash(), hash_bytes("abcé".as_bytes()));
            }
            _ => unreachable!(),
        }
        let other = v.clone();
        assert!(!append_in_place(&mut v, "x", 1));
        assert_eq!(other.as_str(), Some("abcé"));
        drop(other);
        let imm = PyRef::new(&types.str, Payload::Str(StrData::new("i")));
        imm.make_immortal();
        let mut iv = Value::Obj(imm);
        assert!(!append_in_place(&mut iv, "x", 1));
    }
}
