//! The Python runtimes under comparison: the built-in set (heron-jit,
//! heron-interp, cpython, pypy3 when on PATH), extras from `--runtime` and
//! `HERON_BENCH_RUNTIMES`, availability checks and version strings.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::Serialize;

/// Name of the baseline runtime that speed-ups are measured against.
pub const BASELINE: &str = "cpython";
/// Name of Heron with the JIT on.
pub const HERON_JIT: &str = "heron-jit";
/// Name of Heron with the JIT off.
pub const HERON_INTERP: &str = "heron-interp";

/// A runtime: a name and the command line that runs a program (the program
/// path and size are appended).
#[derive(Debug, Clone, Serialize)]
pub struct Runtime {
    /// Short name used in reports, e.g. `heron-jit`.
    pub name: String,
    /// Command and leading arguments.
    pub command: Vec<String>,
    /// Heron runtimes (name starts with `heron`) get an extra `-X jit-stats` run.
    pub is_heron: bool,
    /// Why the runtime cannot be used, if it cannot.
    pub missing: Option<String>,
    /// First line of `<command> --version`, when available.
    pub version: Option<String>,
    /// For the built-in CPython and PyPy: replace the command's executable by
    /// the interpreter's own `sys.executable`, so that launcher shims (pyenv
    /// and the like) do not add their start-up time to every run.
    #[serde(skip)]
    pub resolve_python: bool,
    /// The executable actually run, when it was resolved that way.
    pub resolved: Option<String>,
}

impl Runtime {
    /// A runtime from a name and a command line (split like a shell would,
    /// honouring single and double quotes, no expansions).
    pub fn new(name: &str, command: &str) -> Result<Runtime, String> {
        let command = split_command(command)?;
        if command.is_empty() {
            return Err(format!("runtime {name}: empty command"));
        }
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(format!("bad runtime name {name:?}"));
        }
        Ok(Runtime {
            name: name.to_string(),
            is_heron: name.starts_with("heron"),
            command,
            missing: None,
            version: None,
            resolve_python: false,
            resolved: None,
        })
    }

    /// Whether the runtime's executable was found.
    pub fn available(&self) -> bool {
        self.missing.is_none()
    }

    /// Check that the executable exists and record its version.
    pub fn probe(&mut self) {
        match find_executable(&self.command[0]) {
            None => self.missing = Some(format!("{} not found", self.command[0])),
            Some(_) => {
                self.missing = None;
                self.version = query_version(&self.command);
                if self.resolve_python {
                    self.resolve_executable();
                }
            }
        }
    }

    fn resolve_executable(&mut self) {
        let mut probe = self.command.clone();
        probe.extend([
            "-c".to_string(),
            "import sys; print(sys.executable)".to_string(),
        ]);
        let Some(exe) = first_line_of(&probe, false) else {
            return;
        };
        if exe != self.command[0] && find_executable(&exe).is_some() {
            self.resolved = Some(exe);
        }
    }

    /// The command line to run: `command` with the resolved executable, if any.
    pub fn argv_prefix(&self) -> Vec<String> {
        let mut argv = self.command.clone();
        if let Some(exe) = &self.resolved {
            argv[0] = exe.clone();
        }
        argv
    }

    /// The command as one string for reports, with `root` shown as `.` so
    /// reports carry no machine-specific paths.
    pub fn display_command(&self, root: &Path) -> String {
        self.command
            .iter()
            .map(|part| match Path::new(part).strip_prefix(root) {
                Ok(rest) if root.is_absolute() => format!("./{}", rest.display()),
                _ => part.clone(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Split a command line into words: whitespace separates, single and double
/// quotes group, backslash escapes the next character outside single quotes.
pub fn split_command(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(ch) => cur.push(ch),
                        None => return Err(format!("unclosed ' in {s:?}")),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(ch) => cur.push(ch),
                            None => return Err(format!("trailing \\ in {s:?}")),
                        },
                        Some(ch) => cur.push(ch),
                        None => return Err(format!("unclosed \" in {s:?}")),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(ch) => {
                    in_word = true;
                    cur.push(ch);
                }
                None => return Err(format!("trailing \\ in {s:?}")),
            },
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// Parse `name=command` (as given to `--runtime`).
pub fn parse_runtime_spec(spec: &str) -> Result<Runtime, String> {
    let (name, command) = spec
        .split_once('=')
        .ok_or_else(|| format!("--runtime expects NAME=COMMAND, got {spec:?}"))?;
    Runtime::new(name.trim(), command)
}

/// Parse `HERON_BENCH_RUNTIMES`: `name=cmd;name2=cmd2` (empty items ignored).
pub fn parse_runtime_env(value: &str) -> Result<Vec<Runtime>, String> {
    value
        .split(';')
        .filter(|item| !item.trim().is_empty())
        .map(parse_runtime_spec)
        .collect()
}

/// Where `program` would be run from: itself if it contains a `/`, else the
/// first executable match on PATH.
pub fn find_executable(program: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let is_exec = |p: &Path| {
        p.metadata()
            .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
            .unwrap_or(false)
    };
    if program.contains('/') {
        let p = PathBuf::from(program);
        return is_exec(&p).then_some(p);
    }
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| is_exec(p))
}

/// First non-empty line of `<command> --version` (stdout, else stderr).
fn query_version(command: &[String]) -> Option<String> {
    let mut argv = command.to_vec();
    argv.push("--version".into());
    first_line_of(&argv, true)
}

/// First non-empty line printed by `argv` (stdout, else stderr when
/// `or_stderr`), waiting at most a few seconds; `None` on failure.
fn first_line_of(argv: &[String], or_stderr: bool) -> Option<String> {
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
    let out = child.wait_with_output().ok()?;
    let text = if out.stdout.iter().any(|b| !b.is_ascii_whitespace()) || !or_stderr {
        out.stdout
    } else {
        out.stderr
    };
    String::from_utf8_lossy(&text)
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| crate::programs::truncate(l, 200))
}

/// The runtimes to compare, in report order: heron-jit, heron-interp,
/// cpython, pypy3 (only when on PATH), then extras. An extra with the name of
/// a built-in replaces it; `--runtime` extras override env ones.
pub fn build_runtimes(heron: &Path, extras: &[Runtime]) -> Vec<Runtime> {
    let heron = heron.to_string_lossy().into_owned();
    let mut list = vec![
        Runtime {
            name: HERON_JIT.into(),
            command: vec![heron.clone(), "-X".into(), "jit=on".into()],
            is_heron: true,
            missing: None,
            version: None,
            resolve_python: false,
            resolved: None,
        },
        Runtime {
            name: HERON_INTERP.into(),
            command: vec![heron, "-X".into(), "jit=off".into()],
            is_heron: true,
            missing: None,
            version: None,
            resolve_python: false,
            resolved: None,
        },
        Runtime {
            resolve_python: true,
            ..Runtime::new(BASELINE, "python3").expect("static command")
        },
    ];
    if find_executable("pypy3").is_some() {
        list.push(Runtime {
            resolve_python: true,
            ..Runtime::new("pypy3", "pypy3").expect("static command")
        });
    }
    for extra in extras {
        match list.iter_mut().find(|r| r.name == extra.name) {
            Some(slot) => *slot = extra.clone(),
            None => list.push(extra.clone()),
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitting() {
        assert_eq!(split_command("python3").unwrap(), ["python3"]);
        assert_eq!(
            split_command("  heron -X  jit=on ").unwrap(),
            ["heron", "-X", "jit=on"]
        );
        assert_eq!(
            split_command(r#"a 'b c' "d \"e\"" f\ g"#).unwrap(),
            ["a", "b c", "d \"e\"", "f g"]
        );
        assert_eq!(split_command("x ''").unwrap(), ["x", ""]);
        assert!(split_command("'open").is_err());
    }

    #[test]
    fn specs() {
        let r = parse_runtime_spec("heron-jit=python3 -X dev").unwrap();
        assert_eq!(r.name, "heron-jit");
        assert!(r.is_heron);
        assert_eq!(r.command, ["python3", "-X", "dev"]);
        assert!(parse_runtime_spec("nocommand").is_err());
        let list = parse_runtime_env("a=python3; ;b=python3 -S;").unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].command, ["python3", "-S"]);
        assert!(!list[0].is_heron);
    }

    #[test]
    fn extras_replace_builtins() {
        let extra = parse_runtime_spec("cpython=python3.11").unwrap();
        let list = build_runtimes(Path::new("target/release/heron"), &[extra]);
        let cp = list.iter().find(|r| r.name == BASELINE).unwrap();
        assert_eq!(cp.command, ["python3.11"]);
        assert_eq!(list[0].name, HERON_JIT);
        assert_eq!(list[0].command[1..], ["-X", "jit=on"]);
    }

    #[test]
    fn command_display_hides_root() {
        let r = Runtime::new("heron-jit", "/some/root/target/release/heron -X jit=on").unwrap();
        assert_eq!(
            r.display_command(Path::new("/some/root")),
            "./target/release/heron -X jit=on"
        );
    }
}
