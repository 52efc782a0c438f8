//! Golden tests of the compiler's output and of the bytecode reference.
//!
//! - `golden_disassembly`: every `tests/golden/NAME.py` is compiled (in `single` mode when the
//!   name starts with `interactive`, else `exec`) and disassembled; the listing must equal
//!   `tests/golden/NAME.dis`.
//! - `bytecode_reference_is_current`: the instruction reference in
//!   `docs/internals/bytecode.md` (between the GENERATED markers) must equal what the opcode
//!   table generates.
//!
//! After an intended change, regenerate both with `HERON_BLESS=1 cargo test --test golden`
//! and review the diff.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use heron_runtime::bytecode::dis::disassemble;
use heron_runtime::bytecode::opcodes::{ArgKind, Op};
use heron_runtime::compiler::{compile, Mode};

fn bless() -> bool {
    std::env::var_os("HERON_BLESS").is_some_and(|v| v == "1")
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// The first line where two texts differ, for a readable failure.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (
            e.get(i).copied().unwrap_or("<end>"),
            a.get(i).copied().unwrap_or("<end>"),
        );
        if x != y {
            return format!("line {}:\n  expected: {x}\n  actual:   {y}", i + 1);
        }
    }
    "(no difference)".into()
}

#[test]
fn golden_disassembly() {
    let dir = golden_dir();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(
        programs.len() >= 25,
        "expected at least 25 golden programs, found {}",
        programs.len()
    );
    let mut failures = Vec::new();
    for py in &programs {
        let name = py
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let src = std::fs::read_to_string(py).expect("readable golden program");
        let mode = if name.starts_with("interactive") {
            Mode::Single
        } else {
            Mode::Exec
        };
        let code = match compile(&src, &format!("{name}.py"), mode) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{name}: does not compile: {e}"));
                continue;
            }
        };
        let actual = disassemble(&code);
        let dis = py.with_extension("dis");
        let expected = std::fs::read_to_string(&dis).unwrap_or_default();
        if actual != expected {
            if bless() {
                std::fs::write(&dis, &actual).expect("write .dis");
            } else {
                failures.push(format!("{name}: {}", first_difference(&expected, &actual)));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "golden disassemblies differ (HERON_BLESS=1 to regenerate):\n{}",
        failures.join("\n")
    );
}

const BEGIN: &str = "<!-- BEGIN GENERATED: instruction reference (runtime/tests/golden.rs) -->";
const END: &str = "<!-- END GENERATED: instruction reference -->";

/// A stack effect as text: a formula in the argument `n` when it is affine, with the effect
/// when a jump is taken if that differs.
fn effect_text(op: Op) -> String {
    let probes = [0u32, 1, 2, 3, 5, 256, 0x0203, 0x0105];
    let formula = |jump: bool| -> Option<String> {
        let e0 = op.stack_effect(0, jump);
        let k = op.stack_effect(1, jump) - e0;
        if probes
            .iter()
            .all(|&a| op.stack_effect(a, jump) == e0 + k * a as i32)
        {
            Some(match (e0, k) {
                (e, 0) => format!("{e:+}"),
                (0, 1) => "+n".into(),
                (0, -1) => "−n".into(),
                (0, k) => format!("{k:+}·n"),
                (e, 1) => format!("{e:+} + n"),
                (e, -1) => format!("{e:+} − n"),
                (e, k) if k > 0 => format!("{e:+} + {k}·n"),
                (e, k) => format!("{e:+} − {}·n", -k),
            })
        } else {
            None
        }
    };
    // Effects that are not affine in the argument.
    let special = match op.base() {
        Op::LOAD_GLOBAL => Some("+1, +2 with the NULL bit"),
        Op::CALL_FUNCTION_EX => Some("−2, −3 with kwargs (`n & 1`)"),
        Op::MAKE_FUNCTION => Some("−(number of flag bits set)"),
        Op::FORMAT_VALUE => Some("+0, −1 with a spec (`n & 4`)"),
        Op::UNPACK_EX => Some("(`n & 0xff`) + (`n >> 8`)"),
        _ => None,
    };
    if let Some(text) = special {
        return text.into();
    }
    let plain = formula(false).unwrap_or_else(|| "see description".into());
    if op.arg_kind() == ArgKind::Jump {
        let jumped = formula(true).unwrap_or_else(|| "see description".into());
        if jumped != plain {
            return format!("{plain} (jump: {jumped})");
        }
    }
    plain
}

fn arg_kind_text(k: ArgKind) -> &'static str {
    match k {
        ArgKind::None => "—",
        ArgKind::Count => "number",
        ArgKind::Const => "`co_consts` index",
        ArgKind::Name => "`co_names` index",
        ArgKind::GlobalName => "`co_names` index × 2 + NULL bit",
        ArgKind::Local => "`co_varnames` index",
        ArgKind::Deref => "localsplus index",
        ArgKind::Jump => "absolute target (word)",
        ArgKind::CmpOp => "comparison",
        ArgKind::BinOp => "binary operator",
    }
}

/// The generated instruction reference.
fn instruction_reference() -> String {
    let mut out = String::new();
    let generic: Vec<Op> = Op::ALL.iter().copied().filter(|o| o.base() == *o).collect();
    let special: Vec<Op> = Op::ALL.iter().copied().filter(|o| o.base() != *o).collect();
    out.push_str("### Instructions the compiler emits\n\n");
    out.push_str("| # | name | argument | cache words | stack effect |\n|---|---|---|---|---|\n");
    for op in &generic {
        let _ = writeln!(
            out,
            "| {} | [`{}`](#{}) | {} | {} | {} |",
            *op as u8,
            op.name(),
            op.name().to_lowercase(),
            arg_kind_text(op.arg_kind()),
            op.cache_words(),
            effect_text(*op)
        );
    }
    out.push('\n');
    for op in &generic {
        let _ = writeln!(out, "#### {}\n", op.name());
        for line in op.doc().lines() {
            let _ = writeln!(out, "{}", line.trim());
        }
        out.push('\n');
    }
    out.push_str("### Specialised forms\n\n");
    out.push_str("Written in place of a generic instruction by the interpreter's specialiser ");
    out.push_str("(never by the compiler); same argument, cache and stack effect as the base.\n\n");
    out.push_str("| # | name | base | meaning |\n|---|---|---|---|\n");
    for op in &special {
        let doc = op
            .doc()
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(
            out,
            "| {} | `{}` | `{}` | {} |",
            *op as u8,
            op.name(),
            op.base().name(),
            doc.replace('|', "\\|")
        );
    }
    out
}

#[test]
fn bytecode_reference_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/internals/bytecode.md");
    let text = std::fs::read_to_string(&path).expect("docs/internals/bytecode.md exists");
    let (Some(b), Some(e)) = (text.find(BEGIN), text.find(END)) else {
        panic!("docs/internals/bytecode.md lacks the GENERATED markers");
    };
    let current = &text[b + BEGIN.len()..e];
    let wanted = format!("\n\n{}\n", instruction_reference());
    if current != wanted {
        if bless() {
            let new = format!("{}{}{}{}", &text[..b], BEGIN, wanted, &text[e..]);
            std::fs::write(&path, new).expect("write bytecode.md");
        } else {
            panic!(
                "docs/internals/bytecode.md is out of date (HERON_BLESS=1 to regenerate): {}",
                first_difference(current, &wanted)
            );
        }
    }
}
