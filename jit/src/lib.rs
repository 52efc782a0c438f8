//! heron-jit: Heron's Cranelift tier.
//!
//! `backend` wraps cranelift-jit (code units, helper symbols, the srcloc map); `disasm`
//! decodes emitted machine code. [`install`] connects the tier to an interpreter through the
//! runtime's `Tier2` trait.

pub mod backend;
pub mod disasm;

use heron_runtime::Vm;

/// Installs tier 2 in the interpreter when the JIT mode asks for it.
pub fn install(vm: &mut Vm) {
    let _ = vm;
}
