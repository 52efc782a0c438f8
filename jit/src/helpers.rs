//! The Rust functions compiled code calls: their registration (name, address, signature) and
//! their import into each function being built.
//!
//! Runtime helpers (`heron_rt_*`) live in `heron_runtime::vm::jit_support`; the exit routine
//! and the libm wrappers live in this crate. Pointers and `RawValue` words are `I64`; a
//! `RawValue` result is two `I64` returns (rax:rdx in the System V ABI, which is how Rust
//! returns a `#[repr(C)]` pair of `u64`).

use cranelift_codegen::ir::{types, FuncRef, Function, Type};
use heron_runtime::vm::jit_support::{self as rt, generic};

use crate::backend::{CodeUnit, HelperRegistry, JitError};
use crate::deopt::heron_jit_deopt;

const I: Type = types::I64;
const F: Type = types::F64;

extern "C" fn heron_libm_sin(x: f64) -> f64 {
    x.sin()
}

extern "C" fn heron_libm_cos(x: f64) -> f64 {
    x.cos()
}

/// `x ** y` for floats: the C library's `pow`, as CPython's `float_pow` calls it.
extern "C" fn heron_libm_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// `x // y` for floats, `y != 0` (the runtime's, as the interpreter computes it).
extern "C" fn heron_float_floordiv(x: f64, y: f64) -> f64 {
    heron_runtime::vm::numeric::float_floordiv(x, y)
}

/// `x % y` for floats, `y != 0`.
extern "C" fn heron_float_mod(x: f64, y: f64) -> f64 {
    heron_runtime::vm::numeric::float_mod(x, y)
}

/// `(name, address, params, returns)` of every helper.
fn table() -> Vec<(&'static str, *const u8, Vec<Type>, Vec<Type>)> {
    let raw = vec![I, I];
    vec![
        (
            "heron_rt_generic",
            generic::heron_rt_generic as *const u8,
            vec![I, I, I],
            vec![I],
        ),
        (
            "heron_rt_release",
            rt::heron_rt_release as *const u8,
            vec![I, I],
            vec![],
        ),
        (
            "heron_rt_unbound_local",
            rt::heron_rt_unbound_local as *const u8,
            vec![I, I],
            raw.clone(),
        ),
        (
            "heron_rt_new_instance",
            rt::heron_rt_new_instance as *const u8,
            vec![I, I],
            vec![I],
        ),
        (
            "heron_rt_init_result",
            rt::heron_rt_init_result as *const u8,
            vec![I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_recursion_error",
            rt::heron_rt_recursion_error as *const u8,
            vec![I],
            raw.clone(),
        ),
        (
            "heron_rt_is_true",
            rt::heron_rt_is_true as *const u8,
            vec![I, I],
            vec![I],
        ),
        (
            "heron_rt_for_iter",
            rt::heron_rt_for_iter as *const u8,
            vec![I, I],
            raw.clone(),
        ),
        (
            "heron_rt_send",
            rt::heron_rt_send as *const u8,
            vec![I, I],
            vec![I],
        ),
        (
            "heron_rt_call",
            rt::heron_rt_call as *const u8,
            vec![I, I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_range_new",
            rt::heron_rt_range_new as *const u8,
            vec![I, I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_range_iter_new",
            rt::heron_rt_range_iter_new as *const u8,
            vec![I, I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_range_iter_state",
            rt::heron_rt_range_iter_state as *const u8,
            vec![I, I, I],
            vec![I],
        ),
        (
            "heron_rt_binop_unsupported",
            rt::heron_rt_binop_unsupported as *const u8,
            vec![I, I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_list_iter_new",
            rt::heron_rt_list_iter_new as *const u8,
            vec![I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_list_iter_state",
            rt::heron_rt_list_iter_state as *const u8,
            vec![I, I, I],
            vec![I],
        ),
        (
            "heron_rt_shadowed",
            rt::heron_rt_shadowed as *const u8,
            vec![I, I, I],
            vec![I],
        ),
        (
            "heron_rt_subscr_slice",
            rt::heron_rt_subscr_slice as *const u8,
            vec![I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_call_native",
            rt::heron_rt_call_native as *const u8,
            vec![I, I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_slice_move",
            rt::heron_rt_slice_move as *const u8,
            vec![I, I, I],
            raw.clone(),
        ),
        (
            "heron_rt_attr_learn",
            rt::heron_rt_attr_learn as *const u8,
            vec![I, I, I, I, I, I],
            vec![],
        ),
        (
            "heron_jit_deopt",
            heron_jit_deopt as *const u8,
            vec![I, I, I],
            raw,
        ),
        (
            "heron_libm_sin",
            heron_libm_sin as *const u8,
            vec![F],
            vec![F],
        ),
        (
            "heron_libm_cos",
            heron_libm_cos as *const u8,
            vec![F],
            vec![F],
        ),
        (
            "heron_libm_pow",
            heron_libm_pow as *const u8,
            vec![F, F],
            vec![F],
        ),
        (
            "heron_float_floordiv",
            heron_float_floordiv as *const u8,
            vec![F, F],
            vec![F],
        ),
        (
            "heron_float_mod",
            heron_float_mod as *const u8,
            vec![F, F],
            vec![F],
        ),
    ]
}

/// The registry of all helpers.
pub fn registry() -> Result<HelperRegistry, JitError> {
    let mut r = HelperRegistry::new();
    for (name, addr, params, returns) in table() {
        // SAFETY: every entry above is an `extern "C"` function whose C signature is exactly
        // `params -> returns` (pointers and u64 words as I64, f64 as F64, a `RawValue` as two
        // I64 returns); they never unwind (a panic in an `extern "C"` function aborts) and
        // live for the whole program.
        unsafe { r.register(name, addr, &params, &returns)? };
    }
    Ok(r)
}

/// The helpers imported into one function.
#[derive(Clone, Copy)]
pub struct Helpers {
    pub generic: FuncRef,
    pub release: FuncRef,
    pub unbound_local: FuncRef,
    pub recursion_error: FuncRef,
    pub new_instance: FuncRef,
    pub init_result: FuncRef,
    pub is_true: FuncRef,
    pub for_iter: FuncRef,
    pub send: FuncRef,
    pub call: FuncRef,
    pub range_new: FuncRef,
    pub range_iter_new: FuncRef,
    pub range_iter_state: FuncRef,
    pub list_iter_new: FuncRef,
    pub binop_unsupported: FuncRef,
    pub list_iter_state: FuncRef,
    pub shadowed: FuncRef,
    pub attr_learn: FuncRef,
    pub subscr_slice: FuncRef,
    pub slice_move: FuncRef,
    pub call_native: FuncRef,
    pub deopt: FuncRef,
    pub sin: FuncRef,
    pub cos: FuncRef,
    pub pow: FuncRef,
    pub float_floordiv: FuncRef,
    pub float_mod: FuncRef,
}

impl Helpers {
    /// Imports every helper into `func`.
    pub fn import(unit: &mut CodeUnit, func: &mut Function) -> Result<Helpers, JitError> {
        let mut i = |n: &str| unit.import_helper(n, func);
        Ok(Helpers {
            generic: i("heron_rt_generic")?,
            release: i("heron_rt_release")?,
            unbound_local: i("heron_rt_unbound_local")?,
            recursion_error: i("heron_rt_recursion_error")?,
            new_instance: i("heron_rt_new_instance")?,
            init_result: i("heron_rt_init_result")?,
            is_true: i("heron_rt_is_true")?,
            for_iter: i("heron_rt_for_iter")?,
            send: i("heron_rt_send")?,
            call: i("heron_rt_call")?,
            range_new: i("heron_rt_range_new")?,
            range_iter_new: i("heron_rt_range_iter_new")?,
            range_iter_state: i("heron_rt_range_iter_state")?,
            list_iter_new: i("heron_rt_list_iter_new")?,
            binop_unsupported: i("heron_rt_binop_unsupported")?,
            list_iter_state: i("heron_rt_list_iter_state")?,
            shadowed: i("heron_rt_shadowed")?,
            attr_learn: i("heron_rt_attr_learn")?,
            subscr_slice: i("heron_rt_subscr_slice")?,
            slice_move: i("heron_rt_slice_move")?,
            call_native: i("heron_rt_call_native")?,
            deopt: i("heron_jit_deopt")?,
            sin: i("heron_libm_sin")?,
            cos: i("heron_libm_cos")?,
            pow: i("heron_libm_pow")?,
            float_floordiv: i("heron_float_floordiv")?,
            float_mod: i("heron_float_mod")?,
        })
    }
}
