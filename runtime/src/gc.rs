//! The cycle collector (= CPython's `Modules/gcmodule.c`): reference counting frees most
//! objects; this finds groups of container objects that only reference each other.
//!
//! Tracked objects (containers, see [`is_container`]) sit in one of three generation lists, in
//! the order they were tracked; an object's header `gc_index` holds its generation (top 2
//! bits) and position. Untracking leaves a hole (a null entry) that the next collection of
//! the generation, or a compaction once holes outnumber the live entries, squeezes out: no
//! other object moves when one is freed, and the lists keep allocation order, which is the
//! order the garbage of a collection is finalized in (CPython's). A collection of
//! generation `g` looks at generations `0..=g` with trial deletion: start each object's count
//! from its reference count, subtract the references coming from other objects in the set;
//! whatever is still positive is referenced from outside (frames, Rust code, older objects) and
//! keeps everything it reaches alive. The rest is garbage: finalizers run first (PEP 442:
//! once per object; an object a finalizer resurrects survives), then the garbage is cleared,
//! which breaks the cycles and lets reference counting free it.
//!
//! Generation 0 fills as containers are allocated; past its threshold (700 by default) the
//! interpreter is asked, at its next instruction boundary, to collect.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::cell::{Cell, RefCell};

use crate::object::{Obj, Payload, PyRef, FLAG_FINALIZED, FLAG_IMMORTAL};
use crate::value::Value;

const UNTRACKED: u32 = u32::MAX;
const POS_BITS: u32 = 30;
const POS_MASK: u32 = (1 << POS_BITS) - 1;

/// Statistics of one generation (`gc.get_stats()`).
#[derive(Clone, Copy, Default, Debug)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

struct State {
    gens: [Vec<*const Obj>; 3],
    /// Null entries in each generation list.
    holes: [usize; 3],
    counts: [usize; 3],
    thresholds: [usize; 3],
    enabled: bool,
    collecting: bool,
    stats: [GenStats; 3],
    /// Size of the oldest generation after the last full collection (= CPython's
    /// `long_lived_total`).
    long_lived_total: usize,
}

crate::gil_local! {
    static STATE: RefCell<State> = const { RefCell::new(State {
        gens: [Vec::new(), Vec::new(), Vec::new()],
        holes: [0; 3],
        counts: [0; 3],
        thresholds: [700, 10, 10],
        enabled: true,
        collecting: false,
        stats: [GenStats { collections: 0, collected: 0, uncollectable: 0 }; 3],
        long_lived_total: 0,
    }) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Whether objects with this payload can be part of a reference cycle.
pub fn is_container(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Object
            | Payload::Slots(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Function(_)
            | Payload::Method { .. }
            | Payload::Cell(_)
            | Payload::Exception(_)
            | Payload::Iter(_)
            | Payload::Generator(_)
            | Payload::Property { .. }
            | Payload::StaticMethod(_)
            | Payload::ClassMethod(_)
            | Payload::Super { .. }
            | Payload::DictView { .. }
            | Payload::Traceback { .. }
            | Payload::Frame(_)
            | Payload::Type(_)
            | Payload::Module { .. }
    )
}

/// Starts tracking a new container (called by `PyRef::new`).
pub fn track(o: &Obj) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let pos = s.gens[0].len() as u32;
        s.gens[0].push(o as *const Obj);
        o.gc_index.set(pos);
        s.counts[0] += 1;
        if s.enabled && !s.collecting && s.counts[0] > s.thresholds[0] && s.thresholds[0] > 0 {
            PENDING.with(|p| p.set(true));
            crate::object::request_service();
        }
    });
}

/// Stops tracking an object being freed.
pub fn untrack(o: &Obj) {
    let ix = o.gc_index.get();
    if ix == UNTRACKED {
        return;
    }
    o.gc_index.set(UNTRACKED);
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let (g, pos) = ((ix >> POS_BITS) as usize, (ix & POS_MASK) as usize);
        if pos + 1 == s.gens[g].len() {
            s.gens[g].pop();
        } else {
            s.gens[g][pos] = std::ptr::null();
            s.holes[g] += 1;
            // A collection in progress indexes the lists by position: it compacts them itself.
            if s.holes[g] > 1024 && s.holes[g] * 2 > s.gens[g].len() && !s.collecting {
                s.compact(g);
            }
        }
        if s.counts[0] > 0 {
            s.counts[0] -= 1;
        }
    });
}

impl State {
    /// Squeezes the holes out of generation `g`, renumbering the objects that move.
    fn compact(&mut self, g: usize) {
        if self.holes[g] == 0 {
            return;
        }
        let list = &mut self.gens[g];
        let mut to = 0;
        for from in 0..list.len() {
            let p = list[from];
            if p.is_null() {
                continue;
            }
            if to != from {
                list[to] = p;
                // SAFETY: tracked pointers are live objects (they untrack before being freed).
                unsafe { &*p }
                    .gc_index
                    .set(((g as u32) << POS_BITS) | to as u32);
            }
            to += 1;
        }
        list.truncate(to);
        self.holes[g] = 0;
    }

    /// Tracked objects in generation `g`.
    fn live(&self, g: usize) -> usize {
        self.gens[g].len() - self.holes[g]
    }
}

/// Whether a collection was requested by the allocation threshold (and clears the request).
pub fn take_pending() -> bool {
    PENDING.with(|p| p.replace(false))
}

/// Calls `visit` with every object `o` references directly (= `tp_traverse`).
pub fn traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let mut v = |x: &Value| {
        if let Value::Obj(r) = x {
            visit(r);
        }
    };
    if let Some(d) = o.get_dict() {
        v(&Value::Obj(d));
    }
    match &o.payload {
        Payload::List(l) => l.borrow().iter().for_each(&mut v),
        Payload::Tuple(t) => t.iter().for_each(&mut v),
        Payload::Slots(s) => {
            for c in s.iter() {
                let x = c.take();
                v(&x);
                c.set(x);
            }
        }
        Payload::Dict(d) => {
            for e in d.borrow().iter() {
                v(&e.key);
                v(&e.value);
            }
        }
        Payload::Set(s) => s.borrow().iter().for_each(|(_, k)| v(k)),
        Payload::Function(f) => {
            v(&Value::Obj(f.globals.clone()));
            v(&f.defaults.borrow());
            v(&f.kwdefaults.borrow());
            v(&f.annotations.borrow());
            v(&f.module.borrow());
            if let Some(c) = &f.closure {
                for cell in c.iter() {
                    v(&Value::Obj(cell.clone()));
                }
            }
        }
        Payload::Method { func, self_ } => {
            v(func);
            v(self_);
        }
        Payload::Cell(c) => v(&c.borrow()),
        Payload::Exception(e) => {
            v(&e.args.borrow());
            v(&e.traceback.borrow());
            v(&e.cause.borrow());
            v(&e.context.borrow());
        }
        Payload::Iter(st) => crate::objects::iter::traverse_state(&st.borrow(), &mut v),
        Payload::Generator(g) => {
            if let Some(f) = &*g.frame.borrow() {
                for i in 0..f.nlocalsplus() {
                    v(f.local(i));
                }
                f.stack().iter().for_each(&mut v);
                if let Some(func) = &f.func {
                    v(&Value::Obj(func.clone()));
                }
            }
            v(&g.exc_state.borrow());
        }
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => {
            v(fget);
            v(fset);
            v(fdel);
            v(doc);
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => v(f),
        Payload::Super { ty, obj, obj_type } => {
            v(ty);
            v(obj);
            v(obj_type);
        }
        Payload::DictView { dict, .. } => v(&Value::Obj(dict.clone())),
        Payload::Traceback { next, frame, .. } => {
            if let Some(n) = &*next.borrow() {
                v(&Value::Obj(n.clone()));
            }
            v(&frame.borrow());
        }
        Payload::Frame(f) => {
            v(&f.locals.borrow());
            v(&f.back);
        }
        Payload::Type(t) => {
            v(&Value::Obj(t.dict.clone()));
            for b in t.bases.borrow().iter().chain(t.mro.borrow().iter()) {
                v(&Value::Obj(b.clone()));
            }
        }
        _ => {}
    }
}

/// Drops every reference `o` holds that can be part of a cycle (= `tp_clear`).
fn clear(o: &Obj) {
    let dict = o.dict.take();
    match &o.payload {
        Payload::List(l) => drop(std::mem::take(&mut *l.borrow_mut())),
        Payload::Slots(s) => crate::object::clear_slots(o.ty(), s),
        Payload::Dict(d) => d.borrow_mut().clear(),
        Payload::Set(s) => s.borrow_mut().clear(),
        Payload::Function(f) => {
            drop(f.defaults.replace(Value::None));
            drop(f.kwdefaults.replace(Value::None));
            drop(f.annotations.replace(Value::None));
        }
        Payload::Cell(c) => drop(c.replace(Value::Undef)),
        Payload::Exception(e) => {
            drop(e.traceback.replace(Value::None));
            drop(e.cause.replace(Value::None));
            drop(e.context.replace(Value::None));
        }
        Payload::Iter(st) => drop(st.replace(crate::objects::iter::IterState::Exhausted)),
        Payload::Generator(g) => {
            if let Some(mut f) = g.frame.borrow_mut().take() {
                f.clear_values();
            }
            drop(g.exc_state.replace(Value::None));
        }
        Payload::Traceback { next, frame, .. } => {
            drop(next.borrow_mut().take());
            drop(frame.replace(Value::None));
        }
        Payload::Type(t) if t.is_heap() => {
            if let Payload::Dict(d) = &t.dict.payload {
                d.borrow_mut().clear();
            }
            // The MRO starts with the type itself.
            drop(std::mem::take(&mut *t.mro.borrow_mut()));
        }
        _ => {}
    }
    drop(dict);
}

/// Collects generation `generation` (and younger). Returns how many unreachable objects were
/// found. `finalize` runs an object's `__del__` (PEP 442).
pub fn collect(generation: usize, finalize: &mut dyn FnMut(&PyRef)) -> usize {
    let generation = generation.min(2);
    let mut starts = [usize::MAX; 3];
    let young: Vec<*const Obj> = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.collecting {
            return Vec::new();
        }
        s.collecting = true;
        for g in 0..=generation {
            s.compact(g);
        }
        let mut young = Vec::new();
        for (start, gen) in starts.iter_mut().zip(&s.gens).take(generation + 1) {
            *start = young.len();
            young.extend_from_slice(gen);
        }
        young
    });
    // An object's position in `young`, from its header: generations 0..=generation are
    // concatenated in order, and nothing is tracked or untracked until the collection ends.
    let index = |c: &Obj| -> Option<usize> {
        let ix = c.gc_index.get();
        if ix == UNTRACKED {
            return None;
        }
        let start = *starts.get((ix >> POS_BITS) as usize)?;
        if start == usize::MAX {
            return None;
        }
        let i = start + (ix & POS_MASK) as usize;
        debug_assert!(std::ptr::eq(young[i], c), "gc_index out of date");
        Some(i)
    };
    // Trial deletion.
    // SAFETY (for every deref of a `young` pointer below): tracked objects are live, and no
    // object is freed until the `held` references taken below are dropped at the end.
    let mut refs: Vec<isize> = young
        .iter()
        // SAFETY: a tracked object, live until `held` is dropped (see above).
        .map(|&p| unsafe { &*p }.refcnt.get() as isize)
        .collect();
    for &p in &young {
        // SAFETY: a tracked object, live until `held` is dropped (see above).
        traverse(unsafe { &*p }, &mut |c: &Obj| {
            if let Some(j) = index(c) {
                refs[j] -= 1;
            }
        });
    }
    let unreachable = unreachable_set(&young, &index, &refs);
    let found = unreachable.len();
    let mut garbage_count = found;
    if found > 0 {
        // Hold the garbage so nothing is freed while finalizers and clearing run.
        let held: Vec<PyRef> = unreachable
            .iter()
            // SAFETY: a tracked object, live until `held` is dropped (see above).
            .map(|&i| PyRef::from_obj(unsafe { &*young[i] }))
            .collect();
        // = handle_weakrefs: weak references to the garbage die before any finalizer runs;
        // callbacks of weak references that are themselves garbage are dropped.
        let garbage: FxHashSet<usize> = held.iter().map(|o| o.as_ptr() as usize).collect();
        let in_garbage = |p: *const Obj| garbage.contains(&(p as usize));
        for o in &held {
            if o.flags.get() & crate::objects::weakref::FLAG_WEAKREFS != 0 {
                crate::objects::weakref::clear_weakrefs(o, Some(&in_garbage));
            }
        }
        let mut ran_finalizer = false;
        for o in &held {
            let f = o.flags.get();
            if f & FLAG_FINALIZED == 0 && f & FLAG_IMMORTAL == 0 && o.type_data().has_finalizer() {
                o.flags.set(f | FLAG_FINALIZED);
                ran_finalizer = true;
                finalize(o);
            }
        }
        // Finalizers may have resurrected objects: recompute reachability within the garbage
        // (each object now has one extra reference: ours in `held`).
        let still: Vec<usize> = if ran_finalizer {
            let sub: Vec<*const Obj> = held.iter().map(|o| o.as_ptr()).collect();
            let sub_index: HashMap<usize, usize> = sub
                .iter()
                .enumerate()
                .map(|(i, &p)| (p as usize, i))
                .collect();
            let mut sub_refs: Vec<isize> =
                held.iter().map(|o| o.refcnt.get() as isize - 1).collect();
            for &p in &sub {
                // SAFETY: a tracked object, live until `held` is dropped (see above).
                traverse(unsafe { &*p }, &mut |c: &Obj| {
                    if let Some(&j) = sub_index.get(&(c as *const Obj as usize)) {
                        sub_refs[j] -= 1;
                    }
                });
            }
            let sub_at = |c: &Obj| sub_index.get(&(c as *const Obj as usize)).copied();
            unreachable_set(&sub, &sub_at, &sub_refs)
        } else {
            (0..held.len()).collect()
        };
        garbage_count = found;
        for &i in &still {
            clear(&held[i]);
        }
        drop(held);
    }
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        // Survivors move one generation up.
        if generation < 2 {
            let target = generation + 1;
            for g in 0..=generation {
                let moved = std::mem::take(&mut s.gens[g]);
                s.holes[g] = 0;
                for p in moved.into_iter().filter(|p| !p.is_null()) {
                    let pos = s.gens[target].len() as u32;
                    // SAFETY: still tracked, so still alive.
                    unsafe { &*p }
                        .gc_index
                        .set(((target as u32) << POS_BITS) | pos);
                    s.gens[target].push(p);
                }
            }
            s.counts[target] += 1;
        }
        for g in 0..=generation {
            s.counts[g] = 0;
        }
        if generation == 2 {
            s.long_lived_total = s.live(2);
        }
        s.stats[generation].collections += 1;
        s.stats[generation].collected += garbage_count as u64;
        s.collecting = false;
    });
    garbage_count
}

/// Indices of objects not reachable from outside the set, given trial-deletion counts.
fn unreachable_set(
    objs: &[*const Obj],
    index: &dyn Fn(&Obj) -> Option<usize>,
    refs: &[isize],
) -> Vec<usize> {
    let mut reachable = vec![false; objs.len()];
    let mut work: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        // SAFETY: see `collect`.
        traverse(unsafe { &*objs[i] }, &mut |c: &Obj| {
            if let Some(j) = index(c) {
                if !reachable[j] {
                    reachable[j] = true;
                    work.push(j);
                }
            }
        });
    }
    (0..objs.len()).filter(|&i| !reachable[i]).collect()
}

/// The generation the thresholds say should be collected now, if any.
pub fn due_generation() -> Option<usize> {
    STATE.with(|s| {
        let s = s.borrow();
        if !s.enabled {
            return None;
        }
        // A full collection also waits until the oldest generation grew by a quarter since
        // the last one (CPython's rule): building a large structure would otherwise make
        // every full collection re-traverse it, which is quadratic.
        let full_due = s.live(2).saturating_sub(s.long_lived_total) > s.long_lived_total / 4;
        (0..3)
            .rev()
            .find(|&g| s.thresholds[g] > 0 && s.counts[g] > s.thresholds[g] && (g < 2 || full_due))
    })
}

pub fn enable(on: bool) {
    STATE.with(|s| s.borrow_mut().enabled = on);
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.borrow().enabled)
}

pub fn counts() -> [usize; 3] {
    STATE.with(|s| s.borrow().counts)
}

pub fn thresholds() -> [usize; 3] {
    STATE.with(|s| s.borrow().thresholds)
}

pub fn set_thresholds(t: [Option<usize>; 3]) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for (g, v) in t.iter().enumerate() {
            if let Some(v) = v {
                s.thresholds[g] = *v;
            }
        }
    });
}

pub fn stats() -> [GenStats; 3] {
    STATE.with(|s| s.borrow().stats)
}

/// Every tracked object (of one generation, or all), as new references.
pub fn objects(generation: Option<usize>) -> Vec<PyRef> {
    STATE.with(|s| {
        let s = s.borrow();
        let gens: Vec<usize> = match generation {
            Some(g) => vec![g.min(2)],
            None => vec![0, 1, 2],
        };
        // SAFETY: tracked pointers are live objects.
        gens.iter()
            .flat_map(|&g| s.gens[g].iter().filter(|p| !p.is_null()))
            .map(|&p| PyRef::from_obj(unsafe { &*p }))
            .collect()
    })
}

/// Whether `o` is tracked, as `gc.is_tracked` reports it: like CPython, dicts and tuples that
/// hold only atomic values count as untracked.
pub fn is_tracked(o: &Obj) -> bool {
    if o.gc_index.get() == UNTRACKED {
        return false;
    }
    let atomic = |v: &Value| match v {
        Value::Obj(x) => matches!(
            x.payload,
            Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex { .. }
        ),
        _ => true,
    };
    match &o.payload {
        Payload::Tuple(t) => !t.iter().all(atomic),
        Payload::Dict(d) if o.get_dict().is_none() => !d
            .borrow()
            .iter()
            .all(|e| atomic(&e.key) && atomic(&e.value)),
        _ => true,
    }
}
