//! Owned wrapper over `cranelift-jit` for Heron's JIT tier.
//!
//! This module knows nothing about Heron's runtime. It provides:
//!
//! * [`host_isa`]: a Cranelift ISA for the machine we run on, configured for a
//!   JIT (`is_pic = false`, frame pointers preserved so `perf` can walk stacks).
//! * [`HelperRegistry`]: the `extern "C"` Rust functions generated code may
//!   call, registered by name, address and signature.
//! * [`CodeUnit`]: one `JITModule` per compilation unit. A unit owns the
//!   executable memory of every function defined in it; the memory is released
//!   as a whole with [`CodeUnit::free`] (dropping a unit leaks it on purpose,
//!   because generated code may still be running or referenced).
//! * Per-function artifacts ([`CompiledFunction`]): entry pointer, code size,
//!   the real (relocated) code bytes, CLIF text, Cranelift's own listing, the
//!   source-location to machine-code-offset map and the compile time.
//!
//! See `docs/internals/cranelift-notes.md` for the Cranelift API facts this is
//! built on.

use std::collections::HashMap;
use std::fmt;
use std::io::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cranelift_codegen::ir::{self, AbiParam, ExtFuncData, Function, Signature, Type};
use cranelift_codegen::isa::{OwnedTargetIsa, TargetFrontendConfig};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{CodegenError, Context};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{FuncId, Linkage, Module, ModuleError};

use crate::disasm;

/// Errors produced while configuring Cranelift or compiling a function.
#[derive(Debug)]
pub enum JitError {
    /// The host architecture is not supported by Cranelift.
    UnsupportedHost(String),
    /// A Cranelift setting was rejected.
    Setting(String),
    /// Code generation failed; the text is Cranelift's pretty-printed error,
    /// including the offending CLIF for verifier errors.
    Codegen(String),
    /// A module-level error (declaration clash, allocation failure, ...).
    Module(String),
    /// A helper name that was never registered in the [`HelperRegistry`].
    UnknownHelper(String),
    /// A helper name registered twice with different addresses or signatures.
    DuplicateHelper(String),
}

impl fmt::Display for JitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JitError::UnsupportedHost(m) => write!(f, "host not supported by cranelift: {m}"),
            JitError::Setting(m) => write!(f, "bad cranelift setting: {m}"),
            JitError::Codegen(m) => write!(f, "cranelift codegen error: {m}"),
            JitError::Module(m) => write!(f, "cranelift module error: {m}"),
            JitError::UnknownHelper(n) => write!(f, "unknown JIT helper `{n}`"),
            JitError::DuplicateHelper(n) => write!(f, "JIT helper `{n}` registered twice"),
        }
    }
}

impl std::error::Error for JitError {}

impl From<ModuleError> for JitError {
    fn from(e: ModuleError) -> Self {
        JitError::Module(e.to_string())
    }
}

/// Cranelift optimization level (the `opt_level` shared setting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptLevel {
    /// `none`: fastest compile, almost no optimization.
    None,
    /// `speed`: the e-graph mid-end and the full backend.
    Speed,
    /// `speed_and_size`: like `speed` plus size-reducing rewrites.
    SpeedAndSize,
}

impl OptLevel {
    fn as_setting(self) -> &'static str {
        match self {
            OptLevel::None => "none",
            OptLevel::Speed => "speed",
            OptLevel::SpeedAndSize => "speed_and_size",
        }
    }
}

/// Options for [`host_isa`].
#[derive(Clone, Debug)]
pub struct JitOptions {
    /// Cranelift `opt_level`.
    pub opt_level: OptLevel,
    /// Run the CLIF verifier before compiling each function (`enable_verifier`).
    /// Costs compile time; on by default in debug builds only.
    pub verifier: bool,
    /// Ask Cranelift for the code offset of every block (`machine_code_cfg_info`).
    /// The disassembler uses them to resynchronise after inline data
    /// (constant pools, jump tables).
    pub block_offsets: bool,
}

impl Default for JitOptions {
    fn default() -> Self {
        JitOptions {
            opt_level: OptLevel::Speed,
            verifier: cfg!(debug_assertions),
            block_offsets: false,
        }
    }
}

/// Builds a Cranelift ISA for the host CPU, configured for JIT use.
///
/// Fixed settings: `is_pic = false` (required by `cranelift-jit`),
/// `use_colocated_libcalls = false` (libcalls may be far away),
/// `preserve_frame_pointers = true` (so `perf` and debuggers can walk through
/// JIT frames without unwind tables). Host CPU features (SSE4.x, AVX, BMI, ...)
/// are detected by `cranelift_native`.
///
/// The result is an `Arc`; clone it into every [`CodeUnit`] rather than
/// building a new ISA per unit.
pub fn host_isa(opts: &JitOptions) -> Result<OwnedTargetIsa, JitError> {
    let mut flags = settings::builder();
    let set = |b: &mut settings::Builder, name: &str, value: &str| {
        b.set(name, value)
            .map_err(|e| JitError::Setting(format!("{name}={value}: {e}")))
    };
    set(&mut flags, "opt_level", opts.opt_level.as_setting())?;
    set(&mut flags, "is_pic", "false")?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "enable_verifier", bool_str(opts.verifier))?;
    set(
        &mut flags,
        "machine_code_cfg_info",
        bool_str(opts.block_offsets),
    )?;
    let isa_builder =
        cranelift_native::builder().map_err(|m| JitError::UnsupportedHost(m.to_string()))?;
    isa_builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| JitError::Setting(e.to_string()))
}

/// Whether the ISA emits fused multiply-add as one instruction (`has_fma`).
pub fn has_fma(isa: &dyn cranelift_codegen::isa::TargetIsa) -> bool {
    isa.isa_flags()
        .iter()
        .any(|f| f.name == "has_fma" && f.as_bool() == Some(true))
}

fn bool_str(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Builds a signature in the ISA's default (C) calling convention.
pub fn c_signature(isa: &OwnedTargetIsa, params: &[Type], returns: &[Type]) -> Signature {
    let mut sig = Signature::new(isa.default_call_conv());
    sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
    sig.returns
        .extend(returns.iter().map(|&t| AbiParam::new(t)));
    sig
}

/// One registered helper: an `extern "C"` function generated code may call.
#[derive(Clone, Debug)]
pub struct Helper {
    /// Symbol name used in CLIF (`call fnN` resolves to it at finalize time).
    pub name: String,
    /// Address of the function.
    pub addr: usize,
    /// Cranelift parameter types, in the C calling convention.
    pub params: Vec<Type>,
    /// Cranelift return types.
    pub returns: Vec<Type>,
}

/// The set of Rust helpers callable from generated code, shared by all units.
///
/// Addresses are stored as `usize` so the registry is `Send + Sync` and can be
/// shared with [`Arc`] by code units compiled on any thread.
#[derive(Clone, Debug, Default)]
pub struct HelperRegistry {
    by_name: HashMap<String, Helper>,
}

impl HelperRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `addr` under `name` with the given Cranelift signature.
    ///
    /// Registering the same name again with the same address and signature is
    /// a no-op; anything else is [`JitError::DuplicateHelper`].
    ///
    /// # Safety
    ///
    /// `addr` must be the address of an `extern "C"` function whose C
    /// signature matches `params`/`returns` exactly (same count, same widths,
    /// pointers as the pointer type), that never unwinds (Rust `extern "C"`
    /// functions abort on panic, which is fine), and that stays valid for as
    /// long as any code compiled against this registry can run.
    pub unsafe fn register(
        &mut self,
        name: &str,
        addr: *const u8,
        params: &[Type],
        returns: &[Type],
    ) -> Result<(), JitError> {
        let helper = Helper {
            name: name.to_owned(),
            addr: addr as usize,
            params: params.to_vec(),
            returns: returns.to_vec(),
        };
        if let Some(old) = self.by_name.get(name) {
            if old.addr == helper.addr
                && old.params == helper.params
                && old.returns == helper.returns
            {
                return Ok(());
            }
            return Err(JitError::DuplicateHelper(name.to_owned()));
        }
        self.by_name.insert(name.to_owned(), helper);
        Ok(())
    }

    /// Looks a helper up by name.
    pub fn get(&self, name: &str) -> Option<&Helper> {
        self.by_name.get(name)
    }

    /// All `(address, name)` pairs, sorted by address: feed this to the
    /// disassembler so calls to helpers are commented with their names.
    pub fn address_names(&self) -> Vec<(u64, String)> {
        let mut v: Vec<(u64, String)> = self
            .by_name
            .values()
            .map(|h| (h.addr as u64, h.name.clone()))
            .collect();
        v.sort();
        v
    }
}

/// What to keep as text when defining a function. Producing text costs
/// compile time, so everything is off by default.
#[derive(Clone, Copy, Debug, Default)]
pub struct DumpOptions {
    /// Keep the CLIF as handed to Cranelift (`Function::display`).
    pub clif: bool,
    /// Keep the CLIF after Cranelift's mid-end optimizations.
    pub optimized_clif: bool,
    /// Keep Cranelift's own post-regalloc listing (`Context::set_disasm`).
    pub cranelift_disasm: bool,
}

impl DumpOptions {
    /// Everything on.
    pub fn all() -> Self {
        DumpOptions {
            clif: true,
            optimized_clif: true,
            cranelift_disasm: true,
        }
    }
}

/// A range of machine code produced by instructions carrying one source
/// location (`FunctionBuilder::set_srcloc`). Offsets are relative to the
/// function entry. One location may own several disjoint ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SrcRange {
    /// First byte (inclusive).
    pub start: u32,
    /// Last byte (exclusive).
    pub end: u32,
    /// The `SourceLoc` bits (Heron: a bytecode offset).
    pub loc: u32,
}

/// Handle to a function defined in a [`CodeUnit`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuncHandle(usize);

/// Everything known about one compiled function.
#[derive(Clone, Debug)]
pub struct CompiledFunction {
    /// Symbol name inside its unit.
    pub name: String,
    /// Cranelift module id (for `call` between functions of the same unit).
    pub id: FuncId,
    /// Entry address; 0 until the unit is finalized.
    entry: usize,
    /// Code size in bytes (includes any constant pool Cranelift appended).
    pub size: usize,
    /// CLIF as given to Cranelift, if requested.
    pub clif: Option<String>,
    /// CLIF after optimization, if requested.
    pub optimized_clif: Option<String>,
    /// Cranelift's own listing (VCode after register allocation), if requested.
    pub cranelift_disasm: Option<String>,
    /// Source location → machine code ranges, sorted by `start`.
    pub srclocs: Vec<SrcRange>,
    /// Code offset of each block, if [`JitOptions::block_offsets`] was set.
    pub block_offsets: Vec<u32>,
    /// Time spent in `define_function` (verify, optimize, lower, regalloc,
    /// emit, copy into JIT memory).
    pub codegen_time: Duration,
    /// Time of the `finalize_definitions` call that made this function
    /// executable (relocations + mprotect + icache flush). Shared by all
    /// functions finalized together.
    pub finalize_time: Duration,
}

impl CompiledFunction {
    /// Entry point, or null if the unit has not been finalized yet.
    pub fn entry(&self) -> *const u8 {
        self.entry as *const u8
    }

    /// The source location of the code byte at `offset`, if Cranelift
    /// attributed it to one (bytes in gaps have none).
    pub fn loc_at(&self, offset: u32) -> Option<u32> {
        let i = self.srclocs.partition_point(|r| r.start <= offset);
        let r = self.srclocs.get(i.checked_sub(1)?)?;
        (offset < r.end).then_some(r.loc)
    }

    /// The machine-code ranges `(start, end)` generated for location `loc`.
    pub fn ranges_of(&self, loc: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.srclocs
            .iter()
            .filter(move |r| r.loc == loc)
            .map(|r| (r.start, r.end))
    }

    /// Total compile time.
    pub fn compile_time(&self) -> Duration {
        self.codegen_time + self.finalize_time
    }

    /// One `/tmp/perf-<pid>.map` line: `START SIZE name` (hex, no `0x`).
    pub fn perf_map_line(&self) -> String {
        format!("{:x} {:x} {}\n", self.entry, self.size, self.name)
    }
}

/// Appends lines produced by [`CompiledFunction::perf_map_line`] to
/// `/tmp/perf-<pid>.map`, which `perf report` reads to name JIT code.
pub fn append_perf_map(lines: &str) -> std::io::Result<()> {
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    f.write_all(lines.as_bytes())
}

/// One compilation unit: a private `JITModule` and the code defined in it.
///
/// A `JITModule` can neither redefine nor free a single function, so Heron
/// compiles each unit (a Python function, or a function plus its stubs) into
/// its own `CodeUnit` and frees it as a whole.
pub struct CodeUnit {
    module: JITModule,
    isa: OwnedTargetIsa,
    helpers: Arc<HelperRegistry>,
    ctx: Context,
    imported: HashMap<String, FuncId>,
    functions: Vec<CompiledFunction>,
    pending: Vec<usize>,
}

impl CodeUnit {
    /// A fresh unit. Symbols are resolved against `helpers` only: the registry
    /// lookup is installed last, so it is consulted before `cranelift-jit`'s
    /// built-in `dlsym` fallback, and [`CodeUnit::import_helper`] refuses
    /// names that are not registered.
    pub fn new(isa: &OwnedTargetIsa, helpers: Arc<HelperRegistry>) -> Self {
        let mut builder =
            JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
        let lookup = Arc::clone(&helpers);
        builder.symbol_lookup_fn(Box::new(move |name| {
            lookup.get(name).map(|h| h.addr as *const u8)
        }));
        CodeUnit {
            module: JITModule::new(builder),
            isa: isa.clone(),
            helpers,
            ctx: Context::new(),
            imported: HashMap::new(),
            functions: Vec::new(),
            pending: Vec::new(),
        }
    }

    /// The ISA this unit compiles for.
    pub fn isa(&self) -> &OwnedTargetIsa {
        &self.isa
    }

    /// The helper registry this unit resolves symbols against.
    pub fn helpers(&self) -> &Arc<HelperRegistry> {
        &self.helpers
    }

    /// Pass this to `FunctionBuilder::finalize`.
    pub fn frontend_config(&self) -> TargetFrontendConfig {
        self.isa.frontend_config()
    }

    /// The native pointer type (`I64` on x86-64).
    pub fn pointer_type(&self) -> Type {
        self.isa.pointer_type()
    }

    /// A signature in the C calling convention.
    pub fn signature(&self, params: &[Type], returns: &[Type]) -> Signature {
        c_signature(&self.isa, params, returns)
    }

    /// Makes helper `name` callable from `func`: declares it as an import of
    /// this unit (once) and imports it into `func`. Emit calls with
    /// `builder.ins().call(func_ref, &args)`.
    ///
    /// Call this on the `Function` before or while building it (with a
    /// `FunctionBuilder`, use `builder.func`).
    pub fn import_helper(
        &mut self,
        name: &str,
        func: &mut Function,
    ) -> Result<ir::FuncRef, JitError> {
        let id = match self.imported.get(name) {
            Some(&id) => id,
            None => {
                let helper = self
                    .helpers
                    .get(name)
                    .ok_or_else(|| JitError::UnknownHelper(name.to_owned()))?;
                let sig = c_signature(&self.isa, &helper.params, &helper.returns);
                let id = self.module.declare_function(name, Linkage::Import, &sig)?;
                self.imported.insert(name.to_owned(), id);
                id
            }
        };
        Ok(self.module.declare_func_in_func(id, func))
    }

    /// Declares a function that will be defined in this unit. Use the returned
    /// id with [`CodeUnit::reference_function`] to call it from another function
    /// of the unit before it is defined (mutual recursion).
    pub fn declare_function(&mut self, name: &str, sig: &Signature) -> Result<FuncId, JitError> {
        Ok(self.module.declare_function(name, Linkage::Local, sig)?)
    }

    /// Imports function `id` of this unit into `func` for direct calls.
    ///
    /// Unlike `Module::declare_func_in_func`, the reference is marked
    /// non-colocated, so the call is emitted as `mov reg, imm64; call reg`
    /// with an absolute relocation instead of a 32-bit PC-relative one (whose
    /// relocation would panic if two code allocations land more than 2 GiB
    /// apart).
    pub fn reference_function(&mut self, id: FuncId, func: &mut Function) -> ir::FuncRef {
        let decl = self.module.declarations().get_function_decl(id);
        let signature = func.import_signature(decl.signature.clone());
        let name_ref = func.declare_imported_user_function(ir::UserExternalName {
            namespace: 0,
            index: id.as_u32(),
        });
        func.import_function(ExtFuncData {
            name: ir::ExternalName::user(name_ref),
            signature,
            colocated: false,
            patchable: false,
        })
    }

    /// Declares (if needed) and compiles `func` under `name`. The code is not
    /// executable until [`CodeUnit::finalize`].
    pub fn define(
        &mut self,
        name: &str,
        func: Function,
        dump: DumpOptions,
    ) -> Result<FuncHandle, JitError> {
        let id = match self.module.get_name(name) {
            Some(cranelift_module::FuncOrDataId::Func(id)) => id,
            _ => self.declare_function(name, &func.signature)?,
        };
        self.ctx.clear();
        let clif = dump.clif.then(|| func.display().to_string());
        self.ctx.func = func;
        self.ctx.set_disasm(dump.cranelift_disasm);

        let start = Instant::now();
        let result = self.module.define_function(id, &mut self.ctx);
        let codegen_time = start.elapsed();
        if let Err(e) = result {
            return Err(match e {
                ModuleError::Compilation(err) => {
                    JitError::Codegen(pretty_codegen_error(&self.ctx.func, err))
                }
                other => other.into(),
            });
        }

        let compiled = self
            .ctx
            .compiled_code()
            .expect("define_function succeeded, so code was compiled");
        let srclocs = compiled
            .buffer
            .get_srclocs_sorted()
            .iter()
            .filter(|s| !s.loc.is_default())
            .map(|s| SrcRange {
                start: s.start,
                end: s.end,
                loc: s.loc.bits(),
            })
            .collect();
        let record = CompiledFunction {
            name: name.to_owned(),
            id,
            entry: 0,
            size: compiled.code_buffer().len(),
            clif,
            optimized_clif: dump
                .optimized_clif
                .then(|| self.ctx.func.display().to_string()),
            cranelift_disasm: compiled.vcode.clone(),
            srclocs,
            block_offsets: compiled.bb_starts.clone(),
            codegen_time,
            finalize_time: Duration::ZERO,
        };
        self.functions.push(record);
        self.pending.push(self.functions.len() - 1);
        Ok(FuncHandle(self.functions.len() - 1))
    }

    /// Applies relocations and makes every defined-but-pending function
    /// executable. Returns the time it took. Functions defined later need
    /// another `finalize` (they get fresh pages; earlier code is untouched).
    pub fn finalize(&mut self) -> Result<Duration, JitError> {
        let start = Instant::now();
        self.module.finalize_definitions()?;
        let took = start.elapsed();
        for idx in std::mem::take(&mut self.pending) {
            let f = &mut self.functions[idx];
            f.entry = self.module.get_finalized_function(f.id) as usize;
            f.finalize_time = took;
        }
        Ok(took)
    }

    /// Convenience: [`CodeUnit::define`] then [`CodeUnit::finalize`].
    pub fn compile(
        &mut self,
        name: &str,
        func: Function,
        dump: DumpOptions,
    ) -> Result<FuncHandle, JitError> {
        let h = self.define(name, func, dump)?;
        self.finalize()?;
        Ok(h)
    }

    /// The record of a defined function.
    pub fn function(&self, h: FuncHandle) -> &CompiledFunction {
        &self.functions[h.0]
    }

    /// All functions defined in this unit, in definition order.
    pub fn functions(&self) -> &[CompiledFunction] {
        &self.functions
    }

    /// The finalized, relocated machine code of `h`, read from executable
    /// memory. Panics if the unit was not finalized since `h` was defined.
    pub fn code(&self, h: FuncHandle) -> &[u8] {
        let f = &self.functions[h.0];
        assert!(f.entry != 0, "function `{}` is not finalized", f.name);
        // SAFETY: `entry..entry+size` is the blob cranelift-jit copied the
        // function into; after `finalize_definitions` it is mapped readable
        // and executable and is never written again. It stays mapped while
        // `self` is alive: it is only unmapped by `CodeUnit::free`, which
        // consumes the unit, so the borrow of `self` bounds the slice.
        unsafe { std::slice::from_raw_parts(f.entry as *const u8, f.size) }
    }

    /// The entry of `h` as a typed function pointer, e.g.
    /// `unit.entry_as::<extern "C" fn(i64) -> i64>(h)`.
    ///
    /// # Safety
    ///
    /// `F` must be an `extern "C"` function pointer type matching the CLIF
    /// signature of `h`, and the pointer must not be called after the unit is
    /// freed.
    pub unsafe fn entry_as<F: Copy>(&self, h: FuncHandle) -> F {
        let f = &self.functions[h.0];
        assert!(f.entry != 0, "function `{}` is not finalized", f.name);
        assert_eq!(
            std::mem::size_of::<F>(),
            std::mem::size_of::<usize>(),
            "entry_as needs a function pointer type"
        );
        // SAFETY: sizes are equal (checked above) and the caller guarantees
        // `F` is a function pointer type for this code's signature.
        unsafe { std::mem::transmute_copy::<usize, F>(&f.entry) }
    }

    /// Disassembles `h` at its real address with the given extra annotations
    /// (code offset → label). Block offsets and helper names are added
    /// automatically.
    pub fn disassemble(&self, h: FuncHandle, annotations: &[(u32, String)]) -> String {
        let f = &self.functions[h.0];
        let names = self.helpers.address_names();
        let opts = disasm::DisasmOptions {
            annotations,
            code_starts: &f.block_offsets,
            symbols: &names,
        };
        disasm::disassemble(self.code(h), f.entry as u64, &opts)
    }

    /// Releases all code and data memory of the unit.
    ///
    /// Dropping a `CodeUnit` instead *leaks* its memory: `cranelift-jit`'s
    /// default memory provider forgets its mappings on drop so that stale
    /// function pointers stay callable.
    ///
    /// # Safety
    ///
    /// No function of this unit may be executing (on any thread) or be
    /// called afterwards, and no pointer into its code may be used again
    /// (including return addresses on any stack and pointers stored in
    /// other units' code or in runtime data structures).
    pub unsafe fn free(self) {
        // SAFETY: forwarded from this function's contract.
        unsafe { self.module.free_memory() }
    }
}

/// Pretty-prints a codegen error; verifier errors include the annotated CLIF.
fn pretty_codegen_error(func: &Function, err: CodegenError) -> String {
    cranelift_codegen::print_errors::pretty_error(func, err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{types, InstBuilder, UserFuncName};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    fn unit() -> CodeUnit {
        let isa = host_isa(&JitOptions::default()).expect("host isa");
        CodeUnit::new(&isa, Arc::new(HelperRegistry::new()))
    }

    /// `fn(a, b) -> a + b`, built in `unit`'s calling convention.
    fn add_function(unit: &CodeUnit) -> Function {
        let sig = unit.signature(&[types::I64, types::I64], &[types::I64]);
        let mut func = Function::with_name_signature(UserFuncName::testcase("add"), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let (x, y) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let s = b.ins().iadd(x, y);
        b.ins().return_(&[s]);
        b.finalize(unit.frontend_config());
        func
    }

    #[test]
    fn isa_flags_are_jit_friendly() {
        let isa = host_isa(&JitOptions::default()).unwrap();
        assert!(!isa.flags().is_pic());
        assert!(isa.flags().preserve_frame_pointers());
        assert_eq!(isa.flags().opt_level(), settings::OptLevel::Speed);
    }

    #[test]
    fn compile_call_and_free() {
        let mut u = unit();
        let func = add_function(&u);
        let h = u.compile("add", func, DumpOptions::all()).unwrap();
        let f = u.function(h);
        assert!(!f.entry().is_null());
        assert!(f.size > 0 && u.code(h).len() == f.size);
        assert!(f.clif.as_deref().unwrap().contains("iadd"));
        assert!(f.cranelift_disasm.is_some());
        assert!(f.perf_map_line().ends_with(" add\n"));
        // SAFETY: `add` was built with signature (i64, i64) -> i64 in the C
        // calling convention and the unit is alive.
        let add: extern "C" fn(i64, i64) -> i64 = unsafe { u.entry_as(h) };
        assert_eq!(add(40, 2), 42);
        // SAFETY: `add` is not running and is not called after this point.
        unsafe { u.free() };
    }

    #[test]
    fn same_name_in_two_units_and_redefinition_error() {
        let mut u1 = unit();
        let mut u2 = unit();
        let f1 = add_function(&u1);
        let f2 = add_function(&u2);
        u1.compile("add", f1, DumpOptions::default()).unwrap();
        u2.compile("add", f2, DumpOptions::default()).unwrap();
        let f3 = add_function(&u1);
        let err = u1.compile("add", f3, DumpOptions::default()).unwrap_err();
        assert!(matches!(err, JitError::Module(_)), "{err}");
    }

    #[test]
    fn unknown_helper_is_rejected() {
        let mut u = unit();
        let mut func = add_function(&u);
        let err = u.import_helper("puts", &mut func).unwrap_err();
        assert!(matches!(err, JitError::UnknownHelper(_)));
    }

    #[test]
    fn verifier_error_is_pretty() {
        let opts = JitOptions {
            verifier: true,
            ..JitOptions::default()
        };
        let mut u = CodeUnit::new(&host_isa(&opts).unwrap(), Arc::new(HelperRegistry::new()));
        let sig = u.signature(&[], &[types::I64]);
        let mut func = Function::with_name_signature(UserFuncName::testcase("bad"), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.switch_to_block(entry);
        b.seal_block(entry);
        let v = b.ins().iconst(types::I32, 1); // wrong return type
        b.ins().return_(&[v]);
        b.finalize(u.frontend_config());
        match u.compile("bad", func, DumpOptions::default()) {
            Err(JitError::Codegen(text)) => assert!(text.contains("return"), "{text}"),
            Err(other) => panic!("unexpected error {other}"),
            Ok(_) => panic!("verifier accepted an ill-typed return"),
        }
    }

    #[test]
    fn constant_pool_is_listed_as_data() {
        let mut u = unit();
        let sig = u.signature(&[types::F64], &[types::F64]);
        let mut func = Function::with_name_signature(UserFuncName::testcase("affine"), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let x = b.block_params(entry)[0];
        let k1 = b.ins().f64const(1.5);
        let k2 = b.ins().f64const(2.25);
        let m = b.ins().fmul(x, k1);
        let r = b.ins().fadd(m, k2);
        b.ins().return_(&[r]);
        b.finalize(u.frontend_config());
        let h = u.compile("affine", func, DumpOptions::default()).unwrap();
        // SAFETY: (f64) -> f64 in the C calling convention; unit alive.
        let f: extern "C" fn(f64) -> f64 = unsafe { u.entry_as(h) };
        assert_eq!(f(2.0), 5.25);
        let listing = u.disassemble(h, &[]);
        println!("{listing}");
        if cfg!(target_arch = "x86_64") {
            // Code ends with `ret`, then the two constants as data.
            let ret_line = listing.lines().position(|l| l.contains(" ret")).unwrap();
            let tail: Vec<&str> = listing.lines().skip(ret_line + 1).collect();
            assert!(!tail.is_empty(), "{listing}");
            assert!(
                tail.iter()
                    .all(|l| l.contains(".byte") || l.contains(" nop") || l.contains(" ud2")),
                "{listing}"
            );
            assert!(listing.contains("data +0x"), "{listing}");
        }
    }

    #[test]
    fn jump_table_is_listed_as_data() {
        let opts = JitOptions {
            block_offsets: true,
            ..JitOptions::default()
        };
        let mut u = CodeUnit::new(&host_isa(&opts).unwrap(), Arc::new(HelperRegistry::new()));
        let sig = u.signature(&[types::I32], &[types::I64]);
        let mut func = Function::with_name_signature(UserFuncName::testcase("switch"), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        let cases: Vec<_> = (0..5).map(|_| b.create_block()).collect();
        b.switch_to_block(entry);
        b.seal_block(entry);
        let x = b.block_params(entry)[0];
        let calls: Vec<_> = cases[1..]
            .iter()
            .map(|&blk| b.func.dfg.block_call(blk, &[]))
            .collect();
        let default = b.func.dfg.block_call(cases[0], &[]);
        let jt = b.create_jump_table(ir::JumpTableData::new(default, &calls));
        b.ins().br_table(x, jt);
        for (k, &blk) in cases.iter().enumerate() {
            b.switch_to_block(blk);
            b.seal_block(blk);
            let v = b.ins().iconst(types::I64, 100 + k as i64 * 7);
            b.ins().return_(&[v]);
        }
        b.finalize(u.frontend_config());
        let h = u.compile("switch", func, DumpOptions::default()).unwrap();
        // SAFETY: (i32) -> i64 in the C calling convention; unit alive.
        let f: extern "C" fn(i32) -> i64 = unsafe { u.entry_as(h) };
        assert_eq!(f(0), 107);
        assert_eq!(f(3), 128);
        assert_eq!(f(9), 100);
        let listing = u.disassemble(h, &[]);
        println!("{listing}");
        if cfg!(target_arch = "x86_64") {
            assert!(listing.contains(".byte"), "{listing}");
            assert!(!listing.contains("(bad)"), "{listing}");
            // Every case block is decoded as code after the table.
            let rets = listing.lines().filter(|l| l.ends_with(" ret")).count();
            assert_eq!(rets, 5, "{listing}");
        }
    }

    #[test]
    fn code_unit_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<CodeUnit>();
    }
}
