//! The `ast` module (= CPython 3.11's `Lib/ast.py` over `_ast`): `ast.parse` converts ruff's
//! tree (parsed by the compiler's front end, with CPython's syntax errors) into Python node
//! objects; the node classes, `dump`, `literal_eval`, `walk`, `NodeVisitor`,
//! `NodeTransformer` and friends are Python source (`pylib/ast.py`) run at module creation.

mod convert;

use crate::compiler::{parse_only, Mode, Parsed, SourceMap};
use crate::object::PyRef;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

const SOURCE: &str = include_str!("pylib/ast.py");

/// `_parse(source, filename, mode)`: the tree in the intermediate tuple form of `convert.rs`.
fn parse_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let arg = |i: usize| a.args.get(i).and_then(|v| v.as_str().map(str::to_string));
    let Some(source) = arg(0) else {
        return Err(vm.type_error("ast._parse: source must be str"));
    };
    let filename = arg(1).unwrap_or_else(|| "<unknown>".to_string());
    let mode_s = arg(2).unwrap_or_else(|| "exec".to_string());
    let mode = match mode_s.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let map = SourceMap::new(&source, &filename);
    let parsed = match parse_only(&map, mode) {
        Ok(p) => p,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    let mut c = convert::Conv { vm, map: &map };
    let out = match &parsed {
        Parsed::Module(m) => {
            let body = c.body(&m.body);
            let ti = c.vm.new_list(vec![]);
            let name = if mode == Mode::Single {
                "Interactive"
            } else {
                "Module"
            };
            let fields = if mode == Mode::Single {
                vec![body]
            } else {
                vec![body, ti]
            };
            let n = c.vm.new_str(name);
            let f = c.vm.new_tuple(fields);
            c.vm.new_tuple(vec![n, f, Value::None])
        }
        Parsed::Expression(e) => {
            let body = c.expr(&e.body);
            let n = c.vm.new_str("Expression");
            let f = c.vm.new_tuple(vec![body]);
            c.vm.new_tuple(vec![n, f, Value::None])
        }
    };
    Ok(out)
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("ast");
    let f = vm.new_builtin_fn("ast", "_parse", parse_fn);
    vm.module_set(&m, "_parse", f);
    vm.compile_and_run(SOURCE, "<frozen ast>", &m)?;
    Ok(m)
}
