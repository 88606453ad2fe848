//! The lexer wrapper: turns logos' raw tokens into the parser's token stream, adding
//! NEWLINE/INDENT/DEDENT, tracking brackets, scanning literals, and normalising identifiers.
//! Yields `(start, Tok, end)` triples, LALRPOP's external-lexer format.

use std::collections::VecDeque;

use logos::Logos;
use unicode_normalization::UnicodeNormalization;

use super::ast::{Expr, StrLit};
use super::errors::{ErrEnd, ParseErr, SyntaxErrorKind};
use super::numbers::{scan_number, NumLit};
use super::strings::{self, Prefix};
use super::token::{RawTok, Tok};
use crate::intern::Interner;

pub type Spanned = (usize, Tok, usize);

/// CPython's limits: MAXLEVEL (brackets) and MAXINDENT (indentation levels).
pub const MAX_BRACKETS: usize = 200;
pub const MAX_INDENT: usize = 100;

/// Which entry point of the grammar the token stream is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Module,
    Eval,
    Single,
    /// The expression of an f-string field: no layout tokens, newlines allowed.
    FStringField,
}

/// A field expression parser, supplied by the parser module (f-strings nest parsers).
pub type FieldParser = fn(&str, usize, usize, &mut Interner, u32) -> Result<Expr, ParseErr>;

pub struct Lexer<'s, 'i> {
    src: &'s str,
    raw: logos::Lexer<'s, RawTok>,
    interner: &'i mut Interner,
    mode: Mode,
    queue: VecDeque<Spanned>,
    /// Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, usize)>,
    /// True until the current logical line has produced a token.
    at_line_start: bool,
    started: bool,
    finished: bool,
    field_parser: Option<FieldParser>,
    /// How deeply this lexer is nested inside f-string fields.
    fstring_depth: u32,
    /// Lex only `[0, limit)` (f-string fields are lexed inside the full source).
    limit: usize,
    last_was_with: bool,
}

impl<'s, 'i> Lexer<'s, 'i> {
    pub fn new(src: &'s str, mode: Mode, interner: &'i mut Interner) -> Self {
        Self::with_range(src, 0, src.len(), mode, interner)
    }

    /// Lexes `src[start..end]` while reporting offsets into the whole of `src`.
    pub fn with_range(
        src: &'s str,
        start: usize,
        end: usize,
        mode: Mode,
        interner: &'i mut Interner,
    ) -> Self {
        let mut raw = RawTok::lexer(&src[..end]);
        raw.bump(start);
        let brackets = if mode == Mode::FStringField {
            vec![(b'(', start)]
        } else {
            Vec::new()
        };
        Lexer {
            src,
            raw,
            interner,
            mode,
            queue: VecDeque::new(),
            indents: Vec::new(),
            brackets,
            at_line_start: true,
            started: false,
            finished: false,
            field_parser: None,
            fstring_depth: 0,
            limit: end,
            last_was_with: false,
        }
    }

    pub fn set_field_parser(&mut self, parser: FieldParser, depth: u32) {
        self.field_parser = Some(parser);
        self.fstring_depth = depth;
    }

    fn start_token(&self) -> Tok {
        match self.mode {
            Mode::Module => Tok::StartModule,
            Mode::Eval => Tok::StartEval,
            Mode::Single => Tok::StartSingle,
            Mode::FStringField => Tok::StartFString,
        }
    }

    fn lex_one(&mut self) -> Result<(), ParseErr> {
        if !self.started {
            self.started = true;
            let pos = self.raw.span().end;
            self.queue.push_back((pos, self.start_token(), pos));
            if self.mode == Mode::Module || self.mode == Mode::Single {
                self.indentation(pos)?;
            }
            return Ok(());
        }
        let Some(next) = self.raw.next() else {
            return self.end_of_input();
        };
        let span = self.raw.span();
        let raw = match next {
            Ok(raw) => raw,
            Err(()) => return Err(self.bad_character(span.start)),
        };
        let tok = match raw {
            RawTok::Newline => return self.newline(span.start, span.end),
            RawTok::Continuation => {
                if span.end >= self.limit && self.mode != Mode::FStringField {
                    return Err(ParseErr::at("unexpected EOF while parsing", self.limit)
                        .with_end(ErrEnd::Minus));
                }
                return Ok(());
            }
            RawTok::Backslash => {
                if span.end >= self.limit {
                    return Err(ParseErr::at("unexpected EOF while parsing", self.limit)
                        .with_end(ErrEnd::Minus));
                }
                return Err(ParseErr::at(
                    "unexpected character after line continuation character",
                    span.end,
                )
                .with_end(ErrEnd::Zero));
            }
            RawTok::Name => self.name(span.start, span.end)?,
            RawTok::NumberStart => return self.number(span.start),
            RawTok::StringStart => return self.string(span.start, span.end),
            RawTok::LPar | RawTok::LSqb | RawTok::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(ParseErr::at("too many nested parentheses", span.start));
                }
                self.brackets
                    .push((self.src.as_bytes()[span.start], span.start));
                let after_with =
                    matches!(self.queue.back(), Some((_, Tok::With, _))) || self.last_was_with;
                if raw == RawTok::LPar && after_with && self.parenthesized_with_items(span.end) {
                    Tok::WithLPar
                } else {
                    Tok::from_fixed(raw).unwrap_or(Tok::LPar)
                }
            }
            RawTok::RPar | RawTok::RSqb | RawTok::RBrace => {
                self.close_bracket(span.start)?;
                Tok::from_fixed(raw).unwrap_or(Tok::RPar)
            }
            _ => Tok::from_fixed(raw).unwrap_or(Tok::Semi),
        };
        self.emit(span.start, tok, span.end);
        Ok(())
    }

    fn emit(&mut self, start: usize, tok: Tok, end: usize) {
        self.at_line_start = false;
        self.last_was_with = tok == Tok::With;
        self.queue.push_back((start, tok, end));
    }

    fn newline(&mut self, start: usize, end: usize) -> Result<(), ParseErr> {
        if !self.brackets.is_empty() || self.mode == Mode::FStringField {
            return Ok(());
        }
        if !self.at_line_start {
            self.at_line_start = true;
            self.queue.push_back((start, Tok::Newline, end));
        }
        self.indentation(end)
    }

    /// Measures the indentation of the line starting at `pos` and queues INDENT/DEDENT tokens.
    /// Blank and comment-only lines are skipped, as in CPython.
    fn indentation(&mut self, pos: usize) -> Result<(), ParseErr> {
        let b = self.src.as_bytes();
        let (mut col, mut alt, mut i) = (0usize, 0usize, pos);
        loop {
            while i < self.limit {
                match b[i] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                i += 1;
            }
            // A backslash continuation in column 0 joins the next line, which then sets the
            // indentation; anywhere else the line that ends in the backslash sets it (CPython).
            let continuation =
                b.get(i) == Some(&b'\\') && matches!(b.get(i + 1), Some(b'\n' | b'\r'));
            if continuation && col == 0 {
                i += if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
                continue;
            }
            break;
        }
        if i >= self.limit || matches!(b[i], b'#' | b'\n' | b'\r') {
            return Ok(());
        }
        if self.mode == Mode::Eval {
            return Ok(());
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = || {
            ParseErr::at("inconsistent use of tabs and spaces in indentation", pos)
                .with_kind(SyntaxErrorKind::TabError)
                .with_end(ErrEnd::Zero)
        };
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() + 1 >= MAX_INDENT {
                return Err(ParseErr::at("too many levels of indentation", pos)
                    .with_kind(SyntaxErrorKind::IndentationError)
                    .with_end(ErrEnd::Zero));
            }
            self.indents.push((col, alt));
            self.queue.push_back((i.saturating_sub(1), Tok::Indent, i));
        } else {
            while let Some(&(c, _)) = self.indents.last() {
                if col >= c {
                    break;
                }
                self.indents.pop();
                self.queue.push_back((i, Tok::Dedent, i));
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let line_end = self.src[i..self.limit]
                    .find(['\n', '\r'])
                    .map_or(self.limit, |k| i + k);
                return Err(ParseErr::at(
                    "unindent does not match any outer indentation level",
                    line_end,
                )
                .with_kind(SyntaxErrorKind::IndentationError)
                .with_end(ErrEnd::Minus));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn end_of_input(&mut self) -> Result<(), ParseErr> {
        let end = self.limit;
        if self.mode != Mode::FStringField {
            if let Some(&(c, pos)) = self.brackets.first() {
                let _ = c;
                let (c, pos) = self.brackets.last().copied().unwrap_or((c, pos));
                return Err(
                    ParseErr::at(format!("'{}' was never closed", c as char), pos)
                        .with_end(ErrEnd::Zero),
                );
            }
            if !self.at_line_start {
                self.at_line_start = true;
                self.queue.push_back((end, Tok::Newline, end));
            }
            for _ in self.indents.drain(..) {
                self.queue.push_back((end, Tok::Dedent, end));
            }
        }
        self.finished = true;
        Ok(())
    }

    fn close_bracket(&mut self, pos: usize) -> Result<(), ParseErr> {
        let close = self.src.as_bytes()[pos];
        let open = match close {
            b')' => b'(',
            b']' => b'[',
            _ => b'{',
        };
        let floor = usize::from(self.mode == Mode::FStringField);
        if self.brackets.len() <= floor {
            return Err(ParseErr::at(format!("unmatched '{}'", close as char), pos));
        }
        let (o, opos) = self.brackets.pop().unwrap_or((open, pos));
        if o != open {
            let index = super::location::LineIndex::new(self.src);
            let (l1, l2) = (index.line_of(opos), index.line_of(pos));
            let msg = if l1 == l2 {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    close as char, o as char
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {l1}",
                    close as char, o as char
                )
            };
            return Err(ParseErr::at(msg, pos));
        }
        Ok(())
    }

    /// Looks past the `(` at `from` for its `)`: `with (...)` followed by `:` is a list of items.
    fn parenthesized_with_items(&self, from: usize) -> bool {
        let b = self.src.as_bytes();
        let mut depth = 1usize;
        let mut i = from;
        while i < self.limit {
            match b[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        let rest =
                            self.src[i + 1..self.limit].trim_start_matches([' ', '\t', '\x0c']);
                        return rest.starts_with(':') && !rest.starts_with(":=");
                    }
                }
                b'#' => {
                    while i < self.limit && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'\'' | b'"' => match strings::scan(&self.src[..self.limit], i, i) {
                    Ok(s) => {
                        i = s.end;
                        continue;
                    }
                    Err(_) => return false,
                },
                _ => {}
            }
            i += 1;
        }
        false
    }

    fn bad_character(&self, pos: usize) -> ParseErr {
        let c = self.src[pos..].chars().next().unwrap_or('\0');
        if c == '\0' {
            return ParseErr::at("source code cannot contain null bytes", pos);
        }
        if c.is_ascii() && !c.is_ascii_control() {
            return ParseErr::at("invalid syntax", pos);
        }
        invalid_character(c, pos)
    }

    fn name(&mut self, start: usize, end: usize) -> Result<Tok, ParseErr> {
        let text = &self.src[start..end];
        if text.is_ascii() {
            return Ok(Tok::Name(self.interner.intern(text)));
        }
        let normal: String = text.nfkc().collect();
        let valid = |s: &str| {
            let mut chars = s.chars();
            chars
                .next()
                .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
                && chars.all(unicode_ident::is_xid_continue)
        };
        if !valid(&normal) {
            // Point at the first character that cannot be part of an identifier.
            let mut prefix = String::new();
            for (k, c) in text.char_indices() {
                prefix.push(c);
                let norm: String = prefix.nfkc().collect();
                if !valid(&norm) {
                    if k == 0 && (c.is_ascii_digit() || unicode_ident::is_xid_continue(c)) {
                        continue;
                    }
                    return Err(invalid_character(c, start + k));
                }
            }
            return Err(invalid_character(text.chars().next().unwrap_or('?'), start));
        }
        // Keywords spelled with compatibility characters are still keywords in CPython.
        if let Ok(kw) = RawTok::lexer(&normal).next().unwrap_or(Err(())) {
            if let Some(tok) =
                Tok::from_fixed(kw).filter(|t| t.is_keyword() && t.spelling() == Some(&normal))
            {
                return Ok(tok);
            }
        }
        Ok(Tok::Name(self.interner.intern(&normal)))
    }

    fn number(&mut self, start: usize) -> Result<(), ParseErr> {
        let (end, value) = scan_number(&self.src[..self.limit], start)?;
        self.raw.bump(end - self.raw.span().end);
        let tok = match value {
            NumLit::Int(v) => Tok::Int(v),
            NumLit::Big(b) => Tok::BigInt(Box::new(super::ast::BigIntLit(b))),
            NumLit::Float(f) => Tok::Float(f),
            NumLit::Imaginary => Tok::Imaginary,
        };
        self.emit(start, tok, end);
        Ok(())
    }

    fn string(&mut self, start: usize, quote_end: usize) -> Result<(), ParseErr> {
        let quote = quote_end - 1;
        let Some(prefix) = Prefix::parse(&self.src[start..quote]) else {
            return Err(ParseErr::new("invalid syntax", start, quote));
        };
        let scanned = strings::scan(&self.src[..self.limit], start, quote)?;
        self.raw.bump(scanned.end - quote_end);
        let lit = self.string_value(start, prefix, scanned)?;
        self.emit(start, Tok::Str(Box::new(lit)), scanned.end);
        Ok(())
    }

    fn string_value(
        &mut self,
        start: usize,
        prefix: Prefix,
        scanned: strings::Scanned,
    ) -> Result<StrLit, ParseErr> {
        let src = self.src;
        let depth = self.fstring_depth;
        let field_parser = self.field_parser;
        let interner = &mut *self.interner;
        let mut parse_field = |a: usize, b: usize| -> Result<Expr, ParseErr> {
            match field_parser {
                Some(p) => p(src, a, b, interner, depth + 1),
                None => Err(ParseErr::at("f-string: nested too deeply", a)),
            }
        };
        strings::literal(src, start, prefix, scanned, &mut parse_field)
    }
}

fn invalid_character(c: char, pos: usize) -> ParseErr {
    let code = c as u32;
    if crate::pyrepr::is_printable(c) {
        ParseErr::at(format!("invalid character '{c}' (U+{code:04X})"), pos)
    } else {
        ParseErr::at(format!("invalid non-printable character U+{code:04X}"), pos)
    }
}

impl Iterator for Lexer<'_, '_> {
    type Item = Result<Spanned, ParseErr>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(t) = self.queue.pop_front() {
                return Some(Ok(t));
            }
            if self.finished {
                return None;
            }
            if let Err(e) = self.lex_one() {
                self.finished = true;
                self.queue.clear();
                return Some(Err(e));
            }
        }
    }
}
