//! The text layer of file objects (`objects/file.rs`): `open()`'s argument and mode parsing,
//! decoding with CPython's error handlers, universal newlines, and encoding on write.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::file::FileObj;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A supported text encoding and the name `f.encoding` reports.
#[derive(Clone, Debug)]
pub struct Encoding {
    kind: EncKind,
    name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EncKind {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    /// The default text encoding (`UTF-8`, as CPython's locale encoding reports it).
    pub fn default_utf8() -> Encoding {
        Encoding {
            kind: EncKind::Utf8,
            name: "UTF-8".to_string(),
        }
    }

    /// The name as the user gave it (`UTF-8` by default, as CPython's locale encoding).
    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// The codec name used in error messages.
    fn codec(&self) -> &'static str {
        match self.kind {
            EncKind::Utf8 => "utf-8",
            EncKind::Ascii => "ascii",
            EncKind::Latin1 => "latin-1",
        }
    }

    /// The encoding called `name` (LookupError if unsupported).
    pub fn lookup(vm: &Vm, name: &str) -> PyResult<Encoding> {
        let norm: String = name.trim().to_ascii_lowercase().replace('_', "-");
        let kind = match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => EncKind::Utf8,
            "ascii" | "us-ascii" | "646" => EncKind::Ascii,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => {
                EncKind::Latin1
            }
            _ => {
                return Err(vm.new_error(
                    &vm.exc.lookup_error.clone(),
                    &format!("unknown encoding: {name}"),
                ))
            }
        };
        Ok(Encoding {
            kind,
            name: name.to_string(),
        })
    }
}

/// The `newline` argument of `open()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    /// `None`: universal newlines on read, no translation on write.
    Universal,
    /// `''`: lines split on any newline, nothing translated.
    Empty,
    Lf,
    Cr,
    CrLf,
}

/// One decoding step.
enum Step {
    Char(char, usize),
    /// The bytes end inside a character.
    Incomplete,
    /// `n` undecodable bytes, with the reason CPython reports.
    Invalid(usize, &'static str),
}

fn decode_step(kind: EncKind, b: &[u8]) -> Step {
    let b0 = b[0];
    match kind {
        EncKind::Latin1 => Step::Char(b0 as char, 1),
        EncKind::Ascii => {
            if b0 < 0x80 {
                Step::Char(b0 as char, 1)
            } else {
                Step::Invalid(1, "ordinal not in range(128)")
            }
        }
        EncKind::Utf8 => {
            if b0 < 0x80 {
                return Step::Char(b0 as char, 1);
            }
            let head = &b[..b.len().min(4)];
            match std::str::from_utf8(head) {
                Ok(s) => {
                    let c = s.chars().next().expect("non-empty");
                    Step::Char(c, c.len_utf8())
                }
                Err(e) if e.valid_up_to() > 0 => {
                    let s = std::str::from_utf8(&head[..e.valid_up_to()]).expect("valid prefix");
                    let c = s.chars().next().expect("non-empty");
                    Step::Char(c, c.len_utf8())
                }
                Err(e) => match e.error_len() {
                    None => Step::Incomplete,
                    Some(n) => {
                        let reason = if (0x80..0xc2).contains(&b0) || b0 > 0xf4 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        Step::Invalid(n, reason)
                    }
                },
            }
        }
    }
}

/// Replacement text for undecodable bytes under an error handler (None: strict).
fn decode_replacement(errors: &str, bad: &[u8]) -> Option<String> {
    match errors {
        "replace" | "surrogateescape" => Some("\u{fffd}".to_string()),
        "ignore" => Some(String::new()),
        "backslashreplace" => Some(bad.iter().map(|b| format!("\\x{b:02x}")).collect()),
        _ => None,
    }
}

/// Decodes complete text (`bytes` must not end inside a character unless `final`).
fn decode_all(vm: &mut Vm, enc: &Encoding, errors: &str, bytes: &[u8]) -> PyResult<String> {
    if enc.kind == EncKind::Utf8 {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Ok(s.to_string());
        }
    }
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let (n, reason) = match decode_step(enc.kind, &bytes[i..]) {
            Step::Char(c, n) => {
                out.push(c);
                i += n;
                continue;
            }
            Step::Incomplete => (bytes.len() - i, "unexpected end of data"),
            Step::Invalid(n, r) => (n, r),
        };
        match decode_replacement(errors, &bytes[i..i + n]) {
            Some(r) => out.push_str(&r),
            None => {
                return Err(crate::objects::exc_methods::unicode_decode_error(
                    vm,
                    enc.codec(),
                    bytes,
                    i,
                    i + n,
                    reason,
                ))
            }
        }
        i += n;
    }
    Ok(out)
}

/// Where the first line of `p` ends (exclusive), per the newline mode; None if no terminator
/// is known yet (`more` says whether more bytes may follow).
fn line_end(nl: Newline, p: &[u8], more: bool) -> Option<usize> {
    match nl {
        Newline::Lf => p.iter().position(|&c| c == b'\n').map(|i| i + 1),
        Newline::Cr => p.iter().position(|&c| c == b'\r').map(|i| i + 1),
        Newline::CrLf => {
            let mut from = 0;
            while let Some(i) = p[from..].iter().position(|&c| c == b'\r').map(|i| i + from) {
                match p.get(i + 1) {
                    Some(b'\n') => return Some(i + 2),
                    Some(_) => from = i + 1,
                    None => return None,
                }
            }
            None
        }
        Newline::Universal | Newline::Empty => {
            let i = p.iter().position(|&c| c == b'\n' || c == b'\r')?;
            if p[i] == b'\n' {
                return Some(i + 1);
            }
            match p.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if more => None,
                None => Some(i + 1),
            }
        }
    }
}

/// Records the newline kinds in `s` and translates them to `\n` in universal mode.
fn translate(nl: Newline, seen: &mut u8, s: String) -> String {
    if !matches!(nl, Newline::Universal | Newline::Empty) || !s.contains('\r') && !s.contains('\n')
    {
        return s;
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' => {
                let crlf = b.get(i + 1) == Some(&b'\n');
                *seen |= if crlf { 4 } else { 1 };
                if nl == Newline::Universal {
                    out.push_str(&s[last..i]);
                    out.push('\n');
                    i += if crlf { 2 } else { 1 };
                    last = i;
                    continue;
                }
                i += if crlf { 2 } else { 1 };
            }
            b'\n' => {
                *seen |= 2;
                i += 1;
            }
            _ => i += 1,
        }
    }
    out.push_str(&s[last..]);
    if nl == Newline::Empty {
        return s;
    }
    out
}

fn io_error(vm: &mut Vm, f: &Rc<RefCell<FileObj>>, e: std::io::Error) -> PyErr {
    let name = f.borrow().name_value();
    crate::objects::exc_methods::os_error_with_filename(vm, &e, name)
}

/// Reads text: everything (`limit` None, `line` false), one line, or at most `limit` chars.
pub fn read_text(
    vm: &mut Vm,
    f: &Rc<RefCell<FileObj>>,
    limit: Option<usize>,
    line: bool,
) -> PyResult<String> {
    let (enc, errors, nl) = f.borrow().text_params();
    if limit.is_none() {
        let raw = {
            let mut b = f.borrow_mut();
            if line {
                b.take_line(nl)
            } else {
                b.take_all()
            }
        };
        let raw = match raw {
            Ok(r) => r,
            Err(e) => return Err(io_error(vm, f, e)),
        };
        let s = decode_all(vm, &enc, &errors, &raw)?;
        let mut seen = f.borrow().seen_kinds();
        let s = translate(nl, &mut seen, s);
        f.borrow_mut().set_seen(seen);
        return Ok(s);
    }
    let limit = limit.unwrap_or(usize::MAX);
    let mut out = String::new();
    let mut count = 0;
    while count < limit {
        let filled = f.borrow_mut().ensure(4);
        if let Err(e) = filled {
            return Err(io_error(vm, f, e));
        }
        let mut b = f.borrow_mut();
        let p = b.pending_bytes();
        if p.is_empty() {
            break;
        }
        let (n, reason) = match decode_step(enc.kind, p) {
            Step::Char('\r', _) => {
                let crlf = p.get(1) == Some(&b'\n');
                let pair = crlf && count + 2 <= limit;
                let (text, used, ends) = match nl {
                    Newline::Universal => ("\n", if crlf { 2 } else { 1 }, true),
                    Newline::Empty if pair => ("\r\n", 2, true),
                    Newline::Empty => ("\r", 1, !crlf),
                    Newline::CrLf if pair => ("\r\n", 2, true),
                    Newline::Cr => ("\r", 1, true),
                    _ => ("\r", 1, false),
                };
                if matches!(nl, Newline::Universal | Newline::Empty) {
                    b.mark_seen(if crlf { 4 } else { 1 });
                }
                b.consume(used);
                out.push_str(text);
                count += text.len();
                if line && ends {
                    break;
                }
                continue;
            }
            Step::Char(c, n) => {
                b.consume(n);
                out.push(c);
                count += 1;
                if c == '\n' {
                    if matches!(nl, Newline::Universal | Newline::Empty) {
                        b.mark_seen(2);
                    }
                    if line && matches!(nl, Newline::Universal | Newline::Empty | Newline::Lf) {
                        break;
                    }
                }
                continue;
            }
            Step::Incomplete => (p.len(), "unexpected end of data"),
            Step::Invalid(n, reason) => (n, reason),
        };
        let bad = p[..n].to_vec();
        match decode_replacement(&errors, &bad) {
            Some(r) => {
                b.consume(n);
                count += r.chars().count();
                out.push_str(&r);
            }
            None => {
                let all = p.to_vec();
                drop(b);
                return Err(crate::objects::exc_methods::unicode_decode_error(
                    vm,
                    enc.codec(),
                    &all,
                    0,
                    n,
                    reason,
                ));
            }
        }
    }
    Ok(out)
}

/// Encodes text for writing (newline translation, then the file's encoding).
pub fn encode_text(vm: &mut Vm, f: &Rc<RefCell<FileObj>>, s: &str) -> PyResult<Vec<u8>> {
    let (enc, errors, nl) = f.borrow().text_params();
    let translated;
    let s = match nl {
        Newline::Cr if s.contains('\n') => {
            translated = s.replace('\n', "\r");
            translated.as_str()
        }
        Newline::CrLf if s.contains('\n') => {
            translated = s.replace('\n', "\r\n");
            translated.as_str()
        }
        _ => s,
    };
    let max = match enc.kind {
        EncKind::Utf8 => return Ok(s.as_bytes().to_vec()),
        EncKind::Ascii => 0x7f,
        EncKind::Latin1 => 0xff,
    };
    if s.bytes().all(|b| b < 0x80) {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c <= max {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 > max {
            j += 1;
        }
        match errors.as_str() {
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "ignore" => {}
            "backslashreplace" => {
                for &ch in &chars[i..j] {
                    let n = ch as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &ch in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
            _ => {
                let reason = if max == 0x7f {
                    "ordinal not in range(128)"
                } else {
                    "ordinal not in range(256)"
                };
                let items = vec![
                    vm.new_str(enc.codec()),
                    vm.new_str(s),
                    Value::Int(i as i64),
                    Value::Int(j as i64),
                    vm.new_str(reason),
                ];
                let a = vm.new_tuple(items);
                return Err(PyErr(
                    vm.new_exception_obj(&vm.exc.unicode_encode_error.clone(), a),
                ));
            }
        }
        i = j;
    }
    Ok(out)
}

/// `f.newlines`: None, one kind, or a tuple of kinds seen.
pub fn newlines_value(vm: &mut Vm, seen: u8) -> Value {
    let mut kinds = Vec::new();
    for (bit, s) in [(1u8, "\r"), (2, "\n"), (4, "\r\n")] {
        if seen & bit != 0 {
            kinds.push(vm.new_str(s));
        }
    }
    match kinds.len() {
        0 => Value::None,
        1 => kinds.pop().expect("one"),
        _ => vm.new_tuple(kinds),
    }
}

impl FileObj {
    fn take_all(&mut self) -> std::io::Result<Vec<u8>> {
        while self.fill_more()? {}
        let out = self.pending_bytes().to_vec();
        self.consume(out.len());
        Ok(out)
    }

    fn take_line(&mut self, nl: Newline) -> std::io::Result<Vec<u8>> {
        let mut scanned: usize = 0;
        loop {
            let more = !self.at_eof();
            let p = self.pending_bytes();
            // Restart slightly before the scanned part: a `\r` may pair with a new `\n`.
            let from = scanned.saturating_sub(1);
            if let Some(end) = line_end(nl, &p[from..], more) {
                let end = from + end;
                let out = p[..end].to_vec();
                self.consume(end);
                return Ok(out);
            }
            scanned = p.len();
            if !self.fill_more()? {
                let out = self.pending_bytes().to_vec();
                self.consume(out.len());
                return Ok(out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_per_newline_mode() {
        assert_eq!(line_end(Newline::Universal, b"ab\r\ncd", true), Some(4));
        assert_eq!(line_end(Newline::Universal, b"ab\rcd", true), Some(3));
        // A trailing \r may still pair with a \n that has not been read yet.
        assert_eq!(line_end(Newline::Universal, b"ab\r", true), None);
        assert_eq!(line_end(Newline::Universal, b"ab\r", false), Some(3));
        assert_eq!(line_end(Newline::Lf, b"a\rb\nc", true), Some(4));
        assert_eq!(line_end(Newline::Cr, b"a\nb\rc", true), Some(4));
        assert_eq!(line_end(Newline::CrLf, b"a\rb\r\nc", true), Some(5));
        assert_eq!(line_end(Newline::CrLf, b"a\r", true), None);
        assert_eq!(line_end(Newline::Lf, b"abc", true), None);
    }

    #[test]
    fn universal_newlines_translate_and_record_kinds() {
        let mut seen = 0;
        assert_eq!(
            translate(Newline::Universal, &mut seen, "a\r\nb\rc\nd".to_string()),
            "a\nb\nc\nd"
        );
        assert_eq!(seen, 7);
        let mut seen = 0;
        assert_eq!(
            translate(Newline::Empty, &mut seen, "a\r\nb".to_string()),
            "a\r\nb"
        );
        assert_eq!(seen, 4);
        let mut seen = 0;
        assert_eq!(
            translate(Newline::Lf, &mut seen, "a\r\n".to_string()),
            "a\r\n"
        );
        assert_eq!(seen, 0);
    }

    #[test]
    fn utf8_steps() {
        assert!(matches!(
            decode_step(EncKind::Utf8, "é".as_bytes()),
            Step::Char('é', 2)
        ));
        assert!(matches!(
            decode_step(EncKind::Utf8, &"€".as_bytes()[..2]),
            Step::Incomplete
        ));
        assert!(matches!(
            decode_step(EncKind::Utf8, b"\xff"),
            Step::Invalid(1, "invalid start byte")
        ));
        assert!(matches!(
            decode_step(EncKind::Utf8, b"\xc3("),
            Step::Invalid(1, "invalid continuation byte")
        ));
        assert!(matches!(
            decode_step(EncKind::Ascii, b"\xe9"),
            Step::Invalid(1, "ordinal not in range(128)")
        ));
        assert!(matches!(
            decode_step(EncKind::Latin1, b"\xe9"),
            Step::Char('é', 1)
        ));
    }

    #[test]
    fn error_handlers() {
        assert_eq!(
            decode_replacement("replace", b"\xff").as_deref(),
            Some("\u{fffd}")
        );
        assert_eq!(decode_replacement("ignore", b"\xff").as_deref(), Some(""));
        assert_eq!(
            decode_replacement("backslashreplace", b"\xff\xfe").as_deref(),
            Some("\\xff\\xfe")
        );
        assert_eq!(decode_replacement("strict", b"\xff"), None);
    }
}
