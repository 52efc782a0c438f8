//! Code objects under construction: the [`Unit`] each one is compiled in, entering and
//! leaving it (`compiler_enter_scope`, `compiler_set_qualname`, `assemble`), its tables and
//! the constants CPython's peephole pass adds late.
//!
//! Invariants: `co_varnames` starts with the parameters (from the symbol table); cells are
//! the parameters that are cells (in parameter order) then the others sorted, free
//! variables are sorted; constants are de-duplicated by value and type.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use super::flow::{Cfg, IOp, Instr};
use super::{CResult, Compiler, FBlock, UnitKind};
use crate::bytecode::opcodes::{co_flags, ArgKind};
use crate::bytecode::{CodeObject, Const, Op, Position};
use crate::compiler::front::{SourceMap, TextRange};
use crate::compiler::symtable::{self, BlockKind, Scope};

/// An ordered set of strings with stable indices (`co_names`, `co_varnames`).
#[derive(Clone, Debug, Default)]
pub(crate) struct NameSet {
    pub list: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameSet {
    pub(crate) fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    pub(crate) fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
}

/// The identity of a constant for de-duplication: equal value *and* type (so `1`, `1.0` and
/// `True` stay distinct, as do `0.0` and `-0.0`), as CPython's `_PyCode_ConstantKey`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Ellipsis,
    Code(usize),
}

fn const_key(c: &Const) -> ConstKey {
    match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::BigInt(b.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect()),
        Const::FrozenSet(t) => {
            // Sets are equal whatever the order of their items.
            let mut keys: Vec<ConstKey> = t.iter().map(const_key).collect();
            keys.sort();
            ConstKey::FrozenSet(keys)
        }
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Code(c) => ConstKey::Code(Rc::as_ptr(c) as usize),
    }
}

/// One code object under construction (= CPython's `compiler_unit`).
pub(crate) struct Unit<'a> {
    pub kind: UnitKind,
    /// Its block in the symbol table.
    pub ste: symtable::BlockId,
    pub name: String,
    pub qualname: String,
    /// The class name used to mangle `__private` names.
    pub private: Option<String>,
    pub cfg: Cfg,
    pub consts: Vec<Const>,
    const_index: HashMap<ConstKey, u32>,
    pub names: NameSet,
    pub varnames: NameSet,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub fblocks: Vec<FBlock<'a>>,
    /// Location given to emitted instructions.
    pub loc: Option<Position>,
    /// Source range of the node being compiled (for errors raised by the code generator).
    pub range: TextRange,
    pub doc: Option<Rc<str>>,
    /// An `async def` body (where `await`, `async for` and `async with` are allowed).
    pub is_async: bool,
    /// Constants added at assembly time (see [`Compiler::load_late_const`]).
    late_consts: Vec<Const>,
}

/// Tag of a LOAD_CONST argument naming a late constant (see `load_late_const`).
const LATE_CONST: u32 = 1 << 24;

/// The placeholder argument of late constant `k`: above every encodable index, so it cannot
/// be confused with a real one.
fn late_arg(k: u32) -> Option<u32> {
    LATE_CONST.checked_add(k)
}

/// The late constant a LOAD_CONST argument names, if it is a placeholder.
fn late_index(arg: u32) -> Option<usize> {
    arg.checked_sub(LATE_CONST).map(|k| k as usize)
}

impl<'a> Compiler<'a> {
    /// = `compiler_enter_scope`: starts a new code object for symbol-table block `ste`.
    pub(crate) fn enter_scope(
        &mut self,
        name: &str,
        kind: UnitKind,
        ste: symtable::BlockId,
        firstlineno: u32,
    ) {
        let block = &self.st.blocks[ste];
        // co_cellvars: parameters that are cells first (in parameter order), then the other
        // cells sorted by name, as CPython 3.11 lists them.
        let mut cellvars = block.names_by_scope(Scope::Cell, 0);
        cellvars.sort_by_key(|c| {
            block
                .varnames
                .iter()
                .position(|v| v == c)
                .unwrap_or(usize::MAX)
        });
        if block.needs_class_closure {
            cellvars = vec!["__class__".to_string()];
        }
        let freevars = block.names_by_scope(Scope::Free, symtable::flags::DEF_FREE_CLASS);
        let mut varnames = NameSet::default();
        for v in &block.varnames {
            varnames.add(v);
        }
        let private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut unit = Unit {
            kind,
            ste,
            name: name.to_string(),
            qualname: String::new(),
            private,
            cfg: Cfg::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: NameSet::default(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            fblocks: Vec::new(),
            loc: None,
            range: TextRange::default(),
            doc: None,
            is_async: false,
            late_consts: Vec::new(),
        };
        unit.qualname = self.qualname_for(&unit);
        // Prefix: cells, then free variables, then RESUME (as CPython 3.11's
        // insert_prefix_instructions, minus the generator prologue).
        let ncells = unit.cellvars.len() as u32;
        let mut arg_cells: Vec<(u32, u32)> = Vec::new();
        let mut plain_cells = Vec::new();
        for (i, c) in unit.cellvars.iter().enumerate() {
            match unit.varnames.get(c) {
                Some(a) => arg_cells.push((a, i as u32)),
                None => plain_cells.push(i as u32),
            }
        }
        arg_cells.sort_unstable();
        let nfree = unit.freevars.len() as u32;
        if nfree > 0 {
            unit.cfg
                .push(Instr::new(IOp::Real(Op::COPY_FREE_VARS), nfree, None, None));
        }
        for i in arg_cells.iter().map(|&(_, i)| i).chain(plain_cells) {
            unit.cfg
                .push(Instr::new(IOp::Real(Op::MAKE_CELL), i, None, None));
        }
        debug_assert!(ncells as usize == unit.cellvars.len());
        let resume_loc = if kind == UnitKind::Module {
            Position {
                line: 0,
                end_line: 1,
                col: 0,
                end_col: 0,
            }
        } else {
            Position {
                line: firstlineno,
                end_line: firstlineno,
                col: 0,
                end_col: 0,
            }
        };
        unit.cfg
            .push(Instr::new(IOp::Real(Op::RESUME), 0, None, Some(resume_loc)));
        if kind != UnitKind::Module {
            unit.loc = Some(resume_loc);
        }
        self.units.push(unit);
    }

    /// = `compiler_set_qualname`.
    fn qualname_for(&self, unit: &Unit<'_>) -> String {
        if self.units.len() <= 1 {
            return unit.name.clone();
        }
        let Some(parent) = self.units.last() else {
            return unit.name.clone();
        };
        if matches!(unit.kind, UnitKind::Function | UnitKind::Class) {
            let mangled = symtable::mangle(parent.private.as_deref(), &unit.name);
            if self.st.blocks[parent.ste].scope(&mangled) == Some(Scope::GlobalExplicit) {
                return unit.name.clone();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, unit.name)
            }
            _ => format!("{}.{}", parent.qualname, unit.name),
        }
    }

    /// Ends the current unit: adds the implicit `return None` (if `add_none`) or `return TOS`,
    /// assembles it and pops it.
    pub(crate) fn finish_unit(&mut self, add_none: bool) -> CResult<CodeObject> {
        if !self.ur().cfg.current_returns() {
            self.u().loc = None;
            if add_none {
                self.load_const(Const::None);
            }
            self.emit(Op::RETURN_VALUE, 0);
        }
        self.resolve_late_consts();
        let unit = self.units.pop().expect("unit to finish");
        let flags = self.code_flags(&unit);
        unit.finish(self.map, flags)
    }

    /// = `compute_code_flags`.
    fn code_flags(&self, unit: &Unit<'_>) -> u32 {
        let block = &self.st.blocks[unit.ste];
        let mut flags = 0;
        if block.kind == BlockKind::Function {
            flags |= co_flags::OPTIMIZED | co_flags::NEWLOCALS;
            if block.nested {
                flags |= co_flags::NESTED;
            }
            match (block.generator, block.coroutine) {
                (true, false) => flags |= co_flags::GENERATOR,
                (false, true) => flags |= co_flags::COROUTINE,
                (true, true) => flags |= co_flags::ASYNC_GENERATOR,
                _ => {}
            }
            if block.varargs {
                flags |= co_flags::VARARGS;
            }
            if block.varkeywords {
                flags |= co_flags::VARKEYWORDS;
            }
        }
        flags
    }

    /// Adds a constant (de-duplicated) and returns its index.
    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        let key = const_key(&c);
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_index.insert(key, i);
        i
    }

    /// LOAD_CONST of a constant that CPython's peephole optimiser creates (a folded
    /// BUILD_TUPLE): it joins `co_consts` after the constants code generation added, as in
    /// CPython 3.11.
    pub(crate) fn load_late_const(&mut self, c: Const) {
        let u = self.u();
        let k = u.late_consts.len() as u32;
        u.late_consts.push(c);
        self.emit(Op::LOAD_CONST, late_arg(k).unwrap_or(u32::MAX));
    }

    /// Gives the late constants their indices (in emission order) and patches their loads.
    fn resolve_late_consts(&mut self) {
        let late = std::mem::take(&mut self.u().late_consts);
        if late.is_empty() {
            return;
        }
        let mut index = vec![u32::MAX; late.len()];
        let order: Vec<u32> = {
            let cfg = &self.ur().cfg;
            cfg.order
                .iter()
                .flat_map(|&b| cfg.blocks[b].instrs.iter())
                .filter(|i| i.op == IOp::Real(Op::LOAD_CONST))
                .filter_map(|i| late_index(i.arg).map(|k| k as u32))
                .collect()
        };
        for k in order.into_iter().chain(0..late.len() as u32) {
            let k = k as usize;
            if index.get(k) == Some(&u32::MAX) {
                index[k] = self.add_const(late[k].clone());
            }
        }
        for block in &mut self.u().cfg.blocks {
            for ins in &mut block.instrs {
                if ins.op != IOp::Real(Op::LOAD_CONST) {
                    continue;
                }
                if let Some(k) = late_index(ins.arg) {
                    ins.arg = index.get(k).copied().unwrap_or(u32::MAX);
                }
            }
        }
    }
}

impl Unit<'_> {
    /// Assembles the unit into a code object.
    fn finish(self, map: &SourceMap<'_>, flags: u32) -> CResult<CodeObject> {
        let Unit {
            mut cfg,
            mut consts,
            names,
            varnames,
            cellvars,
            freevars,
            ..
        } = self;
        // Deref indices become localsplus indices now that co_varnames is complete.
        let nvar = varnames.list.len() as u32;
        let ncell = cellvars.len() as u32;
        let cell2arg: Vec<Option<u32>> = cellvars.iter().map(|c| varnames.get(c)).collect();
        for block in &mut cfg.blocks {
            for ins in &mut block.instrs {
                if let IOp::Real(op) = ins.op {
                    if op.arg_kind() == ArgKind::Deref {
                        ins.arg = match cell2arg.get(ins.arg as usize) {
                            Some(Some(a)) if ins.arg < ncell => *a,
                            _ => nvar + ins.arg,
                        };
                    }
                }
            }
        }
        let firstlineno = self.firstlineno;
        let asm = cfg.assemble(&consts, firstlineno.max(1)).map_err(|e| {
            map.error(
                format!("internal compiler error: {e}"),
                TextRange::default(),
            )
        })?;
        // = trim_unused_consts: drop trailing constants no instruction uses (keeping the first,
        // which may be a docstring).
        let keep = asm.max_const.map_or(1, |m| m as usize + 1).max(1);
        if consts.len() > keep {
            consts.truncate(keep);
        }
        let to_rc = |v: Vec<String>| -> Vec<Rc<str>> { v.into_iter().map(Rc::from).collect() };
        Ok(CodeObject {
            name: Rc::from(self.name.as_str()),
            qualname: Rc::from(self.qualname.as_str()),
            filename: Rc::from(map.filename()),
            firstlineno,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags,
            varnames: to_rc(varnames.list),
            cellvars: to_rc(cellvars),
            freevars: to_rc(freevars),
            cell2arg,
            names: to_rc(names.list),
            consts,
            code: asm.code,
            positions: asm.positions,
            exception_table: asm.exception_table,
            stacksize: asm.stacksize,
            doc: self.doc,
        })
    }
}
