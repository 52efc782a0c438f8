//! The insertion-ordered hash table behind `dict`, instance `__dict__`s, globals and type
//! namespaces (= CPython's compact dict: an index table plus a dense entry array).
//!
//! The table itself never calls Python: equality it can decide from the values alone (identity,
//! exact `str`, numbers) it decides; for anything else it hands back the candidate entries and
//! the caller (`vm::dictops`) runs `__eq__` with no borrow held, then re-checks the table.
//!
//! Invariants: `indices.len()` is a power of two > `entries.len()`; an index slot is
//! [`EMPTY`], [`DUMMY`] or an entry index; a deleted entry has key `Undef`; `version` changes
//! on every mutation (guards in inline caches and compiled code read it).

use std::sync::atomic::{AtomicU64, Ordering};

use crate::value::Value;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;

static NEXT_DICT_VERSION: AtomicU64 = AtomicU64::new(1);

/// A fresh, globally unique keys version (caches that hold an entry index may meet several
/// dicts at one site, so a keys version must never repeat across dicts).
#[inline]
pub fn next_version() -> u64 {
    NEXT_DICT_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// One key/value pair with its cached hash.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The result of probing for a key.
pub enum Probe {
    /// The entry index holding an equal key.
    Found(usize),
    /// No equal key is present.
    Absent,
    /// Entries with the same hash whose equality needs `__eq__`, in probe order.
    Candidates(Vec<usize>),
}

/// A key's bits in [`Dict::bloom`] (two, from different parts of the hash: with the ten or so
/// keys of an instance dict, a name that is absent still has both bits set about 2% of the
/// time, against 15% with one).
#[inline]
pub fn bloom_bits(hash: i64) -> u64 {
    let h = hash as u64;
    1 << (h & 63) | 1 << (h >> 6 & 63)
}

/// The table.
pub struct Dict {
    indices: Vec<i32>,
    pub(crate) entries: Vec<Entry>,
    used: usize,
    /// Changes on every mutation (counted per dict: only compared with itself, across a
    /// comparison that may run Python code).
    pub version: u64,
    /// Changes only when the set of keys (and so entry indices) changes: caches that hold an
    /// entry index guard on this and read the value fresh.
    pub keys_version: u32,
    /// The bits ([`bloom_bits`]) of every key ever inserted (since the last `clear`): a key
    /// with a bit clear here is certainly absent. Method calls use it to skip probing an
    /// instance dict for the method's name.
    pub bloom: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            indices: vec![EMPTY; 8],
            entries: Vec::new(),
            used: 0,
            version: 0,
            keys_version: next_version() as u32,
            bloom: 0,
        }
    }

    pub fn with_capacity(n: usize) -> Dict {
        let size = (n * 3 / 2 + 1).next_power_of_two().max(8);
        Dict {
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity(n),
            used: 0,
            version: 0,
            keys_version: next_version() as u32,
            bloom: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Probes for `key` with hash `hash`; `fast_eq` decides equality when it can.
    pub fn probe(
        &self,
        hash: i64,
        key: &Value,
        fast_eq: impl Fn(&Value, &Value) -> Option<bool>,
    ) -> Probe {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut candidates = Vec::new();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if candidates.is_empty() {
                    Probe::Absent
                } else {
                    Probe::Candidates(candidates)
                };
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if e.key.is(key) {
                        return Probe::Found(ix as usize);
                    }
                    match fast_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => candidates.push(ix as usize),
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Appends a new entry (the caller checked the key is absent).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.used + 1) * 3);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.bloom |= bloom_bits(hash);
        self.used += 1;
        self.version = self.version.wrapping_add(1);
        self.keys_version = next_version() as u32;
    }

    /// Replaces the value of entry `ix`, returning the old one.
    pub fn replace_value(&mut self, ix: usize, value: Value) -> Value {
        self.version = self.version.wrapping_add(1);
        std::mem::replace(&mut self.entries[ix].value, value)
    }

    /// Removes entry `ix`, returning its key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let hash = self.entries[ix].hash;
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix as i32 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = DUMMY;
        let e = &mut self.entries[ix];
        let key = e.key.take();
        let value = e.value.take();
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        self.keys_version = next_version() as u32;
        (key, value)
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; 8];
        self.used = 0;
        self.bloom = 0;
        self.version = self.version.wrapping_add(1);
        self.keys_version = next_version() as u32;
        drop(old);
    }

    fn resize(&mut self, min: usize) {
        let size = min.next_power_of_two().max(8);
        let mut entries = std::mem::take(&mut self.entries);
        entries.retain(|e| !e.key.is_undef());
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
            self.indices[i] = n as i32;
        }
        self.entries = entries;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }

    /// The live entry at or after raw position `pos`, with the next position (for iterators
    /// that survive mutation checks by position).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            let e = &self.entries[pos];
            if !e.key.is_undef() {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// The entry at index `ix` (for callers holding an index from [`Dict::probe`]).
    #[inline]
    pub fn entry(&self, ix: usize) -> &Entry {
        &self.entries[ix]
    }

    /// The last live entry's index (`popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_undef())
    }
}
