//! `open()`: argument and mode parsing with CPython's checks and messages, and opening the
//! file (paths, descriptors, openers). The file objects themselves are `objects/file.rs`.

use std::fs::File;
use std::os::fd::FromRawFd;

use crate::modules::textio::{Encoding, Newline};
use crate::objects::exc_methods::os_error_with_filename;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `open()`'s arguments.
pub struct OpenParams {
    pub file: Value,
    pub mode: String,
    pub buffering: i64,
    pub encoding: Encoding,
    pub encoding_given: bool,
    pub errors: String,
    pub errors_given: bool,
    pub newline: Newline,
    pub newline_given: bool,
    pub closefd: bool,
}

impl OpenParams {
    /// Parses `open(file, mode, buffering, encoding, errors, newline, closefd, opener)`.
    pub fn parse(vm: &mut Vm, args: &Args) -> PyResult<OpenParams> {
        const NAMES: [&str; 8] = [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ];
        let pos = args.pos();
        if pos.len() > 8 {
            return Err(vm.type_error(&format!(
                "open() takes at most 8 arguments ({} given)",
                pos.len()
            )));
        }
        let mut p: [Option<Value>; 8] = Default::default();
        for (i, v) in pos.iter().enumerate() {
            p[i] = Some(v.clone());
        }
        for (k, v) in args.kw() {
            let Some(i) = NAMES.iter().position(|n| *n == k) else {
                return Err(
                    vm.type_error(&format!("'{k}' is an invalid keyword argument for open()"))
                );
            };
            if p[i].is_some() {
                return Err(vm.type_error(&format!(
                    "argument for open() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            p[i] = Some(v.clone());
        }
        let Some(file) = p[0].clone() else {
            return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
        };
        let opt_str = |vm: &Vm, i: usize| -> PyResult<Option<String>> {
            match &p[i] {
                None | Some(Value::None) => Ok(None),
                Some(v) => match v.as_str() {
                    Some(s) => Ok(Some(s.to_string())),
                    None => Err(vm.type_error(&format!(
                        "open() argument '{}' must be str or None, not {}",
                        NAMES[i],
                        vm.type_name(v)
                    ))),
                },
            }
        };
        let mode = match &p[1] {
            None => "r".to_string(),
            Some(v) => match v.as_str() {
                Some(s) => s.to_string(),
                None => {
                    return Err(vm.type_error(&format!(
                        "open() argument 'mode' must be str, not {}",
                        vm.type_name(v)
                    )))
                }
            },
        };
        let buffering = match &p[2] {
            None => -1,
            Some(Value::Int(n)) => *n,
            Some(Value::Bool(b)) => *b as i64,
            Some(v) => {
                return Err(vm.type_error(&format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        };
        let enc_name = opt_str(vm, 3)?;
        let errors = opt_str(vm, 4)?;
        let newline_s = opt_str(vm, 5)?;
        let newline = match newline_s.as_deref() {
            None => Newline::Universal,
            Some("") => Newline::Empty,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(other) => return Err(vm.value_error(&format!("illegal newline value: {other}"))),
        };
        let closefd = match &p[6] {
            None => true,
            Some(v) => vm.is_true(v)?,
        };
        if !closefd && !matches!(file, Value::Int(_)) {
            return Err(vm.value_error("Cannot use closefd=False with file name"));
        }
        let file = match &p[7] {
            Some(opener) if !opener.is_none() => {
                let flags = mode_flags(&mode);
                let fd = vm.call(opener, Args::new(&[file.clone(), Value::Int(flags)]))?;
                match fd {
                    Value::Int(n) if n >= 0 => Value::Int(n),
                    Value::Int(n) => return Err(vm.value_error(&format!("opener returned {n}"))),
                    other => {
                        return Err(vm.type_error(&format!(
                            "expected integer from opener, not {}",
                            vm.type_name(&other)
                        )))
                    }
                }
            }
            _ => file,
        };
        let encoding = match &enc_name {
            Some(n) => Encoding::lookup(vm, n)?,
            None => Encoding::default_utf8(),
        };
        Ok(OpenParams {
            file,
            mode,
            buffering,
            encoding,
            encoding_given: enc_name.is_some(),
            errors_given: errors.is_some(),
            errors: errors.unwrap_or_else(|| "strict".to_string()),
            newline,
            newline_given: newline_s.is_some(),
            closefd,
        })
    }
}

/// The `os.open` flags an opener receives for `mode`.
fn mode_flags(mode: &str) -> i64 {
    let plus = mode.contains('+');
    let mut f = if plus {
        libc::O_RDWR
    } else if mode.contains('r') {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    if mode.contains('w') {
        f |= libc::O_CREAT | libc::O_TRUNC;
    }
    if mode.contains('a') {
        f |= libc::O_CREAT | libc::O_APPEND;
    }
    if mode.contains('x') {
        f |= libc::O_CREAT | libc::O_EXCL;
    }
    (f | libc::O_CLOEXEC) as i64
}

/// A parsed `mode`.
pub struct FileMode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub plus: bool,
    pub text: bool,
    /// What `f.mode` reports.
    pub display: String,
}

/// Validates `mode` with CPython's checks, in CPython's order.
pub fn parse_mode(vm: &mut Vm, p: &OpenParams) -> PyResult<FileMode> {
    let mode = &p.mode;
    let invalid = || vm.value_error(&format!("invalid mode: '{mode}'"));
    for (i, c) in mode.char_indices() {
        if !"xrwab+t".contains(c) || mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    let has = |c: char| mode.contains(c);
    let (read, write, append, create, plus) = (has('r'), has('w'), has('a'), has('x'), has('+'));
    let (text_flag, binary) = (has('t'), has('b'));
    if text_flag && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if read as u8 + write as u8 + append as u8 + create as u8 > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary && p.encoding_given {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && p.errors_given {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if binary && p.newline_given {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if !(read || write || append || create) {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let display = if !binary {
        mode.clone()
    } else if plus {
        if append {
            "ab+"
        } else if create {
            "xb+"
        } else {
            "rb+"
        }
        .to_string()
    } else if append {
        "ab".to_string()
    } else if create {
        "xb".to_string()
    } else if write {
        "wb".to_string()
    } else {
        "rb".to_string()
    };
    Ok(FileMode {
        read,
        write,
        append,
        create,
        plus,
        text: !binary,
        display,
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
/// opener=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = OpenParams::parse(vm, &args)?;
    let m = parse_mode(vm, &p)?;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(m.read || m.plus)
        .write(m.write || m.plus || m.append || m.create)
        .append(m.append);
    if m.write {
        opts.create(true).truncate(true);
    }
    if m.append {
        opts.create(true);
    }
    if m.create {
        opts.create_new(true);
    }
    let (file, orig_fd) = match &p.file {
        Value::Int(fd) => {
            // SAFETY: dup only duplicates the descriptor number the caller passed.
            let dup = unsafe { libc::dup(*fd as i32) };
            if dup < 0 {
                let e = std::io::Error::last_os_error();
                return Err(vm.os_error(&e));
            }
            // SAFETY: `dup` is a fresh descriptor that nothing else owns.
            let f = unsafe { File::from_raw_fd(dup) };
            (f, if p.closefd { Some(*fd as i32) } else { None })
        }
        other => {
            let path = crate::modules::builtins_misc::fspath(vm, other)?;
            let f = opts
                .open(&path)
                .map_err(|e| os_error_with_filename(vm, &e, p.file.clone()))?;
            if f.metadata().is_ok_and(|md| md.is_dir()) {
                let e = std::io::Error::from_raw_os_error(libc::EISDIR);
                return Err(os_error_with_filename(vm, &e, p.file.clone()));
            }
            (f, None)
        }
    };
    if m.text && p.buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    Ok(crate::objects::file::new_file(vm, file, orig_fd, &p, &m))
}
