//! The control-flow graph the code generator emits into, and its assembly into a code object's
//! words (= the CFG half of CPython 3.11's `compile.c`: `basicblock`, `assemble`, `stackdepth`,
//! `label_exception_targets`, `assemble_exception_table`).
//!
//! Code generation appends [`Instr`]s to the current [`Block`]; blocks are laid out in the order
//! they are [`used`](Cfg::use_block). Besides real opcodes an instruction may be a [`Pseudo`]:
//! `SETUP_FINALLY`/`SETUP_CLEANUP`/`SETUP_WITH` push an exception handler for the instructions
//! that follow (until the matching `POP_BLOCK`), and `JUMP`/`JUMP_NO_INTERRUPT` become
//! `JUMP_FORWARD` or `JUMP_BACKWARD[_NO_INTERRUPT]` once the layout is known.
//!
//! Invariants of the graph:
//! - A jump (any instruction with a target except the SETUP pseudos) or a scope exit
//!   (`RETURN_VALUE`, `RAISE_VARARGS`, `RERAISE`) is the last instruction of its block;
//!   [`Cfg::emit`] starts a fresh block after one.
//! - Instructions without a location (`loc == None`) are artificial; line numbers are
//!   propagated to them before assembly, as CPython does.
//!
//! [`Cfg::assemble`] (in `assemble.rs`) runs the passes in CPython's order and produces the
//! words, positions, exception table and stack size.

use crate::bytecode::{Op, Position};

/// A basic block's index.
pub(crate) type Label = usize;

/// Pseudo-instructions that exist only in the graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pseudo {
    /// Handler for the following instructions; pushes the exception.
    SetupFinally,
    /// As SetupFinally, but the handler also receives the raising instruction's offset (lasti).
    SetupCleanup,
    /// A `with` block's handler: unwinds to just above `__exit__`, pushes lasti and exception.
    SetupWith,
    /// Ends the innermost SETUP region.
    PopBlock,
    /// Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD.
    Jump,
    /// Unconditional jump that does not poll; JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT.
    JumpNoInterrupt,
}

/// What an instruction does: a real opcode or a pseudo-instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IOp {
    Real(Op),
    Pseudo(Pseudo),
}

impl IOp {
    /// Net stack effect (as `Op::stack_effect`, extended to the pseudo-instructions).
    pub(crate) fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        match self {
            IOp::Real(op) => op.stack_effect(arg, jump),
            IOp::Pseudo(p) => match p {
                Pseudo::SetupFinally | Pseudo::SetupWith => i32::from(jump),
                Pseudo::SetupCleanup => {
                    if jump {
                        2
                    } else {
                        0
                    }
                }
                Pseudo::PopBlock | Pseudo::Jump | Pseudo::JumpNoInterrupt => 0,
            },
        }
    }

    /// Whether the instruction transfers control to its target (SETUP pseudos excluded).
    pub(crate) fn is_jump(self) -> bool {
        match self {
            IOp::Real(op) => op.arg_kind() == crate::bytecode::opcodes::ArgKind::Jump,
            IOp::Pseudo(p) => matches!(p, Pseudo::Jump | Pseudo::JumpNoInterrupt),
        }
    }

    /// Unconditional jumps: control never falls through.
    pub(crate) fn is_unconditional_jump(self) -> bool {
        matches!(
            self,
            IOp::Pseudo(Pseudo::Jump | Pseudo::JumpNoInterrupt)
                | IOp::Real(Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT)
        )
    }

    /// Instructions that leave the frame (or raise): control never falls through.
    pub(crate) fn is_scope_exit(self) -> bool {
        matches!(
            self,
            IOp::Real(Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE)
        )
    }

    /// SETUP_* pseudos.
    pub(crate) fn is_block_push(self) -> bool {
        matches!(
            self,
            IOp::Pseudo(Pseudo::SetupFinally | Pseudo::SetupCleanup | Pseudo::SetupWith)
        )
    }

    pub(crate) fn is(self, op: Op) -> bool {
        self == IOp::Real(op)
    }
}

/// One instruction of the graph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: IOp,
    pub arg: u32,
    /// Jump or handler target.
    pub target: Option<Label>,
    /// Source position; None for artificial instructions.
    pub loc: Option<Position>,
    /// The handler covering this instruction (set by `label_exception_targets`).
    pub except: Option<Label>,
}

impl Instr {
    pub(crate) fn new(op: IOp, arg: u32, target: Option<Label>, loc: Option<Position>) -> Instr {
        Instr {
            op,
            arg,
            target,
            loc,
            except: None,
        }
    }

    pub(crate) fn line(&self) -> Option<u32> {
        self.loc.map(|p| p.line)
    }

    pub(crate) fn set_nop(&mut self) {
        self.op = IOp::Real(Op::NOP);
        self.arg = 0;
        self.target = None;
    }
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<Instr>,
    /// Whether the block has been placed in the layout.
    pub placed: bool,
    /// The handler pushes lasti (SETUP_CLEANUP/SETUP_WITH target).
    pub preserve_lasti: bool,
    /// Stack depth on entry (stack-depth analysis).
    pub start_depth: Option<i32>,
    /// Number of control-flow predecessors (including handler edges).
    pub predecessors: u32,
}

impl Block {
    pub(crate) fn last(&self) -> Option<&Instr> {
        self.instrs.last()
    }

    /// Whether control can fall off the end of the block into the next one.
    pub(crate) fn has_fallthrough(&self) -> bool {
        match self.instrs.last() {
            None => true,
            Some(i) => !(i.op.is_unconditional_jump() || i.op.is_scope_exit()),
        }
    }

    /// Whether the block ends by leaving the frame.
    pub(crate) fn is_exit(&self) -> bool {
        self.instrs.last().is_some_and(|i| i.op.is_scope_exit())
    }

    /// Whether the block ends with a jump or exit (no more instructions may be appended).
    fn is_closed(&self) -> bool {
        self.instrs
            .last()
            .is_some_and(|i| i.op.is_jump() || i.op.is_scope_exit())
    }
}

/// The graph of one code object under construction.
#[derive(Debug)]
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    /// Placed blocks in layout order.
    pub order: Vec<Label>,
    /// The block instructions are appended to.
    pub cur: Label,
}

impl Cfg {
    pub(crate) fn new() -> Cfg {
        let mut cfg = Cfg {
            blocks: Vec::new(),
            order: Vec::new(),
            cur: 0,
        };
        let entry = cfg.new_block();
        cfg.use_block(entry);
        cfg
    }

    /// Creates a block that is not yet placed.
    pub(crate) fn new_block(&mut self) -> Label {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// Places `label` after the current block and makes it current.
    pub(crate) fn use_block(&mut self, label: Label) {
        debug_assert!(!self.blocks[label].placed, "block placed twice");
        if self.blocks[label].placed {
            // Defensive: never lay a block out twice; continue in a fresh block instead.
            let fresh = self.new_block();
            return self.use_block(fresh);
        }
        self.blocks[label].placed = true;
        self.order.push(label);
        self.cur = label;
    }

    /// Starts a new anonymous block after the current one.
    pub(crate) fn next_block(&mut self) {
        let b = self.new_block();
        self.use_block(b);
    }

    /// Appends an instruction to the current block (starting a new block first if the current
    /// one already ends with a jump or exit).
    pub(crate) fn push(&mut self, instr: Instr) {
        if self.blocks[self.cur].is_closed() {
            self.next_block();
        }
        self.blocks[self.cur].instrs.push(instr);
    }

    /// Whether the current block ends with RETURN_VALUE (= CPython's `b_return` check).
    pub(crate) fn current_returns(&self) -> bool {
        self.blocks[self.cur]
            .last()
            .is_some_and(|i| i.op.is(Op::RETURN_VALUE))
    }
}
