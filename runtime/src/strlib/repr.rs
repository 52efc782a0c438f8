//! `repr()` of `str` and `bytes`, and `ascii()` escaping, byte-for-byte as
//! CPython 3.11 produces them.

use std::fmt::Write;

use super::unicode::is_printable;

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, v: u32, digits: u32) {
    for i in (0..digits).rev() {
        out.push(char::from(HEX[((v >> (4 * i)) & 0xf) as usize]));
    }
}

/// Appends the `\xhh`, `\uhhhh` or `\Uhhhhhhhh` escape of `c`.
fn push_escape(out: &mut String, c: char) {
    let cp = u32::from(c);
    if cp <= 0xff {
        out.push_str("\\x");
        push_hex(out, cp, 2);
    } else if cp <= 0xffff {
        out.push_str("\\u");
        push_hex(out, cp, 4);
    } else {
        out.push_str("\\U");
        push_hex(out, cp, 8);
    }
}

/// `repr(s)` for a `str`: single quotes unless `s` contains `'` and no `"`;
/// escapes `\\`, the quote, `\t`, `\n`, `\r`, other control characters and
/// non-printable characters (per `str.isprintable`) as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`; printable non-ASCII characters are kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if c.is_ascii() => push_escape(&mut out, c),
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// The `backslashreplace` ASCII encoding that `ascii(obj)` applies to
/// `repr(obj)`: every non-ASCII character becomes `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// `ascii(s)` for a `str`.
pub fn str_ascii(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// `repr(b)` for `bytes`: `b'...'` (double quotes if the data contains `'`
/// and no `"`), escaping `\\`, the quote, `\t`, `\n`, `\r` and other bytes
/// outside `0x20..0x7f` as `\xhh`. For a `bytearray`, CPython prints
/// `bytearray(` + this + `)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(char::from(c));
            }
            0x20..=0x7e => out.push(char::from(c)),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(char::from(quote));
    out
}
