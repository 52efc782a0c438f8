//! Translation of parse errors into CPython 3.11's `SyntaxError`s.
//!
//! Order of precedence, as CPython's: a tokenizer error anywhere in the source (see
//! `tokenize.rs`) wins; then a bracket left open at the end of the file, when the grammar error
//! is at the end or on a later line (`'(' was never closed`); then ruff's first grammar error,
//! reworded as CPython words it (the targets of invalid assignments are looked up in the
//! recovered AST to name them: `cannot assign to function call here. Maybe you meant '=='
//! instead of '='?`). Anything without a specific CPython message is `invalid syntax` at the
//! offending token.
//!
//! CPython's conventions for positions: `offset`/`end_offset` are 1-based character columns;
//! errors found by the parser carry the source line (with its newline) as `text`.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{
    InterpolatedStringErrorType, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, Parsed as RuffParsed};

mod lookup;

pub(crate) use lookup::expr_kind_name;
use lookup::is_bitwise_or_level;

use super::tokenize::{self, TokError};
use super::{ast, Ranged, SourceMap, TextRange, TextSize};
use crate::compiler::errors::{CompileError, SyntaxErrorKind};
use crate::compiler::Mode;

/// Fails with the first syntax error of `parsed`, if any.
pub(super) fn check(
    map: &SourceMap<'_>,
    parsed: &RuffParsed<ast::Mod>,
    mode: Mode,
) -> Result<(), CompileError> {
    if let Some(at) = map.source().find('\0') {
        let at = TextSize::new(at as u32);
        let mut e = map.error(
            "source code string cannot contain null bytes",
            TextRange::new(at, at),
        );
        e.text = None;
        return Err(e);
    }
    let scan = tokenize::scan(map.source());
    if let Some(e) = scan.error {
        return Err(tok_error(map, e));
    }
    if mode == Mode::Eval {
        // An expression may not be indented, nor be empty (as CPython's `compile(..., 'eval')`;
        // the `eval()` builtin strips leading blanks before compiling).
        let first = map.source().lines().enumerate().find(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        });
        if let Some((i, line)) = first.filter(|(_, l)| l.starts_with([' ', '\t'])) {
            let lineno = i as u32 + 1;
            let indent = line.chars().take_while(|c| *c == ' ' || *c == '\t').count() as u32;
            return Err(CompileError {
                kind: SyntaxErrorKind::IndentationError,
                msg: "unexpected indent".into(),
                filename: map.filename().to_string(),
                lineno,
                offset: indent,
                end_lineno: lineno,
                end_offset: -1,
                text: Some(format!("{line}\n")),
            });
        }
        if first.is_none() {
            let mut e = map.error("invalid syntax", TextRange::default());
            (e.lineno, e.offset, e.end_lineno, e.end_offset) = (0, 0, 0, 0);
            e.text = Some(String::new());
            return Err(e);
        }
    }
    let mapper = Mapper {
        map,
        module: parsed.syntax(),
        mode,
    };
    if let Some(err) = parsed.errors().first() {
        if let Some(open) = scan.open.last() {
            let at_eof = matches!(err.error, ParseErrorType::Lexical(LexicalErrorType::Eof))
                || u32::from(err.location.start()) as usize >= map.source().trim_end().len();
            if at_eof || map.line_of(err.location.start()) > open.line {
                let mut e = mapper.at_line(
                    open.line,
                    open.col + 1,
                    0,
                    format!("'{}' was never closed", open.ch),
                );
                e.end_lineno = open.line;
                return Err(e);
            }
        }
        return Err(mapper.parse_error(err));
    }
    if let Some(err) = parsed.unsupported_syntax_errors().first() {
        return Err(mapper.unsupported(err));
    }
    if mode == Mode::Single {
        mapper.check_single()?;
    }
    Ok(())
}

/// A tokenizer error as a `CompileError` (with the line as `text`).
fn tok_error(map: &SourceMap<'_>, e: TokError) -> CompileError {
    CompileError {
        kind: e.kind,
        msg: e.msg,
        filename: map.filename().to_string(),
        lineno: e.line,
        offset: e.offset,
        end_lineno: e.line,
        end_offset: e.end_offset,
        text: Some(format!(
            "{}\n",
            map.line_text(e.line.saturating_sub(1) as usize)
        )),
    }
}

pub(super) struct Mapper<'m, 's> {
    map: &'m SourceMap<'s>,
    module: &'m ast::Mod,
    mode: Mode,
}

impl Mapper<'_, '_> {
    /// An error with explicit CPython offsets on one line.
    fn at_line(
        &self,
        line: u32,
        offset: u32,
        end_offset: i32,
        msg: impl Into<String>,
    ) -> CompileError {
        CompileError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.map.filename().to_string(),
            lineno: line,
            offset,
            end_lineno: line,
            end_offset,
            text: Some(format!(
                "{}\n",
                self.map.line_text(line.saturating_sub(1) as usize)
            )),
        }
    }

    /// An error covering `range`.
    fn at_range(&self, range: TextRange, msg: impl Into<String>) -> CompileError {
        let mut e = self.map.error(msg, range);
        e.text = Some(format!(
            "{}\n",
            self.map.line_text(e.lineno.saturating_sub(1) as usize)
        ));
        e
    }

    fn parse_error(&self, err: &ParseError) -> CompileError {
        use ParseErrorType as P;
        let r = err.location;
        match &err.error {
            P::UnexpectedIndentation => {
                let line = self.map.line_of(r.start());
                let text = self.map.line_text(line as usize - 1);
                let indent = text.chars().take_while(|c| c.is_whitespace()).count() as u32;
                let mut e = self.at_line(line, indent, -1, "unexpected indent");
                e.kind = SyntaxErrorKind::IndentationError;
                e
            }
            P::OtherError(msg) if msg.starts_with("Expected an indented block after ") => {
                self.expected_block(msg, r)
            }
            P::OtherError(msg) if msg == "Only one '*' parameter allowed" => {
                self.at_range(first_char(r), "* argument may appear only once")
            }
            P::OtherError(msg) if msg == "Only one '**' parameter allowed" => {
                self.at_range(r, "arguments cannot follow var-keyword argument")
            }
            P::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
                let line = self.prev_code_line(r.start());
                let len = self.map.line_text(line as usize - 1).chars().count() as u32;
                self.at_line(line, len + 1, -1, "expected 'except' or 'finally' block")
            }
            P::ExpectedToken { expected, found } => self.expected_token(*expected, *found, r),
            P::InvalidAssignmentTarget => self.invalid_target(r, Target::Assign),
            P::InvalidNamedAssignmentTarget => self.invalid_target(r, Target::Named),
            P::InvalidAnnotatedAssignmentTarget => self.invalid_target(r, Target::Annotated),
            P::InvalidAugmentedAssignmentTarget => self.invalid_target(r, Target::Aug),
            P::InvalidDeleteTarget => self.invalid_target(r, Target::Del),
            P::NonDefaultParamAfterDefaultParam => {
                self.at_range(r, "non-default argument follows default argument")
            }
            P::ParamAfterVarKeywordParam => {
                self.at_range(r, "arguments cannot follow var-keyword argument")
            }
            P::ExpectedKeywordParam => self.at_range(r, "named arguments must follow bare *"),
            P::VarParameterWithDefault => {
                let src = self
                    .map
                    .source()
                    .get(u32::from(r.start()) as usize..)
                    .unwrap_or("");
                let msg = if src.starts_with("**") {
                    "var-keyword argument cannot have default value"
                } else {
                    "var-positional argument cannot have default value"
                };
                self.at_range(r, msg)
            }
            P::OtherError(msg) if msg == "Positional patterns cannot follow keyword patterns" => {
                self.at_range(r, "positional patterns follow keyword patterns")
            }
            P::InvalidMatchPatternTarget => self.at_range(r, "cannot use '_' as a target"),
            P::ExpectedRealNumber => self.at_range(r, "real number required in complex literal"),
            P::ExpectedImaginaryNumber => {
                self.at_range(r, "imaginary number required in complex literal")
            }
            P::PositionalAfterKeywordArgument => {
                self.at_range(r, "positional argument follows keyword argument")
            }
            P::PositionalAfterKeywordUnpacking => {
                self.at_range(r, "positional argument follows keyword argument unpacking")
            }
            P::InvalidArgumentUnpackingOrder => self.at_range(
                r,
                "iterable argument unpacking follows keyword argument unpacking",
            ),
            P::IterableUnpackingInComprehension => {
                self.at_range(r, "iterable unpacking cannot be used in comprehension")
            }
            P::UnparenthesizedGeneratorExpression => {
                self.at_range(r, "Generator expression must be parenthesized")
            }
            P::InvalidStarredExpressionUsage => self.starred_usage(r),
            P::FStringError(e) | P::Lexical(LexicalErrorType::FStringError(e)) => {
                self.fstring_error(e, r)
            }
            P::Lexical(lex) => self.lexical(lex, r),
            P::ExpectedExpression
                if self.in_fstring_braces(r) && self.fstring_field_unclosed(r) =>
            {
                self.at_range(first_char(r), "f-string: expecting '}'")
            }
            P::ExpectedExpression if self.in_fstring_braces(r) => {
                self.at_range(r, "f-string: empty expression not allowed")
            }
            P::SimpleStatementsOnSameLine => self
                .legacy_print(r)
                .unwrap_or_else(|| self.invalid_syntax(r)),
            _ => self.invalid_syntax(r),
        }
    }

    /// `invalid syntax` at a token (a newline or the end of the file is zero-width).
    fn invalid_syntax(&self, r: TextRange) -> CompileError {
        let text = self
            .map
            .source()
            .get(u32::from(r.start()) as usize..u32::from(r.end()) as usize)
            .unwrap_or("");
        if text.trim().is_empty() {
            let line = self.map.line_of(r.start());
            let col = self.map.char_col(r.start()) + 1;
            return self.at_line(line, col, col as i32, "invalid syntax");
        }
        self.at_range(r, "invalid syntax")
    }

    /// The last line with code before `at`.
    fn prev_code_line(&self, at: TextSize) -> u32 {
        let mut line = self.map.line_of(at);
        let mut first = true;
        while line > 1 {
            let text = self.map.line_text(line as usize - 1);
            let code = text.trim();
            let before_at = u32::from(at) as usize > self.map.line_start_offset(line as usize - 1);
            if !code.is_empty() && !code.starts_with('#') && (!first || before_at) {
                return line;
            }
            first = false;
            line -= 1;
        }
        line.max(1)
    }

    /// `expected an indented block after 'if' statement on line N`.
    fn expected_block(&self, msg: &str, r: TextRange) -> CompileError {
        let clause = msg.trim_start_matches("Expected an indented block after ");
        let (what, keywords): (&str, &[&str]) = match clause {
            "`if` statement" => ("'if' statement", &["if"]),
            "`else` clause" => ("'else' statement", &["else"]),
            "`elif` clause" => ("'elif' statement", &["elif"]),
            "`for` statement" => ("'for' statement", &["for", "async for"]),
            "`with` statement" => ("'with' statement", &["with", "async with"]),
            "`class` definition" => ("class definition", &["class"]),
            "`while` statement" => ("'while' statement", &["while"]),
            "function definition" => ("function definition", &["def", "async def"]),
            "`case` block" => ("'case' statement", &["case"]),
            "`try` statement" => ("'try' statement", &["try"]),
            "`except` clause" => ("'except' statement", &["except"]),
            "`finally` clause" => ("'finally' statement", &["finally"]),
            "`match` statement" => ("'match' statement", &["match"]),
            _ => ("statement", &[]),
        };
        // The header: the nearest line before the error starting with the keyword.
        let mut line = self.prev_code_line(r.start());
        let mut header = line;
        while line >= 1 {
            let t = self.map.line_text(line as usize - 1).trim_start();
            if keywords.iter().any(|k| t.starts_with(k)) {
                header = line;
                break;
            }
            if line == 1 {
                break;
            }
            line -= 1;
        }
        let mut e = self.at_range(
            r,
            format!("expected an indented block after {what} on line {header}"),
        );
        e.kind = SyntaxErrorKind::IndentationError;
        e
    }

    fn expected_token(&self, expected: TokenKind, found: TokenKind, r: TextRange) -> CompileError {
        let start = self.map.char_col(r.start()) + 1;
        let line = self.map.line_of(r.start());
        let tok_end = if matches!(found, TokenKind::Newline | TokenKind::EndOfFile) {
            start as i32
        } else {
            self.map.char_col(r.end()) as i32 + 1
        };
        match expected {
            TokenKind::Colon => {
                if let Some(b) =
                    tokenize::open_bracket_at(self.map.source(), u32::from(r.start()) as usize)
                {
                    if b.ch == '{' {
                        let key = self.expr_before(r.start()).map_or(r, |e| e.range());
                        let line = self.map.line_of(key.start());
                        let col = self.map.char_col(key.start()) + 1;
                        return self.at_line(line, col, 0, "':' expected after dictionary key");
                    }
                    return self.invalid_syntax(r);
                }
                if found == TokenKind::Equal {
                    let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                    if let (Some(a), Some(b)) =
                        (self.expr_before(r.start()), self.expr_after(r.end()))
                    {
                        return self
                            .at_range(TextRange::new(a.range().start(), b.range().end()), msg);
                    }
                    return self.at_line(line, start, tok_end, msg);
                }
                self.at_line(line, start, tok_end, "expected ':'")
            }
            TokenKind::Comma if is_augassign(found) => match self.aug_target_before(r.start()) {
                Some((target, range)) => self.at_range(
                    range,
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(target)
                    ),
                ),
                None => self.invalid_syntax(r),
            },
            TokenKind::Comma => self
                .forgot_comma(found, r)
                .unwrap_or_else(|| self.invalid_syntax(r)),
            TokenKind::Else => {
                let ifs = self.exprs(|e| {
                    matches!(e, ast::Expr::If(_)) && e.range().contains_inclusive(r.start())
                });
                match ifs.last() {
                    Some(ast::Expr::If(i)) => {
                        let range = TextRange::new(i.body.range().start(), i.test.range().end());
                        self.at_range(range, "expected 'else' after 'if' expression")
                    }
                    _ => self.invalid_syntax(r),
                }
            }
            TokenKind::Lpar => self.at_line(line, start, tok_end, "expected '('"),
            _ => self
                .legacy_print(r)
                .unwrap_or_else(|| self.invalid_syntax(r)),
        }
    }

    /// `invalid syntax. Perhaps you forgot a comma?`: two expressions side by side inside
    /// brackets (= `invalid_expression`).
    fn forgot_comma(&self, found: TokenKind, r: TextRange) -> Option<CompileError> {
        if !matches!(
            found,
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringStart
                | TokenKind::Lpar
                | TokenKind::Lsqb
                | TokenKind::Lbrace
                | TokenKind::Minus
                | TokenKind::Tilde
                | TokenKind::None
                | TokenKind::True
                | TokenKind::False
                | TokenKind::Ellipsis
                | TokenKind::Lambda
                | TokenKind::Not
        ) {
            return None;
        }
        tokenize::open_bracket_at(self.map.source(), u32::from(r.start()) as usize)?;
        // The expression before: the outermost one ending at the last code before the token
        // (`NAME STRING` is not this error, as in CPython's grammar).
        let prev = self.expr_before(r.start())?;
        if matches!(prev, ast::Expr::Name(_)) && found == TokenKind::String {
            return None;
        }
        let next = self.exprs(|e| e.range().start() == r.start());
        let end = next.first().map_or(r.end(), |e| e.range().end());
        Some(self.at_range(
            TextRange::new(prev.range().start(), end),
            "invalid syntax. Perhaps you forgot a comma?",
        ))
    }

    /// `print "x"`: `Missing parentheses in call to 'print'. Did you mean print(...)?`.
    fn legacy_print(&self, r: TextRange) -> Option<CompileError> {
        let src = self.map.source();
        let line_start = self.map.line_start_offset(self.map.line_index(r.start()));
        let head = src.get(line_start..u32::from(r.start()) as usize)?;
        let name = head.trim();
        if name != "print" && name != "exec" {
            return None;
        }
        let name_start = line_start + head.find(name)?;
        let stmts = self.stmts_at(r.start());
        let end = stmts.first().map_or(r.end(), |s| s.range().end());
        let range = TextRange::new(TextSize::new(name_start as u32), end);
        Some(self.at_range(
            range,
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
        ))
    }

    /// A misplaced `*x`/`**x`: in a dict display CPython has specific messages.
    fn starred_usage(&self, r: TextRange) -> CompileError {
        if self.mode == Mode::Eval
            && tokenize::open_bracket_at(self.map.source(), u32::from(r.start()) as usize).is_none()
        {
            // A bare starred expression is not an expression at all.
            return self.invalid_syntax(r);
        }
        let src = self.map.source();
        let in_dict = tokenize::open_bracket_at(src, u32::from(r.start()) as usize)
            .is_some_and(|b| b.ch == '{');
        if in_dict {
            let before = src
                .get(..u32::from(r.start()) as usize)
                .unwrap_or("")
                .trim_end();
            if before.ends_with(':') {
                return self.at_range(r, "cannot use a starred expression in a dictionary value");
            }
            let after = src.get(u32::from(r.end()) as usize..).unwrap_or("");
            if after.trim_start().starts_with(':') {
                let colon = u32::from(r.end()) as usize + after.find(':').unwrap_or(0);
                let at = TextSize::new(colon as u32);
                return self.invalid_syntax(TextRange::new(at, at + TextSize::new(1)));
            }
        }
        self.at_range(r, "can't use starred expression here")
    }

    /// Whether the replacement field at `r` runs into the end of its f-string (`f'{'`).
    fn fstring_field_unclosed(&self, r: TextRange) -> bool {
        let rest = self
            .map
            .source()
            .get(u32::from(r.start()) as usize..)
            .unwrap_or("");
        rest.starts_with(['\'', '"'])
    }

    /// Whether `r` is right after a `{` inside an f-string.
    fn in_fstring_braces(&self, r: TextRange) -> bool {
        let src = self.map.source();
        let before = src.get(..u32::from(r.start()) as usize).unwrap_or("");
        before.ends_with('{')
            && !self
                .exprs(|e| matches!(e, ast::Expr::FString(_)) && e.range().contains(r.start()))
                .is_empty()
    }

    fn fstring_error(&self, e: &InterpolatedStringErrorType, r: TextRange) -> CompileError {
        use InterpolatedStringErrorType as F;
        let msg = match e {
            F::UnclosedLbrace => "f-string: expecting '}'",
            F::InvalidConversionFlag => {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'"
            }
            F::SingleRbrace => "f-string: single '}' is not allowed",
            F::LambdaWithoutParentheses => {
                "f-string: lambda expressions are not allowed without parentheses"
            }
            _ => "invalid syntax",
        };
        self.at_range(r, msg)
    }

    fn lexical(&self, lex: &LexicalErrorType, r: TextRange) -> CompileError {
        use LexicalErrorType as L;
        match lex {
            L::UnrecognizedToken { tok } => {
                let c = *tok;
                if c.is_ascii() && !c.is_ascii_control() {
                    self.invalid_syntax(r)
                } else if crate::strlib::unicode::is_printable(c) {
                    self.at_range(
                        first_char(r),
                        format!("invalid character '{c}' (U+{:04X})", c as u32),
                    )
                } else {
                    self.at_range(
                        first_char(r),
                        format!("invalid non-printable character U+{:04X}", c as u32),
                    )
                }
            }
            L::InvalidByteLiteral => {
                let bytes = self.exprs(|e| {
                    matches!(e, ast::Expr::BytesLiteral(_))
                        && e.range().contains_inclusive(r.start())
                });
                let range = bytes.last().map_or(r, |b| b.range());
                self.at_range(range, "bytes can only contain ASCII literal characters")
            }
            L::UnicodeError | L::MissingUnicodeLbrace | L::MissingUnicodeRbrace => {
                self.unicode_error(r)
            }
            L::LineContinuationError => {
                self.at_range(r, "unexpected character after line continuation character")
            }
            L::Eof => {
                let line = self.map.line_of(r.start());
                let len = self.map.line_text(line as usize - 1).chars().count() as u32;
                self.at_line(line, len + 1, -1, "unexpected EOF while parsing")
            }
            L::IndentationError => {
                let line = self.map.line_of(r.start());
                let len = self.map.line_text(line as usize - 1).chars().count() as u32;
                let mut e = self.at_line(
                    line,
                    len + 1,
                    -1,
                    "unindent does not match any outer indentation level",
                );
                e.kind = SyntaxErrorKind::IndentationError;
                e
            }
            L::FStringError(e) => self.fstring_error(e, r),
            // The tokenizer scan found every string terminated, so this is a quote inside an
            // f-string's replacement field (a 3.12 nested f-string): CPython 3.11 sees the
            // field end at the quote.
            L::UnclosedStringError => self.at_range(first_char(r), "f-string: expecting '}'"),
            _ => self.invalid_syntax(r),
        }
    }

    /// A bad escape in a string literal: CPython reports the `unicodeescape` codec's error.
    fn unicode_error(&self, r: TextRange) -> CompileError {
        let src = self.map.source();
        // The escape starts at the last backslash at or before the error.
        let upto = src
            .get(..(u32::from(r.start()) as usize + 1).min(src.len()))
            .unwrap_or("");
        let start = upto.rfind('\\').unwrap_or(u32::from(r.start()) as usize);
        let esc = src.get(start..).unwrap_or("");
        let reason = if esc.starts_with("\\x") {
            "truncated \\xXX escape"
        } else if esc.starts_with("\\u") {
            "truncated \\uXXXX escape"
        } else if esc.starts_with("\\U") {
            "truncated \\UXXXXXXXX escape"
        } else if esc.starts_with("\\N{") {
            "unknown Unicode character name"
        } else if esc.starts_with("\\N") {
            "malformed \\N character escape"
        } else {
            "illegal Unicode character"
        };
        // Positions are relative to the literal's body, as the codec sees it.
        let strings = self.exprs(|e| {
            matches!(e, ast::Expr::StringLiteral(_) | ast::Expr::FString(_))
                && e.range().contains_inclusive(r.start())
        });
        let body_start = strings.last().map_or(start, |s| {
            let s0 = u32::from(s.range().start()) as usize;
            let text = src.get(s0..start).unwrap_or("");
            s0 + text.find(['\'', '"']).map_or(0, |q| {
                let rest = &text[q..];
                let quote = &rest[..1];
                if rest.starts_with(&quote.repeat(3)) {
                    q + 3
                } else {
                    q + 1
                }
            })
        });
        let from = src.get(body_start..start).map_or(0, |t| t.len());
        let len = escape_len(esc);
        let msg = format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {reason}",
            from,
            from + len - 1
        );
        let strings_end = strings.last().map_or(r.end(), |s| s.range().end());
        let line = self.map.line_of(strings_end);
        let col = self.map.char_col(strings_end) + 1;
        self.at_line(line, col, col as i32, msg)
    }

    /// An invalid assignment/deletion target.
    fn invalid_target(&self, r: TextRange, what: Target) -> CompileError {
        let Some(target) = self.expr_at(r) else {
            return self.invalid_syntax(r);
        };
        let name = expr_kind_name(target);
        match what {
            Target::Aug => self.at_range(
                r,
                format!("'{name}' is an illegal expression for augmented assignment"),
            ),
            Target::Del => self.at_range(r, format!("cannot delete {name}")),
            Target::Named => {
                self.at_range(r, format!("cannot use assignment expressions with {name}"))
            }
            Target::Annotated => match target {
                ast::Expr::Tuple(_) => {
                    self.at_range(r, "only single target (not tuple) can be annotated")
                }
                ast::Expr::List(_) => {
                    self.at_range(r, "only single target (not list) can be annotated")
                }
                _ => self.at_range(r, "illegal target for annotation"),
            },
            Target::Assign => {
                let stmts = self.stmts_at(r.start());
                let stmt = stmts.last();
                let single_assign = match stmt {
                    Some(ast::Stmt::Assign(a)) => a.targets.len() == 1 && a.targets[0].range() == r,
                    _ => false,
                };
                let src = self.map.source();
                let parenthesized = src
                    .get(..u32::from(r.start()) as usize)
                    .is_some_and(|s| s.trim_end().ends_with('('));
                if matches!(target, ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)) && !parenthesized
                {
                    return self.at_range(r, "assignment to yield expression not possible");
                }
                if single_assign && is_bitwise_or_level(target) {
                    return self.at_range(
                        r,
                        format!(
                            "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                        ),
                    );
                }
                self.at_range(r, format!("cannot assign to {name}"))
            }
        }
    }

    fn unsupported(&self, err: &UnsupportedSyntaxError) -> CompileError {
        let r = err.range;
        match &err.kind {
            UnsupportedSyntaxErrorKind::TypeParameterList => {
                self.at_range(first_char(r), "expected '('")
            }
            // (The kind's payload type is not exported by ruff; its name tells dicts apart.)
            k @ UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
                if format!("{k:?}").contains("DictInDict") {
                    self.at_range(r, "dict unpacking cannot be used in dict comprehension")
                } else {
                    self.at_range(r, "iterable unpacking cannot be used in comprehension")
                }
            }
            _ => self.invalid_syntax(r),
        }
    }

    /// `'single'` mode accepts one statement (or one line of simple statements).
    fn check_single(&self) -> Result<(), CompileError> {
        let ast::Mod::Module(m) = self.module else {
            return Ok(());
        };
        let Some(first) = m.body.first() else {
            let line = u32::from(!self.map.source().is_empty());
            let mut e = self.at_line(line.max(1), 0, 0, "invalid syntax");
            e.lineno = line;
            e.end_lineno = line;
            return Err(e);
        };
        let first_line = self.map.line_of(first.range().start());
        let compound = matches!(
            first,
            ast::Stmt::FunctionDef(_)
                | ast::Stmt::ClassDef(_)
                | ast::Stmt::If(_)
                | ast::Stmt::For(_)
                | ast::Stmt::While(_)
                | ast::Stmt::With(_)
                | ast::Stmt::Try(_)
                | ast::Stmt::Match(_)
        );
        let mut last_on_line = first;
        for s in &m.body[1..] {
            let line = self.map.line_of(s.range().start());
            if !compound
                && line == self.map.line_of(last_on_line.range().end())
                && line >= first_line
            {
                last_on_line = s;
                continue;
            }
            if compound {
                return Err(self.invalid_syntax(first_char(s.range())));
            }
            let end = last_on_line.range().end();
            let line = self.map.line_of(end);
            let col = self.map.char_col(end) + 1;
            return Err(self.at_line(
                line,
                col,
                col as i32,
                "multiple statements found while compiling a single statement",
            ));
        }
        Ok(())
    }
}

/// The length of the (possibly truncated) escape sequence at the start of `esc`.
fn escape_len(esc: &str) -> usize {
    let b = esc.as_bytes();
    let hex = |max: usize| {
        2 + b
            .iter()
            .skip(2)
            .take(max)
            .take_while(|c| c.is_ascii_hexdigit())
            .count()
    };
    match b.get(1) {
        Some(b'x') => hex(2),
        Some(b'u') => hex(4),
        Some(b'U') => hex(8),
        Some(b'N') => match esc.find('}') {
            Some(close) if b.get(2) == Some(&b'{') => close + 1,
            _ => 2,
        },
        _ => 2,
    }
}

/// The augmented-assignment operators.
fn is_augassign(t: TokenKind) -> bool {
    matches!(
        t,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
    )
}

/// Kinds of assignment targets, for their error messages.
#[derive(Clone, Copy)]
enum Target {
    Assign,
    Named,
    Annotated,
    Aug,
    Del,
}

/// The first character of a range (at least one byte wide).
fn first_char(r: TextRange) -> TextRange {
    let start = r.start();
    TextRange::new(
        start,
        (start + TextSize::new(1)).max(r.end().min(start + TextSize::new(1))),
    )
}
