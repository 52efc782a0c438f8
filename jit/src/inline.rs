//! In-line expansion of small pure callees.
//!
//! A direct call (plan `CallDirect`) whose callee is one run of instructions that only read
//! its parameters, constants and instance attributes, do typed arithmetic and comparisons
//! on them and combine them with `not`, `and` and `or` (spectral_norm's `eval_a`,
//! `return self.x * other.x + self.y * other.y`, `return self.holding or (self.waiting
//! and not self.pending)`) is translated in the caller, with no call: the
//! callee's instructions are planned here from its own feedback and the kinds of the
//! arguments, and lowered on the caller's abstract stack. Such a body cannot be observed
//! while it runs (no code runs, nothing is stored, no object is made or freed), so each of
//! its checks (a guard, an attribute the cache does not give, another method at a
//! polymorphic site, a profiler, the recursion limit) may abandon it at any point and make
//! the call for real instead, in one cold block per call (the callee found at run time,
//! `Tx::call_dynamic`): no exit, no recompilation. `and`/`or` evaluate both sides and pick
//! the value with selects, which is the same thing when nothing can be observed. A float
//! result stays unboxed; a real call that returns something else continues in the
//! interpreter after the `CALL`.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value as V};
use heron_runtime::abi::TAG_FLOAT;
use heron_runtime::object::{Obj, Payload};

use crate::analysis::{Cfg, Decline, Instr, LocalKind};
use crate::codecache::CodeCache;
use crate::deopt::Fix;
use crate::feedback::Callee;
use crate::translate::{AVal, Own, Repr, Tx};
use crate::typeflow::{self, AbsState, Facts, Kind, Known, Plan};

/// The longest callee body (instructions, `RESUME` and `RETURN_VALUE` included) expanded in
/// line: beyond a few lines of arithmetic the call's own cost no longer matters.
const MAX_BODY: usize = 32;

/// The callee's instructions with their plans, when `callee` (called with arguments of
/// kinds `args`) is one run of local loads, constant loads, instance attribute loads,
/// typed arithmetic and comparisons, `not`, `and` and `or` (forward jumps that keep their
/// operand), ending in `return`. `None` for anything else.
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
    // States arriving at the targets of the forward jumps of `and`/`or` seen so far.
    let mut incoming: HashMap<u32, Vec<AbsState>> = HashMap::new();
    for i in &cfg.instrs {
        if let Some(states) = incoming.remove(&i.pc) {
            for other in states {
                if other.stack.len() != st.stack.len() {
                    return None;
                }
                for (a, b) in st.stack.iter_mut().zip(&other.stack) {
                    if a.kind != b.kind {
                        *a = typeflow::Abs::of(Kind::Boxed);
                    }
                }
            }
        }
        let plan = typeflow::plan(&st, i, &f);
        let pure = match &plan {
            Plan::Nop
            | Plan::IntBin(_)
            | Plan::IntTrueDiv
            | Plan::FloatBin(_)
            | Plan::IntNeg
            | Plan::FloatNeg
            | Plan::IntCmp(_)
            | Plan::FloatCmp(_)
            | Plan::IsOp(_)
            | Plan::Not => true,
            Plan::Return => incoming.is_empty(),
            // `a and b`, `a or b`: evaluated as selects (see `Tx::call_in_line`).
            Plan::JumpOrPop(_) => i.arg > i.pc,
            Plan::LoadFast { slot, .. } => (*slot as usize) < args.len(),
            Plan::LoadConst(k) => cd.consts.get(*k as usize).is_some(),
            // An instance attribute of a boxed value (a miss makes the real call).
            Plan::LoadAttrPoly { .. } => st.stack.last().is_some_and(|a| a.kind == Kind::Boxed),
            _ => false,
        };
        if !pure {
            return None;
        }
        if let Plan::JumpOrPop(_) = plan {
            let mut taken = st.clone();
            typeflow::apply(&mut taken, i, &plan, &f, true);
            incoming.entry(i.arg).or_default().push(taken);
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

    /// CALL of `callee` (plan `CallDirect`) with its `body` lowered here: a plain function's
    /// identity guarded as for a direct call; then, with every check branching to the real
    /// call (see the module docs): a method compared with the planned one, what the call
    /// would show (a profiler, the recursion limit), and the body on the arguments. The
    /// call's operands are released as the callee's frame and the CALL would release them;
    /// the result is the CALL's.
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
        // The call made for real (the callee found at run time, as for a call compile time
        // does not know), in a cold block every check of the body branches to: another
        // method at a polymorphic site, an attribute the cache does not give, a value
        // outside the fast paths, a profiler, the recursion limit. It leaves the state as
        // the body does.
        if !method {
            self.guard_identity(&callable, known);
        }
        // Heap-borrowed entries below the operands are owned on both paths (the real call
        // runs code); the operands stay borrowed (nothing runs in the body, and the real
        // call takes them owned).
        self.own_heap_borrowed_below(len - argc - 2);
        let bail = self.b.create_block();
        self.b.set_cold_block(bail);
        let saved = self.state.clone();
        if method {
            let Repr::Boxed { tag, payload } = callable.repr else {
                unreachable!("a method is boxed")
            };
            self.keep(known.addr());
            let same = self.is_object_at(tag, payload, known.addr());
            self.continue_if_or(bail, same);
        }
        let ok = self.unobserved();
        self.continue_if_or(bail, ok);
        self.inline_bail = Some(bail);
        // The parameters read the CALL's operands, which stay on the stack meanwhile. They
        // carry no origin: a check in the body must not refine the caller's locals, which
        // the real call leaves as they are.
        let args: Vec<AVal> = self.state.stack[len - nargs..]
            .iter()
            .map(|a| AVal {
                own: match a.own {
                    Own::Owned => Own::Borrowed,
                    o => o,
                },
                abs: crate::typeflow::Abs {
                    origin: None,
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
        // `and`/`or` are evaluated eagerly (nothing in the body is observable, and a check
        // on a path not taken only makes the real call): each jump's operand
        // is recorded with the condition under which control would have gone to its target
        // (`pred`: the condition of reaching the current instruction), and at the target the
        // value is chosen by selects.
        let mut pred: Option<V> = None;
        let mut incoming: HashMap<u32, Vec<(V, AVal)>> = HashMap::new();
        for (i, plan) in body {
            if let Some(arrivals) = incoming.remove(&i.pc) {
                let x = self.pop();
                let (mut t, mut p) = self.boxed(&x);
                let mut own = x.own;
                for (c, v) in arrivals {
                    let (vt, vp) = self.boxed(&v);
                    t = self.b.ins().select(c, vt, t);
                    p = self.b.ins().select(c, vp, p);
                    if v.own != Own::Free {
                        own = Own::HeapBorrowed;
                    }
                    pred = pred.map(|q| self.b.ins().bor(q, c));
                }
                self.push(AVal {
                    abs: crate::typeflow::Abs::of(Kind::Boxed),
                    repr: Repr::Boxed { tag: t, payload: p },
                    own,
                });
            }
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
                Plan::JumpOrPop(if_true) => {
                    let v = self.pop();
                    let c = self.truth_in_line(&v);
                    let not_c = self.b.ins().bxor_imm_u(c, 1);
                    let (go, stay) = if *if_true { (c, not_c) } else { (not_c, c) };
                    let (go, stay) = match pred {
                        Some(q) => (self.b.ins().band(q, go), self.b.ins().band(q, stay)),
                        None => (go, stay),
                    };
                    incoming.entry(i.arg).or_default().push((go, v));
                    pred = Some(stay);
                }
                Plan::Not => {
                    let a = self.pop();
                    let c = self.truth_in_line(&a);
                    let r = self.b.ins().bxor_imm_u(c, 1);
                    self.push_kind(Kind::Bool, Repr::Bool(r));
                }
                Plan::Return => {
                    let a = self.pop();
                    result = Some(self.own(a));
                }
                _ => {
                    if let Err(e) = self.lower(i, plan) {
                        self.inline_bail = None;
                        return Err(e);
                    }
                }
            }
        }
        self.inline_bail = None;
        let r = result.expect("an in-line body ends in return");
        debug_assert_eq!(self.state.stack.len(), len, "in-line body left its stack");
        // The callee's frame releases its parameters in order, then CALL the function (and
        // the NULL below a plain function).
        let operands = self.state.stack.split_off(len - argc - 2);
        let first = 2 - method as usize;
        for a in operands[first..].iter().chain(&operands[..first]) {
            self.consume(a);
        }
        // A float result stays unboxed (float code after the call uses it as it is); the real
        // call's result must then be a float too, or the interpreter continues after the
        // CALL with it.
        let float = matches!(r.repr, Repr::Float(_));
        let join = self.b.create_block();
        let result = if float {
            let Repr::Float(f) = r.repr else {
                unreachable!()
            };
            let jf = self.b.append_block_param(join, types::F64);
            self.b.ins().jump(join, &[f.into()]);
            AVal {
                abs: crate::typeflow::Abs::of(Kind::Float),
                repr: Repr::Float(jf),
                own: Own::Free,
            }
        } else {
            let jt = self.b.append_block_param(join, types::I64);
            let jp = self.b.append_block_param(join, types::I64);
            let (t, p) = self.boxed(&r);
            self.b.ins().jump(join, &[t.into(), p.into()]);
            AVal {
                abs: crate::typeflow::Abs::of(Kind::Boxed),
                repr: Repr::Boxed {
                    tag: jt,
                    payload: jp,
                },
                own: Own::Owned,
            }
        };
        let after = self.state.clone();

        self.b.switch_to_block(bail);
        self.state = saved;
        let sa = self.spill_operands(argc + 2);
        self.before_call();
        let (t, p) = self.call_dynamic(sa, argc, Some(method));
        self.sync_frame(false);
        self.check_raw(t);
        self.restore_borrows(&after);
        self.state = after;
        if float {
            let is_f = self.eq_imm(t, TAG_FLOAT as i64);
            let other = self.b.create_block();
            let ok = self.b.create_block();
            self.b.set_cold_block(other);
            self.b.ins().brif(is_f, ok, &[], other, &[]);
            self.b.switch_to_block(other);
            let mut snap = self.state.clone();
            snap.stack.push(AVal {
                abs: crate::typeflow::Abs::of(Kind::Boxed),
                repr: Repr::Boxed { tag: t, payload: p },
                own: Own::Owned,
            });
            let (pc, next) = (self.cur.pc, self.cur.next);
            let exit = self.exit_block(
                &snap,
                pc,
                next,
                false,
                "call result not a float",
                Fix::Generic(pc),
            );
            self.b.ins().jump(exit, &[]);
            self.b.switch_to_block(ok);
            let f = self.b.ins().bitcast(types::F64, MemFlagsData::new(), p);
            self.b.ins().jump(join, &[f.into()]);
        } else {
            self.b.ins().jump(join, &[t.into(), p.into()]);
        }
        self.b.switch_to_block(join);
        self.push(result);
        Ok(())
    }
}
