//! The operator dunders of `int`, `float` and `complex` (`int.__add__`, `float.__rtruediv__`,
//! `complex.__eq__`, ...) as built-in methods. Built-in operands never reach them (the
//! operators are native); they serve explicit calls and instances of user subclasses,
//! which go through the dunder protocol. Each checks `self`, returns NotImplemented for an
//! operand its type does not handle (`(5).__add__(2.0)`), and otherwise runs the native
//! kernel.

use crate::bytecode::opcodes::{binop, cmpop};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::numeric::args::{descriptor_error, slot_args};
use crate::vm::numeric::{as_float, as_int};
use crate::vm::{Args, PyResult, Vm};

/// Which built-in number type a dunder belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumKind {
    Int,
    Float,
    Complex,
}

impl NumKind {
    /// The type's name.
    pub fn name(self) -> &'static str {
        match self {
            NumKind::Int => "int",
            NumKind::Float => "float",
            NumKind::Complex => "complex",
        }
    }

    /// Whether `v` is an instance of this type (subclasses included).
    pub fn is_self(self, v: &Value) -> bool {
        match self {
            NumKind::Int => as_int(v).is_some(),
            NumKind::Float => as_float(v).is_some(),
            NumKind::Complex => matches!(v.payload(), Some(Payload::Complex { .. })),
        }
    }

    /// Whether this type's operators accept `v` as the other operand.
    pub fn accepts(self, v: &Value) -> bool {
        match self {
            NumKind::Int => as_int(v).is_some(),
            NumKind::Float => as_float(v).is_some() || as_int(v).is_some(),
            NumKind::Complex => NumKind::Float.accepts(v) || NumKind::Complex.is_self(v),
        }
    }
}

/// Checks `self` of a slot wrapper of `kind`.
pub fn check_self(vm: &Vm, args: &Args, kind: NumKind, name: &str) -> PyResult<()> {
    match args.args.first() {
        Some(v) if kind.is_self(v) => Ok(()),
        _ => Err(descriptor_error(vm, args, kind.name(), name, true)),
    }
}

/// `self.__op__(other)` or, `reflected`, `self.__rop__(other)`, for operator `op`.
pub fn num_binop(
    vm: &mut Vm,
    args: Args,
    kind: NumKind,
    op: u32,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    check_self(vm, &args, kind, name)?;
    if op == binop::POWER {
        let got = args.args.len() - 1;
        if !args.kwnames.is_empty() {
            return Err(vm.type_error(&format!("wrapper {name}() takes no keyword arguments")));
        }
        if got == 0 {
            return Err(vm.type_error(" expected at least 1 argument, got 0"));
        }
        if got > 2 {
            return Err(vm.type_error(&format!(" expected at most 2 arguments, got {got}")));
        }
    } else {
        slot_args(vm, &args, name, 1)?;
    }
    let (s, other) = (&args.args[0], &args.args[1]);
    if !kind.accepts(other) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = if reflected { (other, s) } else { (s, other) };
    if let Some(m) = args.args.get(2).filter(|m| !m.is_none()) {
        return match kind {
            NumKind::Int => match (as_int(a), as_int(b), as_int(m)) {
                (Some(x), Some(y), Some(z)) => vm.int_pow_mod(x, y, z),
                _ => Ok(vm.not_implemented()),
            },
            NumKind::Float => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            NumKind::Complex => Err(vm.value_error("complex modulo")),
        };
    }
    match kind {
        NumKind::Int => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => vm.int_binop(x, y, op),
            _ => Ok(vm.not_implemented()),
        },
        NumKind::Float => {
            let x = vm.num_to_f64(a).unwrap_or(Ok(0.0))?;
            let y = vm.num_to_f64(b).unwrap_or(Ok(0.0))?;
            vm.float_binop(x, y, op)
        }
        NumKind::Complex => match crate::objects::complex::complex_binop(vm, a, b, op)? {
            Some(r) => Ok(r),
            None => Ok(vm.not_implemented()),
        },
    }
}

/// `self.__divmod__(other)` / `self.__rdivmod__(other)`.
pub fn num_divmod(
    vm: &mut Vm,
    args: Args,
    kind: NumKind,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    check_self(vm, &args, kind, name)?;
    slot_args(vm, &args, name, 1)?;
    let (s, other) = (&args.args[0], &args.args[1]);
    if !kind.accepts(other) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = if reflected { (other, s) } else { (s, other) };
    Ok(vm
        .divmod_native(a, b)?
        .unwrap_or_else(|| vm.not_implemented()))
}

/// `self.__lt__(other)` and the other comparisons.
pub fn num_compare(vm: &mut Vm, args: Args, kind: NumKind, op: u32, name: &str) -> PyResult<Value> {
    check_self(vm, &args, kind, name)?;
    slot_args(vm, &args, name, 1)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if !kind.accepts(b) {
        return Ok(vm.not_implemented());
    }
    if kind == NumKind::Complex {
        if op != cmpop::EQ && op != cmpop::NE {
            return Ok(vm.not_implemented());
        }
        let eq = crate::objects::complex::complex_eq(a, b);
        return Ok(Value::Bool(eq == (op == cmpop::EQ)));
    }
    match vm.native_compare(a, b, op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.not_implemented()),
    }
}

/// Defines the operator dunders of a number type as `NativeFn`s and a table
/// `$table: &[(&str, NativeFn)]` of them for `Vm::add_methods`.
macro_rules! num_dunders {
    ($kind:expr, $table:ident;
     binops: [$($bf:ident = $bname:literal, $bop:ident, $brefl:literal;)*]
     divmod: [$($df:ident = $dname:literal, $drefl:literal;)*]
     compare: [$($cf:ident = $cname:literal, $cop:ident;)*]) => {
        $(fn $bf(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::vm::numeric::dunders::num_binop(vm, args, $kind, $crate::bytecode::opcodes::binop::$bop, $brefl, $bname)
        })*
        $(fn $df(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::vm::numeric::dunders::num_divmod(vm, args, $kind, $drefl, $dname)
        })*
        $(fn $cf(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $crate::vm::numeric::dunders::num_compare(vm, args, $kind, $crate::bytecode::opcodes::cmpop::$cop, $cname)
        })*
        const $table: &[(&str, $crate::objects::function::NativeFn)] =
            &[$(($bname, $bf),)* $(($dname, $df),)* $(($cname, $cf),)*];
    };
}

pub(crate) use num_dunders;
