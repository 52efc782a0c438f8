//! From the compiler's output to runtime objects: `CodeObject` constants become values, names
//! become interned strings, and compile errors become `SyntaxError` instances.

use std::rc::Rc;

use crate::bytecode::{CodeObject, Const};
use crate::compiler::{CompileError, Mode, SyntaxErrorKind};
use crate::object::{Payload, PyRef};
use crate::objects::code::CodeData;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// Compiles source text to a code object.
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<PyRef> {
        match crate::compiler::compile(source, filename, mode) {
            Ok(code) => Ok(self.code_object(code)),
            Err(e) => Err(self.syntax_error(&e)),
        }
    }

    /// Wraps a compiled code object (recursively converting its constants).
    pub fn code_object(&mut self, code: Rc<CodeObject>) -> PyRef {
        let consts: Box<[Value]> = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names: Box<[Value]> = code
            .names
            .iter()
            .map(|n| Value::Obj(self.intern(n)))
            .collect();
        PyRef::new(
            &self.types.code,
            Payload::Code(Box::new(CodeData::new(code, consts, names))),
        )
    }

    /// The runtime value of a constant.
    pub fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.new_int(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex { real, imag } => {
                crate::objects::complex::new_complex(self, *real, *imag)
            }
            Const::Str(s) => {
                if s.len() <= 40 && s.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_') {
                    Value::Obj(self.intern(s))
                } else {
                    self.new_str(&**s)
                }
            }
            Const::Bytes(b) => self.new_bytes(b.to_vec()),
            Const::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|i| self.const_value(i)).collect();
                self.new_tuple(v)
            }
            Const::FrozenSet(items) => {
                let v: Vec<Value> = items.iter().map(|i| self.const_value(i)).collect();
                let s = PyRef::new(&self.types.frozenset, Payload::Set(Default::default()));
                for x in v {
                    let _ = crate::objects::set::set_add(self, &s, x);
                }
                // CPython's compiler rebuilds every frozenset constant from the first one's
                // iteration order (`merge_consts_recursive`): do the same, for the same layout.
                let merged = PyRef::new(&self.types.frozenset, Payload::Set(Default::default()));
                for x in crate::objects::set::set_items(&s) {
                    let _ = crate::objects::set::set_add(self, &merged, x);
                }
                Value::Obj(merged)
            }
            Const::Ellipsis => Value::Obj(self.ellipsis.clone()),
            Const::Code(c) => Value::Obj(self.code_object(c.clone())),
        }
    }

    /// A SyntaxError (or IndentationError/TabError) instance for a compile error.
    pub fn syntax_error(&mut self, e: &CompileError) -> PyErr {
        let ty = match e.kind {
            SyntaxErrorKind::SyntaxError => self.exc.syntax_error.clone(),
            SyntaxErrorKind::IndentationError => self.exc.indentation_error.clone(),
            SyntaxErrorKind::TabError => self.exc.tab_error.clone(),
        };
        let msg = self.new_str(e.msg.as_str());
        let filename = self.new_str(e.filename.as_str());
        let text = match &e.text {
            Some(t) => self.new_str(t.as_str()),
            None => match self.source_of(&e.filename) {
                Some(src) => match src.lines().nth((e.lineno as usize).saturating_sub(1)) {
                    Some(l) => self.new_str(format!("{l}\n")),
                    None => Value::None,
                },
                None => Value::None,
            },
        };
        let details = self.new_tuple(vec![
            filename.clone(),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text.clone(),
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ]);
        let args = self.new_tuple(vec![msg.clone(), details]);
        let err = PyErr(self.new_exception_obj(&ty, args));
        self.set_exc_attr(&err, "msg", msg);
        self.set_exc_attr(&err, "filename", filename);
        self.set_exc_attr(&err, "lineno", Value::Int(e.lineno as i64));
        self.set_exc_attr(&err, "offset", Value::Int(e.offset as i64));
        self.set_exc_attr(&err, "text", text);
        self.set_exc_attr(&err, "end_lineno", Value::Int(e.end_lineno as i64));
        self.set_exc_attr(&err, "end_offset", Value::Int(e.end_offset as i64));
        self.set_exc_attr(&err, "print_file_and_line", Value::None);
        err
    }
}
