//! `-X perf`: names compiled Python functions for `perf report` through
//! `/tmp/perf-<pid>.map` (one `START SIZE name` line per function, appended as code is made).

use crate::backend::{append_perf_map, CompiledFunction};

/// Appends the map line of a compiled function, named `py::<qualname> (<file>:<line>)`.
pub fn record(f: &CompiledFunction, qualname: &str, file: &str, line: u32) {
    let text = format!(
        "{:x} {:x} py::{qualname} ({file}:{line})\n",
        f.entry() as usize,
        f.size
    );
    // A failing write only loses symbol names for perf; the program is unaffected.
    let _ = append_perf_map(&text);
}
