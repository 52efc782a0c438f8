//! A scan of the source with the error checks of CPython 3.11's tokenizer (`tokenizer.c`).
//!
//! Ruff's lexer recovers from, or words differently, the errors CPython's tokenizer reports
//! before the grammar is even consulted: unterminated strings, unclosed or mismatched
//! brackets, inconsistent indentation (IndentationError/TabError), malformed number literals,
//! non-printable characters, a backslash at the end of the file. CPython reports such an
//! error wherever it is in the file, in preference to a grammar error (its parser re-tokenizes
//! the rest of the source after a grammar error), so [`scan`] looks at the whole source and
//! returns the first one, with CPython's message and position.
//!
//! It also reports the innermost bracket still open at the end of the file (for `'(' was
//! never closed`) and lets callers ask for the innermost open bracket at an offset.
//!
//! Positions follow CPython: `offset` is the number of characters before the tokenizer's
//! cursor when it gave up (usually the 1-based column of the offending character).

use super::SyntaxErrorKind;

/// A tokenizer error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TokError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// CPython's `offset` and `end_offset` for this error.
    pub offset: u32,
    pub end_offset: i32,
}

/// An open bracket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Bracket {
    pub ch: char,
    /// 1-based line and 0-based character column.
    pub line: u32,
    pub col: u32,
    /// Byte offset.
    pub at: usize,
}

/// The result of a scan.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The first tokenizer error, if any.
    pub error: Option<TokError>,
    /// Brackets still open at the end of the source (when there was no error).
    pub open: Vec<Bracket>,
}

/// CPython's limits.
const MAXLEVEL: usize = 200;
const MAXINDENT: usize = 100;
const TABSIZE: u32 = 8;

struct Scanner<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    line_start: usize,
    brackets: Vec<Bracket>,
    indents: Vec<(u32, u32)>,
    /// Last line number of the source (CPython's `lineno` at end of file).
    last_line: u32,
    /// Stop at this byte offset (for `open_bracket_at`).
    stop: usize,
}

/// Scans `src` for tokenizer errors.
pub(crate) fn scan(src: &str) -> Scan {
    let mut s = Scanner::new(src, src.len());
    let error = s.run().err();
    Scan {
        error,
        open: s.brackets,
    }
}

/// The innermost bracket open at byte offset `at` (`None` at top level).
pub(crate) fn open_bracket_at(src: &str, at: usize) -> Option<Bracket> {
    let mut s = Scanner::new(src, at.min(src.len()));
    let _ = s.run();
    s.brackets.last().copied()
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

impl<'a> Scanner<'a> {
    fn new(src: &'a str, stop: usize) -> Scanner<'a> {
        let newlines = src.bytes().filter(|&b| b == b'\n').count() as u32;
        let last_line = if src.is_empty() || src.ends_with('\n') {
            newlines.max(1)
        } else {
            newlines + 1
        };
        Scanner {
            src,
            pos: 0,
            line: 1,
            line_start: 0,
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            last_line,
            stop,
        }
    }

    fn peek(&self) -> Option<char> {
        self.src.get(self.pos..)?.chars().next()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.src.get(self.pos..)?.chars().nth(k)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.line_start = self.pos;
        }
        Some(c)
    }

    /// Characters between the start of the current line and `pos`.
    fn col_of(&self, pos: usize) -> u32 {
        self.src
            .get(self.line_start..pos.max(self.line_start))
            .map_or(0, |s| s.chars().count() as u32)
    }

    /// The length in characters of the current line (without its terminator).
    fn line_len(&self) -> u32 {
        let rest = self.src.get(self.line_start..).unwrap_or("");
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        rest[..end].chars().count() as u32
    }

    fn err(&self, msg: impl Into<String>, offset: u32, end_offset: i32) -> TokError {
        TokError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            line: self.line,
            offset,
            end_offset,
        }
    }

    /// An error at the cursor (`syntaxerror(tok, ...)`: offset = characters before it).
    fn err_here(&self, msg: impl Into<String>) -> TokError {
        let c = self.col_of(self.pos);
        self.err(msg, c, c as i32)
    }

    fn run(&mut self) -> Result<(), TokError> {
        let mut at_line_start = true;
        while self.pos < self.stop {
            if at_line_start && self.brackets.is_empty() {
                at_line_start = false;
                self.indentation()?;
                continue;
            }
            let Some(c) = self.peek() else { break };
            match c {
                // A newline inside brackets does not start a logical line: the text after
                // the closing bracket (`):` of a multi-line `def` header) is not indentation.
                '\n' => {
                    self.bump();
                    at_line_start = self.brackets.is_empty();
                }
                '\r' => {
                    self.bump();
                    if self.peek() != Some('\n') {
                        self.line += 1;
                        self.line_start = self.pos;
                        at_line_start = self.brackets.is_empty();
                    }
                }
                ' ' | '\t' | '\x0c' => {
                    self.bump();
                }
                '#' => self.skip_comment(),
                '\\' => {
                    let here = self.pos;
                    self.bump();
                    match self.peek() {
                        Some('\n') => {
                            self.bump();
                            if self.pos >= self.src.len() {
                                self.line -= 1;
                                self.line_start = self.src[..here].rfind('\n').map_or(0, |p| p + 1);
                                let len = self.line_len();
                                return Err(self.err("unexpected EOF while parsing", len + 1, -1));
                            }
                        }
                        Some('\r') => {
                            self.bump();
                            if self.peek() == Some('\n') {
                                self.bump();
                            } else {
                                self.line += 1;
                                self.line_start = self.pos;
                            }
                        }
                        None => {
                            let len = self.line_len();
                            return Err(self.err("unexpected EOF while parsing", len + 1, -1));
                        }
                        Some(_) => {
                            let c = self.col_of(self.pos) + 1;
                            return Err(self.err(
                                "unexpected character after line continuation character",
                                c,
                                c as i32,
                            ));
                        }
                    }
                }
                '(' | '[' | '{' => {
                    if self.brackets.len() >= MAXLEVEL {
                        self.bump();
                        return Err(self.err_here("too many nested parentheses"));
                    }
                    let col = self.col_of(self.pos);
                    self.brackets.push(Bracket {
                        ch: c,
                        line: self.line,
                        col,
                        at: self.pos,
                    });
                    self.bump();
                }
                ')' | ']' | '}' => {
                    self.bump();
                    let Some(open) = self.brackets.pop() else {
                        return Err(self.err_here(format!("unmatched '{c}'")));
                    };
                    let expected = match open.ch {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        let msg = if open.line != self.line {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{}' on line {}",
                                open.ch, open.line
                            )
                        } else {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{}'",
                                open.ch
                            )
                        };
                        return Err(self.err_here(msg));
                    }
                }
                '0'..='9' => self.number()?,
                '.' if self.peek_at(1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
                '\'' | '"' => self.string(self.pos)?,
                c if is_ident_char(c) => self.identifier()?,
                '\0' => return Err(self.err_here("source code string cannot contain null bytes")),
                c if c.is_control() => {
                    self.bump();
                    let msg = format!("invalid non-printable character U+{:04X}", c as u32);
                    return Err(self.err_here(msg));
                }
                _ => {
                    self.bump();
                }
            }
        }
        Ok(())
    }

    fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            if c == '\n' || c == '\r' {
                break;
            }
            self.bump();
        }
    }

    /// Indentation of a logical line (= the `atbol` part of `tok_get`).
    fn indentation(&mut self) -> Result<(), TokError> {
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.peek() {
                Some(' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some('\t') => {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol += 1;
                }
                Some('\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.bump();
        }
        // Blank lines and comment-only lines do not count.
        match self.peek() {
            None | Some('#' | '\n' | '\r') => return Ok(()),
            Some('\\') if matches!(self.peek_at(1), Some('\n' | '\r')) => return Ok(()),
            _ => {}
        }
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = |s: &Self| TokError {
            kind: SyntaxErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            line: s.line,
            offset: 1,
            end_offset: 0,
        };
        if col == top {
            if altcol != alttop {
                return Err(tab_error(self));
            }
        } else if col > top {
            if self.indents.len() >= MAXINDENT {
                let len = self.line_len();
                return Err(TokError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "too many levels of indentation".into(),
                    line: self.line,
                    offset: len + 1,
                    end_offset: -1,
                });
            }
            if altcol <= alttop {
                return Err(tab_error(self));
            }
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let len = self.line_len();
                return Err(TokError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "unindent does not match any outer indentation level".into(),
                    line: self.line,
                    offset: len + 1,
                    end_offset: -1,
                });
            }
            if altcol != alttop {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    /// An identifier, or a string prefix followed by a string.
    fn identifier(&mut self) -> Result<(), TokError> {
        let start = self.pos;
        while self.peek().is_some_and(is_ident_char) {
            self.bump();
        }
        let word = &self.src[start..self.pos];
        if matches!(self.peek(), Some('\'' | '"')) && word.len() <= 2 {
            let lower = word.to_ascii_lowercase();
            if matches!(
                lower.as_str(),
                "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
            ) {
                return self.string(start);
            }
        }
        Ok(())
    }

    /// A string literal whose token starts at `start` (prefix included); the cursor is on the
    /// opening quote.
    fn string(&mut self, start: usize) -> Result<(), TokError> {
        let Some(quote) = self.bump() else {
            return Ok(());
        };
        let start_line = self.line;
        let start_line_start = self.line_start;
        let triple = self.peek() == Some(quote) && self.peek_at(1) == Some(quote);
        if triple {
            self.bump();
            self.bump();
        }
        let unterminated = |s: &Self, detected: u32| {
            let col = s
                .src
                .get(start_line_start..start)
                .map_or(0, |t| t.chars().count() as u32)
                + 1;
            let what = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            TokError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: format!("{what} (detected at line {detected})"),
                line: start_line,
                offset: col,
                end_offset: col as i32,
            }
        };
        loop {
            let Some(c) = self.peek() else {
                let detected = if triple { self.last_line } else { self.line };
                return Err(unterminated(self, detected));
            };
            if c == quote {
                self.bump();
                if !triple {
                    return Ok(());
                }
                if self.peek() == Some(quote) && self.peek_at(1) == Some(quote) {
                    self.bump();
                    self.bump();
                    return Ok(());
                }
                continue;
            }
            if (c == '\n' || c == '\r') && !triple {
                return Err(unterminated(self, self.line));
            }
            if c == '\\' {
                self.bump();
                match self.peek() {
                    Some('\r') => {
                        self.bump();
                        if self.peek() == Some('\n') {
                            self.bump();
                        }
                    }
                    Some(_) => {
                        self.bump();
                    }
                    None => {}
                }
                continue;
            }
            self.bump();
        }
    }

    /// A number literal (= the number part of `tok_get`, with `verify_end_of_number`).
    fn number(&mut self) -> Result<(), TokError> {
        let start = self.pos;
        let first = self.bump().unwrap_or('0');
        if first == '.' {
            self.decimal_tail()?;
            return self.after_fraction();
        }
        if first == '0' {
            match self.peek() {
                Some('x' | 'X') => {
                    self.bump();
                    return self.radix_digits(16, "hexadecimal");
                }
                Some('o' | 'O') => {
                    self.bump();
                    return self.radix_digits(8, "octal");
                }
                Some('b' | 'B') => {
                    self.bump();
                    return self.radix_digits(2, "binary");
                }
                _ => {}
            }
            // Zeros (with underscores), then maybe more digits.
            let mut c = self.peek();
            loop {
                if c == Some('_') {
                    self.bump();
                    if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                        return Err(self.err_here("invalid decimal literal"));
                    }
                    c = self.peek();
                }
                if c != Some('0') {
                    break;
                }
                self.bump();
                c = self.peek();
            }
            let mut nonzero = false;
            if c.is_some_and(|d| d.is_ascii_digit()) {
                nonzero = true;
                let zeros_end = self.col_of(self.pos) + 1;
                self.decimal_tail()?;
                match self.peek() {
                    Some('.' | 'e' | 'E' | 'j' | 'J') => {}
                    _ => {
                        let col = self.col_of(start) + 1;
                        return Err(self.err(
                            "leading zeros in decimal integer literals are not permitted; \
                             use an 0o prefix for octal integers",
                            col,
                            zeros_end as i32,
                        ));
                    }
                }
            }
            let _ = nonzero;
            return self.after_integer();
        }
        self.decimal_tail()?;
        self.after_integer()
    }

    /// Digits and single underscores (= `tok_decimal_tail`); the cursor is after the first
    /// digit (or the dot of a fraction).
    fn decimal_tail(&mut self) -> Result<(), TokError> {
        loop {
            while self.peek().is_some_and(|d| d.is_ascii_digit()) {
                self.bump();
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
            self.bump();
            if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                return Err(self.err_here("invalid decimal literal"));
            }
        }
    }

    /// After the integer part: fraction, exponent, imaginary suffix.
    fn after_integer(&mut self) -> Result<(), TokError> {
        if self.peek() == Some('.') {
            self.bump();
            if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                self.decimal_tail()?;
            }
        }
        self.after_fraction()
    }

    fn after_fraction(&mut self) -> Result<(), TokError> {
        if matches!(self.peek(), Some('e' | 'E')) {
            let e_pos = self.pos;
            self.bump();
            match self.peek() {
                Some('+' | '-') => {
                    self.bump();
                    if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                        return Err(self.err_here("invalid decimal literal"));
                    }
                }
                Some(d) if d.is_ascii_digit() => {}
                _ => {
                    // `1else`-style keyword lookahead is only a warning in CPython.
                    let rest = self.src.get(e_pos..).unwrap_or("");
                    if rest.starts_with("else") {
                        self.pos = e_pos;
                        return Ok(());
                    }
                    self.pos = e_pos;
                    return Err(self.err_here("invalid decimal literal"));
                }
            }
            self.decimal_tail()?;
        }
        if matches!(self.peek(), Some('j' | 'J')) {
            self.bump();
            return self.end_of_number("imaginary");
        }
        self.end_of_number("decimal")
    }

    /// Digits of a 0x/0o/0b literal.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> Result<(), TokError> {
        loop {
            if self.peek() == Some('_') {
                self.bump();
            }
            match self.peek() {
                Some(d) if d.is_digit(radix) => {}
                Some(d) if d.is_ascii_digit() && radix != 16 => {
                    self.bump();
                    return Err(self.err_here(format!("invalid digit '{d}' in {kind} literal")));
                }
                _ => return Err(self.err_here(format!("invalid {kind} literal"))),
            }
            while self.peek().is_some_and(|d| d.is_digit(radix)) {
                self.bump();
            }
            if self.peek() != Some('_') {
                break;
            }
        }
        if let Some(d) = self.peek() {
            if d.is_ascii_digit() && radix != 16 {
                self.bump();
                return Err(self.err_here(format!("invalid digit '{d}' in {kind} literal")));
            }
        }
        self.end_of_number(kind)
    }

    /// = `verify_end_of_number`: a literal may not run into an identifier (except the
    /// keywords CPython only warns about).
    fn end_of_number(&mut self, kind: &str) -> Result<(), TokError> {
        let Some(c) = self.peek() else { return Ok(()) };
        let rest = self.src.get(self.pos..).unwrap_or("");
        let keyword = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|k| rest.starts_with(k));
        if keyword {
            return Ok(());
        }
        if is_ident_char(c) {
            return Err(self.err_here(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}
