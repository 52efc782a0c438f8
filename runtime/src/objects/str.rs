//! `str` storage: UTF-8 text plus its length in code points and a cached hash.
//!
//! Python indexes strings by code point; an ASCII string (the common case) has
//! `char_len == bytes`, so indexing it is a byte index. Non-ASCII strings walk UTF-8.
//! Limitation (documented in docs/compatibility.md): lone surrogates cannot be stored.

use std::cell::Cell;

/// The data of a `str` object.
pub struct StrData {
    s: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
}

impl StrData {
    pub fn new(s: impl Into<Box<str>>) -> StrData {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrData { s, char_len, hash: Cell::new(-1) }
    }

    /// Storage for text whose length in code points the caller already knows (concatenation,
    /// `join`, slicing), skipping the count.
    #[inline]
    pub fn with_char_len(s: impl Into<Box<str>>, char_len: usize) -> StrData {
        let s: Box<str> = s.into();
        debug_assert_eq!(char_len, s.chars().count());
        StrData { s, char_len, hash: Cell::new(-1) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points (`len()`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The hash, computed once (= `unicode_hash`; the algorithm is Heron's own FNV-1a variant,
    /// which Python permits since str hashes are randomised per process in CPython).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (< char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).expect("index checked by caller")
        }
    }
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
