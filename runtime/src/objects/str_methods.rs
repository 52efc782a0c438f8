//! `str`: the constructor (`str.__new__`) and the text methods, as thin glue over `strlib`
//! (the algorithms) and `objects/text_args.rs` (CPython's argument conventions). The
//! operator dunders live in `str_dunders.rs`, `str.format` in `str_format.rs`.

use std::borrow::Cow;

use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::str::StrData;
use crate::objects::text_args::{
    clinic, descriptor_error, no_args, old_style, one_arg, parse_kw, slice_index, ssize_arg,
    str_arg, str_arg_short, str_err, str_self,
};
use crate::objects::typeobj::{is_subtype, TF_HAS_DICT};
use crate::strlib::{self, msg, Mapped, StrError};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Registers `str`'s constructor and methods.
pub fn register(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_builtin(&t, "str", "__new__", str_new, BuiltinKind::StaticMethod);
    vm.add_builtin(&t, "str", "maketrans", maketrans, BuiltinKind::StaticMethod);
    vm.add_methods(
        &t,
        "str",
        &[
            ("capitalize", capitalize),
            ("casefold", casefold),
            ("center", center),
            ("count", count),
            ("encode", encode),
            ("endswith", endswith),
            ("expandtabs", expandtabs),
            ("find", find),
            ("index", index),
            ("isalnum", isalnum),
            ("isalpha", isalpha),
            ("isascii", isascii),
            ("isdecimal", isdecimal),
            ("isdigit", isdigit),
            ("isidentifier", isidentifier),
            ("islower", islower),
            ("isnumeric", isnumeric),
            ("isprintable", isprintable),
            ("isspace", isspace),
            ("istitle", istitle),
            ("isupper", isupper),
            ("join", join),
            ("ljust", ljust),
            ("lower", lower),
            ("lstrip", lstrip),
            ("partition", partition),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("replace", replace),
            ("rfind", rfind),
            ("rindex", rindex),
            ("rjust", rjust),
            ("rpartition", rpartition),
            ("rsplit", rsplit),
            ("rstrip", rstrip),
            ("split", split),
            ("splitlines", splitlines),
            ("startswith", startswith),
            ("strip", strip),
            ("swapcase", swapcase),
            ("title", title),
            ("translate", translate),
            ("upper", upper),
            ("zfill", zfill),
        ],
    );
    crate::objects::str_format::register(vm);
    crate::objects::str_dunders::register(vm);
}

// ---- results ----

/// Whether `v` is an exact `str` (not an instance of a subclass).
#[inline]
pub fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && !o.type_data().is_heap())
}

/// A new str whose length in code points is known.
pub fn new_str_len(vm: &mut Vm, s: String, char_len: usize) -> Value {
    if char_len <= 1 {
        return vm.new_str(s);
    }
    Value::Obj(PyRef::new(
        &vm.types.str,
        Payload::Str(StrData::with_char_len(s, char_len)),
    ))
}

/// `a + b` for two strs: one allocation, no recount of code points; an empty operand gives
/// the other one back when it is an exact str (as CPython does).
pub fn concat(vm: &mut Vm, a: &Value, b: &Value) -> Option<Value> {
    let (Some(Payload::Str(x)), Some(Payload::Str(y))) = (a.payload(), b.payload()) else {
        return None;
    };
    if x.char_len() == 0 && is_exact_str(b) {
        return Some(b.clone());
    }
    if y.char_len() == 0 && is_exact_str(a) {
        return Some(a.clone());
    }
    let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
    s.push_str(x.as_str());
    s.push_str(y.as_str());
    Some(new_str_len(vm, s, x.char_len() + y.char_len()))
}

/// `part`, a sub-slice of the str `this`: `this` itself when it is all of it and `this` is an
/// exact str (CPython returns `self` unchanged then), else a new str.
pub fn substr(vm: &mut Vm, this: &Value, part: &str) -> Value {
    if let Some(s) = this.as_str() {
        if part.len() == s.len() && is_exact_str(this) {
            return this.clone();
        }
    }
    vm.new_str(part)
}

fn cow_result(vm: &mut Vm, this: &Value, r: Result<Cow<'_, str>, StrError>) -> PyResult<Value> {
    match r {
        Ok(Cow::Borrowed(b)) => Ok(substr(vm, this, b)),
        Ok(Cow::Owned(o)) => Ok(vm.new_str(o)),
        Err(e) => Err(str_err(vm, e)),
    }
}

// ---- the constructor ----

/// Checks the class argument of a built-in `__new__`: `str.__new__(X): X is not a type
/// object (int)`, `str.__new__(int): int is not a subtype of str`.
pub fn check_new_cls(vm: &Vm, args: &Args, base: &PyRef, tname: &str) -> PyResult<PyRef> {
    match args.args.first() {
        None => Err(vm.type_error(&format!("{tname}.__new__(): not enough arguments"))),
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            if is_subtype(c, base) {
                Ok(c.clone())
            } else {
                let n = c.type_data_of_self().name();
                Err(vm.type_error(&format!(
                    "{tname}.__new__({n}): {n} is not a subtype of {tname}"
                )))
            }
        }
        Some(v) => Err(vm.type_error(&format!(
            "{tname}.__new__(X): X is not a type object ({})",
            vm.type_name(v)
        ))),
    }
}

/// Wraps a payload in an instance of `cls` (a heap subclass gets its instance dict).
pub fn instance_of(vm: &Vm, cls: &PyRef, payload: Payload) -> Value {
    let o = PyRef::new(cls, payload);
    if cls.type_data_of_self().is_heap() && cls.type_data_of_self().has_flag(TF_HAS_DICT) {
        o.set_dict(Some(vm.new_dict_ref()));
    }
    Value::Obj(o)
}

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let ([Value::Obj(c), x], true) = (args.args, args.kwnames.is_empty()) {
        if PyRef::ptr_eq(c, &vm.types.str) {
            // `str(x)`, the common case.
            if let Value::Int(i) = x {
                let t = i.to_string();
                let n = t.len();
                return Ok(new_str_len(vm, t, n));
            }
            return vm.str_value(x);
        }
    }
    let str_t = vm.types.str.clone();
    let cls = check_new_cls(vm, &args, &str_t, "str")?;
    let a = parse_kw(vm, &args, 1, "str", &["object", "encoding", "errors"], 0)?;
    let v = if a[1].is_some() || a[2].is_some() {
        let (enc, errs) =
            crate::objects::codecs::codec_args(vm, "str", a[1].as_ref(), a[2].as_ref())?;
        let (enc, errs) = (enc.to_string(), errs.to_string());
        match &a[0] {
            None => vm.new_str(""),
            Some(o) => match crate::objects::bytes::as_bytes_like(o) {
                Some(b) => {
                    let s = crate::objects::codecs::decode(vm, &b, &enc, &errs)?;
                    vm.new_str(s)
                }
                None if o.as_str().is_some() => {
                    return Err(vm.type_error("decoding str is not supported"))
                }
                None => {
                    return Err(vm.type_error(&format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(o)
                    )))
                }
            },
        }
    } else {
        match &a[0] {
            None => vm.new_str(""),
            Some(o) => vm.str_value(o)?,
        }
    };
    if PyRef::ptr_eq(&cls, &str_t) {
        return Ok(v);
    }
    let text = v.as_str().unwrap_or("");
    let data = StrData::new(text);
    Ok(instance_of(vm, &cls, Payload::Str(data)))
}

// ---- case and predicates ----

macro_rules! case_method {
    ($name:ident, $pyname:literal, $f:path) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = str_self(vm, &args, $pyname)?;
            no_args(vm, &args, concat!("str.", $pyname))?;
            let r = $f(s.as_str());
            Ok(new_str_len_guess(vm, r, s))
        }
    };
}

/// A case-mapped result: same code-point count as the input when both are ASCII.
fn new_str_len_guess(vm: &mut Vm, r: String, src: &StrData) -> Value {
    if src.is_ascii() && r.len() == src.as_str().len() {
        let n = r.len();
        return new_str_len(vm, r, n);
    }
    vm.new_str(r)
}

case_method!(lower, "lower", strlib::lower);
case_method!(upper, "upper", strlib::upper);
case_method!(casefold, "casefold", strlib::casefold);
case_method!(capitalize, "capitalize", strlib::capitalize);
case_method!(swapcase, "swapcase", strlib::swapcase);
case_method!(title, "title", strlib::title);

macro_rules! predicate {
    ($name:ident, $pyname:literal, $f:path) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = str_self(vm, &args, $pyname)?;
            no_args(vm, &args, concat!("str.", $pyname))?;
            Ok(Value::Bool($f(s.as_str())))
        }
    };
}

predicate!(isalnum, "isalnum", strlib::isalnum);
predicate!(isalpha, "isalpha", strlib::isalpha);
predicate!(isascii, "isascii", strlib::isascii);
predicate!(isdecimal, "isdecimal", strlib::isdecimal);
predicate!(isdigit, "isdigit", strlib::isdigit);
predicate!(isidentifier, "isidentifier", strlib::isidentifier);
predicate!(islower, "islower", strlib::islower);
predicate!(isnumeric, "isnumeric", strlib::isnumeric);
predicate!(isprintable, "isprintable", strlib::isprintable);
predicate!(isspace, "isspace", strlib::isspace);
predicate!(istitle, "istitle", strlib::istitle);
predicate!(isupper, "isupper", strlib::isupper);

// ---- padding ----

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(f) => match f.as_str() {
            Some(t) => strlib::fillchar_from_str(t).map_err(|e| str_err(vm, e)),
            None => Err(vm.type_error(&msg::format(msg::FILL_CHAR_TYPE, &[&vm.type_name(f)]))),
        },
    }
}

fn pad_method(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(&str, i64, char) -> Result<Cow<'_, str>, StrError>,
) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = clinic(vm, &args, 1, &format!("str.{name}"), 1, 2)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = fill_char(vm, a.get(1))?;
    let r = f(s.as_str(), width, fill);
    cow_result(vm, &args.args[0], r)
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_method(vm, args, "center", strlib::center)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_method(vm, args, "ljust", strlib::ljust)
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_method(vm, args, "rjust", strlib::rjust)
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "zfill")?;
    let w = one_arg(vm, &args, "str.zfill")?;
    let width = ssize_arg(vm, w)?;
    let r = strlib::zfill(s.as_str(), width);
    cow_result(vm, &args.args[0], r)
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "expandtabs")?;
    let a = parse_kw(vm, &args, 1, "expandtabs", &["tabsize"], 0)?;
    let tab = match &a[0] {
        Some(v) => crate::objects::text_args::c_int_arg(vm, v)?,
        None => 8,
    };
    let r = strlib::expandtabs(s.as_str(), tab);
    cow_result(vm, &args.args[0], r)
}

// ---- searching ----

/// `(sub, start, end)` of find/count/index & co.: start/end are converted first, as CPython
/// does, then `sub` must be a str.
fn find_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    let a = old_style(vm, args, &format!("str.{name}"), 1, 3)?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    let sub = str_arg_short(vm, &a[0])?;
    Ok((sub, start, end))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "find")?;
    let (sub, start, end) = find_args(vm, &args, "find")?;
    Ok(Value::Int(strlib::find(s.as_str(), sub, start, end)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "rfind")?;
    let (sub, start, end) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(strlib::rfind(s.as_str(), sub, start, end)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "index")?;
    let (sub, start, end) = find_args(vm, &args, "index")?;
    strlib::index(s.as_str(), sub, start, end)
        .map(|i| Value::Int(i as i64))
        .map_err(|e| str_err(vm, e))
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "rindex")?;
    let (sub, start, end) = find_args(vm, &args, "rindex")?;
    strlib::rindex(s.as_str(), sub, start, end)
        .map(|i| Value::Int(i as i64))
        .map_err(|e| str_err(vm, e))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "count")?;
    let (sub, start, end) = find_args(vm, &args, "count")?;
    Ok(Value::Int(strlib::count(s.as_str(), sub, start, end) as i64))
}

fn starts_ends(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(&str, &[&str], Option<i64>, Option<i64>) -> bool,
) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = old_style(vm, &args, &format!("str.{name}"), 1, 3)?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    match a[0].payload() {
        Some(Payload::Str(p)) => Ok(Value::Bool(f(s.as_str(), &[p.as_str()], start, end))),
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                let Some(p) = it.as_str() else {
                    return Err(vm.type_error(&msg::format(
                        msg::STARTSWITH_TUPLE_ITEM,
                        &[name, &vm.type_name(it)],
                    )));
                };
                if f(s.as_str(), &[p], start, end) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(&msg::format(
            msg::STARTSWITH_ARG,
            &[name, &vm.type_name(&a[0])],
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", strlib::startswith)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", strlib::endswith)
}

// ---- splitting, stripping, joining ----

fn strip_method(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = clinic(vm, &args, 1, &format!("str.{name}"), 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(c) => Some(c),
            None => return Err(vm.type_error(&msg::format(msg::STRIP_ARG, &[name]))),
        },
    };
    let r = f(s.as_str(), chars);
    Ok(substr(vm, &args.args[0], r))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "strip", strlib::strip)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "lstrip", strlib::lstrip)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "rstrip", strlib::rstrip)
}

type SplitFn = for<'a> fn(&'a str, Option<&str>, i64) -> Result<Vec<&'a str>, StrError>;

fn split_method(vm: &mut Vm, args: Args, name: &str, f: SplitFn) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = parse_kw(vm, &args, 1, name, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(x) => Some(x),
            None => return Err(vm.type_error(&msg::format(msg::SPLIT_SEP, &[&vm.type_name(v)]))),
        },
    };
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let parts = f(s.as_str(), sep, maxsplit).map_err(|e| str_err(vm, e))?;
    let this = &args.args[0];
    let items: Vec<Value> = parts.into_iter().map(|p| substr(vm, this, p)).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_method(vm, args, "split", strlib::split)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_method(vm, args, "rsplit", strlib::rsplit)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "splitlines")?;
    let a = parse_kw(vm, &args, 1, "splitlines", &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(v) => crate::objects::text_args::c_int_arg(vm, v)? != 0,
        None => false,
    };
    let this = &args.args[0];
    let items: Vec<Value> = strlib::splitlines(s.as_str(), keep)
        .into_iter()
        .map(|p| substr(vm, this, p))
        .collect();
    Ok(vm.new_list(items))
}

/// `sep.join(iterable)`: one allocation for the result, no copies of the parts.
fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = str_self(vm, &args, "join")?;
    let it = one_arg(vm, &args, "str.join")?;
    let items: Vec<Value> = match it.payload() {
        Some(Payload::List(l)) => {
            let l = l.borrow();
            if l.len() == 1 && is_exact_str(&l[0]) {
                return Ok(l[0].clone());
            }
            l.clone()
        }
        Some(Payload::Tuple(t)) => {
            if t.len() == 1 && is_exact_str(&t[0]) {
                return Ok(t[0].clone());
            }
            t.to_vec()
        }
        _ => match vm.get_iter(it) {
            Ok(iter) => {
                let mut v = Vec::new();
                while let Some(x) = vm.iter_next(&iter)? {
                    v.push(x);
                }
                v
            }
            Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                return Err(vm.type_error("can only join an iterable"))
            }
            Err(e) => return Err(e),
        },
    };
    join_values(vm, sep, &items)
}

/// Joins str values with `sep` (`TypeError: sequence item 1: expected str instance, int
/// found` for anything else).
pub fn join_values(vm: &mut Vm, sep: &StrData, items: &[Value]) -> PyResult<Value> {
    let mut bytes = sep.as_str().len() * items.len().saturating_sub(1);
    let mut chars = sep.char_len() * items.len().saturating_sub(1);
    for (i, v) in items.iter().enumerate() {
        match v.payload() {
            Some(Payload::Str(s)) => {
                bytes += s.as_str().len();
                chars += s.char_len();
            }
            _ => {
                return Err(vm.type_error(&msg::format(
                    msg::JOIN_ITEM,
                    &[&i.to_string(), &vm.type_name(v)],
                )))
            }
        }
    }
    let mut out = String::with_capacity(bytes);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(v.as_str().unwrap_or(""));
    }
    Ok(new_str_len(vm, out, chars))
}

fn partition_method(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let sep = one_arg(vm, &args, &format!("str.{name}"))?;
    let sep = str_arg_short(vm, sep)?;
    let r = if right {
        strlib::rpartition(s.as_str(), sep)
    } else {
        strlib::partition(s.as_str(), sep)
    };
    let (a, b, c) = r.map_err(|e| str_err(vm, e))?;
    let this = &args.args[0];
    let items = vec![substr(vm, this, a), vm.new_str(b), substr(vm, this, c)];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "rpartition", true)
}

fn remove_affix(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: for<'a> fn(&'a str, &str) -> &'a str,
) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = one_arg(vm, &args, &format!("str.{name}"))?;
    let Some(p) = a.as_str() else {
        return Err(vm.type_error(&format!(
            "{name}() argument must be str, not {}",
            crate::objects::text_args::arg_type(vm, a)
        )));
    };
    let r = f(s.as_str(), p);
    Ok(substr(vm, &args.args[0], r))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", strlib::removeprefix)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", strlib::removesuffix)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "replace")?;
    let a = clinic(vm, &args, 1, "str.replace", 2, 3)?;
    let old = str_arg(vm, &a[0], "replace", 1)?;
    let new = str_arg(vm, &a[1], "replace", 2)?;
    let n = match a.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let r = strlib::replace(s.as_str(), old, new, n);
    cow_result(vm, &args.args[0], r)
}

// ---- encoding ----

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "encode")?;
    let a = parse_kw(vm, &args, 1, "encode", &["encoding", "errors"], 0)?;
    let (enc, errs) =
        crate::objects::codecs::codec_args(vm, "encode", a[0].as_ref(), a[1].as_ref())?;
    let (enc, errs) = (enc.to_string(), errs.to_string());
    let b = crate::objects::codecs::encode(vm, s.as_str(), &enc, &errs, &args.args[0])?;
    Ok(vm.new_bytes(b))
}

// ---- translate / maketrans ----

enum TransErr {
    Str(StrError),
    Py(PyErr),
}

impl From<StrError> for TransErr {
    fn from(e: StrError) -> Self {
        TransErr::Str(e)
    }
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "translate")?;
    let table = one_arg(vm, &args, "str.translate")?.clone();
    let lookup_error = vm.exc.lookup_error.clone();
    let r = strlib::translate(s.as_str(), |c| {
        let key = Value::Int(c as i64);
        let v = match vm.getitem(&table, &key) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, &lookup_error) => return None,
            Err(e) => return Some(Err(TransErr::Py(e))),
        };
        Some(match &v {
            Value::None => Ok(Mapped::Delete),
            _ => match (as_int(&v), v.as_str()) {
                (Some(IntArg::Small(i)), _) => Ok(Mapped::Int(i)),
                (Some(IntArg::Big(b)), _) => {
                    Ok(Mapped::Int(if num_traits::Signed::is_negative(b) {
                        -1
                    } else {
                        i64::MAX
                    }))
                }
                (None, Some(t)) => Ok(Mapped::Str(t.to_string())),
                (None, None) => Err(TransErr::Str(StrError::Type(
                    msg::TRANSLATE_TYPE.to_string(),
                ))),
            },
        })
    });
    match r {
        Ok(out) => Ok(vm.new_str(out)),
        Err(TransErr::Str(e)) => Err(str_err(vm, e)),
        Err(TransErr::Py(e)) => Err(e),
    }
}

/// `str.maketrans(x[, y[, z]])` (a static method).
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic(vm, &args, 0, "maketrans", 1, 3)?;
    let y = match a.get(1) {
        Some(v) => Some(str_arg(vm, v, "maketrans", 2)?),
        None => None,
    };
    let z = match a.get(2) {
        Some(v) => Some(str_arg(vm, v, "maketrans", 3)?),
        None => None,
    };
    let d = vm.new_dict_ref();
    match y {
        Some(y) => {
            let Some(x) = a[0].as_str() else {
                return Err(vm.type_error(msg::MAKETRANS_FIRST_ARG));
            };
            let pairs = strlib::maketrans(x, y, z).map_err(|e| str_err(vm, e))?;
            for (k, v) in pairs {
                let v = v.map_or(Value::None, |c| Value::Int(c as i64));
                crate::vm::ops::dict_set(vm, &d, Value::Int(k as i64), v)?;
            }
        }
        None => {
            let Some(Payload::Dict(src)) = a[0].payload() else {
                return Err(vm.type_error(msg::MAKETRANS_ONE_ARG));
            };
            let entries: Vec<(Value, Value)> = src
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in entries {
                let key = match (k.as_str(), as_int(&k)) {
                    (Some(t), _) => {
                        Value::Int(strlib::maketrans_str_key(t).map_err(|e| str_err(vm, e))? as i64)
                    }
                    (None, Some(_)) => k.clone(),
                    (None, None) => return Err(vm.type_error(msg::MAKETRANS_KEY_TYPE)),
                };
                crate::vm::ops::dict_set(vm, &d, key, v)?;
            }
        }
    }
    Ok(Value::Obj(d))
}

/// The error for `str.<name>` called without a str (used by `str_format.rs` and dunders).
pub fn not_a_str(vm: &Vm, args: &Args, name: &str) -> PyErr {
    descriptor_error(vm, args, "str", name)
}
