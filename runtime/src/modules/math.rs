//! The `math` module: glue over `mathlib`.

use crate::vm::Vm;

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> crate::object::PyRef {
    vm.new_module("math")
}
