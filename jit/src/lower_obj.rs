//! Lowering of globals, attributes, subscripts and the generic path.
//!
//! Globals and builtins: a keys-version guard on the dict (no lookup), then a load of the
//! value at the entry index found at compile time — the interpreter's LOAD_GLOBAL cache, with
//! the index baked in. Instance attributes: a type-version guard and the entry index from the
//! LOAD_ATTR_INSTANCE_VALUE cache, checked against the key (or, for a `__slots__` member, the
//! index in the instance's slot array, checked against its length). Lists and tuples: a type check,
//! a bounds check and a load, with the generic helper as the slow path.
//!
//! Everything else goes through `heron_rt_generic` (see `vm/jit_support/generic.rs`):
//! operands spilled to the scratch area, one call, results read back.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, Value as V};
use heron_runtime::abi::{self, TAG_INT, TAG_OBJ, TAG_UNDEF};
use heron_runtime::bytecode::opcodes::{encode, Op};
use heron_runtime::object::{Obj, Payload};
use heron_runtime::objects::dict::bloom_bits;
use heron_runtime::vm::jit_support::generic::generic_io;
use heron_runtime::vm::jit_support::{
    AttrCache, ATTR_CACHE_WAYS, LEARN_LOAD, LEARN_METHOD, LEARN_STORE,
};
use heron_runtime::vm::specialize::SLOT_ENTRY;

use crate::analysis::Instr;
use crate::deopt::Fix;
use crate::feedback::{DictSlot, GlobalSlot};
use crate::translate::{AVal, LVal, Own, Repr, Tx};
use crate::typeflow::{Abs, Kind, Known};

impl Tx<'_, '_> {
    /// Address of the `Dict` table of dict object `d`.
    fn dict_table(&mut self, d: V) -> V {
        self.b.ins().iadd_imm_s(d, self.layout.dict_table as i64)
    }

    /// Guards that dict object `d` still has keys version `kv`.
    fn guard_keys(&mut self, d: V, kv: u32, reason: &'static str) {
        let t = self.dict_table(d);
        let v = self.load32(t, abi::DICT_KEYS_VERSION_OFFSET);
        let exit = self.pre_exit(reason, Fix::Refresh);
        let ok = self.eq_imm(v, kv as i64);
        self.guard(ok, exit);
    }

    /// Loads entry `index`'s value from dict object `d` (the index is known in range).
    fn dict_entry_value(&mut self, d: V, index: u32) -> (V, V) {
        let t = self.dict_table(d);
        let ents = self.load64(t, abi::DICT_ENTRIES_OFFSET + self.layout.vec_ptr);
        self.load_value(
            ents,
            index as usize * abi::ENTRY_SIZE + abi::ENTRY_VALUE_OFFSET,
        )
    }

    pub fn load_global(&mut self, slot: &GlobalSlot, null: bool) {
        let (Some(g), Some(bt)) = (self.facts.globals.clone(), self.facts.builtins.clone()) else {
            unreachable!("LoadGlobal without namespaces")
        };
        let gp = self.iconst(g.as_ptr() as i64);
        self.guard_keys(gp, slot.globals_kv, "globals changed");
        let src = if slot.in_builtins {
            let bp = self.iconst(bt.as_ptr() as i64);
            self.guard_keys(bp, slot.builtins_kv, "builtins changed");
            bp
        } else {
            gp
        };
        let (t, p) = self.dict_entry_value(src, slot.index);
        if null {
            self.push_kind(Kind::Null, Repr::Null);
        }
        let abs = Abs {
            kind: Kind::Boxed,
            known: slot.obj.map(Known::Likely),
            origin: None,
            int_hint: slot.is_int,
        };
        self.push(AVal {
            abs,
            repr: Repr::Boxed { tag: t, payload: p },
            own: Own::HeapBorrowed,
        });
    }

    /// Guards that `a` is a heap object and returns its address.
    fn guard_obj(&mut self, a: &AVal, reason: &'static str) -> V {
        match a.repr {
            Repr::Boxed { tag, payload } => {
                let exit = self.pre_exit(reason, Fix::Generic(self.cur.pc));
                let ok = self.eq_imm(tag, TAG_OBJ as i64);
                self.guard(ok, exit);
                payload
            }
            _ => {
                self.exit_now("operand representation");
                self.iconst(0)
            }
        }
    }

    /// The type version of object `p`.
    fn type_version(&mut self, p: V) -> V {
        let ty = self.load64(p, abi::OBJ_TYPE_OFFSET);
        let td = self.load64(ty, self.layout.type_data);
        self.load32(td, abi::TYPE_VERSION_OFFSET)
    }

    /// A new polymorphic cache for the current attribute site (see [`AttrCache`]), owned by
    /// the compiled code; returns its address.
    fn new_attr_cache(&mut self) -> usize {
        let c = Box::new(AttrCache::default());
        let addr = &*c as *const AttrCache as usize;
        self.out.caches.push(c);
        addr
    }

    /// Looks type version `v` up at an attribute site: the interpreter's entry `seed` (an
    /// immediate compare), then the ways of `cache` (laid out with the cold code when
    /// `cold_ways`). Branches to `miss` when none matches; else continues with the matching
    /// entry's data.
    fn attr_cache_or(
        &mut self,
        v: V,
        seed: (u32, u64),
        cache: usize,
        miss: Block,
        cold_ways: bool,
    ) -> V {
        let found = self.b.create_block();
        let data = self.b.append_block_param(found, types::I64);
        let table = self.b.create_block();
        if cold_ways {
            self.b.set_cold_block(table);
        }
        let hit = self.eq_imm(v, seed.0 as i64);
        let dv = self.iconst(seed.1 as i64);
        self.b.ins().brif(hit, found, &[dv.into()], table, &[]);
        self.b.switch_to_block(table);
        let base = self.iconst(cache as i64);
        let mut any: Option<V> = None;
        let mut picked: Option<V> = None;
        for k in (0..ATTR_CACHE_WAYS).rev() {
            let vk = self.load32(base, abi::ATTR_CACHE_VERSIONS_OFFSET + 4 * k);
            let dk = self.load64(base, abi::ATTR_CACHE_DATA_OFFSET + 8 * k);
            let hit = self.b.ins().icmp(IntCC::Equal, v, vk);
            picked = Some(match picked {
                None => dk,
                Some(d) => self.b.ins().select(hit, dk, d),
            });
            any = Some(match any {
                None => hit,
                Some(a) => self.b.ins().bor(a, hit),
            });
        }
        let (any, picked) = (any.expect("ways"), picked.expect("ways"));
        self.b.ins().brif(any, found, &[picked.into()], miss, &[]);
        self.b.switch_to_block(found);
        data
    }

    /// On an attribute site's miss path: records the receiver `(tag, payload)` in `cache` if
    /// it qualifies (`heron_rt_attr_learn`, `kind` one of the runtime's `LEARN_*`).
    fn learn_attr(&mut self, obj: &AVal, name: usize, cache: usize, kind: u64) {
        let Repr::Boxed { tag, payload } = obj.repr else {
            unreachable!("an attribute site's receiver is boxed")
        };
        let n = self.iconst(name as i64);
        let c = self.iconst(cache as i64);
        let k = self.iconst(kind as i64);
        self.b
            .ins()
            .call(self.h.attr_learn, &[self.act, tag, payload, n, c, k]);
    }

    /// Continues in a new block when `ok` is set, else branches to `miss`.
    pub fn continue_if_or(&mut self, miss: Block, ok: V) {
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], miss, &[]);
        self.b.switch_to_block(next);
    }

    /// The address of instance `p`'s dict entry `index` when that entry exists and holds key
    /// `name`; branches to `miss` otherwise.
    fn instance_entry_or(&mut self, p: V, index: V, name: usize, miss: Block) -> V {
        let d = self.load64(p, abi::OBJ_DICT_OFFSET);
        let has = self.b.ins().icmp_imm_s(IntCC::NotEqual, d, 0);
        self.continue_if_or(miss, has);
        let t = self.dict_table(d);
        let n = self.load64(t, abi::DICT_ENTRIES_OFFSET + self.layout.vec_len);
        let inb = self.b.ins().icmp(IntCC::UnsignedGreaterThan, n, index);
        self.continue_if_or(miss, inb);
        let ents = self.load64(t, abi::DICT_ENTRIES_OFFSET + self.layout.vec_ptr);
        let off = self.b.ins().imul_imm_s(index, abi::ENTRY_SIZE as i64);
        let e = self.b.ins().iadd(ents, off);
        let (kt, kp) = self.load_value(e, abi::ENTRY_KEY_OFFSET);
        let kobj = self.eq_imm(kt, TAG_OBJ as i64);
        let kname = self.eq_imm(kp, name as i64);
        let ok = self.b.ins().band(kobj, kname);
        self.continue_if_or(miss, ok);
        e
    }

    /// The address of the slot value at `data` (a [`SLOT_ENTRY`] index from the site's cache)
    /// in instance `p`'s slot array, checked to be one and in range, and for a load
    /// (`set`: false) to hold a value; branches to `miss` otherwise.
    fn instance_slot_or(&mut self, p: V, data: V, set: bool, miss: Block) -> V {
        let flag = self.b.ins().band_imm_s(data, SLOT_ENTRY as i64);
        self.continue_if_or(miss, flag);
        let index = self.b.ins().band_imm_s(data, (SLOT_ENTRY - 1) as i64);
        let n = self.load64(p, self.layout.slots_len);
        let inb = self.b.ins().icmp(IntCC::UnsignedGreaterThan, n, index);
        self.continue_if_or(miss, inb);
        let items = self.load64(p, self.layout.slots_ptr);
        let off = self.b.ins().imul_imm_s(index, abi::VALUE_SIZE as i64);
        let at = self.b.ins().iadd(items, off);
        if !set {
            let (t, _) = self.load_value(at, 0);
            let held = self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, t, TAG_UNDEF as i64);
            self.continue_if_or(miss, held);
        }
        at
    }

    /// The address of the value an instance attribute site reads (`set`: writes) for
    /// receiver `obj`: its type version looked up in the site's cache (a new one, returned
    /// with it), then the slot or dict entry the cache gives checked; branches to `slow` on
    /// any miss. A site whose interpreter entry `seed` is a slot ([`SLOT_ENTRY`]) handles
    /// slots, any other dict entries; the last result tells which. `cold_ways` lays the
    /// cache's ways out with the cold code (a body done in line, mostly monomorphic).
    fn poly_instance_value(
        &mut self,
        obj: &AVal,
        seed: (u32, u32),
        name: usize,
        set: bool,
        slow: Block,
        cold_ways: bool,
    ) -> (V, V, usize, bool) {
        let cache = self.new_attr_cache();
        let p = self.obj_or(obj, slow);
        let v = self.type_version(p);
        let data = self.attr_cache_or(v, (seed.0, seed.1 as u64), cache, slow, cold_ways);
        if seed.1 as usize & SLOT_ENTRY != 0 {
            let at = self.instance_slot_or(p, data, set, slow);
            return (p, at, cache, true);
        }
        let e = self.instance_entry_or(p, data, name, slow);
        let at = self.b.ins().iadd_imm_s(e, abi::ENTRY_VALUE_OFFSET as i64);
        (p, at, cache, false)
    }

    /// Whether the operand on top of the stack is boxed (the object fast paths need it so;
    /// the instruction exits when it is not).
    pub fn top_is_boxed(&self) -> bool {
        matches!(
            self.state.stack.last().map(|a| a.repr),
            Some(Repr::Boxed { .. })
        )
    }

    /// The boxed operand on top of the stack (an attribute's receiver, a sequence to
    /// unpack), popped after heap-borrowed stack entries were made owned (the slow path calls
    /// a helper).
    fn boxed_operand(&mut self) -> AVal {
        debug_assert!(self.top_is_boxed(), "checked before the plan is lowered");
        self.own_heap_borrowed();
        self.pop()
    }

    /// A cold block for an instruction's slow path and the block both paths join at.
    fn slow_and_join(&mut self) -> (Block, Block) {
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        (slow, join)
    }

    /// The generic path of the current instruction as the slow path of a fast one: like
    /// [`Tx::call_generic_helper`], leaving the abstract state as the fast path has it.
    fn generic_in_line(&mut self, word: u64, ins: &[AVal], n_out: usize) -> Vec<(V, V)> {
        let saved = self.state.clone();
        let outs = self.call_generic_helper(word, ins, n_out);
        self.restore_borrows(&saved);
        self.state = saved;
        outs
    }

    /// Branches to a new fast block when the boxed value `obj` is a heap object, else to
    /// `miss`; returns the object's address (meaningful in the fast block).
    fn obj_or(&mut self, obj: &AVal, miss: Block) -> V {
        let Repr::Boxed { tag, payload } = obj.repr else {
            unreachable!("a fast path's receiver is boxed (see `boxed_operand` and the plans)")
        };
        let fast = self.b.create_block();
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        self.b.ins().brif(is_obj, fast, &[], miss, &[]);
        self.b.switch_to_block(fast);
        payload
    }

    /// LOAD_ATTR of an instance attribute through the site's polymorphic cache; any miss
    /// (an unknown type, a changed class, a missing or moved entry) learns from the receiver
    /// and runs the generic LOAD_ATTR in line.
    pub fn load_attr_poly(&mut self, seed: (u32, u32), name: usize) {
        let obj = self.boxed_operand();
        let (slow, join) = self.slow_and_join();
        let rt = self.b.append_block_param(join, types::I64);
        let rp = self.b.append_block_param(join, types::I64);
        let (_, at, cache, _) = self.poly_instance_value(&obj, seed, name, false, slow, false);
        let (t, v) = self.load_value(at, 0);
        self.incref(t, v);
        self.drop_val(&obj);
        self.b.ins().jump(join, &[t.into(), v.into()]);
        self.b.switch_to_block(slow);
        self.learn_attr(&obj, name, cache, LEARN_LOAD);
        let outs = self.generic_in_line(encode(Op::LOAD_ATTR, self.cur.arg) as u64, &[obj], 1);
        self.b
            .ins()
            .jump(join, &[outs[0].0.into(), outs[0].1.into()]);
        self.b.switch_to_block(join);
        self.push_boxed(rt, rp);
    }

    /// LOAD_ATTR of an instance attribute in a body done in line (see `inline.rs`): the
    /// site's cache as for [`Tx::load_attr_poly`], but a miss learns from the receiver and
    /// then makes the call for real (the generic path could run code, which the body must
    /// not), and the value stays borrowed from the instance (nothing runs before the body
    /// ends).
    pub fn load_attr_in_line(&mut self, seed: (u32, u32), name: usize) {
        let obj = self.pop();
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        let (_, at, cache, _) = self.poly_instance_value(&obj, seed, name, false, miss, true);
        let (t, v) = self.load_value(at, 0);
        self.drop_val(&obj);
        self.push(AVal {
            abs: Abs::of(Kind::Boxed),
            repr: Repr::Boxed { tag: t, payload: v },
            own: Own::HeapBorrowed,
        });
        let back = self.enter_side_block(miss);
        self.learn_attr(&obj, name, cache, LEARN_LOAD);
        let bail = self.pre_exit("attribute in line", Fix::None);
        self.b.ins().jump(bail, &[]);
        if let Some(b) = back {
            self.b.switch_to_block(b);
        }
    }

    /// STORE_ATTR to an instance attribute through the site's polymorphic cache; on a miss
    /// the generic STORE_ATTR runs in line, told the interpreter's type version so a store
    /// that adds the attribute (`__init__` on a fresh instance) still skips the full
    /// `setattr`.
    pub fn store_attr_poly(&mut self, seed: (u32, u32), name: usize) {
        let obj = self.boxed_operand();
        let val = self.pop();
        let val = self.own(val);
        let (slow, join) = self.slow_and_join();
        let (p, at, cache, slot) = self.poly_instance_value(&obj, seed, name, true, slow, false);
        let (nt, np) = self.boxed(&val);
        let (ot, op) = self.load_value(at, 0);
        self.store_value(nt, np, at, 0);
        if !slot {
            // Keep the dict's mutation counter moving, as `Dict::replace_value` does.
            let d = self.load64(p, abi::OBJ_DICT_OFFSET);
            let t = self.dict_table(d);
            let ver = self.load64(t, abi::DICT_VERSION_OFFSET);
            let ver1 = self.b.ins().iadd_imm_s(ver, 1);
            self.store64(ver1, t, abi::DICT_VERSION_OFFSET);
        }
        self.decref(ot, op);
        self.drop_val(&obj);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.learn_attr(&obj, name, cache, LEARN_STORE);
        let word = encode(Op::STORE_ATTR, self.cur.arg) as u64 | (seed.0 as u64) << 32;
        self.generic_in_line(word, &[val, obj], 0);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    pub fn load_attr_module(&mut self, slot: &DictSlot, method: bool) {
        let m = *self.state.stack.last().expect("module");
        let p = self.guard_obj(&m, "module guard");
        let exit = self.pre_exit("module guard", Fix::Refresh);
        let d = self.load64(p, abi::OBJ_DICT_OFFSET);
        let has = self.b.ins().icmp_imm_s(IntCC::NotEqual, d, 0);
        self.guard(has, exit);
        self.guard_keys(d, slot.keys_version, "module namespace changed");
        let (t, v) = self.dict_entry_value(d, slot.index);
        self.pop();
        let abs = Abs {
            kind: Kind::Boxed,
            known: slot.obj.map(Known::Likely),
            origin: None,
            int_hint: slot.is_int,
        };
        let mut r = AVal {
            abs,
            repr: Repr::Boxed { tag: t, payload: v },
            own: Own::HeapBorrowed,
        };
        if m.own == Own::Owned {
            r = self.own(r);
            self.consume(&m);
        }
        if method {
            self.push_kind(Kind::Null, Repr::Null);
        }
        self.push(r);
    }

    /// LOAD_METHOD of a function found on the receiver's type, through the site's
    /// polymorphic cache (checking that the instance dict does not shadow it); any miss
    /// learns from the receiver and runs the generic LOAD_METHOD in line. Both paths leave
    /// two owned values: the method is known to be the interpreter's cached one only
    /// probably (the call checks, and takes the generic path when it is another).
    pub fn load_method_poly(&mut self, seed: (u32, usize), name: usize) {
        let obj = self.boxed_operand();
        let obj = self.own(obj);
        let cache = self.new_attr_cache();
        let (slow, join) = self.slow_and_join();
        let mt = self.b.append_block_param(join, types::I64);
        let mp = self.b.append_block_param(join, types::I64);
        let st = self.b.append_block_param(join, types::I64);
        let sp = self.b.append_block_param(join, types::I64);
        let p = self.obj_or(&obj, slow);
        let v = self.type_version(p);
        let m = self.attr_cache_or(v, (seed.0, seed.1 as u64), cache, slow, false);
        // The instance dict must not shadow the method: only a dict whose key filter has the
        // name's bits is probed (by the helper; a name that is not a str has no bits, so its
        // dict is always probed).
        let d = self.load64(p, abi::OBJ_DICT_OFFSET);
        let has = self.b.ins().icmp_imm_s(IntCC::NotEqual, d, 0);
        let filter = self.b.create_block();
        let check = self.b.create_block();
        let found = self.b.create_block();
        self.b.ins().brif(has, filter, &[], found, &[]);
        self.b.switch_to_block(filter);
        let t = self.dict_table(d);
        let bloom = self.load64(t, abi::DICT_BLOOM_OFFSET);
        let bits = str_hash(name).map_or(0, bloom_bits) as i64;
        let mask = self.iconst(bits);
        let set = self.b.ins().band(bloom, mask);
        let all = self.b.ins().icmp_imm_s(IntCC::Equal, set, bits);
        self.b.ins().brif(all, check, &[], found, &[]);
        self.b.switch_to_block(check);
        let np = self.iconst(name as i64);
        let call = self.b.ins().call(self.h.shadowed, &[self.act, p, np]);
        let shadowed = self.b.inst_results(call)[0];
        self.b.ins().brif(shadowed, slow, &[], found, &[]);
        self.b.switch_to_block(found);
        self.incref_obj(m);
        let tobj = self.iconst(TAG_OBJ as i64);
        let Repr::Boxed { tag, payload } = obj.repr else {
            unreachable!("boxed operand")
        };
        self.b
            .ins()
            .jump(join, &[tobj.into(), m.into(), tag.into(), payload.into()]);
        self.b.switch_to_block(slow);
        self.learn_attr(&obj, name, cache, LEARN_METHOD);
        let outs = self.generic_in_line(encode(Op::LOAD_METHOD, self.cur.arg) as u64, &[obj], 2);
        self.b.ins().jump(
            join,
            &[
                outs[0].0.into(),
                outs[0].1.into(),
                outs[1].0.into(),
                outs[1].1.into(),
            ],
        );
        self.b.switch_to_block(join);
        self.keep(seed.1);
        self.push(AVal {
            abs: Abs {
                kind: Kind::Boxed,
                known: Some(Known::Likely(seed.1)),
                origin: None,
                int_hint: false,
            },
            repr: Repr::Boxed {
                tag: mt,
                payload: mp,
            },
            own: Own::Owned,
        });
        self.push_boxed(st, sp);
    }

    /// A fused `BUILD_SLICE n` + subscript (see `Plan::SubscrSlice`): the components,
    /// container (and value) spilled, one call to `heron_rt_subscr_slice`.
    pub fn subscr_slice(&mut self, n: u8, store: bool) {
        let addr = self.spill_operands(n as usize + 1 + store as usize);
        let spec = self.iconst(n as i64 | (store as i64) << 8);
        self.before_call();
        let call = self
            .b
            .ins()
            .call(self.h.subscr_slice, &[self.act, addr, spec]);
        let (t, p) = {
            let r = self.b.inst_results(call);
            (r[0], r[1])
        };
        self.sync_frame(false);
        self.check_raw(t);
        if !store {
            self.push_boxed(t, p);
        }
    }

    /// Loads the list or tuple of object `p` as (items, len), or branches to `slow`.
    fn seq_items(&mut self, p: V, slow: cranelift_codegen::ir::Block, lists_only: bool) -> (V, V) {
        let ty = self.load64(p, abi::OBJ_TYPE_OFFSET);
        let list_t = self.iconst(self.facts.vm.types.list.as_ptr() as i64);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, list_t);
        let lb = self.b.create_block();
        let join = self.b.create_block();
        let items = self.b.append_block_param(join, types::I64);
        let len = self.b.append_block_param(join, types::I64);
        if lists_only {
            self.b.ins().brif(is_list, lb, &[], slow, &[]);
        } else {
            let tb = self.b.create_block();
            let not_list = self.b.create_block();
            self.b.ins().brif(is_list, lb, &[], not_list, &[]);
            self.b.switch_to_block(not_list);
            let tuple_t = self.iconst(self.facts.vm.types.tuple.as_ptr() as i64);
            let is_tuple = self.b.ins().icmp(IntCC::Equal, ty, tuple_t);
            self.b.ins().brif(is_tuple, tb, &[], slow, &[]);
            self.b.switch_to_block(tb);
            let ti = self.load64(p, self.layout.tuple_ptr);
            let tl = self.load64(p, self.layout.tuple_len);
            self.b.ins().jump(join, &[ti.into(), tl.into()]);
        }
        self.b.switch_to_block(lb);
        let vec = self.layout.list_vec;
        let li = self.load64(p, vec + self.layout.vec_ptr);
        let ll = self.load64(p, vec + self.layout.vec_len);
        self.b.ins().jump(join, &[li.into(), ll.into()]);
        self.b.switch_to_block(join);
        (items, len)
    }

    /// Guards subscript operand `obj` to be an exact list when the interpreter specialised
    /// the site to lists (`list_op`), exiting before the instruction (so this comes before
    /// any count changes); a local holding it is then known to be a list until reassigned,
    /// and later subscripts of it check nothing. Returns whether `obj` is known to be a list.
    fn guard_list_operand(&mut self, obj: &AVal, list_op: Op) -> bool {
        let bit = obj
            .abs
            .origin
            .map_or(0, |s| crate::lower::list_bit(s as usize));
        if bit != 0 && self.state.lists & bit != 0 {
            return true;
        }
        if self.cur.op != list_op {
            return false;
        }
        let p = self.guard_obj(obj, "not a list");
        let ty = self.load64(p, abi::OBJ_TYPE_OFFSET);
        let list_t = self.iconst(self.facts.vm.types.list.as_ptr() as i64);
        let ok = self.b.ins().icmp(IntCC::Equal, ty, list_t);
        let exit = self.pre_exit("not a list", Fix::Generic(self.cur.pc));
        self.guard(ok, exit);
        self.state.lists |= bit;
        true
    }

    /// The (items, len) of subscript operand `obj`: a list when `is_list` (see
    /// [`Tx::guard_list_operand`]), else a list (or, unless `lists_only`, a tuple) or a
    /// branch to `slow`.
    fn seq_operand(
        &mut self,
        obj: &AVal,
        is_list: bool,
        lists_only: bool,
        slow: cranelift_codegen::ir::Block,
    ) -> (V, V) {
        let Repr::Boxed { payload, .. } = obj.repr else {
            unreachable!("a subscript's container is boxed")
        };
        if !is_list {
            let p = self.obj_or(obj, slow);
            return self.seq_items(p, slow, lists_only);
        }
        let vec = self.layout.list_vec;
        let items = self.load64(payload, vec + self.layout.vec_ptr);
        let len = self.load64(payload, vec + self.layout.vec_len);
        (items, len)
    }

    /// Normalises a Python index against `len` and branches to `slow` when out of range.
    fn index_in(&mut self, x: V, len: V, slow: cranelift_codegen::ir::Block) -> V {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
        let wrapped = self.b.ins().iadd(x, len);
        let idx = self.b.ins().select(neg, wrapped, x);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inb, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        idx
    }

    pub fn subscr_seq(&mut self) {
        let key = self.pop();
        let obj = self.pop();
        let x = self.unbox_int(&key);
        self.refine(&key, Kind::Int, Repr::Int(x));
        let (slow, join) = self.slow_and_join();
        let rt = self.b.append_block_param(join, types::I64);
        let rp = self.b.append_block_param(join, types::I64);
        let is_list = self.guard_list_operand(&obj, Op::BINARY_SUBSCR_LIST_INT);
        // Counts change only after the guards, and before any branch (the slow path runs
        // code that may free what heap-borrowed entries point into).
        self.own_heap_borrowed();
        let (items, len) = self.seq_operand(&obj, is_list, false, slow);
        let idx = self.index_in(x, len, slow);
        let off = self.b.ins().imul_imm_s(idx, abi::VALUE_SIZE as i64);
        let addr = self.b.ins().iadd(items, off);
        let (t, v) = self.load_value(addr, 0);
        self.incref(t, v);
        self.drop_val(&obj);
        self.b.ins().jump(join, &[t.into(), v.into()]);
        // Slow path: the generic BINARY_SUBSCR.
        self.b.switch_to_block(slow);
        let ti = self.iconst(TAG_INT as i64);
        let ins = [
            obj,
            AVal {
                abs: Abs::of(Kind::Int),
                repr: Repr::Boxed {
                    tag: ti,
                    payload: x,
                },
                own: Own::Free,
            },
        ];
        let outs = self.generic_in_line(encode(Op::BINARY_SUBSCR, 0) as u64, &ins, 1);
        self.b
            .ins()
            .jump(join, &[outs[0].0.into(), outs[0].1.into()]);
        self.b.switch_to_block(join);
        self.push_boxed(rt, rp);
    }

    pub fn store_subscr_list(&mut self) {
        let key = self.pop();
        let obj = self.pop();
        let val = self.pop();
        let x = self.unbox_int(&key);
        self.refine(&key, Kind::Int, Repr::Int(x));
        let (slow, join) = self.slow_and_join();
        let is_list = self.guard_list_operand(&obj, Op::STORE_SUBSCR_LIST_INT);
        // As in `subscr_seq`: counts change after the guards, before any branch.
        self.own_heap_borrowed();
        let val = self.own(val);
        let (items, len) = self.seq_operand(&obj, is_list, true, slow);
        let idx = self.index_in(x, len, slow);
        let off = self.b.ins().imul_imm_s(idx, abi::VALUE_SIZE as i64);
        let addr = self.b.ins().iadd(items, off);
        let (ot, op) = self.load_value(addr, 0);
        let (nt, np) = self.boxed(&val);
        self.store_value(nt, np, addr, 0);
        self.decref(ot, op);
        self.drop_val(&obj);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        let ti = self.iconst(TAG_INT as i64);
        let ins = [
            val,
            obj,
            AVal {
                abs: Abs::of(Kind::Int),
                repr: Repr::Boxed {
                    tag: ti,
                    payload: x,
                },
                own: Own::Free,
            },
        ];
        self.generic_in_line(encode(Op::STORE_SUBSCR, 0) as u64, &ins, 0);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// UNPACK_SEQUENCE `n` of an exact list or tuple holding `n` items: the items, last
    /// first (item 0 ends on top), each with a new reference. Anything else (another
    /// iterable, a wrong length and its ValueError) runs the generic path in line.
    pub fn unpack_seq(&mut self, n: usize) {
        let seq = self.boxed_operand();
        let (slow, join) = self.slow_and_join();
        let params: Vec<V> = (0..2 * n)
            .map(|_| self.b.append_block_param(join, types::I64))
            .collect();
        let p = self.obj_or(&seq, slow);
        let (items, len) = self.seq_items(p, slow, false);
        let exact = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
        let ok = self.b.create_block();
        self.b.ins().brif(exact, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        let mut outs = Vec::with_capacity(2 * n);
        for k in (0..n).rev() {
            let (t, v) = self.load_value(items, k * abi::VALUE_SIZE);
            self.incref(t, v);
            outs.push(t.into());
            outs.push(v.into());
        }
        self.drop_val(&seq);
        self.b.ins().jump(join, &outs);
        self.b.switch_to_block(slow);
        let word = encode(Op::UNPACK_SEQUENCE, n as u32) as u64;
        let generic: Vec<_> = self
            .generic_in_line(word, &[seq], n)
            .into_iter()
            .flat_map(|(t, v)| [t.into(), v.into()])
            .collect();
        self.b.ins().jump(join, &generic);
        self.b.switch_to_block(join);
        for pair in params.chunks(2) {
            self.push_boxed(pair[0], pair[1]);
        }
    }

    /// Calls `heron_rt_generic` for `word` with `ins` (made owned and spilled); the inputs
    /// must already be off the abstract stack. Returns the outputs (owned, boxed). Exceptions
    /// go to the exception exit of the current instruction.
    pub fn call_generic_helper(&mut self, word: u64, ins: &[AVal], n_out: usize) -> Vec<(V, V)> {
        self.need_scratch(ins.len().max(n_out));
        let mut spilled = Vec::with_capacity(ins.len());
        for a in ins {
            spilled.push(self.owned_boxed(a));
        }
        self.own_stack();
        let addr = self.scratch_addr();
        for (k, (t, p)) in spilled.into_iter().enumerate() {
            self.store_value(t, p, addr, k * abi::VALUE_SIZE);
        }
        self.before_call();
        let w = self.iconst(word as i64);
        let call = self.b.ins().call(self.h.generic, &[self.act, w, addr]);
        let st = self.b.inst_results(call)[0];
        self.sync_frame(false);
        self.check_status(st);
        (0..n_out)
            .map(|k| self.load_value(addr, k * abi::VALUE_SIZE))
            .collect()
    }

    /// The generic path of instruction `i` (see `generic.rs` for which inputs it takes).
    /// Whether binary operation `i` stores its result straight back into the local its left
    /// operand is (`x op= y`, `x = x op y`): the local's reference is then idle during the
    /// operation, and the helper may compute a big int in place (`Vm::int_op_in_place`).
    fn stores_left_back(&self, i: &Instr) -> bool {
        let Some(next) = self.cfg.instr_at(i.next) else {
            return false;
        };
        if next.op.base() != Op::STORE_FAST {
            return false;
        }
        let left = self.state.stack[self.state.stack.len() - 2];
        let local = self.state.locals[next.arg as usize];
        // The operand is the local's current value (the same SSA values), not a stale copy.
        match (left.repr, local.repr) {
            (Repr::Boxed { tag, payload }, Repr::Boxed { tag: t, payload: p }) => {
                tag == t && payload == p
            }
            _ => false,
        }
    }

    pub fn generic(&mut self, i: &Instr) {
        let op = i.op.base();
        let arg = i.arg as usize;
        let (n_in, n_out) = generic_io(i.op, i.arg).expect("plan chose a generic path");
        let len = self.state.stack.len();
        let spare = op == Op::BINARY_OP && self.stores_left_back(i);
        let copy = |s: &mut Self, depth: usize| -> AVal {
            let a = s.state.stack[s.state.stack.len() - depth];
            let a = s.own(AVal {
                own: if a.own == Own::Owned {
                    Own::Borrowed
                } else {
                    a.own
                },
                ..a
            });
            AVal {
                abs: Abs::of(a.abs.kind),
                ..a
            }
        };
        let local_copy = |s: &mut Self, slot: usize| -> AVal {
            let a = s.local_as_stack(slot);
            s.own(a)
        };
        let mut ins: Vec<AVal> = match op {
            Op::LIST_APPEND | Op::SET_ADD | Op::LIST_EXTEND | Op::SET_UPDATE | Op::DICT_UPDATE => {
                let c = copy(self, arg + 1);
                let v = self.pop();
                vec![c, v]
            }
            Op::MAP_ADD => {
                let c = copy(self, arg + 2);
                let v = self.pop();
                let k = self.pop();
                vec![c, k, v]
            }
            Op::DICT_MERGE => {
                let f = copy(self, arg + 3);
                let c = copy(self, arg + 1);
                let v = self.pop();
                vec![f, c, v]
            }
            Op::GET_LEN | Op::IMPORT_FROM | Op::MATCH_SEQUENCE | Op::MATCH_MAPPING => {
                vec![copy(self, 1)]
            }
            Op::MATCH_KEYS => {
                let subject = copy(self, 2);
                let keys = copy(self, 1);
                vec![subject, keys]
            }
            Op::CHECK_EXC_MATCH | Op::COPY_DICT_WITHOUT_KEYS => {
                let t = self.pop();
                let e = copy(self, 1);
                vec![e, t]
            }
            Op::WITH_EXCEPT_START => {
                let x = copy(self, 4);
                let e = copy(self, 1);
                vec![x, e]
            }
            Op::LOAD_DEREF | Op::LOAD_CLASSDEREF | Op::DELETE_DEREF => vec![local_copy(self, arg)],
            Op::STORE_DEREF => {
                let c = local_copy(self, arg);
                let v = self.pop();
                vec![c, v]
            }
            Op::MAKE_CELL => {
                let l = self.state.locals[arg];
                let u = self.iconst(TAG_UNDEF as i64);
                let z = self.iconst(0);
                self.state.locals[arg] = LVal {
                    repr: Repr::Boxed { tag: u, payload: z },
                    kind: Kind::Boxed,
                    bound: false,
                };
                vec![AVal {
                    abs: Abs::of(l.kind),
                    repr: l.repr,
                    own: Own::Owned,
                }]
            }
            Op::COPY_FREE_VARS | Op::LOAD_GLOBAL => vec![],
            _ => {
                let mut v: Vec<AVal> = (0..n_in).map(|_| self.pop()).collect();
                v.reverse();
                v
            }
        };
        debug_assert_eq!(ins.len(), n_in, "{} inputs", i.op.name());
        debug_assert!(self.state.stack.len() <= len);
        // Values that are not already boxed become owned boxed values in the buffer.
        for a in &mut ins {
            if a.abs.kind != Kind::Boxed {
                let (t, p) = self.boxed(a);
                *a = AVal {
                    abs: Abs::of(Kind::Boxed),
                    repr: Repr::Boxed { tag: t, payload: p },
                    own: Own::Owned,
                };
            }
        }
        let word = encode(i.op, i.arg) as u64 | (spare as u64) << 32;
        let outs = self.call_generic_helper(word, &ins, n_out);
        match op {
            Op::MAKE_CELL => {
                let (t, p) = outs[0];
                self.state.locals[arg] = LVal {
                    repr: Repr::Boxed { tag: t, payload: p },
                    kind: Kind::Boxed,
                    bound: true,
                };
            }
            Op::COPY_FREE_VARS => {
                let n = self.state.locals.len();
                for (k, (t, p)) in outs.into_iter().enumerate() {
                    let slot = n - arg + k;
                    let old = std::mem::replace(
                        &mut self.state.locals[slot],
                        LVal {
                            repr: Repr::Boxed { tag: t, payload: p },
                            kind: Kind::Boxed,
                            bound: true,
                        },
                    );
                    if let Repr::Boxed { tag, payload } = old.repr {
                        self.decref(tag, payload);
                    }
                }
            }
            Op::LOAD_GLOBAL => {
                if i.arg & 1 != 0 {
                    self.push_kind(Kind::Null, Repr::Null);
                }
                self.push_boxed(outs[0].0, outs[0].1);
            }
            _ => {
                for (t, p) in outs {
                    self.push_boxed(t, p);
                }
            }
        }
    }
}

/// The hash of the interned name at `name` (an object the code object's names keep alive).
fn str_hash(name: usize) -> Option<i64> {
    // SAFETY: attribute names are live objects held by the code object's names.
    match unsafe { &(*(name as *const Obj)).payload } {
        Payload::Str(s) => Some(s.hash()),
        _ => None,
    }
}
