//! The compilation pipeline for one code object: analysis, type flow, translation to CLIF,
//! Cranelift code generation, and the [`Compiled`] record.
//!
//! Function layout: block 0 fills this activation's record, links it into the thread's
//! chain (frameless activations also take one unit of the recursion budget), then
//! dispatches on `entry` to the function start (entry 0: one branch) or, through a
//! `br_table`, to the resume entry or one of the OSR entries.

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Function, InstBuilder, JumpTableData, StackSlotData, StackSlotKind, UserFuncName,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use heron_runtime::abi;
use heron_runtime::bytecode::opcodes::{co_flags, Op};
use heron_runtime::object::PyRef;
use heron_runtime::vm::jit_support::generic::generic_io;
use heron_runtime::vm::JitMode;
use heron_runtime::Vm;

use crate::analysis::{Cfg, Decline};
use crate::backend::{CodeUnit, DumpOptions};
use crate::codecache::{CodeState, Compiled, ExitTable, MAX_WORDS};
use crate::helpers::Helpers;
use crate::lower::Flow;
use crate::osr;
use crate::tier::JitTier;
use crate::translate::{Env, Output, State, Tx};
use crate::typeflow::{self, Facts, Plan};

/// What to compile against: the namespaces of the frame that triggered compilation.
pub struct Request<'a> {
    pub vm: &'a Vm,
    pub state: &'static CodeState,
    pub globals: PyRef,
    pub builtins: PyRef,
}

/// Compiles `req.state`'s code object.
pub fn compile(tier: &JitTier, req: &Request) -> Result<Compiled, Decline> {
    let start = Instant::now();
    let state = req.state;
    let cd = state.code_data();
    let co = &cd.code;
    if co.flags & (co_flags::COROUTINE | co_flags::ITERABLE_COROUTINE | co_flags::ASYNC_GENERATOR)
        != 0
    {
        return Err(Decline("coroutine".into()));
    }
    if cd.nwords() > MAX_WORDS {
        return Err(Decline(format!("too large ({} words)", cd.nwords())));
    }
    let mut cfg = Cfg::build(cd)?;
    cfg.add_handler_roots(cd)?;
    let profile = state.profile.borrow().clone();
    let facts = Facts {
        vm: req.vm,
        cd,
        globals: Some(req.globals.clone()),
        builtins: Some(req.builtins.clone()),
        profile: &profile,
        cache: &tier.cache,
        fused_slices: cfg.fused_slices(),
        list_loops: cfg.list_loops(),
    };
    let nparams = co.argcount as usize
        + co.kwonlyargcount as usize
        + (co.flags & co_flags::VARARGS != 0) as usize
        + (co.flags & co_flags::VARKEYWORDS != 0) as usize;
    let headers: Vec<usize> = cfg.osr_headers();
    cfg.infer_kinds(&facts, nparams, &headers);

    // The exit table lives forever (see codecache.rs); its address is the activation's meta.
    let table: &'static ExitTable = Box::leak(Box::new(ExitTable::new(state)));
    let env = Env {
        code: state.code.as_ptr() as usize,
        meta: table as *const ExitTable as usize,
        state: state as *const CodeState as usize,
        stress: tier.opts.stress,
        observes_frame: state.observes_frame,
        nlocals: co.nlocalsplus(),
        globals: req.globals.as_ptr() as usize,
        fma: crate::backend::has_fma(&*tier.isa),
    };
    let mut unit = CodeUnit::new(&tier.isa, tier.helpers.clone());
    let sig = unit.signature(&[types::I64; 5], &[types::I64, types::I64]);
    let name = format!("py_{}", sanitize(&state.name));
    let mut func = Function::with_name_signature(UserFuncName::testcase(&name), sig);
    let h = Helpers::import(&mut unit, &mut func).map_err(|e| Decline(e.to_string()))?;
    let sig_direct = func.import_signature(Tx::direct_signature(tier.isa.default_call_conv()));
    let mut fctx = FunctionBuilderContext::new();
    let mut out = Output::default();
    {
        let b = FunctionBuilder::new(&mut func, &mut fctx);
        translate_function(
            b,
            &cfg,
            &facts,
            &env,
            h,
            sig_direct,
            &headers,
            nparams,
            &mut out,
            unit.frontend_config(),
        )?;
    }
    if tier.opts.mode == JitMode::On && !worth_compiling(out.typed, out.generic) {
        return Err(Decline(format!(
            "little to specialise ({} typed, {} generic instructions in its loops)",
            out.typed, out.generic
        )));
    }
    let dump_opts = DumpOptions {
        clif: tier.opts.dump_clif,
        ..DumpOptions::default()
    };
    let handle = unit
        .compile(&name, func, dump_opts)
        .map_err(|e| Decline(format!("cranelift: {e}")))?;
    let f = unit.function(handle).clone();
    let mut keep = out.keep;
    keep.push(req.globals.clone());
    keep.push(req.builtins.clone());
    for c in cd.consts.iter() {
        if let Some(o) = c.as_obj() {
            keep.push(o.clone());
        }
    }
    let _ = table.exits.set(out.exits);
    let compile_us = start.elapsed().as_micros() as u64;
    let dump = crate::dump::render(tier, &unit, handle, state, &f);
    Ok(Compiled {
        entry: f.entry() as usize,
        handle,
        table,
        osr: out.osr,
        keep,
        caches: out.caches,
        globals: req.globals.as_ptr() as usize,
        code_size: f.size,
        compile_us,
        unit,
        dump,
    })
}

/// The cost model of mode `on`: compiled code pays off through its typed fast paths, while
/// each instruction left to the generic path costs a little more than the interpreter's own
/// handler (operands spilled to memory, a helper call, and exits that carry the frame
/// state). Code whose loops (or whole body, when it has none) are mostly generic stays in
/// the interpreter. `eager` and stress modes compile everything, to test the tier.
pub const MIN_TYPED_PERCENT: u32 = 40;

fn worth_compiling(typed: u32, generic: u32) -> bool {
    typed * 100 >= MIN_TYPED_PERCENT * (typed + generic)
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// Scratch operand slots the function needs.
fn scratch_values(cfg: &Cfg) -> usize {
    let mut n = 4;
    for i in &cfg.instrs {
        if let Some((a, b)) = generic_io(i.op, i.arg) {
            n = n.max(a).max(b);
        }
        if i.op.base() == Op::CALL {
            n = n.max(i.arg as usize + 2);
        }
        if i.op.base() == Op::BUILD_SLICE {
            // A fused slice subscript (value, container and the components), or a slice
            // move (two containers and two slices of up to three components).
            n = n.max(8);
        }
    }
    n
}

#[allow(clippy::too_many_arguments)]
fn translate_function(
    mut b: FunctionBuilder,
    cfg: &Cfg,
    facts: &Facts,
    env: &Env,
    h: Helpers,
    sig_direct: cranelift_codegen::ir::SigRef,
    headers: &[usize],
    nparams: usize,
    out: &mut Output,
    fc: cranelift_codegen::isa::TargetFrontendConfig,
) -> Result<(), Decline> {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let (thread, func, buf, fi, entry_no) = (p[0], p[1], p[2], p[3], p[4]);
    let act_slot = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        abi::ACT_SIZE as u32,
        3,
    ));
    let scratch_n = scratch_values(cfg);
    let scratch = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        (scratch_n * abi::VALUE_SIZE) as u32,
        4,
    ));
    let max_depth = facts.cd.code.stacksize as usize + 4;
    let exit_words = 3 * (env.nlocals + max_depth);
    let exitbuf = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        (exit_words * 8) as u32,
        4,
    ));
    let act = b.ins().stack_addr(types::I64, act_slot, 0);
    let mut tx = Tx {
        b,
        cfg,
        facts,
        env,
        h,
        layout: abi::layout(),
        thread,
        func,
        buf,
        fi,
        act,
        scratch,
        scratch_words: (scratch_n * 2) as u32,
        exitbuf,
        exitbuf_words: exit_words as u32,
        blocks: vec![None; cfg.blocks.len()],
        state: State {
            locals: vec![],
            stack: vec![],
            kwnames: None,
            lists: 0,
        },
        pre: State {
            locals: vec![],
            stack: vec![],
            kwnames: None,
            lists: 0,
        },
        cur: cfg.instrs[0],
        pre_exits: Vec::new(),
        exit_tails: HashMap::new(),
        inline_bail: None,
        window: None,
        out: Output::default(),
        sig_direct,
        dyn_out: None,
        in_loop: cfg.loop_members(),
    };
    tx.set_pc(0);
    prologue(&mut tx, entry_no);
    let tx_out = finish_entries_and_blocks(&mut tx, headers, nparams, entry_no)?;
    *out = tx_out;
    tx.b.seal_all_blocks();
    tx.b.finalize(fc);
    Ok(())
}

/// Fills the activation record and links it (see the module docs).
fn prologue(tx: &mut Tx, _entry_no: cranelift_codegen::ir::Value) {
    let code = tx.iconst(tx.env.code as i64);
    let meta = tx.iconst(tx.env.meta as i64);
    tx.store64(tx.thread, tx.act, abi::ACT_THREAD_OFFSET);
    tx.store64(tx.func, tx.act, abi::ACT_FUNC_OFFSET);
    tx.store64(tx.fi, tx.act, abi::ACT_FI_OFFSET);
    tx.store64(code, tx.act, abi::ACT_CODE_OFFSET);
    tx.store64(meta, tx.act, abi::ACT_META_OFFSET);
    let prev = tx.load64(tx.thread, abi::THREAD_TOP_OFFSET);
    tx.store64(prev, tx.act, abi::ACT_PREV_OFFSET);
    tx.store64(tx.act, tx.thread, abi::THREAD_TOP_OFFSET);
    let vm = tx.load64(tx.thread, abi::THREAD_VM_OFFSET);
    let frames = tx.load64(vm, abi::VM_FRAMES_OFFSET + tx.layout.vec_len);
    tx.store64(frames, tx.act, abi::ACT_FRAMES_OFFSET);
    let frameless = tx.b.ins().icmp_imm_s(IntCC::SignedLessThan, tx.fi, 0);
    let inc = tx.b.ins().uextend(types::I64, frameless);
    let d = tx.load64(tx.thread, abi::THREAD_DEPTH_OFFSET);
    let d1 = tx.b.ins().iadd(d, inc);
    tx.store64(d1, tx.thread, abi::THREAD_DEPTH_OFFSET);
}

fn finish_entries_and_blocks(
    tx: &mut Tx,
    headers: &[usize],
    nparams: usize,
    entry_no: cranelift_codegen::ir::Value,
) -> Result<Output, Decline> {
    // Entry dispatch: 0 = direct call (the first word), 1 = after RESUME (the interpreter's
    // RESUME hook), 2.. = loop headers (OSR).
    let start_blk = tx.b.create_block();
    let resume_blk = tx.b.create_block();
    let mut targets = Vec::new();
    let mut osr = Vec::new();
    for &hb in headers {
        if tx.cfg.blocks[hb].entry.is_none() {
            continue;
        }
        let blk = tx.b.create_block();
        osr.push((tx.cfg.blocks[hb].start, (targets.len() + 2) as i64));
        targets.push((hb, blk));
    }
    let default = tx.b.func.dfg.block_call(start_blk, &[]);
    let resume_call = tx.b.func.dfg.block_call(resume_blk, &[]);
    let calls: Vec<_> = [default, resume_call]
        .into_iter()
        .chain(
            targets
                .iter()
                .map(|&(_, blk)| tx.b.func.dfg.block_call(blk, &[])),
        )
        .collect();
    // Direct calls (entry 0) are by far the most frequent: one compare-and-branch to the
    // start, the jump table for the rest.
    let dispatch = tx.b.create_block();
    tx.b.ins().brif(entry_no, dispatch, &[], start_blk, &[]);
    tx.b.switch_to_block(dispatch);
    let jt = tx.b.create_jump_table(JumpTableData::new(default, &calls));
    let idx = tx.b.ins().ireduce(types::I32, entry_no);
    tx.b.ins().br_table(idx, jt);

    tx.b.switch_to_block(start_blk);
    let start_bound = osr::start_bound(tx.env.nlocals, nparams);
    if tx.cfg.blocks[0].entry.is_none() {
        return Err(Decline("no entry state".into()));
    }
    tx.cur = tx.cfg.instrs[0];
    tx.emit_entry(0, 0, &start_bound);
    tx.b.switch_to_block(resume_blk);
    match tx.cfg.resume.filter(|&r| tx.cfg.blocks[r].entry.is_some()) {
        Some(r) => {
            let e = tx.cfg.blocks[r].entry.clone().expect("resume kinds");
            tx.cur = tx.cfg.instrs[tx.cfg.blocks[r].first];
            tx.set_pc(tx.cur.pc);
            let bound = osr::header_bound(&e);
            tx.emit_entry(r, 0, &bound);
        }
        None => {
            tx.emit_entry(0, 0, &start_bound);
        }
    }
    for &(hb, blk) in &targets {
        tx.b.switch_to_block(blk);
        let e = tx.cfg.blocks[hb].entry.clone().expect("OSR header kinds");
        tx.cur = tx.cfg.instrs[tx.cfg.blocks[hb].first];
        tx.set_pc(tx.cur.pc);
        tx.emit_entry(hb, e.stack.len(), &osr::header_bound(&e));
    }
    // Blocks, in bytecode order, as they become referenced.
    let mut done = vec![false; tx.cfg.blocks.len()];
    loop {
        let next = (0..tx.cfg.blocks.len()).find(|&bi| !done[bi] && tx.blocks[bi].is_some());
        let Some(bi) = next else { break };
        done[bi] = true;
        translate_block(tx, bi)?;
    }
    let mut out = std::mem::take(&mut tx.out);
    out.osr = osr;
    Ok(out)
}

fn translate_block(tx: &mut Tx, bi: usize) -> Result<(), Decline> {
    let blk = tx.block_for(bi);
    tx.b.switch_to_block(blk);
    tx.state_from_params(bi, blk);
    let (first, last) = (tx.cfg.blocks[bi].first, tx.cfg.blocks[bi].last);
    for k in first..=last {
        let i = tx.cfg.instrs[k];
        tx.cur = i;
        tx.pre = tx.state.clone();
        tx.pre_exits.clear();
        tx.set_pc(i.pc);
        let plan = typeflow::plan(&tx.state.abs(), &i, tx.facts);
        if tx.in_loop.is_empty() || tx.in_loop[k] {
            match plan.gain() {
                Some(true) => tx.out.typed += 1,
                Some(false) => tx.out.generic += 1,
                None => {}
            }
        }
        if let Plan::SubscrSlice { n, store: false } = plan {
            if tx.open_slice_window(k, last, n) {
                continue;
            }
        }
        if tx.window.is_some() && !tx.fits_window(&plan) {
            return Err(Decline(format!("{plan:?} inside a slice window")));
        }
        if tx.lower(&i, &plan)? == Flow::Done {
            return Ok(());
        }
    }
    let next = tx.cfg.instrs[last].next;
    let nb = tx
        .cfg
        .block_at(next)
        .ok_or_else(|| Decline(format!("falls off the end at {next}")))?;
    tx.jump_to(nb);
    Ok(())
}

/// Installs a compiled record.
pub fn install(state: &'static CodeState, c: Compiled) -> Rc<Compiled> {
    let rc = Rc::new(c);
    state.install(rc.clone());
    rc
}

#[cfg(test)]
mod tests {
    use super::worth_compiling;

    #[test]
    fn cost_model_keeps_mostly_generic_code_in_the_interpreter() {
        assert!(worth_compiling(6, 0), "all typed");
        assert!(
            worth_compiling(0, 0),
            "nothing either way (a loop of locals and jumps)"
        );
        assert!(worth_compiling(2, 3), "40% typed is enough");
        assert!(!worth_compiling(1, 2), "a third typed is not");
        assert!(!worth_compiling(0, 4), "all generic");
    }
}
