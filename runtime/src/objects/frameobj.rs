//! Frame objects as Python code sees them (`sys._getframe()`, `tb_frame`, `gi_frame`).
//!
//! Interpreter frames live in the arena and have no object; asking for one materialises a
//! frame object that stays attached to the running frame (`Frame::frame_obj`): while the frame
//! runs, `f_locals` and `f_lineno` read its current state (CPython refreshes `f_locals` on
//! access too); when it finishes, the last state is kept in the object.

use std::cell::{Cell, RefCell};

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::{Frame, Vm};

/// The data of a frame object.
pub struct FrameData {
    pub code: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The locals as last seen (refreshed on access while the frame runs).
    pub locals: RefCell<Value>,
    pub lineno: Cell<u32>,
    pub lasti: Cell<usize>,
    pub back: Value,
    /// The start of the running frame's slots; null once the frame has finished.
    pub live_base: Cell<*const Value>,
}

impl FrameData {
    /// The frame object's `f_locals`, refreshed from the running frame if it still runs.
    pub fn f_locals(&self, vm: &mut Vm) -> Value {
        if let Some(fi) = self.live_index(vm) {
            let l = vm.frame_locals(fi);
            *self.locals.borrow_mut() = l;
            self.lineno.set(vm.frames[fi].lineno());
        }
        self.locals.borrow().clone()
    }

    /// The current line.
    pub fn f_lineno(&self, vm: &mut Vm) -> u32 {
        if let Some(fi) = self.live_index(vm) {
            self.lineno.set(vm.frames[fi].lineno());
        }
        self.lineno.get()
    }

    fn live_index(&self, vm: &Vm) -> Option<usize> {
        let base = self.live_base.get();
        if base.is_null() {
            return None;
        }
        vm.frames.iter().rposition(|f| std::ptr::eq(f.base, base))
    }
}

impl Vm {
    /// The frame object of frame `fi` (made once, then reused), with its callers'.
    pub fn frame_object(&mut self, fi: usize) -> Value {
        if let Some(fo) = &self.frames[fi].frame_obj {
            return Value::Obj(fo.clone());
        }
        let back = if fi > 0 {
            self.frame_object(fi - 1)
        } else {
            Value::None
        };
        let locals = self.frame_locals(fi);
        let f = &self.frames[fi];
        let fd = FrameData {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: RefCell::new(locals),
            lineno: Cell::new(f.lineno()),
            lasti: Cell::new(f.lasti),
            back,
            live_base: Cell::new(f.base),
        };
        let fo = PyRef::new(&self.types.frame, Payload::Frame(Box::new(fd)));
        self.frames[fi].frame_obj = Some(fo.clone());
        Value::Obj(fo)
    }

    /// `locals()` of frame `fi`: the locals mapping of module/class bodies, or a new dict of
    /// the bound fast locals, cells and free variables.
    pub fn frame_locals(&mut self, fi: usize) -> Value {
        let pairs = match locals_pairs(&self.frames[fi]) {
            Ok(pairs) => pairs,
            Err(mapping) => return mapping,
        };
        let d = self.new_dict_ref();
        for (k, v) in pairs {
            let key = Value::Obj(self.intern(&k));
            crate::vm::ops::dict_set_str(self, &d, key, v);
        }
        Value::Obj(d)
    }

    /// Called as a frame with a frame object finishes: keeps its last state in the object.
    pub(crate) fn detach_frame_object(&mut self, f: &Frame) {
        let Some(fo) = &f.frame_obj else { return };
        let Payload::Frame(fd) = &fo.payload else {
            return;
        };
        let locals = match locals_pairs(f) {
            Ok(pairs) => {
                let d = self.new_dict_ref();
                for (k, v) in pairs {
                    let key = Value::Obj(self.intern(&k));
                    crate::vm::ops::dict_set_str(self, &d, key, v);
                }
                Value::Obj(d)
            }
            Err(mapping) => mapping,
        };
        *fd.locals.borrow_mut() = locals;
        fd.lineno.set(f.lineno());
        fd.lasti.set(f.lasti);
        fd.live_base.set(std::ptr::null());
    }
}

/// The bound locals of a frame as (name, value) pairs, or its locals mapping.
fn locals_pairs(f: &Frame) -> Result<Vec<(std::rc::Rc<str>, Value)>, Value> {
    if let Value::Obj(_) = &f.locals {
        return Err(f.locals.clone());
    }
    let co = f.code_data().code.clone();
    let mut pairs = Vec::new();
    for i in 0..co.nlocalsplus() {
        let v = f.local(i).clone();
        // Cells are unwrapped: free variables, cell variables, and parameters that are cells
        // (which live in the parameter's own slot).
        let is_cell_slot =
            i >= co.varnames.len() || co.cellvars.iter().any(|c| c == co.localsplus_name(i));
        let v = if is_cell_slot {
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
    Ok(pairs)
}
