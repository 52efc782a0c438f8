//! Functions, methods, generators, code objects, modules, cells: methods and constructors.

use crate::vm::Vm;

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
