//! Peephole optimisations of the control-flow graph (= the CPython 3.11 passes that change
//! the bytecode visibly: `extend_block`, `optimize_basic_block` with `jump_thread`,
//! `swaptimize` and `apply_static_swaps`, `clean_basic_block`).
//!
//! They run on the graph before the layout is final (see `assemble.rs` for the order) and only
//! ever replace instructions by cheaper equivalents: a constant condition becomes a jump or
//! nothing, `x is None` tests become POP_JUMP_IF_[NOT_]NONE, jumps to unconditional jumps go
//! straight to the final target (conditional ones only forward), `BUILD_TUPLE n;
//! UNPACK_SEQUENCE n` becomes SWAP or nothing, runs of SWAPs (from `match` patterns) become the
//! fewest SWAPs with the same effect, `PUSH_NULL; LOAD_GLOBAL` becomes LOAD_GLOBAL
//! with its NULL bit, and NOPs are dropped when no line number needs them.

use super::flow::{Cfg, IOp, Instr, Label, Pseudo};
use crate::bytecode::{Const, Op};

/// Exit blocks at most this long are copied instead of jumped to (CPython's MAX_COPY_SIZE).
const MAX_COPY_SIZE: usize = 4;

impl Cfg {
    /// = `extend_block`: replaces an unconditional jump to a small artificial exit block (an
    /// implicit `return None`) by a copy of it.
    pub(super) fn extend_block(&mut self, b: Label) {
        let Some(last) = self.blocks[b].last().copied() else {
            return;
        };
        if !last.op.is_unconditional_jump() {
            return;
        }
        let Some(t) = last.target else { return };
        let target = &self.blocks[t];
        if !target.is_exit() || target.instrs.len() > MAX_COPY_SIZE || t == b {
            return;
        }
        if target.instrs.iter().any(|i| i.loc.is_some()) {
            return;
        }
        let copy = target.instrs.clone();
        let block = &mut self.blocks[b];
        if let Some(l) = block.instrs.last_mut() {
            l.set_nop();
        }
        block.instrs.extend(copy);
    }

    /// The first instruction of the block `t` (after skipping empties), if any.
    fn first_instr(&self, t: Label) -> Option<Instr> {
        self.blocks[t].instrs.first().copied()
    }

    /// = `optimize_basic_block`: the peephole optimisations of CPython 3.11 that change the
    /// bytecode visibly (constant conditions, `x is None` tests, jump threading, tuple
    /// build/unpack pairs, PUSH_NULL + LOAD_GLOBAL).
    pub(super) fn optimize_block(&mut self, b: Label, consts: &[Const], pos: &[usize]) {
        let mut i = 0;
        let mut steps = 0;
        while i < self.blocks[b].instrs.len() {
            steps += 1;
            if steps > 10_000 {
                break;
            }
            let inst = self.blocks[b].instrs[i];
            let next = self.blocks[b].instrs.get(i + 1).copied();
            let nextop = next.map(|n| n.op);
            let target = inst.target.and_then(|t| self.first_instr(t));
            let mut redo = false;
            match inst.op {
                IOp::Real(Op::LOAD_CONST) => {
                    let truth = consts.get(inst.arg as usize).and_then(const_truth);
                    match (nextop, truth) {
                        (
                            Some(IOp::Real(op @ (Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE))),
                            Some(t),
                        ) => {
                            let instrs = &mut self.blocks[b].instrs;
                            instrs[i].set_nop();
                            if t == (op == Op::POP_JUMP_IF_TRUE) {
                                instrs[i + 1].op = IOp::Pseudo(Pseudo::Jump);
                            } else {
                                instrs[i + 1].set_nop();
                            }
                        }
                        (
                            Some(IOp::Real(
                                op @ (Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP),
                            )),
                            Some(t),
                        ) => {
                            let instrs = &mut self.blocks[b].instrs;
                            if t == (op == Op::JUMP_IF_TRUE_OR_POP) {
                                instrs[i + 1].op = IOp::Pseudo(Pseudo::Jump);
                            } else {
                                instrs[i].set_nop();
                                instrs[i + 1].set_nop();
                            }
                        }
                        (Some(IOp::Real(Op::IS_OP)), _) => {
                            let is_none =
                                matches!(consts.get(inst.arg as usize), Some(Const::None));
                            let jump = self.blocks[b].instrs.get(i + 2).map(|j| j.op);
                            if let (
                                true,
                                Some(IOp::Real(j @ (Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE))),
                            ) = (is_none, jump)
                            {
                                let invert = next.map_or(0, |n| n.arg);
                                let instrs = &mut self.blocks[b].instrs;
                                instrs[i].set_nop();
                                instrs[i + 1].set_nop();
                                let not_none = (invert == 1) ^ (j == Op::POP_JUMP_IF_FALSE);
                                instrs[i + 2].op = IOp::Real(if not_none {
                                    Op::POP_JUMP_IF_NOT_NONE
                                } else {
                                    Op::POP_JUMP_IF_NONE
                                });
                            }
                        }
                        _ => {}
                    }
                }
                IOp::Real(Op::BUILD_TUPLE) => {
                    if let Some(n) = next {
                        if n.op.is(Op::UNPACK_SEQUENCE) && n.arg == inst.arg {
                            let instrs = &mut self.blocks[b].instrs;
                            match inst.arg {
                                1 => {
                                    instrs[i].set_nop();
                                    instrs[i + 1].set_nop();
                                }
                                2 | 3 => {
                                    instrs[i].set_nop();
                                    instrs[i + 1].op = IOp::Real(Op::SWAP);
                                }
                                _ => {}
                            }
                        }
                    }
                }
                IOp::Real(Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP) => {
                    let same = if inst.op.is(Op::JUMP_IF_FALSE_OR_POP) {
                        Op::POP_JUMP_IF_FALSE
                    } else {
                        Op::POP_JUMP_IF_TRUE
                    };
                    let opposite_keep = if inst.op.is(Op::JUMP_IF_FALSE_OR_POP) {
                        Op::JUMP_IF_TRUE_OR_POP
                    } else {
                        Op::JUMP_IF_FALSE_OR_POP
                    };
                    let opposite_pop = if inst.op.is(Op::JUMP_IF_FALSE_OR_POP) {
                        Op::POP_JUMP_IF_TRUE
                    } else {
                        Op::POP_JUMP_IF_FALSE
                    };
                    if let Some(t) = target {
                        if t.op.is(same) {
                            redo = self.jump_thread(b, i, t, IOp::Real(same));
                        } else if t.op == inst.op || t.op == IOp::Pseudo(Pseudo::Jump) {
                            redo = self.jump_thread(b, i, t, inst.op);
                        } else if (t.op.is(opposite_keep) || t.op.is(opposite_pop))
                            && inst.line() == t.line()
                        {
                            // The second test fails for sure: skip it.
                            let tb = inst.target.unwrap_or(b);
                            if let Some(after) = self.next_in_layout(pos, tb) {
                                if after != tb {
                                    let ins = &mut self.blocks[b].instrs[i];
                                    ins.op = IOp::Real(same);
                                    ins.target = Some(after);
                                    redo = true;
                                }
                            }
                        }
                    }
                }
                IOp::Real(
                    Op::POP_JUMP_IF_FALSE
                    | Op::POP_JUMP_IF_TRUE
                    | Op::POP_JUMP_IF_NONE
                    | Op::POP_JUMP_IF_NOT_NONE,
                ) => {
                    if let Some(t) = target {
                        if t.op == IOp::Pseudo(Pseudo::Jump) && is_forward(pos, b, t.target) {
                            redo = self.jump_thread(b, i, t, inst.op);
                        }
                    }
                }
                IOp::Pseudo(Pseudo::Jump) => {
                    if let Some(t) = target {
                        if t.op == IOp::Pseudo(Pseudo::Jump) {
                            redo = self.jump_thread(b, i, t, inst.op);
                        }
                    }
                }
                IOp::Real(Op::SWAP) if inst.arg == 1 => self.blocks[b].instrs[i].set_nop(),
                IOp::Real(Op::SWAP) => {
                    let last = swaptimize(&mut self.blocks[b].instrs, i);
                    apply_static_swaps(&mut self.blocks[b].instrs, last);
                    i = last;
                }
                IOp::Real(Op::PUSH_NULL) => {
                    if let Some(n) = next {
                        if n.op.is(Op::LOAD_GLOBAL) && n.arg & 1 == 0 {
                            let instrs = &mut self.blocks[b].instrs;
                            instrs[i].set_nop();
                            instrs[i + 1].arg |= 1;
                        }
                    }
                }
                _ => {}
            }
            if !redo {
                i += 1;
            }
        }
    }

    /// = `jump_thread`: makes instruction `i` of block `b` jump where `target` (the first
    /// instruction of its target) jumps, as `op`. Returns whether it changed anything.
    fn jump_thread(&mut self, b: Label, i: usize, target: Instr, op: IOp) -> bool {
        let inst = self.blocks[b].instrs[i];
        if inst.line() == target.line() && inst.target != target.target {
            let ins = &mut self.blocks[b].instrs[i];
            ins.target = target.target;
            ins.op = op;
            return true;
        }
        false
    }

    /// = `clean_basic_block`: removes NOPs that do not carry a needed line number.
    /// `prev_line` is the line of the instruction falling through into the block.
    /// `next_first_line` is the line of the first instruction of the next non-empty block.
    pub(super) fn clean_block(
        &mut self,
        b: Label,
        prev_line: Option<u32>,
        next_first_line: Option<Option<u32>>,
    ) {
        let instrs = &mut self.blocks[b].instrs;
        let mut out: Vec<Instr> = Vec::with_capacity(instrs.len());
        let mut prev = prev_line;
        let n = instrs.len();
        for src in 0..n {
            let ins = instrs[src];
            let line = ins.line();
            if ins.op.is(Op::NOP) {
                if line.is_none() || prev == line {
                    continue;
                }
                if src + 1 < n {
                    let next_line = instrs[src + 1].line();
                    if next_line.is_none() || next_line == line {
                        // (CPython 3.11 moves only the line number, not the columns.)
                        instrs[src + 1].loc = match (instrs[src + 1].loc, ins.loc) {
                            (Some(mut n), Some(p)) => {
                                n.line = p.line;
                                Some(n)
                            }
                            (_, p) => p,
                        };
                        continue;
                    }
                } else if next_first_line == Some(line) {
                    continue;
                }
            }
            out.push(ins);
            prev = line;
        }
        *instrs = out;
    }

    /// The line of the first instruction of the next non-empty block after `b`.
    pub(super) fn next_first_line(&self, pos: &[usize], b: Label) -> Option<Option<u32>> {
        let mut n = self.next_in_layout(pos, b);
        while let Some(nb) = n {
            if let Some(first) = self.blocks[nb].instrs.first() {
                return Some(first.line());
            }
            n = self.next_in_layout(pos, nb);
        }
        None
    }

    /// Cleans every block, passing the line of a falling-through predecessor.
    pub(super) fn clean_with_predecessors(&mut self) {
        let pos = self.pos_map();
        let mut prev: Option<u32> = None;
        for idx in 0..self.order.len() {
            let b = self.order[idx];
            let next_line = self.next_first_line(&pos, b);
            self.clean_block(b, prev, next_line);
            let blk = &self.blocks[b];
            prev = if blk.has_fallthrough() {
                blk.last().and_then(|i| i.line()).or(prev)
            } else {
                None
            };
        }
    }
}

/// Instructions that may be reordered by [`apply_static_swaps`]: they only consume TOS and
/// can neither jump, raise nor run code (= `SWAPPABLE`).
fn swappable(op: IOp) -> bool {
    matches!(op, IOp::Real(Op::STORE_FAST | Op::POP_TOP))
}

/// The next swappable instruction after `i` (on line `line`, if given), skipping NOPs.
fn next_swappable(instrs: &[Instr], mut i: usize, line: Option<Option<u32>>) -> Option<usize> {
    loop {
        i += 1;
        let ins = instrs.get(i)?;
        if line.is_some_and(|l| ins.line() != l) {
            return None;
        }
        if ins.op.is(Op::NOP) {
            continue;
        }
        return swappable(ins.op).then_some(i);
    }
}

/// = `swaptimize`: a run of SWAPs (and NOPs) starting at `at` is replaced by the fewest
/// SWAPs with the same effect, placed at the end of the run. Returns the index of the run's
/// last instruction.
fn swaptimize(instrs: &mut [Instr], at: usize) -> usize {
    let mut depth = instrs[at].arg as usize;
    let mut len = 1;
    let mut more = false;
    while let Some(ins) = instrs.get(at + len) {
        if ins.op.is(Op::SWAP) {
            depth = depth.max(ins.arg as usize);
            more = true;
        } else if !ins.op.is(Op::NOP) {
            break;
        }
        len += 1;
    }
    if !more {
        return at;
    }
    // Where each stack slot's item ends up: run the SWAPs on slot numbers (0 = TOS).
    let mut slots: Vec<usize> = (0..depth).collect();
    for ins in &instrs[at..at + len] {
        if ins.op.is(Op::SWAP) {
            slots.swap(0, ins.arg as usize - 1);
        }
    }
    // Each cycle of the permutation becomes SWAPs through slot 0. They are written from the
    // end of the run backwards, which performs the un-shuffling moves in reverse: a shuffle.
    const DONE: usize = usize::MAX;
    let mut out: Vec<u32> = Vec::new();
    for i in 0..depth {
        if slots[i] == DONE || slots[i] == i {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                out.push(j as u32 + 1);
            }
            if slots[j] == DONE {
                break;
            }
            let next = slots[j];
            slots[j] = DONE;
            j = next;
        }
    }
    debug_assert!(out.len() <= len);
    for k in 0..len {
        instrs[at + k].set_nop();
    }
    for (n, arg) in out.into_iter().enumerate() {
        let ins = &mut instrs[at + len - 1 - n];
        ins.op = IOp::Real(Op::SWAP);
        ins.arg = arg;
    }
    at + len - 1
}

/// = `apply_static_swaps`: `SWAP n` followed by n stores/pops becomes the stores in another
/// order (the `a, b = b, a` idiom in functions).
fn apply_static_swaps(instrs: &mut [Instr], at: usize) {
    let mut i = at as isize;
    while i >= 0 {
        let idx = i as usize;
        let swap = instrs[idx];
        if !swap.op.is(Op::SWAP) {
            if swap.op.is(Op::NOP) || swappable(swap.op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, idx, None) else {
            return;
        };
        let line = instrs[j].line();
        let mut k = j;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, Some(line)) {
                Some(n) => k = n,
                None => return,
            }
        }
        instrs[idx].set_nop();
        instrs.swap(j, k);
        i -= 1;
    }
}

/// Whether block `to` is laid out after block `from` (jump threading never creates backward
/// conditional jumps).
fn is_forward(pos: &[usize], from: Label, to: Option<Label>) -> bool {
    let Some(to) = to else { return false };
    pos[to] != usize::MAX && pos[from] != usize::MAX && pos[to] > pos[from]
}

/// The truth value of a constant, when it is known without running code.
pub(crate) fn const_truth(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(b) => *b != num_bigint::BigInt::from(0),
        Const::Float(f) => *f != 0.0,
        Const::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::FrozenSet(t) => !t.is_empty(),
        Const::Ellipsis => true,
        Const::Code(_) => true,
    })
}
