//! Compile-time facts tier 2 reads besides the quickened instructions: the current bindings
//! of globals and builtins (with the dict versions that guard them), module attributes, which
//! built-in functions have intrinsics, and what a called Python function looks like.
//!
//! Nothing here runs Python code: dictionary lookups compare `str` keys by identity and
//! contents only, so a lookup that would need `__eq__` simply finds nothing (and the generic
//! path is used).

use heron_runtime::object::{Obj, Payload, PyRef};
use heron_runtime::objects::dict::Probe;
use heron_runtime::value::Value;
use heron_runtime::Vm;

/// Where a global name was found at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GlobalSlot {
    /// Found in builtins (then `globals_kv` guards that globals did not gain the name).
    pub in_builtins: bool,
    pub globals_kv: u32,
    pub builtins_kv: u32,
    /// Entry index in the dict that holds it.
    pub index: u32,
    /// The object bound at compile time, if it is a heap object.
    pub obj: Option<usize>,
    /// Whether the value at compile time was a (small) int.
    pub is_int: bool,
}

/// An entry of a `str`-keyed dict found at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DictSlot {
    pub keys_version: u32,
    pub index: u32,
    pub obj: Option<usize>,
    pub is_int: bool,
}

/// Looks `name` up in a dict object the way the interpreter's caches do (a probe with the
/// `str` hash; equality that would need `__eq__` counts as absent).
pub fn lookup_str(dict: &PyRef, name: &PyRef) -> Option<DictSlot> {
    let Payload::Dict(d) = &dict.payload else {
        return None;
    };
    let h = match &name.payload {
        Payload::Str(s) => s.hash(),
        _ => return None,
    };
    let d = d.borrow();
    match d.probe(
        h,
        &Value::Obj(name.clone()),
        heron_runtime::vm::ops::fast_eq,
    ) {
        Probe::Found(ix) => {
            let value = &d.entry(ix).value;
            Some(DictSlot {
                keys_version: d.keys_version,
                index: ix as u32,
                obj: value.as_obj().map(|o| o.as_ptr() as usize),
                is_int: matches!(value, Value::Int(_)),
            })
        }
        _ => None,
    }
}

/// Looks a global up the way LOAD_GLOBAL does (globals, then builtins).
pub fn lookup_global(globals: &PyRef, builtins: &PyRef, name: &PyRef) -> Option<GlobalSlot> {
    let kv = |d: &PyRef| match &d.payload {
        Payload::Dict(t) => t.borrow().keys_version,
        _ => 0,
    };
    if let Some(s) = lookup_str(globals, name) {
        return Some(GlobalSlot {
            in_builtins: false,
            globals_kv: s.keys_version,
            builtins_kv: kv(builtins),
            index: s.index,
            obj: s.obj,
            is_int: s.is_int,
        });
    }
    let s = lookup_str(builtins, name)?;
    Some(GlobalSlot {
        in_builtins: true,
        globals_kv: kv(globals),
        builtins_kv: s.keys_version,
        index: s.index,
        obj: s.obj,
        is_int: s.is_int,
    })
}

/// The dict of a module object.
pub fn module_dict(o: &Obj) -> Option<PyRef> {
    match &o.payload {
        Payload::Module { .. } => o.get_dict(),
        _ => None,
    }
}

/// Built-in functions compiled inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Intrinsic {
    Len,
    Abs,
    Min,
    Max,
    IsInstance,
    Int,
    Float,
    Range,
    Sqrt,
    Sin,
    Cos,
    Floor,
}

impl Intrinsic {
    /// The Python name, for dumps and logs.
    pub fn name(self) -> &'static str {
        match self {
            Intrinsic::Len => "len",
            Intrinsic::Abs => "abs",
            Intrinsic::Min => "min",
            Intrinsic::Max => "max",
            Intrinsic::IsInstance => "isinstance",
            Intrinsic::Int => "int",
            Intrinsic::Float => "float",
            Intrinsic::Range => "range",
            Intrinsic::Sqrt => "math.sqrt",
            Intrinsic::Sin => "math.sin",
            Intrinsic::Cos => "math.cos",
            Intrinsic::Floor => "math.floor",
        }
    }
}

/// The intrinsic for object `o`, if it is one of the built-ins tier 2 inlines.
pub fn intrinsic_of(vm: &Vm, o: &Obj) -> Option<Intrinsic> {
    let is = |t: &PyRef| std::ptr::eq(o, &**t);
    if is(&vm.types.range) {
        return Some(Intrinsic::Range);
    }
    if is(&vm.types.int) {
        return Some(Intrinsic::Int);
    }
    if is(&vm.types.float) {
        return Some(Intrinsic::Float);
    }
    let Payload::Builtin(b) = &o.payload else {
        return None;
    };
    if !b.self_.is_undef() {
        return None;
    }
    Some(match (b.owner, b.name) {
        ("builtins", "len") => Intrinsic::Len,
        ("builtins", "abs") => Intrinsic::Abs,
        ("builtins", "min") => Intrinsic::Min,
        ("builtins", "max") => Intrinsic::Max,
        ("builtins", "isinstance") => Intrinsic::IsInstance,
        ("math", "sqrt") => Intrinsic::Sqrt,
        ("math", "sin") => Intrinsic::Sin,
        ("math", "cos") => Intrinsic::Cos,
        ("math", "floor") => Intrinsic::Floor,
        _ => return None,
    })
}

/// What a Python function callee looks like at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Callee {
    /// The function object.
    pub func: usize,
    /// Its code object.
    pub code: usize,
    /// The JIT's per-code state (its direct-entry cell).
    pub state: usize,
    /// `FunctionData.version` at compile time (guards `__code__`/`__defaults__` changes).
    pub version: u32,
    pub argcount: usize,
    pub nlocalsplus: usize,
}
