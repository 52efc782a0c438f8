//! Case conversion (`lower`, `upper`, `casefold`, `capitalize`, `swapcase`,
//! `title`) and the `is*` predicates of `str`, following CPython 3.11's
//! `unicodeobject.c` (full/special casing, final sigma rule).

use super::unicode::{
    is_alnum as c_alnum, is_alpha as c_alpha, is_case_ignorable, is_cased, is_decimal as c_decimal,
    is_digit as c_digit, is_lower as c_lower, is_numeric as c_numeric, is_printable as c_printable,
    is_space as c_space, is_title as c_title, is_upper as c_upper, is_xid_continue, is_xid_start,
    to_folded_full, to_lower_full, to_title_full, to_upper_full, CaseMapping,
};

const CAPITAL_SIGMA: char = '\u{3a3}';
const SMALL_SIGMA: char = '\u{3c3}';
const FINAL_SIGMA: char = '\u{3c2}';

/// CPython's `handle_capital_sigma`: the capital sigma at byte offset `pos`
/// lowers to final sigma when preceded by a cased letter and not followed by
/// one, skipping case-ignorable characters in both directions.
fn lower_sigma(s: &str, pos: usize) -> char {
    let before = s[..pos].chars().rev().find(|&c| !is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(is_cased);
    if final_sigma {
        let after = s[pos + CAPITAL_SIGMA.len_utf8()..]
            .chars()
            .find(|&c| !is_case_ignorable(c));
        final_sigma = !after.is_some_and(is_cased);
    }
    if final_sigma {
        FINAL_SIGMA
    } else {
        SMALL_SIGMA
    }
}

/// CPython's `lower_ucs4`: full lowercase of the char at byte offset `pos`.
#[inline]
fn push_lower_at(s: &str, pos: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(lower_sigma(s, pos));
    } else {
        to_lower_full(c).push_to(out);
    }
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (pos, c) in s.char_indices() {
        push_lower_at(s, pos, c, &mut out);
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        to_upper_full(c).push_to(&mut out);
    }
    out
}

/// `str.casefold()` (full case folding; no final sigma rule).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        to_folded_full(c).push_to(&mut out);
    }
    out
}

/// `str.capitalize()`: titlecase (not uppercase, since Python 3.8) of the
/// first character, lowercase of the rest.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices();
    if let Some((_, c)) = it.next() {
        to_title_full(c).push_to(&mut out);
    }
    for (pos, c) in it {
        push_lower_at(s, pos, c, &mut out);
    }
    out
}

/// `str.swapcase()`: uppercase characters are lowered (with the final sigma
/// rule), lowercase ones uppered, others kept.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (pos, c) in s.char_indices() {
        if c_upper(c) {
            push_lower_at(s, pos, c, &mut out);
        } else if c_lower(c) {
            to_upper_full(c).push_to(&mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: titlecase after an uncased character, lowercase after a
/// cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (pos, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(s, pos, c, &mut out);
        } else {
            match to_title_full(c) {
                CaseMapping::One(m) => out.push(m),
                CaseMapping::Many(m) => out.push_str(m),
            }
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.islower()`: at least one lowercase character and no uppercase or
/// titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c_upper(c) || c_title(c) {
            return false;
        }
        if !cased && c_lower(c) {
            cased = true;
        }
    }
    cased
}

/// `str.isupper()`: at least one uppercase character and no lowercase or
/// titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c_lower(c) || c_title(c) {
            return false;
        }
        if !cased && c_upper(c) {
            cased = true;
        }
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c_upper(c) || c_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `str.isspace()`: non-empty and all Python whitespace.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, c_space)
}

/// `str.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, c_alpha)
}

/// `str.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, c_alnum)
}

/// `str.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, c_decimal)
}

/// `str.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, c_digit)
}

/// `str.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, c_numeric)
}

/// `str.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `str.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(c_printable)
}

/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue (no NFKC
/// normalisation, keywords are identifiers too).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}
