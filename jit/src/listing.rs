//! A readable listing of how tier 2 compiles a function: the kinds at each block entry, the
//! plan chosen for each instruction, and the exits (guards) of the generated code. The
//! lowering tests (`jit/tests/lowering.rs`) compare it with checked-in text; `heron`'s dumps
//! show the CLIF and machine code instead.
//!
//! Addresses never appear (known objects are named), so the text is stable across runs.

use std::fmt::Write as _;

use heron_runtime::object::{Obj, Payload, PyRef};
use heron_runtime::Vm;

use crate::analysis::{describe, Cfg, Decline};
use crate::compile::{self, Request};
use crate::deopt::{Fix, SlotKind};
use crate::tier::JitTier;
use crate::typeflow::{self, AbsState, Facts, Known, Plan};

/// The listing of function object `func` compiled now (with its current feedback).
pub fn listing(tier: &JitTier, vm: &Vm, func: &PyRef) -> Result<String, Decline> {
    let Payload::Function(fd) = &func.payload else {
        return Err(Decline("not a function".into()));
    };
    let code = fd.code.borrow().clone();
    let state = tier
        .cache
        .state_of(&code)
        .ok_or_else(|| Decline("not a code object".into()))?;
    let req = Request {
        vm,
        state,
        globals: fd.globals.clone(),
        builtins: fd.builtins.clone(),
    };
    let compiled = compile::compile(tier, &req)?;
    let cd = state.code_data();
    let mut cfg = Cfg::build(cd)?;
    cfg.add_handler_roots(cd)?;
    let profile = state.profile.borrow().clone();
    let facts = Facts {
        vm,
        cd,
        globals: Some(req.globals.clone()),
        builtins: Some(req.builtins.clone()),
        profile: &profile,
        cache: &tier.cache,
        fused_slices: cfg.fused_slices(),
        list_loops: cfg.list_loops(),
    };
    let co = &cd.code;
    let nparams = co.argcount as usize + co.kwonlyargcount as usize;
    let headers = cfg.osr_headers();
    cfg.infer_kinds(&facts, nparams, &headers);
    let mut out = format!(
        "function {} ({} words, {} blocks)\n",
        state.name,
        cd.nwords(),
        cfg.blocks.len()
    );
    for (bi, b) in cfg.blocks.iter().enumerate() {
        let Some(entry) = &b.entry else { continue };
        let mut tags = Vec::new();
        if bi == 0 {
            tags.push("start");
        }
        if cfg.resume == Some(bi) {
            tags.push("resume");
        }
        if b.loop_header {
            tags.push("loop header");
        }
        if b.resume_point {
            tags.push("after yield");
        }
        let tags = if tags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", tags.join(", "))
        };
        let _ = writeln!(out, "block {}{}: {}", b.start * 2, tags, describe(entry));
        let mut st = AbsState::from_entry(entry);
        for k in b.first..=b.last {
            let i = cfg.instrs[k];
            let p = typeflow::plan(&st, &i, &facts);
            let _ = writeln!(
                out,
                "  {:>4} {:<26} {}",
                i.pc * 2,
                format!("{} {}", i.op.name(), i.arg),
                plan_text(&p)
            );
            if k < b.last {
                typeflow::apply(&mut st, &i, &p, &facts, false);
            }
        }
    }
    let exits = compiled
        .table
        .exits
        .get()
        .map(|e| e.as_slice())
        .unwrap_or(&[]);
    let _ = writeln!(out, "exits:");
    for (n, e) in exits.iter().enumerate() {
        let slots: Vec<&str> = e
            .locals
            .iter()
            .chain(e.stack.iter())
            .map(|s| slot_text(*s))
            .collect();
        let resume = if e.resume != e.pc {
            format!(" resume {}", e.resume * 2)
        } else {
            String::new()
        };
        let fix = match e.fix {
            Fix::None => String::new(),
            Fix::Generic(pc) => format!(" -> generic @{}", pc * 2),
            Fix::Widen(pc) => format!(" -> widen @{}", pc * 2),
            Fix::NoSpec(h, s) => format!(" -> box slot {s} @{}", h * 2),
            Fix::Refresh => " -> refresh".into(),
        };
        let kind = if e.exception { "raise" } else { "deopt" };
        let _ = writeln!(
            out,
            "  #{n:<3} {kind} @{}{resume}: {}{fix} [{}]",
            e.pc * 2,
            e.reason,
            slots.join(" ")
        );
    }
    Ok(out)
}

fn slot_text(s: SlotKind) -> &'static str {
    match s {
        SlotKind::Boxed { owned: true } => "b",
        SlotKind::Boxed { owned: false } => "b&",
        SlotKind::Int => "i",
        SlotKind::Float => "f",
        SlotKind::Bool => "z",
        SlotKind::Null => "0",
        SlotKind::RangeObj => "R",
        SlotKind::RangeIter => "r",
        SlotKind::ListIter => "l",
    }
}

/// A name for a known object (no addresses).
fn known_text(k: Option<Known>) -> String {
    let Some(k) = k else { return "?".into() };
    // SAFETY: known addresses are live objects held by namespaces or the compiled code.
    let o: &Obj = unsafe { &*(k.addr() as *const Obj) };
    match &o.payload {
        Payload::Function(fd) => fd.name.borrow().as_str().unwrap_or("?").to_string(),
        Payload::Builtin(b) => b.name.to_string(),
        Payload::Type(t) => t.name(),
        Payload::Module { name } => name.borrow().as_str().unwrap_or("?").to_string(),
        _ => o.type_name(),
    }
}

fn plan_text(p: &Plan) -> String {
    match p {
        Plan::LoadGlobal { slot, null } => {
            let name = known_text(slot.obj.map(Known::Likely));
            format!(
                "LoadGlobal {}{}{}",
                name,
                if slot.in_builtins { " (builtins)" } else { "" },
                if *null { " +NULL" } else { "" }
            )
        }
        Plan::LoadAttrModule(s) | Plan::LoadMethodModule(s) => {
            let m = if matches!(p, Plan::LoadMethodModule(_)) {
                "LoadMethodModule"
            } else {
                "LoadAttrModule"
            };
            format!("{m} -> {}", known_text(s.obj.map(Known::Likely)))
        }
        Plan::LoadAttrPoly { seed, .. } => format!("LoadAttrPoly seed {}", attr_seed(seed.1)),
        Plan::StoreAttrPoly { seed, .. } => format!("StoreAttrPoly seed {}", attr_seed(seed.1)),
        Plan::LoadMethodPoly { seed, .. } => format!(
            "LoadMethodPoly seed {}",
            known_text(Some(Known::Exact(seed.1)))
        ),
        Plan::CallIntrinsic { intr, argc, .. } => {
            format!("CallIntrinsic {} argc={argc}", intr.name())
        }
        Plan::CallDirect {
            callee,
            argc,
            method,
            ..
        } => {
            let name = known_text(Some(Known::Exact(callee.func)));
            format!(
                "CallDirect {name} argc={argc}{}",
                if *method { " method" } else { "" }
            )
        }
        Plan::CallInit {
            init, argc, class, ..
        } => format!(
            "CallInit {} then {} argc={argc}",
            known_text(Some(*class)),
            known_text(Some(Known::Exact(init.func)))
        ),
        Plan::BinDunder { class, dunder, .. } => format!(
            "BinDunder {} then {}",
            known_text(Some(Known::Exact(*class))),
            known_text(Some(Known::Exact(dunder.func)))
        ),
        Plan::CallNative {
            argc,
            callee,
            method,
        } => format!(
            "CallNative {} argc={argc}{}",
            known_text(Some(*callee)),
            if *method { " method" } else { "" }
        ),
        Plan::CallGeneric { argc, kwnames } => format!(
            "CallGeneric argc={argc}{}",
            if kwnames.is_some() { " kw" } else { "" }
        ),
        Plan::Decline(r) => format!("Decline({r})"),
        other => format!("{other:?}"),
    }
}

/// An instance attribute site's interpreter entry: a dict entry or a slot.
fn attr_seed(ix: u32) -> String {
    let slot = heron_runtime::vm::specialize::SLOT_ENTRY as u32;
    if ix & slot != 0 {
        format!("slot {}", ix & !slot)
    } else {
        format!("entry {ix}")
    }
}
