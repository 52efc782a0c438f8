//! The built-in exception hierarchy (= CPython's `Objects/exceptions.c` type table).

use crate::object::PyRef;
use crate::objects::typeobj::{Layout, TF_BASETYPE, TF_EXCEPTION, TF_HAS_DICT};
use crate::vm::types::Types;

macro_rules! exc_table {
    ($( $field:ident = $name:literal : $base:ident ),* $(,)?) => {
        /// Every built-in exception type.
        pub struct ExcTypes {
            pub base_exception: PyRef,
            $(pub $field: PyRef,)*
        }

        impl ExcTypes {
            /// Creates the hierarchy.
            pub fn new(types: &Types) -> ExcTypes {
                let mk = |name: &str, base: &PyRef| {
                    let ns = PyRef::new(&types.dict, crate::object::Payload::Dict(Default::default()));
                    let t = PyRef::new(
                        &types.type_,
                        crate::object::Payload::Type(Box::new(crate::objects::typeobj::TypeData::new(
                            name, ns, Layout::Exception, TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT,
                        ))),
                    );
                    let td = t.type_data_of_self();
                    td.bases.borrow_mut().push(base.clone());
                    let mut mro = vec![t.clone()];
                    mro.extend(base.type_data_of_self().mro.borrow().iter().cloned());
                    *td.mro.borrow_mut() = mro;
                    base.type_data_of_self().subclasses.borrow_mut().push(t.as_ptr());
                    t.make_immortal();
                    t
                };
                let base_exception = mk("BaseException", &types.object);
                $( let $field = mk($name, &exc_table!(@base base_exception $base)); )*
                ExcTypes { base_exception, $($field,)* }
            }

            /// `(name, type)` for every exception type, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, PyRef)> {
                let mut v = vec![("BaseException", self.base_exception.clone())];
                $( v.push(($name, self.$field.clone())); )*
                v
            }
        }
    };
    (@base $be:ident base_exception) => { $be };
    (@base $be:ident $base:ident) => { $base };
}

exc_table! {
    system_exit = "SystemExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    exception = "Exception": base_exception,
    base_exception_group = "BaseExceptionGroup": base_exception,
    exception_group = "ExceptionGroup": base_exception_group,
    stop_iteration = "StopIteration": exception,
    stop_async_iteration = "StopAsyncIteration": exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    file_exists_error = "FileExistsError": os_error,
    file_not_found_error = "FileNotFoundError": os_error,
    interrupted_error = "InterruptedError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    permission_error = "PermissionError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    timeout_error = "TimeoutError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    warning = "Warning": exception,
    deprecation_warning = "DeprecationWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    user_warning = "UserWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    bytes_warning = "BytesWarning": warning,
    resource_warning = "ResourceWarning": warning,
    encoding_warning = "EncodingWarning": warning,
}

impl crate::object::Obj {
    /// The type data of this object when it is itself a type object.
    pub fn type_data_of_self(&self) -> &crate::objects::typeobj::TypeData {
        crate::objects::typeobj::tdata(self)
    }
}
