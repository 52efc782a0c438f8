//! Unit tests of the compiler: every golden program (and a few more) compiles to code that
//! passes the structural validator; no prefix of a program makes the compiler panic; code
//! object attributes and compile errors match CPython 3.11's.
//!
//! The golden disassemblies themselves are compared in `runtime/tests/golden.rs`.

mod errors;
mod validate;

use std::rc::Rc;

use super::{compile, Mode};
use crate::bytecode::{CodeObject, Const};

/// The golden programs (`runtime/tests/golden/*.py`).
pub(crate) const CORPUS: &[(&str, &str)] = &[
    (
        "annotations_mod",
        include_str!("../../../tests/golden/annotations_mod.py"),
    ),
    ("asserts", include_str!("../../../tests/golden/asserts.py")),
    ("assign", include_str!("../../../tests/golden/assign.py")),
    (
        "bool_jumps",
        include_str!("../../../tests/golden/bool_jumps.py"),
    ),
    ("calls", include_str!("../../../tests/golden/calls.py")),
    ("classes", include_str!("../../../tests/golden/classes.py")),
    (
        "closures",
        include_str!("../../../tests/golden/closures.py"),
    ),
    (
        "comprehensions",
        include_str!("../../../tests/golden/comprehensions.py"),
    ),
    (
        "constants",
        include_str!("../../../tests/golden/constants.py"),
    ),
    ("control", include_str!("../../../tests/golden/control.py")),
    (
        "delete_stmt",
        include_str!("../../../tests/golden/delete_stmt.py"),
    ),
    (
        "displays",
        include_str!("../../../tests/golden/displays.py"),
    ),
    (
        "docstrings",
        include_str!("../../../tests/golden/docstrings.py"),
    ),
    (
        "exceptions",
        include_str!("../../../tests/golden/exceptions.py"),
    ),
    (
        "fstrings",
        include_str!("../../../tests/golden/fstrings.py"),
    ),
    (
        "functions",
        include_str!("../../../tests/golden/functions.py"),
    ),
    (
        "future_annotations",
        include_str!("../../../tests/golden/future_annotations.py"),
    ),
    (
        "generators",
        include_str!("../../../tests/golden/generators.py"),
    ),
    (
        "globals_nonlocal",
        include_str!("../../../tests/golden/globals_nonlocal.py"),
    ),
    ("imports", include_str!("../../../tests/golden/imports.py")),
    (
        "interactive",
        include_str!("../../../tests/golden/interactive.py"),
    ),
    ("lambdas", include_str!("../../../tests/golden/lambdas.py")),
    (
        "nested_try",
        include_str!("../../../tests/golden/nested_try.py"),
    ),
    (
        "operators",
        include_str!("../../../tests/golden/operators.py"),
    ),
    ("scopes", include_str!("../../../tests/golden/scopes.py")),
    (
        "super_calls",
        include_str!("../../../tests/golden/super_calls.py"),
    ),
    (
        "unpacking",
        include_str!("../../../tests/golden/unpacking.py"),
    ),
    (
        "with_stmt",
        include_str!("../../../tests/golden/with_stmt.py"),
    ),
];

/// Extra programs exercising corners the golden files do not.
const EXTRA: &[&str] = &[
    "while x:\n    if y:\n        continue\n    z()\nelse:\n    w()\n",
    "def f():\n    for a in b:\n        try:\n            return a\n        finally:\n            break\n",
    "def f():\n    with a as b, c as d:\n        try:\n            return b\n        except E as e:\n            raise\n",
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\n    x = yield from h()\n    return x\n",
    "class A:\n    def f(self):\n        return [super().f() for _ in range(2)]\n",
    "def f(a, /, b, *c, d=1, **e):\n    def g():\n        nonlocal a\n        a += b\n        return a, c, d, e\n    return g\n",
    "x = [[y := i for i in range(3)] for j in range(2)]\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x, __class__\n    return C\n",
    "for i in range(3):\n    for j in range(3):\n        if i == j:\n            break\n    else:\n        continue\n    break\n",
    "a = b if c else d if e else f\nx = not (a is b)\ny = not a in b\nz = a < b < c < d\n",
    "try:\n    pass\nexcept (A, B):\n    pass\nexcept C as c:\n    del c\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
    "f(*a, *b, c=1, **d, e=2)\nf()\n",
    "def f():\n    return\n    x = 1\n",
    "x = f'{a!r:{b}.{c}}' f'{d=}' 'e'\n",
    "assert x, (y for y in z)\n",
    "del a, (b, [c, d.e]), f[1:2, 3]\n",
    "@a.b(c)\n@d\nclass E(F, *G, metaclass=H, **I):\n    pass\n",
    "lambda: (yield)\nlambda *a, **k: (a, k)\n",
    "x = {**a, 'b': 1, **c}\ny = {*a, 1, *b}\nz = [*a, *b]\n",
    "with a:\n    with b:\n        pass\n",
];

/// Compiles a program that must compile, validating the result.
pub(crate) fn compile_valid(src: &str, mode: Mode) -> Rc<CodeObject> {
    let code = match compile(src, "t.py", mode) {
        Ok(c) => c,
        Err(e) => panic!("failed to compile {src:?}: {e:?}"),
    };
    if let Err(e) = validate::validate(&code) {
        panic!(
            "invalid code for {src:?}: {e}\n{}",
            crate::bytecode::dis::disassemble(&code)
        );
    }
    code
}

fn mode_for(name: &str) -> Mode {
    if name.starts_with("interactive") {
        Mode::Single
    } else {
        Mode::Exec
    }
}

#[test]
fn corpus_compiles_to_valid_code() {
    for (name, src) in CORPUS {
        let _ = name;
        compile_valid(src, mode_for(name));
    }
    for src in EXTRA {
        compile_valid(src, Mode::Exec);
    }
}

#[test]
fn no_prefix_panics() {
    // Every prefix (cut at a char boundary) of a few programs, in every mode: errors are
    // fine, panics are not.
    let programs: Vec<&str> = CORPUS
        .iter()
        .map(|(_, s)| *s)
        .filter(|s| s.len() < 2000)
        .take(6)
        .chain(EXTRA.iter().copied().take(8))
        .collect();
    for src in programs {
        for (i, _) in src.char_indices().chain(std::iter::once((src.len(), ' '))) {
            let prefix = &src[..i];
            for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
                if let Ok(code) = compile(prefix, "p.py", mode) {
                    if let Err(e) = validate::validate(&code) {
                        panic!("invalid code for prefix {prefix:?}: {e}");
                    }
                }
            }
        }
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let deep_parens = format!("x = {}1{}", "(".repeat(300), ")".repeat(300));
    let deep_unary = format!("x = {}1", "-".repeat(5000));
    let deep_if = (0..120)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>();
    let long_chain = format!("x = {}1", "1 + ".repeat(3000));
    let inputs = [
        "",
        "\n",
        "\\",
        "(",
        ")",
        "'",
        "\"\"\"",
        "\0",
        "\t\tx",
        " \x0c x",
        "x = 1 if",
        "lambda",
        "@",
        "def f(",
        "class",
        "f'{",
        "f'{x!'",
        "f'{x:{'",
        "0x",
        "1e",
        "1_",
        "09",
        "é",
        "\u{feff}x = 1",
        "x = '\\N{",
        "b'\\xff\\u'",
        "\r\n\r\n",
        "if x:\r  y\r",
        deep_parens.as_str(),
        deep_unary.as_str(),
        deep_if.as_str(),
        long_chain.as_str(),
    ];
    for src in inputs {
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            if let Ok(code) = compile(src, "odd.py", mode) {
                validate::validate(&code)
                    .unwrap_or_else(|e| panic!("invalid code for {src:?}: {e}"));
            }
        }
    }
}

fn strs(v: &[Rc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

fn nested<'a>(code: &'a CodeObject, name: &str) -> &'a CodeObject {
    code.consts
        .iter()
        .find_map(|c| match c {
            Const::Code(k) if &*k.name == name => Some(&**k),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no nested code object {name}"))
}

#[test]
fn code_attributes_match_cpython() {
    // The values CPython 3.11 prints for tests/cases/functions/code_attrs.py.
    let src = "def outer(x):\n    y = 1\n    def inner(a, b, /, c, *args, d, **kw):\n        z = x + y + a\n        return len(z) + helper\n    return inner\n";
    let m = compile_valid(src, Mode::Exec);
    let outer = nested(&m, "outer");
    let inner = nested(outer, "inner");
    assert_eq!(&*inner.qualname, "outer.<locals>.inner");
    assert_eq!(
        (inner.argcount, inner.posonlyargcount, inner.kwonlyargcount),
        (3, 2, 1)
    );
    assert_eq!(
        strs(&inner.varnames),
        ["a", "b", "c", "d", "args", "kw", "z"]
    );
    assert_eq!(strs(&inner.freevars), ["x", "y"]);
    assert!(inner.cellvars.is_empty());
    assert_eq!(strs(&inner.names), ["len", "helper"]);
    assert_eq!(strs(&outer.varnames), ["x", "inner"]);
    assert_eq!(strs(&outer.cellvars), ["x", "y"]);
    assert_eq!(outer.cell2arg, [Some(0), None]);
    // A function without a docstring has None as its first constant.
    let f = nested(
        &compile_valid("def func():\n    pass\n", Mode::Exec),
        "func",
    )
    .clone();
    assert_eq!(f.consts, [Const::None]);
    let d = nested(
        &compile_valid("def f():\n    'doc'\n    return 1\n", Mode::Exec),
        "f",
    )
    .clone();
    assert_eq!(d.consts, [Const::Str("doc".into()), Const::Int(1)]);
    assert_eq!(d.doc.as_deref(), Some("doc"));
    let s = nested(
        &compile_valid(
            "def simple(p, q=1):\n    r = p + q\n    return r\n",
            Mode::Exec,
        ),
        "simple",
    )
    .clone();
    assert_eq!(strs(&s.varnames), ["p", "q", "r"]);
    assert_eq!(s.flags, 3);
}

#[test]
fn eval_and_single_modes() {
    let e = compile_valid("1 + x", Mode::Eval);
    assert_eq!(e.consts, [Const::Int(1)]);
    let dis = crate::bytecode::dis::disassemble(&e);
    assert!(dis.contains("RETURN_VALUE"), "{dis}");
    let s = compile_valid("x + 1; y", Mode::Single);
    let dis = crate::bytecode::dis::disassemble(&s);
    assert_eq!(dis.matches("PRINT_EXPR").count(), 2, "{dis}");
}

#[test]
fn big_integer_literals() {
    let c = compile_valid(
        "x = 0xFFFF_FFFF_FFFF_FFFF_FF\ny = 10 ** 30\nz = -9223372036854775808",
        Mode::Exec,
    );
    let big = |s: &str| Const::BigInt(s.parse().unwrap());
    assert!(c.consts.contains(&big("4722366482869645213695")));
    assert!(c.consts.contains(&big("1000000000000000000000000000000")));
    assert!(c.consts.contains(&Const::Int(i64::MIN)));
}

/// Every program of the differential corpus (`tests/cases`) that compiles must pass the
/// validator. Slow-ish, so opt-in: `cargo test -p heron-runtime -- --ignored corpus_wide`.
#[test]
#[ignore]
fn corpus_wide_validation() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases");
    let mut files = Vec::new();
    walk(&root, &mut files);
    assert!(!files.is_empty(), "no corpus under {}", root.display());
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        if let Ok(code) = compile(&src, "c.py", Mode::Exec) {
            if let Err(e) = validate::validate(&code) {
                panic!("{}: {e}", f.display());
            }
        }
    }
}
