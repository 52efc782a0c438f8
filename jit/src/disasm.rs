//! Disassembly of finalized JIT code, for `-X jit-dump=asm`.
//!
//! On x86-64 the bytes are decoded with iced-x86 at their real address and
//! printed in Intel syntax, one instruction per line:
//!
//! ```text
//! 00007f3a1c2d0010  4883ec10              sub      rsp, 0x10
//! ```
//!
//! Callers pass annotations (code offset → label, e.g. bytecode offsets and
//! source lines from the srcloc map), which are printed on their own line
//! before the instruction starting at that offset, and `(address, name)`
//! pairs so that loads of helper addresses and branch targets get named.
//!
//! Cranelift places constant pools (and jump tables) inside the function's
//! byte range. Bytes referenced by a RIP-relative memory operand are printed
//! as `.byte` data up to the next known code start (a block offset, an
//! annotation, or a branch target), so the listing does not turn into garbage.
//!
//! On other architectures the code is printed as hex bytes, 16 per line, with
//! the same annotations.

use std::fmt::Write as _;

/// Extra information for [`disassemble`].
#[derive(Clone, Copy, Debug, Default)]
pub struct DisasmOptions<'a> {
    /// `(code offset, label)`; several labels may share an offset. Need not be
    /// sorted. Offsets are also taken as instruction starts.
    pub annotations: &'a [(u32, String)],
    /// Code offsets known to start instructions (Cranelift block offsets).
    pub code_starts: &'a [u32],
    /// `(absolute address, name)` of known symbols (helpers).
    pub symbols: &'a [(u64, String)],
}

/// One line of a listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Offset from the start of the function.
    pub offset: u32,
    /// Absolute address.
    pub address: u64,
    /// Raw bytes of the instruction (or data chunk).
    pub bytes: Vec<u8>,
    /// Mnemonic (with prefixes), or `.byte` for data.
    pub mnemonic: String,
    /// Operands in Intel syntax, or the data bytes.
    pub operands: String,
    /// Comment: symbol names, in-function branch target offsets.
    pub comment: Option<String>,
    /// Labels (annotations) printed before this line.
    pub labels: Vec<String>,
}

/// Disassembles `code`, which lives at `address`, into a printable listing.
pub fn disassemble(code: &[u8], address: u64, opts: &DisasmOptions<'_>) -> String {
    render(&lines(code, address, opts))
}

/// Formats lines as `address  bytes  mnemonic operands ; comment`.
pub fn render(lines: &[Line]) -> String {
    let mut out = String::new();
    for line in lines {
        for label in &line.labels {
            let _ = writeln!(out, "                  ; {label}  (+{:#x})", line.offset);
        }
        let mut hex = String::with_capacity(line.bytes.len() * 2);
        for b in &line.bytes {
            let _ = write!(hex, "{b:02x}");
        }
        let _ = write!(
            out,
            "{:016x}  {:<22}  {:<8} {}",
            line.address, hex, line.mnemonic, line.operands
        );
        if let Some(c) = &line.comment {
            let _ = write!(out, "  ; {c}");
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
    }
    out
}

/// Disassembles `code` at `address` into structured lines.
pub fn lines(code: &[u8], address: u64, opts: &DisasmOptions<'_>) -> Vec<Line> {
    let mut labels: Vec<(u32, String)> = opts.annotations.to_vec();
    labels.sort_by_key(|(off, _)| *off);
    let mut out = decode(code, address, opts);
    attach_labels(&mut out, &labels);
    out
}

/// Moves each label onto the first line starting at or after its offset
/// (labels past the end go on the last line).
fn attach_labels(lines: &mut [Line], sorted_labels: &[(u32, String)]) {
    let mut i = 0;
    for (off, text) in sorted_labels {
        while i + 1 < lines.len() && lines[i].offset < *off {
            i += 1;
        }
        if let Some(line) = lines.get_mut(i) {
            line.labels.push(text.clone());
        }
    }
}

fn data_lines(code: &[u8], address: u64, from: usize, to: usize, per_line: usize) -> Vec<Line> {
    code[from..to]
        .chunks(per_line)
        .enumerate()
        .map(|(i, chunk)| {
            let offset = from + i * per_line;
            Line {
                offset: offset as u32,
                address: address + offset as u64,
                bytes: chunk.to_vec(),
                mnemonic: ".byte".to_owned(),
                operands: chunk
                    .iter()
                    .map(|b| format!("{b:#04x}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                comment: None,
                labels: Vec::new(),
            }
        })
        .collect()
}

#[cfg(not(target_arch = "x86_64"))]
fn decode(code: &[u8], address: u64, _opts: &DisasmOptions<'_>) -> Vec<Line> {
    data_lines(code, address, 0, code.len(), 16)
}

#[cfg(target_arch = "x86_64")]
fn decode(code: &[u8], address: u64, opts: &DisasmOptions<'_>) -> Vec<Line> {
    use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, OpKind};
    use std::collections::BTreeSet;

    let end = address + code.len() as u64;
    let in_code = |a: u64| a >= address && a < end;
    let mut code_starts: BTreeSet<usize> = opts
        .code_starts
        .iter()
        .chain(opts.annotations.iter().map(|(o, _)| o))
        .map(|&o| o as usize)
        .collect();
    let mut data_starts: BTreeSet<usize> = BTreeSet::new();
    let symbol = |a: u64| {
        opts.symbols
            .iter()
            .find(|(addr, _)| *addr == a)
            .map(|(_, n)| n.as_str())
    };

    let mut fmt = IntelFormatter::new();
    let o = fmt.options_mut();
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_uppercase_hex(false);
    o.set_space_after_operand_separator(true);
    o.set_show_branch_size(false);

    let mut decoder = Decoder::with_ip(64, code, address, DecoderOptions::NONE);
    let mut instr = Instruction::default();
    let mut out = Vec::new();
    let mut pos = 0usize;
    while pos < code.len() {
        if data_starts.contains(&pos) {
            let next = code_starts
                .range(pos + 1..)
                .next()
                .copied()
                .unwrap_or(code.len())
                .min(code.len());
            out.extend(data_lines(code, address, pos, next, 8));
            pos = next;
            continue;
        }
        // Zero padding that runs into a known data start (alignment of the
        // constant pool) is data too; `00 00` would decode as `add [rax], al`.
        if let Some(&d) = data_starts.range(pos + 1..).next() {
            let gap_has_code = code_starts.range(pos..d).next().is_some();
            if !gap_has_code && code[pos..d].iter().all(|&b| b == 0) {
                out.extend(data_lines(code, address, pos, d, 8));
                pos = d;
                continue;
            }
        }
        // Positions only move forward within `code`, so this cannot fail.
        if decoder.set_position(pos).is_err() {
            break;
        }
        decoder.set_ip(address + pos as u64);
        decoder.decode_out(&mut instr);
        if instr.is_invalid() {
            out.extend(data_lines(code, address, pos, pos + 1, 1));
            pos += 1;
            continue;
        }
        let len = instr.len();
        // An instruction overlapping known data was decoded from data bytes.
        if let Some(&d) = data_starts.range(pos + 1..pos + len).next() {
            out.extend(data_lines(code, address, pos, d, 8));
            pos = d;
            continue;
        }

        let mut comments = Vec::new();
        if instr.is_ip_rel_memory_operand() {
            let target = instr.ip_rel_memory_address();
            if in_code(target) {
                let off = (target - address) as usize;
                if !code_starts.contains(&off) {
                    data_starts.insert(off);
                }
                comments.push(format!("data +{off:#x}"));
            }
        }
        for op in 0..instr.op_count() {
            match instr.op_kind(op) {
                OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64 => {
                    let target = instr.near_branch_target();
                    if in_code(target) {
                        code_starts.insert((target - address) as usize);
                        comments.push(format!("-> +{:#x}", target - address));
                    } else if let Some(name) = symbol(target) {
                        comments.push(name.to_owned());
                    }
                }
                OpKind::Immediate64 | OpKind::Immediate32to64 => {
                    if let Some(name) = symbol(instr.immediate(op)) {
                        comments.push(name.to_owned());
                    }
                }
                _ => {}
            }
        }

        let mut mnemonic = String::new();
        fmt.format_mnemonic(&instr, &mut mnemonic);
        let mut operands = String::new();
        fmt.format_all_operands(&instr, &mut operands);
        out.push(Line {
            offset: pos as u32,
            address: instr.ip(),
            bytes: code[pos..pos + len].to_vec(),
            mnemonic,
            operands,
            comment: (!comments.is_empty()).then(|| comments.join(", ")),
            labels: Vec::new(),
        });
        pos += len;
    }
    out
}

/// Turns a srcloc map (`(start, end, loc)` ranges, sorted by start) into
/// annotations: one label at the start of every range whose location differs
/// from the range before it. `label` renders a location (Heron: bytecode
/// offset and source line).
///
/// Cranelift leaves gaps in the map (register moves, instructions created by
/// the optimizer), so two ranges with the same location separated only by
/// unlabelled bytes get a single label.
pub fn srcloc_annotations(
    ranges: impl IntoIterator<Item = (u32, u32, u32)>,
    mut label: impl FnMut(u32) -> String,
) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let mut prev_loc: Option<u32> = None;
    for (start, _end, loc) in ranges {
        if prev_loc != Some(loc) {
            out.push((start, label(loc)));
        }
        prev_loc = Some(loc);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_arch = "x86_64")]
    fn decodes_known_bytes_with_labels_and_data() {
        // push rbp; mov rbp, rsp; movsd xmm0, [rip+8]; pop rbp; ret;
        // then an 8-byte constant at offset 0x10 and padding.
        let mut code = vec![0x55, 0x48, 0x89, 0xe5];
        code.extend([0xf2, 0x0f, 0x10, 0x05, 0x04, 0, 0, 0]); // movsd xmm0, [rip+4]
        code.extend([0x5d, 0xc3]); // pop rbp; ret
        code.extend([0x90, 0x90]); // padding up to 0x10
        code.extend(1.5f64.to_le_bytes());
        let ann = vec![(4, "bc 2".to_owned()), (0, "entry".to_owned())];
        let opts = DisasmOptions {
            annotations: &ann,
            ..Default::default()
        };
        let ls = lines(&code, 0x1000, &opts);
        assert_eq!(ls[0].mnemonic, "push");
        assert_eq!(ls[0].labels, vec!["entry".to_owned()]);
        assert_eq!(ls[1].operands, "rbp, rsp");
        assert_eq!(ls[2].mnemonic, "movsd");
        assert_eq!(ls[2].labels, vec!["bc 2".to_owned()]);
        assert_eq!(ls[2].comment.as_deref(), Some("data +0x10"));
        assert!(ls[2].operands.contains("0x1010"), "{}", ls[2].operands);
        let last = ls.last().unwrap();
        assert_eq!(last.mnemonic, ".byte");
        assert_eq!(last.offset, 0x10);
        let text = render(&ls);
        assert!(text.contains("0000000000001000  55"), "{text}");
    }

    #[test]
    fn srcloc_annotations_merge_same_location_ranges() {
        let ranges = [(0, 4, 1), (4, 9, 1), (9, 12, 2), (14, 16, 2), (20, 24, 1)];
        let ann = srcloc_annotations(ranges, |l| format!("bc {l}"));
        assert_eq!(
            ann,
            vec![
                (0, "bc 1".to_owned()),
                (9, "bc 2".to_owned()),
                (20, "bc 1".to_owned())
            ]
        );
    }
}
