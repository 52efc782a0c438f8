//! Guards and exits.
//!
//! A guard is a branch to an exit block when its condition fails. Exit blocks are cold; each
//! stores the snapshot values into the exit buffer (layout in `deopt.rs`), records an
//! [`ExitInfo`] and tail-returns whatever [`crate::deopt::heron_jit_deopt`] returns. Every
//! instruction shares one "before the instruction" exit (all its guards come before any of
//! its effects, so the state they describe is the instruction's pre-state) and one
//! "exception raised" exit (its inputs already consumed).
//!
//! Stress mode (`-X jit-stress`): every guard also counts down `JitThread::stress_left` and
//! fails when it reaches zero, so exits are taken deterministically and often.

use std::cell::Cell;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value as V};
use heron_runtime::abi;

use crate::deopt::{ExitInfo, Fix, SlotKind};
use crate::translate::{slot_kind, Own, Repr, State, Tx};
use crate::typeflow::Kind;

/// Frameless depth below which stress mode forces exits (see `stress_tick`).
pub const STRESS_FRAMELESS_DEPTH: i64 = 64;

impl Tx<'_, '_> {
    /// Stores one value's words into the exit buffer at word `k`; returns the words used.
    fn store_words(&mut self, base: V, k: usize, r: Repr) -> usize {
        let off = k * 8;
        match r {
            Repr::Boxed { tag, payload } => {
                self.store64(tag, base, off);
                self.store64(payload, base, off + 8);
                2
            }
            Repr::Int(v) => {
                self.store64(v, base, off);
                1
            }
            Repr::Float(f) => {
                let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
                self.store64(bits, base, off);
                1
            }
            Repr::Bool(z) => {
                let w = self.b.ins().uextend(types::I64, z);
                self.store64(w, base, off);
                1
            }
            Repr::Null => 0,
            Repr::ListIter { list, idx } => {
                self.store64(list, base, off);
                self.store64(idx, base, off + 8);
                2
            }
            Repr::RangeObj {
                start: a,
                stop: b,
                step: c,
            }
            | Repr::RangeIter {
                cur: a,
                stop: b,
                step: c,
            } => {
                self.store64(a, base, off);
                self.store64(b, base, off + 8);
                self.store64(c, base, off + 16);
                3
            }
        }
    }

    /// Creates an exit block that hands `snap` to the interpreter, which resumes at word
    /// `resume` (`lasti` = `pc`). With `exception`, the pending exception is raised at `pc`.
    ///
    /// The block stores the stack values, then jumps with its exit number to a *tail* that
    /// stores the locals and calls the deopt helper. Exits whose locals are the same SSA values
    /// share one tail (a value that reaches every exit jumping to a tail is defined before all
    /// of them, so it dominates the tail): between two assignments to locals, every guard and
    /// exception check of a function leaves through the same tail. Before tails, the stores of
    /// all locals in every exit were most of the machine code of large functions and of their
    /// register allocation time.
    pub fn exit_block(
        &mut self,
        snap: &State,
        pc: u32,
        resume: u32,
        exception: bool,
        reason: &'static str,
        fix: Fix,
    ) -> Block {
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        let back = self.enter_side_block(blk);
        let mut key = Vec::with_capacity(2 * snap.locals.len());
        let mut locals_words = 0;
        let mut locals = Vec::with_capacity(snap.locals.len());
        for l in &snap.locals {
            locals_words += repr_key(l.repr, &mut key);
            locals.push(slot_kind(l.kind, Own::Owned));
        }
        let base = self.b.ins().stack_addr(types::I64, self.exitbuf, 0);
        let mut k = locals_words;
        let mut stack = Vec::with_capacity(snap.stack.len());
        for a in &snap.stack {
            k += self.store_words(base, k, a.repr);
            stack.push(slot_kind(a.abs.kind, a.own));
        }
        assert!(k as u32 <= self.exitbuf_words, "exit buffer too small");
        let id = self.out.exits.len() as i64;
        self.out.exits.push(ExitInfo {
            pc,
            resume,
            locals,
            stack,
            exception,
            reason,
            fix,
            count: Cell::new(0),
        });
        let idv = self.iconst(id);
        match self.exit_tails.get(&key) {
            Some(&tail) => {
                self.b.ins().jump(tail, &[idv.into()]);
            }
            None => {
                let tail = self.b.create_block();
                self.b.set_cold_block(tail);
                let id = self.b.append_block_param(tail, types::I64);
                self.b.ins().jump(tail, &[idv.into()]);
                self.b.switch_to_block(tail);
                let base = self.b.ins().stack_addr(types::I64, self.exitbuf, 0);
                let mut k = 0;
                for l in &snap.locals {
                    k += self.store_words(base, k, l.repr);
                }
                let call = self.b.ins().call(self.h.deopt, &[self.act, id, base]);
                let r = self.b.inst_results(call).to_vec();
                self.b.ins().return_(&r);
                self.exit_tails.insert(key, tail);
            }
        }
        if let Some(b) = back {
            self.b.switch_to_block(b);
        }
        blk
    }

    /// The exit before the current instruction, shared by its guards that teach the same
    /// fix (so a failing guard's counter recompiles the right thing); guards that teach
    /// nothing share it only with the same reason (which the log and statistics show). In a
    /// call done in line, the block that makes the call for real.
    pub fn pre_exit(&mut self, reason: &'static str, fix: Fix) -> Block {
        // In a call done in line, the call made for real instead (see `inline.rs`).
        if let Some(b) = self.inline_bail {
            return b;
        }
        let same = |e: &&(&str, Fix, Block)| e.1 == fix && (fix != Fix::None || e.0 == reason);
        if let Some(&(.., b)) = self.pre_exits.iter().find(same) {
            return b;
        }
        // Inside a slice window, before the deferred subscript's BUILD_SLICE.
        let (pre, pc) = match &self.window {
            Some(w) => (w.state.clone(), w.resume),
            None => (self.pre.clone(), self.cur.pc),
        };
        // A CALL after KW_NAMES resumes at the KW_NAMES, which the interpreter must redo.
        let resume = pre.kwnames.map(|k| k.0).unwrap_or(pc);
        let b = self.exit_block(&pre, resume, resume, false, reason, fix);
        self.pre_exits.push((reason, fix, b));
        b
    }

    /// The exit for an exception raised by the current instruction (its inputs consumed).
    pub fn exc_exit(&mut self) -> Block {
        assert!(
            self.window.is_none(),
            "no exception exits in a slice window"
        );
        let snap = self.state.clone();
        let pc = self.cur.pc;
        self.exit_block(&snap, pc, pc, true, "exception", Fix::None)
    }

    /// Continues when `ok` (an i8 condition) holds; otherwise takes `exit`.
    pub fn guard(&mut self, ok: V, exit: Block) {
        let cont = self.b.create_block();
        if self.env.stress {
            let fired = self.stress_tick();
            let bad = self.b.ins().bnot(ok);
            let bad = self.b.ins().band_imm_u(bad, 1);
            let fail = self.b.ins().bor(bad, fired);
            self.b.ins().brif(fail, exit, &[], cont, &[]);
        } else {
            self.b.ins().brif(ok, cont, &[], exit, &[]);
        }
        self.b.switch_to_block(cont);
    }

    /// Continues unless `bad` holds (no stress countdown: for checks that are not
    /// speculation, like the eval-breaker poll).
    pub fn exit_if(&mut self, bad: V, exit: Block) {
        let cont = self.b.create_block();
        self.b.ins().brif(bad, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Counts down the stress counter; returns an i8 that is 1 when it hit zero. Activations
    /// without a frame deeper than [`STRESS_FRAMELESS_DEPTH`] neither count nor fire: each
    /// exit of a frameless activation finishes it in a nested interpreter loop, and forcing
    /// them all the way down a deep recursion would only exhaust the native-depth guard.
    fn stress_tick(&mut self) -> V {
        let left = self.load64(self.thread, abi::THREAD_STRESS_OFFSET);
        let framed = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, self.fi, 0);
        let depth = self.load64(self.thread, abi::THREAD_DEPTH_OFFSET);
        let shallow =
            self.b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThan, depth, STRESS_FRAMELESS_DEPTH);
        let allowed = self.b.ins().bor(framed, shallow);
        let dec = self.b.ins().uextend(types::I64, allowed);
        let l1 = self.b.ins().isub(left, dec);
        self.store64(l1, self.thread, abi::THREAD_STRESS_OFFSET);
        let zero = self.eq_imm(l1, 0);
        self.b.ins().band(zero, allowed)
    }

    /// Unconditionally leaves to the interpreter before the current instruction; code after
    /// this point is unreachable (a fresh block is opened for it).
    pub fn exit_now(&mut self, reason: &'static str) {
        self.exit_here(reason);
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    /// Ends the current block with an exit before the current instruction (the caller emits
    /// nothing more into it).
    pub fn exit_here(&mut self, reason: &'static str) {
        let e = self.pre_exit(reason, Fix::None);
        self.b.ins().jump(e, &[]);
    }

    /// Branches to the exception exit when a RawValue result carries the error tag.
    pub fn check_raw(&mut self, tag: V) {
        let exit = self.exc_exit();
        let bad = self.eq_imm(tag, abi::RET_ERROR as i64);
        self.exit_if(bad, exit);
    }

    /// Branches to the exception exit when a helper status is non-zero.
    pub fn check_status(&mut self, status: V) {
        let exit = self.exc_exit();
        let cont = self.b.create_block();
        self.b.ins().brif(status, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }
}

/// Appends what identifies representation `r` (its variant and SSA values) to `key`;
/// returns the exit-buffer words it takes.
fn repr_key(r: Repr, key: &mut Vec<u32>) -> usize {
    let (variant, values, words): (u32, &[V], usize) = match &r {
        Repr::Boxed { tag, payload } => (0, &[*tag, *payload], 2),
        Repr::Int(v) => (1, &[*v], 1),
        Repr::Float(f) => (2, &[*f], 1),
        Repr::Bool(z) => (3, &[*z], 1),
        Repr::Null => (4, &[], 0),
        Repr::ListIter { list, idx } => (5, &[*list, *idx], 2),
        Repr::RangeObj { start, stop, step } => (6, &[*start, *stop, *step], 3),
        Repr::RangeIter { cur, stop, step } => (7, &[*cur, *stop, *step], 3),
    };
    key.push(variant);
    key.extend(values.iter().map(|v| v.as_u32()));
    words
}

/// Slot kinds of an all-boxed, owned state of `n` values (OSR entry buffers).
pub fn boxed_slots(n: usize) -> Vec<SlotKind> {
    vec![slot_kind(Kind::Boxed, Own::Owned); n]
}
