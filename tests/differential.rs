//! Differential test corpus runner (custom harness, `harness = false`).
//!
//! Every case under `tests/cases/<topic>/<name>.py` is run with the `heron` binary under each
//! JIT mode (`-X jit=off`, `-X jit=on`, `-X jit=eager`, `-X jit-stress`) and its stdout, exit
//! status and stderr are compared with what CPython 3.11 produced (`<name>.out`, `<name>.exit`,
//! `<name>.err`, recorded by `tests/regen.py`). Each (case, mode) pair is one test.
//!
//! Rules this file keeps (documented for users in `tests/README.md`):
//! - A case is a `.py` file directly inside a topic directory whose name does not start with
//!   `_` or `mod_`. Files in deeper directories (packages) are helpers, never cases.
//! - The case runs with its own directory as the working directory and argv
//!   `heron <flags> <name>.py`; every `PYTHON*` variable is removed from the environment, then
//!   `PYTHONHASHSEED=0`, `PYTHONIOENCODING=utf-8` and `PYTHONDONTWRITEBYTECODE=1` are set
//!   (`tests/regen.py` uses the same environment). stdin is `<name>.in` if present, else empty.
//! - stdout and the exit status are compared exactly. stderr is compared on its last non-empty
//!   line only, unless the case contains the line `# heron: stderr=full`. Before comparing,
//!   `<absolute case dir>/` is removed from stderr (CPython names the script by its absolute
//!   path in tracebacks; the recordings say `File "name.py"`).
//! - `tests/xfail.txt` lists expected failures: a listed test that fails is "skipped", one that
//!   passes is an `XPASS` and counts as a failure.
//!
//! Environment knobs: `HERON_CASES` (comma-separated substrings of `topic/name.py`),
//! `HERON_MODES` (comma-separated mode names), `HERON_TEST_VERBOSE=1`, `HERON_TEST_TIMEOUT`
//! (seconds, default 30), `HERON_TEST_JOBS` (threads), `HERON_TEST_BIN` (binary to run instead
//! of the freshly built `heron`). Positional command-line arguments are extra case filters.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// One JIT mode: the short name used in `HERON_MODES`, `tests/xfail.txt` and reports, and the
/// command-line flags that select it (they go before the script name).
struct Mode {
    name: &'static str,
    flags: &'static [&'static str],
}

const MODES: &[Mode] = &[
    Mode {
        name: "off",
        flags: &["-X", "jit=off"],
    },
    Mode {
        name: "on",
        flags: &["-X", "jit=on"],
    },
    Mode {
        name: "eager",
        flags: &["-X", "jit=eager"],
    },
    Mode {
        name: "stress",
        flags: &["-X", "jit-stress"],
    },
];

const DEFAULT_TIMEOUT_SECS: u64 = 30;
/// Captured output beyond this many bytes per stream is drained and dropped, so a runaway
/// `while True: print()` cannot exhaust memory before its timeout.
const OUTPUT_CAP: usize = 16 << 20;
/// Longest excerpt of a line shown in a diff.
const SHOW_MAX: usize = 160;

/// Accepts a mode as written by a user: the short name or the flag spelling.
fn parse_mode(s: &str) -> Option<usize> {
    let s = s.trim();
    let s = s.strip_prefix("-X").map(str::trim).unwrap_or(s);
    let short = match s {
        "jit=off" => "off",
        "jit=on" => "on",
        "jit=eager" => "eager",
        "jit-stress" => "stress",
        other => other,
    };
    MODES.iter().position(|m| m.name == short)
}

struct Case {
    /// `topic/name.py`, with forward slashes: the case's identity everywhere.
    id: String,
    dir: PathBuf,
    file_name: String,
    stem: String,
    stderr_full: bool,
    timeout: Duration,
    /// Problems with the case itself (unknown directive, missing expectations): reported as a
    /// failure of every mode without running.
    setup_error: Option<String>,
    expected: Expected,
}

#[derive(Default)]
struct Expected {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exit: i32,
}

fn discover(root: &Path, default_timeout: Duration) -> Vec<Case> {
    let mut cases = Vec::new();
    let Ok(topics) = fs::read_dir(root) else {
        return cases;
    };
    let mut topic_dirs: Vec<PathBuf> = topics
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    topic_dirs.sort();
    for topic_dir in topic_dirs {
        let topic = topic_dir
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let Ok(entries) = fs::read_dir(&topic_dir) else {
            continue;
        };
        let mut files: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".py") && !n.starts_with('_') && !n.starts_with("mod_"))
            .collect();
        files.sort();
        for file_name in files {
            cases.push(load_case(&topic, &topic_dir, file_name, default_timeout));
        }
    }
    cases
}

fn load_case(topic: &str, dir: &Path, file_name: String, default_timeout: Duration) -> Case {
    let stem = file_name.trim_end_matches(".py").to_string();
    let id = format!("{topic}/{file_name}");
    let mut case = Case {
        id,
        dir: dir.to_path_buf(),
        file_name,
        stem,
        stderr_full: false,
        timeout: default_timeout,
        setup_error: None,
        expected: Expected::default(),
    };
    let mut errors = Vec::new();
    match fs::read(dir.join(&case.file_name)) {
        Ok(src) => {
            for line in String::from_utf8_lossy(&src).lines() {
                let Some(rest) = line.trim().strip_prefix("# heron:") else {
                    continue;
                };
                for item in rest.split_whitespace() {
                    match item.split_once('=') {
                        Some(("stderr", "full")) => case.stderr_full = true,
                        Some(("stderr", "last")) => case.stderr_full = false,
                        Some(("timeout", secs)) => match secs.parse::<u64>() {
                            Ok(n) => case.timeout = Duration::from_secs(n),
                            Err(_) => errors.push(format!("bad directive `{item}`")),
                        },
                        _ => errors.push(format!("unknown directive `# heron: {item}`")),
                    }
                }
            }
        }
        Err(e) => errors.push(format!("cannot read case: {e}")),
    }
    let read = |ext: &str, errors: &mut Vec<String>| -> Vec<u8> {
        let path = dir.join(format!("{}.{ext}", case.stem));
        fs::read(&path).unwrap_or_else(|_| {
            errors.push(format!("missing {}.{ext}", case.stem));
            Vec::new()
        })
    };
    case.expected.stdout = read("out", &mut errors);
    case.expected.stderr = read("err", &mut errors);
    let exit = read("exit", &mut errors);
    if !exit.is_empty() {
        match String::from_utf8_lossy(&exit).trim().parse::<i32>() {
            Ok(n) => case.expected.exit = n,
            Err(_) => errors.push(format!("{}.exit is not a decimal number", case.stem)),
        }
    }
    if errors.iter().any(|e| e.starts_with("missing")) {
        errors.push(format!(
            "run `python3 tests/regen.py {}` to record it",
            case.id
        ));
    }
    if !errors.is_empty() {
        case.setup_error = Some(errors.join("; "));
    }
    case
}

/// One line of `tests/xfail.txt`: `topic/name.py [mode|*]: reason`.
struct Xfail {
    case: String,
    /// `None` means every mode.
    modes: Option<Vec<usize>>,
    reason: String,
    line: usize,
}

/// Parses the xfail list. Returns the entries and the errors (malformed lines).
fn parse_xfail(text: &str) -> (Vec<Xfail>, Vec<String>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((head, reason)) = line.split_once(':') else {
            errors.push(format!(
                "tests/xfail.txt:{line_no}: expected `topic/name.py [mode|*]: reason`"
            ));
            continue;
        };
        let mut words = head.split_whitespace();
        let Some(case) = words.next() else {
            errors.push(format!("tests/xfail.txt:{line_no}: missing case path"));
            continue;
        };
        let spec: String = words.collect::<Vec<_>>().join("");
        let spec = spec.trim_start_matches('[').trim_end_matches(']');
        let modes = if spec.is_empty() || spec == "*" {
            None
        } else {
            let mut list = Vec::new();
            for m in spec.split(['|', ',']) {
                match parse_mode(m) {
                    Some(idx) => list.push(idx),
                    None => errors.push(format!("tests/xfail.txt:{line_no}: unknown mode `{m}`")),
                }
            }
            Some(list)
        };
        if reason.trim().is_empty() {
            errors.push(format!(
                "tests/xfail.txt:{line_no}: an expected failure needs a reason"
            ));
        }
        entries.push(Xfail {
            case: case.to_string(),
            modes,
            reason: reason.trim().to_string(),
            line: line_no,
        });
    }
    (entries, errors)
}

fn find_xfail<'a>(list: &'a [Xfail], case: &str, mode: usize) -> Option<&'a Xfail> {
    list.iter()
        .find(|x| x.case == case && x.modes.as_ref().is_none_or(|m| m.contains(&mode)))
}

enum Status {
    Exited(i32),
    Signal(i32),
    TimedOut,
    SpawnFailed(String),
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Status,
}

/// Reads a pipe to its end on a thread of its own and sends `(stream, bytes)` when done.
fn reader<R: Read + Send + 'static>(
    mut pipe: R,
    stream: usize,
    done: mpsc::Sender<(usize, Vec<u8>)>,
) {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = OUTPUT_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        let _ = done.send((stream, kept));
    });
}

fn exit_status(status: std::process::ExitStatus) -> Status {
    if let Some(code) = status.code() {
        return Status::Exited(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return Status::Signal(sig);
        }
    }
    Status::Exited(-1)
}

/// Waits for both output streams to close and the child to exit, killing it at `deadline`.
/// Returns the status and `[stdout, stderr]`.
fn collect(
    child: &mut Child,
    done: &mpsc::Receiver<(usize, Vec<u8>)>,
    deadline: Instant,
) -> (Status, [Vec<u8>; 2]) {
    let mut streams: [Vec<u8>; 2] = [Vec::new(), Vec::new()];
    let mut open = 2;
    // Both pipes reach end-of-file when the process exits (normally the moment it does).
    while open > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match done.recv_timeout(left) {
            Ok((i, bytes)) => {
                streams[i] = bytes;
                open -= 1;
            }
            Err(_) => break,
        }
    }
    let mut nap = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break exit_status(status),
            Ok(None) if Instant::now() < deadline => {
                thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                break Status::TimedOut;
            }
            Err(e) => break Status::SpawnFailed(format!("wait failed: {e}")),
        }
    };
    // After a kill the pipes close too, unless a grandchild holds them: don't wait forever.
    while open > 0 {
        match done.recv_timeout(Duration::from_secs(2)) {
            Ok((i, bytes)) => {
                streams[i] = bytes;
                open -= 1;
            }
            Err(_) => break,
        }
    }
    (status, streams)
}

fn run_case(bin: &Path, case: &Case, mode: &Mode) -> Outcome {
    let mut cmd = Command::new(bin);
    cmd.args(mode.flags)
        .arg(&case.file_name)
        .current_dir(&case.dir);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let stdin_path = case.dir.join(format!("{}.in", case.stem));
    let stdin = match fs::File::open(&stdin_path) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    cmd.stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: Status::SpawnFailed(format!("cannot run {}: {e}", bin.display())),
            }
        }
    };
    let deadline = Instant::now() + case.timeout;
    let (tx, rx) = mpsc::channel();
    reader(child.stdout.take().expect("stdout is piped"), 0, tx.clone());
    reader(child.stderr.take().expect("stderr is piped"), 1, tx);
    let (status, [stdout, stderr]) = collect(&mut child, &rx, deadline);
    Outcome {
        stdout,
        stderr,
        status,
    }
}

/// A line (or excerpt) shown quoted and escaped, so trailing spaces and newlines are visible.
fn show(line: Option<&[u8]>) -> String {
    let Some(line) = line else {
        return "<end of output>".to_string();
    };
    let text = String::from_utf8_lossy(line);
    let mut shown = format!("{text:?}");
    if shown.len() > SHOW_MAX {
        let mut cut = SHOW_MAX;
        while !shown.is_char_boundary(cut) {
            cut -= 1;
        }
        shown.truncate(cut);
        shown.push_str("...");
    }
    shown
}

/// First differing line of two outputs, as `what line N` and the -/+ pair.
fn first_difference(what: &str, expected: &[u8], got: &[u8]) -> String {
    let exp: Vec<&[u8]> = expected.split_inclusive(|&b| b == b'\n').collect();
    let act: Vec<&[u8]> = got.split_inclusive(|&b| b == b'\n').collect();
    let mut i = 0;
    while i < exp.len() && i < act.len() && exp[i] == act[i] {
        i += 1;
    }
    format!(
        "{what} differs at line {}:\n  - {}\n  + {}",
        i + 1,
        show(exp.get(i).copied()),
        show(act.get(i).copied())
    )
}

fn last_nonempty_line(text: &[u8]) -> Option<&[u8]> {
    text.split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .rfind(|l| !l.iter().all(u8::is_ascii_whitespace))
}

fn first_nonempty_line(text: &[u8]) -> Option<&[u8]> {
    text.split(|&b| b == b'\n')
        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
}

/// Removes `<case dir>/` wherever it occurs, so a script or helper module named by its absolute
/// path (as CPython 3.11 does in tracebacks) reads as its name relative to the case directory,
/// which is how `tests/regen.py` records stderr.
fn strip_case_dir(text: &[u8], dir: &Path) -> Vec<u8> {
    let mut prefixes = vec![dir.to_path_buf()];
    if let Ok(real) = dir.canonicalize() {
        if real != dir {
            prefixes.push(real);
        }
    }
    let mut out = text.to_vec();
    for p in prefixes {
        let mut needle = p.to_string_lossy().into_owned().into_bytes();
        needle.push(std::path::MAIN_SEPARATOR as u8);
        out = replace_all(&out, &needle);
    }
    out
}

fn replace_all(text: &[u8], needle: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i..].starts_with(needle) {
            i += needle.len();
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    out
}

/// Everything that differs between expectation and outcome; empty means the test passed.
fn compare(case: &Case, outcome: &Outcome) -> Vec<String> {
    let mut diffs = Vec::new();
    let stderr = strip_case_dir(&outcome.stderr, &case.dir);
    let exp = &case.expected;
    match &outcome.status {
        Status::TimedOut => {
            diffs.push(format!(
                "timed out after {}s (killed)",
                case.timeout.as_secs()
            ));
            return diffs;
        }
        Status::SpawnFailed(msg) => {
            diffs.push(msg.clone());
            return diffs;
        }
        _ => {}
    }
    if outcome.stdout != exp.stdout {
        diffs.push(first_difference("stdout", &exp.stdout, &outcome.stdout));
    }
    match outcome.status {
        Status::Exited(code) if code == exp.exit => {}
        Status::Exited(code) => {
            diffs.push(format!("exit status: expected {}, got {code}", exp.exit))
        }
        Status::Signal(sig) => diffs.push(format!(
            "exit status: expected {}, got signal {sig}",
            exp.exit
        )),
        _ => unreachable!(),
    }
    if case.stderr_full {
        if stderr != exp.stderr {
            diffs.push(first_difference("stderr", &exp.stderr, &stderr));
        }
    } else {
        let want = last_nonempty_line(&exp.stderr);
        let got = last_nonempty_line(&stderr);
        if want != got {
            let show_line =
                |l: Option<&[u8]>| l.map_or("<no stderr>".to_string(), |l| show(Some(l)));
            let mut msg = format!(
                "stderr last line differs:\n  - {}\n  + {}",
                show_line(want),
                show_line(got)
            );
            let first = first_nonempty_line(&stderr);
            if first.is_some() && first != got {
                msg.push_str(&format!("\n  (stderr began: {})", show(first)));
            }
            diffs.push(msg);
        }
    }
    diffs
}

enum Verdict {
    Pass,
    Fail(Vec<String>),
    XFail(String),
    XPass(String),
}

fn env_list(name: &str) -> Vec<String> {
    std::env::var(name)
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases_root = manifest.join("tests").join("cases");
    // Cases run in their own directories: a relative HERON_TEST_BIN is made absolute here
    // (a bare name is left to the PATH search).
    let bin = match std::env::var_os("HERON_TEST_BIN") {
        Some(p) => {
            let p = PathBuf::from(p);
            if p.is_relative() && p.components().count() > 1 {
                std::env::current_dir().map(|d| d.join(&p)).unwrap_or(p)
            } else {
                p
            }
        }
        None => PathBuf::from(env!("CARGO_BIN_EXE_heron")),
    };
    let verbose = std::env::var("HERON_TEST_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    let timeout_secs = match std::env::var("HERON_TEST_TIMEOUT") {
        Ok(v) => v.trim().parse::<u64>().unwrap_or_else(|_| {
            eprintln!("differential: HERON_TEST_TIMEOUT must be a number of seconds");
            std::process::exit(2);
        }),
        Err(_) => DEFAULT_TIMEOUT_SECS,
    };

    // Filters: HERON_CASES plus positional arguments (cargo passes libtest-style flags, which
    // mean nothing here and are ignored).
    let mut filters = env_list("HERON_CASES");
    filters.extend(std::env::args().skip(1).filter(|a| !a.starts_with('-')));
    let mut modes: Vec<usize> = Vec::new();
    for m in env_list("HERON_MODES") {
        match parse_mode(&m) {
            Some(idx) if !modes.contains(&idx) => modes.push(idx),
            Some(_) => {}
            None => {
                let names: Vec<&str> = MODES.iter().map(|m| m.name).collect();
                eprintln!(
                    "differential: unknown mode `{m}` in HERON_MODES (known: {})",
                    names.join(", ")
                );
                std::process::exit(2);
            }
        }
    }
    if modes.is_empty() {
        modes = (0..MODES.len()).collect();
    }
    modes.sort_unstable();

    let all_cases = discover(&cases_root, Duration::from_secs(timeout_secs));
    let xfail_text =
        fs::read_to_string(manifest.join("tests").join("xfail.txt")).unwrap_or_default();
    let (xfails, config_errors) = parse_xfail(&xfail_text);
    let known: BTreeSet<&str> = all_cases.iter().map(|c| c.id.as_str()).collect();
    for x in &xfails {
        if !known.contains(x.case.as_str()) {
            eprintln!(
                "differential: warning: tests/xfail.txt:{}: no case named `{}`",
                x.line, x.case
            );
        }
    }

    let cases: Vec<Case> = all_cases
        .into_iter()
        .filter(|c| filters.is_empty() || filters.iter().any(|f| c.id.contains(f.as_str())))
        .collect();
    let jobs: Vec<(usize, usize)> = (0..cases.len())
        .flat_map(|c| modes.iter().map(move |&m| (c, m)))
        .collect();
    // libtest-style listing, for tools that enumerate tests before running them.
    if std::env::args().any(|a| a == "--list") {
        for &(c, m) in &jobs {
            println!("{} [{}]: test", cases[c].id, MODES[m].name);
        }
        return;
    }
    let threads = std::env::var("HERON_TEST_JOBS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, jobs.len().max(1));
    let mode_names: Vec<&str> = modes.iter().map(|&m| MODES[m].name).collect();
    println!(
        "differential: {} cases x {} modes ({}) on {threads} threads, binary {}",
        cases.len(),
        modes.len(),
        mode_names.join(","),
        bin.display()
    );

    let cases = Arc::new(cases);
    let jobs = Arc::new(jobs);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Option<Vec<String>>>>> =
        Arc::new(Mutex::new((0..jobs.len()).map(|_| None).collect()));
    let bin = Arc::new(bin);
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (cases, jobs, next, results, bin) = (
                cases.clone(),
                jobs.clone(),
                next.clone(),
                results.clone(),
                bin.clone(),
            );
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&(c, m)) = jobs.get(i) else { break };
                let case = &cases[c];
                let diffs = match &case.setup_error {
                    Some(e) => vec![e.clone()],
                    None => compare(case, &run_case(&bin, case, &MODES[m])),
                };
                results.lock().unwrap()[i] = Some(diffs);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker thread panicked");
    }

    let results = std::mem::take(&mut *results.lock().unwrap());
    let (mut passed, mut failed, mut skipped) = (0usize, 0usize, 0usize);
    for (i, diffs) in results.into_iter().enumerate() {
        let (c, m) = jobs[i];
        let case = &cases[c];
        let mode = MODES[m].name;
        let diffs = diffs.expect("every job produces a result");
        let verdict = match (find_xfail(&xfails, &case.id, m), diffs.is_empty()) {
            (None, true) => Verdict::Pass,
            (None, false) => Verdict::Fail(diffs),
            (Some(x), false) => Verdict::XFail(x.reason.clone()),
            (Some(x), true) => Verdict::XPass(format!(
                "passes but tests/xfail.txt:{} expects a failure ({}); remove the entry",
                x.line, x.reason
            )),
        };
        match verdict {
            Verdict::Pass => {
                passed += 1;
                if verbose {
                    println!("ok    {} [{mode}]", case.id);
                }
            }
            Verdict::Fail(diffs) => {
                failed += 1;
                println!("FAIL  {} [{mode}]", case.id);
                for d in diffs {
                    println!("    {}", d.replace('\n', "\n    "));
                }
            }
            Verdict::XFail(reason) => {
                skipped += 1;
                println!("xfail {} [{mode}]: {reason}", case.id);
            }
            Verdict::XPass(msg) => {
                failed += 1;
                println!("XPASS {} [{mode}]: {msg}", case.id);
            }
        }
    }
    // A malformed xfail list is a failure of its own: it would silently hide or expose tests.
    for e in &config_errors {
        println!("ERROR {e}");
    }
    failed += config_errors.len();

    let mut summary = format!("differential: {passed} passed, {failed} failed");
    if skipped > 0 {
        summary.push_str(&format!(", {skipped} skipped"));
    }
    println!("{summary}");
    if failed > 0 {
        std::process::exit(1);
    }
}
