//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin`.

use crate::vm::Vm;

/// Registers this file's built-ins.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
