//! Argument handling shared by the `str`, `bytes` and `bytearray` methods: checking `self`,
//! CPython's argument-count messages (Argument Clinic's and the older `PyArg_ParseTuple`
//! ones), keyword parsing, and conversion of index-like arguments, with CPython 3.11's
//! exact error messages.

use crate::object::Payload;
use crate::objects::str::StrData;
use crate::strlib::StrError;
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Raises a `strlib` error as the Python exception it names.
pub fn str_err(vm: &Vm, e: StrError) -> PyErr {
    match e {
        StrError::Value(m) => vm.value_error(&m),
        StrError::Type(m) => vm.type_error(&m),
        StrError::Overflow(m) => vm.overflow_error(&m),
        StrError::Memory => vm.new_error(&vm.exc.memory_error.clone(), ""),
    }
}

/// The error for a method of type `ty` called on the wrong kind of object (or on nothing).
pub fn descriptor_error(vm: &Vm, args: &Args, ty: &str, name: &str) -> PyErr {
    match args.args.first() {
        None => vm.type_error(&format!("unbound method {ty}.{name}() needs an argument")),
        Some(v) if name.starts_with("__") => vm.type_error(&format!(
            "descriptor '{name}' requires a '{ty}' object but received a '{}'",
            vm.type_name(v)
        )),
        Some(v) => vm.type_error(&format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

/// The `str` that a `str` method was called on (`args[0]`).
pub fn str_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a StrData> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) if !args.pos().is_empty() => Ok(s),
        _ => Err(descriptor_error(vm, args, "str", name)),
    }
}

/// Method taking no arguments: `str.upper() takes no arguments (1 given)`.
pub fn no_args(vm: &Vm, args: &Args, qual: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    let n = args.args.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(&format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// Method taking exactly one positional argument: `str.join() takes exactly one argument
/// (0 given)`. Returns the argument.
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    let n = args.args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(&format!("{qual}() takes exactly one argument ({n} given)")));
    }
    Ok(&args.args[1])
}

/// Argument Clinic's checks for positional-only parameters: `center expected at least 1
/// argument, got 0`, `replace expected at most 3 arguments, got 4`, `maketrans expected 2
/// arguments, got 1`, `str.center() takes no keyword arguments`. `skip` is how many leading
/// values of `args` are not counted (1 for methods, 0 for static methods). Returns the
/// counted arguments.
pub fn clinic<'a>(
    vm: &Vm,
    args: &Args<'a>,
    skip: usize,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    let name = qual.rsplit('.').next().unwrap_or(qual);
    let got = args.args.len().saturating_sub(skip);
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
    Ok(&args.args[skip.min(args.args.len())..])
}

/// The older `PyArg_ParseTuple` checks (`find() takes at least 1 argument (0 given)`,
/// `find() takes at most 3 arguments (4 given)`), for methods (`args[0]` is self).
pub fn old_style<'a>(
    vm: &Vm,
    args: &Args<'a>,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    let name = qual.rsplit('.').next().unwrap_or(qual);
    let got = args.args.len().saturating_sub(1);
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if got < min {
        return Err(vm.type_error(&format!(
            "{name}() takes at least {min} argument{} ({got} given)",
            s(min)
        )));
    }
    if got > max {
        return Err(vm.type_error(&format!(
            "{name}() takes at most {max} argument{} ({got} given)",
            s(max)
        )));
    }
    Ok(&args.args[1..])
}

/// Parses positional-or-keyword parameters `names` (Argument Clinic with keywords). `skip`
/// leading values are not parameters (self). Returns one slot per name. Messages:
/// `split() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword argument for
/// split()`, `argument for split() given by name ('sep') and position (1)`,
/// `str() missing required argument 'object' (pos 1)` for the first `required` names.
pub fn parse_kw<const N: usize>(
    vm: &Vm,
    args: &Args,
    skip: usize,
    fname: &str,
    names: &[&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let pos = &args.pos()[skip.min(args.pos().len())..];
    let total = pos.len() + args.kwnames.len();
    if total > names.len() {
        let n = names.len();
        let what = if n == 1 { "argument" } else { "arguments" };
        return Err(vm.type_error(&format!(
            "{fname}() takes at most {n} {what} ({total} given)"
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kw() {
        match names.iter().position(|n| *n == k) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(&format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(&format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(&format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `__index__` conversion without range checks: the int value of `v`, or
/// `TypeError: 'X' object cannot be interpreted as an integer`.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if as_int(v).is_some() {
        return Ok(v.clone());
    }
    if let Some(f) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
        if as_int(&r).is_some() {
            return Ok(r);
        }
        return Err(vm.type_error(&format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(&format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// A C `Py_ssize_t` argument: `OverflowError: Python int too large to convert to C ssize_t`.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = index_value(vm, v)?;
    match as_int(&r) {
        Some(IntArg::Small(i)) => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A C `int` argument: `OverflowError: Python int too large to convert to C int` (or `signed
/// integer is less than minimum`, as CPython says for large negatives).
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let r = index_value(vm, v)?;
    match as_int(&r) {
        Some(IntArg::Small(i)) if i32::try_from(i).is_ok() => Ok(i as i32),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// An index for `bytes(n)`-like counts: `OverflowError: cannot fit 'int' into an index-sized
/// integer` for huge ints.
pub fn index_sized(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = index_value(vm, v)?;
    match as_int(&r) {
        Some(IntArg::Small(i)) => Ok(i),
        _ => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// The `start`/`end` arguments of `find` & co. (`_PyEval_SliceIndex`): None stays None, huge
/// ints saturate, anything else needs `__index__`.
pub fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let r = match as_int(v) {
        Some(_) => v.clone(),
        None => match vm.lookup_special(v, "__index__") {
            Some(f) => {
                let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
                if as_int(&r).is_none() {
                    return Err(vm.type_error(&format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    )));
                }
                r
            }
            None => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        },
    };
    Ok(Some(match as_int(&r) {
        Some(IntArg::Small(i)) => i,
        Some(IntArg::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => 0,
    }))
}

/// The type name Argument Clinic shows for a bad argument (`None` for None itself).
pub fn arg_type(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// A `str` argument of a clinic-style method: `replace() argument 1 must be str, not int`.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(&format!(
            "{fname}() argument {pos} must be str, not {}",
            arg_type(vm, v)
        ))
    })
}

/// A `str` argument named in the message: `encode() argument 'encoding' must be str, not int`.
pub fn str_arg_named<'a>(vm: &Vm, v: &'a Value, fname: &str, name: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(&format!(
            "{fname}() argument '{name}' must be str, not {}",
            arg_type(vm, v)
        ))
    })
}

/// A `str` argument with the short message `must be str, not int` (find, partition, ...).
pub fn str_arg_short<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| vm.type_error(&format!("must be str, not {}", vm.type_name(v))))
}
