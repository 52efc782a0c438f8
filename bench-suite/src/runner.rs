//! Running benchmark children: one child per run with a timeout, wall time
//! and per-child peak RSS from `wait4`, stdout checked against the recorded
//! expectation; and the alternating schedule (warm-ups, then rounds of
//! A B C A B C ...) that gives every runtime the same drift.

use std::collections::BTreeMap;
use std::io::{self, Read};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::programs::{check_stdout, truncate, Program};
use crate::runtimes::Runtime;
use crate::stats::{self, StatValue};

/// Environment variable asking programs for `iter-time:` lines on stderr.
pub const ITER_TIMES_ENV: &str = "HERON_BENCH_ITER_TIMES";

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Exited with this status code.
    Code(i32),
    /// Killed by this signal.
    Signal(i32),
    /// Killed by the runner after the timeout.
    Timeout,
}

/// Everything observed about one child process.
#[derive(Debug, Clone)]
pub struct ChildOutcome {
    /// Wall time from spawn to reaping, in seconds.
    pub wall_s: f64,
    /// Peak resident set size of the child in KiB (`ru_maxrss`).
    pub max_rss_kb: u64,
    /// User plus system CPU time of the child, in seconds.
    pub cpu_s: f64,
    /// How it ended.
    pub exit: Exit,
    /// Captured stdout (lossy UTF-8).
    pub stdout: String,
    /// Captured stderr (lossy UTF-8).
    pub stderr: String,
}

fn read_all(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Reap `pid` with `wait4`, retrying on EINTR. Returns the raw status and
/// the child's own resource usage.
fn wait4_blocking(pid: libc::pid_t) -> io::Result<(libc::c_int, libc::rusage)> {
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is a plain C struct for which all-zero bytes are valid.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers refer to live, writable locals of the right
        // types; pid is a child of this process that nobody else reaps.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            return Ok((status, usage));
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

fn timeval_s(t: libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 / 1e6
}

/// Run `argv` with `env` added, stdin closed, output captured, killing the
/// child's process group after `timeout`.
pub fn run_child(
    argv: &[String],
    env: &[(&str, &str)],
    timeout: Duration,
) -> io::Result<ChildOutcome> {
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let out = read_all(child.stdout.take().expect("stdout piped"));
    let err = read_all(child.stderr.take().expect("stderr piped"));
    // The child is reaped by wait4 below, never through `child`.
    drop(child);
    let (tx, rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
        let result = wait4_blocking(pid);
        let _ = tx.send((result, Instant::now()));
    });
    let mut timed_out = false;
    let (result, end) = match rx.recv_timeout(timeout) {
        Ok(done) => done,
        Err(_) => {
            timed_out = true;
            // SAFETY: kill has no memory-safety preconditions; the child is
            // not reaped yet (the waiter has not reported), so its process
            // group id is still ours.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
            rx.recv()
                .map_err(|_| io::Error::other("waiter thread vanished"))?
        }
    };
    let _ = waiter.join();
    let (status, usage) = result?;
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    let exit = if timed_out {
        Exit::Timeout
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(-1)
    };
    Ok(ChildOutcome {
        wall_s: end.duration_since(start).as_secs_f64(),
        max_rss_kb: usage.ru_maxrss.max(0) as u64,
        cpu_s: timeval_s(usage.ru_utime) + timeval_s(usage.ru_stime),
        exit,
        stdout,
        stderr,
    })
}

/// Verdict on one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Exited 0 and printed the expected stdout.
    Ok,
    /// Exited 0 but stdout differs from the expectation.
    Wrong,
    /// Non-zero exit, signal, timeout or spawn error.
    Failed,
    /// Exited 0 but no expectation is recorded for this size.
    Unverified,
}

impl Status {
    /// Whether the run's time may be reported as a speed.
    pub fn timed(self) -> bool {
        matches!(self, Status::Ok | Status::Unverified)
    }
}

/// One recorded run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunRecord {
    /// Wall time in seconds.
    pub wall_s: f64,
    /// Peak RSS in KiB.
    pub max_rss_kb: u64,
    /// User + system CPU seconds (less sensitive to machine load than wall time).
    #[serde(default)]
    pub cpu_s: f64,
    /// Verdict.
    pub status: Status,
    /// Why it is WRONG or FAILED (first differing line, stderr tail ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// `iter-time:` values the program printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub iter_times: Vec<f64>,
}

/// Last `lines` lines of `text`, each cut to a sane length.
pub fn tail(text: &str, lines: usize) -> String {
    if text.trim().is_empty() {
        return "(stderr empty)".to_string();
    }
    let all: Vec<&str> = text.lines().collect();
    let from = all.len().saturating_sub(lines);
    all[from..]
        .iter()
        .map(|l| truncate(l, 200))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Judge an outcome against the expectation (`None`: nothing recorded).
pub fn judge(outcome: &ChildOutcome, expected: Option<&str>, timeout: Duration) -> RunRecord {
    let (status, note) = match outcome.exit {
        Exit::Timeout => (
            Status::Failed,
            Some(format!(
                "timed out after {} s; stderr tail:\n{}",
                timeout.as_secs_f64(),
                tail(&outcome.stderr, 8)
            )),
        ),
        Exit::Signal(sig) => (
            Status::Failed,
            Some(format!(
                "killed by signal {sig}; stderr tail:\n{}",
                tail(&outcome.stderr, 8)
            )),
        ),
        Exit::Code(code) if code != 0 => (
            Status::Failed,
            Some(format!(
                "exit status {code}; stderr tail:\n{}",
                tail(&outcome.stderr, 8)
            )),
        ),
        Exit::Code(_) => match expected {
            None => (Status::Unverified, None),
            Some(exp) => match check_stdout(exp, &outcome.stdout) {
                Ok(()) => (Status::Ok, None),
                Err(diff) => (Status::Wrong, Some(diff)),
            },
        },
    };
    RunRecord {
        wall_s: outcome.wall_s,
        max_rss_kb: outcome.max_rss_kb,
        cpu_s: outcome.cpu_s,
        status,
        note,
        iter_times: stats::parse_iter_times(&outcome.stderr),
    }
}

/// All runs of one program at one size under one runtime.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cell {
    /// Program name.
    pub program: String,
    /// Runtime name.
    pub runtime: String,
    /// Size argument passed.
    pub size: u64,
    /// Warm-up runs (not used for statistics).
    pub warmup_runs: Vec<RunRecord>,
    /// Timed runs.
    pub runs: Vec<RunRecord>,
    /// Counters from the extra `-X jit-stats` run (Heron runtimes only).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub jit_stats: BTreeMap<String, StatValue>,
    /// Verdict of the `-X jit-stats` run, when one was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jit_stats_run: Option<RunRecord>,
}

impl Cell {
    /// Overall verdict: the worst of all runs (FAILED > WRONG > UNVERIFIED > OK).
    pub fn status(&self) -> Status {
        let all = self
            .warmup_runs
            .iter()
            .chain(&self.runs)
            .chain(self.jit_stats_run.as_ref());
        let mut worst = Status::Ok;
        for r in all {
            worst = match (worst, r.status) {
                (Status::Failed, _) | (_, Status::Failed) => Status::Failed,
                (Status::Wrong, _) | (_, Status::Wrong) => Status::Wrong,
                (Status::Unverified, _) | (_, Status::Unverified) => Status::Unverified,
                _ => Status::Ok,
            };
        }
        worst
    }

    /// First note of a bad run, for the report.
    pub fn problem(&self) -> Option<&str> {
        self.warmup_runs
            .iter()
            .chain(&self.runs)
            .chain(self.jit_stats_run.as_ref())
            .find(|r| matches!(r.status, Status::Wrong | Status::Failed))
            .and_then(|r| r.note.as_deref())
    }

    /// Wall times of the timed runs, if the cell may be reported as a speed.
    pub fn times(&self) -> Vec<f64> {
        if !self.status().timed() {
            return Vec::new();
        }
        self.runs.iter().map(|r| r.wall_s).collect()
    }
}

/// Schedule settings shared by `compare` and `sweep`.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Timed runs per cell.
    pub runs: usize,
    /// Warm-up runs per cell.
    pub warmup: usize,
    /// Per-run timeout.
    pub timeout: Duration,
    /// Whether Heron runtimes get the extra `-X jit-stats` run.
    pub jit_stats: bool,
}

/// One unit of work: a program at a size, run under every runtime.
pub struct Job<'a> {
    /// The program.
    pub program: &'a Program,
    /// Size argument.
    pub size: u64,
    /// Progress label, e.g. `[3/16] nbody` or `[2/8] nbody@50000`.
    pub label: String,
}

fn argv(runtime: &Runtime, extra: &[&str], program: &Path, size: u64) -> Vec<String> {
    let mut v = runtime.argv_prefix();
    v.extend(extra.iter().map(|s| s.to_string()));
    v.push(program.to_string_lossy().into_owned());
    v.push(size.to_string());
    v
}

fn run_once(runtime: &Runtime, extra: &[&str], job: &Job, settings: &Settings) -> RunRecord {
    let args = argv(runtime, extra, &job.program.path, job.size);
    let expected = job.program.expected_stdout(job.size);
    match run_child(&args, &[(ITER_TIMES_ENV, "1")], settings.timeout) {
        Ok(outcome) => judge(&outcome, expected, settings.timeout),
        Err(e) => RunRecord {
            wall_s: 0.0,
            max_rss_kb: 0,
            cpu_s: 0.0,
            status: Status::Failed,
            note: Some(format!("cannot run {}: {e}", args[0])),
            iter_times: Vec::new(),
        },
    }
}

fn progress(job: &Job, runtime: &str, what: &str, rec: &RunRecord) {
    let verdict = match rec.status {
        Status::Ok => String::new(),
        Status::Unverified => " (unverified size)".to_string(),
        Status::Wrong => " WRONG".to_string(),
        Status::Failed => " FAILED".to_string(),
    };
    eprintln!(
        "{}: {runtime} {what} {:.2}s{verdict}",
        job.label, rec.wall_s
    );
    if let (Status::Wrong | Status::Failed, Some(note)) = (rec.status, &rec.note) {
        for line in note.lines() {
            eprintln!("    {line}");
        }
    }
}

/// Run one job under every runtime: warm-ups, then timed rounds with the
/// runtimes alternated within each round, then the `-X jit-stats` runs. A
/// runtime that fails or prints a wrong result is not run again for this
/// job.
pub fn run_job(job: &Job, runtimes: &[&Runtime], settings: &Settings) -> Vec<Cell> {
    let mut cells: Vec<Cell> = runtimes
        .iter()
        .map(|rt| Cell {
            program: job.program.name.clone(),
            runtime: rt.name.clone(),
            size: job.size,
            warmup_runs: Vec::new(),
            runs: Vec::new(),
            jit_stats: BTreeMap::new(),
            jit_stats_run: None,
        })
        .collect();
    let rounds = settings.warmup + settings.runs;
    for round in 0..rounds {
        let warm = round < settings.warmup;
        for (rt, cell) in runtimes.iter().zip(cells.iter_mut()) {
            if matches!(cell.status(), Status::Failed | Status::Wrong) {
                continue;
            }
            let rec = run_once(rt, &[], job, settings);
            let what = if warm {
                format!("warmup {}/{}", round + 1, settings.warmup)
            } else {
                format!("run {}/{}", round - settings.warmup + 1, settings.runs)
            };
            progress(job, &rt.name, &what, &rec);
            if warm {
                cell.warmup_runs.push(rec);
            } else {
                cell.runs.push(rec);
            }
        }
    }
    if settings.jit_stats {
        for (rt, cell) in runtimes.iter().zip(cells.iter_mut()) {
            if !rt.is_heron || matches!(cell.status(), Status::Failed | Status::Wrong) {
                continue;
            }
            let outcome = run_child(
                &argv(rt, &["-X", "jit-stats"], &job.program.path, job.size),
                &[],
                settings.timeout,
            );
            let rec = match outcome {
                Ok(o) => {
                    cell.jit_stats = stats::parse_jit_stats(&o.stderr);
                    judge(&o, job.program.expected_stdout(job.size), settings.timeout)
                }
                Err(e) => RunRecord {
                    wall_s: 0.0,
                    max_rss_kb: 0,
                    cpu_s: 0.0,
                    status: Status::Failed,
                    note: Some(format!("cannot run: {e}")),
                    iter_times: Vec::new(),
                },
            };
            progress(job, &rt.name, "jit-stats run", &rec);
            cell.jit_stats_run = Some(rec);
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Vec<String> {
        vec!["sh".into(), "-c".into(), script.into()]
    }

    #[test]
    fn child_ok_and_output() {
        let o = run_child(
            &sh("echo out; echo err >&2; echo $FOO"),
            &[("FOO", "bar")],
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(o.exit, Exit::Code(0));
        assert_eq!(o.stdout, "out\nbar\n");
        assert_eq!(o.stderr, "err\n");
        assert!(o.max_rss_kb > 0);
        let rec = judge(&o, Some("out\nbar"), Duration::from_secs(10));
        assert_eq!(rec.status, Status::Ok);
        let rec = judge(&o, Some("out\nbaz"), Duration::from_secs(10));
        assert_eq!(rec.status, Status::Wrong);
        assert_eq!(
            judge(&o, None, Duration::from_secs(1)).status,
            Status::Unverified
        );
    }

    #[test]
    fn child_failure_and_timeout() {
        let o = run_child(&sh("echo boom >&2; exit 3"), &[], Duration::from_secs(10)).unwrap();
        assert_eq!(o.exit, Exit::Code(3));
        let rec = judge(&o, Some(""), Duration::from_secs(10));
        assert_eq!(rec.status, Status::Failed);
        assert!(rec.note.unwrap().contains("boom"));
        let start = Instant::now();
        let o = run_child(&sh("sleep 30"), &[], Duration::from_millis(200)).unwrap();
        assert_eq!(o.exit, Exit::Timeout);
        assert!(start.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn tails() {
        assert_eq!(tail("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail("", 3), "(stderr empty)");
    }
}
