//! Argument checking for the number types' methods and the numeric built-ins, with CPython
//! 3.11's exact messages for each calling convention: Argument Clinic functions
//! (`round()`, `int.to_bytes()`), `METH_NOARGS`/`METH_O` methods (`int.bit_length()`),
//! slot wrappers (`int.__add__`), and the "descriptor doesn't apply" errors.

use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// An Argument Clinic signature: `names` in order; the first `posonly` are positional-only,
/// the first `maxpos` may be given by position (the rest are keyword-only), and the first
/// `required` must be given.
pub struct Clinic<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Clinic<'_> {
    /// Binds `args` to the parameters (= `_PyArg_UnpackKeywords`). `None` marks a parameter
    /// that was not given.
    pub fn bind(&self, vm: &Vm, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let pos = args.pos();
        let nargs = pos.len();
        let nkw = args.kwnames.len();
        let maxargs = self.names.len();
        let fname = self.fname;
        let mut out: Vec<Option<Value>> = vec![None; maxargs];
        if nkw == 0 && self.required <= nargs && nargs <= self.maxpos {
            for (slot, v) in out.iter_mut().zip(pos) {
                *slot = Some(v.clone());
            }
            return Ok(out);
        }
        if nargs + nkw > maxargs {
            let kw = if nargs == 0 { "keyword " } else { "" };
            return Err(vm.type_error(&format!(
                "{fname}() takes at most {maxargs} {kw}argument{} ({} given)",
                plural(maxargs),
                nargs + nkw
            )));
        }
        if nargs > self.maxpos {
            if self.maxpos == 0 {
                return Err(vm.type_error(&format!("{fname}() takes no positional arguments")));
            }
            let how = if self.required < self.maxpos {
                "at most"
            } else {
                "exactly"
            };
            return Err(vm.type_error(&format!(
                "{fname}() takes {how} {} positional argument{} ({nargs} given)",
                self.maxpos,
                plural(self.maxpos)
            )));
        }
        let minposonly = self.required.min(self.posonly);
        if nargs < minposonly {
            let how = if minposonly < self.maxpos {
                "at least"
            } else {
                "exactly"
            };
            return Err(vm.type_error(&format!(
                "{fname}() takes {how} {minposonly} positional argument{} ({nargs} given)",
                plural(minposonly)
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        let start = self.posonly.max(nargs);
        for (i, (slot, name)) in out.iter_mut().zip(self.names).enumerate().skip(start) {
            if let Some(v) = args.kwarg(name) {
                *slot = Some(v.clone());
            } else if i < self.required {
                return Err(vm.type_error(&format!(
                    "{fname}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
        }
        if nkw > 0 {
            for i in self.posonly..nargs {
                if args.kwarg(self.names[i]).is_some() {
                    return Err(vm.type_error(&format!(
                        "argument for {fname}() given by name ('{}') and position ({})",
                        self.names[i],
                        i + 1
                    )));
                }
            }
            for (k, _) in args.kw() {
                if !self.names[self.posonly..].contains(&k) {
                    return Err(vm.type_error(&format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
        Ok(out)
    }
}

/// The error for a method of type `ty` called on the wrong kind of object, or on nothing
/// (`int.bit_length('x')`, `int.__add__()`).
pub fn descriptor_error(vm: &Vm, args: &Args, ty: &str, name: &str, slot: bool) -> PyErr {
    match (args.args.first(), slot) {
        (None, true) => vm.type_error(&format!(
            "descriptor '{name}' of '{ty}' object needs an argument"
        )),
        (None, false) => vm.type_error(&format!("unbound method {ty}.{name}() needs an argument")),
        (Some(v), true) => vm.type_error(&format!(
            "descriptor '{name}' requires a '{ty}' object but received a '{}'",
            vm.type_name(v)
        )),
        (Some(v), false) => vm.type_error(&format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

/// A `METH_NOARGS` method: `int.bit_length() takes no arguments (1 given)`.
pub fn noargs(vm: &Vm, args: &Args, ty: &str, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{ty}.{name}() takes no keyword arguments")));
    }
    let n = args.args.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(&format!("{ty}.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A `METH_O` method: `int.__format__() takes exactly one argument (0 given)`.
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, ty: &str, name: &str) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{ty}.{name}() takes no keyword arguments")));
    }
    let n = args.args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(&format!(
            "{ty}.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(&args.args[1])
}

/// A slot wrapper taking exactly `n` arguments besides `self`: `expected 1 argument, got 2`.
pub fn slot_args(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = args.args.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(&format!("expected {n} argument{}, got {got}", plural(n))));
    }
    Ok(())
}

/// `PyArg_UnpackTuple(args, name, min, max)` on the arguments after `self`:
/// `__round__ expected at most 1 argument, got 2`.
pub fn unpack_range(vm: &Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let got = args.args.len().saturating_sub(1);
    if got < min {
        return Err(vm.type_error(&format!(
            "{name} expected at least {min} argument{}, got {got}",
            plural(min)
        )));
    }
    if got > max {
        return Err(vm.type_error(&format!(
            "{name} expected at most {max} argument{}, got {got}",
            plural(max)
        )));
    }
    Ok(())
}
