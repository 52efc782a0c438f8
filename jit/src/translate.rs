//! Translation of one code object's quickened bytecode into a Cranelift function.
//!
//! The translator runs an abstract interpreter over the value stack: every local and stack
//! slot is an [`AVal`] — SSA values in one of the representations of [`Kind`] plus its
//! ownership — so the value stack never exists in memory. Block entries take the kinds the
//! analysis found as block parameters; jumps convert (box, or guard and unbox) to them.
//!
//! Reference counts: locals own their values; a stack entry is `Owned` (it holds a count),
//! `Borrowed` (a second reference to something a local, the code's constants or a container
//! owns) or `Free` (not a heap object: unboxed or known tag). Before anything that can run
//! Python code or free an object, borrowed entries are made owned ([`Tx::own_stack`]), so
//! `sys.getrefcount` and `__del__` see the counts the interpreter would have.
//!
//! Signature of the generated function: `fn(thread, func, buf, fi, entry) -> (tag, payload)`
//! (see `tier.rs`): `buf` holds the locals (and at OSR entries the stack) to start from;
//! `fi < 0` means no interpreter frame. Guards, exits and snapshots: `guards.rs`,
//! `deopt.rs`; instruction lowering: `lower.rs`, `lower_obj.rs`, `lower_call.rs`.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, SigRef, SourceLoc,
    StackSlot, StackSlotData, StackSlotKind, Value as V,
};
use cranelift_frontend::FunctionBuilder;
use heron_runtime::abi::{self, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_OBJ, TAG_UNDEF};
use heron_runtime::object::PyRef;

use crate::analysis::{Cfg, EntryState, Instr};
use crate::deopt::{ExitInfo, Fix, SlotKind};
use crate::helpers::Helpers;
use crate::typeflow::{Abs, AbsState, Facts, Kind, Known};

/// Ownership of a stack entry (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Own {
    Owned,
    /// Borrowed from a local or the code's constants: stays valid across calls.
    Borrowed,
    /// Borrowed from a container (a dict entry, a list item): valid only until something
    /// may change or free that container.
    HeapBorrowed,
    Free,
}

/// SSA representation of a value.
#[derive(Clone, Copy, Debug)]
pub enum Repr {
    Boxed {
        tag: V,
        payload: V,
    },
    Int(V),
    Float(V),
    Bool(V),
    Null,
    RangeObj {
        start: V,
        stop: V,
        step: V,
    },
    RangeIter {
        cur: V,
        stop: V,
        step: V,
    },
    /// A `list_iterator`: the list (one count owned by the virtual iterator) and the index
    /// of the next item.
    ListIter {
        list: V,
        idx: V,
    },
}

/// One abstract value.
#[derive(Clone, Copy, Debug)]
pub struct AVal {
    pub abs: Abs,
    pub repr: Repr,
    pub own: Own,
}

/// A local: its value (owned by the activation) and whether it is certainly bound.
#[derive(Clone, Copy, Debug)]
pub struct LVal {
    pub repr: Repr,
    pub kind: Kind,
    pub bound: bool,
}

/// The abstract interpreter state.
#[derive(Clone, Debug)]
pub struct State {
    pub locals: Vec<LVal>,
    pub stack: Vec<AVal>,
    /// KW_NAMES seen: (its word, const index).
    pub kwnames: Option<(u32, u32)>,
    /// Locals (bit = slot, the first 64) proven to hold an exact list since they were last
    /// assigned in this block (a list's type cannot change).
    pub lists: u64,
}

impl State {
    /// The kinds view the type flow plans with.
    pub fn abs(&self) -> AbsState {
        AbsState {
            locals: self
                .locals
                .iter()
                .map(|l| crate::analysis::LocalKind {
                    kind: l.kind,
                    bound: l.bound,
                })
                .collect(),
            stack: self.stack.iter().map(|a| a.abs).collect(),
            kwnames: self.kwnames.map(|k| k.1),
        }
    }
}

/// What a translation produces besides the CLIF.
#[derive(Default)]
pub struct Output {
    pub exits: Vec<ExitInfo>,
    /// (loop header or resume point word, entry number).
    pub osr: Vec<(u32, i64)>,
    /// Objects whose addresses the code embeds.
    pub keep: Vec<PyRef>,
    /// The polymorphic caches of its attribute sites (their addresses are embedded).
    pub caches: Vec<Box<heron_runtime::vm::jit_support::AttrCache>>,
    /// Instructions (inside loops, if there are any) planned as typed fast paths and as
    /// generic calls: see [`crate::typeflow::Plan::gain`].
    pub typed: u32,
    pub generic: u32,
}

/// Fixed facts about the function being built.
pub struct Env {
    /// Address of the code object.
    pub code: usize,
    /// Address of the `Compiled` record (the activation's `meta`).
    pub meta: usize,
    /// Address of the code's `CodeState` (its direct-entry cell).
    pub state: usize,
    pub stress: bool,
    /// Keep the frame's locals current across calls (code that looks at its frame).
    pub observes_frame: bool,
    pub nlocals: usize,
    /// The globals dict the code is specialised for (0 if none).
    pub globals: usize,
    /// The target has fused multiply-add (see `Tx::half_power`).
    pub fma: bool,
}

/// The translator.
pub struct Tx<'a, 'b> {
    pub b: FunctionBuilder<'b>,
    pub cfg: &'a Cfg,
    pub facts: &'a Facts<'a>,
    pub env: &'a Env,
    pub h: Helpers,
    pub layout: &'static abi::Layout,
    /// Function parameters.
    pub thread: V,
    pub func: V,
    pub buf: V,
    pub fi: V,
    /// Address of this activation's record.
    pub act: V,
    /// Scratch operand area for helpers, and the exit buffer.
    pub scratch: StackSlot,
    pub scratch_words: u32,
    pub exitbuf: StackSlot,
    pub exitbuf_words: u32,
    /// CLIF block of each bytecode block (created on first reference).
    pub blocks: Vec<Option<Block>>,
    pub state: State,
    /// The state at the start of the current instruction, and the instruction.
    pub pre: State,
    pub cur: Instr,
    /// Exit blocks of the current instruction (pre-state deopt) made so far, by reason and
    /// fix.
    pub pre_exits: Vec<(&'static str, Fix, Block)>,
    /// Exit tails that store a given set of locals and leave (see `Tx::exit_block`), by the
    /// locals' representations.
    pub exit_tails: HashMap<Vec<u32>, Block>,
    /// While a call's body is lowered in line: the block that makes the call for real, which
    /// its checks branch to instead of exiting (see `inline.rs`).
    pub inline_bail: Option<Block>,
    /// A deferred source-slice subscript (see `lower_slice.rs`).
    pub window: Option<crate::lower_slice::Window>,
    pub out: Output,
    pub sig_direct: SigRef,
    /// The callee locals area of calls whose callee is found at run time (made on first use;
    /// see `Tx::call_dynamic`).
    pub dyn_out: Option<StackSlot>,
    /// [`Cfg::loop_members`]: the instructions whose plans the cost model counts.
    pub in_loop: Vec<bool>,
}

/// Memory flags for our own stack slots and known-valid object fields.
pub fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a, 'b> Tx<'a, 'b> {
    // ---- constants and memory ----

    pub fn iconst(&mut self, v: i64) -> V {
        self.b.ins().iconst(types::I64, v)
    }

    pub fn load64(&mut self, base: V, off: usize) -> V {
        self.b.ins().load(types::I64, trusted(), base, off as i32)
    }

    pub fn load32(&mut self, base: V, off: usize) -> V {
        let v = self.b.ins().load(types::I32, trusted(), base, off as i32);
        self.b.ins().uextend(types::I64, v)
    }

    pub fn store64(&mut self, v: V, base: V, off: usize) {
        self.b.ins().store(trusted(), v, base, off as i32);
    }

    /// Loads a `Value` from memory as (tag, payload).
    pub fn load_value(&mut self, base: V, off: usize) -> (V, V) {
        let t = self.b.ins().uload8(
            types::I64,
            trusted(),
            base,
            (off + abi::VALUE_TAG_OFFSET) as i32,
        );
        let p = self.load64(base, off + abi::VALUE_PAYLOAD_OFFSET);
        (t, p)
    }

    /// Stores (tag, payload) as a `Value` (the whole tag word; the padding is free).
    pub fn store_value(&mut self, tag: V, payload: V, base: V, off: usize) {
        self.store64(tag, base, off + abi::VALUE_TAG_OFFSET);
        self.store64(payload, base, off + abi::VALUE_PAYLOAD_OFFSET);
    }

    pub fn scratch_addr(&mut self) -> V {
        self.b.ins().stack_addr(types::I64, self.scratch, 0)
    }

    /// A scratch area of at least `n` value slots.
    pub fn need_scratch(&mut self, n: usize) {
        assert!(
            (n as u32) * 2 <= self.scratch_words,
            "scratch area too small for {n} values"
        );
    }

    pub fn eq_imm(&mut self, v: V, imm: i64) -> V {
        self.b.ins().icmp_imm_s(IntCC::Equal, v, imm)
    }

    // ---- boxing and reference counts ----

    /// (tag, payload) of a value, allocating virtual objects (owned) if needed.
    pub fn boxed(&mut self, a: &AVal) -> (V, V) {
        match a.repr {
            Repr::Boxed { tag, payload } => (tag, payload),
            Repr::Int(v) => (self.iconst(TAG_INT as i64), v),
            Repr::Float(f) => {
                let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
                (self.iconst(TAG_FLOAT as i64), bits)
            }
            Repr::Bool(z) => {
                let p = self.b.ins().uextend(types::I64, z);
                (self.iconst(TAG_BOOL as i64), p)
            }
            Repr::Null => (self.iconst(TAG_UNDEF as i64), self.iconst(0)),
            Repr::RangeObj { start, stop, step } => {
                let f = self.h.range_new;
                self.call_raw(f, &[start, stop, step])
            }
            Repr::RangeIter { cur, stop, step } => {
                let f = self.h.range_iter_new;
                self.call_raw(f, &[cur, stop, step])
            }
            // The new iterator takes over the list's count: boxing consumes the virtual one.
            Repr::ListIter { list, idx } => {
                let f = self.h.list_iter_new;
                self.call_raw(f, &[list, idx])
            }
        }
    }

    /// Calls a helper taking `(act, args...)` and returning a RawValue.
    pub fn call_raw(&mut self, f: FuncRef, args: &[V]) -> (V, V) {
        let mut all = vec![self.act];
        all.extend_from_slice(args);
        let call = self.b.ins().call(f, &all);
        let r = self.b.inst_results(call);
        (r[0], r[1])
    }

    /// `if tag == OBJ { payload.refcnt += 1 }`.
    pub fn incref(&mut self, tag: V, payload: V) {
        if let Some(c) = self.const_of(tag) {
            // A constant tag: only count when it is an object.
            if c == TAG_OBJ as i64 {
                self.incref_obj(payload);
            }
            return;
        }
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        let inc = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_obj, inc, &[], done, &[]);
        self.b.switch_to_block(inc);
        self.incref_obj(payload);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn const_of(&self, v: V) -> Option<i64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            cranelift_codegen::ir::InstructionData::UnaryImm { imm, .. } => Some(imm.bits()),
            _ => None,
        }
    }

    /// The value of `v` when it is an `f64const`.
    pub fn f64_const_of(&self, v: V) -> Option<f64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            cranelift_codegen::ir::InstructionData::UnaryIeee64 { imm, .. } => {
                Some(f64::from_bits(imm.bits()))
            }
            _ => None,
        }
    }

    pub fn incref_obj(&mut self, p: V) {
        let rc = self.load64(p, abi::OBJ_REFCNT_OFFSET);
        let rc1 = self.b.ins().iadd_imm_s(rc, 1);
        self.store64(rc1, p, abi::OBJ_REFCNT_OFFSET);
    }

    /// `if tag == OBJ { release one count }` (the last count goes through the runtime, which
    /// frees the object and runs due finalizers).
    pub fn decref(&mut self, tag: V, payload: V) {
        if let Some(c) = self.const_of(tag) {
            if c != TAG_OBJ as i64 {
                return;
            }
            self.decref_obj(payload);
            return;
        }
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        let dec = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_obj, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        self.decref_obj(payload);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    pub fn decref_obj(&mut self, p: V) {
        let rc = self.load64(p, abi::OBJ_REFCNT_OFFSET);
        let last = self.eq_imm(rc, 1);
        let free = self.b.create_block();
        let keep = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(free);
        self.b.ins().brif(last, free, &[], keep, &[]);
        self.b.switch_to_block(free);
        let f = self.h.release;
        self.b.ins().call(f, &[self.act, p]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(keep);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.store64(rc1, p, abi::OBJ_REFCNT_OFFSET);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Makes a value owned (counting a borrowed heap reference).
    pub fn own(&mut self, mut a: AVal) -> AVal {
        if matches!(a.own, Own::Borrowed | Own::HeapBorrowed) {
            if let Repr::Boxed { tag, payload } = a.repr {
                self.incref(tag, payload);
            }
            a.own = Own::Owned;
        }
        a
    }

    /// Releases a consumed value.
    pub fn drop_val(&mut self, a: &AVal) {
        if a.own == Own::Owned {
            match a.repr {
                Repr::Boxed { tag, payload } => self.decref(tag, payload),
                Repr::ListIter { list, .. } => self.decref_obj(list),
                _ => {}
            }
        }
    }

    /// Makes every borrowed stack entry owned (before calls: the callee may free what a
    /// heap-borrowed entry points to, and `sys.getrefcount` must see the interpreter's counts).
    pub fn own_stack(&mut self) {
        for k in 0..self.state.stack.len() {
            let a = self.state.stack[k];
            if matches!(a.own, Own::Borrowed | Own::HeapBorrowed) {
                self.state.stack[k] = self.own(a);
            }
        }
    }

    /// Makes heap-borrowed stack entries owned (before anything that may free an object).
    pub fn own_heap_borrowed(&mut self) {
        self.own_heap_borrowed_below(self.state.stack.len());
    }

    /// [`Tx::own_heap_borrowed`] for the bottom `n` stack entries.
    pub fn own_heap_borrowed_below(&mut self, n: usize) {
        for k in 0..n {
            let a = self.state.stack[k];
            if a.own == Own::HeapBorrowed {
                self.state.stack[k] = self.own(a);
            }
        }
    }

    /// An owned boxed value, ready to be stored in memory that takes ownership.
    pub fn owned_boxed(&mut self, a: &AVal) -> (V, V) {
        let a = self.own(*a);
        self.boxed(&a)
    }

    /// Keeps object `addr` alive as long as the compiled code (its address is embedded).
    pub fn keep(&mut self, addr: usize) {
        // SAFETY: embedded addresses are live objects at compile time (constants, namespace
        // entries, type attributes); taking a count keeps them so.
        let o = unsafe { &*(addr as *const heron_runtime::object::Obj) };
        self.out.keep.push(PyRef::from_obj(o));
    }

    /// Pops the top stack entry.
    pub fn pop(&mut self) -> AVal {
        self.state.stack.pop().expect("abstract stack underflow")
    }

    pub fn push(&mut self, a: AVal) {
        self.state.stack.push(a);
    }

    /// Pushes a fresh owned boxed value.
    pub fn push_boxed(&mut self, tag: V, payload: V) {
        self.push(AVal {
            abs: Abs::of(Kind::Boxed),
            repr: Repr::Boxed { tag, payload },
            own: Own::Owned,
        });
    }

    pub fn push_kind(&mut self, kind: Kind, repr: Repr) {
        self.push(AVal {
            abs: Abs::of(kind),
            repr,
            own: Own::Free,
        });
    }

    /// A local's value as a stack entry borrowed from the local.
    pub fn local_as_stack(&self, slot: usize) -> AVal {
        let l = self.state.locals[slot];
        let own = if l.kind == Kind::Boxed {
            Own::Borrowed
        } else {
            Own::Free
        };
        AVal {
            abs: Abs {
                kind: l.kind,
                known: None,
                origin: Some(slot as u16),
                int_hint: false,
            },
            repr: l.repr,
            own,
        }
    }

    /// Writes the locals into the interpreter frame as borrowed copies (code that looks at
    /// its frame during a call), or clears them again after the call.
    pub fn sync_frame(&mut self, write: bool) {
        if !self.env.observes_frame {
            return;
        }
        let is_frame = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, self.fi, 0);
        let yes = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_frame, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        for i in 0..self.env.nlocals {
            let off = i * abi::VALUE_SIZE;
            if write {
                self.store_local_boxed(i);
            } else {
                let u = self.iconst(TAG_UNDEF as i64);
                self.store64(u, self.buf, off);
            }
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Stores local `i`, boxed, into its slot of the locals buffer (a virtual iterator or
    /// range becomes a new object).
    fn store_local_boxed(&mut self, i: usize) {
        let l = self.state.locals[i];
        let a = AVal {
            abs: Abs::of(l.kind),
            repr: l.repr,
            own: Own::Owned,
        };
        let (t, p) = self.boxed(&a);
        self.store_value(t, p, self.buf, i * abi::VALUE_SIZE);
    }

    /// Stores the current instruction as the interpreter frame's `lasti` (frameful
    /// activations), so frames seen during a call (`traceback.extract_stack()`, warnings,
    /// `f_lineno`) report the line being executed.
    pub fn note_lasti(&mut self) {
        let framed = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, self.fi, 0);
        let yes = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(framed, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        let f = self.frame_addr();
        let pc = self.iconst(self.cur.pc as i64);
        self.store64(pc, f, abi::FRAME_LASTI_OFFSET);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// The address of the activation's interpreter frame (frameful activations only).
    fn frame_addr(&mut self) -> V {
        let vm = self.load64(self.thread, abi::THREAD_VM_OFFSET);
        let frames = self.load64(vm, abi::VM_FRAMES_OFFSET + self.layout.vec_ptr);
        let off = self.b.ins().imul_imm_s(self.fi, abi::FRAME_SIZE as i64);
        self.b.ins().iadd(frames, off)
    }

    /// Before a call that may run Python code: the frame's locals (code that observes its
    /// frame) and `lasti`.
    pub fn before_call(&mut self) {
        self.note_lasti();
        self.sync_frame(true);
    }

    // ---- block parameters ----

    /// CLIF types of a kind's parameters.
    pub fn kind_types(k: Kind) -> &'static [types::Type] {
        match k {
            Kind::Boxed => &[types::I64, types::I64],
            Kind::Int => &[types::I64],
            Kind::Float => &[types::F64],
            Kind::Bool => &[types::I8],
            Kind::Null => &[],
            Kind::ListIter => &[types::I64, types::I64],
            Kind::RangeObj | Kind::RangeIter => &[types::I64, types::I64, types::I64],
        }
    }

    /// The CLIF block for bytecode block `bi`, with parameters for its entry kinds.
    pub fn block_for(&mut self, bi: usize) -> Block {
        if let Some(b) = self.blocks[bi] {
            return b;
        }
        let blk = self.b.create_block();
        let entry = self.cfg.blocks[bi]
            .entry
            .clone()
            .expect("reachable block has entry kinds");
        for l in &entry.locals {
            for &t in Self::kind_types(l.kind) {
                self.b.append_block_param(blk, t);
            }
        }
        for &k in &entry.stack {
            for &t in Self::kind_types(k) {
                self.b.append_block_param(blk, t);
            }
        }
        self.blocks[bi] = Some(blk);
        blk
    }

    /// Rebuilds the state from the parameters of the current block `bi`.
    pub fn state_from_params(&mut self, bi: usize, blk: Block) {
        let entry = self.cfg.blocks[bi].entry.clone().expect("entry kinds");
        let params: Vec<V> = self.b.block_params(blk).to_vec();
        let mut k = 0;
        let mut take = |kind: Kind| -> Repr {
            let r = repr_from_words(kind, &params[k..]);
            k += Self::kind_types(kind).len();
            r
        };
        let locals: Vec<LVal> = entry
            .locals
            .iter()
            .map(|l| LVal {
                repr: take(l.kind),
                kind: l.kind,
                bound: l.bound,
            })
            .collect();
        let stack: Vec<AVal> = entry
            .stack
            .iter()
            .map(|&kind| {
                let own = if matches!(kind, Kind::Boxed | Kind::ListIter) {
                    Own::Owned
                } else {
                    Own::Free
                };
                AVal {
                    abs: Abs::of(kind),
                    repr: take(kind),
                    own,
                }
            })
            .collect();
        self.state = State {
            locals,
            stack,
            kwnames: None,
            lists: 0,
        };
    }

    /// Converts the current state to the entry kinds of block `bi` and returns the jump
    /// arguments. Guards (unboxing) exit to the interpreter at the block's first instruction
    /// with the unconverted state; they all come before anything is allocated or released.
    pub fn edge_args(&mut self, bi: usize) -> Vec<BlockArg> {
        let entry: EntryState = self.cfg.blocks[bi].entry.clone().expect("reachable block");
        let resume = self.cfg.blocks[bi].start;
        self.convert_state(&entry, resume)
    }

    /// Converts the whole state to `entry` (see [`Tx::edge_args`]).
    pub fn convert_state(&mut self, entry: &EntryState, resume: u32) -> Vec<BlockArg> {
        // Stack entries crossing a boundary are owned.
        self.own_stack();
        let snap = self.state.clone();
        let nl = entry.locals.len();
        let have: Vec<(Repr, Kind)> = self
            .state
            .locals
            .iter()
            .map(|l| (l.repr, l.kind))
            .chain(self.state.stack.iter().map(|a| (a.repr, a.abs.kind)))
            .collect();
        let want: Vec<Kind> = entry
            .locals
            .iter()
            .map(|l| l.kind)
            .chain(entry.stack.iter().copied())
            .collect();
        // Pass 1: guards and unboxing.
        let mut conv: Vec<Option<Repr>> = vec![None; want.len()];
        let mut release = Vec::new();
        for k in 0..want.len() {
            let (r, h) = have[k];
            if h == want[k] {
                conv[k] = Some(r);
            } else if want[k] == Kind::Null {
                conv[k] = Some(Repr::Null);
            } else if h == Kind::Boxed {
                let fix = Fix::NoSpec(resume, k as u32);
                conv[k] = Some(self.unbox_guarded(r, want[k], &snap, resume, fix, &mut release));
            }
        }
        // Pass 2: boxing (may allocate virtual objects), then releasing consumed iterators.
        for k in 0..want.len() {
            if conv[k].is_none() {
                let (r, h) = have[k];
                conv[k] = Some(if want[k] == Kind::Boxed {
                    let (t, p) = self.boxed(&AVal {
                        abs: Abs::of(h),
                        repr: r,
                        own: Own::Owned,
                    });
                    Repr::Boxed { tag: t, payload: p }
                } else {
                    // Not convertible (analysis and code disagree): leave to the interpreter.
                    let exit = self.exit_block(
                        &snap,
                        resume,
                        resume,
                        false,
                        "representation mismatch",
                        Fix::None,
                    );
                    self.b.ins().jump(exit, &[]);
                    let dead = self.b.create_block();
                    self.b.switch_to_block(dead);
                    self.dummy(want[k])
                });
            }
        }
        for p in release {
            self.decref_obj(p);
        }
        let mut args: Vec<BlockArg> = Vec::new();
        for (k, r) in conv.into_iter().enumerate() {
            let r = r.expect("converted");
            if k < nl {
                let bound = self.state.locals[k].bound;
                self.state.locals[k] = LVal {
                    repr: r,
                    kind: want[k],
                    bound,
                };
            } else {
                let a = &mut self.state.stack[k - nl];
                a.repr = r;
                a.abs.kind = want[k];
            }
            push_args(&mut args, r);
        }
        args
    }

    /// Unboxes a boxed value to `want` behind a guard; a boxed range or list iterator (only
    /// its owner holds it, as at OSR entry) is read into registers and queued for release.
    fn unbox_guarded(
        &mut self,
        r: Repr,
        want: Kind,
        snap: &State,
        resume: u32,
        fix: Fix,
        release: &mut Vec<V>,
    ) -> Repr {
        let Repr::Boxed { tag, payload } = r else {
            unreachable!("unbox of a non-boxed value")
        };
        let exit = self.exit_block(snap, resume, resume, false, "loop-header type", fix);
        match want {
            Kind::Int | Kind::Float | Kind::Bool => {
                let want_tag = match want {
                    Kind::Int => TAG_INT,
                    Kind::Float => TAG_FLOAT,
                    _ => TAG_BOOL,
                };
                let ok = self.eq_imm(tag, want_tag as i64);
                self.guard(ok, exit);
                match want {
                    Kind::Int => Repr::Int(payload),
                    Kind::Float => Repr::Float(self.b.ins().bitcast(
                        types::F64,
                        MemFlagsData::new(),
                        payload,
                    )),
                    _ => {
                        let z = self.b.ins().ireduce(types::I8, payload);
                        Repr::Bool(self.b.ins().band_imm_u(z, 1))
                    }
                }
            }
            Kind::RangeIter | Kind::ListIter => {
                // The helper checks the iterator and reads its state (for a list iterator,
                // the list with a count of its own); the real iterator is then released.
                let ok = self.eq_imm(tag, TAG_OBJ as i64);
                self.guard(ok, exit);
                let (f, words) = if want == Kind::RangeIter {
                    (self.h.range_iter_state, 3)
                } else {
                    (self.h.list_iter_state, 2)
                };
                let out = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    8 * words,
                    3,
                ));
                let oa = self.b.ins().stack_addr(types::I64, out, 0);
                let call = self.b.ins().call(f, &[self.act, payload, oa]);
                let st = self.b.inst_results(call)[0];
                let ok = self.eq_imm(st, 1);
                self.guard(ok, exit);
                let w: Vec<V> = (0..words)
                    .map(|k| self.load64(oa, 8 * k as usize))
                    .collect();
                release.push(payload);
                repr_from_words(want, &w)
            }
            _ => {
                self.b.ins().jump(exit, &[]);
                let dead = self.b.create_block();
                self.b.switch_to_block(dead);
                self.dummy(want)
            }
        }
    }

    /// Placeholder values for unreachable code after an unconditional exit.
    pub fn dummy(&mut self, k: Kind) -> Repr {
        match k {
            Kind::Float => Repr::Float(self.b.ins().f64const(0.0)),
            Kind::Bool => Repr::Bool(self.b.ins().iconst(types::I8, 0)),
            _ => {
                let z = self.iconst(0);
                repr_from_words(k, &[z, z, z])
            }
        }
    }

    /// Jumps to bytecode block `bi` from the current state.
    pub fn jump_to(&mut self, bi: usize) {
        if self.cfg.blocks[bi].entry.is_none() {
            // A block the analysis never reached (its paths all left compiled code): let the
            // interpreter continue there.
            let snap = self.state.clone();
            let pc = self.cfg.blocks[bi].start;
            let e = self.exit_block(&snap, pc, pc, false, "unanalysed block", Fix::None);
            self.b.ins().jump(e, &[]);
            return;
        }
        let args = self.edge_args(bi);
        let blk = self.block_for(bi);
        self.b.ins().jump(blk, &args);
    }

    /// Emits an edge to `bi` in a fresh block and returns that block (for two-way branches).
    pub fn edge_block(&mut self, bi: usize, state: &State) -> Block {
        let e = self.b.create_block();
        let back = self.enter_side_block(e);
        let saved = std::mem::replace(&mut self.state, state.clone());
        self.jump_to(bi);
        self.state = saved;
        if let Some(b) = back {
            self.b.switch_to_block(b);
        }
        e
    }

    /// Switches to `side` (an exit or an edge filled now, branched to later) and returns the
    /// block to come back to. Cranelift's builder wants a block finished before switching away
    /// from it, so an open block first jumps to a fresh continuation, which is returned; the
    /// jump costs nothing in the machine code (block ordering makes it a fall-through).
    pub fn enter_side_block(&mut self, side: Block) -> Option<Block> {
        let here = self.b.current_block();
        if let Some(h) = here {
            let open = match self.b.func.layout.last_inst(h) {
                None => false,
                Some(last) => !self.b.func.dfg.insts[last].opcode().is_terminator(),
            };
            if open {
                let cont = self.b.create_block();
                self.b.ins().jump(cont, &[]);
                self.b.switch_to_block(side);
                return Some(cont);
            }
        }
        self.b.switch_to_block(side);
        here
    }

    /// Sets the Cranelift source location to instruction word `pc` (offset annotations in
    /// dumps and the perf map use it).
    pub fn set_pc(&mut self, pc: u32) {
        self.b.set_srcloc(SourceLoc::new(pc));
    }

    /// Signature of compiled entries (for direct calls).
    pub fn direct_signature(
        call_conv: cranelift_codegen::isa::CallConv,
    ) -> cranelift_codegen::ir::Signature {
        let mut sig = cranelift_codegen::ir::Signature::new(call_conv);
        for _ in 0..5 {
            sig.params.push(AbiParam::new(types::I64));
        }
        sig.returns.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        sig
    }

    /// A generator's YIELD_VALUE. A generator always runs on its frame: its locals and
    /// stack (the yielded value on top) go back into the frame, owned and boxed, with `ip`
    /// at the YIELD_VALUE, and compiled code returns "continue interpreting". The interpreter
    /// runs the YIELD_VALUE, which suspends the frame; resuming it enters compiled code again
    /// after the RESUME that follows (`Tier2::on_resume`). No exit: nothing is counted.
    pub fn yield_here(&mut self) {
        self.own_stack();
        let n = self.env.nlocals;
        for i in 0..n {
            self.store_local_boxed(i);
        }
        let depth = self.state.stack.len();
        for k in 0..depth {
            let a = self.state.stack[k];
            let (t, p) = self.boxed(&a);
            self.store_value(t, p, self.buf, (n + k) * abi::VALUE_SIZE);
        }
        let f = self.frame_addr();
        let sp = self
            .b
            .ins()
            .iadd_imm_s(self.buf, ((n + depth) * abi::VALUE_SIZE) as i64);
        self.store64(sp, f, abi::FRAME_SP_OFFSET);
        let pc = self.iconst(self.cur.pc as i64);
        self.store64(pc, f, abi::FRAME_IP_OFFSET);
        self.store64(pc, f, abi::FRAME_LASTI_OFFSET);
        let tag = self.iconst(abi::RET_DEOPT as i64);
        let zero = self.iconst(0);
        self.epilogue_return(tag, zero);
    }

    /// Ends the activation and returns (tag, payload).
    pub fn epilogue_return(&mut self, tag: V, payload: V) {
        let prev = self.load64(self.act, abi::ACT_PREV_OFFSET);
        self.store64(prev, self.thread, abi::THREAD_TOP_OFFSET);
        let frameless = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, self.fi, 0);
        let dec = self.b.ins().uextend(types::I64, frameless);
        let d = self.load64(self.thread, abi::THREAD_DEPTH_OFFSET);
        let d1 = self.b.ins().isub(d, dec);
        self.store64(d1, self.thread, abi::THREAD_DEPTH_OFFSET);
        self.b.ins().return_(&[tag, payload]);
    }
}

/// The representation of a value of `kind` held in the SSA values `w` (the order
/// [`push_args`] and the exit buffers use).
pub fn repr_from_words(kind: Kind, w: &[V]) -> Repr {
    match kind {
        Kind::Boxed => Repr::Boxed {
            tag: w[0],
            payload: w[1],
        },
        Kind::Int => Repr::Int(w[0]),
        Kind::Float => Repr::Float(w[0]),
        Kind::Bool => Repr::Bool(w[0]),
        Kind::Null => Repr::Null,
        Kind::RangeObj => Repr::RangeObj {
            start: w[0],
            stop: w[1],
            step: w[2],
        },
        Kind::RangeIter => Repr::RangeIter {
            cur: w[0],
            stop: w[1],
            step: w[2],
        },
        Kind::ListIter => Repr::ListIter {
            list: w[0],
            idx: w[1],
        },
    }
}

/// Appends a representation's SSA values as block arguments.
pub fn push_args(args: &mut Vec<BlockArg>, r: Repr) {
    match r {
        Repr::Boxed { tag, payload } => {
            args.push(tag.into());
            args.push(payload.into());
        }
        Repr::Int(v) | Repr::Float(v) | Repr::Bool(v) => args.push(v.into()),
        Repr::Null => {}
        Repr::ListIter { list, idx } => {
            args.push(list.into());
            args.push(idx.into());
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
            args.push(a.into());
            args.push(b.into());
            args.push(c.into());
        }
    }
}

/// The snapshot slot kind of a stack entry.
pub fn slot_kind(kind: Kind, own: Own) -> SlotKind {
    match kind {
        Kind::Boxed => SlotKind::Boxed {
            owned: !matches!(own, Own::Borrowed | Own::HeapBorrowed),
        },
        Kind::Int => SlotKind::Int,
        Kind::Float => SlotKind::Float,
        Kind::Bool => SlotKind::Bool,
        Kind::Null => SlotKind::Null,
        Kind::RangeObj => SlotKind::RangeObj,
        Kind::RangeIter => SlotKind::RangeIter,
        Kind::ListIter => SlotKind::ListIter,
    }
}

/// Whether a known value is a particular object.
pub fn known_is(k: Option<Known>, addr: usize) -> bool {
    k.is_some_and(|k| k.addr() == addr)
}
