//! Syntax errors: the positioned error the front end raises internally (`ParseErr`, byte
//! offsets) and the public `SyntaxError` (line, column, source line) that renders like CPython.

use std::fmt;

use super::location::LineIndex;

/// CPython's three classes of compile-time error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// Where an error's end is reported. CPython reports some errors with a zero or negative end
/// column (unclosed brackets, indentation errors); we keep that shape so positions match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrEnd {
    At(usize),
    /// End column reported as 0 on the start line.
    Zero,
    /// End column reported as -1 on the start line.
    Minus,
}

/// An error found while lexing or parsing, positioned by byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseErr {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: ErrEnd,
}

impl ParseErr {
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> ParseErr {
        ParseErr {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end: ErrEnd::At(end),
        }
    }

    /// An error whose caret is a single point (CPython gives start == end for tokenizer errors).
    pub fn at(msg: impl Into<String>, pos: usize) -> ParseErr {
        ParseErr::new(msg, pos, pos)
    }

    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> ParseErr {
        self.kind = kind;
        self
    }

    pub fn with_end(mut self, end: ErrEnd) -> ParseErr {
        self.end = end;
        self
    }

    pub fn into_syntax_error(self, source: &str, filename: &str) -> SyntaxError {
        let index = LineIndex::new(source);
        let start = self.start.min(source.len());
        let (lineno, offset) = index.char_position(source, start);
        let (end_lineno, end_offset) = match self.end {
            ErrEnd::At(end) => {
                let (l, c) = index.char_position(source, end.min(source.len()).max(start));
                (l, c as i64)
            }
            ErrEnd::Zero => (lineno, 0),
            ErrEnd::Minus => (lineno, -1),
        };
        SyntaxError {
            kind: self.kind,
            msg: self.msg,
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: index.line_text(source, lineno).map(str::to_string),
        }
    }
}

/// A compile-time error as Python reports it. `offset` and `end_offset` are 1-based character
/// columns, as in CPython's `SyntaxError` attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: usize,
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: i64,
    /// The source line the error is on, without its line end.
    pub text: Option<String>,
}

impl std::error::Error for SyntaxError {}

/// Renders as CPython's traceback printer does: location, the stripped line, carets, message.
impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.lineno)?;
        if let Some(text) = &self.text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let removed = text.chars().count() - stripped.chars().count();
            let stripped = stripped.trim_end();
            writeln!(f, "    {stripped}")?;
            let width = stripped.chars().count();
            let start = self.offset.saturating_sub(1 + removed).min(width);
            let end = if self.end_lineno == self.lineno && self.end_offset > self.offset as i64 {
                (self.end_offset as usize - 1)
                    .saturating_sub(removed)
                    .min(width + 1)
            } else {
                start + 1
            };
            let carets = end.saturating_sub(start).max(1);
            writeln!(f, "    {}{}", " ".repeat(start), "^".repeat(carets))?;
        }
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}
