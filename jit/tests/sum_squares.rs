//! Worked example of the Cranelift machinery in `heron_jit::backend`.
//!
//! Builds by hand, with `FunctionBuilder`, the loop
//!
//! ```text
//! def sum_squares(n):          # and sum_squares_from(start, n)
//!     acc = 0                  # acc lives in a stack slot
//!     i = 0                    # (start)
//!     while i < n:
//!         acc = acc + i * i    # both ops overflow-checked -> deopt exit
//!         i += 1
//!     return observe(&acc)     # Rust helper reads the slot through a pointer
//! ```
//!
//! Every instruction carries a "bytecode offset" as its `SourceLoc`; the test
//! checks the srcloc → machine-code map, disassembles the real code, calls it
//! (normal path, add-overflow deopt, mul-overflow deopt) and prints compile
//! times. Run with `--nocapture` to see the dumps.

use std::cell::Cell;
use std::sync::Arc;
use std::time::Instant;

use cranelift_codegen::ir::{
    condcodes::IntCC, types, Function, InstBuilder, MemFlagsData, SourceLoc, StackSlotData,
    StackSlotKind, UserFuncName,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use heron_jit::backend::{host_isa, CodeUnit, DumpOptions, HelperRegistry, JitOptions, OptLevel};
use heron_jit::disasm;

/// Returned by the deopt exit.
const DEOPT_SENTINEL: i64 = i64::MIN;
const REASON_MUL: i64 = 1;
const REASON_ADD: i64 = 2;

// Fake bytecode offsets attached as source locations.
const BC_ENTRY: u32 = 0;
const BC_COMPARE: u32 = 10;
const BC_MUL: u32 = 20;
const BC_ADD: u32 = 30;
const BC_INCR: u32 = 40;
const BC_RETURN: u32 = 50;
const BC_DEOPT: u32 = 60;

thread_local! {
    static LAST_DEOPT: Cell<Option<(i64, i64)>> = const { Cell::new(None) };
    static OBSERVE_CALLS: Cell<u32> = const { Cell::new(0) };
}

/// Called by generated code on the deopt exit with the loop index and reason.
extern "C" fn heron_test_deopt(i: i64, reason: i64) {
    LAST_DEOPT.with(|c| c.set(Some((i, reason))));
}

/// Called by generated code on the normal exit with the address of the stack
/// slot holding the accumulator.
extern "C" fn heron_test_observe(slot: *const i64) -> i64 {
    OBSERVE_CALLS.with(|c| c.set(c.get() + 1));
    // SAFETY: generated code passes the address of its live, 8-byte aligned
    // i64 stack slot, valid for the duration of this call.
    unsafe { *slot }
}

fn registry() -> Arc<HelperRegistry> {
    let mut r = HelperRegistry::new();
    // SAFETY: both addresses are `extern "C"` functions with exactly these
    // signatures (pointers are i64 on x86-64 and aarch64); they never unwind
    // and live for the whole program.
    unsafe {
        r.register(
            "heron_test_deopt",
            heron_test_deopt as *const u8,
            &[types::I64, types::I64],
            &[],
        )
        .unwrap();
        r.register(
            "heron_test_observe",
            heron_test_observe as *const u8,
            &[types::I64],
            &[types::I64],
        )
        .unwrap();
    }
    Arc::new(r)
}

/// Builds `sum_squares(n)` (`with_start == false`) or
/// `sum_squares_from(start, n)`.
fn build(unit: &mut CodeUnit, fctx: &mut FunctionBuilderContext, with_start: bool) -> Function {
    let i64t = types::I64;
    let params: &[_] = if with_start { &[i64t, i64t] } else { &[i64t] };
    let sig = unit.signature(params, &[i64t]);
    let mut func = Function::with_name_signature(UserFuncName::testcase("sum_squares"), sig);
    let deopt_fn = unit.import_helper("heron_test_deopt", &mut func).unwrap();
    let observe_fn = unit.import_helper("heron_test_observe", &mut func).unwrap();
    let ptr = unit.pointer_type();

    let mut b = FunctionBuilder::new(&mut func, fctx);
    let entry = b.create_block();
    let header = b.create_block();
    let body = b.create_block();
    let add = b.create_block();
    let next = b.create_block();
    let exit = b.create_block();
    let deopt = b.create_block();
    b.set_cold_block(deopt);

    // entry: acc slot = 0; jump header(start)
    b.set_srcloc(SourceLoc::new(BC_ENTRY));
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let (start, n) = if with_start {
        (b.block_params(entry)[0], b.block_params(entry)[1])
    } else {
        (b.ins().iconst(i64t, 0), b.block_params(entry)[0])
    };
    let slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
    let slot_addr = b.ins().stack_addr(ptr, slot, 0);
    let zero = b.ins().iconst(i64t, 0);
    // Our own stack slot: aligned, cannot trap.
    let slot_flags = MemFlagsData::trusted();
    b.ins().store(slot_flags, zero, slot_addr, 0);
    b.ins().jump(header, &[start.into()]);

    // header(i): if i < n goto body(i) else exit
    b.set_srcloc(SourceLoc::new(BC_COMPARE));
    let i = b.append_block_param(header, i64t);
    b.switch_to_block(header);
    let lt = b.ins().icmp(IntCC::SignedLessThan, i, n);
    b.ins().brif(lt, body, &[i.into()], exit, &[]);

    // body(i): sq = i * i, deopt on overflow
    b.set_srcloc(SourceLoc::new(BC_MUL));
    let bi = b.append_block_param(body, i64t);
    b.switch_to_block(body);
    b.seal_block(body);
    let (sq, mul_of) = b.ins().smul_overflow(bi, bi);
    let reason_mul = b.ins().iconst(i64t, REASON_MUL);
    b.ins().brif(
        mul_of,
        deopt,
        &[bi.into(), reason_mul.into()],
        add,
        &[bi.into(), sq.into()],
    );

    // add(i, sq): acc += sq, deopt on overflow
    b.set_srcloc(SourceLoc::new(BC_ADD));
    let ai = b.append_block_param(add, i64t);
    let asq = b.append_block_param(add, i64t);
    b.switch_to_block(add);
    b.seal_block(add);
    let acc = b.ins().load(i64t, slot_flags, slot_addr, 0);
    let (sum, add_of) = b.ins().sadd_overflow(acc, asq);
    let reason_add = b.ins().iconst(i64t, REASON_ADD);
    b.ins().brif(
        add_of,
        deopt,
        &[ai.into(), reason_add.into()],
        next,
        &[ai.into(), sum.into()],
    );

    // next(i, sum): store acc; i += 1; loop
    b.set_srcloc(SourceLoc::new(BC_INCR));
    let ni = b.append_block_param(next, i64t);
    let nsum = b.append_block_param(next, i64t);
    b.switch_to_block(next);
    b.seal_block(next);
    b.ins().store(slot_flags, nsum, slot_addr, 0);
    let i1 = b.ins().iadd_imm_s(ni, 1);
    b.ins().jump(header, &[i1.into()]);
    b.seal_block(header);

    // exit: return observe(&acc)
    b.set_srcloc(SourceLoc::new(BC_RETURN));
    b.switch_to_block(exit);
    b.seal_block(exit);
    let call = b.ins().call(observe_fn, &[slot_addr]);
    let result = b.inst_results(call)[0];
    b.ins().return_(&[result]);

    // deopt(i, reason): deopt(i, reason); return SENTINEL
    b.set_srcloc(SourceLoc::new(BC_DEOPT));
    let di = b.append_block_param(deopt, i64t);
    let reason = b.append_block_param(deopt, i64t);
    b.switch_to_block(deopt);
    b.seal_block(deopt);
    b.ins().call(deopt_fn, &[di, reason]);
    let sentinel = b.ins().iconst(i64t, DEOPT_SENTINEL);
    b.ins().return_(&[sentinel]);

    b.finalize(unit.frontend_config());
    func
}

/// What the generated code must compute: `Ok(sum)` or `Err((i, reason))`.
fn reference(start: i64, n: i64) -> Result<i64, (i64, i64)> {
    let mut acc: i64 = 0;
    let mut i = start;
    while i < n {
        let sq = i.checked_mul(i).ok_or((i, REASON_MUL))?;
        acc = acc.checked_add(sq).ok_or((i, REASON_ADD))?;
        i += 1;
    }
    Ok(acc)
}

fn check(got: i64, want: Result<i64, (i64, i64)>) {
    let deopt = LAST_DEOPT.with(|c| c.take());
    match want {
        Ok(v) => {
            assert_eq!(got, v);
            assert_eq!(deopt, None, "deopt exit taken unexpectedly");
        }
        Err(info) => {
            assert_eq!(got, DEOPT_SENTINEL);
            assert_eq!(deopt, Some(info));
        }
    }
}

#[test]
fn sum_squares_end_to_end() {
    let opts = JitOptions {
        block_offsets: true,
        ..JitOptions::default()
    };
    let isa = host_isa(&opts).unwrap();
    let mut unit = CodeUnit::new(&isa, registry());
    let mut fctx = FunctionBuilderContext::new();

    let f1 = build(&mut unit, &mut fctx, false);
    let f2 = build(&mut unit, &mut fctx, true);
    let h1 = unit.define("sum_squares", f1, DumpOptions::all()).unwrap();
    let h2 = unit
        .define("sum_squares_from", f2, DumpOptions::default())
        .unwrap();
    let finalize_time = unit.finalize().unwrap();

    let rec = unit.function(h1);
    println!("{}", rec.clif.as_deref().unwrap());
    println!("{}", rec.cranelift_disasm.as_deref().unwrap());
    for f in unit.functions() {
        println!(
            "{}: {} bytes, codegen {:?}, finalize {:?}, total {:?}",
            f.name,
            f.size,
            f.codegen_time,
            f.finalize_time,
            f.compile_time()
        );
    }
    assert_eq!(rec.finalize_time, finalize_time);

    // srcloc -> machine code: every bytecode offset that emits code has at
    // least one range, ranges are sorted, within the function and disjoint.
    let locs: Vec<u32> = rec.srclocs.iter().map(|r| r.loc).collect();
    for bc in [BC_COMPARE, BC_MUL, BC_ADD, BC_INCR, BC_RETURN, BC_DEOPT] {
        assert!(
            locs.contains(&bc),
            "no code for bytecode offset {bc}: {locs:?}"
        );
    }
    for w in rec.srclocs.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?}", rec.srclocs);
    }
    assert!(rec
        .srclocs
        .iter()
        .all(|r| r.start < r.end && r.end as usize <= rec.size));
    assert!(!rec.block_offsets.is_empty());

    // Disassemble at the real address, annotated with bytecode offsets.
    let ann =
        disasm::srcloc_annotations(rec.srclocs.iter().map(|r| (r.start, r.end, r.loc)), |loc| {
            format!("bc {loc}")
        });
    println!("{:?}", rec.srclocs);
    let listing = unit.disassemble(h1, &ann);
    println!("{listing}");
    println!("{}", rec.perf_map_line());
    if cfg!(target_arch = "x86_64") {
        assert!(listing.contains("imul"), "{listing}");
        assert!(listing.contains("heron_test_observe"), "{listing}");
        assert!(listing.contains("heron_test_deopt"), "{listing}");
        assert!(listing.contains("; bc 20"), "{listing}");
        // The code under "bc 20" contains the multiply.
        let lines = disasm::lines(
            unit.code(h1),
            rec.entry() as u64,
            &disasm::DisasmOptions {
                annotations: &ann,
                ..Default::default()
            },
        );
        let mul_ranges: Vec<(u32, u32)> = rec.ranges_of(BC_MUL).collect();
        let imul = lines.iter().find(|l| l.mnemonic == "imul").unwrap();
        assert!(mul_ranges.iter().any(|r| (r.0..r.1).contains(&imul.offset)));
        assert_eq!(rec.loc_at(imul.offset), Some(BC_MUL));
        assert_eq!(rec.loc_at(0), None, "prologue has no source location");
    }

    // SAFETY: both functions were built with the C calling convention and
    // these exact signatures; `unit` outlives every call below.
    let sum_squares: extern "C" fn(i64) -> i64 = unsafe { unit.entry_as(h1) };
    // SAFETY: as above.
    let sum_squares_from: extern "C" fn(i64, i64) -> i64 = unsafe { unit.entry_as(h2) };

    OBSERVE_CALLS.with(|c| c.set(0));
    for n in [0, 1, 2, 10, 1000, 100_000] {
        check(sum_squares(n), reference(0, n));
    }
    assert_eq!(OBSERVE_CALLS.with(|c| c.get()), 6);
    assert_eq!(sum_squares(10), 285);
    LAST_DEOPT.with(|c| c.set(None));

    // Accumulator overflow: i*i fits, acc + i*i does not (around i ~ 3.03e6).
    let want = reference(0, 4_000_000);
    assert!(matches!(want, Err((_, REASON_ADD))));
    check(sum_squares(4_000_000), want);

    // Multiply overflow: i*i > i64::MAX from i = 3037000500 on.
    let start = 3_037_000_500;
    let want = reference(start, start + 5);
    assert_eq!(want, Err((start, REASON_MUL)));
    check(sum_squares_from(start, start + 5), want);
    // Negative squares are fine; the range just below the limit is not.
    check(sum_squares_from(-3, 3), Ok(19));
    check(
        sum_squares_from(3_037_000_499, 3_037_000_500),
        reference(3_037_000_499, 3_037_000_500),
    );

    // SAFETY: no function of `unit` runs any more and the pointers above are
    // not used after this point.
    unsafe { unit.free() };
}

#[test]
fn compile_time_of_example() {
    // Fresh unit per function, as the JIT will do; report the median of 20
    // for a few configurations.
    let helpers = registry();
    let mut fctx = FunctionBuilderContext::new();
    for (opt_level, verifier) in [
        (OptLevel::Speed, true),
        (OptLevel::Speed, false),
        (OptLevel::None, false),
    ] {
        let opts = JitOptions {
            opt_level,
            verifier,
            block_offsets: false,
        };
        let isa = host_isa(&opts).unwrap();
        let mut times = Vec::new();
        for _ in 0..20 {
            let mut unit = CodeUnit::new(&isa, Arc::clone(&helpers));
            let build_start = Instant::now();
            let f = build(&mut unit, &mut fctx, false);
            let build_time = build_start.elapsed();
            let h = unit
                .compile("sum_squares", f, DumpOptions::default())
                .unwrap();
            let rec = unit.function(h);
            times.push((
                rec.compile_time(),
                rec.codegen_time,
                rec.finalize_time,
                build_time,
                rec.size,
            ));
            // SAFETY: `sum_squares` computes sum of squares below n; the
            // unit is alive.
            let f: extern "C" fn(i64) -> i64 = unsafe { unit.entry_as(h) };
            assert_eq!(f(10), 285);
            // SAFETY: nothing from this unit runs or is kept after this.
            unsafe { unit.free() };
        }
        times.sort();
        let (total, codegen, finalize, build, size) = times[times.len() / 2];
        println!(
            "sum_squares opt={opt_level:?} verifier={verifier}: median total {total:?} \
             (codegen {codegen:?}, finalize {finalize:?}); IR build {build:?}; {size} bytes"
        );
    }
}
