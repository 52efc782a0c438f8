//! The `posix` module: the operating-system calls `os` (runtime/lib/os/__init__.py) is built
//! on. Paths arrive as `str` (`os` applies `fspath` first); errors are CPython's OSError
//! subclasses with `errno`, `strerror` and `filename`.

use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

use crate::object::PyRef;
use crate::objects::exc_methods::os_error_with_filename;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn path_arg(vm: &Vm, a: &Args, i: usize, func: &str) -> PyResult<String> {
    match a.args.get(i) {
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(&format!(
                "{func}: path should be string, bytes or os.PathLike, not {}",
                vm.type_name(v)
            ))),
        },
        None => Err(vm.type_error(&format!("{func}() missing required argument 'path'"))),
    }
}

fn int_arg(vm: &Vm, a: &Args, i: usize, default: i64) -> PyResult<i64> {
    match a.args.get(i) {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(v) => Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn fail(vm: &mut Vm, e: std::io::Error, path: &str) -> PyErr {
    let p = vm.new_str(path);
    os_error_with_filename(vm, &e, p)
}

fn getcwd(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().to_string())),
        Err(e) => Err(vm.os_error(&e)),
    }
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| fail(vm, e, &p))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = match a.args.first() {
        None | Some(Value::None) => ".".to_string(),
        _ => path_arg(vm, &a, 0, "listdir")?,
    };
    let rd = std::fs::read_dir(&p).map_err(|e| fail(vm, e, &p))?;
    let mut names = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| fail(vm, e, &p))?;
        let n = ent.file_name().to_string_lossy().to_string();
        names.push(vm.new_str(n));
    }
    Ok(vm.new_list(names))
}

fn environ(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let mut items = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().to_string());
        let v = vm.new_str(v.to_string_lossy().to_string());
        items.push(vm.new_tuple(vec![k, v]));
    }
    Ok(vm.new_list(items))
}

fn putenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0, "putenv")?;
    let v = path_arg(vm, &a, 1, "putenv")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0, "unsetenv")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

fn getpid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn unlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "remove")?;
    std::fs::remove_file(&p).map_err(|e| fail(vm, e, &p))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let src = path_arg(vm, &a, 0, "rename")?;
    let dst = path_arg(vm, &a, 1, "rename")?;
    if let Err(e) = std::fs::rename(&src, &dst) {
        let err = fail(vm, e, &src);
        let d = vm.new_str(dst);
        crate::modules::exc_members::set_member(vm, &err.0, "filename2", d);
        return Err(err);
    }
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "mkdir")?;
    let mode = int_arg(vm, &a, 1, 0o777)?;
    std::fs::create_dir(&p).map_err(|e| fail(vm, e, &p))?;
    if mode != 0o777 {
        let perm = std::fs::Permissions::from_mode(mode as u32 & 0o7777);
        let _ = std::fs::set_permissions(&p, perm);
    }
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| fail(vm, e, &p))?;
    Ok(Value::None)
}

/// `stat(path, follow_symlinks)`: a tuple (mode, ino, dev, nlink, uid, gid, size, atime,
/// mtime, ctime, atime_ns, mtime_ns, ctime_ns) that `os.stat_result` wraps.
fn stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "stat")?;
    let follow = match a.args.get(1) {
        None => true,
        Some(v) => vm.is_true(v)?,
    };
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| fail(vm, e, &p))?;
    let ns = |s: i64, n: i64| s * 1_000_000_000 + n;
    let items = vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        Value::Float(md.atime() as f64 + md.atime_nsec() as f64 / 1e9),
        Value::Float(md.mtime() as f64 + md.mtime_nsec() as f64 / 1e9),
        Value::Float(md.ctime() as f64 + md.ctime_nsec() as f64 / 1e9),
        Value::Int(ns(md.atime(), md.atime_nsec())),
        Value::Int(ns(md.mtime(), md.mtime_nsec())),
        Value::Int(ns(md.ctime(), md.ctime_nsec())),
    ];
    Ok(vm.new_tuple(items))
}

fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_arg(vm, &a, 0, 0)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.os_error(&e))?;
    Ok(vm.new_bytes(buf))
}

fn cpu_count(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn strerror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_arg(vm, &a, 0, 0)?;
    let e = std::io::Error::from_raw_os_error(n as i32);
    let s = e.to_string();
    let s = match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    };
    Ok(vm.new_str(s))
}

fn umask(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = int_arg(vm, &a, 0, 0)?;
    // SAFETY: umask only swaps the process file-creation mask; it cannot fail.
    let old = unsafe { libc::umask(m as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

/// Builds the module.
pub fn create(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("posix");
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("_environ_items", environ),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("getpid", getpid),
        ("getppid", getppid),
        ("unlink", unlink),
        ("remove", unlink),
        ("rename", rename),
        ("replace", rename),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("_stat", stat),
        ("urandom", urandom),
        ("cpu_count", cpu_count),
        ("strerror", strerror),
        ("umask", umask),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin_fn("posix", name, f);
        vm.module_set(&m, name, v);
    }
    m
}
