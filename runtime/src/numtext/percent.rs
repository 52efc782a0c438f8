//! printf-style formatting (`str % args`, `bytes % args`): CPython 3.11's
//! `unicode_format_arg_parse` / `unicode_format_arg_output` and the number formatting behind
//! `%d %i %u %o %x %X` (`_PyUnicode_FormatLong`) and `%e %E %f %F %g %G` (`formatfloat`).
//!
//! The interpreter walks the arguments; this module parses the template and formats
//! numbers. [`PercentParser`] reproduces CPython's interleaving of parsing with argument
//! fetching exactly (a `*` fetches its argument while the spec is still being parsed; the
//! mapping check for `%(key)` comes first; an unsupported conversion character is reported
//! only after the value argument was fetched, see [`PercentSpec::check_conversion`]).
//!
//! `bytes % args` uses the same functions: decode the template (and the bytes produced by
//! `%b`/`%s`/`%r`/`%a`) as Latin-1, so that code points equal bytes and indices equal byte
//! offsets, and encode the result back; add `b` to the supported conversions and use
//! [`PercentSpec::unsupported_error`]`(true)` and [`percent_byte`] for bytes' messages.
//!
//! Invariants: indices in messages are code-point indices into the template; `%%` becomes a
//! literal `%` and adjacent literal text is merged into one piece; a width or precision that
//! is still [`PercentCount::Star`] when formatting counts as absent.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, DtsFlags};
use super::{reserve, FormatError};

/// A width or precision in a `%` spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentCount {
    /// Not given.
    None,
    /// `*`: taken from the next argument (resolve with [`PercentSpec::resolve_star_width`] /
    /// [`PercentSpec::resolve_star_precision`]).
    Star,
    /// A number written in the template (or a resolved `*`).
    N(usize),
}

impl PercentCount {
    fn get(self) -> Option<usize> {
        match self {
            PercentCount::N(n) => Some(n),
            _ => None,
        }
    }
}

/// The flag characters of a `%` spec.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: a space for non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// One conversion specification: `%[(key)][flags][width][.precision][h|l|L]conversion`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// The flags.
    pub flags: PercentFlags,
    /// The minimum width.
    pub width: PercentCount,
    /// The precision.
    pub precision: PercentCount,
    /// The conversion character (`s r a c d i u o x X e E f F g G`, or an unsupported one).
    pub conversion: char,
    /// Code-point index of the conversion character in the template (used in CPython's
    /// `unsupported format character` message).
    pub index: usize,
}

/// A piece of a parsed `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    /// A conversion specification.
    Spec(PercentSpec),
}

/// Which `*` argument the interpreter is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StarKind {
    /// `*` in the width position. Convert the argument like `PyLong_AsSsize_t`
    /// (`TypeError: * wants int` for non-ints; `OverflowError: Python int too large to
    /// convert to C ssize_t`).
    Width,
    /// `*` in the precision position. Convert like `_PyLong_AsInt`
    /// (`TypeError: * wants int`; `OverflowError: Python int too large to convert to C int`
    /// outside the i32 range; an i64 that is out of i32 range is also reported here).
    Precision,
}

/// The interpreter's side of a `%` operation while a spec is being parsed: CPython looks up
/// `%(key)` in the mapping and fetches `*` arguments in the middle of parsing, so errors
/// from those steps come before later parse errors.
pub trait PercentArgs<E> {
    /// `%(key)` was parsed: look `key` up in the mapping and make the result the current
    /// argument source (CPython: `args = mapping[key]`), or return the `KeyError`.
    fn key(&mut self, key: &str) -> Result<(), E>;
    /// A `*` was parsed: fetch the next argument (`TypeError: not enough arguments for
    /// format string`) and convert it as described by [`StarKind`].
    fn star(&mut self, kind: StarKind) -> Result<i64, E>;
}

/// The [`PercentArgs`] of [`parse_percent`]: keys are accepted, `*` stays unresolved.
struct NoArgs;

impl PercentSpec {
    /// Apply the value of a `*` width argument: a negative width means left-justify.
    pub fn resolve_star_width(&mut self, width: i64) {
        if width < 0 {
            self.flags.left = true;
        }
        self.width = PercentCount::N(width.unsigned_abs() as usize);
    }

    /// Apply the value of a `*` precision argument (negative means 0). Error:
    /// `OverflowError: Python int too large to convert to C int` outside the i32 range.
    pub fn resolve_star_precision(&mut self, precision: i64) -> Result<(), FormatError> {
        if i32::try_from(precision).is_err() {
            return Err(FormatError::overflow(
                "Python int too large to convert to C int",
            ));
        }
        self.precision = PercentCount::N(precision.max(0) as usize);
        Ok(())
    }

    /// Whether the conversion character is one `str % args` supports.
    pub fn is_supported(&self) -> bool {
        matches!(
            self.conversion,
            's' | 'r'
                | 'a'
                | 'c'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
        )
    }

    /// CPython's error for an unsupported conversion character, to raise *after* fetching
    /// the value argument (CPython fetches it first, so a missing argument wins).
    ///
    /// For `str` templates: `ValueError: unsupported format character 'y' (0x79) at index
    /// 3` (`'?'` shown for characters outside `' '..='~'`). For `bytes` templates
    /// (`for_bytes`; `b'%b'` is supported there, so check `conversion != 'b'` first): the raw
    /// byte is shown, and a byte >= 0x80 gives CPython's
    /// `OverflowError: character argument not in range(0x110000)` instead.
    pub fn unsupported_error(&self, for_bytes: bool) -> FormatError {
        let cp = self.conversion as u32;
        if for_bytes {
            if cp >= 0x80 {
                return FormatError::overflow("character argument not in range(0x110000)");
            }
            return FormatError::Value(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                self.conversion, cp, self.index
            ));
        }
        let shown = if (31..=126).contains(&cp) {
            self.conversion
        } else {
            '?'
        };
        FormatError::Value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, cp, self.index
        ))
    }

    /// `Ok(())` if the conversion is supported by `str % args`, else
    /// [`unsupported_error`](Self::unsupported_error)`(false)`.
    pub fn check_conversion(&self) -> Result<(), FormatError> {
        if self.is_supported() {
            Ok(())
        } else {
            Err(self.unsupported_error(false))
        }
    }
}

/// A lazy `%` template parser that lets the interpreter interleave argument fetching exactly
/// like CPython.
///
/// Usage: call [`next_piece`](Self::next_piece) until it returns `None`. For each
/// [`PercentPiece::Spec`]: fetch the value argument (from the current argument source,
/// which [`PercentArgs::key`] may have switched to `mapping[key]`), then check
/// [`PercentSpec::check_conversion`], then format. `*` arguments are fetched through
/// [`PercentArgs::star`] while parsing, so they are already resolved in the returned spec.
#[derive(Debug, Clone)]
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    has_mapping: bool,
}

impl PercentParser {
    /// A parser over `template`. `has_mapping` tells whether the right operand is a mapping
    /// (CPython: `PyMapping_Check(args)` and not a tuple or str); without one, `%(key)`
    /// raises `TypeError: format requires a mapping`.
    pub fn new(template: &str, has_mapping: bool) -> Self {
        PercentParser {
            chars: template.chars().collect(),
            pos: 0,
            has_mapping,
        }
    }

    /// The next piece, or `None` at the end. `args` is told about each `%(key)` and asked
    /// for each `*` argument, in template order (see [`PercentArgs`]). After an error, stop
    /// iterating.
    pub fn next_piece<E: From<FormatError>>(
        &mut self,
        args: &mut dyn PercentArgs<E>,
    ) -> Option<Result<PercentPiece, E>> {
        let n = self.chars.len();
        if self.pos >= n {
            return None;
        }
        if self.chars[self.pos] != '%' || self.chars.get(self.pos + 1) == Some(&'%') {
            let mut text = String::new();
            while self.pos < n {
                let c = self.chars[self.pos];
                if c != '%' {
                    text.push(c);
                    self.pos += 1;
                } else if self.chars.get(self.pos + 1) == Some(&'%') {
                    text.push('%');
                    self.pos += 2;
                } else {
                    break;
                }
            }
            return Some(Ok(PercentPiece::Literal(text)));
        }
        Some(self.parse_spec(args, true).map(PercentPiece::Spec))
    }

    /// Port of `unicode_format_arg_parse`, starting at a `%` that is not `%%`. Without
    /// `resolve`, a `*` stays [`PercentCount::Star`].
    fn parse_spec<E: From<FormatError>>(
        &mut self,
        args: &mut dyn PercentArgs<E>,
        resolve: bool,
    ) -> Result<PercentSpec, E> {
        let chars = &self.chars;
        // `cnt` mirrors CPython's fmtcnt: characters left after the current position.
        let mut pos = self.pos + 1;
        let mut cnt: i64 = (chars.len() - pos) as i64;
        let read = |p: usize| chars.get(p).copied().unwrap_or('\0');
        let mut ch = read(pos);
        let mut spec = PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: PercentCount::None,
            precision: PercentCount::None,
            conversion: '\0',
            index: 0,
        };
        let result = (|| -> Result<(), E> {
            if ch == '(' {
                if !self.has_mapping {
                    return Err(FormatError::Type("format requires a mapping".into()).into());
                }
                pos += 1;
                cnt -= 1;
                let key_start = pos;
                let mut depth = 1;
                while depth > 0 {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    ch = read(pos);
                    if ch == ')' {
                        depth -= 1;
                    } else if ch == '(' {
                        depth += 1;
                    }
                    pos += 1;
                }
                if cnt < 0 || depth > 0 {
                    return Err(FormatError::value("incomplete format key").into());
                }
                let key: String = chars[key_start..pos - 1].iter().collect();
                args.key(&key)?;
                spec.key = Some(key);
            }
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(pos);
                pos += 1;
                match ch {
                    '-' => spec.flags.left = true,
                    '+' => spec.flags.sign = true,
                    ' ' => spec.flags.blank = true,
                    '#' => spec.flags.alt = true,
                    '0' => spec.flags.zero = true,
                    _ => break,
                }
            }
            if ch == '*' {
                if resolve {
                    let w = args.star(StarKind::Width)?;
                    spec.resolve_star_width(w);
                } else {
                    spec.width = PercentCount::Star;
                }
                cnt -= 1;
                if cnt >= 0 {
                    ch = read(pos);
                    pos += 1;
                }
            } else if ch.is_ascii_digit() {
                let mut width = ch as i64 - '0' as i64;
                loop {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    ch = read(pos);
                    pos += 1;
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    let d = ch as i64 - '0' as i64;
                    if width > (i64::MAX - d) / 10 {
                        return Err(FormatError::value("width too big").into());
                    }
                    width = width * 10 + d;
                }
                spec.width = PercentCount::N(width as usize);
            }
            if ch == '.' {
                spec.precision = PercentCount::N(0);
                cnt -= 1;
                if cnt >= 0 {
                    ch = read(pos);
                    pos += 1;
                }
                if ch == '*' {
                    if resolve {
                        let p = args.star(StarKind::Precision)?;
                        spec.resolve_star_precision(p)?;
                    } else {
                        spec.precision = PercentCount::Star;
                    }
                    cnt -= 1;
                    if cnt >= 0 {
                        ch = read(pos);
                        pos += 1;
                    }
                } else if ch.is_ascii_digit() {
                    let mut prec = ch as i64 - '0' as i64;
                    loop {
                        cnt -= 1;
                        if cnt < 0 {
                            break;
                        }
                        ch = read(pos);
                        pos += 1;
                        if !ch.is_ascii_digit() {
                            break;
                        }
                        let d = ch as i64 - '0' as i64;
                        if prec > (i64::from(i32::MAX) - d) / 10 {
                            return Err(FormatError::value("precision too big").into());
                        }
                        prec = prec * 10 + d;
                    }
                    spec.precision = PercentCount::N(prec as usize);
                }
            }
            if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
                cnt -= 1;
                if cnt >= 0 {
                    ch = read(pos);
                    pos += 1;
                }
            }
            if cnt < 0 {
                return Err(FormatError::value("incomplete format").into());
            }
            Ok(())
        })();
        self.pos = pos;
        match result {
            Ok(()) => {
                spec.conversion = ch;
                spec.index = pos - 1;
                Ok(spec)
            }
            Err(e) => {
                self.pos = self.chars.len();
                Err(e)
            }
        }
    }
}

/// Parse a whole `%` template eagerly. `*` widths/precisions stay [`PercentCount::Star`];
/// `%(key)` is accepted; the first unsupported conversion character is an error
/// (`unsupported format character 'y' (0x79) at index 3`), as are `incomplete format`,
/// `incomplete format key`, `width too big` and `precision too big`. Use [`PercentParser`]
/// to reproduce CPython's exact error order when arguments are missing.
pub fn parse_percent(template: &str) -> Result<Vec<PercentPiece>, FormatError> {
    let mut parser = PercentParser::new(template, true);
    let mut pieces = Vec::new();
    while parser.pos < parser.chars.len() {
        let at_spec =
            parser.chars[parser.pos] == '%' && parser.chars.get(parser.pos + 1) != Some(&'%');
        if !at_spec {
            if let Some(piece) = parser.next_piece(&mut NoArgs) {
                pieces.push(piece?);
            }
            continue;
        }
        let spec = parser.parse_spec(&mut NoArgs, false)?;
        spec.check_conversion()?;
        pieces.push(PercentPiece::Spec(spec));
    }
    Ok(pieces)
}

impl PercentArgs<FormatError> for NoArgs {
    fn key(&mut self, _key: &str) -> Result<(), FormatError> {
        Ok(())
    }

    fn star(&mut self, _kind: StarKind) -> Result<i64, FormatError> {
        Ok(0)
    }
}

/// Port of `unicode_format_arg_output` for a formatted value `text`. `numeric` is CPython's
/// `arg->sign` (true for the number conversions).
fn output(text: &str, spec: &PercentSpec, numeric: bool) -> Result<String, FormatError> {
    let flags = spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let width = spec.width.get();
    let prec = spec.precision.get();
    if matches!(spec.conversion, 's' | 'r' | 'a' | 'b') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let mut idx = 0;
    let mut sign = numeric;
    let mut signchar = '\0';
    if sign {
        let first = chars.first().copied().unwrap_or('\0');
        if first == '-' || first == '+' {
            signchar = first;
            len -= 1;
            idx += 1;
        } else if flags.sign {
            signchar = '+';
        } else if flags.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::new();
    reserve(&mut out, width as u128 + text.len() as u128 + 2)?;
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alt && matches!(spec.conversion, 'x' | 'X' | 'o');
    let mut prefix_done = false;
    if alt_prefix {
        if fill != ' ' {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
            prefix_done = true;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix && !prefix_done {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len]);
    if width > len {
        for _ in 0..width - len {
            out.push(' ');
        }
    }
    Ok(out)
}

/// `%d %i %u %o %x %X` of an int (after the caller applied `int()`/`__index__` as CPython
/// does), with flags, width and precision (minimum digit count). `%#o` gives `0o…`, `%#x`
/// `0x…`, `%#X` `0X…`. Error: `OverflowError: precision too large` for precisions above
/// `INT_MAX - 3`, and `MemoryError` for absurd widths.
pub fn percent_int(v: &BigInt, spec: &PercentSpec) -> Result<String, FormatError> {
    if let Some(p) = spec.precision.get() {
        if p > (i32::MAX - 3) as usize {
            return Err(FormatError::overflow("precision too large"));
        }
    }
    let (radix, prefix) = match spec.conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = match v.to_u64() {
        Some(small) if radix == 10 => small.to_string(),
        _ => v.magnitude().to_str_radix(radix),
    };
    if spec.conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::new();
    let precision = spec.precision.get().unwrap_or(0);
    reserve(&mut text, precision.max(digits.len()) as u128 + 3)?;
    if v.sign() == Sign::Minus {
        text.push('-');
    }
    if spec.flags.alt {
        text.push_str(prefix);
    }
    for _ in digits.len()..precision {
        text.push('0');
    }
    text.push_str(&digits);
    output(&text, spec, true)
}

/// `%e %E %f %F %g %G` of a float (after the caller applied `float()`), with flags, width
/// and precision (default 6). Fails only with `MemoryError` for absurd sizes.
pub fn percent_float(v: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    let prec = spec.precision.get().unwrap_or(6) as i64;
    let flags = DtsFlags {
        alt: spec.flags.alt,
        ..DtsFlags::default()
    };
    let code = match spec.conversion {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c as u8,
        _ => b'g',
    };
    let text = double_to_string(v, code, prec, flags)?;
    output(&text, spec, true)
}

/// Pad the text of a `%s`, `%r`, `%a` or `%c` conversion (the caller converted the object
/// with `str()`, `repr()`, `ascii()`, or to its one character; for bytes also `%b`):
/// precision truncates `s r a b` to that many code points, width pads with spaces
/// (left-justified with `-`); the `0` and `+` flags have no effect. Fails only with
/// `MemoryError` for absurd widths.
pub fn percent_pad(text: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    output(text, spec, false)
}

/// The character of `'%c' % v` for an int `v`. Error:
/// `OverflowError: %c arg not in range(0x110000)`. Lone surrogates (U+D800..U+DFFF), which
/// CPython accepts, cannot be represented in a Rust `char` and give a `ValueError`.
pub fn percent_char(v: &BigInt) -> Result<char, FormatError> {
    match v.to_u32() {
        Some(cp) if cp <= 0x10ffff => char::from_u32(cp).ok_or_else(|| {
            FormatError::Value(format!(
                "%c arg {:#x} is a lone surrogate, which this runtime's str cannot hold",
                cp
            ))
        }),
        _ => Err(FormatError::overflow("%c arg not in range(0x110000)")),
    }
}

/// The byte of `b'%c' % v` for an int `v`. Error: `OverflowError: %c arg not in range(256)`.
pub fn percent_byte(v: &BigInt) -> Result<u8, FormatError> {
    v.to_u8()
        .ok_or_else(|| FormatError::overflow("%c arg not in range(256)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A test argument.
    #[derive(Debug, Clone)]
    enum A {
        I(&'static str),
        F(u64),
        S(&'static str),
    }

    fn type_name(a: &A) -> &'static str {
        match a {
            A::I(_) => "int",
            A::F(_) => "float",
            A::S(_) => "str",
        }
    }

    fn ascii_repr(s: &str) -> String {
        let mut o = String::from("'");
        for c in s.chars() {
            match c as u32 {
                cp if cp < 0x80 => o.push(c),
                cp if cp < 0x100 => o.push_str(&format!("\\x{cp:02x}")),
                cp if cp < 0x10000 => o.push_str(&format!("\\u{cp:04x}")),
                cp => o.push_str(&format!("\\U{cp:08x}")),
            }
        }
        o.push('\'');
        o
    }

    /// A miniature `str % args` driver over int/float/str arguments, with the mapping
    /// `{'k': 7, 'a(b)': 8}`.
    struct Driver<'a> {
        args: &'a [A],
        idx: usize,
        mapping: bool,
        current: Option<A>,
    }

    impl Driver<'_> {
        fn next_arg(&mut self) -> Result<A, FormatError> {
            if let Some(c) = &self.current {
                return Ok(c.clone());
            }
            let missing = || FormatError::Type("not enough arguments for format string".into());
            if self.mapping {
                return Err(missing());
            }
            let a = self.args.get(self.idx).cloned().ok_or_else(missing)?;
            self.idx += 1;
            Ok(a)
        }
    }

    impl PercentArgs<FormatError> for Driver<'_> {
        fn key(&mut self, key: &str) -> Result<(), FormatError> {
            self.current = Some(match key {
                "k" => A::I("7"),
                "a(b)" => A::I("8"),
                _ => return Err(FormatError::Value(format!("KeyError '{key}'"))),
            });
            Ok(())
        }

        fn star(&mut self, kind: StarKind) -> Result<i64, FormatError> {
            match self.next_arg()? {
                A::I(v) => {
                    let big: BigInt = v.parse().unwrap();
                    big.to_i64().ok_or_else(|| {
                        FormatError::overflow(match kind {
                            StarKind::Width => "Python int too large to convert to C ssize_t",
                            StarKind::Precision => "Python int too large to convert to C int",
                        })
                    })
                }
                _ => Err(FormatError::Type("* wants int".into())),
            }
        }
    }

    fn convert(spec: &PercentSpec, v: &A) -> Result<String, FormatError> {
        let c = spec.conversion;
        let parse = |i: &str| -> BigInt { i.parse().unwrap() };
        match (c, v) {
            ('s' | 'r' | 'a', _) => {
                let t = match v {
                    A::I(i) => i.to_string(),
                    A::F(b) => super::super::float_repr(f64::from_bits(*b)),
                    A::S(s) if c == 's' => s.to_string(),
                    A::S(s) if c == 'r' => format!("'{s}'"),
                    A::S(s) => ascii_repr(s),
                };
                percent_pad(&t, spec)
            }
            ('c', A::I(i)) => percent_pad(&percent_char(&parse(i))?.to_string(), spec),
            ('c', A::S(s)) if s.chars().count() == 1 => percent_pad(s, spec),
            ('c', _) => Err(FormatError::Type("%c requires int or char".into())),
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', A::I(i)) => percent_int(&parse(i), spec),
            ('d' | 'i' | 'u', A::F(b)) => {
                let t = super::super::float_to_bigint(f64::from_bits(*b)).unwrap();
                percent_int(&t, spec)
            }
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', other) => Err(FormatError::Type(format!(
                "%{c} format: {}",
                type_name(other)
            ))),
            (_, A::F(b)) => percent_float(f64::from_bits(*b), spec),
            (_, A::I(i)) => percent_float(super::super::bigint_to_f64(&parse(i))?, spec),
            (_, other) => Err(FormatError::Type(format!(
                "must be real number, not {}",
                type_name(other)
            ))),
        }
    }

    fn run(template: &str, args: &[A], mapping: bool) -> Result<String, FormatError> {
        let mut d = Driver {
            args,
            idx: 0,
            mapping,
            current: None,
        };
        let mut parser = PercentParser::new(template, mapping);
        let mut out = String::new();
        while let Some(piece) = parser.next_piece(&mut d) {
            match piece? {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(spec) => {
                    let v = d.next_arg()?;
                    spec.check_conversion()?;
                    out.push_str(&convert(&spec, &v)?);
                }
            }
        }
        if !mapping && d.idx < args.len() {
            return Err(FormatError::Type(
                "not all arguments converted during string formatting".into(),
            ));
        }
        Ok(out)
    }

    fn show(r: Result<String, FormatError>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => match e.message().strip_prefix("KeyError ") {
                Some(k) => format!("!KeyError:{k}"),
                None => format!("!{}:{}", e.class_name(), e.message()),
            },
        }
    }

    fn last_spec(template: &str) -> PercentSpec {
        let mut p = PercentParser::new(template, false);
        let mut found = None;
        while let Some(piece) = p.next_piece(&mut NoArgs) {
            if let Ok(PercentPiece::Spec(s)) = piece {
                found = Some(s);
            }
        }
        found.unwrap()
    }

    // BEGIN GENERATED: expected values computed by CPython 3.11.
    #[rustfmt::skip]
    const PERCENT: &[(&str, &[A], bool, &str)] = &[
        ("%d", &[A::I("0")], false, "0"),
        ("%d", &[A::I("65")], false, "65"),
        ("%d", &[A::I("-65")], false, "-65"),
        ("%d", &[A::I("255")], false, "255"),
        ("%d", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%d", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%5d", &[A::I("0")], false, "    0"),
        ("%5d", &[A::I("65")], false, "   65"),
        ("%5d", &[A::I("-65")], false, "  -65"),
        ("%5d", &[A::I("255")], false, "  255"),
        ("%5d", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%5d", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%-5d|", &[A::I("0")], false, "0    |"),
        ("%-5d|", &[A::I("65")], false, "65   |"),
        ("%-5d|", &[A::I("-65")], false, "-65  |"),
        ("%-5d|", &[A::I("255")], false, "255  |"),
        ("%-5d|", &[A::I("100000000000000000000")], false, "100000000000000000000|"),
        ("%-5d|", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424|"),
        ("%05d", &[A::I("0")], false, "00000"),
        ("%05d", &[A::I("65")], false, "00065"),
        ("%05d", &[A::I("-65")], false, "-0065"),
        ("%05d", &[A::I("255")], false, "00255"),
        ("%05d", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%05d", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%+d", &[A::I("0")], false, "+0"),
        ("%+d", &[A::I("65")], false, "+65"),
        ("%+d", &[A::I("-65")], false, "-65"),
        ("%+d", &[A::I("255")], false, "+255"),
        ("%+d", &[A::I("100000000000000000000")], false, "+100000000000000000000"),
        ("%+d", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("% d", &[A::I("0")], false, " 0"),
        ("% d", &[A::I("65")], false, " 65"),
        ("% d", &[A::I("-65")], false, "-65"),
        ("% d", &[A::I("255")], false, " 255"),
        ("% d", &[A::I("100000000000000000000")], false, " 100000000000000000000"),
        ("% d", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%+05d", &[A::I("0")], false, "+0000"),
        ("%+05d", &[A::I("65")], false, "+0065"),
        ("%+05d", &[A::I("-65")], false, "-0065"),
        ("%+05d", &[A::I("255")], false, "+0255"),
        ("%+05d", &[A::I("100000000000000000000")], false, "+100000000000000000000"),
        ("%+05d", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%.3d", &[A::I("0")], false, "000"),
        ("%.3d", &[A::I("65")], false, "065"),
        ("%.3d", &[A::I("-65")], false, "-065"),
        ("%.3d", &[A::I("255")], false, "255"),
        ("%.3d", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%.3d", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%#o", &[A::I("0")], false, "0o0"),
        ("%#o", &[A::I("65")], false, "0o101"),
        ("%#o", &[A::I("-65")], false, "-0o101"),
        ("%#o", &[A::I("255")], false, "0o377"),
        ("%#o", &[A::I("100000000000000000000")], false, "0o12657072742654304000000"),
        ("%#o", &[A::I("-1180591620717411303424")], false, "-0o200000000000000000000000"),
        ("%#x", &[A::I("0")], false, "0x0"),
        ("%#x", &[A::I("65")], false, "0x41"),
        ("%#x", &[A::I("-65")], false, "-0x41"),
        ("%#x", &[A::I("255")], false, "0xff"),
        ("%#x", &[A::I("100000000000000000000")], false, "0x56bc75e2d63100000"),
        ("%#x", &[A::I("-1180591620717411303424")], false, "-0x400000000000000000"),
        ("%#X", &[A::I("0")], false, "0X0"),
        ("%#X", &[A::I("65")], false, "0X41"),
        ("%#X", &[A::I("-65")], false, "-0X41"),
        ("%#X", &[A::I("255")], false, "0XFF"),
        ("%#X", &[A::I("100000000000000000000")], false, "0X56BC75E2D63100000"),
        ("%#X", &[A::I("-1180591620717411303424")], false, "-0X400000000000000000"),
        ("%#08o", &[A::I("0")], false, "0o000000"),
        ("%#08o", &[A::I("65")], false, "0o000101"),
        ("%#08o", &[A::I("-65")], false, "-0o00101"),
        ("%#08o", &[A::I("255")], false, "0o000377"),
        ("%#08o", &[A::I("100000000000000000000")], false, "0o12657072742654304000000"),
        ("%#08o", &[A::I("-1180591620717411303424")], false, "-0o200000000000000000000000"),
        ("%#08x", &[A::I("0")], false, "0x000000"),
        ("%#08x", &[A::I("65")], false, "0x000041"),
        ("%#08x", &[A::I("-65")], false, "-0x00041"),
        ("%#08x", &[A::I("255")], false, "0x0000ff"),
        ("%#08x", &[A::I("100000000000000000000")], false, "0x56bc75e2d63100000"),
        ("%#08x", &[A::I("-1180591620717411303424")], false, "-0x400000000000000000"),
        ("%-#08x|", &[A::I("0")], false, "0x0     |"),
        ("%-#08x|", &[A::I("65")], false, "0x41    |"),
        ("%-#08x|", &[A::I("-65")], false, "-0x41   |"),
        ("%-#08x|", &[A::I("255")], false, "0xff    |"),
        ("%-#08x|", &[A::I("100000000000000000000")], false, "0x56bc75e2d63100000|"),
        ("%-#08x|", &[A::I("-1180591620717411303424")], false, "-0x400000000000000000|"),
        ("%+#o", &[A::I("0")], false, "+0o0"),
        ("%+#o", &[A::I("65")], false, "+0o101"),
        ("%+#o", &[A::I("-65")], false, "-0o101"),
        ("%+#o", &[A::I("255")], false, "+0o377"),
        ("%+#o", &[A::I("100000000000000000000")], false, "+0o12657072742654304000000"),
        ("%+#o", &[A::I("-1180591620717411303424")], false, "-0o200000000000000000000000"),
        ("% #x", &[A::I("0")], false, " 0x0"),
        ("% #x", &[A::I("65")], false, " 0x41"),
        ("% #x", &[A::I("-65")], false, "-0x41"),
        ("% #x", &[A::I("255")], false, " 0xff"),
        ("% #x", &[A::I("100000000000000000000")], false, " 0x56bc75e2d63100000"),
        ("% #x", &[A::I("-1180591620717411303424")], false, "-0x400000000000000000"),
        ("%#.5x", &[A::I("0")], false, "0x00000"),
        ("%#.5x", &[A::I("65")], false, "0x00041"),
        ("%#.5x", &[A::I("-65")], false, "-0x00041"),
        ("%#.5x", &[A::I("255")], false, "0x000ff"),
        ("%#.5x", &[A::I("100000000000000000000")], false, "0x56bc75e2d63100000"),
        ("%#.5x", &[A::I("-1180591620717411303424")], false, "-0x400000000000000000"),
        ("%+.3o", &[A::I("0")], false, "+000"),
        ("%+.3o", &[A::I("65")], false, "+101"),
        ("%+.3o", &[A::I("-65")], false, "-101"),
        ("%+.3o", &[A::I("255")], false, "+377"),
        ("%+.3o", &[A::I("100000000000000000000")], false, "+12657072742654304000000"),
        ("%+.3o", &[A::I("-1180591620717411303424")], false, "-200000000000000000000000"),
        ("%#.3o", &[A::I("0")], false, "0o000"),
        ("%#.3o", &[A::I("65")], false, "0o101"),
        ("%#.3o", &[A::I("-65")], false, "-0o101"),
        ("%#.3o", &[A::I("255")], false, "0o377"),
        ("%#.3o", &[A::I("100000000000000000000")], false, "0o12657072742654304000000"),
        ("%#.3o", &[A::I("-1180591620717411303424")], false, "-0o200000000000000000000000"),
        ("%x", &[A::I("0")], false, "0"),
        ("%x", &[A::I("65")], false, "41"),
        ("%x", &[A::I("-65")], false, "-41"),
        ("%x", &[A::I("255")], false, "ff"),
        ("%x", &[A::I("100000000000000000000")], false, "56bc75e2d63100000"),
        ("%x", &[A::I("-1180591620717411303424")], false, "-400000000000000000"),
        ("%X", &[A::I("0")], false, "0"),
        ("%X", &[A::I("65")], false, "41"),
        ("%X", &[A::I("-65")], false, "-41"),
        ("%X", &[A::I("255")], false, "FF"),
        ("%X", &[A::I("100000000000000000000")], false, "56BC75E2D63100000"),
        ("%X", &[A::I("-1180591620717411303424")], false, "-400000000000000000"),
        ("%o", &[A::I("0")], false, "0"),
        ("%o", &[A::I("65")], false, "101"),
        ("%o", &[A::I("-65")], false, "-101"),
        ("%o", &[A::I("255")], false, "377"),
        ("%o", &[A::I("100000000000000000000")], false, "12657072742654304000000"),
        ("%o", &[A::I("-1180591620717411303424")], false, "-200000000000000000000000"),
        ("%i", &[A::I("0")], false, "0"),
        ("%i", &[A::I("65")], false, "65"),
        ("%i", &[A::I("-65")], false, "-65"),
        ("%i", &[A::I("255")], false, "255"),
        ("%i", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%i", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%u", &[A::I("0")], false, "0"),
        ("%u", &[A::I("65")], false, "65"),
        ("%u", &[A::I("-65")], false, "-65"),
        ("%u", &[A::I("255")], false, "255"),
        ("%u", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%u", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%ld", &[A::I("0")], false, "0"),
        ("%ld", &[A::I("65")], false, "65"),
        ("%ld", &[A::I("-65")], false, "-65"),
        ("%ld", &[A::I("255")], false, "255"),
        ("%ld", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%ld", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%hd", &[A::I("0")], false, "0"),
        ("%hd", &[A::I("65")], false, "65"),
        ("%hd", &[A::I("-65")], false, "-65"),
        ("%hd", &[A::I("255")], false, "255"),
        ("%hd", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%hd", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%Ld", &[A::I("0")], false, "0"),
        ("%Ld", &[A::I("65")], false, "65"),
        ("%Ld", &[A::I("-65")], false, "-65"),
        ("%Ld", &[A::I("255")], false, "255"),
        ("%Ld", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%Ld", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%c", &[A::I("0")], false, "\u{0}"),
        ("%c", &[A::I("65")], false, "A"),
        ("%c", &[A::I("-65")], false, "!OverflowError:%c arg not in range(0x110000)"),
        ("%c", &[A::I("255")], false, "\u{ff}"),
        ("%5c", &[A::I("0")], false, "    \u{0}"),
        ("%5c", &[A::I("65")], false, "    A"),
        ("%5c", &[A::I("-65")], false, "!OverflowError:%c arg not in range(0x110000)"),
        ("%5c", &[A::I("255")], false, "    \u{ff}"),
        ("%-5c|", &[A::I("0")], false, "\u{0}    |"),
        ("%-5c|", &[A::I("65")], false, "A    |"),
        ("%-5c|", &[A::I("-65")], false, "!OverflowError:%c arg not in range(0x110000)"),
        ("%-5c|", &[A::I("255")], false, "\u{ff}    |"),
        ("%.1c", &[A::I("0")], false, "\u{0}"),
        ("%.1c", &[A::I("65")], false, "A"),
        ("%.1c", &[A::I("-65")], false, "!OverflowError:%c arg not in range(0x110000)"),
        ("%.1c", &[A::I("255")], false, "\u{ff}"),
        ("%s", &[A::I("0")], false, "0"),
        ("%s", &[A::I("65")], false, "65"),
        ("%s", &[A::I("-65")], false, "-65"),
        ("%s", &[A::I("255")], false, "255"),
        ("%s", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%s", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%r", &[A::I("0")], false, "0"),
        ("%r", &[A::I("65")], false, "65"),
        ("%r", &[A::I("-65")], false, "-65"),
        ("%r", &[A::I("255")], false, "255"),
        ("%r", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%r", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%a", &[A::I("0")], false, "0"),
        ("%a", &[A::I("65")], false, "65"),
        ("%a", &[A::I("-65")], false, "-65"),
        ("%a", &[A::I("255")], false, "255"),
        ("%a", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%a", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%.2s", &[A::I("0")], false, "0"),
        ("%.2s", &[A::I("65")], false, "65"),
        ("%.2s", &[A::I("-65")], false, "-6"),
        ("%.2s", &[A::I("255")], false, "25"),
        ("%.2s", &[A::I("100000000000000000000")], false, "10"),
        ("%.2s", &[A::I("-1180591620717411303424")], false, "-1"),
        ("%5s", &[A::I("0")], false, "    0"),
        ("%5s", &[A::I("65")], false, "   65"),
        ("%5s", &[A::I("-65")], false, "  -65"),
        ("%5s", &[A::I("255")], false, "  255"),
        ("%5s", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%5s", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%-5s|", &[A::I("0")], false, "0    |"),
        ("%-5s|", &[A::I("65")], false, "65   |"),
        ("%-5s|", &[A::I("-65")], false, "-65  |"),
        ("%-5s|", &[A::I("255")], false, "255  |"),
        ("%-5s|", &[A::I("100000000000000000000")], false, "100000000000000000000|"),
        ("%-5s|", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424|"),
        ("%05s", &[A::I("0")], false, "    0"),
        ("%05s", &[A::I("65")], false, "   65"),
        ("%05s", &[A::I("-65")], false, "  -65"),
        ("%05s", &[A::I("255")], false, "  255"),
        ("%05s", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%05s", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%+s", &[A::I("0")], false, "0"),
        ("%+s", &[A::I("65")], false, "65"),
        ("%+s", &[A::I("-65")], false, "-65"),
        ("%+s", &[A::I("255")], false, "255"),
        ("%+s", &[A::I("100000000000000000000")], false, "100000000000000000000"),
        ("%+s", &[A::I("-1180591620717411303424")], false, "-1180591620717411303424"),
        ("%f", &[A::F(0x0000000000000000)], false, "0.000000"),
        ("%f", &[A::F(0x8000000000000000)], false, "-0.000000"),
        ("%f", &[A::F(0x3ff8000000000000)], false, "1.500000"),
        ("%f", &[A::F(0xbff8000000000000)], false, "-1.500000"),
        ("%f", &[A::F(0x4005666666666666)], false, "2.675000"),
        ("%f", &[A::F(0x4341c37937e08000)], false, "10000000000000000.000000"),
        ("%f", &[A::F(0x3ee4f8b588e368f1)], false, "0.000010"),
        ("%f", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%f", &[A::F(0xfff0000000000000)], false, "-inf"),
        ("%e", &[A::F(0x3ff8000000000000)], false, "1.500000e+00"),
        ("%e", &[A::F(0x4005666666666666)], false, "2.675000e+00"),
        ("%e", &[A::F(0x40fe240c9fbe76c9)], false, "1.234568e+05"),
        ("%e", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%e", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%e", &[A::F(0x7e37e43c8800759c)], false, "1.000000e+300"),
        ("%g", &[A::F(0x3ff8000000000000)], false, "1.5"),
        ("%g", &[A::F(0x4005666666666666)], false, "2.675"),
        ("%g", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%g", &[A::F(0x7e37e43c8800759c)], false, "1e+300"),
        ("%E", &[A::F(0x8000000000000000)], false, "-0.000000E+00"),
        ("%E", &[A::F(0x3ff8000000000000)], false, "1.500000E+00"),
        ("%E", &[A::F(0xbff8000000000000)], false, "-1.500000E+00"),
        ("%E", &[A::F(0x4005666666666666)], false, "2.675000E+00"),
        ("%E", &[A::F(0x4341c37937e08000)], false, "1.000000E+16"),
        ("%E", &[A::F(0x3ee4f8b588e368f1)], false, "1.000000E-05"),
        ("%E", &[A::F(0x40fe240c9fbe76c9)], false, "1.234568E+05"),
        ("%E", &[A::F(0x7ff0000000000000)], false, "INF"),
        ("%E", &[A::F(0xfff0000000000000)], false, "-INF"),
        ("%E", &[A::F(0x7ff8000000000000)], false, "NAN"),
        ("%E", &[A::F(0x7e37e43c8800759c)], false, "1.000000E+300"),
        ("%G", &[A::F(0x0000000000000000)], false, "0"),
        ("%G", &[A::F(0x3ff8000000000000)], false, "1.5"),
        ("%G", &[A::F(0x4005666666666666)], false, "2.675"),
        ("%G", &[A::F(0x4341c37937e08000)], false, "1E+16"),
        ("%G", &[A::F(0x7ff0000000000000)], false, "INF"),
        ("%G", &[A::F(0xfff0000000000000)], false, "-INF"),
        ("%G", &[A::F(0x7e37e43c8800759c)], false, "1E+300"),
        ("%F", &[A::F(0x0000000000000000)], false, "0.000000"),
        ("%F", &[A::F(0x3ff8000000000000)], false, "1.500000"),
        ("%F", &[A::F(0xbff8000000000000)], false, "-1.500000"),
        ("%F", &[A::F(0x4341c37937e08000)], false, "10000000000000000.000000"),
        ("%F", &[A::F(0x7ff0000000000000)], false, "INF"),
        ("%F", &[A::F(0xfff0000000000000)], false, "-INF"),
        ("%F", &[A::F(0x7ff8000000000000)], false, "NAN"),
        ("%F", &[A::F(0x7e37e43c8800759c)], false, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
        ("%.0f", &[A::F(0x8000000000000000)], false, "-0"),
        ("%.0f", &[A::F(0x3ff8000000000000)], false, "2"),
        ("%.0f", &[A::F(0x4341c37937e08000)], false, "10000000000000000"),
        ("%.0f", &[A::F(0x3ee4f8b588e368f1)], false, "0"),
        ("%.0f", &[A::F(0x40fe240c9fbe76c9)], false, "123457"),
        ("%.0f", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%.0f", &[A::F(0x7e37e43c8800759c)], false, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        ("%.3e", &[A::F(0x3ff8000000000000)], false, "1.500e+00"),
        ("%.3e", &[A::F(0x4341c37937e08000)], false, "1.000e+16"),
        ("%.3e", &[A::F(0x3ee4f8b588e368f1)], false, "1.000e-05"),
        ("%.3e", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%.3e", &[A::F(0xfff0000000000000)], false, "-inf"),
        ("%.3e", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%.10g", &[A::F(0x0000000000000000)], false, "0"),
        ("%.10g", &[A::F(0x3ff8000000000000)], false, "1.5"),
        ("%.10g", &[A::F(0x4005666666666666)], false, "2.675"),
        ("%.10g", &[A::F(0x3ee4f8b588e368f1)], false, "1e-05"),
        ("%.10g", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%.10g", &[A::F(0x7e37e43c8800759c)], false, "1e+300"),
        ("%#.0f", &[A::F(0x0000000000000000)], false, "0."),
        ("%#.0f", &[A::F(0x3ff8000000000000)], false, "2."),
        ("%#.0f", &[A::F(0xbff8000000000000)], false, "-2."),
        ("%#.0f", &[A::F(0x40fe240c9fbe76c9)], false, "123457."),
        ("%#.0f", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%#.0f", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%#g", &[A::F(0x8000000000000000)], false, "-0.00000"),
        ("%#g", &[A::F(0x3ff8000000000000)], false, "1.50000"),
        ("%#g", &[A::F(0xbff8000000000000)], false, "-1.50000"),
        ("%#g", &[A::F(0x4005666666666666)], false, "2.67500"),
        ("%#g", &[A::F(0x3ee4f8b588e368f1)], false, "1.00000e-05"),
        ("%#g", &[A::F(0x40fe240c9fbe76c9)], false, "123457."),
        ("%#g", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%#g", &[A::F(0xfff0000000000000)], false, "-inf"),
        ("%#g", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%#g", &[A::F(0x7e37e43c8800759c)], false, "1.00000e+300"),
        ("%#.3g", &[A::F(0x3ff8000000000000)], false, "1.50"),
        ("%#.3g", &[A::F(0xbff8000000000000)], false, "-1.50"),
        ("%#.3g", &[A::F(0x4341c37937e08000)], false, "1.00e+16"),
        ("%#.3g", &[A::F(0x3ee4f8b588e368f1)], false, "1.00e-05"),
        ("%#.3g", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%#.3g", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%+f", &[A::F(0x8000000000000000)], false, "-0.000000"),
        ("%+f", &[A::F(0x3ff8000000000000)], false, "+1.500000"),
        ("%+f", &[A::F(0xbff8000000000000)], false, "-1.500000"),
        ("%+f", &[A::F(0x4005666666666666)], false, "+2.675000"),
        ("%+f", &[A::F(0x7ff0000000000000)], false, "+inf"),
        ("% f", &[A::F(0x8000000000000000)], false, "-0.000000"),
        ("% f", &[A::F(0x3ff8000000000000)], false, " 1.500000"),
        ("% f", &[A::F(0x7ff0000000000000)], false, " inf"),
        ("% f", &[A::F(0xfff0000000000000)], false, "-inf"),
        ("% f", &[A::F(0x7ff8000000000000)], false, " nan"),
        ("% f", &[A::F(0x7e37e43c8800759c)], false, " 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
        ("%08.3f", &[A::F(0x3ff8000000000000)], false, "0001.500"),
        ("%08.3f", &[A::F(0x4005666666666666)], false, "0002.675"),
        ("%08.3f", &[A::F(0x7ff0000000000000)], false, "00000inf"),
        ("%08.3f", &[A::F(0xfff0000000000000)], false, "-0000inf"),
        ("%-10.2f|", &[A::F(0x0000000000000000)], false, "0.00      |"),
        ("%-10.2f|", &[A::F(0x3ff8000000000000)], false, "1.50      |"),
        ("%-10.2f|", &[A::F(0x7ff0000000000000)], false, "inf       |"),
        ("%-10.2f|", &[A::F(0xfff0000000000000)], false, "-inf      |"),
        ("%-10.2f|", &[A::F(0x7ff8000000000000)], false, "nan       |"),
        ("%-10.2f|", &[A::F(0x7e37e43c8800759c)], false, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00|"),
        ("%010.2e", &[A::F(0x0000000000000000)], false, "000.00e+00"),
        ("%010.2e", &[A::F(0x3ff8000000000000)], false, "001.50e+00"),
        ("%010.2e", &[A::F(0xbff8000000000000)], false, "-01.50e+00"),
        ("%010.2e", &[A::F(0x4341c37937e08000)], false, "001.00e+16"),
        ("%010.2e", &[A::F(0x3ee4f8b588e368f1)], false, "001.00e-05"),
        ("%010.2e", &[A::F(0x40fe240c9fbe76c9)], false, "001.23e+05"),
        ("%010.2e", &[A::F(0x7ff0000000000000)], false, "0000000inf"),
        ("%+08.3f", &[A::F(0x0000000000000000)], false, "+000.000"),
        ("%+08.3f", &[A::F(0x8000000000000000)], false, "-000.000"),
        ("%+08.3f", &[A::F(0x3ff8000000000000)], false, "+001.500"),
        ("%+08.3f", &[A::F(0xbff8000000000000)], false, "-001.500"),
        ("%+08.3f", &[A::F(0x4341c37937e08000)], false, "+10000000000000000.000"),
        ("%+08.3f", &[A::F(0x40fe240c9fbe76c9)], false, "+123456.789"),
        ("%+08.3f", &[A::F(0x7ff0000000000000)], false, "+0000inf"),
        ("%+08.3f", &[A::F(0x7ff8000000000000)], false, "+0000nan"),
        ("%-+8.2f|", &[A::F(0x3ff8000000000000)], false, "+1.50   |"),
        ("%-+8.2f|", &[A::F(0xbff8000000000000)], false, "-1.50   |"),
        ("%-+8.2f|", &[A::F(0x4341c37937e08000)], false, "+10000000000000000.00|"),
        ("%-+8.2f|", &[A::F(0x40fe240c9fbe76c9)], false, "+123456.79|"),
        ("%-+8.2f|", &[A::F(0x7ff0000000000000)], false, "+inf    |"),
        ("%-+8.2f|", &[A::F(0x7e37e43c8800759c)], false, "+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00|"),
        ("%08f", &[A::F(0x8000000000000000)], false, "-0.000000"),
        ("%08f", &[A::F(0x3ff8000000000000)], false, "1.500000"),
        ("%08f", &[A::F(0xbff8000000000000)], false, "-1.500000"),
        ("%08f", &[A::F(0x4341c37937e08000)], false, "10000000000000000.000000"),
        ("%08f", &[A::F(0x40fe240c9fbe76c9)], false, "123456.789000"),
        ("%08f", &[A::F(0x7ff0000000000000)], false, "00000inf"),
        ("%-08f|", &[A::F(0x0000000000000000)], false, "0.000000|"),
        ("%-08f|", &[A::F(0x3ff8000000000000)], false, "1.500000|"),
        ("%-08f|", &[A::F(0xbff8000000000000)], false, "-1.500000|"),
        ("%-08f|", &[A::F(0x4005666666666666)], false, "2.675000|"),
        ("%-08f|", &[A::F(0x4341c37937e08000)], false, "10000000000000000.000000|"),
        ("%-08f|", &[A::F(0x3ee4f8b588e368f1)], false, "0.000010|"),
        ("%-08f|", &[A::F(0x40fe240c9fbe76c9)], false, "123456.789000|"),
        ("%-08f|", &[A::F(0x7ff0000000000000)], false, "inf     |"),
        ("%-08f|", &[A::F(0xfff0000000000000)], false, "-inf    |"),
        ("%-08f|", &[A::F(0x7e37e43c8800759c)], false, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|"),
        ("%.20f", &[A::F(0x0000000000000000)], false, "0.00000000000000000000"),
        ("%.20f", &[A::F(0x3ff8000000000000)], false, "1.50000000000000000000"),
        ("%.20f", &[A::F(0x4005666666666666)], false, "2.67499999999999982236"),
        ("%.20f", &[A::F(0x4341c37937e08000)], false, "10000000000000000.00000000000000000000"),
        ("%.20f", &[A::F(0x40fe240c9fbe76c9)], false, "123456.78900000000430736691"),
        ("%.20f", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%.20f", &[A::F(0xfff0000000000000)], false, "-inf"),
        ("%.20f", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%.1g", &[A::F(0x0000000000000000)], false, "0"),
        ("%.1g", &[A::F(0x8000000000000000)], false, "-0"),
        ("%.1g", &[A::F(0x3ff8000000000000)], false, "2"),
        ("%.1g", &[A::F(0xbff8000000000000)], false, "-2"),
        ("%.1g", &[A::F(0x3ee4f8b588e368f1)], false, "1e-05"),
        ("%.1g", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%.1g", &[A::F(0x7e37e43c8800759c)], false, "1e+300"),
        ("%g", &[A::F(0x3ff8000000000000)], false, "1.5"),
        ("%g", &[A::F(0xbff8000000000000)], false, "-1.5"),
        ("%g", &[A::F(0x4341c37937e08000)], false, "1e+16"),
        ("%g", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%g", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%.0e", &[A::F(0x0000000000000000)], false, "0e+00"),
        ("%.0e", &[A::F(0x8000000000000000)], false, "-0e+00"),
        ("%.0e", &[A::F(0x3ff8000000000000)], false, "2e+00"),
        ("%.0e", &[A::F(0x3ee4f8b588e368f1)], false, "1e-05"),
        ("%.0e", &[A::F(0x40fe240c9fbe76c9)], false, "1e+05"),
        ("%.0e", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%.0e", &[A::F(0xfff0000000000000)], false, "-inf"),
        ("%.0e", &[A::F(0x7ff8000000000000)], false, "nan"),
        ("%.0e", &[A::F(0x7e37e43c8800759c)], false, "1e+300"),
        ("%s", &[A::F(0x8000000000000000)], false, "-0.0"),
        ("%s", &[A::F(0x3ff8000000000000)], false, "1.5"),
        ("%s", &[A::F(0x4005666666666666)], false, "2.675"),
        ("%s", &[A::F(0x3ee4f8b588e368f1)], false, "1e-05"),
        ("%s", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%s", &[A::F(0x7e37e43c8800759c)], false, "1e+300"),
        ("%r", &[A::F(0x0000000000000000)], false, "0.0"),
        ("%r", &[A::F(0x8000000000000000)], false, "-0.0"),
        ("%r", &[A::F(0x3ff8000000000000)], false, "1.5"),
        ("%r", &[A::F(0x4341c37937e08000)], false, "1e+16"),
        ("%r", &[A::F(0x40fe240c9fbe76c9)], false, "123456.789"),
        ("%r", &[A::F(0x7ff0000000000000)], false, "inf"),
        ("%r", &[A::F(0x7e37e43c8800759c)], false, "1e+300"),
        ("%d", &[A::F(0x0000000000000000)], false, "0"),
        ("%d", &[A::F(0x8000000000000000)], false, "0"),
        ("%d", &[A::F(0x3ff8000000000000)], false, "1"),
        ("%d", &[A::F(0xbff8000000000000)], false, "-1"),
        ("%d", &[A::F(0x4341c37937e08000)], false, "10000000000000000"),
        ("%d", &[A::F(0x40fe240c9fbe76c9)], false, "123456"),
        ("%d", &[A::F(0x7e37e43c8800759c)], false, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        ("%s", &[A::S("abc")], false, "abc"),
        ("%.2s", &[A::S("abc")], false, "ab"),
        ("%6s|", &[A::S("abc")], false, "   abc|"),
        ("%-6s|", &[A::S("abc")], false, "abc   |"),
        ("%r", &[A::S("abc")], false, "'abc'"),
        ("%.3r", &[A::S("abc")], false, "'ab"),
        ("%a", &[A::S("abc")], false, "'abc'"),
        ("%8a|", &[A::S("abc")], false, "   'abc'|"),
        ("%s", &[A::S("h\u{e9}llo")], false, "h\u{e9}llo"),
        ("%.2s", &[A::S("h\u{e9}llo")], false, "h\u{e9}"),
        ("%6s|", &[A::S("h\u{e9}llo")], false, " h\u{e9}llo|"),
        ("%-6s|", &[A::S("h\u{e9}llo")], false, "h\u{e9}llo |"),
        ("%r", &[A::S("h\u{e9}llo")], false, "'h\u{e9}llo'"),
        ("%.3r", &[A::S("h\u{e9}llo")], false, "'h\u{e9}"),
        ("%a", &[A::S("h\u{e9}llo")], false, "'h\\xe9llo'"),
        ("%8a|", &[A::S("h\u{e9}llo")], false, "'h\\xe9llo'|"),
        ("%s", &[A::S("\u{1f600}")], false, "\u{1f600}"),
        ("%.2s", &[A::S("\u{1f600}")], false, "\u{1f600}"),
        ("%6s|", &[A::S("\u{1f600}")], false, "     \u{1f600}|"),
        ("%-6s|", &[A::S("\u{1f600}")], false, "\u{1f600}     |"),
        ("%r", &[A::S("\u{1f600}")], false, "'\u{1f600}'"),
        ("%.3r", &[A::S("\u{1f600}")], false, "'\u{1f600}'"),
        ("%a", &[A::S("\u{1f600}")], false, "'\\U0001f600'"),
        ("%8a|", &[A::S("\u{1f600}")], false, "'\\U0001f600'|"),
        ("%*d", &[A::I("5"), A::I("3")], false, "    3"),
        ("%-*d|", &[A::I("5"), A::I("3")], false, "3    |"),
        ("%*d|", &[A::I("-5"), A::I("3")], false, "3    |"),
        ("%.*f", &[A::I("2"), A::F(0x3ff8000000000000)], false, "1.50"),
        ("%.*f", &[A::I("-3"), A::F(0x3ff8000000000000)], false, "2"),
        ("%*.*f", &[A::I("8"), A::I("2"), A::F(0x400921f9f01b866e)], false, "    3.14"),
        ("%*", &[A::I("5")], false, "!ValueError:incomplete format"),
        ("%*", &[], false, "!TypeError:not enough arguments for format string"),
        ("%.*", &[A::I("2")], false, "!ValueError:incomplete format"),
        ("%*d", &[A::S("a"), A::I("1")], false, "!TypeError:* wants int"),
        ("%d %d", &[A::I("1")], false, "!TypeError:not enough arguments for format string"),
        ("%d", &[A::I("1"), A::I("2")], false, "!TypeError:not all arguments converted during string formatting"),
        ("%s %y", &[A::I("1")], false, "!TypeError:not enough arguments for format string"),
        ("%y", &[], false, "!TypeError:not enough arguments for format string"),
        ("%y", &[A::I("1")], false, "!ValueError:unsupported format character 'y' (0x79) at index 1"),
        ("%", &[], false, "!ValueError:incomplete format"),
        ("%5", &[A::I("1")], false, "!ValueError:incomplete format"),
        ("abc %", &[A::I("1")], false, "!ValueError:incomplete format"),
        ("%(a", &[], true, "!ValueError:incomplete format key"),
        ("%.", &[A::I("1")], false, "!ValueError:incomplete format"),
        ("%l", &[A::I("1")], false, "!ValueError:incomplete format"),
        ("%lld", &[A::I("1")], false, "!ValueError:unsupported format character 'l' (0x6c) at index 2"),
        ("%\u{1234}", &[A::I("1")], false, "!ValueError:unsupported format character '?' (0x1234) at index 1"),
        ("%\u{5}", &[A::I("1")], false, "!ValueError:unsupported format character '?' (0x5) at index 1"),
        ("%5%", &[A::I("1")], false, "!ValueError:unsupported format character '%' (0x25) at index 2"),
        ("%-%", &[], false, "!TypeError:not enough arguments for format string"),
        ("%%", &[], false, "%"),
        ("a%%b%%c", &[], false, "a%b%c"),
        ("%99999999999999999999d", &[A::I("1")], false, "!ValueError:width too big"),
        ("%.2147483648f", &[A::F(0x3ff0000000000000)], false, "!ValueError:precision too big"),
        ("%.2147483647d", &[A::I("1")], false, "!OverflowError:precision too large"),
        ("%(k)d %(k)s", &[], true, "7 7"),
        ("%(a(b))s", &[], true, "8"),
        ("%(k)s", &[A::I("1")], false, "!TypeError:format requires a mapping"),
        ("%(missing)s", &[], true, "!KeyError:'missing'"),
        ("%(a)", &[], true, "!KeyError:'a'"),
        ("%(k)", &[], true, "!ValueError:incomplete format"),
        ("%c", &[A::I("1114112")], false, "!OverflowError:%c arg not in range(0x110000)"),
        ("%c", &[A::I("-1")], false, "!OverflowError:%c arg not in range(0x110000)"),
        ("%c", &[A::S("xy")], false, "!TypeError:%c requires int or char"),
        ("%s and %s", &[A::S("a"), A::S("b")], false, "a and b"),
        ("%-+0#*.*f|", &[A::I("12"), A::I("3"), A::F(0xc004000000000000)], false, "-2.500      |"),
        ("%.*f", &[A::I("1099511627776"), A::F(0x3ff0000000000000)], false, "!OverflowError:Python int too large to convert to C int"),
        ("%.*d", &[A::I("2147483648"), A::I("1")], false, "!OverflowError:Python int too large to convert to C int"),
    ];
    #[rustfmt::skip]
    const BYTES_UNSUPPORTED: &[(&str, &str)] = &[
        ("%y", "!ValueError:unsupported format character 'y' (0x79) at index 1"),
        ("%\u{5}", "!ValueError:unsupported format character '\u{5}' (0x5) at index 1"),
        ("%\u{ff}", "!OverflowError:character argument not in range(0x110000)"),
        ("%\u{80}", "!OverflowError:character argument not in range(0x110000)"),
        ("ab %Q", "!ValueError:unsupported format character 'Q' (0x51) at index 4"),
    ];
    #[rustfmt::skip]
    const BYTES_PERCENT: &[(&str, &[A], &str)] = &[
        ("%b", &[A::S("abc")], "abc"),
        ("%.2b", &[A::S("abcd")], "ab"),
        ("%6b|", &[A::S("ab")], "    ab|"),
        ("%-6b|", &[A::S("ab")], "ab    |"),
        ("%06b", &[A::S("ab")], "    ab"),
        ("%+b", &[A::S("\u{ff}\u{80}")], "\u{ff}\u{80}"),
        ("%.1s", &[A::S("\u{e9}t\u{e9}")], "\u{e9}"),
        ("%d %x %#o", &[A::I("5"), A::I("255"), A::I("8")], "5 ff 0o10"),
        ("%08.2f", &[A::F(0xbff8000000000000)], "-0001.50"),
        ("%5c|", &[A::I("65")], "    A|"),
        ("%-3c|", &[A::S("z")], "z  |"),
        ("%c", &[A::S("\u{ff}")], "\u{ff}"),
        ("%.0b|%b", &[A::S("abc"), A::S("\u{0}")], "|\u{0}"),
    ];
    #[rustfmt::skip]
    const BYTE_CHAR: &[(i64, &str)] = &[
        (0, "0"),
        (65, "65"),
        (255, "255"),
        (256, "!OverflowError:%c arg not in range(256)"),
        (-1, "!OverflowError:%c arg not in range(256)"),
    ];
    // END GENERATED

    #[test]
    fn percent_matches_cpython() {
        for (template, args, mapping, want) in PERCENT {
            let got = show(run(template, args, *mapping));
            assert_eq!(&got, want, "{template:?} % {args:?}");
        }
    }

    /// `bytes % args` through the same functions, with bytes as Latin-1 text and `%b`.
    fn run_bytes(template: &str, args: &[A]) -> Result<String, FormatError> {
        let mut d = Driver {
            args,
            idx: 0,
            mapping: false,
            current: None,
        };
        let mut parser = PercentParser::new(template, false);
        let mut out = String::new();
        while let Some(piece) = parser.next_piece(&mut d) {
            match piece? {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(spec) => {
                    let v = d.next_arg()?;
                    let text = match (spec.conversion, &v) {
                        ('b' | 's', A::S(s)) => percent_pad(s, &spec)?,
                        ('c', A::S(s)) => percent_pad(s, &spec)?,
                        ('c', A::I(i)) => {
                            let b = percent_byte(&i.parse().unwrap())?;
                            percent_pad(&char::from(b).to_string(), &spec)?
                        }
                        _ => convert(&spec, &v)?,
                    };
                    out.push_str(&text);
                }
            }
        }
        Ok(out)
    }

    #[test]
    fn bytes_percent_matches_cpython() {
        for (template, args, want) in BYTES_PERCENT {
            assert_eq!(
                &show(run_bytes(template, args)),
                want,
                "{template:?} % {args:?}"
            );
        }
    }

    #[test]
    fn bytes_unsupported_characters() {
        for &(template, want) in BYTES_UNSUPPORTED {
            let spec = last_spec(template);
            assert_eq!(
                show(Err(spec.unsupported_error(true))),
                want,
                "{template:?}"
            );
        }
    }

    #[test]
    fn byte_char() {
        for &(v, want) in BYTE_CHAR {
            let got = match percent_byte(&BigInt::from(v)) {
                Ok(b) => b.to_string(),
                Err(e) => show(Err(e)),
            };
            assert_eq!(got, want, "b'%c' % {v}");
        }
    }

    #[test]
    fn eager_parse() {
        let pieces = parse_percent("a%%b %(x)-*.*f %5.2s%%").unwrap();
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[0], PercentPiece::Literal("a%b ".into()));
        let PercentPiece::Spec(s) = &pieces[1] else {
            panic!("not a spec")
        };
        assert_eq!(s.key.as_deref(), Some("x"));
        assert!(s.flags.left);
        assert_eq!(
            (s.width, s.precision, s.conversion),
            (PercentCount::Star, PercentCount::Star, 'f')
        );
        assert_eq!(pieces[2], PercentPiece::Literal(" ".into()));
        let PercentPiece::Spec(s) = &pieces[3] else {
            panic!("not a spec")
        };
        assert_eq!(
            (s.width, s.precision, s.conversion, s.index),
            (PercentCount::N(5), PercentCount::N(2), 's', 19)
        );
        assert_eq!(pieces[4], PercentPiece::Literal("%".into()));
        // The messages are checked against CPython 3.11 in `percent_matches_cpython`.
        assert!(matches!(parse_percent("%y"), Err(FormatError::Value(_))));
        assert!(matches!(parse_percent("abc %"), Err(FormatError::Value(_))));
    }
}
