//! `bytes` and `bytearray` support used by the operators (buffer access, membership,
//! construction from values). Their methods are registered in `objects/bytes_methods.rs`.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{PyResult, Vm};

/// The bytes of a bytes-like value.
pub fn as_bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Bytes from a bytes-like value or an iterable of ints (slice assignment, constructors).
pub fn bytes_from_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_like(v) {
        return Ok(b);
    }
    if v.as_str().is_some() {
        return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let items = vm.collect_iter(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match as_int(&it) {
            Some(IntArg::Small(x)) if (0..256).contains(&x) => out.push(x as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&it)))),
        }
    }
    Ok(out)
}

/// `item in b` for bytes-like containers.
pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = as_bytes_like(container).unwrap_or_default();
    if let Some(IntArg::Small(x)) = as_int(item) {
        if !(0..256).contains(&x) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(hay.contains(&(x as u8)));
    }
    match as_bytes_like(item) {
        Some(needle) => Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice())),
        None => Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(item)))),
    }
}
