//! The `gc` module: control of the cycle collector (`runtime/src/gc.rs`).

use crate::object::PyRef;
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

fn collect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = match a.get(0, "generation") {
        Some(v) => match as_int(v) {
            Some(IntArg::Small(g)) if (0..=2).contains(&g) => g as usize,
            Some(_) => return Err(vm.value_error("invalid generation")),
            None => {
                return Err(vm.type_error(&format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        },
        None => 2,
    };
    run_callbacks(vm, "start", g, 0)?;
    let n = vm.collect_cycles(g);
    vm.run_pending_finalizers();
    run_callbacks(vm, "stop", g, n)?;
    Ok(Value::Int(n as i64))
}

fn run_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize) -> PyResult<()> {
    let Some(cbs) = vm.module_attr("gc", "callbacks") else {
        return Ok(());
    };
    let cbs = vm.collect_iter(&cbs)?;
    if cbs.is_empty() {
        return Ok(());
    }
    let info = vm.new_dict_ref();
    for (k, v) in [
        ("generation", generation),
        ("collected", collected),
        ("uncollectable", 0),
    ] {
        let key = vm.new_str(k);
        crate::vm::ops::dict_set(vm, &info, key, Value::Int(v as i64))?;
    }
    let p = vm.new_str(phase);
    for cb in cbs {
        vm.call(&cb, Args::new(&[p.clone(), Value::Obj(info.clone())]))?;
    }
    Ok(())
}

fn enable(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    crate::gc::enable(true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    crate::gc::enable(false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(crate::gc::is_enabled()))
}

fn get_count(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let c = crate::gc::counts();
    Ok(vm.new_tuple(c.iter().map(|&x| Value::Int(x as i64)).collect()))
}

fn get_threshold(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let t = crate::gc::thresholds();
    Ok(vm.new_tuple(t.iter().map(|&x| Value::Int(x as i64)).collect()))
}

fn set_threshold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &a, "set_threshold", 1, 3)?;
    let mut t = [None; 3];
    for (i, v) in a.args.iter().enumerate() {
        match as_int(v) {
            Some(IntArg::Small(x)) => t[i] = Some(x.max(0) as usize),
            _ => {
                return Err(vm.type_error(&format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        }
    }
    crate::gc::set_thresholds(t);
    Ok(Value::None)
}

fn get_stats(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for s in crate::gc::stats() {
        let d = vm.new_dict_ref();
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            let key = vm.new_str(k);
            crate::vm::ops::dict_set(vm, &d, key, Value::Int(v as i64))?;
        }
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}

fn get_objects(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g =
        match a.get(0, "generation") {
            Some(Value::Int(g)) if (0..=2).contains(g) => Some(*g as usize),
            Some(Value::Int(_)) => return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            )),
            _ => None,
        };
    let objs = crate::gc::objects(g);
    Ok(vm.new_list(objs.into_iter().map(Value::Obj).collect()))
}

fn is_tracked(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "is_tracked", 1)?;
    Ok(Value::Bool(match &a.args[0] {
        Value::Obj(o) => crate::gc::is_tracked(o),
        _ => false,
    }))
}

fn is_finalized(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::exact_args(vm, &a, "is_finalized", 1)?;
    Ok(Value::Bool(match &a.args[0] {
        Value::Obj(o) => o.flags.get() & crate::object::FLAG_FINALIZED != 0,
        _ => false,
    }))
}

fn get_referents(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for v in a.args {
        if let Value::Obj(o) = v {
            crate::gc::traverse(o, &mut |c| out.push(Value::Obj(PyRef::from_obj(c))));
        }
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let targets: Vec<usize> = a
        .args
        .iter()
        .filter_map(|v| v.as_obj().map(|o| o.addr()))
        .collect();
    let mut out = Vec::new();
    for o in crate::gc::objects(None) {
        let mut hit = false;
        crate::gc::traverse(&o, &mut |c| hit |= targets.contains(&c.addr()));
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("gc");
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_stats", get_stats),
        ("get_objects", get_objects),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("get_referents", get_referents),
        ("get_referrers", get_referrers),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("gc", name, f);
        vm.module_set(&m, name, v);
    }
    let garbage = vm.new_list(vec![]);
    vm.module_set(&m, "garbage", garbage);
    let callbacks = vm.new_list(vec![]);
    vm.module_set(&m, "callbacks", callbacks);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.module_set(&m, name, Value::Int(v));
    }
    m
}
