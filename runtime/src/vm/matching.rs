//! Structural pattern matching (PEP 634): the semantics of MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS, shared by the interpreter and the
//! JIT's generic path.
//!
//! Which objects count as sequences and mappings follows CPython 3.11's type flags: built-in
//! types have them fixed (`list`, `tuple`, `range`, `memoryview`, `collections.deque` and
//! `array.array` are sequences, `dict` and `mappingproxy` mappings; `str`, `bytes` and
//! `bytearray` are neither), subclasses inherit them from their first built-in base, and a
//! class with no built-in base (but `object`) gets one by inheriting from or being registered
//! with `collections.abc.Sequence`/`Mapping`. Heron's ABCs are written in Python, so that
//! last case asks `isinstance` against the ABC when `collections.abc` has been imported.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj::tdata;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The built-in types whose class pattern with one positional sub-pattern matches the subject
/// itself (CPython's `_Py_TPFLAGS_MATCH_SELF`).
const MATCH_SELF: [&str; 11] = [
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Sequence,
    Mapping,
    Neither,
}

impl Vm {
    /// The first built-in type (other than `object`) in the MRO of `v`'s type.
    fn builtin_base_name(&self, v: &Value) -> Option<String> {
        let t = self.type_of(v);
        let mro = tdata(&t).mro.borrow().clone();
        mro.iter()
            .find(|c| !tdata(c).is_heap() && !PyRef::ptr_eq(c, &self.types.object))
            .map(|c| tdata(c).name())
    }

    /// The collection flag of `v`'s type (see the module docs).
    fn collection_shape(&mut self, v: &Value) -> PyResult<Shape> {
        match v.payload() {
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. }) => {
                return Ok(Shape::Sequence)
            }
            Some(Payload::Dict(_)) => return Ok(Shape::Mapping),
            Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)) => {
                return Ok(Shape::Neither)
            }
            _ => {}
        }
        if let Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None = v {
            return Ok(Shape::Neither);
        }
        if let Some(name) = self.builtin_base_name(v) {
            return Ok(match name.as_str() {
                "list" | "tuple" | "range" | "memoryview" | "deque" | "array" => Shape::Sequence,
                "dict" | "mappingproxy" => Shape::Mapping,
                _ => Shape::Neither,
            });
        }
        // `collections.deque` is written in Python here but is a built-in sequence in CPython.
        let t = self.type_of(v);
        let mro = tdata(&t).mro.borrow().clone();
        for c in &mro {
            if tdata(c).name() == "deque" {
                let cv = Value::Obj(c.clone());
                if let Some(m) = self.getattr_opt_str(&cv, "__module__")? {
                    if m.as_str() == Some("collections") {
                        return Ok(Shape::Sequence);
                    }
                }
            }
        }
        // A class with no built-in base: registered with or derived from the ABCs.
        let key = self.new_str("collections.abc");
        let modules = self.modules.clone();
        let Some(abc) = crate::vm::ops::dict_get(self, &modules, &key)? else {
            return Ok(Shape::Neither);
        };
        for (name, shape) in [("Sequence", Shape::Sequence), ("Mapping", Shape::Mapping)] {
            if let Some(cls) = self.getattr_opt_str(&abc, name)? {
                if crate::vm::builtins_mod::isinstance_check(self, v, &cls)? {
                    return Ok(shape);
                }
            }
        }
        Ok(Shape::Neither)
    }

    /// MATCH_SEQUENCE: whether `v` can match a sequence pattern.
    pub fn match_sequence(&mut self, v: &Value) -> PyResult<bool> {
        Ok(self.collection_shape(v)? == Shape::Sequence)
    }

    /// MATCH_MAPPING: whether `v` can match a mapping pattern.
    pub fn match_mapping(&mut self, v: &Value) -> PyResult<bool> {
        Ok(self.collection_shape(v)? == Shape::Mapping)
    }

    /// MATCH_KEYS: the values of `keys` (a tuple) in mapping `subject`, as a tuple, or None
    /// if one is missing. Looks keys up with `subject.get(key, <sentinel>)`; a key given twice
    /// raises ValueError.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => return Err(self.type_error("MATCH_KEYS needs a tuple of keys")),
        };
        if keys.is_empty() {
            return Ok(self.new_tuple(vec![]));
        }
        let get = self.getattr_str(subject, "get")?;
        let dummy = Value::Obj(PyRef::new(&self.types.object, Payload::Object));
        let seen = self.new_set_from(vec![])?;
        let mut values = Vec::with_capacity(keys.len());
        for k in keys {
            if self.contains(&seen, &k)? {
                let r = self.repr(&k)?;
                return Err(
                    self.value_error(&format!("mapping pattern checks duplicate key ({r})"))
                );
            }
            self.set_add(&seen, k.clone())?;
            let v = self.call(&get, Args::new(&[k, dummy.clone()]))?;
            if v.is(&dummy) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    /// COPY_DICT_WITHOUT_KEYS: a new dict with `subject`'s items except `keys` (a tuple).
    pub fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let rest = self.new_dict();
        self.dict_update_op(&rest, subject, None)?;
        if let Some(Payload::Tuple(t)) = keys.payload() {
            let t = t.to_vec();
            for k in t {
                self.delitem(&rest, &k)?;
            }
        }
        Ok(rest)
    }

    /// MATCH_CLASS: matches `subject` against class `cls` with `nargs` positional
    /// sub-patterns and the keyword attribute names `kwnames` (a tuple). Returns the tuple of
    /// extracted attributes (positional first), or None if the subject does not match.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        kwnames: &Value,
    ) -> PyResult<Value> {
        let Some(Payload::Type(_)) = cls.payload() else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        let Value::Obj(clsr) = cls else {
            unreachable!("types are objects")
        };
        if !crate::vm::builtins_mod::isinstance_check(self, subject, cls)? {
            return Ok(Value::None);
        }
        let tname = tdata(clsr).name();
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let match_args = self.getattr_opt_str(cls, "__match_args__")?;
            let (names, match_self) = match match_args {
                Some(m) => match m.payload() {
                    Some(Payload::Tuple(t))
                        if PyRef::ptr_eq(&self.type_of(&m), &self.types.tuple) =>
                    {
                        (t.to_vec(), false)
                    }
                    _ => {
                        let got = self.type_name(&m);
                        return Err(self.type_error(&format!(
                            "{tname}.__match_args__ must be a tuple (got {got})"
                        )));
                    }
                },
                None => {
                    let is_self = {
                        let mro = tdata(clsr).mro.borrow().clone();
                        mro.iter().any(|c| {
                            !tdata(c).is_heap() && MATCH_SELF.contains(&tdata(c).name().as_str())
                        })
                    };
                    (Vec::new(), is_self)
                }
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(&format!(
                    "{tname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in names.iter().take(nargs) {
                    let exact_str = matches!(name.payload(), Some(Payload::Str(_)))
                        && PyRef::ptr_eq(&self.type_of(name), &self.types.str);
                    if !exact_str {
                        let got = self.type_name(name);
                        return Err(self.type_error(&format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    }
                    match self.match_class_attr(subject, &tname, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Some(Payload::Tuple(t)) = kwnames.payload() {
            let t = t.to_vec();
            for name in t {
                match self.match_class_attr(subject, &tname, &name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// One attribute of a class pattern; None when the subject lacks it.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        tname: &str,
        name: &Value,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        let s = name.as_str().unwrap_or_default().to_string();
        if seen.contains(&s) {
            let r = self.repr(name)?;
            return Err(self.type_error(&format!(
                "{tname}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(s.clone());
        match self.getattr_opt_str(subject, &s) {
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
            r => r,
        }
    }
}
