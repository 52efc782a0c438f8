//! The memory layout compiled code relies on, in one place.
//!
//! | what | offset | size | meaning |
//! |---|---|---|---|
//! | `Value` tag | 0 | 8 | 0 Undef, 1 None, 2 Bool, 3 Int, 4 Float, 5 Obj (compiled code reads the low byte and writes the whole word) |
//! | `Value` payload | 8 | 8 | bool as u8, i64, f64 bits, or `*const Obj` |
//! | `Obj.refcnt` | 0 | 8 | non-atomic reference count |
//! | `Obj.ty` | 8 | 8 | `*const Obj` of the type object (a counted reference) |
//! | `Obj.flags` | 16 | 4 | header flag bits (`FLAG_*`) |
//! | `Obj.gc_index` | 20 | 4 | slot in the cycle collector's tracked list, or `u32::MAX` |
//! | `Obj.dict` | 24 | 8 | the instance `__dict__` (`Option<PyRef>`, null when absent) |
//! | `Obj.payload` | 32 | - | the built-in kind and its data |
//! | `Obj.dict` | `OBJ_DICT_OFFSET` | 8 | instance `__dict__` or 0 |
//! | dict table | `Layout::dict_table` | | `Dict`: `keys_version` u32, `version` u64, `entries` Vec |
//! | dict entry | `ENTRY_SIZE` each | | `hash`, `key: Value`, `value: Value` |
//! | list items | `Layout::list_vec` | | `Vec<Value>`: pointer at `vec_ptr`, length at `vec_len` |
//! | tuple items | `Layout::tuple_ptr`, `tuple_len` | | boxed slice halves |
//! | slot values | `Layout::slots_ptr`, `slots_len` | | an instance's `Payload::Slots` array (`Value`s) |
//! | type data | `Layout::type_data` | 8 | `Box<TypeData>`: `version` u32 at `TYPE_VERSION_OFFSET` |
//! | function data | `Layout::func_data` | 8 | `Box<FunctionData>`: `version`, `globals`; the code object at `Layout::func_code` |
//! | code data | `Layout::code_data` | 8 | `Box<CodeData>`: tier 2's record at `CODE_JIT_ENTRY_OFFSET` (a `DirectEntry`, `DIRECT_*`) |
//! | cell contents | `Layout::cell_value` | 16 | the `Value` a cell holds |
//! | `JitThread`, `Activation` | `THREAD_*`, `ACT_*` | | tier-2 records (`vm::jit_support`) |
//!
//! Offsets of fields Rust lets us name are compile-time constants (`offset_of!`); offsets
//! inside enum variants and standard containers (where rustc picks the order) are measured
//! once at start-up on real objects ([`Layout`]). The JIT never hard-codes an offset: it reads
//! these. `tests` below pin them.

use std::mem::{offset_of, size_of};

use crate::object::{Obj, Payload, PyRef};
use crate::objects::code::CodeData;
use crate::objects::dict::{Dict, Entry};
use crate::objects::function::FunctionData;
use crate::objects::typeobj::TypeData;
use crate::value::Value;
use crate::vm::jit_support::{Activation, AttrCache, DirectEntry, JitThread, RawValue};

pub const VALUE_SIZE: usize = 16;
pub const VALUE_TAG_OFFSET: usize = 0;
pub const VALUE_PAYLOAD_OFFSET: usize = 8;

pub const TAG_UNDEF: u8 = 0;
pub const TAG_NONE: u8 = 1;
pub const TAG_BOOL: u8 = 2;
pub const TAG_INT: u8 = 3;
pub const TAG_FLOAT: u8 = 4;
pub const TAG_OBJ: u8 = 5;

pub const OBJ_REFCNT_OFFSET: usize = offset_of!(Obj, refcnt);
pub const OBJ_TYPE_OFFSET: usize = offset_of!(Obj, ty);
pub const OBJ_FLAGS_OFFSET: usize = offset_of!(Obj, flags);
pub const OBJ_GC_INDEX_OFFSET: usize = offset_of!(Obj, gc_index);

const _: () = assert!(size_of::<Value>() == VALUE_SIZE);
const _: () = assert!(OBJ_REFCNT_OFFSET == 0);
const _: () = assert!(OBJ_TYPE_OFFSET == 8);
const _: () = assert!(OBJ_FLAGS_OFFSET == 16 && OBJ_GC_INDEX_OFFSET == 20 && OBJ_DICT_OFFSET == 24);

#[cfg(not(target_endian = "little"))]
compile_error!("Heron's value layout assumes a little-endian target");

/// Reads the tag byte of a value (what compiled code does with a 1-byte load at offset 0).
pub fn tag_of(v: &Value) -> u8 {
    // SAFETY: `Value` is `#[repr(C, u64)]` with discriminants below 256, and the target is
    // little-endian (checked above), so its first byte is the discriminant's low byte.
    unsafe { *(v as *const Value as *const u8) }
}

// ---- Object header and payloads --------------------------------------------------------------

/// `Obj.dict`: `Option<PyRef>` (a nullable pointer; 0 = no instance dict).
pub const OBJ_DICT_OFFSET: usize = offset_of!(Obj, dict);
/// `Obj.payload`: where the payload enum starts.
pub const OBJ_PAYLOAD_OFFSET: usize = offset_of!(Obj, payload);

const _: () = assert!(size_of::<Option<PyRef>>() == 8);

// ---- Dict tables -----------------------------------------------------------------------------

/// `Dict.version`: changes on every mutation (u64).
pub const DICT_VERSION_OFFSET: usize = offset_of!(Dict, version);
/// `Dict.keys_version`: changes when the key set (and so entry indices) changes (u32).
pub const DICT_KEYS_VERSION_OFFSET: usize = offset_of!(Dict, keys_version);
pub const DICT_BLOOM_OFFSET: usize = offset_of!(Dict, bloom);
/// `Dict.entries`: the dense `Vec<Entry>` (see [`Layout::vec_ptr`] / [`Layout::vec_len`]).
pub const DICT_ENTRIES_OFFSET: usize = offset_of!(Dict, entries);
/// One dict entry: `hash`, `key`, `value`.
pub const ENTRY_SIZE: usize = size_of::<Entry>();
pub const ENTRY_KEY_OFFSET: usize = offset_of!(Entry, key);
pub const ENTRY_VALUE_OFFSET: usize = offset_of!(Entry, value);

// ---- Types and functions ---------------------------------------------------------------------

/// `TypeData.version`: the type's version tag (u32; every change to the type or a base
/// gives it a fresh, never reused tag).
pub const TYPE_VERSION_OFFSET: usize = offset_of!(TypeData, version);
/// `TypeData.flags` (u32, `TF_*`).
pub const TYPE_FLAGS_OFFSET: usize = offset_of!(TypeData, flags);
/// `FunctionData.version` (u32): changes when `__code__` or `__defaults__` change.
pub const FUNC_VERSION_OFFSET: usize = offset_of!(FunctionData, version);
/// `FunctionData.globals`: the globals dict (a `PyRef`, 8 bytes).
pub const FUNC_GLOBALS_OFFSET: usize = offset_of!(FunctionData, globals);
/// `CodeData.jit_entry`: tier 2's record of the code object (0 while it has none), which
/// starts with a `DirectEntry`.
pub const CODE_JIT_ENTRY_OFFSET: usize = offset_of!(CodeData, jit_entry);
/// `DirectEntry` fields: the frameless entry, the globals it assumes, and the shape of the
/// locals it takes (u32s).
pub const DIRECT_ENTRY_OFFSET: usize = offset_of!(DirectEntry, entry);
pub const DIRECT_GLOBALS_OFFSET: usize = offset_of!(DirectEntry, globals);
pub const DIRECT_ARGCOUNT_OFFSET: usize = offset_of!(DirectEntry, argcount);
pub const DIRECT_NLOCALSPLUS_OFFSET: usize = offset_of!(DirectEntry, nlocalsplus);

// ---- Tier-2 records (`vm::jit_support`) ------------------------------------------------------

/// `JitThread` fields compiled code reads and writes.
pub const THREAD_TOP_OFFSET: usize = offset_of!(JitThread, top);
pub const THREAD_DEPTH_OFFSET: usize = offset_of!(JitThread, depth);
pub const THREAD_DEPTH_LIMIT_OFFSET: usize = offset_of!(JitThread, depth_limit);
pub const THREAD_STRESS_OFFSET: usize = offset_of!(JitThread, stress_left);
/// `Activation` fields (the lightweight record of one compiled activation).
pub const ACT_SIZE: usize = size_of::<Activation>();
pub const ACT_THREAD_OFFSET: usize = offset_of!(Activation, thread);
pub const ACT_FUNC_OFFSET: usize = offset_of!(Activation, func);
pub const ACT_FI_OFFSET: usize = offset_of!(Activation, fi);
pub const ACT_PREV_OFFSET: usize = offset_of!(Activation, prev);
pub const ACT_CODE_OFFSET: usize = offset_of!(Activation, code);
pub const ACT_META_OFFSET: usize = offset_of!(Activation, meta);
pub const ACT_FRAMES_OFFSET: usize = offset_of!(Activation, frames);
/// `AttrCache` (a compiled attribute site's polymorphic cache): the type versions and the
/// per-way data.
pub const ATTR_CACHE_VERSIONS_OFFSET: usize = offset_of!(AttrCache, versions);
pub const ATTR_CACHE_DATA_OFFSET: usize = offset_of!(AttrCache, data);
/// `Vm.frames`: the interpreter's frame stack (a `Vec<Frame>`; its length at
/// [`Layout::vec_len`]).
pub const VM_FRAMES_OFFSET: usize = offset_of!(crate::vm::Vm, frames);
pub const THREAD_VM_OFFSET: usize = offset_of!(JitThread, vm);
/// `Frame`s in `Vm.frames` (data pointer at [`Layout::vec_ptr`]): size and the `lasti` field
/// (a `usize` word index), which compiled code keeps current across calls; `ip` (the word
/// to resume at) and `sp` (the stack top), which a compiled generator's yield writes.
pub const FRAME_SIZE: usize = size_of::<crate::vm::Frame>();
pub const FRAME_LASTI_OFFSET: usize = offset_of!(crate::vm::Frame, lasti);
pub const FRAME_IP_OFFSET: usize = offset_of!(crate::vm::Frame, ip);
pub const FRAME_SP_OFFSET: usize = offset_of!(crate::vm::Frame, sp);
// Frames move (generator resumes move one in and out of `Vm.frames`); at 128 bytes or less
// the compiler copies them in line instead of calling memcpy, which cost generator-heavy code
// a tenth of its time.
const _: () = assert!(FRAME_SIZE <= 128);

/// `RawValue` tag returned by compiled code and helpers when an exception was raised (the
/// exception is in `JitThread::err`). Equal to `TAG_UNDEF`: no Python value has that tag.
pub const RET_ERROR: u64 = TAG_UNDEF as u64;
/// `RawValue` tag: compiled code left the frame to the interpreter (frameful activations).
pub const RET_DEOPT: u64 = 0xfe;
/// `RawValue` tag: an iterator is exhausted (`FOR_ITER` helpers).
pub const RET_EXHAUSTED: u64 = 0xfd;

const _: () = assert!(size_of::<RawValue>() == 16);

// ---- Layout facts Rust does not let us compute at compile time --------------------------------

/// Offsets inside enum variants (`Payload::List(..)`) and standard containers (`Vec`, boxed
/// slices, `RefCell`), whose placement rustc chooses. They are measured once on real objects
/// ([`probe_layout`]) and pinned by tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Object start → the `Vec<Value>` of a list (inside its `RefCell`).
    pub list_vec: usize,
    /// Inside any `Vec<T>`: the data pointer and the length.
    pub vec_ptr: usize,
    pub vec_len: usize,
    /// Object start → a tuple's item pointer and length (the boxed slice's halves).
    pub tuple_ptr: usize,
    pub tuple_len: usize,
    /// Object start → an instance's slot array pointer and length (`Payload::Slots`).
    pub slots_ptr: usize,
    pub slots_len: usize,
    /// Object start → the `Dict` table of a dict object (inside its `RefCell`).
    pub dict_table: usize,
    /// Object start → the `Box<TypeData>` pointer of a type object.
    pub type_data: usize,
    /// Object start → the `Box<FunctionData>` pointer of a function object.
    pub func_data: usize,
    /// `FunctionData` start → its code object (the `PyRef` inside the `RefCell`).
    pub func_code: usize,
    /// Object start → the `Box<CodeData>` pointer of a code object.
    pub code_data: usize,
    /// Object start → the `Value` held by a cell object (inside its `RefCell`).
    pub cell_value: usize,
}

static LAYOUT: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();

/// The measured layout (probes on first use).
pub fn layout() -> &'static Layout {
    LAYOUT.get_or_init(probe_layout)
}

fn addr_in(obj: &Obj, field: *const u8) -> usize {
    field as usize - obj as *const Obj as usize
}

/// Finds where a `Vec`'s pointer and length live by looking at its three words.
fn probe_vec<T>(v: &Vec<T>) -> (usize, usize) {
    const _: () = assert!(size_of::<Vec<u8>>() == 24);
    // SAFETY: a Vec is three initialised machine words (pointer, capacity, length in some
    // order); reading them as integers inspects that representation without changing it.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(v) };
    let ptr = words
        .iter()
        .position(|&w| w == v.as_ptr() as usize)
        .expect("vec pointer word");
    let len = words
        .iter()
        .position(|&w| w == v.len())
        .expect("vec length word");
    (ptr * 8, len * 8)
}

/// Where the data pointer and the length of boxed slice `b` (of three items, inside object
/// `obj`) are, from the object's start.
#[allow(clippy::borrowed_box)] // the box's own two words are what is measured
fn probe_boxed_slice<T>(obj: &Obj, b: &Box<[T]>) -> (usize, usize) {
    let at = addr_in(obj, b as *const Box<[T]> as *const u8);
    // SAFETY: a boxed slice is two initialised words (data pointer, length in some order).
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(b) };
    let p = words
        .iter()
        .position(|&w| w == b.as_ptr() as usize)
        .expect("slice pointer word");
    assert_eq!(words[1 - p], 3);
    (at + p * 8, at + (1 - p) * 8)
}

/// Measures [`Layout`] on freshly built objects of each kind. Needs no interpreter: the probe
/// objects have a dangling type pointer and are leaked (a few hundred bytes, once).
pub fn probe_layout() -> Layout {
    use std::cell::{Cell, RefCell};
    use std::ptr::NonNull;
    fn leak(payload: Payload) -> &'static Obj {
        let o = Box::new(Obj {
            refcnt: Cell::new(1 << 40),
            ty: Cell::new(NonNull::dangling()),
            flags: Cell::new(0),
            gc_index: Cell::new(u32::MAX),
            dict: Cell::new(None),
            payload,
        });
        Box::leak(o)
    }
    fn counted(o: &'static Obj) -> PyRef {
        PyRef::from_obj(o)
    }
    let mut items = Vec::with_capacity(5);
    items.push(Value::None);
    items.push(Value::None);
    let list = leak(Payload::List(RefCell::new(items)));
    let Payload::List(l) = &list.payload else {
        unreachable!()
    };
    let list_vec = addr_in(list, l.as_ptr() as *const u8);
    // SAFETY: no borrow of the RefCell is active; we only look at the Vec's words.
    let (vec_ptr, vec_len) = probe_vec(unsafe { &*l.as_ptr() });
    let mut entries: Vec<Entry> = Vec::with_capacity(9);
    entries.push(Entry {
        hash: 0,
        key: Value::None,
        value: Value::None,
    });
    assert_eq!(
        probe_vec(&entries),
        (vec_ptr, vec_len),
        "Vec layout differs by element type"
    );
    let frames: Vec<crate::vm::Frame> = Vec::with_capacity(3);
    // SAFETY: as in `probe_vec`: three initialised words; an empty Vec's length word is 0.
    let fw: [usize; 3] = unsafe { std::mem::transmute_copy(&frames) };
    assert_eq!(fw[vec_len / 8], 0, "Vec<Frame> layout differs");
    assert_eq!(
        fw[vec_ptr / 8],
        frames.as_ptr() as usize,
        "Vec<Frame> layout differs"
    );

    let tuple = leak(Payload::Tuple(
        vec![Value::None, Value::None, Value::None].into_boxed_slice(),
    ));
    let Payload::Tuple(t) = &tuple.payload else {
        unreachable!()
    };
    let (tuple_ptr, tuple_len) = probe_boxed_slice(tuple, t);

    let slotted = leak(Payload::instance(3));
    let Payload::Slots(sl) = &slotted.payload else {
        unreachable!()
    };
    sl.pin();
    let (ptr_at, len_at) = sl.field_addrs();
    let obj_at = slotted as *const Obj as usize;
    let (slots_ptr, slots_len) = (ptr_at - obj_at, len_at - obj_at);

    let dict = leak(Payload::Dict(RefCell::new(Dict::new())));
    let Payload::Dict(d) = &dict.payload else {
        unreachable!()
    };
    let dict_table = addr_in(dict, d.as_ptr() as *const u8);

    let cell = leak(Payload::Cell(RefCell::new(Value::None)));
    let Payload::Cell(c) = &cell.payload else {
        unreachable!()
    };
    let cell_value = addr_in(cell, c.as_ptr() as *const u8);

    let ty = leak(Payload::Type(Box::new(TypeData::new(
        "probe",
        counted(dict),
        crate::objects::typeobj::Layout::Object,
        0,
    ))));
    let Payload::Type(td) = &ty.payload else {
        unreachable!()
    };
    let type_data = addr_in(ty, td as *const Box<TypeData> as *const u8);

    let fd = FunctionData {
        code: RefCell::new(counted(dict)),
        globals: counted(dict),
        builtins: counted(dict),
        name: RefCell::new(Value::None),
        qualname: RefCell::new(Value::None),
        defaults: RefCell::new(Value::None),
        kwdefaults: RefCell::new(Value::None),
        closure: None,
        doc: RefCell::new(Value::None),
        module: RefCell::new(Value::None),
        annotations: RefCell::new(Value::None),
        version: Cell::new(0),
    };
    let func = leak(Payload::Function(Box::new(fd)));
    let Payload::Function(fb) = &func.payload else {
        unreachable!()
    };
    let func_data = addr_in(func, fb as *const Box<FunctionData> as *const u8);
    let func_code = fb.code.as_ptr() as usize - &**fb as *const FunctionData as usize;

    let code = leak(Payload::Code(Box::new(CodeData::new(
        std::rc::Rc::new(crate::bytecode::code::CodeObject::default()),
        Box::new([]),
        Box::new([]),
    ))));
    let Payload::Code(cb) = &code.payload else {
        unreachable!()
    };
    let code_data = addr_in(code, cb as *const Box<CodeData> as *const u8);
    Layout {
        list_vec,
        vec_ptr,
        vec_len,
        tuple_ptr,
        tuple_len,
        slots_ptr,
        slots_len,
        dict_table,
        type_data,
        func_data,
        func_code,
        code_data,
        cell_value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_layout() {
        assert_eq!(size_of::<Value>(), 16);
        assert_eq!(std::mem::align_of::<Value>(), 8);
        assert_eq!(tag_of(&Value::Undef), TAG_UNDEF);
        assert_eq!(tag_of(&Value::None), TAG_NONE);
        assert_eq!(tag_of(&Value::Bool(true)), TAG_BOOL);
        assert_eq!(tag_of(&Value::Int(7)), TAG_INT);
        assert_eq!(tag_of(&Value::Float(1.5)), TAG_FLOAT);
        let v = Value::Int(-42);
        // SAFETY: payload offset 8 holds the i64 of an Int value.
        let payload =
            unsafe { *((&v as *const Value as *const u8).add(VALUE_PAYLOAD_OFFSET) as *const i64) };
        assert_eq!(payload, -42);
        let f = Value::Float(2.5);
        // SAFETY: payload offset 8 holds the f64 of a Float value.
        let bits =
            unsafe { *((&f as *const Value as *const u8).add(VALUE_PAYLOAD_OFFSET) as *const u64) };
        assert_eq!(f64::from_bits(bits), 2.5);
    }

    fn at<T: Copy>(o: &Obj, off: usize) -> T {
        // SAFETY: test-only read of a field at an offset measured for this very object kind.
        unsafe { *((o as *const Obj as *const u8).add(off) as *const T) }
    }

    #[test]
    fn measured_layout_reads_real_objects() {
        let vm = crate::vm::Vm::new(crate::vm::Config::default());
        let l = layout();
        let list = vm.new_list(vec![Value::Int(7), Value::Int(8)]);
        let o = list.as_obj().unwrap();
        let vec_at = l.list_vec;
        assert_eq!(at::<usize>(o, vec_at + l.vec_len), 2);
        let items: *const Value = at(o, vec_at + l.vec_ptr);
        // SAFETY: the list's item pointer with two initialised values.
        assert!(matches!(unsafe { &*items.add(1) }, Value::Int(8)));
        let t = vm.new_tuple(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        let to = t.as_obj().unwrap();
        assert_eq!(at::<usize>(to, l.tuple_len), 3);
        let titems: *const Value = at(to, l.tuple_ptr);
        // SAFETY: three initialised tuple items.
        assert!(matches!(unsafe { &*titems.add(2) }, Value::Int(3)));
        let inst = PyRef::new(&vm.types.object, Payload::instance(2));
        assert_eq!(
            inst.set_slot_value(1, Value::Int(9))
                .ok()
                .map(|v| v.is_undef()),
            Some(true)
        );
        assert_eq!(at::<usize>(&inst, l.slots_len), 2);
        let sitems: *const Value = at(&inst, l.slots_ptr);
        // SAFETY: two initialised slot values (`Cell<Value>` has `Value`'s layout).
        assert!(matches!(unsafe { &*sitems.add(1) }, Value::Int(9)));
        let ty = &vm.types.int;
        let td: *const u8 = at(ty, l.type_data);
        // SAFETY: the TypeData of `int`; version is a u32 at the constant offset.
        let version = unsafe { *(td.add(TYPE_VERSION_OFFSET) as *const u32) };
        assert_eq!(version, ty.type_data_of_self().version.get());
        let d = vm.new_dict_ref();
        let Payload::Dict(dc) = &d.payload else {
            unreachable!()
        };
        let kv: u32 = at(&d, l.dict_table + DICT_KEYS_VERSION_OFFSET);
        assert_eq!(kv, dc.borrow().keys_version);
    }

    #[test]
    fn function_box_offset_matches_a_real_function() {
        let mut vm = crate::vm::Vm::new(crate::vm::Config::default());
        let code = vm.code_object(std::rc::Rc::new(crate::bytecode::CodeObject::default()));
        let fd = FunctionData {
            code: code.clone().into(),
            globals: vm.builtins.clone(),
            builtins: vm.builtins.clone(),
            name: Value::None.into(),
            qualname: Value::None.into(),
            defaults: Value::None.into(),
            kwdefaults: Value::None.into(),
            closure: None,
            doc: Value::None.into(),
            module: Value::None.into(),
            annotations: Value::None.into(),
            version: std::cell::Cell::new(12345),
        };
        let f = PyRef::new(&vm.types.function, Payload::Function(Box::new(fd)));
        let p: *const u8 = at(&f, layout().func_data);
        assert_eq!(
            // SAFETY: the FunctionData box of `f`; version is a u32 at the constant offset.
            unsafe { *(p.add(FUNC_VERSION_OFFSET) as *const u32) },
            12345
        );
        // SAFETY: as above; globals is a PyRef (one pointer word).
        let globals = unsafe { *(p.add(FUNC_GLOBALS_OFFSET) as *const *const Obj) };
        assert_eq!(globals, vm.builtins.as_ptr());
        // SAFETY: as above; the code object is a PyRef at `func_code`.
        let co = unsafe { *(p.add(layout().func_code) as *const *const Obj) };
        assert_eq!(co, code.as_ptr());
        let Payload::Code(cd) = &code.payload else {
            unreachable!()
        };
        cd.jit_entry.set(0xfeed);
        let cdp: *const u8 = at(&code, layout().code_data);
        // SAFETY: the CodeData box of `code`; jit_entry is a usize at the constant offset.
        let entry = unsafe { *(cdp.add(CODE_JIT_ENTRY_OFFSET) as *const usize) };
        assert_eq!(entry, 0xfeed);
        cd.jit_entry.set(0);
    }
}
