//! The code generator: AST + symbol tables → code objects (= CPython 3.11's `compile.c`).
//!
//! One [`Unit`] per code object being compiled is kept on a stack (module, then nested
//! classes, functions, lambdas and comprehensions); each owns a [`Cfg`] that instructions are
//! emitted into, its tables (`co_consts`, `co_names`, `co_varnames`, cells, free variables) and
//! its stack of frame blocks (loops, `try`, `with`) that `break`/`continue`/`return` unwind.
//!
//! The walkers are split by concern: `stmt.rs` (simple statements, loops, `if`),
//! `unwind.rs` (`try`, `with`, frame-block unwinding), `expr.rs` (expressions), `call.rs`
//! (calls and argument lists), `defs.rs` (functions, lambdas, classes, decorators,
//! annotations), `comprehension.rs`, `targets.rs` (assignment targets and their checks),
//! `fold.rs` (constant folding, = `ast_opt.c`), `flow.rs`/`assemble.rs` (the graph and the
//! assembler).
//!
//! Invariants:
//! - The current location (`Unit::loc`) is the node being compiled; every emitted instruction
//!   takes it, artificial ones (`emit_noline`) take none.
//! - Deref instructions (LOAD_DEREF, LOAD_CLOSURE, MAKE_CELL, ...) are emitted with an index
//!   into `cellvars ++ freevars`; [`Unit::finish`] rewrites them to localsplus indices once
//!   `co_varnames` is complete. A cell variable that is also a parameter lives in the
//!   parameter's own slot (MAKE_CELL wraps the bound argument, as CPython 3.11).

mod assemble;
mod call;
mod comprehension;
mod defs;
mod expr;
pub(crate) mod flow;
mod fold;
mod fstring;
mod pattern;
mod peephole;
mod stmt;
mod targets;
mod unit;
mod unparse;
mod unwind;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use self::flow::{IOp, Instr, Label, Pseudo};
use super::errors::CompileError;
use super::front::{ast, Parsed, Ranged, SourceMap, TextRange};
use super::symtable::{self, BlockKind, BodyRef, Scope, SymbolTable};
use super::Mode;
use crate::bytecode::{CodeObject, Const, Op, Position};

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// What kind of code object a unit compiles (= CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// A frame block: a construct that `break`, `continue` and `return` must unwind
/// (= CPython's `fblockinfo`).
#[derive(Clone, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind,
    /// Loop start (`continue` target) or the protected body.
    pub block: Label,
    /// Loop exit (`break` target).
    pub exit: Option<Label>,
    pub datum: FBlockDatum<'a>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
}

/// Extra data of a frame block.
#[derive(Clone, Debug)]
pub(crate) enum FBlockDatum<'a> {
    None,
    /// The `finally` body to run when unwinding through a FinallyTry block.
    Finally(&'a [ast::Stmt]),
    /// The `with` statement's position (its exit call is attributed to it).
    With(Position),
    /// The `except ... as name` variable to clear (HandlerCleanup).
    Name(Option<String>),
}

pub(crate) use self::unit::Unit;

/// The compiler state for one compilation (= CPython's `struct compiler`).
pub(crate) struct Compiler<'a> {
    pub map: &'a SourceMap<'a>,
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    pub future_annotations: bool,
    /// Line of the last leading `from __future__ import` (0 if none).
    pub future_lineno: u32,
    /// Current expression nesting (bounded by [`MAX_NESTING`]).
    pub depth: usize,
    /// Folded constants by node address (see `fold.rs`).
    pub fold_cache: RefCell<HashMap<usize, Option<Const>>>,
}

/// Deepest nesting of the code generator's recursion (a safety net: the front end already
/// rejects trees deeper than `front::MAX_DEPTH`).
pub(crate) const MAX_NESTING: usize = 3 * super::front::MAX_DEPTH;

/// Compiles a parsed module or expression.
pub(crate) fn compile_parsed(
    map: &SourceMap<'_>,
    parsed: &Parsed,
    mode: Mode,
) -> CResult<Rc<CodeObject>> {
    let (body, (future_annotations, future_lineno)) = match parsed {
        Parsed::Module(m) => (BodyRef::Module(&m.body), stmt::check_future(map, &m.body)?),
        Parsed::Expression(e) => (BodyRef::Expression(&e.body), (false, 0)),
    };
    let st = SymbolTable::build(map, body, future_annotations)?;
    let mut c = Compiler {
        map,
        st,
        units: Vec::new(),
        interactive: mode == Mode::Single,
        future_annotations,
        future_lineno,
        depth: 0,
        fold_cache: RefCell::new(HashMap::new()),
    };
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    match body {
        BodyRef::Module(stmts) => {
            if mode == Mode::Single {
                if stmt::find_ann(stmts) {
                    c.emit(Op::SETUP_ANNOTATIONS, 0);
                }
                for s in stmts {
                    c.visit_stmt(s)?;
                }
            } else {
                c.compile_body(stmts)?;
            }
            c.finish_unit(true).map(Rc::new)
        }
        BodyRef::Expression(e) => {
            c.visit_expr(e)?;
            c.finish_unit(false).map(Rc::new)
        }
    }
}

impl<'a> Compiler<'a> {
    // ---- Units ----

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always active")
    }

    pub(crate) fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always active")
    }

    /// The symbol-table block of the current unit.
    pub(crate) fn ste(&self) -> &symtable::Block {
        &self.st.blocks[self.ur().ste]
    }

    // ---- Errors and locations ----

    pub(crate) fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.map.error(msg, range)
    }

    pub(crate) fn pos(&self, range: TextRange) -> Position {
        self.map.position(range)
    }

    /// Sets the current location to `node`'s.
    pub(crate) fn set_loc(&mut self, range: TextRange) {
        let p = self.pos(range);
        let u = self.u();
        u.loc = Some(p);
        u.range = range;
    }

    /// The current location, to restore after compiling a child node.
    pub(crate) fn save_loc(&self) -> SavedLoc {
        SavedLoc(self.ur().loc, self.ur().range)
    }

    pub(crate) fn restore_loc(&mut self, s: SavedLoc) {
        let u = self.u();
        u.loc = s.0;
        u.range = s.1;
    }

    /// A SyntaxError at the node being compiled (= `compiler_error`).
    pub(crate) fn error_here(&self, msg: impl Into<String>) -> CompileError {
        self.map.error(msg, self.ur().range)
    }

    /// Marks the following instructions as artificial (= `UNSET_LOC`).
    pub(crate) fn unset_loc(&mut self) {
        self.u().loc = None;
    }

    // ---- Emission ----

    /// Emits `op arg` at the current location.
    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        let loc = self.ur().loc;
        self.u().cfg.push(Instr::new(IOp::Real(op), arg, None, loc));
    }

    /// Emits an instruction without a location.
    pub(crate) fn emit_noline(&mut self, op: Op, arg: u32) {
        self.u()
            .cfg
            .push(Instr::new(IOp::Real(op), arg, None, None));
    }

    /// Emits a jump (real or pseudo) to `target` at the current location.
    pub(crate) fn jump(&mut self, op: IOp, target: Label) {
        let loc = self.ur().loc;
        self.u().cfg.push(Instr::new(op, 0, Some(target), loc));
    }

    pub(crate) fn jump_op(&mut self, op: Op, target: Label) {
        self.jump(IOp::Real(op), target);
    }

    /// Unconditional jump at the current location.
    pub(crate) fn jump_to(&mut self, target: Label) {
        self.jump(IOp::Pseudo(Pseudo::Jump), target);
    }

    /// Unconditional artificial jump.
    pub(crate) fn jump_noline(&mut self, target: Label) {
        self.u()
            .cfg
            .push(Instr::new(IOp::Pseudo(Pseudo::Jump), 0, Some(target), None));
    }

    /// SETUP_* / POP_BLOCK pseudo-instructions.
    pub(crate) fn setup(&mut self, kind: Pseudo, handler: Label) {
        self.jump(IOp::Pseudo(kind), handler);
    }

    pub(crate) fn pop_block(&mut self) {
        let loc = self.ur().loc;
        self.u()
            .cfg
            .push(Instr::new(IOp::Pseudo(Pseudo::PopBlock), 0, None, loc));
    }

    pub(crate) fn pop_block_noline(&mut self) {
        self.u()
            .cfg
            .push(Instr::new(IOp::Pseudo(Pseudo::PopBlock), 0, None, None));
    }

    pub(crate) fn new_block(&mut self) -> Label {
        self.u().cfg.new_block()
    }

    pub(crate) fn use_block(&mut self, b: Label) {
        self.u().cfg.use_block(b);
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }

    /// Mangles `name` for the current class.
    pub(crate) fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// Emits an instruction taking a `co_names` index, mangling the name (= `ADDOP_NAME`).
    pub(crate) fn emit_name(&mut self, op: Op, name: &str) {
        let mangled = self.mangle(name);
        let i = self.u().names.add(&mangled);
        self.emit(op, i);
    }

    /// As `emit_name` without mangling (= `ADDOP_N` with `names`).
    pub(crate) fn emit_name_raw(&mut self, op: Op, name: &str) {
        let i = self.u().names.add(name);
        self.emit(op, i);
    }

    /// The deref index (into `cellvars ++ freevars`) of `name`, as a cell if `cell`.
    fn deref_index(&self, name: &str, cell: bool) -> Option<u32> {
        let u = self.ur();
        if cell {
            u.cellvars.iter().position(|c| c == name).map(|i| i as u32)
        } else {
            u.freevars
                .iter()
                .position(|c| c == name)
                .map(|i| (u.cellvars.len() + i) as u32)
        }
    }

    /// Which kind of load/store/delete a name is.
    pub(crate) fn nameop(&mut self, name: &str, ctx: NameCtx, range: TextRange) -> CResult {
        targets::check_forbidden_name(self, name, ctx)?;
        let mangled = self.mangle(name);
        let block_kind = self.ste().kind;
        let scope = self.ste().scope(&mangled);
        enum How {
            Fast,
            Global,
            Deref(bool),
            Name,
        }
        let how = match scope {
            Some(Scope::Free) => How::Deref(false),
            Some(Scope::Cell) => How::Deref(true),
            Some(Scope::Local) if block_kind == BlockKind::Function => How::Fast,
            Some(Scope::GlobalImplicit) if block_kind == BlockKind::Function => How::Global,
            Some(Scope::GlobalExplicit) => How::Global,
            _ => How::Name,
        };
        match how {
            How::Fast => {
                let i = self.u().varnames.add(&mangled);
                let op = match ctx {
                    NameCtx::Load => Op::LOAD_FAST,
                    NameCtx::Store => Op::STORE_FAST,
                    NameCtx::Del => Op::DELETE_FAST,
                };
                self.emit(op, i);
            }
            How::Global => {
                let i = self.u().names.add(&mangled);
                match ctx {
                    NameCtx::Load => self.emit(Op::LOAD_GLOBAL, i << 1),
                    NameCtx::Store => self.emit(Op::STORE_GLOBAL, i),
                    NameCtx::Del => self.emit(Op::DELETE_GLOBAL, i),
                }
            }
            How::Deref(cell) => {
                let Some(i) = self.deref_index(&mangled, cell) else {
                    return Err(self.error(
                        format!("internal compiler error: no cell for '{mangled}'"),
                        range,
                    ));
                };
                let op = match ctx {
                    NameCtx::Load if block_kind == BlockKind::Class => Op::LOAD_CLASSDEREF,
                    NameCtx::Load => Op::LOAD_DEREF,
                    NameCtx::Store => Op::STORE_DEREF,
                    NameCtx::Del => Op::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            How::Name => {
                let i = self.u().names.add(&mangled);
                let op = match ctx {
                    NameCtx::Load => Op::LOAD_NAME,
                    NameCtx::Store => Op::STORE_NAME,
                    NameCtx::Del => Op::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// LOAD_CLOSURE for a name the current unit passes to a nested code object
    /// (= the loop in `compiler_make_closure` with `get_ref_type`).
    pub(crate) fn load_closure(&mut self, name: &str, range: TextRange) -> CResult {
        let is_class_cell = self.ur().kind == UnitKind::Class && name == "__class__";
        let cell = is_class_cell || self.ste().scope(name) == Some(Scope::Cell);
        let idx = self
            .deref_index(name, cell)
            .or_else(|| self.deref_index(name, !cell));
        match idx {
            Some(i) => {
                self.emit(Op::LOAD_CLOSURE, i);
                Ok(())
            }
            None => Err(self.error(
                format!("internal compiler error: cannot close over '{name}'"),
                range,
            )),
        }
    }

    // ---- Frame blocks ----

    pub(crate) fn push_fblock(
        &mut self,
        kind: FBlockKind,
        block: Label,
        exit: Option<Label>,
        datum: FBlockDatum<'a>,
    ) {
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
    }

    pub(crate) fn pop_fblock(&mut self, kind: FBlockKind) {
        let f = self.u().fblocks.pop();
        debug_assert!(f.is_some_and(|f| f.kind == kind), "unbalanced frame blocks");
    }
}

/// A saved current location (see [`Compiler::save_loc`]).
#[derive(Clone, Copy)]
pub(crate) struct SavedLoc(Option<Position>, TextRange);

/// How a name is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

impl From<ast::ExprContext> for NameCtx {
    fn from(c: ast::ExprContext) -> NameCtx {
        match c {
            ast::ExprContext::Store => NameCtx::Store,
            ast::ExprContext::Del => NameCtx::Del,
            _ => NameCtx::Load,
        }
    }
}

/// The docstring of a body, if its first statement is a string literal (= `_PyAST_GetDocString`).
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<&ast::ExprStringLiteral> {
    match body.first()? {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::StringLiteral(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The range of a statement as CPython reports it: a decorated `def`/`class` starts at its
/// keyword, not at the first decorator.
pub(crate) fn stmt_range(map: &SourceMap<'_>, s: &ast::Stmt) -> TextRange {
    let (decorated, name_start) = match s {
        ast::Stmt::FunctionDef(f) => (!f.decorator_list.is_empty(), f.name.range.start()),
        ast::Stmt::ClassDef(c) => (!c.decorator_list.is_empty(), c.name.range.start()),
        _ => return s.range(),
    };
    if !decorated {
        return s.range();
    }
    let src = map.source();
    let end = u32::from(name_start) as usize;
    let start = u32::from(s.range().start()) as usize;
    let head = src.get(start..end).unwrap_or("");
    let kw = ["async", "def", "class"]
        .iter()
        .filter_map(|k| find_keyword(head, k))
        .min()
        .map_or(start, |i| start + i);
    TextRange::new(super::front::TextSize::new(kw as u32), s.range().end())
}

/// Byte index of the first occurrence of keyword `kw` in `text` that stands alone as a word
/// at the start of a line's code (after decorators).
fn find_keyword(text: &str, kw: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text.get(from..)?.find(kw) {
        let at = from + i;
        let before_ok = at == 0 || matches!(bytes[at - 1], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
        let after = bytes.get(at + kw.len()).copied();
        let after_ok = matches!(
            after,
            Some(b' ' | b'\t' | b'\\' | b'\n' | b'\r' | b'\x0c') | None
        );
        let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |p| p + 1);
        let only_ws_before = text[line_start..at]
            .chars()
            .all(|c| c == ' ' || c == '\t' || c == '\x0c');
        if before_ok && after_ok && only_ws_before {
            return Some(at);
        }
        from = at + kw.len();
    }
    None
}
