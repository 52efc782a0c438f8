//! Exception types: `BaseException` and subclasses' constructors, `__str__`, `__repr__`, attributes.

use crate::vm::Vm;

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
