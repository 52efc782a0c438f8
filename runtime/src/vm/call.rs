//! Calls (= CPython's `call.c` and `_PyEval_MakeFrame`/`initialize_locals`): dispatch on the
//! kind of callable, binding arguments into a new frame's fast locals with CPython's error
//! messages, creating generator objects, and calling types.

use std::ptr;

use crate::bytecode::opcodes::co_flags;
use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinKind, FunctionData};
use crate::value::Value;
use crate::vm::eval::Exit;
use crate::vm::{Args, Frame, PyResult, Vm};

/// Nested Rust-level entries into the eval loop before RecursionError (the interpreter runs
/// on a thread with a large stack; see `heron`'s main).
pub const NATIVE_DEPTH_LIMIT: usize = 6000;

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's missing-argument lists).
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Calls any callable (= `PyObject_Vectorcall`).
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return Err(self.type_error(&format!(
                "'{}' object is not callable",
                self.type_name(callable)
            )));
        };
        match &o.payload {
            Payload::Function(_) => {
                if args.kwnames.is_empty() && self.tier2.is_some() {
                    if let Some(r) = self.try_call_compiled_cloned(o, args.args) {
                        return r;
                    }
                }
                match self.push_py_frame(o, args, true)? {
                    Some(v) => Ok(v),
                    None => Ok(self.run_frame()?.0),
                }
            }
            Payload::Builtin(b) => {
                if b.self_.is_undef() {
                    (b.func)(self, args)
                } else {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(b.self_.clone());
                    v.extend_from_slice(args.args);
                    (b.func)(
                        self,
                        Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    )
                }
            }
            Payload::Method { func, self_ } => {
                let mut v: smallvec::SmallVec<[Value; 8]> =
                    smallvec::SmallVec::with_capacity(args.args.len() + 1);
                v.push(self_.clone());
                v.extend(args.args.iter().cloned());
                let func = func.clone();
                self.call(
                    &func,
                    Args {
                        args: &v,
                        kwnames: args.kwnames,
                    },
                )
            }
            Payload::Type(_) => self.call_type(o, args),
            _ => {
                if let Some(m) = self.lookup_special(callable, "__call__") {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(callable.clone());
                    v.extend_from_slice(args.args);
                    return self.call(
                        &m,
                        Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    );
                }
                Err(self.type_error(&format!("'{}' object is not callable", o.type_name())))
            }
        }
    }

    /// Calls with positional arguments only.
    pub fn call_pos(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(callable, Args::new(args))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (m, s) = self.load_method(obj.clone(), &n)?;
        if m.is_undef() {
            self.call(&s, Args::new(args))
        } else {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(s);
            v.extend_from_slice(args);
            self.call(&m, Args::new(&v))
        }
    }

    /// `callable(*args, **kwargs)` for CALL_FUNCTION_EX.
    pub fn call_ex(&mut self, callable: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
        let pos: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => {
                if self.get_iter(args).is_err() {
                    let f = self.func_display_name(callable);
                    return Err(self.type_error(&format!(
                        "{f} argument after * must be an iterable, not {}",
                        self.type_name(args)
                    )));
                }
                self.collect_iter(args)?
            }
        };
        let mut all = pos;
        let mut names = Vec::new();
        if let Value::Obj(d) = kwargs {
            if let Payload::Dict(cell) = &d.payload {
                let entries: Vec<(Value, Value)> = cell
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in entries {
                    if k.as_str().is_none() {
                        return Err(self.type_error("keywords must be strings"));
                    }
                    names.push(k);
                    all.push(v);
                }
            }
        }
        self.call(
            callable,
            Args {
                args: &all,
                kwnames: &names,
            },
        )
    }

    /// Pushes a frame for Python function `func` with `args` bound. Returns `Some(value)` when
    /// the call completed without a frame (calling a generator function makes the generator).
    pub fn push_py_frame(
        &mut self,
        func: &PyRef,
        args: Args,
        is_entry: bool,
    ) -> PyResult<Option<Value>> {
        let Payload::Function(fd) = &func.payload else {
            unreachable!("push_py_frame on a non-function")
        };
        let code = fd.code.borrow().clone();
        let Payload::Code(cd) = &code.payload else {
            unreachable!("function without code")
        };
        let co = &cd.code;
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error(
                &self.exc.recursion_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        let nlp = co.nlocalsplus();
        let size = nlp + co.stacksize as usize + 1;
        let is_gen = co.flags & co_flags::RESUMABLE != 0;
        let (base, gen_buf) = if is_gen {
            let mut buf: Box<[std::mem::MaybeUninit<Value>]> = (0..size)
                .map(|_| std::mem::MaybeUninit::new(Value::Undef))
                .collect();
            let p = buf.as_mut_ptr() as *mut Value;
            (p, Some(buf))
        } else {
            match self.arena.alloc(size) {
                Some(p) => {
                    // SAFETY: fresh arena window of `size` slots; localsplus must start
                    // initialised (Undef) without dropping the stale bits there.
                    unsafe {
                        for i in 0..nlp {
                            ptr::write(p.add(i), Value::Undef);
                        }
                    }
                    (p, None)
                }
                None => {
                    return Err(self.new_error(
                        &self.exc.memory_error.clone(),
                        "Heron's frame stack is exhausted",
                    ))
                }
            }
        };
        let mut frame = new_frame(func, fd, &code, base, is_entry, is_gen);
        let bound = if args.kwnames.is_empty()
            && args.args.len() == co.argcount as usize
            && co.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
            && co.kwonlyargcount == 0
        {
            for (i, a) in args.args.iter().enumerate() {
                frame.set_local(i, a.clone());
            }
            Ok(())
        } else {
            self.bind_args(fd, co, &mut frame, args)
        };
        if let Err(e) = bound {
            if !is_gen {
                frame.clear_values();
                self.arena.release_to(base);
            } else {
                frame.clear_values();
            }
            return Err(e);
        }
        if let Some(buf) = gen_buf {
            return Ok(Some(crate::objects::generator::new_generator(
                self, frame, buf,
            )));
        }
        self.frames.push(frame);
        Ok(None)
    }

    /// CALL's fast path (= CPython's `CALL_PY_EXACT_ARGS`): when `func` is a plain function
    /// taking exactly `nargs` positional arguments, pushes its frame with the `nargs` values at
    /// `args` *moved* into its locals (the caller must not drop those slots) and returns true.
    /// Returns false, consuming nothing, when the general path is needed.
    ///
    /// # Safety
    /// `args..args+nargs` must be initialised values on the current frame's stack.
    pub unsafe fn try_push_exact(&mut self, func: &PyRef, args: *mut Value, nargs: usize) -> bool {
        let Payload::Function(fd) = &func.payload else {
            return false;
        };
        let code = fd.code.borrow().clone();
        let Payload::Code(cd) = &code.payload else {
            return false;
        };
        let co = &cd.code;
        const NOT_SIMPLE: u32 = co_flags::VARARGS | co_flags::VARKEYWORDS | co_flags::RESUMABLE;
        if co.argcount as usize != nargs
            || co.kwonlyargcount != 0
            || co.flags & NOT_SIMPLE != 0
            || self.frames.len() >= self.recursion_limit
        {
            return false;
        }
        let nlp = co.nlocalsplus();
        let Some(base) = self.arena.alloc(nlp + co.stacksize as usize + 1) else {
            return false;
        };
        // SAFETY: `base` starts a fresh window of at least `nlp` slots above the caller's
        // stack; the arguments move in bitwise (ownership passes to the callee) and the other
        // locals start unbound without dropping the stale bits there.
        unsafe {
            ptr::copy_nonoverlapping(args, base, nargs);
            for i in nargs..nlp {
                ptr::write(base.add(i), Value::Undef);
            }
        }
        let frame = new_frame(func, fd, &code, base, false, false);
        self.frames.push(frame);
        true
    }

    /// General argument binding (= CPython's `initialize_locals`).
    fn bind_args(
        &mut self,
        fd: &FunctionData,
        co: &crate::bytecode::CodeObject,
        frame: &mut Frame,
        args: Args,
    ) -> PyResult<()> {
        let qual = fd.qualname.borrow().as_str().unwrap_or("?").to_string();
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_var = co.flags & co_flags::VARARGS != 0;
        let has_kw = co.flags & co_flags::VARKEYWORDS != 0;
        let pos = args.pos();
        let npos = pos.len();
        let total = argcount + kwonly;
        let var_ix = total;
        let kw_ix = total + has_var as usize;
        let kwdict = if has_kw {
            let d = self.new_dict_ref();
            frame.set_local(kw_ix, Value::Obj(d.clone()));
            Some(d)
        } else {
            None
        };
        for (i, a) in pos.iter().take(argcount).enumerate() {
            frame.set_local(i, a.clone());
        }
        if has_var {
            let extra = if npos > argcount {
                pos[argcount..].to_vec()
            } else {
                Vec::new()
            };
            frame.set_local(var_ix, self.new_tuple(extra));
        } else if npos > argcount {
            let defaults = match &*fd.defaults.borrow() {
                Value::Obj(t) => match &t.payload {
                    Payload::Tuple(d) => d.len(),
                    _ => 0,
                },
                _ => 0,
            };
            let kwonly_given = args
                .kw()
                .filter(|(k, _)| co.varnames[argcount..total].iter().any(|v| &**v == *k))
                .count();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults,
                    argcount
                )
            } else {
                plural(argcount, "positional argument", "positional arguments")
            };
            let given = if kwonly_given > 0 {
                format!(
                    "{} (and {}) were given",
                    plural(npos, "positional argument", "positional arguments"),
                    plural(
                        kwonly_given,
                        "keyword-only argument",
                        "keyword-only arguments"
                    )
                )
            } else if npos == 1 {
                "1 was given".to_string()
            } else {
                format!("{npos} were given")
            };
            return Err(self.type_error(&format!("{qual}() takes {takes} but {given}")));
        }
        let mut posonly_as_kw = Vec::new();
        for (name, v) in args.kw() {
            let ix = co.varnames[..total].iter().position(|p| &**p == name);
            match ix {
                Some(i) if i >= posonly => {
                    if !frame.local(i).is_undef() {
                        return Err(self.type_error(&format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    frame.set_local(i, v.clone());
                }
                _ => {
                    if let Some(d) = &kwdict {
                        let k = self.new_str(name);
                        crate::vm::ops::dict_set(self, d, k, v.clone())?;
                    } else if ix.is_some() {
                        posonly_as_kw.push(name.to_string());
                    } else {
                        return Err(self.type_error(&format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(&format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positionals.
        if npos < argcount {
            let defaults: Vec<Value> = match &*fd.defaults.borrow() {
                Value::Obj(t) => match &t.payload {
                    Payload::Tuple(d) => d.to_vec(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            let first_default = argcount - defaults.len().min(argcount);
            let mut missing = Vec::new();
            for i in npos..argcount {
                if frame.local(i).is_undef() {
                    if i >= first_default {
                        frame.set_local(i, defaults[i - first_default].clone());
                    } else {
                        missing.push(co.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(&format!(
                    "{qual}() missing {} {}: {}",
                    missing.len(),
                    if missing.len() == 1 {
                        "required positional argument"
                    } else {
                        "required positional arguments"
                    },
                    name_list(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let kwdefaults = fd.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for i in argcount..total {
                if frame.local(i).is_undef() {
                    let name = co.varnames[i].clone();
                    let dv = match &kwdefaults {
                        Value::Obj(d) => crate::vm::ops::dict_get_str(self, d, &name),
                        _ => None,
                    };
                    match dv {
                        Some(v) => {
                            frame.set_local(i, v);
                        }
                        None => missing.push(name.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(&format!(
                    "{qual}() missing {} {}: {}",
                    missing.len(),
                    if missing.len() == 1 {
                        "required keyword-only argument"
                    } else {
                        "required keyword-only arguments"
                    },
                    name_list(&missing)
                )));
            }
        }
        Ok(())
    }

    /// Runs a code object as a module or class body (or `exec`): globals and a locals mapping.
    pub fn run_code(&mut self, code: &PyRef, globals: &PyRef, locals: Value) -> PyResult<Value> {
        let Payload::Code(cd) = &code.payload else {
            return Err(self.type_error("expected a code object"));
        };
        let co = &cd.code;
        let builtins = match self.builtins_in(globals) {
            Some(b) => b,
            None => {
                let k = Value::Obj(self.intern_static("__builtins__"));
                let bm = Value::Obj(self.builtins_module.clone());
                crate::vm::ops::dict_set_str(self, globals, k, bm);
                self.builtins.clone()
            }
        };
        let nlp = co.nlocalsplus();
        let size = nlp + co.stacksize as usize + 1;
        let Some(base) = self.arena.alloc(size) else {
            return Err(self.new_error(
                &self.exc.memory_error.clone(),
                "Heron's frame stack is exhausted",
            ));
        };
        // SAFETY: fresh window; localsplus initialised to Undef without dropping stale bits.
        unsafe {
            for i in 0..nlp {
                ptr::write(base.add(i), Value::Undef);
            }
        }
        // SAFETY: within the window.
        let stack_base = unsafe { base.add(nlp) };
        self.frames.push(Frame {
            code: code.clone(),
            cd: &**cd as *const _,
            func: None,
            globals: globals.clone(),
            builtins,
            locals,
            base,
            stack_base,
            sp: stack_base,
            ip: 0,
            lasti: 0,
            is_entry: true,
            is_generator: false,
            kwnames: Value::Undef,
            frame_obj: None,
        });
        Ok(self.run_frame()?.0)
    }

    /// Calls a class body function with a namespace as its locals (for `__build_class__`).
    pub fn run_class_body(&mut self, func: &PyRef, ns: &PyRef) -> PyResult<Value> {
        let Payload::Function(fd) = &func.payload else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let code = fd.code.borrow().clone();
        if self.push_py_frame(func, Args::new(&[]), true)?.is_some() {
            return Err(self.type_error("class body cannot be a generator"));
        }
        let _ = code;
        self.frames.last_mut().expect("class frame").locals = Value::Obj(ns.clone());
        Ok(self.run_frame()?.0)
    }

    /// Builds a function object (MAKE_FUNCTION).
    pub fn make_function(
        &mut self,
        fi: usize,
        code: Value,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Value,
    ) -> Value {
        let Value::Obj(code) = code else {
            return Value::None;
        };
        let f = &self.frames[fi];
        let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
        let closure = match closure.payload() {
            Some(Payload::Tuple(cells)) => Some(
                cells
                    .iter()
                    .filter_map(|c| c.as_obj().cloned())
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            _ => None,
        };
        match self.new_function(&code, globals, builtins, closure) {
            Some(func) => {
                if let Payload::Function(fd) = &func.payload {
                    fd.defaults.replace(defaults);
                    fd.kwdefaults.replace(kwdefaults);
                    fd.annotations.replace(annotations);
                }
                Value::Obj(func)
            }
            None => Value::None,
        }
    }

    /// A function running `code` with the given namespaces and closure cells, no defaults
    /// and no annotations (`None` if `code` is not a code object).
    pub fn new_function(
        &mut self,
        code: &PyRef,
        globals: PyRef,
        builtins: PyRef,
        closure: Option<Box<[PyRef]>>,
    ) -> Option<PyRef> {
        let Payload::Code(cd) = &code.payload else {
            return None;
        };
        let name = self.new_str(&*cd.code.name);
        let qualname = self.new_str(&*cd.code.qualname);
        let doc = match &cd.code.doc {
            Some(d) => self.new_str(&**d),
            None => Value::None,
        };
        let module =
            crate::vm::ops::dict_get_str(self, &globals, "__name__").unwrap_or(Value::None);
        let fd = FunctionData {
            code: code.clone().into(),
            globals,
            builtins,
            name: name.into(),
            qualname: qualname.into(),
            defaults: Value::None.into(),
            kwdefaults: Value::None.into(),
            closure,
            doc: doc.into(),
            module: module.into(),
            annotations: Value::None.into(),
            version: std::cell::Cell::new(crate::objects::typeobj::next_type_version()),
        };
        Some(PyRef::new(
            &self.types.function,
            Payload::Function(Box::new(fd)),
        ))
    }

    /// The builtins namespace `globals` names: its `__builtins__`, a dict or a module's dict.
    pub fn builtins_in(&mut self, globals: &PyRef) -> Option<PyRef> {
        match crate::vm::ops::dict_get_str(self, globals, "__builtins__") {
            Some(Value::Obj(b)) if matches!(b.payload, Payload::Dict(_)) => Some(b),
            Some(Value::Obj(m)) if matches!(m.payload, Payload::Module { .. }) => {
                Some(m.get_dict().unwrap_or_else(|| self.builtins.clone()))
            }
            _ => None,
        }
    }

    /// Calls a type object: a metaclass's own `__call__` if it defines one, else
    /// [`Vm::call_type_default`].
    pub fn call_type(&mut self, ty: &PyRef, args: Args) -> PyResult<Value> {
        let meta = ty.type_ref();
        if crate::objects::typeobj::tdata(&meta).is_heap() {
            let name = self.intern_static("__call__");
            if let Some(c) = self.lookup_type(&meta, &name) {
                if !self.is_builtin_of(&c, "type") {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(Value::Obj(ty.clone()));
                    v.extend_from_slice(args.args);
                    return self.call(
                        &c,
                        Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    );
                }
            }
        }
        self.call_type_default(ty, args)
    }

    /// `type.__call__`: `type(x)`, or `__new__` then `__init__` (= `type_call`).
    pub fn call_type_default(&mut self, ty: &PyRef, args: Args) -> PyResult<Value> {
        if PyRef::ptr_eq(ty, &self.types.type_) && args.args.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Obj(self.type_of(&args.args[0])));
        }
        if let Some(init) = self.plain_init(ty) {
            return self.new_plain_instance(ty, &init, args);
        }
        let tyv = Value::Obj(ty.clone());
        let new_name = self.intern_static("__new__");
        let Some(new) = self.lookup_type(ty, &new_name) else {
            return Err(self.type_error(&format!(
                "cannot create '{}' instances",
                ty.type_data_of_self().name()
            )));
        };
        let new = match &new {
            Value::Obj(o) => match &o.payload {
                Payload::StaticMethod(f) => f.clone(),
                _ => new.clone(),
            },
            _ => new.clone(),
        };
        let mut v = Vec::with_capacity(args.args.len() + 1);
        v.push(tyv);
        v.extend_from_slice(args.args);
        let obj = self.call(
            &new,
            Args {
                args: &v,
                kwnames: args.kwnames,
            },
        )?;
        let oty = self.type_of(&obj);
        if !crate::objects::typeobj::is_subtype(&oty, ty) {
            return Ok(obj);
        }
        let init_name = self.intern_static("__init__");
        if let Some(init) = self.lookup_type(&oty, &init_name) {
            if self.is_builtin_of(&init, "object") {
                return Ok(obj);
            }
            if let Some(Payload::Builtin(b)) = init.payload() {
                if b.kind == BuiltinKind::Method
                    && b.name == "__init__"
                    && !crate::objects::typeobj::tdata(&oty).is_heap()
                {
                    // Built-in types initialise in __new__.
                    return Ok(obj);
                }
            }
            v[0] = obj.clone();
            let r = self.call(
                &init,
                Args {
                    args: &v,
                    kwnames: args.kwnames,
                },
            );
            self.init_returned(r)?;
        }
        Ok(obj)
    }

    /// What `__init__` returned: anything but None is a TypeError.
    pub fn init_returned(&mut self, r: PyResult<Value>) -> PyResult<()> {
        match r? {
            Value::None => Ok(()),
            r => Err(self.type_error(&format!(
                "__init__() should return None, not '{}'",
                self.type_name(&r)
            ))),
        }
    }

    /// The Python function `__init__` that calling class `ty` runs on an instance made by
    /// `object.__new__`, when that is all the call does: instances are plain objects,
    /// `__new__` is `object.__new__` and `__init__` a Python function. `None` for any other
    /// class. Found by lookup once per type version (`TypeData::init_cache`).
    pub fn plain_init(&mut self, ty: &PyRef) -> Option<PyRef> {
        let td = crate::objects::typeobj::tdata(ty);
        let (version, addr) = td.init_cache.get();
        if version == td.version.get() {
            // SAFETY: the type still has the version under which `addr` was found, so the
            // namespace that holds that function (this type's or a base's: any change to
            // either gives the type a new version) still holds it; we take a new count.
            return (addr != 0)
                .then(|| PyRef::from_obj(unsafe { &*(addr as *const crate::object::Obj) }));
        }
        let found = self.find_plain_init(ty);
        let addr = found.as_ref().map_or(0, |f| f.as_ptr() as usize);
        td.init_cache.set((td.version.get(), addr));
        found
    }

    fn find_plain_init(&mut self, ty: &PyRef) -> Option<PyRef> {
        if crate::objects::typeobj::tdata(ty).layout != crate::objects::typeobj::Layout::Object {
            return None;
        }
        let new_name = self.intern_static("__new__");
        let new = match self.lookup_type(ty, &new_name)? {
            Value::Obj(o) => match &o.payload {
                Payload::StaticMethod(f) => f.clone(),
                _ => Value::Obj(o),
            },
            v => v,
        };
        if !self.is_builtin_of(&new, "object") {
            return None;
        }
        let init_name = self.intern_static("__init__");
        match self.lookup_type(ty, &init_name)? {
            Value::Obj(f) if matches!(f.payload, Payload::Function(_)) => Some(f),
            _ => None,
        }
    }

    /// A new plain instance of class `ty` (see [`Vm::plain_init`]), without its attributes.
    pub fn alloc_plain_instance(&mut self, ty: &PyRef) -> PyRef {
        let td = crate::objects::typeobj::tdata(ty);
        let o = PyRef::new(ty, Payload::instance(td.slot_count.get()));
        if td.has_flag(crate::objects::typeobj::TF_HAS_DICT) {
            o.set_dict(Some(self.new_dict_ref()));
        }
        o
    }

    /// `ty(*args)` for a class whose call is `object.__new__` then the Python function `init`
    /// ([`Vm::plain_init`]): the instance is made here (`object.__new__` accepts the
    /// arguments because `__init__` is overridden) and `__init__` called (frameless when it
    /// has compiled code, see [`Vm::call`]).
    pub fn new_plain_instance(&mut self, ty: &PyRef, init: &PyRef, args: Args) -> PyResult<Value> {
        let obj = Value::Obj(self.alloc_plain_instance(ty));
        let mut v: smallvec::SmallVec<[Value; 8]> =
            smallvec::SmallVec::with_capacity(args.args.len() + 1);
        // Besides `__init__`'s own, the instance's only reference during the call is the
        // argument vector's, and the arguments have one more (CPython's argument tuple).
        v.push(obj);
        v.extend(args.args.iter().cloned());
        let r = self.call(
            &Value::Obj(init.clone()),
            Args {
                args: &v,
                kwnames: args.kwnames,
            },
        );
        let obj = v.swap_remove(0);
        drop(v);
        self.init_returned(r).map(|()| obj)
    }

    /// Resumes the suspended frame in a generator's `slot` with `value` pushed (`None`: the
    /// frame has not started, or an exception is being thrown in), running until it yields or
    /// returns. The slot is empty while the frame runs and holds it again after a yield.
    ///
    /// The frame is moved straight between the slot and the frame stack: every resume moves
    /// it twice, and temporaries in between made those moves the bulk of `next()` on a
    /// generator.
    pub fn resume_frame(
        &mut self,
        slot: &std::cell::RefCell<Option<Frame>>,
        value: Option<Value>,
    ) -> PyResult<(Value, Exit)> {
        let depth = self.frames.len();
        self.frames.reserve(1);
        {
            let mut slot = slot.borrow_mut();
            let frame = slot.as_mut().expect("a suspended generator has its frame");
            if let Some(v) = value {
                // SAFETY: a suspended generator frame has room for the sent value on its stack
                // (YIELD_VALUE popped the yielded one).
                unsafe {
                    ptr::write(frame.sp, v);
                    frame.sp = frame.sp.add(1);
                }
            }
            frame.is_entry = true;
            let src: *const Frame = frame;
            // SAFETY: the frame's bits are copied into the reserved spare slot of `frames`, then
            // the slot is overwritten with `None` without dropping, so exactly one copy stays
            // live.
            unsafe {
                ptr::copy_nonoverlapping(src, self.frames.as_mut_ptr().add(depth), 1);
                ptr::write(&mut *slot, None);
                self.frames.set_len(depth + 1);
            }
        }
        let r = self.run_resumed_frame();
        // On yield the frame is still on the stack; on return or error it was popped and torn
        // down by the eval loop.
        if self.frames.len() > depth {
            debug_assert_eq!(self.frames.len(), depth + 1);
            let mut slot = slot.borrow_mut();
            // SAFETY: the top frame is moved out (the length is lowered first, so the vector no
            // longer owns it) into the slot, which holds `None` (nothing to drop).
            unsafe {
                self.frames.set_len(depth);
                ptr::write(&mut *slot, Some(ptr::read(self.frames.as_ptr().add(depth))));
            }
        }
        r
    }
}

/// A frame for `func` whose window starts at `base` (locals already initialised by the caller).
fn new_frame(
    func: &PyRef,
    fd: &FunctionData,
    code: &PyRef,
    base: *mut Value,
    is_entry: bool,
    is_generator: bool,
) -> Frame {
    let Payload::Code(cd) = &code.payload else {
        unreachable!("function without code")
    };
    // SAFETY: base..base+nlocalsplus+stacksize+1 is this frame's window.
    let stack_base = unsafe { base.add(cd.code.nlocalsplus()) };
    Frame {
        code: code.clone(),
        cd: &**cd as *const _,
        func: Some(func.clone()),
        globals: fd.globals.clone(),
        builtins: fd.builtins.clone(),
        locals: Value::Undef,
        base,
        stack_base,
        sp: stack_base,
        ip: 0,
        lasti: 0,
        is_entry,
        is_generator,
        kwnames: Value::Undef,
        frame_obj: None,
    }
}
