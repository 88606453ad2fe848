//! Drives the LALRPOP parser over the lexer and turns LR errors (an unexpected token plus the
//! set of expected ones) into CPython's messages. Never shows the raw expected set.

use lalrpop_util::{lalrpop_mod, ParseError};

use super::ast::{Expr, ExprKind, Mod};
use super::errors::{ErrEnd, ParseErr, SyntaxError, SyntaxErrorKind};
use super::lexer::{Lexer, Mode, Spanned};
use super::token::Tok;
use crate::intern::{Interner, Name};

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_qualifications)]
    grammar,
    "/python.rs"
);

/// f-string fields nest (a field's format spec may hold fields whose strings are f-strings);
/// CPython's quoting rules bound this, we bound it explicitly too.
const MAX_FSTRING_NESTING: u32 = 4;

/// Parses `source` in the given mode. `filename` only labels errors.
pub fn parse(
    source: &str,
    mode: Mode,
    filename: &str,
    interner: &mut Interner,
) -> Result<Mod, SyntaxError> {
    parse_offsets(source, mode, interner).map_err(|e| e.into_syntax_error(source, filename))
}

/// Like `parse`, with errors still positioned by byte offsets.
pub fn parse_offsets(source: &str, mode: Mode, interner: &mut Interner) -> Result<Mod, ParseErr> {
    if let Some(pos) = source.find('\0') {
        return Err(ParseErr::at("source code cannot contain null bytes", pos));
    }
    if source.len() >= u32::MAX as usize {
        return Err(ParseErr::at("source too large", 0));
    }
    let mut lexer = Lexer::new(source, mode, interner);
    lexer.set_field_parser(parse_field, 0);
    grammar::TopParser::new()
        .parse(lexer)
        .map_err(|e| fill_lines(describe_error(e, source, mode, (0, source.len())), source))
}

/// Parses one f-string field expression at `src[start..end]`.
pub(crate) fn parse_field(
    src: &str,
    start: usize,
    end: usize,
    interner: &mut Interner,
    depth: u32,
) -> Result<Expr, ParseErr> {
    if depth > MAX_FSTRING_NESTING {
        return Err(ParseErr::at(
            "f-string: expressions nested too deeply",
            start,
        ));
    }
    let mut lexer = Lexer::with_range(src, start, end, Mode::FStringField, interner);
    lexer.set_field_parser(parse_field, depth);
    let parsed = grammar::TopParser::new().parse(lexer);
    match parsed {
        Ok(Mod::Expression(e)) => {
            if let ExprKind::Starred { .. } = e.kind {
                return Err(ParseErr::new(
                    "f-string: cannot use starred expression here",
                    e.span.start as usize,
                    e.span.end as usize,
                ));
            }
            Ok(*e)
        }
        Ok(_) => Err(ParseErr::at("f-string: invalid syntax", start)),
        Err(ParseError::User { error }) => Err(error),
        Err(e) => {
            let mut err = describe_error(e, src, Mode::FStringField, (start, end));
            if !err.msg.starts_with("f-string") {
                err.msg = format!("f-string: {}", err.msg);
            }
            Err(err)
        }
    }
}

/// Stands in for field parsing when re-lexing for error context: fields were already parsed
/// once, and parsing them again from inside an error report could recurse.
fn skip_field(
    _: &str,
    start: usize,
    end: usize,
    _: &mut Interner,
    _: u32,
) -> Result<Expr, ParseErr> {
    Ok(Expr::constant(
        super::ast::Constant::None,
        super::ast::Span::new(start, end),
    ))
}

/// The tokens of the logical line containing the token at index `i`.
fn line_start(tokens: &[Spanned], i: usize) -> usize {
    let mut k = i.min(tokens.len());
    while k > 0 {
        match tokens[k - 1].1 {
            Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::StartSingle
            | Tok::StartEval => return k,
            _ => k -= 1,
        }
    }
    0
}

fn bracket_depth(tokens: &[Spanned]) -> i32 {
    tokens.iter().fold(0, |d, (_, t, _)| match t {
        Tok::LPar | Tok::WithLPar | Tok::LSqb | Tok::LBrace => d + 1,
        Tok::RPar | Tok::RSqb | Tok::RBrace => d - 1,
        _ => d,
    })
}

/// The innermost bracket still open at the end of `tokens`.
fn innermost_bracket(tokens: &[Spanned]) -> Option<Tok> {
    let mut stack = Vec::new();
    for (_, t, _) in tokens {
        match t {
            Tok::LPar | Tok::WithLPar | Tok::LSqb | Tok::LBrace => stack.push(t.clone()),
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

fn header_name(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::For => "'for' statement",
        Tok::While => "'while' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

fn ends_operand(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Str(_)
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

fn starts_operand(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Str(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Not
            | Tok::Tilde
    )
}

fn name_is(interner: &Interner, tok: &Tok, text: &str) -> bool {
    matches!(tok, Tok::Name(n) if lookup(interner, *n) == Some(text))
}

fn lookup(interner: &Interner, n: Name) -> Option<&str> {
    // Names in re-lexed tokens come from a fresh interner; compare by text via the original.
    Some(interner.lookup(n))
}

/// Maps an LR error to CPython's wording.
fn describe_error(
    err: ParseError<usize, Tok, ParseErr>,
    source: &str,
    mode: Mode,
    range: (usize, usize),
) -> ParseErr {
    let (start, tok, end, expected) = match err {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => return ParseErr::at("invalid syntax", location),
        ParseError::ExtraToken { token: (l, _, r) } => {
            return ParseErr::new("invalid syntax", l, r)
        }
        ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => (l, Some(t), r, expected),
        ParseError::UnrecognizedEof { location, expected } => (location, None, location, expected),
    };
    let expects = |s: &str| expected.iter().any(|e| e == s);
    let mut names = Interner::new();
    let tokens = {
        let mut lexer = Lexer::with_range(source, range.0, range.1, mode, &mut names);
        lexer.set_field_parser(skip_field, 0);
        let mut v: Vec<Spanned> = Vec::new();
        for t in lexer {
            match t {
                Ok(t) if t.0 < start || (t.0 == start && tok.is_none()) => v.push(t),
                Ok(t)
                    if t.0 == start
                        && matches!(t.1, Tok::Dedent | Tok::Newline)
                        && tok.as_ref() != Some(&t.1) =>
                {
                    v.push(t)
                }
                _ => break,
            }
        }
        v
    };
    let line = line_start(&tokens, tokens.len());
    let first = tokens.get(line).map(|t| &t.1);
    let prev = tokens.last().map(|t| &t.1);
    // At end of input CPython points at the last token (usually the final NEWLINE).
    let last_real = tokens.iter().rev().find(|t| t.1 != Tok::Dedent);
    let (start, end) = match (&tok, last_real) {
        (None, Some(last)) => (last.0, last.0),
        _ => (start, end),
    };
    // Brackets open on this logical line (an f-string field counts as one).
    let depth = bracket_depth(&tokens[line..]) + i32::from(mode == Mode::FStringField);
    let innermost_open = innermost_bracket(&tokens[line..]);
    let Some(tok) = tok else {
        if expects("INDENT") {
            return expected_block(&tokens, start).with_end(ErrEnd::Minus);
        }
        if expects("\"except\"") || expects("\"finally\"") {
            return ParseErr::at("expected 'except' or 'finally' block", start)
                .with_end(ErrEnd::Minus);
        }
        return ParseErr::at("invalid syntax", start);
    };
    if tok == Tok::Indent {
        return ParseErr::at("unexpected indent", start)
            .with_kind(SyntaxErrorKind::IndentationError)
            .with_end(ErrEnd::Minus);
    }
    if expects("INDENT") {
        return expected_block(&tokens, start).with_end(ErrEnd::At(end));
    }
    match tok {
        Tok::Async | Tok::Await => {
            let kw = tok.spelling().unwrap_or("async");
            return ParseErr::new(
                format!("'{kw}' is not supported by krait (no async/await)"),
                start,
                end,
            );
        }
        Tok::Imaginary => {
            return ParseErr::new("complex numbers are not supported by krait", start, end)
        }
        _ => {}
    }
    if let Some(f) = first {
        if name_is(&names, f, "match") && tokens.len() > line + 1 {
            let rest = source[start..].lines().next().unwrap_or("");
            let header = source[tokens[line].0..start].to_string() + rest;
            if header.trim_end().ends_with(':') {
                return ParseErr::new(
                    "'match' statements are not supported by krait",
                    tokens[line].0,
                    tokens[line].2,
                );
            }
        }
        for kw in ["print", "exec"] {
            if name_is(&names, f, kw) && tokens.len() == line + 1 && starts_operand(&tok) {
                let stmt_end = source[start..]
                    .find(['\n', '\r', ';'])
                    .map_or(source.len(), |k| start + k);
                return ParseErr::new(
                    format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"),
                    tokens[line].0,
                    stmt_end,
                );
            }
        }
    }
    if expects("\"except\"") && expects("\"finally\"") && !matches!(tok, Tok::Except | Tok::Finally)
    {
        return ParseErr::new("expected 'except' or 'finally' block", start, end);
    }
    if tok == Tok::Comma && first == Some(&Tok::Except) {
        let from = tokens.get(line + 1).map_or(start, |t| t.0);
        let to = source[start..].find(':').map_or(end, |k| start + k);
        return ParseErr::new("multiple exception types must be parenthesized", from, to);
    }
    if tok == Tok::LPar && prev == Some(&Tok::Lambda) {
        let close = source[start..].find(')').map_or(end, |k| start + k + 1);
        return ParseErr::new(
            "Lambda expression parameters cannot be parenthesized",
            start,
            close,
        );
    }
    if tok == Tok::LPar && first == Some(&Tok::Def) && matches!(prev, Some(Tok::LPar | Tok::Comma))
    {
        let close = source[start..].find(')').map_or(end, |k| start + k + 1);
        return ParseErr::new("Function parameters cannot be parenthesized", start, close);
    }
    if prev == Some(&Tok::Equal)
        && matches!(tok, Tok::RPar | Tok::Comma)
        && matches!(first, Some(Tok::Def))
    {
        return ParseErr::new("expected default value expression", start, end);
    }
    if expected.len() == 1 && expects("\"(\"") {
        return ParseErr::new("expected '('", start, end);
    }
    if tok == Tok::ColonEqual {
        let target = tokens.get(line).map_or(start, |t| t.0);
        let what = match prev {
            Some(Tok::RSqb) => "subscript",
            Some(Tok::RPar) => "tuple",
            _ => "",
        };
        if !what.is_empty() {
            return ParseErr::new(
                format!("cannot use assignment expressions with {what}"),
                target,
                start,
            );
        }
    }
    if tok == Tok::Star && prev == Some(&Tok::Colon) && innermost_open == Some(Tok::LBrace) {
        return ParseErr::new(
            "cannot use a starred expression in a dictionary value",
            start,
            end,
        );
    }
    if tok == Tok::DoubleStar && prev == Some(&Tok::LPar) {
        return ParseErr::new("cannot use double starred expression here", start, end);
    }
    if innermost_open == Some(Tok::LBrace) {
        if prev == Some(&Tok::Colon) && matches!(tok, Tok::RBrace | Tok::Comma) {
            let colon = tokens.last().map_or(start, |t| t.0);
            return ParseErr::new(
                "expression expected after dictionary key and ':'",
                colon,
                colon + 1,
            );
        }
        if expects("\":\"") && matches!(tok, Tok::RBrace | Tok::Comma) {
            let key = tokens.last().map_or(start, |t| t.0);
            return ParseErr::at("':' expected after dictionary key", key).with_end(ErrEnd::Zero);
        }
        let open = tokens.iter().rposition(|t| t.1 == Tok::LBrace).unwrap_or(0);
        if tok == Tok::For && tokens.get(open + 1).is_some_and(|t| t.1 == Tok::DoubleStar) {
            let at = tokens[open + 1].0;
            return ParseErr::new(
                "dict unpacking cannot be used in dict comprehension",
                at,
                at + 2,
            );
        }
    }
    let hint_header = matches!(first, Some(Tok::If | Tok::Elif | Tok::While));
    if tok == Tok::Equal && !expects("\"=\"") && (hint_header || depth > 0) {
        return ParseErr::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            start,
            end,
        );
    }
    if expects("\"else\"")
        && tokens.iter().skip(line).any(|t| t.1 == Tok::If)
        && first != Some(&Tok::If)
    {
        return ParseErr::new("expected 'else' after 'if' expression", start, end);
    }
    if expects("\":\"")
        && depth == 0
        && first.is_some_and(|f| header_name(f).is_some())
        && tok != Tok::Equal
    {
        let mut e = ParseErr::at("expected ':'", start);
        if !matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent) {
            e = ParseErr::new("expected ':'", start, end);
        }
        return e;
    }
    if tok == Tok::For && depth > 0 {
        return ParseErr::new(
            "did you forget parentheses around the comprehension target?",
            start,
            end,
        );
    }
    if depth > 0
        && first != Some(&Tok::Def)
        && starts_operand(&tok)
        && prev.is_some_and(ends_operand)
    {
        let from = tokens.last().map_or(start, |t| t.0);
        return ParseErr::new("invalid syntax. Perhaps you forgot a comma?", from, end);
    }
    if matches!(tok, Tok::Newline) {
        return ParseErr::at("invalid syntax", start);
    }
    ParseErr::new("invalid syntax", start, end)
}

/// "expected an indented block after 'if' statement on line N": finds the header of the block.
fn expected_block(tokens: &[Spanned], at: usize) -> ParseErr {
    // tokens end with the header's NEWLINE; its logical line starts after the previous one.
    let newline = tokens
        .iter()
        .rposition(|t| t.1 == Tok::Newline)
        .unwrap_or(0);
    let header = line_start(tokens, newline);
    let what = tokens.get(header).and_then(|t| header_name(&t.1));
    let msg = match (what, tokens.get(header)) {
        (Some(w), Some(t)) => {
            // The line number is filled in by the caller's source; compute it here from offsets.
            format!(
                "expected an indented block after {w} on line {{LINE:{}}}",
                t.0
            )
        }
        _ => "expected an indented block".to_string(),
    };
    ParseErr::at(msg, at).with_kind(SyntaxErrorKind::IndentationError)
}

/// Replaces `{LINE:offset}` placeholders with line numbers (kept out of `expected_block` so it
/// need not carry the source).
pub fn fill_lines(mut e: ParseErr, source: &str) -> ParseErr {
    while let Some(k) = e.msg.find("{LINE:") {
        let Some(close) = e.msg[k..].find('}') else {
            break;
        };
        let off: usize = e.msg[k + 6..k + close].parse().unwrap_or(0);
        let line = super::location::LineIndex::new(source).line_of(off);
        e.msg.replace_range(k..k + close + 1, &line.to_string());
    }
    e
}
