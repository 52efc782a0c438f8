//! Text formatting glue: `format(v, spec)` for built-in types (the format-spec mini-language
//! lives in `numtext`) and printf-style `str % args` / `bytes % args`.

use num_bigint::BigInt;

use crate::numtext::{self, FormatError, PercentCount, PercentPiece};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::numeric::{as_float, as_int, IntArg};
use crate::vm::{PyErr, PyResult, Vm};

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
    let tn = vm.type_name(v);
    let r = match v {
        Value::Bool(b) if spec.is_empty() => Ok(if *b { "True".to_string() } else { "False".to_string() }),
        Value::Int(i) => numtext::parse_format_spec(spec, &tn).and_then(|s| numtext::format_i64(*i, &s, &tn)),
        Value::Bool(b) => numtext::parse_format_spec(spec, &tn).and_then(|s| numtext::format_i64(*b as i64, &s, &tn)),
        Value::Float(f) => numtext::parse_format_spec(spec, &tn).and_then(|s| numtext::format_float(*f, &s, &tn)),
        Value::None if spec.is_empty() => Ok("None".to_string()),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => numtext::parse_format_spec(spec, &tn).and_then(|sp| numtext::format_str(s.as_str(), &sp, &tn)),
            Payload::Int(b) => numtext::parse_format_spec(spec, &tn).and_then(|s| numtext::format_int(b, &s, &tn)),
            _ => {
                if spec.is_empty() {
                    let s = vm.str_of(v)?;
                    return Ok(Some(vm.new_str(s)));
                }
                if matches!(o.payload, Payload::Complex { .. }) {
                    return Ok(None);
                }
                return Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", tn)));
            }
        },
        _ => {
            if spec.is_empty() {
                let s = vm.str_of(v)?;
                return Ok(Some(vm.new_str(s)));
            }
            return Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", tn)));
        }
    };
    match r {
        Ok(s) => Ok(Some(vm.new_str(s))),
        Err(e) => Err(vm.format_error(e)),
    }
}

struct PercentArgs {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
    single_tuple: bool,
}

impl PercentArgs {
    fn new(vm: &Vm, b: &Value) -> PercentArgs {
        match b.payload() {
            Some(Payload::Tuple(t)) => PercentArgs { items: t.to_vec(), next: 0, mapping: None, single_tuple: false },
            Some(Payload::Dict(_)) => PercentArgs { items: vec![b.clone()], next: 0, mapping: Some(b.clone()), single_tuple: true },
            _ => {
                let is_mapping = matches!(b, Value::Obj(o) if o.type_data().is_heap()) && b.as_str().is_none();
                let _ = vm;
                PercentArgs { items: vec![b.clone()], next: 0, mapping: if is_mapping { Some(b.clone()) } else { None }, single_tuple: true }
            }
        }
    }

    fn take(&mut self, vm: &Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

fn to_bigint(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    if let Some(f) = as_float(v) {
        if matches!(conv, 'd' | 'i' | 'u') {
            return numtext::float_to_bigint(f).ok_or_else(|| {
                if f.is_nan() {
                    vm.value_error("cannot convert float NaN to integer")
                } else {
                    vm.overflow_error("cannot convert float infinity to integer")
                }
            });
        }
        return Err(vm.type_error(&format!("%{conv} format: an integer is required, not float")));
    }
    let name = if matches!(conv, 'd' | 'i' | 'u') { "__int__" } else { "__index__" };
    if let Some(f) = vm.lookup_special(v, name) {
        let r = vm.call(&f, crate::vm::Args::new(&[v.clone()]))?;
        if let Some(i) = as_int(&r) {
            return Ok(i.to_big());
        }
    }
    if matches!(conv, 'd' | 'i' | 'u') {
        Err(vm.type_error(&format!("%{conv} format: a real number is required, not {}", vm.type_name(v))))
    } else {
        Err(vm.type_error(&format!("%{conv} format: an integer is required, not {}", vm.type_name(v))))
    }
}

fn to_f64(vm: &mut Vm, v: &Value, conv: char) -> PyResult<f64> {
    if let Some(r) = vm.num_to_f64(v) {
        return r;
    }
    if let Some(f) = vm.lookup_special(v, "__float__") {
        let r = vm.call(&f, crate::vm::Args::new(&[v.clone()]))?;
        if let Some(x) = as_float(&r) {
            return Ok(x);
        }
    }
    let _ = conv;
    Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v))))
}

fn star(vm: &mut Vm, args: &mut PercentArgs) -> PyResult<i64> {
    let v = args.take(vm)?;
    match as_int(&v) {
        Some(IntArg::Small(i)) => Ok(i),
        _ => Err(vm.type_error("* wants int")),
    }
}

/// Runs a %-template over `b`, producing text pieces; `for_bytes` selects bytes rules.
fn percent_core(vm: &mut Vm, template: &str, b: &Value, for_bytes: bool) -> PyResult<Vec<u8>> {
    let pieces = numtext::parse_percent(template).map_err(|e| vm.format_error(e))?;
    let mut args = PercentArgs::new(vm, b);
    let mut out: Vec<u8> = Vec::with_capacity(template.len() + 16);
    let mut used_key = false;
    for piece in pieces {
        let mut spec = match piece {
            PercentPiece::Literal(s) => {
                out.extend_from_slice(s.as_bytes());
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        if spec.width == PercentCount::Star {
            let w = star(vm, &mut args)?;
            spec.resolve_star_width(w);
        }
        if spec.precision == PercentCount::Star {
            let p = star(vm, &mut args)?;
            spec.resolve_star_precision(p).map_err(|e| vm.format_error(e))?;
        }
        let v = match &spec.key {
            Some(k) => {
                used_key = true;
                let Some(m) = args.mapping.clone() else {
                    return Err(vm.type_error("format requires a mapping"));
                };
                let key = vm.new_str(k.as_str());
                vm.getitem(&m, &key)?
            }
            None => args.take(vm)?,
        };
        if !spec.is_supported() {
            return Err(vm.format_error(spec.unsupported_error(for_bytes)));
        }
        let text: Vec<u8> = match spec.conversion {
            's' | 'r' | 'a' if !for_bytes || spec.conversion != 's' => {
                let s = match spec.conversion {
                    's' => vm.str_of(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => crate::strlib::ascii_escape(&vm.repr(&v)?),
                };
                numtext::percent_pad(&s, &spec).map_err(|e| vm.format_error(e))?.into_bytes()
            }
            's' | 'b' => {
                let Some(raw) = crate::objects::bytes::as_bytes_like(&v) else {
                    return Err(vm.type_error(&format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        vm.type_name(&v)
                    )));
                };
                let s: String = raw.iter().map(|&c| c as char).collect();
                let padded = numtext::percent_pad(&s, &spec).map_err(|e| vm.format_error(e))?;
                padded.chars().map(|c| c as u8).collect()
            }
            'c' => {
                let ch: String = if for_bytes {
                    let byte = match (&v, crate::objects::bytes::as_bytes_like(&v)) {
                        (_, Some(b1)) if b1.len() == 1 => b1[0],
                        _ => {
                            let i = to_bigint(vm, &v, 'c').map_err(|_| vm.type_error("%c requires an integer in range(256) or a single byte"))?;
                            numtext::percent_byte(&i).map_err(|e| vm.format_error(e))?
                        }
                    };
                    (byte as char).to_string()
                } else if let Some(s) = v.as_str() {
                    if s.chars().count() != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    s.to_string()
                } else {
                    let i = match as_int(&v) {
                        Some(i) => i.to_big(),
                        None => return Err(vm.type_error("%c requires int or char")),
                    };
                    numtext::percent_char(&i).map_err(|e| vm.format_error(e))?.to_string()
                };
                let padded = numtext::percent_pad(&ch, &spec).map_err(|e| vm.format_error(e))?;
                if for_bytes {
                    padded.chars().map(|c| c as u8).collect()
                } else {
                    padded.into_bytes()
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let i = to_bigint(vm, &v, spec.conversion)?;
                numtext::percent_int(&i, &spec).map_err(|e| vm.format_error(e))?.into_bytes()
            }
            _ => {
                let f = to_f64(vm, &v, spec.conversion)?;
                numtext::percent_float(f, &spec).map_err(|e| vm.format_error(e))?.into_bytes()
            }
        };
        out.extend_from_slice(&text);
    }
    if !used_key && args.next < args.items.len() && !(args.single_tuple && args.mapping.is_some()) {
        return Err(vm.type_error(if for_bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// `str % args`.
pub fn percent_format_str(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let t = a.as_str().unwrap_or("").to_string();
    let out = percent_core(vm, &t, b, false)?;
    Ok(vm.new_str(String::from_utf8(out).unwrap_or_default()))
}

/// `bytes % args`.
pub fn percent_format_bytes(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let raw = crate::objects::bytes::as_bytes_like(a).unwrap_or_default();
    let t: String = raw.iter().map(|&c| c as char).collect();
    let out = percent_core(vm, &t, b, true)?;
    Ok(vm.new_bytes(out))
}
