//! A structural validator for compiled code objects, used by the tests: everything the
//! interpreter relies on without checking (the `SAFETY` comments of `vm/eval.rs`).
//!
//! Checks: every word decodes; jump targets and handlers are instruction starts; exception
//! entries are sorted, disjoint and aligned; the stack depth along every path (including into
//! handlers) is consistent, never negative and never above `stacksize`; conditional jumps and
//! FOR_ITER/SEND only go forward (back-edges are JUMP_BACKWARD*); operand indices are in range;
//! the code starts with the prefix and `RESUME 0`; there is one position per word.

use std::collections::HashMap;

use crate::bytecode::opcodes::{decode, ArgKind};
use crate::bytecode::{CodeObject, Const, Op};

/// Validates `code` and every nested code object; returns the first problem found.
pub(crate) fn validate(code: &CodeObject) -> Result<(), String> {
    validate_one(code).map_err(|e| format!("{} ({}): {e}", code.qualname, code.filename))?;
    for c in &code.consts {
        if let Const::Code(inner) = c {
            validate(inner)?;
        }
    }
    Ok(())
}

fn validate_one(code: &CodeObject) -> Result<(), String> {
    if code.positions.len() != code.code.len() {
        return Err("positions and code differ in length".into());
    }
    // Decode.
    let mut starts: Vec<(usize, Op, u32)> = Vec::new();
    let mut i = 0;
    while i < code.code.len() {
        let (n, arg) = decode(code.code[i]);
        let op = Op::from_u8(n).ok_or_else(|| format!("invalid opcode {n} at word {i}"))?;
        if op.base() != op {
            return Err(format!("specialised {} emitted at {i}", op.name()));
        }
        starts.push((i, op, arg));
        for k in 1..=op.cache_words() {
            if code.code.get(i + k) != Some(&0) {
                return Err(format!(
                    "missing or non-zero cache word after {} at {i}",
                    op.name()
                ));
            }
        }
        i += 1 + op.cache_words();
    }
    let index: HashMap<usize, usize> = starts.iter().enumerate().map(|(k, s)| (s.0, k)).collect();
    // Prefix.
    let first_real = starts
        .iter()
        .find(|s| !matches!(s.1, Op::COPY_FREE_VARS | Op::MAKE_CELL));
    if !matches!(first_real, Some((_, Op::RESUME, 0))) {
        return Err("code does not start with RESUME 0".into());
    }
    // Operands.
    let nlocalsplus = code.nlocalsplus();
    for &(at, op, arg) in &starts {
        let a = arg as usize;
        let ok = match op.arg_kind() {
            ArgKind::Const => a < code.consts.len(),
            ArgKind::Name => a < code.names.len(),
            ArgKind::GlobalName => a >> 1 < code.names.len(),
            ArgKind::Local => a < code.varnames.len(),
            ArgKind::Deref => a < nlocalsplus,
            ArgKind::Jump => index.contains_key(&a),
            ArgKind::CmpOp => a < 6,
            ArgKind::BinOp => a < 26,
            ArgKind::None | ArgKind::Count => true,
        };
        if !ok {
            return Err(format!("bad operand {arg} for {} at {at}", op.name()));
        }
        if op == Op::KW_NAMES
            && !matches!(&code.consts[a], Const::Tuple(t) if t.iter().all(|x| matches!(x, Const::Str(_))))
        {
            return Err(format!("KW_NAMES operand is not a tuple of str at {at}"));
        }
        if op.arg_kind() == ArgKind::Jump {
            let backward = a <= at;
            let may_go_back = matches!(op, Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT);
            if backward != may_go_back {
                return Err(format!(
                    "{} at {at} jumps {} to {a}",
                    op.name(),
                    if backward { "back" } else { "forward" }
                ));
            }
        }
    }
    // Exception table.
    let mut prev_end = 0;
    for e in &code.exception_table {
        if e.start >= e.end || e.start < prev_end {
            return Err(format!("bad exception entry {e:?}"));
        }
        prev_end = e.end;
        let aligned = |w: u32| index.contains_key(&(w as usize)) || w as usize == code.code.len();
        if !aligned(e.start) || !aligned(e.end) || !index.contains_key(&(e.target as usize)) {
            return Err(format!("misaligned exception entry {e:?}"));
        }
    }
    // Stack depths.
    let mut depth: Vec<Option<i32>> = vec![None; starts.len()];
    let mut work = vec![(0usize, 0i32)];
    let stacksize = code.stacksize as i32;
    let mut steps = 0;
    while let Some((k, d)) = work.pop() {
        steps += 1;
        if steps > 1_000_000 {
            return Err("stack analysis does not terminate".into());
        }
        match depth[k] {
            Some(old) if old == d => continue,
            Some(old) => {
                return Err(format!(
                    "inconsistent depth at word {}: {old} vs {d}",
                    starts[k].0
                ))
            }
            None => depth[k] = Some(d),
        }
        let (at, op, arg) = starts[k];
        if let Some(h) = code.handler_at(at) {
            let hd = h.depth as i32 + i32::from(h.lasti) + 1;
            if h.depth as i32 > d {
                return Err(format!(
                    "handler depth {} above the stack ({d}) at word {at}",
                    h.depth
                ));
            }
            if hd > stacksize {
                return Err(format!(
                    "handler entry depth {hd} exceeds stacksize {stacksize}"
                ));
            }
            work.push((index[&(h.target as usize)], hd));
        }
        let next = d + op.stack_effect(arg, false);
        if next < 0 || next > stacksize || d > stacksize {
            return Err(format!(
                "depth {next} out of bounds after {} at word {at} (stacksize {stacksize})",
                op.name()
            ));
        }
        if op.arg_kind() == ArgKind::Jump {
            let jd = d + op.stack_effect(arg, true);
            if jd < 0 || jd > stacksize {
                return Err(format!(
                    "depth {jd} out of bounds at the target of {} at {at}",
                    op.name()
                ));
            }
            work.push((index[&(arg as usize)], jd));
        }
        let falls = !matches!(
            op,
            Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::JUMP_BACKWARD_NO_INTERRUPT
                | Op::RETURN_VALUE
                | Op::RAISE_VARARGS
                | Op::RERAISE
        );
        if falls {
            if k + 1 >= starts.len() {
                return Err(format!(
                    "control falls off the end after {} at {at}",
                    op.name()
                ));
            }
            work.push((k + 1, next));
        }
    }
    Ok(())
}
