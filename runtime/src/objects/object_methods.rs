//! `object` and `type` methods (`__repr__`, `__eq__`, `__dir__`, `mro`, `__subclasses__` ...).
//!
//! Everything on `object` is registered with owner `"object"`: the core recognises "not
//! overridden" with `vm.is_builtin_of(f, "object")` and then takes its native path. The
//! attribute-protocol methods of `type` (`__getattribute__`, `__setattr__`, `__delattr__`) use
//! the same owner so that classes keep the attribute fast paths.

use std::collections::HashSet;

use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{is_subtype, tdata, TF_HAS_DICT};
use crate::value::Value;
use crate::vm::builtins_mod::value_id;
use crate::vm::ops::{dict_get_str, identity_hash, is_not_implemented};
use crate::vm::{Args, PyResult, Vm};

/// Fails unless a method got exactly `n` arguments besides `self` (no keywords).
pub fn method_args(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let got = args.args.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(&match n {
            0 => format!("{name}() takes no arguments ({got} given)"),
            1 => format!("{name}() takes exactly one argument ({got} given)"),
            _ => format!("expected {n} arguments, got {got}"),
        }));
    }
    Ok(())
}

/// The interned name in an attribute-name argument, with CPython's error for non-strings.
pub fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    match v.as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(&format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `module.Qualname` of a type as default reprs show it (`builtins` omitted).
pub fn type_display_name(vm: &mut Vm, t: &PyRef) -> String {
    let td = tdata(t);
    let q = td.qualname.borrow().clone();
    if !td.is_heap() {
        return q;
    }
    match dict_get_str(vm, &td.dict.clone(), "__module__") {
        Some(m) => match m.as_str() {
            Some("builtins") => q,
            Some(m) => format!("{m}.{q}"),
            None => q,
        },
        None => q,
    }
}

/// `<module.Qualname object at 0x...>` (= `object.__repr__`).
pub fn default_repr(vm: &mut Vm, v: &Value) -> String {
    let t = vm.type_of(v);
    let name = type_display_name(vm, &t);
    format!("<{} object at {:#x}>", name, value_id(v))
}

/// The text of `repr(cls)` for a type object.
pub fn type_repr_text(vm: &mut Vm, t: &PyRef) -> String {
    let td = tdata(t);
    let module = dict_get_str(vm, &td.dict.clone(), "__module__");
    let q = td.qualname.borrow().clone();
    match module.as_ref().and_then(|m| m.as_str()) {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    }
}

fn self_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.args.first().ok_or_else(|| {
        vm.type_error(&format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__repr__")?.clone();
    let r = default_repr(vm, &s);
    Ok(vm.new_str(r))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__str__")?.clone();
    vm.repr_value(&s)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__eq__", 1)?;
    if args.args[0].is(&args.args[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(vm.not_implemented())
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__ne__", 1)?;
    let (a, b) = (args.args[0].clone(), args.args[1].clone());
    let r = match vm.lookup_special(&a, "__eq__") {
        Some(eq) if !vm.is_builtin_of(&eq, "object") => vm.call(&eq, Args::new(&[a.clone(), b]))?,
        _ => {
            if a.is(&b) {
                Value::Bool(true)
            } else {
                vm.not_implemented()
            }
        }
    };
    if is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn object_cmp_unsupported(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "comparison", 1)?;
    Ok(vm.not_implemented())
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(match &args.args[0] {
        Value::Obj(o) => identity_hash(o.addr()),
        v => vm.hash(v)?,
    }))
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__getattribute__", 1)?;
    let obj = args.args[0].clone();
    let name = attr_name(vm, &args.args[1])?;
    let r = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => vm.type_getattr(o, &name)?,
        _ => vm.generic_getattr(&obj, &name)?,
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&obj, &name)),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__setattr__", 2)?;
    let name = attr_name(vm, &args.args[1])?;
    vm.generic_setattr(&args.args[0], &name, args.args[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__delattr__", 1)?;
    let name = attr_name(vm, &args.args[1])?;
    vm.generic_delattr(&args.args[0], &name)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__format__", 1)?;
    let Some(spec) = args.args[1].as_str() else {
        return Err(vm.type_error(&format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.args[1])
        )));
    };
    if !spec.is_empty() {
        let t = vm.type_name(&args.args[0]);
        return Err(vm.type_error(&format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    vm.str_value(&args.args[0])
}

/// Names of the fixed attributes a built-in type serves from `getset.rs` (CPython keeps them
/// as descriptors in the type's `__dict__`, so `dir()` lists them).
fn builtin_attr_names(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "object" => &["__class__", "__doc__"],
        "int" | "bool" => &["real", "imag", "numerator", "denominator"],
        "float" | "complex" => &["real", "imag"],
        "function" => &[
            "__name__",
            "__qualname__",
            "__code__",
            "__defaults__",
            "__kwdefaults__",
            "__module__",
            "__globals__",
            "__builtins__",
            "__closure__",
            "__annotations__",
            "__dict__",
        ],
        "builtin_function_or_method" => &[
            "__name__",
            "__qualname__",
            "__self__",
            "__module__",
            "__text_signature__",
        ],
        "method" => &["__func__", "__self__"],
        "BaseException" => &[
            "args",
            "__traceback__",
            "__cause__",
            "__context__",
            "__suppress_context__",
            "__dict__",
        ],
        "range" | "slice" => &["start", "stop", "step"],
        "property" => &["fget", "fset", "fdel"],
        "staticmethod" | "classmethod" => &["__func__", "__wrapped__"],
        "generator" => &[
            "__name__",
            "__qualname__",
            "gi_code",
            "gi_running",
            "gi_frame",
            "gi_suspended",
            "gi_yieldfrom",
        ],
        "cell" => &["cell_contents"],
        "code" => &[
            "co_name",
            "co_qualname",
            "co_filename",
            "co_firstlineno",
            "co_argcount",
            "co_posonlyargcount",
            "co_kwonlyargcount",
            "co_nlocals",
            "co_flags",
            "co_stacksize",
            "co_varnames",
            "co_cellvars",
            "co_freevars",
            "co_names",
            "co_consts",
            "co_code",
        ],
        "type" => &[
            "__name__",
            "__qualname__",
            "__mro__",
            "__bases__",
            "__base__",
            "__dict__",
            "__module__",
            "__doc__",
        ],
        "module" => &["__dict__"],
        _ => &[],
    }
}

struct NameSet {
    seen: HashSet<String>,
    out: Vec<Value>,
}

impl NameSet {
    fn new() -> NameSet {
        NameSet {
            seen: HashSet::new(),
            out: Vec::new(),
        }
    }

    fn add_str(&mut self, vm: &mut Vm, s: &str) {
        if self.seen.insert(s.to_string()) {
            let v = vm.new_str(s);
            self.out.push(v);
        }
    }

    fn add_value(&mut self, vm: &mut Vm, v: Value) {
        match v.as_str() {
            Some(s) => {
                let s = s.to_string();
                self.add_str(vm, &s);
            }
            None => self.out.push(v),
        }
    }

    fn add_dict_keys(&mut self, vm: &mut Vm, d: &PyRef) {
        let keys: Vec<Value> = match &d.payload {
            Payload::Dict(dd) => dd.borrow().iter().map(|e| e.key.clone()).collect(),
            _ => Vec::new(),
        };
        for k in keys {
            self.add_value(vm, k);
        }
    }

    /// Adds the attribute names of class `t` and its bases (= CPython's `merge_class_dict`).
    fn add_class(&mut self, vm: &mut Vm, t: &PyRef) {
        let td = tdata(t);
        let ns = td.dict.clone();
        self.add_dict_keys(vm, &ns);
        if td.is_heap() {
            if td.has_flag(TF_HAS_DICT) {
                self.add_str(vm, "__dict__");
                self.add_str(vm, "__weakref__");
            }
            let slots = td.slots.borrow().clone();
            for s in slots.unwrap_or_default() {
                self.add_str(vm, &s);
            }
        } else {
            for n in builtin_attr_names(&td.name()) {
                self.add_str(vm, n);
            }
        }
        let bases: Vec<PyRef> = td.bases.borrow().clone();
        for b in bases {
            self.add_class(vm, &b);
        }
    }
}

/// The attribute names of class `t` and its bases, unsorted (= `type.__dir__`).
pub fn class_dir(vm: &mut Vm, t: &PyRef) -> Vec<Value> {
    let mut names = NameSet::new();
    names.add_class(vm, t);
    names.out
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__dir__", 0)?;
    let obj = args.args[0].clone();
    let mut names = NameSet::new();
    if let Some(Value::Obj(d)) = vm.getattr_opt_str(&obj, "__dict__")? {
        if matches!(d.payload, Payload::Dict(_)) {
            names.add_dict_keys(vm, &d);
        }
    }
    if let Some(Value::Obj(cls)) = vm.getattr_opt_str(&obj, "__class__")? {
        if matches!(cls.payload, Payload::Type(_)) {
            names.add_class(vm, &cls);
        }
    }
    Ok(vm.new_list(names.out))
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() || args.args.len() > 1 {
        let name = match args.args.first() {
            Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
                tdata(c).qualname.borrow().clone()
            }
            _ => "object".to_string(),
        };
        if !args.kwnames.is_empty() {
            return Err(vm.type_error(&format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )));
        }
        return Err(vm.type_error(&format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

/// `copyreg.__newobj__(cls, *args)`: what `object.__reduce_ex__` names as the constructor.
fn newobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.args.first().cloned() else {
        return Err(vm.type_error("__newobj__() missing required argument 'cls'"));
    };
    let new = vm.getattr_str(&cls, "__new__")?;
    vm.call(&new, Args::new(args.args))
}

fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__getstate__", 0)?;
    let obj = &args.args[0];
    let Value::Obj(o) = obj else {
        return Ok(Value::None);
    };
    // The instance dict when not empty (slot values of classes with a built-in base live in
    // it), then the values of the slots that are set, by name, as `copyreg._slotnames` lists
    // them: along the MRO, each class's `__slots__` in order.
    let dict = match o.get_dict() {
        Some(d) if matches!(&d.payload, Payload::Dict(dd) if !dd.borrow().is_empty()) => {
            Value::Obj(d)
        }
        _ => Value::None,
    };
    if !matches!(o.payload, Payload::Slots(_)) {
        return Ok(dict);
    }
    let slots = vm.new_dict_ref();
    let mro: Vec<PyRef> = o.type_data().mro.borrow().clone();
    for c in &mro {
        let names = tdata(c).slots.borrow().clone().unwrap_or_default();
        for n in names {
            if n == "__dict__" || n == "__weakref__" {
                continue;
            }
            let name = vm.intern(&n);
            match vm.getattr(obj, &name) {
                Ok(v) => crate::vm::ops::dict_set(vm, &slots, Value::Obj(name), v)?,
                Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => {}
                Err(e) => return Err(e),
            }
        }
    }
    let empty = matches!(&slots.payload, Payload::Dict(d) if d.borrow().is_empty());
    Ok(if empty {
        dict
    } else {
        vm.new_tuple(vec![dict, Value::Obj(slots)])
    })
}

/// `copyreg._reconstructor(cls, base, state)`: what protocol 0/1 reductions rebuild with.
fn reconstructor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &args, "_reconstructor", 3)?;
    let (cls, base, state) = (
        args.args[0].clone(),
        args.args[1].clone(),
        args.args[2].clone(),
    );
    let object = Value::Obj(vm.types.object.clone());
    let obj = if base.is(&object) {
        let new = vm.getattr_str(&object, "__new__")?;
        vm.call(&new, Args::new(&[cls]))?
    } else {
        let new = vm.getattr_str(&base, "__new__")?;
        let obj = vm.call(&new, Args::new(&[cls, state.clone()]))?;
        let init = vm.getattr_str(&base, "__init__")?;
        if !vm.is_builtin_of(&init, "object") {
            vm.call(&init, Args::new(&[obj.clone(), state]))?;
        }
        obj
    };
    Ok(obj)
}

/// `object.__reduce_ex__(protocol)` without an overriding `__reduce__` (= `reduce_newobj`
/// for protocol 2 and up, `copyreg._reduce_ex` below).
fn reduce_common(vm: &mut Vm, obj: &Value, protocol: i64) -> PyResult<Value> {
    let cls = vm.type_of(obj);
    let state = match vm.lookup_special(obj, "__getstate__") {
        Some(f) => vm.call(&f, Args::new(std::slice::from_ref(obj)))?,
        None => Value::None,
    };
    if protocol >= 2 {
        let f = vm.new_builtin_fn("copyreg", "__newobj__", newobj);
        let cls_args = vm.new_tuple(vec![Value::Obj(cls)]);
        return Ok(vm.new_tuple(vec![f, cls_args, state, Value::None, Value::None]));
    }
    let mro: Vec<PyRef> = tdata(&cls).mro.borrow().clone();
    let base = mro
        .iter()
        .find(|t| !tdata(t).is_heap())
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let base_state = if PyRef::ptr_eq(&base, &vm.types.object) {
        Value::None
    } else {
        if PyRef::ptr_eq(&base, &cls) {
            return Err(vm.type_error(&format!("cannot pickle '{}' object", tdata(&cls).name())));
        }
        vm.call(
            &Value::Obj(base.clone()),
            Args::new(std::slice::from_ref(obj)),
        )?
    };
    let f = vm.new_builtin_fn("copyreg", "_reconstructor", reconstructor);
    let args = vm.new_tuple(vec![Value::Obj(cls), Value::Obj(base), base_state]);
    if vm.is_true(&state)? {
        Ok(vm.new_tuple(vec![f, args, state]))
    } else {
        Ok(vm.new_tuple(vec![f, args]))
    }
}

fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__reduce_ex__", 1)?;
    let obj = args.args[0].clone();
    let protocol = match &args.args[1] {
        Value::Int(p) => *p,
        Value::Bool(b) => *b as i64,
        other => {
            return Err(vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if let Some(r) = vm.lookup_special(&obj, "__reduce__") {
        if !vm.is_builtin_of(&r, "object") {
            return vm.call(&r, Args::new(&[obj]));
        }
    }
    reduce_common(vm, &obj, protocol)
}

fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__reduce__", 0)?;
    let obj = args.args[0].clone();
    reduce_common(vm, &obj, 0)
}

/// CPython 3.11's `__sizeof__` for the object (without the GC header `sys.getsizeof` adds).
pub fn sizeof_value(v: &Value) -> usize {
    let int_size = |bits: u64| {
        if bits == 0 {
            24
        } else {
            24 + 4 * bits.div_ceil(30) as usize
        }
    };
    match v {
        Value::None | Value::Undef => 16,
        Value::Bool(b) => int_size(*b as u64),
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => 24,
        Value::Obj(o) => {
            let base = match &o.payload {
                Payload::Object | Payload::Slots(_) | Payload::Exception(_) => 16,
                Payload::Int(b) => int_size(b.bits()),
                Payload::Float(_) => 24,
                Payload::Complex { .. } => 32,
                Payload::Str(s) => {
                    let st = s.as_str();
                    let n = s.char_len();
                    let max = st.chars().map(|c| c as u32).max().unwrap_or(0);
                    match max {
                        0..=0x7f => 49 + n,
                        0x80..=0xff => 73 + n,
                        0x100..=0xffff => 74 + 2 * n,
                        _ => 76 + 4 * n,
                    }
                }
                Payload::Bytes(b) => 33 + b.len(),
                Payload::ByteArray(b) => {
                    let n = b.borrow().len();
                    56 + if n == 0 { 0 } else { n + 1 }
                }
                Payload::List(l) => 40 + 8 * l.borrow().len(),
                Payload::Tuple(t) => 24 + 8 * t.len(),
                Payload::Dict(d) => {
                    let n = d.borrow().len();
                    if n == 0 {
                        48
                    } else {
                        let mut cap = 8usize;
                        while cap * 2 / 3 < n {
                            cap *= 2;
                        }
                        let idx = if cap <= 128 {
                            1
                        } else if cap <= 1 << 15 {
                            2
                        } else {
                            4
                        };
                        48 + 32 + cap * idx + (cap * 2 / 3) * 24
                    }
                }
                Payload::Set(s) => {
                    let n = s.borrow().len();
                    let mut cap = 8usize;
                    while cap * 3 < n * 5 {
                        cap *= 4;
                    }
                    200 + if cap > 8 { cap * 16 } else { 0 }
                }
                Payload::Range { .. } => 48,
                Payload::Slice(_) => 40,
                Payload::Function(_) => 152,
                Payload::Method { .. } => 48,
                Payload::Builtin(_) => 72,
                Payload::Cell(_) => 24,
                Payload::Generator(_) => 200,
                Payload::Module { .. } => 56,
                _ => 16,
            };
            let td = o.type_data();
            if td.is_heap() {
                let slots = td.slots.borrow().as_ref().map_or(0, |s| s.len());
                base + 8 * slots + if td.has_flag(TF_HAS_DICT) { 8 } else { 0 }
            } else {
                base
            }
        }
    }
}

/// What `sys.getsizeof` adds to `__sizeof__`: the 16-byte GC header of container objects, and
/// for instances of classes the 16-byte pre-header of their managed `__dict__` (CPython 3.11).
pub fn gc_overhead(v: &Value) -> usize {
    if !is_gc_tracked(v) {
        return 0;
    }
    match v {
        Value::Obj(o) if o.type_data().is_heap() && o.type_data().has_flag(TF_HAS_DICT) => 32,
        _ => 16,
    }
}

/// Whether CPython tracks objects like `v` in its cyclic GC (they carry a 16-byte header).
pub fn is_gc_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.type_data().is_heap()
                || matches!(
                    o.payload,
                    Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Dict(_)
                        | Payload::Set(_)
                        | Payload::Function(_)
                        | Payload::Method { .. }
                        | Payload::Builtin(_)
                        | Payload::Cell(_)
                        | Payload::Generator(_)
                        | Payload::Module { .. }
                        | Payload::Type(_)
                        | Payload::Exception(_)
                        | Payload::Property { .. }
                        | Payload::StaticMethod(_)
                        | Payload::ClassMethod(_)
                        | Payload::Super { .. }
                        | Payload::Iter(_)
                )
        }
        _ => false,
    }
}

fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__sizeof__", 0)?;
    Ok(Value::Int(sizeof_value(&args.args[0]) as i64))
}

// ---- type ----

fn type_self<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a PyRef> {
    match args.args.first() {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => Ok(t),
        Some(v) => Err(vm.type_error(&format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' of 'type' object needs an argument"
        ))),
    }
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "mro")?;
    let items: Vec<Value> = tdata(t)
        .mro
        .borrow()
        .iter()
        .map(|m| Value::Obj(m.clone()))
        .collect();
    Ok(vm.new_list(items))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__subclasses__")?;
    let subs: Vec<*const crate::object::Obj> = tdata(t).subclasses.borrow().clone();
    // SAFETY: the subclass list holds only live type objects (they unregister when freed).
    let items: Vec<Value> = subs
        .into_iter()
        .map(|s| Value::Obj(PyRef::from_obj(unsafe { &*s })))
        .collect();
    Ok(vm.new_list(items))
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__repr__")?.clone();
    let s = type_repr_text(vm, &t);
    Ok(vm.new_str(s))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__instancecheck__", 1)?;
    let t = type_self(vm, &args, "__instancecheck__")?.clone();
    let inst = args.args[1].clone();
    if vm.is_instance_of(&inst, &t) {
        return Ok(Value::Bool(true));
    }
    if let Some(Value::Obj(k)) = vm.getattr_opt_str(&inst, "__class__")? {
        if matches!(k.payload, Payload::Type(_)) && is_subtype(&k, &t) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__subclasscheck__", 1)?;
    let t = type_self(vm, &args, "__subclasscheck__")?.clone();
    match &args.args[1] {
        Value::Obj(s) if matches!(s.payload, Payload::Type(_)) => {
            Ok(Value::Bool(is_subtype(s, &t)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__call__")?.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    vm.call_type_default(&t, rest)
}

fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn type_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "__dir__", 0)?;
    let t = type_self(vm, &args, "__dir__")?.clone();
    let names = class_dir(vm, &t);
    Ok(vm.new_list(names))
}

fn type_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__sizeof__")?;
    Ok(Value::Int(if tdata(t).is_heap() { 920 } else { 408 }))
}

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let object = vm.types.object.clone();
    vm.add_methods(
        &object,
        "object",
        &[
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_cmp_unsupported),
            ("__le__", object_cmp_unsupported),
            ("__gt__", object_cmp_unsupported),
            ("__ge__", object_cmp_unsupported),
            ("__hash__", object_hash),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__dir__", object_dir),
            ("__getstate__", object_getstate),
            ("__reduce_ex__", object_reduce_ex),
            ("__reduce__", object_reduce),
            ("__sizeof__", object_sizeof),
        ],
    );
    vm.add_builtin(
        &object,
        "object",
        "__init_subclass__",
        object_init_subclass,
        BuiltinKind::ClassMethod,
    );
    vm.add_builtin(
        &object,
        "object",
        "__subclasshook__",
        object_subclasshook,
        BuiltinKind::ClassMethod,
    );
    let type_ = vm.types.type_.clone();
    vm.add_methods(
        &type_,
        "type",
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__repr__", type_repr),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__call__", type_call),
            ("__dir__", type_dir),
            ("__sizeof__", type_sizeof),
        ],
    );
    vm.add_builtin(
        &type_,
        "type",
        "__prepare__",
        type_prepare,
        BuiltinKind::ClassMethod,
    );
    // Same owner as object's: "not overridden" keeps the class attribute fast paths.
    vm.add_methods(
        &type_,
        "object",
        &[
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
        ],
    );
}

/// The AttributeError for assigning `name` on an object that cannot take it: a read-only
/// built-in attribute, a method of a built-in type, or an unknown name.
pub fn setattr_error(vm: &mut Vm, obj: &Value, name: &PyRef) -> crate::vm::PyErr {
    let tn = vm.type_name(obj);
    let n = name.payload_str().to_string();
    let ty = vm.type_of(obj);
    let has_dict = obj.as_obj().is_some_and(|o| o.get_dict().is_some());
    let getset = match obj {
        Value::Obj(o) => {
            !o.payload.is_instance()
                && matches!(crate::vm::getset::builtin_getattr(vm, o, &n), Ok(Some(_)))
        }
        v => crate::vm::getset::value_getattr(vm, v, &n).is_some(),
    };
    let msg = if getset && n != "__class__" && n != "__dict__" {
        format!("attribute '{n}' of '{tn}' objects is not writable")
    } else if !has_dict && vm.lookup_type(&ty, name).is_some() {
        format!("'{tn}' object attribute '{n}' is read-only")
    } else {
        format!("'{tn}' object has no attribute '{n}'")
    };
    vm.new_error(&vm.exc.attribute_error.clone(), &msg)
}
