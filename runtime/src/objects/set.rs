//! The hash table behind `set` and `frozenset`.
//!
//! It follows CPython 3.11's `setobject.c` probing (linear probes of 9, then perturbation;
//! grow when fill reaches 3/5 of the table) so that iteration order — which Python programs
//! print — is the same as CPython's for the same insertions. Like `dict.rs`, it never calls
//! Python: undecidable equality is returned to the caller as candidates.

use crate::objects::dict::Probe;
use crate::value::Value;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full { hash: i64, key: Value },
}

/// The table.
#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` starts looking (= CPython's `finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
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

    /// Probes for an equal key; see [`Probe`]. `Found` carries the slot index.
    pub fn probe(
        &self,
        hash: i64,
        key: &Value,
        fast_eq: impl Fn(&Value, &Value) -> Option<bool>,
    ) -> Probe {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut candidates = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => {
                        return if candidates.is_empty() {
                            Probe::Absent
                        } else {
                            Probe::Candidates(candidates)
                        };
                    }
                    Slot::Dummy => {}
                    Slot::Full { hash: h, key: k } => {
                        if *h == hash {
                            if k.is(key) {
                                return Probe::Found(j);
                            }
                            match fast_eq(k, key) {
                                Some(true) => return Probe::Found(j),
                                Some(false) => {}
                                None => candidates.push(j),
                            }
                        }
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

    /// The key in slot `ix`.
    pub fn key_at(&self, ix: usize) -> Option<&Value> {
        match &self.table[ix] {
            Slot::Full { key, .. } => Some(key),
            _ => None,
        }
    }

    /// Inserts a key known to be absent (= `set_add_entry`'s insertion path).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        let slot = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => break 'search j,
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                    Slot::Full { .. } => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        self.used += 1;
        if let Some(f) = freeslot {
            self.table[f] = Slot::Full { hash, key };
            return;
        }
        self.table[slot] = Slot::Full { hash, key };
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// The table's slot count minus one (= CPython's `mask`).
    #[inline]
    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Occupied plus dummy slots.
    #[inline]
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Grows (or compacts) the table to the smallest size above `minused`
    /// (= `set_table_resize`).
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for s in old {
            if let Slot::Full { hash, key } = s {
                let mut perturb = hash as u64;
                let mut i = (hash as u64 as usize) & mask;
                'find: loop {
                    if matches!(self.table[i], Slot::Empty) {
                        self.table[i] = Slot::Full { hash, key };
                        break 'find;
                    }
                    if i + LINEAR_PROBES <= mask {
                        for j in i + 1..=i + LINEAR_PROBES {
                            if matches!(self.table[j], Slot::Empty) {
                                self.table[j] = Slot::Full { hash, key };
                                break 'find;
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
        }
    }

    /// Removes the key in slot `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Value {
        let old = std::mem::replace(&mut self.table[ix], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Full { key, .. } => key,
            _ => unreachable!("removing an empty set slot"),
        }
    }

    /// Removes and returns an arbitrary key (= `set.pop`, which scans from a finger).
    pub fn pop_first(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Full { .. }) {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        Some(self.remove_at(i))
    }

    pub fn clear(&mut self) {
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; MINSIZE]);
        self.fill = 0;
        self.used = 0;
        drop(old);
    }

    /// Inserts a key known to be absent into a table known to have room and no dummies on
    /// its probe path (= `set_insert_clean`, used when copying into an empty set).
    pub fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.table[i], Slot::Empty) {
                break;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(j) =
                    (i + 1..=i + LINEAR_PROBES).find(|&j| matches!(self.table[j], Slot::Empty))
                {
                    i = j;
                    break;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.table[i] = Slot::Full { hash, key };
        self.fill += 1;
        self.used += 1;
    }

    /// Replaces this table with a slot-for-slot copy of `other` (same size, no dummies).
    pub fn copy_slots_from(&mut self, other: &SetTable) {
        let old = std::mem::replace(&mut self.table, other.table.clone());
        self.fill = other.fill;
        self.used = other.used;
        drop(old);
    }

    /// Resizes away dummies when more than a quarter of the slots hold them (after
    /// `difference_update`).
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// Keys with hashes in table order (iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// The occupied slot at or after `pos`, with the next position (for iterators).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &Value)> {
        while pos < self.table.len() {
            if let Slot::Full { key, .. } = &self.table[pos] {
                return Some((pos + 1, key));
            }
            pos += 1;
        }
        None
    }
}

// ---- operations that may run Python code (hash/eq) ----

pub mod algebra;

pub use algebra::{set_binop, set_compare, set_inplace};

use crate::object::{Obj, Payload};
use crate::vm::{PyResult, Vm};

/// Whether a set object is a frozenset (by type).
pub fn is_frozen(vm: &Vm, o: &Obj) -> bool {
    crate::objects::typeobj::is_subtype(o.ty(), &vm.types.frozenset)
}

/// The slot of the key equal to `v` (hash `h`), running `__eq__` with no borrow held and
/// probing again if the table changed meanwhile (= `set_lookkey`'s restart).
fn find(vm: &mut Vm, o: &Obj, v: &Value, h: i64) -> PyResult<Option<usize>> {
    let Payload::Set(cell) = &o.payload else {
        return Ok(None);
    };
    loop {
        let probe = cell.borrow().probe(h, v, crate::vm::ops::fast_eq);
        match probe {
            Probe::Found(ix) => return Ok(Some(ix)),
            Probe::Absent => return Ok(None),
            Probe::Candidates(c) => {
                let mut changed = false;
                for ix in c {
                    let k = match cell.borrow().key_at(ix) {
                        Some(k) => k.clone(),
                        None => {
                            changed = true;
                            break;
                        }
                    };
                    let equal = vm.eq(&k, v)?;
                    if !cell.borrow().key_at(ix).is_some_and(|x| x.is(&k)) {
                        changed = true;
                        break;
                    }
                    if equal {
                        return Ok(Some(ix));
                    }
                }
                if !changed {
                    return Ok(None);
                }
            }
        }
    }
}

/// The hash of a key being looked up: an unhashable `set` is looked up as the equal
/// frozenset (CPython's special case in `__contains__`, `remove` and `discard`).
pub fn lookup_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.hash(v) {
        Ok(h) => Ok(h),
        Err(e) => match v.payload() {
            Some(Payload::Set(s)) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                Ok(frozenset_hash(&s.borrow()))
            }
            _ => Err(e),
        },
    }
}

/// `v in s`.
pub fn set_contains(vm: &mut Vm, o: &Obj, v: &Value) -> PyResult<bool> {
    let h = lookup_hash(vm, v)?;
    Ok(find(vm, o, v, h)?.is_some())
}

/// `v in s` for a key whose hash is known.
pub fn set_contains_hashed(vm: &mut Vm, o: &Obj, v: &Value, h: i64) -> PyResult<bool> {
    Ok(find(vm, o, v, h)?.is_some())
}

/// `s.add(v)`.
pub fn set_add(vm: &mut Vm, o: &Obj, v: Value) -> PyResult<()> {
    let h = vm.hash(&v)?;
    set_add_hashed(vm, o, v, h)
}

/// `s.add(v)` for a key whose hash is known (= `set_add_entry`).
pub fn set_add_hashed(vm: &mut Vm, o: &Obj, v: Value, h: i64) -> PyResult<()> {
    if find(vm, o, &v, h)?.is_none() {
        if let Payload::Set(cell) = &o.payload {
            cell.borrow_mut().insert_new(h, v);
        }
    }
    Ok(())
}

/// `s.discard(v)`: whether it was present.
pub fn set_discard(vm: &mut Vm, o: &Obj, v: &Value) -> PyResult<bool> {
    let h = vm.hash(v)?;
    set_discard_hashed(vm, o, v, h)
}

/// `s.discard(v)` for a key whose hash is known (= `set_discard_entry`).
pub fn set_discard_hashed(vm: &mut Vm, o: &Obj, v: &Value, h: i64) -> PyResult<bool> {
    match find(vm, o, v, h)? {
        Some(ix) => {
            if let Payload::Set(cell) = &o.payload {
                let old = cell.borrow_mut().remove_at(ix);
                drop(old);
            }
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The items of a set object.
pub fn set_items(o: &Obj) -> Vec<Value> {
    match &o.payload {
        Payload::Set(s) => s.borrow().iter().map(|(_, k)| k.clone()).collect(),
        _ => Vec::new(),
    }
}

/// The items of a set object with their hashes, in table order.
pub fn set_entries(o: &Obj) -> Vec<(i64, Value)> {
    match &o.payload {
        Payload::Set(s) => s.borrow().iter().map(|(h, k)| (h, k.clone())).collect(),
        _ => Vec::new(),
    }
}

/// A new set or frozenset (same type family as `like`) from items.
pub fn new_like(vm: &mut Vm, like: &Obj, items: Vec<Value>) -> PyResult<Value> {
    let s = algebra::new_base_like(vm, like);
    for v in items {
        set_add(vm, &s, v)?;
    }
    Ok(Value::Obj(s))
}

/// The hash of a frozenset (= `frozenset_hash`).
pub fn frozenset_hash(t: &SetTable) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for (h, _) in t.iter() {
        hash ^= shuffle(h as u64);
    }
    hash ^= ((t.len() as u64) + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}
