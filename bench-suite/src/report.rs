//! Results: the JSON document (raw runs, summaries, machine and runtime
//! info) and the Markdown tables written next to it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

pub use crate::machine::{machine_info, Machine};
use crate::runner::{Cell, Settings, Status};
use crate::runtimes::{Runtime, BASELINE, HERON_INTERP, HERON_JIT};
use crate::stats;

/// A runtime as described in the results.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RuntimeInfo {
    /// Name.
    pub name: String,
    /// Command line, workspace-relative where possible.
    pub command: String,
    /// `--version` output, first line.
    pub version: Option<String>,
    /// Why it was skipped, if it was.
    pub missing: Option<String>,
    /// The interpreter actually run when `command` names a launcher (CPython
    /// and PyPy are resolved through their `sys.executable`).
    pub executable: Option<String>,
}

impl RuntimeInfo {
    /// Describe `rt`, hiding the workspace root in paths.
    pub fn from_runtime(rt: &Runtime, root: &Path) -> RuntimeInfo {
        RuntimeInfo {
            name: rt.name.clone(),
            command: rt.display_command(root),
            version: rt.version.clone(),
            missing: rt.missing.clone(),
            executable: rt.resolved.clone(),
        }
    }
}

/// Statistics of one cell.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    /// Worst verdict of the cell's runs.
    pub status: Status,
    /// Median wall time (absent unless the runs are OK or unverified).
    pub median_s: Option<f64>,
    /// Fastest run.
    pub min_s: Option<f64>,
    /// Slowest run.
    pub max_s: Option<f64>,
    /// Median absolute deviation of the run times.
    pub mad_s: Option<f64>,
    /// Median user + system CPU time of the timed runs.
    pub cpu_median_s: Option<f64>,
    /// Median peak RSS of the timed runs, KiB.
    pub rss_median_kb: Option<f64>,
    /// Baseline median / this median, at the same program and size.
    pub speedup_vs_cpython: Option<f64>,
    /// What went wrong, for WRONG and FAILED cells.
    pub problem: Option<String>,
}

/// A cell with its statistics.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CellResult {
    /// Raw runs.
    #[serde(flatten)]
    pub cell: Cell,
    /// Derived numbers.
    pub summary: Summary,
}

/// The whole results document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Results {
    /// Format version of this document.
    pub schema: u32,
    /// `compare` or `sweep`.
    pub kind: String,
    /// Where it ran.
    pub machine: Machine,
    /// Interpreter that recorded the expected outputs.
    pub expectations_recorded_with: String,
    /// Runs, warm-ups, timeout, size mode.
    pub settings: BTreeMap<String, serde_json::Value>,
    /// All runtimes, including skipped ones.
    pub runtimes: Vec<RuntimeInfo>,
    /// One entry per program, size and available runtime.
    pub cells: Vec<CellResult>,
    /// Geometric mean of speed-ups vs CPython per runtime (compare only).
    pub geomean_speedup_vs_cpython: BTreeMap<String, f64>,
    /// heron-interp median / heron-jit median per program (compare only).
    pub jit_vs_interp: BTreeMap<String, f64>,
    /// Geometric mean of `jit_vs_interp`.
    pub geomean_jit_vs_interp: Option<f64>,
}

fn summarize(cell: &Cell, baseline: Option<&Cell>) -> Summary {
    let times = cell.times();
    let median = stats::median(&times);
    let rss: Vec<f64> = cell
        .runs
        .iter()
        .filter(|r| r.status != Status::Failed)
        .map(|r| r.max_rss_kb as f64)
        .collect();
    let base = baseline.and_then(|b| stats::median(&b.times()));
    Summary {
        status: cell.status(),
        median_s: median,
        min_s: stats::min(&times),
        max_s: stats::max(&times),
        mad_s: stats::mad(&times),
        cpu_median_s: if times.is_empty() {
            None
        } else {
            stats::median(&cell.runs.iter().map(|r| r.cpu_s).collect::<Vec<_>>())
        },
        rss_median_kb: stats::median(&rss),
        speedup_vs_cpython: match (base, median) {
            (Some(b), Some(m)) if m > 0.0 => Some(b / m),
            _ => None,
        },
        problem: cell.problem().map(str::to_string),
    }
}

/// Everything about a benchmark session besides its cells.
pub struct Context<'a> {
    /// All runtimes, available or not.
    pub runtimes: &'a [Runtime],
    /// Workspace root, hidden from reported paths.
    pub root: &'a Path,
    /// Schedule settings.
    pub settings: &'a Settings,
    /// Further settings to record (size mode, filters ...).
    pub extra_settings: BTreeMap<String, serde_json::Value>,
    /// Interpreter that recorded the expectations.
    pub recorded_with: &'a str,
    /// Machine description.
    pub machine: Machine,
}

/// Build the results document from raw cells.
pub fn build(kind: &str, cells: Vec<Cell>, ctx: Context) -> Results {
    let Context {
        runtimes,
        root,
        settings,
        extra_settings,
        recorded_with,
        machine,
    } = ctx;
    let find = |program: &str, size: u64, runtime: &str| {
        cells
            .iter()
            .find(|c| c.program == program && c.size == size && c.runtime == runtime)
    };
    let results: Vec<CellResult> = cells
        .iter()
        .map(|c| CellResult {
            summary: summarize(c, find(&c.program, c.size, BASELINE)),
            cell: c.clone(),
        })
        .collect();
    let mut geo = BTreeMap::new();
    let mut jit_vs_interp = BTreeMap::new();
    if kind == "compare" {
        for rt in runtimes.iter().filter(|r| r.available()) {
            let speedups: Vec<f64> = results
                .iter()
                .filter(|r| r.cell.runtime == rt.name)
                .filter_map(|r| r.summary.speedup_vs_cpython)
                .collect();
            if let Some(g) = stats::geometric_mean(&speedups) {
                geo.insert(rt.name.clone(), g);
            }
        }
        for r in results.iter().filter(|r| r.cell.runtime == HERON_JIT) {
            let interp = results.iter().find(|o| {
                o.cell.runtime == HERON_INTERP
                    && o.cell.program == r.cell.program
                    && o.cell.size == r.cell.size
            });
            if let (Some(j), Some(i)) =
                (r.summary.median_s, interp.and_then(|i| i.summary.median_s))
            {
                if j > 0.0 {
                    jit_vs_interp.insert(r.cell.program.clone(), i / j);
                }
            }
        }
    }
    let ratios: Vec<f64> = jit_vs_interp.values().copied().collect();
    let mut all_settings = extra_settings;
    all_settings.insert("runs".into(), settings.runs.into());
    all_settings.insert("warmup".into(), settings.warmup.into());
    all_settings.insert("timeout_s".into(), settings.timeout.as_secs_f64().into());
    all_settings.insert("jit_stats".into(), settings.jit_stats.into());
    Results {
        schema: 1,
        kind: kind.to_string(),
        machine,
        expectations_recorded_with: recorded_with.to_string(),
        settings: all_settings,
        runtimes: runtimes
            .iter()
            .map(|r| RuntimeInfo::from_runtime(r, root))
            .collect(),
        cells: results,
        geomean_speedup_vs_cpython: geo,
        geomean_jit_vs_interp: stats::geometric_mean(&ratios),
        jit_vs_interp,
    }
}

impl Results {
    /// Whether any cell is WRONG or FAILED (the runner then exits non-zero).
    pub fn has_problems(&self) -> bool {
        self.cells
            .iter()
            .any(|c| matches!(c.summary.status, Status::Wrong | Status::Failed))
    }

    /// Names of runtimes that were available, in report order.
    pub fn available_runtimes(&self) -> Vec<&str> {
        self.runtimes
            .iter()
            .filter(|r| r.missing.is_none())
            .map(|r| r.name.as_str())
            .collect()
    }

    /// Program names in first-seen order.
    pub fn programs(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in &self.cells {
            if !out.contains(&c.cell.program.as_str()) {
                out.push(&c.cell.program);
            }
        }
        out
    }

    /// The cell for a program, size and runtime.
    pub fn cell(&self, program: &str, size: u64, runtime: &str) -> Option<&CellResult> {
        self.cells
            .iter()
            .find(|c| c.cell.program == program && c.cell.size == size && c.cell.runtime == runtime)
    }
}

/// `1.234 s`, `56.7 ms`.
pub fn fmt_time(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.3} s")
    } else {
        format!("{:.1} ms", s * 1000.0)
    }
}

fn fmt_mib(kb: f64) -> String {
    format!("{:.1} MiB", kb / 1024.0)
}

fn verdict(summary: &Summary) -> Option<&'static str> {
    match summary.status {
        Status::Wrong => Some("WRONG"),
        Status::Failed => Some("FAILED"),
        _ => None,
    }
}

fn header(out: &mut String, res: &Results, title: &str) {
    let m = &res.machine;
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(
        out,
        "{} · {} core(s), {}{} · {}\n",
        m.date_utc,
        m.cores,
        m.cpu_model,
        m.mem_total_mib
            .map(|x| format!(", {x} MiB RAM"))
            .unwrap_or_default(),
        m.os
    );
    let settings: Vec<String> = res
        .settings
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let _ = writeln!(
        out,
        "Settings: {}. Expected outputs recorded with {}.\n",
        settings.join(", "),
        res.expectations_recorded_with
    );
    let _ = writeln!(out, "| runtime | command | version |\n|---|---|---|");
    for r in &res.runtimes {
        let version = match (&r.missing, &r.version) {
            (Some(why), _) => format!("absent, skipped ({why})"),
            (None, Some(v)) => v.clone(),
            (None, None) => "unknown".into(),
        };
        let _ = writeln!(out, "| {} | `{}` | {} |", r.name, r.command, version);
    }
    out.push('\n');
}

fn problems(out: &mut String, res: &Results) {
    let bad: Vec<&CellResult> = res
        .cells
        .iter()
        .filter(|c| verdict(&c.summary).is_some())
        .collect();
    if bad.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Problems\n");
    for c in bad {
        let _ = writeln!(
            out,
            "- **{}** {} (size {}) under {}:\n\n  ```\n{}\n  ```\n",
            verdict(&c.summary).unwrap_or(""),
            c.cell.program,
            c.cell.size,
            c.cell.runtime,
            c.summary
                .problem
                .as_deref()
                .unwrap_or("")
                .lines()
                .map(|l| format!("  {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// Markdown for a `compare` run.
pub fn compare_markdown(res: &Results) -> String {
    let mut out = String::new();
    header(&mut out, res, "Heron benchmark comparison");
    let rts = res.available_runtimes();
    let both_heron = rts.contains(&HERON_JIT) && rts.contains(&HERON_INTERP);
    let _ = writeln!(out, "## Speed-up vs CPython\n");
    let _ = writeln!(
        out,
        "cpython median / runtime median at the same size; higher is better.\n"
    );
    let mut head = String::from("| program | size |");
    let mut rule = String::from("|---|---:|");
    for rt in &rts {
        let _ = write!(head, " {rt} |");
        rule.push_str("---:|");
    }
    if both_heron {
        head.push_str(" JIT vs interp |");
        rule.push_str("---:|");
    }
    let _ = writeln!(out, "{head}\n{rule}");
    for c in res
        .cells
        .iter()
        .filter(|c| c.cell.runtime == rts.first().copied().unwrap_or(""))
    {
        let (program, size) = (&c.cell.program, c.cell.size);
        let mut row = format!("| {program} | {size} |");
        for rt in &rts {
            let text = match res.cell(program, size, rt) {
                None => "–".to_string(),
                Some(x) => match (verdict(&x.summary), x.summary.speedup_vs_cpython) {
                    (Some(v), _) => v.to_string(),
                    (None, Some(s)) => format!("{s:.2}×"),
                    (None, None) => "–".to_string(),
                },
            };
            let _ = write!(row, " {text} |");
        }
        if both_heron {
            let text = res
                .jit_vs_interp
                .get(program)
                .map(|x| format!("{x:.2}×"))
                .unwrap_or_else(|| "–".into());
            let _ = write!(row, " {text} |");
        }
        let _ = writeln!(out, "{row}");
    }
    let mut row = String::from("| **geomean** | |");
    for rt in &rts {
        let text = res
            .geomean_speedup_vs_cpython
            .get(*rt)
            .map(|g| format!("**{g:.2}×**"))
            .unwrap_or_else(|| "–".into());
        let _ = write!(row, " {text} |");
    }
    if both_heron {
        let text = res
            .geomean_jit_vs_interp
            .map(|g| format!("**{g:.2}×**"))
            .unwrap_or_else(|| "–".into());
        let _ = write!(row, " {text} |");
    }
    let _ = writeln!(out, "{row}\n");
    details(&mut out, res);
    problems(&mut out, res);
    out
}

fn details(out: &mut String, res: &Results) {
    let _ = writeln!(out, "## Times, memory and JIT counters\n");
    let _ = writeln!(
        out,
        "Wall time: median of the timed runs with min–max and MAD; CPU: median user+sys time of the child \
         (less sensitive to machine load); peak RSS: median of the runs' `ru_maxrss`; jit-stats are the `jit-stats:` lines of one extra `-X jit-stats` run (Heron only).\n"
    );
    let _ = writeln!(
        out,
        "| program | size | runtime | median | min–max | MAD | × cpython | CPU | peak RSS | jit-stats |"
    );
    let _ = writeln!(out, "|---|---:|---|---:|---:|---:|---:|---:|---:|---|");
    for c in &res.cells {
        let s = &c.summary;
        let stats_text = c
            .cell
            .jit_stats
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(" ");
        let (median, range, mad, speed) = match (verdict(s), s.median_s) {
            (Some(v), _) => (v.to_string(), String::new(), String::new(), String::new()),
            (None, Some(m)) => (
                format!(
                    "{}{}",
                    fmt_time(m),
                    if s.status == Status::Unverified {
                        " †"
                    } else {
                        ""
                    }
                ),
                format!(
                    "{}–{}",
                    fmt_time(s.min_s.unwrap_or(m)),
                    fmt_time(s.max_s.unwrap_or(m))
                ),
                fmt_time(s.mad_s.unwrap_or(0.0)),
                s.speedup_vs_cpython
                    .map(|x| format!("{x:.2}×"))
                    .unwrap_or_default(),
            ),
            (None, None) => ("–".into(), String::new(), String::new(), String::new()),
        };
        let rss = s.rss_median_kb.map(fmt_mib).unwrap_or_default();
        let cpu = s.cpu_median_s.map(fmt_time).unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {median} | {range} | {mad} | {speed} | {cpu} | {rss} | {} |",
            c.cell.program,
            c.cell.size,
            c.cell.runtime,
            if stats_text.is_empty() {
                String::new()
            } else {
                format!("`{stats_text}`")
            }
        );
    }
    if res
        .cells
        .iter()
        .any(|c| c.summary.status == Status::Unverified)
    {
        let _ = writeln!(
            out,
            "\n† no expected output is recorded for this size: the result was not checked."
        );
    }
    out.push('\n');
}

/// Markdown for a `sweep` run: one table per program, run time per size.
pub fn sweep_markdown(res: &Results) -> String {
    let mut out = String::new();
    header(&mut out, res, "Heron scaling sweep");
    let rts = res.available_runtimes();
    for program in res.programs() {
        let mut sizes: Vec<u64> = res
            .cells
            .iter()
            .filter(|c| c.cell.program == program)
            .map(|c| c.cell.size)
            .collect();
        sizes.dedup();
        let _ = writeln!(
            out,
            "## {program}\n\nMedian run time (speed-up vs cpython).\n"
        );
        let _ = writeln!(
            out,
            "| size |{}",
            rts.iter().map(|r| format!(" {r} |")).collect::<String>()
        );
        let _ = writeln!(out, "|---:|{}", "---:|".repeat(rts.len()));
        for size in sizes {
            let mut row = format!("| {size} |");
            for rt in &rts {
                let text = match res.cell(program, size, rt) {
                    None => "–".to_string(),
                    Some(c) => match (verdict(&c.summary), c.summary.median_s) {
                        (Some(v), _) => v.to_string(),
                        (None, Some(m)) => match c.summary.speedup_vs_cpython {
                            Some(x) if *rt != BASELINE => format!("{} ({x:.2}×)", fmt_time(m)),
                            _ => fmt_time(m),
                        },
                        (None, None) => "–".into(),
                    },
                };
                let _ = write!(row, " {text} |");
            }
            let _ = writeln!(out, "{row}");
        }
        out.push('\n');
    }
    details(&mut out, res);
    problems(&mut out, res);
    out
}

/// Write the JSON document (when `json_name` is given) and the Markdown file
/// into `dir`; returns the JSON text.
pub fn write_files(
    dir: &Path,
    json_name: Option<&str>,
    md_name: &str,
    res: &Results,
    markdown: &str,
) -> Result<String, String> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let json = serde_json::to_string_pretty(res).map_err(|e| e.to_string())?;
    if let Some(name) = json_name {
        fs::write(dir.join(name), format!("{json}\n"))
            .map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    fs::write(dir.join(md_name), markdown).map_err(|e| format!("cannot write {md_name}: {e}"))?;
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_format() {
        assert_eq!(fmt_time(1.23456), "1.235 s");
        assert_eq!(fmt_time(0.0456), "45.6 ms");
    }
}
