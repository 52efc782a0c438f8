//! Exception groups (PEP 654; = the `BaseExceptionGroup` half of CPython's
//! `Objects/exceptions.c`): construction checks, `str`, `derive`, `split`, `subgroup`, and the
//! runtime of `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR).
//!
//! A group keeps `args == (message, exceptions-as-passed)`; `message` and `exceptions` (a
//! tuple) live in the instance dict.

use crate::modules::exc_members::{exc_data, exc_self};
use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{is_subtype, tdata, TF_EXCEPTION};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn dict_attr(vm: &mut Vm, o: &PyRef, name: &str) -> Option<Value> {
    let d = o.get_dict()?;
    crate::vm::ops::dict_get_str(vm, &d, name)
}

/// Whether `v` is a `BaseExceptionGroup` instance.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.is_instance_of(v, &vm.exc.base_exception_group)
}

/// The sub-exceptions of a group.
pub fn group_exceptions(vm: &mut Vm, o: &PyRef) -> Vec<Value> {
    match dict_attr(vm, o, "exceptions") {
        Some(t) => match t.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

fn eg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(&c.payload, Payload::Type(t) if t.has_flag(TF_EXCEPTION)) => {
            c.clone()
        }
        _ => return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object")),
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("BaseExceptionGroup.__new__() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(vm.type_error(&format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    let (msg, excs) = (pos[0].clone(), pos[1].clone());
    if msg.as_str().is_none() {
        return Err(vm.type_error(&format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&msg)
        )));
    }
    let is_seq = match excs.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => true,
        Some(Payload::Dict(_)) => false,
        _ => vm.lookup_special(&excs, "__getitem__").is_some() && !excs.is_none(),
    };
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iter(&excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base_exc = vm.exc.base_exception.clone();
    let exception = vm.exc.exception.clone();
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !vm.is_instance_of(e, &base_exc) {
            return Err(vm.value_error(&format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.is_instance_of(e, &exception) {
            nested_base = true;
        }
    }
    let mut target = cls.clone();
    if PyRef::ptr_eq(&cls, &vm.exc.base_exception_group) {
        if !nested_base {
            target = vm.exc.exception_group.clone();
        }
    } else if PyRef::ptr_eq(&cls, &vm.exc.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && is_subtype(&cls, &exception) {
        return Err(vm.type_error(&format!(
            "Cannot nest BaseExceptions in '{}'",
            tdata(&cls).name()
        )));
    }
    let a = vm.new_tuple(vec![msg.clone(), excs]);
    let o = vm.new_exception_obj(&target, a);
    let e = PyErr(o.clone());
    vm.set_exc_attr(&e, "message", msg);
    let t = vm.new_tuple(items);
    vm.set_exc_attr(&e, "exceptions", t);
    Ok(Value::Obj(o))
}

fn eg_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = exc_self(vm, &args, "__init__")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!(
            "{}() takes no keyword arguments",
            tdata(o.ty()).name()
        )));
    }
    let t = vm.new_tuple(args.pos()[1..].to_vec());
    if let Some(d) = exc_data(&o) {
        *d.args.borrow_mut() = t;
    }
    Ok(Value::None)
}

/// `str(group)`: `message (N sub-exceptions)`.
pub fn group_str(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    let msg = dict_attr(vm, o, "message").unwrap_or(Value::None);
    let msg = vm.str_of(&msg)?;
    let n = group_exceptions(vm, o).len();
    let s = if n == 1 { "" } else { "s" };
    Ok(format!("{msg} ({n} sub-exception{s})"))
}

fn eg_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = exc_self(vm, &args, "__str__")?;
    let s = group_str(vm, &o)?;
    Ok(vm.new_str(s))
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "derive", 1)?;
    let o = exc_self(vm, &args, "derive")?;
    let msg = dict_attr(vm, &o, "message").unwrap_or(Value::None);
    let beg = Value::Obj(vm.exc.base_exception_group.clone());
    vm.call(&beg, Args::new(&[msg, args.args[1].clone()]))
}

/// How `split`/`subgroup`/`except*` decide whether a leaf matches.
enum Matcher {
    Types(Value),
    Predicate(Value),
    Ids(Vec<usize>),
}

fn matcher_of(vm: &mut Vm, m: &Value) -> PyResult<Matcher> {
    let is_exc_type =
        |v: &Value| matches!(v.payload(), Some(Payload::Type(t)) if t.has_flag(TF_EXCEPTION));
    if is_exc_type(m) {
        return Ok(Matcher::Types(m.clone()));
    }
    if let Some(Payload::Tuple(items)) = m.payload() {
        if items.iter().all(is_exc_type) {
            return Ok(Matcher::Types(m.clone()));
        }
    } else if matches!(
        m.payload(),
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. })
    ) || vm.lookup_special(m, "__call__").is_some()
    {
        return Ok(Matcher::Predicate(m.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => {
            let types: Vec<Value> = match t.payload() {
                Some(Payload::Tuple(items)) => items.to_vec(),
                _ => vec![t.clone()],
            };
            Ok(types.iter().any(|t| match t {
                Value::Obj(tr) => vm.is_instance_of(e, tr),
                _ => false,
            }))
        }
        Matcher::Predicate(f) => {
            let r = vm.call(f, Args::new(std::slice::from_ref(e)))?;
            vm.is_true(&r)
        }
        Matcher::Ids(ids) => Ok(match e {
            Value::Obj(o) => ids.contains(&o.addr()),
            _ => false,
        }),
    }
}

/// Copies `__traceback__`, `__cause__`, `__context__` and `__notes__` from `from` to `to`.
fn copy_metadata(vm: &mut Vm, from: &PyRef, to: &Value) {
    let Value::Obj(to) = to else { return };
    if let (Some(a), Some(b)) = (exc_data(from), exc_data(to)) {
        *b.traceback.borrow_mut() = a.traceback.borrow().clone();
        *b.cause.borrow_mut() = a.cause.borrow().clone();
        *b.context.borrow_mut() = a.context.borrow().clone();
        b.suppress_context.set(a.suppress_context.get());
    }
    if let Some(notes) = dict_attr(vm, from, "__notes__") {
        vm.set_exc_attr(&PyErr(to.clone()), "__notes__", notes);
    }
}

/// = `exceptiongroup_split_recursive`: `(match, rest)`, each None when empty.
fn split_rec(vm: &mut Vm, e: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if matches(vm, m, e)? {
        return Ok((e.clone(), Value::None));
    }
    if !is_group(vm, e) {
        return Ok((Value::None, if want_rest { e.clone() } else { Value::None }));
    }
    let Value::Obj(eo) = e else { unreachable!() };
    let mut mlist = Vec::new();
    let mut rlist = Vec::new();
    for sub in group_exceptions(vm, eo) {
        let (a, b) = split_rec(vm, &sub, m, want_rest)?;
        if !a.is_none() {
            mlist.push(a);
        }
        if !b.is_none() {
            rlist.push(b);
        }
    }
    let build = |vm: &mut Vm, list: Vec<Value>| -> PyResult<Value> {
        if list.is_empty() {
            return Ok(Value::None);
        }
        let l = vm.new_list(list);
        let r = vm.call_method(e, "derive", &[l])?;
        if !is_group(vm, &r) {
            return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        copy_metadata(vm, eo, &r);
        Ok(r)
    };
    let mv = build(vm, mlist)?;
    let rv = if want_rest {
        build(vm, rlist)?
    } else {
        Value::None
    };
    Ok((mv, rv))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "split", 1)?;
    let o = exc_self(vm, &args, "split")?;
    let m = matcher_of(vm, &args.args[1])?;
    let (a, b) = split_rec(vm, &Value::Obj(o), &m, true)?;
    Ok(vm.new_tuple(vec![a, b]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "subgroup", 1)?;
    let o = exc_self(vm, &args, "subgroup")?;
    let m = matcher_of(vm, &args.args[1])?;
    let (a, _) = split_rec(vm, &Value::Obj(o), &m, false)?;
    Ok(a)
}

fn leaf_ids(vm: &mut Vm, e: &Value, out: &mut Vec<usize>) {
    let Value::Obj(o) = e else { return };
    if is_group(vm, e) {
        for sub in group_exceptions(vm, o) {
            leaf_ids(vm, &sub, out);
        }
    } else {
        out.push(o.addr());
    }
}

fn same_metadata(vm: &mut Vm, a: &PyRef, b: &PyRef) -> bool {
    let (Some(x), Some(y)) = (exc_data(a), exc_data(b)) else {
        return false;
    };
    let same = |p: &Value, q: &Value| match (p, q) {
        (Value::Obj(p), Value::Obj(q)) => PyRef::ptr_eq(p, q),
        (Value::None, Value::None) => true,
        _ => false,
    };
    let notes_a = dict_attr(vm, a, "__notes__").unwrap_or(Value::None);
    let notes_b = dict_attr(vm, b, "__notes__").unwrap_or(Value::None);
    same(&notes_a, &notes_b)
        && same(&x.traceback.borrow(), &y.traceback.borrow())
        && same(&x.cause.borrow(), &y.cause.borrow())
        && same(&x.context.borrow(), &y.context.borrow())
}

impl Vm {
    /// CHECK_EG_MATCH: `(rest, match)` of `exc` against the `except*` type `ty`.
    pub(crate) fn check_eg_match(&mut self, exc: Value, ty: Value) -> PyResult<(Value, Value)> {
        let types: Vec<Value> = match ty.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![ty.clone()],
        };
        for t in &types {
            match t.payload() {
                Some(Payload::Type(td)) if td.has_flag(TF_EXCEPTION) => {
                    let Value::Obj(tr) = t else { unreachable!() };
                    if is_subtype(tr, &self.exc.base_exception_group) {
                        return Err(self.type_error(
                            "catching ExceptionGroup with except* is not allowed. Use except instead.",
                        ));
                    }
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        let m = Matcher::Types(ty);
        if matches(self, &m, &exc)? {
            if is_group(self, &exc) {
                self.handled = exc.clone();
                return Ok((Value::None, exc));
            }
            let beg = Value::Obj(self.exc.base_exception_group.clone());
            let msg = self.new_str("");
            let l = self.new_tuple(vec![exc.clone()]);
            let wrapped = self.call(&beg, Args::new(&[msg, l]))?;
            if let (Value::Obj(eo), Value::Obj(wo)) = (&exc, &wrapped) {
                if let (Some(a), Some(b)) = (exc_data(eo), exc_data(wo)) {
                    *b.traceback.borrow_mut() = a.traceback.borrow().clone();
                }
            }
            self.handled = wrapped.clone();
            return Ok((Value::None, wrapped));
        }
        if is_group(self, &exc) {
            let (a, b) = split_rec(self, &exc, &m, true)?;
            if !a.is_none() {
                self.handled = a.clone();
            }
            return Ok((b, a));
        }
        Ok((exc, Value::None))
    }

    /// PREP_RERAISE_STAR (= `_PyExc_PrepReraiseStar`).
    pub(crate) fn prep_reraise_star(&mut self, orig: Value, list: Value) -> PyResult<Value> {
        let excs = match list.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !is_group(self, &orig) {
            return Ok(excs[0].clone());
        }
        let Value::Obj(oo) = &orig else {
            return Ok(Value::None);
        };
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in excs {
            let Value::Obj(eo) = &e else { continue };
            if same_metadata(self, eo, oo) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut ids = Vec::new();
        for e in &reraised {
            leaf_ids(self, e, &mut ids);
        }
        let reraised_eg = if ids.is_empty() {
            Value::None
        } else {
            split_rec(self, &orig, &Matcher::Ids(ids), false)?.0
        };
        if raised.is_empty() {
            return Ok(reraised_eg);
        }
        if !reraised_eg.is_none() {
            raised.push(reraised_eg);
        }
        if raised.len() == 1 {
            return Ok(raised.pop().unwrap_or(Value::None));
        }
        let beg = Value::Obj(self.exc.base_exception_group.clone());
        let msg = self.new_str("");
        let l = self.new_list(raised);
        self.call(&beg, Args::new(&[msg, l]))
    }
}

/// Makes `ExceptionGroup` also derive from `Exception` (the table gives one base per type).
pub fn fix_hierarchy(vm: &mut Vm) {
    let eg = vm.exc.exception_group.clone();
    let beg = vm.exc.base_exception_group.clone();
    let exc = vm.exc.exception.clone();
    let td = eg.type_data_of_self();
    td.bases.borrow_mut().push(exc.clone());
    let mro = vec![
        eg.clone(),
        beg,
        exc.clone(),
        vm.exc.base_exception.clone(),
        vm.types.object.clone(),
    ];
    *td.mro.borrow_mut() = mro;
    exc.type_data_of_self()
        .subclasses
        .borrow_mut()
        .push(eg.as_ptr());
}

pub fn register(vm: &mut Vm) {
    fix_hierarchy(vm);
    let beg = vm.exc.base_exception_group.clone();
    vm.add_builtin(
        &beg,
        "BaseExceptionGroup",
        "__new__",
        eg_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &beg,
        "BaseExceptionGroup",
        &[
            ("__init__", eg_init),
            ("__str__", eg_str),
            ("derive", eg_derive),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
        ],
    );
}
