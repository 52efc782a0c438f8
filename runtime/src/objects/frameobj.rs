//! Frame objects as Python code sees them (`sys._getframe()`, `tb_frame`, `gi_frame`).
//!
//! Interpreter frames live in the arena and have no object; asking for one materialises a
//! snapshot: the code, globals, the line being executed, a `f_locals` dict and `f_back`.
//! (CPython's `f_locals` is also a snapshot taken at access time.)

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::Vm;

/// The data of a frame object.
pub struct FrameData {
    pub code: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub locals: Value,
    pub lineno: u32,
    pub lasti: usize,
    pub back: Value,
}

impl Vm {
    /// Materialises frame `fi` (and its callers) as frame objects.
    pub fn frame_object(&mut self, fi: usize) -> Value {
        let back = if fi > 0 { self.frame_object(fi - 1) } else { Value::None };
        let locals = self.frame_locals(fi);
        let f = &self.frames[fi];
        let fd = FrameData {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals,
            lineno: f.lineno(),
            lasti: f.lasti,
            back,
        };
        Value::Obj(PyRef::new(&self.types.frame, Payload::Frame(Box::new(fd))))
    }

    /// `locals()` of frame `fi`: the locals mapping of module/class bodies, or a new dict of
    /// the bound fast locals, cells and free variables.
    pub fn frame_locals(&mut self, fi: usize) -> Value {
        let f = &self.frames[fi];
        if let Value::Obj(_) = &f.locals {
            return f.locals.clone();
        }
        let co = f.code_data().code.clone();
        let n = co.nlocalsplus();
        let mut pairs = Vec::new();
        for i in 0..n {
            let v = self.frames[fi].local(i).clone();
            let v = if i >= co.varnames.len() {
                match &v {
                    Value::Obj(c) => match &c.payload {
                        Payload::Cell(cell) => cell.borrow().clone(),
                        _ => v.clone(),
                    },
                    _ => v,
                }
            } else {
                v
            };
            if !v.is_undef() {
                pairs.push((co.localsplus_name(i).clone(), v));
            }
        }
        let d = self.new_dict_ref();
        for (k, v) in pairs {
            let key = Value::Obj(self.intern(&k));
            crate::vm::ops::dict_set_str(self, &d, key, v);
        }
        Value::Obj(d)
    }
}
