//! `bytes` and `bytearray` support used by the operators (buffer access, membership,
//! construction from values). Their methods are registered in `objects/bytes_methods.rs`
//! and `objects/bytearray_methods.rs`.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{PyResult, Vm};

/// The bytes of a bytes-like value.
pub fn as_bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Native(_) => crate::objects::memoryview::memoryview_bytes(v),
        _ => None,
    }
}

/// One byte value from an int-like item (`__index__`), with the range message `what` names:
/// `byte must be in range(0, 256)` (bytearray) or `bytes must be in range(0, 256)` (bytes).
pub fn byte_value(vm: &mut Vm, v: &Value, plural: bool) -> PyResult<u8> {
    let i = crate::objects::text_args::index_value(vm, v)?;
    match as_int(&i) {
        Some(IntArg::Small(x)) if (0..256).contains(&x) => Ok(x as u8),
        _ => Err(vm.value_error(if plural {
            "bytes must be in range(0, 256)"
        } else {
            "byte must be in range(0, 256)"
        })),
    }
}

/// Bytes from an iterable of ints (`bytes(iterable)`, `bytearray(iterable)`, `extend`); the
/// range message is `bytes must ...` when `plural`, else `byte must ...`. Nothing is
/// borrowed while the iterator runs.
pub fn bytes_from_iterable(vm: &mut Vm, v: &Value, plural: bool) -> PyResult<Vec<u8>> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vm.collect_iter(v)?,
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(match it {
            Value::Int(x) if (0..256).contains(x) => *x as u8,
            _ => byte_value(vm, it, plural)?,
        });
    }
    Ok(out)
}

/// Bytes from a bytes-like value or an iterable of ints (bytearray slice assignment).
pub fn bytes_from_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_like(v) {
        return Ok(b);
    }
    if v.as_str().is_some() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    if vm.get_iter(v).is_err() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    bytes_from_iterable(vm, v, false)
}

/// `item in b` for bytes-like containers.
pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let int_like = as_int(item).is_some()
        || (as_bytes_like(item).is_none() && vm.lookup_special(item, "__index__").is_some());
    if int_like {
        let i = crate::objects::text_args::index_value(vm, item)?;
        let Some(IntArg::Small(x)) = as_int(&i) else {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        };
        if !(0..256).contains(&x) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(crate::objects::bytes_methods::with_data(container, |hay| {
            hay.contains(&(x as u8))
        }));
    }
    match as_bytes_like(item) {
        Some(needle) => Ok(crate::objects::bytes_methods::with_data(container, |hay| {
            crate::strlib::bytes::find_bytes(hay, &needle).is_some()
        })),
        None => Err(vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(item)
        ))),
    }
}
