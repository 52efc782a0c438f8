//! The `time` module: the clocks scripts use to time themselves, and `sleep`.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::object::PyRef;
use crate::value::Value;
use crate::vm::numeric::{as_float, as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

fn now_unix() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn clock_ns(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; clock_gettime only writes it.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64
}

fn time(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(now_unix().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(now_unix().as_nanos() as i64))
}

fn perf_counter(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(clock_ns(libc::CLOCK_MONOTONIC) as f64 / 1e9))
}

fn perf_counter_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn process_time(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(
        clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 / 1e9,
    ))
}

fn process_time_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "time.sleep", 1)?;
    let secs = match (as_float(&a.args[0]), as_int(&a.args[0])) {
        (Some(f), _) => f,
        (_, Some(IntArg::Small(i))) => i as f64,
        (_, Some(IntArg::Big(_))) => {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"))
        }
        _ => {
            return Err(vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&a.args[0])
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout().map_err(|e| vm.os_error(&e))?;
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    // Sleep in slices so Ctrl-C interrupts promptly; other threads run meanwhile.
    let interrupted = vm.allow_threads(|| loop {
        let now = Instant::now();
        if now >= deadline {
            return false;
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(50)));
        if crate::vm::signals::interrupt_pending() {
            return true;
        }
    });
    if interrupted {
        return Err(vm.take_interrupt());
    }
    Ok(Value::None)
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("time");
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("time", name, f);
        vm.module_set(&m, name, v);
    }
    m
}
