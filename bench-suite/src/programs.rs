//! The benchmark programs: where they live, what each one stresses, and the
//! expectations recorded by `programs/record.py` in `programs/checksums.json`
//! (sizes and the exact stdout CPython 3.11 prints at each size).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Which size a `compare` run uses for every program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeMode {
    /// The program's default size (about 1–3 s on CPython).
    Default,
    /// The small smoke-test size recorded as `quick_size`.
    Quick,
}

/// One entry of `checksums.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Expectation {
    /// Size used when the program gets no argument.
    pub default_size: u64,
    /// Small size for smoke runs.
    pub quick_size: u64,
    /// Expected stdout at the default size.
    pub stdout: String,
    /// Expected stdout per size (as a decimal string).
    pub sizes: BTreeMap<String, String>,
    /// Sizes for the `sweep` subcommand; present only for scaling programs.
    #[serde(default)]
    pub sweep_sizes: Vec<u64>,
}

#[derive(Debug, Deserialize)]
struct Manifest {
    #[serde(default)]
    recorded_with: String,
    programs: BTreeMap<String, Expectation>,
}

/// A benchmark program with its expectations.
#[derive(Debug, Clone)]
pub struct Program {
    /// File stem, e.g. `nbody`.
    pub name: String,
    /// Full path of the `.py` file.
    pub path: PathBuf,
    /// What the program stresses, for `list` and the docs.
    pub description: &'static str,
    /// Whether the program prints `iter-time:` lines under `HERON_BENCH_ITER_TIMES=1`.
    pub iter_times: bool,
    /// Recorded sizes and outputs.
    pub expect: Expectation,
}

impl Program {
    /// Whether this is one of the scaling programs used by `sweep`.
    pub fn is_scaling(&self) -> bool {
        !self.expect.sweep_sizes.is_empty()
    }

    /// The size `mode` selects.
    pub fn size_for(&self, mode: SizeMode) -> u64 {
        match mode {
            SizeMode::Default => self.expect.default_size,
            SizeMode::Quick => self.expect.quick_size,
        }
    }

    /// Expected stdout at `size`, if recorded.
    pub fn expected_stdout(&self, size: u64) -> Option<&str> {
        if size == self.expect.default_size {
            return Some(&self.expect.stdout);
        }
        self.expect.sizes.get(&size.to_string()).map(String::as_str)
    }
}

/// What each program stresses (kept in step with docs/benchmarks.md).
const DESCRIPTIONS: &[(&str, &str)] = &[
    ("closures_gens", "closures (nonlocal), lambdas, generator pipelines, send(), yield from, comprehensions, map/filter/zip"),
    ("dict_heavy", "dict insert/lookup/delete, get/setdefault/pop/update, str/int/tuple keys, nested dicts, order"),
    ("fannkuch", "fannkuch-redux: permutations, list slicing and slice assignment, insert/pop, int loops"),
    ("fib", "naive recursive fib: call overhead, small-int add and compare"),
    ("float_loops", "float loops with math.sin/cos/exp/log/sqrt, float // and %, mixed int/float, Horner"),
    ("int_loops", "int %, //, &, |, ^, <<, >> in nested loops, Collatz, gcd, values growing past 64 bits"),
    ("mandelbrot", "escape-time iteration counts: float mul/add in a tight while loop, int checksum"),
    ("nbody", "5-body simulation: float arithmetic on list elements, tuple unpacking in for loops"),
    ("nqueens", "n-queens via recursive generators, sets, tuple concat, all()/sum() over genexps"),
    ("raytrace", "Vector class with operator overloading, polymorphic intersect/normal, math.sqrt/floor"),
    ("richards", "OS task-scheduler simulation: classes, inheritance, polymorphic step(), attribute access"),
    ("sort_heavy", "list.sort/sorted with key functions and reverse, tuple keys, stability, min/max key, merge sort"),
    ("mem_cycles", "memory: a million reference cycles (objects, self-referencing lists and dicts) made and dropped; bounded only by the cycle collector"),
    ("mem_objects", "memory: 200k each of instances, __slots__ instances, tuples with strs and small lists alive at once, rebuilt three times"),
    ("spectral_norm", "spectral norm: float sums with int index math and calls in nested loops"),
    ("spigot", "pi digits by an unbounded spigot: big-int mul/floordiv/compare, divmod, str of digits"),
    ("string_build", "str.join, f-strings with format specs, %-format, slicing with steps, +=, split/replace/find"),
    ("wordfreq", "LCG-generated text, split/strip/lower/isalpha, dict counting, sorted by (-count, word)"),
];

fn description_of(name: &str) -> &'static str {
    DESCRIPTIONS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, d)| *d)
        .unwrap_or("(no description)")
}

/// The whole suite: every program that has both a `.py` file and an entry in
/// `checksums.json`, sorted by name.
#[derive(Debug, Clone)]
pub struct Suite {
    /// The interpreter that recorded the expectations, e.g. `CPython 3.11.7`.
    pub recorded_with: String,
    /// Programs sorted by name.
    pub programs: Vec<Program>,
}

impl Suite {
    /// Load `dir/checksums.json` and match it with the `.py` files in `dir`.
    /// A program file without expectations, or the reverse, is an error: run
    /// `record.py` to bring them in step.
    pub fn load(dir: &Path) -> Result<Suite, String> {
        let manifest_path = dir.join("checksums.json");
        let text = fs::read_to_string(&manifest_path)
            .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
        let manifest: Manifest = serde_json::from_str(&text)
            .map_err(|e| format!("cannot parse {}: {e}", manifest_path.display()))?;
        let mut on_disk = Vec::new();
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if path.extension().and_then(|e| e.to_str()) == Some("py") && stem != "record" {
                on_disk.push(stem.to_string());
            }
        }
        on_disk.sort();
        let mut programs = Vec::new();
        for name in &on_disk {
            let Some(expect) = manifest.programs.get(name) else {
                return Err(format!(
                    "{name}.py has no entry in checksums.json (run programs/record.py)"
                ));
            };
            let path = dir.join(format!("{name}.py"));
            let source = fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            programs.push(Program {
                name: name.clone(),
                iter_times: source.contains("iter-time:"),
                path,
                description: description_of(name),
                expect: expect.clone(),
            });
        }
        if let Some(missing) = manifest.programs.keys().find(|k| !on_disk.contains(k)) {
            return Err(format!(
                "checksums.json lists {missing} but {missing}.py is missing"
            ));
        }
        Ok(Suite {
            recorded_with: manifest.recorded_with,
            programs,
        })
    }

    /// Programs whose name contains any of `filters` (all when `filters` is empty).
    pub fn select(&self, filters: &[String]) -> Vec<Program> {
        self.programs
            .iter()
            .filter(|p| filters.is_empty() || filters.iter().any(|f| p.name.contains(f.as_str())))
            .cloned()
            .collect()
    }

    /// A program by exact name.
    pub fn get(&self, name: &str) -> Option<&Program> {
        self.programs.iter().find(|p| p.name == name)
    }
}

/// Compare a child's stdout with the expectation. Trailing whitespace at the
/// end of the output and `\r\n` line ends are tolerated; everything else must
/// match exactly. On mismatch, returns a short description of the first
/// differing line.
pub fn check_stdout(expected: &str, actual: &str) -> Result<(), String> {
    let norm = |s: &str| s.replace("\r\n", "\n").trim_end().to_string();
    let (e, a) = (norm(expected), norm(actual));
    if e == a {
        return Ok(());
    }
    let mut el = e.lines();
    let mut al = a.lines();
    let mut line = 1;
    loop {
        match (el.next(), al.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (x, y) => {
                let show = |s: Option<&str>| match s {
                    Some(s) => format!("{:?}", truncate(s, 160)),
                    None => "<end of output>".to_string(),
                };
                return Err(format!(
                    "stdout line {line}: expected {}, got {}",
                    show(x),
                    show(y)
                ));
            }
        }
    }
}

/// At most `max` characters of `s`, with an ellipsis when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdout_check() {
        assert!(check_stdout("a\nchecksum: 1\n", "a\nchecksum: 1\n").is_ok());
        assert!(check_stdout("a\nchecksum: 1\n", "a\r\nchecksum: 1").is_ok());
        let err = check_stdout("a\nchecksum: 1\n", "a\nchecksum: 2\n").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        let err = check_stdout("a\nb\n", "a\n").unwrap_err();
        assert!(err.contains("<end of output>"), "{err}");
    }

    #[test]
    fn every_program_is_described() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
        let suite = Suite::load(&dir).expect("suite loads");
        assert!(suite.programs.len() >= 15);
        for p in &suite.programs {
            assert_ne!(p.description, "(no description)", "{}", p.name);
            assert!(p.expected_stdout(p.expect.default_size).is_some());
            assert!(
                p.expected_stdout(p.expect.quick_size).is_some(),
                "{}",
                p.name
            );
            for s in &p.expect.sweep_sizes {
                assert!(p.expected_stdout(*s).is_some(), "{} size {s}", p.name);
            }
        }
        assert_eq!(suite.programs.iter().filter(|p| p.is_scaling()).count(), 3);
        assert!(suite.programs.iter().filter(|p| p.iter_times).count() >= 4);
    }
}
