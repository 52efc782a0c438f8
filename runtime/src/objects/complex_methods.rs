//! `complex`: constructor and methods.
//!
//! The arithmetic kernels are in `complex.rs`; this file has `complex()` (numbers, strings
//! such as `'1+2j'`, `__complex__`), `format()` of complex numbers, and the methods.

use crate::numtext::{self, FormatError, FormatSpec};
use crate::object::{Payload, PyRef};
use crate::objects::complex::{complex_abs, complex_repr, new_complex};
use crate::objects::function::BuiltinKind;
use crate::objects::int::{new_cls, new_subclass_instance};
use crate::value::Value;
use crate::vm::numeric::args::{descriptor_error, noargs, one_arg, slot_args, Clinic};
use crate::vm::numeric::dunders::{num_dunders, NumKind};
use crate::vm::numeric::{as_float, as_int, hash_f64};
use crate::vm::{Args, PyResult, Vm};

/// `(re, im)` of `self` of a complex method, or the descriptor error.
fn complex_self(vm: &Vm, args: &Args, name: &str, slot: bool) -> PyResult<(f64, f64)> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Complex { re, im }) => Ok((*re, *im)),
        _ => Err(descriptor_error(vm, args, "complex", name, slot)),
    }
}

/// Why complex text did not parse.
#[derive(Debug, PartialEq, Eq)]
pub enum ComplexParseError {
    /// `ValueError: complex() arg is a malformed string`.
    Malformed,
    /// `ValueError: could not convert string to complex: '...'` (misplaced underscore).
    Underscore,
}

/// The longest float literal at the start of `b` (`1.5e3`, `inf`, `nan`, with a sign):
/// its value and length, as C's `strtod` reads it.
fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let rest = &b[i..];
    let starts =
        |w: &str| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    if starts("infinity") {
        i += 8;
    } else if starts("inf") || starts("nan") {
        i += 3;
    } else {
        let digits = |b: &[u8], mut j: usize| {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        let int_end = digits(b, i);
        let mut end = int_end;
        let mut frac_digits = 0;
        if b.get(end) == Some(&b'.') {
            let f = digits(b, end + 1);
            frac_digits = f - end - 1;
            end = f;
        }
        if int_end == i && frac_digits == 0 {
            return None;
        }
        if matches!(b.get(end), Some(b'e' | b'E')) {
            let mut k = end + 1;
            if matches!(b.get(k), Some(b'+' | b'-')) {
                k += 1;
            }
            let e = digits(b, k);
            if e > k {
                end = e;
            }
        }
        i = end;
    }
    let text = std::str::from_utf8(&b[..i]).ok()?;
    Some((text.parse::<f64>().ok()?, i))
}

/// `complex(s)` for a string (= CPython's `complex_from_string_inner` after
/// `_Py_string_to_number_with_underscores`): `(re, im)`.
pub fn parse_complex(s: &str) -> Result<(f64, f64), ComplexParseError> {
    let mut b: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if numtext::is_python_space(c) {
            b.push(b' ');
        } else if let Some(d) = numtext::decimal_digit_value(c) {
            b.push(b'0' + d as u8);
        } else if c.is_ascii() && c != '\0' {
            b.push(c as u8);
        } else {
            b.push(b'?');
        }
    }
    if b.contains(&b'_') {
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in &b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(ComplexParseError::Underscore);
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(ComplexParseError::Underscore);
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(ComplexParseError::Underscore);
        }
        b = out;
    }
    let mut p = 0;
    let skip_space = |p: &mut usize| {
        while *p < b.len() && b[*p] == b' ' {
            *p += 1;
        }
    };
    skip_space(&mut p);
    let bracket = b.get(p) == Some(&b'(');
    if bracket {
        p += 1;
        skip_space(&mut p);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    match float_prefix(&b[p..]) {
        Some((z, n)) => {
            p += n;
            match b.get(p) {
                Some(&c @ (b'+' | b'-')) => {
                    x = z;
                    match float_prefix(&b[p..]) {
                        Some((w, m)) => {
                            y = w;
                            p += m;
                        }
                        None => {
                            y = if c == b'+' { 1.0 } else { -1.0 };
                            p += 1;
                        }
                    }
                    if !is_j(b.get(p)) {
                        return Err(ComplexParseError::Malformed);
                    }
                    p += 1;
                }
                c if is_j(c) => {
                    y = z;
                    p += 1;
                }
                _ => x = z,
            }
        }
        None => {
            if let Some(&c @ (b'+' | b'-')) = b.get(p) {
                y = if c == b'+' { 1.0 } else { -1.0 };
                p += 1;
            } else {
                y = 1.0;
            }
            if !is_j(b.get(p)) {
                return Err(ComplexParseError::Malformed);
            }
            p += 1;
        }
    }
    skip_space(&mut p);
    if bracket {
        if b.get(p) != Some(&b')') {
            return Err(ComplexParseError::Malformed);
        }
        p += 1;
        skip_space(&mut p);
    }
    if p != b.len() {
        return Err(ComplexParseError::Malformed);
    }
    Ok((x, y))
}

/// Whether `v` can be a number argument of `complex()` (a complex, or has `__float__` or
/// `__index__`).
fn is_number_arg(vm: &mut Vm, v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Complex { .. }))
        || as_float(v).is_some()
        || as_int(v).is_some()
        || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some()
}

/// `complex.__new__(cls, real=0, imag=0)`.
fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let complex_t = vm.types.complex.clone();
    let cls = new_cls(vm, &args, &complex_t, "complex")?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let clinic = Clinic {
        fname: "complex",
        names: &["real", "imag"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let b = clinic.bind(vm, &rest)?;
    let exact = PyRef::ptr_eq(&cls, &complex_t);
    let r = b[0].clone().unwrap_or(Value::Int(0));
    let i = b[1].clone();
    let (re, im) = match complex_parts(vm, &r, i.as_ref(), exact)? {
        Built::Same => return Ok(r),
        Built::Parts(re, im) => (re, im),
    };
    if exact {
        return Ok(new_complex(vm, re, im));
    }
    Ok(new_subclass_instance(vm, &cls, Payload::Complex { re, im }))
}

/// What `complex(r, i)` evaluates to.
enum Built {
    /// `r` itself (an exact complex and no `imag`).
    Same,
    Parts(f64, f64),
}

/// The value of `complex(r, i)` (= CPython's `complex_new_impl`).
fn complex_parts(vm: &mut Vm, r: &Value, i: Option<&Value>, exact: bool) -> PyResult<Built> {
    if let Some(s) = r.as_str() {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let s = s.to_string();
        return match parse_complex(&s) {
            Ok((x, y)) => Ok(Built::Parts(x, y)),
            Err(ComplexParseError::Malformed) => {
                Err(vm.value_error("complex() arg is a malformed string"))
            }
            Err(ComplexParseError::Underscore) => {
                let rep = vm.repr(r)?;
                Err(vm.value_error(&format!("could not convert string to complex: {rep}")))
            }
        };
    }
    if i.is_some_and(|i| i.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let r_exact_complex = matches!(r, Value::Obj(o) if matches!(o.payload, Payload::Complex { .. }) && !o.type_data().is_heap());
    if r_exact_complex && i.is_none() && exact {
        return Ok(Built::Same);
    }
    let mut cr: Option<(f64, f64)> = None;
    if !r_exact_complex {
        if let Some(f) = vm.lookup_special(r, "__complex__") {
            let v = vm.call(&f, Args::new(std::slice::from_ref(r)))?;
            match v.payload() {
                Some(Payload::Complex { re, im }) => cr = Some((*re, *im)),
                _ => {
                    return Err(vm.type_error(&format!(
                        "__complex__ returned non-complex (type {})",
                        vm.type_name(&v)
                    )))
                }
            }
        }
    }
    if cr.is_none() && !is_number_arg(vm, r) {
        return Err(vm.type_error(&format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(r)
        )));
    }
    if let Some(i) = i {
        if !is_number_arg(vm, i) {
            return Err(vm.type_error(&format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(i)
            )));
        }
    }
    let (cr, cr_is_complex) = match cr {
        Some(c) => (c, true),
        None => match r.payload() {
            Some(Payload::Complex { re, im }) => ((*re, *im), true),
            _ => ((vm.number_float(r)?, 0.0), false),
        },
    };
    let Some(i) = i else {
        return Ok(Built::Parts(cr.0, cr.1));
    };
    let (ci, ci_is_complex) = match i.payload() {
        Some(Payload::Complex { re, im }) => ((*re, *im), true),
        _ => ((vm.number_float(i)?, 0.0), false),
    };
    let mut re = cr.0;
    if ci_is_complex {
        re -= ci.1;
    }
    let mut im = ci.0;
    if cr_is_complex {
        im += cr.1;
    }
    Ok(Built::Parts(re, im))
}

/// One part of a formatted complex: `format_float` without width, or the repr-like
/// shortest form (`'r'`, no `.0` suffix).
fn format_part(
    x: f64,
    base: &FormatSpec,
    sign: Option<char>,
    ty: char,
    precision: usize,
) -> Result<String, FormatError> {
    let repr_like = ty == 'r';
    let spec = FormatSpec {
        sign,
        ty: if repr_like { None } else { Some(ty) },
        precision: if repr_like { None } else { Some(precision) },
        fill: None,
        align: None,
        width: None,
        zero: false,
        ..base.clone()
    };
    let mut s = numtext::format_float(x, &spec, "complex")?;
    if repr_like {
        if let Some(t) = s.strip_suffix(".0") {
            s.truncate(t.len());
        }
        if base.alternate && x.is_finite() && !s.contains('.') {
            match s.find(['e', 'E']) {
                Some(e) => s.insert(e, '.'),
                None => s.push('.'),
            }
        }
    }
    Ok(s)
}

/// `format(z, spec)` for a complex (= CPython's `format_complex_internal`).
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    let sp = numtext::parse_format_spec(spec, "complex")?;
    let mut ty = sp.ty.unwrap_or('\0');
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => {}
        c => {
            return Err(FormatError::Value(format!(
                "Unknown format code '{c}' for object of type 'complex'"
            )))
        }
    }
    if sp.zero || sp.fill == Some('0') {
        return Err(FormatError::Value(
            "Zero padding is not allowed in complex format specifier".into(),
        ));
    }
    if sp.align == Some('=') {
        return Err(FormatError::Value(
            "'=' alignment flag is not allowed in complex format specifier".into(),
        ));
    }
    let (mut skip_re, mut parens) = (false, false);
    if ty == '\0' {
        ty = 'r';
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    } else if ty == 'n' {
        ty = 'g';
    }
    let precision = match sp.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => 6,
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&format_part(re, &sp, sp.sign, ty, precision)?);
    }
    let im_sign = if skip_re { sp.sign } else { Some('+') };
    let im_s = format_part(im, &sp, im_sign, ty, precision)?;
    body.push_str(&im_s);
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    let width = sp.width.unwrap_or(0);
    if width <= len {
        return Ok(body);
    }
    let pad = width - len;
    let fill = sp.fill.unwrap_or(' ');
    let left = match sp.align.unwrap_or('>') {
        '<' => 0,
        '^' => pad / 2,
        _ => pad,
    };
    let mut out = String::with_capacity(body.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, pad - left));
    Ok(out)
}

/// `complex.__format__(spec)`.
fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__format__", false)?;
    let spec = one_arg(vm, &args, "complex", "__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(&format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if spec.is_empty() {
        let s = vm.str_of(&args.args[0])?;
        return Ok(vm.new_str(s));
    }
    match format_complex(re, im, spec) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.format_error(e)),
    }
}

/// `complex.conjugate()`.
fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "conjugate", false)?;
    noargs(vm, &args, "complex", "conjugate")?;
    Ok(new_complex(vm, re, -im))
}

/// `complex.__complex__()`: the exact complex value.
fn complex_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__complex__", false)?;
    noargs(vm, &args, "complex", "__complex__")?;
    if let Value::Obj(o) = &args.args[0] {
        if !o.type_data().is_heap() {
            return Ok(args.args[0].clone());
        }
    }
    Ok(new_complex(vm, re, im))
}

/// `complex.__getnewargs__()`.
fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__getnewargs__", false)?;
    noargs(vm, &args, "complex", "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(re), Value::Float(im)]))
}

/// `abs(z)` as a Python result (OverflowError when a finite value overflows).
pub fn complex_abs_value(vm: &Vm, re: f64, im: f64) -> PyResult<Value> {
    match complex_abs(re, im) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(vm.overflow_error("absolute value too large")),
    }
}

/// `complex.__abs__()`.
fn complex_abs_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__abs__", true)?;
    slot_args(vm, &args, "__abs__", 0)?;
    complex_abs_value(vm, re, im)
}

/// `complex.__neg__()`.
fn complex_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__neg__", true)?;
    slot_args(vm, &args, "__neg__", 0)?;
    Ok(new_complex(vm, -re, -im))
}

/// `complex.__pos__()`.
fn complex_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__pos__", true)?;
    slot_args(vm, &args, "__pos__", 0)?;
    Ok(new_complex(vm, re, im))
}

/// `complex.__bool__()`.
fn complex_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__bool__", true)?;
    slot_args(vm, &args, "__bool__", 0)?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

/// `complex.__hash__()`.
fn complex_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__hash__", true)?;
    slot_args(vm, &args, "__hash__", 0)?;
    let h = hash_f64(re, 0).wrapping_add(1000003i64.wrapping_mul(hash_f64(im, 0)));
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// `complex.__repr__()`.
fn complex_repr_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args, "__repr__", true)?;
    slot_args(vm, &args, "__repr__", 0)?;
    Ok(vm.new_str(complex_repr(re, im)))
}

num_dunders!(NumKind::Complex, COMPLEX_DUNDERS;
    binops: [
        complex_add = "__add__", ADD, false;
        complex_radd = "__radd__", ADD, true;
        complex_sub = "__sub__", SUBTRACT, false;
        complex_rsub = "__rsub__", SUBTRACT, true;
        complex_mul = "__mul__", MULTIPLY, false;
        complex_rmul = "__rmul__", MULTIPLY, true;
        complex_truediv = "__truediv__", TRUE_DIVIDE, false;
        complex_rtruediv = "__rtruediv__", TRUE_DIVIDE, true;
        complex_pow = "__pow__", POWER, false;
        complex_rpow = "__rpow__", POWER, true;
    ]
    divmod: []
    compare: [
        complex_lt = "__lt__", LT;
        complex_le = "__le__", LE;
        complex_eq = "__eq__", EQ;
        complex_ne = "__ne__", NE;
        complex_gt = "__gt__", GT;
        complex_ge = "__ge__", GE;
    ]
);

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    vm.add_builtin(
        &t,
        "complex",
        "__new__",
        complex_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &t,
        "complex",
        &[
            ("conjugate", conjugate),
            ("__complex__", complex_complex),
            ("__getnewargs__", getnewargs),
            ("__format__", complex_format),
            ("__abs__", complex_abs_m),
            ("__neg__", complex_neg),
            ("__pos__", complex_pos),
            ("__bool__", complex_bool),
            ("__hash__", complex_hash),
            ("__repr__", complex_repr_m),
        ],
    );
    vm.add_methods(&t, "complex", COMPLEX_DUNDERS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_complex_literals() {
        assert_eq!(parse_complex("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse_complex(" -3.5-4j "), Ok((-3.5, -4.0)));
        assert_eq!(parse_complex("j"), Ok((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse_complex("5"), Ok((5.0, 0.0)));
        assert_eq!(parse_complex("1e3j"), Ok((0.0, 1000.0)));
        assert_eq!(parse_complex("(1+2j)"), Ok((1.0, 2.0)));
        assert_eq!(parse_complex(" ( 1+2j ) "), Ok((1.0, 2.0)));
        assert_eq!(parse_complex("1_0+2_0j"), Ok((10.0, 20.0)));
        assert_eq!(parse_complex("1.j"), Ok((0.0, 1.0)));
        assert_eq!(parse_complex("1+j"), Ok((1.0, 1.0)));
        assert_eq!(
            parse_complex("1e400+1e400j"),
            Ok((f64::INFINITY, f64::INFINITY))
        );
        for bad in [
            "", "  ", "1+2i", "1 + 2j", "(1+2j", "1+", "1-2", "1j+2", "1e", ".j", "1+-2j", "1+2jj",
            "(1+2j) )", "\0",
        ] {
            assert_eq!(
                parse_complex(bad),
                Err(ComplexParseError::Malformed),
                "{bad:?}"
            );
        }
        assert_eq!(parse_complex("1__0j"), Err(ComplexParseError::Underscore));
        let (x, y) = parse_complex("inf+nanj").unwrap();
        assert!(x.is_infinite() && y.is_nan());
    }

    #[test]
    fn formats_like_cpython() {
        let f = |re, im, spec| format_complex(re, im, spec).unwrap();
        assert_eq!(f(3.25159, -2.5, ".2f"), "3.25-2.50j");
        assert_eq!(f(1.0, 2.0, ".2"), "(1+2j)");
        assert_eq!(f(0.0, 1.0, "10"), "        1j");
        assert_eq!(f(-0.0, -0.0, ".2f"), "-0.00-0.00j");
        assert_eq!(f(0.0, 1.0, ".3f"), "0.000+1.000j");
        assert_eq!(f(1e20, -1e-20, "g"), "1e+20-1e-20j");
        assert_eq!(f(1.0, 2.0, "#.0f"), "1.+2.j");
        assert_eq!(f(1.0, 2.0, "#"), "(1.+2.j)");
        assert_eq!(f(1.0, 2.0, "<15"), "(1+2j)         ");
        assert_eq!(f(1.0, 2.0, "x<12.1f"), "1.0+2.0jxxxx");
        assert_eq!(f(1.0, 2.0, "+"), "(+1+2j)");
        assert_eq!(f(0.0, 1.0, "+"), "+1j");
        assert_eq!(f(12345.0, 1.0, ",.2f"), "12,345.00+1.00j");
        assert_eq!(f(1.0, 2.0, " .2f"), " 1.00+2.00j");
        assert_eq!(f(1.0, 2.0, "^10"), "  (1+2j)  ");
        assert!(format_complex(1.0, 2.0, "020.2f").is_err());
        assert!(format_complex(1.0, 2.0, "%").is_err());
    }
}
