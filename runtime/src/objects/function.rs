//! Python functions (`def`, `lambda`) and built-in functions.
//!
//! A `FunctionData` is what MAKE_FUNCTION builds: the code object, the globals it runs in, its
//! defaults and closure cells (= CPython's `PyFunctionObject`). A `BuiltinFn` wraps a Rust
//! function; when it sits in a type's namespace it acts as a method descriptor and binds
//! `self` on attribute access.

use std::cell::{Cell, RefCell};

use crate::object::PyRef;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The data of a Python function object.
pub struct FunctionData {
    /// The code object (`__code__`), a `Payload::Code` object.
    pub code: RefCell<PyRef>,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// `__defaults__`: a tuple or None.
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: RefCell<Value>,
    /// Closure cells, in `co_freevars` order.
    pub closure: Option<Box<[PyRef]>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
    /// Changes whenever `__code__` or `__defaults__` change (CALL caches guard on it).
    pub version: Cell<u32>,
}

/// Signature of a built-in implemented in Rust. For methods, `args.args[0]` is `self`.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// How a built-in binds when found on a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A module-level function: never binds.
    Function,
    /// An instance method: binds the instance.
    Method,
    /// A class method (e.g. `dict.fromkeys`): binds the class.
    ClassMethod,
    /// A static method (e.g. `str.maketrans`).
    StaticMethod,
}

/// A built-in function or method.
pub struct BuiltinFn {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The bound object for a bound built-in method (`[].append`), or Undef.
    pub self_: Value,
    /// The owning type's name (for `<method 'append' of 'list' objects>`), or module name.
    pub owner: &'static str,
    pub doc: Option<&'static str>,
}
