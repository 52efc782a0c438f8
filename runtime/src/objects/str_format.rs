//! `str.format` and `str.format_map`: CPython 3.11's replacement-field grammar
//! (`Objects/stringlib/unicode_format.h`): literal text with `{{`/`}}`, fields
//! `{name.attr[key]!conv:spec}`, automatic and manual numbering, nested replacement fields in
//! the spec (two levels), each field formatted with `vm.format(value, spec)`.

use crate::object::Payload;
use crate::objects::text_args::{one_arg, str_self};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Registers `str.format` and `str.format_map`.
pub fn register(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_methods(&t, "str", &[("format", format), ("format_map", format_map)]);
}

/// How fields without a number are numbered (= CPython's `AutoNumber`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

/// Where replacement fields take their values from.
struct Source<'a> {
    /// Positional arguments; None for `format_map`.
    args: Option<&'a [Value]>,
    /// The keyword mapping; None when `format` got no keywords.
    kwargs: Option<Value>,
    numbering: Numbering,
    next_auto: usize,
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "format")?;
    let kwargs = if args.kwnames.is_empty() {
        None
    } else {
        let d = vm.new_dict_ref();
        for (k, v) in args.kw() {
            let key = vm.new_str(k);
            crate::vm::ops::dict_set(vm, &d, key, v.clone())?;
        }
        Some(Value::Obj(d))
    };
    let mut src = Source {
        args: Some(&args.pos()[1..]),
        kwargs,
        numbering: Numbering::Unknown,
        next_auto: 0,
    };
    let mut out = String::with_capacity(s.as_str().len() + 16);
    build(vm, &mut src, s.as_str(), 2, &mut out)?;
    Ok(vm.new_str(out))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_self(vm, &args, "format_map")?;
    let mapping = one_arg(vm, &args, "str.format_map")?.clone();
    let mut src = Source {
        args: None,
        kwargs: Some(mapping),
        numbering: Numbering::Unknown,
        next_auto: 0,
    };
    let mut out = String::with_capacity(s.as_str().len() + 16);
    build(vm, &mut src, s.as_str(), 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// Formats `template` into `out` (= `build_string` + `output_markup`).
fn build(
    vm: &mut Vm,
    src: &mut Source,
    template: &str,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = template.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let start = pos;
        let mut c = 0u8;
        let mut markup = false;
        while pos < b.len() {
            c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= b.len();
        let mut len = pos - start;
        if markup && c == b'}' && (at_end || b[pos] != b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if markup && at_end && c == b'{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if b[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.push_str(&template[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(vm, template, &mut pos)?;
        render(vm, src, &field, depth, out)?;
    }
    Ok(())
}

/// One parsed replacement field.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    spec_needs_expanding: bool,
}

/// Parses the field starting at `*pos` (just after its `{`), leaving `*pos` after its `}`.
fn parse_field<'t>(vm: &Vm, t: &'t str, pos: &mut usize) -> PyResult<Field<'t>> {
    let b = t.as_bytes();
    let name_start = *pos;
    let mut c = 0u8;
    let mut terminated = false;
    while *pos < b.len() {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < b.len() && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => {
                terminated = true;
                break;
            }
            _ => {}
        }
    }
    if !terminated {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    if c == b'}' {
        return Ok(Field {
            name: &t[name_start..*pos - 1],
            conversion: None,
            spec: "",
            spec_needs_expanding: false,
        });
    }
    let name = &t[name_start..*pos - 1];
    let mut conversion = None;
    if c == b'!' {
        let Some(conv) = t[*pos..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        conversion = Some(conv);
        *pos += conv.len_utf8();
        if *pos < b.len() {
            let next = b[*pos];
            *pos += 1;
            if next == b'}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: "",
                    spec_needs_expanding: false,
                });
            }
            if next != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut count = 1;
    let mut expand = false;
    while *pos < b.len() {
        let ch = b[*pos];
        *pos += 1;
        match ch {
            b'{' => {
                expand = true;
                count += 1;
            }
            b'}' => {
                count -= 1;
                if count == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: &t[spec_start..*pos - 1],
                        spec_needs_expanding: expand,
                    });
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// CPython's `get_integer`: the decimal value of an all-digit name, None otherwise.
fn get_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for ch in s.chars() {
        let Some(d) = crate::strlib::unicode::decimal_value(ch) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Looks up the object a field name designates (= `get_field_object`).
fn field_object(vm: &mut Vm, src: &mut Source, name: &str) -> PyResult<Value> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(split);
    let mut index = get_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if src.numbering == Numbering::Unknown {
            src.numbering = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if src.numbering == Numbering::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if src.numbering == Numbering::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(src.next_auto);
            src.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key = vm.new_str(first);
            match &src.kwargs {
                None => return Err(vm.key_error(key)),
                Some(m) => {
                    let m = m.clone();
                    vm.getitem(&m, &key)?
                }
            }
        }
        Some(i) => match src.args {
            None => return Err(vm.value_error("Format string contains positional fields")),
            Some(a) => match a.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(&format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )))
                }
            },
        },
    };
    while !rest.is_empty() {
        let kind = rest.as_bytes()[0];
        rest = &rest[1..];
        let part;
        match kind {
            b'.' => {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                part = &rest[..end];
                rest = &rest[end..];
            }
            b'[' => {
                let Some(end) = rest.find(']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                part = &rest[..end];
                rest = &rest[end + 1..];
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        }
        if part.is_empty() {
            return Err(vm.value_error("Empty attribute in format string"));
        }
        obj = if kind == b'.' {
            vm.getattr_str(&obj, part)?
        } else {
            let key = match get_integer(vm, part)? {
                Some(i) => Value::Int(i as i64),
                None => vm.new_str(part),
            };
            vm.getitem(&obj, &key)?
        };
    }
    Ok(obj)
}

/// Converts, expands the spec and formats one field into `out` (= `output_markup`).
fn render(
    vm: &mut Vm,
    src: &mut Source,
    field: &Field,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = field_object(vm, src, field.name)?;
    if let Some(conv) = field.conversion {
        let text = match conv {
            'r' => vm.repr(&obj)?,
            's' => vm.str_of(&obj)?,
            'a' => crate::strlib::ascii_escape(&vm.repr(&obj)?),
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(vm.value_error(&format!("Unknown conversion specifier {c}")));
            }
            c => {
                return Err(
                    vm.value_error(&format!("Unknown conversion specifier \\x{:x}", c as u32))
                )
            }
        };
        obj = vm.new_str(text);
    }
    let expanded;
    let spec = if field.spec_needs_expanding {
        let mut s = String::new();
        build(vm, src, field.spec, depth - 1, &mut s)?;
        expanded = s;
        expanded.as_str()
    } else {
        field.spec
    };
    if spec.is_empty() {
        match &obj {
            Value::Obj(o) if !o.type_data().is_heap() => {
                if let Payload::Str(s) = &o.payload {
                    out.push_str(s.as_str());
                    return Ok(());
                }
            }
            Value::Int(i) => {
                out.push_str(&i.to_string());
                return Ok(());
            }
            _ => {}
        }
    }
    let r = vm.format(&obj, spec)?;
    out.push_str(r.as_str().unwrap_or(""));
    Ok(())
}
