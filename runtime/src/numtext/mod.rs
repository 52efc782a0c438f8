//! Numbers as text, with CPython 3.11's exact semantics.
//!
//! This module family turns numbers into text and text into numbers the way CPython 3.11
//! does: `repr(float)`, the format-spec mini-language behind `format()`, `str.format` and
//! f-strings, printf-style `%` formatting, `int(str, base)`, `float(str)`, `float.hex()`,
//! `float.fromhex()`, `round()`, exact int/float comparison and conversion, and int true
//! division.
//!
//! Invariants shared by every submodule:
//! - Pure: no Python object types. Inputs and outputs are Rust primitives, `&str`/`String`
//!   and `num_bigint::BigInt`; the interpreter wraps the results into objects.
//! - Exact: every result is what CPython 3.11 produces for the same input, digit for digit.
//!   Float text is computed from the exact binary value (no libm, no locale).
//! - Errors are Python exceptions described as data: a [`FormatError`] carries the exception
//!   class and CPython's exact message; the caller raises it.
//! - Where CPython's message names the object's type (`tp_name`), the function takes a
//!   `type_name: &str` so subclasses (e.g. `bool`) are reported correctly.
//! - No `unsafe`.
//!
//! Where each Python operation lives:
//! - `repr(float)`/`str(float)`: [`float_repr`]; `float.hex`/`float.fromhex`: [`float_hex`],
//!   [`float_fromhex`].
//! - `format(x, spec)`, `str.format`, f-strings: [`parse_format_spec`] then [`format_int`] /
//!   [`format_i64`] / [`format_float`] / [`format_str`]. CPython formats an *empty* spec as
//!   `str(x)`; for exact `int`, `float` and `str` these functions agree, but for subclasses
//!   (e.g. `format(True, '')` is `'True'`) the caller must call `str()` itself.
//! - `str % args` / `bytes % args`: [`PercentParser`] (or [`parse_percent`]) with
//!   [`percent_int`], [`percent_float`], [`percent_pad`], [`percent_char`], [`percent_byte`].
//! - `int(s, base)`, `float(s)`: [`parse_int_literal`], [`parse_float`] and their message
//!   helpers. CPython 3.11's 4300-digit limit on decimal int conversions
//!   (`sys.set_int_max_str_digits`) is left to the caller.
//! - `round()`: [`float_round`], [`float_round_int`], [`int_round`]; `float(int)`:
//!   [`bigint_to_f64`]; `int(float)`: [`float_to_bigint`]; `x.as_integer_ratio()`:
//!   [`float_as_integer_ratio`]; `int <op> float` comparisons: [`cmp_int_float`];
//!   `int / int`: [`int_true_div`].
//!
//! Text is Rust `String`, which cannot hold lone surrogates: `'%c' % 0xD800` and
//! `format(0xD800, 'c')`, which CPython accepts, report a `ValueError` here instead.

mod convert;
mod dtoa;
mod format;
mod hex;
mod parse;
mod percent;
mod spec;
mod unicode;

use std::fmt;

pub use convert::{
    bigint_to_f64, cmp_int_float, float_as_integer_ratio, float_round, float_round_int,
    float_to_bigint, int_round, int_true_div,
};
pub use dtoa::float_repr;
pub use format::{format_float, format_i64, format_int, format_str};
pub use hex::{float_fromhex, float_hex};
pub use parse::{
    float_literal_error_message, int_literal_error_message, parse_float, parse_int_literal, IntLit,
    InvalidLiteral,
};
pub use percent::{
    parse_percent, percent_byte, percent_char, percent_float, percent_int, percent_pad,
    PercentArgs, PercentCount, PercentFlags, PercentParser, PercentPiece, PercentSpec, StarKind,
};
pub use spec::{parse_format_spec, FormatSpec};
pub use unicode::{decimal_digit_value, is_python_space};

/// A Python exception raised by a numbers-as-text operation: the exception class (the
/// variant) and CPython 3.11's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(message)`.
    Value(String),
    /// `TypeError(message)`.
    Type(String),
    /// `OverflowError(message)`.
    Overflow(String),
    /// `ZeroDivisionError(message)`.
    ZeroDivision(String),
    /// `MemoryError()` (CPython raises it with no message when an output buffer cannot be
    /// allocated, e.g. `format(1, '99999999999999')`).
    Memory,
}

impl FormatError {
    /// The name of the Python exception class to raise, e.g. `"ValueError"`.
    pub fn class_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::ZeroDivision(_) => "ZeroDivisionError",
            FormatError::Memory => "MemoryError",
        }
    }

    /// The exception message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m)
            | FormatError::Type(m)
            | FormatError::Overflow(m)
            | FormatError::ZeroDivision(m) => m,
            FormatError::Memory => "",
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError::Value(msg.into())
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        FormatError::Overflow(msg.into())
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message().is_empty() {
            f.write_str(self.class_name())
        } else {
            write!(f, "{}: {}", self.class_name(), self.message())
        }
    }
}

impl std::error::Error for FormatError {}

/// Truncate a C string the way CPython's `%.200s` does in `PyUnicode_FromFormat`: keep at
/// most `max_bytes` UTF-8 bytes and decode with the "replace" error handler.
pub(crate) fn truncate_c_str(s: &str, max_bytes: usize) -> String {
    if s.len() <= max_bytes {
        s.to_string()
    } else {
        String::from_utf8_lossy(&s.as_bytes()[..max_bytes]).into_owned()
    }
}

/// Reserve room for `len` more bytes in `out`, reporting failure as CPython's `MemoryError`
/// instead of aborting the process.
pub(crate) fn reserve(out: &mut String, len: u128) -> Result<(), FormatError> {
    let len = usize::try_from(len).map_err(|_| FormatError::Memory)?;
    if len > isize::MAX as usize {
        return Err(FormatError::Memory);
    }
    out.try_reserve(len).map_err(|_| FormatError::Memory)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_display_and_class() {
        let e = FormatError::value("Invalid format specifier");
        assert_eq!(e.class_name(), "ValueError");
        assert_eq!(e.to_string(), "ValueError: Invalid format specifier");
        assert_eq!(FormatError::Memory.to_string(), "MemoryError");
        assert_eq!(FormatError::Memory.message(), "");
    }

    #[test]
    fn c_string_truncation() {
        assert_eq!(truncate_c_str("int", 200), "int");
        let long = "é".repeat(150); // 300 bytes
        let t = truncate_c_str(&long, 200);
        assert_eq!(t.chars().count(), 100);
        let odd = format!("a{}", "é".repeat(150));
        let t = truncate_c_str(&odd, 200);
        assert!(t.ends_with('\u{fffd}'));
    }

    #[test]
    fn reserve_refuses_absurd_sizes() {
        let mut s = String::new();
        assert_eq!(reserve(&mut s, u128::MAX), Err(FormatError::Memory));
        assert_eq!(reserve(&mut s, 1 << 62), Err(FormatError::Memory));
        assert!(reserve(&mut s, 10).is_ok());
    }
}
