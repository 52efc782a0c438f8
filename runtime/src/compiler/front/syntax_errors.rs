//! Translation of ruff's parse errors into CPython 3.11's `SyntaxError`s.

use ruff_python_parser::{ParseErrorType, Parsed as RuffParsed};

use super::{ast, Ranged, SourceMap};
use crate::compiler::errors::{CompileError, SyntaxErrorKind};
use crate::compiler::Mode;

/// Fails with the first syntax error of `parsed`, if any.
pub(super) fn check(
    map: &SourceMap<'_>,
    parsed: &RuffParsed<ast::Mod>,
    _mode: Mode,
) -> Result<(), CompileError> {
    if let Some(err) = parsed.errors().first() {
        let msg = match &err.error {
            ParseErrorType::UnexpectedIndentation => "unexpected indent".to_string(),
            _ => "invalid syntax".to_string(),
        };
        let mut e = map.error(msg, err.range());
        e.text = Some(format!("{}\n", map.line_text(e.lineno as usize - 1)));
        if matches!(err.error, ParseErrorType::UnexpectedIndentation) {
            e.kind = SyntaxErrorKind::IndentationError;
        }
        return Err(e);
    }
    if let Some(err) = parsed.unsupported_syntax_errors().first() {
        let mut e = map.error("invalid syntax", err.range());
        e.text = Some(format!("{}\n", map.line_text(e.lineno as usize - 1)));
        return Err(e);
    }
    Ok(())
}
