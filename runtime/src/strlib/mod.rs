//! String algorithms behind Python 3.11's `str` (and `bytes`) methods.
//!
//! Everything here works on plain Rust values (`&str`, `&[u8]`, `i64`,
//! `Option`) and never touches Python objects, so the interpreter's `str`
//! type can be thin glue: convert the arguments, call the function here, and
//! turn the result (or the [`StrError`]) back into Python objects.
//!
//! # Model
//!
//! A Heron `str` is a UTF-8 `String` plus its length in code points. Python
//! indexes by code point; the helpers in [`indexing`] convert between code point
//! indices and byte offsets (with an ASCII fast path) and implement CPython's
//! index normalisation for `start`/`end` arguments and slices.
//!
//! # Semantics
//!
//! The behaviour is CPython 3.11's, including its error messages, with
//! Unicode data taken from CPython 3.11 itself (Unicode 14.0.0, see
//! `gen_tables.py`). Rust's own `char` Unicode methods are deliberately not
//! used: they follow a newer Unicode version and different definitions (for
//! instance of whitespace).
//!
//! Arguments that CPython converts to C `Py_ssize_t` arrive as `i64`; glue
//! code raises `OverflowError` for Python ints that do not fit (for
//! `start`/`end` of `find` & co. CPython instead clamps, so glue should
//! saturate those). `tabsize` and `bytes_per_sep` are C `int`s (`i32`).
//!
//! Functions whose CPython counterpart returns `self` unchanged return
//! `Cow::Borrowed` (or a sub-slice of the input) in that case, so glue can
//! preserve object identity for exact `str`/`bytes`.

pub mod bytes;
pub mod case;
pub mod indexing;
pub mod pad;
pub mod repr;
pub mod search;
pub mod split;
pub mod tables;
pub mod translate;
pub mod unicode;

#[cfg(test)]
mod test_cases;
#[cfg(test)]
mod tests;

use std::fmt;

pub use case::{
    capitalize, casefold, isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower,
    isnumeric, isprintable, isspace, istitle, isupper, lower, swapcase, title, upper,
};
pub use indexing::{adjust_indices, adjust_slice, char_at, char_len, char_to_byte, slice_chars};
pub use pad::{center, expandtabs, fillchar_from_str, ljust, repeat, rjust, zfill};
pub use repr::{ascii_escape, bytes_repr, str_ascii, str_repr};
pub use search::{
    contains, count, endswith, find, index, partition, removeprefix, removesuffix, replace, rfind,
    rindex, rpartition, startswith,
};
pub use split::{join, lstrip, rsplit, rstrip, split, splitlines, strip};
pub use translate::{maketrans, maketrans_str_key, translate, Mapped};

/// A Python exception raised by a string operation: the exception type and
/// its exact CPython message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrError {
    /// `ValueError(message)`.
    Value(String),
    /// `TypeError(message)`.
    Type(String),
    /// `OverflowError(message)`.
    Overflow(String),
    /// `MemoryError()` (CPython raises it without a message): the result
    /// could not be allocated.
    Memory,
}

impl StrError {
    /// Name of the Python exception type, e.g. `"ValueError"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            StrError::Value(_) => "ValueError",
            StrError::Type(_) => "TypeError",
            StrError::Overflow(_) => "OverflowError",
            StrError::Memory => "MemoryError",
        }
    }

    /// The exception message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            StrError::Value(m) | StrError::Type(m) | StrError::Overflow(m) => m,
            StrError::Memory => "",
        }
    }

    pub(crate) fn value(msg: &str) -> Self {
        StrError::Value(msg.to_owned())
    }
}

impl fmt::Display for StrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message().is_empty() {
            f.write_str(self.type_name())
        } else {
            write!(f, "{}: {}", self.type_name(), self.message())
        }
    }
}

impl std::error::Error for StrError {}

/// Exact CPython messages for errors that glue code raises itself while
/// converting Python arguments (the functions in this module take already
/// converted Rust values). `{}` marks where CPython inserts a type name or
/// method name.
pub mod msg {
    /// ValueError of `split`/`rsplit`/`partition`/`rpartition` (str and bytes).
    pub const EMPTY_SEPARATOR: &str = "empty separator";
    /// ValueError of `str.index`/`str.rindex`.
    pub const SUBSTRING_NOT_FOUND: &str = "substring not found";
    /// ValueError of `bytes.index`/`bytes.rindex`.
    pub const SUBSECTION_NOT_FOUND: &str = "subsection not found";
    /// TypeError: str fill character that is not exactly one character.
    pub const FILL_CHAR_LENGTH: &str = "The fill character must be exactly one character long";
    /// TypeError: str fill character that is not a str, `{}` = type name.
    pub const FILL_CHAR_TYPE: &str = "The fill character must be a unicode character, not {}";
    /// TypeError: bytes fill character, `{}` = method (`center`), then type name.
    pub const BYTES_FILL_CHAR: &str = "{}() argument 2 must be a byte string of length 1, not {}";
    /// TypeError of `str.join`: `{}` = index, then type name.
    pub const JOIN_ITEM: &str = "sequence item {}: expected str instance, {} found";
    /// TypeError of `bytes.join`: `{}` = index, then type name.
    pub const BYTES_JOIN_ITEM: &str = "sequence item {}: expected a bytes-like object, {} found";
    /// TypeError of `str.startswith` (`{}` = method name, then type name).
    pub const STARTSWITH_ARG: &str = "{} first arg must be str or a tuple of str, not {}";
    /// TypeError for a tuple item of `str.startswith` (`{}` = method, type).
    pub const STARTSWITH_TUPLE_ITEM: &str = "tuple for {} must only contain str, not {}";
    /// TypeError of `bytes.startswith` (`{}` = method name, then type name).
    pub const BYTES_STARTSWITH_ARG: &str = "{} first arg must be bytes or a tuple of bytes, not {}";
    /// TypeError of `str.strip` & co. (`{}` = method name).
    pub const STRIP_ARG: &str = "{} arg must be None or str";
    /// TypeError of `str.split` for a non-str separator (`{}` = type name).
    pub const SPLIT_SEP: &str = "must be str or None, not {}";
    /// ValueError for an int argument of `bytes.find` & co. out of range.
    pub const BYTE_RANGE: &str = "byte must be in range(0, 256)";
    /// ValueError of `str.translate` for a bad int mapping.
    pub const TRANSLATE_RANGE: &str = "character mapping must be in range(0x110000)";
    /// TypeError of `str.translate` for a mapping value of the wrong type.
    pub const TRANSLATE_TYPE: &str = "character mapping must return integer, None or str";
    /// TypeError of one-argument `str.maketrans` with a non-dict.
    pub const MAKETRANS_ONE_ARG: &str =
        "if you give only one argument to maketrans it must be a dict";
    /// TypeError of `str.maketrans` for a dict key that is not str or int.
    pub const MAKETRANS_KEY_TYPE: &str = "keys in translate table must be strings or integers";
    /// TypeError of two/three-argument `str.maketrans` with a non-str first arg.
    pub const MAKETRANS_FIRST_ARG: &str =
        "first maketrans argument must be a string if there is a second argument";

    /// Fills the `{}` placeholders of `template` with `args`, in order.
    pub fn format(template: &str, args: &[&str]) -> String {
        let mut out = String::with_capacity(template.len() + 16);
        let mut args = args.iter();
        let mut rest = template;
        while let Some(i) = rest.find("{}") {
            out.push_str(&rest[..i]);
            out.push_str(args.next().copied().unwrap_or("{}"));
            rest = &rest[i + 2..];
        }
        out.push_str(rest);
        out
    }
}
