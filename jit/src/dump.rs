//! `-X jit-dump=clif|asm` and `heron.jit_dump()`: the Cranelift IR and the real machine code
//! of a compiled function, annotated with bytecode offsets, instructions and source lines.
//!
//! Every instruction the translator emits carries the word index of the bytecode instruction
//! it implements as its Cranelift source location; the CLIF printer shows it as `@xxxx`, and
//! the code-offset map Cranelift returns turns it into labels in the disassembly.

use std::fmt::Write as _;

use heron_runtime::bytecode::opcodes::{decode, Op};
use heron_runtime::objects::code::CodeData;

use crate::backend::{CodeUnit, CompiledFunction, FuncHandle};
use crate::codecache::CodeState;
use crate::tier::JitTier;

/// The label of bytecode word `pc`: offset (as `dis` prints it), instruction, source line.
pub fn label(cd: &CodeData, source: Option<&str>, pc: u32) -> String {
    let (opn, arg) = decode(cd.word(pc as usize));
    let name = Op::from_u8(opn).map(|o| o.name()).unwrap_or("?");
    let line = cd.code.line_at(pc as usize);
    let text = source
        .and_then(|s| s.lines().nth((line as usize).wrapping_sub(1)))
        .map(str::trim)
        .unwrap_or("");
    format!("{:>4} {name} {arg}  (line {line}: {text})", pc * 2)
}

/// The source text of a code object's file, if it can be read.
pub fn source_of(cd: &CodeData) -> Option<String> {
    std::fs::read_to_string(&*cd.code.filename).ok()
}

/// CLIF text with a comment line before each run of instructions of one bytecode word.
pub fn annotate_clif(clif: &str, cd: &CodeData, source: Option<&str>) -> String {
    let mut out = String::new();
    let mut prev: Option<u32> = None;
    for line in clif.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix('@') {
            let hex: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
            if let Ok(pc) = u32::from_str_radix(&hex, 16) {
                if prev != Some(pc) && (pc as usize) < cd.nwords() {
                    let _ = writeln!(
                        out,
                        "                                ; {}",
                        label(cd, source, pc)
                    );
                    prev = Some(pc);
                }
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The dump text of one compiled function for `-X jit-dump` (`None` unless asked for).
pub fn render(
    tier: &JitTier,
    unit: &CodeUnit,
    h: FuncHandle,
    state: &CodeState,
    f: &CompiledFunction,
) -> Option<String> {
    render_kind(unit, h, state, f, tier.opts.dump_clif, tier.opts.dump_asm)
}

/// The CLIF (when it was kept) and/or the disassembly of one compiled function.
pub fn render_kind(
    unit: &CodeUnit,
    h: FuncHandle,
    state: &CodeState,
    f: &CompiledFunction,
    clif: bool,
    asm: bool,
) -> Option<String> {
    if !clif && !asm {
        return None;
    }
    let cd = state.code_data();
    let source = source_of(cd);
    let mut s = format!(
        "=== heron jit: {} ({}:{}): {} bytecode words, {} bytes of machine code ===\n",
        state.name,
        cd.code.filename,
        cd.code.firstlineno,
        cd.nwords(),
        f.size
    );
    if clif {
        if let Some(text) = &f.clif {
            s.push_str(&annotate_clif(text, cd, source.as_deref()));
        }
    }
    if asm {
        let ranges = f.srclocs.iter().map(|r| (r.start, r.end, r.loc));
        let ann = crate::disasm::srcloc_annotations(ranges, |pc| label(cd, source.as_deref(), pc));
        s.push_str(&unit.disassemble(h, &ann));
    }
    Some(s)
}
