//! Entries into compiled code: the function start and on-stack replacement at loop headers.
//!
//! Every compiled function has entry 0 (the first instruction) and one entry per loop header
//! the analysis reached. An entry reads interpreter state from `buf` — the description an exit
//! writes, read the other way round: the locals (and, at a loop header, the value stack) as
//! owned boxed values — and converts it to the kinds the header's block expects, with guards
//! that exit back to the interpreter at the header when a value does not fit (a failing
//! speculation is then turned off by the exit counters, like any other guard).
//!
//! When the activation has an interpreter frame, `buf` *is* the frame's localsplus followed
//! by its stack: the entry takes the values over and leaves the frame's locals unbound, so
//! the frame holds nothing compiled code owns (exits write the state back; a normal return
//! leaves it clean). A direct call passes its argument area instead, locals beyond the
//! arguments unbound.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::InstBuilder;
use heron_runtime::abi::{self, TAG_UNDEF};

use crate::analysis::{EntryState, LocalKind};
use crate::translate::{AVal, LVal, Own, Repr, State, Tx};
use crate::typeflow::{Abs, Kind};

impl Tx<'_, '_> {
    /// Emits, in the current block, the entry that reads `nlocals + depth` values from `buf`
    /// and jumps to bytecode block `bi`. `bound` says which locals are certainly bound.
    pub fn emit_entry(&mut self, bi: usize, depth: usize, bound: &[bool]) {
        let n = self.env.nlocals;
        let mut locals = Vec::with_capacity(n);
        for (i, &bd) in bound.iter().enumerate().take(n) {
            let (t, p) = self.load_value(self.buf, i * abi::VALUE_SIZE);
            locals.push(LVal {
                repr: Repr::Boxed { tag: t, payload: p },
                kind: Kind::Boxed,
                bound: bd,
            });
        }
        let mut stack = Vec::with_capacity(depth);
        for k in 0..depth {
            let (t, p) = self.load_value(self.buf, (n + k) * abi::VALUE_SIZE);
            stack.push(AVal {
                abs: Abs::of(Kind::Boxed),
                repr: Repr::Boxed { tag: t, payload: p },
                own: Own::Owned,
            });
        }
        // A frame gives its locals up to compiled code.
        let framed = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, self.fi, 0);
        let clear = self.b.create_block();
        let go = self.b.create_block();
        self.b.ins().brif(framed, clear, &[], go, &[]);
        self.b.switch_to_block(clear);
        let undef = self.iconst(TAG_UNDEF as i64);
        for i in 0..n {
            self.store64(undef, self.buf, i * abi::VALUE_SIZE);
        }
        self.b.ins().jump(go, &[]);
        self.b.switch_to_block(go);
        self.state = State {
            locals,
            stack,
            kwnames: None,
            lists: 0,
        };
        if bi == 0 && depth == 0 && self.env.globals != 0 {
            // A direct call of a function that shares this code but runs with other globals
            // (the code's global loads are specialised to one globals dict) runs interpreted.
            let snap = self.state.clone();
            let exit = self.exit_block(
                &snap,
                0,
                0,
                false,
                "globals differ",
                crate::deopt::Fix::None,
            );
            let frameless = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, self.fi, 0);
            let chk = self.b.create_block();
            let cont = self.b.create_block();
            self.b.ins().brif(frameless, chk, &[], cont, &[]);
            self.b.switch_to_block(chk);
            let fd = self.load64(self.func, self.layout.func_data);
            let g = self.load64(fd, abi::FUNC_GLOBALS_OFFSET);
            let bad = self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, g, self.env.globals as i64);
            self.exit_if(bad, exit);
            self.b.ins().jump(cont, &[]);
            self.b.switch_to_block(cont);
        }
        let entry: EntryState = self.cfg.blocks[bi]
            .entry
            .clone()
            .expect("entry block has kinds");
        let resume = self.cfg.blocks[bi].start;
        let args = self.convert_state(&entry, resume);
        let blk = self.block_for(bi);
        self.b.ins().jump(blk, &args);
    }
}

/// Which locals are bound at the function start: the parameters.
pub fn start_bound(nlocals: usize, nparams: usize) -> Vec<bool> {
    (0..nlocals).map(|i| i < nparams).collect()
}

/// Locals bound at a loop header (as the analysis found them on the paths into it).
pub fn header_bound(entry: &EntryState) -> Vec<bool> {
    entry.locals.iter().map(|l: &LocalKind| l.bound).collect()
}
