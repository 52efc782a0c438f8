//! Built-in modules: each is created on first import (= CPython's `_PyImport_Inittab`).

pub mod ast;
pub mod builtins_iter;
pub mod builtins_misc;
pub mod builtins_num;
pub mod builtins_text;
pub mod dis;
pub mod exc_members;
pub mod fileio;
pub mod frozen;
pub mod gc;
pub mod math;
pub mod posix;
pub mod profile;
pub mod structseq;
pub mod sys;
pub mod sysio;
pub mod textio;
pub mod thread;
pub mod time;

use crate::object::PyRef;
use crate::vm::{PyResult, Vm};

/// Creates the built-in modules needed at start-up (`sys`).
pub fn init(vm: &mut Vm) {
    let sys = sys::create(vm);
    vm.sys_module = Some(sys.clone());
    let modules = vm.modules.clone();
    let k = vm.new_str("sys");
    crate::vm::ops::dict_set_str(vm, &modules, k, crate::value::Value::Obj(sys));
    builtins_num::register(vm);
    builtins_text::register(vm);
    builtins_iter::register(vm);
    builtins_misc::register(vm);
}

/// The built-in module `name`, created now, or None if there is no such built-in module.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<PyResult<PyRef>> {
    Some(Ok(match name {
        "_time" => time::create(vm),
        "posix" => posix::create(vm),
        _ => return crate::modules::extra_module(vm, name),
    }))
}

/// Hook for built-in modules registered by other files (kept separate so that module files
/// can be added without touching this match).
fn extra_module(vm: &mut Vm, name: &str) -> Option<PyResult<PyRef>> {
    Some(Ok(match name {
        "math" => math::create(vm),
        "_weakref" => crate::objects::weakref::create(vm),
        "gc" => gc::create(vm),
        "_thread" => thread::create(vm),
        "dis" => return Some(dis::create(vm)),
        "ast" => return Some(ast::create(vm)),
        "cProfile" | "profile" => return Some(profile::create(vm, name)),
        "pstats" => return Some(profile::create_pstats(vm)),
        _ => {
            let ctor = vm
                .native_modules
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, f)| *f)?;
            ctor(vm)
        }
    }))
}
