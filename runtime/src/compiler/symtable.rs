//! Symbol tables: which names each scope binds and how every name is resolved
//! (= CPython's `symtable.c`).
//!
//! [`SymbolTable::build`] walks the AST once, creating a [`Block`] for the module, every class,
//! function, lambda and comprehension, and recording for each name the ways it is used
//! ([`flags`]). [`analyze`](Builder::analyze) then resolves every name to a [`Scope`] exactly as
//! CPython 3.11 does: explicit `global`/`nonlocal`, local bindings, free variables of nested
//! functions (which turn the binding into a cell), names passing through class bodies, and the
//! implicit `__class__` cell created when a method mentions `super` or `__class__`.
//!
//! Blocks are found again by the code generator through the address of their AST node
//! ([`node_key`]); the AST is borrowed for the whole compilation, so addresses are stable.
//!
//! Errors raised here (with CPython's messages): conflicting `global`/`nonlocal` declarations,
//! `nonlocal` at module level or without a binding, duplicate parameters, `yield` inside a
//! comprehension, invalid assignment expressions in comprehensions, `import *` in a function.

use std::collections::HashMap;

use super::errors::CompileError;
use super::front::{ast, Ranged, SourceMap, TextRange};

mod analyze;
mod exprs;

/// Symbol flags (CPython's `DEF_*` and `USE`).
pub(crate) mod flags {
    /// Declared `global`.
    pub const DEF_GLOBAL: u32 = 1;
    /// Assigned (or deleted) in this block.
    pub const DEF_LOCAL: u32 = 2;
    /// A parameter.
    pub const DEF_PARAM: u32 = 4;
    /// Declared `nonlocal`.
    pub const DEF_NONLOCAL: u32 = 8;
    /// Read in this block.
    pub const USE: u32 = 16;
    /// A free variable of a nested block that passes through a class binding the same name.
    pub const DEF_FREE_CLASS: u32 = 64;
    /// Bound by an import.
    pub const DEF_IMPORT: u32 = 128;
    /// Has a simple annotation (`x: int`).
    pub const DEF_ANNOT: u32 = 256;
    /// A comprehension iteration variable.
    pub const DEF_COMP_ITER: u32 = 512;
    /// Any binding.
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

/// Index of a block in [`SymbolTable::blocks`].
pub(crate) type BlockId = usize;

/// What kind of scope a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Module,
    Class,
    Function,
}

/// Which comprehension a function block implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    fn yield_error(self) -> &'static str {
        match self {
            CompKind::List => "'yield' inside list comprehension",
            CompKind::Set => "'yield' inside set comprehension",
            CompKind::Dict => "'yield' inside dict comprehension",
            CompKind::Generator => "'yield' inside generator expression",
        }
    }
}

/// How a name is resolved in a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// One name of a block.
#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: Option<Scope>,
}

/// One scope (= CPython's `PySTEntryObject`).
#[derive(Debug)]
pub(crate) struct Block {
    pub kind: BlockKind,
    /// Symbols in order of first mention.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in order (posonly, regular, keyword-only, `*args`, `**kwargs`).
    pub varnames: Vec<String>,
    pub children: Vec<BlockId>,
    /// Nested inside a function (directly or through classes).
    pub nested: bool,
    /// Has free variables.
    pub free: bool,
    /// A child block has free variables.
    pub child_free: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: Option<CompKind>,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    /// A class whose methods use `__class__`/`super`: the class body creates the cell.
    pub needs_class_closure: bool,
    /// Where `global`/`nonlocal` declared each name (for error locations).
    directives: HashMap<String, TextRange>,
    /// Transient state of the walk: inside a comprehension's target.
    comp_iter_target: bool,
    /// Transient state of the walk: inside a comprehension's outermost iterable.
    comp_iter_expr: u32,
}

impl Block {
    fn new(kind: BlockKind, nested: bool) -> Block {
        Block {
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested,
            free: false,
            child_free: false,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    fn or_flags(&mut self, name: &str, flag: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flag,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: flag,
                    scope: None,
                });
            }
        }
    }

    /// The flags of `name` (0 if unknown).
    pub(crate) fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].flags)
    }

    /// The resolved scope of `name`, if the block knows it.
    pub(crate) fn scope(&self, name: &str) -> Option<Scope> {
        self.index.get(name).and_then(|&i| self.symbols[i].scope)
    }

    /// Names with scope `scope` (or, with `extra_flag`, carrying that flag), sorted
    /// (= CPython's `dictbytype`): the order of `co_cellvars` and `co_freevars`.
    pub(crate) fn names_by_scope(&self, scope: Scope, extra_flag: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Some(scope) || (extra_flag != 0 && s.flags & extra_flag != 0))
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }
}

/// The symbol tables of one compilation unit.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub blocks: Vec<Block>,
    by_node: HashMap<usize, BlockId>,
}

/// The key of the block created for an AST node (its address).
pub(crate) fn node_key<T>(node: &T) -> usize {
    std::ptr::from_ref(node) as usize
}

/// CPython's `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl SymbolTable {
    /// Builds and analyses the symbol tables of a module body or an expression.
    pub(crate) fn build(
        map: &SourceMap<'_>,
        body: BodyRef<'_>,
        future_annotations: bool,
    ) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            map,
            blocks: vec![Block::new(BlockKind::Module, false)],
            by_node: HashMap::new(),
            stack: vec![0],
            private: None,
            future_annotations,
        };
        match body {
            BodyRef::Module(stmts) => b.visit_body(stmts)?,
            BodyRef::Expression(e) => b.visit_expr(e)?,
        }
        b.analyze()?;
        Ok(SymbolTable {
            blocks: b.blocks,
            by_node: b.by_node,
        })
    }

    /// The block created for an AST node (see [`node_key`]).
    pub(crate) fn block_of(&self, key: usize) -> Option<BlockId> {
        self.by_node.get(&key).copied()
    }
}

/// What [`SymbolTable::build`] walks.
#[derive(Clone, Copy)]
pub(crate) enum BodyRef<'a> {
    Module(&'a [ast::Stmt]),
    Expression(&'a ast::Expr),
}

struct Builder<'m, 's> {
    map: &'m SourceMap<'s>,
    blocks: Vec<Block>,
    by_node: HashMap<usize, BlockId>,
    /// Blocks being walked, innermost last.
    stack: Vec<BlockId>,
    /// The class name used for mangling private names.
    private: Option<String>,
    future_annotations: bool,
}

type Res = Result<(), CompileError>;

impl Builder<'_, '_> {
    fn cur(&self) -> BlockId {
        *self.stack.last().expect("block stack is never empty")
    }

    fn cur_block(&mut self) -> &mut Block {
        let id = self.cur();
        &mut self.blocks[id]
    }

    fn err(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.map.error(msg, range)
    }

    fn enter_block(&mut self, kind: BlockKind, key: usize) {
        let parent = self.cur();
        let nested = self.blocks[parent].nested || self.blocks[parent].kind == BlockKind::Function;
        let id = self.blocks.len();
        self.blocks.push(Block::new(kind, nested));
        self.blocks[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// = `symtable_add_def`: records a use of `name` in the current block.
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Res {
        let id = self.cur();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(&mut self, id: BlockId, name: &str, mut flag: u32, range: TextRange) -> Res {
        let mangled = mangle(self.private.as_deref(), name);
        let block = &mut self.blocks[id];
        if flag & DEF_PARAM != 0 && block.flags(&mangled) & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{mangled}' in function definition");
            return Err(self.err(msg, range));
        }
        let block = &mut self.blocks[id];
        if block.comp_iter_target {
            // A comprehension's iteration variable: it may not also be the target of an
            // assignment expression in the comprehension.
            if (block.flags(&mangled) | flag) & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg =
                    format!("comprehension inner loop cannot rebind assignment expression target '{mangled}'");
                return Err(self.err(msg, range));
            }
            flag |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            block.varnames.push(mangled.clone());
        }
        block.or_flags(&mangled, flag);
        if flag & DEF_GLOBAL != 0 {
            // As CPython: a `global` declaration anywhere makes the name an explicit global
            // of the module block too.
            self.blocks[0].or_flags(&mangled, DEF_GLOBAL);
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[ast::Stmt]) -> Res {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// = `symtable_visit_pattern`: capture patterns bind names in the current block.
    fn visit_pattern(&mut self, p: &ast::Pattern) -> Res {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            P::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n.as_str(), DEF_LOCAL, n.range),
                None => Ok(()),
            },
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n.as_str(), DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            P::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match &m.rest {
                    Some(n) => self.add_def(n.as_str(), DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.visit_pattern(p))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.visit_pattern(&k.pattern))
            }
        }
    }

    fn visit_exprs(&mut self, exprs: &[ast::Expr]) -> Res {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    // = symtable_visit_stmt
    fn visit_stmt(&mut self, stmt: &ast::Stmt) -> Res {
        use ast::Stmt as S;
        match stmt {
            S::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, f.name.range)?;
                self.visit_param_defaults(&f.parameters)?;
                self.visit_annotations(&f.parameters, f.returns.as_deref())?;
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter_block(BlockKind::Function, node_key(f));
                if f.is_async {
                    self.cur_block().coroutine = true;
                }
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit_block();
            }
            S::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    self.visit_exprs(&args.args)?;
                    for k in &args.keywords {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter_block(BlockKind::Class, node_key(c));
                let saved = self.private.replace(c.name.to_string());
                self.visit_body(&c.body)?;
                self.private = saved;
                self.exit_block();
            }
            S::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                    self.cur_block().returns_value = true;
                }
            }
            S::Delete(d) => self.visit_exprs(&d.targets)?,
            S::Assign(a) => {
                self.visit_exprs(&a.targets)?;
                self.visit_expr(&a.value)?;
            }
            S::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            S::AnnAssign(a) => self.visit_ann_assign(a)?,
            S::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            S::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            S::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            S::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            S::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            S::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            S::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, name.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            S::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            S::Import(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            S::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            S::Global(g) => {
                for name in &g.names {
                    self.declare(name, true, g.range)?;
                }
            }
            S::Nonlocal(n) => {
                for name in &n.names {
                    self.declare(name, false, n.range)?;
                }
            }
            S::Expr(e) => self.visit_expr(&e.value)?,
            S::Pass(_) | S::Break(_) | S::Continue(_) => {}
            S::TypeAlias(_) | S::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    /// `global` (`is_global`) or `nonlocal` declaration of one name.
    fn declare(&mut self, name: &ast::Identifier, is_global: bool, range: TextRange) -> Res {
        let mangled = mangle(self.private.as_deref(), name);
        let cur = self.blocks[self.cur()].flags(&mangled);
        let what = if is_global { "global" } else { "nonlocal" };
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else {
                format!("name '{name}' is assigned to before {what} declaration")
            };
            return Err(self.err(msg, range));
        }
        self.add_def(
            name,
            if is_global { DEF_GLOBAL } else { DEF_NONLOCAL },
            range,
        )?;
        self.cur_block().directives.entry(mangled).or_insert(range);
        Ok(())
    }

    fn visit_ann_assign(&mut self, a: &ast::StmtAnnAssign) -> Res {
        if let ast::Expr::Name(n) = &*a.target {
            let mangled = mangle(self.private.as_deref(), &n.id);
            let cur = self.blocks[self.cur()].flags(&mangled);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple && self.cur() != 0 {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                let msg = format!("annotated name '{}' can't be {what}", n.id);
                return Err(self.err(msg, a.range));
            }
            if a.simple {
                self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
            } else if a.value.is_some() {
                self.add_def(&n.id, DEF_LOCAL, n.range)?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        self.visit_annotation(&a.annotation)?;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    /// An annotation: evaluated in the current block, or (under `from __future__ import
    /// annotations`) kept as text, in which case CPython still rejects what cannot appear in
    /// an annotation block.
    fn visit_annotation(&mut self, e: &ast::Expr) -> Res {
        if !self.future_annotations {
            return self.visit_expr(e);
        }
        use ruff_python_ast::visitor::{walk_expr, Visitor};
        struct Forbidden(Option<(&'static str, TextRange)>);
        impl<'a> Visitor<'a> for Forbidden {
            fn visit_expr(&mut self, e: &'a ast::Expr) {
                if self.0.is_some() {
                    return;
                }
                let what = match e {
                    ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => "yield expression",
                    ast::Expr::Await(_) => "await expression",
                    ast::Expr::Named(_) => "named expression",
                    _ => return walk_expr(self, e),
                };
                self.0 = Some((what, e.range()));
            }
        }
        let mut f = Forbidden(None);
        f.visit_expr(e);
        match f.0 {
            Some((what, range)) => Err(self.err(
                format!("'{what}' can not be used within an annotation"),
                range,
            )),
            None => Ok(()),
        }
    }

    fn visit_alias(&mut self, alias: &ast::Alias) -> Res {
        let name: &str = alias.asname.as_ref().unwrap_or(&alias.name);
        if name == "*" {
            if self.blocks[self.cur()].kind != BlockKind::Module {
                return Err(self.err("import * only allowed at module level", alias.range));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, alias.range)
    }

    fn visit_param_defaults(&mut self, p: &ast::Parameters) -> Res {
        for a in p.posonlyargs.iter().chain(&p.args) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_annotations(&mut self, p: &ast::Parameters, returns: Option<&ast::Expr>) -> Res {
        for param in p.iter() {
            if let Some(a) = param.annotation() {
                self.visit_annotation(a)?;
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// Defines the parameters inside the function's block, in `co_varnames` order.
    fn visit_params(&mut self, p: &ast::Parameters) -> Res {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(&a.parameter.name, DEF_PARAM, a.parameter.name.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name, DEF_PARAM, v.name.range)?;
            self.cur_block().varargs = true;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.name.range)?;
            self.cur_block().varkeywords = true;
        }
        Ok(())
    }
}
