//! Bytecode analysis before translation: decoding the quickened instruction stream, basic
//! blocks and their successors, the value-stack depth at every block start, loop headers, and
//! the kinds (representations) every local and stack slot has at each block entry.
//!
//! Kinds are found by abstract interpretation to a fixpoint, using [`crate::typeflow`] — the
//! same per-instruction plans the translator lowers — so the block parameters the translator
//! creates agree with what the code flowing into them produces. At merges, slots that disagree
//! become `Boxed`, except at loop headers, where a slot that is `Boxed` on entry but a single
//! unboxed kind on every back edge is speculated to have that kind (the entry edge guards and
//! unboxes; a failing guard deopts to the header, and the exit counters turn the speculation off
//! when it keeps failing).
//!
//! Invariants: every reachable block has one stack depth; instructions in exception handlers
//! are only translated when they are reachable from an entry (function start or a loop header
//! used for OSR).

use std::collections::{BTreeSet, HashMap, HashSet};

use heron_runtime::bytecode::opcodes::{decode, Op};
use heron_runtime::objects::code::CodeData;

use crate::typeflow::{self, Abs, Facts, Kind};

/// One decoded instruction.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    /// Word index of the instruction.
    pub pc: u32,
    pub op: Op,
    pub arg: u32,
    /// Word index of the next instruction (after the inline cache).
    pub next: u32,
}

/// A basic block of the bytecode.
#[derive(Clone, Debug)]
pub struct Block {
    /// Word index of the first instruction.
    pub start: u32,
    /// Indices into [`Cfg::instrs`].
    pub first: usize,
    pub last: usize,
    /// Value-stack depth at entry (`None` if unreachable).
    pub depth: Option<u32>,
    /// Target of a backward jump.
    pub loop_header: bool,
    /// Right after the RESUME that follows a generator's YIELD_VALUE: where compiled code
    /// enters when the generator is resumed (its stack holds the sent value).
    pub resume_point: bool,
    /// Kinds at entry (filled by [`Cfg::infer_kinds`]).
    pub entry: Option<EntryState>,
}

/// The abstract state at a block entry: locals then stack.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryState {
    pub locals: Vec<LocalKind>,
    pub stack: Vec<Kind>,
}

/// A local's kind at a block entry and whether it is certainly bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalKind {
    pub kind: Kind,
    pub bound: bool,
}

/// The control-flow graph of one code object.
pub struct Cfg {
    pub instrs: Vec<Instr>,
    pub blocks: Vec<Block>,
    block_at: HashMap<u32, usize>,
    pub nlocals: usize,
    /// The block right after the function's `RESUME 0`: where an activation entered from
    /// the interpreter's RESUME hook starts (the instructions before RESUME — MAKE_CELL,
    /// COPY_FREE_VARS — already ran in the interpreter).
    pub resume: Option<usize>,
}

/// Why a code object cannot be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decline(pub String);

/// Where control goes after an instruction, with the stack effect of each edge.
pub fn successors(i: &Instr) -> Vec<(u32, bool)> {
    match i.op.base() {
        Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => {
            vec![(i.arg, true)]
        }
        Op::POP_JUMP_IF_FALSE
        | Op::POP_JUMP_IF_TRUE
        | Op::POP_JUMP_IF_NONE
        | Op::POP_JUMP_IF_NOT_NONE
        | Op::JUMP_IF_FALSE_OR_POP
        | Op::JUMP_IF_TRUE_OR_POP
        | Op::FOR_ITER
        | Op::SEND => vec![(i.next, false), (i.arg, true)],
        Op::RETURN_VALUE | Op::RERAISE | Op::RAISE_VARARGS => vec![],
        _ => vec![(i.next, false)],
    }
}

impl Cfg {
    /// Decodes the quickened words of `cd` and builds the blocks.
    pub fn build(cd: &CodeData) -> Result<Cfg, Decline> {
        let n = cd.nwords();
        let mut instrs = Vec::new();
        let mut pc = 0usize;
        while pc < n {
            let (opn, arg) = decode(cd.word(pc));
            let op =
                Op::from_u8(opn).ok_or_else(|| Decline(format!("invalid opcode {opn} at {pc}")))?;
            // `except*` and the asynchronous instructions stay in the interpreter: decline the
            // whole code object before any block is translated.
            if matches!(
                op,
                Op::CHECK_EG_MATCH
                    | Op::PREP_RERAISE_STAR
                    | Op::GET_AWAITABLE
                    | Op::GET_AITER
                    | Op::GET_ANEXT
                    | Op::END_ASYNC_FOR
                    | Op::BEFORE_ASYNC_WITH
                    | Op::ASYNC_GEN_WRAP
            ) {
                return Err(Decline(format!(
                    "interpreter-only instruction {}",
                    op.name()
                )));
            }
            let next = pc + 1 + op.cache_words();
            instrs.push(Instr {
                pc: pc as u32,
                op,
                arg,
                next: next as u32,
            });
            pc = next;
        }
        let mut leaders = BTreeSet::new();
        leaders.insert(0u32);
        let mut backward_targets = BTreeSet::new();
        let mut resume_points = BTreeSet::new();
        for (k, i) in instrs.iter().enumerate() {
            if i.op.base() == Op::YIELD_VALUE {
                // The interpreter's RESUME after a yield enters compiled code at the
                // instruction after that RESUME.
                match instrs.get(k + 1) {
                    Some(r) if r.op == Op::RESUME && (r.next as usize) < n => {
                        leaders.insert(i.next);
                        leaders.insert(r.next);
                        resume_points.insert(r.next);
                    }
                    _ => return Err(Decline("YIELD_VALUE without a RESUME after it".into())),
                }
            }
            let succ = successors(i);
            let ends_block = succ.len() != 1 || succ[0].0 != i.next;
            if ends_block {
                for (t, _) in &succ {
                    leaders.insert(*t);
                }
                if (i.next as usize) < n {
                    leaders.insert(i.next);
                }
            }
            if matches!(i.op, Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT) {
                backward_targets.insert(i.arg);
            }
        }
        for e in &cd.code.exception_table {
            leaders.insert(e.target);
        }
        let resume_next = instrs
            .iter()
            .find(|i| i.op == Op::RESUME && i.arg == 0)
            .map(|i| i.next)
            .filter(|&p| (p as usize) < n);
        if let Some(p) = resume_next {
            leaders.insert(p);
        }
        let mut blocks = Vec::new();
        let mut block_at = HashMap::new();
        let mut current: Option<usize> = None;
        for (k, i) in instrs.iter().enumerate() {
            if leaders.contains(&i.pc) || current.is_none() {
                block_at.insert(i.pc, blocks.len());
                blocks.push(Block {
                    start: i.pc,
                    first: k,
                    last: k,
                    depth: None,
                    loop_header: backward_targets.contains(&i.pc),
                    resume_point: resume_points.contains(&i.pc),
                    entry: None,
                });
                current = Some(blocks.len() - 1);
            }
            blocks[current.unwrap_or(0)].last = k;
        }
        let resume = resume_next.and_then(|p| block_at.get(&p).copied());
        let mut cfg = Cfg {
            instrs,
            blocks,
            block_at,
            nlocals: cd.code.nlocalsplus(),
            resume,
        };
        cfg.compute_depths(&[0])?;
        Ok(cfg)
    }

    /// The instruction at word `pc`.
    pub fn instr_at(&self, pc: u32) -> Option<&Instr> {
        let k = self.instrs.binary_search_by_key(&pc, |i| i.pc).ok()?;
        Some(&self.instrs[k])
    }

    /// The block starting at word `pc`.
    pub fn block_at(&self, pc: u32) -> Option<usize> {
        self.block_at.get(&pc).copied()
    }

    /// Successor blocks of block `b` with the stack depth each edge carries.
    pub fn block_succs(&self, b: usize) -> Vec<(usize, bool)> {
        let last = &self.instrs[self.blocks[b].last];
        successors(last)
            .into_iter()
            .filter_map(|(pc, jump)| self.block_at(pc).map(|t| (t, jump)))
            .collect()
    }

    /// Propagates stack depths from the given root blocks (their depths must be set, except
    /// block 0 which starts empty).
    pub fn compute_depths(&mut self, roots: &[usize]) -> Result<(), Decline> {
        let mut work: Vec<usize> = Vec::new();
        for &r in roots {
            if r == 0 && self.blocks[0].depth.is_none() {
                self.blocks[0].depth = Some(0);
            }
            work.push(r);
        }
        while let Some(b) = work.pop() {
            let Some(mut d) = self.blocks[b].depth else {
                continue;
            };
            let (first, last) = (self.blocks[b].first, self.blocks[b].last);
            for k in first..=last {
                let i = self.instrs[k];
                if k == last {
                    for (t, jump) in successors(&i) {
                        let nd = d as i32 + i.op.stack_effect(i.arg, jump);
                        if nd < 0 {
                            return Err(Decline(format!(
                                "negative stack depth after {} at {}",
                                i.op.name(),
                                i.pc
                            )));
                        }
                        let tb = self.block_at(t).ok_or_else(|| {
                            Decline(format!("jump into the middle of a block at {t}"))
                        })?;
                        match self.blocks[tb].depth {
                            None => {
                                self.blocks[tb].depth = Some(nd as u32);
                                work.push(tb);
                            }
                            Some(old) if old != nd as u32 => {
                                return Err(Decline(format!(
                                    "inconsistent stack depth at {t} ({old} vs {nd})"
                                )));
                            }
                            _ => {}
                        }
                    }
                } else {
                    let nd = d as i32 + i.op.stack_effect(i.arg, false);
                    if nd < 0 {
                        return Err(Decline(format!("negative stack depth at {}", i.pc)));
                    }
                    d = nd as u32;
                }
            }
        }
        Ok(())
    }

    /// For each instruction, whether it lies inside a loop (between a loop header and a
    /// backward jump to it); empty when the code has no loops.
    pub fn loop_members(&self) -> Vec<bool> {
        let mut m = Vec::new();
        for j in &self.instrs {
            if matches!(j.op, Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT) {
                m.resize(self.instrs.len(), false);
                for (k, i) in self.instrs.iter().enumerate() {
                    m[k] |= i.pc >= j.arg && i.pc <= j.pc;
                }
            }
        }
        m
    }

    /// Subscripts whose key is the slice built by the instruction just before them in the
    /// same block (`BUILD_SLICE n` then `BINARY_SUBSCR`/`STORE_SUBSCR`): subscript word index
    /// → n. Compiled code fuses the pair and never makes the slice object.
    pub fn fused_slices(&self) -> HashMap<u32, u8> {
        self.instrs
            .windows(2)
            .filter(|w| {
                w[0].op.base() == Op::BUILD_SLICE
                    && matches!(w[1].op.base(), Op::BINARY_SUBSCR | Op::STORE_SUBSCR)
                    && w[0].next == w[1].pc
                    && self.block_at(w[1].pc).is_none()
            })
            .map(|w| (w[1].pc, w[0].arg as u8))
            .collect()
    }

    /// GET_ITER instructions directly followed by a FOR_ITER the interpreter specialised to
    /// FOR_ITER_LIST (a loop over lists): compiled code keeps their iterator virtual.
    pub fn list_loops(&self) -> HashSet<u32> {
        self.instrs
            .windows(2)
            .filter(|w| {
                w[0].op.base() == Op::GET_ITER
                    && w[1].op == Op::FOR_ITER_LIST
                    && w[0].next == w[1].pc
            })
            .map(|w| w[0].pc)
            .collect()
    }

    /// The blocks compiled code can be entered at besides the function start: loop headers
    /// (OSR) and a generator's resume points. Reachable headers outside handlers are already
    /// reached from the entry; headers only reachable from handlers get their depth from the
    /// exception table's handler depths.
    pub fn osr_headers(&self) -> Vec<usize> {
        (0..self.blocks.len())
            .filter(|&b| {
                let bl = &self.blocks[b];
                (bl.loop_header || bl.resume_point) && bl.depth.is_some()
            })
            .collect()
    }

    /// Adds the exception handlers as roots (their depth is the table's depth plus the pushed
    /// exception and lasti), so loops inside handlers can be entered by OSR.
    pub fn add_handler_roots(&mut self, cd: &CodeData) -> Result<(), Decline> {
        let mut roots = Vec::new();
        for e in &cd.code.exception_table {
            if let Some(b) = self.block_at(e.target) {
                if self.blocks[b].depth.is_none() {
                    self.blocks[b].depth = Some(e.depth + 1 + e.lasti as u32);
                    roots.push(b);
                }
            }
        }
        self.compute_depths(&roots)
    }

    /// Infers the entry kinds of every block reachable from block 0 (function entry, all
    /// locals boxed, arguments bound) and from `osr_roots` (all slots boxed and bound, as an
    /// OSR entry reads them from the frame).
    pub fn infer_kinds(&mut self, facts: &Facts, nargs: usize, osr_roots: &[usize]) {
        let mut seeds: HashMap<usize, Vec<EntryState>> = HashMap::new();
        let entry = EntryState {
            locals: (0..self.nlocals)
                .map(|i| LocalKind {
                    kind: Kind::Boxed,
                    bound: i < nargs,
                })
                .collect(),
            stack: vec![],
        };
        seeds.entry(0).or_default().push(entry);
        let mut roots = vec![0];
        if let Some(r) = self.resume {
            // After RESUME: parameters bound, cells made, free variables copied.
            let nvar = facts.cd.code.varnames.len();
            let after = EntryState {
                locals: (0..self.nlocals)
                    .map(|i| LocalKind {
                        kind: Kind::Boxed,
                        bound: i < nargs || i >= nvar,
                    })
                    .collect(),
                stack: vec![],
            };
            seeds.entry(r).or_default().push(after);
            roots.push(r);
        }
        let mut incoming: HashMap<usize, HashMap<usize, EntryState>> = HashMap::new();
        self.fixpoint(facts, &seeds, &mut incoming, roots);
        // Loop headers normal flow does not reach (loops inside exception handlers) start
        // from what an OSR entry reads: every slot boxed, no local known to be bound. Headers
        // that normal flow reaches keep its kinds; their OSR entries convert (with guards).
        let mut extra = Vec::new();
        for &r in osr_roots {
            if self.blocks[r].entry.is_none() {
                if let Some(d) = self.blocks[r].depth {
                    let unbound = LocalKind {
                        kind: Kind::Boxed,
                        bound: false,
                    };
                    seeds.entry(r).or_default().push(EntryState {
                        locals: vec![unbound; self.nlocals],
                        stack: vec![Kind::Boxed; d as usize],
                    });
                    extra.push(r);
                }
            }
        }
        if !extra.is_empty() {
            self.fixpoint(facts, &seeds, &mut incoming, extra);
        }
    }

    fn fixpoint(
        &mut self,
        facts: &Facts,
        seeds: &HashMap<usize, Vec<EntryState>>,
        incoming: &mut HashMap<usize, HashMap<usize, EntryState>>,
        start: Vec<usize>,
    ) {
        let mut work: BTreeSet<usize> = start.into_iter().collect();
        let mut iterations = 0usize;
        let limit = 50 * self.blocks.len().max(1);
        while let Some(b) = work.pop_first() {
            iterations += 1;
            let state = self.merge(
                b,
                seeds.get(&b),
                incoming.get(&b),
                iterations > limit,
                facts,
            );
            let Some(state) = state else { continue };
            if self.blocks[b].entry.as_ref() == Some(&state) && iterations > 1 {
                continue;
            }
            self.blocks[b].entry = Some(state.clone());
            for (t, out) in self.flow_block(b, &state, facts) {
                let inc = incoming.entry(t).or_default();
                if inc.get(&b) != Some(&out) {
                    inc.insert(b, out);
                    work.insert(t);
                }
            }
        }
    }

    /// The entry state of block `b` from its seeds and incoming edge states.
    fn merge(
        &self,
        b: usize,
        seeds: Option<&Vec<EntryState>>,
        inc: Option<&HashMap<usize, EntryState>>,
        give_up: bool,
        facts: &Facts,
    ) -> Option<EntryState> {
        let header = self.blocks[b].loop_header;
        let resume_point = self.blocks[b].resume_point;
        let start = self.blocks[b].start;
        // Entry-like inputs (seeds and forward edges) vs back edges (from later blocks).
        let mut fwd: Vec<&EntryState> = seeds.map(|s| s.iter().collect()).unwrap_or_default();
        let mut back: Vec<&EntryState> = Vec::new();
        if let Some(inc) = inc {
            for (&from, s) in inc {
                if self.blocks[from].start >= start && header {
                    back.push(s);
                } else {
                    fwd.push(s);
                }
            }
        }
        let all: Vec<&EntryState> = fwd.iter().chain(back.iter()).copied().collect();
        let first = *all.first()?;
        let nl = first.locals.len();
        let ns = first.stack.len();
        let join = |vals: &mut dyn Iterator<Item = Kind>,
                    fwd_vals: &[Kind],
                    back_vals: &[Kind],
                    slot: u32|
         -> Kind {
            let v: Vec<Kind> = vals.collect();
            if give_up {
                return if v.iter().all(|&k| k == v[0]) && v[0].is_boxed_like() {
                    v[0]
                } else {
                    Kind::Boxed
                };
            }
            if v.iter().all(|&k| k == v[0]) {
                // A virtual list iterator that kept failing its loop header's entry check (the
                // interpreter arrived with another iterator) is boxed there from now on.
                if v[0] == Kind::ListIter && header && !facts.may_speculate(start, slot) {
                    return Kind::Boxed;
                }
                // A generator resumed where its entry check kept failing (the frame ran to
                // the yield in the interpreter with another kind) enters boxed there.
                if resume_point && v[0].is_unboxed() && !facts.may_speculate(start, slot) {
                    return Kind::Boxed;
                }
                return v[0];
            }
            // Loop-header speculation: boxed on entry, one unboxed kind around the loop.
            if header && !back_vals.is_empty() && facts.may_speculate(start, slot) {
                let k = back_vals[0];
                if k.is_unboxed()
                    && back_vals.iter().all(|&x| x == k)
                    && fwd_vals.iter().all(|&x| x == k || x == Kind::Boxed)
                {
                    return k;
                }
            }
            Kind::Boxed
        };
        let mut locals = Vec::with_capacity(nl);
        for i in 0..nl {
            let fk: Vec<Kind> = fwd.iter().map(|s| s.locals[i].kind).collect();
            let bk: Vec<Kind> = back.iter().map(|s| s.locals[i].kind).collect();
            let k = join(
                &mut all.iter().map(|s| s.locals[i].kind),
                &fk,
                &bk,
                i as u32,
            );
            let bound = all.iter().all(|s| s.locals[i].bound);
            // An unbound local is boxed (Undef has no unboxed form).
            let k = if bound { k } else { Kind::Boxed };
            locals.push(LocalKind { kind: k, bound });
        }
        let mut stack = Vec::with_capacity(ns);
        for i in 0..ns {
            let fk: Vec<Kind> = fwd.iter().map(|s| s.stack[i]).collect();
            let bk: Vec<Kind> = back.iter().map(|s| s.stack[i]).collect();
            stack.push(join(
                &mut all.iter().map(|s| s.stack[i]),
                &fk,
                &bk,
                (nl + i) as u32,
            ));
        }
        Some(EntryState { locals, stack })
    }

    /// Runs the instructions of block `b` abstractly from `entry`; returns the state on each
    /// outgoing edge, normalised for a block boundary.
    fn flow_block(&self, b: usize, entry: &EntryState, facts: &Facts) -> Vec<(usize, EntryState)> {
        let mut st = typeflow::AbsState::from_entry(entry);
        let (first, last) = (self.blocks[b].first, self.blocks[b].last);
        for k in first..last {
            let i = self.instrs[k];
            if typeflow::step(&mut st, &i, facts).is_none() {
                return vec![];
            }
        }
        let i = self.instrs[last];
        let mut outs = Vec::new();
        for (t, jump) in successors(&i) {
            let mut s = st.clone();
            if typeflow::step_edge(&mut s, &i, facts, jump).is_none() {
                continue;
            }
            if let Some(tb) = self.block_at(t) {
                outs.push((tb, s.to_entry()));
            }
        }
        outs
    }
}

/// The abstract kinds of a state, for tests and dumps.
pub fn describe(state: &EntryState) -> String {
    let l: Vec<String> = state
        .locals
        .iter()
        .map(|l| format!("{}{}", l.kind.short(), if l.bound { "" } else { "?" }))
        .collect();
    let s: Vec<&str> = state.stack.iter().map(|k| k.short()).collect();
    format!("locals [{}] stack [{}]", l.join(" "), s.join(" "))
}

impl Abs {
    /// An abstract value of kind `k` with no other knowledge.
    pub fn of(k: Kind) -> Abs {
        Abs {
            kind: k,
            known: None,
            origin: None,
            int_hint: false,
        }
    }
}
