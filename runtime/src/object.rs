//! Heap objects: the header every object carries, the counted pointer [`PyRef`], the payload
//! kinds, allocation and deallocation.
//!
//! Every heap object is an [`Obj`]: a non-atomic reference count, a counted pointer to its type
//! object, header flags, an optional instance `__dict__`, and a [`Payload`] that says what kind
//! of built-in object it is (a `list` and an instance of `class MyList(list)` both have
//! `Payload::List`; only their type pointers differ).
//!
//! Deallocation (= CPython's `_Py_Dealloc`):
//! - An object whose type defines `__del__` is not freed at once: it is resurrected (count 1),
//!   marked finalized and queued; the interpreter runs queued finalizers at the next instruction
//!   boundary, so `del obj` prints from `__del__` before the next statement, and each `__del__`
//!   runs once (PEP 442). Running them from the eval loop, not from `Drop`, means no Rust code
//!   is ever re-entered from a destructor.
//! - Freeing is depth-limited (CPython's "trashcan"): past [`TRASHCAN_DEPTH`] nested frees, the
//!   object is parked and freed by the outermost dealloc, so a million-node linked list is freed
//!   without overflowing the Rust stack.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use num_bigint::BigInt;

use crate::objects::code::CodeData;
use crate::objects::dict::Dict;
use crate::objects::exceptions::ExcData;
use crate::objects::function::{BuiltinFn, FunctionData};
use crate::objects::generator::GenData;
use crate::objects::iter::IterState;
use crate::objects::set::SetTable;
use crate::objects::str::StrData;
use crate::objects::typeobj::TypeData;
use crate::value::Value;

/// Header flag: the object's `__del__` has run (or is queued to run).
pub const FLAG_FINALIZED: u32 = 1;
/// Header flag: the object is immortal (static singletons, built-in types); never freed.
pub const FLAG_IMMORTAL: u32 = 2;

// Header flag 8 is `objects::weakref::FLAG_WEAKREFS` (the object has weak references).

/// Nested frees beyond this depth are deferred to the outermost dealloc.
pub const TRASHCAN_DEPTH: usize = 256;

/// A heap object. See the module documentation and `abi.rs` for the layout.
#[repr(C)]
pub struct Obj {
    pub refcnt: Cell<usize>,
    pub(crate) ty: Cell<NonNull<Obj>>,
    pub flags: Cell<u32>,
    /// Position in the cycle collector's list of tracked containers (`u32::MAX`: untracked).
    /// Occupies what would otherwise be padding after `flags`.
    pub gc_index: Cell<u32>,
    /// The instance `__dict__` (a dict object), for objects that have one.
    pub dict: Cell<Option<PyRef>>,
    pub payload: Payload,
}

/// What kind of built-in object this is, with its data.
pub enum Payload {
    /// `object()` and instances of classes with no built-in base but `object`.
    Object,
    /// Instances of such classes that declare `__slots__` (in the class or a base): one value
    /// per slot, at the index its member descriptor holds (`Undef` while unset). The array's
    /// length is the type's `slot_count` and never changes.
    Slots(SlotArray),
    /// Heap ints: values outside i64, and instances of `int` subclasses.
    Int(BigInt),
    /// Instances of `float` subclasses (exact floats are inline).
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Str(StrData),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<Dict>),
    /// `set` (mutable) or `frozenset` (the type tells which).
    Set(RefCell<SetTable>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice(Box<[Value; 3]>),
    Type(Box<TypeData>),
    Function(Box<FunctionData>),
    Builtin(Box<BuiltinFn>),
    /// A bound method: `func` called with `self_` prepended.
    Method {
        func: Value,
        self_: Value,
    },
    Code(Box<CodeData>),
    Module {
        name: RefCell<Value>,
    },
    /// A closure cell; `Undef` when empty.
    Cell(RefCell<Value>),
    Exception(Box<ExcData>),
    Iter(RefCell<IterState>),
    Generator(Box<GenData>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        ty: Value,
        obj: Value,
        obj_type: Value,
    },
    /// `dict.keys()`, `.values()`, `.items()`: the dict and which view (0, 1, 2).
    DictView {
        dict: PyRef,
        kind: u8,
    },
    /// A traceback entry (`tb_next`, the code object, the instruction index and line).
    Traceback {
        next: RefCell<Option<PyRef>>,
        code: PyRef,
        lasti: usize,
        lineno: u32,
        frame: RefCell<Value>,
    },
    /// A frame object materialised for Python code (snapshot of the running frame's identity).
    Frame(Box<crate::objects::frameobj::FrameData>),
    NotImplemented,
    Ellipsis,
    /// Objects of built-in modules that need private Rust state (files, locks, ...).
    Native(RefCell<Box<dyn std::any::Any>>),
}

/// A counted reference to a heap object. Cloning increments the count; dropping decrements it
/// and frees the object at zero.
pub struct PyRef(NonNull<Obj>);

impl PyRef {
    /// Allocates a new object of type `ty` with count 1.
    pub fn new(ty: &PyRef, payload: Payload) -> PyRef {
        let track = crate::gc::is_container(&payload);
        let obj = Box::new(Obj {
            refcnt: Cell::new(1),
            ty: Cell::new(ty.clone().into_raw()),
            flags: Cell::new(0),
            gc_index: Cell::new(u32::MAX),
            dict: Cell::new(None),
            payload,
        });
        let r = PyRef(NonNull::from(Box::leak(obj)));
        if let Payload::Slots(s) = &r.payload {
            s.pin();
        }
        if track {
            crate::gc::track(&r);
        }
        r
    }

    /// Allocates an object whose type is itself (only `type` at bootstrap) or a placeholder
    /// that the caller fixes with [`Obj::set_type`] before use.
    pub(crate) fn new_self_typed(payload: Payload) -> PyRef {
        let obj = Box::new(Obj {
            refcnt: Cell::new(2),
            ty: Cell::new(NonNull::dangling()),
            flags: Cell::new(FLAG_IMMORTAL),
            gc_index: Cell::new(u32::MAX),
            dict: Cell::new(None),
            payload,
        });
        let ptr = NonNull::from(Box::leak(obj));
        // SAFETY: `ptr` was just leaked from a Box and is valid; the extra count taken above is
        // the type's reference to itself.
        unsafe { ptr.as_ref() }.ty.set(ptr);
        PyRef(ptr)
    }

    /// The payload, mutably.
    ///
    /// # Safety
    /// Nothing else reads or writes the object while the returned reference lives, and no one
    /// can observe the change: the caller has checked that every reference to the object is
    /// one it knows is idle (its count says so).
    #[inline]
    pub unsafe fn payload_mut(&mut self) -> &mut Payload {
        // SAFETY: the pointer came from a `Box` (write provenance); the contract excludes any
        // other access while the reference lives.
        unsafe { &mut (*self.0.as_ptr()).payload }
    }

    #[inline]
    pub fn ptr_eq(a: &PyRef, b: &PyRef) -> bool {
        a.0 == b.0
    }

    #[inline]
    pub fn as_ptr(&self) -> *const Obj {
        self.0.as_ptr()
    }

    /// Gives up this reference without decrementing, returning the raw pointer.
    #[inline]
    pub fn into_raw(self) -> NonNull<Obj> {
        let p = self.0;
        std::mem::forget(self);
        p
    }

    /// Re-wraps a pointer obtained from [`PyRef::into_raw`].
    ///
    /// # Safety
    /// `p` must carry a reference count that this `PyRef` now owns.
    #[inline]
    pub unsafe fn from_raw(p: NonNull<Obj>) -> PyRef {
        PyRef(p)
    }

    /// Takes a new counted reference to a borrowed object.
    #[inline]
    pub fn from_obj(o: &Obj) -> PyRef {
        o.incref();
        PyRef(NonNull::from(o))
    }

    /// Marks the object immortal (never freed): static singletons and built-in types.
    pub fn make_immortal(&self) {
        self.flags.set(self.flags.get() | FLAG_IMMORTAL);
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> PyRef {
        self.incref();
        PyRef(self.0)
    }
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        let rc = &self.refcnt;
        let n = rc.get() - 1;
        rc.set(n);
        if n == 0 {
            dealloc(self.0);
        }
    }
}

impl std::ops::Deref for PyRef {
    type Target = Obj;
    #[inline]
    fn deref(&self) -> &Obj {
        // SAFETY: a PyRef owns one count of a live object, so the pointee is alive while self is.
        unsafe { self.0.as_ref() }
    }
}

/// Slot values kept inside the object (more go to an array of their own): the payload has
/// room for them, and most classes with `__slots__` declare a few.
pub const INLINE_SLOTS: usize = 4;

/// The slot values of an instance (`Payload::Slots`): up to [`INLINE_SLOTS`] inside the object,
/// so making such an instance is one allocation, or an array of their own. `ptr` points at
/// the first value either way, so compiled code reads slot `i` at `ptr + i` without asking
/// which; for values inside the object it is set when the object is in its final place
/// ([`SlotArray::pin`], from [`PyRef::new`]). Rust code indexes the array through `Deref`,
/// which does not use `ptr` for inline values.
pub struct SlotArray {
    ptr: Cell<*const Cell<Value>>,
    len: usize,
    inline: [Cell<Value>; INLINE_SLOTS],
}

impl SlotArray {
    /// `len` unset slots.
    pub fn new(len: usize) -> SlotArray {
        let ptr = if len > INLINE_SLOTS {
            let heap: Box<[Cell<Value>]> = (0..len).map(|_| Cell::new(Value::Undef)).collect();
            Box::into_raw(heap) as *const Cell<Value>
        } else {
            std::ptr::null()
        };
        SlotArray {
            ptr: Cell::new(ptr),
            len,
            inline: [const { Cell::new(Value::Undef) }; INLINE_SLOTS],
        }
    }

    /// Points `ptr` at the inline values, once the array is where it stays.
    pub fn pin(&self) {
        if self.len <= INLINE_SLOTS {
            self.ptr.set(self.inline.as_ptr());
        }
    }

    /// The address of `ptr` and of `len` (for the layout probe).
    pub(crate) fn field_addrs(&self) -> (usize, usize) {
        (
            &self.ptr as *const _ as usize,
            &self.len as *const usize as usize,
        )
    }
}

impl SlotArray {
    /// The separate array of more than [`INLINE_SLOTS`] values.
    fn heap(&self) -> *mut [Cell<Value>] {
        debug_assert!(self.len > INLINE_SLOTS);
        std::ptr::slice_from_raw_parts_mut(self.ptr.get() as *mut Cell<Value>, self.len)
    }
}

impl std::ops::Deref for SlotArray {
    type Target = [Cell<Value>];

    fn deref(&self) -> &[Cell<Value>] {
        if self.len <= INLINE_SLOTS {
            &self.inline[..self.len]
        } else {
            // SAFETY: `ptr` came from a boxed slice of `len` values that this array owns.
            unsafe { &*self.heap() }
        }
    }
}

impl std::ops::DerefMut for SlotArray {
    fn deref_mut(&mut self) -> &mut [Cell<Value>] {
        if self.len <= INLINE_SLOTS {
            &mut self.inline[..self.len]
        } else {
            // SAFETY: as for `deref`; `&mut self` makes this the only access.
            unsafe { &mut *self.heap() }
        }
    }
}

impl Drop for SlotArray {
    fn drop(&mut self) {
        if self.len > INLINE_SLOTS {
            // SAFETY: `ptr` came from `Box::into_raw` of a boxed slice of `len` values (see
            // `new`), and is freed only here.
            drop(unsafe { Box::from_raw(self.heap()) });
        }
    }
}

impl Payload {
    /// The payload of a fresh instance of a class whose instances are plain objects
    /// (`Layout::Object`) with `slot_count` slot values.
    pub fn instance(slot_count: u32) -> Payload {
        if slot_count == 0 {
            Payload::Object
        } else {
            Payload::Slots(SlotArray::new(slot_count as usize))
        }
    }

    /// Whether this is a plain instance's payload (no built-in data: `Object` or `Slots`).
    #[inline]
    pub fn is_instance(&self) -> bool {
        matches!(self, Payload::Object | Payload::Slots(_))
    }
}

impl Obj {
    #[inline]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get() + 1);
    }

    /// The object's type object.
    #[inline]
    pub fn ty(&self) -> &Obj {
        // SAFETY: the object holds a counted reference to its type, so the type outlives it.
        unsafe { self.ty.get().as_ref() }
    }

    /// A counted reference to the type object.
    #[inline]
    pub fn type_ref(&self) -> PyRef {
        PyRef::from_obj(self.ty())
    }

    /// Replaces the type (`obj.__class__ = C`).
    pub fn set_type(&self, ty: &PyRef) {
        let new = ty.clone().into_raw();
        let old = self.ty.replace(new);
        if old != NonNull::dangling() {
            // SAFETY: `old` was the counted type reference this object held.
            drop(unsafe { PyRef::from_raw(old) });
        }
    }

    /// The type's data (every type object has `Payload::Type`).
    #[inline]
    pub fn type_data(&self) -> &TypeData {
        match &self.ty().payload {
            Payload::Type(t) => t,
            _ => unreachable!("type pointer to a non-type object"),
        }
    }

    /// The type's `__name__`.
    pub fn type_name(&self) -> String {
        self.type_data().name()
    }

    /// A new reference to the instance `__dict__`, if the object has one.
    #[inline]
    pub fn get_dict(&self) -> Option<PyRef> {
        let d = self.dict.take();
        let r = d.clone();
        self.dict.set(d);
        r
    }

    /// The value in slot `i` of an instance with slot values (`Undef` while unset); `None`
    /// when the object has no such slot.
    #[inline]
    pub fn slot_value(&self, i: usize) -> Option<Value> {
        let Payload::Slots(s) = &self.payload else {
            return None;
        };
        let c = s.get(i)?;
        let v = c.take();
        let r = v.clone();
        c.set(v);
        Some(r)
    }

    /// Puts `v` in slot `i` (see [`Obj::slot_value`]), returning the old value (`Undef` when
    /// it was unset), or gives `v` back when the object has no such slot.
    #[inline]
    pub fn set_slot_value(&self, i: usize, v: Value) -> Result<Value, Value> {
        match &self.payload {
            Payload::Slots(s) if i < s.len() => Ok(s[i].replace(v)),
            _ => Err(v),
        }
    }

    /// Sets the instance `__dict__`.
    pub fn set_dict(&self, d: Option<PyRef>) {
        drop(self.dict.replace(d));
    }

    /// The object's address, used as its `id()`.
    #[inline]
    pub fn addr(&self) -> usize {
        self as *const Obj as usize
    }
}

impl Drop for Obj {
    fn drop(&mut self) {
        let ty = self.ty.get();
        match &mut self.payload {
            Payload::List(l) => crate::value::release_last_first(std::mem::take(l.get_mut())),
            Payload::Tuple(t) => crate::value::release_last_first(std::mem::take(t).into_vec()),
            Payload::Slots(s) if ty != NonNull::dangling() => {
                // SAFETY: the object still holds its count of the type.
                release_slots(unsafe { ty.as_ref() }, s)
            }
            _ => {}
        }
        if ty != NonNull::dangling() && ty != NonNull::from(&*self) {
            // SAFETY: the object held one count of its type; it is released exactly once here.
            drop(unsafe { PyRef::from_raw(ty) });
        }
    }
}

/// The index ranges of an instance's slots in the order CPython releases them: the most
/// derived class's own slots first (each class's in declaration order), then its base's,
/// down to the first class that declared any. A class's own slots are the indexes from the
/// next class on the MRO with fewer slots up to its own count.
fn slot_release_order(ty: &Obj, len: usize) -> smallvec::SmallVec<[(usize, usize); 4]> {
    let mut out = smallvec::SmallVec::new();
    let mut hi = len;
    if let Payload::Type(td) = &ty.payload {
        for c in td.mro.borrow().iter() {
            let lo = match &c.payload {
                Payload::Type(t) => t.slot_count.get() as usize,
                _ => 0,
            };
            if lo < hi {
                out.push((lo, hi));
                hi = lo;
            }
        }
    }
    if hi > 0 {
        out.push((0, hi));
    }
    out
}

/// Releases the slot values of an instance being freed in CPython's order (see
/// [`slot_release_order`]). The order shows only through the objects released (their
/// `__del__`, weak reference callbacks): with at most one object among the values, the
/// array's own drop (index order) does.
fn release_slots(ty: &Obj, slots: &mut SlotArray) {
    let mut objects = 0;
    for c in slots.iter_mut() {
        objects += matches!(c.get_mut(), Value::Obj(_)) as usize;
    }
    if objects > 1 {
        clear_slots(ty, slots);
    }
}

/// Releases an instance's slot values in CPython's order, leaving them unset (the cycle
/// collector's clear, and freeing).
pub(crate) fn clear_slots(ty: &Obj, slots: &SlotArray) {
    for (lo, hi) in slot_release_order(ty, slots.len()) {
        for c in &slots[lo..hi] {
            drop(c.take());
        }
    }
}

crate::gil_local! {
    static DEALLOC_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED_FREES: RefCell<Vec<NonNull<Obj>>> = const { RefCell::new(Vec::new()) };
    static PENDING_FINALIZERS: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

/// Set when `Vm::service` has work; an atomic because a thread waiting for the GIL sets it
/// (a drop request, see `gil`).
static SERVICE_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the interpreter has work to do at the next instruction boundary (queued
/// finalizers, a cycle collection); the eval loop checks this before every instruction.
#[inline]
pub fn service_pending() -> bool {
    SERVICE_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// Asks the interpreter to call `Vm::service` at its next instruction boundary.
pub fn request_service() {
    SERVICE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Clears the service request (the interpreter is handling it).
pub fn clear_service() {
    SERVICE_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
}

/// Takes the queued finalizers (objects whose `__del__` must run now).
pub fn take_pending_finalizers() -> Vec<PyRef> {
    PENDING_FINALIZERS.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// A generator suspended inside its body must be closed when freed (its `finally` blocks and
/// `with` exits run), like an object with `__del__`.
fn suspended_generator(obj: &Obj) -> bool {
    matches!(&obj.payload, Payload::Generator(g) if g.state.get() == crate::objects::generator::GenState::Suspended)
}

#[cold]
fn dealloc(p: NonNull<Obj>) {
    // SAFETY: the count just reached zero; the object is still allocated until freed below.
    let obj = unsafe { p.as_ref() };
    let flags = obj.flags.get();
    if flags & FLAG_IMMORTAL != 0 {
        obj.refcnt.set(1 << 40);
        return;
    }
    if flags & FLAG_FINALIZED == 0 && (obj.type_data().has_finalizer() || suspended_generator(obj))
    {
        obj.flags.set(flags | FLAG_FINALIZED);
        obj.refcnt.set(1);
        // SAFETY: the count of 1 set above is owned by the queued PyRef.
        let r = unsafe { PyRef::from_raw(p) };
        PENDING_FINALIZERS.with(|q| q.borrow_mut().push(r));
        request_service();
        return;
    }
    if flags & crate::objects::weakref::FLAG_WEAKREFS != 0 {
        // = PyObject_ClearWeakRefs: after `__del__` (above), before the memory goes.
        crate::objects::weakref::clear_weakrefs(obj, None);
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        DEFERRED_FREES.with(|q| q.borrow_mut().push(p));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    crate::gc::untrack(obj);
    // SAFETY: every object is allocated by `PyRef::new` as a leaked Box, and its count is zero,
    // so no other reference remains.
    drop(unsafe { Box::from_raw(p.as_ptr()) });
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        loop {
            let next = DEFERRED_FREES.with(|q| q.borrow_mut().pop());
            let Some(next) = next else { break };
            DEALLOC_DEPTH.with(|d| d.set(1));
            // SAFETY: parked objects have count zero and were allocated as leaked Boxes.
            crate::gc::untrack(unsafe { next.as_ref() });
            // SAFETY: as above; the object is freed exactly once.
            drop(unsafe { Box::from_raw(next.as_ptr()) });
            DEALLOC_DEPTH.with(|d| d.set(0));
        }
    }
}
