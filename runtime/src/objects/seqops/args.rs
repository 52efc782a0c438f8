//! Argument checking shared by the container types' built-in methods, with CPython 3.11's
//! messages (`list.append() takes exactly one argument (2 given)`, `pop expected at most 1
//! argument, got 2`, `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`).

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// The `self` of a built-in method of type `owner`, checked with `is_kind` on its payload.
#[inline]
pub fn self_of<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
    name: &str,
    is_kind: fn(&Payload) -> bool,
) -> PyResult<&'a PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if is_kind(&o.payload) => Ok(o),
        other => Err(self_error(vm, other, owner, name)),
    }
}

#[cold]
fn self_error(vm: &Vm, got: Option<&Value>, owner: &str, name: &str) -> crate::vm::PyErr {
    match got {
        Some(v) => vm.type_error(&if name.starts_with("__") {
            format!(
                "descriptor '{name}' requires a '{owner}' object but received a '{}'",
                vm.type_name(v)
            )
        } else {
            format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            )
        }),
        None => vm.type_error(&format!(
            "unbound method {owner}.{name}() needs an argument"
        )),
    }
}

/// The arguments after `self`.
#[inline]
pub fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    &args.pos()[1..]
}

/// Fails on keyword arguments: `{what}() takes no keyword arguments`.
#[inline]
pub fn no_kw(vm: &Vm, args: &Args, what: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(kw_error(vm, what))
    }
}

#[cold]
fn kw_error(vm: &Vm, what: &str) -> crate::vm::PyErr {
    vm.type_error(&format!("{what}() takes no keyword arguments"))
}

/// A `METH_NOARGS` method: `list.copy() takes no arguments (1 given)`.
pub fn no_args(vm: &Vm, args: &Args, what: &str) -> PyResult<()> {
    no_kw(vm, args, what)?;
    let n = args.args.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(&format!("{what}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A `METH_O` method: `list.append() takes exactly one argument (2 given)`; returns it.
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, what: &str) -> PyResult<&'a Value> {
    no_kw(vm, args, what)?;
    let n = args.args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(&format!("{what}() takes exactly one argument ({n} given)")));
    }
    Ok(&args.args[1])
}

/// Positional-only arguments after `self`, between `min` and `max` of them, with Argument
/// Clinic's messages (`insert expected 2 arguments, got 1`); keywords are refused as
/// `{qual}() takes no keyword arguments`.
pub fn pos_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, args, qual)?;
    let r = rest(args);
    check_count(vm, name, r.len(), min, max)?;
    Ok(r)
}

/// `name expected at least/most/exactly N argument(s), got M`.
#[inline]
pub fn check_count(vm: &Vm, name: &str, got: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&got) {
        Ok(())
    } else {
        count_error(vm, name, got, min, max)
    }
}

#[cold]
fn count_error(vm: &Vm, name: &str, got: usize, min: usize, max: usize) -> PyResult<()> {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if min == max && got != min {
        return Err(vm.type_error(&format!(
            "{name} expected {min} argument{}, got {got}",
            s(min)
        )));
    }
    if got < min {
        return Err(vm.type_error(&format!(
            "{name} expected at least {min} argument{}, got {got}",
            s(min)
        )));
    }
    if got > max {
        return Err(vm.type_error(&format!(
            "{name} expected at most {max} argument{}, got {got}",
            s(max)
        )));
    }
    Ok(())
}

/// An integer argument through `__index__` (= `PyNumber_Index`), as i64 or the error
/// `'X' object cannot be interpreted as an integer`; `Ok(None)` for ints beyond i64.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match as_int(v) {
        Some(IntArg::Small(i)) => Ok(Some(i)),
        Some(IntArg::Big(_)) => Ok(None),
        None => {
            if !matches!(v, Value::Float(_)) {
                if let Some(f) = vm.lookup_special(v, "__index__") {
                    let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
                    return match as_int(&r) {
                        Some(IntArg::Small(i)) => Ok(Some(i)),
                        Some(IntArg::Big(_)) => Ok(None),
                        None => Err(vm.type_error(&format!(
                            "__index__ returned non-int (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
            }
            Err(vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
}

/// A `Py_ssize_t` argument: `OverflowError: Python int too large to convert to C ssize_t`
/// for ints beyond i64.
#[inline]
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    match index_value(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A slice-style index argument (`list.index(x, start, stop)`): ints beyond i64 clamp, and
/// non-integers fail with `slice indices must be integers or have an __index__ method`.
pub fn clamped_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let big_sign = |v: &Value| match as_int(v) {
        Some(IntArg::Big(b)) if num_traits::Signed::is_negative(b) => i64::MIN,
        _ => i64::MAX,
    };
    if as_int(v).is_some() {
        return Ok(match as_int(v) {
            Some(IntArg::Small(i)) => i,
            _ => big_sign(v),
        });
    }
    if matches!(v, Value::Float(_)) || vm.lookup_special(v, "__index__").is_none() {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let f = vm.lookup_special(v, "__index__").expect("checked");
    let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
    match as_int(&r) {
        Some(IntArg::Small(i)) => Ok(i),
        Some(IntArg::Big(_)) => Ok(big_sign(&r)),
        None => Err(vm.type_error(&format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// The `start`/`stop` arguments of `seq.index(x, start, stop)`, evaluated (they may run
/// `__index__`); normalise them with [`norm_bounds`] against the length afterwards.
pub fn search_bounds(vm: &mut Vm, extra: &[Value]) -> PyResult<(i64, i64)> {
    let start = match extra.first() {
        Some(v) => clamped_index(vm, v)?,
        None => 0,
    };
    let stop = match extra.get(1) {
        Some(v) => clamped_index(vm, v)?,
        None => i64::MAX,
    };
    Ok((start, stop))
}

/// `start`/`stop` of a search over `len` items, negative ones counted from the end.
pub fn norm_bounds((start, stop): (i64, i64), len: usize) -> (usize, usize) {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i as i128 + len as i128).max(0) as usize
        } else {
            usize::try_from(i).unwrap_or(usize::MAX)
        }
    };
    (norm(start), norm(stop))
}

/// Identity as the container algorithms use it (`x is y` short-cuts equality). A NaN float
/// is never identical to another value: Heron's floats are unboxed, and each NaN CPython
/// computes is a distinct object.
#[inline]
pub fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), _) if x.is_nan() => false,
        _ => a.is(b),
    }
}

/// `a == b` with the identity short-cut (= `PyObject_RichCompareBool(a, b, Py_EQ)`).
#[inline]
pub fn eq_items(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if identical(a, b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

/// Whether `cls` is exactly the built-in type `base` (not a subclass).
#[inline]
pub fn is_exact(cls: &PyRef, base: &PyRef) -> bool {
    PyRef::ptr_eq(cls, base)
}

/// The class argument of a built-in `__new__`: a type object that is a subtype of `base`.
pub fn new_cls<'a>(vm: &Vm, args: &Args<'a>, base: &PyRef) -> PyResult<&'a PyRef> {
    let bname = base.type_data_of_self().name();
    let Some(first) = args.args.first() else {
        return Err(vm.type_error(&format!("{bname}.__new__(): not enough arguments")));
    };
    let Value::Obj(cls) = first else {
        return Err(vm.type_error(&format!(
            "{bname}.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    let Payload::Type(td) = &cls.payload else {
        return Err(vm.type_error(&format!(
            "{bname}.__new__(X): X is not a type object ({})",
            cls.type_name()
        )));
    };
    if !crate::objects::typeobj::is_subtype(cls, base) {
        let n = td.name();
        return Err(vm.type_error(&format!(
            "{bname}.__new__({n}): {n} is not a subtype of {bname}"
        )));
    }
    Ok(cls)
}

/// Allocates an instance of `cls` (a built-in container type or a subclass of one), giving
/// instances of `class` statements their `__dict__`.
pub fn alloc(vm: &Vm, cls: &PyRef, payload: Payload) -> PyRef {
    let o = PyRef::new(cls, payload);
    let td = crate::objects::typeobj::tdata(cls);
    if td.is_heap() && td.has_flag(crate::objects::typeobj::TF_HAS_DICT) {
        o.set_dict(Some(vm.new_dict_ref()));
    }
    o
}
