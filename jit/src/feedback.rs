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

/// The attribute `name` of class `cls` as its MRO finds it (no descriptor runs).
pub fn class_attr(cls: &Obj, name: &PyRef) -> Option<Value> {
    let Payload::Type(td) = &cls.payload else {
        return None;
    };
    for c in td.mro.borrow().iter() {
        let Payload::Type(t) = &c.payload else {
            continue;
        };
        if let (Some(slot), Payload::Dict(d)) = (lookup_str(&t.dict, name), &t.dict.payload) {
            return Some(d.borrow().entry(slot.index as usize).value.clone());
        }
    }
    None
}

/// What `__init__` `init` of class `cls` does when it only stores its parameters in slots:
/// `(parameter, slot index)` per `self.<slot> = <parameter>`, in order. Such an `__init__`
/// (`RESUME`, the stores, `return None`; no cells, no `*args`, `**kwargs` or keyword-only
/// parameters) runs no code and cannot fail on a fresh instance of `cls` (a heap class
/// without `__setattr__` whose names are its slot members), so calling the class can store
/// the values in line. `None` for anything else.
pub fn trivial_init(cls: &Obj, init: &Callee) -> Option<Vec<(u32, usize)>> {
    use heron_runtime::bytecode::opcodes::{co_flags, Op};
    use heron_runtime::objects::descriptors::slot_member_index;
    use heron_runtime::objects::typeobj::TF_CUSTOM_SETATTR;
    let Payload::Type(td) = &cls.payload else {
        return None;
    };
    if !td.is_heap() || td.has_flag(TF_CUSTOM_SETATTR) {
        return None;
    }
    // SAFETY: the callee's code object is alive at compile time (the function holds it).
    let code = unsafe { &*(init.code as *const Obj) };
    let Payload::Code(cd) = &code.payload else {
        return None;
    };
    let co = &cd.code;
    if co.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) != 0 || co.kwonlyargcount != 0 {
        return None;
    }
    let cfg = crate::analysis::Cfg::build(cd).ok()?;
    let ins: Vec<(Op, u32)> = cfg.instrs.iter().map(|i| (i.op.base(), i.arg)).collect();
    let (Some(&(Op::RESUME, _)), Some(&[(Op::LOAD_CONST, none), (Op::RETURN_VALUE, _)])) =
        (ins.first(), ins.get(ins.len().checked_sub(2)?..))
    else {
        return None;
    };
    if !matches!(cd.consts.get(none as usize), Some(Value::None)) {
        return None;
    }
    let body = &ins[1..ins.len() - 2];
    if !body.len().is_multiple_of(3) {
        return None;
    }
    let mut stores = Vec::new();
    for op in body.chunks(3) {
        let [(Op::LOAD_FAST, param), (Op::LOAD_FAST, 0), (Op::STORE_ATTR, name)] = *op else {
            return None;
        };
        if param as usize >= init.argcount {
            return None;
        }
        let name = cd.names.get(name as usize)?.as_obj()?.clone();
        let slot = slot_member_index(&class_attr(cls, &name)?, &name)?;
        if slot >= td.slot_count.get() as usize {
            return None;
        }
        stores.push((param, slot));
    }
    Some(stores)
}
