//! The eval loop (= CPython's `_PyEval_EvalFrameDefault`).
//!
//! One Rust activation runs many Python frames: a call to a Python function pushes a frame and
//! continues in the same loop; a return pops it. Only Rust code calling back into Python (a
//! built-in calling `__eq__`, a generator being resumed) re-enters, bounded by the native-depth
//! guard. The frame's `ip` and `sp` live in locals while it runs and are written back whenever
//! control may leave the frame (calls, errors, yields).
//!
//! Errors: any failing instruction hands its exception to the unwinder at the bottom, which
//! adds a traceback entry, finds the handler in the exception table (3.11's zero-cost scheme)
//! or pops the frame and continues unwinding in the caller.

use std::ptr;

use crate::bytecode::opcodes::{decode, Op};
use crate::object::{service_pending, Payload, PyRef};
use crate::value::Value;
use crate::vm::specialize::subscr_kind;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Why `run_frame` returned a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Return,
    Yield,
}

impl Vm {
    /// Runs the frame on top of the frame stack (marked as an entry frame) until it returns
    /// or yields. Nested Python calls made by it run in the same loop.
    pub fn run_frame(&mut self) -> PyResult<(Value, Exit)> {
        if self.native_depth >= crate::vm::call::NATIVE_DEPTH_LIMIT {
            let f = self.frames.pop().expect("frame to run");
            self.discard_frame(f);
            return Err(self.new_error(
                &self.exc.recursion_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        self.native_depth += 1;
        let r = self.eval_loop();
        self.native_depth -= 1;
        r
    }

    /// [`Vm::run_frame`] for a generator frame just resumed (the top frame). When it was
    /// suspended at a yield and its code has compiled code, the code is entered here, after
    /// the RESUME, as that instruction's hook would; when it yields again, its YIELD_VALUE
    /// (the instruction compiled code hands back at) is done here too. A resume then starts
    /// no eval loop and dispatches nothing. Anything else (a throw, a deopt, an exception to
    /// unwind, no compiled code) goes through the eval loop as usual.
    pub fn run_resumed_frame(&mut self) -> PyResult<(Value, Exit)> {
        let fi = self.frames.len() - 1;
        let (ip, words) = {
            let f = &self.frames[fi];
            let cd = f.code_data();
            (f.ip, cd.words_ptr())
        };
        // SAFETY: a suspended frame's ip is an instruction index within its code.
        let (op, arg) = decode(unsafe { *words.add(ip) });
        if op != Op::RESUME as u8
            || arg == 0
            || self.tier2.is_none()
            || self.pending_throw.is_some()
            || self.frames[fi].code_data().jit_disabled.get()
            || self.native_depth >= crate::vm::call::NATIVE_DEPTH_LIMIT
        {
            return self.run_frame();
        }
        // As the eval loop would run the RESUME: lasti at it, ip after it.
        let target = ip + 1;
        {
            let f = &mut self.frames[fi];
            f.lasti = ip;
            f.ip = target;
        }
        self.native_depth += 1;
        let r = self.try_resume_compiled(fi, target);
        self.native_depth -= 1;
        match r {
            None => {
                let f = &mut self.frames[fi];
                let at = f.ip;
                // SAFETY: as above; compiled code leaves ip at an instruction.
                let (op, _) = decode(unsafe { *words.add(at) });
                if op != Op::YIELD_VALUE as u8 {
                    return self.run_frame();
                }
                // The YIELD_VALUE: pop the value, ip after the instruction, lasti at it.
                // SAFETY: compiled code left the yielded value on the frame's stack.
                let v = unsafe {
                    f.sp = f.sp.sub(1);
                    ptr::read(f.sp)
                };
                f.lasti = at;
                f.ip = at + 1;
                Ok((v, Exit::Yield))
            }
            Some(Ok(v)) => {
                let f = self.frames.pop().expect("frame");
                self.discard_frame(f);
                Ok((v, Exit::Return))
            }
            Some(Err(e)) => {
                // Raised at the frame's saved lasti: the eval loop unwinds it.
                self.pending_throw = Some(e);
                self.run_frame()
            }
        }
    }

    /// Tears a frame down: drops its values and releases its arena window.
    pub fn discard_frame(&mut self, mut f: crate::vm::Frame) {
        if f.frame_obj.is_some() {
            self.detach_frame_object(&f);
        }
        f.clear_values();
        if !f.is_generator {
            self.arena.release_to(f.base);
        }
    }

    #[allow(clippy::cognitive_complexity)]
    fn eval_loop(&mut self) -> PyResult<(Value, Exit)> {
        // The exception being propagated into the current frame and whether a traceback entry
        // must be added for it (false for re-raises, as in CPython).
        let mut pending: Option<(PyErr, bool)> = self.pending_throw.take().map(|e| (e, true));
        'frame: loop {
            let fi = self.frames.len() - 1;
            let (words, consts, names) = {
                let cd = self.frames[fi].code_data();
                (cd.words_ptr(), cd.consts.as_ptr(), cd.names.as_ptr())
            };
            let base = self.frames[fi].base;
            let mut sp = self.frames[fi].sp;
            let mut ip = self.frames[fi].ip;
            let mut lasti = self.frames[fi].lasti;

            // Stack and operand helpers. All of them rely on the frame invariants documented in
            // `frame.rs`: `stack_base..sp` is initialised, the compiler's `stacksize` bounds sp.
            macro_rules! push {
                ($v:expr) => {{
                    let v: Value = $v;
                    // SAFETY: sp < stack_base + stacksize (compiler-computed bound); the slot is
                    // logically uninitialised, so writing does not leak.
                    unsafe {
                        ptr::write(sp, v);
                        sp = sp.add(1);
                    }
                }};
            }
            macro_rules! pop {
                () => {{
                    // SAFETY: the compiler guarantees the stack is non-empty here; the slot
                    // becomes uninitialised after the move out.
                    unsafe {
                        sp = sp.sub(1);
                        ptr::read(sp)
                    }
                }};
            }
            macro_rules! top {
                () => {
                    // SAFETY: the stack is non-empty (compiler-checked depth).
                    unsafe { &*sp.sub(1) }
                };
            }
            macro_rules! peek {
                ($n:expr) => {
                    // SAFETY: the compiler-checked depth is at least $n here.
                    unsafe { &*sp.sub($n) }
                };
            }
            macro_rules! set_top {
                ($v:expr) => {{
                    let v: Value = $v;
                    // SAFETY: replaces the initialised top slot; the old value is dropped once.
                    unsafe {
                        drop(ptr::replace(sp.sub(1), v));
                    }
                }};
            }
            macro_rules! local {
                ($i:expr) => {
                    // SAFETY: the compiler only emits local indices < nlocalsplus.
                    unsafe { &*base.add($i as usize) }
                };
            }
            macro_rules! set_local {
                ($i:expr, $v:expr) => {{
                    let v: Value = $v;
                    // SAFETY: as in `local!`; the previous value is dropped exactly once.
                    unsafe {
                        drop(ptr::replace(base.add($i as usize), v));
                    }
                }};
            }
            macro_rules! konst {
                ($i:expr) => {
                    // SAFETY: LOAD_CONST indices are < len(co_consts) (compiler invariant).
                    unsafe { &*consts.add($i as usize) }
                };
            }
            macro_rules! name {
                ($i:expr) => {
                    // SAFETY: name indices are < len(co_names) (compiler invariant).
                    unsafe { (*names.add($i as usize)).clone() }
                };
            }
            macro_rules! name_ref {
                ($i:expr) => {
                    // SAFETY: name indices are < len(co_names) (compiler invariant).
                    match unsafe { &*names.add($i as usize) } {
                        Value::Obj(o) => o,
                        _ => unreachable!("co_names holds str objects"),
                    }
                };
            }
            macro_rules! save {
                () => {{
                    let f = &mut self.frames[fi];
                    f.sp = sp;
                    f.ip = ip;
                    f.lasti = lasti;
                }};
            }

            // The frame returned `v`: pop it, and give `v` to its caller (the frame below, or
            // the Rust caller of an entry frame).
            macro_rules! frame_returned {
                ($v:expr) => {{
                    let v: Value = $v;
                    let f = self.frames.pop().expect("frame");
                    let entry = f.is_entry;
                    self.discard_frame(f);
                    if entry {
                        return Ok((v, Exit::Return));
                    }
                    self.push_to_top_frame(v);
                    continue 'frame;
                }};
            }
            // What tier 2 did with this frame (entered at RESUME or a loop header): `None`, it continues here (from the state an exit
            // wrote, if compiled code ran); `Some(Ok(v))`, compiled code ran the frame to its
            // return; `Some(Err(e))`, it raised `e` at the frame's saved `lasti`.
            macro_rules! after_tier2 {
                ($r:expr) => {{
                    match $r {
                        Some(Ok(v)) => frame_returned!(v),
                        Some(Err(e)) => pending = Some((e, true)),
                        None => {}
                    }
                    continue 'frame;
                }};
            }

            if let Some((e, add_tb)) = pending.take() {
                // An exception arrived from a callee frame: unwind it here.
                save!();
                match self.unwind(fi, e, add_tb) {
                    Ok(()) => continue 'frame,
                    Err(e) => return Err(e),
                }
            }

            'dispatch: loop {
                let err: PyErr = 'instr: {
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'instr e,
                            }
                        };
                    }
                    if service_pending() {
                        save!();
                        self.service();
                    }
                    lasti = ip;
                    // SAFETY: ip is always an instruction index within the code's words.
                    let (opn, arg) = decode(unsafe { *words.add(ip) });
                    // SAFETY: only valid opcodes are ever written into code words.
                    let op: Op = unsafe { std::mem::transmute::<u8, Op>(opn) };
                    ip += 1 + op.cache_words();
                    match op {
                        Op::NOP => {}
                        Op::RESUME => {
                            if arg == 0 {
                                if crate::modules::profile::ACTIVE
                                    .load(std::sync::atomic::Ordering::Relaxed)
                                {
                                    crate::modules::profile::on_call(self);
                                }
                                // SAFETY: frames[fi].cd is valid while the frame lives.
                                let cd = unsafe { &*self.frames[fi].cd };
                                let calls = cd.calls.get().wrapping_add(1);
                                cd.calls.set(calls);
                                if self.tier2.is_some() && !cd.jit_disabled.get() {
                                    save!();
                                    after_tier2!(self.try_tier2(fi, calls));
                                }
                            }
                            // A RESUME after a yield: `run_resumed_frame` already ran tier 2's
                            // hook when it resumed the frame.
                        }
                        Op::POP_TOP => {
                            drop(pop!());
                        }
                        Op::PUSH_NULL => push!(Value::Undef),
                        Op::COPY => {
                            let v = peek!(arg as usize).clone();
                            push!(v);
                        }
                        Op::SWAP => {
                            // SAFETY: depth >= arg (compiler invariant); swapping initialised slots.
                            unsafe { ptr::swap(sp.sub(1), sp.sub(arg as usize)) };
                        }
                        Op::LOAD_CONST => push!(konst!(arg).clone()),
                        Op::LOAD_FAST => {
                            let v = local!(arg);
                            if v.is_undef() {
                                save!();
                                break 'instr self.unbound_local(fi, arg as usize);
                            }
                            push!(v.clone());
                        }
                        Op::STORE_FAST => {
                            let v = pop!();
                            set_local!(arg, v);
                        }
                        Op::DELETE_FAST => {
                            if local!(arg).is_undef() {
                                save!();
                                break 'instr self.unbound_local(fi, arg as usize);
                            }
                            set_local!(arg, Value::Undef);
                        }
                        Op::LOAD_NAME => {
                            save!();
                            let v = tri!(self.load_name(fi, name_ref!(arg)));
                            push!(v);
                        }
                        Op::STORE_NAME => {
                            let v = pop!();
                            save!();
                            tri!(self.store_name(fi, name!(arg), v));
                        }
                        Op::DELETE_NAME => {
                            save!();
                            tri!(self.delete_name(fi, name!(arg)));
                        }
                        Op::LOAD_GLOBAL | Op::LOAD_GLOBAL_MODULE | Op::LOAD_GLOBAL_BUILTIN => {
                            save!();
                            let v = tri!(self.load_global_cached(fi, op, lasti, arg));
                            if arg & 1 != 0 {
                                push!(Value::Undef);
                            }
                            push!(v);
                        }
                        Op::STORE_GLOBAL => {
                            let v = pop!();
                            let g = self.frames[fi].globals.clone();
                            crate::vm::ops::dict_set_str(self, &g, name!(arg), v);
                        }
                        Op::DELETE_GLOBAL => {
                            save!();
                            let g = self.frames[fi].globals.clone();
                            let n = name!(arg);
                            if !tri!(crate::vm::ops::dict_del(self, &g, &n)) {
                                break 'instr self.name_error(n.as_str().unwrap_or(""));
                            }
                        }
                        Op::LOAD_DEREF | Op::LOAD_CLASSDEREF => {
                            save!();
                            if op == Op::LOAD_CLASSDEREF {
                                if let Some(v) = tri!(self.classderef_lookup(fi, arg as usize)) {
                                    push!(v);
                                    continue 'dispatch;
                                }
                            }
                            let v = match local!(arg) {
                                Value::Obj(c) => match &c.payload {
                                    Payload::Cell(cell) => cell.borrow().clone(),
                                    _ => Value::Undef,
                                },
                                _ => Value::Undef,
                            };
                            if v.is_undef() {
                                break 'instr self.unbound_deref(fi, arg as usize);
                            }
                            push!(v);
                        }
                        Op::STORE_DEREF => {
                            let v = pop!();
                            if let Value::Obj(c) = local!(arg) {
                                if let Payload::Cell(cell) = &c.payload {
                                    let old = cell.replace(v);
                                    drop(old);
                                }
                            }
                        }
                        Op::DELETE_DEREF => {
                            let mut was_empty = true;
                            if let Value::Obj(c) = local!(arg) {
                                if let Payload::Cell(cell) = &c.payload {
                                    let old = cell.replace(Value::Undef);
                                    was_empty = old.is_undef();
                                    drop(old);
                                }
                            }
                            if was_empty {
                                save!();
                                break 'instr self.unbound_deref(fi, arg as usize);
                            }
                        }
                        Op::LOAD_CLOSURE => push!(local!(arg).clone()),
                        Op::MAKE_CELL => {
                            let cur = local!(arg).clone();
                            let cell = PyRef::new(&self.types.cell, Payload::Cell(cur.into()));
                            set_local!(arg, Value::Obj(cell));
                        }
                        Op::COPY_FREE_VARS => {
                            let f = &self.frames[fi];
                            let n = arg as usize;
                            let nlp = f.nlocalsplus();
                            let cells: Vec<Value> = match &f.func {
                                Some(func) => match &func.payload {
                                    Payload::Function(fd) => fd
                                        .closure
                                        .as_deref()
                                        .unwrap_or(&[])
                                        .iter()
                                        .map(|c| Value::Obj(c.clone()))
                                        .collect(),
                                    _ => Vec::new(),
                                },
                                _ => Vec::new(),
                            };
                            for (k, c) in cells.into_iter().take(n).enumerate() {
                                set_local!(nlp - n + k, c);
                            }
                        }
                        Op::LOAD_ATTR
                        | Op::LOAD_ATTR_INSTANCE_VALUE
                        | Op::LOAD_ATTR_MODULE
                        | Op::LOAD_ATTR_CLASS => {
                            save!();
                            let obj = top!();
                            let v = tri!(self.load_attr_cached(fi, op, lasti, obj, name_ref!(arg)));
                            set_top!(v);
                        }
                        Op::STORE_ATTR | Op::STORE_ATTR_INSTANCE_VALUE => {
                            let obj = pop!();
                            let v = pop!();
                            save!();
                            tri!(self.store_attr_cached(fi, op, lasti, &obj, name_ref!(arg), v));
                        }
                        Op::DELETE_ATTR => {
                            let obj = pop!();
                            save!();
                            tri!(self.delattr(&obj, name_ref!(arg)));
                        }
                        Op::LOAD_METHOD | Op::LOAD_METHOD_CACHED => {
                            save!();
                            let obj = pop!();
                            let (m, s) =
                                tri!(self.load_method_cached(fi, op, lasti, obj, name_ref!(arg)));
                            push!(m);
                            push!(s);
                        }
                        Op::KW_NAMES => {
                            self.frames[fi].kwnames = konst!(arg).clone();
                        }
                        Op::CALL | Op::CALL_PY_EXACT_ARGS | Op::CALL_BUILTIN => {
                            let argc = arg as usize;
                            let kwnames = std::mem::take(&mut self.frames[fi].kwnames);
                            // Stack: [meth_or_null, callable_or_self, args...]
                            let has_self = !peek!(argc + 2).is_undef();
                            let nargs = argc + has_self as usize;
                            // SAFETY: the depth is at least argc + 2 (CALL's stack contract);
                            // the slice covers initialised slots only and is dropped below.
                            let args_ptr = unsafe { sp.sub(nargs) };
                            let callable = if has_self {
                                peek!(argc + 2).clone()
                            } else {
                                peek!(argc + 1).clone()
                            };
                            save!();
                            // Fast path: a Python function pushes a frame and stays in this loop.
                            if let Value::Obj(fo) = &callable {
                                if let Payload::Function(_) = &fo.payload {
                                    if kwnames.is_undef() && self.tier2.is_some() {
                                        // The callee's compiled code takes the arguments
                                        // without a frame. Our frame forgets them first.
                                        self.frames[fi].sp = args_ptr;
                                        // SAFETY: args_ptr..sp are the call's initialised
                                        // arguments, no longer counted on our stack.
                                        let r =
                                            unsafe { self.try_call_compiled(fo, args_ptr, nargs) };
                                        match r {
                                            Some(r) => {
                                                sp = args_ptr;
                                                for _ in nargs..argc + 2 {
                                                    drop(pop!());
                                                }
                                                let v = tri!(r);
                                                push!(v);
                                                continue 'dispatch;
                                            }
                                            None => self.frames[fi].sp = sp,
                                        }
                                    }
                                    let pushed = kwnames.is_undef()
                                        // SAFETY: args_ptr..sp are the call's initialised
                                        // arguments.
                                        && unsafe { self.try_push_exact(fo, args_ptr, nargs) };
                                    if pushed {
                                        // The arguments moved into the callee: forget their
                                        // slots, then drop the callable and NULL/method slots.
                                        sp = args_ptr;
                                        for _ in nargs..argc + 2 {
                                            drop(pop!());
                                        }
                                        self.frames[fi].sp = sp;
                                        continue 'frame;
                                    }
                                    // SAFETY: see args_ptr above.
                                    let args =
                                        unsafe { std::slice::from_raw_parts(args_ptr, nargs) };
                                    let kwn: &[Value] = match &kwnames {
                                        Value::Obj(t) => match &t.payload {
                                            Payload::Tuple(items) => items,
                                            _ => &[],
                                        },
                                        _ => &[],
                                    };
                                    let r =
                                        self.push_py_frame(fo, Args { args, kwnames: kwn }, false);
                                    // Drop the consumed args, callable and null from our stack.
                                    for _ in 0..argc + 2 {
                                        drop(pop!());
                                    }
                                    self.frames[fi].sp = sp;
                                    match r {
                                        // A frame was pushed: run it in this loop.
                                        Ok(None) => continue 'frame,
                                        // Calling a generator function made the generator.
                                        Ok(Some(v)) => push!(v),
                                        Err(e) => break 'instr e,
                                    }
                                    continue 'dispatch;
                                }
                            }
                            // SAFETY: see args_ptr above.
                            let args = unsafe { std::slice::from_raw_parts(args_ptr, nargs) };
                            let kwn: &[Value] = match &kwnames {
                                Value::Obj(t) => match &t.payload {
                                    Payload::Tuple(items) => items,
                                    _ => &[],
                                },
                                _ => &[],
                            };
                            let r = self.call(&callable, Args { args, kwnames: kwn });
                            for _ in 0..argc + 2 {
                                drop(pop!());
                            }
                            let v = tri!(r);
                            push!(v);
                        }
                        Op::CALL_FUNCTION_EX => {
                            let kwargs = if arg & 1 != 0 { pop!() } else { Value::Undef };
                            let args = pop!();
                            let callable = pop!();
                            let _null = pop!();
                            save!();
                            let v = tri!(self.call_ex(&callable, &args, &kwargs));
                            push!(v);
                        }
                        Op::MAKE_FUNCTION => {
                            let code = pop!();
                            let closure = if arg & 8 != 0 { pop!() } else { Value::Undef };
                            let annotations = if arg & 4 != 0 { pop!() } else { Value::None };
                            let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::None };
                            let defaults = if arg & 1 != 0 { pop!() } else { Value::None };
                            let f = self.make_function(
                                fi,
                                code,
                                defaults,
                                kwdefaults,
                                annotations,
                                closure,
                            );
                            push!(f);
                        }
                        Op::RETURN_VALUE => {
                            if crate::modules::profile::ACTIVE
                                .load(std::sync::atomic::Ordering::Relaxed)
                            {
                                crate::modules::profile::on_return(self);
                            }
                            let v = pop!();
                            self.frames[fi].sp = sp;
                            frame_returned!(v);
                        }
                        Op::BINARY_OP => {
                            let b = pop!();
                            if let Value::Obj(o) = top!() {
                                if matches!(o.payload, Payload::Int(_)) {
                                    // `x op= y` stores the result back into `x`, whose
                                    // reference is then idle too.
                                    // SAFETY: ip is an instruction index within the code.
                                    let (nop, narg) = decode(unsafe { *words.add(ip) });
                                    let spare = usize::from(
                                        nop == Op::STORE_FAST as u8 && local!(narg).is(top!()),
                                    );
                                    // SAFETY: the top slot is initialised and nothing else
                                    // borrows the stack.
                                    let top = unsafe { &mut *sp.sub(1) };
                                    if self.int_op_in_place(top, &b, arg, spare) {
                                        continue 'dispatch;
                                    }
                                }
                            }
                            let a = top!();
                            save!();
                            let r = self.binary_op(a, &b, arg);
                            let r = tri!(r);
                            self.specialize_binary_op(fi, lasti, arg, a, &b);
                            set_top!(r);
                        }
                        Op::BINARY_OP_ADD_INT
                        | Op::BINARY_OP_SUBTRACT_INT
                        | Op::BINARY_OP_MULTIPLY_INT => {
                            let b = pop!();
                            let a = top!();
                            if let (Value::Int(x), Value::Int(y)) = (a, &b) {
                                let r = match op {
                                    Op::BINARY_OP_ADD_INT => x.checked_add(*y),
                                    Op::BINARY_OP_SUBTRACT_INT => x.checked_sub(*y),
                                    _ => x.checked_mul(*y),
                                };
                                if let Some(r) = r {
                                    set_top!(Value::Int(r));
                                    continue 'dispatch;
                                }
                                self.note_int_overflow(fi, lasti);
                            } else {
                                self.despecialize(fi, lasti, Op::BINARY_OP);
                            }
                            save!();
                            let r = tri!(self.binary_op(a, &b, arg));
                            set_top!(r);
                        }
                        Op::BINARY_OP_FLOAT => {
                            let b = pop!();
                            let a = top!();
                            if let Some(r) = crate::vm::ops::float_binop_fast(a, &b, arg) {
                                set_top!(Value::Float(r));
                                continue 'dispatch;
                            }
                            self.despecialize(fi, lasti, Op::BINARY_OP);
                            save!();
                            let r = tri!(self.binary_op(a, &b, arg));
                            set_top!(r);
                        }
                        Op::BINARY_OP_INT => {
                            let b = pop!();
                            let a = top!();
                            if let (Value::Int(x), Value::Int(y)) = (a, &b) {
                                if let Some(r) = crate::vm::ops::int_binop_fast(*x, *y, arg) {
                                    set_top!(Value::Int(r));
                                    continue 'dispatch;
                                }
                                self.note_int_overflow(fi, lasti);
                            } else {
                                self.despecialize(fi, lasti, Op::BINARY_OP);
                            }
                            save!();
                            let r = tri!(self.binary_op(a, &b, arg));
                            set_top!(r);
                        }
                        Op::BINARY_OP_ADD_UNICODE => {
                            let b = pop!();
                            let a = top!();
                            save!();
                            if a.as_str().is_none() || b.as_str().is_none() {
                                self.despecialize(fi, lasti, Op::BINARY_OP);
                            }
                            let r = tri!(self.binary_op(a, &b, arg));
                            set_top!(r);
                        }
                        Op::UNARY_NEGATIVE => {
                            save!();
                            let v = tri!(self.unary_neg(top!()));
                            set_top!(v);
                        }
                        Op::UNARY_POSITIVE => {
                            save!();
                            let v = tri!(self.unary_pos(top!()));
                            set_top!(v);
                        }
                        Op::UNARY_INVERT => {
                            save!();
                            let v = tri!(self.unary_invert(top!()));
                            set_top!(v);
                        }
                        Op::UNARY_NOT => {
                            save!();
                            let t = tri!(self.is_true(top!()));
                            set_top!(Value::Bool(!t));
                        }
                        Op::COMPARE_OP => {
                            let b = pop!();
                            let a = top!();
                            save!();
                            let r = tri!(self.compare(a, &b, arg));
                            self.specialize_compare(fi, lasti, a, &b);
                            set_top!(r);
                        }
                        Op::COMPARE_OP_INT => {
                            let b = pop!();
                            let a = top!();
                            if let (Value::Int(x), Value::Int(y)) = (a, &b) {
                                set_top!(Value::Bool(crate::vm::ops::cmp_ord(x.cmp(y), arg)));
                                continue 'dispatch;
                            }
                            self.despecialize(fi, lasti, Op::COMPARE_OP);
                            save!();
                            let r = tri!(self.compare(a, &b, arg));
                            set_top!(r);
                        }
                        Op::COMPARE_OP_FLOAT => {
                            let b = pop!();
                            let a = top!();
                            if let (Value::Float(x), Value::Float(y)) = (a, &b) {
                                set_top!(Value::Bool(crate::vm::ops::cmp_f64(*x, *y, arg)));
                                continue 'dispatch;
                            }
                            self.despecialize(fi, lasti, Op::COMPARE_OP);
                            save!();
                            let r = tri!(self.compare(a, &b, arg));
                            set_top!(r);
                        }
                        Op::COMPARE_OP_STR => {
                            let b = pop!();
                            let a = top!();
                            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                                let eq = x == y;
                                set_top!(Value::Bool(
                                    if arg == crate::bytecode::opcodes::cmpop::EQ {
                                        eq
                                    } else {
                                        !eq
                                    }
                                ));
                                continue 'dispatch;
                            }
                            self.despecialize(fi, lasti, Op::COMPARE_OP);
                            save!();
                            let r = tri!(self.compare(a, &b, arg));
                            set_top!(r);
                        }
                        Op::IS_OP => {
                            let b = pop!();
                            let a = top!();
                            let r = a.is(&b) != (arg == 1);
                            set_top!(Value::Bool(r));
                        }
                        Op::CONTAINS_OP => {
                            let container = pop!();
                            let item = top!();
                            save!();
                            let r = tri!(self.contains(&container, item));
                            set_top!(Value::Bool(r != (arg == 1)));
                        }
                        Op::BINARY_SUBSCR
                        | Op::BINARY_SUBSCR_LIST_INT
                        | Op::BINARY_SUBSCR_TUPLE_INT
                        | Op::BINARY_SUBSCR_DICT => {
                            let key = pop!();
                            let obj = top!();
                            if let (Some(Payload::List(l)), Value::Int(i), false) = (
                                obj.payload(),
                                &key,
                                matches!(obj, Value::Obj(o) if o.type_data().is_heap()),
                            ) {
                                let l = l.borrow();
                                let i = if *i < 0 { *i + l.len() as i64 } else { *i };
                                if i >= 0 && (i as usize) < l.len() {
                                    let v = l[i as usize].clone();
                                    drop(l);
                                    set_top!(v);
                                    if op != Op::BINARY_SUBSCR_LIST_INT {
                                        self.specialize_subscr(
                                            fi,
                                            lasti,
                                            op,
                                            Op::BINARY_SUBSCR_LIST_INT,
                                        );
                                    }
                                    continue 'dispatch;
                                }
                            }
                            save!();
                            let seen = subscr_kind(obj, &key, false);
                            let v = tri!(self.getitem(obj, &key));
                            set_top!(v);
                            if op != seen {
                                self.specialize_subscr(fi, lasti, op, seen);
                            }
                        }
                        Op::STORE_SUBSCR | Op::STORE_SUBSCR_LIST_INT | Op::STORE_SUBSCR_DICT => {
                            let key = pop!();
                            let obj = pop!();
                            let v = pop!();
                            save!();
                            let seen = subscr_kind(&obj, &key, true);
                            tri!(self.setitem(&obj, key, v));
                            if op != seen {
                                self.specialize_subscr(fi, lasti, op, seen);
                            }
                        }
                        Op::DELETE_SUBSCR => {
                            let key = pop!();
                            let obj = pop!();
                            save!();
                            tri!(self.delitem(&obj, &key));
                        }
                        Op::BUILD_SLICE => {
                            let step = if arg == 3 { pop!() } else { Value::None };
                            let stop = pop!();
                            let start = pop!();
                            let s = PyRef::new(
                                &self.types.slice,
                                Payload::Slice(Box::new([start, stop, step])),
                            );
                            push!(Value::Obj(s));
                        }
                        Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET => {
                            let n = arg as usize;
                            let mut items = Vec::with_capacity(n);
                            // SAFETY: depth >= n; the n values are moved out, then sp drops by n.
                            unsafe {
                                sp = sp.sub(n);
                                for k in 0..n {
                                    items.push(ptr::read(sp.add(k)));
                                }
                            }
                            let v = match op {
                                Op::BUILD_TUPLE => self.new_tuple(items),
                                Op::BUILD_LIST => self.new_list(items),
                                _ => {
                                    save!();
                                    tri!(self.new_set_from(items))
                                }
                            };
                            push!(v);
                        }
                        Op::BUILD_MAP => {
                            let n = arg as usize;
                            let mut items = Vec::with_capacity(2 * n);
                            // SAFETY: depth >= 2n; values moved out then sp lowered.
                            unsafe {
                                sp = sp.sub(2 * n);
                                for k in 0..2 * n {
                                    items.push(ptr::read(sp.add(k)));
                                }
                            }
                            save!();
                            let d = self.new_dict_ref();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(crate::vm::ops::dict_set(self, &d, k, v));
                            }
                            push!(Value::Obj(d));
                        }
                        Op::BUILD_CONST_KEY_MAP => {
                            let keys = pop!();
                            let n = arg as usize;
                            let mut vals = Vec::with_capacity(n);
                            // SAFETY: depth >= n; values moved out then sp lowered.
                            unsafe {
                                sp = sp.sub(n);
                                for k in 0..n {
                                    vals.push(ptr::read(sp.add(k)));
                                }
                            }
                            save!();
                            let d = self.new_dict_ref();
                            if let Some(Payload::Tuple(ks)) = keys.payload() {
                                for (k, v) in ks.iter().zip(vals) {
                                    tri!(crate::vm::ops::dict_set(self, &d, k.clone(), v));
                                }
                            }
                            push!(Value::Obj(d));
                        }
                        Op::BUILD_STRING => {
                            let n = arg as usize;
                            let mut s = String::new();
                            for k in (1..=n).rev() {
                                s.push_str(peek!(k).as_str().unwrap_or(""));
                            }
                            for _ in 0..n {
                                drop(pop!());
                            }
                            let v = self.new_str(s);
                            push!(v);
                        }
                        Op::LIST_APPEND => {
                            let v = pop!();
                            if let Some(Payload::List(l)) = peek!(arg as usize).payload() {
                                l.borrow_mut().push(v);
                            }
                        }
                        Op::SET_ADD => {
                            let v = pop!();
                            let s = peek!(arg as usize).clone();
                            save!();
                            tri!(self.set_add(&s, v));
                        }
                        Op::MAP_ADD => {
                            let v = pop!();
                            let k = pop!();
                            let d = peek!(arg as usize).clone();
                            save!();
                            if let Value::Obj(d) = &d {
                                tri!(crate::vm::ops::dict_set(self, d, k, v));
                            }
                        }
                        Op::LIST_EXTEND => {
                            let it = pop!();
                            let l = peek!(arg as usize).clone();
                            save!();
                            tri!(self.list_extend(&l, &it));
                        }
                        Op::SET_UPDATE => {
                            let it = pop!();
                            let s = peek!(arg as usize).clone();
                            save!();
                            tri!(self.set_update(&s, &it));
                        }
                        Op::DICT_UPDATE | Op::DICT_MERGE => {
                            let other = pop!();
                            let d = peek!(arg as usize).clone();
                            save!();
                            let func = if op == Op::DICT_MERGE {
                                Some(peek!(arg as usize + 2).clone())
                            } else {
                                None
                            };
                            tri!(self.dict_update_op(&d, &other, func.as_ref()));
                        }
                        Op::LIST_TO_TUPLE => {
                            let l = pop!();
                            let items = match l.payload() {
                                Some(Payload::List(v)) => v.borrow().clone(),
                                _ => Vec::new(),
                            };
                            push!(self.new_tuple(items));
                        }
                        Op::UNPACK_SEQUENCE | Op::UNPACK_SEQUENCE_EXACT => {
                            let seq = pop!();
                            save!();
                            let items = tri!(self.unpack(&seq, arg as usize));
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                        Op::UNPACK_EX => {
                            let seq = pop!();
                            save!();
                            let items = tri!(self.unpack_ex(
                                &seq,
                                (arg & 0xff) as usize,
                                (arg >> 8) as usize
                            ));
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                        Op::FORMAT_VALUE => {
                            let spec = if arg & 4 != 0 { pop!() } else { Value::Undef };
                            let v = pop!();
                            save!();
                            let s = tri!(self.format_value(v, arg & 3, &spec));
                            push!(s);
                        }
                        Op::GET_ITER => {
                            save!();
                            let it = tri!(self.get_iter(top!()));
                            set_top!(it);
                        }
                        Op::FOR_ITER | Op::FOR_ITER_RANGE | Op::FOR_ITER_LIST => {
                            if op == Op::FOR_ITER {
                                self.specialize_for_iter(fi, lasti, top!());
                            }
                            // Inline the common built-in iterators (no call, no frame save).
                            if let Some(v) = next_builtin_fast(top!()) {
                                push!(v);
                                continue 'dispatch;
                            }
                            save!();
                            match tri!(self.iter_next(top!())) {
                                Some(v) => push!(v),
                                None => {
                                    drop(pop!());
                                    ip = arg as usize;
                                }
                            }
                        }
                        Op::JUMP_FORWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => ip = arg as usize,
                        Op::JUMP_BACKWARD => {
                            ip = arg as usize;
                            // SAFETY: frames[fi].cd is valid while the frame lives.
                            let cd = unsafe { &*self.frames[fi].cd };
                            let n = cd.backedges.get().wrapping_add(1);
                            cd.backedges.set(n);
                            if crate::vm::signals::interrupt_pending() {
                                save!();
                                break 'instr self.take_interrupt();
                            }
                            if n >= self.config.jit_threshold
                                && self.tier2.is_some()
                                && !cd.jit_disabled.get()
                            {
                                // Hot loop: tier 2 may enter compiled code at the loop header.
                                save!();
                                after_tier2!(self.try_osr(fi, ip));
                            }
                        }
                        Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                            let v = pop!();
                            let t = match &v {
                                Value::Bool(b) => *b,
                                Value::None => false,
                                Value::Int(i) => *i != 0,
                                _ => {
                                    save!();
                                    tri!(self.is_true(&v))
                                }
                            };
                            if t == (op == Op::POP_JUMP_IF_TRUE) {
                                ip = arg as usize;
                            }
                        }
                        Op::POP_JUMP_IF_NONE => {
                            if pop!().is_none() {
                                ip = arg as usize;
                            }
                        }
                        Op::POP_JUMP_IF_NOT_NONE => {
                            if !pop!().is_none() {
                                ip = arg as usize;
                            }
                        }
                        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                            save!();
                            let t = tri!(self.is_true(top!()));
                            if t == (op == Op::JUMP_IF_TRUE_OR_POP) {
                                ip = arg as usize;
                            } else {
                                drop(pop!());
                            }
                        }
                        Op::PUSH_EXC_INFO => {
                            let exc = pop!();
                            let prev = std::mem::replace(&mut self.handled, exc.clone());
                            push!(prev);
                            push!(exc);
                        }
                        Op::POP_EXCEPT => {
                            let prev = pop!();
                            self.handled = prev;
                        }
                        Op::RERAISE => {
                            // With oparg, CPython also restores `prev_instr` from the saved
                            // lasti, but only for the frame's line number: the handler search
                            // starts at the RERAISE itself (its `INSTR_OFFSET() - 1`), and the
                            // traceback entry was added when the exception was first raised.
                            // Searching from the saved lasti would find this handler again.
                            let exc = pop!();
                            save!();
                            match exc {
                                Value::Obj(e) => {
                                    pending = Some((PyErr(e), false));
                                    continue 'frame;
                                }
                                _ => {
                                    break 'instr self.new_error(
                                        &self.exc.runtime_error.clone(),
                                        "No active exception to reraise",
                                    )
                                }
                            }
                        }
                        Op::CHECK_EXC_MATCH => {
                            let ty = pop!();
                            let exc = top!().clone();
                            save!();
                            let m = tri!(self.exception_matches(&exc, &ty));
                            push!(Value::Bool(m));
                        }
                        Op::RAISE_VARARGS => {
                            let cause = if arg == 2 { pop!() } else { Value::Undef };
                            let exc = if arg >= 1 { pop!() } else { Value::Undef };
                            save!();
                            if arg == 0 {
                                match self.handled.clone() {
                                    Value::Obj(e) => {
                                        pending = Some((PyErr(e), false));
                                        continue 'frame;
                                    }
                                    _ => {
                                        break 'instr self.new_error(
                                            &self.exc.runtime_error.clone(),
                                            "No active exception to reraise",
                                        )
                                    }
                                }
                            }
                            break 'instr self.make_raise(exc, cause);
                        }
                        Op::LOAD_ASSERTION_ERROR => {
                            push!(Value::Obj(self.exc.assertion_error.clone()))
                        }
                        Op::BEFORE_WITH => {
                            let mgr = pop!();
                            save!();
                            let (exit, entered) = tri!(self.before_with(&mgr));
                            push!(exit);
                            push!(entered);
                        }
                        Op::WITH_EXCEPT_START => {
                            let exc = peek!(1).clone();
                            let exit = peek!(4).clone();
                            save!();
                            let r = tri!(self.call_exit_with_exc(&exit, &exc));
                            push!(r);
                        }
                        Op::YIELD_VALUE => {
                            let v = pop!();
                            save!();
                            return Ok((v, Exit::Yield));
                        }
                        Op::GET_YIELD_FROM_ITER => {
                            save!();
                            if let Some(it) = tri!(self.yield_from_iter(top!())) {
                                set_top!(it);
                            }
                        }
                        Op::SEND => {
                            let v = pop!();
                            let recv = top!().clone();
                            save!();
                            match tri!(self.send_into(&recv, v)) {
                                (r, Exit::Yield) => push!(r),
                                (r, Exit::Return) => {
                                    set_top!(r);
                                    ip = arg as usize;
                                }
                            }
                        }
                        Op::GET_AWAITABLE => {
                            save!();
                            let a = tri!(self.get_awaitable(top!(), arg));
                            set_top!(a);
                        }
                        Op::GET_AITER => {
                            save!();
                            let a = tri!(self.get_aiter(top!()));
                            set_top!(a);
                        }
                        Op::GET_ANEXT => {
                            save!();
                            let a = tri!(self.get_anext(top!()));
                            push!(a);
                        }
                        Op::END_ASYNC_FOR => {
                            let exc = pop!();
                            save!();
                            let stop = self.exc.stop_async_iteration.clone();
                            if self.is_instance_of(&exc, &stop) {
                                drop(pop!());
                            } else if let Value::Obj(e) = exc {
                                pending = Some((PyErr(e), false));
                                continue 'frame;
                            }
                        }
                        Op::BEFORE_ASYNC_WITH => {
                            let mgr = pop!();
                            save!();
                            let (exit, entered) = tri!(self.before_async_with(&mgr));
                            push!(exit);
                            push!(entered);
                        }
                        Op::ASYNC_GEN_WRAP => {
                            let v = pop!();
                            let w = self.async_gen_wrap(v);
                            push!(w);
                        }
                        Op::CHECK_EG_MATCH => {
                            let ty = pop!();
                            let exc = pop!();
                            save!();
                            let (rest, matched) = tri!(self.check_eg_match(exc, ty));
                            push!(rest);
                            push!(matched);
                        }
                        Op::PREP_RERAISE_STAR => {
                            let list = pop!();
                            let orig = pop!();
                            save!();
                            let r = tri!(self.prep_reraise_star(orig, list));
                            push!(r);
                        }
                        Op::IMPORT_NAME => {
                            let fromlist = pop!();
                            let level = pop!();
                            save!();
                            let m = tri!(self.import_name(fi, name_ref!(arg), &fromlist, &level));
                            push!(m);
                        }
                        Op::IMPORT_FROM => {
                            save!();
                            let v = tri!(self.import_from(top!(), name_ref!(arg)));
                            push!(v);
                        }
                        Op::IMPORT_STAR => {
                            let m = pop!();
                            save!();
                            tri!(self.import_star(fi, &m));
                        }
                        Op::LOAD_BUILD_CLASS => {
                            let b = self.builtins.clone();
                            save!();
                            let v = tri!(crate::vm::ops::dict_get_str(self, &b, "__build_class__")
                                .ok_or_else(|| self.new_error(
                                    &self.exc.name_error.clone(),
                                    "__build_class__ not found"
                                )));
                            push!(v);
                        }
                        Op::SETUP_ANNOTATIONS => {
                            save!();
                            tri!(self.setup_annotations(fi));
                        }
                        Op::PRINT_EXPR => {
                            let v = pop!();
                            save!();
                            tri!(self.print_expr(v));
                        }
                        Op::GET_LEN => {
                            save!();
                            let n = tri!(self.len(top!()));
                            push!(Value::Int(n as i64));
                        }
                        Op::MATCH_SEQUENCE => {
                            let subject = top!().clone();
                            save!();
                            let m = tri!(self.match_sequence(&subject));
                            push!(Value::Bool(m));
                        }
                        Op::MATCH_MAPPING => {
                            let subject = top!().clone();
                            save!();
                            let m = tri!(self.match_mapping(&subject));
                            push!(Value::Bool(m));
                        }
                        Op::MATCH_KEYS => {
                            let keys = peek!(1).clone();
                            let subject = peek!(2).clone();
                            save!();
                            let v = tri!(self.match_keys(&subject, &keys));
                            push!(v);
                        }
                        Op::COPY_DICT_WITHOUT_KEYS => {
                            let keys = top!().clone();
                            let subject = peek!(2).clone();
                            save!();
                            let rest = tri!(self.copy_dict_without_keys(&subject, &keys));
                            set_top!(rest);
                        }
                        Op::MATCH_CLASS => {
                            let names = pop!();
                            let cls = pop!();
                            let subject = pop!();
                            save!();
                            let v = tri!(self.match_class(&subject, &cls, arg as usize, &names));
                            push!(v);
                        }
                        Op::RETURN_GENERATOR | Op::LOAD_LOCALS => {
                            save!();
                            break 'instr self
                                .new_error(&self.exc.system_error.clone(), "unsupported opcode");
                        }
                    }
                    continue 'dispatch;
                };
                // An instruction raised `err`.
                save!();
                match self.unwind(fi, err, true) {
                    Ok(()) => continue 'frame,
                    Err(e) => return Err(e),
                }
            }
        }
    }

    /// Pushes a value onto the value stack of the frame now on top (a callee's return value).
    pub(crate) fn push_to_top_frame(&mut self, v: Value) {
        let f = self.frames.last_mut().expect("caller frame");
        // SAFETY: the caller's stack had room for the call's result (its CALL popped at least
        // two slots), and sp is the caller's saved top.
        unsafe {
            ptr::write(f.sp, v);
            f.sp = f.sp.add(1);
        }
    }

    /// Handles exception `e` raised at the current instruction of frame `fi`: adds a
    /// traceback entry, jumps to a handler in this frame, or pops frames until one handles it.
    /// Returns `Err` when the exception leaves the entry frame.
    fn unwind(&mut self, mut fi: usize, e: PyErr, mut add_tb: bool) -> PyResult<()> {
        loop {
            if add_tb {
                self.add_traceback(fi, &e);
                self.set_context(&e);
            }
            let (handler, stack_base) = {
                let f = &self.frames[fi];
                (
                    f.code_data().code.handler_at(f.lasti).copied(),
                    f.stack_base,
                )
            };
            if let Some(h) = handler {
                let f = &mut self.frames[fi];
                // SAFETY: the handler depth is <= the current depth (compiler invariant); the
                // popped slots are initialised and dropped once.
                unsafe {
                    let target = stack_base.add(h.depth as usize);
                    while f.sp > target {
                        f.sp = f.sp.sub(1);
                        ptr::drop_in_place(f.sp);
                    }
                    if h.lasti {
                        ptr::write(f.sp, Value::Int(f.lasti as i64));
                        f.sp = f.sp.add(1);
                    }
                    ptr::write(f.sp, Value::Obj(e.0));
                    f.sp = f.sp.add(1);
                }
                f.ip = h.target as usize;
                return Ok(());
            }
            let f = self.frames.pop().expect("frame");
            let entry = f.is_entry;
            self.discard_frame(f);
            if entry || self.frames.is_empty() {
                return Err(e);
            }
            fi = self.frames.len() - 1;
            add_tb = true;
        }
    }
}

/// The next item of a `range` or `list` iterator when it has one (`None`: take the general
/// path, which also handles exhaustion).
#[inline(always)]
fn next_builtin_fast(it: &Value) -> Option<Value> {
    let Value::Obj(o) = it else { return None };
    let Payload::Iter(cell) = &o.payload else {
        return None;
    };
    if o.type_data().is_heap() {
        return None;
    }
    crate::objects::iter::step_simple(&mut *cell.try_borrow_mut().ok()?)
}
