//! Counters of tier 2 (`-X jit-stats`, `heron.jit_stats()`) and the event log (`-X jit-log`).
//!
//! `-X jit-stats` prints, at exit on stderr, lines of `jit-stats: key=value ...` (the format
//! the bench runner parses; see docs/benchmarks.md): the totals on the first line, then one
//! line of decline reasons and one of deopt reasons (keys `declined.<reason>`,
//! `deopt.<reason>`, spaces replaced by `_`).

use std::collections::BTreeMap;

/// Totals since start-up.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Code objects compiled (recompilations included).
    pub compiled: u64,
    /// Compilation attempts given up.
    pub declined: u64,
    pub decline_reasons: BTreeMap<String, u64>,
    /// Time spent compiling (analysis + translation + Cranelift), µs.
    pub compile_time_us: u64,
    /// Machine code emitted, bytes.
    pub code_bytes: u64,
    /// Exits to the interpreter other than exceptions and stress-forced ones.
    pub deopts: u64,
    pub deopt_reasons: BTreeMap<&'static str, u64>,
    /// Deopts caused by a failed speculation (type, version, overflow ...).
    pub guards_failed: u64,
    /// Exceptions that left compiled code to be handled by the interpreter.
    pub exceptions: u64,
    /// Exits forced by `-X jit-stress`.
    pub stress_exits: u64,
    /// Entries from the interpreter: at function start, by OSR at loop headers, and where
    /// a generator resumes after a yield.
    pub entries: u64,
    pub osr_entries: u64,
    pub resumes: u64,
    /// Compiled code dropped because an assumption broke or an exit kept firing.
    pub invalidations: u64,
    /// Code objects given up after too many recompilations.
    pub gave_up: u64,
}

fn key(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

impl Stats {
    /// The `jit-stats:` lines.
    pub fn lines(&self) -> Vec<String> {
        let mut v = vec![format!(
            "jit-stats: compiled={} declined={} compile_time_us={} deopts={} code_bytes={} guards_failed={} exceptions={} entries={} osr_entries={} resumes={} invalidations={} gave_up={} stress_exits={}",
            self.compiled,
            self.declined,
            self.compile_time_us,
            self.deopts,
            self.code_bytes,
            self.guards_failed,
            self.exceptions,
            self.entries,
            self.osr_entries,
            self.resumes,
            self.invalidations,
            self.gave_up,
            self.stress_exits,
        )];
        if self.compiled > 0 {
            v.push(format!(
                "jit-stats: compile_us_per_function={:.1}",
                self.compile_time_us as f64 / self.compiled as f64
            ));
        }
        if !self.decline_reasons.is_empty() {
            let parts: Vec<String> = self
                .decline_reasons
                .iter()
                .map(|(r, n)| format!("declined.{}={n}", key(r)))
                .collect();
            v.push(format!("jit-stats: {}", parts.join(" ")));
        }
        if !self.deopt_reasons.is_empty() {
            let parts: Vec<String> = self
                .deopt_reasons
                .iter()
                .map(|(r, n)| format!("deopt.{}={n}", key(r)))
                .collect();
            v.push(format!("jit-stats: {}", parts.join(" ")));
        }
        v
    }

    /// `(name, value)` pairs for `heron.jit_stats()`.
    pub fn pairs(&self) -> Vec<(String, u64)> {
        let mut v = vec![
            ("compiled".to_string(), self.compiled),
            ("declined".to_string(), self.declined),
            ("compile_time_us".to_string(), self.compile_time_us),
            ("deopts".to_string(), self.deopts),
            ("code_bytes".to_string(), self.code_bytes),
            ("guards_failed".to_string(), self.guards_failed),
            ("exceptions".to_string(), self.exceptions),
            ("entries".to_string(), self.entries),
            ("osr_entries".to_string(), self.osr_entries),
            ("resumes".to_string(), self.resumes),
            ("invalidations".to_string(), self.invalidations),
            ("gave_up".to_string(), self.gave_up),
            ("stress_exits".to_string(), self.stress_exits),
        ];
        v.extend(
            self.decline_reasons
                .iter()
                .map(|(r, n)| (format!("declined.{}", key(r)), *n)),
        );
        v.extend(
            self.deopt_reasons
                .iter()
                .map(|(r, n)| (format!("deopt.{}", key(r)), *n)),
        );
        v
    }
}

/// Prints one `-X jit-log` event line on stderr.
pub fn log(line: &str) {
    eprintln!("jit-log: {line}");
}
