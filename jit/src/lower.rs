//! Lowering of locals, stack shuffles, numbers, comparisons and control flow.
//!
//! `int` fast paths work on i64 with overflow checks and exit to the interpreter (which
//! redoes the instruction with big ints) on overflow, division by zero and the other cases
//! Python defines by raising or widening; `float` fast paths are plain f64 arithmetic, which
//! is what CPython does. Comparisons produce an `i8` that the following branch uses directly
//! (fused compare-and-branch).

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value as V};
use heron_runtime::abi::{self, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE, TAG_OBJ, TAG_UNDEF};
use heron_runtime::bytecode::opcodes::cmpop;
use heron_runtime::value::Value;

use crate::analysis::{Decline, Instr};
use crate::deopt::Fix;
use crate::translate::{AVal, LVal, Own, Repr, Tx};
use crate::typeflow::{Abs, FloatOp, IntOp, Kind, Known, Plan};

/// The bit of local `slot` in `State::lists` (none beyond the first 64 locals).
pub fn list_bit(slot: usize) -> u64 {
    1u64.checked_shl(slot as u32).unwrap_or(0)
}

/// Whether control continues with the next instruction after lowering one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Next,
    Done,
}

fn int_cc(op: u32) -> IntCC {
    match op {
        cmpop::LT => IntCC::SignedLessThan,
        cmpop::LE => IntCC::SignedLessThanOrEqual,
        cmpop::EQ => IntCC::Equal,
        cmpop::NE => IntCC::NotEqual,
        cmpop::GT => IntCC::SignedGreaterThan,
        _ => IntCC::SignedGreaterThanOrEqual,
    }
}

fn float_cc(op: u32) -> FloatCC {
    match op {
        cmpop::LT => FloatCC::LessThan,
        cmpop::LE => FloatCC::LessThanOrEqual,
        cmpop::EQ => FloatCC::Equal,
        cmpop::NE => FloatCC::NotEqual,
        cmpop::GT => FloatCC::GreaterThan,
        _ => FloatCC::GreaterThanOrEqual,
    }
}

impl Tx<'_, '_> {
    /// Lowers one instruction according to its plan.
    pub fn lower(&mut self, i: &Instr, plan: &Plan) -> Result<Flow, Decline> {
        let kw = self.state.kwnames.take();
        match plan {
            Plan::Nop => self.state.kwnames = kw,
            Plan::KwNames(k) => self.state.kwnames = Some((i.pc, *k)),
            Plan::LoadFast { slot, check } => self.load_fast(*slot as usize, *check),
            Plan::LoadClosure(slot) => {
                let a = self.local_as_stack(*slot as usize);
                self.push(a);
            }
            Plan::StoreFast(slot) => {
                let v = self.pop();
                self.store_local(*slot as usize, v);
            }
            Plan::DeleteFast { slot, check } => {
                let slot = *slot as usize;
                if *check {
                    self.check_bound(slot);
                }
                let u = self.iconst(TAG_UNDEF as i64);
                let z = self.iconst(0);
                let undef = AVal {
                    abs: Abs::of(Kind::Boxed),
                    repr: Repr::Boxed { tag: u, payload: z },
                    own: Own::Owned,
                };
                self.store_local(slot, undef);
                self.state.locals[slot].bound = false;
            }
            Plan::LoadConst(k) => self.load_const(*k),
            Plan::Copy(n) => {
                let a = self.state.stack[self.state.stack.len() - n];
                let a = if a.own == Own::Owned {
                    self.own(AVal {
                        own: Own::Borrowed,
                        ..a
                    })
                } else {
                    a
                };
                let mut c = a;
                c.abs.origin = None;
                self.push(c);
            }
            Plan::Swap(n) => {
                let len = self.state.stack.len();
                self.state.stack.swap(len - 1, len - n);
            }
            Plan::PopTop => {
                let a = self.pop();
                self.consume(&a);
            }
            Plan::PushNull => self.push_kind(Kind::Null, Repr::Null),
            Plan::IntBin(op) => self.int_bin(*op),
            Plan::IntTrueDiv => self.int_true_div(),
            Plan::FloatBin(op) => self.float_bin(*op),
            Plan::IntNeg => {
                let a = self.pop();
                let x = self.unbox_int(&a);
                let exit = self.pre_exit("int overflow", Fix::Generic(i.pc));
                let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, x, i64::MIN);
                self.guard(ok, exit);
                let r = self.b.ins().ineg(x);
                self.push_kind(Kind::Int, Repr::Int(r));
            }
            Plan::FloatNeg => {
                let a = self.pop();
                let Repr::Float(f) = a.repr else {
                    unreachable!("FloatNeg on a non-float")
                };
                let r = self.b.ins().fneg(f);
                self.push_kind(Kind::Float, Repr::Float(r));
            }
            Plan::Not => {
                // `not a`: its truth (in line for bools, ints, floats and None), inverted.
                let a = self.pop();
                let z = self.truth(&a, true);
                self.consume(&a);
                let r = self.b.ins().bxor_imm_u(z, 1);
                self.push_kind(Kind::Bool, Repr::Bool(r));
            }
            Plan::IntCmp(op) => {
                let b = self.pop();
                let a = self.pop();
                let x = self.unbox_int(&a);
                let y = self.unbox_int(&b);
                self.refine(&a, Kind::Int, Repr::Int(x));
                self.refine(&b, Kind::Int, Repr::Int(y));
                let r = self.b.ins().icmp(int_cc(*op), x, y);
                self.push_kind(Kind::Bool, Repr::Bool(r));
            }
            Plan::FloatCmp(op) => {
                let b = self.pop();
                let a = self.pop();
                let x = self.unbox_float_exact(&a);
                let y = self.unbox_float_exact(&b);
                self.refine(&a, Kind::Float, Repr::Float(x));
                self.refine(&b, Kind::Float, Repr::Float(y));
                let r = self.b.ins().fcmp(float_cc(*op), x, y);
                self.push_kind(Kind::Bool, Repr::Bool(r));
            }
            Plan::IsOp(invert) => {
                let b = self.pop();
                let a = self.pop();
                let r = self.identical(&a, &b);
                let r = if *invert {
                    self.b.ins().bxor_imm_u(r, 1)
                } else {
                    r
                };
                self.consume(&a);
                self.consume(&b);
                self.push_kind(Kind::Bool, Repr::Bool(r));
            }
            Plan::PopJump(if_true) => {
                let a = self.pop();
                let c = self.truth(&a, true);
                self.consume(&a);
                self.branch(i, c, *if_true);
                return Ok(Flow::Done);
            }
            Plan::PopJumpNone(if_none) => {
                let a = self.pop();
                let c = match a.repr {
                    Repr::Boxed { tag, .. } => self.eq_imm(tag, TAG_NONE as i64),
                    _ => self.b.ins().iconst(types::I8, 0),
                };
                self.consume(&a);
                self.branch(i, c, *if_none);
                return Ok(Flow::Done);
            }
            Plan::JumpOrPop(if_true) => {
                let a = *self.state.stack.last().expect("operand");
                let c = self.truth(&a, false);
                let jump_state = self.state.clone();
                let taken = self.cfg.block_at(i.arg).expect("jump target");
                let fall = self.cfg.block_at(i.next).expect("fall-through block");
                let t = self.edge_block(taken, &jump_state);
                // Only the fall-through edge pops (and releases) the operand.
                let f = self.b.create_block();
                let back = self.enter_side_block(f).expect("current block");
                self.pop();
                self.consume(&a);
                self.jump_to(fall);
                self.state = jump_state;
                self.b.switch_to_block(back);
                if *if_true {
                    self.b.ins().brif(c, t, &[], f, &[]);
                } else {
                    self.b.ins().brif(c, f, &[], t, &[]);
                }
                return Ok(Flow::Done);
            }
            Plan::Jump => {
                self.jump_to(self.cfg.block_at(i.arg).expect("jump target"));
                return Ok(Flow::Done);
            }
            Plan::JumpBack => {
                self.poll_interrupt();
                self.jump_to(self.cfg.block_at(i.arg).expect("jump target"));
                return Ok(Flow::Done);
            }
            Plan::ForIterRange => {
                self.for_iter_range(i);
                return Ok(Flow::Done);
            }
            Plan::ForIterList => {
                self.for_iter_list(i);
                return Ok(Flow::Done);
            }
            Plan::ForIterGeneric => {
                self.for_iter_generic(i);
                return Ok(Flow::Done);
            }
            Plan::Send => {
                self.send(i);
                return Ok(Flow::Done);
            }
            Plan::GetIterList => self.get_iter_list(),
            Plan::GetIterRange => {
                let a = self.pop();
                let Repr::RangeObj { start, stop, step } = a.repr else {
                    unreachable!("GetIterRange on a non-range")
                };
                self.push_kind(
                    Kind::RangeIter,
                    Repr::RangeIter {
                        cur: start,
                        stop,
                        step,
                    },
                );
            }
            Plan::Return => {
                let a = self.pop();
                let (t, p) = self.owned_boxed(&a);
                self.release_all();
                self.epilogue_return(t, p);
                return Ok(Flow::Done);
            }
            Plan::Yield => {
                self.yield_here();
                return Ok(Flow::Done);
            }
            Plan::Exit(reason) => {
                self.state.kwnames = kw;
                self.pre.kwnames = kw;
                self.exit_here(reason);
                return Ok(Flow::Done);
            }
            Plan::Decline(r) => return Err(Decline(r.clone())),
            Plan::LoadGlobal { slot, null } => self.load_global(slot, *null),
            Plan::LoadAttrPoly { .. }
            | Plan::StoreAttrPoly { .. }
            | Plan::LoadMethodPoly { .. }
            | Plan::UnpackSeq(_)
                if !self.top_is_boxed() =>
            {
                self.exit_here("operand representation");
                return Ok(Flow::Done);
            }
            Plan::LoadAttrPoly { seed, name } => self.load_attr_poly(*seed, *name),
            Plan::LoadAttrModule(slot) => self.load_attr_module(slot, false),
            Plan::LoadMethodModule(slot) => self.load_attr_module(slot, true),
            Plan::StoreAttrPoly { seed, name } => self.store_attr_poly(*seed, *name),
            Plan::LoadMethodPoly { seed, name } => self.load_method_poly(*seed, *name),
            Plan::SubscrSeq => self.subscr_seq(),
            Plan::StoreSubscrList => self.store_subscr_list(),
            Plan::UnpackSeq(n) => self.unpack_seq(*n),
            Plan::SliceLater => {}
            Plan::SubscrSlice { n, store: true } if self.window.is_some() => self.slice_move(*n),
            Plan::SubscrSlice { n, store } => self.subscr_slice(*n, *store),
            Plan::CallIntrinsic { intr, argc, callee } => {
                self.call_intrinsic(*intr, *argc, *callee)
            }
            Plan::CallDirect {
                callee,
                argc,
                known,
                method,
            } => self.call_direct(callee, *argc, *known, *method)?,
            Plan::CallInit {
                init,
                argc,
                class,
                version,
            } => self.call_init(init, *argc, *class, *version),
            Plan::BinDunder {
                op,
                class,
                version,
                dunder,
            } => self.bin_dunder(*op, *class, *version, dunder),
            Plan::CallNative {
                argc,
                callee,
                method,
            } => self.call_native(*argc, *callee, *method),
            Plan::CallGeneric { argc, kwnames } => self.call_generic(*argc, *kwnames),
            Plan::Generic => {
                use heron_runtime::bytecode::opcodes::Op;
                if i.op.base() == Op::FOR_ITER {
                    self.for_iter_generic(i);
                    return Ok(Flow::Done);
                }
                self.generic(i);
                if i.op.base() == Op::RAISE_VARARGS {
                    // The helper always raises: control never continues.
                    let e = self.exc_exit();
                    self.b.ins().jump(e, &[]);
                    return Ok(Flow::Done);
                }
            }
        }
        Ok(Flow::Next)
    }

    // ---- locals ----

    fn check_bound(&mut self, slot: usize) {
        let l = self.state.locals[slot];
        let Repr::Boxed { tag, .. } = l.repr else {
            return;
        };
        let unbound = self.eq_imm(tag, TAG_UNDEF as i64);
        let raise = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(raise);
        self.b.ins().brif(unbound, raise, &[], cont, &[]);
        self.b.switch_to_block(raise);
        let s = self.iconst(slot as i64);
        self.b.ins().call(self.h.unbound_local, &[self.act, s]);
        let exit = self.exc_exit();
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(cont);
    }

    fn load_fast(&mut self, slot: usize, check: bool) {
        if check {
            self.check_bound(slot);
        }
        self.state.locals[slot].bound = true;
        let a = self.local_as_stack(slot);
        self.push(a);
    }

    /// Binds local `slot` to `v` (taking ownership), releasing the old value.
    pub fn store_local(&mut self, slot: usize, v: AVal) {
        self.state.lists &= !list_bit(slot);
        // Entries borrowed from this local must hold their own count before it lets go.
        for k in 0..self.state.stack.len() {
            let a = self.state.stack[k];
            if a.abs.origin == Some(slot as u16) {
                let mut a = if a.own == Own::Borrowed {
                    self.own(a)
                } else {
                    a
                };
                a.abs.origin = None;
                self.state.stack[k] = a;
            }
        }
        let v = self.own(v);
        let (kind, repr) = match v.abs.kind {
            Kind::RangeObj | Kind::ListIter => {
                let (t, p) = self.boxed(&v);
                (Kind::Boxed, Repr::Boxed { tag: t, payload: p })
            }
            k => (k, v.repr),
        };
        let old = std::mem::replace(
            &mut self.state.locals[slot],
            LVal {
                repr,
                kind,
                bound: true,
            },
        );
        if let Repr::Boxed { tag, payload } = old.repr {
            self.own_heap_borrowed();
            self.decref(tag, payload);
        }
    }

    fn load_const(&mut self, k: u32) {
        let v = self
            .facts
            .cd
            .consts
            .get(k as usize)
            .cloned()
            .unwrap_or(Value::None);
        self.push_const(v);
    }

    /// Pushes constant `v` (borrowed from the code that holds it).
    pub fn push_const(&mut self, v: Value) {
        match v {
            Value::Int(x) => {
                let c = self.iconst(x);
                self.push_kind(Kind::Int, Repr::Int(c));
            }
            Value::Float(f) => {
                let c = self.b.ins().f64const(f);
                self.push_kind(Kind::Float, Repr::Float(c));
            }
            Value::Bool(z) => {
                let c = self.b.ins().iconst(types::I8, z as i64);
                self.push_kind(Kind::Bool, Repr::Bool(c));
            }
            Value::Obj(o) => {
                let t = self.iconst(TAG_OBJ as i64);
                let p = self.iconst(o.as_ptr() as i64);
                let abs = Abs {
                    kind: Kind::Boxed,
                    known: Some(Known::Exact(o.as_ptr() as usize)),
                    origin: None,
                    int_hint: false,
                };
                self.push(AVal {
                    abs,
                    repr: Repr::Boxed { tag: t, payload: p },
                    own: Own::Borrowed,
                });
            }
            _ => {
                let t = self.iconst(if v.is_none() { TAG_NONE } else { TAG_UNDEF } as i64);
                let z = self.iconst(0);
                self.push(AVal {
                    abs: Abs::of(Kind::Boxed),
                    repr: Repr::Boxed { tag: t, payload: z },
                    own: Own::Free,
                });
            }
        }
    }

    /// Releases a popped value (making heap-borrowed entries safe first).
    pub fn consume(&mut self, a: &AVal) {
        if a.own == Own::Owned && matches!(a.repr, Repr::Boxed { .. } | Repr::ListIter { .. }) {
            self.own_heap_borrowed();
            self.drop_val(a);
        }
    }

    /// Releases every local and stack value (function return).
    fn release_all(&mut self) {
        self.own_heap_borrowed();
        for l in self.state.locals.clone() {
            if let Repr::Boxed { tag, payload } = l.repr {
                self.decref(tag, payload);
            }
        }
        for a in self.state.stack.clone() {
            self.drop_val(&a);
        }
    }

    /// A guard proved the value loaded from a local has kind `kind`: so has the local.
    pub fn refine(&mut self, a: &AVal, kind: Kind, repr: Repr) {
        let Some(o) = a.abs.origin else { return };
        if a.abs.kind != Kind::Boxed {
            return;
        }
        self.state.locals[o as usize] = LVal {
            repr,
            kind,
            bound: true,
        };
        for s in &mut self.state.stack {
            if s.abs.origin == Some(o) {
                s.abs.kind = kind;
                s.repr = repr;
                s.own = Own::Free;
            }
        }
    }

    // ---- unboxing ----

    /// The i64 of an int value (guarding boxed ones).
    pub fn unbox_int(&mut self, a: &AVal) -> V {
        match a.repr {
            Repr::Int(v) => v,
            Repr::Boxed { tag, payload } => {
                let exit = self.pre_exit("int type guard", Fix::Generic(self.cur.pc));
                let ok = self.eq_imm(tag, TAG_INT as i64);
                self.guard(ok, exit);
                payload
            }
            _ => {
                self.exit_now("operand representation");
                self.iconst(0)
            }
        }
    }

    /// The f64 of a float value, guarding boxed ones to be exactly float.
    fn unbox_float_exact(&mut self, a: &AVal) -> V {
        match a.repr {
            Repr::Float(f) => f,
            Repr::Boxed { tag, payload } => {
                self.guard_float(tag, payload, Fix::Generic(self.cur.pc))
            }
            _ => {
                self.exit_now("operand representation");
                self.b.ins().f64const(0.0)
            }
        }
    }

    /// The f64 of a float or int value (an int converts, as Python's mixed arithmetic does).
    pub fn unbox_float_or_int(&mut self, a: &AVal) -> V {
        match a.repr {
            Repr::Float(f) => f,
            Repr::Int(v) => self.b.ins().fcvt_from_sint(types::F64, v),
            Repr::Boxed { tag, payload } => {
                let exit = self.pre_exit("float type guard", Fix::Generic(self.cur.pc));
                let is_f = self.eq_imm(tag, TAG_FLOAT as i64);
                let is_i = self.eq_imm(tag, TAG_INT as i64);
                let ok = self.b.ins().bor(is_f, is_i);
                self.guard(ok, exit);
                let as_f = self
                    .b
                    .ins()
                    .bitcast(types::F64, MemFlagsData::new(), payload);
                let from_i = self.b.ins().fcvt_from_sint(types::F64, payload);
                self.b.ins().select(is_f, as_f, from_i)
            }
            _ => {
                self.exit_now("operand representation");
                self.b.ins().f64const(0.0)
            }
        }
    }

    /// The f64 of a float operand of float arithmetic, or of an unboxed int (the plan's
    /// kinds make the other operand a float then); a boxed operand is guarded to be a float,
    /// or to be a float or an int when it is a global that held an int at compile time.
    fn float_operand(&mut self, a: &AVal) -> V {
        match a.repr {
            Repr::Boxed { tag, payload } if !a.abs.int_hint => {
                self.guard_float(tag, payload, Fix::Widen(self.cur.pc))
            }
            _ => self.unbox_float_or_int(a),
        }
    }

    /// The f64 in boxed value (`tag`, `payload`), guarded to be a float (exit with `fix`).
    fn guard_float(&mut self, tag: V, payload: V, fix: Fix) -> V {
        let exit = self.pre_exit("float type guard", fix);
        let ok = self.eq_imm(tag, TAG_FLOAT as i64);
        self.guard(ok, exit);
        self.b
            .ins()
            .bitcast(types::F64, MemFlagsData::new(), payload)
    }

    /// An i8 that is 1 when `a` holds a float.
    fn is_float_tag(&mut self, a: &AVal) -> V {
        match a.repr {
            Repr::Float(_) => self.b.ins().iconst(types::I8, 1),
            Repr::Boxed { tag, .. } => self.eq_imm(tag, TAG_FLOAT as i64),
            _ => self.b.ins().iconst(types::I8, 0),
        }
    }

    // ---- arithmetic ----

    fn int_bin(&mut self, op: IntOp) {
        let b = self.pop();
        let a = self.pop();
        let x = self.unbox_int(&a);
        let y = self.unbox_int(&b);
        self.refine(&a, Kind::Int, Repr::Int(x));
        self.refine(&b, Kind::Int, Repr::Int(y));
        let pc = self.cur.pc;
        let exit = self.pre_exit("int overflow or error", Fix::Generic(pc));
        let r = match op {
            IntOp::Add | IntOp::Sub | IntOp::Mul => {
                let (r, of) = match op {
                    IntOp::Add => self.b.ins().sadd_overflow(x, y),
                    IntOp::Sub => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                let ok = self.b.ins().bxor_imm_u(of, 1);
                self.guard(ok, exit);
                r
            }
            IntOp::And => self.b.ins().band(x, y),
            IntOp::Or => self.b.ins().bor(x, y),
            IntOp::Xor => self.b.ins().bxor(x, y),
            IntOp::FloorDiv | IntOp::Mod => {
                // y == 0 raises and MIN // -1 overflows: both are the interpreter's business
                // (MIN % -1 is srem's 0). One division: a trapping `sdiv` is never removed
                // as dead, so the remainder of a floor division is x - q * y and a modulo
                // computes no quotient.
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                let ok = if op == IntOp::FloorDiv {
                    let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                    let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let both = self.b.ins().band(is_min, is_m1);
                    let not_both = self.b.ins().bxor_imm_u(both, 1);
                    self.b.ins().band(nz, not_both)
                } else {
                    nz
                };
                self.guard(ok, exit);
                let (q, rem) = if op == IntOp::FloorDiv {
                    let q = self.b.ins().sdiv(x, y);
                    let qy = self.b.ins().imul(q, y);
                    (Some(q), self.b.ins().isub(x, qy))
                } else {
                    (None, self.b.ins().srem(x, y))
                };
                // Python floors: adjust when the remainder is non-zero and signs differ.
                let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                let sx = self.b.ins().bxor(rem, y);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                let adj = self.b.ins().band(rnz, neg);
                match q {
                    Some(q) => {
                        let q1 = self.b.ins().iadd_imm_s(q, -1);
                        self.b.ins().select(adj, q1, q)
                    }
                    None => {
                        let r1 = self.b.ins().iadd(rem, y);
                        self.b.ins().select(adj, r1, rem)
                    }
                }
            }
            IntOp::Lshift => {
                // 0 <= y < 63 and no bits lost: (x << y) >> y == x.
                let small = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, 63);
                let ys = self.b.ins().band_imm_u(y, 63);
                let r = self.b.ins().ishl(x, ys);
                let back = self.b.ins().sshr(r, ys);
                let same = self.b.ins().icmp(IntCC::Equal, back, x);
                let ok = self.b.ins().band(small, same);
                self.guard(ok, exit);
                r
            }
            IntOp::Rshift => {
                let ok = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, y, 0);
                self.guard(ok, exit);
                let c63 = self.iconst(63);
                let ys = self.b.ins().umin(y, c63);
                self.b.ins().sshr(x, ys)
            }
        };
        self.push_kind(Kind::Int, Repr::Int(r));
    }

    fn int_true_div(&mut self) {
        let b = self.pop();
        let a = self.pop();
        let x = self.unbox_int(&a);
        let y = self.unbox_int(&b);
        self.refine(&a, Kind::Int, Repr::Int(x));
        self.refine(&b, Kind::Int, Repr::Int(y));
        // Exact in a double (|v| <= 2**53) and y != 0: then the quotient of the doubles is the
        // correctly rounded true quotient, as CPython computes it.
        let exit = self.pre_exit(
            "int division outside the exact range",
            Fix::Generic(self.cur.pc),
        );
        let lim = 1i64 << 53;
        let ax = self.b.ins().iabs(x);
        let ay = self.b.ins().iabs(y);
        let okx = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, ax, lim);
        let oky = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, ay, lim);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
        let ok = self.b.ins().band(okx, oky);
        let ok = self.b.ins().band(ok, nz);
        self.guard(ok, exit);
        let fx = self.b.ins().fcvt_from_sint(types::F64, x);
        let fy = self.b.ins().fcvt_from_sint(types::F64, y);
        let r = self.b.ins().fdiv(fx, fy);
        self.push_kind(Kind::Float, Repr::Float(r));
    }

    fn float_bin(&mut self, op: FloatOp) {
        let b = self.pop();
        let a = self.pop();
        let (x, y) = if self.facts.widened_at(self.cur.pc) {
            if a.abs.kind != Kind::Float && b.abs.kind != Kind::Float {
                // `int op int` must stay an int: one operand must be a float.
                let exit = self.pre_exit("float type guard", Fix::Generic(self.cur.pc));
                let fa = self.is_float_tag(&a);
                let fb = self.is_float_tag(&b);
                let ok = self.b.ins().bor(fa, fb);
                self.guard(ok, exit);
            }
            (self.unbox_float_or_int(&a), self.unbox_float_or_int(&b))
        } else {
            // Boxed operands are speculated to be floats (one tag check each, and a local
            // stays unboxed afterwards); an int among them widens the site on recompilation.
            let x = self.float_operand(&a);
            let y = self.float_operand(&b);
            self.refine(&a, Kind::Float, Repr::Float(x));
            self.refine(&b, Kind::Float, Repr::Float(y));
            (x, y)
        };
        let r = match op {
            FloatOp::Add => self.b.ins().fadd(x, y),
            FloatOp::Sub => self.b.ins().fsub(x, y),
            FloatOp::Mul => self.b.ins().fmul(x, y),
            FloatOp::Div | FloatOp::FloorDiv | FloatOp::Mod => {
                // Division by zero raises in the interpreter.
                let exit = self.pre_exit("float division by zero", Fix::None);
                let zero = self.b.ins().f64const(0.0);
                let ok = self.b.ins().fcmp(FloatCC::NotEqual, y, zero);
                self.guard(ok, exit);
                let f = match op {
                    FloatOp::FloorDiv => Some(self.h.float_floordiv),
                    FloatOp::Mod => Some(self.h.float_mod),
                    _ => None,
                };
                match f {
                    Some(f) => {
                        let call = self.b.ins().call(f, &[x, y]);
                        self.b.inst_results(call)[0]
                    }
                    None => self.b.ins().fdiv(x, y),
                }
            }
            FloatOp::Pow => {
                // A positive base and a finite result are `pow`'s answer in CPython too;
                // negative or zero bases (complex results, ZeroDivisionError) and overflow
                // (OverflowError) are left to the interpreter.
                let exit = self.pre_exit(
                    "float power outside the fast path",
                    Fix::Generic(self.cur.pc),
                );
                let zero = self.b.ins().f64const(0.0);
                let pos = self.b.ins().fcmp(FloatCC::GreaterThan, x, zero);
                self.guard(pos, exit);
                let r = if self.env.fma && self.f64_const_of(y) == Some(0.5) {
                    self.half_power(x, y)
                } else {
                    let call = self.b.ins().call(self.h.pow, &[x, y]);
                    self.b.inst_results(call)[0]
                };
                let mag = self.b.ins().fabs(r);
                let inf = self.b.ins().f64const(f64::INFINITY);
                let finite = self.b.ins().fcmp(FloatCC::LessThan, mag, inf);
                self.guard(finite, exit);
                r
            }
        };
        self.push_kind(Kind::Float, Repr::Float(r));
    }

    /// `x ** 0.5` for `x > 0`: libm's `pow(x, 0.5)`, which CPython calls, without the call
    /// where its result is known. `pow` is within 0.54 ULP of the exact square root (the
    /// documented worst case of glibc's and musl's implementation), so where the exact root
    /// lies within 0.45 ULP of the correctly rounded `sqrt(x)`, no other double is close
    /// enough and `pow` returns `sqrt(x)` too ([`half_power_known`] is the same test in Rust;
    /// `jit/tests/half_power.rs` checks the claim against the platform's `pow`). The distance
    /// comes from the exact residual `r*r - x` (one fused multiply-add); a root at a power of
    /// two (a binade edge, where the spacing below halves) and roots near a midpoint (about
    /// one in ten) call `pow`.
    fn half_power(&mut self, x: V, y: V) -> V {
        let r = self.b.ins().sqrt(x);
        let neg_x = self.b.ins().fneg(x);
        let residual = self.b.ins().fma(r, r, neg_x);
        let residual = self.b.ins().fabs(residual);
        // |sqrt(x) - r| ~= residual / 2r < 0.45 ulp(r)  <=>  residual < 0.9 r ulp(r).
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), r);
        let exp = self.b.ins().band_imm_u(bits, 0x7ff0_0000_0000_0000);
        let pow2 = self.b.ins().bitcast(types::F64, MemFlagsData::new(), exp);
        let scale = self.b.ins().f64const(0.9 * f64::EPSILON);
        let ulp = self.b.ins().fmul(pow2, scale);
        let bound = self.b.ins().fmul(r, ulp);
        let near = self.b.ins().fcmp(FloatCC::LessThan, residual, bound);
        let mantissa = self.b.ins().band_imm_u(bits, 0x000f_ffff_ffff_ffff);
        let inside = self.b.ins().icmp_imm_s(IntCC::NotEqual, mantissa, 0);
        let known = self.b.ins().band(near, inside);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let out = self.b.append_block_param(done, types::F64);
        self.b.set_cold_block(slow);
        self.b.ins().brif(known, done, &[r.into()], slow, &[]);
        self.b.switch_to_block(slow);
        let call = self.b.ins().call(self.h.pow, &[x, y]);
        let p = self.b.inst_results(call)[0];
        self.b.ins().jump(done, &[p.into()]);
        self.b.switch_to_block(done);
        out
    }

    // ---- identity and truth ----

    /// `a is b` (= `Value::is`).
    fn identical(&mut self, a: &AVal, b: &AVal) -> V {
        let (ta, pa) = self.boxed(a);
        let (tb, pb) = self.boxed(b);
        let same_tag = self.b.ins().icmp(IntCC::Equal, ta, tb);
        let pe = self.b.ins().icmp(IntCC::Equal, pa, pb);
        let x = self.b.ins().bxor(pa, pb);
        let lo = self.b.ins().band_imm_u(x, 0xff);
        let be = self.b.ins().icmp_imm_s(IntCC::Equal, lo, 0);
        let none_like =
            self.b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, ta, TAG_NONE as i64);
        let is_bool = self.eq_imm(ta, TAG_BOOL as i64);
        let one = self.b.ins().iconst(types::I8, 1);
        let pb_ok = self.b.ins().select(is_bool, be, pe);
        let p_ok = self.b.ins().select(none_like, one, pb_ok);
        self.b.ins().band(same_tag, p_ok)
    }

    /// `bool(a)` as an i8 (inline for bool/int/None/float; the runtime for the rest).
    /// `popped`: `a` is no longer on the stack (the exception path then releases it).
    /// The truth of `a` in a body done in line (see `inline.rs`): bools, ints, floats and
    /// None in line; anything else (whose `__bool__` or `__len__` could run code) exits
    /// before the call.
    pub fn truth_in_line(&mut self, a: &AVal) -> V {
        let Repr::Boxed { tag, payload } = a.repr else {
            return self.truth(a, false);
        };
        let exit = self.pre_exit("truth in line", Fix::Generic(self.cur.pc));
        let is_bool = self.eq_imm(tag, TAG_BOOL as i64);
        let is_int = self.eq_imm(tag, TAG_INT as i64);
        let is_none = self.eq_imm(tag, TAG_NONE as i64);
        let fast = self.b.ins().bor(is_bool, is_int);
        let fast = self.b.ins().bor(fast, is_none);
        self.guard(fast, exit);
        let lo = self.b.ins().band_imm_u(payload, 0xff);
        let bt = self.b.ins().icmp_imm_s(IntCC::NotEqual, lo, 0);
        let it = self.b.ins().icmp_imm_s(IntCC::NotEqual, payload, 0);
        let t = self.b.ins().select(is_bool, bt, it);
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b.ins().select(is_none, zero, t)
    }

    fn truth(&mut self, a: &AVal, popped: bool) -> V {
        match a.repr {
            Repr::Bool(z) => z,
            Repr::Int(v) => self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0),
            Repr::Float(f) => {
                let zero = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, f, zero)
            }
            Repr::Null => self.b.ins().iconst(types::I8, 0),
            Repr::RangeObj { .. } | Repr::RangeIter { .. } | Repr::ListIter { .. } => {
                self.b.ins().iconst(types::I8, 1)
            }
            Repr::Boxed { tag, payload } => {
                self.own_heap_borrowed();
                let is_bool = self.eq_imm(tag, TAG_BOOL as i64);
                let is_int = self.eq_imm(tag, TAG_INT as i64);
                let is_none = self.eq_imm(tag, TAG_NONE as i64);
                let fast = self.b.ins().bor(is_bool, is_int);
                let fast = self.b.ins().bor(fast, is_none);
                let fast_b = self.b.create_block();
                let slow_b = self.b.create_block();
                let join = self.b.create_block();
                let r = self.b.append_block_param(join, types::I8);
                self.b.ins().brif(fast, fast_b, &[], slow_b, &[]);
                self.b.switch_to_block(fast_b);
                let lo = self.b.ins().band_imm_u(payload, 0xff);
                let bt = self.b.ins().icmp_imm_s(IntCC::NotEqual, lo, 0);
                let it = self.b.ins().icmp_imm_s(IntCC::NotEqual, payload, 0);
                let t = self.b.ins().select(is_bool, bt, it);
                let zero = self.b.ins().iconst(types::I8, 0);
                let t = self.b.ins().select(is_none, zero, t);
                self.b.ins().jump(join, &[t.into()]);
                self.b.switch_to_block(slow_b);
                self.b.set_cold_block(slow_b);
                let saved = self.state.clone();
                self.own_stack();
                let addr = self.scratch_addr();
                self.store_value(tag, payload, addr, 0);
                self.before_call();
                let call = self.b.ins().call(self.h.is_true, &[self.act, addr]);
                let st = self.b.inst_results(call)[0];
                self.sync_frame(false);
                let err = self.eq_imm(st, 2);
                // On error the operand is consumed like the interpreter's popped value.
                let err_b = self.b.create_block();
                let ok_b = self.b.create_block();
                self.b.ins().brif(err, err_b, &[], ok_b, &[]);
                self.b.switch_to_block(err_b);
                if popped {
                    self.drop_val(a);
                }
                let exit = self.exc_exit();
                self.b.ins().jump(exit, &[]);
                self.b.switch_to_block(ok_b);
                let t = self.b.ins().ireduce(types::I8, st);
                // Undo the ownership changes of the slow path so both paths agree.
                self.restore_borrows(&saved);
                self.b.ins().jump(join, &[t.into()]);
                self.state = saved;
                self.b.switch_to_block(join);
                r
            }
        }
    }

    /// After a slow path that made borrowed entries owned, gives those counts back so the
    /// state matches `saved` (safe: the owners of borrowed entries outlive the call, because
    /// heap-borrowed entries were owned before the branch).
    pub fn restore_borrows(&mut self, saved: &crate::translate::State) {
        for (k, a) in saved.stack.iter().enumerate() {
            if a.own == Own::Borrowed
                && self.state.stack.get(k).is_some_and(|c| c.own == Own::Owned)
            {
                if let Repr::Boxed { tag, payload } = a.repr {
                    self.decref(tag, payload);
                }
            }
        }
    }

    /// Two-way branch on `c` at the end of a block: jumps to the target when `c == on`.
    fn branch(&mut self, i: &Instr, c: V, on: bool) {
        let taken = self.cfg.block_at(i.arg).expect("jump target");
        let fall = self.cfg.block_at(i.next).expect("fall-through block");
        let st = self.state.clone();
        let t = self.edge_block(taken, &st);
        let f = self.edge_block(fall, &st);
        if on {
            self.b.ins().brif(c, t, &[], f, &[]);
        } else {
            self.b.ins().brif(c, f, &[], t, &[]);
        }
    }

    /// Back-edge eval-breaker poll (Ctrl-C): exits to the interpreter at the JUMP_BACKWARD,
    /// which raises KeyboardInterrupt there. Stress mode also forces exits here.
    fn poll_interrupt(&mut self) {
        // The eval breaker: a pending SIGINT, or another thread waiting for the GIL (the
        // interpreter yields it at the instruction boundary after the exit).
        let mut any = None;
        for addr in [
            heron_runtime::vm::signals::interrupt_flag_addr(),
            heron_runtime::gil::drop_request_addr(),
        ] {
            let a = self.iconst(addr as i64);
            let f = self.b.ins().uload8(types::I64, MemFlagsData::new(), a, 0);
            any = Some(match any {
                None => f,
                Some(g) => self.b.ins().bor(g, f),
            });
        }
        let set = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, any.expect("two flags"), 0);
        let exit = self.pre_exit("eval breaker", Fix::None);
        if self.env.stress {
            let ok = self.b.ins().bxor_imm_u(set, 1);
            self.guard(ok, exit);
        } else {
            self.exit_if(set, exit);
        }
    }

    // ---- iteration ----

    fn for_iter_range(&mut self, i: &Instr) {
        let it = self.pop();
        let Repr::RangeIter { cur, stop, step } = it.repr else {
            unreachable!("ForIterRange without a range iterator")
        };
        let pos = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let lt = self.b.ins().icmp(IntCC::SignedLessThan, cur, stop);
        let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, cur, stop);
        let more = self.b.ins().select(pos, lt, gt);
        let done_state = self.state.clone();
        let next = self.b.ins().iadd(cur, step);
        self.push_kind(
            Kind::RangeIter,
            Repr::RangeIter {
                cur: next,
                stop,
                step,
            },
        );
        self.push_kind(Kind::Int, Repr::Int(cur));
        let body_state = self.state.clone();
        let body = self.cfg.block_at(i.next).expect("loop body");
        let done = self.cfg.block_at(i.arg).expect("loop exit");
        let bb = self.edge_block(body, &body_state);
        let db = self.edge_block(done, &done_state);
        self.b.ins().brif(more, bb, &[], db, &[]);
    }

    /// GET_ITER of what should be an exact list: the virtual iterator takes a count of it.
    fn get_iter_list(&mut self) {
        let exit = self.pre_exit("iterable is not a list", Fix::Generic(self.cur.pc));
        let a = self.pop();
        let Repr::Boxed { tag, payload } = a.repr else {
            unreachable!("GetIterList on an unboxed value")
        };
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        self.guard(is_obj, exit);
        let ty = self.load64(payload, abi::OBJ_TYPE_OFFSET);
        let list_t = self.iconst(self.facts.vm.types.list.as_ptr() as i64);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, list_t);
        self.guard(is_list, exit);
        if a.own != Own::Owned {
            self.incref_obj(payload);
        }
        let idx = self.iconst(0);
        self.push_list_iter(payload, idx);
    }

    /// Pushes a virtual list iterator, which owns a count of `list`.
    fn push_list_iter(&mut self, list: V, idx: V) {
        self.push(AVal {
            abs: Abs::of(Kind::ListIter),
            repr: Repr::ListIter { list, idx },
            own: Own::Owned,
        });
    }

    /// FOR_ITER over a virtual list iterator: the length is read each time (the body may
    /// change the list), the item is counted for the stack, and exhaustion releases the list.
    fn for_iter_list(&mut self, i: &Instr) {
        let it = self.pop();
        let Repr::ListIter { list, idx } = it.repr else {
            unreachable!("ForIterList without a list iterator")
        };
        let done_state = self.state.clone();
        let vec = self.layout.list_vec;
        let len = self.load64(list, vec + self.layout.vec_len);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let item_blk = self.b.create_block();
        let end_blk = self.b.create_block();
        self.b.ins().brif(more, item_blk, &[], end_blk, &[]);

        self.b.switch_to_block(item_blk);
        let items = self.load64(list, vec + self.layout.vec_ptr);
        let off = self.b.ins().imul_imm_s(idx, abi::VALUE_SIZE as i64);
        let addr = self.b.ins().iadd(items, off);
        let (t, p) = self.load_value(addr, 0);
        self.incref(t, p);
        let next = self.b.ins().iadd_imm_s(idx, 1);
        self.push_list_iter(list, next);
        self.push_boxed(t, p);
        self.jump_to(self.cfg.block_at(i.next).expect("loop body"));

        self.b.switch_to_block(end_blk);
        self.state = done_state;
        self.own_heap_borrowed();
        self.decref_obj(list);
        self.jump_to(self.cfg.block_at(i.arg).expect("loop exit"));
    }

    /// SEND: the helper sends the value into the receiver (which stays on the stack); a
    /// yielded value falls through to the YIELD_VALUE after it, a return value replaces the
    /// receiver and jumps to the target.
    fn send(&mut self, i: &Instr) {
        let v = self.pop();
        self.own_stack();
        let recv = *self.state.stack.last().expect("receiver");
        let (vt, vp) = self.owned_boxed(&v);
        let (rt, rp) = self.boxed(&recv);
        let addr = self.scratch_addr();
        self.store_value(rt, rp, addr, 0);
        self.store_value(vt, vp, addr, abi::VALUE_SIZE);
        self.before_call();
        let call = self.b.ins().call(self.h.send, &[self.act, addr]);
        let status = self.b.inst_results(call)[0];
        self.sync_frame(false);
        // An exception leaves the receiver on the stack, the value consumed.
        let exit = self.exc_exit();
        let bad = self.eq_imm(status, 2);
        self.exit_if(bad, exit);
        let (t, p) = self.load_value(addr, 0);
        let r = AVal {
            abs: Abs::of(Kind::Boxed),
            repr: Repr::Boxed { tag: t, payload: p },
            own: Own::Owned,
        };
        let mut yielded = self.state.clone();
        yielded.stack.push(r);
        let yb = self.cfg.block_at(i.next).expect("the yield after SEND");
        let done = self.cfg.block_at(i.arg).expect("SEND target");
        let yblk = self.edge_block(yb, &yielded);
        // The return edge drops the receiver and puts the value in its place.
        let db = self.b.create_block();
        let back = self.enter_side_block(db).expect("current block");
        let mut returned = self.state.clone();
        let recv_now = returned.stack.pop().expect("receiver");
        self.drop_val(&recv_now);
        returned.stack.push(r);
        let saved = std::mem::replace(&mut self.state, returned);
        self.jump_to(done);
        self.state = saved;
        self.b.switch_to_block(back);
        let ret = self.eq_imm(status, 1);
        self.b.ins().brif(ret, db, &[], yblk, &[]);
    }

    fn for_iter_generic(&mut self, i: &Instr) {
        let it = *self.state.stack.last().expect("iterator");
        self.own_stack();
        let (t, p) = self.boxed(&it);
        let addr = self.scratch_addr();
        self.store_value(t, p, addr, 0);
        self.before_call();
        let call = self.b.ins().call(self.h.for_iter, &[self.act, addr]);
        let (rt, rp) = {
            let r = self.b.inst_results(call);
            (r[0], r[1])
        };
        self.sync_frame(false);
        self.check_raw(rt);
        let exhausted = self.eq_imm(rt, abi::RET_EXHAUSTED as i64);
        let it_now = *self.state.stack.last().expect("iterator");
        let mut done_state = self.state.clone();
        done_state.stack.pop();
        let mut body_state = self.state.clone();
        body_state.stack.push(AVal {
            abs: Abs::of(Kind::Boxed),
            repr: Repr::Boxed {
                tag: rt,
                payload: rp,
            },
            own: Own::Owned,
        });
        let body = self.cfg.block_at(i.next).expect("loop body");
        let done = self.cfg.block_at(i.arg).expect("loop exit");
        let bb = self.edge_block(body, &body_state);
        // The exhausted edge drops the iterator first.
        let db = self.b.create_block();
        let back = self.enter_side_block(db).expect("current block");
        self.drop_val(&it_now);
        let saved = std::mem::replace(&mut self.state, done_state);
        self.jump_to(done);
        self.state = saved;
        self.b.switch_to_block(back);
        self.b.ins().brif(exhausted, db, &[], bb, &[]);
    }
}

/// Whether `pow(x, 0.5)` is known to be `sqrt(x)` for `x > 0` (see `Tx::half_power`, which
/// compiles the same test).
pub fn half_power_known(x: f64) -> bool {
    let r = x.sqrt();
    let residual = r.mul_add(r, -x).abs();
    let bits = r.to_bits();
    let ulp = f64::from_bits(bits & 0x7ff0_0000_0000_0000) * (0.9 * f64::EPSILON);
    residual < r * ulp && bits & 0x000f_ffff_ffff_ffff != 0
}
