//! `cProfile` / `profile` and `pstats` (= CPython's `_lsprof` with `Lib/cProfile.py` and
//! `Lib/pstats.py`).
//!
//! The interpreter calls [`on_call`] when a Python frame starts (RESUME with arg 0) and
//! [`on_return`] on RETURN_VALUE, both only while [`ACTIVE`] is set (one relaxed load, one
//! predictable branch each). Frames left by an exception (or finished inside compiled code)
//! are closed lazily: each event first closes every open entry deeper than the frame stack.
//! Only Python functions are recorded (no `{built-in method ...}` rows). The Python side
//! (`pylib/profile.py`, `pylib/pstats.py`) builds `Profile`, `run`, `Stats` over
//! `_enable`/`_disable`/`_stats`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use crate::bytecode::CodeObject;
use crate::object::PyRef;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Set while a profiler is enabled; the eval loop checks it before calling the hooks.
pub static ACTIVE: AtomicBool = AtomicBool::new(false);

const PROFILE_SOURCE: &str = include_str!("pylib/profile.py");
const PSTATS_SOURCE: &str = include_str!("pylib/pstats.py");

#[derive(Default)]
struct Entry {
    code: Option<Rc<CodeObject>>,
    /// All calls, primitive (non-recursive) calls.
    nc: u64,
    cc: u64,
    tt: f64,
    ct: f64,
    /// How many activations are open (recursion).
    active: u32,
}

struct Open {
    key: usize,
    depth: usize,
    start: Instant,
    /// Time spent in callees (subtracted for tottime).
    sub: f64,
}

#[derive(Default)]
struct State {
    entries: HashMap<usize, Entry>,
    order: Vec<usize>,
    stack: Vec<Open>,
}

crate::gil_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn close_above(st: &mut State, depth: usize, now: Instant) {
    while st.stack.last().is_some_and(|o| o.depth > depth) {
        let o = st.stack.pop().expect("open entry");
        let total = now.duration_since(o.start).as_secs_f64();
        if let Some(parent) = st.stack.last_mut() {
            parent.sub += total;
        }
        if let Some(e) = st.entries.get_mut(&o.key) {
            e.active = e.active.saturating_sub(1);
            e.tt += total - o.sub;
            if e.active == 0 {
                e.ct += total;
            }
        }
    }
}

/// A Python frame (the top of `vm.frames`) starts running.
#[inline(never)]
pub fn on_call(vm: &mut Vm) {
    let Some(f) = vm.frames.last() else { return };
    let code = f.code_data().code.clone();
    let depth = vm.frames.len();
    let now = Instant::now();
    STATE.with(|s| {
        let mut st = s.borrow_mut();
        close_above(&mut st, depth - 1, now);
        let key = Rc::as_ptr(&code) as usize;
        if !st.entries.contains_key(&key) {
            st.order.push(key);
        }
        let e = st.entries.entry(key).or_default();
        if e.code.is_none() {
            e.code = Some(code);
        }
        e.nc += 1;
        if e.active == 0 {
            e.cc += 1;
        }
        e.active += 1;
        st.stack.push(Open {
            key,
            depth,
            start: now,
            sub: 0.0,
        });
    });
}

/// The frame on top of `vm.frames` returns.
#[inline(never)]
pub fn on_return(vm: &mut Vm) {
    let depth = vm.frames.len();
    let now = Instant::now();
    STATE.with(|s| close_above(&mut s.borrow_mut(), depth.saturating_sub(1), now));
}

fn enable(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    ACTIVE.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    ACTIVE.store(false, Ordering::Relaxed);
    let now = Instant::now();
    // The caller of disable() and everything below stays open: close nothing that is still
    // running except what already returned (frames deeper than the current stack).
    let depth = vm.frames.len();
    STATE.with(|s| close_above(&mut s.borrow_mut(), depth, now));
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    STATE.with(|s| *s.borrow_mut() = State::default());
    Ok(Value::None)
}

/// `_stats()`: `[(filename, lineno, name, cc, nc, tt, ct), ...]` in first-call order.
fn stats(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let now = Instant::now();
    let rows: Vec<(String, u32, String, u64, u64, f64, f64)> = STATE.with(|s| {
        let mut st = s.borrow_mut();
        close_above(&mut st, usize::MAX, now);
        st.order
            .iter()
            .filter_map(|k| st.entries.get(k))
            .filter_map(|e| {
                let c = e.code.as_ref()?;
                Some((
                    c.filename.to_string(),
                    c.firstlineno,
                    c.name.to_string(),
                    e.cc,
                    e.nc,
                    e.tt,
                    e.ct,
                ))
            })
            .collect()
    });
    let mut out = Vec::with_capacity(rows.len());
    for (f, l, n, cc, nc, tt, ct) in rows {
        let items = vec![
            vm.new_str(f),
            Value::Int(l as i64),
            vm.new_str(n),
            Value::Int(cc as i64),
            Value::Int(nc as i64),
            Value::Float(tt),
            Value::Float(ct),
        ];
        out.push(vm.new_tuple(items));
    }
    Ok(vm.new_list(out))
}

fn add_fns(vm: &mut Vm, m: &PyRef, owner: &'static str) {
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("_enable", enable),
        ("_disable", disable),
        ("_clear", clear),
        ("_stats", stats),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn(owner, name, f);
        vm.module_set(m, name, v);
    }
}

/// Builds `cProfile` (or `profile`, the same implementation).
pub fn create(vm: &mut Vm, name: &str) -> PyResult<PyRef> {
    let m = vm.new_module(name);
    add_fns(vm, &m, "_lsprof");
    vm.compile_and_run(PROFILE_SOURCE, "<frozen cProfile>", &m)?;
    Ok(m)
}

/// Builds `pstats`.
pub fn create_pstats(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("pstats");
    vm.compile_and_run(PSTATS_SOURCE, "<frozen pstats>", &m)?;
    Ok(m)
}
