//! Exception instances: `args`, the traceback chain, `__cause__`, `__context__`.
//!
//! The exception *types* are ordinary type objects built at start-up (`vm/exctypes.rs`);
//! every instance of them carries this payload.

use std::cell::{Cell, RefCell};

use crate::value::Value;

/// The data of an exception instance (= `PyBaseExceptionObject`).
pub struct ExcData {
    /// `args`: a tuple.
    pub args: RefCell<Value>,
    /// `__traceback__`: a traceback object or None.
    pub traceback: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Extra per-type data (`StopIteration.value`, `SystemExit.code`, `OSError.errno`, the
    /// `SyntaxError` fields, `KeyError`'s key ...), kept in the instance dict by name.
    pub notes: RefCell<Value>,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: RefCell::new(args),
            traceback: RefCell::new(Value::None),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            notes: RefCell::new(Value::None),
        }
    }
}
