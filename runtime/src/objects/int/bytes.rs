//! `int.to_bytes()` and `int.from_bytes()`.

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use crate::object::PyRef;
use crate::value::Value;
use crate::vm::numeric::args::Clinic;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// Parses a `byteorder` argument: true for little-endian.
fn byteorder(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.as_str() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(&format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// The two's-complement (`signed`) or unsigned little-endian bytes of `v`, exactly
/// `length` long; None when `v` does not fit (the caller rejects negative unsigned values).
pub fn int_to_le_bytes(v: &IntArg, length: usize, signed: bool) -> Option<Vec<u8>> {
    let (negative, bits) = match v {
        IntArg::Small(i) => {
            let m = if *i < 0 { !(*i as u64) } else { *i as u64 };
            (*i < 0, (64 - m.leading_zeros()) as u64)
        }
        IntArg::Big(b) if b.is_negative() => (true, (-*b - 1u32).bits()),
        IntArg::Big(b) => (false, b.bits()),
    };
    let needed = (bits + signed as u64).div_ceil(8);
    if needed > length as u64 {
        return None;
    }
    let mut raw = match v {
        IntArg::Small(i) => i.to_le_bytes().to_vec(),
        IntArg::Big(b) if signed => b.to_signed_bytes_le(),
        IntArg::Big(b) => b.magnitude().to_bytes_le(),
    };
    raw.resize(length, if negative { 0xff } else { 0x00 });
    Some(raw)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(i) = args.args.first().and_then(as_int) else {
        return Err(crate::vm::numeric::args::descriptor_error(
            vm, &args, "int", "to_bytes", false,
        ));
    };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let clinic = Clinic {
        fname: "to_bytes",
        names: &["length", "byteorder", "signed"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let b = clinic.bind(vm, &rest)?;
    let length = match &b[0] {
        None => 1,
        Some(l) => {
            let l = vm.number_index(l)?;
            match as_int(&l) {
                Some(IntArg::Small(n)) if n >= 0 => n as usize,
                Some(IntArg::Small(_)) => {
                    return Err(vm.value_error("length argument must be non-negative"))
                }
                _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    let little = byteorder(vm, b[1].as_ref(), "to_bytes")?;
    let signed = match &b[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let negative = match &i {
        IntArg::Small(v) => *v < 0,
        IntArg::Big(v) => v.is_negative(),
    };
    if negative && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let Some(mut out) = int_to_le_bytes(&i, length, signed) else {
        return Err(vm.overflow_error("int too big to convert"));
    };
    if !little {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

/// The bytes of the `bytes` argument of `int.from_bytes` (= `PyObject_Bytes`).
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::as_bytes_like(v) {
        return Ok(b);
    }
    let cannot = |vm: &Vm| {
        vm.type_error(&format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        ))
    };
    if v.as_str().is_some() {
        return Err(cannot(vm));
    }
    if let Some(f) = vm.lookup_special(v, "__bytes__") {
        let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
        return match r.payload() {
            Some(crate::object::Payload::Bytes(b)) => Ok(b.to_vec()),
            _ => Err(vm.type_error(&format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => return Err(cannot(vm)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(&it)? {
        let n = vm.number_index(&x)?;
        match as_int(&n) {
            Some(IntArg::Small(b)) if (0..256).contains(&b) => out.push(b as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
pub fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls =
        match args.args.first() {
            Some(Value::Obj(c)) => c.clone(),
            _ => return Err(vm.type_error(
                "descriptor 'from_bytes' for type 'int' needs a type, not a 'NoneType' as arg 1",
            )),
        };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let clinic = Clinic {
        fname: "from_bytes",
        names: &["bytes", "byteorder", "signed"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    };
    let b = clinic.bind(vm, &rest)?;
    let little = byteorder(vm, b[1].as_ref(), "from_bytes")?;
    let signed = match &b[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut raw = bytes_arg(vm, b[0].as_ref().unwrap_or(&Value::None))?;
    if !little {
        raw.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&raw)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &raw)
    };
    let v = vm.new_int(n);
    if PyRef::ptr_eq(&cls, &vm.types.int) {
        return Ok(v);
    }
    vm.call(&Value::Obj(cls), Args::new(&[v]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small(v: i64, len: usize, signed: bool) -> Option<Vec<u8>> {
        int_to_le_bytes(&IntArg::Small(v), len, signed)
    }

    #[test]
    fn to_bytes_sizes() {
        assert_eq!(small(1024, 2, false), Some(vec![0, 4]));
        assert_eq!(small(-1, 2, true), Some(vec![0xff, 0xff]));
        assert_eq!(small(-129, 2, true), Some(vec![0x7f, 0xff]));
        assert_eq!(small(0, 0, false), Some(vec![]));
        assert_eq!(small(256, 1, false), None);
        assert_eq!(small(128, 1, true), None);
        assert_eq!(small(-128, 1, true), Some(vec![0x80]));
        assert_eq!(small(127, 1, true), Some(vec![0x7f]));
        assert_eq!(small(255, 1, false), Some(vec![0xff]));
        assert_eq!(small(-1, 0, true), None);
        let big = BigInt::from(1u128 << 100);
        assert_eq!(
            int_to_le_bytes(&IntArg::Big(&big), 13, false).map(|v| v.len()),
            Some(13)
        );
        assert_eq!(int_to_le_bytes(&IntArg::Big(&big), 12, false), None);
        assert!(int_to_le_bytes(&IntArg::Big(&big), 13, true).is_some());
        let top = BigInt::from(1u128 << 103);
        assert_eq!(int_to_le_bytes(&IntArg::Big(&top), 13, true), None);
        assert!(int_to_le_bytes(&IntArg::Big(&top), 13, false).is_some());
    }
}
