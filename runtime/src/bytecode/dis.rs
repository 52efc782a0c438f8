//! The disassembler (= CPython 3.11's `dis.dis` on a code object).
//!
//! [`disassemble`] prints a code object and, after it, every code object among its constants,
//! each headed `Disassembly of <code object NAME, file "FILE", line N>:`. The layout is
//! CPython's: a line-number column (only on the first instruction of each source line, with a
//! blank line before it), `>>` on jump targets and exception handlers, the offset (word index
//! × 2, so offsets read like CPython's byte offsets and skip cache words as CPython's skip
//! CACHE entries), the name padded to 20, the argument right-aligned in 5 and its meaning in
//! parentheses; then the `ExceptionTable:` section.
//!
//! It reads nothing but the [`CodeObject`], so it works on any code object, and never panics:
//! out-of-range arguments are printed as `<invalid>`.

use std::collections::HashSet;
use std::fmt::Write;

use super::opcodes::{decode, ArgKind, Op, BINARY_OP_NAMES, CMP_OP_NAMES};
use super::{CodeObject, Const};
use crate::numtext::float_repr;
use crate::strlib::{bytes_repr, str_repr};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// Disassembles `code` and the code objects nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_recursive(code, &mut out);
    out
}

fn disassemble_recursive(code: &CodeObject, out: &mut String) {
    disassemble_one(code, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            disassemble_recursive(inner, out);
        }
    }
}

/// `<code object NAME, file "FILE", line N>` (CPython's repr without the address).
pub fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.firstlineno
    )
}

/// One decoded instruction.
struct Ins {
    offset: usize,
    op: Option<Op>,
    opnum: u8,
    arg: u32,
}

fn instructions(code: &CodeObject) -> Vec<Ins> {
    let mut v = Vec::new();
    let mut i = 0;
    while i < code.code.len() {
        let (opnum, arg) = decode(code.code[i]);
        let op = Op::from_u8(opnum);
        v.push(Ins {
            offset: i,
            op,
            opnum,
            arg,
        });
        i += 1 + op.map_or(0, |o| o.cache_words());
    }
    v
}

/// Disassembles one code object (without the nested ones).
pub fn disassemble_one(code: &CodeObject, out: &mut String) {
    let ins = instructions(code);
    // Line starts: the first instruction of each run of a new line. A position with line 0
    // and end line 0 is "no location" (CPython's None) and neither starts nor ends a run; the
    // module's RESUME is on line 0 with end line 1, as in CPython.
    let mut starts: Vec<Option<u32>> = Vec::with_capacity(ins.len());
    let mut last: Option<u32> = None;
    for i in &ins {
        match code.positions.get(i.offset) {
            Some(p) if (p.line != 0 || p.end_line != 0) && Some(p.line) != last => {
                starts.push(Some(p.line));
                last = Some(p.line);
            }
            _ => starts.push(None),
        }
    }
    let show_lines = starts.iter().any(|s| s.is_some());
    let max_line = starts.iter().flatten().copied().max().unwrap_or(0);
    let line_width = if !show_lines {
        0
    } else if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let max_offset = code.code.len().saturating_sub(1) * 2;
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let mut labels: HashSet<usize> = HashSet::new();
    for i in &ins {
        if i.op.is_some_and(|o| o.arg_kind() == ArgKind::Jump) {
            labels.insert(i.arg as usize);
        }
    }
    for e in &code.exception_table {
        labels.insert(e.target as usize);
    }
    for (k, i) in ins.iter().enumerate() {
        if show_lines && starts[k].is_some() && i.offset > 0 {
            out.push('\n');
        }
        let mut line = String::new();
        if line_width > 0 {
            match starts[k] {
                Some(l) => {
                    let _ = write!(line, "{l:>line_width$}");
                }
                None => line.push_str(&" ".repeat(line_width)),
            }
            line.push(' ');
        }
        line.push_str("   ");
        line.push(' ');
        line.push_str(if labels.contains(&i.offset) {
            ">>"
        } else {
            "  "
        });
        line.push(' ');
        let _ = write!(line, "{:>offset_width$}", i.offset * 2);
        line.push(' ');
        match i.op {
            Some(op) => {
                let _ = write!(line, "{:<OPNAME_WIDTH$}", op.name());
                if op.arg_kind() != ArgKind::None || i.arg != 0 {
                    let _ = write!(line, " {:>OPARG_WIDTH$}", i.arg);
                    let r = argrepr(code, op, i.arg);
                    if !r.is_empty() {
                        let _ = write!(line, " ({r})");
                    }
                }
            }
            None => {
                let _ = write!(
                    line,
                    "{:<OPNAME_WIDTH$} {:>OPARG_WIDTH$}",
                    format!("<{}>", i.opnum),
                    i.arg
                );
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let lasti = if e.lasti { " lasti" } else { "" };
            let end = (e.end as usize).saturating_sub(1) * 2;
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                end,
                e.target * 2,
                e.depth,
                lasti
            );
        }
    }
}

/// The parenthesised meaning of an argument.
fn argrepr(code: &CodeObject, op: Op, arg: u32) -> String {
    let a = arg as usize;
    let name = |v: &[std::rc::Rc<str>], i: usize| {
        v.get(i)
            .map_or_else(|| "<invalid>".to_string(), |s| s.to_string())
    };
    match op.arg_kind() {
        ArgKind::None => String::new(),
        ArgKind::Count => match op.base() {
            Op::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][a & 3];
                match (conv.is_empty(), a & 4 != 0) {
                    (_, false) => conv.to_string(),
                    (true, true) => "with format".to_string(),
                    (false, true) => format!("{conv}, with format"),
                }
            }
            Op::MAKE_FUNCTION => ["defaults", "kwdefaults", "annotations", "closure"]
                .iter()
                .enumerate()
                .filter(|(k, _)| a & (1 << k) != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        },
        ArgKind::Const => code
            .consts
            .get(a)
            .map_or_else(|| "<invalid>".to_string(), const_repr),
        ArgKind::Name => name(&code.names, a),
        ArgKind::GlobalName => {
            let n = name(&code.names, a >> 1);
            if a & 1 != 0 {
                format!("NULL + {n}")
            } else {
                n
            }
        }
        ArgKind::Local => name(&code.varnames, a),
        ArgKind::Deref => {
            if a < code.nlocalsplus() {
                code.localsplus_name(a).to_string()
            } else {
                "<invalid>".to_string()
            }
        }
        ArgKind::Jump => format!("to {}", a * 2),
        ArgKind::CmpOp => CMP_OP_NAMES.get(a).map_or("<invalid>", |s| s).to_string(),
        ArgKind::BinOp => BINARY_OP_NAMES
            .get(a)
            .map_or("<invalid>", |s| s)
            .to_string(),
    }
}

/// A float component of a complex repr: like `repr(float)` but without a trailing `.0`.
fn complex_part(x: f64) -> String {
    let s = float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr()` of a constant, as Python prints it.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", complex_part(*imag))
            } else {
                let im = complex_part(*imag);
                let sign = if im.starts_with('-') { "" } else { "+" };
                format!("({}{}{}j)", complex_part(*real), sign, im)
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => match items.len() {
            1 => format!("({},)", const_repr(&items[0])),
            _ => format!(
                "({})",
                items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
            ),
        },
        Const::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!(
                    "frozenset({{{}}})",
                    items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
                )
            }
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Code(code) => code_repr(code),
    }
}

/// The parenthesised meaning of one instruction's argument, as the listing prints it (for
/// the `dis` module's `Instruction.argrepr`).
pub fn instruction_argrepr(code: &CodeObject, op: Op, arg: u32) -> String {
    argrepr(code, op, arg)
}
