//! `bytes` and `bytearray`: the methods both types share (glue over `strlib::bytes`),
//! registered on each type. A method is written once as `fn m<const BA: bool>`; `BA` says
//! which type it was registered on, so `self` is checked against that type and results have
//! it (`bytearray(b'a').upper()` is a bytearray). Constructors, the dunders and the
//! bytearray mutators are in `bytearray_methods.rs`.

use std::borrow::Cow;

use crate::object::{Payload, PyRef};
use crate::objects::function::BuiltinKind;
use crate::objects::function::NativeFn;
use crate::objects::text_args::{
    c_int_arg, clinic, descriptor_error, no_args, old_style, one_arg, parse_kw, slice_index,
    ssize_arg, str_err,
};
use crate::strlib::{bytes as sb, msg, StrError};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// The Python name of the type (`BA` = bytearray).
pub const fn tname(ba: bool) -> &'static str {
    if ba {
        "bytearray"
    } else {
        "bytes"
    }
}

/// Checks that `args[0]` is a bytes (`BA` false) or bytearray (`BA` true).
pub fn self_check<'a, const BA: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let ok = match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(_)) => !BA,
        Some(Payload::ByteArray(_)) => BA,
        _ => false,
    };
    if ok && !args.pos().is_empty() {
        Ok(&args.args[0])
    } else {
        Err(descriptor_error(vm, args, tname(BA), name))
    }
}

/// Runs `f` on the contents of a bytes or bytearray (the bytearray stays borrowed: `f` must
/// not run Python code).
pub fn with_data<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match v.payload() {
        Some(Payload::Bytes(b)) => f(b),
        Some(Payload::ByteArray(b)) => f(&b.borrow()),
        _ => f(&[]),
    }
}

/// A new bytes (`ba` false) or bytearray.
pub fn make(vm: &Vm, ba: bool, data: Vec<u8>) -> Value {
    if ba {
        Value::Obj(PyRef::new(
            &vm.types.bytearray,
            Payload::ByteArray(data.into()),
        ))
    } else {
        vm.new_bytes(data)
    }
}

/// Whether `v` is an exact `bytes`.
fn is_exact_bytes(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) && !o.type_data().is_heap())
}

/// A result that may be all of self: exact bytes return themselves (as CPython does).
fn part<const BA: bool>(vm: &Vm, this: &Value, data: &[u8], whole: usize) -> Value {
    if !BA && data.len() == whole && is_exact_bytes(this) {
        return this.clone();
    }
    make(vm, BA, data.to_vec())
}

fn cow_result<const BA: bool>(
    vm: &Vm,
    this: &Value,
    whole: usize,
    r: Result<Cow<'_, [u8]>, StrError>,
) -> PyResult<Value> {
    match r {
        Ok(Cow::Borrowed(b)) => Ok(part::<BA>(vm, this, b, whole)),
        Ok(Cow::Owned(o)) => Ok(make(vm, BA, o)),
        Err(e) => Err(str_err(vm, e)),
    }
}

/// A bytes-like argument: `TypeError: a bytes-like object is required, not 'str'`.
pub fn buf_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::objects::bytes::as_bytes_like(v).ok_or_else(|| {
        vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Registers the shared methods on `bytes` and `bytearray`, then the rest of both types.
pub fn register(vm: &mut Vm) {
    macro_rules! table {
        ($ba:literal) => {
            [
                ("capitalize", capitalize::<$ba> as NativeFn),
                ("center", center::<$ba>),
                ("count", count::<$ba>),
                ("decode", decode::<$ba>),
                ("endswith", endswith::<$ba>),
                ("expandtabs", expandtabs::<$ba>),
                ("find", find::<$ba>),
                ("hex", hex::<$ba>),
                ("index", index::<$ba>),
                ("isalnum", isalnum::<$ba>),
                ("isalpha", isalpha::<$ba>),
                ("isascii", isascii::<$ba>),
                ("isdigit", isdigit::<$ba>),
                ("islower", islower::<$ba>),
                ("isspace", isspace::<$ba>),
                ("istitle", istitle::<$ba>),
                ("isupper", isupper::<$ba>),
                ("join", join::<$ba>),
                ("ljust", ljust::<$ba>),
                ("lower", lower::<$ba>),
                ("lstrip", lstrip::<$ba>),
                ("partition", partition::<$ba>),
                ("removeprefix", removeprefix::<$ba>),
                ("removesuffix", removesuffix::<$ba>),
                ("replace", replace::<$ba>),
                ("rfind", rfind::<$ba>),
                ("rindex", rindex::<$ba>),
                ("rjust", rjust::<$ba>),
                ("rpartition", rpartition::<$ba>),
                ("rsplit", rsplit::<$ba>),
                ("rstrip", rstrip::<$ba>),
                ("split", split::<$ba>),
                ("splitlines", splitlines::<$ba>),
                ("startswith", startswith::<$ba>),
                ("strip", strip::<$ba>),
                ("swapcase", swapcase::<$ba>),
                ("title", title::<$ba>),
                ("translate", translate::<$ba>),
                ("upper", upper::<$ba>),
                ("zfill", zfill::<$ba>),
            ]
        };
    }
    let b = vm.types.bytes.clone();
    vm.add_methods(&b, "bytes", &table!(false));
    vm.add_builtin(&b, "bytes", "fromhex", fromhex, BuiltinKind::ClassMethod);
    vm.add_builtin(
        &b,
        "bytes",
        "maketrans",
        maketrans,
        BuiltinKind::StaticMethod,
    );
    let ba = vm.types.bytearray.clone();
    vm.add_methods(&ba, "bytearray", &table!(true));
    vm.add_builtin(
        &ba,
        "bytearray",
        "fromhex",
        fromhex,
        BuiltinKind::ClassMethod,
    );
    vm.add_builtin(
        &ba,
        "bytearray",
        "maketrans",
        maketrans,
        BuiltinKind::StaticMethod,
    );
    crate::objects::bytearray_methods::register(vm);
    crate::objects::memoryview::register(vm);
}

// ---- case and predicates ----

macro_rules! mapped {
    ($name:ident, $f:path) => {
        fn $name<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let this = self_check::<BA>(vm, &args, stringify!($name))?;
            no_args(vm, &args, &format!("{}.{}", tname(BA), stringify!($name)))?;
            let r = with_data(this, $f);
            Ok(make(vm, BA, r))
        }
    };
}

mapped!(lower, sb::lower);
mapped!(upper, sb::upper);
mapped!(capitalize, sb::capitalize);
mapped!(swapcase, sb::swapcase);
mapped!(title, sb::title);

macro_rules! predicate {
    ($name:ident, $f:path) => {
        fn $name<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let this = self_check::<BA>(vm, &args, stringify!($name))?;
            no_args(vm, &args, &format!("{}.{}", tname(BA), stringify!($name)))?;
            Ok(Value::Bool(with_data(this, $f)))
        }
    };
}

predicate!(isalnum, sb::isalnum);
predicate!(isalpha, sb::isalpha);
predicate!(isascii, sb::isascii);
predicate!(isdigit, sb::isdigit);
predicate!(islower, sb::islower);
predicate!(isspace, sb::isspace);
predicate!(istitle, sb::istitle);
predicate!(isupper, sb::isupper);

// ---- padding ----

type PadFn = fn(&[u8], i64, u8) -> Result<Cow<'_, [u8]>, StrError>;

fn pad_method<const BA: bool>(vm: &mut Vm, args: Args, name: &str, f: PadFn) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, name)?;
    let a = clinic(vm, &args, 1, &format!("{}.{name}", tname(BA)), 1, 2)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => {
            let raw = crate::objects::bytes::as_bytes_like(v).unwrap_or_default();
            let tn = vm.type_name(v);
            sb::fillchar(name, &tn, &raw).map_err(|e| str_err(vm, e))?
        }
    };
    with_data(this, |d| {
        cow_result::<BA>(vm, this, d.len(), f(d, width, fill))
    })
}

fn center<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_method::<BA>(vm, args, "center", sb::center)
}

fn ljust<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_method::<BA>(vm, args, "ljust", sb::ljust)
}

fn rjust<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_method::<BA>(vm, args, "rjust", sb::rjust)
}

fn zfill<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "zfill")?;
    let w = one_arg(vm, &args, &format!("{}.zfill", tname(BA)))?;
    let width = ssize_arg(vm, w)?;
    with_data(this, |d| {
        cow_result::<BA>(vm, this, d.len(), sb::zfill(d, width))
    })
}

fn expandtabs<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "expandtabs")?;
    let a = parse_kw(vm, &args, 1, "expandtabs", &["tabsize"], 0)?;
    let tab = match &a[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    with_data(this, |d| {
        cow_result::<BA>(vm, this, d.len(), sb::expandtabs(d, tab))
    })
}

// ---- searching ----

/// The `sub` argument of find & co.: an int in range(256) or a bytes-like object.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let int_like = as_int(v).is_some()
        || (!crate::objects::codecs::is_bytes_like(v)
            && vm.lookup_special(v, "__index__").is_some());
    if int_like {
        let i = crate::objects::text_args::index_value(vm, v)?;
        return match as_int(&i) {
            Some(IntArg::Small(x)) if (0..256).contains(&x) => Ok(vec![x as u8]),
            _ => Err(vm.value_error(msg::BYTE_RANGE)),
        };
    }
    crate::objects::bytes::as_bytes_like(v).ok_or_else(|| {
        vm.type_error(&format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn find_args<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    let a = old_style(vm, args, &format!("{}.{name}", tname(BA)), 1, 3)?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    let sub = sub_arg(vm, &a[0])?;
    Ok((sub, start, end))
}

fn find<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "find")?;
    let (sub, s, e) = find_args::<BA>(vm, &args, "find")?;
    Ok(Value::Int(with_data(this, |d| sb::find(d, &sub, s, e))))
}

fn rfind<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "rfind")?;
    let (sub, s, e) = find_args::<BA>(vm, &args, "rfind")?;
    Ok(Value::Int(with_data(this, |d| sb::rfind(d, &sub, s, e))))
}

fn index<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "index")?;
    let (sub, s, e) = find_args::<BA>(vm, &args, "index")?;
    with_data(this, |d| sb::index(d, &sub, s, e))
        .map(|i| Value::Int(i as i64))
        .map_err(|e| str_err(vm, e))
}

fn rindex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "rindex")?;
    let (sub, s, e) = find_args::<BA>(vm, &args, "rindex")?;
    with_data(this, |d| sb::rindex(d, &sub, s, e))
        .map(|i| Value::Int(i as i64))
        .map_err(|e| str_err(vm, e))
}

fn count<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "count")?;
    let (sub, s, e) = find_args::<BA>(vm, &args, "count")?;
    Ok(Value::Int(
        with_data(this, |d| sb::count(d, &sub, s, e)) as i64
    ))
}

type AffixFn = fn(&[u8], &[&[u8]], Option<i64>, Option<i64>) -> bool;

fn starts_ends<const BA: bool>(vm: &mut Vm, args: Args, name: &str, f: AffixFn) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, name)?;
    let a = old_style(vm, &args, &format!("{}.{name}", tname(BA)), 1, 3)?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    if let Some(Payload::Tuple(items)) = a[0].payload() {
        for it in items.iter() {
            let p = buf_arg(vm, it)?;
            if with_data(this, |d| f(d, &[&p], start, end)) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match crate::objects::bytes::as_bytes_like(&a[0]) {
        Some(p) => Ok(Value::Bool(with_data(this, |d| f(d, &[&p], start, end)))),
        None => Err(vm.type_error(&msg::format(
            msg::BYTES_STARTSWITH_ARG,
            &[name, &vm.type_name(&a[0])],
        ))),
    }
}

fn startswith<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends::<BA>(vm, args, "startswith", sb::startswith)
}

fn endswith<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends::<BA>(vm, args, "endswith", sb::endswith)
}

// ---- splitting, stripping, joining ----

type StripFn = for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8];

fn strip_method<const BA: bool>(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: StripFn,
) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, name)?;
    let a = clinic(vm, &args, 1, &format!("{}.{name}", tname(BA)), 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(buf_arg(vm, v)?),
    };
    Ok(with_data(this, |d| {
        part::<BA>(vm, this, f(d, chars.as_deref()), d.len())
    }))
}

fn strip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_method::<BA>(vm, args, "strip", sb::strip)
}

fn lstrip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_method::<BA>(vm, args, "lstrip", sb::lstrip)
}

fn rstrip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_method::<BA>(vm, args, "rstrip", sb::rstrip)
}

type SplitFn = for<'a> fn(&'a [u8], Option<&[u8]>, i64) -> Result<Vec<&'a [u8]>, StrError>;

fn split_method<const BA: bool>(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: SplitFn,
) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, name)?;
    let a = parse_kw(vm, &args, 1, name, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(buf_arg(vm, v)?),
    };
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let items = with_data(this, |d| -> Result<Vec<Value>, StrError> {
        let parts = f(d, sep.as_deref(), maxsplit)?;
        Ok(parts
            .into_iter()
            .map(|p| part::<BA>(vm, this, p, d.len()))
            .collect())
    })
    .map_err(|e| str_err(vm, e))?;
    Ok(vm.new_list(items))
}

fn split<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_method::<BA>(vm, args, "split", sb::split)
}

fn rsplit<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_method::<BA>(vm, args, "rsplit", sb::rsplit)
}

fn splitlines<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "splitlines")?;
    let a = parse_kw(vm, &args, 1, "splitlines", &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let items = with_data(this, |d| {
        sb::splitlines(d, keep)
            .into_iter()
            .map(|p| part::<BA>(vm, this, p, d.len()))
            .collect()
    });
    Ok(vm.new_list(items))
}

fn join<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "join")?;
    let it = one_arg(vm, &args, &format!("{}.join", tname(BA)))?;
    let items = match vm.collect_iter(it) {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) && vm.get_iter(it).is_err() => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut parts = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        match crate::objects::bytes::as_bytes_like(v) {
            Some(b) => parts.push(b),
            None => {
                return Err(vm.type_error(&msg::format(
                    msg::BYTES_JOIN_ITEM,
                    &[&i.to_string(), &vm.type_name(v)],
                )))
            }
        }
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    let out = with_data(this, |sep| sb::join(sep, &refs));
    Ok(make(vm, BA, out))
}

fn partition_method<const BA: bool>(
    vm: &mut Vm,
    args: Args,
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, name)?;
    let sep = one_arg(vm, &args, &format!("{}.{name}", tname(BA)))?;
    let sep = buf_arg(vm, sep)?;
    let items = with_data(this, |d| -> Result<Vec<Value>, StrError> {
        let (a, b, c) = if right {
            sb::rpartition(d, &sep)?
        } else {
            sb::partition(d, &sep)?
        };
        Ok(vec![
            part::<BA>(vm, this, a, d.len()),
            make(vm, BA, b.to_vec()),
            part::<BA>(vm, this, c, d.len()),
        ])
    })
    .map_err(|e| str_err(vm, e))?;
    Ok(vm.new_tuple(items))
}

fn partition<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_method::<BA>(vm, args, "partition", false)
}

fn rpartition<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_method::<BA>(vm, args, "rpartition", true)
}

type AffixRemoveFn = for<'a> fn(&'a [u8], &[u8]) -> &'a [u8];

fn remove_affix<const BA: bool>(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: AffixRemoveFn,
) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, name)?;
    let a = one_arg(vm, &args, &format!("{}.{name}", tname(BA)))?;
    let p = buf_arg(vm, a)?;
    Ok(with_data(this, |d| part::<BA>(vm, this, f(d, &p), d.len())))
}

fn removeprefix<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix::<BA>(vm, args, "removeprefix", sb::removeprefix)
}

fn removesuffix<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix::<BA>(vm, args, "removesuffix", sb::removesuffix)
}

fn replace<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "replace")?;
    let a = clinic(vm, &args, 1, &format!("{}.replace", tname(BA)), 2, 3)?;
    let old = buf_arg(vm, &a[0])?;
    let new = buf_arg(vm, &a[1])?;
    let n = match a.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    with_data(this, |d| {
        cow_result::<BA>(vm, this, d.len(), sb::replace(d, &old, &new, n))
    })
}

// ---- conversions ----

fn decode<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "decode")?;
    let a = parse_kw(vm, &args, 1, "decode", &["encoding", "errors"], 0)?;
    let (enc, errs) =
        crate::objects::codecs::codec_args(vm, "decode", a[0].as_ref(), a[1].as_ref())?;
    let (enc, errs) = (enc.to_string(), errs.to_string());
    // Decoding runs no Python code, so the bytearray may stay borrowed.
    let s = with_data(this, |d| crate::objects::codecs::decode(vm, d, &enc, &errs))?;
    Ok(vm.new_str(s))
}

fn hex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "hex")?;
    let a = parse_kw(vm, &args, 1, "hex", &["sep", "bytes_per_sep"], 0)?;
    let per = match &a[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let sep_bytes;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => match (v.as_str(), crate::objects::bytes::as_bytes_like(v)) {
            (Some(s), _) => Some(sb::HexSep::Str(s)),
            (None, Some(b)) => {
                sep_bytes = b;
                Some(sb::HexSep::Bytes(&sep_bytes))
            }
            (None, None) => {
                return Err(vm.type_error(&format!(
                    "object of type '{}' has no len()",
                    vm.type_name(v)
                )))
            }
        },
    };
    let r = with_data(this, |d| sb::hex(d, sep, per)).map_err(|e| str_err(vm, e))?;
    let n = r.len();
    Ok(crate::objects::str_methods::new_str_len(vm, r, n))
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (class methods).
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, &args, "fromhex")?;
    let Some(s) = a.as_str() else {
        return Err(vm.type_error(&format!(
            "fromhex() argument must be str, not {}",
            crate::objects::text_args::arg_type(vm, a)
        )));
    };
    let data = sb::fromhex(s).map_err(|e| str_err(vm, e))?;
    let cls = args.args[0].clone();
    let Value::Obj(c) = &cls else {
        return Ok(vm.new_bytes(data));
    };
    if PyRef::ptr_eq(c, &vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    if PyRef::ptr_eq(c, &vm.types.bytearray) {
        return Ok(make(vm, true, data));
    }
    let is_ba = crate::objects::typeobj::is_subtype(c, &vm.types.bytearray.clone());
    let v = make(vm, is_ba, data);
    vm.call(&cls, Args::new(&[v]))
}

fn translate<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_check::<BA>(vm, &args, "translate")?;
    let a = parse_kw(vm, &args, 1, "translate", &["table", "delete"], 1)?;
    let table = match &a[0] {
        Some(Value::None) | None => None,
        Some(v) => Some(buf_arg(vm, v)?),
    };
    let delete = match &a[1] {
        Some(v) => buf_arg(vm, v)?,
        None => Vec::new(),
    };
    let r = with_data(this, |d| sb::translate(d, table.as_deref(), &delete))
        .map_err(|e| str_err(vm, e))?;
    Ok(make(vm, BA, r))
}

/// `bytes.maketrans(frm, to)` (a static method).
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic(vm, &args, 0, "maketrans", 2, 2)?;
    let frm = buf_arg(vm, &a[0])?;
    let to = buf_arg(vm, &a[1])?;
    let t = sb::maketrans(&frm, &to).map_err(|e| str_err(vm, e))?;
    Ok(vm.new_bytes(t))
}
