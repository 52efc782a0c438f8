//! Frozen modules: parts of the standard library that Heron implements in Python, compiled
//! into the binary from `runtime/lib/` (= CPython's frozen modules). Import finds them after
//! the built-in (Rust) modules and before `sys.path`.
//!
//! To add one: put `runtime/lib/<name>.py` (or `runtime/lib/<pkg>/__init__.py` for a package)
//! in the tree and list it in [`FROZEN`].

/// A frozen module: dotted name, whether it is a package, and its source.
pub struct Frozen {
    pub name: &'static str,
    pub is_package: bool,
    pub source: &'static str,
}

macro_rules! frozen {
    ($($name:literal => $path:literal $(, $pkg:ident)?;)*) => {
        /// Every frozen module.
        pub static FROZEN: &[Frozen] = &[
            $(Frozen { name: $name, is_package: frozen!(@pkg $($pkg)?), source: include_str!(concat!("../../lib/", $path)) },)*
        ];
    };
    (@pkg) => { false };
    (@pkg package) => { true };
}

frozen! {
    "__heron_frozen_check__" => "__heron_frozen_check__.py";
    "functools" => "functools.py";
    "operator" => "operator.py";
    "itertools" => "itertools.py";
    "collections" => "collections/__init__.py", package;
    "collections.abc" => "collections/abc.py";
    "abc" => "abc.py";
    "types" => "types.py";
    "asyncio" => "asyncio.py";
    "contextlib" => "contextlib.py";
    "copy" => "copy.py";
    "heapq" => "heapq.py";
    "bisect" => "bisect.py";
    "keyword" => "keyword.py";
    "string" => "string.py";
    "dataclasses" => "dataclasses.py";
    "typing" => "typing.py";
    "posixpath" => "posixpath.py";
    "os" => "os/__init__.py", package;
    "os.path" => "os/path.py";
    "linecache" => "linecache.py";
    "traceback" => "traceback.py";
    "textwrap" => "textwrap.py";
    "warnings" => "warnings.py";
    "importlib" => "importlib/__init__.py", package;
    "importlib.util" => "importlib/util.py";
    "inspect" => "inspect.py";
    "io" => "io.py";
    "random" => "random.py";
    "json" => "json/__init__.py", package;
    "json.decoder" => "json/decoder.py";
    "json.encoder" => "json/encoder.py";
    "base64" => "base64.py";
    "binascii" => "binascii.py";
    "hashlib" => "hashlib.py";
    "time" => "time.py";
    "calendar" => "calendar.py";
    "weakref" => "weakref.py";
    "atexit" => "atexit.py";
    "enum" => "enum.py";
    "threading" => "threading.py";
    "queue" => "queue.py";
    "multiprocessing" => "multiprocessing/__init__.py", package;
}

/// The frozen module named `name`, if there is one.
pub fn find(name: &str) -> Option<&'static Frozen> {
    FROZEN.iter().find(|f| f.name == name)
}
