//! `set` and `frozenset`: constructors and methods.

use crate::vm::Vm;

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
