//! Exceptions: constructing them, the `raise` rules, traceback entries, implicit chaining
//! (`__context__`), and printing tracebacks in CPython 3.11's format.

use std::cell::RefCell;
use std::io::Write;

use crate::object::{Payload, PyRef};
use crate::objects::exceptions::ExcData;
use crate::objects::typeobj::{is_subtype, tdata, TF_EXCEPTION};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

impl Vm {
    /// A new exception of type `ty` with a single message argument.
    pub fn new_error(&self, ty: &PyRef, msg: &str) -> PyErr {
        let args = if msg.is_empty() && PyRef::ptr_eq(ty, &self.exc.memory_error) {
            self.new_tuple(vec![])
        } else {
            let s = Value::Obj(PyRef::new(
                &self.types.str,
                Payload::Str(crate::objects::str::StrData::new(msg)),
            ));
            self.new_tuple(vec![s])
        };
        PyErr(self.new_exception_obj(ty, args))
    }

    /// A new exception instance of `ty` with `args` (a tuple), without running `__init__`.
    pub fn new_exception_obj(&self, ty: &PyRef, args: Value) -> PyRef {
        let e = PyRef::new(ty, Payload::Exception(Box::new(ExcData::new(args))));
        e.set_dict(Some(self.new_dict_ref()));
        e
    }

    pub fn type_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.exc.type_error.clone(), msg)
    }

    pub fn value_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.exc.value_error.clone(), msg)
    }

    pub fn index_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.exc.index_error.clone(), msg)
    }

    pub fn overflow_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.exc.overflow_error.clone(), msg)
    }

    /// `NameError: name 'x' is not defined`, with its `name` attribute.
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let e = self.new_error(
            &self.exc.name_error.clone(),
            &format!("name '{name}' is not defined"),
        );
        let n = self.new_str(name);
        self.set_exc_attr(&e, "name", n);
        e
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        let args = self.new_tuple(vec![key]);
        PyErr(self.new_exception_obj(&self.exc.key_error.clone(), args))
    }

    /// Stores an extra attribute on an exception instance (`e.name`, `e.value`...).
    pub fn set_exc_attr(&mut self, e: &PyErr, name: &str, v: Value) {
        if let Some(d) = e.0.get_dict() {
            let k = Value::Obj(self.intern(name));
            crate::vm::ops::dict_set_str(self, &d, k, v);
        }
    }

    /// Whether `v` is an instance of type `ty` (by MRO; no `__instancecheck__`).
    pub fn is_instance_of(&self, v: &Value, ty: &PyRef) -> bool {
        let t = self.type_of(v);
        is_subtype(&t, ty)
    }

    /// Whether the error is an instance of `ty`.
    pub fn err_matches(&self, e: &PyErr, ty: &PyRef) -> bool {
        is_subtype(e.0.ty(), ty)
    }

    pub(crate) fn unbound_local(&mut self, fi: usize, i: usize) -> PyErr {
        let name = self.frames[fi]
            .code_data()
            .code
            .localsplus_name(i)
            .to_string();
        self.new_error(
            &self.exc.unbound_local_error.clone(),
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub(crate) fn unbound_deref(&mut self, fi: usize, i: usize) -> PyErr {
        let co = &self.frames[fi].code_data().code;
        let name = co.localsplus_name(i).to_string();
        if i >= co.varnames.len() + co.cellvars.len() {
            self.new_error(
                &self.exc.name_error.clone(),
                &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        } else {
            self.new_error(
                &self.exc.unbound_local_error.clone(),
                &format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    /// Builds the exception for `raise exc [from cause]` (= `do_raise`).
    pub(crate) fn make_raise(&mut self, exc: Value, cause: Value) -> PyErr {
        let e = match self.exception_instance(exc) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if !cause.is_undef() {
            let c = if cause.is_none() {
                Value::None
            } else {
                match self.exception_instance(cause) {
                    Ok(c) => Value::Obj(c.0),
                    Err(_) => {
                        return self.type_error("exception causes must derive from BaseException")
                    }
                }
            };
            if let Payload::Exception(d) = &e.0.payload {
                *d.cause.borrow_mut() = c;
                d.suppress_context.set(true);
            }
        }
        e
    }

    /// An exception instance from a class (instantiated with no arguments) or an instance.
    pub fn exception_instance(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Obj(o) => match &o.payload {
                Payload::Type(t) if t.has_flag(TF_EXCEPTION) => {
                    let inst = self.call(&v, Args::new(&[]))?;
                    match inst {
                        Value::Obj(i) if matches!(i.payload, Payload::Exception(_)) => Ok(PyErr(i)),
                        other => Err(self.type_error(&format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            t.name(),
                            self.type_name(&other)
                        ))),
                    }
                }
                Payload::Exception(_) => Ok(PyErr(o.clone())),
                _ => Err(self.type_error("exceptions must derive from BaseException")),
            },
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// CHECK_EXC_MATCH: whether exception `exc` matches a class or tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let check = |vm: &mut Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(o) if matches!(&o.payload, Payload::Type(td) if td.has_flag(TF_EXCEPTION)) => {
                    Ok(vm.is_instance_of(exc, o))
                }
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        if let Some(Payload::Tuple(items)) = ty.payload() {
            let items = items.clone();
            for t in items.iter() {
                if check(self, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        check(self, ty)
    }

    /// Adds a traceback entry for the current instruction of frame `fi` (= `PyTraceBack_Here`).
    pub(crate) fn add_traceback(&mut self, fi: usize, e: &PyErr) {
        let f = &self.frames[fi];
        let lineno = f.lineno();
        let lasti = f.lasti;
        let code = f.code.clone();
        let Payload::Exception(d) = &e.0.payload else {
            return;
        };
        let next = d.traceback.borrow().clone();
        let tb = PyRef::new(
            &self.types.traceback,
            Payload::Traceback {
                next: RefCell::new(next.as_obj().cloned()),
                code,
                lasti,
                lineno,
                frame: RefCell::new(Value::None),
            },
        );
        *d.traceback.borrow_mut() = Value::Obj(tb);
    }

    /// Implicit chaining: a new exception raised while another is handled gets it as
    /// `__context__` (= `_PyErr_SetObject`'s chaining, with its cycle check).
    pub(crate) fn set_context(&mut self, e: &PyErr) {
        let Value::Obj(h) = &self.handled else { return };
        if PyRef::ptr_eq(h, &e.0) {
            return;
        }
        let Payload::Exception(d) = &e.0.payload else {
            return;
        };
        if !d.context.borrow().is_none() {
            return;
        }
        // Avoid cycles: if `e` is already in the handled exception's context chain, cut it.
        let mut cur = h.clone();
        loop {
            let next = match &cur.payload {
                Payload::Exception(cd) => cd.context.borrow().clone(),
                _ => Value::None,
            };
            match next {
                Value::Obj(n) => {
                    if PyRef::ptr_eq(&n, &e.0) {
                        if let Payload::Exception(cd) = &cur.payload {
                            *cd.context.borrow_mut() = Value::None;
                        }
                        break;
                    }
                    cur = n;
                }
                _ => break,
            }
        }
        *d.context.borrow_mut() = Value::Obj(h.clone());
    }

    /// The text after `Type: ` in a traceback (`str(exc)`), never failing.
    pub fn exception_str(&mut self, e: &PyRef) -> String {
        match self.str_of(&Value::Obj(e.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    }

    /// The exception's type name as tracebacks show it (`module.Qualname` unless the module is
    /// `builtins` or `__main__`).
    pub fn exception_type_display(&mut self, ty: &PyRef) -> String {
        let td = tdata(ty);
        let qual = td.qualname.borrow().clone();
        if !td.is_heap() {
            return qual;
        }
        let module = crate::vm::ops::dict_get_str(self, &td.dict.clone(), "__module__");
        match module.as_ref().and_then(|m| m.as_str()) {
            Some("__main__") | Some("builtins") | None => qual,
            Some(m) => format!("{m}.{qual}"),
        }
    }

    /// Formats an exception with its traceback and chained exceptions, as CPython prints it.
    pub fn format_exception(&mut self, e: &PyRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(e, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, e: &PyRef, out: &mut String, seen: &mut Vec<usize>) {
        let mut ctx = GroupCtx::default();
        self.format_exception_ctx(e, out, seen, &mut ctx);
    }

    /// One exception with its chain, inside `ctx`'s exception-group nesting (= traceback.py's
    /// `TracebackException.format` with its `_ExceptionPrintContext`).
    fn format_exception_ctx(
        &mut self,
        e: &PyRef,
        out: &mut String,
        seen: &mut Vec<usize>,
        ctx: &mut GroupCtx,
    ) {
        seen.push(e.addr());
        let mut tb = Value::None;
        if let Payload::Exception(d) = &e.payload {
            let cause = d.cause.borrow().clone();
            let context = d.context.borrow().clone();
            if let Value::Obj(c) = &cause {
                if !seen.contains(&c.addr()) {
                    self.format_exception_ctx(c, out, seen, ctx);
                    ctx.emit(
                        out,
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                        '|',
                    );
                }
            } else if let (Value::Obj(c), false) = (&context, d.suppress_context.get()) {
                if !seen.contains(&c.addr()) {
                    self.format_exception_ctx(c, out, seen, ctx);
                    ctx.emit(
                        out,
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                        '|',
                    );
                }
            }
            tb = d.traceback.borrow().clone();
        }
        let ev = Value::Obj(e.clone());
        if !crate::objects::excgroup::is_group(self, &ev) {
            let mut s = String::new();
            if let Value::Obj(_) = tb {
                s.push_str("Traceback (most recent call last):\n");
                self.format_tb(&tb, &mut s);
            }
            self.format_exception_only(e, &mut s);
            ctx.emit(out, &s, '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if let Value::Obj(_) = tb {
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            let mut s = String::new();
            self.format_tb(&tb, &mut s);
            ctx.emit(out, &s, '|');
        }
        let mut s = String::new();
        self.format_exception_only(e, &mut s);
        ctx.emit(out, &s, '|');
        let excs = crate::objects::excgroup::group_exceptions(self, e);
        const MAX_WIDTH: usize = 15;
        let n = excs.len().min(MAX_WIDTH + 1);
        for (i, sub) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                format!("{}", i + 1)
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push('+');
            out.push_str(&center_dashes(&format!(" {title} "), 35));
            out.push('\n');
            ctx.depth += 1;
            if !truncated {
                if let Value::Obj(so) = sub {
                    if seen.contains(&so.addr()) {
                        // Already shown (a cycle): CPython prints nothing more for it.
                    } else {
                        self.format_exception_ctx(so, out, seen, ctx);
                    }
                }
            } else {
                let rest = excs.len() - MAX_WIDTH;
                let plural = if rest > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {rest} more exception{plural}\n"), '|');
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The `Type: message` line(s) and notes of an exception (= `format_exception_only`).
    fn format_exception_only(&mut self, e: &PyRef, out: &mut String) {
        let ty = e.type_ref();
        let name = self.exception_type_display(&ty);
        let msg = if is_subtype(&ty, &self.exc.syntax_error.clone()) {
            self.format_syntax_error_body(e, out);
            // The last line shows `e.msg`, not `str(e)` (which appends the location).
            match e
                .get_dict()
                .and_then(|d| crate::vm::ops::dict_get_str(self, &d, "msg"))
            {
                Some(m) if !m.is_none() => self.str_of(&m).unwrap_or_default(),
                _ => self.exception_str(e),
            }
        } else {
            let mut m = self.exception_str(e);
            if let Some(s) = crate::vm::suggest::suggestion(self, e) {
                m.push_str(&format!(". Did you mean: '{s}'?"));
            }
            m
        };
        if msg.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&format!("{name}: {msg}"));
        }
        out.push('\n');
        self.format_notes(e, out);
    }

    /// The `__notes__` lines printed after the message (PEP 678).
    fn format_notes(&mut self, e: &PyRef, out: &mut String) {
        let Some(d) = e.get_dict() else { return };
        let Some(notes) = crate::vm::ops::dict_get_str(self, &d, "__notes__") else {
            return;
        };
        let items = match notes.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => {
                let r = self
                    .repr(&notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                out.push_str(&r);
                out.push('\n');
                return;
            }
        };
        for n in items {
            let s = match n.as_str() {
                Some(s) => s.to_string(),
                None => self
                    .str_of(&n)
                    .unwrap_or_else(|_| "<note str() failed>".to_string()),
            };
            out.push_str(&s);
            out.push('\n');
        }
    }

    fn format_tb(&mut self, tb: &Value, out: &mut String) {
        let mut cur = tb.clone();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        while let Value::Obj(t) = &cur {
            let Payload::Traceback {
                next,
                code,
                lasti,
                lineno,
                ..
            } = &t.payload
            else {
                break;
            };
            let Payload::Code(cd) = &code.payload else {
                break;
            };
            let filename = cd.code.filename.to_string();
            let name = cd.code.name.to_string();
            let key = (filename.clone(), *lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
            } else {
                if repeat > 3 {
                    let n = repeat - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n > 1 { "s" } else { "" }
                    ));
                }
                repeat = 1;
                last = Some(key);
            }
            if repeat <= 3 {
                out.push_str(&format!(
                    "  File \"{filename}\", line {lineno}, in {name}\n"
                ));
                if let Some(src) = self.source_of(&filename) {
                    if let Some(line) = src.lines().nth((*lineno as usize).saturating_sub(1)) {
                        let stripped = line.trim_start();
                        let indent = line.len() - stripped.len();
                        let stripped = stripped.trim_end();
                        out.push_str(&format!("    {stripped}\n"));
                        if let Some(p) = cd.code.positions.get(*lasti) {
                            if p.line == *lineno && p.end_line == *lineno && p.end_col > p.col {
                                let (c0, c1) = (p.col as usize, p.end_col as usize);
                                if c0 >= indent
                                    && c1 <= indent + stripped.len()
                                    && !(c0 == indent && c1 == indent + stripped.len())
                                {
                                    let pre = line[indent..c0].chars().count();
                                    let width =
                                        line.get(c0..c1).map_or(c1 - c0, |s| s.chars().count());
                                    out.push_str(&format!(
                                        "    {}{}\n",
                                        " ".repeat(pre),
                                        "^".repeat(width.max(1))
                                    ));
                                }
                            }
                        }
                    }
                }
            }
            let n = next.borrow().clone();
            cur = match n {
                Some(n) => Value::Obj(n),
                None => Value::None,
            };
        }
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n > 1 { "s" } else { "" }
            ));
        }
    }

    fn format_syntax_error_body(&mut self, e: &PyRef, out: &mut String) {
        let Some(d) = e.get_dict() else { return };
        let get = |vm: &mut Vm, k: &str| crate::vm::ops::dict_get_str(vm, &d, k);
        let filename = get(self, "filename").and_then(|v| v.as_str().map(str::to_string));
        let lineno = match get(self, "lineno") {
            Some(Value::Int(i)) => Some(i),
            _ => None,
        };
        if let (Some(f), Some(l)) = (&filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(text) = get(self, "text").and_then(|v| v.as_str().map(str::to_string)) {
            let line = text.trim_end_matches('\n');
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped.trim_end()));
            if let Some(Value::Int(off)) = get(self, "offset") {
                let end = match get(self, "end_offset") {
                    Some(Value::Int(e)) if e > off => e,
                    _ => off + 1,
                };
                let start = (off as usize).saturating_sub(1).saturating_sub(indent);
                let width = (end - off).max(1) as usize;
                let avail = stripped.trim_end().chars().count();
                let width = width.min(avail.saturating_sub(start).max(1));
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
    }

    /// Prints an uncaught exception to stderr (= `PyErr_Print`).
    pub fn print_exception(&mut self, e: &PyErr) {
        let _ = self.flush_stdout();
        let text = self.format_exception(&e.0);
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

/// Exception-group nesting while formatting (= traceback.py's `_ExceptionPrintContext`).
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line prefixed by the indent and margin (none at depth 0).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// `s.center(width, '-')` with CPython's rounding.
fn center_dashes(s: &str, width: usize) -> String {
    let len = s.chars().count();
    if len >= width {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    format!("{}{s}{}", "-".repeat(left), "-".repeat(marg - left))
}
