//! heron-jit: Heron's Cranelift tier (tier 2).
//!
//! Pipeline for one hot code object (see docs/internals/jit.md):
//! `analysis` (blocks, stack depths, loop headers, kinds at block entries, by abstract
//! interpretation over `typeflow`'s per-instruction plans) → `translate` + `lower*` (CLIF with
//! typed fast paths, guards from `guards`, exits described for `deopt`, entries from `osr`)
//! → `backend` (Cranelift code units) → `codecache` (per-code state, direct-entry cells,
//! invalidation). `tier` connects it to the interpreter through the runtime's `Tier2` trait;
//! `stats`, `dump`, `perfmap` and `pymod` show what it did.

pub mod analysis;
pub mod backend;
pub mod codecache;
pub mod compile;
pub mod deopt;
pub mod disasm;
pub mod dump;
pub mod feedback;
pub mod guards;
pub mod helpers;
pub mod inline;
pub mod listing;
pub mod lower;
pub mod lower_call;
pub mod lower_obj;
pub mod lower_slice;
pub mod options;
pub mod osr;
pub mod perfmap;
pub mod pymod;
pub mod stats;
pub mod tier;
pub mod translate;
pub mod typeflow;

use std::rc::Rc;

use heron_runtime::value::Value;
use heron_runtime::vm::JitMode;
use heron_runtime::Vm;

/// Installs tier 2 in the interpreter when the JIT mode asks for it, and always registers
/// `sys._jit` and the `heron` module.
pub fn install(vm: &mut Vm) {
    let opts = options::Options::from_config(&vm.config);
    if let Some(sys) = vm.sys_module.clone() {
        let j = pymod::sys_jit(vm);
        vm.module_set(&sys, "_jit", Value::Obj(j));
    }
    vm.native_modules.push(("heron", pymod::heron_module));
    if opts.mode == JitMode::Off {
        return;
    }
    if opts.mode == JitMode::Eager {
        // Loops re-enter compiled code at their next back-edge after a deopt.
        vm.config.jit_threshold = 1;
    }
    match tier::JitTier::new(vm, opts) {
        Ok(t) => {
            pymod::set_tier(&t);
            vm.tier2 = Some(t as Rc<dyn heron_runtime::vm::Tier2>);
        }
        Err(e) => eprintln!("heron: JIT unavailable: {e}"),
    }
}
