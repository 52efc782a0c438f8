//! Name resolution (= CPython 3.11's `analyze_block`, `analyze_name`, `analyze_cells`,
//! `drop_class_free` and `update_symbols`): after the walk has recorded how every block uses
//! every name, decides each name's [`Scope`], turning locals captured by nested functions into
//! cells, recording the free variables that pass through enclosing blocks (including class
//! bodies, which are skipped by name lookup but not by closures), and marking classes whose
//! methods need the implicit `__class__` cell.

use std::collections::{HashMap, HashSet};

use super::flags::*;
use super::{Block, BlockId, BlockKind, Builder, Res, Scope, Symbol};
use crate::compiler::errors::CompileError;

impl Builder<'_, '_> {
    pub(super) fn analyze(&mut self) -> Res {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        self.analyze_block(0, None, &mut free, &mut global)
    }

    fn analyze_block(
        &mut self,
        id: BlockId,
        mut bound: Option<&mut HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Res {
        let kind = self.blocks[id].kind;
        let mut local = HashSet::new();
        let mut scopes: HashMap<String, Scope> = HashMap::new();
        let mut newglobal = HashSet::new();
        let mut newbound = HashSet::new();
        if kind == BlockKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }
        let symbols: Vec<(String, u32)> = self.blocks[id]
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.flags))
            .collect();
        for (name, flags) in &symbols {
            let scope = self.analyze_name(
                id,
                name,
                *flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.insert(name.clone(), scope);
        }
        if kind != BlockKind::Class {
            if kind == BlockKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut newfree = HashSet::new();
        let mut allfree = HashSet::new();
        let children = self.blocks[id].children.clone();
        for child in children {
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(
                child,
                Some(&mut temp_bound),
                &mut temp_free,
                &mut temp_global,
            )?;
            allfree.extend(temp_free);
            if self.blocks[child].free || self.blocks[child].child_free {
                self.blocks[id].child_free = true;
            }
        }
        newfree.extend(allfree);
        match kind {
            BlockKind::Function => {
                // Locals captured by children become cells.
                for (name, scope) in scopes.iter_mut() {
                    if *scope == Scope::Local && newfree.remove(name) {
                        *scope = Scope::Cell;
                    }
                }
            }
            BlockKind::Class => {
                if newfree.remove("__class__") {
                    self.blocks[id].needs_class_closure = true;
                }
            }
            BlockKind::Module => {}
        }
        self.update_symbols(
            id,
            &scopes,
            bound.as_deref(),
            &newfree,
            kind == BlockKind::Class,
        );
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: BlockId,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<Scope, CompileError> {
        let directive = |b: &Block| b.directives.get(name).copied().unwrap_or_default();
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(self.err(msg, directive(&self.blocks[id])));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(Scope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                let msg = "nonlocal declaration not allowed at module level";
                return Err(self.err(msg, directive(&self.blocks[id])));
            };
            if !b.contains(name) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(self.err(msg, directive(&self.blocks[id])));
            }
            self.blocks[id].free = true;
            free.insert(name.to_string());
            return Ok(Scope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(Scope::Local);
        }
        if bound.is_some_and(|b| b.contains(name)) {
            self.blocks[id].free = true;
            free.insert(name.to_string());
            return Ok(Scope::Free);
        }
        if global.contains(name) {
            return Ok(Scope::GlobalImplicit);
        }
        if self.blocks[id].nested {
            self.blocks[id].free = true;
        }
        Ok(Scope::GlobalImplicit)
    }

    fn update_symbols(
        &mut self,
        id: BlockId,
        scopes: &HashMap<String, Scope>,
        bound: Option<&HashSet<String>>,
        free: &HashSet<String>,
        is_class: bool,
    ) {
        let block = &mut self.blocks[id];
        for sym in &mut block.symbols {
            sym.scope = scopes.get(&sym.name).copied();
        }
        // Free variables of children that are not resolved here pass through this block.
        let mut pending: Vec<&String> = free.iter().collect();
        pending.sort();
        for name in pending {
            if let Some(&i) = block.index.get(name.as_str()) {
                if is_class && block.symbols[i].flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    block.symbols[i].flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name.as_str())) {
                continue; // A global.
            }
            block.index.insert(name.clone(), block.symbols.len());
            block.symbols.push(Symbol {
                name: name.clone(),
                flags: 0,
                scope: Some(Scope::Free),
            });
        }
    }
}
