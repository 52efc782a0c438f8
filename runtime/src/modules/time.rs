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
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
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
    let m = vm.new_module("_time");
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
    add_conversions(vm, &m);
    m
}

fn tm_tuple(vm: &mut Vm, tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone, when set by gmtime_r/localtime_r, points to a NUL-terminated
        // string with static lifetime inside the C library.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .to_string()
    };
    let zone = vm.new_str(zone);
    let items = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(tm.tm_gmtoff),
    ];
    vm.new_tuple(items)
}

fn secs_arg(vm: &Vm, a: &Args) -> PyResult<libc::time_t> {
    match a.args.first() {
        Some(Value::Int(n)) => Ok(*n as libc::time_t),
        Some(Value::Bool(b)) => Ok(*b as libc::time_t),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if f.abs() > 1e17 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.trunc() as libc::time_t)
        }
        _ => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

/// `_gmtime(secs)` / `_localtime(secs)`: the 11 fields of a struct_time.
fn conv_time(vm: &mut Vm, a: Args, local: bool) -> PyResult<Value> {
    let t = secs_arg(vm, &a)?;
    // SAFETY: an all-zero `tm` is a valid value (a null tm_zone pointer included).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the duration of the call; the _r variants are
    // thread-safe and only write `tm`.
    let r = unsafe {
        if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    if r.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(vm, &tm))
}

fn gmtime_fields(vm: &mut Vm, a: Args) -> PyResult<Value> {
    conv_time(vm, a, false)
}

fn localtime_fields(vm: &mut Vm, a: Args) -> PyResult<Value> {
    conv_time(vm, a, true)
}

/// A C `tm` from the 9 ints `(year, mon, mday, hour, min, sec, wday, yday, isdst)`.
fn tm_from(vm: &Vm, v: &Value) -> PyResult<libc::tm> {
    let items: Vec<i64> = match v.payload() {
        Some(crate::object::Payload::Tuple(t)) => t
            .iter()
            .map(|x| match x {
                Value::Int(n) => Ok(*n),
                Value::Bool(b) => Ok(*b as i64),
                _ => Err(vm.type_error("an integer is required")),
            })
            .collect::<PyResult<_>>()?,
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() < 9 {
        return Err(vm.type_error("time tuple must have 9 elements"));
    }
    // SAFETY: an all-zero `tm` is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (items[0] - 1900) as i32;
    tm.tm_mon = (items[1] - 1) as i32;
    tm.tm_mday = items[2] as i32;
    tm.tm_hour = items[3] as i32;
    tm.tm_min = items[4] as i32;
    tm.tm_sec = items[5] as i32;
    tm.tm_wday = ((items[6] + 1) % 7) as i32;
    tm.tm_yday = (items[7] - 1) as i32;
    tm.tm_isdst = items[8] as i32;
    Ok(tm)
}

fn mktime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.args.first() else {
        return Err(vm.type_error("mktime() takes exactly one argument (0 given)"));
    };
    let mut tm = tm_from(vm, v)?;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable struct; mktime normalises it in place.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

/// `_strftime(format, fields)`, formatted by the C library as CPython does.
fn strftime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [f, t] = a.args else {
        return Err(vm.type_error("_strftime() takes exactly 2 arguments"));
    };
    let fmt = f.as_str().unwrap_or("").to_string();
    let tm = tm_from(vm, t)?;
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt.as_str()) else {
        return Err(vm.value_error("embedded null character"));
    };
    let mut size = 1024usize.max(fmt.len() * 16);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated and `tm` valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size > 1 << 20 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).to_string()));
        }
        size *= 8;
    }
}

fn tz_info(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset only reads the TZ environment variable and updates libc globals.
    unsafe { tzset() };
    let now = now_unix().as_secs() as libc::time_t;
    let mut parts = Vec::new();
    for t in [now - now % 31_536_000, now - now % 31_536_000 + 15_768_000] {
        // SAFETY: an all-zero `tm` is valid; localtime_r only writes it.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        // SAFETY: valid pointers for the duration of the call.
        unsafe { libc::localtime_r(&t, &mut tm) };
        parts.push(tm_tuple(vm, &tm));
    }
    Ok(vm.new_tuple(parts))
}

/// Registers the calendar conversions used by `time.py`.
pub fn add_conversions(vm: &mut Vm, m: &PyRef) {
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("_gmtime", gmtime_fields),
        ("_localtime", localtime_fields),
        ("mktime", mktime),
        ("_strftime", strftime),
        ("_tzinfo", tz_info),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("time", name, f);
        vm.module_set(m, name, v);
    }
}
