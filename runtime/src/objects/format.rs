//! Text formatting glue: `format(v, spec)` for built-in types (the format-spec mini-language
//! lives in `numtext`) and printf-style `str % args` / `bytes % args`.

use num_bigint::BigInt;

use crate::numtext::{self, FormatError, PercentPiece, PercentSpec};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::numeric::{as_float, as_int, IntArg};
use crate::vm::{Args, PyErr, PyResult, Vm};

impl Vm {
    /// Raises a numtext error as the Python exception it names.
    pub fn format_error(&self, e: FormatError) -> PyErr {
        let ty = match &e {
            FormatError::Value(_) => self.exc.value_error.clone(),
            FormatError::Type(_) => self.exc.type_error.clone(),
            FormatError::Overflow(_) => self.exc.overflow_error.clone(),
            FormatError::ZeroDivision(_) => self.exc.zero_division_error.clone(),
            FormatError::Memory => self.exc.memory_error.clone(),
        };
        self.new_error(&ty, e.message())
    }
}

/// `format(v, spec)` for built-in values; None when `v` is not one of them.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<Value>> {
    if spec.is_empty() {
        // The common f-string cases, without parsing a spec.
        match v {
            Value::Int(i) => {
                let t = i.to_string();
                let n = t.len();
                return Ok(Some(crate::objects::str_methods::new_str_len(vm, t, n)));
            }
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => return Ok(Some(v.clone())),
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    let r =
        match v {
            Value::Bool(b) if spec.is_empty() => Ok(if *b {
                "True".to_string()
            } else {
                "False".to_string()
            }),
            Value::Int(i) => {
                numtext::parse_format_spec(spec, &tn).and_then(|s| numtext::format_i64(*i, &s, &tn))
            }
            Value::Bool(b) => numtext::parse_format_spec(spec, &tn)
                .and_then(|s| numtext::format_i64(*b as i64, &s, &tn)),
            Value::Float(f) => numtext::parse_format_spec(spec, &tn)
                .and_then(|s| numtext::format_float(*f, &s, &tn)),
            Value::None if spec.is_empty() => Ok("None".to_string()),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => numtext::parse_format_spec(spec, &tn)
                    .and_then(|sp| numtext::format_str(s.as_str(), &sp, &tn)),
                Payload::Int(b) => numtext::parse_format_spec(spec, &tn)
                    .and_then(|s| numtext::format_int(b, &s, &tn)),
                _ => {
                    if spec.is_empty() {
                        let s = vm.str_of(v)?;
                        return Ok(Some(vm.new_str(s)));
                    }
                    if matches!(o.payload, Payload::Complex { .. }) {
                        return Ok(None);
                    }
                    return Err(vm.type_error(&format!(
                        "unsupported format string passed to {}.__format__",
                        tn
                    )));
                }
            },
            _ => {
                if spec.is_empty() {
                    let s = vm.str_of(v)?;
                    return Ok(Some(vm.new_str(s)));
                }
                return Err(vm.type_error(&format!(
                    "unsupported format string passed to {}.__format__",
                    tn
                )));
            }
        };
    match r {
        Ok(s) => Ok(Some(vm.new_str(s))),
        Err(e) => Err(vm.format_error(e)),
    }
}

/// An error while running a `%` template: a parse error (raised later) or a Python exception.
enum PctErr {
    Format(FormatError),
    Py(PyErr),
}

impl From<FormatError> for PctErr {
    fn from(e: FormatError) -> Self {
        PctErr::Format(e)
    }
}

impl From<PyErr> for PctErr {
    fn from(e: PyErr) -> Self {
        PctErr::Py(e)
    }
}

/// The argument state of one `%` operation (= CPython's `unicode_formatter_t`): `arglen` is
/// -1 and `argidx` -2 when the right operand is a single value (or the value of a `%(key)`).
struct PctCtx<'v> {
    vm: &'v mut Vm,
    args: Value,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
    /// Keys of `b'%(key)s'` are bytes.
    for_bytes: bool,
}

impl PctCtx<'_> {
    /// `unicode_format_getnextarg`.
    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(Payload::Tuple(t)) = self.args.payload() {
                return Ok(t[i as usize].clone());
            }
        }
        Err(self.vm.type_error("not enough arguments for format string"))
    }
}

impl numtext::PercentArgs<PctErr> for PctCtx<'_> {
    fn key(&mut self, key: &str) -> Result<(), PctErr> {
        let Some(d) = self.dict.clone() else {
            return Err(PctErr::Py(self.vm.type_error("format requires a mapping")));
        };
        let k = if self.for_bytes {
            self.vm
                .new_bytes(key.chars().map(|c| c as u32 as u8).collect())
        } else {
            self.vm.new_str(key)
        };
        self.args = self.vm.getitem(&d, &k)?;
        self.arglen = -1;
        self.argidx = -2;
        Ok(())
    }

    fn star(&mut self, kind: numtext::StarKind) -> Result<i64, PctErr> {
        let v = self.next_arg()?;
        match as_int(&v) {
            Some(IntArg::Small(i)) => {
                if kind == numtext::StarKind::Precision && i32::try_from(i).is_err() {
                    return Err(PctErr::Py(
                        self.vm
                            .overflow_error("Python int too large to convert to C int"),
                    ));
                }
                Ok(i)
            }
            Some(IntArg::Big(_)) => Err(PctErr::Py(self.vm.overflow_error(
                if kind == numtext::StarKind::Precision {
                    "Python int too large to convert to C int"
                } else {
                    "Python int too large to convert to C ssize_t"
                },
            ))),
            None => Err(PctErr::Py(self.vm.type_error("* wants int"))),
        }
    }
}

/// Whether the right operand of `%` counts as a mapping (`PyMapping_Check` and not a tuple,
/// str or bytes).
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)) => {
            false
        }
        Some(Payload::Dict(_) | Payload::List(_) | Payload::Range { .. }) => true,
        Some(_) => vm.lookup_special(v, "__getitem__").is_some(),
        None => false,
    }
}

/// The int value for `%d %i %u %o %x %X` (= `mainformatlong`'s conversion).
fn percent_int_value(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    let hex = matches!(conv, 'o' | 'x' | 'X');
    let wrong = |vm: &Vm| {
        if hex {
            vm.type_error(&format!(
                "%{conv} format: an integer is required, not {}",
                vm.type_name(v)
            ))
        } else {
            vm.type_error(&format!(
                "%{conv} format: a real number is required, not {}",
                vm.type_name(v)
            ))
        }
    };
    if let Some(f) = as_float(v) {
        if hex {
            return Err(wrong(vm));
        }
        return numtext::float_to_bigint(f.trunc()).ok_or_else(|| {
            if f.is_nan() {
                vm.value_error("cannot convert float NaN to integer")
            } else {
                vm.overflow_error("cannot convert float infinity to integer")
            }
        });
    }
    let names: &[&str] = if hex {
        &["__index__"]
    } else {
        &["__int__", "__index__", "__trunc__"]
    };
    for name in names {
        if let Some(f) = vm.lookup_special(v, name) {
            let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
            if let Some(i) = as_int(&r) {
                return Ok(i.to_big());
            }
            return Err(vm.type_error(&format!(
                "{name} returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
    }
    Err(wrong(vm))
}

/// The float value for `%e %f %g` (= `PyFloat_AsDouble`).
fn percent_float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = vm.num_to_f64(v) {
        return r;
    }
    for name in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_special(v, name) {
            let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
            if let Some(x) = as_float(&r) {
                return Ok(x);
            }
            if let Some(r) = vm.num_to_f64(&r) {
                return r;
            }
            return Err(vm.type_error(&format!(
                "{name} returned non-float (type {})",
                vm.type_name(&r)
            )));
        }
    }
    Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v))))
}

/// The bytes of `b'%b' % v` / `b'%s' % v` (= `format_obj`).
fn percent_bytes_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::as_bytes_like(v) {
        return Ok(b);
    }
    if let Some(f) = vm.lookup_special(v, "__bytes__") {
        let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
        return match r.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            _ => Err(vm.type_error(&format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(&format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// Formats one value for `spec`; the text is UTF-8 for str templates and Latin-1 code points
/// (one char per byte) for bytes templates.
fn percent_one(
    vm: &mut Vm,
    spec: &PercentSpec,
    v: &Value,
    for_bytes: bool,
) -> Result<String, PctErr> {
    let conv = spec.conversion;
    Ok(match conv {
        's' if !for_bytes => {
            let s = match v {
                Value::Obj(o)
                    if !o.type_data().is_heap() && matches!(o.payload, Payload::Str(_)) =>
                {
                    v.as_str().unwrap_or("").to_string()
                }
                _ => vm.str_of(v)?,
            };
            numtext::percent_pad(&s, spec)?
        }
        'r' | 'a' => {
            let r = vm.repr(v)?;
            let s = if conv == 'a' || for_bytes {
                crate::strlib::ascii_escape(&r)
            } else {
                r
            };
            numtext::percent_pad(&s, spec)?
        }
        's' | 'b' => {
            let raw = percent_bytes_value(vm, v)?;
            let text: String = raw.iter().map(|&c| char::from(c)).collect();
            let mut sp = spec.clone();
            sp.conversion = 's';
            numtext::percent_pad(&text, &sp)?
        }
        'c' => {
            let ch = if for_bytes {
                let one = match crate::objects::bytes::as_bytes_like(v) {
                    Some(b) if b.len() == 1 => Some(b[0]),
                    _ => None,
                };
                match one {
                    Some(b) => char::from(b),
                    None => match percent_int_value(vm, v, 'c') {
                        Ok(i) => char::from(numtext::percent_byte(&i)?),
                        Err(_) => {
                            return Err(PctErr::Py(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            )))
                        }
                    },
                }
            } else if let Some(s) = v.as_str() {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(PctErr::Py(vm.type_error("%c requires int or char"))),
                }
            } else {
                let i = match as_int(v) {
                    Some(i) => i.to_big(),
                    None => match vm.lookup_special(v, "__index__") {
                        Some(_) => {
                            let r = crate::objects::text_args::index_value(vm, v)?;
                            as_int(&r).map(|i| i.to_big()).unwrap_or_default()
                        }
                        None => return Err(PctErr::Py(vm.type_error("%c requires int or char"))),
                    },
                };
                numtext::percent_char(&i)?
            };
            numtext::percent_pad(&ch.to_string(), spec)?
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let i = percent_int_value(vm, v, conv)?;
            numtext::percent_int(&i, spec)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = percent_float_value(vm, v)?;
            numtext::percent_float(f, spec)?
        }
        _ => return Err(PctErr::Format(spec.unsupported_error(for_bytes))),
    })
}

/// Runs a `%` template over `b` (= `PyUnicode_Format` / `_PyBytes_FormatEx`). For bytes,
/// `template` holds the bytes as Latin-1 code points and so does the result.
fn percent_core(vm: &mut Vm, template: &str, b: &Value, for_bytes: bool) -> PyResult<String> {
    let (arglen, argidx) = match b.payload() {
        Some(Payload::Tuple(t)) => (t.len() as i64, 0),
        _ => (-1, -2),
    };
    let dict = if is_mapping(vm, b) {
        Some(b.clone())
    } else {
        None
    };
    let not_all = if for_bytes {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    };
    let mut parser = numtext::PercentParser::new(template, dict.is_some());
    let mut ctx = PctCtx {
        vm,
        args: b.clone(),
        arglen,
        argidx,
        dict,
        for_bytes,
    };
    let mut out = String::with_capacity(template.len() + 16);
    let r = (|| -> Result<(), PctErr> {
        while let Some(piece) = parser.next_piece(&mut ctx) {
            match piece? {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(spec) => {
                    let v = ctx.next_arg()?;
                    let text = percent_one(ctx.vm, &spec, &v, for_bytes)?;
                    out.push_str(&text);
                    if ctx.dict.is_some() && ctx.argidx < ctx.arglen {
                        return Err(PctErr::Py(ctx.vm.type_error(not_all)));
                    }
                }
            }
        }
        if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
            return Err(PctErr::Py(ctx.vm.type_error(not_all)));
        }
        Ok(())
    })();
    match r {
        Ok(()) => Ok(out),
        Err(PctErr::Py(e)) => Err(e),
        Err(PctErr::Format(e)) => Err(ctx.vm.format_error(e)),
    }
}

/// `str % args`.
pub fn percent_format_str(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let t = a.as_str().unwrap_or("");
    if !t.contains('%') {
        let out = percent_core(vm, "", b, false)?;
        debug_assert!(out.is_empty());
        return Ok(crate::objects::str_methods::substr(vm, a, t));
    }
    let t = t.to_string();
    let out = percent_core(vm, &t, b, false)?;
    Ok(vm.new_str(out))
}

/// `bytes % args` (and `bytearray % args`, which gives a bytearray).
pub fn percent_format_bytes(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let raw = crate::objects::bytes::as_bytes_like(a).unwrap_or_default();
    let t: String = raw.iter().map(|&c| char::from(c)).collect();
    let out = percent_core(vm, &t, b, true)?;
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    if let Some(Payload::ByteArray(_)) = a.payload() {
        return Ok(Value::Obj(crate::object::PyRef::new(
            &vm.types.bytearray,
            Payload::ByteArray(bytes.into()),
        )));
    }
    Ok(vm.new_bytes(bytes))
}
