//! Attribute access (= CPython's `PyObject_GenericGetAttr`, `type_getattro`,
//! `_PyType_Lookup` with its method cache, `PyObject_GenericSetAttr`).
//!
//! Lookup order for instances: data descriptors on the type, then the instance `__dict__`,
//! then non-data descriptors and plain class attributes, then `__getattr__`. Built-in objects
//! expose their fixed attributes (`f.__name__`, `c.co_varnames`, `e.args`...) through
//! `getset.rs`, which plays the role of CPython's getset descriptors.

use crate::object::{Obj, Payload, PyRef};
use crate::objects::function::{BuiltinFn, BuiltinKind};
use crate::objects::typeobj::{tdata, TF_CUSTOM_GETATTR, TF_CUSTOM_SETATTR, TF_HAS_FINALIZER};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Entries in the type-attribute cache (a power of two).
pub const MCACHE_SIZE: usize = 4096;

/// One method-cache entry: (type version, interned name address) -> result.
#[derive(Clone, Default)]
pub struct CacheEntry {
    version: u32,
    name: usize,
    value: Option<Value>,
}

impl Vm {
    /// Looks `name` up along the MRO of type `ty` (= `_PyType_Lookup`), cached by type
    /// version. `name` should be interned.
    pub fn lookup_type(&mut self, ty: &Obj, name: &PyRef) -> Option<Value> {
        let td = tdata(ty);
        let ver = td.version.get();
        let idx =
            ((ver as usize).wrapping_mul(2654435761) ^ (name.addr() >> 4)) & (MCACHE_SIZE - 1);
        {
            let e = &self.mcache[idx];
            if e.version == ver && e.name == name.addr() {
                return e.value.clone();
            }
        }
        let mro: Vec<PyRef> = td.mro.borrow().clone();
        let key = Value::Obj(name.clone());
        let mut found = None;
        for t in &mro {
            let ns = tdata(t).dict.clone();
            if let Ok(Some(v)) = crate::vm::ops::dict_get(self, &ns, &key) {
                found = Some(v);
                break;
            }
        }
        self.mcache[idx] = CacheEntry {
            version: ver,
            name: name.addr(),
            value: found.clone(),
        };
        found
    }

    /// `getattr(obj, name)` with an interned name.
    pub fn getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// Attribute lookup by Rust string name, Ok(None) when missing.
    pub fn getattr_opt_str(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = self.intern(name);
        self.getattr_opt(obj, &n)
    }

    /// `getattr(obj, name)` for a Rust string name.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// The AttributeError CPython raises for a missing attribute.
    pub fn attribute_error(&mut self, obj: &Value, name: &PyRef) -> PyErr {
        let n = name.payload_str();
        let msg = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                format!("type object '{}' has no attribute '{}'", tdata(o).name(), n)
            }
            Value::Obj(o) if matches!(o.payload, Payload::Module { .. }) => {
                let mname = match &o.payload {
                    Payload::Module { name } => name.borrow().as_str().map(str::to_string),
                    _ => None,
                };
                match mname {
                    Some(m) => format!("module '{m}' has no attribute '{n}'"),
                    None => format!("module has no attribute '{n}'"),
                }
            }
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        let e = self.new_error(&self.exc.attribute_error.clone(), &msg);
        let nv = Value::Obj(name.clone());
        self.set_exc_attr(&e, "name", nv);
        self.set_exc_attr(&e, "obj", obj.clone());
        e
    }

    /// Attribute lookup returning Ok(None) instead of raising AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let td = tdata(&ty);
        if td.has_flag(TF_CUSTOM_GETATTR) {
            return self.getattr_custom(obj, name);
        }
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, name);
            }
            if let Payload::Module { .. } = &o.payload {
                if let Some(v) = self.generic_getattr(obj, name)? {
                    return Ok(Some(v));
                }
                return crate::objects::func_methods::module_getattr_hook(self, o, name);
            }
        }
        self.generic_getattr(obj, name)
    }

    fn getattr_custom(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let ga = self.lookup_special(obj, "__getattribute__");
        let r = match ga {
            Some(f) if !self.is_builtin_of(&f, "object") => {
                match self.call(&f, Args::new(&[obj.clone(), Value::Obj(name.clone())])) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.is_instance_of(
                            &Value::Obj(e.0.clone()),
                            &self.exc.attribute_error.clone(),
                        ) =>
                    {
                        Err(e)
                    }
                    Err(e) => return Err(e),
                }
            }
            _ => match obj {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                    self.type_getattr(o, name).map(Ok)?
                }
                _ => self.generic_getattr(obj, name).map(Ok)?,
            },
        };
        match r {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) | Err(_) => {
                if let Some(g) = self.lookup_special(obj, "__getattr__") {
                    return self
                        .call(&g, Args::new(&[obj.clone(), Value::Obj(name.clone())]))
                        .map(Some);
                }
                match r {
                    Err(e) => Err(e),
                    _ => Ok(None),
                }
            }
        }
    }

    /// = `PyObject_GenericGetAttr` (without `__getattr__`).
    pub fn generic_getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        if let Some(Payload::Super { .. }) = obj.payload() {
            if let Some(v) = crate::objects::descriptors::super_getattr(self, obj, name)? {
                return Ok(Some(v));
            }
        }
        let ty = self.type_of(obj);
        let descr = self.lookup_type(&ty, name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, &Value::Obj(ty.clone())).map(Some);
            }
        }
        if let Some(v) = crate::vm::getset::value_getattr(self, obj, name.payload_str()) {
            return Ok(Some(v));
        }
        if let Value::Obj(o) = obj {
            if let Some(v) = crate::vm::getset::builtin_getattr(self, o, name.payload_str())? {
                return Ok(Some(v));
            }
            if let Some(d) = o.get_dict() {
                if let Some(v) = crate::vm::ops::dict_get(self, &d, &Value::Obj(name.clone()))? {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, &Value::Obj(ty)).map(Some);
        }
        Ok(None)
    }

    /// = `type_getattro`: attributes of type objects.
    pub fn type_getattr(&mut self, t: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
        let meta = t.type_ref();
        let meta_attr = self.lookup_type(&meta, name);
        if let Some(m) = &meta_attr {
            if self.is_data_descriptor(m) {
                return self
                    .descr_get(m, &Value::Obj(t.clone()), &Value::Obj(meta.clone()))
                    .map(Some);
            }
        }
        if let Some(v) = crate::vm::getset::type_special_attr(self, t, name.payload_str())? {
            return Ok(Some(v));
        }
        if let Some(a) = self.lookup_type(t, name) {
            return self
                .descr_get(&a, &Value::None, &Value::Obj(t.clone()))
                .map(Some);
        }
        if let Some(m) = meta_attr {
            return self
                .descr_get(&m, &Value::Obj(t.clone()), &Value::Obj(meta))
                .map(Some);
        }
        Ok(None)
    }

    /// Whether `d` is a data descriptor (defines `__set__` or `__delete__`).
    pub fn is_data_descriptor(&mut self, d: &Value) -> bool {
        match d {
            Value::Obj(o) => match &o.payload {
                Payload::Property { .. } => true,
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_) => false,
                _ => {
                    if !o.type_data().is_heap() {
                        return false;
                    }
                    self.lookup_special(d, "__set__").is_some()
                        || self.lookup_special(d, "__delete__").is_some()
                }
            },
            _ => false,
        }
    }

    /// Applies the descriptor protocol to a class attribute `d` found for `obj` (None when
    /// accessed on the class itself) of type `owner`.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, owner: &Value) -> PyResult<Value> {
        let Value::Obj(o) = d else {
            return Ok(d.clone());
        };
        match &o.payload {
            Payload::Function(_) => {
                if obj.is_none() {
                    Ok(d.clone())
                } else {
                    Ok(Value::Obj(PyRef::new(
                        &self.types.method,
                        Payload::Method {
                            func: d.clone(),
                            self_: obj.clone(),
                        },
                    )))
                }
            }
            Payload::Builtin(b) => match b.kind {
                BuiltinKind::Method if !obj.is_none() && b.self_.is_undef() => {
                    Ok(Value::Obj(self.bind_builtin(b, obj.clone())))
                }
                BuiltinKind::ClassMethod if b.self_.is_undef() => {
                    Ok(Value::Obj(self.bind_builtin(b, owner.clone())))
                }
                _ => Ok(d.clone()),
            },
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::ClassMethod(f) => {
                let cls = if owner.is_none() {
                    self.type_of(obj).into()
                } else {
                    owner.clone()
                };
                Ok(Value::Obj(PyRef::new(
                    &self.types.method,
                    Payload::Method {
                        func: f.clone(),
                        self_: cls,
                    },
                )))
            }
            Payload::Property { fget, .. } => {
                if obj.is_none() {
                    return Ok(d.clone());
                }
                if fget.is_none() {
                    return Err(crate::objects::descriptors::property_missing(
                        self, d, obj, "getter",
                    ));
                }
                let g = fget.clone();
                self.call(&g, Args::new(std::slice::from_ref(obj)))
            }
            _ => {
                if o.type_data().is_heap() {
                    if let Some(get) = self.lookup_special(d, "__get__") {
                        return self
                            .call(&get, Args::new(&[d.clone(), obj.clone(), owner.clone()]));
                    }
                }
                Ok(d.clone())
            }
        }
    }

    fn bind_builtin(&mut self, b: &BuiltinFn, self_: Value) -> PyRef {
        PyRef::new(
            &self.types.builtin_function,
            Payload::Builtin(Box::new(BuiltinFn {
                name: b.name,
                func: b.func,
                kind: b.kind,
                self_,
                owner: b.owner,
                doc: b.doc,
            })),
        )
    }

    /// LOAD_METHOD: `(method, self)` when `obj.name` is a plain method on the type, else
    /// `(Undef, obj.name)`; avoids allocating a bound method.
    pub fn load_method(&mut self, obj: Value, name: &PyRef) -> PyResult<(Value, Value)> {
        let ty = self.type_of(&obj);
        let td = tdata(&ty);
        if !td.has_flag(TF_CUSTOM_GETATTR)
            && !matches!(
                obj.payload(),
                Some(Payload::Type(_) | Payload::Module { .. })
            )
        {
            if let Some(d) = self.lookup_type(&ty, name) {
                let is_method = match &d {
                    Value::Obj(o) => match &o.payload {
                        Payload::Function(_) => true,
                        Payload::Builtin(b) => b.kind == BuiltinKind::Method && b.self_.is_undef(),
                        _ => false,
                    },
                    _ => false,
                };
                if is_method {
                    let shadowed = match &obj {
                        Value::Obj(o) => match o.get_dict() {
                            Some(dict) => {
                                crate::vm::ops::dict_get(self, &dict, &Value::Obj(name.clone()))?
                                    .is_some()
                            }
                            None => false,
                        },
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((d, obj));
                    }
                }
            }
        }
        let v = self.getattr(&obj, name)?;
        Ok((Value::Undef, v))
    }

    /// `setattr(obj, name, value)` (= `PyObject_SetAttr`).
    pub fn setattr(&mut self, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        let td = tdata(&ty);
        if td.has_flag(TF_CUSTOM_SETATTR) {
            if let Some(f) = self.lookup_special(obj, "__setattr__") {
                if !self.is_builtin_of(&f, "object") {
                    self.call(
                        &f,
                        Args::new(&[obj.clone(), Value::Obj(name.clone()), value]),
                    )?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// = `PyObject_GenericSetAttr` (also `object.__setattr__`).
    pub fn generic_setattr(&mut self, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(t) = &o.payload {
                if t.is_heap() && matches!(name.payload_str(), "__name__" | "__qualname__") {
                    return crate::objects::descriptors::set_type_name(
                        self,
                        o,
                        name.payload_str(),
                        value,
                    );
                }
                if !t.is_heap() {
                    return Err(self.type_error(&format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.payload_str(),
                        t.name()
                    )));
                }
                let ns = t.dict.clone();
                crate::vm::ops::dict_set(self, &ns, Value::Obj(name.clone()), value)?;
                // Invalidate first: the flags are recomputed through the method cache.
                t.invalidate();
                crate::vm::classes::update_type_flags(self, o, name.payload_str());
                return Ok(());
            }
        }
        let ty = self.type_of(obj);
        if let Some(d) = self.lookup_type(&ty, name) {
            if let Some(r) = self.descr_set(&d, obj, Some(value.clone()), name)? {
                return Ok(r);
            }
        }
        if let Value::Obj(o) = obj {
            if !o.payload.is_instance()
                && crate::vm::getset::builtin_setattr(
                    self,
                    o,
                    name.payload_str(),
                    Some(value.clone()),
                )?
            {
                return Ok(());
            }
            if let Some(slots) = o.type_data().slots.borrow().as_ref() {
                let no_dict = !o.type_data().has_flag(crate::objects::typeobj::TF_HAS_DICT);
                if (no_dict || o.get_dict().is_none())
                    && !slots.iter().any(|s| s == name.payload_str())
                    && name.payload_str() != "__class__"
                {
                    return Err(self.new_error(
                        &self.exc.attribute_error.clone(),
                        &format!(
                            "'{}' object has no attribute '{}'",
                            self.type_name(obj),
                            name.payload_str()
                        ),
                    ));
                }
            }
            if name.payload_str() == "__class__" {
                return self.set_class(o, value);
            }
            if let Some(d) = o.get_dict() {
                return crate::vm::ops::dict_set(self, &d, Value::Obj(name.clone()), value);
            }
            if o.type_data().slots.borrow().is_some() {
                // Slot values live in a private dict the object gets on first store.
                let d = self.new_dict_ref();
                o.set_dict(Some(d.clone()));
                return crate::vm::ops::dict_set(self, &d, Value::Obj(name.clone()), value);
            }
        }
        Err(crate::objects::object_methods::setattr_error(
            self, obj, name,
        ))
    }

    /// Runs a data descriptor's setter (value) or deleter (None). Ok(None) when `d` is not a
    /// data descriptor.
    fn descr_set(
        &mut self,
        d: &Value,
        obj: &Value,
        value: Option<Value>,
        name: &PyRef,
    ) -> PyResult<Option<()>> {
        let Value::Obj(o) = d else { return Ok(None) };
        match &o.payload {
            Payload::Property { fset, fdel, .. } => {
                let f = if value.is_some() {
                    fset.clone()
                } else {
                    fdel.clone()
                };
                if f.is_none() {
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return Err(self.new_error(
                        &self.exc.attribute_error.clone(),
                        &format!(
                            "property '{}' of '{}' object has no {}",
                            name.payload_str(),
                            self.type_name(obj),
                            what
                        ),
                    ));
                }
                match value {
                    Some(v) => self.call(&f, Args::new(&[obj.clone(), v]))?,
                    None => self.call(&f, Args::new(std::slice::from_ref(obj)))?,
                };
                Ok(Some(()))
            }
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::StaticMethod(_)
            | Payload::ClassMethod(_) => Ok(None),
            _ => {
                if !o.type_data().is_heap() {
                    return Ok(None);
                }
                match value {
                    Some(v) => {
                        if let Some(set) = self.lookup_special(d, "__set__") {
                            self.call(&set, Args::new(&[d.clone(), obj.clone(), v]))?;
                            return Ok(Some(()));
                        }
                    }
                    None => {
                        if let Some(del) = self.lookup_special(d, "__delete__") {
                            self.call(&del, Args::new(&[d.clone(), obj.clone()]))?;
                            return Ok(Some(()));
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<()> {
        let ty = self.type_of(obj);
        if tdata(&ty).has_flag(TF_CUSTOM_SETATTR) {
            if let Some(f) = self.lookup_special(obj, "__delattr__") {
                if !self.is_builtin_of(&f, "object") {
                    self.call(&f, Args::new(&[obj.clone(), Value::Obj(name.clone())]))?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, name)
    }

    /// = `object.__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(t) = &o.payload {
                let ns = t.dict.clone();
                if !t.is_heap() || !crate::vm::ops::dict_del(self, &ns, &Value::Obj(name.clone()))?
                {
                    return Err(self.attribute_error(obj, name));
                }
                t.invalidate();
                crate::vm::classes::update_type_flags(self, o, name.payload_str());
                return Ok(());
            }
        }
        let ty = self.type_of(obj);
        if let Some(d) = self.lookup_type(&ty, name) {
            if self.descr_set(&d, obj, None, name)?.is_some() {
                return Ok(());
            }
        }
        if let Value::Obj(o) = obj {
            if !o.payload.is_instance()
                && crate::vm::getset::builtin_setattr(self, o, name.payload_str(), None)?
            {
                return Ok(());
            }
            if let Some(d) = o.get_dict() {
                if crate::vm::ops::dict_del(self, &d, &Value::Obj(name.clone()))? {
                    return Ok(());
                }
            }
        }
        Err(crate::objects::object_methods::setattr_error(
            self, obj, name,
        ))
    }

    /// Keeps the finalizer flag of a heap type in sync after its namespace changed.
    pub fn refresh_finalizer_flag(&mut self, t: &PyRef) {
        let n = self.intern_static("__del__");
        let has = self.lookup_type(t, &n).is_some();
        tdata(t).set_flag(TF_HAS_FINALIZER, has);
    }
}

impl Vm {
    /// `obj.__class__ = cls` (only between compatible heap types, as CPython checks).
    fn set_class(&mut self, o: &PyRef, value: Value) -> PyResult<()> {
        let Value::Obj(cls) = &value else {
            return Err(self.type_error(&format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&value)
            )));
        };
        let Payload::Type(new_t) = &cls.payload else {
            return Err(self.type_error(&format!(
                "__class__ must be set to a class, not '{}' object",
                cls.type_name()
            )));
        };
        let old_t = o.type_data();
        if !old_t.is_heap()
            || !new_t.is_heap()
            || old_t.layout != new_t.layout
            || slot_layout(o.type_data()) != slot_layout(new_t)
        {
            return Err(self.type_error(&format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new_t.name(),
                old_t.name()
            )));
        }
        o.set_type(cls);
        Ok(())
    }
}

/// The names of the slots in an instance's slot array, by index (instances of classes
/// whose slot layouts agree can change class).
fn slot_layout(t: &crate::objects::typeobj::TypeData) -> Vec<String> {
    let mut names = vec![String::new(); t.slot_count.get() as usize];
    for c in t.mro.borrow().iter() {
        let ct = tdata(c);
        let own: Vec<String> = ct
            .slots
            .borrow()
            .iter()
            .flatten()
            .filter(|n| *n != "__dict__" && *n != "__weakref__")
            .cloned()
            .collect();
        let end = ct.slot_count.get() as usize;
        if end >= own.len() && end <= names.len() {
            names[end - own.len()..end].clone_from_slice(&own);
        }
    }
    names
}

impl Obj {
    /// The text of a str object (empty for anything else); for names.
    pub fn payload_str(&self) -> &str {
        match &self.payload {
            Payload::Str(s) => s.as_str(),
            _ => "",
        }
    }
}
