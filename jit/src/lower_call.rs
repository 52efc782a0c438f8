//! Lowering of calls: intrinsics for common built-ins, direct native-to-native calls of
//! compiled Python functions, and the generic CALL helper.
//!
//! A direct call guards the callee's identity and `FunctionData.version` (a changed
//! `__code__`/`__defaults__` changes it), checks the recursion budget, writes the arguments
//! (owned) into an outgoing area and calls through the callee's direct-entry cell — the
//! callee's compiled code, or the interpreter trampoline while it has none. No interpreter
//! frame is built: the callee keeps an [`heron_runtime::vm::jit_support::Activation`] on its
//! native stack and materialises a frame only if it deoptimises or raises.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, StackSlotData, StackSlotKind, Value as V};
use heron_runtime::abi::{self, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE, TAG_OBJ, TAG_UNDEF};
use heron_runtime::object::Obj;

use crate::analysis::Decline;
use crate::deopt::Fix;
use crate::feedback::{Callee, Intrinsic};
use crate::translate::{AVal, Own, Repr, Tx};
use crate::typeflow::{intrinsic_result, Abs, Kind, Known};

/// The most locals (arguments included) a callee found at run time may have to be called
/// directly (see `Tx::call_dynamic`).
pub const DYN_LOCALS: usize = 16;

impl Tx<'_, '_> {
    /// Guards that a callable value is the object compile time saw. A `Likely` object (a
    /// namespace's value) is held by the compiled code; an `Exact` one is not held here: it
    /// is a constant (held with the code's constants, or by the call done in line that
    /// embeds it) or an `__init__` or dunder that a guarded class version vouches for, which
    /// compiled code must not keep alive after the program dropped the class.
    pub fn guard_identity(&mut self, a: &AVal, known: Known) {
        if let Known::Likely(addr) = known {
            self.keep(addr);
            let Repr::Boxed { tag, payload } = a.repr else {
                return;
            };
            let exit = self.pre_exit("callee changed", Fix::Refresh);
            let ok = self.is_object_at(tag, payload, addr);
            self.guard(ok, exit);
        }
    }

    /// An i8 that is 1 when the boxed value `(tag, payload)` is the object at `addr`.
    pub fn is_object_at(&mut self, tag: V, payload: V, addr: usize) -> V {
        let t = self.eq_imm(tag, TAG_OBJ as i64);
        let p = self.eq_imm(payload, addr as i64);
        self.b.ins().band(t, p)
    }

    pub fn call_generic(&mut self, argc: usize, kwnames: Option<u32>) {
        let len = self.state.stack.len();
        // With no callee seen at compile time and positional arguments only, the callee may
        // still be a compiled Python function: found at run time.
        let dynamic = {
            let (first, second) = (
                self.state.stack[len - argc - 2],
                self.state.stack[len - argc - 1],
            );
            match (kwnames, first.abs.kind) {
                (None, Kind::Null) if second.abs.known.is_none() => Some(Some(false)),
                (None, Kind::Boxed) if first.abs.known.is_none() => Some(None),
                _ => None,
            }
        };
        let addr = self.spill_operands(argc + 2);
        let kw = match kwnames
            .and_then(|k| self.facts.cd.consts.get(k as usize))
            .and_then(|v| v.as_obj())
        {
            Some(t) => t.as_ptr() as i64,
            None => 0,
        };
        self.before_call();
        let (t, p) = match dynamic {
            Some(method) => self.call_dynamic(addr, argc, method),
            None => {
                let kwv = self.iconst(kw);
                let argcv = self.iconst(argc as i64);
                self.call_raw(self.h.call, &[addr, argcv, kwv])
            }
        };
        self.sync_frame(false);
        self.check_raw(t);
        self.push_boxed(t, p);
    }

    /// A call of a built-in known at compile time (plan `CallNative`): its native function
    /// through `heron_rt_call_native` when the callable is still that built-in, else the
    /// generic call; no exit either way (a polymorphic site stays compiled).
    pub fn call_native(&mut self, argc: usize, callee: Known, method: bool) {
        let len = self.state.stack.len();
        let callable = self.state.stack[len - argc - 2 + usize::from(!method)];
        self.keep(callee.addr());
        let same = match (callee, callable.repr) {
            (Known::Likely(addr), Repr::Boxed { tag, payload }) => {
                Some(self.is_object_at(tag, payload, addr))
            }
            _ => None,
        };
        let addr = self.spill_operands(argc + 2);
        let argcv = self.iconst(argc as i64);
        let fp = self.iconst(callee.addr() as i64);
        self.before_call();
        let native = |s: &mut Self| s.call_raw(s.h.call_native, &[addr, argcv, fp]);
        let (t, p) = match same {
            None => native(self),
            Some(ok) => {
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                let join = self.b.create_block();
                self.b.set_cold_block(slow);
                let rt = self.b.append_block_param(join, types::I64);
                let rp = self.b.append_block_param(join, types::I64);
                self.b.ins().brif(ok, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let (t, p) = native(self);
                self.b.ins().jump(join, &[t.into(), p.into()]);
                self.b.switch_to_block(slow);
                let zero = self.iconst(0);
                let (t, p) = self.call_raw(self.h.call, &[addr, argcv, zero]);
                self.b.ins().jump(join, &[t.into(), p.into()]);
                self.b.switch_to_block(join);
                (rt, rp)
            }
        };
        self.sync_frame(false);
        self.check_raw(t);
        self.push_boxed(t, p);
    }

    /// Pops the top `n` stack entries into the scratch area as owned values (bottom first),
    /// after every borrowed stack entry left was made owned (a helper that may run Python code
    /// is called next); returns the area's address.
    pub fn spill_operands(&mut self, n: usize) -> V {
        let at = self.state.stack.len() - n;
        let ins = self.state.stack.split_off(at);
        let addr = self.spill_vals(&ins);
        self.own_stack();
        addr
    }

    /// Stores values, owned, in the scratch area (see [`Tx::spill_operands`]).
    pub fn spill_vals(&mut self, ins: &[AVal]) -> V {
        let n = ins.len();
        let mut spilled = Vec::with_capacity(n);
        for a in ins {
            spilled.push(self.owned_boxed(a));
        }
        self.need_scratch(n);
        let addr = self.scratch_addr();
        for (k, (t, p)) in spilled.into_iter().enumerate() {
            self.store_value(t, p, addr, k * abi::VALUE_SIZE);
        }
        addr
    }

    pub fn call_direct(
        &mut self,
        callee: &Callee,
        argc: usize,
        known: Known,
        method: bool,
    ) -> Result<(), Decline> {
        self.guard_callee_version(callee);
        if let Some(body) = self.inline_body(callee, argc, method) {
            return self.call_in_line(callee, argc, known, method, &body);
        }
        let (t, p) = self.call_direct_raw(callee, argc, known, method, &[]);
        self.check_raw(t);
        self.push_boxed(t, p);
        Ok(())
    }

    /// `cls(*args)` as `object.__new__` then a direct call of the compiled `__init__` (plan
    /// `CallInit`): the class's identity and version guarded (the version vouches for
    /// `init`), the instance made by `heron_rt_new_instance`, and `init` called as a method
    /// on it. During the call the instance keeps one more count (CPython's `type_call`
    /// holds it) and each argument two (the caller's stack and CPython's argument tuple), so
    /// `sys.getrefcount` and `__del__` timing inside `__init__` are the interpreter's.
    pub fn call_init(&mut self, init: &Callee, argc: usize, class: Known, version: u32) {
        let len = self.state.stack.len();
        let cls = self.state.stack[len - argc - 1];
        // The class is not held (held, it would stay alive after the program dropped it, for
        // as long as this code exists): the callable must be at its address and be a class
        // whose metaclass is `type` (so its type data may be read), then have its version
        // (versions are never reused, so a new class at the same address fails here), which
        // vouches for `__init__` too.
        let Repr::Boxed { tag, payload } = cls.repr else {
            unreachable!("a class is boxed")
        };
        let exit = self.pre_exit("class changed", Fix::Refresh);
        let ok = self.is_object_at(tag, payload, class.addr());
        self.guard(ok, exit);
        let meta = self.load64(payload, abi::OBJ_TYPE_OFFSET);
        let ok = self.eq_imm(meta, self.facts.vm.types.type_.as_ptr() as i64);
        self.guard(ok, exit);
        let cp = self.iconst(class.addr() as i64);
        let td = self.load64(cp, self.layout.type_data);
        let v = self.load32(td, abi::TYPE_VERSION_OFFSET);
        let ok = self.eq_imm(v, version as i64);
        self.guard(ok, exit);
        self.guard_callee_version(init);
        // SAFETY: the class is alive at compile time (the namespace the plan found it in
        // holds it).
        let cls_obj = unsafe { &*(class.addr() as *const heron_runtime::object::Obj) };
        if let Some(stores) = crate::feedback::trivial_init(cls_obj, init) {
            self.init_in_line(cp, argc, &stores);
            return;
        }
        // [NULL, cls, args...] becomes [init, instance, args...]: a method call.
        let held: Vec<(V, V)> = self.state.stack[len - argc..]
            .iter()
            .filter_map(|a| match a.repr {
                Repr::Boxed { tag, payload } => Some((tag, payload)),
                _ => None,
            })
            .collect();
        for &(t, p) in &held {
            self.incref(t, p);
            self.incref(t, p);
        }
        let call = self.b.ins().call(self.h.new_instance, &[self.act, cp]);
        let obj = self.b.inst_results(call)[0];
        self.incref_obj(obj);
        let tag = self.iconst(TAG_OBJ as i64);
        let instance = AVal {
            abs: Abs::of(Kind::Boxed),
            repr: Repr::Boxed { tag, payload: obj },
            own: Own::Owned,
        };
        let cls = std::mem::replace(&mut self.state.stack[len - argc - 1], instance);
        self.consume(&cls);
        let method = AVal {
            abs: Abs::of(Kind::Boxed),
            repr: Repr::Boxed {
                tag,
                payload: self.iconst(init.func as i64),
            },
            own: Own::Borrowed,
        };
        self.state.stack[len - argc - 2] = method;
        let extra: Vec<(V, V)> = held
            .iter()
            .flat_map(|&h| [h, h])
            .chain(std::iter::once((tag, obj)))
            .collect();
        let (t, p) = self.call_direct_raw(init, argc, Known::Exact(init.func), true, &extra);
        for &(ht, hp) in &held {
            self.decref(ht, hp);
            self.decref(ht, hp);
        }
        // `__init__` returned None (inline: nothing to release), else raised or returned
        // something else (a TypeError; the instance is released).
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, TAG_NONE as i64);
        let fail = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(bad, fail, &[], done, &[]);
        self.b.switch_to_block(fail);
        let r = self.b.ins().call(self.h.init_result, &[self.act, t, p]);
        let et = self.b.inst_results(r)[0];
        self.decref_obj(obj);
        self.check_raw(et);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.push_boxed(tag, obj);
    }

    /// `a op b` through the class's Python dunder, called directly: `a` must be an instance
    /// of exactly `class` (still at `version`, so the dunder is unchanged) and `b` of the same
    /// class or a built-in scalar — then no reflected method can come first, and one that
    /// returns NotImplemented leaves only the TypeError. Other operands exit, and the site
    /// goes generic after repeated exits.
    pub fn bin_dunder(&mut self, op: u32, class: usize, version: u32, dunder: &Callee) {
        let exit = self.pre_exit("operand class changed", Fix::Generic(self.cur.pc));
        let len = self.state.stack.len();
        let (a, b) = (self.state.stack[len - 2], self.state.stack[len - 1]);
        let Repr::Boxed { tag, payload } = a.repr else {
            unreachable!("BinDunder on an unboxed left operand")
        };
        // Neither the class nor the dunder is held (held, they would keep a class the program
        // dropped alive for as long as this code exists): the class is read only once the
        // receiver's type proved to be it, and the dunder only once the class's version
        // proved that its namespace still holds it. A new type at the same address has
        // another version (versions are never reused).
        let cls = self.iconst(class as i64);
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        self.guard(is_obj, exit);
        let ty = self.load64(payload, abi::OBJ_TYPE_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, ty, cls);
        self.guard(same, exit);
        let td = self.load64(cls, self.layout.type_data);
        let v = self.load32(td, abi::TYPE_VERSION_OFFSET);
        let current = self.eq_imm(v, version as i64);
        self.guard(current, exit);
        let b_tag = match b.repr {
            Repr::Boxed { tag, payload } => {
                let b_obj = self.eq_imm(tag, TAG_OBJ as i64);
                let check = self.b.create_block();
                let fine = self.b.create_block();
                self.b.ins().brif(b_obj, check, &[], fine, &[]);
                self.b.switch_to_block(check);
                let bty = self.load64(payload, abi::OBJ_TYPE_OFFSET);
                let same = self.b.ins().icmp(IntCC::Equal, bty, cls);
                self.guard(same, exit);
                self.b.ins().jump(fine, &[]);
                self.b.switch_to_block(fine);
                tag
            }
            Repr::Int(_) => self.iconst(TAG_INT as i64),
            Repr::Float(_) => self.iconst(TAG_FLOAT as i64),
            Repr::Bool(_) => self.iconst(TAG_BOOL as i64),
            _ => {
                self.b.ins().jump(exit, &[]);
                let dead = self.b.create_block();
                self.b.switch_to_block(dead);
                self.iconst(TAG_NONE as i64)
            }
        };
        self.guard_callee_version(dunder);
        // [a, b] becomes [dunder, a, b]: a method call with one argument.
        let b = self.pop();
        let a = self.pop();
        let method = AVal {
            abs: Abs::of(Kind::Boxed),
            repr: Repr::Boxed {
                tag: self.iconst(TAG_OBJ as i64),
                payload: self.iconst(dunder.func as i64),
            },
            own: Own::Borrowed,
        };
        self.push(method);
        self.push(a);
        self.push(b);
        let (t, p) = self.call_direct_raw(dunder, 1, Known::Exact(dunder.func), true, &[]);
        self.check_raw(t);
        let ni = self
            .facts
            .vm
            .not_implemented()
            .as_obj()
            .map_or(0, |o| o.as_ptr() as i64);
        let is_obj = self.eq_imm(t, TAG_OBJ as i64);
        let is_ni = self.eq_imm(p, ni);
        let unsupported = self.b.ins().band(is_obj, is_ni);
        let fail = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(unsupported, fail, &[], done, &[]);
        self.b.switch_to_block(fail);
        self.decref_obj(p);
        let opv = self.iconst(op as i64);
        let f = self.h.binop_unsupported;
        let (et, _) = self.call_raw(f, &[opv, cls, b_tag]);
        self.check_raw(et);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.push_boxed(t, p);
    }

    /// Guards that the callee's `__code__` and `__defaults__` are unchanged since compile
    /// time (an exit before the instruction).
    fn guard_callee_version(&mut self, callee: &Callee) {
        let fp = self.iconst(callee.func as i64);
        let fd = self.load64(fp, self.layout.func_data);
        let ver = self.load32(fd, abi::FUNC_VERSION_OFFSET);
        let exit = self.pre_exit("callee code changed", Fix::Refresh);
        let ok = self.eq_imm(ver, callee.version as i64);
        self.guard(ok, exit);
    }

    /// A direct call (see [`Tx::call_direct`]) leaving its raw result to the caller; `extra`
    /// are counts the caller holds, released if the call raises before it starts.
    fn call_direct_raw(
        &mut self,
        callee: &Callee,
        argc: usize,
        known: Known,
        method: bool,
        extra: &[(V, V)],
    ) -> (V, V) {
        let len = self.state.stack.len();
        let callable = if method {
            self.state.stack[len - argc - 2]
        } else {
            self.state.stack[len - argc - 1]
        };
        // A method from a polymorphic site is only probably the one planned for: another one
        // takes the generic call below instead of an exit.
        let other_method = match (method, known, callable.repr) {
            (true, Known::Likely(addr), Repr::Boxed { payload, .. }) => {
                self.keep(addr);
                Some(
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::NotEqual, payload, addr as i64),
                )
            }
            _ => {
                self.guard_identity(&callable, known);
                None
            }
        };
        let fp = self.iconst(callee.func as i64);
        let nargs = argc + method as usize;
        let mut args: Vec<AVal> = (0..nargs).map(|_| self.pop()).collect();
        args.reverse();
        let first = self.pop();
        let second = if method { None } else { Some(self.pop()) };
        // Out of recursion budget (frameless activations plus interpreter frames reach the
        // limit): the interpreter would raise; the arguments are released like its popped
        // stack. (Heap-borrowed entries are made owned first, on both paths: releasing an
        // argument in the cold block must not change the state the other path continues
        // with.)
        self.own_heap_borrowed();
        let over = self.out_of_depth();
        let deep = self.b.create_block();
        let go = self.b.create_block();
        self.b.set_cold_block(deep);
        self.b.ins().brif(over, deep, &[], go, &[]);
        self.b.switch_to_block(deep);
        for a in args
            .iter()
            .chain(std::iter::once(&first))
            .chain(second.iter())
        {
            self.consume(a);
        }
        for &(t, p) in extra {
            self.decref(t, p);
        }
        self.b.ins().call(self.h.recursion_error, &[self.thread]);
        let exit = self.exc_exit();
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(go);
        let mut spilled = Vec::with_capacity(nargs);
        for a in &args {
            spilled.push(self.owned_boxed(a));
        }
        self.own_stack();
        // While a profiler is active, calls go through the interpreter (it counts them at
        // RESUME), and so does a method other than the planned one: the same arguments,
        // handed to the CALL helper instead.
        let on = self.profiler_on();
        let profiled = self.b.create_block();
        let direct = self.b.create_block();
        let joined = self.b.create_block();
        let jt = self.b.append_block_param(joined, types::I64);
        let jp = self.b.append_block_param(joined, types::I64);
        let generic = match other_method {
            Some(other) => {
                let other = self.b.ins().uextend(types::I64, other);
                self.b.ins().bor(on, other)
            }
            None => {
                self.b.set_cold_block(profiled);
                on
            }
        };
        self.b.ins().brif(generic, profiled, &[], direct, &[]);
        self.b.switch_to_block(profiled);
        // CALL's buffer: [method_or_NULL, callable_or_self, args...]; `first` is the callable
        // (NULL below it) or the method (`self` is the first of `spilled`).
        self.need_scratch(argc + 2);
        let sa = self.scratch_addr();
        let (ft, fpv) = self.owned_boxed(&first);
        let args_at = if method {
            self.store_value(ft, fpv, sa, 0);
            1
        } else {
            let u = self.iconst(TAG_UNDEF as i64);
            let z = self.iconst(0);
            self.store_value(u, z, sa, 0);
            self.store_value(ft, fpv, sa, abi::VALUE_SIZE);
            2
        };
        for (k, (t, p)) in spilled.iter().enumerate() {
            self.store_value(*t, *p, sa, (args_at + k) * abi::VALUE_SIZE);
        }
        self.before_call();
        let (rt, rp) = if other_method.is_some() {
            self.call_dynamic(sa, argc, Some(true))
        } else {
            let argcv = self.iconst(argc as i64);
            let zero = self.iconst(0);
            self.call_raw(self.h.call, &[sa, argcv, zero])
        };
        self.sync_frame(false);
        self.b.ins().jump(joined, &[rt.into(), rp.into()]);
        self.b.switch_to_block(direct);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (callee.nlocalsplus.max(1) * abi::VALUE_SIZE) as u32,
            4,
        ));
        let out = self.b.ins().stack_addr(types::I64, slot, 0);
        for (k, (t, p)) in spilled.into_iter().enumerate() {
            self.store_value(t, p, out, k * abi::VALUE_SIZE);
        }
        let undef = self.iconst(TAG_UNDEF as i64);
        for k in nargs..callee.nlocalsplus {
            self.store64(undef, out, k * abi::VALUE_SIZE);
        }
        let cell = self.iconst(callee.state as i64);
        let entry = self.load64(cell, 0);
        self.before_call();
        let (t, p) = self.call_entry(entry, fp, out);
        self.sync_frame(false);
        self.consume(&first);
        if let Some(s) = second {
            self.consume(&s);
        }
        self.b.ins().jump(joined, &[t.into(), p.into()]);
        self.b.switch_to_block(joined);
        (jt, jp)
    }

    /// CALL of a callable found at run time, positional arguments only: `sa` holds CALL's
    /// operands `[method_or_NULL, callable_or_self, args...]` (owned, consumed); `method`
    /// says whether the first is a method, when compile time knows. A Python function with
    /// compiled code that runs frameless with its globals, taking exactly these arguments
    /// and at most [`DYN_LOCALS`] locals, is called through its direct entry, as
    /// `Vm::try_call_compiled` would after the CALL helper's dispatch; anything else (or a
    /// profiler, or the recursion limit) takes the CALL helper. Returns the raw result.
    pub fn call_dynamic(&mut self, sa: V, argc: usize, method: Option<bool>) -> (V, V) {
        use heron_runtime::abi::{
            CODE_JIT_ENTRY_OFFSET, DIRECT_ARGCOUNT_OFFSET, DIRECT_ENTRY_OFFSET,
            DIRECT_GLOBALS_OFFSET, DIRECT_NLOCALSPLUS_OFFSET, FUNC_GLOBALS_OFFSET, OBJ_TYPE_OFFSET,
            VALUE_SIZE,
        };
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let rt = self.b.append_block_param(join, types::I64);
        let rp = self.b.append_block_param(join, types::I64);
        let t0 = self.load64(sa, 0);
        let meth = match method {
            Some(m) => self.iconst(m as i64),
            None => {
                let t0 = self.b.ins().band_imm_s(t0, 0xff);
                let m = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::NotEqual, t0, TAG_UNDEF as i64);
                self.b.ins().uextend(types::I64, m)
            }
        };
        let p0 = self.load64(sa, 8);
        let t1 = self.load64(sa, VALUE_SIZE);
        let p1 = self.load64(sa, VALUE_SIZE + 8);
        let ft = self.b.ins().select(meth, t0, t1);
        let fp = self.b.ins().select(meth, p0, p1);
        // Each test leaves for the CALL helper when it fails.
        let ft8 = self.b.ins().band_imm_s(ft, 0xff);
        let ok = self.eq_imm(ft8, TAG_OBJ as i64);
        self.continue_if_or(slow, ok);
        let ty = self.load64(fp, OBJ_TYPE_OFFSET);
        let ok = self.eq_imm(ty, self.facts.vm.types.function.as_ptr() as i64);
        self.continue_if_or(slow, ok);
        let fd = self.load64(fp, self.layout.func_data);
        let code = self.load64(fd, self.layout.func_code);
        let cd = self.load64(code, self.layout.code_data);
        let de = self.load64(cd, CODE_JIT_ENTRY_OFFSET);
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, de, 0);
        self.continue_if_or(slow, ok);
        let entry = self.load64(de, DIRECT_ENTRY_OFFSET);
        let tramp = crate::codecache::trampoline() as i64;
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, entry, tramp);
        self.continue_if_or(slow, ok);
        let g = self.load64(de, DIRECT_GLOBALS_OFFSET);
        let fg = self.load64(fd, FUNC_GLOBALS_OFFSET);
        let ok = self.b.ins().icmp(IntCC::Equal, g, fg);
        self.continue_if_or(slow, ok);
        let nargs = self.b.ins().iadd_imm_s(meth, argc as i64);
        let ac = self.load32(de, DIRECT_ARGCOUNT_OFFSET);
        let ok = self.b.ins().icmp(IntCC::Equal, ac, nargs);
        self.continue_if_or(slow, ok);
        let nlp = self.load32(de, DIRECT_NLOCALSPLUS_OFFSET);
        let ok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, nlp, DYN_LOCALS as i64);
        self.continue_if_or(slow, ok);
        let on = self.profiler_on();
        let over = self.out_of_depth();
        let over = self.b.ins().uextend(types::I64, over);
        let observed = self.b.ins().bor(on, over);
        let ok = self.eq_imm(observed, 0);
        self.b.ins().brif(ok, fast, &[], slow, &[]);

        // The callee's locals: its arguments (self first for a method), then unbound.
        self.b.switch_to_block(fast);
        let slot = match self.dyn_out {
            Some(s) => s,
            None => {
                let s = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    (DYN_LOCALS * VALUE_SIZE) as u32,
                    4,
                ));
                self.dyn_out = Some(s);
                s
            }
        };
        let out = self.b.ins().stack_addr(types::I64, slot, 0);
        let a1 = self.b.ins().iadd_imm_s(sa, VALUE_SIZE as i64);
        let a2 = self.b.ins().iadd_imm_s(sa, 2 * VALUE_SIZE as i64);
        let src = self.b.ins().select(meth, a1, a2);
        for k in 0..argc {
            let t = self.load64(src, k * VALUE_SIZE);
            let p = self.load64(src, k * VALUE_SIZE + 8);
            self.store_value(t, p, out, k * VALUE_SIZE);
        }
        let lt = self.load64(sa, (argc + 1) * VALUE_SIZE);
        let lp = self.load64(sa, (argc + 1) * VALUE_SIZE + 8);
        let undef = self.iconst(TAG_UNDEF as i64);
        let lt = self.b.ins().select(meth, lt, undef);
        self.store_value(lt, lp, out, argc * VALUE_SIZE);
        let fill = self.b.create_block();
        let call = self.b.create_block();
        let i = self.b.append_block_param(fill, types::I64);
        let first = self.iconst(argc as i64 + 1);
        self.b.ins().jump(fill, &[first.into()]);
        self.b.switch_to_block(fill);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, nlp);
        let store = self.b.create_block();
        self.b.ins().brif(more, store, &[], call, &[]);
        self.b.switch_to_block(store);
        let off = self.b.ins().imul_imm_s(i, VALUE_SIZE as i64);
        let at = self.b.ins().iadd(out, off);
        self.store64(undef, at, 0);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(fill, &[next.into()]);
        self.b.switch_to_block(call);
        let (t, p) = self.call_entry(entry, fp, out);
        // The arguments went to the callee; the callable (the method, or the function above
        // NULL) is released as the helper would.
        self.decref_obj(fp);
        self.b.ins().jump(join, &[t.into(), p.into()]);

        self.b.switch_to_block(slow);
        let argcv = self.iconst(argc as i64);
        let zero = self.iconst(0);
        let (t, p) = self.call_raw(self.h.call, &[sa, argcv, zero]);
        self.b.ins().jump(join, &[t.into(), p.into()]);
        self.b.switch_to_block(join);
        (rt, rp)
    }

    /// Calls a direct entry `entry` frameless: function `fp`, its locals at `out`.
    fn call_entry(&mut self, entry: V, fp: V, out: V) -> (V, V) {
        let m1 = self.iconst(-1);
        let zero = self.iconst(0);
        let args = [self.thread, fp, out, m1, zero];
        let call = self.b.ins().call_indirect(self.sig_direct, entry, &args);
        let r = self.b.inst_results(call);
        (r[0], r[1])
    }

    /// Exits before the current instruction when a call made here would be observed: while
    /// a profiler is active (it reports calls) or at the recursion limit (the call raises).
    /// For calls done in line, which the interpreter then makes.
    pub fn guard_unobserved(&mut self, reason: &'static str) {
        let exit = self.pre_exit(reason, Fix::None);
        let ok = self.unobserved();
        self.guard(ok, exit);
    }

    /// An i8 that is 1 when a call made here would not be observed (see
    /// [`Tx::guard_unobserved`]).
    pub fn unobserved(&mut self) -> V {
        let on = self.profiler_on();
        let over = self.out_of_depth();
        let over = self.b.ins().uextend(types::I64, over);
        let observed = self.b.ins().bor(on, over);
        self.b.ins().icmp_imm_s(IntCC::Equal, observed, 0)
    }

    /// An i64 that is non-zero while a profiler is active (calls must then go through the
    /// interpreter, which reports them).
    fn profiler_on(&mut self) -> V {
        let flag = self.iconst(&heron_runtime::modules::profile::ACTIVE as *const _ as i64);
        self.b.ins().uload8(
            types::I64,
            cranelift_codegen::ir::MemFlagsData::new(),
            flag,
            0,
        )
    }

    /// An i8 that is 1 when one more Python call would pass the recursion limit (frameless
    /// activations plus interpreter frames).
    fn out_of_depth(&mut self) -> V {
        let depth = self.load64(self.thread, abi::THREAD_DEPTH_OFFSET);
        let limit = self.load64(self.thread, abi::THREAD_DEPTH_LIMIT_OFFSET);
        let vm = self.load64(self.thread, abi::THREAD_VM_OFFSET);
        let nframes = self.load64(vm, abi::VM_FRAMES_OFFSET + self.layout.vec_len);
        let total = self.b.ins().iadd(depth, nframes);
        self.b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, total, limit)
    }

    /// `cls(*args)` whose `__init__` only stores parameters in slots (see
    /// [`crate::feedback::trivial_init`]): the instance is made and the stores done in line,
    /// with no call. What the call would have observed is checked first, on an exit to the
    /// interpreter (which then makes the call): an active profiler (it sees the call) and the
    /// recursion limit (`__init__` at the limit raises RecursionError).
    fn init_in_line(&mut self, cls: V, argc: usize, stores: &[(u32, usize)]) {
        self.guard_unobserved("__init__ observable");
        let call = self.b.ins().call(self.h.new_instance, &[self.act, cls]);
        let obj = self.b.inst_results(call)[0];
        let len = self.state.stack.len();
        let args: Vec<AVal> = self.state.stack[len - argc..].to_vec();
        let tag = self.iconst(TAG_OBJ as i64);
        let slots = self.load64(obj, self.layout.slots_ptr);
        for &(param, slot) in stores {
            let (t, p) = match param {
                0 => (tag, obj),
                k => self.boxed(&args[k as usize - 1]),
            };
            self.incref(t, p);
            self.store_value(t, p, slots, slot * abi::VALUE_SIZE);
        }
        // The call's operands go as the interpreter releases them: the arguments in order,
        // then the class (the NULL below it holds nothing).
        let operands = self.state.stack.split_off(len - argc - 2);
        for a in operands[2..].iter().chain(&operands[1..2]) {
            self.consume(a);
        }
        self.push_boxed(tag, obj);
    }

    pub fn call_intrinsic(&mut self, intr: Intrinsic, argc: usize, callee: Known) {
        let len = self.state.stack.len();
        let callable = self.state.stack[len - argc - 1];
        self.guard_identity(&callable, callee);
        let args: Vec<AVal> = self.state.stack[len - argc..].to_vec();
        let kinds: Vec<Abs> = args.iter().map(|a| a.abs).collect();
        let result_kind = intrinsic_result(intr, &kinds);
        let r = match intr {
            Intrinsic::Len => self.intr_len(&args[0]),
            Intrinsic::Abs => match args[0].repr {
                Repr::Int(x) => {
                    let exit = self.pre_exit("abs overflow", Fix::Generic(self.cur.pc));
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, x, i64::MIN);
                    self.guard(ok, exit);
                    Repr::Int(self.b.ins().iabs(x))
                }
                Repr::Float(f) => Repr::Float(self.b.ins().fabs(f)),
                _ => unreachable!("abs plan"),
            },
            Intrinsic::Min | Intrinsic::Max => {
                let less = intr == Intrinsic::Min;
                match (args[0].repr, args[1].repr) {
                    (Repr::Int(a), Repr::Int(b)) => {
                        let cc = if less {
                            IntCC::SignedLessThan
                        } else {
                            IntCC::SignedGreaterThan
                        };
                        let take_b = self.b.ins().icmp(cc, b, a);
                        Repr::Int(self.b.ins().select(take_b, b, a))
                    }
                    (Repr::Float(a), Repr::Float(b)) => {
                        let cc = if less {
                            FloatCC::LessThan
                        } else {
                            FloatCC::GreaterThan
                        };
                        let take_b = self.b.ins().fcmp(cc, b, a);
                        Repr::Float(self.b.ins().select(take_b, b, a))
                    }
                    _ => unreachable!("min/max plan"),
                }
            }
            Intrinsic::IsInstance => self.intr_isinstance(&args),
            Intrinsic::Int => match args[0].repr {
                Repr::Int(x) => Repr::Int(x),
                Repr::Float(f) => {
                    let t = self.b.ins().trunc(f);
                    Repr::Int(self.float_to_int(t))
                }
                _ => unreachable!("int plan"),
            },
            Intrinsic::Float => match args[0].repr {
                Repr::Float(f) => Repr::Float(f),
                Repr::Int(x) => Repr::Float(self.b.ins().fcvt_from_sint(types::F64, x)),
                _ => unreachable!("float plan"),
            },
            Intrinsic::Range => {
                let mut v = Vec::new();
                for a in &args {
                    let x = self.unbox_int(a);
                    self.refine(a, Kind::Int, Repr::Int(x));
                    v.push(x);
                }
                let (start, stop, step) = match v.len() {
                    1 => (self.iconst(0), v[0], self.iconst(1)),
                    2 => (v[0], v[1], self.iconst(1)),
                    _ => {
                        let exit = self.pre_exit("range step zero", Fix::None);
                        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, v[2], 0);
                        self.guard(ok, exit);
                        (v[0], v[1], v[2])
                    }
                };
                Repr::RangeObj { start, stop, step }
            }
            Intrinsic::Sqrt => {
                let x = self.unbox_float_or_int(&args[0]);
                let zero = self.b.ins().f64const(0.0);
                let exit = self.pre_exit("math domain", Fix::None);
                let ok = self
                    .b
                    .ins()
                    .fcmp(FloatCC::UnorderedOrGreaterThanOrEqual, x, zero);
                self.guard(ok, exit);
                Repr::Float(self.b.ins().sqrt(x))
            }
            Intrinsic::Sin | Intrinsic::Cos => {
                let x = self.unbox_float_or_int(&args[0]);
                let ax = self.b.ins().fabs(x);
                let inf = self.b.ins().f64const(f64::INFINITY);
                let exit = self.pre_exit("math domain", Fix::None);
                let ok = self.b.ins().fcmp(FloatCC::NotEqual, ax, inf);
                self.guard(ok, exit);
                let f = if intr == Intrinsic::Sin {
                    self.h.sin
                } else {
                    self.h.cos
                };
                let call = self.b.ins().call(f, &[x]);
                Repr::Float(self.b.inst_results(call)[0])
            }
            Intrinsic::Floor => match args[0].repr {
                Repr::Int(x) => Repr::Int(x),
                _ => {
                    let x = self.unbox_float_or_int(&args[0]);
                    let fl = self.b.ins().floor(x);
                    Repr::Int(self.float_to_int(fl))
                }
            },
        };
        // The arguments, the callable and the NULL are consumed.
        for _ in 0..argc {
            let a = self.pop();
            self.consume(&a);
        }
        let f = self.pop();
        self.consume(&f);
        self.pop();
        self.push_kind(result_kind, r);
    }

    /// An integral f64 as i64, exiting when it is not finite or does not fit.
    fn float_to_int(&mut self, f: V) -> V {
        let lo = self.b.ins().f64const(-9.223_372_036_854_776e18);
        let hi = self.b.ins().f64const(9.223_372_036_854_776e18);
        let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, f, lo);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, f, hi);
        let ok = self.b.ins().band(ge, lt);
        let exit = self.pre_exit("float to int range", Fix::Generic(self.cur.pc));
        self.guard(ok, exit);
        self.b.ins().fcvt_to_sint(types::I64, f)
    }

    /// `len(x)`: lists and tuples inline, anything else through the generic call.
    fn intr_len(&mut self, a: &AVal) -> Repr {
        let Repr::Boxed { tag, payload } = a.repr else {
            self.exit_now("len of an unboxed value");
            return Repr::Int(self.iconst(0));
        };
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let r = self.b.append_block_param(join, types::I64);
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        let fast = self.b.create_block();
        self.own_heap_borrowed();
        self.b.ins().brif(is_obj, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let ty = self.load64(payload, abi::OBJ_TYPE_OFFSET);
        let list_t = self.iconst(self.facts.vm.types.list.as_ptr() as i64);
        let tuple_t = self.iconst(self.facts.vm.types.tuple.as_ptr() as i64);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, list_t);
        let is_tuple = self.b.ins().icmp(IntCC::Equal, ty, tuple_t);
        let lb = self.b.create_block();
        let not_list = self.b.create_block();
        let tb = self.b.create_block();
        self.b.ins().brif(is_list, lb, &[], not_list, &[]);
        self.b.switch_to_block(lb);
        let ll = self.load64(payload, self.layout.list_vec + self.layout.vec_len);
        self.b.ins().jump(join, &[ll.into()]);
        self.b.switch_to_block(not_list);
        self.b.ins().brif(is_tuple, tb, &[], slow, &[]);
        self.b.switch_to_block(tb);
        let tl = self.load64(payload, self.layout.tuple_len);
        self.b.ins().jump(join, &[tl.into()]);
        self.b.switch_to_block(slow);
        let n = self.slow_intrinsic_call(1);
        self.b.ins().jump(join, &[n.into()]);
        self.b.switch_to_block(join);
        Repr::Int(r)
    }

    /// `isinstance(x, T)` for a known type `T`: tag checks for the built-in numeric types and
    /// an exact type check, with the real `isinstance` as the slow path.
    fn intr_isinstance(&mut self, args: &[AVal]) -> Repr {
        let t = args[1]
            .abs
            .known
            .expect("isinstance plan needs a known type");
        if let Known::Likely(_) = t {
            self.guard_identity(&args[1], t);
        }
        // SAFETY: known addresses are live objects held by namespaces or the compiled code.
        let ty: &Obj = unsafe { &*(t.addr() as *const Obj) };
        let types = &self.facts.vm.types;
        let inline_tag: Option<&[u8]> = if std::ptr::eq(ty, &*types.int) {
            Some(&[TAG_INT, TAG_BOOL])
        } else if std::ptr::eq(ty, &*types.float) {
            Some(&[TAG_FLOAT])
        } else {
            None
        };
        let (tag, payload) = self.boxed(&args[0]);
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let r = self.b.append_block_param(join, types::I8);
        let one = self.b.ins().iconst(types::I8, 1);
        self.own_heap_borrowed();
        if let Some(tags) = inline_tag {
            for &tg in tags {
                let hit = self.eq_imm(tag, tg as i64);
                let next = self.b.create_block();
                self.b.ins().brif(hit, join, &[one.into()], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        let is_obj = self.eq_imm(tag, TAG_OBJ as i64);
        let objb = self.b.create_block();
        self.b.ins().brif(is_obj, objb, &[], slow, &[]);
        self.b.switch_to_block(objb);
        let oty = self.load64(payload, abi::OBJ_TYPE_OFFSET);
        let exact = self.eq_imm(oty, t.addr() as i64);
        self.b.ins().brif(exact, join, &[one.into()], slow, &[]);
        self.b.switch_to_block(slow);
        let v = self.slow_intrinsic_call(2);
        let z = self.b.ins().ireduce(types::I8, v);
        let z = self.b.ins().band_imm_u(z, 1);
        self.b.ins().jump(join, &[z.into()]);
        self.b.switch_to_block(join);
        Repr::Bool(r)
    }

    /// Slow path of an intrinsic: the real call with the `argc` arguments still on the stack
    /// (copies are passed); returns the result's payload word.
    fn slow_intrinsic_call(&mut self, argc: usize) -> V {
        let saved = self.state.clone();
        let len = self.state.stack.len();
        let ins: Vec<AVal> = self.state.stack[len - argc - 2..].to_vec();
        let mut spilled = Vec::new();
        for a in &ins {
            let c = self.own(AVal {
                own: if a.own == Own::Owned {
                    Own::Borrowed
                } else {
                    a.own
                },
                ..*a
            });
            spilled.push(self.boxed(&c));
        }
        self.own_stack();
        self.need_scratch(argc + 2);
        let addr = self.scratch_addr();
        for (k, (t, p)) in spilled.into_iter().enumerate() {
            self.store_value(t, p, addr, k * abi::VALUE_SIZE);
        }
        let argcv = self.iconst(argc as i64);
        let zero = self.iconst(0);
        self.before_call();
        let call = self
            .b
            .ins()
            .call(self.h.call, &[self.act, addr, argcv, zero]);
        let (t, p) = {
            let r = self.b.inst_results(call);
            (r[0], r[1])
        };
        self.sync_frame(false);
        // An exception here is raised by the CALL with its operands still on the stack.
        let exit = self.exit_block(
            &self.state.clone(),
            self.cur.pc,
            self.cur.pc,
            true,
            "exception",
            Fix::None,
        );
        let bad = self.eq_imm(t, abi::RET_ERROR as i64);
        self.exit_if(bad, exit);
        self.restore_borrows(&saved);
        self.state = saved;
        p
    }
}
