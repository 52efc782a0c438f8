//! `object` and `type` methods (`__repr__`, `__eq__`, `__dir__`, `mro`, `__subclasses__` ...).

use crate::vm::Vm;

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
