//! [`JitTier`]: tier 2 as the interpreter sees it (the runtime's `Tier2` trait).
//!
//! - `on_entry` (RESUME of a function, module or class body): compiles the code object when it
//!   is hot (call or back-edge count past the threshold; every first call in `eager` mode) and
//!   runs it from its start on the interpreter frame.
//! - `on_backedge` (a hot loop back-edge in the interpreter): enters compiled code at that
//!   loop header (OSR), compiling first if needed — this is also how a frame that deoptimised
//!   inside a loop gets back into compiled code.
//! - `on_resume` (the RESUME after a generator's yield): enters compiled code after it,
//!   compiling first when the code is hot. A compiled YIELD_VALUE leaves to the interpreter,
//!   which suspends the frame, so a compiled generator runs from one yield to the next.
//! - exits come back through [`JitTier::on_exit`]: counters, the log, and the decision to drop
//!   code whose speculation keeps failing (recompiled with the failing guard generalised) or to
//!   give a code object up after [`MAX_RECOMPILES`] recompilations.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::ffi::c_void;
use std::rc::Rc;
use std::sync::Arc;

use cranelift_codegen::isa::OwnedTargetIsa;
use heron_runtime::abi;
use heron_runtime::object::PyRef;
use heron_runtime::value::Value;
use heron_runtime::vm::jit_support::{CompiledEntry, JitThread};
use heron_runtime::vm::{PyResult, Tier2};
use heron_runtime::Vm;

use crate::backend::{host_isa, HelperRegistry, JitError, JitOptions};
use crate::codecache::{CodeCache, CodeState, Compiled, ExitTable, MAX_RECOMPILES};
use crate::compile::{self, Request};
use crate::deopt::{ExitInfo, Fix};
use crate::options::Options;
use crate::stats::{self, Stats};

/// Exits of one guard before its code is recompiled with the guard generalised.
pub const RECOMPILE_AFTER: u32 = 8;

/// How the interpreter reached compiled code (for the entry counters).
#[derive(Clone, Copy)]
enum Via {
    Start,
    LoopHeader,
    Resume,
}

/// Tier 2 (see the module docs).
pub struct JitTier {
    pub opts: Options,
    pub cache: CodeCache,
    pub stats: RefCell<Stats>,
    pub isa: OwnedTargetIsa,
    pub helpers: Arc<HelperRegistry>,
    thread: Box<UnsafeCell<JitThread>>,
    stress_rng: Cell<u64>,
}

impl JitTier {
    /// Builds the tier for `vm` (its thread record points back at the returned `Rc`).
    pub fn new(vm: &mut Vm, opts: Options) -> Result<Rc<JitTier>, JitError> {
        let verifier = cfg!(debug_assertions) || std::env::var_os("HERON_JIT_VERIFY").is_some();
        let jo = JitOptions {
            block_offsets: opts.dump_asm,
            verifier,
            ..JitOptions::default()
        };
        let isa = host_isa(&jo)?;
        let helpers = Arc::new(crate::helpers::registry()?);
        let tier = Rc::new(JitTier {
            thread: Box::new(UnsafeCell::new(JitThread::new(vm, std::ptr::null()))),
            stress_rng: Cell::new(opts.stress_seed),
            opts,
            cache: CodeCache::default(),
            stats: RefCell::new(Stats::default()),
            isa,
            helpers,
        });
        let first = if tier.opts.stress {
            tier.next_period()
        } else {
            0
        };
        // SAFETY: the record is owned by the tier and not yet shared with compiled code.
        unsafe {
            let t = &mut *tier.thread.get();
            t.tier = Rc::as_ptr(&tier) as *const c_void;
            t.stress_left = first;
        }
        Ok(tier)
    }

    /// The thread record compiled code runs with.
    pub fn thread_ptr(&self) -> *mut JitThread {
        self.thread.get()
    }

    /// The next stress period (guard evaluations until a forced exit), from the seeded LCG.
    fn next_period(&self) -> u64 {
        let x = self
            .stress_rng
            .get()
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.stress_rng.set(x);
        1 + (x >> 33) % 37
    }

    /// Whether the exit now being taken was forced by stress mode (and re-arms it).
    pub fn stress_fired(&self, thread: &mut JitThread, info: &ExitInfo) -> bool {
        if !self.opts.stress || info.exception || thread.stress_left != 0 {
            return false;
        }
        thread.stress_left = self.next_period();
        true
    }

    /// Compiles the code object of frame `fi`, or declines it for good. Never inlined: its
    /// frame is tens of kilobytes, which every entry through `code_for` paid for in stack
    /// probes when it was inlined there.
    #[inline(never)]
    fn compile(&self, vm: &mut Vm, fi: usize, state: &'static CodeState) -> Option<Rc<Compiled>> {
        let f = &vm.frames[fi];
        if state.gave_up.get() {
            f.code_data().jit_disabled.set(true);
            return None;
        }
        let req = Request {
            vm,
            state,
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
        };
        match compile::compile(self, &req) {
            Ok(c) => {
                {
                    let mut s = self.stats.borrow_mut();
                    s.compiled += 1;
                    s.compile_time_us += c.compile_us;
                    s.code_bytes += c.code_size as u64;
                }
                let cd = state.code_data();
                if self.opts.log {
                    stats::log(&format!(
                        "compile {} ({}:{}) bytecode={} words code={} bytes time={}us exits={}",
                        state.name,
                        cd.code.filename,
                        cd.code.firstlineno,
                        cd.nwords(),
                        c.code_size,
                        c.compile_us,
                        c.table.exits.get().map_or(0, |e| e.len())
                    ));
                }
                if self.opts.perf {
                    if let Some(f) = c.unit.functions().first() {
                        crate::perfmap::record(
                            f,
                            &state.name,
                            &cd.code.filename,
                            cd.code.firstlineno,
                        );
                    }
                }
                if let Some(d) = &c.dump {
                    let _ = vm.flush_stdout();
                    eprint!("{d}");
                }
                Some(compile::install(state, c))
            }
            Err(d) => {
                {
                    let mut s = self.stats.borrow_mut();
                    s.declined += 1;
                    *s.decline_reasons.entry(short_reason(&d.0)).or_default() += 1;
                }
                if self.opts.log {
                    let cd = state.code_data();
                    stats::log(&format!(
                        "decline {} ({}:{}): {}",
                        state.name, cd.code.filename, cd.code.firstlineno, d.0
                    ));
                }
                state.gave_up.set(true);
                state.code_data().jit_disabled.set(true);
                None
            }
        }
    }

    /// Runs compiled code on frame `fi` from entry `entry` (1: after RESUME), reached `via`
    /// the function start, a loop header or a generator's resume point.
    fn run(
        &self,
        vm: &mut Vm,
        fi: usize,
        c: &Rc<Compiled>,
        entry: i64,
        via: Via,
    ) -> Option<PyResult<Value>> {
        if vm.frames[fi].globals.as_ptr() as usize != c.globals {
            return None;
        }
        if heron_runtime::modules::profile::ACTIVE.load(std::sync::atomic::Ordering::Relaxed) {
            // A profiler counts calls at RESUME in the interpreter: keep to the interpreter.
            return None;
        }
        let t = self.thread_ptr();
        let limit = vm.recursion_limit as u64;
        {
            let mut s = self.stats.borrow_mut();
            match via {
                Via::Start => s.entries += 1,
                Via::LoopHeader => s.osr_entries += 1,
                Via::Resume => s.resumes += 1,
            }
        }
        let f = &mut vm.frames[fi];
        let buf = f.base;
        // The stack values (OSR) stay in place for compiled code to take over.
        f.sp = f.stack_base;
        let func = f.func.as_ref().map_or(std::ptr::null(), PyRef::as_ptr);
        // SAFETY: `c.entry` is compiled code with the `CompiledEntry` signature (see compile.rs); it
        // is kept alive by `c`, which we hold across the call. The thread record is ours and
        // nothing else borrows it while the call runs; `vm` is passed as a raw pointer that
        // compiled code and helpers use only on this thread, with our `&mut Vm` unused until
        // the call returns. `buf` is the frame's localsplus followed by its stack, which the
        // entry takes over (see osr.rs).
        let r = unsafe {
            (*t).vm = vm as *mut Vm;
            (*t).depth_limit = limit;
            let entry_fn: CompiledEntry = std::mem::transmute::<usize, CompiledEntry>(c.entry);
            entry_fn(t, func, buf, fi as i64, entry)
        };
        match r.tag {
            abi::RET_DEOPT => None,
            // SAFETY: the error tag means the exception is in the thread record.
            abi::RET_ERROR => Some(Err(unsafe { (*t).take_err() })),
            // SAFETY: any other result is an owned value.
            _ => Some(Ok(unsafe { r.into_value() })),
        }
    }

    /// The compiled code for frame `fi`, compiling if `hot`.
    fn code_for(
        &self,
        vm: &mut Vm,
        fi: usize,
        hot: bool,
    ) -> Option<(Rc<Compiled>, &'static CodeState)> {
        let f = &vm.frames[fi];
        // The common case, every call of a compiled function: its state is already there.
        if let Some(state) = CodeCache::get(f.code_data()) {
            if let Some(c) = state.current() {
                return Some((c, state));
            }
        }
        let code = f.code.clone();
        let state = self.cache.state_of(&code)?;
        if !hot {
            return None;
        }
        self.compile(vm, fi, state).map(|c| (c, state))
    }

    /// Bookkeeping for an exit about to hand state to the interpreter (see the module docs).
    pub fn on_exit(&self, table: &ExitTable, info: &ExitInfo, stressed: bool) {
        let state = table.state;
        let mut s = self.stats.borrow_mut();
        if stressed {
            s.stress_exits += 1;
            return;
        }
        if info.exception {
            s.exceptions += 1;
            return;
        }
        s.deopts += 1;
        *s.deopt_reasons.entry(info.reason).or_default() += 1;
        if info.fix != Fix::None {
            s.guards_failed += 1;
        }
        state.deopts.set(state.deopts.get() + 1);
        let cd = state.code_data();
        if self.opts.log {
            stats::log(&format!(
                "deopt {} at offset {} (line {}): {}",
                state.name,
                info.pc * 2,
                cd.code.line_at(info.pc as usize),
                info.reason
            ));
        }
        let n = info.count.get() + 1;
        info.count.set(n);
        if table.invalidated.get() {
            return;
        }
        let threshold = match info.fix {
            Fix::None => return,
            Fix::Refresh => 1,
            Fix::Generic(_) | Fix::Widen(_) | Fix::NoSpec(..) => RECOMPILE_AFTER,
        };
        if n < threshold {
            return;
        }
        {
            let mut p = state.profile.borrow_mut();
            match info.fix {
                Fix::Generic(pc) => {
                    p.generic.insert(pc);
                }
                Fix::Widen(pc) => {
                    p.widened.insert(pc);
                }
                Fix::NoSpec(h, slot) => {
                    p.no_spec.insert((h, slot));
                }
                _ => {}
            }
        }
        state.invalidate(&self.cache.graveyard);
        s.invalidations += 1;
        let r = state.recompiles.get() + 1;
        state.recompiles.set(r);
        if self.opts.log {
            stats::log(&format!(
                "invalidate {}: {} at offset {} (line {}) failed {} times; recompile #{}",
                state.name,
                info.reason,
                info.pc * 2,
                cd.code.line_at(info.pc as usize),
                n,
                r
            ));
        }
        if r > MAX_RECOMPILES {
            state.gave_up.set(true);
            cd.jit_disabled.set(true);
            s.gave_up += 1;
            if self.opts.log {
                stats::log(&format!("give up {}: deoptimised too often", state.name));
            }
        }
    }

    /// The annotated listing (`kind` "asm") or CLIF ("clif", kept under `-X jit-dump=clif`)
    /// of the current compiled code of `code` (`heron.jit_dump`).
    pub fn dump_of(&self, code: &PyRef, kind: &str) -> Option<String> {
        let state = self.cache.state_of(code)?;
        let c = state.current()?;
        let f = c.unit.function(c.handle);
        crate::dump::render_kind(&c.unit, c.handle, state, f, kind == "clif", kind != "clif")
    }
}

/// The first words of a decline reason (a stable key for the statistics).
fn short_reason(r: &str) -> String {
    r.split(['(', ':']).next().unwrap_or(r).trim().to_string()
}

impl Tier2 for JitTier {
    fn on_entry(&self, vm: &mut Vm, fi: usize, calls: u32) -> Option<PyResult<Value>> {
        let cd = vm.frames[fi].code_data();
        let hot = self.opts.hot(calls, cd.backedges.get());
        if cd.jit_entry.get() == 0 && !hot {
            return None;
        }
        let (c, _) = self.code_for(vm, fi, hot)?;
        self.run(vm, fi, &c, 1, Via::Start)
    }

    fn on_backedge(&self, vm: &mut Vm, fi: usize, target: usize) -> Option<PyResult<Value>> {
        let (c, state) = self.code_for(vm, fi, true)?;
        match c.entry_at(target) {
            Some(e) => self.run(vm, fi, &c, e, Via::LoopHeader),
            None => {
                state.code_data().backedges.set(0);
                None
            }
        }
    }

    fn on_resume(&self, vm: &mut Vm, fi: usize, target: usize) -> Option<PyResult<Value>> {
        let cd = vm.frames[fi].code_data();
        let hot = self.opts.hot(cd.calls.get(), cd.backedges.get());
        if cd.jit_entry.get() == 0 && !hot {
            return None;
        }
        let (c, _) = self.code_for(vm, fi, hot)?;
        let e = c.entry_at(target)?;
        self.run(vm, fi, &c, e, Via::Resume)
    }

    fn stats(&self) -> Vec<String> {
        self.stat_lines()
    }

    fn thread_record(&self) -> *mut JitThread {
        self.thread_ptr()
    }
}

impl JitTier {
    /// The `jit-stats:` lines, with the share of instructions that ran specialised: over the
    /// code objects tier 2 has seen, the instructions now in a specialised (quickened) form
    /// and those in code objects that have compiled code.
    fn stat_lines(&self) -> Vec<String> {
        use heron_runtime::bytecode::opcodes::{decode, Op};
        let (mut total, mut specialised, mut compiled) = (0u64, 0u64, 0u64);
        for st in self.cache.states() {
            let cd = st.code_data();
            let has_code = st.current().is_some();
            // A specialised form has its base's cache words, so the original code's
            // instruction positions hold for the quickened words too.
            for (at, _, _) in cd.code.instructions() {
                let Some(op) = Op::from_u8(decode(cd.word(at)).0) else {
                    break;
                };
                total += 1;
                specialised += u64::from(op != op.base());
                compiled += u64::from(has_code);
            }
        }
        let pct = |k: u64| {
            if total == 0 {
                0.0
            } else {
                100.0 * k as f64 / total as f64
            }
        };
        let mut v = self.stats.borrow().lines();
        v.insert(
            1,
            format!(
                "jit-stats: instructions={total} specialized_pct={:.1} compiled_pct={:.1}",
                pct(specialised),
                pct(compiled)
            ),
        );
        v
    }
}

impl Drop for JitTier {
    fn drop(&mut self) {
        if self.opts.stats {
            for l in self.stat_lines() {
                eprintln!("{l}");
            }
        }
        // Compiled code may be referenced until the process ends; leak it with what it keeps.
        std::mem::forget(std::mem::take(&mut *self.cache.graveyard.borrow_mut()));
    }
}
