//! `memoryview` over `bytes` and `bytearray`: one-dimensional views of unsigned bytes
//! (format `'B'`), with slicing (any step), item assignment through to a bytearray,
//! `tobytes`/`tolist`/`hex`, `release` and the context-manager protocol. Other buffer
//! formats and `cast` are not supported.

use std::cell::RefCell;

use crate::object::{Payload, PyRef};
use crate::objects::function::{BuiltinFn, BuiltinKind, NativeFn};
use crate::objects::text_args::{no_args, parse_kw, slice_index};
use crate::objects::typeobj::Layout;
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// The state of a memoryview: the viewed object (a bytes or bytearray) and which of its
/// bytes, `start + k * step` for `k < len`.
pub struct MemView {
    pub obj: Value,
    pub start: i64,
    pub step: i64,
    pub len: usize,
    pub released: bool,
}

impl MemView {
    fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len as i64).map(move |k| (self.start + k * self.step) as usize)
    }

    /// The viewed bytes, copied.
    pub fn bytes(&self) -> Vec<u8> {
        crate::objects::bytes_methods::with_data(&self.obj, |d| {
            self.indices().filter_map(|i| d.get(i).copied()).collect()
        })
    }

    fn readonly(&self) -> bool {
        !matches!(self.obj.payload(), Some(Payload::ByteArray(_)))
    }
}

/// The view's state if `v` is a memoryview.
pub fn view_of(v: &Value) -> Option<std::cell::Ref<'_, MemView>> {
    match v.payload() {
        Some(Payload::Native(n)) => {
            std::cell::Ref::filter_map(n.borrow(), |b| b.downcast_ref::<MemView>()).ok()
        }
        _ => None,
    }
}

/// The bytes a memoryview shows (None if `v` is not a memoryview or it was released).
pub fn memoryview_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = view_of(v)?;
    if m.released {
        return None;
    }
    Some(m.bytes())
}

/// Registers the `memoryview` type in the builtins.
pub fn register(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let t = vm.new_builtin_type("memoryview", &object, Layout::Internal, 0);
    vm.add_builtin(
        &t,
        "memoryview",
        "__new__",
        mv_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_methods(
        &t,
        "memoryview",
        &[
            ("__len__", mv_len),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__eq__", mv_eq),
            ("__ne__", mv_ne),
            ("__hash__", mv_hash),
            ("__iter__", mv_iter),
            ("__repr__", mv_repr),
            ("__enter__", mv_enter),
            ("__exit__", mv_exit),
            ("release", mv_release),
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
        ],
    );
    let props: [(&'static str, NativeFn); 10] = [
        ("nbytes", p_nbytes),
        ("readonly", p_readonly),
        ("itemsize", p_itemsize),
        ("format", p_format),
        ("ndim", p_ndim),
        ("shape", p_shape),
        ("strides", p_strides),
        ("obj", p_obj),
        ("contiguous", p_contiguous),
        ("c_contiguous", p_contiguous),
    ];
    for (name, f) in props {
        let getter = PyRef::new(
            &vm.types.builtin_function,
            Payload::Builtin(Box::new(BuiltinFn {
                name,
                func: f,
                kind: BuiltinKind::Function,
                self_: Value::Undef,
                owner: "memoryview",
                doc: None,
            })),
        );
        let p = PyRef::new(
            &vm.types.property,
            Payload::Property {
                fget: Value::Obj(getter),
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        vm.set_type_attr(&t, name, Value::Obj(p));
    }
    let b = vm.builtins.clone();
    let k = Value::Obj(vm.intern_static("memoryview"));
    crate::vm::ops::dict_set_str(vm, &b, k, Value::Obj(t));
}

fn new_view(ty: &PyRef, m: MemView) -> Value {
    Value::Obj(PyRef::new(ty, Payload::Native(RefCell::new(Box::new(m)))))
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = parse_kw(vm, &args, 1, "memoryview", &["object"], 1)?;
    let src = a[0].clone().unwrap_or(Value::None);
    let ty = match args.args.first() {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => t.clone(),
        _ => return Err(vm.type_error("memoryview.__new__(X): X is not a type object")),
    };
    if let Some(m) = view_of(&src) {
        if m.released {
            return Err(released(vm));
        }
        let copy = MemView {
            obj: m.obj.clone(),
            start: m.start,
            step: m.step,
            len: m.len,
            released: false,
        };
        drop(m);
        return Ok(new_view(&ty, copy));
    }
    let len = match src.payload() {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.borrow().len(),
        _ => {
            return Err(vm.type_error(&format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(&src)
            )))
        }
    };
    Ok(new_view(
        &ty,
        MemView {
            obj: src,
            start: 0,
            step: 1,
            len,
            released: false,
        },
    ))
}

fn released(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The live view of `args[0]` (errors for released views and non-memoryviews).
fn live<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<std::cell::Ref<'a, MemView>> {
    let Some(m) = args.args.first().and_then(view_of) else {
        return Err(crate::objects::text_args::descriptor_error(
            vm,
            args,
            "memoryview",
            name,
        ));
    };
    if m.released {
        return Err(released(vm));
    }
    Ok(m)
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "__len__")?;
    Ok(Value::Int(m.len as i64))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(s)) = key.payload() {
        let s: [Value; 3] = (**s).clone();
        let (start, stop, step) = (
            slice_index(vm, Some(&s[0]))?,
            slice_index(vm, Some(&s[1]))?,
            slice_index(vm, Some(&s[2]))?,
        );
        let m = live(vm, &args, "__getitem__")?;
        let (first, _, sstep, n) = crate::strlib::adjust_slice(start, stop, step, m.len)
            .map_err(|e| crate::objects::text_args::str_err(vm, e))?;
        let view = MemView {
            obj: m.obj.clone(),
            start: m.start + first * m.step,
            step: m.step * sstep,
            len: n,
            released: false,
        };
        drop(m);
        let ty = vm.type_of(&args.args[0]);
        return Ok(new_view(&ty, view));
    }
    let i = match as_int(&key) {
        Some(IntArg::Small(i)) => i,
        _ => return Err(vm.type_error("memoryview: invalid slice key")),
    };
    let m = live(vm, &args, "__getitem__")?;
    let i = if i < 0 { i + m.len as i64 } else { i };
    if !(0..m.len as i64).contains(&i) {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let at = (m.start + i * m.step) as usize;
    Ok(Value::Int(
        crate::objects::bytes_methods::with_data(&m.obj, |d| d.get(at).copied().unwrap_or(0))
            as i64,
    ))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (key, value) = match args.args.get(1..3) {
        Some([k, v]) => (k.clone(), v.clone()),
        _ => return Err(vm.type_error("expected 2 arguments")),
    };
    if live(vm, &args, "__setitem__")?.readonly() {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let targets: Vec<usize>;
    let data: Vec<u8>;
    if let Some(Payload::Slice(s)) = key.payload() {
        let s: [Value; 3] = (**s).clone();
        let (start, stop, step) = (
            slice_index(vm, Some(&s[0]))?,
            slice_index(vm, Some(&s[1]))?,
            slice_index(vm, Some(&s[2]))?,
        );
        let src = crate::objects::bytes::as_bytes_like(&value).ok_or_else(|| {
            vm.type_error(&format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&value)
            ))
        })?;
        let m = live(vm, &args, "__setitem__")?;
        let (first, _, sstep, n) = crate::strlib::adjust_slice(start, stop, step, m.len)
            .map_err(|e| crate::objects::text_args::str_err(vm, e))?;
        if n != src.len() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        targets = (0..n as i64)
            .map(|k| (m.start + (first + k * sstep) * m.step) as usize)
            .collect();
        data = src;
    } else {
        let i = match as_int(&key) {
            Some(IntArg::Small(i)) => i,
            _ => return Err(vm.type_error("memoryview: invalid slice key")),
        };
        let b = match as_int(&value) {
            Some(IntArg::Small(x)) if (0..256).contains(&x) => x as u8,
            Some(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
            None => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
        };
        let m = live(vm, &args, "__setitem__")?;
        let i = if i < 0 { i + m.len as i64 } else { i };
        if !(0..m.len as i64).contains(&i) {
            return Err(vm.index_error("index out of bounds on dimension 1"));
        }
        targets = vec![(m.start + i * m.step) as usize];
        data = vec![b];
    }
    let m = live(vm, &args, "__setitem__")?;
    if let Some(Payload::ByteArray(ba)) = m.obj.payload() {
        let mut ba = ba.borrow_mut();
        for (t, b) in targets.into_iter().zip(data) {
            if let Some(slot) = ba.get_mut(t) {
                *slot = b;
            }
        }
    }
    Ok(Value::None)
}

fn eq_result(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let this = args.args[0].clone();
    let other = args.args.get(1).cloned().unwrap_or(Value::None);
    if this.is(&other) {
        return Ok(Some(true));
    }
    let Some(mine) = memoryview_bytes(&this) else {
        return Ok(Some(false));
    };
    let theirs = match view_of(&other) {
        Some(_) => memoryview_bytes(&other),
        None => crate::objects::bytes::as_bytes_like(&other),
    };
    let _ = vm;
    Ok(theirs.map(|t| t == mine))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match eq_result(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match eq_result(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented(),
    })
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "__hash__")?;
    if !m.readonly() {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(Value::Int(crate::objects::str::hash_bytes(&m.bytes())))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items: Vec<Value> = live(vm, &args, "__iter__")?
        .bytes()
        .into_iter()
        .map(|b| Value::Int(b as i64))
        .collect();
    let l = vm.new_list(items);
    vm.get_iter(&l)
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(m) = args.args.first().and_then(view_of) else {
        return Err(crate::objects::text_args::descriptor_error(
            vm,
            &args,
            "memoryview",
            "__repr__",
        ));
    };
    let addr = args.args[0].as_obj().map_or(0, |o| o.addr());
    let s = if m.released {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    };
    drop(m);
    Ok(vm.new_str(s))
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    drop(live(vm, &args, "__enter__")?);
    Ok(args.args[0].clone())
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "memoryview.release")?;
    match args.args[0].payload() {
        Some(Payload::Native(n)) => {
            if let Some(m) = n.borrow_mut().downcast_mut::<MemView>() {
                m.released = true;
            }
            Ok(Value::None)
        }
        _ => Err(crate::objects::text_args::descriptor_error(
            vm,
            &args,
            "memoryview",
            "release",
        )),
    }
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let one = [args.args[0].clone()];
    mv_release(vm, Args::new(&one))
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = live(vm, &args, "tobytes")?.bytes();
    Ok(vm.new_bytes(b))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = live(vm, &args, "tolist")?
        .bytes()
        .into_iter()
        .map(|b| Value::Int(b as i64))
        .collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = live(vm, &args, "hex")?.bytes();
    let s = crate::strlib::bytes::hex(&b, None, 1)
        .map_err(|e| crate::objects::text_args::str_err(vm, e))?;
    Ok(vm.new_str(s))
}

fn prop<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<std::cell::Ref<'a, MemView>> {
    live(vm, args, "__get__")
}

fn p_nbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(prop(vm, &args)?.len as i64))
}

fn p_readonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(prop(vm, &args)?.readonly()))
}

fn p_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    drop(prop(vm, &args)?);
    Ok(Value::Int(1))
}

fn p_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    drop(prop(vm, &args)?);
    Ok(vm.new_str("B"))
}

fn p_ndim(vm: &mut Vm, args: Args) -> PyResult<Value> {
    drop(prop(vm, &args)?);
    Ok(Value::Int(1))
}

fn p_shape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = prop(vm, &args)?.len;
    Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
}

fn p_strides(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = prop(vm, &args)?.step;
    Ok(vm.new_tuple(vec![Value::Int(s)]))
}

fn p_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(prop(vm, &args)?.obj.clone())
}

fn p_contiguous(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = prop(vm, &args)?;
    Ok(Value::Bool(m.step == 1 || m.len <= 1))
}
