//! The import system (= the parts of `importlib._bootstrap` scripts rely on): `sys.modules`
//! caching, built-in modules, `.py` modules and packages found on `sys.path` (and a package's
//! `__path__`), relative imports, `from m import x` with submodule fallback, and `import *`.

use std::path::{Path, PathBuf};

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::ops::{dict_get_str, dict_set, dict_set_str};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A new module object named `name` with a fresh namespace.
    pub fn new_module(&mut self, name: &str) -> PyRef {
        let n = self.new_str(name);
        let m = PyRef::new(
            &self.types.module,
            Payload::Module {
                name: n.clone().into(),
            },
        );
        let d = self.new_dict_ref();
        let k = Value::Obj(self.intern_static("__name__"));
        dict_set_str(self, &d, k, n);
        for key in ["__doc__", "__package__", "__loader__", "__spec__"] {
            let k = Value::Obj(self.intern(key));
            dict_set_str(self, &d, k, Value::None);
        }
        m.set_dict(Some(d));
        m
    }

    /// Sets `name` in a module's namespace.
    pub fn module_set(&mut self, m: &PyRef, name: &str, v: Value) {
        if let Some(d) = m.get_dict() {
            let k = Value::Obj(self.intern(name));
            dict_set_str(self, &d, k, v);
        }
    }

    /// `sys.modules[module].name`, if that module is loaded.
    pub fn module_attr(&mut self, module: &str, name: &str) -> Option<Value> {
        let modules = self.modules.clone();
        let m = dict_get_str(self, &modules, module)?;
        self.module_get(&m, name)
    }

    fn module_get(&mut self, m: &Value, name: &str) -> Option<Value> {
        let d = m.as_obj()?.get_dict()?;
        dict_get_str(self, &d, name)
    }

    /// IMPORT_NAME.
    pub(crate) fn import_name(
        &mut self,
        fi: usize,
        name: &PyRef,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let globals = self.frames[fi].globals.clone();
        let level = match level {
            Value::Int(l) => *l as usize,
            _ => 0,
        };
        let name = name.payload_str().to_string();
        self.import_module_level(&name, &globals, fromlist, level)
    }

    /// `__import__(name, globals, locals, fromlist, level)`.
    pub fn import_module_level(
        &mut self,
        name: &str,
        globals: &PyRef,
        fromlist: &Value,
        level: usize,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            let package = self.resolve_package(globals, level)?;
            if name.is_empty() {
                package
            } else {
                format!("{package}.{name}")
            }
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_full(&full)?;
        let has_fromlist = match fromlist.payload() {
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.borrow().is_empty(),
            _ => !fromlist.is_none() && !fromlist.is_undef(),
        };
        if has_fromlist {
            // Submodules named in the fromlist of a package are imported too.
            if self.module_get(&module, "__path__").is_some() {
                let names = self.collect_iter(fromlist)?;
                for n in names {
                    if let Some(s) = n.as_str() {
                        if s != "*" && self.module_get(&module, s).is_none() {
                            let sub = format!("{full}.{s}");
                            match self.import_full(&sub) {
                                Ok(_) => {}
                                Err(e)
                                    if self.err_matches(
                                        &e,
                                        &self.exc.module_not_found_error.clone(),
                                    ) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = full.split('.').next().unwrap_or(&full).to_string();
            let modules = self.modules.clone();
            return Ok(dict_get_str(self, &modules, &top).unwrap_or(module));
        }
        // `from . import x` handled above; a bare relative `import .x` is not valid syntax.
        Ok(module)
    }

    fn resolve_package(&mut self, globals: &PyRef, level: usize) -> PyResult<String> {
        let pkg = match dict_get_str(self, globals, "__package__") {
            Some(p) if p.as_str().is_some() => p.as_str().unwrap_or("").to_string(),
            _ => {
                let name = dict_get_str(self, globals, "__name__")
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_default();
                if dict_get_str(self, globals, "__path__").is_some() {
                    name
                } else {
                    name.rsplit_once('.')
                        .map(|(a, _)| a.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if pkg.is_empty() {
            return Err(self.new_error(
                &self.exc.import_error.clone(),
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = pkg.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error(
                &self.exc.import_error.clone(),
                "attempted relative import beyond top-level package",
            ));
        }
        Ok(parts[..parts.len() - (level - 1)].join("."))
    }

    /// Imports a dotted module name, each package first (= `_gcd_import`).
    pub fn import_full(&mut self, full: &str) -> PyResult<Value> {
        let modules = self.modules.clone();
        if let Some(m) = dict_get_str(self, &modules, full) {
            if m.is_none() {
                return Err(self.module_not_found(full));
            }
            return Ok(m);
        }
        let (parent, last) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = self.import_full(p)?;
                // The parent's import may have imported us.
                if let Some(m) = dict_get_str(self, &modules, full) {
                    return Ok(m);
                }
                match self.module_get(&pm, "__path__") {
                    Some(path) => self
                        .collect_iter(&path)?
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    None => {
                        return Err(self.new_error(
                            &self.exc.module_not_found_error.clone(),
                            &format!("No module named '{full}'; '{p}' is not a package"),
                        ));
                    }
                }
            }
            None => {
                if let Some(m) = crate::modules::builtin_module(self, full) {
                    let m = m?;
                    let v = Value::Obj(m);
                    let k = self.new_str(full);
                    dict_set(self, &modules, k, v.clone())?;
                    return Ok(v);
                }
                match self.sys_attr("path") {
                    Some(p) => self
                        .collect_iter(&p)?
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    None => Vec::new(),
                }
            }
        };
        if let Some(f) = crate::modules::frozen::find(full) {
            let module = self.exec_frozen_module(f)?;
            if let Some(p) = &parent {
                if let Some(Value::Obj(pm)) = dict_get_str(self, &modules, p) {
                    self.module_set(&pm, &last, module.clone());
                }
            }
            return Ok(module);
        }
        let Some((file, is_pkg)) = find_source(&search, &last) else {
            return Err(self.module_not_found(full));
        };
        let module = self.exec_source_module(full, &file, is_pkg)?;
        if let Some(p) = parent {
            if let Some(pm) = dict_get_str(self, &modules, &p) {
                if let Some(pm) = pm.as_obj() {
                    let pm = pm.clone();
                    self.module_set(&pm, &last, module.clone());
                }
            }
        }
        Ok(module)
    }

    fn module_not_found(&mut self, full: &str) -> crate::vm::PyErr {
        let e = self.new_error(
            &self.exc.module_not_found_error.clone(),
            &format!("No module named '{full}'"),
        );
        let n = self.new_str(full);
        self.set_exc_attr(&e, "name", n);
        e
    }

    /// Loads a `.py` file as module `name` (registered in `sys.modules` before it runs, removed
    /// again if it fails).
    pub fn exec_source_module(&mut self, name: &str, file: &Path, is_pkg: bool) -> PyResult<Value> {
        let source = std::fs::read_to_string(file).map_err(|e| self.os_error(&e))?;
        let fname = file.to_string_lossy().to_string();
        self.sources.insert(fname.clone(), source.clone().into());
        let m = self.new_module(name);
        let mv = Value::Obj(m.clone());
        let f = self.new_str(fname.as_str());
        self.module_set(&m, "__file__", f);
        let bm = Value::Obj(self.builtins_module.clone());
        self.module_set(&m, "__builtins__", bm);
        let package = if is_pkg {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
        };
        let pv = self.new_str(package);
        self.module_set(&m, "__package__", pv);
        if is_pkg {
            let dir = file
                .parent()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default();
            let dv = self.new_str(dir);
            let path = self.new_list(vec![dv]);
            self.module_set(&m, "__path__", path);
        }
        let modules = self.modules.clone();
        let k = self.new_str(name);
        dict_set(self, &modules, k.clone(), mv.clone())?;
        let r = self.compile_and_run(&source, &fname, &m);
        if let Err(e) = r {
            let _ = crate::vm::ops::dict_del(self, &modules, &k);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(dict_get_str(self, &modules, name).unwrap_or(mv))
    }

    /// Loads a frozen module (registered in `sys.modules` before it runs).
    fn exec_frozen_module(
        &mut self,
        f: &'static crate::modules::frozen::Frozen,
    ) -> PyResult<Value> {
        let m = self.new_module(f.name);
        let mv = Value::Obj(m.clone());
        let bm = Value::Obj(self.builtins_module.clone());
        self.module_set(&m, "__builtins__", bm);
        let package = if f.is_package {
            f.name.to_string()
        } else {
            f.name
                .rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
        };
        let pv = self.new_str(package);
        self.module_set(&m, "__package__", pv);
        if f.is_package {
            let path = self.new_list(vec![]);
            self.module_set(&m, "__path__", path);
        }
        let modules = self.modules.clone();
        let k = self.new_str(f.name);
        dict_set(self, &modules, k.clone(), mv.clone())?;
        let filename = format!("<frozen {}>", f.name);
        if let Err(e) = self.compile_and_run(f.source, &filename, &m) {
            let _ = crate::vm::ops::dict_del(self, &modules, &k);
            return Err(e);
        }
        Ok(dict_get_str(self, &modules, f.name).unwrap_or(mv))
    }

    /// Compiles `source` and runs it in module `m`'s namespace.
    pub fn compile_and_run(&mut self, source: &str, filename: &str, m: &PyRef) -> PyResult<Value> {
        let code = self.compile_source(source, filename, crate::compiler::Mode::Exec)?;
        let globals = m.get_dict().expect("module namespace");
        self.run_code(&code, &globals, Value::Obj(globals.clone()))
    }

    /// IMPORT_FROM.
    pub(crate) fn import_from(&mut self, module: &Value, name: &PyRef) -> PyResult<Value> {
        match self.getattr_opt(module, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            // A module `__getattr__` saying no becomes the ImportError below.
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {}
            Err(e) => return Err(e),
        }
        let mname = self
            .module_get(module, "__name__")
            .and_then(|n| n.as_str().map(str::to_string));
        if let Some(mn) = &mname {
            let full = format!("{}.{}", mn, name.payload_str());
            let modules = self.modules.clone();
            if let Some(v) = dict_get_str(self, &modules, &full) {
                return Ok(v);
            }
        }
        let n = name.payload_str();
        let file = self
            .module_get(module, "__file__")
            .and_then(|f| f.as_str().map(str::to_string));
        let msg = match (&mname, file.clone()) {
            (Some(m), Some(f)) => format!("cannot import name '{n}' from '{m}' ({f})"),
            (Some(m), None) => format!("cannot import name '{n}' from '{m}' (unknown location)"),
            _ => format!("cannot import name '{n}'"),
        };
        let e = self.new_error(&self.exc.import_error.clone(), &msg);
        // CPython's ImportError.name is the module the name was imported from.
        let nv = match &mname {
            Some(m) => self.new_str(m.as_str()),
            None => Value::None,
        };
        self.set_exc_attr(&e, "name", nv);
        // ... and ImportError.path its file.
        let pv = match &file {
            Some(f) => self.new_str(f.as_str()),
            None => Value::None,
        };
        self.set_exc_attr(&e, "path", pv);
        Err(e)
    }

    /// IMPORT_STAR: copies public names (or `__all__`) into the frame's locals.
    pub(crate) fn import_star(&mut self, fi: usize, module: &Value) -> PyResult<()> {
        let Some(d) = module.as_obj().and_then(|m| m.get_dict()) else {
            return Ok(());
        };
        let names: Vec<Value> = match dict_get_str(self, &d, "__all__") {
            Some(all) => self.collect_iter(&all)?,
            None => match &d.payload {
                Payload::Dict(dc) => dc
                    .borrow()
                    .iter()
                    .map(|e| e.key.clone())
                    .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                    .collect(),
                _ => Vec::new(),
            },
        };
        for n in names {
            let v = match n.as_str() {
                Some(s) => {
                    let key = self.intern(s);
                    self.getattr(module, &key)?
                }
                None => continue,
            };
            self.store_name(fi, n, v)?;
        }
        Ok(())
    }
}

/// Finds `name.py` or `name/__init__.py` in the search directories.
fn find_source(dirs: &[String], name: &str) -> Option<(PathBuf, bool)> {
    for d in dirs {
        let base = if d.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(d)
        };
        let pkg = base.join(name).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = base.join(format!("{name}.py"));
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}
