//! `heron-bench`: whole-program benchmark runner for Heron.
//!
//! Runs the Python programs in `bench-suite/programs/` under Heron (JIT on
//! and off), CPython, PyPy when present and any extra runtime, checks every
//! run's output against `checksums.json`, and writes JSON, Markdown and SVG
//! reports. See docs/benchmarks.md for the full description.

mod chart;
mod machine;
mod programs;
mod report;
mod runner;
mod runtimes;
mod stats;

use std::collections::BTreeMap;
use std::env;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use programs::{SizeMode, Suite};
use report::{Context, Results};
use runner::{Cell, Job, Settings};
use runtimes::Runtime;

const USAGE: &str = "\
usage: heron-bench <command> [options]

commands:
  compare   run every program under every runtime; write results.json,
            results.md, speedup.svg and warmup.svg
  sweep     run the scaling programs at several sizes; write sweep.json,
            sweep.md and scaling-<program>.svg
  list      list the programs, their sizes and what they stress
  report    redraw the Markdown and SVG files from the JSON already in
            the output directory (--output DIR), running nothing

options for compare and sweep:
  --heron PATH         heron binary (default: target/release/heron in the workspace)
  --runtime NAME=CMD   add a runtime, or replace the one with that name
                       (repeatable; also HERON_BENCH_RUNTIMES=\"a=cmd;b=cmd\")
  --runtimes LIST      run only these runtimes (comma-separated names)
  --runs N             timed runs per program and runtime (compare 5, sweep 3)
  --warmup N           untimed warm-up runs before them (default 1)
  --timeout SECS       per-run timeout, then FAILED (default 120)
  --output DIR         output directory (default: bench-suite/results)
  --json               print the results JSON on stdout instead of Markdown
  --no-jit-stats       skip the extra `-X jit-stats` run of Heron runtimes
  --programs DIR       program directory (default: bench-suite/programs)

compare only:
  --filter SUBSTR      only programs whose name contains SUBSTR
                       (repeatable or comma-separated)
  --quick              use each program's small quick size (smoke test)

sweep only:
  --program NAME       program to sweep (repeatable; default: the scaling programs)
  --sizes A,B,C        sizes to run (default: the program's recorded sweep sizes)

Built-in runtimes: heron-jit = <heron> -X jit=on, heron-interp = <heron> -X jit=off,
cpython = python3, pypy3 (when on PATH). Absent runtimes are skipped.
Exit status: 0 when all runs are correct, 1 if any run is WRONG or FAILED,
2 on usage errors.";

/// The workspace root: the parent of this crate's manifest directory when it
/// still exists, else the nearest ancestor of the current directory holding
/// `bench-suite/programs`.
fn workspace_root() -> PathBuf {
    let compiled = Path::new(env!("CARGO_MANIFEST_DIR"));
    if let Some(parent) = compiled.parent() {
        if parent.join("bench-suite/programs").is_dir() {
            return parent.to_path_buf();
        }
    }
    let cwd = env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    cwd.ancestors()
        .find(|d| d.join("bench-suite/programs").is_dir())
        .map(Path::to_path_buf)
        .unwrap_or(cwd)
}

#[derive(Debug, Default)]
struct Options {
    heron: Option<PathBuf>,
    extra_runtimes: Vec<Runtime>,
    only_runtimes: Vec<String>,
    runs: Option<usize>,
    warmup: usize,
    timeout_s: f64,
    output: Option<PathBuf>,
    json: bool,
    jit_stats: bool,
    programs_dir: Option<PathBuf>,
    filters: Vec<String>,
    quick: bool,
    sweep_programs: Vec<String>,
    sizes: Vec<u64>,
}

fn comma_list(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn parse_options(command: &str, args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        warmup: 1,
        timeout_s: 120.0,
        jit_stats: true,
        ..Options::default()
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => it
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value")),
            }
        };
        let number = |name: &str, v: String| {
            v.parse::<usize>()
                .map_err(|_| format!("{name}: not a number: {v}"))
        };
        let sweep_only = matches!(flag, "--program" | "--sizes");
        let compare_only = matches!(flag, "--filter" | "--quick");
        if (sweep_only && command != "sweep") || (compare_only && command != "compare") {
            return Err(format!("{flag} is not an option of {command}"));
        }
        match flag {
            "--heron" => o.heron = Some(PathBuf::from(value(flag)?)),
            "--runtime" => o
                .extra_runtimes
                .push(runtimes::parse_runtime_spec(&value(flag)?)?),
            "--runtimes" => o.only_runtimes.extend(comma_list(&value(flag)?)),
            "--runs" => o.runs = Some(number(flag, value(flag)?)?),
            "--warmup" => o.warmup = number(flag, value(flag)?)?,
            "--timeout" => {
                let v = value(flag)?;
                o.timeout_s = v
                    .parse::<f64>()
                    .ok()
                    .filter(|t| *t > 0.0)
                    .ok_or(format!("--timeout: bad value {v}"))?;
            }
            "--output" => o.output = Some(PathBuf::from(value(flag)?)),
            "--json" => o.json = true,
            "--no-jit-stats" => o.jit_stats = false,
            "--programs" => o.programs_dir = Some(PathBuf::from(value(flag)?)),
            "--filter" => o.filters.extend(comma_list(&value(flag)?)),
            "--quick" => o.quick = true,
            "--program" => o.sweep_programs.extend(comma_list(&value(flag)?)),
            "--sizes" => {
                for s in comma_list(&value(flag)?) {
                    o.sizes
                        .push(s.parse().map_err(|_| format!("--sizes: not a size: {s}"))?);
                }
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if o.runs == Some(0) {
        return Err("--runs must be at least 1".into());
    }
    Ok(o)
}

/// Runtimes to use: built-ins, env extras, `--runtime` extras, narrowed by
/// `--runtimes`, each probed for availability.
fn select_runtimes(o: &Options, root: &Path) -> Result<Vec<Runtime>, String> {
    let heron = o
        .heron
        .clone()
        .unwrap_or_else(|| root.join("target/release/heron"));
    let mut extras = match env::var("HERON_BENCH_RUNTIMES") {
        Ok(v) => {
            runtimes::parse_runtime_env(&v).map_err(|e| format!("HERON_BENCH_RUNTIMES: {e}"))?
        }
        Err(_) => Vec::new(),
    };
    extras.extend(o.extra_runtimes.iter().cloned());
    let mut list = runtimes::build_runtimes(&heron, &extras);
    if !o.only_runtimes.is_empty() {
        for name in &o.only_runtimes {
            if !list.iter().any(|r| &r.name == name) {
                return Err(format!("--runtimes: unknown runtime {name}"));
            }
        }
        list.retain(|r| o.only_runtimes.contains(&r.name));
    }
    for rt in &mut list {
        rt.probe();
        match &rt.missing {
            Some(why) => eprintln!("runtime {}: absent ({why}), skipped", rt.name),
            None => eprintln!(
                "runtime {}: {} ({})",
                rt.name,
                rt.display_command(root),
                rt.version.as_deref().unwrap_or("version unknown")
            ),
        }
    }
    if !list.iter().any(Runtime::available) {
        return Err("no runtime is available".into());
    }
    Ok(list)
}

fn run_jobs(jobs: &[Job], runtimes: &[Runtime], settings: &Settings) -> Vec<Cell> {
    let available: Vec<&Runtime> = runtimes.iter().filter(|r| r.available()).collect();
    jobs.iter()
        .flat_map(|job| runner::run_job(job, &available, settings))
        .collect()
}

fn finish(
    res: &Results,
    json: &str,
    markdown: &str,
    o: &Options,
    out_dir: &Path,
    written: &[String],
) -> ExitCode {
    if o.json {
        println!("{json}");
    } else {
        println!("{markdown}");
    }
    eprintln!("wrote {} in {}", written.join(", "), out_dir.display());
    if res.has_problems() {
        eprintln!("error: some runs were WRONG or FAILED (see the Problems section)");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn session(o: &Options, root: &Path) -> Result<(Suite, Vec<Runtime>, PathBuf), String> {
    let dir = o
        .programs_dir
        .clone()
        .unwrap_or_else(|| root.join("bench-suite/programs"));
    let suite = Suite::load(&dir)?;
    let runtimes = select_runtimes(o, root)?;
    let out_dir = o
        .output
        .clone()
        .unwrap_or_else(|| root.join("bench-suite/results"));
    Ok((suite, runtimes, out_dir))
}

fn settings(o: &Options, default_runs: usize) -> Settings {
    Settings {
        runs: o.runs.unwrap_or(default_runs),
        warmup: o.warmup,
        timeout: Duration::from_secs_f64(o.timeout_s),
        jit_stats: o.jit_stats,
    }
}

fn compare(o: &Options, root: &Path) -> Result<ExitCode, String> {
    let (suite, runtimes, out_dir) = session(o, root)?;
    let selected = suite.select(&o.filters);
    if selected.is_empty() {
        return Err(format!("no program matches {:?}", o.filters));
    }
    let mode = if o.quick {
        SizeMode::Quick
    } else {
        SizeMode::Default
    };
    let jobs: Vec<Job> = selected
        .iter()
        .enumerate()
        .map(|(i, p)| Job {
            program: p,
            size: p.size_for(mode),
            label: format!("[{}/{}] {}", i + 1, selected.len(), p.name),
        })
        .collect();
    let settings = settings(o, 5);
    let machine = report::machine_info();
    let cells = run_jobs(&jobs, &runtimes, &settings);
    let mut extra = BTreeMap::new();
    extra.insert(
        "size".into(),
        (if o.quick { "quick" } else { "default" }).into(),
    );
    extra.insert("filters".into(), o.filters.clone().into());
    let ctx = Context {
        runtimes: &runtimes,
        root,
        settings: &settings,
        extra_settings: extra,
        recorded_with: &suite.recorded_with,
        machine,
    };
    let res = report::build("compare", cells, ctx);
    emit(&res, o, &out_dir, true)
}

fn sweep(o: &Options, root: &Path) -> Result<ExitCode, String> {
    let (suite, runtimes, out_dir) = session(o, root)?;
    let programs: Vec<&programs::Program> = if o.sweep_programs.is_empty() {
        suite.programs.iter().filter(|p| p.is_scaling()).collect()
    } else {
        o.sweep_programs
            .iter()
            .map(|n| suite.get(n).ok_or_else(|| format!("unknown program {n}")))
            .collect::<Result<_, _>>()?
    };
    let mut plan = Vec::new();
    for p in &programs {
        let sizes = if o.sizes.is_empty() {
            p.expect.sweep_sizes.clone()
        } else {
            o.sizes.clone()
        };
        if sizes.is_empty() {
            return Err(format!(
                "{} has no recorded sweep sizes: pass --sizes",
                p.name
            ));
        }
        plan.extend(sizes.into_iter().map(|s| (*p, s)));
    }
    let jobs: Vec<Job> = plan
        .iter()
        .enumerate()
        .map(|(i, (p, size))| Job {
            program: p,
            size: *size,
            label: format!("[{}/{}] {}@{}", i + 1, plan.len(), p.name, size),
        })
        .collect();
    let settings = settings(o, 3);
    let machine = report::machine_info();
    let cells = run_jobs(&jobs, &runtimes, &settings);
    let mut extra = BTreeMap::new();
    extra.insert(
        "programs".into(),
        programs
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
            .into(),
    );
    let ctx = Context {
        runtimes: &runtimes,
        root,
        settings: &settings,
        extra_settings: extra,
        recorded_with: &suite.recorded_with,
        machine,
    };
    let res = report::build("sweep", cells, ctx);
    emit(&res, o, &out_dir, true)
}

/// Write the Markdown and the charts of `res` into `out_dir` (and the JSON
/// when `write_json`), print the report, and pick the exit status.
fn emit(res: &Results, o: &Options, out_dir: &Path, write_json: bool) -> Result<ExitCode, String> {
    let sweep = res.kind == "sweep";
    let (json_name, md_name) = if sweep {
        ("sweep.json", "sweep.md")
    } else {
        ("results.json", "results.md")
    };
    let markdown = if sweep {
        report::sweep_markdown(res)
    } else {
        report::compare_markdown(res)
    };
    let json = report::write_files(
        out_dir,
        write_json.then_some(json_name),
        md_name,
        res,
        &markdown,
    )?;
    let mut written = Vec::new();
    if write_json {
        written.push(json_name.to_string());
    }
    written.push(md_name.to_string());
    let mut charts: Vec<(String, chart::DrawResult)> = Vec::new();
    if sweep {
        for program in res.programs() {
            let name = format!("scaling-{program}.svg");
            let drawn = chart::scaling_chart(&out_dir.join(&name), res, program);
            charts.push((name, drawn));
        }
    } else {
        let drawn = chart::speedup_chart(&out_dir.join("speedup.svg"), res);
        charts.push(("speedup.svg".into(), drawn));
        let drawn = chart::warmup_chart(&out_dir.join("warmup.svg"), res);
        charts.push(("warmup.svg".into(), drawn));
    }
    for (name, drawn) in charts {
        match drawn {
            Ok(()) => written.push(name),
            Err(e) => eprintln!("warning: cannot draw {name}: {e}"),
        }
    }
    Ok(finish(res, &json, &markdown, o, out_dir, &written))
}

/// Redraw the Markdown and charts from the JSON files already in the output
/// directory, without running anything.
fn rerender(o: &Options, root: &Path) -> Result<ExitCode, String> {
    let out_dir = o
        .output
        .clone()
        .unwrap_or_else(|| root.join("bench-suite/results"));
    let mut code = None;
    for name in ["results.json", "sweep.json"] {
        let path = out_dir.join(name);
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let res: Results = serde_json::from_str(&text)
            .map_err(|e| format!("cannot parse {}: {e}", path.display()))?;
        let c = emit(&res, o, &out_dir, false)?;
        if code.is_none() || c != ExitCode::SUCCESS {
            code = Some(c);
        }
    }
    code.ok_or_else(|| format!("no results.json or sweep.json in {}", out_dir.display()))
}

fn list(o: &Options, root: &Path) -> Result<ExitCode, String> {
    let dir = o
        .programs_dir
        .clone()
        .unwrap_or_else(|| root.join("bench-suite/programs"));
    let suite = Suite::load(&dir)?;
    println!(
        "{:<14} {:>8} {:>7}  {:<8} description",
        "program", "default", "quick", "flags"
    );
    for p in &suite.programs {
        let mut flags = Vec::new();
        if p.is_scaling() {
            flags.push("scaling");
        }
        if p.iter_times {
            flags.push("iters");
        }
        println!(
            "{:<14} {:>8} {:>7}  {:<8} {}",
            p.name,
            p.expect.default_size,
            p.expect.quick_size,
            flags.join(","),
            p.description
        );
        if p.is_scaling() {
            let sizes: Vec<String> = p.expect.sweep_sizes.iter().map(u64::to_string).collect();
            println!(
                "{:<14} {:>8} {:>7}  {:<8} sweep sizes: {}",
                "",
                "",
                "",
                "",
                sizes.join(", ")
            );
        }
    }
    println!(
        "\n{} programs; expectations recorded with {}",
        suite.programs.len(),
        suite.recorded_with
    );
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let Some(command) = args.first().cloned() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if matches!(command.as_str(), "-h" | "--help" | "help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if !matches!(command.as_str(), "compare" | "sweep" | "list" | "report") {
        eprintln!("unknown command {command}\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let options = match parse_options(&command, &args[1..]) {
        Ok(o) => o,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = workspace_root();
    let result = match command.as_str() {
        "compare" => compare(&options, &root),
        "sweep" => sweep(&options, &root),
        "report" => rerender(&options, &root),
        _ => list(&options, &root),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options() {
        let o = parse_options(
            "compare",
            &args(&[
                "--runs",
                "3",
                "--filter",
                "nbody,fib",
                "--filter=rich",
                "--runtime",
                "x=python3 -S",
                "--json",
                "--timeout=5",
            ]),
        )
        .unwrap();
        assert_eq!(o.runs, Some(3));
        assert_eq!(o.filters, ["nbody", "fib", "rich"]);
        assert_eq!(o.extra_runtimes[0].command, ["python3", "-S"]);
        assert!(o.json && o.jit_stats);
        assert_eq!(o.timeout_s, 5.0);
        assert!(parse_options("compare", &args(&["--sizes", "1,2"])).is_err());
        assert!(parse_options("sweep", &args(&["--filter", "x"])).is_err());
        assert!(parse_options("compare", &args(&["--runs"])).is_err());
        assert!(parse_options("compare", &args(&["--runs", "0"])).is_err());
        let o =
            parse_options("sweep", &args(&["--program", "nbody", "--sizes", "10, 20"])).unwrap();
        assert_eq!(o.sizes, [10, 20]);
        assert_eq!(o.sweep_programs, ["nbody"]);
    }
}
