//! Type objects (`type`): name, bases, MRO, namespace, version tag, and the layout their
//! instances use.
//!
//! Every type's namespace is a dict object; built-in types put their methods there as
//! built-in method descriptors, user classes their functions, so attribute lookup along the
//! MRO is one mechanism for both (= CPython's `_PyType_Lookup`).
//!
//! Version tags (= `tp_version_tag`): each type gets a fresh tag when created and whenever its
//! namespace, bases or MRO change — and so do all its subclasses. Inline caches and compiled
//! code compare a tag instead of redoing a lookup.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::object::{Obj, Payload, PyRef};

/// Instances are allocated by user code (`class` statements); their namespace may change.
pub const TF_HEAPTYPE: u32 = 1;
/// May be subclassed.
pub const TF_BASETYPE: u32 = 2;
/// Defines `__del__`: instances go through the finalizer queue.
pub const TF_HAS_FINALIZER: u32 = 4;
/// Instances have a `__dict__`.
pub const TF_HAS_DICT: u32 = 8;
/// The type is a subclass of BaseException.
pub const TF_EXCEPTION: u32 = 16;
/// Instances define `__getattr__` / `__getattribute__` / `__setattr__` somewhere in the MRO
/// (the attribute fast paths are off).
pub const TF_CUSTOM_GETATTR: u32 = 32;
pub const TF_CUSTOM_SETATTR: u32 = 64;
/// The type defines `__eq__` or `__hash__` in Python (dict/set fast paths must call them).
pub const TF_CUSTOM_EQ: u32 = 128;

/// Which payload a type's instances carry (the built-in base they share a layout with).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Not instantiable from Python (functions, code, cells, iterators...).
    Internal,
}

static NEXT_TYPE_VERSION: AtomicU32 = AtomicU32::new(1);

/// A fresh version tag (of a type, or of a function).
pub fn next_type_version() -> u32 {
    NEXT_TYPE_VERSION.fetch_add(1, Ordering::Relaxed)
}

thread_local! {
    /// The current version of every live type.
    static LIVE_VERSIONS: RefCell<HashSet<u32>> = RefCell::new(HashSet::new());
}

/// Moves a type from version `old` (0: a new type) to a fresh version.
fn renew_version(old: u32) -> u32 {
    let new = next_type_version();
    // At thread exit the set may be gone before the last types: nothing asks then.
    let _ = LIVE_VERSIONS.try_with(|l| {
        let mut l = l.borrow_mut();
        l.remove(&old);
        l.insert(new);
    });
    new
}

/// Whether some live type has version `v` now. A cache entry recorded under a type version
/// (LOAD_METHOD_CACHED's method pointer, which the type's namespace keeps alive) may be
/// dereferenced without the receiver at hand only while this holds.
pub fn is_live_version(v: u32) -> bool {
    LIVE_VERSIONS.with(|l| l.borrow().contains(&v))
}

/// The data of a type object.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The namespace (a dict object).
    pub dict: PyRef,
    pub version: Cell<u32>,
    pub flags: Cell<u32>,
    pub layout: Layout,
    /// Subclasses, not counted (a subclass removes itself when freed).
    pub subclasses: RefCell<Vec<*const Obj>>,
    /// `__slots__` names, when the class declares them (instances then have no `__dict__`
    /// unless `__dict__` is among them).
    pub slots: RefCell<Option<Vec<String>>>,
    /// How many slot values an instance has (`Payload::Slots`): the slots this class and
    /// its bases declare, when instances are plain objects (`Layout::Object`); fixed at
    /// class creation.
    pub slot_count: Cell<u32>,
    /// `(version, address)`: the Python `__init__` that calling this class runs on a plain
    /// instance, as found while the type had that version (address 0: calls take the
    /// general path). See `Vm::plain_init`.
    pub init_cache: Cell<(u32, usize)>,
}

impl TypeData {
    pub fn new(name: &str, dict: PyRef, layout: Layout, flags: u32) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict,
            version: Cell::new(renew_version(0)),
            flags: Cell::new(flags),
            layout,
            subclasses: RefCell::new(Vec::new()),
            slots: RefCell::new(None),
            slot_count: Cell::new(0),
            init_cache: Cell::new((0, 0)),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// The address of the Python `__init__` [`TypeData::init_cache`] holds for the current
    /// version, if it holds one (see `Vm::plain_init`).
    pub fn cached_plain_init(&self) -> Option<usize> {
        let (version, addr) = self.init_cache.get();
        (version == self.version.get() && addr != 0).then_some(addr)
    }

    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub fn set_flag(&self, f: u32, on: bool) {
        let v = self.flags.get();
        self.flags.set(if on { v | f } else { v & !f });
    }

    #[inline]
    pub fn has_finalizer(&self) -> bool {
        self.has_flag(TF_HAS_FINALIZER)
    }

    #[inline]
    pub fn is_heap(&self) -> bool {
        self.has_flag(TF_HEAPTYPE)
    }

    /// Gives this type and every subclass a new version tag (something they depend on changed).
    pub fn invalidate(&self) {
        self.version.set(renew_version(self.version.get()));
        let subs: Vec<*const Obj> = self.subclasses.borrow().clone();
        for s in subs {
            // SAFETY: subclasses unregister themselves in `Drop for TypeData` before they are
            // freed, so every pointer in the list is live.
            let sub = unsafe { &*s };
            if let Payload::Type(t) = &sub.payload {
                t.invalidate();
            }
        }
    }
}

impl Drop for TypeData {
    fn drop(&mut self) {
        let version = self.version.get();
        let _ = LIVE_VERSIONS.try_with(|l| l.borrow_mut().remove(&version));
        let me = self as *const TypeData;
        for b in self.bases.borrow().iter() {
            if let Payload::Type(bt) = &b.payload {
                bt.subclasses.borrow_mut().retain(|&s| {
                    // SAFETY: see `invalidate`: the list holds only live type objects.
                    let sub = unsafe { &*s };
                    !matches!(&sub.payload, Payload::Type(t) if std::ptr::eq(&**t, me))
                });
            }
        }
    }
}

/// The type data of a type object (panics if `o` is not a type: callers check first).
#[inline]
pub fn tdata(o: &Obj) -> &TypeData {
    match &o.payload {
        Payload::Type(t) => t,
        _ => unreachable!("expected a type object"),
    }
}

/// Whether `sub` is `base` or derives from it (by MRO).
pub fn is_subtype(sub: &Obj, base: &Obj) -> bool {
    if std::ptr::eq(sub, base) {
        return true;
    }
    match &sub.payload {
        Payload::Type(t) => t.mro.borrow().iter().any(|m| std::ptr::eq(&**m, base)),
        _ => false,
    }
}
