//! File objects returned by `open()` (= CPython's `_io.TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`).
//!
//! One Rust type serves every mode: a `std::fs::File`, a read buffer of raw bytes not yet
//! consumed, and a write buffer. Text files decode on consumption (UTF-8, ASCII or Latin-1,
//! errors `strict`, `replace` or `ignore`) and apply CPython's newline rules: universal
//! newlines on read when `newline=None`, line splitting by the given newline otherwise, and
//! `\n` translated on write when `newline` is `'\r'` or `'\r\n'`.
//!
//! No data is lost: writes are buffered up to 8 KiB and `write_all`ed (a failure raises);
//! buffers are flushed on `flush()`, `close()`, `seek()`, `tell()`, when the object is freed,
//! and at interpreter exit for files still open ([`flush_all_files`]).

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::rc::{Rc, Weak};

use crate::object::{Payload, PyRef};
use crate::objects::exc_methods::os_error_with_filename;
use crate::objects::function::NativeFn;
use crate::objects::typeobj::Layout;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

use crate::modules::fileio::{FileMode, OpenParams};
use crate::modules::textio::{self, Encoding, Newline};

const BUF_SIZE: usize = 8192;

/// The state of one open file.
pub struct FileObj {
    file: Option<File>,
    /// A descriptor to close with the file (`open(fd)` with `closefd=True`; we own a dup).
    orig_fd: Option<i32>,
    name: Value,
    mode: String,
    text: bool,
    readable: bool,
    writable: bool,
    /// Raw bytes read from the file and not yet consumed: `rbuf[rpos..]`.
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
    wbuf: Vec<u8>,
    encoding: Encoding,
    errors: String,
    newline: Newline,
    /// Newline kinds seen so far (1 = `\r`, 2 = `\n`, 4 = `\r\n`), for `newlines`.
    seen: u8,
    line_buffering: bool,
}

impl FileObj {
    fn closed(&self) -> bool {
        self.file.is_none()
    }

    /// Writes out the write buffer completely.
    fn flush_buf(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(());
        };
        let r = f.write_all(&self.wbuf);
        self.wbuf.clear();
        r
    }

    /// Gives back read-ahead bytes to the OS position (before writing or seeking).
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let pending = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        if pending > 0 {
            if let Some(f) = self.file.as_mut() {
                f.seek(SeekFrom::Current(-pending))?;
            }
        }
        Ok(())
    }

    /// Reads more bytes into the read buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(false);
        };
        let old = self.rbuf.len();
        self.rbuf.resize(old + BUF_SIZE, 0);
        let n = loop {
            match f.read(&mut self.rbuf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.rbuf.truncate(old);
                    return Err(e);
                }
            }
        };
        self.rbuf.truncate(old + n);
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    fn read_to_end(&mut self) -> std::io::Result<()> {
        while self.fill()? {}
        Ok(())
    }

    fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// The `name` attribute.
    pub(crate) fn name_value(&self) -> Value {
        self.name.clone()
    }

    /// `(encoding, errors, newline)` of a text file.
    pub(crate) fn text_params(&self) -> (Encoding, String, Newline) {
        (self.encoding.clone(), self.errors.clone(), self.newline)
    }

    pub(crate) fn seen_kinds(&self) -> u8 {
        self.seen
    }

    pub(crate) fn set_seen(&mut self, s: u8) {
        self.seen = s;
    }

    pub(crate) fn mark_seen(&mut self, bit: u8) {
        self.seen |= bit;
    }

    /// The buffered bytes not yet consumed.
    pub(crate) fn pending_bytes(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Reads more into the buffer; false at end of file.
    pub(crate) fn fill_more(&mut self) -> std::io::Result<bool> {
        self.fill()
    }

    /// Reads until at least `n` bytes are buffered or the file ends.
    pub(crate) fn ensure(&mut self, n: usize) -> std::io::Result<()> {
        while self.rbuf.len() - self.rpos < n && self.fill()? {}
        Ok(())
    }

    pub(crate) fn consume(&mut self, n: usize) {
        self.rpos += n;
    }

    pub(crate) fn at_eof(&self) -> bool {
        self.eof
    }

    fn position(&mut self) -> std::io::Result<u64> {
        let pending = (self.rbuf.len() - self.rpos) as u64;
        let wb = self.wbuf.len() as u64;
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        Ok(f.stream_position()? + wb - pending)
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = self.flush_buf();
    }
}

crate::gil_local! {
    /// Every file opened on this thread, for the flush at exit.
    static OPEN_FILES: RefCell<Vec<Weak<RefCell<FileObj>>>> = const { RefCell::new(Vec::new()) };
    static TYPES: RefCell<Option<[PyRef; 4]>> = const { RefCell::new(None) };
    static UNSUPPORTED: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

/// Flushes every file still open (called when the interpreter exits).
pub fn flush_all_files() {
    let files: Vec<Weak<RefCell<FileObj>>> =
        OPEN_FILES.with(|f| std::mem::take(&mut *f.borrow_mut()));
    for w in files {
        if let Some(f) = w.upgrade() {
            if let Ok(mut f) = f.try_borrow_mut() {
                let _ = f.flush_buf();
            }
        }
    }
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError), created on first use.
pub fn unsupported_operation_type(vm: &mut Vm) -> PyResult<PyRef> {
    if let Some(t) = UNSUPPORTED.with(|u| u.borrow().clone()) {
        return Ok(t);
    }
    let name = vm.new_str("UnsupportedOperation");
    let bases = vm.new_tuple(vec![
        Value::Obj(vm.exc.os_error.clone()),
        Value::Obj(vm.exc.value_error.clone()),
    ]);
    let ns = vm.new_dict_ref();
    let k = Value::Obj(vm.intern_static("__module__"));
    let m = vm.new_str("io");
    crate::vm::ops::dict_set(vm, &ns, k, m)?;
    let meta = Value::Obj(vm.types.type_.clone());
    let t = vm.call(&meta, Args::new(&[name, bases, Value::Obj(ns)]))?;
    let Value::Obj(t) = t else {
        return Err(vm.type_error("UnsupportedOperation is not a type"));
    };
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(t.clone()));
    Ok(t)
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match unsupported_operation_type(vm) {
        Ok(t) => vm.new_error(&t, msg),
        Err(e) => e,
    }
}

fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// The file state behind a file object.
fn file_of(vm: &Vm, v: &Value) -> PyResult<Rc<RefCell<FileObj>>> {
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(f) = n.borrow().downcast_ref::<Rc<RefCell<FileObj>>>() {
            return Ok(f.clone());
        }
    }
    Err(vm.type_error(&format!(
        "descriptor requires a file object, not '{}'",
        vm.type_name(v)
    )))
}

/// The open file state, or the closed-file ValueError.
fn open_file(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<FileObj>>> {
    let Some(s) = args.args.first() else {
        return Err(vm.type_error("file method needs an argument"));
    };
    let f = file_of(vm, s)?;
    if f.borrow().closed() {
        return Err(closed_error(vm));
    }
    Ok(f)
}

fn io_err(vm: &mut Vm, f: &Rc<RefCell<FileObj>>, e: std::io::Error) -> PyErr {
    let name = f.borrow().name.clone();
    os_error_with_filename(vm, &e, name)
}

/// `size` arguments of read/readline: None or negative means "all".
fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(if *n < 0 { None } else { Some(*n as usize) }),
        Some(Value::Bool(b)) => Ok(Some(*b as usize)),
        Some(other) => Err(vm.type_error(&format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn check_readable(vm: &mut Vm, f: &Rc<RefCell<FileObj>>) -> PyResult<()> {
    let (readable, text) = {
        let b = f.borrow();
        (b.readable, b.text)
    };
    if !readable {
        return Err(unsupported(vm, if text { "not readable" } else { "read" }));
    }
    let r = f.borrow_mut().flush_buf();
    r.map_err(|e| io_err(vm, f, e))
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "read", 1, 2)?;
    let f = open_file(vm, &args)?;
    let size = size_arg(vm, args.args.get(1))?;
    check_readable(vm, &f)?;
    if f.borrow().text {
        let s = textio::read_text(vm, &f, size, false)?;
        return Ok(vm.new_str(s));
    }
    let r = {
        let mut b = f.borrow_mut();
        match size {
            None => b.read_to_end().map(|_| {
                let out = b.pending().to_vec();
                b.rpos = b.rbuf.len();
                out
            }),
            Some(n) => (|| {
                while b.pending().len() < n && b.fill()? {}
                let take = n.min(b.pending().len());
                let out = b.pending()[..take].to_vec();
                b.rpos += take;
                Ok(out)
            })(),
        }
    };
    let bytes = r.map_err(|e| io_err(vm, &f, e))?;
    Ok(vm.new_bytes(bytes))
}

/// One line (binary mode), at most `limit` bytes.
fn read_line_bytes(f: &Rc<RefCell<FileObj>>, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
    let mut b = f.borrow_mut();
    let mut scanned = 0;
    loop {
        let p = b.pending();
        let cap = limit.map_or(p.len(), |l| l.min(p.len()));
        if let Some(i) = p[scanned..cap].iter().position(|&c| c == b'\n') {
            let end = scanned + i + 1;
            let out = p[..end].to_vec();
            b.rpos += end;
            return Ok(out);
        }
        scanned = cap;
        if limit.is_some_and(|l| cap >= l) || !b.fill()? {
            let take = limit.map_or(b.pending().len(), |l| l.min(b.pending().len()));
            let out = b.pending()[..take].to_vec();
            b.rpos += take;
            return Ok(out);
        }
    }
}

/// One line as a value (`str` or `bytes`); empty at end of file.
fn next_line(vm: &mut Vm, f: &Rc<RefCell<FileObj>>, limit: Option<usize>) -> PyResult<Value> {
    if f.borrow().text {
        let s = textio::read_text(vm, f, limit, true)?;
        return Ok(vm.new_str(s));
    }
    let line = read_line_bytes(f, limit).map_err(|e| io_err(vm, f, e))?;
    Ok(vm.new_bytes(line))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "readline", 1, 2)?;
    let f = open_file(vm, &args)?;
    let size = size_arg(vm, args.args.get(1))?;
    check_readable(vm, &f)?;
    next_line(vm, &f, size)
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "readlines", 1, 2)?;
    let f = open_file(vm, &args)?;
    let hint = size_arg(vm, args.args.get(1))?.filter(|h| *h > 0);
    check_readable(vm, &f)?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = next_line(vm, &f, None)?;
        let n = match line.payload() {
            Some(Payload::Str(s)) => s.char_len(),
            Some(Payload::Bytes(b)) => b.len(),
            _ => 0,
        };
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

/// Appends encoded data to the write buffer, flushing as needed.
fn write_bytes(
    vm: &mut Vm,
    f: &Rc<RefCell<FileObj>>,
    data: &[u8],
    has_newline: bool,
) -> PyResult<()> {
    let r = (|| -> std::io::Result<()> {
        let mut b = f.borrow_mut();
        if b.rpos < b.rbuf.len() || b.eof {
            b.drop_read_ahead()?;
        }
        b.wbuf.extend_from_slice(data);
        if b.wbuf.len() >= BUF_SIZE || (b.line_buffering && has_newline) {
            b.flush_buf()?;
        }
        Ok(())
    })();
    r.map_err(|e| io_err(vm, f, e))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "write", 1)?;
    let f = open_file(vm, &args)?;
    let (writable, text) = {
        let b = f.borrow();
        (b.writable, b.text)
    };
    let data = &args.args[1];
    if text {
        let Some(s) = data.as_str() else {
            return Err(vm.type_error(&format!(
                "write() argument must be str, not {}",
                vm.type_name(data)
            )));
        };
        if !writable {
            return Err(unsupported(vm, "not writable"));
        }
        let n = s.chars().count();
        let bytes = textio::encode_text(vm, &f, s)?;
        write_bytes(vm, &f, &bytes, s.contains('\n'))?;
        return Ok(Value::Int(n as i64));
    }
    let Some(bytes) = crate::objects::bytes::as_bytes_like(data) else {
        return Err(vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(data)
        )));
    };
    if !writable {
        return Err(unsupported(vm, "write"));
    }
    write_bytes(vm, &f, &bytes, false)?;
    Ok(Value::Int(bytes.len() as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::object_methods::method_args(vm, &args, "writelines", 1)?;
    open_file(vm, &args)?;
    let this = args.args[0].clone();
    let it = vm.get_iter(&args.args[1])?;
    while let Some(line) = vm.iter_next(&it)? {
        write(vm, Args::new(&[this.clone(), line]))?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    let r = f.borrow_mut().flush_buf();
    r.map_err(|e| io_err(vm, &f, e))?;
    Ok(Value::None)
}

/// Closes the file: flushes (a failure is raised after closing) and releases the descriptor.
fn close_file(vm: &mut Vm, f: &Rc<RefCell<FileObj>>) -> PyResult<()> {
    if f.borrow().closed() {
        return Ok(());
    }
    let r = f.borrow_mut().flush_buf();
    let (file, orig) = {
        let mut b = f.borrow_mut();
        b.rbuf.clear();
        b.rpos = 0;
        (b.file.take(), b.orig_fd.take())
    };
    drop(file);
    if let Some(fd) = orig {
        // SAFETY: `fd` was handed to open() with closefd=True, so the file object owns it and
        // closes it exactly once, here.
        drop(unsafe { File::from_raw_fd(fd) });
    }
    r.map_err(|e| io_err(vm, f, e))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args.args[0])?;
    close_file(vm, &f)?;
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "seek", 2, 3)?;
    let f = open_file(vm, &args)?;
    let Value::Int(offset) = args.args[1] else {
        return Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args.args[1])
        )));
    };
    let whence = match args.args.get(2) {
        None => 0,
        Some(Value::Int(w)) => *w,
        Some(v) => {
            return Err(vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    let text = f.borrow().text;
    let target = match whence {
        0 => {
            if offset < 0 {
                return Err(vm.value_error(&format!("negative seek position {offset}")));
            }
            SeekFrom::Start(offset as u64)
        }
        1 | 2 if text && offset != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported(
                vm,
                &format!("can't do nonzero {what}-relative seeks"),
            ));
        }
        1 => {
            let pos = f.borrow_mut().position().map_err(|e| io_err(vm, &f, e))?;
            SeekFrom::Start((pos as i64 + offset).max(0) as u64)
        }
        2 => SeekFrom::End(offset),
        _ => {
            return Err(vm.value_error(&if text {
                format!("invalid whence ({whence}, should be 0, 1 or 2)")
            } else {
                format!("whence value {whence} unsupported")
            }))
        }
    };
    let r = (|| -> std::io::Result<u64> {
        let mut b = f.borrow_mut();
        b.flush_buf()?;
        b.rbuf.clear();
        b.rpos = 0;
        b.eof = false;
        match b.file.as_mut() {
            Some(file) => file.seek(target),
            None => Ok(0),
        }
    })();
    let pos = r.map_err(|e| io_err(vm, &f, e))?;
    Ok(Value::Int(pos as i64))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    let r = f.borrow_mut().position();
    let pos = r.map_err(|e| io_err(vm, &f, e))?;
    Ok(Value::Int(pos as i64))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins_mod::arg_range(vm, &args, "truncate", 1, 2)?;
    let f = open_file(vm, &args)?;
    if !f.borrow().writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let size = match args.args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) if *n >= 0 => Some(*n as u64),
        Some(Value::Int(n)) => return Err(vm.value_error(&format!("negative size value {n}"))),
        Some(v) => {
            return Err(vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    let r = (|| -> std::io::Result<u64> {
        let mut b = f.borrow_mut();
        let pos = b.position()?;
        b.flush_buf()?;
        b.drop_read_ahead()?;
        let size = size.unwrap_or(pos);
        if let Some(file) = b.file.as_mut() {
            file.set_len(size)?;
        }
        Ok(size)
    })();
    let n = r.map_err(|e| io_err(vm, &f, e))?;
    Ok(Value::Int(n as i64))
}

fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    let fd = f.borrow().file.as_ref().map_or(-1, |x| x.as_raw_fd());
    Ok(Value::Int(fd as i64))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    let fd = f.borrow().file.as_ref().map_or(-1, |x| x.as_raw_fd());
    // SAFETY: isatty only inspects the descriptor number.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    let r = f.borrow().readable;
    Ok(Value::Bool(r))
}

fn writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    let w = f.borrow().writable;
    Ok(Value::Bool(w))
}

fn seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    let ok = f
        .borrow_mut()
        .file
        .as_mut()
        .is_some_and(|x| x.stream_position().is_ok());
    Ok(Value::Bool(ok))
}

fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_file(vm, &args)?;
    Ok(args.args[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args.args[0])?;
    close_file(vm, &f)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_file(vm, &args)?;
    Ok(args.args[0].clone())
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = open_file(vm, &args)?;
    check_readable(vm, &f)?;
    let line = next_line(vm, &f, None)?;
    let empty = match line.payload() {
        Some(Payload::Str(s)) => s.char_len() == 0,
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    };
    if empty {
        return Err(crate::objects::generator::stop_iteration(vm, Value::None));
    }
    Ok(line)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args.args[0])?;
    let (name, mode, text, enc) = {
        let b = f.borrow();
        (b.name.clone(), b.mode.clone(), b.text, b.encoding.name())
    };
    let tn = vm.type_name(&args.args[0]);
    let n = vm.repr(&name)?;
    let s = if text {
        format!("<_io.{tn} name={n} mode='{mode}' encoding='{enc}'>")
    } else {
        format!("<_io.{tn} name={n}>")
    };
    Ok(vm.new_str(s))
}

macro_rules! getters {
    ($( $f:ident => |$vm:ident, $b:ident| $e:expr ;)*) => {
        $(
            fn $f($vm: &mut Vm, args: Args) -> PyResult<Value> {
                let f = file_of($vm, &args.args[0])?;
                let $b = f.borrow();
                Ok($e)
            }
        )*
    };
}

getters! {
    get_closed => |vm, b| { let _ = &vm; Value::Bool(b.closed()) };
    get_name => |vm, b| { let _ = &vm; b.name.clone() };
    get_mode => |vm, b| vm.new_str(b.mode.as_str());
    get_encoding => |vm, b| vm.new_str(b.encoding.name());
    get_errors => |vm, b| vm.new_str(b.errors.as_str());
    get_line_buffering => |vm, b| { let _ = &vm; Value::Bool(b.line_buffering) };
    get_newlines => |vm, b| textio::newlines_value(vm, b.seen);
}

/// The file types: text, reader, writer, random-access.
fn file_types(vm: &mut Vm) -> [PyRef; 4] {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = vm.types.object.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("close", close),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter),
        ("__next__", next),
        ("__repr__", repr),
    ];
    let getters: &[(&'static str, NativeFn)] = &[
        ("closed", get_closed),
        ("name", get_name),
        ("mode", get_mode),
    ];
    let text_getters: &[(&'static str, NativeFn)] = &[
        ("encoding", get_encoding),
        ("errors", get_errors),
        ("line_buffering", get_line_buffering),
        ("newlines", get_newlines),
    ];
    let names = [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
    ];
    let types: Vec<PyRef> = names
        .iter()
        .map(|name| {
            let t = vm.new_builtin_type(name, &object, Layout::Internal, 0);
            vm.add_methods(&t, "_io", methods);
            for &(n, g) in getters {
                crate::objects::descriptors::add_getter(vm, &t, n, g);
            }
            if *name == "TextIOWrapper" {
                for &(n, g) in text_getters {
                    crate::objects::descriptors::add_getter(vm, &t, n, g);
                }
            }
            let m = vm.new_str("_io");
            vm.set_type_attr(&t, "__module__", m);
            t
        })
        .collect();
    let arr: [PyRef; 4] = [
        types[0].clone(),
        types[1].clone(),
        types[2].clone(),
        types[3].clone(),
    ];
    TYPES.with(|t| *t.borrow_mut() = Some(arr.clone()));
    arr
}

/// A file object for an opened file (`orig_fd`: a descriptor the object must close too).
pub(crate) fn new_file(
    vm: &mut Vm,
    file: File,
    orig_fd: Option<i32>,
    p: &OpenParams,
    m: &FileMode,
) -> Value {
    // SAFETY: isatty only inspects the descriptor number.
    let tty = unsafe { libc::isatty(file.as_raw_fd()) } == 1;
    let state = FileObj {
        file: Some(file),
        orig_fd,
        name: p.file.clone(),
        mode: m.display.clone(),
        text: m.text,
        readable: m.read || m.plus,
        writable: m.write || m.append || m.create || m.plus,
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        wbuf: Vec::new(),
        encoding: p.encoding.clone(),
        errors: p.errors.clone(),
        newline: p.newline,
        seen: 0,
        line_buffering: m.text && (p.buffering == 1 || tty),
    };
    if m.append {
        if let Some(f) = state.file.as_ref() {
            let mut f = f;
            let _ = f.seek(SeekFrom::End(0));
        }
    }
    let rc = Rc::new(RefCell::new(state));
    OPEN_FILES.with(|f| {
        let mut v = f.borrow_mut();
        v.retain(|w| w.strong_count() > 0);
        v.push(Rc::downgrade(&rc));
    });
    let types = file_types(vm);
    let ty = if m.text {
        &types[0]
    } else if m.plus {
        &types[3]
    } else if m.read {
        &types[1]
    } else {
        &types[2]
    };
    let boxed: Box<dyn std::any::Any> = Box::new(rc);
    Value::Obj(PyRef::new(ty, Payload::Native(RefCell::new(boxed))))
}

/// Registers this file's built-ins (the types are made on first `open`).
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
