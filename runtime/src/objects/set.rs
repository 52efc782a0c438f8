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
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: vec![Slot::Empty; MINSIZE], fill: 0, used: 0 }
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
    pub fn probe(&self, hash: i64, key: &Value, fast_eq: impl Fn(&Value, &Value) -> Option<bool>) -> Probe {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut candidates = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => {
                        return if candidates.is_empty() { Probe::Absent } else { Probe::Candidates(candidates) };
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
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
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
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
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
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        self.used += 1;
        if let Some(f) = freeslot {
            self.table[f] = Slot::Full { hash, key };
            return;
        }
        self.table[slot] = Slot::Full { hash, key };
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    fn resize(&mut self, minused: usize) {
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
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
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
        let ix = self.table.iter().position(|s| matches!(s, Slot::Full { .. }))?;
        Some(self.remove_at(ix))
    }

    pub fn clear(&mut self) {
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; MINSIZE]);
        self.fill = 0;
        self.used = 0;
        drop(old);
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

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::{Obj, Payload, PyRef};
use crate::vm::{PyResult, Vm};

/// Whether a set object is a frozenset (by type).
pub fn is_frozen(vm: &Vm, o: &Obj) -> bool {
    crate::objects::typeobj::is_subtype(o.ty(), &vm.types.frozenset)
}

fn find(vm: &mut Vm, o: &Obj, v: &Value, h: i64) -> PyResult<Option<usize>> {
    let Payload::Set(cell) = &o.payload else { return Ok(None) };
    loop {
        let probe = cell.borrow().probe(h, v, crate::vm::ops::fast_eq);
        match probe {
            Probe::Found(ix) => return Ok(Some(ix)),
            Probe::Absent => return Ok(None),
            Probe::Candidates(c) => {
                let before = cell.borrow().len();
                for ix in c {
                    let k = match cell.borrow().key_at(ix) {
                        Some(k) => k.clone(),
                        None => continue,
                    };
                    if vm.eq(&k, v)? && cell.borrow().key_at(ix).is_some_and(|x| x.is(&k)) {
                        return Ok(Some(ix));
                    }
                }
                if cell.borrow().len() == before {
                    return Ok(None);
                }
            }
        }
    }
}

/// `v in s`.
pub fn set_contains(vm: &mut Vm, o: &Obj, v: &Value) -> PyResult<bool> {
    let h = match vm.hash(v) {
        Ok(h) => h,
        Err(e) => {
            // A set is looked up as a frozenset (CPython's special case).
            if let Some(Payload::Set(s)) = v.payload() {
                let h = frozenset_hash(&s.borrow());
                return Ok(find(vm, o, v, h)?.is_some());
            }
            return Err(e);
        }
    };
    Ok(find(vm, o, v, h)?.is_some())
}

/// `s.add(v)`.
pub fn set_add(vm: &mut Vm, o: &Obj, v: Value) -> PyResult<()> {
    let h = vm.hash(&v)?;
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

/// A new set or frozenset (same type family as `like`) from items.
pub fn new_like(vm: &mut Vm, like: &Obj, items: Vec<Value>) -> PyResult<Value> {
    let ty = if is_frozen(vm, like) { vm.types.frozenset.clone() } else { vm.types.set.clone() };
    let s = PyRef::new(&ty, Payload::Set(Default::default()));
    for v in items {
        set_add(vm, &s, v)?;
    }
    Ok(Value::Obj(s))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else { return Ok(vm.not_implemented()) };
    let xs = set_items(ao);
    let ys = set_items(bo);
    let items = match op {
        binop::OR => {
            let mut v = xs;
            v.extend(ys);
            v
        }
        binop::AND => {
            let mut v = Vec::new();
            for x in xs {
                if set_contains(vm, bo, &x)? {
                    v.push(x);
                }
            }
            v
        }
        binop::SUBTRACT => {
            let mut v = Vec::new();
            for x in xs {
                if !set_contains(vm, bo, &x)? {
                    v.push(x);
                }
            }
            v
        }
        _ => {
            let mut v = Vec::new();
            for x in xs {
                if !set_contains(vm, bo, &x)? {
                    v.push(x);
                }
            }
            for y in ys {
                if !set_contains(vm, ao, &y)? {
                    v.push(y);
                }
            }
            v
        }
    };
    new_like(vm, ao, items)
}

/// Replaces the contents of set `a` with those of set `r` (in-place operators).
pub fn set_assign(vm: &mut Vm, a: &Value, r: &Value) {
    let _ = vm;
    if let (Some(Payload::Set(x)), Some(Payload::Set(y))) = (a.payload(), r.payload()) {
        let t = y.borrow().clone();
        let old = std::mem::replace(&mut *x.borrow_mut(), t);
        drop(old);
    }
}

/// Subset/superset/equality comparisons.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else { return Ok(None) };
    let (la, lb) = (set_items(ao).len(), set_items(bo).len());
    let subset = |vm: &mut Vm, x: &Obj, y: &Obj| -> PyResult<bool> {
        for v in set_items(x) {
            if !set_contains(vm, y, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(Some(match op {
        cmpop::EQ => la == lb && subset(vm, ao, bo)?,
        cmpop::NE => !(la == lb && subset(vm, ao, bo)?),
        cmpop::LE => la <= lb && subset(vm, ao, bo)?,
        cmpop::LT => la < lb && subset(vm, ao, bo)?,
        cmpop::GE => lb <= la && subset(vm, bo, ao)?,
        _ => lb < la && subset(vm, bo, ao)?,
    }))
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
