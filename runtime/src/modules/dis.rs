//! The `dis` module: Heron's disassembler exposed to Python (= CPython 3.11's `Lib/dis.py`).
//!
//! The Rust side supplies the opcode table (from [`Op::ALL`], the one table), the listing
//! (`crate::bytecode::dis::disassemble`) and the decoded instructions of a code object; the
//! Python side (`pylib/dis.py`, run at module creation) resolves what `dis.dis(x)` was given
//! into a code object and builds `Instruction`, `Bytecode`, `get_instructions`, `code_info`.

use crate::bytecode::dis::{disassemble, instruction_argrepr};
use crate::bytecode::opcodes::{decode, ArgKind, Op};
use crate::bytecode::CodeObject;
use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

const SOURCE: &str = include_str!("pylib/dis.py");

fn code_arg(vm: &mut Vm, a: &Args) -> PyResult<std::rc::Rc<CodeObject>> {
    match a.args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Code(cd) => Ok(cd.code.clone()),
            _ => Err(vm.type_error("expected a code object")),
        },
        _ => Err(vm.type_error("expected a code object")),
    }
}

/// `_disassemble(code)`: the full listing of a code object and its nested code objects.
fn disassemble_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = code_arg(vm, &a)?;
    Ok(vm.new_str(disassemble(&code)))
}

/// `_disassemble_one(code)`: the listing of one code object (no nested ones).
fn disassemble_one_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = code_arg(vm, &a)?;
    let mut out = String::new();
    crate::bytecode::dis::disassemble_one(&code, &mut out);
    Ok(vm.new_str(out))
}

fn kind_name(k: ArgKind) -> &'static str {
    match k {
        ArgKind::None => "none",
        ArgKind::Count => "count",
        ArgKind::Const => "const",
        ArgKind::Name => "name",
        ArgKind::GlobalName => "global",
        ArgKind::Local => "local",
        ArgKind::Deref => "deref",
        ArgKind::Jump => "jump",
        ArgKind::CmpOp => "cmpop",
        ArgKind::BinOp => "binop",
    }
}

/// `_instructions(code)`: a list of tuples
/// `(opname, opcode, arg, kind, argrepr, offset, starts_line, is_jump_target)`.
fn instructions_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = code_arg(vm, &a)?;
    let mut raw = Vec::new();
    let mut i = 0;
    while i < code.code.len() {
        let (opnum, arg) = decode(code.code[i]);
        let op = Op::from_u8(opnum);
        raw.push((i, opnum, op, arg));
        i += 1 + op.map_or(0, |o| o.cache_words());
    }
    let mut targets = std::collections::HashSet::new();
    for &(_, _, op, arg) in &raw {
        if op.is_some_and(|o| o.arg_kind() == ArgKind::Jump) {
            targets.insert(arg as usize);
        }
    }
    for e in &code.exception_table {
        targets.insert(e.target as usize);
    }
    let mut last: Option<u32> = None;
    let mut rows = Vec::with_capacity(raw.len());
    for (off, opnum, op, arg) in raw {
        let start = match code.positions.get(off) {
            Some(p) if (p.line != 0 || p.end_line != 0) && Some(p.line) != last => {
                last = Some(p.line);
                Value::Int(p.line as i64)
            }
            _ => Value::None,
        };
        let (name, kind, repr, argv) = match op {
            Some(o) => {
                let has_arg = o.arg_kind() != ArgKind::None || arg != 0;
                let argv = if has_arg {
                    Value::Int(arg as i64)
                } else {
                    Value::None
                };
                (
                    o.name().to_string(),
                    kind_name(o.arg_kind()),
                    instruction_argrepr(&code, o, arg),
                    argv,
                )
            }
            None => (
                format!("<{opnum}>"),
                "count",
                String::new(),
                Value::Int(arg as i64),
            ),
        };
        let items = vec![
            vm.new_str(name),
            Value::Int(opnum as i64),
            argv,
            vm.new_str(kind),
            vm.new_str(repr),
            Value::Int(off as i64 * 2),
            start,
            Value::Bool(targets.contains(&off)),
        ];
        rows.push(vm.new_tuple(items));
    }
    Ok(vm.new_list(rows))
}

/// `_write(text)`: writes to `sys.stdout` the way `print` does.
fn write_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = a
        .args
        .first()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    vm.write_stdout(&s)?;
    Ok(Value::None)
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("dis");
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("_disassemble", disassemble_fn),
        ("_disassemble_one", disassemble_one_fn),
        ("_instructions", instructions_fn),
        ("_write", write_fn),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("dis", name, f);
        vm.module_set(&m, name, v);
    }
    let mut opname: Vec<Value> = (0..256).map(|n| vm.new_str(format!("<{n}>"))).collect();
    let opmap = vm.new_dict_ref();
    for &op in Op::ALL {
        let n = op as u8 as usize;
        opname[n] = vm.new_str(op.name());
        let k = vm.new_str(op.name());
        crate::vm::ops::dict_set(vm, &opmap, k, Value::Int(n as i64))?;
    }
    let l = vm.new_list(opname);
    vm.module_set(&m, "opname", l);
    vm.module_set(&m, "opmap", Value::Obj(opmap));
    vm.compile_and_run(SOURCE, "<frozen dis>", &m)?;
    Ok(m)
}
