//! The built-in type objects, created once at start-up.
//!
//! Bootstrap order matters: `type`, `object` and `dict` refer to each other (every type's
//! namespace is a dict, every dict's type is `dict`, every type's type is `type`), so their
//! namespaces are created before `dict` exists and re-typed right after.

use crate::object::{Payload, PyRef};
use crate::objects::dict::Dict;
use crate::objects::function::{BuiltinFn, BuiltinKind, NativeFn};
use crate::objects::typeobj::{Layout, TypeData, TF_BASETYPE, TF_HAS_DICT};
use crate::value::Value;
use crate::vm::Vm;

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        /// Every built-in type object.
        pub struct Types {
            pub type_: PyRef,
            pub object: PyRef,
            pub dict: PyRef,
            $(pub $field: PyRef,)*
        }
    };
}

types_struct!(
    int,
    bool,
    float,
    complex,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin_function,
    method,
    code,
    module,
    cell,
    none_type,
    not_implemented_type,
    ellipsis_type,
    generator,
    coroutine,
    coroutine_wrapper,
    async_generator,
    async_generator_asend,
    property,
    staticmethod,
    classmethod,
    super_,
    dict_keys,
    dict_values,
    dict_items,
    list_iterator,
    list_reverseiterator,
    tuple_iterator,
    range_iterator,
    str_iterator,
    bytes_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    set_iterator,
    seq_iterator,
    callable_iterator,
    enumerate,
    zip,
    map,
    filter,
    reversed,
    traceback,
    frame,
    native,
    method_descriptor,
    generic_alias,
);

fn new_type(
    type_: &PyRef,
    dict_ty: &PyRef,
    name: &str,
    base: Option<&PyRef>,
    layout: Layout,
    flags: u32,
) -> PyRef {
    let ns = PyRef::new(dict_ty, Payload::Dict(Dict::new().into()));
    let t = PyRef::new(
        type_,
        Payload::Type(Box::new(TypeData::new(name, ns, layout, flags))),
    );
    init_hierarchy(&t, base);
    t.make_immortal();
    t
}

fn init_hierarchy(t: &PyRef, base: Option<&PyRef>) {
    let Payload::Type(td) = &t.payload else {
        unreachable!()
    };
    let mut mro = vec![t.clone()];
    if let Some(b) = base {
        td.bases.borrow_mut().push(b.clone());
        if let Payload::Type(bt) = &b.payload {
            mro.extend(bt.mro.borrow().iter().cloned());
            bt.subclasses.borrow_mut().push(t.as_ptr());
        }
    }
    *td.mro.borrow_mut() = mro;
}

impl Types {
    /// Creates all built-in types (their namespaces are filled by [`populate`]).
    pub fn bootstrap() -> Types {
        let type_ns = PyRef::new_self_typed(Payload::Dict(Dict::new().into()));
        let type_ = PyRef::new_self_typed(Payload::Type(Box::new(TypeData::new(
            "type",
            type_ns.clone(),
            Layout::Type,
            TF_BASETYPE,
        ))));
        let object_ns = PyRef::new_self_typed(Payload::Dict(Dict::new().into()));
        let object = PyRef::new(
            &type_,
            Payload::Type(Box::new(TypeData::new(
                "object",
                object_ns.clone(),
                Layout::Object,
                TF_BASETYPE,
            ))),
        );
        object.make_immortal();
        init_hierarchy(&object, None);
        let dict_ns = PyRef::new_self_typed(Payload::Dict(Dict::new().into()));
        let dict = PyRef::new(
            &type_,
            Payload::Type(Box::new(TypeData::new(
                "dict",
                dict_ns.clone(),
                Layout::Dict,
                TF_BASETYPE,
            ))),
        );
        dict.make_immortal();
        init_hierarchy(&dict, Some(&object));
        init_hierarchy(&type_, Some(&object));
        for ns in [&type_ns, &object_ns, &dict_ns] {
            ns.set_type(&dict);
        }
        let b = |name: &str, layout: Layout| {
            new_type(&type_, &dict, name, Some(&object), layout, TF_BASETYPE)
        };
        let f = |name: &str| new_type(&type_, &dict, name, Some(&object), Layout::Internal, 0);
        let int = b("int", Layout::Int);
        let bool_ = new_type(&type_, &dict, "bool", Some(&int), Layout::Bool, 0);
        let function = f("function");
        function.type_data().set_flag(TF_HAS_DICT, true);
        Types {
            int,
            bool: bool_,
            float: b("float", Layout::Float),
            complex: b("complex", Layout::Complex),
            str: b("str", Layout::Str),
            bytes: b("bytes", Layout::Bytes),
            bytearray: b("bytearray", Layout::ByteArray),
            list: b("list", Layout::List),
            tuple: b("tuple", Layout::Tuple),
            set: b("set", Layout::Set),
            frozenset: b("frozenset", Layout::FrozenSet),
            range: f("range"),
            slice: f("slice"),
            function,
            builtin_function: f("builtin_function_or_method"),
            method: f("method"),
            code: f("code"),
            module: new_type(
                &type_,
                &dict,
                "module",
                Some(&object),
                Layout::Module,
                TF_BASETYPE | TF_HAS_DICT,
            ),
            cell: f("cell"),
            none_type: f("NoneType"),
            not_implemented_type: f("NotImplementedType"),
            ellipsis_type: f("ellipsis"),
            generator: f("generator"),
            coroutine: f("coroutine"),
            coroutine_wrapper: f("coroutine_wrapper"),
            async_generator: f("async_generator"),
            async_generator_asend: f("async_generator_asend"),
            property: b("property", Layout::Internal),
            staticmethod: b("staticmethod", Layout::Internal),
            classmethod: b("classmethod", Layout::Internal),
            super_: b("super", Layout::Internal),
            dict_keys: f("dict_keys"),
            dict_values: f("dict_values"),
            dict_items: f("dict_items"),
            list_iterator: f("list_iterator"),
            list_reverseiterator: f("list_reverseiterator"),
            tuple_iterator: f("tuple_iterator"),
            range_iterator: f("range_iterator"),
            str_iterator: f("str_ascii_iterator"),
            bytes_iterator: f("bytes_iterator"),
            dict_keyiterator: f("dict_keyiterator"),
            dict_valueiterator: f("dict_valueiterator"),
            dict_itemiterator: f("dict_itemiterator"),
            set_iterator: f("set_iterator"),
            seq_iterator: f("iterator"),
            callable_iterator: f("callable_iterator"),
            enumerate: b("enumerate", Layout::Internal),
            zip: b("zip", Layout::Internal),
            map: b("map", Layout::Internal),
            filter: b("filter", Layout::Internal),
            reversed: b("reversed", Layout::Internal),
            traceback: f("traceback"),
            frame: f("frame"),
            native: f("object"),
            method_descriptor: f("method_descriptor"),
            generic_alias: f("types.GenericAlias"),
            type_,
            object,
            dict,
        }
    }
}

impl Vm {
    /// Creates a new built-in type deriving from `base` (used by modules for their own types).
    pub fn new_builtin_type(
        &mut self,
        name: &str,
        base: &PyRef,
        layout: Layout,
        flags: u32,
    ) -> PyRef {
        new_type(
            &self.types.type_,
            &self.types.dict,
            name,
            Some(base),
            layout,
            flags,
        )
    }

    /// Puts built-in methods into a type's namespace.
    pub fn add_methods(
        &mut self,
        ty: &PyRef,
        owner: &'static str,
        methods: &[(&'static str, NativeFn)],
    ) {
        for &(name, func) in methods {
            self.add_builtin(ty, owner, name, func, BuiltinKind::Method);
        }
    }

    /// Puts one built-in of the given kind into a type's namespace.
    pub fn add_builtin(
        &mut self,
        ty: &PyRef,
        owner: &'static str,
        name: &'static str,
        func: NativeFn,
        kind: BuiltinKind,
    ) {
        let f = PyRef::new(
            &self.types.builtin_function,
            Payload::Builtin(Box::new(BuiltinFn {
                name,
                func,
                kind,
                self_: Value::Undef,
                owner,
                doc: None,
            })),
        );
        let key = Value::Obj(self.intern(name));
        let ns = ty.type_data_of_self().dict.clone();
        let _ = ty;
        crate::vm::ops::dict_set_str(self, &ns, key, Value::Obj(f));
        if let Payload::Type(t) = &ty.payload {
            t.invalidate();
        }
    }

    /// A new built-in function object (module-level function).
    pub fn new_builtin_fn(
        &mut self,
        owner: &'static str,
        name: &'static str,
        func: NativeFn,
    ) -> Value {
        Value::Obj(PyRef::new(
            &self.types.builtin_function,
            Payload::Builtin(Box::new(BuiltinFn {
                name,
                func,
                kind: BuiltinKind::Function,
                self_: Value::Undef,
                owner,
                doc: None,
            })),
        ))
    }

    /// Sets `name` in a type's namespace.
    pub fn set_type_attr(&mut self, ty: &PyRef, name: &str, value: Value) {
        let key = Value::Obj(self.intern(name));
        let ns = ty.type_data_of_self().dict.clone();
        crate::vm::ops::dict_set_str(self, &ns, key, value);
        ty.type_data_of_self().invalidate();
    }
}

/// Fills the built-in types' namespaces (each object module registers its methods).
pub fn populate(vm: &mut Vm) {
    crate::objects::register_all(vm);
}
