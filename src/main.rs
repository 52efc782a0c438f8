//! `heron`: the command line, like `python3`'s. It parses options, sets up the interpreter
//! (installing the Cranelift tier unless the JIT is off) and runs the program on a thread with
//! a large stack, so deep re-entry from built-ins into Python stays within the native-depth
//! guard instead of overflowing.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use heron_runtime::run::Program;
use heron_runtime::vm::{Config, JitMode};
use heron_runtime::Vm;

mod alloc;

#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

/// Stack of the interpreter thread (reserved, not committed, until used).
const STACK_SIZE: usize = 1 << 30;

const USAGE: &str = "usage: heron [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option:
         -X jit=off|on|eager   choose the JIT mode (default: on; PYTHON_JIT=0|1 also works)
         -X jit-threshold=N    calls or loop iterations before a function is compiled
         -X jit-stress         force guard exits to exercise deoptimization
         -X jit-log            print compile, deopt and invalidation events
         -X jit-stats          print JIT statistics at exit
         -X jit-dump=clif|asm  print the IR or machine code of compiled functions
         -X perf               write /tmp/perf-<pid>.map for perf
--dis  : print the bytecode of every code object of the file and exit
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Action {
    Run(Program),
    Dis(String),
    Repl,
}

fn parse_args(args: &[String], config: &mut Config) -> Result<Action, String> {
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" => {
                let code = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -c option")?
                    .clone();
                config.argv = std::iter::once("-c".to_string())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                config.path.insert(0, String::new());
                return Ok(Action::Run(Program::Command(code)));
            }
            "-m" => {
                let m = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -m option")?
                    .clone();
                config.argv = std::iter::once(m.clone())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                config.path.insert(
                    0,
                    std::env::current_dir()
                        .map(|d| d.to_string_lossy().to_string())
                        .unwrap_or_default(),
                );
                return Ok(Action::Run(Program::Module(m)));
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (heron {})", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            "-u" => config.unbuffered = true,
            "-X" => {
                let opt = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -X option")?;
                apply_xoption(opt, config)?;
                i += 1;
            }
            "--dis" => {
                let f = args.get(i + 1).ok_or("--dis needs a file")?.clone();
                return Ok(Action::Dis(f));
            }
            "-" => {
                config.argv = std::iter::once("-".to_string())
                    .chain(args[i + 1..].iter().cloned())
                    .collect();
                config.path.insert(0, String::new());
                let mut src = String::new();
                std::io::stdin()
                    .read_to_string(&mut src)
                    .map_err(|e| e.to_string())?;
                return Ok(Action::Run(Program::File {
                    path: "<stdin>".into(),
                    source: src,
                }));
            }
            s if s.starts_with("-X") && s.len() > 2 => apply_xoption(&s[2..], config)?,
            s if s.starts_with('-') && s.len() > 1 => {
                // Options python3 accepts that do not change Heron's behaviour.
                if !matches!(
                    s,
                    "-B" | "-E"
                        | "-s"
                        | "-S"
                        | "-O"
                        | "-OO"
                        | "-q"
                        | "-I"
                        | "-b"
                        | "-bb"
                        | "-d"
                        | "-v"
                ) {
                    return Err(format!("Unknown option: {s}"));
                }
            }
            path => {
                config.argv = args[i..].to_vec();
                let dir = std::path::Path::new(path)
                    .parent()
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_default();
                let dir = if dir.is_empty() {
                    std::env::current_dir()
                        .map(|d| d.to_string_lossy().to_string())
                        .unwrap_or_default()
                } else {
                    std::fs::canonicalize(&dir)
                        .map(|d| d.to_string_lossy().to_string())
                        .unwrap_or(dir)
                };
                config.path.insert(0, dir);
                let source = match std::fs::read(path) {
                    Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                    Err(e) => {
                        let errno = e.raw_os_error().unwrap_or(2);
                        let msg = heron_runtime::vm::misc::strerror(&e);
                        eprintln!(
                            "{}: can't open file '{}': [Errno {}] {}",
                            std::env::args().next().unwrap_or_else(|| "heron".into()),
                            std::fs::canonicalize(".")
                                .map(|d| d.join(path).to_string_lossy().to_string())
                                .unwrap_or_else(|_| path.to_string()),
                            errno,
                            msg
                        );
                        std::process::exit(2);
                    }
                };
                return Ok(Action::Run(Program::File {
                    path: path.to_string(),
                    source,
                }));
            }
        }
        i += 1;
    }
    config.argv = vec![String::new()];
    config.path.insert(0, String::new());
    if std::io::stdin().is_terminal() {
        config.interactive = true;
        return Ok(Action::Repl);
    }
    let mut src = String::new();
    std::io::stdin()
        .read_to_string(&mut src)
        .map_err(|e| e.to_string())?;
    Ok(Action::Run(Program::File {
        path: "<stdin>".into(),
        source: src,
    }))
}

fn apply_xoption(opt: &str, config: &mut Config) -> Result<(), String> {
    let (name, value) = match opt.split_once('=') {
        Some((n, v)) => (n, Some(v.to_string())),
        None => (opt, None),
    };
    match (name, value.as_deref()) {
        ("jit", Some("off")) => config.jit = JitMode::Off,
        ("jit", Some("on")) | ("jit", None) => config.jit = JitMode::On,
        ("jit", Some("eager")) => config.jit = JitMode::Eager,
        ("jit", Some(v)) => {
            return Err(format!(
                "-X jit: unknown mode '{v}' (expected off, on or eager)"
            ))
        }
        ("jit-threshold", Some(v)) => {
            config.jit_threshold = v
                .parse()
                .map_err(|_| format!("-X jit-threshold: not a number: {v}"))?
        }
        ("jit-stress", _) => {
            config.jit_stress = true;
            if config.jit == JitMode::Off {
                config.jit = JitMode::Eager;
            }
        }
        _ => {}
    }
    config.xoptions.push((name.to_string(), value));
    Ok(())
}

fn main() -> ExitCode {
    heron_runtime::run::prefer_small_pages();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut config = Config::default();
    if let Ok(v) = std::env::var("PYTHON_JIT") {
        config.jit = if v == "0" { JitMode::Off } else { JitMode::On };
    } else {
        config.jit = JitMode::On;
    }
    if let Ok(p) = std::env::var("PYTHONPATH") {
        config
            .path
            .extend(p.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    if std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
        config.unbuffered = true;
    }
    let action = match parse_args(&args, &mut config) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let child = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(action, config));
    let status = match child.map(|h| h.join()) {
        Ok(Ok(s)) => s,
        _ => 70,
    };
    ExitCode::from(status as u8)
}

/// Installs the Cranelift tier (it decides from the `-X jit` mode whether to compile; see
/// docs/jit.md).
fn install_tier2(vm: &mut Vm) {
    heron_jit::install(vm);
}

fn run(action: Action, config: Config) -> i32 {
    match action {
        Action::Dis(path) => heron_runtime::run::disassemble_file(&path),
        Action::Run(program) => {
            let mut vm = Vm::new(config);
            install_tier2(&mut vm);
            vm.run_main(program)
        }
        Action::Repl => {
            let mut vm = Vm::new(config);
            install_tier2(&mut vm);
            heron_runtime::repl::run(&mut vm)
        }
    }
}
