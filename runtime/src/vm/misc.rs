//! Smaller protocols the eval loop needs: `with`, f-string formatting, `yield from`, the
//! tier-2 hand-off, interrupts and the buffered stdout.

use std::io::Write;

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::eval::Exit;
use crate::vm::{Args, PyErr, PyResult, Vm};

impl Vm {
    /// BEFORE_WITH: `(bound __exit__, __enter__())`.
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special(mgr, "__enter__");
        let exit = self.lookup_special(mgr, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let n = self.type_name(mgr);
            let msg = if self.lookup_special(mgr, "__enter__").is_none() {
                format!("'{n}' object does not support the context manager protocol")
            } else {
                format!("'{n}' object does not support the context manager protocol (missed __exit__ method)")
            };
            return Err(self.type_error(&msg));
        };
        let bound_exit = self.descr_get(&exit, mgr, &Value::Obj(self.type_of(mgr)))?;
        let entered = self.call(&enter, Args::new(std::slice::from_ref(mgr)))?;
        Ok((bound_exit, entered))
    }

    /// WITH_EXCEPT_START: `exit(type(exc), exc, tb)`.
    pub(crate) fn call_exit_with_exc(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        let ty = Value::Obj(self.type_of(exc));
        let tb = match exc.payload() {
            Some(Payload::Exception(d)) => d.traceback.borrow().clone(),
            _ => Value::None,
        };
        self.call(exit, Args::new(&[ty, exc.clone(), tb]))
    }

    /// FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then `format(v, spec)`.
    pub(crate) fn format_value(&mut self, v: Value, conv: u32, spec: &Value) -> PyResult<Value> {
        let v = match conv {
            1 => {
                let s = self.str_of(&v)?;
                self.new_str(s)
            }
            2 => {
                let s = self.repr(&v)?;
                self.new_str(s)
            }
            3 => {
                let s = self.repr(&v)?;
                self.new_str(crate::strlib::ascii_escape(&s))
            }
            _ => v,
        };
        let spec_s = spec.as_str().unwrap_or("");
        if spec_s.is_empty() {
            if let Some(Payload::Str(_)) = v.payload() {
                if !matches!(&v, Value::Obj(o) if o.type_data().is_heap()) {
                    return Ok(v);
                }
            }
        }
        self.format(&v, spec_s)
    }

    /// `format(v, spec)` (= `PyObject_Format`).
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        let heap = matches!(v, Value::Obj(o) if o.type_data().is_heap());
        if !heap {
            if let Some(r) = crate::objects::format::format_builtin(self, v, spec)? {
                return Ok(r);
            }
        }
        match self.lookup_special(v, "__format__") {
            Some(f) => {
                let s = self.new_str(spec);
                let r = self.call(&f, Args::new(&[v.clone(), s]))?;
                if r.as_str().is_none() {
                    return Err(self.type_error(&format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            None => Err(self.type_error(&format!(
                "Type {} doesn't define __format__",
                self.type_name(v)
            ))),
        }
    }

    /// GET_YIELD_FROM_ITER: the iterator `yield from v` delegates to, `None` when it is `v`
    /// itself (a generator).
    pub fn yield_from_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        use crate::objects::generator::GenKind;
        match v.payload() {
            Some(Payload::Generator(g)) if g.kind == GenKind::Coroutine => Err(self
                .type_error("cannot 'yield from' a coroutine object in a non-coroutine generator")),
            Some(Payload::Generator(g)) if g.kind == GenKind::Generator => Ok(None),
            _ => self.get_iter(v).map(Some),
        }
    }

    /// SEND: sends a value into the receiver of `yield from`.
    pub(crate) fn send_into(&mut self, recv: &Value, v: Value) -> PyResult<(Value, Exit)> {
        if let Value::Obj(o) = recv {
            if let Payload::Generator(_) = &o.payload {
                return crate::objects::generator::gen_send(self, o, v);
            }
        }
        let plain_iter = matches!(recv.payload(), Some(Payload::Iter(_)));
        if v.is_none() && plain_iter {
            return match self.iter_next(recv)? {
                Some(x) => Ok((x, Exit::Yield)),
                None => Ok((Value::None, Exit::Return)),
            };
        }
        // Other iterators: a StopIteration's value is the result (awaitables return values).
        let r = if v.is_none() {
            match self.lookup_special(recv, "__next__") {
                Some(f) => self.call(&f, Args::new(std::slice::from_ref(recv))),
                None => {
                    return Err(self.type_error(&format!(
                        "'{}' object is not an iterator",
                        self.type_name(recv)
                    )))
                }
            }
        } else {
            self.call_method(recv, "send", &[v])
        };
        match r {
            Ok(x) => Ok((x, Exit::Yield)),
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                let val = crate::objects::generator::stop_iteration_value(self, &e);
                Ok((val, Exit::Return))
            }
            Err(e) => Err(e),
        }
    }

    /// The tier-2 hand-off at function entry (see [`crate::vm::Tier2`]).
    pub(crate) fn try_tier2(&mut self, fi: usize, calls: u32) -> Option<PyResult<Value>> {
        let t2 = self.tier2.clone()?;
        t2.on_entry(self, fi, calls)
    }

    /// The tier-2 hand-off at a hot loop back-edge to `target` (on-stack replacement).
    pub(crate) fn try_osr(&mut self, fi: usize, target: usize) -> Option<PyResult<Value>> {
        let t2 = self.tier2.clone()?;
        t2.on_backedge(self, fi, target)
    }

    /// Tier 2's entry after a generator's yield (see [`Tier2::on_resume`]).
    pub(crate) fn try_resume_compiled(
        &mut self,
        fi: usize,
        target: usize,
    ) -> Option<PyResult<Value>> {
        let t2 = self.tier2.clone()?;
        t2.on_resume(self, fi, target)
    }

    /// The KeyboardInterrupt for a pending SIGINT.
    pub(crate) fn take_interrupt(&mut self) -> PyErr {
        crate::vm::signals::clear_interrupt();
        PyErr(self.new_exception_obj(&self.exc.keyboard_interrupt.clone(), self.new_tuple(vec![])))
    }

    /// Writes text to `sys.stdout`.
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let sys_out = self.sys_attr("stdout");
        match (&sys_out, &self.stdout_obj) {
            (Some(Value::Obj(cur)), Some(orig)) if PyRef::ptr_eq(cur, orig) => {
                self.out.extend_from_slice(s.as_bytes());
                if self.config.unbuffered || self.config.interactive || self.out.len() > (1 << 16) {
                    self.flush_stdout().map_err(|e| self.os_error(&e))?;
                }
                Ok(())
            }
            (Some(f), _) => {
                let f = f.clone();
                let text = self.new_str(s);
                self.call_method(&f, "write", &[text])?;
                Ok(())
            }
            (None, _) => Err(self.new_error(&self.exc.runtime_error.clone(), "lost sys.stdout")),
        }
    }

    /// Flushes the buffered stdout.
    pub fn flush_stdout(&mut self) -> std::io::Result<()> {
        if self.out.is_empty() {
            return Ok(());
        }
        let mut so = std::io::stdout().lock();
        let r = so.write_all(&self.out).and_then(|_| so.flush());
        self.out.clear();
        r
    }

    /// `sys.<name>` if the sys module exists.
    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys_module.clone()?;
        let d = sys.get_dict()?;
        crate::vm::ops::dict_get_str(self, &d, name)
    }

    /// An OSError from an I/O error.
    pub fn os_error(&self, e: &std::io::Error) -> PyErr {
        let ty = match e.kind() {
            std::io::ErrorKind::NotFound => self.exc.file_not_found_error.clone(),
            std::io::ErrorKind::PermissionDenied => self.exc.permission_error.clone(),
            std::io::ErrorKind::AlreadyExists => self.exc.file_exists_error.clone(),
            std::io::ErrorKind::BrokenPipe => self.exc.broken_pipe_error.clone(),
            _ => self.exc.os_error.clone(),
        };
        let errno = e.raw_os_error().unwrap_or(0);
        let msg = strerror(e);
        let args = self.new_tuple(vec![
            Value::Int(errno as i64),
            Value::Obj(PyRef::new(
                &self.types.str,
                Payload::Str(crate::objects::str::StrData::new(msg.as_str())),
            )),
        ]);
        PyErr(self.new_exception_obj(&ty, args))
    }
}

/// The C library's message for an I/O error, without Rust's " (os error N)" suffix.
pub fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
