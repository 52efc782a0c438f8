//! Slice-to-slice assignment without the temporary list.
//!
//! `dst[a2:b2] = src[a1:b1:s1]` compiles to a subscript whose result only the store takes.
//! When the instructions between the two are pure (loads of locals and constants, typed
//! arithmetic: nothing that runs code, changes a local or raises), the subscript is deferred:
//! its operands stay on the abstract stack and the store does both in one helper call
//! (`heron_rt_slice_move`), which never makes the temporary list and reverses a run of a
//! list in place when that is what the statement does (fannkuch's
//! `perm[:k + 1] = perm[k::-1]`).
//!
//! While a subscript is deferred (the *window*), the guards of the pure instructions leave
//! through the state before the source slice's BUILD_SLICE: the interpreter then redoes the
//! subscript and the pure instructions, which is unobservable. The store itself first guards
//! that the source is an exact list or tuple, the target an exact list and the source slice
//! plain (small ints or None, step not zero), on the same exit, so taking the source slice
//! cannot fail; the store's own errors are raised at the store.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value as V};
use heron_runtime::abi::{self, TAG_INT, TAG_NONE, TAG_OBJ};

use crate::deopt::Fix;
use crate::translate::{AVal, Repr, State, Tx};
use crate::typeflow::{self, Kind, Plan};

/// A deferred source-slice subscript (see the module docs).
#[derive(Clone, Debug)]
pub struct Window {
    /// The state before the subscript (its operands on the stack) and the word of the
    /// BUILD_SLICE before it: where the window's exits resume.
    pub state: State,
    pub resume: u32,
    /// Stack index of the source container; its slice has `n` components above it.
    pub base: usize,
    pub n: u8,
    /// The subscript's word (guards that keep failing make it generic).
    pub pc: u32,
}

/// Whether a plan may run inside a window: no calls, no exception exits, no stores to locals.
fn pure(plan: &Plan) -> bool {
    matches!(
        plan,
        Plan::Nop
            | Plan::LoadFast { check: false, .. }
            | Plan::LoadConst(_)
            | Plan::IntBin(_)
            | Plan::FloatBin(_)
            | Plan::IntNeg
            | Plan::FloatNeg
            | Plan::SliceLater
    )
}

impl Tx<'_, '_> {
    /// At the fused source subscript `cfg.instrs[k]` (plan `SubscrSlice { n, store: false }`):
    /// opens a window when the subscript's result goes straight to a fused slice store of
    /// the same block (instruction `last` at most) through pure instructions only. Returns
    /// whether it did (then the subscript emits nothing).
    pub fn open_slice_window(&mut self, k: usize, last: usize, n: u8) -> bool {
        let i = self.cfg.instrs[k];
        let len = self.state.stack.len();
        let base = len - n as usize - 1;
        if self.facts.generic_at(i.pc)
            || !self.state.stack[base + 1..]
                .iter()
                .all(|a| matches!(a.abs.kind, Kind::Int | Kind::Boxed))
        {
            return false;
        }
        let mut abs = self.state.abs();
        typeflow::apply(
            &mut abs,
            &i,
            &Plan::SubscrSlice { n, store: false },
            self.facts,
            false,
        );
        for j in k + 1..=last {
            let ins = self.cfg.instrs[j];
            let plan = typeflow::plan(&abs, &ins, self.facts);
            if let Plan::SubscrSlice { n: n2, store: true } = plan {
                if abs.stack.len() != base + n2 as usize + 2 {
                    return false;
                }
                self.window = Some(Window {
                    state: self.state.clone(),
                    resume: self.cfg.instrs[k - 1].pc,
                    base,
                    n,
                    pc: i.pc,
                });
                return true;
            }
            let (pops, _) = typeflow::pops_pushes(ins.op, ins.arg, false);
            if !pure(&plan) || abs.stack.len() < base + 1 + pops {
                return false;
            }
            typeflow::apply(&mut abs, &ins, &plan, self.facts, false);
        }
        false
    }

    /// Whether `plan` may be lowered inside the open window.
    pub fn fits_window(&self, plan: &Plan) -> bool {
        pure(plan) || matches!(plan, Plan::SubscrSlice { store: true, .. })
    }

    /// The fused slice store that closes the window: guards (leaving through the window's
    /// exit), then `heron_rt_slice_move` on both containers and slices.
    pub fn slice_move(&mut self, n2: u8) {
        let w = self.window.clone().expect("an open slice window");
        let total = w.n as usize + n2 as usize + 2;
        let len = self.state.stack.len();
        assert_eq!(len, w.base + total, "slice window stack");
        let exit = self.pre_exit("slice assignment operands", Fix::Generic(w.pc));
        let src = self.state.stack[w.base];
        let dst = self.state.stack[w.base + w.n as usize + 1];
        let list = self.facts.vm.types.list.as_ptr() as i64;
        let tuple = self.facts.vm.types.tuple.as_ptr() as i64;
        let ty = self.obj_type(&src, exit);
        let is_list = self.eq_imm(ty, list);
        let is_tuple = self.eq_imm(ty, tuple);
        let ok = self.b.ins().bor(is_list, is_tuple);
        self.guard(ok, exit);
        let ty = self.obj_type(&dst, exit);
        let ok = self.eq_imm(ty, list);
        self.guard(ok, exit);
        for c in 1..=w.n as usize {
            let a = self.state.stack[w.base + c];
            if let Some(ok) = self.plain_component(&a, c == 3) {
                self.guard(ok, exit);
            }
        }
        self.window = None;
        let ops: Vec<AVal> = self.state.stack.split_off(w.base);
        // The entries below are made owned here, on both paths, as the helper call would.
        self.own_stack();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        if w.n == 3 && n2 == 2 {
            self.reverse_in_place(&ops, slow, done);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let addr = self.spill_vals(&ops);
        let spec = self.iconst(w.n as i64 | (n2 as i64) << 8);
        self.before_call();
        let call = self
            .b
            .ins()
            .call(self.h.slice_move, &[self.act, addr, spec]);
        let t = self.b.inst_results(call)[0];
        self.sync_frame(false);
        self.check_raw(t);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `L[:b] = L[a::-1]` (operands `ops`: the source, its three components, the target and
    /// its two) reverses the first `a + 1` items of `L` where they lie when `b` selects as
    /// many: done in line (then `done`), else `slow` takes the general helper. Statically
    /// other shapes go straight to `slow`.
    fn reverse_in_place(
        &mut self,
        ops: &[AVal],
        slow: cranelift_codegen::ir::Block,
        done: cranelift_codegen::ir::Block,
    ) {
        let (src, dst) = (&ops[0], &ops[4]);
        let parts = (
            self.int_component(&ops[1]),
            self.none_component(&ops[2]),
            self.int_component(&ops[3]),
            self.none_component(&ops[5]),
            self.int_component(&ops[6]),
        );
        let (Some((ok_a, a)), Some(ok_stop), Some((ok_step, step)), Some(ok_d0), Some((ok_b, b))) =
            parts
        else {
            self.b.ins().jump(slow, &[]);
            return;
        };
        let (Repr::Boxed { payload: l, .. }, Repr::Boxed { payload: l2, .. }) =
            (src.repr, dst.repr)
        else {
            unreachable!("containers are boxed")
        };
        let same = self.b.ins().icmp(IntCC::Equal, l, l2);
        let step_back = self.b.ins().icmp_imm_s(IntCC::Equal, step, -1);
        let mut ok = self.b.ins().band(same, step_back);
        for c in [ok_a, ok_stop, ok_step, ok_d0, ok_b] {
            ok = self.b.ins().band(ok, c);
        }
        // The source run: start `a` clamped as a step -1 slice clamps it, then `a + 1`
        // items; the target run `[0, b)` clamped to the length.
        let vec = self.layout.list_vec;
        let len = self.load64(l, vec + self.layout.vec_len);
        let zero = self.iconst(0);
        let a_neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a, 0);
        let a_wrapped = self.b.ins().iadd(a, len);
        let a = self.b.ins().select(a_neg, a_wrapped, a);
        let last = self.b.ins().iadd_imm_s(len, -1);
        let a = self.b.ins().smin(a, last);
        let minus_one = self.iconst(-1);
        let a = self.b.ins().smax(a, minus_one);
        let n = self.b.ins().iadd_imm_s(a, 1);
        let b_neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
        let b_wrapped = self.b.ins().iadd(b, len);
        let b = self.b.ins().select(b_neg, b_wrapped, b);
        let b = self.b.ins().smax(b, zero);
        let b = self.b.ins().smin(b, len);
        let same_len = self.b.ins().icmp(IntCC::Equal, b, n);
        let ok = self.b.ins().band(ok, same_len);
        let fast = self.b.create_block();
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        // Swap from both ends inward (nothing to do for fewer than two items; an empty
        // list's item pointer is not to be offset backwards).
        let out = self.b.create_block();
        let swaps = self.b.create_block();
        let two = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, n, 2);
        self.b.ins().brif(two, swaps, &[], out, &[]);
        self.b.switch_to_block(swaps);
        let items = self.load64(l, vec + self.layout.vec_ptr);
        let span = self.b.ins().imul_imm_s(a, abi::VALUE_SIZE as i64);
        let hi = self.b.ins().iadd(items, span);
        let head = self.b.create_block();
        let body = self.b.create_block();
        let i = self.b.append_block_param(head, types::I64);
        let j = self.b.append_block_param(head, types::I64);
        self.b.ins().jump(head, &[items.into(), hi.into()]);
        self.b.switch_to_block(head);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, j);
        self.b.ins().brif(more, body, &[], out, &[]);
        self.b.switch_to_block(body);
        let (t1, p1) = self.load_value(i, 0);
        let (t2, p2) = self.load_value(j, 0);
        self.store_value(t2, p2, i, 0);
        self.store_value(t1, p1, j, 0);
        let i2 = self.b.ins().iadd_imm_s(i, abi::VALUE_SIZE as i64);
        let j2 = self.b.ins().iadd_imm_s(j, -(abi::VALUE_SIZE as i64));
        self.b.ins().jump(head, &[i2.into(), j2.into()]);
        self.b.switch_to_block(out);
        for a in ops {
            self.drop_val(a);
        }
        self.b.ins().jump(done, &[]);
    }

    /// (is an int, its value) for a slice component, or None when it never is.
    fn int_component(&mut self, a: &AVal) -> Option<(V, V)> {
        match a.repr {
            Repr::Int(x) => Some((self.b.ins().iconst(types::I8, 1), x)),
            Repr::Boxed { tag, payload } => Some((self.eq_imm(tag, TAG_INT as i64), payload)),
            _ => None,
        }
    }

    /// Whether a slice component is None, or None when it never is.
    fn none_component(&mut self, a: &AVal) -> Option<V> {
        match a.repr {
            Repr::Boxed { tag, .. } => Some(self.eq_imm(tag, TAG_NONE as i64)),
            _ => None,
        }
    }

    /// The type of boxed value `a`, guarded to be an object (else `exit`).
    fn obj_type(&mut self, a: &AVal, exit: cranelift_codegen::ir::Block) -> V {
        let Repr::Boxed { tag, payload } = a.repr else {
            unreachable!("a container is boxed")
        };
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        self.guard(is_obj, exit);
        self.load64(payload, abi::OBJ_TYPE_OFFSET)
    }

    /// The condition under which slice component `a` is plain (a small int or None; not
    /// zero when it is the step), or None when it always is.
    fn plain_component(&mut self, a: &AVal, step: bool) -> Option<V> {
        match a.repr {
            Repr::Int(x) if step => Some(self.b.ins().icmp_imm_s(IntCC::NotEqual, x, 0)),
            Repr::Int(_) => None,
            Repr::Boxed { tag, payload } => {
                let is_none = self.eq_imm(tag, TAG_NONE as i64);
                let is_int = self.eq_imm(tag, TAG_INT as i64);
                let int_ok = if step {
                    let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, payload, 0);
                    self.b.ins().band(is_int, nz)
                } else {
                    is_int
                };
                Some(self.b.ins().bor(is_none, int_ok))
            }
            _ => unreachable!("windows open on int or boxed components"),
        }
    }
}
