//! Text encodings behind `str.encode`, `bytes.decode`, `str(bytes, encoding)` and
//! `bytes(str, encoding)`: UTF-8 (and `utf-8-sig`), ASCII, Latin-1, UTF-16, UTF-32 and
//! cp1252, with CPython's encoding-name normalisation and aliases, the error handlers
//! `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` (encoding), and
//! CPython's `UnicodeEncodeError`/`UnicodeDecodeError` messages and attributes.
//!
//! Limitation: Heron strings cannot hold lone surrogates, so `surrogateescape` and
//! `surrogatepass` can never produce anything; where CPython would produce surrogates they
//! raise the original error (for encoding, CPython raises it too: no surrogates exist to pass).

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16; `None` = with a byte-order mark (native little-endian when writing).
    Utf16(Option<Endian>),
    /// UTF-32; `None` = with a byte-order mark.
    Utf32(Option<Endian>),
    Cp1252,
}

/// Byte order of the UTF-16/UTF-32 codecs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endian {
    Little,
    Big,
}

impl Codec {
    /// The codec name CPython's error messages use.
    pub fn error_name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
            Codec::Cp1252 => "charmap",
        }
    }
}

/// CPython's `encodings.normalize_encoding` after `codecs.lookup`'s lower-casing: runs of
/// characters other than ASCII letters, digits and `.` become one `_`, dropped at the ends.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Finds a codec by name. Errors are `LookupError` messages.
pub fn lookup(name: &str) -> Result<Codec, String> {
    let n = normalize(name);
    let n = n.as_str();
    Ok(match n {
        "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Codec::Latin1
        }
        "utf_16" | "u16" | "utf16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Endian::Big)),
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "base64" | "base_64" | "base64_codec" | "hex" | "hex_codec" | "rot13" | "rot_13"
        | "zip" | "zlib" | "zlib_codec" | "bz2" | "bz2_codec" | "quopri" | "quotedprintable"
        | "quoted_printable" | "quopri_codec" | "uu" | "uu_codec" => {
            return Err(format!(
                "'{name}' is not a text encoding; use codecs.encode() to handle arbitrary codecs"
            ));
        }
        _ => return Err(format!("unknown encoding: {name}")),
    })
}

/// Characters 0x80..=0x9F of cp1252 (0 = undefined).
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn cp1252_encode_char(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x80 || (0xa0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&x| x != 0 && u32::from(x) == cp)
        .map(|i| 0x80 + i as u8)
}

fn cp1252_decode_byte(b: u8) -> Option<char> {
    if (0x80..0xa0).contains(&b) {
        let x = CP1252_HIGH[usize::from(b - 0x80)];
        return if x == 0 {
            None
        } else {
            char::from_u32(u32::from(x))
        };
    }
    Some(char::from(b))
}

/// Builds a `UnicodeEncodeError` or `UnicodeDecodeError` the way CPython does:
/// `args == (encoding, object, start, end, reason)`; its str (CPython's message, e.g.
/// `'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)`)
/// and attributes come from those (`objects/exc_methods.rs`).
fn unicode_error(
    vm: &mut Vm,
    encode: bool,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let items = vec![
        vm.new_str(codec),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    let args = vm.new_tuple(items);
    let ty = if encode {
        vm.exc.unicode_encode_error.clone()
    } else {
        vm.exc.unicode_decode_error.clone()
    };
    PyErr(vm.new_exception_obj(&ty, args))
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        &vm.exc.lookup_error.clone(),
        &format!("unknown error handler name '{errors}'"),
    )
}

/// `s.encode(encoding, errors)`; `obj` is the str (for the exception's `object`).
pub fn encode(
    vm: &mut Vm,
    s: &str,
    encoding: &str,
    errors: &str,
    obj: &Value,
) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding).map_err(|m| vm.new_error(&vm.exc.lookup_error.clone(), &m))?;
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Codec::Utf16(e) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let big = e == Some(Endian::Big);
            if e.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    out.extend_from_slice(&if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    });
                }
            }
            return Ok(out);
        }
        Codec::Utf32(e) => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let big = e == Some(Endian::Big);
            if e.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        _ => {}
    }
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let (limit, reason) = match codec {
        Codec::Ascii => (0x80, "ordinal not in range(128)"),
        Codec::Latin1 => (0x100, "ordinal not in range(256)"),
        _ => (0, "character maps to <undefined>"),
    };
    let enc_char = |c: char| -> Option<u8> {
        if codec == Codec::Cp1252 {
            cp1252_encode_char(c)
        } else if (c as u32) < limit {
            Some(c as u8)
        } else {
            None
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = enc_char(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && enc_char(chars[end]).is_none() {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" | "namereplace" => {
                return Err(unicode_error(
                    vm,
                    true,
                    codec.error_name(),
                    obj.clone(),
                    i,
                    end,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(backslash_escape(c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

fn backslash_escape(cp: u32) -> String {
    if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// Applies the decode error handler `errors` to bytes `start..end`, appending its
/// replacement to `out` or raising.
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    errors: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let obj = vm.new_bytes(b.to_vec());
            Err(unicode_error(
                vm,
                false,
                codec.error_name(),
                obj,
                start,
                end,
                reason,
            ))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding).map_err(|m| vm.new_error(&vm.exc.lookup_error.clone(), &m))?;
    match codec {
        Codec::Utf8 => decode_utf8(vm, codec, b, errors),
        Codec::Utf8Sig => {
            let body = b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b);
            decode_utf8(vm, codec, body, errors)
        }
        Codec::Latin1 => Ok(b.iter().map(|&x| char::from(x)).collect()),
        Codec::Ascii | Codec::Cp1252 => {
            if b.is_ascii() {
                return Ok(String::from_utf8(b.to_vec()).unwrap_or_default());
            }
            let reason = if codec == Codec::Ascii {
                "ordinal not in range(128)"
            } else {
                "character maps to <undefined>"
            };
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                let c = if codec == Codec::Ascii {
                    (x < 0x80).then(|| char::from(x))
                } else {
                    cp1252_decode_byte(x)
                };
                match c {
                    Some(c) => out.push(c),
                    None => decode_error(vm, codec, errors, b, i, i + 1, reason, &mut out)?,
                }
            }
            Ok(out)
        }
        Codec::Utf16(e) => decode_utf16(vm, codec, b, e, errors),
        Codec::Utf32(e) => decode_utf32(vm, codec, b, e, errors),
    }
}

fn decode_utf8(vm: &mut Vm, codec: Codec, b: &[u8], errors: &str) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or_default());
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = b[start];
                        let invalid_start = (0x80..0xc2).contains(&first) || first >= 0xf5;
                        (
                            start + n,
                            if n == 1 && invalid_start {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        )
                    }
                };
                decode_error(vm, codec, errors, b, start, end, reason, &mut out)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

fn decode_utf16(
    vm: &mut Vm,
    codec: Codec,
    b: &[u8],
    e: Option<Endian>,
    errors: &str,
) -> PyResult<String> {
    let (mut big, mut pos) = (e == Some(Endian::Big), 0);
    if e.is_none() && b.len() >= 2 {
        if b[..2] == [0xff, 0xfe] {
            pos = 2;
        } else if b[..2] == [0xfe, 0xff] {
            big = true;
            pos = 2;
        }
    }
    let unit = |i: usize| {
        if big {
            u16::from_be_bytes([b[i], b[i + 1]])
        } else {
            u16::from_le_bytes([b[i], b[i + 1]])
        }
    };
    let mut out = String::with_capacity(b.len() / 2);
    while pos < b.len() {
        if pos + 1 >= b.len() {
            decode_error(
                vm,
                codec,
                errors,
                b,
                pos,
                b.len(),
                "truncated data",
                &mut out,
            )?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            decode_error(
                vm,
                codec,
                errors,
                b,
                pos,
                pos + 2,
                "illegal encoding",
                &mut out,
            )?;
            pos += 2;
            continue;
        }
        if pos + 3 >= b.len() {
            let (end, reason) = if pos + 2 >= b.len() {
                (b.len(), "unexpected end of data")
            } else {
                (b.len(), "truncated data")
            };
            decode_error(vm, codec, errors, b, pos, end, reason, &mut out)?;
            break;
        }
        let lo = unit(pos + 2);
        if (0xdc00..0xe000).contains(&lo) {
            let cp = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(lo) - 0xdc00);
            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
            pos += 4;
        } else {
            decode_error(
                vm,
                codec,
                errors,
                b,
                pos,
                pos + 2,
                "illegal UTF-16 surrogate",
                &mut out,
            )?;
            pos += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(
    vm: &mut Vm,
    codec: Codec,
    b: &[u8],
    e: Option<Endian>,
    errors: &str,
) -> PyResult<String> {
    let (mut big, mut pos) = (e == Some(Endian::Big), 0);
    if e.is_none() && b.len() >= 4 {
        if b[..4] == [0xff, 0xfe, 0, 0] {
            pos = 4;
        } else if b[..4] == [0, 0, 0xfe, 0xff] {
            big = true;
            pos = 4;
        }
    }
    let mut out = String::with_capacity(b.len() / 4);
    while pos < b.len() {
        if pos + 4 > b.len() {
            decode_error(
                vm,
                codec,
                errors,
                b,
                pos,
                b.len(),
                "truncated data",
                &mut out,
            )?;
            break;
        }
        let w = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
        let cp = if big {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        };
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                let reason = if cp >= 0x110000 {
                    "code point not in range(0x110000)"
                } else {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                };
                decode_error(vm, codec, errors, b, pos, pos + 4, reason, &mut out)?;
            }
        }
        pos += 4;
    }
    Ok(out)
}

/// The `(encoding, errors)` arguments of `encode`/`decode`/`str()`/`bytes()` as text, with
/// CPython's messages for non-str values (`encode() argument 'encoding' must be str, not int`).
pub fn codec_args<'a>(
    vm: &Vm,
    fname: &str,
    encoding: Option<&'a Value>,
    errors: Option<&'a Value>,
) -> PyResult<(&'a str, &'a str)> {
    let enc = match encoding {
        None => "utf-8",
        Some(v) => crate::objects::text_args::str_arg_named(vm, v, fname, "encoding")?,
    };
    let err = match errors {
        None => "strict",
        Some(v) => crate::objects::text_args::str_arg_named(vm, v, fname, "errors")?,
    };
    Ok((enc, err))
}

/// Whether `v` is a `bytes`, `bytearray` (or other buffer Heron knows).
pub fn is_bytes_like(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_like_cpython() {
        assert_eq!(lookup("UTF-8"), Ok(Codec::Utf8));
        assert_eq!(lookup(" utf 8 "), Ok(Codec::Utf8));
        assert_eq!(lookup("U8"), Ok(Codec::Utf8));
        assert_eq!(lookup("Latin_1"), Ok(Codec::Latin1));
        assert_eq!(lookup("iso-8859-1"), Ok(Codec::Latin1));
        assert_eq!(lookup("646"), Ok(Codec::Ascii));
        assert_eq!(lookup("utf_16be"), Ok(Codec::Utf16(Some(Endian::Big))));
        assert_eq!(lookup("windows-1252"), Ok(Codec::Cp1252));
        assert_eq!(lookup("nope"), Err("unknown encoding: nope".to_string()));
        assert_eq!(lookup(""), Err("unknown encoding: ".to_string()));
        assert!(lookup("hex")
            .unwrap_err()
            .contains("is not a text encoding"));
    }

    #[test]
    fn cp1252_round_trips() {
        for b in 0..=255u8 {
            if let Some(c) = cp1252_decode_byte(b) {
                assert_eq!(cp1252_encode_char(c), Some(b));
            }
        }
        assert_eq!(cp1252_decode_byte(0x80), Some('€'));
        assert_eq!(cp1252_decode_byte(0x81), None);
        assert_eq!(cp1252_encode_char('ā'), None);
    }
}
