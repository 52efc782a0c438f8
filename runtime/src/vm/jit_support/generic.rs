//! The generic path of compiled code: one helper that runs a single instruction's semantics
//! on a small operand buffer, calling the same semantics functions as the interpreter's
//! handlers in `eval.rs` (nothing here re-implements Python's rules).
//!
//! Contract for an instruction with [`generic_io`] = `(n_in, n_out)`: compiled code writes
//! the `n_in` inputs, deepest first and owned, to `buf[0..n_in]`, calls [`heron_rt_generic`]
//! with the instruction word, and on status 0 reads `n_out` owned outputs from
//! `buf[0..n_out]` (deepest first). On status 1 the inputs were consumed and the exception is
//! in `JitThread::err`.
//!
//! The upper half of the word may carry a hint: for STORE_ATTR, the type version the site was
//! specialised for (see [`Vm::store_instance_attr`]; versions start at 1, so 0 is no hint);
//! for BINARY_OP, 1 when the result is stored back into the local the left operand is, whose
//! reference is then idle (see [`Vm::int_op_in_place`]).
//!
//! Instructions that read a stack item below their operands without popping it (`LIST_APPEND
//! i`, `GET_LEN`, `CHECK_EXC_MATCH`, `MATCH_KEYS`, ...) take a new reference to that item as an extra first
//! input; compiled code keeps the item on its stack. Cells (`LOAD_DEREF` ...) are passed the
//! same way: a new reference to the cell in localsplus slot `i`.

use std::ptr;

use smallvec::{smallvec, SmallVec};

use crate::bytecode::opcodes::{decode, Op};
use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::jit_support::{namespaces, run_finalizers, Activation, RawValue};
use crate::vm::{PyResult, Vm};

/// An instruction's operands or results: inline up to four, so the common instructions
/// allocate nothing on the way through the generic path.
type Io = SmallVec<[Value; 4]>;

/// Inputs and outputs of `op` on the generic path, or `None` when compiled code handles it
/// itself (stack shuffles, locals, jumps, calls, iteration, returns).
pub fn generic_io(op: Op, arg: u32) -> Option<(usize, usize)> {
    let a = arg as usize;
    Some(match op.base() {
        Op::LOAD_NAME | Op::LOAD_BUILD_CLASS | Op::LOAD_ASSERTION_ERROR => (0, 1),
        Op::LOAD_GLOBAL => (0, 1),
        Op::STORE_NAME
        | Op::STORE_GLOBAL
        | Op::DELETE_ATTR
        | Op::PRINT_EXPR
        | Op::IMPORT_STAR
        | Op::POP_EXCEPT => (1, 0),
        Op::DELETE_NAME | Op::DELETE_GLOBAL | Op::SETUP_ANNOTATIONS => (0, 0),
        Op::LOAD_DEREF | Op::LOAD_CLASSDEREF => (1, 1),
        Op::STORE_DEREF => (2, 0),
        Op::DELETE_DEREF => (1, 0),
        Op::MAKE_CELL => (1, 1),
        Op::COPY_FREE_VARS => (0, a),
        Op::LOAD_ATTR => (1, 1),
        Op::STORE_ATTR => (2, 0),
        Op::LOAD_METHOD => (1, 2),
        Op::CALL_FUNCTION_EX => (3 + (a & 1), 1),
        Op::MAKE_FUNCTION => (
            1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1),
            1,
        ),
        Op::BINARY_OP | Op::COMPARE_OP | Op::CONTAINS_OP | Op::BINARY_SUBSCR => (2, 1),
        Op::UNARY_NEGATIVE | Op::UNARY_POSITIVE | Op::UNARY_NOT | Op::UNARY_INVERT => (1, 1),
        Op::STORE_SUBSCR => (3, 0),
        Op::DELETE_SUBSCR => (2, 0),
        Op::BUILD_SLICE | Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_STRING => {
            (a, 1)
        }
        Op::BUILD_MAP => (2 * a, 1),
        Op::BUILD_CONST_KEY_MAP => (a + 1, 1),
        Op::LIST_APPEND | Op::SET_ADD | Op::LIST_EXTEND | Op::SET_UPDATE | Op::DICT_UPDATE => {
            (2, 0)
        }
        Op::MAP_ADD | Op::DICT_MERGE => (3, 0),
        Op::LIST_TO_TUPLE
        | Op::GET_ITER
        | Op::GET_YIELD_FROM_ITER
        | Op::GET_LEN
        | Op::IMPORT_FROM
        | Op::MATCH_SEQUENCE
        | Op::MATCH_MAPPING => (1, 1),
        Op::MATCH_KEYS | Op::COPY_DICT_WITHOUT_KEYS => (2, 1),
        Op::MATCH_CLASS => (3, 1),
        Op::UNPACK_SEQUENCE => (1, a),
        Op::UNPACK_EX => (1, (a & 0xff) + (a >> 8) + 1),
        Op::FORMAT_VALUE => (1 + ((a >> 2) & 1), 1),
        Op::PUSH_EXC_INFO | Op::BEFORE_WITH => (1, 2),
        Op::CHECK_EXC_MATCH | Op::WITH_EXCEPT_START | Op::IMPORT_NAME => (2, 1),
        Op::RAISE_VARARGS if a > 0 => (a, 0),
        _ => return None,
    })
}

/// Whether the generic path of `op` needs the activation to have an interpreter frame
/// (it reads the frame's locals mapping or function).
pub fn generic_needs_frame(op: Op) -> bool {
    matches!(
        op.base(),
        Op::LOAD_NAME
            | Op::STORE_NAME
            | Op::DELETE_NAME
            | Op::LOAD_CLASSDEREF
            | Op::IMPORT_NAME
            | Op::IMPORT_STAR
            | Op::SETUP_ANNOTATIONS
            | Op::MAKE_FUNCTION
    )
}

/// Runs the instruction `word` (at word index `pc`) on `buf`; see the module docs.
///
/// # Safety
/// `act` is a live activation; `buf` holds the instruction's inputs as described and has
/// room for `max(n_in, n_out)` values.
pub unsafe extern "C" fn heron_rt_generic(
    act: *mut Activation,
    word: u64,
    buf: *mut crate::value::Value,
) -> u64 {
    // SAFETY: contract.
    let (vm, t) = unsafe { Activation::parts(act) };
    let (opn, arg) = decode(word as u32);
    let op = Op::from_u8(opn).expect("valid opcode");
    // SAFETY: contract (the shapes match `generic_io`).
    let fast = unsafe { run_common(vm, act, op, arg, word >> 32, buf) };
    if let Some(r) = fast {
        run_finalizers(vm);
        return match r {
            Ok(()) => 0,
            Err(e) => {
                t.err = Some(e.0);
                1
            }
        };
    }
    let (n_in, _) = generic_io(op, arg).expect("instruction has a generic path");
    // SAFETY: contract: `n_in` owned inputs, each moved out once.
    let inputs: Io = (0..n_in)
        .map(|i| unsafe { RawValue::take_spilled(buf.add(i)) })
        .collect();
    // SAFETY: contract: live activation.
    let r = run(vm, unsafe { &*act }, op, arg, inputs);
    run_finalizers(vm);
    match r {
        Ok(outs) => {
            for (i, v) in outs.into_iter().enumerate() {
                // SAFETY: contract: room for the outputs; the slots hold nothing owned now.
                unsafe { ptr::write(buf.add(i), v) };
            }
            0
        }
        Err(e) => {
            t.err = Some(e.0);
            1
        }
    }
}

/// The most frequent generic instructions, run straight on `buf` without collecting their
/// operands (the general path's operand vectors cost more than the operation itself for
/// these). `None` for every other instruction.
///
/// # Safety
/// As [`heron_rt_generic`]; `act` is live and `buf` holds `op`'s inputs.
unsafe fn run_common(
    vm: &mut Vm,
    act: *mut Activation,
    op: Op,
    arg: u32,
    hint: u64,
    buf: *mut Value,
) -> Option<PyResult<()>> {
    // SAFETY: contract: the inputs are owned; each is moved out exactly once below.
    let take = |i: usize| unsafe { RawValue::take_spilled(buf.add(i)) };
    // SAFETY: contract: slot `i` holds nothing owned once its input was taken.
    let put = |i: usize, v: Value| unsafe { ptr::write(buf.add(i), v) };
    let two_to_one = |f: &mut dyn FnMut(&Value, &Value) -> PyResult<Value>| {
        let (a, b) = (take(0), take(1));
        f(&a, &b).map(|r| put(0, r))
    };
    Some(match op.base() {
        Op::BINARY_OP => {
            // The inputs are owned, so a big int only this buffer holds is a temporary; the
            // hint says the result replaces the local the left operand came from.
            let (mut a, b) = (take(0), take(1));
            if vm.int_op_in_place(&mut a, &b, arg, (hint & 1) as usize) {
                put(0, a);
                Ok(())
            } else {
                vm.binary_op(&a, &b, arg).map(|r| put(0, r))
            }
        }
        Op::COMPARE_OP => two_to_one(&mut |a, b| vm.compare(a, b, arg)),
        Op::BINARY_SUBSCR => two_to_one(&mut |a, b| vm.getitem(a, b)),
        Op::CONTAINS_OP => {
            two_to_one(&mut |a, b| vm.contains(b, a).map(|r| Value::Bool(r != (arg == 1))))
        }
        Op::STORE_SUBSCR => {
            let (x, obj, key) = (take(0), take(1), take(2));
            vm.setitem(&obj, key, x)
        }
        Op::LOAD_ATTR => {
            let obj = take(0);
            // SAFETY: contract: live activation.
            let name = name_of(unsafe { &*act }, arg);
            vm.getattr(&obj, &name).map(|r| put(0, r))
        }
        Op::STORE_ATTR => {
            let (x, obj) = (take(0), take(1));
            // SAFETY: contract: live activation.
            let name = name_of(unsafe { &*act }, arg);
            let x = match &obj {
                Value::Obj(o) if hint != 0 => {
                    match vm.store_instance_attr(o, &name, x, hint as u32, usize::MAX) {
                        None => return Some(Ok(())),
                        Some(x) => x,
                    }
                }
                _ => x,
            };
            vm.setattr(&obj, &name, x)
        }
        Op::BUILD_SLICE => {
            let step = if arg == 3 { take(2) } else { Value::None };
            let (start, stop) = (take(0), take(1));
            let s = PyRef::new(
                &vm.types.slice,
                Payload::Slice(Box::new([start, stop, step])),
            );
            put(0, Value::Obj(s));
            Ok(())
        }
        Op::GET_ITER => {
            let x = take(0);
            vm.get_iter(&x).map(|r| put(0, r))
        }
        Op::GET_YIELD_FROM_ITER => {
            let x = take(0);
            vm.yield_from_iter(&x).map(|r| put(0, r.unwrap_or(x)))
        }
        Op::BUILD_TUPLE | Op::BUILD_LIST => {
            let items: Vec<Value> = (0..arg as usize).map(take).collect();
            let built = if op.base() == Op::BUILD_TUPLE {
                vm.new_tuple(items)
            } else {
                vm.new_list(items)
            };
            put(0, built);
            Ok(())
        }
        Op::LOAD_DEREF => {
            // SAFETY: contract: live activation.
            deref(vm, unsafe { &*act }, &take(0), arg as usize).map(|x| put(0, x))
        }
        Op::STORE_DEREF => {
            let (cell, x) = (take(0), take(1));
            if let Some(Payload::Cell(c)) = cell.payload() {
                drop(c.replace(x));
            }
            Ok(())
        }
        Op::LIST_APPEND => {
            let (list, x) = (take(0), take(1));
            if let Some(Payload::List(l)) = list.payload() {
                l.borrow_mut().push(x);
            }
            Ok(())
        }
        Op::SET_ADD => {
            let (set, x) = (take(0), take(1));
            vm.set_add(&set, x)
        }
        Op::MAP_ADD => {
            let (dict, k, x) = (take(0), take(1), take(2));
            match &dict {
                Value::Obj(d) => crate::vm::ops::dict_set(vm, d, k, x),
                _ => Ok(()),
            }
        }
        _ => return None,
    })
}

fn name_of(act: &Activation, i: u32) -> PyRef {
    // SAFETY: the activation's code object is alive.
    let cd = unsafe { Activation::code_data(act) };
    match &cd.names[i as usize] {
        Value::Obj(o) => o.clone(),
        _ => unreachable!("co_names holds str objects"),
    }
}

fn frame_of(vm: &Vm, act: &Activation) -> PyResult<usize> {
    if act.fi < 0 {
        return Err(vm.new_error(
            &vm.exc.system_error.clone(),
            "compiled code without a frame ran a frame instruction",
        ));
    }
    Ok(act.fi as usize)
}

fn cell_contents(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Undef,
    }
}

/// The contents of `cell` (local slot `i`), or the error for an empty one.
fn deref(vm: &mut Vm, act: &Activation, cell: &Value, i: usize) -> PyResult<Value> {
    let x = cell_contents(cell);
    if x.is_undef() {
        return Err(unbound_deref_error(vm, act, i));
    }
    Ok(x)
}

fn unbound_deref_error(vm: &mut Vm, act: &Activation, i: usize) -> crate::vm::PyErr {
    // SAFETY: the activation's code object is alive.
    let co = &unsafe { Activation::code_data(act) }.code;
    let name = co.localsplus_name(i).to_string();
    if i >= co.varnames.len() + co.cellvars.len() {
        vm.new_error(
            &vm.exc.name_error.clone(),
            &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        vm.new_error(
            &vm.exc.unbound_local_error.clone(),
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

/// One instruction's semantics (mirrors the handlers in `eval.rs`); the instructions of
/// [`run_common`] never get here.
fn run(vm: &mut Vm, act: &Activation, op: Op, arg: u32, mut v: Io) -> PyResult<Io> {
    let a = arg as usize;
    let one = |x: Value| Ok(smallvec![x]);
    match op.base() {
        Op::LOAD_NAME => {
            let fi = frame_of(vm, act)?;
            let x = vm.load_name(fi, &name_of(act, arg))?;
            one(x)
        }
        Op::STORE_NAME => {
            let fi = frame_of(vm, act)?;
            let x = v.pop().expect("input");
            vm.store_name(fi, Value::Obj(name_of(act, arg)), x)?;
            Ok(Io::new())
        }
        Op::DELETE_NAME => {
            let fi = frame_of(vm, act)?;
            vm.delete_name(fi, Value::Obj(name_of(act, arg)))?;
            Ok(Io::new())
        }
        Op::LOAD_GLOBAL => {
            let (g, b) = namespaces(vm, act);
            let name = name_of(act, arg >> 1);
            let key = Value::Obj(name.clone());
            if let Some(x) = crate::vm::ops::dict_get(vm, &g, &key)? {
                return one(x);
            }
            if let Some(x) = crate::vm::ops::dict_get(vm, &b, &key)? {
                return one(x);
            }
            let msg = format!("name '{}' is not defined", name.payload_str());
            Err(vm.new_error(&vm.exc.name_error.clone(), &msg))
        }
        Op::STORE_GLOBAL => {
            let (g, _) = namespaces(vm, act);
            let x = v.pop().expect("input");
            crate::vm::ops::dict_set_str(vm, &g, Value::Obj(name_of(act, arg)), x);
            Ok(Io::new())
        }
        Op::DELETE_GLOBAL => {
            let (g, _) = namespaces(vm, act);
            let n = Value::Obj(name_of(act, arg));
            if !crate::vm::ops::dict_del(vm, &g, &n)? {
                let msg = format!("name '{}' is not defined", n.as_str().unwrap_or(""));
                return Err(vm.new_error(&vm.exc.name_error.clone(), &msg));
            }
            Ok(Io::new())
        }
        Op::LOAD_CLASSDEREF => {
            let fi = frame_of(vm, act)?;
            if let Some(x) = vm.classderef_lookup(fi, a)? {
                return one(x);
            }
            one(deref(vm, act, &v[0], a)?)
        }
        Op::DELETE_DEREF => {
            let was_empty = match v[0].payload() {
                Some(Payload::Cell(c)) => c.replace(Value::Undef).is_undef(),
                _ => true,
            };
            if was_empty {
                return Err(unbound_deref_error(vm, act, a));
            }
            Ok(Io::new())
        }
        Op::MAKE_CELL => {
            let cur = v.pop().expect("input");
            one(Value::Obj(PyRef::new(
                &vm.types.cell,
                Payload::Cell(cur.into()),
            )))
        }
        Op::COPY_FREE_VARS => {
            let func = if act.fi >= 0 {
                vm.frames[act.fi as usize]
                    .func
                    .clone()
                    .map_or(Value::Undef, Value::Obj)
            } else {
                // SAFETY: a frameless activation runs a live function object.
                Value::Obj(PyRef::from_obj(unsafe { &*act.func }))
            };
            let cells: Vec<Value> = match func.payload() {
                Some(Payload::Function(fd)) => fd
                    .closure
                    .as_deref()
                    .unwrap_or(&[])
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect(),
                _ => Vec::new(),
            };
            let mut out: Io = cells.into_iter().take(a).collect();
            out.resize(a, Value::Undef);
            Ok(out)
        }
        Op::DELETE_ATTR => {
            vm.delattr(&v[0], &name_of(act, arg))?;
            Ok(Io::new())
        }
        Op::LOAD_METHOD => {
            let obj = v.pop().expect("object");
            let (m, s) = vm.load_method(obj, &name_of(act, arg))?;
            Ok(smallvec![m, s])
        }
        Op::CALL_FUNCTION_EX => {
            let kwargs = if a & 1 != 0 {
                v.pop().expect("kwargs")
            } else {
                Value::Undef
            };
            let args = v.pop().expect("args");
            let callable = v.pop().expect("callable");
            one(vm.call_ex(&callable, &args, &kwargs)?)
        }
        Op::MAKE_FUNCTION => {
            let fi = frame_of(vm, act)?;
            let code = v.pop().expect("code");
            let closure = if a & 8 != 0 {
                v.pop().expect("closure")
            } else {
                Value::Undef
            };
            let annotations = if a & 4 != 0 {
                v.pop().expect("annotations")
            } else {
                Value::None
            };
            let kwdefaults = if a & 2 != 0 {
                v.pop().expect("kwdefaults")
            } else {
                Value::None
            };
            let defaults = if a & 1 != 0 {
                v.pop().expect("defaults")
            } else {
                Value::None
            };
            one(vm.make_function(fi, code, defaults, kwdefaults, annotations, closure))
        }
        Op::UNARY_NEGATIVE => one(vm.unary_neg(&v[0])?),
        Op::UNARY_POSITIVE => one(vm.unary_pos(&v[0])?),
        Op::UNARY_INVERT => one(vm.unary_invert(&v[0])?),
        Op::UNARY_NOT => {
            let t = vm.is_true(&v[0])?;
            one(Value::Bool(!t))
        }
        Op::DELETE_SUBSCR => {
            vm.delitem(&v[0], &v[1])?;
            Ok(Io::new())
        }
        Op::BUILD_SET => one(vm.new_set_from(v.into_vec())?),
        Op::BUILD_MAP => {
            let d = vm.new_dict_ref();
            let mut it = v.into_iter();
            while let (Some(k), Some(x)) = (it.next(), it.next()) {
                crate::vm::ops::dict_set(vm, &d, k, x)?;
            }
            one(Value::Obj(d))
        }
        Op::BUILD_CONST_KEY_MAP => {
            let keys = v.pop().expect("keys");
            let d = vm.new_dict_ref();
            if let Some(Payload::Tuple(ks)) = keys.payload() {
                for (k, x) in ks.iter().zip(v) {
                    crate::vm::ops::dict_set(vm, &d, k.clone(), x)?;
                }
            }
            one(Value::Obj(d))
        }
        Op::BUILD_STRING => {
            let s: String = v.iter().map(|x| x.as_str().unwrap_or("")).collect();
            one(vm.new_str(s))
        }
        Op::LIST_EXTEND => {
            vm.list_extend(&v[0], &v[1])?;
            Ok(Io::new())
        }
        Op::SET_UPDATE => {
            vm.set_update(&v[0], &v[1])?;
            Ok(Io::new())
        }
        Op::DICT_UPDATE => {
            vm.dict_update_op(&v[0], &v[1], None)?;
            Ok(Io::new())
        }
        Op::DICT_MERGE => {
            vm.dict_update_op(&v[1], &v[2], Some(&v[0]))?;
            Ok(Io::new())
        }
        Op::LIST_TO_TUPLE => {
            let items = match v[0].payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                _ => Vec::new(),
            };
            one(vm.new_tuple(items))
        }
        Op::UNPACK_SEQUENCE => {
            let items = vm.unpack(&v[0], a)?;
            Ok(items.into_iter().rev().collect())
        }
        Op::UNPACK_EX => {
            let items = vm.unpack_ex(&v[0], a & 0xff, a >> 8)?;
            Ok(items.into_iter().rev().collect())
        }
        Op::FORMAT_VALUE => {
            let spec = if a & 4 != 0 {
                v.pop().expect("spec")
            } else {
                Value::Undef
            };
            let x = v.pop().expect("value");
            one(vm.format_value(x, arg & 3, &spec)?)
        }
        Op::GET_LEN => {
            let n = vm.len(&v[0])?;
            one(Value::Int(n as i64))
        }
        Op::MATCH_SEQUENCE => one(Value::Bool(vm.match_sequence(&v[0])?)),
        Op::MATCH_MAPPING => one(Value::Bool(vm.match_mapping(&v[0])?)),
        Op::MATCH_KEYS => one(vm.match_keys(&v[0], &v[1])?),
        Op::COPY_DICT_WITHOUT_KEYS => one(vm.copy_dict_without_keys(&v[0], &v[1])?),
        Op::MATCH_CLASS => one(vm.match_class(&v[0], &v[1], a, &v[2])?),
        Op::PUSH_EXC_INFO => {
            let exc = v.pop().expect("exception");
            let prev = std::mem::replace(&mut vm.handled, exc.clone());
            Ok(smallvec![prev, exc])
        }
        Op::POP_EXCEPT => {
            vm.handled = v.pop().expect("saved exception");
            Ok(Io::new())
        }
        Op::CHECK_EXC_MATCH => {
            let m = vm.exception_matches(&v[0], &v[1])?;
            one(Value::Bool(m))
        }
        Op::RAISE_VARARGS => {
            let cause = if a == 2 {
                v.pop().expect("cause")
            } else {
                Value::Undef
            };
            let exc = v.pop().expect("exception");
            Err(vm.make_raise(exc, cause))
        }
        Op::LOAD_ASSERTION_ERROR => one(Value::Obj(vm.exc.assertion_error.clone())),
        Op::BEFORE_WITH => {
            let (exit, entered) = vm.before_with(&v[0])?;
            Ok(smallvec![exit, entered])
        }
        Op::WITH_EXCEPT_START => one(vm.call_exit_with_exc(&v[0], &v[1])?),
        Op::IMPORT_NAME => {
            let fi = frame_of(vm, act)?;
            one(vm.import_name(fi, &name_of(act, arg), &v[1], &v[0])?)
        }
        Op::IMPORT_FROM => one(vm.import_from(&v[0], &name_of(act, arg))?),
        Op::IMPORT_STAR => {
            let fi = frame_of(vm, act)?;
            vm.import_star(fi, &v[0])?;
            Ok(Io::new())
        }
        Op::LOAD_BUILD_CLASS => {
            let b = vm.builtins.clone();
            match crate::vm::ops::dict_get_str(vm, &b, "__build_class__") {
                Some(x) => one(x),
                None => Err(vm.new_error(&vm.exc.name_error.clone(), "__build_class__ not found")),
            }
        }
        Op::SETUP_ANNOTATIONS => {
            let fi = frame_of(vm, act)?;
            vm.setup_annotations(fi)?;
            Ok(Io::new())
        }
        Op::PRINT_EXPR => {
            let x = v.pop().expect("value");
            vm.print_expr(x)?;
            Ok(Io::new())
        }
        _ => Err(vm.new_error(
            &vm.exc.system_error.clone(),
            &format!("no generic path for {}", op.name()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_agrees_with_the_stack_effect_table() {
        for &op in Op::ALL {
            for arg in [0u32, 1, 2, 3, 5, 0x0102] {
                let Some((i, o)) = generic_io(op, arg) else {
                    continue;
                };
                let extra = match op.base() {
                    // These take a copy of a stack item (or cell) they do not pop.
                    Op::LIST_APPEND
                    | Op::SET_ADD
                    | Op::LIST_EXTEND
                    | Op::SET_UPDATE
                    | Op::DICT_UPDATE
                    | Op::MAP_ADD => 1,
                    Op::DICT_MERGE => 2,
                    Op::GET_LEN
                    | Op::IMPORT_FROM
                    | Op::CHECK_EXC_MATCH
                    | Op::MATCH_SEQUENCE
                    | Op::MATCH_MAPPING
                    | Op::COPY_DICT_WITHOUT_KEYS
                    | Op::LOAD_DEREF
                    | Op::LOAD_CLASSDEREF
                    | Op::STORE_DEREF
                    | Op::DELETE_DEREF => 1,
                    Op::WITH_EXCEPT_START | Op::MATCH_KEYS => 2,
                    // MAKE_CELL rewrites a local; COPY_FREE_VARS fills locals.
                    Op::MAKE_CELL => 0,
                    Op::COPY_FREE_VARS => 0,
                    Op::LOAD_GLOBAL => 0,
                    Op::RAISE_VARARGS => 0,
                    _ => 0,
                };
                let effect = match op.base() {
                    Op::MAKE_CELL => 0,
                    Op::COPY_FREE_VARS => arg as i32,
                    Op::LOAD_GLOBAL => 1,
                    Op::LOAD_DEREF | Op::LOAD_CLASSDEREF => 1,
                    Op::STORE_DEREF => -1,
                    Op::DELETE_DEREF => 0,
                    _ => op.stack_effect(arg, false),
                };
                assert_eq!(o as i32 - i as i32 + extra, effect, "{} {arg}", op.name());
            }
        }
    }
}
