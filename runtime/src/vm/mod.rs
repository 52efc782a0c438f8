//! The interpreter state and the core API every built-in uses.
//!
//! [`Vm`] is one thread's interpreter: the built-in types, the frame stack and value arena,
//! the handled-exception state, `sys.modules`, and the tier-2 hook. Every operation that can
//! fail returns [`PyResult`]; the error is the exception instance ([`PyErr`]).
//!
//! Calling convention for built-ins (= CPython's vectorcall): [`Args`] holds the positional
//! and keyword values in one slice; the last `kwnames.len()` of them are keyword arguments.

pub mod attr;
pub mod builtins_mod;
pub mod call;
pub mod classes;
pub mod compile;
pub mod containers;
pub mod errors;
pub mod eval;
pub mod exctypes;
pub mod frame;
pub mod getset;
pub mod import;
pub mod jit_support;
pub mod matching;
pub mod misc;
pub mod names;
pub mod numeric;
pub mod ops;
pub mod repr;
pub mod signals;
pub mod specialize;
pub mod suggest;
pub mod types;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{Payload, PyRef};
use crate::objects::dict::Dict;
use crate::objects::str::StrData;
use crate::value::Value;

pub use exctypes::ExcTypes;
pub use frame::{Arena, Frame};
pub use types::Types;

/// A raised exception: the exception instance.
pub struct PyErr(pub PyRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.type_name())
    }
}

/// Result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Arguments of a call: positional values followed by keyword values named by `kwnames`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// `(name, value)` pairs of the keyword arguments.
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let n = self.args.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .map(|k| k.as_str().unwrap_or(""))
            .zip(self.args[n..].iter())
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Positional argument `i`, or keyword `name`.
    pub fn get(&self, i: usize, name: &str) -> Option<&'a Value> {
        self.pos().get(i).or_else(|| self.kwarg(name))
    }
}

/// The JIT mode the user asked for (`-X jit=...`, `PYTHON_JIT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    Off,
    On,
    Eager,
}

/// Start-up options.
#[derive(Clone, Debug)]
pub struct Config {
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub jit: JitMode,
    pub jit_threshold: u32,
    pub jit_stress: bool,
    pub unbuffered: bool,
    pub interactive: bool,
    pub xoptions: Vec<(String, Option<String>)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            argv: vec![String::new()],
            path: Vec::new(),
            jit: JitMode::Off,
            jit_threshold: 1000,
            jit_stress: false,
            unbuffered: false,
            interactive: false,
            xoptions: Vec::new(),
        }
    }
}

/// What tier 2 offers the interpreter (installed by the `heron` binary; the runtime never
/// depends on Cranelift).
///
/// Both hooks run compiled code for the frame `fi` on top of the frame stack and report:
/// `None`: continue interpreting from the frame's saved `ip`/`sp` (which tier 2 may have
/// changed: a deoptimization writes the state compiled code reached into the frame);
/// `Some(Ok(v))`: the frame returned `v` (the eval loop pops it); `Some(Err(e))`: the
/// frame raised `e` at its saved `lasti` (the eval loop unwinds it, adding the traceback entry
/// for this frame).
pub trait Tier2 {
    /// Function entry (RESUME 0) of frame `fi`, whose arguments are bound; `calls` is the code
    /// object's call count.
    fn on_entry(&self, vm: &mut Vm, fi: usize, calls: u32) -> Option<PyResult<Value>>;
    /// A loop back-edge to word `target` of frame `fi` was taken after the code object's
    /// back-edge count passed the threshold (on-stack replacement).
    fn on_backedge(&self, vm: &mut Vm, fi: usize, target: usize) -> Option<PyResult<Value>>;
    /// Generator frame `fi` was resumed after a yield (its RESUME ran); `target` is the word
    /// after that RESUME.
    fn on_resume(&self, vm: &mut Vm, fi: usize, target: usize) -> Option<PyResult<Value>>;
    /// Statistics lines for `-X jit-stats`.
    fn stats(&self) -> Vec<String>;
    /// The record compiled code keeps its per-thread state in (null if none); the GIL saves
    /// and restores its per-thread fields on a thread switch.
    fn thread_record(&self) -> *mut jit_support::JitThread {
        std::ptr::null_mut()
    }
}

/// Slots of the direct-mapped cache of [`Vm::intern_static`] (a power of two).
const STATIC_NAME_SLOTS: usize = 256;

/// One thread's interpreter.
pub struct Vm {
    pub types: Types,
    pub exc: ExcTypes,
    pub config: Config,
    /// The `builtins` module's dict.
    pub builtins: PyRef,
    pub builtins_module: PyRef,
    /// `sys.modules`.
    pub modules: PyRef,
    pub sys_module: Option<PyRef>,
    pub frames: Vec<Frame>,
    pub arena: Arena,
    pub recursion_limit: usize,
    /// Rust-level re-entries into the eval loop (bounded separately).
    pub native_depth: usize,
    /// The exception being handled (`sys.exc_info()`), None if none.
    pub handled: Value,
    /// Interned strings (a fast non-keyed hash: the keys are identifiers and attribute names
    /// that `lookup_special` and friends intern on every call).
    interned: rustc_hash::FxHashMap<Box<str>, PyRef>,
    /// [`Vm::intern_static`]'s memo: a Rust string literal's address and length to its
    /// interned str, so hot paths naming a dunder do not hash and compare its text.
    interned_static: rustc_hash::FxHashMap<(usize, usize), PyRef>,
    /// A direct-mapped cache in front of `interned_static`: (address, length, name).
    static_names: Box<[(usize, usize, Option<PyRef>)]>,
    pub empty_tuple: PyRef,
    pub empty_str: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub tier2: Option<Rc<dyn Tier2>>,
    /// Source text of files, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    /// Statistics of the specialising interpreter.
    pub stats: specialize::Stats,
    /// The method cache: (type version, name pointer) -> lookup result.
    pub(crate) mcache: Vec<attr::CacheEntry>,
    /// Buffered bytes for the process's stdout (flushed at exit, on newline when
    /// unbuffered or interactive, and before anything reads stdin).
    pub out: Vec<u8>,
    /// The original `sys.stdout` object (writes to it take the buffered fast path).
    pub stdout_obj: Option<PyRef>,
    /// An exception to raise at the resumption point of the frame being resumed
    /// (`generator.throw`).
    pub pending_throw: Option<PyErr>,
    /// Objects whose repr is in progress (recursive containers print `[...]`).
    pub repr_stack: Vec<usize>,
    /// Built-in modules provided by other crates (the JIT's `heron` module): name and
    /// constructor, consulted by `import` after the runtime's own.
    pub native_modules: Vec<(&'static str, NativeModuleInit)>,
}

/// Constructor of a built-in module provided by another crate.
pub type NativeModuleInit = fn(&mut Vm) -> PyRef;

impl Vm {
    /// Builds an interpreter: types, exceptions, the builtins and sys modules.
    pub fn new(config: Config) -> Box<Vm> {
        let types = Types::bootstrap();
        let exc = ExcTypes::new(&types);
        let empty_tuple = PyRef::new(&types.tuple, Payload::Tuple(Box::new([])));
        empty_tuple.make_immortal();
        let empty_str = PyRef::new(&types.str, Payload::Str(StrData::new("")));
        empty_str.make_immortal();
        let not_implemented = PyRef::new(&types.not_implemented_type, Payload::NotImplemented);
        not_implemented.make_immortal();
        let ellipsis = PyRef::new(&types.ellipsis_type, Payload::Ellipsis);
        ellipsis.make_immortal();
        let builtins = PyRef::new(&types.dict, Payload::Dict(Default::default()));
        let modules = PyRef::new(&types.dict, Payload::Dict(Default::default()));
        let builtins_module = PyRef::new(
            &types.module,
            Payload::Module {
                name: Value::None.into(),
            },
        );
        let mut vm = Box::new(Vm {
            types,
            exc,
            config,
            builtins,
            builtins_module,
            modules,
            sys_module: None,
            frames: Vec::with_capacity(256),
            arena: Arena::new(),
            recursion_limit: 1000,
            native_depth: 0,
            handled: Value::None,
            interned: rustc_hash::FxHashMap::default(),
            interned_static: rustc_hash::FxHashMap::default(),
            static_names: vec![(0, 0, None); STATIC_NAME_SLOTS].into_boxed_slice(),
            empty_tuple,
            empty_str,
            not_implemented,
            ellipsis,
            tier2: None,
            sources: HashMap::new(),
            stats: Default::default(),
            mcache: vec![attr::CacheEntry::default(); attr::MCACHE_SIZE],
            out: Vec::with_capacity(1 << 16),
            stdout_obj: None,
            pending_throw: None,
            repr_stack: Vec::new(),
            native_modules: Vec::new(),
        });
        types::populate(&mut vm);
        builtins_mod::init(&mut vm);
        crate::modules::init(&mut vm);
        vm
    }

    // ---- constructors ----

    /// An interned str (identifiers, attribute names): one object per distinct text.
    pub fn intern(&mut self, s: &str) -> PyRef {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = PyRef::new(&self.types.str, Payload::Str(StrData::new(s)));
        r.make_immortal();
        self.interned.insert(s.into(), r.clone());
        r
    }

    /// [`Vm::intern`] for a string literal, found by its address instead of its text.
    #[inline]
    pub fn intern_static(&mut self, s: &'static str) -> PyRef {
        let key = (s.as_ptr() as usize, s.len());
        let slot = (key.0 >> 3 ^ key.1) & (STATIC_NAME_SLOTS - 1);
        if let (a, n, Some(r)) = &self.static_names[slot] {
            if (*a, *n) == key {
                return r.clone();
            }
        }
        let r = match self.interned_static.get(&key) {
            Some(r) => r.clone(),
            None => {
                let r = self.intern(s);
                self.interned_static.insert(key, r.clone());
                r
            }
        };
        self.static_names[slot] = (key.0, key.1, Some(r.clone()));
        r
    }

    /// A new str value.
    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        let s: Box<str> = s.into();
        if s.is_empty() {
            return Value::Obj(self.empty_str.clone());
        }
        if s.len() == 1 {
            return Value::Obj(self.intern(&s));
        }
        Value::Obj(PyRef::new(&self.types.str, Payload::Str(StrData::new(s))))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        Value::Obj(PyRef::new(
            &self.types.tuple,
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyRef::new(&self.types.list, Payload::List(items.into())))
    }

    pub fn new_dict_ref(&self) -> PyRef {
        PyRef::new(&self.types.dict, Payload::Dict(Dict::new().into()))
    }

    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_ref())
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(PyRef::new(
            &self.types.bytes,
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }

    pub fn new_float(&self, f: f64) -> Value {
        Value::Float(f)
    }

    /// An int from a big integer, in canonical form (inline when it fits in i64).
    pub fn new_int(&self, i: BigInt) -> Value {
        match i.to_i64() {
            Some(v) => Value::Int(v),
            None => Value::Obj(PyRef::new(&self.types.int, Payload::Int(i))),
        }
    }

    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.not_implemented.clone())
    }

    /// The type object of any value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> PyRef {
        match v {
            Value::Obj(o) => o.type_ref(),
            Value::None => self.types.none_type.clone(),
            Value::Bool(_) => self.types.bool.clone(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Undef => self.types.none_type.clone(),
        }
    }

    /// The type name of any value (for messages).
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Obj(o) => o.type_name(),
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Undef => "NULL".into(),
        }
    }

    /// Source text of a file, cached (tracebacks print source lines).
    pub fn source_of(&mut self, filename: &str) -> Option<Rc<str>> {
        if let Some(s) = self.sources.get(filename) {
            return Some(s.clone());
        }
        let text: Rc<str> = std::fs::read_to_string(filename).ok()?.into();
        self.sources.insert(filename.to_string(), text.clone());
        Some(text)
    }
}
