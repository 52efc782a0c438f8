//! In-process benchmarks (criterion): the pieces that matter for speed, each with the JIT off
//! and on, plus whole bench programs at small sizes and the compiler's cost per instruction.
//!
//! Run with `cargo bench -p heron-bench`. Whole-program comparisons against other Pythons are
//! the comparison runner's job (`cargo run -p heron-bench --release -- compare`).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use heron_runtime::vm::{Args, Config, JitMode};
use heron_runtime::{Value, Vm};

fn new_vm(jit: JitMode) -> Box<Vm> {
    let config = Config {
        jit,
        jit_threshold: 50,
        ..Config::default()
    };
    let mut vm = Vm::new(config);
    heron_jit::install(&mut vm);
    vm
}

/// Compiles `source` in a fresh VM and returns it with its `bench` function.
fn prepare(jit: JitMode, source: &str) -> (Box<Vm>, Value) {
    let mut vm = new_vm(jit);
    let ns = vm
        .exec_module_source("bench", source)
        .expect("benchmark source runs");
    let f = heron_runtime::vm::ops::dict_get_str(&mut vm, &ns, "bench").expect("defines bench()");
    (vm, f)
}

const MICRO: &[(&str, &str)] = &[
    ("call_overhead", "def f(a, b):\n    return a\n\ndef bench():\n    for i in range(1000):\n        f(i, i)\n"),
    (
        "attribute_load",
        "class P:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\n\np = P()\n\ndef bench():\n    s = 0\n    for i in range(1000):\n        s += p.x + p.y\n    return s\n",
    ),
    ("int_add_loop", "def bench():\n    s = 0\n    for i in range(1000):\n        s += i\n    return s\n"),
    ("float_loop", "def bench():\n    x = 0.0\n    for i in range(1000):\n        x = x * 0.5 + 1.0\n    return x\n"),
    ("dict_get_set", "def bench():\n    d = {}\n    for i in range(1000):\n        d[i] = i\n    s = 0\n    for i in range(1000):\n        s += d[i]\n    return s\n"),
    ("method_call", "class C:\n    def m(self, v):\n        return v\n\nc = C()\n\ndef bench():\n    for i in range(1000):\n        c.m(i)\n"),
];

fn micro(c: &mut Criterion) {
    let mut group = c.benchmark_group("micro");
    group.measurement_time(Duration::from_secs(3));
    for (name, src) in MICRO {
        for (label, mode) in [("interp", JitMode::Off), ("jit", JitMode::On)] {
            let (mut vm, f) = prepare(mode, src);
            // Warm up past the JIT threshold before measuring.
            for _ in 0..100 {
                vm.call(&f, Args::new(&[])).expect("bench() runs");
            }
            group.throughput(Throughput::Elements(1000));
            group.bench_with_input(BenchmarkId::new(*name, label), &(), |b, _| {
                b.iter(|| black_box(vm.call(&f, Args::new(&[])).expect("bench() runs")))
            });
        }
    }
    group.finish();
}

/// Whole programs from `bench-suite/programs` at small sizes, output discarded.
fn programs(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut group = c.benchmark_group("programs");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for (name, size) in [
        ("fib", "22"),
        ("nbody", "20000"),
        ("spectral_norm", "60"),
        ("richards", "3"),
        ("mandelbrot", "80"),
    ] {
        let source =
            std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("program exists");
        let sink = "import sys\nclass _Sink:\n    def write(self, s):\n        return len(s)\n    def flush(self):\n        pass\nsys.stdout = _Sink()\n";
        for (label, mode) in [("interp", JitMode::Off), ("jit", JitMode::On)] {
            group.bench_with_input(BenchmarkId::new(name, label), &(), |b, _| {
                b.iter(|| {
                    let config = Config {
                        jit: mode,
                        argv: vec![format!("{name}.py"), size.to_string()],
                        ..Config::default()
                    };
                    let mut vm = Vm::new(config);
                    heron_jit::install(&mut vm);
                    vm.exec_module_source("sink", sink).expect("sink");
                    vm.exec_module_source("__main__", &source)
                        .expect("program runs");
                })
            });
        }
    }
    group.finish();
}

/// The compiler's cost, reported per bytecode instruction produced.
fn compile_time(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let source = std::fs::read_to_string(dir.join("raytrace.py")).expect("program exists");
    let code = heron_runtime::compiler::compile(
        &source,
        "raytrace.py",
        heron_runtime::compiler::Mode::Exec,
    )
    .expect("compiles");
    fn count(code: &heron_runtime::bytecode::CodeObject) -> u64 {
        let mut n = code.instructions().count() as u64;
        for c in &code.consts {
            if let heron_runtime::bytecode::Const::Code(inner) = c {
                n += count(inner);
            }
        }
        n
    }
    let mut group = c.benchmark_group("compile");
    group.throughput(Throughput::Elements(count(&code)));
    group.bench_function("raytrace.py", |b| {
        b.iter(|| {
            black_box(
                heron_runtime::compiler::compile(
                    &source,
                    "raytrace.py",
                    heron_runtime::compiler::Mode::Exec,
                )
                .expect("compiles"),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, micro, programs, compile_time);
criterion_main!(benches);
