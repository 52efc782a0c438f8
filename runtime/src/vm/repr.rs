//! `repr()` and `str()` (= `PyObject_Repr`, `PyObject_Str`), native for built-ins, through
//! `__repr__`/`__str__` for everything else, with CPython's guard for recursive containers.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj::tdata;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    /// `repr(v)` as Rust text.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None => return Ok("None".into()),
            Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(crate::numtext::float_repr(*f)),
            Value::Undef => return Ok("<NULL>".into()),
            Value::Obj(_) => {}
        }
        let Value::Obj(o) = v else { unreachable!() };
        if o.type_data().is_heap() || o.payload.is_instance() {
            if let Some(f) = self.lookup_special(v, "__repr__") {
                if !self.is_builtin_of(&f, "object") {
                    if self.native_depth > crate::vm::call::NATIVE_DEPTH_LIMIT {
                        return Err(self.new_error(
                            &self.exc.recursion_error.clone(),
                            "maximum recursion depth exceeded while getting the repr of an object",
                        ));
                    }
                    let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(&format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
            }
        }
        self.native_repr(o)
    }

    /// `repr(v)` as a str value.
    pub fn repr_value(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr(v)?;
        Ok(self.new_str(s))
    }

    fn native_repr(&mut self, o: &PyRef) -> PyResult<String> {
        let v = Value::Obj(o.clone());
        Ok(match &o.payload {
            Payload::Str(s) => crate::strlib::str_repr(s.as_str()),
            Payload::Int(b) => self.int_to_decimal(b)?,
            Payload::Float(f) => crate::numtext::float_repr(*f),
            Payload::Complex { re, im } => crate::objects::complex::complex_repr(*re, *im),
            Payload::Bytes(b) => crate::strlib::bytes_repr(b),
            Payload::ByteArray(b) => {
                format!("bytearray({})", crate::strlib::bytes_repr(&b.borrow()))
            }
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::DictView { .. } => {
                return self.container_repr(o);
            }
            Payload::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::Slice(s) => {
                let s = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s[0])?,
                    self.repr(&s[1])?,
                    self.repr(&s[2])?
                )
            }
            Payload::Type(t) => {
                let module = crate::vm::ops::dict_get_str(self, &t.dict.clone(), "__module__");
                match module.as_ref().and_then(|m| m.as_str()) {
                    Some(m) if m != "builtins" => {
                        format!("<class '{}.{}'>", m, t.qualname.borrow())
                    }
                    _ => format!("<class '{}'>", t.qualname.borrow()),
                }
            }
            Payload::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str().unwrap_or("?"),
                o.addr()
            ),
            Payload::Builtin(b) => {
                if b.self_.is_undef() || matches!(b.self_.payload(), Some(Payload::Module { .. })) {
                    if b.kind == crate::objects::function::BuiltinKind::Function {
                        format!("<built-in function {}>", b.name)
                    } else {
                        format!("<method '{}' of '{}' objects>", b.name, b.owner)
                    }
                } else {
                    let s = b.self_.clone();
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&s),
                        s.as_obj().map_or(0, |x| x.addr())
                    )
                }
            }
            Payload::Method { func, self_ } => {
                let (func, self_) = (func.clone(), self_.clone());
                let qn = match func.payload() {
                    Some(Payload::Function(f)) => {
                        f.qualname.borrow().as_str().unwrap_or("?").to_string()
                    }
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", qn, self.repr(&self_)?)
            }
            Payload::Module { name } => {
                let n = name.borrow().as_str().unwrap_or("?").to_string();
                let file = o
                    .get_dict()
                    .and_then(|d| crate::vm::ops::dict_get_str(self, &d, "__file__"));
                match file.as_ref().and_then(|f| f.as_str()) {
                    Some(f) => format!("<module '{n}' from '{f}'>"),
                    None => {
                        // Built-in modules are the registered ones; a module made by
                        // `ModuleType(name)` has no loader and shows just its name.
                        let modules = self.modules.clone();
                        let registered = crate::vm::ops::dict_get_str(self, &modules, &n)
                            .is_some_and(|m| m.is(&v));
                        if registered {
                            format!("<module '{n}' (built-in)>")
                        } else {
                            format!("<module '{n}'>")
                        }
                    }
                }
            }
            Payload::Code(cd) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                cd.code.name,
                o.addr(),
                cd.code.filename,
                cd.code.firstlineno
            ),
            Payload::Cell(c) => {
                let inner = c.borrow().clone();
                match inner {
                    Value::Undef => format!("<cell at {:#x}: empty>", o.addr()),
                    x => format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        o.addr(),
                        self.type_name(&x),
                        x.as_obj().map_or(0, |y| y.addr())
                    ),
                }
            }
            Payload::Exception(d) => {
                let name = tdata(o.ty()).name();
                let args = d.args.borrow().clone();
                match args.payload() {
                    Some(Payload::Tuple(t)) if t.len() == 1 => {
                        let a = t[0].clone();
                        format!("{}({})", name, self.repr(&a)?)
                    }
                    _ => format!("{}{}", name, self.repr(&args)?),
                }
            }
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::Generator(g) => {
                let what = match g.kind {
                    crate::objects::generator::GenKind::Generator => "generator",
                    crate::objects::generator::GenKind::Coroutine => "coroutine",
                    crate::objects::generator::GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{what} object {} at {:#x}>", g.qualname(), o.addr())
            }
            Payload::Property { .. } if PyRef::ptr_eq(&o.type_ref(), &self.types.property) => {
                format!("<property object at {:#x}>", o.addr())
            }
            _ => {
                // Built-in types with their own `__repr__` method (files, descriptors...).
                if let Some(f) = self.lookup_special(&v, "__repr__") {
                    if matches!(f.payload(), Some(Payload::Builtin(_)))
                        && !self.is_builtin_of(&f, "object")
                    {
                        let r = self.call(&f, Args::new(std::slice::from_ref(&v)))?;
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => Err(self.type_error(&format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                }
                let td = tdata(o.ty());
                let module = if td.is_heap() {
                    crate::vm::ops::dict_get_str(self, &td.dict.clone(), "__module__")
                        .and_then(|m| m.as_str().map(str::to_string))
                } else {
                    None
                };
                let q = td.qualname.borrow().clone();
                match module {
                    Some(m) if m != "builtins" => {
                        format!("<{}.{} object at {:#x}>", m, q, o.addr())
                    }
                    _ => format!("<{} object at {:#x}>", q, o.addr()),
                }
            }
        })
        .inspect(|_s| {
            let _ = &v;
        })
    }

    /// Decimal text of a big int, with CPython's 4300-digit limit.
    pub fn int_to_decimal(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        let limit = crate::modules::sys::int_max_str_digits();
        if limit > 0 && b.bits() as f64 > limit as f64 * std::f64::consts::LOG2_10 - 4.0 {
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > limit {
                return Err(self.value_error(&format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            return Ok(s);
        }
        Ok(b.to_string())
    }

    fn container_repr(&mut self, o: &PyRef) -> PyResult<String> {
        let addr = o.addr();
        let (open, close, empty) = match &o.payload {
            Payload::List(_) => ("[", "]", "[]"),
            Payload::Tuple(_) => ("(", ")", "()"),
            Payload::Dict(_) => ("{", "}", "{}"),
            Payload::Set(_) => ("{", "}", ""),
            _ => ("(", ")", ""),
        };
        if self.repr_stack.contains(&addr) {
            return Ok(match &o.payload {
                Payload::List(_) => "[...]".into(),
                Payload::Dict(_) => "{...}".into(),
                _ => "...".into(),
            });
        }
        let heap_name = if o.type_data().is_heap() {
            Some(o.type_name())
        } else {
            None
        };
        self.repr_stack.push(addr);
        let r = (|| -> PyResult<String> {
            let mut out = String::new();
            match &o.payload {
                Payload::List(l) => {
                    let items = l.borrow().clone();
                    if items.is_empty() {
                        return Ok(empty.into());
                    }
                    out.push_str(open);
                    for (i, it) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(it)?);
                    }
                    out.push_str(close);
                }
                Payload::Tuple(t) => {
                    if t.is_empty() {
                        return Ok(empty.into());
                    }
                    out.push_str(open);
                    for (i, it) in t.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(it)?);
                    }
                    if t.len() == 1 {
                        out.push(',');
                    }
                    out.push_str(close);
                }
                Payload::Dict(d) => {
                    let items: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    out.push_str(open);
                    for (i, (k, v)) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(k)?);
                        out.push_str(": ");
                        out.push_str(&self.repr(v)?);
                    }
                    out.push_str(close);
                }
                Payload::Set(s) => {
                    let items: Vec<Value> = s.borrow().iter().map(|(_, k)| k.clone()).collect();
                    let frozen = crate::objects::set::is_frozen(self, o);
                    let name = if frozen { "frozenset" } else { "set" };
                    if items.is_empty() {
                        return Ok(format!(
                            "{}()",
                            heap_name.clone().unwrap_or_else(|| name.into())
                        ));
                    }
                    let mut inner = String::from("{");
                    for (i, it) in items.iter().enumerate() {
                        if i > 0 {
                            inner.push_str(", ");
                        }
                        inner.push_str(&self.repr(it)?);
                    }
                    inner.push('}');
                    if frozen || heap_name.is_some() {
                        out = format!(
                            "{}({})",
                            heap_name.clone().unwrap_or_else(|| name.into()),
                            inner
                        );
                    } else {
                        out = inner;
                    }
                    return Ok(out);
                }
                Payload::DictView { dict, kind } => {
                    let name = ["dict_keys", "dict_values", "dict_items"][*kind as usize];
                    let items: Vec<Value> = match &dict.payload {
                        Payload::Dict(d) => d
                            .borrow()
                            .iter()
                            .map(|e| match kind {
                                0 => e.key.clone(),
                                1 => e.value.clone(),
                                _ => self.new_tuple(vec![e.key.clone(), e.value.clone()]),
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    let mut inner = String::new();
                    for (i, it) in items.iter().enumerate() {
                        if i > 0 {
                            inner.push_str(", ");
                        }
                        inner.push_str(&self.repr(it)?);
                    }
                    return Ok(format!("{name}([{inner}])"));
                }
                _ => {}
            }
            Ok(out)
        })();
        self.repr_stack.pop();
        r
    }

    /// `str(v)` as Rust text.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.as_str() {
            if !matches!(v, Value::Obj(o) if o.type_data().is_heap()) {
                return Ok(s.to_string());
            }
        }
        if let Value::Obj(o) = v {
            if o.type_data().is_heap() {
                if let Some(f) = self.lookup_special(v, "__str__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => Err(self.type_error(&format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                }
            }
            if let Payload::Exception(_) = &o.payload {
                return crate::objects::exc_methods::exc_str(self, o);
            }
            if let Payload::Str(s) = &o.payload {
                return Ok(s.as_str().to_string());
            }
        }
        self.repr(v)
    }

    /// `str(v)` as a str value.
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Payload::Str(_)) = v.payload() {
            if !matches!(v, Value::Obj(o) if o.type_data().is_heap()) {
                return Ok(v.clone());
            }
        }
        let s = self.str_of(v)?;
        Ok(self.new_str(s))
    }
}
