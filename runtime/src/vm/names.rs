//! Name resolution for module and class bodies (LOAD_NAME & co.), the class-body view of
//! free variables, annotations setup, and the interactive PRINT_EXPR.

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::ops::{dict_get, dict_set};
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    fn locals_get(&mut self, locals: &Value, key: &Value) -> PyResult<Option<Value>> {
        match locals {
            Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) && !d.type_data().is_heap() => {
                dict_get(self, d, key)
            }
            Value::Obj(_) => match self.getitem(locals, key) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Ok(None),
                Err(e) => Err(e),
            },
            _ => Ok(None),
        }
    }

    /// LOAD_NAME: locals mapping, then globals, then builtins.
    pub(crate) fn load_name(&mut self, fi: usize, name: &PyRef) -> PyResult<Value> {
        let key = Value::Obj(name.clone());
        let (locals, globals, builtins) = {
            let f = &self.frames[fi];
            (f.locals.clone(), f.globals.clone(), f.builtins.clone())
        };
        if let Some(v) = self.locals_get(&locals, &key)? {
            return Ok(v);
        }
        if let Some(v) = dict_get(self, &globals, &key)? {
            return Ok(v);
        }
        if let Some(v) = dict_get(self, &builtins, &key)? {
            return Ok(v);
        }
        Err(self.name_error(name.payload_str()))
    }

    /// STORE_NAME.
    pub(crate) fn store_name(&mut self, fi: usize, name: Value, v: Value) -> PyResult<()> {
        let (locals, globals) = {
            let f = &self.frames[fi];
            (f.locals.clone(), f.globals.clone())
        };
        match &locals {
            Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) && !d.type_data().is_heap() => {
                dict_set(self, d, name, v)
            }
            Value::Obj(_) => self.setitem(&locals, name, v),
            _ => dict_set(self, &globals, name, v),
        }
    }

    /// DELETE_NAME.
    pub(crate) fn delete_name(&mut self, fi: usize, name: Value) -> PyResult<()> {
        let (locals, globals) = {
            let f = &self.frames[fi];
            (f.locals.clone(), f.globals.clone())
        };
        let target = match &locals {
            Value::Obj(d) => d.clone(),
            _ => globals,
        };
        let found = if matches!(target.payload, Payload::Dict(_)) {
            crate::vm::ops::dict_del(self, &target, &name)?
        } else {
            self.delitem(&Value::Obj(target), &name).is_ok()
        };
        if !found {
            return Err(self.name_error(name.as_str().unwrap_or("")));
        }
        Ok(())
    }

    /// LOAD_CLASSDEREF: a class body reads a free variable from its namespace first.
    pub(crate) fn classderef_lookup(&mut self, fi: usize, i: usize) -> PyResult<Option<Value>> {
        let (locals, name) = {
            let f = &self.frames[fi];
            (
                f.locals.clone(),
                f.code_data().code.localsplus_name(i).clone(),
            )
        };
        let key = Value::Obj(self.intern(&name));
        self.locals_get(&locals, &key)
    }

    /// SETUP_ANNOTATIONS.
    pub(crate) fn setup_annotations(&mut self, fi: usize) -> PyResult<()> {
        let locals = self.frames[fi].locals.clone();
        let target = match &locals {
            Value::Obj(d) => d.clone(),
            _ => self.frames[fi].globals.clone(),
        };
        let key = Value::Obj(self.intern_static("__annotations__"));
        if self
            .locals_get(&Value::Obj(target.clone()), &key)?
            .is_none()
        {
            let d = self.new_dict();
            if matches!(target.payload, Payload::Dict(_)) {
                dict_set(self, &target, key, d)?;
            } else {
                self.setitem(&Value::Obj(target), key, d)?;
            }
        }
        Ok(())
    }

    /// PRINT_EXPR (interactive mode): `sys.displayhook`.
    pub(crate) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(&v)?;
        self.write_stdout(&format!("{r}\n"))?;
        let k = Value::Obj(self.intern_static("_"));
        let b = self.builtins.clone();
        dict_set(self, &b, k, v)
    }

    /// Work requested at an instruction boundary: a cycle collection the allocation threshold
    /// asked for, then queued finalizers.
    pub fn service(&mut self) {
        crate::object::clear_service();
        if crate::gc::take_pending() {
            if let Some(g) = crate::gc::due_generation() {
                self.collect_cycles(g);
            }
        }
        self.run_pending_finalizers();
        if crate::gil::drop_requested() {
            self.gil_yield();
        }
    }

    /// Runs the cycle collector on generation `g` (and younger); returns the number of
    /// unreachable objects found.
    pub fn collect_cycles(&mut self, g: usize) -> usize {
        if g >= 2 {
            self.forget_lookups();
        }
        let mut finalize = |o: &PyRef| {
            // Weak reference callbacks of the garbage run before its finalizers (CPython's
            // order); the collector queued them before calling this.
            for (wr, cb) in crate::objects::weakref::take_pending_callbacks() {
                if let Err(e) = self.call(&cb, Args::new(&[Value::Obj(wr)])) {
                    self.write_unraisable(&e, &cb);
                }
            }
            let v = Value::Obj(o.clone());
            if let Some(del) = self.lookup_special(&v, "__del__") {
                if let Err(e) = self.call(&del, Args::new(std::slice::from_ref(&v))) {
                    self.write_unraisable(&e, &del);
                }
            }
        };
        crate::gc::collect(g, &mut finalize)
    }

    /// Empties the attribute lookup cache: its entries hold what they found (functions whose
    /// cells may hold their class, say), references the collector cannot see. Done before
    /// full collections, which are rare, so the cache does not keep garbage alive for good.
    fn forget_lookups(&mut self) {
        for e in self.mcache.iter_mut() {
            *e = crate::vm::attr::CacheEntry::default();
        }
    }

    /// Runs `__del__` of objects whose count reached zero (see `object.rs`).
    pub fn run_pending_finalizers(&mut self) {
        loop {
            let callbacks = crate::objects::weakref::take_pending_callbacks();
            for (wr, cb) in &callbacks {
                if let Err(e) = self.call(cb, Args::new(&[Value::Obj(wr.clone())])) {
                    self.write_unraisable(&e, cb);
                }
            }
            let pending = crate::object::take_pending_finalizers();
            if pending.is_empty() && callbacks.is_empty() {
                break;
            }
            for obj in pending {
                let v = Value::Obj(obj);
                if let Some(Payload::Generator(g)) = v.payload() {
                    if g.kind != crate::objects::generator::GenKind::Generator {
                        let Value::Obj(o) = &v else { continue };
                        if let Err(e) = crate::objects::func_methods::gen_close(self, o) {
                            self.write_unraisable(&e, &v);
                        }
                        continue;
                    }
                    if let Err(e) = self.call_method(&v, "close", &[]) {
                        let close = self.getattr_str(&v, "close").unwrap_or(Value::None);
                        self.write_unraisable(&e, &close);
                    }
                    continue;
                }
                if let Some(del) = self.lookup_special(&v, "__del__") {
                    if let Err(e) = self.call(&del, Args::new(std::slice::from_ref(&v))) {
                        self.write_unraisable(&e, &del);
                    }
                }
            }
        }
    }

    /// Prints an exception that cannot propagate (from `__del__`), as CPython does.
    pub fn write_unraisable(&mut self, e: &crate::vm::PyErr, obj: &Value) {
        let _ = self.flush_stdout();
        let what = match self.repr(obj) {
            Ok(r) => r,
            Err(_) => "<object repr() failed>".into(),
        };
        let text = self.format_exception(&e.0);
        eprint!("Exception ignored in: {what}\n{text}");
    }
}
