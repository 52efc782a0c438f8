//! Tier-2 options from the command line and environment (`-X jit=...`, `PYTHON_JIT`, and the
//! `-X jit-*` / `-X perf` knobs collected in `Config::xoptions`).

use heron_runtime::vm::{Config, JitMode};

/// Default seed of `-X jit-stress` (any `-X jit-stress=N` replaces it).
pub const DEFAULT_STRESS_SEED: u64 = 0x4845_524f_4e00_0001;

/// The knobs tier 2 reads.
#[derive(Clone, Debug)]
pub struct Options {
    pub mode: JitMode,
    /// Calls or loop iterations before a code object is compiled (mode `on`).
    pub threshold: u32,
    /// Force guard exits periodically (deterministic for a seed); implies eager compilation.
    pub stress: bool,
    pub stress_seed: u64,
    /// `-X jit-log`: one stderr line per compile, deopt, invalidation.
    pub log: bool,
    /// `-X jit-stats`: totals on stderr at exit.
    pub stats: bool,
    /// `-X jit-dump=clif` / `=asm` (both with `clif,asm`).
    pub dump_clif: bool,
    pub dump_asm: bool,
    /// `-X perf`: append to `/tmp/perf-<pid>.map`.
    pub perf: bool,
}

impl Options {
    /// Reads the options of `config`.
    pub fn from_config(config: &Config) -> Options {
        let mut o = Options {
            mode: config.jit,
            threshold: config.jit_threshold.max(1),
            stress: config.jit_stress,
            stress_seed: DEFAULT_STRESS_SEED,
            log: false,
            stats: false,
            dump_clif: false,
            dump_asm: false,
            perf: false,
        };
        for (name, value) in &config.xoptions {
            match name.as_str() {
                "jit-log" => o.log = true,
                "jit-stats" => o.stats = true,
                "perf" => o.perf = true,
                "jit-stress" => {
                    if let Some(seed) = value.as_deref().and_then(|v| v.parse::<u64>().ok()) {
                        o.stress_seed = seed;
                    }
                }
                "jit-dump" => {
                    for part in value.as_deref().unwrap_or("asm").split(',') {
                        match part {
                            "clif" => o.dump_clif = true,
                            "asm" => o.dump_asm = true,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        if o.stress && o.mode != JitMode::Off {
            o.mode = JitMode::Eager;
        }
        o
    }

    /// Whether a code object with these counters should be compiled now.
    pub fn hot(&self, calls: u32, backedges: u32) -> bool {
        match self.mode {
            JitMode::Off => false,
            JitMode::Eager => true,
            JitMode::On => calls >= self.threshold || backedges >= self.threshold,
        }
    }
}
