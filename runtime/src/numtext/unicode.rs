//! The two Unicode properties numeric parsing needs, as CPython 3.11 (Unicode 14.0) sees
//! them: decimal digit values (`unicodedata.decimal`, `Py_UNICODE_TODECIMAL`) and
//! whitespace (`str.isspace`, `Py_UNICODE_ISSPACE`), plus CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`.
//!
//! Invariants: the tables were generated from CPython 3.11's `unicodedata` and `str.isspace`;
//! every Unicode decimal digit belongs to a run of ten consecutive code points whose first
//! member has value 0, so one table of run starts is enough.

/// First code point (value 0) of every run of ten Unicode decimal digits (category Nd),
/// sorted. Generated with CPython 3.11: `[c for c in range(0x110000)
/// if unicodedata.decimal(chr(c), None) == 0]`.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Non-ASCII code points for which `str.isspace()` is true in CPython 3.11.
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];

/// The decimal digit value of `c` (0..=9) if it is a Unicode decimal digit, like
/// `unicodedata.decimal(c, None)`; e.g. `'٣'` → `Some(3)`.
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return c.to_digit(10);
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    if cp - zero < 10 {
        Some(cp - zero)
    } else {
        None
    }
}

/// Whether `c` is whitespace for Python's `str.isspace()` (this includes `\x1c`..`\x1f`,
/// which Rust's `char::is_whitespace` does not).
pub fn is_python_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0D | 0x1C..=0x20 => true,
        cp if cp < 0x80 => false,
        cp => NON_ASCII_SPACES.binary_search(&cp).is_ok(),
    }
}

/// The C-level `Py_ISSPACE` test on an ASCII byte: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: characters below U+007F are kept,
/// other whitespace becomes `' '`, other decimal digits become their ASCII digit, and the
/// first other character becomes `'?'` and ends the result (which then never parses).
pub(crate) fn to_ascii_numeric(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if is_python_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_digit_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // BEGIN GENERATED: expected values computed by CPython 3.11.
    #[rustfmt::skip]
    const DECIMALS: &[(char, Option<u32>)] = &[
        ('0', Some(0)),
        ('9', Some(9)),
        ('a', None),
        ('\u{660}', Some(0)),
        ('\u{669}', Some(9)),
        ('\u{66a}', None),
        ('\u{ff11}', Some(1)),
        ('\u{1d7ce}', Some(0)),
        ('\u{1d7ff}', Some(9)),
        ('\u{1fbf9}', Some(9)),
        ('\u{1fbfa}', None),
        ('\u{b2}', None),
        ('\u{2155}', None),
        ('\u{e50}', Some(0)),
        ('\u{966}', Some(0)),
        ('\u{11066}', Some(0)),
        ('\u{2460}', None),
    ];
    #[rustfmt::skip]
    const SPACES: &[(char, bool)] = &[
        ('\u{9}', true),
        ('\u{a}', true),
        ('\u{b}', true),
        ('\u{c}', true),
        ('\u{d}', true),
        ('\u{1c}', true),
        ('\u{1f}', true),
        (' ', true),
        ('\u{85}', true),
        ('\u{a0}', true),
        ('\u{1680}', true),
        ('\u{2000}', true),
        ('\u{200a}', true),
        ('\u{2028}', true),
        ('\u{3000}', true),
        ('a', false),
        ('\u{0}', false),
        ('\u{8}', false),
        ('\u{7f}', false),
        ('\u{180e}', false),
        ('\u{200b}', false),
        ('\u{feff}', false),
        ('\u{2060}', false),
        ('\u{202f}', true),
        ('\u{205f}', true),
    ];
    // END GENERATED

    #[test]
    fn decimal_values_match_cpython() {
        for &(c, want) in DECIMALS {
            assert_eq!(decimal_digit_value(c), want, "{c:?}");
        }
    }

    #[test]
    fn spaces_match_cpython() {
        for &(c, want) in SPACES {
            assert_eq!(is_python_space(c), want, "{c:?}");
        }
    }

    #[test]
    fn ascii_transform() {
        assert_eq!(to_ascii_numeric("\u{661}\u{662} x"), b"12 x".to_vec());
        assert_eq!(to_ascii_numeric("\u{a0}5\u{3000}"), b" 5 ".to_vec());
        assert_eq!(to_ascii_numeric("1\u{e9}2"), b"1?".to_vec());
        assert_eq!(to_ascii_numeric("1\x7f"), b"1?".to_vec());
    }
}
