//! Class creation (= CPython's `__build_class__`, `type_new`, `mro_internal`) and the
//! `object` base behaviour (`object.__new__`, `object.__init__`).

use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{
    is_subtype, tdata, Layout, TypeData, TF_BASETYPE, TF_CUSTOM_EQ, TF_CUSTOM_GETATTR,
    TF_CUSTOM_SETATTR, TF_EXCEPTION, TF_HAS_DICT, TF_HAS_FINALIZER, TF_HEAPTYPE,
};
use crate::value::Value;
use crate::vm::ops::{dict_get_str, dict_set};
use crate::vm::{Args, PyResult, Vm};

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Value::Obj(func) = &pos[0] else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = pos[1].clone();
    if name.as_str().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let bases: Vec<Value> = pos[2..].to_vec();
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_vals = Vec::new();
    for (k, v) in args.kw() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(vm.new_str(k));
            kw_vals.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    // The most derived metaclass among the bases.
    let meta = if let Value::Obj(m) = &meta {
        if matches!(m.payload, Payload::Type(_)) {
            let mut winner = m.clone();
            for b in &bases {
                let bt = vm.type_of(b);
                if is_subtype(&winner, &bt) {
                    continue;
                }
                if is_subtype(&bt, &winner) {
                    winner = bt;
                    continue;
                }
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            Value::Obj(winner)
        } else {
            meta.clone()
        }
    } else {
        meta
    };
    let bases_tuple = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt_str(&meta, "__prepare__")? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kw_vals.iter().cloned());
            vm.call(
                &prep,
                Args {
                    args: &a,
                    kwnames: &kw_names,
                },
            )?
        }
        None => vm.new_dict(),
    };
    let Value::Obj(ns_ref) = &ns else {
        return Err(vm.type_error("__prepare__() must return a mapping"));
    };
    let cell = vm.run_class_body(func, ns_ref)?;
    let mut a = vec![name, bases_tuple, ns.clone()];
    a.extend(kw_vals);
    let cls = vm.call(
        &meta,
        Args {
            args: &a,
            kwnames: &kw_names,
        },
    )?;
    if let Value::Obj(c) = &cell {
        if let Payload::Cell(cc) = &c.payload {
            *cc.borrow_mut() = cls.clone();
        }
    }
    Ok(cls)
}

/// C3 linearisation (= `mro_implementation`).
pub fn c3_mro(vm: &mut Vm, cls: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let mut seqs: Vec<Vec<PyRef>> = bases
        .iter()
        .map(|b| tdata(b).mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| PyRef::ptr_eq(x, head)));
            if !in_tail {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = tdata(&s[0]).name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(&format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if PyRef::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// `type.__new__(meta, name, bases, ns)` and `type(x)`.
pub fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(Value::Obj(vm.type_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Obj(meta) = &pos[0] else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let Some(name) = pos[1].as_str().map(str::to_string) else {
        return Err(vm.type_error(&format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&pos[1])
        )));
    };
    let bases: Vec<PyRef> = match pos[2].payload() {
        Some(Payload::Tuple(t)) => {
            if t.iter()
                .any(|b| !matches!(b.payload(), Some(Payload::Type(_))))
            {
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            t.iter().filter_map(|b| b.as_obj().cloned()).collect()
        }
        _ => {
            return Err(vm.type_error(&format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(&pos[2])
            )))
        }
    };
    let Value::Obj(ns_in) = &pos[3] else {
        return Err(vm.type_error("type.__new__() argument 3 must be dict"));
    };
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    let mut layout = Layout::Object;
    let mut flags = TF_HEAPTYPE | TF_BASETYPE | TF_HAS_DICT;
    for b in &bases {
        let Payload::Type(bt) = &b.payload else {
            return Err(vm.type_error("bases must be types"));
        };
        if !bt.has_flag(TF_BASETYPE) {
            return Err(vm.type_error(&format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
        if bt.layout != Layout::Object {
            if layout != Layout::Object && layout != bt.layout {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = bt.layout;
        }
        flags |= bt.flags.get() & TF_EXCEPTION;
    }
    // Copy the namespace.
    let ns = vm.new_dict_ref();
    let entries: Vec<(Value, Value)> = match &ns_in.payload {
        Payload::Dict(d) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    };
    for (k, v) in &entries {
        dict_set(vm, &ns, k.clone(), v.clone())?;
    }
    let qualname = match dict_get_str(vm, &ns, "__qualname__") {
        Some(q) => {
            let k = Value::Obj(vm.intern_static("__qualname__"));
            crate::vm::ops::dict_del(vm, &ns, &k)?;
            q.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| name.clone())
        }
        None => name.clone(),
    };
    if dict_get_str(vm, &ns, "__module__").is_none() {
        let g = vm.frames.last().map(|f| f.globals.clone());
        let modname = g.and_then(|g| dict_get_str(vm, &g, "__name__"));
        if let Some(m) = modname {
            let k = Value::Obj(vm.intern_static("__module__"));
            dict_set(vm, &ns, k, m)?;
        }
    }
    if dict_get_str(vm, &ns, "__doc__").is_none() {
        let k = Value::Obj(vm.intern_static("__doc__"));
        dict_set(vm, &ns, k, Value::None)?;
    }
    let classcell = dict_get_str(vm, &ns, "__classcell__");
    if classcell.is_some() {
        let k = Value::Obj(vm.intern_static("__classcell__"));
        crate::vm::ops::dict_del(vm, &ns, &k)?;
    }
    // __eq__ without __hash__ makes instances unhashable.
    if dict_get_str(vm, &ns, "__eq__").is_some() && dict_get_str(vm, &ns, "__hash__").is_none() {
        let k = Value::Obj(vm.intern_static("__hash__"));
        dict_set(vm, &ns, k, Value::None)?;
    }
    // __slots__.
    let mut slots = None;
    if let Some(s) = dict_get_str(vm, &ns, "__slots__") {
        let names: Vec<Value> = if s.as_str().is_some() {
            vec![s.clone()]
        } else {
            vm.collect_iter(&s)?
        };
        let mut v = Vec::new();
        for n in names {
            match n.as_str() {
                Some(t) => v.push(crate::compiler::mangle(Some(&name), t)),
                None => {
                    return Err(vm.type_error(&format!(
                        "__slots__ items must be strings, not '{}'",
                        vm.type_name(&n)
                    )))
                }
            }
        }
        let base_has_dict = bases.iter().any(|b| {
            let bt = tdata(b);
            bt.is_heap() && bt.has_flag(TF_HAS_DICT)
        });
        if !v.iter().any(|n| n == "__dict__") && !base_has_dict {
            flags &= !TF_HAS_DICT;
        }
        slots = Some(v);
    }
    // Staticmethod-ify __new__, classmethod-ify __init_subclass__ and __class_getitem__.
    for (nm, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        if let Some(f) = dict_get_str(vm, &ns, nm) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let w = if wrap_static {
                    PyRef::new(&vm.types.staticmethod, Payload::StaticMethod(f))
                } else {
                    PyRef::new(&vm.types.classmethod, Payload::ClassMethod(f))
                };
                let k = Value::Obj(vm.intern(nm));
                dict_set(vm, &ns, k, Value::Obj(w))?;
            }
        }
    }
    let td = TypeData::new(&name, ns.clone(), layout, flags);
    *td.qualname.borrow_mut() = qualname;
    *td.slots.borrow_mut() = slots.clone();
    let cls = PyRef::new(meta, Payload::Type(Box::new(td)));
    *tdata(&cls).bases.borrow_mut() = bases.clone();
    let mro = c3_mro(vm, &cls, &bases)?;
    *tdata(&cls).mro.borrow_mut() = mro;
    let mut slot_count = inherited_slots(vm, &bases)?;
    if let Some(names) = &slots {
        // Slot values live in the instance's slot array when instances are plain objects;
        // otherwise (a built-in base) in a private dict.
        let first = (layout == Layout::Object).then_some(slot_count);
        slot_count += crate::objects::descriptors::add_slot_members(vm, &cls, names, first)?;
    }
    if layout == Layout::Object {
        tdata(&cls).slot_count.set(slot_count);
    }
    for b in &bases {
        tdata(b).subclasses.borrow_mut().push(cls.as_ptr());
    }
    recompute_flags(vm, &cls);
    if let Some(Value::Obj(c)) = &classcell {
        if let Payload::Cell(cc) = &c.payload {
            *cc.borrow_mut() = Value::Obj(cls.clone());
        }
    }
    let clsv = Value::Obj(cls.clone());
    // __set_name__ on attributes.
    for (k, v) in entries {
        if let Value::Obj(o) = &v {
            if o.type_data().is_heap() {
                if let Some(sn) = vm.lookup_special(&v, "__set_name__") {
                    vm.call(&sn, Args::new(&[v.clone(), clsv.clone(), k.clone()]))?;
                }
            }
        }
    }
    // __init_subclass__ of the parent.
    let parent_mro: Vec<PyRef> = tdata(&cls).mro.borrow()[1..].to_vec();
    let isn = vm.intern_static("__init_subclass__");
    for t in parent_mro {
        let tns = tdata(&t).dict.clone();
        if let Some(f) = crate::vm::ops::dict_get(vm, &tns, &Value::Obj(isn.clone()))? {
            // object's no-op version only matters when it must reject class keywords.
            if vm.is_builtin_of(&f, "object") && args.kwnames.is_empty() {
                break;
            }
            let bound = vm.descr_get(&f, &Value::None, &clsv)?;
            let kw = args.kw().map(|(k, _)| k.to_string()).collect::<Vec<_>>();
            let kwnames: Vec<Value> = kw.iter().map(|k| vm.new_str(k.as_str())).collect();
            let kwvals: Vec<Value> = args.kw().map(|(_, v)| v.clone()).collect();
            vm.call(
                &bound,
                Args {
                    args: &kwvals,
                    kwnames: &kwnames,
                },
            )?;
            break;
        }
    }
    Ok(clsv)
}

/// Recomputes the dispatch flags of a heap type (and its subclasses) from its MRO.
pub fn recompute_flags(vm: &mut Vm, cls: &PyRef) {
    let td = tdata(cls);
    if !td.is_heap() {
        return;
    }
    let look = |vm: &mut Vm, n: &str| {
        let k = vm.intern(n);
        vm.lookup_type(cls, &k)
    };
    let user = |vm: &Vm, v: &Option<Value>| match v {
        Some(f) => {
            !matches!(f.payload(), Some(Payload::Builtin(_))) || !vm.is_builtin_of(f, "object")
        }
        None => false,
    };
    let ga = look(vm, "__getattribute__");
    let gattr = look(vm, "__getattr__");
    let sa = look(vm, "__setattr__");
    let da = look(vm, "__delattr__");
    let del = look(vm, "__del__");
    let eq = look(vm, "__eq__");
    let hash = look(vm, "__hash__");
    td.set_flag(TF_CUSTOM_GETATTR, user(vm, &ga) || gattr.is_some());
    // (Slotted classes need no flag: `generic_setattr` checks the slot names itself.)
    td.set_flag(TF_CUSTOM_SETATTR, user(vm, &sa) || user(vm, &da));
    td.set_flag(TF_HAS_FINALIZER, del.is_some());
    let custom = |v: &Option<Value>| matches!(v, Some(f) if !matches!(f.payload(), Some(Payload::Builtin(_))));
    td.set_flag(TF_CUSTOM_EQ, custom(&eq) || custom(&hash));
    let subs: Vec<*const crate::object::Obj> = td.subclasses.borrow().clone();
    for s in subs {
        // SAFETY: subclass pointers are live (see `TypeData::invalidate`).
        let sub = PyRef::from_obj(unsafe { &*s });
        recompute_flags(vm, &sub);
    }
}

/// Called after `name` was set or deleted on a type object.
pub fn update_type_flags(vm: &mut Vm, t: &PyRef, name: &str) {
    if name.starts_with("__") {
        recompute_flags(vm, t);
    }
}

/// The slot values instances of a class with `bases` inherit: those of the base with the
/// most, when every other base's slots are among them (the bases then share one instance
/// layout), else CPython's lay-out conflict.
fn inherited_slots(vm: &Vm, bases: &[PyRef]) -> PyResult<u32> {
    // The class in `b`'s MRO that added the last of its slots.
    let owner = |b: &PyRef| {
        let n = tdata(b).slot_count.get();
        let mro = tdata(b).mro.borrow();
        let mut owner = None;
        for c in mro.iter().rev() {
            if tdata(c).slot_count.get() == n && n > 0 {
                owner = Some(c.clone());
                break;
            }
        }
        owner
    };
    let Some(widest) = bases.iter().max_by_key(|b| tdata(b).slot_count.get()) else {
        return Ok(0);
    };
    let mro = tdata(widest).mro.borrow().clone();
    for b in bases {
        if let Some(o) = owner(b) {
            if !mro.iter().any(|c| PyRef::ptr_eq(c, &o)) {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(tdata(widest).slot_count.get())
}

/// `object.__new__(cls, *args)`.
pub fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Payload::Type(td) = &cls.payload else {
        return Err(vm.type_error(&format!(
            "object.__new__(X): X is not a type object ({})",
            cls.type_name()
        )));
    };
    if args.args.len() > 1 {
        let init = vm.intern_static("__init__");
        let new = vm.intern_static("__new__");
        let init_f = vm.lookup_type(cls, &init);
        let new_f = vm.lookup_type(cls, &new);
        let init_is_object = init_f
            .as_ref()
            .is_none_or(|f| vm.is_builtin_of(f, "object"));
        let new_is_object = new_f.as_ref().is_none_or(|f| vm.is_builtin_of(f, "object"));
        if !new_is_object {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if init_is_object {
            return Err(vm.type_error(&format!("{}() takes no arguments", td.name())));
        }
    }
    if td.layout == Layout::Exception {
        let a = vm.new_tuple(args.args[1..].to_vec());
        return Ok(Value::Obj(vm.new_exception_obj(cls, a)));
    }
    if td.layout != Layout::Object {
        return Err(vm.type_error(&format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.name()
        )));
    }
    Ok(Value::Obj(vm.alloc_plain_instance(cls)))
}

/// `object.__init__(self, *args)`.
pub fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() > 1 {
        let ty = vm.type_of(&args.args[0]);
        let init = vm.intern_static("__init__");
        let new = vm.intern_static("__new__");
        let init_f = vm.lookup_type(&ty, &init);
        let new_f = vm.lookup_type(&ty, &new);
        let init_is_object = init_f
            .as_ref()
            .is_none_or(|f| vm.is_builtin_of(f, "object"));
        let new_is_object = new_f.as_ref().is_none_or(|f| vm.is_builtin_of(f, "object"));
        if !init_is_object {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new_is_object {
            return Err(vm.type_error(&format!("{}() takes no arguments", tdata(&ty).name())));
        }
    }
    Ok(Value::None)
}

/// Registers `type` and `object` behaviour.
pub fn register(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let type_ = vm.types.type_.clone();
    vm.add_builtin(
        &object,
        "object",
        "__new__",
        object_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_builtin(
        &object,
        "object",
        "__init__",
        object_init,
        BuiltinKind::Method,
    );
    vm.add_builtin(
        &type_,
        "type",
        "__new__",
        type_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_builtin(
        &type_,
        "type",
        "__init__",
        object_init_any,
        BuiltinKind::Method,
    );
}

fn object_init_any(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
