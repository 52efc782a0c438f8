//! Lowering tests on text: each `jit/tests/lowering/<case>.py` runs in the interpreter (to
//! build up the type feedback a real run would have), then the functions named on its
//! `# lower:` line are compiled and their listing — block kinds, the plan of every
//! instruction, the exits (guards) — is compared with `<case>.txt`.
//!
//! Regenerate the expectations with `HERON_BLESS=1 cargo test -p heron-jit --test lowering`
//! and read the diff: it is the change in generated code.

use std::path::{Path, PathBuf};

use heron_jit::listing::listing;
use heron_jit::options::Options;
use heron_jit::tier::JitTier;
use heron_runtime::value::Value;
use heron_runtime::vm::{Config, JitMode};
use heron_runtime::Vm;

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lowering");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("lowering case directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

fn run_case(path: &Path) -> String {
    let source = std::fs::read_to_string(path).expect("case source");
    let names: Vec<String> = source
        .lines()
        .find_map(|l| l.strip_prefix("# lower:"))
        .expect("a `# lower: f, g` line")
        .split(',')
        .map(|s| s.trim().to_string())
        .collect();
    let config = Config {
        jit: JitMode::Off,
        ..Config::default()
    };
    let mut vm = Vm::new(config);
    let main = vm.new_module("__main__");
    let bm = Value::Obj(vm.builtins_module.clone());
    vm.module_set(&main, "__builtins__", bm);
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    if let Err(e) = vm.compile_and_run(&source, &file, &main) {
        let text = vm.format_exception(&e.0);
        panic!("{file} raised: {text}");
    }
    // Eager: list every function's lowering, even code mode `on` leaves to the interpreter
    // for having too little to specialise (that decision has its own unit test).
    let opts = Options {
        mode: JitMode::Eager,
        ..Options::from_config(&vm.config)
    };
    let tier = JitTier::new(&mut vm, opts).expect("tier");
    let globals = main.get_dict().expect("module dict");
    let mut out = String::new();
    for n in names {
        let mut parts = n.split('.');
        let first = parts.next().expect("a name");
        let mut f = heron_runtime::vm::ops::dict_get_str(&mut vm, &globals, first)
            .unwrap_or_else(|| panic!("{file}: no global {first}"));
        for attr in parts {
            f = vm
                .getattr_str(&f, attr)
                .unwrap_or_else(|_| panic!("{file}: no attribute {attr} in {n}"));
        }
        let fo = f.as_obj().expect("function object").clone();
        match listing(&tier, &vm, &fo) {
            Ok(s) => out.push_str(&s),
            Err(d) => out.push_str(&format!("function {n}: declined: {}\n", d.0)),
        }
        out.push('\n');
    }
    out
}

#[test]
fn lowering_listings() {
    let bless = std::env::var_os("HERON_BLESS").is_some();
    let mut failures = Vec::new();
    for case in cases() {
        let got = run_case(&case);
        let expected_path = case.with_extension("txt");
        if bless {
            std::fs::write(&expected_path, &got).expect("write expectation");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            let first = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{}: differs at line {}\n  expected: {:?}\n  got:      {:?}",
                case.display(),
                first + 1,
                expected.lines().nth(first).unwrap_or("<end>"),
                got.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "lowering listings changed (HERON_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}
