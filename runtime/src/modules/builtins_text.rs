//! Text builtins: `chr`, `ord`, `format`.

use crate::object::Payload;
use crate::objects::text_args::{c_int_arg, clinic};
use crate::value::Value;
use crate::vm::builtins_mod::exact_args;
use crate::vm::ops::dict_set_str;
use crate::vm::{Args, PyResult, Vm};

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, f) in [
        ("chr", chr as crate::objects::function::NativeFn),
        ("ord", ord),
        ("format", format),
    ] {
        let v = vm.new_builtin_fn("builtins", name, f);
        let k = Value::Obj(vm.intern(name));
        dict_set_str(vm, &b, k, v);
    }
}

/// `chr(i)`: the one-character string of code point `i`.
fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "chr", 1)?;
    let i = c_int_arg(vm, &args.args[0])?;
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error(&format!(
            "chr() arg {i:#x} is a lone surrogate, which this runtime's str cannot hold"
        ))),
    }
}

/// `ord(c)`: the code point of a one-character str, or the value of a one-byte bytes.
fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args(vm, &args, "ord", 1)?;
    let v = &args.args[0];
    let n = match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() == 1 {
                return Ok(Value::Int(
                    s.as_str().chars().next().map_or(0, |c| c as i64),
                ));
            }
            s.char_len()
        }
        Some(Payload::Bytes(b)) => {
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            b.len()
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            b.len()
        }
        _ => {
            return Err(vm.type_error(&format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(v)
            )))
        }
    };
    Err(vm.type_error(&format!(
        "ord() expected a character, but string of length {n} found"
    )))
}

/// `format(value, format_spec='')`.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic(vm, &args, 0, "format", 1, 2)?;
    let spec = match a.get(1) {
        None => "",
        Some(s) => match s.as_str() {
            Some(t) => t,
            None => {
                return Err(vm.type_error(&format!(
                    "format() argument 2 must be str, not {}",
                    crate::objects::text_args::arg_type(vm, s)
                )))
            }
        },
    };
    vm.format(&a[0], spec)
}
