//! Built-in object types: one file per type (its data and methods), as CPython's `Objects/`.

pub mod bytearray_methods;
pub mod bytes;
pub mod bytes_methods;
pub mod code;
pub mod codecs;
pub mod complex;
pub mod complex_methods;
pub mod coroutine;
pub mod descriptors;
pub mod dict;
pub mod dict_methods;
pub mod dictobj;
pub mod exc_methods;
pub mod exceptions;
pub mod excgroup;
pub mod file;
pub mod float;
pub mod format;
pub mod frameobj;
pub mod func_methods;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod iter_types;
pub mod list;
pub mod memoryview;
pub mod object_methods;
pub mod range;
pub mod range_methods;
pub mod seqops;
pub mod set;
pub mod set_methods;
pub mod str;
pub mod str_dunders;
pub mod str_format;
pub mod str_methods;
pub mod text_args;
pub mod tuple;
pub mod typeobj;
pub mod weakref;

use crate::vm::Vm;

/// Registers the methods of every built-in type (called once at start-up).
pub fn register_all(vm: &mut Vm) {
    crate::vm::classes::register(vm);
    object_methods::register(vm);
    descriptors::register(vm);
    int::register(vm);
    float::register(vm);
    complex_methods::register(vm);
    str_methods::register(vm);
    bytes_methods::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict_methods::register(vm);
    set_methods::register(vm);
    range_methods::register(vm);
    iter_types::register(vm);
    exc_methods::register(vm);
    func_methods::register(vm);
    coroutine::register(vm);
    excgroup::register(vm);
    file::register(vm);
}
