//! In-line expansion of small pure callees.
//!
//! A direct call (plan `CallDirect`) whose callee is one straight run of instructions that
//! only read its parameters, constants and instance attributes and do typed arithmetic on
//! them (`return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)`, `return self.x * other.x +
//! self.y * other.y`) is translated in the caller, with no call: the
//! callee's instructions are planned here from its own feedback and the kinds of the
//! arguments, and lowered on the caller's abstract stack. Such a body cannot be observed
//! while it runs (no code runs, nothing is stored, no object is made or freed), so each of
//! its guards exits to the state before the caller's `CALL`: the interpreter then makes the
//! call as if the compiled code had never started it, and a guard that keeps failing
//! recompiles the caller with that `CALL` generic (the fix names the call's word).

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{types, InstBuilder};
use heron_runtime::abi::TAG_OBJ;
use heron_runtime::object::{Obj, Payload};

use crate::analysis::{Cfg, Decline, Instr, LocalKind};
use crate::codecache::CodeCache;
use crate::feedback::Callee;
use crate::translate::{AVal, Own, Repr, Tx};
use crate::typeflow::{self, AbsState, Facts, Kind, Known, Plan};

/// The longest callee body (instructions, `RESUME` and `RETURN_VALUE` included) expanded in
/// line: beyond a few lines of arithmetic the call's own cost no longer matters.
const MAX_BODY: usize = 32;

/// The callee's instructions with their plans, when `callee` (called with arguments of
/// kinds `args`) is one straight run of local loads, constant loads, instance attribute
/// loads and typed arithmetic ending in `return`. `None` for anything else.
pub fn body(facts: &Facts, callee: &Callee, args: &[Kind]) -> Option<Vec<(Instr, Plan)>> {
    if args.len() != callee.argcount {
        return None;
    }
    if !args
        .iter()
        .all(|k| matches!(k, Kind::Int | Kind::Float | Kind::Bool | Kind::Boxed))
    {
        return None;
    }
    // SAFETY: the callee's code object is alive at compile time (its function holds it, and
    // the compiled caller keeps the function).
    let code = unsafe { &*(callee.code as *const Obj) };
    let Payload::Code(cd) = &code.payload else {
        return None;
    };
    let state = CodeCache::get(cd)?;
    if state.observes_frame {
        return None;
    }
    let cfg = Cfg::build(cd).ok()?;
    if cfg.instrs.len() > MAX_BODY {
        return None;
    }
    let profile = state.profile.borrow().clone();
    let f = Facts {
        vm: facts.vm,
        cd,
        globals: None,
        builtins: None,
        profile: &profile,
        cache: facts.cache,
        fused_slices: HashMap::new(),
        list_loops: HashSet::new(),
    };
    let mut locals: Vec<LocalKind> = args
        .iter()
        .map(|&kind| LocalKind { kind, bound: true })
        .collect();
    locals.resize(
        cd.code.nlocalsplus(),
        LocalKind {
            kind: Kind::Boxed,
            bound: false,
        },
    );
    let mut st = AbsState {
        locals,
        stack: Vec::new(),
        kwnames: None,
    };
    let mut out = Vec::new();
    for i in &cfg.instrs {
        let plan = typeflow::plan(&st, i, &f);
        let pure = match &plan {
            Plan::Nop
            | Plan::IntBin(_)
            | Plan::IntTrueDiv
            | Plan::FloatBin(_)
            | Plan::IntNeg
            | Plan::FloatNeg
            | Plan::Return => true,
            Plan::LoadFast { slot, .. } => (*slot as usize) < args.len(),
            Plan::LoadConst(k) => cd.consts.get(*k as usize).is_some(),
            // An instance attribute of a boxed value: its cache's miss exits too.
            Plan::LoadAttrPoly { .. } => st.stack.last().is_some_and(|a| a.kind == Kind::Boxed),
            _ => false,
        };
        if !pure {
            return None;
        }
        typeflow::apply(&mut st, i, &plan, &f, false);
        let done = matches!(plan, Plan::Return);
        out.push((*i, plan));
        if done {
            return Some(out);
        }
    }
    None
}

impl Tx<'_, '_> {
    /// The body to expand in line for a direct call, if the call qualifies: a callee that
    /// [`body`] accepts for the arguments on the stack (`self` first for a method).
    pub fn inline_body(
        &self,
        callee: &Callee,
        argc: usize,
        method: bool,
    ) -> Option<Vec<(Instr, Plan)>> {
        let len = self.state.stack.len();
        let kinds: Vec<Kind> = self.state.stack[len - argc - method as usize..]
            .iter()
            .map(|a| a.abs.kind)
            .collect();
        body(self.facts, callee, &kinds)
    }

    /// CALL of `callee` (checked to be the function at the site, plan `CallDirect`) with its
    /// `body` lowered here: the function's identity guarded (a method from a polymorphic
    /// site that is another one exits, and one that keeps doing so makes the CALL generic),
    /// then what the call would have shown checked on an exit before it (a profiler, the
    /// recursion limit; the interpreter then makes the call), then the body on the
    /// arguments, whose guards exit before the call too. The call's operands are released
    /// as the callee's frame and the CALL would release them; the result is the CALL's.
    pub fn call_in_line(
        &mut self,
        callee: &Callee,
        argc: usize,
        known: Known,
        method: bool,
        body: &[(Instr, Plan)],
    ) -> Result<(), Decline> {
        let len = self.state.stack.len();
        let nargs = argc + method as usize;
        let callable = self.state.stack[len - nargs - 1];
        // A method from a polymorphic site may be another one: that takes the call of a
        // callee found at run time, in a cold block that leaves the state as the body does.
        let join = self.b.create_block();
        let jt = self.b.append_block_param(join, types::I64);
        let jp = self.b.append_block_param(join, types::I64);
        if method {
            let Repr::Boxed { tag, payload } = callable.repr else {
                unreachable!("a method is boxed")
            };
            self.keep(known.addr());
            let t = self.eq_imm(tag, TAG_OBJ as i64);
            let p = self.eq_imm(payload, known.addr() as i64);
            let same = self.b.ins().band(t, p);
            // Heap-borrowed entries are owned on both paths (the other call runs code).
            self.own_heap_borrowed();
            let other = self.b.create_block();
            let here = self.b.create_block();
            self.b.set_cold_block(other);
            self.b.ins().brif(same, here, &[], other, &[]);
            self.b.switch_to_block(other);
            let saved = self.state.clone();
            let sa = self.spill_operands(argc + 2);
            self.before_call();
            let (t, p) = self.call_dynamic(sa, argc, Some(true));
            self.sync_frame(false);
            self.check_raw(t);
            let mut below = saved.clone();
            below.stack.truncate(len - argc - 2);
            self.restore_borrows(&below);
            self.state = saved;
            self.b.ins().jump(join, &[t.into(), p.into()]);
            self.b.switch_to_block(here);
        } else {
            self.guard_identity(&callable, known);
        }
        self.guard_unobserved("call observable");
        // The parameters read the CALL's operands, which stay on the stack meanwhile. For a
        // method they carry no origin: a guard in the body must not refine the caller's
        // locals, which the other path leaves as they are.
        let args: Vec<AVal> = self.state.stack[len - nargs..]
            .iter()
            .map(|a| AVal {
                own: match a.own {
                    Own::Owned => Own::Borrowed,
                    o => o,
                },
                abs: crate::typeflow::Abs {
                    origin: if method { None } else { a.abs.origin },
                    ..a.abs
                },
                ..*a
            })
            .collect();
        // SAFETY: as in `body`: the callee's code object is alive at compile time.
        let code = unsafe { &*(callee.code as *const Obj) };
        let Payload::Code(cd) = &code.payload else {
            unreachable!("a function's code object")
        };
        let mut result = None;
        for (i, plan) in body {
            match plan {
                Plan::Nop => {}
                Plan::LoadFast { slot, .. } => {
                    let a = args[*slot as usize];
                    self.push(a);
                }
                Plan::LoadConst(k) => {
                    let v = cd.consts[*k as usize].clone();
                    if let Some(o) = v.as_obj() {
                        self.keep(o.as_ptr() as usize);
                    }
                    self.push_const(v);
                }
                Plan::LoadAttrPoly { seed, name } => {
                    self.keep(*name);
                    self.load_attr_in_line(*seed, *name);
                }
                Plan::Return => {
                    let a = self.pop();
                    result = Some(self.own(a));
                }
                _ => {
                    self.lower(i, plan)?;
                }
            }
        }
        let r = result.expect("an in-line body ends in return");
        debug_assert_eq!(self.state.stack.len(), len, "in-line body left its stack");
        // The callee's frame releases its parameters in order, then CALL the function (and
        // the NULL below a plain function).
        let operands = self.state.stack.split_off(len - argc - 2);
        let first = 2 - method as usize;
        for a in operands[first..].iter().chain(&operands[..first]) {
            self.consume(a);
        }
        let (t, p) = self.boxed(&r);
        self.b.ins().jump(join, &[t.into(), p.into()]);
        self.b.switch_to_block(join);
        self.push_boxed(jt, jp);
        Ok(())
    }
}
