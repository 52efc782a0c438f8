//! The fixed attributes of built-in objects (= CPython's getset and member descriptors):
//! `f.__name__`, `f.__code__`, `c.co_varnames`, `e.args`, `r.start`, `(1).real`, ... and the
//! special attributes of type objects (`__name__`, `__mro__`, `__dict__` ...).

use crate::object::{Obj, Payload, PyRef};
use crate::objects::typeobj::tdata;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn str_tuple(vm: &mut Vm, names: &[std::rc::Rc<str>]) -> Value {
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(&**n)).collect();
    vm.new_tuple(items)
}

/// Attributes of inline values (ints, floats, bools) found before the type's namespace.
pub fn value_getattr(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => v.clone(),
        }),
        (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(v.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (_, "__class__") => Some(Value::Obj(vm.type_of(v))),
        _ => None,
    }
}

/// Attributes of built-in heap objects; Ok(None) when `name` is not one of them.
pub fn builtin_getattr(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(o.type_ref())));
    }
    if name == "__dict__" {
        let td = o.type_data();
        // Instances of classes with __slots__ (and no __dict__ slot) keep slot values in a
        // private dict that is not their __dict__.
        let hidden = td.is_heap() && !td.has_flag(crate::objects::typeobj::TF_HAS_DICT);
        if let Some(d) = o.get_dict().filter(|_| !hidden) {
            return Ok(Some(Value::Obj(d)));
        }
        if let Payload::Function(_) = &o.payload {
            let d = vm.new_dict_ref();
            o.set_dict(Some(d.clone()));
            return Ok(Some(Value::Obj(d)));
        }
    }
    Ok(match &o.payload {
        Payload::Function(f) => match name {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__code__" => Some(Value::Obj(f.code.borrow().clone())),
            "__defaults__" => Some(f.defaults.borrow().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__builtins__" => Some(Value::Obj(f.builtins.clone())),
            "__closure__" => Some(match &f.closure {
                Some(c) => vm.new_tuple(c.iter().map(|x| Value::Obj(x.clone())).collect()),
                None => Value::None,
            }),
            "__annotations__" => {
                let a = f.annotations.borrow().clone();
                if a.is_none() {
                    let d = vm.new_dict();
                    *f.annotations.borrow_mut() = d.clone();
                    Some(d)
                } else {
                    Some(a)
                }
            }
            _ => None,
        },
        Payload::Builtin(b) => match name {
            "__name__" => Some(vm.new_str(b.name)),
            "__qualname__" => Some(
                if b.kind == crate::objects::function::BuiltinKind::Function {
                    vm.new_str(b.name)
                } else {
                    vm.new_str(format!("{}.{}", b.owner, b.name))
                },
            ),
            "__self__" => Some(if b.self_.is_undef() {
                Value::None
            } else {
                b.self_.clone()
            }),
            "__doc__" => Some(match b.doc {
                Some(d) => vm.new_str(d),
                None => Value::None,
            }),
            "__module__" => Some(
                if b.kind == crate::objects::function::BuiltinKind::Function {
                    vm.new_str(b.owner)
                } else {
                    Value::None
                },
            ),
            _ => None,
        },
        Payload::Method { func, self_ } => match name {
            "__func__" => Some(func.clone()),
            "__self__" => Some(self_.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__code__"
            | "__defaults__" => {
                let f = func.clone();
                return vm.getattr_str(&f, name).map(Some);
            }
            _ => None,
        },
        Payload::Code(cd) => {
            let co = cd.code.clone();
            match name {
                "co_name" => Some(vm.new_str(&*co.name)),
                "co_qualname" => Some(vm.new_str(&*co.qualname)),
                "co_filename" => Some(vm.new_str(&*co.filename)),
                "co_firstlineno" => Some(Value::Int(co.firstlineno as i64)),
                "co_argcount" => Some(Value::Int(co.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(co.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(co.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(co.varnames.len() as i64)),
                "co_flags" => Some(Value::Int(co.flags as i64)),
                "co_stacksize" => Some(Value::Int(co.stacksize as i64)),
                "co_varnames" => Some(str_tuple(vm, &co.varnames)),
                "co_cellvars" => Some(str_tuple(vm, &co.cellvars)),
                "co_freevars" => Some(str_tuple(vm, &co.freevars)),
                "co_names" => Some(str_tuple(vm, &co.names)),
                "co_consts" => Some(vm.new_tuple(cd.consts.to_vec())),
                "co_code" => {
                    Some(vm.new_bytes(co.code.iter().flat_map(|w| w.to_le_bytes()).collect()))
                }
                _ => None,
            }
        }
        Payload::Exception(d) => match name {
            "args" => Some(d.args.borrow().clone()),
            "__traceback__" => Some(d.traceback.borrow().clone()),
            "__cause__" => Some(d.cause.borrow().clone()),
            "__context__" => Some(d.context.borrow().clone()),
            "__suppress_context__" => Some(Value::Bool(d.suppress_context.get())),
            _ => None,
        },
        Payload::Range { start, stop, step } => match name {
            "start" => Some(Value::Int(*start)),
            "stop" => Some(Value::Int(*stop)),
            "step" => Some(Value::Int(*step)),
            _ => None,
        },
        Payload::Slice(s) => match name {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        Payload::Complex { re, im } => match name {
            "real" => Some(Value::Float(*re)),
            "imag" => Some(Value::Float(*im)),
            _ => None,
        },
        Payload::Int(b)
            if !o.type_data().is_heap()
                || matches!(name, "real" | "imag" | "numerator" | "denominator") =>
        {
            match name {
                "real" | "numerator" => Some(vm.new_int(b.clone())),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            }
        }
        Payload::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => match name {
            "fget" => Some(fget.clone()),
            "fset" => Some(fset.clone()),
            "fdel" => Some(fdel.clone()),
            "__doc__" => Some(doc.clone()),
            _ => None,
        },
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            _ => None,
        },
        Payload::Cell(c) => match name {
            "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_undef() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Payload::Generator(g) => {
            use crate::objects::generator::GenKind;
            let attr = match (g.kind, name) {
                (_, "__name__" | "__qualname__") => name,
                (GenKind::Generator, n) => n.strip_prefix("gi_").unwrap_or(""),
                (GenKind::Coroutine, n) => n.strip_prefix("cr_").unwrap_or(""),
                (GenKind::AsyncGenerator, n) => n.strip_prefix("ag_").unwrap_or(""),
            };
            match attr {
                "__name__" => Some(vm.new_str(g.name.as_str())),
                "__qualname__" => Some(vm.new_str(g.qualname.as_str())),
                "code" => Some(Value::Obj(g.code.clone())),
                "running" => Some(Value::Bool(
                    g.state.get() == crate::objects::generator::GenState::Running,
                )),
                "frame" => Some(crate::objects::func_methods::gen_frame(vm, o)),
                "suspended" if g.kind != GenKind::AsyncGenerator => Some(Value::Bool(
                    g.state.get() == crate::objects::generator::GenState::Suspended,
                )),
                _ => None,
            }
        }
        Payload::Frame(f) => match name {
            "f_code" => Some(Value::Obj(f.code.clone())),
            "f_locals" => Some(f.f_locals(vm)),
            "f_globals" => Some(Value::Obj(f.globals.clone())),
            "f_builtins" => Some(Value::Obj(f.builtins.clone())),
            "f_lineno" => Some(Value::Int(f.f_lineno(vm) as i64)),
            "f_lasti" => Some(Value::Int(f.lasti.get() as i64 * 2)),
            "f_back" => Some(f.back.clone()),
            _ => None,
        },
        Payload::Traceback {
            next,
            code,
            lasti,
            lineno,
            frame,
        } => match name {
            "tb_next" => Some(match &*next.borrow() {
                Some(n) => Value::Obj(n.clone()),
                None => Value::None,
            }),
            "tb_lineno" => Some(Value::Int(*lineno as i64)),
            "tb_lasti" => Some(Value::Int(*lasti as i64 * 2)),
            "tb_frame" => {
                let f = frame.borrow().clone();
                if f.is_none() {
                    let globals = vm.new_dict_ref();
                    let fd = crate::objects::frameobj::FrameData {
                        code: code.clone(),
                        globals: globals.clone(),
                        builtins: vm.builtins.clone(),
                        locals: std::cell::RefCell::new(Value::Obj(globals)),
                        lineno: std::cell::Cell::new(*lineno),
                        lasti: std::cell::Cell::new(*lasti),
                        back: Value::None,
                        live_base: std::cell::Cell::new(std::ptr::null()),
                    };
                    let fo = Value::Obj(PyRef::new(&vm.types.frame, Payload::Frame(Box::new(fd))));
                    *frame.borrow_mut() = fo.clone();
                    Some(fo)
                } else {
                    Some(f)
                }
            }
            _ => None,
        },
        Payload::DictView { dict, .. } => match name {
            "mapping" => Some(Value::Obj(dict.clone())),
            _ => None,
        },
        Payload::Module { name: mname } if name == "__name__" && o.get_dict().is_none() => {
            Some(mname.borrow().clone())
        }
        _ => None,
    })
}

/// Settable fixed attributes; Ok(false) when `name` is not one of them. `None` deletes.
pub fn builtin_setattr(vm: &mut Vm, o: &Obj, name: &str, v: Option<Value>) -> PyResult<bool> {
    match &o.payload {
        Payload::Function(f) => {
            let slot = match name {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__doc__" => &f.doc,
                "__defaults__" => &f.defaults,
                "__kwdefaults__" => &f.kwdefaults,
                "__module__" => &f.module,
                "__annotations__" => &f.annotations,
                "__code__" => {
                    if let Some(Value::Obj(c)) = v {
                        if matches!(c.payload, Payload::Code(_)) {
                            *f.code.borrow_mut() = c;
                            f.version.set(crate::objects::typeobj::next_type_version());
                            return Ok(true);
                        }
                    }
                    return Err(vm.type_error("__code__ must be set to a code object"));
                }
                _ => {
                    let d = match o.get_dict() {
                        Some(d) => d,
                        None => {
                            let d = vm.new_dict_ref();
                            o.set_dict(Some(d.clone()));
                            d
                        }
                    };
                    let k = vm.new_str(name);
                    match v {
                        Some(v) => crate::vm::ops::dict_set(vm, &d, k, v)?,
                        None => {
                            if !crate::vm::ops::dict_del(vm, &d, &k)? {
                                return Ok(false);
                            }
                        }
                    }
                    return Ok(true);
                }
            };
            *slot.borrow_mut() = v.unwrap_or(Value::None);
            f.version.set(crate::objects::typeobj::next_type_version());
            Ok(true)
        }
        Payload::Exception(d) => {
            match name {
                "__cause__" => {
                    *d.cause.borrow_mut() = v.unwrap_or(Value::None);
                    d.suppress_context.set(true);
                }
                "__context__" => *d.context.borrow_mut() = v.unwrap_or(Value::None),
                "__traceback__" => *d.traceback.borrow_mut() = v.unwrap_or(Value::None),
                "__suppress_context__" => {
                    let b = match v {
                        Some(x) => vm.is_true(&x)?,
                        None => false,
                    };
                    d.suppress_context.set(b);
                }
                "args" => {
                    let t = match v {
                        Some(x) => {
                            let items = vm.collect_iter(&x)?;
                            vm.new_tuple(items)
                        }
                        None => vm.new_tuple(vec![]),
                    };
                    *d.args.borrow_mut() = t;
                }
                _ => return Ok(false),
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Special attributes of type objects; Ok(None) when `name` is not one of them.
pub fn type_special_attr(vm: &mut Vm, t: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let td = tdata(t);
    Ok(match name {
        "__name__" => Some(vm.new_str(td.name())),
        "__qualname__" => Some(vm.new_str(td.qualname.borrow().clone())),
        "__mro__" => Some(
            vm.new_tuple(
                td.mro
                    .borrow()
                    .iter()
                    .map(|m| Value::Obj(m.clone()))
                    .collect(),
            ),
        ),
        "__bases__" => Some(
            vm.new_tuple(
                td.bases
                    .borrow()
                    .iter()
                    .map(|m| Value::Obj(m.clone()))
                    .collect(),
            ),
        ),
        "__base__" => Some(
            td.bases
                .borrow()
                .first()
                .map_or(Value::None, |b| Value::Obj(b.clone())),
        ),
        "__dict__" => Some(Value::Obj(td.dict.clone())),
        "__class__" => Some(Value::Obj(t.type_ref())),
        "__module__" => {
            let d = td.dict.clone();
            Some(
                crate::vm::ops::dict_get_str(vm, &d, "__module__")
                    .unwrap_or_else(|| vm.new_str("builtins")),
            )
        }
        "__doc__" => {
            let d = td.dict.clone();
            Some(crate::vm::ops::dict_get_str(vm, &d, "__doc__").unwrap_or(Value::None))
        }
        _ => None,
    })
}
