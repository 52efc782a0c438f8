//! Adaptive specialisation (PEP 659): generic instructions rewrite themselves into
//! specialised forms with inline caches, and back when a guard misses.
//!
//! Cache layouts (u32 words after the instruction):
//! - BINARY_OP / COMPARE_OP / FOR_ITER (1 word): a miss counter; after [`MAX_MISSES`]
//!   despecialisations the site stays generic (FOR_ITER sets it at once for iterators it has
//!   no specialised form for). BINARY_OP's word also keeps [`INT_OVERFLOWED`].
//! - LOAD_GLOBAL_MODULE: [globals keys-version, entry index, -, -].
//! - LOAD_GLOBAL_BUILTIN: [globals keys-version, builtins keys-version, entry index, -].
//! - LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE: [type version, dict entry index].
//! - LOAD_ATTR_MODULE: [module dict keys-version, entry index].
//! - LOAD_METHOD_CACHED: [type version, method pointer low, method pointer high]; the method is
//!   kept alive by the type's namespace, which the version guard proves unchanged.
//!
//! The specialised stream is also tier 2's type feedback: a site that became
//! BINARY_OP_ADD_INT saw ints.

use crate::bytecode::opcodes::{binop, cmpop, encode, Op};
use crate::object::{Obj, Payload, PyRef};
use crate::objects::descriptors::{is_slot_member_for, slot_member_index};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{tdata, TF_CUSTOM_GETATTR, TF_CUSTOM_SETATTR};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Marks an instance-value cache's index as one into the receiver's slot array
/// (`Payload::Slots`) rather than its dict; dict entry indexes stay below it.
pub const SLOT_ENTRY: usize = 1 << 31;

/// Despecialisations after which a site stays generic.
pub const MAX_MISSES: u32 = 16;

/// Set in the counter word of a BINARY_OP whose int fast path gave no i64 result: it
/// overflowed (the site stays specialised: such results are ints too) or raised (`x // 0`,
/// a negative shift). Tier 2 compiles such a site generic instead of exiting from it.
pub const INT_OVERFLOWED: u32 = 1 << 30;

/// Counters of the specialising interpreter.
#[derive(Default, Debug, Clone)]
pub struct Stats {
    pub specialized: u64,
    pub despecialized: u64,
    pub global_hits: u64,
}

impl Vm {
    #[inline]
    fn code_of(&self, fi: usize) -> &crate::objects::code::CodeData {
        self.frames[fi].code_data()
    }

    /// Rewrites the instruction at `lasti` to `op`, keeping its argument.
    fn rewrite(&mut self, fi: usize, lasti: usize, op: Op) {
        let cd = self.code_of(fi);
        let (_, arg) = crate::bytecode::decode(cd.word(lasti));
        cd.set_word(lasti, encode(op, arg));
        self.stats.specialized += 1;
    }

    /// Turns a specialised instruction back into its generic form after a guard missed.
    pub fn despecialize(&mut self, fi: usize, lasti: usize, generic: Op) {
        let cd = self.code_of(fi);
        let (_, arg) = crate::bytecode::decode(cd.word(lasti));
        cd.set_word(lasti, encode(generic, arg));
        let misses = cd.word(lasti + 1);
        cd.set_word(lasti + 1, misses.saturating_add(1));
        self.stats.despecialized += 1;
    }

    fn may_specialize(&self, fi: usize, lasti: usize) -> bool {
        (self.code_of(fi).word(lasti + 1) & !INT_OVERFLOWED) < MAX_MISSES
    }

    /// Notes that the int fast path of the BINARY_OP at `lasti` gave no i64 result.
    #[cold]
    pub(crate) fn note_int_overflow(&mut self, fi: usize, lasti: usize) {
        let cd = self.code_of(fi);
        cd.set_word(lasti + 1, cd.word(lasti + 1) | INT_OVERFLOWED);
    }

    pub(crate) fn specialize_binary_op(
        &mut self,
        fi: usize,
        lasti: usize,
        arg: u32,
        a: &Value,
        b: &Value,
    ) {
        if !self.may_specialize(fi, lasti) {
            return;
        }
        let base = if arg >= binop::INPLACE {
            arg - binop::INPLACE
        } else {
            arg
        };
        let op = match (a, b) {
            (Value::Int(_), Value::Int(_)) => match base {
                binop::ADD => Op::BINARY_OP_ADD_INT,
                binop::SUBTRACT => Op::BINARY_OP_SUBTRACT_INT,
                binop::MULTIPLY => Op::BINARY_OP_MULTIPLY_INT,
                binop::AND
                | binop::OR
                | binop::XOR
                | binop::FLOOR_DIVIDE
                | binop::REMAINDER
                | binop::LSHIFT
                | binop::RSHIFT => Op::BINARY_OP_INT,
                _ => return,
            },
            (Value::Float(_), Value::Float(_) | Value::Int(_))
            | (Value::Int(_), Value::Float(_)) => match base {
                binop::ADD
                | binop::SUBTRACT
                | binop::MULTIPLY
                | binop::TRUE_DIVIDE
                | binop::FLOOR_DIVIDE
                | binop::REMAINDER => Op::BINARY_OP_FLOAT,
                _ => return,
            },
            _ if base == binop::ADD && a.as_str().is_some() && b.as_str().is_some() => {
                Op::BINARY_OP_ADD_UNICODE
            }
            _ => {
                self.note_binop_dunder(fi, lasti, arg, a, b);
                return;
            }
        };
        self.rewrite(fi, lasti, op);
    }

    /// Records the dunder a generic BINARY_OP called when that call is all the operator did:
    /// the left operand is a plain instance of a Python class whose operator method is a
    /// Python function, and the right operand is of the same class or of a built-in scalar
    /// type (so no reflected method of a subclass goes first). An in-place operator counts
    /// only when the class has no in-place method.
    fn note_binop_dunder(&mut self, fi: usize, lasti: usize, arg: u32, a: &Value, b: &Value) {
        let Value::Obj(ao) = a else { return };
        // The class's own data (an instance's `type_data`): heap flag and version.
        let td = ao.type_data();
        if !ao.payload.is_instance() || !td.is_heap() {
            return;
        }
        let version = td.version.get();
        let pc = lasti as u32;
        let known = |d: &crate::objects::code::BinopDunder| {
            d.pc == pc && d.version == version && std::ptr::eq(d.class, ao.ty())
        };
        if self.code_of(fi).binop_dunders.borrow().iter().any(known) {
            return;
        }
        let same_or_scalar = match b {
            Value::Obj(bo) => std::ptr::eq(bo.ty(), ao.ty()),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
            _ => false,
        };
        if !same_or_scalar {
            return;
        }
        let cls = ao.type_ref();
        let (base, inplace) = if arg >= binop::INPLACE {
            (arg - binop::INPLACE, true)
        } else {
            (arg, false)
        };
        let names = crate::vm::ops::BINOP_DUNDERS[base as usize];
        if inplace {
            let iname = self.intern_static(names.2);
            if self.lookup_type(&cls, &iname).is_some() {
                return;
            }
        }
        let name = self.intern_static(names.0);
        let Some(Value::Obj(func)) = self.lookup_type(&cls, &name) else {
            return;
        };
        if !matches!(func.payload, Payload::Function(_)) {
            return;
        }
        let entry = crate::objects::code::BinopDunder {
            pc,
            class: cls.as_ptr(),
            version,
            func: func.as_ptr(),
        };
        let mut seen = self.code_of(fi).binop_dunders.borrow_mut();
        match seen.iter_mut().find(|d| d.pc == pc) {
            Some(d) => *d = entry,
            None => seen.push(entry),
        }
    }

    pub(crate) fn specialize_compare(&mut self, fi: usize, lasti: usize, a: &Value, b: &Value) {
        if !self.may_specialize(fi, lasti) {
            return;
        }
        let (_, arg) = crate::bytecode::decode(self.code_of(fi).word(lasti));
        let op = match (a, b) {
            (Value::Int(_), Value::Int(_)) => Op::COMPARE_OP_INT,
            (Value::Float(_), Value::Float(_)) => Op::COMPARE_OP_FLOAT,
            _ if (arg == cmpop::EQ || arg == cmpop::NE)
                && a.as_str().is_some()
                && b.as_str().is_some() =>
            {
                Op::COMPARE_OP_STR
            }
            _ => return,
        };
        self.rewrite(fi, lasti, op);
    }

    /// FOR_ITER over a list or range iterator becomes FOR_ITER_LIST / FOR_ITER_RANGE. The
    /// interpreter runs every form through the same handler; the specialised form is tier 2's
    /// feedback (a loop over a list can keep its iterator virtual). A site whose first iterator
    /// is of another kind is marked and not looked at again.
    pub(crate) fn specialize_for_iter(&mut self, fi: usize, lasti: usize, it: &Value) {
        if !self.may_specialize(fi, lasti) {
            return;
        }
        let op = match it {
            Value::Obj(o) if std::ptr::eq(o.ty(), &*self.types.list_iterator) => Op::FOR_ITER_LIST,
            Value::Obj(o) if std::ptr::eq(o.ty(), &*self.types.range_iterator) => {
                Op::FOR_ITER_RANGE
            }
            _ => {
                self.code_of(fi).set_word(lasti + 1, MAX_MISSES);
                return;
            }
        };
        self.rewrite(fi, lasti, op);
    }

    /// LOAD_GLOBAL with its caches (= `LOAD_GLOBAL_MODULE` / `LOAD_GLOBAL_BUILTIN`).
    pub(crate) fn load_global_cached(
        &mut self,
        fi: usize,
        op: Op,
        lasti: usize,
        arg: u32,
    ) -> PyResult<Value> {
        let (globals, builtins) = {
            let f = &self.frames[fi];
            (f.globals.clone(), f.builtins.clone())
        };
        let cd = self.code_of(fi);
        let (w0, w1, w2) = (cd.word(lasti + 1), cd.word(lasti + 2), cd.word(lasti + 3));
        if let (Payload::Dict(g), Payload::Dict(b)) = (&globals.payload, &builtins.payload) {
            match op {
                Op::LOAD_GLOBAL_MODULE => {
                    let g = g.borrow();
                    if g.keys_version == w0 {
                        self.stats.global_hits += 1;
                        return Ok(g.entry(w1 as usize).value.clone());
                    }
                }
                Op::LOAD_GLOBAL_BUILTIN => {
                    let (g, b) = (g.borrow(), b.borrow());
                    if g.keys_version == w0 && b.keys_version == w1 {
                        self.stats.global_hits += 1;
                        return Ok(b.entry(w2 as usize).value.clone());
                    }
                }
                _ => {}
            }
        }
        let name = self.code_of(fi).names[(arg >> 1) as usize].clone();
        let Value::Obj(name_ref) = &name else {
            unreachable!()
        };
        let h = match &name_ref.payload {
            Payload::Str(s) => s.hash(),
            _ => 0,
        };
        if let Some(ix) = crate::vm::ops::dict_find(self, &globals, &name, h)? {
            let Payload::Dict(g) = &globals.payload else {
                unreachable!()
            };
            let g = g.borrow();
            let v = g.entry(ix).value.clone();
            let kv = g.keys_version;
            drop(g);
            let cd = self.code_of(fi);
            cd.set_word(lasti + 1, kv);
            cd.set_word(lasti + 2, ix as u32);
            if op != Op::LOAD_GLOBAL_MODULE {
                self.rewrite(fi, lasti, Op::LOAD_GLOBAL_MODULE);
            }
            return Ok(v);
        }
        if let Some(ix) = crate::vm::ops::dict_find(self, &builtins, &name, h)? {
            let (Payload::Dict(g), Payload::Dict(b)) = (&globals.payload, &builtins.payload) else {
                unreachable!()
            };
            let b = b.borrow();
            let v = b.entry(ix).value.clone();
            let (gk, bk) = (g.borrow().keys_version, b.keys_version);
            drop(b);
            let cd = self.code_of(fi);
            cd.set_word(lasti + 1, gk);
            cd.set_word(lasti + 2, bk);
            cd.set_word(lasti + 3, ix as u32);
            if op != Op::LOAD_GLOBAL_BUILTIN {
                self.rewrite(fi, lasti, Op::LOAD_GLOBAL_BUILTIN);
            }
            return Ok(v);
        }
        Err(self.name_error(name_ref.payload_str()))
    }

    /// Records what a BINARY_SUBSCR / STORE_SUBSCR site saw (`seen`, from [`subscr_kind`]):
    /// the specialised form is tier 2's feedback (a list indexed by an int may get a
    /// bounds-checked fast path; a slice or a dict must not). A specialised site that sees
    /// something else goes back to the generic form, and stays there after
    /// [`MAX_MISSES`].
    pub(crate) fn specialize_subscr(&mut self, fi: usize, lasti: usize, op: Op, seen: Op) {
        let generic = op.base();
        if op != generic {
            self.despecialize(fi, lasti, generic);
        }
        if seen != generic && self.may_specialize(fi, lasti) {
            self.rewrite(fi, lasti, seen);
        }
    }

    /// LOAD_ATTR with its caches.
    pub(crate) fn load_attr_cached(
        &mut self,
        fi: usize,
        op: Op,
        lasti: usize,
        obj: &Value,
        name: &PyRef,
    ) -> PyResult<Value> {
        let cd = self.code_of(fi);
        let (w0, w1) = (cd.word(lasti + 1), cd.word(lasti + 2));
        if let Value::Obj(o) = obj {
            match op {
                Op::LOAD_ATTR_INSTANCE_VALUE if tdata(o.ty()).version.get() == w0 => {
                    if let Some(v) = instance_value(o, w1 as usize, name) {
                        return Ok(v);
                    }
                }
                Op::LOAD_ATTR_MODULE => {
                    if let (Payload::Module { .. }, Some(d)) = (&o.payload, o.get_dict()) {
                        if let Payload::Dict(dc) = &d.payload {
                            let dc = dc.borrow();
                            if dc.keys_version == w0 {
                                return Ok(dc.entry(w1 as usize).value.clone());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let v = self.getattr(obj, name)?;
        self.specialize_load_attr(fi, op, lasti, obj, name);
        Ok(v)
    }

    fn specialize_load_attr(&mut self, fi: usize, op: Op, lasti: usize, obj: &Value, name: &PyRef) {
        let Value::Obj(o) = obj else { return };
        if let Payload::Module { .. } = &o.payload {
            if let Some(d) = o.get_dict() {
                if let Payload::Dict(dc) = &d.payload {
                    let dc = dc.borrow();
                    if let Some(ix) = find_str_entry(&dc, name) {
                        let kv = dc.keys_version;
                        drop(dc);
                        let cd = self.code_of(fi);
                        cd.set_word(lasti + 1, kv);
                        cd.set_word(lasti + 2, ix as u32);
                        if op != Op::LOAD_ATTR_MODULE {
                            self.rewrite(fi, lasti, Op::LOAD_ATTR_MODULE);
                        }
                    }
                }
            }
            return;
        }
        self.specialize_instance_value(fi, lasti, op, o, name, Op::LOAD_ATTR_INSTANCE_VALUE);
    }

    /// Specialises the LOAD_ATTR/STORE_ATTR at `lasti` to `to` (an `_INSTANCE_VALUE` form)
    /// with `o`'s type version and the entry of `name` in `o`'s dict, when the access is a
    /// plain instance-dict one ([`Vm::instance_attr_entry`]).
    fn specialize_instance_value(
        &mut self,
        fi: usize,
        lasti: usize,
        op: Op,
        o: &Obj,
        name: &PyRef,
        to: Op,
    ) {
        let store = to == Op::STORE_ATTR_INSTANCE_VALUE;
        let Some(ix) = self.instance_attr_entry(o, name, store) else {
            return;
        };
        let version = o.type_data().version.get();
        let cd = self.code_of(fi);
        cd.set_word(lasti + 1, version);
        cd.set_word(lasti + 2, ix as u32);
        if op != to {
            self.rewrite(fi, lasti, to);
        }
    }

    /// Where instance `o` keeps the value of attribute `name`, when loading (`store`:
    /// storing) `o.name` is a plain access to it for every instance of `o`'s type while the
    /// type keeps its version: [`SLOT_ENTRY`] with the index in `o`'s slot array when a slot
    /// member of `o`'s layout handles `name`; else `name`'s entry in `o`'s dict, when the
    /// type is a heap type without a custom `__getattribute__`/`__getattr__`
    /// (`__setattr__`) and without a data descriptor for `name` other than a slot member
    /// whose values live in that dict too (a class with a built-in base). What the
    /// instance-value caches record.
    pub fn instance_attr_entry(&mut self, o: &Obj, name: &PyRef, store: bool) -> Option<usize> {
        let td = o.type_data();
        let custom = if store {
            TF_CUSTOM_SETATTR
        } else {
            TF_CUSTOM_GETATTR
        };
        if !td.is_heap() || td.has_flag(custom) {
            return None;
        }
        let ty = o.type_ref();
        if let Some(d) = self.lookup_type(&ty, name) {
            if let Some(i) = slot_member_index(&d, name) {
                if matches!(&o.payload, Payload::Slots(s) if i < s.len()) {
                    return Some(SLOT_ENTRY | i);
                }
            }
            if self.is_data_descriptor(&d) && !is_slot_member_for(&d, name) {
                return None;
            }
        }
        instance_entry_index(o, name)
    }

    /// The method `o.name` finds on `o`'s type while the type keeps its version — a Python
    /// function, or a built-in method descriptor (built-in types never change their
    /// namespace) — when the type has no custom `__getattribute__` and `o`'s own dict does
    /// not shadow it. What LOAD_METHOD_CACHED records (as [`Vm::load_method`] finds it).
    pub fn type_method(&mut self, o: &Obj, name: &PyRef) -> Option<PyRef> {
        let td = o.type_data();
        if td.has_flag(TF_CUSTOM_GETATTR)
            || matches!(o.payload, Payload::Type(_) | Payload::Module { .. })
            || instance_dict_has(o, name)
        {
            return None;
        }
        let ty = o.type_ref();
        match self.lookup_type(&ty, name)? {
            Value::Obj(m) if is_plain_method(&m) => Some(m),
            _ => None,
        }
    }

    /// STORE_ATTR with its cache.
    pub(crate) fn store_attr_cached(
        &mut self,
        fi: usize,
        op: Op,
        lasti: usize,
        obj: &Value,
        name: &PyRef,
        mut v: Value,
    ) -> PyResult<()> {
        if let (Op::STORE_ATTR_INSTANCE_VALUE, Value::Obj(o)) = (op, obj) {
            let cd = self.code_of(fi);
            let (w0, w1) = (cd.word(lasti + 1), cd.word(lasti + 2));
            match self.store_instance_attr(o, name, v, w0, w1 as usize) {
                None => return Ok(()),
                Some(back) => v = back,
            }
        }
        self.setattr(obj, name, v)?;
        if let Value::Obj(o) = obj {
            self.specialize_instance_value(fi, lasti, op, o, name, Op::STORE_ATTR_INSTANCE_VALUE);
        }
        Ok(())
    }

    /// `o.name = v` at a site specialised for type version `version` (a plain instance-dict
    /// store when it was recorded): while the version holds there is no data descriptor for
    /// `name` other than a slot member, which stores the same way, and no custom
    /// `__setattr__`, so the value goes straight into the instance dict (replacing entry `ix`
    /// when that entry holds `name`, else adding it: typically `__init__` on a fresh
    /// instance). Gives `v` back when the version differs.
    pub fn store_instance_attr(
        &mut self,
        o: &Obj,
        name: &PyRef,
        v: Value,
        version: u32,
        ix: usize,
    ) -> Option<Value> {
        if o.type_data().version.get() != version {
            return Some(v);
        }
        if let Payload::Slots(_) = &o.payload {
            // A slot member handles `name` when the site recorded one (the type is the
            // same); without the index (a hint from compiled code) take the full path.
            return match ix & SLOT_ENTRY {
                0 => Some(v),
                _ => o.set_slot_value(ix & !SLOT_ENTRY, v).err(),
            };
        }
        let d = match o.get_dict() {
            Some(d) => d,
            None => {
                // A slotted instance's first slot store (slot values live in a private
                // dict, made on demand as `member_set` does).
                let d = self.new_dict_ref();
                o.set_dict(Some(d.clone()));
                d
            }
        };
        if let (Payload::Dict(dc), Payload::Str(sd)) = (&d.payload, &name.payload) {
            let mut dc = dc.borrow_mut();
            if entry_holds(&dc, ix, name) {
                let old = dc.replace_value(ix, v);
                drop(dc);
                drop(old);
                return None;
            }
            // One probe: str keys compare without running Python code.
            let key = Value::Obj(name.clone());
            let h = sd.hash();
            match dc.probe(h, &key, crate::vm::ops::fast_eq) {
                crate::objects::dict::Probe::Found(at) => {
                    let old = dc.replace_value(at, v);
                    drop(dc);
                    drop(old);
                    return None;
                }
                crate::objects::dict::Probe::Absent => {
                    dc.insert_new(h, key, v);
                    return None;
                }
                crate::objects::dict::Probe::Candidates(_) => {}
            }
        }
        crate::vm::ops::dict_set_str(self, &d, Value::Obj(name.clone()), v);
        None
    }

    /// LOAD_METHOD with its cache.
    pub(crate) fn load_method_cached(
        &mut self,
        fi: usize,
        op: Op,
        lasti: usize,
        obj: Value,
        name: &PyRef,
    ) -> PyResult<(Value, Value)> {
        if op == Op::LOAD_METHOD_CACHED {
            if let Value::Obj(o) = &obj {
                let cd = self.code_of(fi);
                let (w0, lo, hi) = (cd.word(lasti + 1), cd.word(lasti + 2), cd.word(lasti + 3));
                if o.type_data().version.get() == w0 && !instance_dict_has(o, name) {
                    let p = ((hi as u64) << 32 | lo as u64) as usize as *const Obj;
                    // SAFETY: the type version is unchanged, so its namespace still holds the
                    // method object cached at `p` (see the module docs); we take a new count.
                    let m = PyRef::from_obj(unsafe { &*p });
                    return Ok((Value::Obj(m), obj));
                }
            }
        }
        let (m, s) = self.load_method(obj, name)?;
        if let (Value::Obj(mo), Value::Obj(so)) = (&m, &s) {
            let td = so.type_data();
            if is_plain_method(mo) {
                let p = mo.as_ptr() as usize as u64;
                let cd = self.code_of(fi);
                cd.set_word(lasti + 1, td.version.get());
                cd.set_word(lasti + 2, p as u32);
                cd.set_word(lasti + 3, (p >> 32) as u32);
                if op != Op::LOAD_METHOD_CACHED {
                    self.rewrite(fi, lasti, Op::LOAD_METHOD_CACHED);
                }
            }
        }
        Ok((m, s))
    }
}

/// Whether `m`, found on a type, is what LOAD_METHOD calls with the receiver prepended: a
/// Python function or an unbound built-in method.
fn is_plain_method(m: &Obj) -> bool {
    match &m.payload {
        Payload::Function(_) => true,
        Payload::Builtin(b) => b.kind == BuiltinKind::Method && b.self_.is_undef(),
        _ => false,
    }
}

fn find_str_entry(d: &crate::objects::dict::Dict, name: &PyRef) -> Option<usize> {
    let h = match &name.payload {
        Payload::Str(s) => s.hash(),
        _ => return None,
    };
    match d.probe(h, &Value::Obj(name.clone()), crate::vm::ops::fast_eq) {
        crate::objects::dict::Probe::Found(ix) => Some(ix),
        _ => None,
    }
}

fn instance_entry_index(o: &Obj, name: &PyRef) -> Option<usize> {
    let d = o.get_dict()?;
    let Payload::Dict(dc) = &d.payload else {
        return None;
    };
    let r = find_str_entry(&dc.borrow(), name);
    r
}

/// Whether instance `o`'s own dict has the key `name` (an interned string).
pub fn instance_dict_has(o: &Obj, name: &PyRef) -> bool {
    let (Some(d), Payload::Str(s)) = (o.get_dict(), &name.payload) else {
        return false;
    };
    let Payload::Dict(dc) = &d.payload else {
        return false;
    };
    let dc = dc.borrow();
    let bits = crate::objects::dict::bloom_bits(s.hash());
    if dc.bloom & bits != bits {
        return false;
    }
    find_str_entry(&dc, name).is_some()
}

/// The value of attribute `name` of `o` that `ix` (from [`Vm::instance_attr_entry`]) locates:
/// slot `ix` when it is a [`SLOT_ENTRY`] and set, else dict entry `ix` when it exists and
/// holds `name`.
fn instance_value(o: &Obj, ix: usize, name: &PyRef) -> Option<Value> {
    if ix & SLOT_ENTRY != 0 {
        return o
            .slot_value(ix & !SLOT_ENTRY)
            .filter(|v| !matches!(v, Value::Undef));
    }
    let d = o.get_dict()?;
    let Payload::Dict(dc) = &d.payload else {
        return None;
    };
    let dc = dc.borrow();
    entry_holds(&dc, ix, name).then(|| dc.entries[ix].value.clone())
}

/// Whether entry `ix` of `d` exists and has the interned key `name`.
fn entry_holds(d: &crate::objects::dict::Dict, ix: usize, name: &PyRef) -> bool {
    d.entries
        .get(ix)
        .is_some_and(|e| e.key.as_obj().is_some_and(|k| PyRef::ptr_eq(k, name)))
}

/// The specialised form of BINARY_SUBSCR (`store`: STORE_SUBSCR) for container `obj` and
/// `key` (exact built-in types only), or the generic instruction.
pub(crate) fn subscr_kind(obj: &Value, key: &Value, store: bool) -> Op {
    let exact = matches!(obj, Value::Obj(o) if !o.type_data().is_heap());
    match (obj.payload(), key, store) {
        (Some(Payload::List(_)), Value::Int(_), false) if exact => Op::BINARY_SUBSCR_LIST_INT,
        (Some(Payload::Tuple(_)), Value::Int(_), false) if exact => Op::BINARY_SUBSCR_TUPLE_INT,
        (Some(Payload::Dict(_)), _, false) if exact => Op::BINARY_SUBSCR_DICT,
        (Some(Payload::List(_)), Value::Int(_), true) if exact => Op::STORE_SUBSCR_LIST_INT,
        (Some(Payload::Dict(_)), _, true) if exact => Op::STORE_SUBSCR_DICT,
        (_, _, false) => Op::BINARY_SUBSCR,
        (_, _, true) => Op::STORE_SUBSCR,
    }
}
