//! Optimising and assembling a [`Cfg`] into a code object's words (= CPython 3.11's
//! `assemble()` and the passes it runs: `optimize_cfg`, `duplicate_exits_without_lineno`,
//! `propagate_line_numbers`, `stackdepth`, `label_exception_targets`,
//! `assemble_jump_offsets`, `assemble_exception_table`).
//!
//! The peephole optimisations the passes call are in `peephole.rs`.
//!
//! Differences from CPython, all dictated by Heron's encoding: jumps are absolute word indices
//! (no EXTENDED_ARG, so every instruction has a fixed size and offsets are computed once);
//! there are no backward conditional jumps — a conditional jump whose target ends up earlier in
//! the layout goes through a `JUMP_BACKWARD` trampoline placed at the end, so that every
//! back-edge polls the eval breaker.
//!
//! Invariant of the result (checked by the tests in `compiler/tests/validate.rs`): every jump
//! target and handler is an instruction start, the stack depth is consistent along every edge,
//! never negative and never above `stacksize`.

use std::collections::HashSet;

use super::flow::{Cfg, IOp, Instr, Label, Pseudo};
use crate::bytecode::opcodes::encode;
use crate::bytecode::{Const, ExceptionEntry, Op, Position};

/// The assembled form of one code object.
pub(crate) struct Assembled {
    pub code: Vec<u32>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub stacksize: u32,
    /// Highest constant index used by LOAD_CONST/KW_NAMES (for trimming unused constants).
    pub max_const: Option<u32>,
}

/// Largest encodable argument.
const MAX_ARG: u32 = (1 << 24) - 1;

impl Cfg {
    /// Runs the optimisation passes and lays the code out.
    pub(crate) fn assemble(
        mut self,
        consts: &[Const],
        firstlineno: u32,
    ) -> Result<Assembled, String> {
        self.order.retain(|&b| b < self.blocks.len());
        if self.order.is_empty() {
            return Err("empty code object".into());
        }
        self.skip_empty_targets()?;
        for i in 0..self.order.len() {
            self.extend_block(self.order[i]);
        }
        let pos = self.pos_map();
        for i in 0..self.order.len() {
            let b = self.order[i];
            self.optimize_block(b, consts, &pos);
            let next_line = self.next_first_line(&pos, b);
            self.clean_block(b, None, next_line);
        }
        for i in 0..self.order.len() {
            self.extend_block(self.order[i]);
        }
        self.remove_unreachable();
        self.skip_empty_targets()?;
        self.remove_empty_blocks();
        self.clean_with_predecessors();
        self.remove_redundant_jumps();
        self.skip_empty_targets()?;
        self.remove_empty_blocks();
        self.compute_predecessors();
        self.duplicate_exits_without_lineno();
        self.propagate_line_numbers();
        self.guarantee_lineno_for_exits(firstlineno);
        let stacksize = self.stack_depth()?;
        self.label_exception_targets();
        for b in &mut self.blocks {
            for i in &mut b.instrs {
                if matches!(i.op, IOp::Pseudo(Pseudo::PopBlock)) || i.op.is_block_push() {
                    i.set_nop();
                }
            }
        }
        self.remove_redundant_jumps();
        self.clean_with_predecessors();
        // Blocks holding only block-push pseudo-instructions are empty now: move jumps that
        // target them along before dropping them.
        self.skip_empty_targets()?;
        self.remove_empty_blocks();
        self.add_trampolines();
        self.emit(stacksize)
    }

    pub(super) fn pos_map(&self) -> Vec<usize> {
        let mut pos = vec![usize::MAX; self.blocks.len()];
        for (i, &b) in self.order.iter().enumerate() {
            pos[b] = i;
        }
        pos
    }

    /// The block laid out after `b`, if any.
    pub(super) fn next_in_layout(&self, pos: &[usize], b: Label) -> Option<Label> {
        let p = pos[b];
        if p == usize::MAX {
            return None;
        }
        self.order.get(p + 1).copied()
    }

    /// Retargets jumps at empty blocks to the next non-empty block (= the "skip over empty
    /// basic blocks" loops of `normalize_basic_block`).
    fn skip_empty_targets(&mut self) -> Result<(), String> {
        let pos = self.pos_map();
        for bi in 0..self.blocks.len() {
            for ii in 0..self.blocks[bi].instrs.len() {
                let Some(mut t) = self.blocks[bi].instrs[ii].target else {
                    continue;
                };
                let mut guard = 0;
                while self.blocks[t].instrs.is_empty() {
                    t = self
                        .next_in_layout(&pos, t)
                        .ok_or("jump to the end of the code")?;
                    guard += 1;
                    if guard > self.blocks.len() {
                        return Err("jump into a cycle of empty blocks".into());
                    }
                }
                self.blocks[bi].instrs[ii].target = Some(t);
            }
        }
        Ok(())
    }

    /// Successors of a block: fallthrough, jump and handler targets.
    fn successors(&self, pos: &[usize], b: Label) -> Vec<Label> {
        let blk = &self.blocks[b];
        let mut out: Vec<Label> = blk.instrs.iter().filter_map(|i| i.target).collect();
        if blk.has_fallthrough() {
            if let Some(n) = self.next_in_layout(pos, b) {
                out.push(n);
            }
        }
        out
    }

    /// Counts predecessors of the blocks reachable from the entry (= `mark_reachable`).
    fn compute_predecessors(&mut self) {
        for b in &mut self.blocks {
            b.predecessors = 0;
        }
        let pos = self.pos_map();
        let entry = self.order[0];
        let mut seen = vec![false; self.blocks.len()];
        let mut stack = vec![entry];
        seen[entry] = true;
        self.blocks[entry].predecessors = 1;
        while let Some(b) = stack.pop() {
            for s in self.successors(&pos, b) {
                self.blocks[s].predecessors += 1;
                if !seen[s] {
                    seen[s] = true;
                    stack.push(s);
                }
            }
        }
    }

    /// Empties the blocks that cannot be reached.
    fn remove_unreachable(&mut self) {
        self.compute_predecessors();
        for &b in &self.order {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
            }
        }
    }

    /// Drops empty blocks from the layout (targets were already moved past them).
    fn remove_empty_blocks(&mut self) {
        let first = self.order[0];
        let blocks = &self.blocks;
        self.order
            .retain(|&b| b == first || !blocks[b].instrs.is_empty());
    }

    /// Jumps to the block that follows anyway become NOPs.
    pub(super) fn remove_redundant_jumps(&mut self) {
        let pos = self.pos_map();
        for idx in 0..self.order.len() {
            let b = self.order[idx];
            let next = self.next_in_layout(&pos, b);
            if let Some(last) = self.blocks[b].instrs.last_mut() {
                if matches!(last.op, IOp::Pseudo(Pseudo::Jump | Pseudo::JumpNoInterrupt))
                    && last.target == next
                {
                    last.set_nop();
                }
            }
        }
    }

    fn is_exit_without_line(&self, b: Label) -> bool {
        let blk = &self.blocks[b];
        blk.is_exit() && blk.instrs.iter().all(|i| i.loc.is_none())
    }

    /// = `duplicate_exits_without_lineno`: an artificial exit block reached by several jumps
    /// is copied for each of them, so each copy can take the jump's line number.
    fn duplicate_exits_without_lineno(&mut self) {
        let mut idx = 0;
        while idx < self.order.len() {
            let b = self.order[idx];
            idx += 1;
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if !last.op.is_jump() {
                continue;
            }
            let Some(t) = last.target else { continue };
            if !self.is_exit_without_line(t) || self.blocks[t].predecessors <= 1 {
                continue;
            }
            let mut copy = self.blocks[t].clone();
            copy.predecessors = 1;
            if let Some(first) = copy.instrs.first_mut() {
                first.loc = last.loc;
            }
            self.blocks[t].predecessors -= 1;
            let nb = self.blocks.len();
            self.blocks.push(copy);
            if let Some(l) = self.blocks[b].instrs.last_mut() {
                l.target = Some(nb);
            }
            let tpos = self
                .order
                .iter()
                .position(|&x| x == t)
                .unwrap_or(self.order.len() - 1);
            self.order.insert(tpos + 1, nb);
        }
        let pos = self.pos_map();
        for idx in 0..self.order.len() {
            let b = self.order[idx];
            if !self.blocks[b].has_fallthrough() {
                continue;
            }
            let Some(n) = self.next_in_layout(&pos, b) else {
                continue;
            };
            let Some(loc) = self.blocks[b].last().map(|i| i.loc) else {
                continue;
            };
            if self.is_exit_without_line(n) {
                if let Some(first) = self.blocks[n].instrs.first_mut() {
                    first.loc = loc;
                }
            }
        }
    }

    /// = `propagate_line_numbers`.
    fn propagate_line_numbers(&mut self) {
        let pos = self.pos_map();
        for idx in 0..self.order.len() {
            let b = self.order[idx];
            let mut prev: Option<Position> = None;
            for ins in &mut self.blocks[b].instrs {
                if ins.loc.is_none() {
                    ins.loc = prev;
                } else {
                    prev = ins.loc;
                }
            }
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if self.blocks[b].has_fallthrough() {
                if let Some(n) = self.next_in_layout(&pos, b) {
                    if self.blocks[n].predecessors == 1 {
                        if let Some(first) = self.blocks[n].instrs.first_mut() {
                            if first.loc.is_none() {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
            if last.op.is_jump() {
                if let Some(t) = last.target {
                    if self.blocks[t].predecessors == 1 {
                        if let Some(first) = self.blocks[t].instrs.first_mut() {
                            if first.loc.is_none() {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
        }
    }

    /// = `guarantee_lineno_for_exits`: an artificial block ending in RETURN_VALUE takes the
    /// line of the code before it.
    fn guarantee_lineno_for_exits(&mut self, firstlineno: u32) {
        let mut line = firstlineno;
        for idx in 0..self.order.len() {
            let b = self.order[idx];
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            match last.loc {
                None if last.op.is(Op::RETURN_VALUE) => {
                    let p = Position {
                        line,
                        end_line: line,
                        col: 0,
                        end_col: 0,
                    };
                    for ins in &mut self.blocks[b].instrs {
                        if ins.loc.is_none() {
                            ins.loc = Some(p);
                        }
                    }
                }
                None => {}
                Some(p) => line = p.line,
            }
        }
    }

    /// = `stackdepth`: the maximum stack depth, and each reachable block's entry depth.
    /// A block reached with different depths is a compiler bug; the larger depth wins so the
    /// result is still a safe bound, and debug builds assert.
    fn stack_depth(&mut self) -> Result<u32, String> {
        for b in &mut self.blocks {
            b.start_depth = None;
        }
        let pos = self.pos_map();
        let entry = self.order[0];
        let mut max = 0i32;
        let mut work = vec![entry];
        self.blocks[entry].start_depth = Some(0);
        let mut budget = 64 * (self.blocks.len() + 16);
        while let Some(b) = work.pop() {
            budget = budget
                .checked_sub(1)
                .ok_or("stack depth does not converge")?;
            let mut depth = self.blocks[b].start_depth.unwrap_or(0);
            let mut falls = true;
            let instrs = self.blocks[b].instrs.clone();
            for ins in &instrs {
                let effect = ins.op.stack_effect(ins.arg, false);
                let new_depth = depth + effect;
                if let Some(t) = ins.target {
                    let td = depth + ins.op.stack_effect(ins.arg, true);
                    if td < 0 {
                        return Err("negative stack depth at a jump".into());
                    }
                    max = max.max(td);
                    self.push_depth(&mut work, t, td);
                }
                if new_depth < 0 {
                    return Err(format!("negative stack depth after {:?}", ins.op));
                }
                max = max.max(new_depth).max(depth);
                depth = new_depth;
                if ins.op.is_unconditional_jump() || ins.op.is_scope_exit() {
                    falls = false;
                    break;
                }
            }
            if falls {
                if let Some(n) = self.next_in_layout(&pos, b) {
                    self.push_depth(&mut work, n, depth);
                }
            }
        }
        u32::try_from(max).map_err(|_| "stack too deep".to_string())
    }

    fn push_depth(&mut self, work: &mut Vec<Label>, b: Label, depth: i32) {
        match self.blocks[b].start_depth {
            None => {
                self.blocks[b].start_depth = Some(depth);
                work.push(b);
            }
            Some(d) if d < depth => {
                debug_assert!(false, "inconsistent stack depth: {d} vs {depth}");
                self.blocks[b].start_depth = Some(depth);
                work.push(b);
            }
            Some(d) => debug_assert!(d == depth, "inconsistent stack depth: {d} vs {depth}"),
        }
    }

    /// = `label_exception_targets`: walks the graph with a stack of active handlers and
    /// records in every instruction the handler that covers it.
    fn label_exception_targets(&mut self) {
        let pos = self.pos_map();
        let entry = self.order[0];
        let mut visited = vec![false; self.blocks.len()];
        let mut todo: Vec<(Label, Vec<Label>)> = vec![(entry, Vec::new())];
        visited[entry] = true;
        while let Some((b, mut stack)) = todo.pop() {
            for ii in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[ii];
                if ins.op.is_block_push() {
                    if let Some(t) = ins.target {
                        if !visited[t] {
                            visited[t] = true;
                            todo.push((t, stack.clone()));
                        }
                        if matches!(
                            ins.op,
                            IOp::Pseudo(Pseudo::SetupCleanup | Pseudo::SetupWith)
                        ) {
                            self.blocks[t].preserve_lasti = true;
                        }
                        stack.push(t);
                    }
                } else if matches!(ins.op, IOp::Pseudo(Pseudo::PopBlock)) {
                    // Like the SETUPs, POP_BLOCK itself (a NOP later) is not covered.
                    stack.pop();
                } else {
                    self.blocks[b].instrs[ii].except = stack.last().copied();
                    if ins.op.is_jump() {
                        if let Some(t) = ins.target {
                            if !visited[t] {
                                visited[t] = true;
                                todo.push((t, stack.clone()));
                            }
                        }
                    }
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(n) = self.next_in_layout(&pos, b) {
                    if !visited[n] {
                        visited[n] = true;
                        todo.push((n, stack));
                    }
                }
            }
        }
    }

    /// Conditional jumps cannot go backwards: route them through a `JUMP_BACKWARD`
    /// trampoline at the end of the code.
    fn add_trampolines(&mut self) {
        let pos = self.pos_map();
        let mut new_blocks = Vec::new();
        for idx in 0..self.order.len() {
            let b = self.order[idx];
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            let Some(t) = last.target else { continue };
            if !last.op.is_jump() || last.op.is_unconditional_jump() || pos[t] > idx {
                continue;
            }
            let mut j = Instr::new(IOp::Pseudo(Pseudo::Jump), 0, Some(t), last.loc);
            j.except = last.except;
            let nb = self.blocks.len();
            self.blocks.push(super::flow::Block {
                instrs: vec![j],
                placed: true,
                ..Default::default()
            });
            if let Some(l) = self.blocks[b].instrs.last_mut() {
                l.target = Some(nb);
            }
            new_blocks.push(nb);
        }
        self.order.extend(new_blocks);
    }

    /// Lays out the words, positions and exception table.
    fn emit(self, stacksize: u32) -> Result<Assembled, String> {
        // Offsets of blocks.
        let mut offset = vec![0u32; self.blocks.len()];
        let mut at = 0u32;
        for &b in &self.order {
            offset[b] = at;
            for ins in &self.blocks[b].instrs {
                at += 1 + real_op(ins, 0, 0).cache_words() as u32;
            }
        }
        let mut code = Vec::with_capacity(at as usize);
        let mut positions = Vec::with_capacity(at as usize);
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut cur_handler: Option<(Label, u32)> = None;
        let mut max_const: Option<u32> = None;
        let mut seen_handlers = HashSet::new();
        for &b in &self.order {
            for ins in &self.blocks[b].instrs {
                let here = code.len() as u32;
                if cur_handler.map(|h| h.0) != ins.except {
                    if let Some((h, start)) = cur_handler.take() {
                        table.push(self.entry(h, start, here, &offset)?);
                    }
                    cur_handler = ins.except.map(|h| (h, here));
                }
                if let Some(h) = ins.except {
                    seen_handlers.insert(h);
                }
                let target_off = ins.target.map_or(0, |t| offset[t]);
                let op = real_op(ins, here, target_off);
                let arg = if ins.target.is_some() {
                    target_off
                } else {
                    ins.arg
                };
                if arg > MAX_ARG {
                    return Err("instruction argument exceeds 24 bits".into());
                }
                if matches!(op, Op::LOAD_CONST | Op::KW_NAMES) {
                    max_const = Some(max_const.map_or(arg, |m| m.max(arg)));
                }
                let p = ins.loc.unwrap_or_default();
                code.push(encode(op, arg));
                positions.push(p);
                for _ in 0..op.cache_words() {
                    code.push(0);
                    positions.push(p);
                }
            }
        }
        if let Some((h, start)) = cur_handler {
            table.push(self.entry(h, start, code.len() as u32, &offset)?);
        }
        Ok(Assembled {
            code,
            positions,
            exception_table: table,
            stacksize,
            max_const,
        })
    }

    fn entry(
        &self,
        h: Label,
        start: u32,
        end: u32,
        offset: &[u32],
    ) -> Result<ExceptionEntry, String> {
        let blk = &self.blocks[h];
        let d = blk.start_depth.ok_or("handler without a stack depth")?
            - 1
            - i32::from(blk.preserve_lasti);
        let depth = u32::try_from(d).map_err(|_| "negative handler depth".to_string())?;
        Ok(ExceptionEntry {
            start,
            end,
            target: offset[h],
            depth,
            lasti: blk.preserve_lasti,
        })
    }
}

/// The opcode an instruction assembles to (pseudo jumps by direction; leftover pseudos as NOP).
fn real_op(ins: &Instr, here: u32, target: u32) -> Op {
    match ins.op {
        IOp::Real(op) => op,
        IOp::Pseudo(Pseudo::Jump) => {
            if target <= here && ins.target.is_some() {
                Op::JUMP_BACKWARD
            } else {
                Op::JUMP_FORWARD
            }
        }
        IOp::Pseudo(Pseudo::JumpNoInterrupt) => {
            if target <= here && ins.target.is_some() {
                Op::JUMP_BACKWARD_NO_INTERRUPT
            } else {
                Op::JUMP_FORWARD
            }
        }
        IOp::Pseudo(_) => Op::NOP,
    }
}
