//! Subscripting, membership, length, iteration and unpacking (= CPython's `abstract.c`
//! sequence and mapping protocols), with native paths for built-in containers.

use crate::object::{Payload, PyRef};
use crate::objects::iter::IterState;
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::ops::{dict_get, dict_set};
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    /// An index value as i64 (`__index__`), with CPython's error for non-integers.
    pub fn index_of(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match as_int(v) {
            Some(IntArg::Small(i)) => Ok(i),
            Some(IntArg::Big(_)) => Err(self.new_error(
                &self.exc.index_error.clone(),
                "cannot fit 'int' into an index-sized integer",
            )),
            None => {
                if let Some(f) = self.lookup_special(v, "__index__") {
                    let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
                    return match as_int(&r) {
                        Some(IntArg::Small(i)) => Ok(i),
                        Some(IntArg::Big(_)) => {
                            Err(self.index_error("cannot fit 'int' into an index-sized integer"))
                        }
                        None => Err(self.type_error(&format!(
                            "__index__ returned non-int (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
                Err(self.type_error(&format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(v)
                )))
            }
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            let heap = o.type_data().is_heap();
            if heap {
                if let Some(f) = self.lookup_special(obj, "__getitem__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        return self.call(&f, Args::new(&[obj.clone(), key.clone()]));
                    }
                }
            }
            match &o.payload {
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. } => {
                    return crate::objects::seqops::seq_getitem(self, obj, key);
                }
                Payload::Dict(_) => {
                    if let Some(v) = dict_get(self, o, key)? {
                        return Ok(v);
                    }
                    if heap {
                        if let Some(m) = self.lookup_special(obj, "__missing__") {
                            return self.call(&m, Args::new(&[obj.clone(), key.clone()]));
                        }
                    }
                    return Err(self.key_error(key.clone()));
                }
                Payload::Type(_) => {
                    if let Some(f) = self.getattr_opt_str(obj, "__class_getitem__")? {
                        return self.call(&f, Args::new(std::slice::from_ref(key)));
                    }
                    let n = o.type_data_of_self().name();
                    return Err(self.type_error(&format!("type '{n}' is not subscriptable")));
                }
                _ => {}
            }
            if !heap {
                if let Some(f) = self.lookup_special(obj, "__getitem__") {
                    return self.call(&f, Args::new(&[obj.clone(), key.clone()]));
                }
            }
        }
        Err(self.type_error(&format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if o.type_data().is_heap() {
                if let Some(f) = self.lookup_special(obj, "__setitem__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        self.call(&f, Args::new(&[obj.clone(), key, v]))?;
                        return Ok(());
                    }
                }
            }
            match &o.payload {
                Payload::List(_) | Payload::ByteArray(_) => {
                    return crate::objects::seqops::seq_setitem(self, obj, &key, Some(v))
                }
                Payload::Dict(_) => return dict_set(self, o, key, v),
                _ => {}
            }
            if let Some(f) = self.lookup_special(obj, "__setitem__") {
                self.call(&f, Args::new(&[obj.clone(), key, v]))?;
                return Ok(());
            }
        }
        Err(self.type_error(&format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        )))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if o.type_data().is_heap() {
                if let Some(f) = self.lookup_special(obj, "__delitem__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        self.call(&f, Args::new(&[obj.clone(), key.clone()]))?;
                        return Ok(());
                    }
                }
            }
            match &o.payload {
                Payload::List(_) | Payload::ByteArray(_) => {
                    return crate::objects::seqops::seq_setitem(self, obj, key, None)
                }
                Payload::Dict(_) => {
                    if !crate::vm::ops::dict_del(self, o, key)? {
                        return Err(self.key_error(key.clone()));
                    }
                    return Ok(());
                }
                _ => {}
            }
            if let Some(f) = self.lookup_special(obj, "__delitem__") {
                self.call(&f, Args::new(&[obj.clone(), key.clone()]))?;
                return Ok(());
            }
        }
        Err(self.type_error(&format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj)
        )))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            let heap = o.type_data().is_heap();
            if heap {
                if let Some(f) = self.lookup_special(container, "__contains__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = self.call(&f, Args::new(&[container.clone(), item.clone()]))?;
                        return self.is_true(&r);
                    }
                }
            }
            match &o.payload {
                Payload::Dict(_) => return Ok(dict_get(self, o, item)?.is_some()),
                Payload::Set(_) => return crate::objects::set::set_contains(self, o, item),
                Payload::Str(s) => {
                    return match item.as_str() {
                        Some(sub) => Ok(s.as_str().contains(sub)),
                        None => Err(self.type_error(&format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ))),
                    };
                }
                Payload::Range { start, stop, step } => {
                    if let Value::Int(i) = item {
                        return Ok(crate::objects::range::range_contains(
                            *start, *stop, *step, *i,
                        ));
                    }
                }
                Payload::DictView { dict, kind } if *kind != 1 => {
                    return crate::objects::dict_methods::views::view_contains(
                        self, dict, *kind, item,
                    );
                }
                Payload::List(_) => return crate::objects::list::list_contains(self, o, item),
                Payload::Tuple(t) => {
                    for x in t.iter() {
                        if crate::objects::seqops::args::eq_items(self, x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return crate::objects::bytes::bytes_contains(self, container, item)
                }
                _ => {}
            }
            if !heap {
                if let Some(f) = self.lookup_special(container, "__contains__") {
                    let r = self.call(&f, Args::new(&[container.clone(), item.clone()]))?;
                    return self.is_true(&r);
                }
            }
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return Err(self.type_error(&format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )));
            }
        };
        while let Some(v) = self.iter_next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if !o.type_data().is_heap() {
                match &o.payload {
                    Payload::Str(s) => return Ok(s.char_len()),
                    Payload::List(l) => return Ok(l.borrow().len()),
                    Payload::Tuple(t) => return Ok(t.len()),
                    Payload::Dict(d) => return Ok(d.borrow().len()),
                    Payload::Set(s) => return Ok(s.borrow().len()),
                    Payload::Bytes(b) => return Ok(b.len()),
                    Payload::ByteArray(b) => return Ok(b.borrow().len()),
                    Payload::Range { start, stop, step } => {
                        return Ok(crate::objects::range::range_len(*start, *stop, *step) as usize)
                    }
                    Payload::DictView { dict, .. } => {
                        if let Payload::Dict(d) = &dict.payload {
                            return Ok(d.borrow().len());
                        }
                    }
                    _ => {}
                }
            }
            if let Some(f) = self.lookup_special(v, "__len__") {
                let r = self.call(&f, Args::new(std::slice::from_ref(v)))?;
                return self.len_result(&r);
            }
        }
        Err(self.type_error(&format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let heap = o.type_data().is_heap();
            if !heap
                || self
                    .lookup_special(v, "__iter__")
                    .is_some_and(|f| matches!(f.payload(), Some(Payload::Builtin(_))))
            {
                if let Some(st) = IterState::for_builtin(self, o) {
                    return Ok(Value::Obj(st.into_object(self)));
                }
                match &o.payload {
                    Payload::Generator(g)
                        if g.kind != crate::objects::generator::GenKind::Generator => {}
                    Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                    _ => {}
                }
            }
            if let Some(f) = self.lookup_special(v, "__iter__") {
                if f.is_none() {
                    return Err(
                        self.type_error(&format!("'{}' object is not iterable", o.type_name()))
                    );
                }
                let it = self.call(&f, Args::new(std::slice::from_ref(v)))?;
                if self.lookup_special(&it, "__next__").is_none()
                    && !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                {
                    return Err(self.type_error(&format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&it)
                    )));
                }
                return Ok(it);
            }
            if self.lookup_special(v, "__getitem__").is_some() {
                let st = IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                };
                return Ok(Value::Obj(PyRef::new(
                    &self.types.seq_iterator,
                    Payload::Iter(st.into()),
                )));
            }
        }
        Err(self.type_error(&format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// `next(it)`: Ok(None) when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iter(st) if !o.type_data().is_heap() => {
                    return crate::objects::iter::iter_next(self, o, st)
                }
                Payload::Generator(_) => return crate::objects::generator::gen_next(self, o),
                _ => {}
            }
            if let Some(f) = self.lookup_special(it, "__next__") {
                return match self.call(&f, Args::new(std::slice::from_ref(it))) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        Err(self.type_error(&format!(
            "'{}' object is not an iterator",
            self.type_name(it)
        )))
    }

    /// All items of an iterable.
    pub fn collect_iter(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if !o.type_data().is_heap() {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// UNPACK_SEQUENCE: exactly `n` items.
    pub(crate) fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Some(Payload::Tuple(t)) = seq.payload() {
            if t.len() == n {
                return Ok(t.to_vec());
            }
        }
        if let Some(Payload::List(l)) = seq.payload() {
            let l = l.borrow();
            if l.len() == n {
                return Ok(l.clone());
            }
        }
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(_) => {
                return Err(self.type_error(&format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(seq)
                )))
            }
        };
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.iter_next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return Err(self.value_error(&format!(
                        "not enough values to unpack (expected {n}, got {})",
                        out.len()
                    )));
                }
            }
        }
        if self.iter_next(&it)?.is_some() {
            return Err(self.value_error(&format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    /// UNPACK_EX: `before` items, a list of the middle, `after` items.
    pub(crate) fn unpack_ex(
        &mut self,
        seq: &Value,
        before: usize,
        after: usize,
    ) -> PyResult<Vec<Value>> {
        let items = match self.collect_iter(seq) {
            Ok(v) => v,
            Err(e)
                if self.err_matches(&e, &self.exc.type_error.clone())
                    && self.get_iter(seq).is_err() =>
            {
                return Err(self.type_error(&format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(seq)
                )));
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            return Err(self.value_error(&format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend_from_slice(&items[..before]);
        out.push(self.new_list(items[before..items.len() - after].to_vec()));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    /// `list.extend(l, iterable)`.
    pub fn list_extend(&mut self, l: &Value, it: &Value) -> PyResult<()> {
        let items = match self.collect_iter(it) {
            Ok(v) => v,
            Err(e) => {
                if self.get_iter(it).is_err() {
                    return Err(self.type_error(&format!(
                        "Value after * must be an iterable, not {}",
                        self.type_name(it)
                    )));
                }
                return Err(e);
            }
        };
        if let Some(Payload::List(v)) = l.payload() {
            v.borrow_mut().extend(items);
        }
        Ok(())
    }

    /// A new set from values.
    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Value::Obj(PyRef::new(
            &self.types.set,
            Payload::Set(Default::default()),
        ));
        for v in items {
            self.set_add(&s, v)?;
        }
        Ok(s)
    }

    /// SET_UPDATE (`{*a, *b}`, constant set displays): `s |= iterable` with CPython's
    /// `set_update_internal`, so a set built from a frozenset constant gets CPython's layout.
    pub fn set_update(&mut self, s: &Value, iterable: &Value) -> PyResult<()> {
        if let Value::Obj(o) = s {
            crate::objects::set::algebra::update(self, o, iterable)?;
        }
        Ok(())
    }

    /// `set.add(s, v)`.
    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = s {
            crate::objects::set::set_add(self, o, v)?;
        }
        Ok(())
    }

    /// DICT_UPDATE / DICT_MERGE (`{**a}`, `f(**a)`).
    pub(crate) fn dict_update_op(
        &mut self,
        d: &Value,
        other: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Obj(dr) = d else { return Ok(()) };
        let pairs: Vec<(Value, Value)> = match other.payload() {
            Some(Payload::Dict(od)) => od
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => {
                let keys = match self.getattr_opt_str(other, "keys")? {
                    Some(k) => k,
                    None => {
                        let msg = match func {
                            Some(f) => {
                                let fname = self.func_display_name(f);
                                format!(
                                    "{fname} argument after ** must be a mapping, not {}",
                                    self.type_name(other)
                                )
                            }
                            None => format!("'{}' object is not a mapping", self.type_name(other)),
                        };
                        return Err(self.type_error(&msg));
                    }
                };
                let ks = self.call(&keys, Args::new(&[]))?;
                let ks = self.collect_iter(&ks)?;
                let mut v = Vec::new();
                for k in ks {
                    let val = self.getitem(other, &k)?;
                    v.push((k, val));
                }
                v
            }
        };
        for (k, v) in pairs {
            if let Some(f) = func {
                if dict_get(self, dr, &k)?.is_some() {
                    let kr = match k.as_str() {
                        Some(s) => s.to_string(),
                        None => self.repr(&k)?,
                    };
                    let fname = self.func_display_name(f);
                    return Err(self.type_error(&format!(
                        "{fname} got multiple values for keyword argument '{kr}'"
                    )));
                }
            }
            dict_set(self, dr, k, v)?;
        }
        Ok(())
    }

    /// `f.__qualname__()` style name used in call error messages.
    pub fn func_display_name(&mut self, f: &Value) -> String {
        match f.payload() {
            Some(Payload::Function(fd)) => {
                let q = fd.qualname.borrow().as_str().unwrap_or("?").to_string();
                match fd.module.borrow().as_str() {
                    Some(m) => format!("{m}.{q}()"),
                    None => format!("{q}()"),
                }
            }
            Some(Payload::Builtin(b)) => format!("{}()", b.name),
            Some(Payload::Type(t)) => format!("{}()", t.name()),
            _ => format!("{} object", self.type_name(f)),
        }
    }
}
