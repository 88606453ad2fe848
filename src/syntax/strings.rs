//! String literals: finding the end of a literal in the source, decoding escapes, and splitting
//! f-strings (3.11 rules) into text and replacement fields. Field expressions are parsed by a
//! callback so this module does not depend on the parser.

use super::ast::{Constant, Conversion, Expr, ExprKind, Span, StrLit, StrPiece};
use super::errors::ParseErr;
use super::location::LineIndex;

/// Prefix flags of a literal (`rb`, `f`, ...).
#[derive(Debug, Clone, Copy, Default)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

impl Prefix {
    /// Accepts exactly CPython's prefixes: r, u, b, f, and the pairs rb/br, rf/fr, any case.
    pub fn parse(p: &str) -> Option<Prefix> {
        let mut out = Prefix::default();
        let mut unicode = false;
        for c in p.chars() {
            let flag = match c.to_ascii_lowercase() {
                'r' => &mut out.raw,
                'b' => &mut out.bytes,
                'f' => &mut out.fstring,
                'u' => &mut unicode,
                _ => return None,
            };
            if *flag {
                return None;
            }
            *flag = true;
        }
        let valid = !(unicode && p.len() > 1 || out.bytes && out.fstring);
        valid.then_some(out)
    }
}

/// Where a literal's body lies, as found by `scan`.
#[derive(Debug, Clone, Copy)]
pub struct Scanned {
    pub body_start: usize,
    pub body_end: usize,
    pub end: usize,
}

/// Finds the closing quote of the literal whose opening quote is at `quote`. `start` is the
/// start of the token (prefix included), where CPython points unterminated-string errors.
pub fn scan(src: &str, start: usize, quote: usize) -> Result<Scanned, ParseErr> {
    let b = src.as_bytes();
    let q = b[quote];
    let triple = b.get(quote + 1) == Some(&q) && b.get(quote + 2) == Some(&q);
    let body_start = quote + if triple { 3 } else { 1 };
    let mut i = body_start;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            // A backslash escapes the next character; `\r\n` counts as one.
            i += if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                3
            } else {
                2
            };
            continue;
        }
        if c == q {
            if !triple {
                return Ok(Scanned {
                    body_start,
                    body_end: i,
                    end: i + 1,
                });
            }
            if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                return Ok(Scanned {
                    body_start,
                    body_end: i,
                    end: i + 3,
                });
            }
        } else if !triple && (c == b'\n' || c == b'\r') {
            let line = LineIndex::new(src).line_of(i);
            return Err(ParseErr::at(
                format!("unterminated string literal (detected at line {line})"),
                start,
            ));
        }
        i += 1;
    }
    let index = LineIndex::new(src);
    if triple {
        let line = index.line_of(last_char_offset(src));
        Err(ParseErr::at(
            format!("unterminated triple-quoted string literal (detected at line {line})"),
            start,
        ))
    } else {
        let line = index.line_of(src.len());
        Err(ParseErr::at(
            format!("unterminated string literal (detected at line {line})"),
            start,
        ))
    }
}

/// CPython reports an unterminated triple-quoted string on the line of the last character,
/// not counting the position after a final line break.
fn last_char_offset(src: &str) -> usize {
    let one = src
        .strip_suffix("\r\n")
        .or_else(|| src.strip_suffix('\n'))
        .or_else(|| src.strip_suffix('\r'));
    one.map_or(src.len(), str::len)
}

/// Builds the token value of one literal. `parse_field` parses an f-string field expression
/// given its byte range in the source.
pub fn literal(
    src: &str,
    start: usize,
    prefix: Prefix,
    s: Scanned,
    parse_field: &mut dyn FnMut(usize, usize) -> Result<Expr, ParseErr>,
) -> Result<StrLit, ParseErr> {
    let body = &src[s.body_start..s.body_end];
    let pieces = if prefix.bytes {
        if !body.is_ascii() {
            return Err(ParseErr::new(
                "bytes can only contain ASCII literal characters",
                start,
                s.end,
            ));
        }
        let bytes = if prefix.raw {
            body.as_bytes().to_vec()
        } else {
            decode_bytes(body).map_err(|m| ParseErr::at(m, s.end))?
        };
        vec![StrPiece::Bytes(bytes)]
    } else if prefix.fstring {
        let mut f = FString {
            src,
            raw: prefix.raw,
            end: s.end,
            parse_field,
        };
        let (pieces, _) = f.pieces(s.body_start, s.body_end, 0)?;
        pieces
    } else {
        let text = if prefix.raw {
            body.to_string()
        } else {
            decode_text(body).map_err(|m| ParseErr::at(m, s.end))?
        };
        vec![StrPiece::Text(text)]
    };
    Ok(StrLit {
        is_bytes: prefix.bytes,
        is_fstring: prefix.fstring,
        pieces,
    })
}

/// Decodes the escapes of a str body. Errors carry CPython's "(unicode error)" text; positions
/// count a non-ASCII character as 10 bytes because CPython decodes a `\U`-escaped copy.
pub fn decode_text(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let chars: Vec<char> = body.chars().collect();
    let mut pos = 0usize; // CPython's position in its escaped copy
    let mut i = 0;
    let width = |c: char| if c.is_ascii() { 1 } else { 10 };
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c);
            pos += width(c);
            i += 1;
            continue;
        }
        let start = pos;
        let Some(&e) = chars.get(i + 1) else {
            // Only an f-string text segment can end in a lone backslash (`f'\{x}'`): it stays.
            out.push('\\');
            break;
        };
        i += 2;
        pos += 1 + width(e);
        match e {
            '\n' => {}
            '\r' => {
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                    pos += 1;
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.get(i).and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                            pos += 1;
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = chars[i..]
                    .iter()
                    .take(n)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .collect();
                if digits.len() < n {
                    let what = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_error(start, pos + digits.len() - 1, what));
                }
                i += n;
                pos += n;
                let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // Lone surrogates are legal in CPython strs; krait strings are UTF-8, so
                    // they become U+FFFD (documented divergence).
                    None if (0xD800..0xE000).contains(&v) => out.push('\u{fffd}'),
                    None => return Err(unicode_error(start, pos - 1, "illegal Unicode character")),
                }
            }
            'N' => {
                if chars.get(i) != Some(&'{') {
                    return Err(unicode_error(
                        start,
                        pos - 1,
                        "malformed \\N character escape",
                    ));
                }
                let close = chars[i..].iter().position(|&d| d == '}');
                let Some(close) = close.filter(|&k| k > 1) else {
                    return Err(unicode_error(start, pos, "malformed \\N character escape"));
                };
                let name: String = chars[i + 1..i + close].iter().collect();
                i += close + 1;
                pos += name.chars().map(width).sum::<usize>() + 2;
                match unicode_names2::character(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(
                            start,
                            pos - 1,
                            "unknown Unicode character name",
                        ))
                    }
                }
            }
            other => {
                // Unknown escapes keep the backslash (CPython warns, we stay silent).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// Decodes the escapes of an ASCII bytes body.
pub fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = b
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                match hex {
                    Some(h) => {
                        let s = std::str::from_utf8(h).unwrap_or("0");
                        out.push(u8::from_str_radix(s, 16).unwrap_or(0));
                        i += 2;
                    }
                    None => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {start}"
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Splits an f-string body (3.11 rules: no backslash or `#` inside fields, nested specs at most
/// two deep).
struct FString<'a, 'f> {
    src: &'a str,
    raw: bool,
    /// End of the whole literal token: CPython points most f-string errors there.
    end: usize,
    parse_field: &'f mut dyn FnMut(usize, usize) -> Result<Expr, ParseErr>,
}

impl FString<'_, '_> {
    fn err(&self, msg: &str) -> ParseErr {
        ParseErr::at(format!("f-string: {msg}"), self.end)
    }

    /// Reads text and fields from `i` until `stop` or, inside a format spec, an unmatched `}`.
    /// Returns the pieces and where reading stopped.
    fn pieces(
        &mut self,
        mut i: usize,
        stop: usize,
        nesting: u32,
    ) -> Result<(Vec<StrPiece>, usize), ParseErr> {
        let b = self.src.as_bytes();
        let mut pieces = Vec::new();
        let mut text_start = i;
        let mut text = String::new();
        while i < stop {
            let c = b[i];
            if c == b'\\' && !self.raw && b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{')
            {
                // `\N{...}` is an escape, not a field.
                match self.src[i..stop].find('}') {
                    Some(k) => i += k + 1,
                    None => i = stop,
                }
                continue;
            }
            if c == b'\\' {
                // In 3.11 a backslash does not escape a brace: `f'\{x}'` is a backslash and a field.
                i += if matches!(b.get(i + 1), Some(b'{' | b'}')) {
                    1
                } else {
                    2
                };
                continue;
            }
            if c == b'{' {
                if nesting == 0 && b.get(i + 1) == Some(&b'{') {
                    self.flush(&mut text, text_start, i + 1)?;
                    i += 2;
                    text_start = i;
                    continue;
                }
                self.flush(&mut text, text_start, i)?;
                self.push_text(&mut pieces, &mut text);
                let (field, next) = self.field(i + 1, stop, nesting)?;
                pieces.extend(field);
                i = next;
                text_start = i;
                continue;
            }
            if c == b'}' {
                if nesting > 0 {
                    break;
                }
                if b.get(i + 1) == Some(&b'}') {
                    self.flush(&mut text, text_start, i + 1)?;
                    i += 2;
                    text_start = i;
                    continue;
                }
                return Err(self.err("single '}' is not allowed"));
            }
            i += 1;
        }
        self.flush(&mut text, text_start, i.min(stop))?;
        self.push_text(&mut pieces, &mut text);
        Ok((pieces, i))
    }

    fn flush(&self, text: &mut String, from: usize, to: usize) -> Result<(), ParseErr> {
        if from >= to {
            return Ok(());
        }
        let raw = &self.src[from..to];
        if self.raw {
            text.push_str(raw);
        } else {
            let decoded = decode_text(raw).map_err(|m| ParseErr::at(m, self.end))?;
            text.push_str(&decoded);
        }
        Ok(())
    }

    fn push_text(&self, pieces: &mut Vec<StrPiece>, text: &mut String) {
        if !text.is_empty() {
            pieces.push(StrPiece::Text(std::mem::take(text)));
        }
    }

    /// Parses one replacement field whose expression starts at `i` (just after `{`).
    fn field(
        &mut self,
        i: usize,
        stop: usize,
        nesting: u32,
    ) -> Result<(Vec<StrPiece>, usize), ParseErr> {
        if nesting >= 2 {
            return Err(self.err("expressions nested too deeply"));
        }
        let b = self.src.as_bytes();
        let expr_start = i;
        let mut j = i;
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while j < stop {
            let c = b[j];
            if c == b'\\' {
                return Err(ParseErr::at(
                    "f-string expression part cannot include a backslash",
                    self.end,
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q))) {
                    quote = None;
                    j += if triple { 3 } else { 1 };
                    continue;
                }
                j += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(j + 1) == Some(&c) && b.get(j + 2) == Some(&c);
                    quote = Some((c, triple));
                    j += if triple { 3 } else { 1 };
                    continue;
                }
                b'[' | b'(' | b'{' => {
                    if brackets.len() >= 200 {
                        return Err(self.err("too many nested parenthesis"));
                    }
                    brackets.push(c);
                }
                b']' | b')' => {
                    let open = if c == b']' { b'[' } else { b'(' };
                    match brackets.pop() {
                        None => return Err(self.err(&format!("unmatched '{}'", c as char))),
                        Some(o) if o != open => {
                            return Err(self.err(&format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            )))
                        }
                        Some(_) => {}
                    }
                }
                b'}' if !brackets.is_empty() => match brackets.pop() {
                    Some(b'{') => {}
                    Some(o) => {
                        return Err(self.err(&format!(
                            "closing parenthesis '}}' does not match opening parenthesis '{}'",
                            o as char
                        )))
                    }
                    None => {}
                },
                b'#' => {
                    return Err(ParseErr::at(
                        "f-string expression part cannot include '#'",
                        self.end,
                    ))
                }
                b'}' | b':' if brackets.is_empty() => break,
                b'!' if brackets.is_empty() && b.get(j + 1) != Some(&b'=') => break,
                b'=' if brackets.is_empty()
                    && b.get(j + 1) != Some(&b'=')
                    && (j == expr_start || !matches!(b[j - 1], b'=' | b'!' | b'<' | b'>')) =>
                {
                    break
                }
                _ => {}
            }
            j += 1;
        }
        if quote.is_some() {
            return Err(self.err("unterminated string"));
        }
        if j >= stop {
            return Err(self.err("expecting '}'"));
        }
        let expr_text = &self.src[expr_start..j];
        if expr_text
            .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
            .is_empty()
        {
            let what = match b[j] {
                b'!' => "f-string: expression required before '!'",
                b'=' => "f-string: expression required before '='",
                _ => "f-string: empty expression not allowed",
            };
            return Err(ParseErr::at(what, self.end));
        }
        let value = (self.parse_field)(expr_start, j)?;
        let mut pieces = Vec::new();
        let mut conversion = Conversion::None;
        let mut debug = false;
        if b[j] == b'=' {
            debug = true;
            j += 1;
            // The debug text keeps the expression as written, with its whitespace.
            let mut k = j;
            while k < stop && matches!(b[k], b' ' | b'\t' | b'\n' | b'\r') {
                k += 1;
            }
            pieces.push(StrPiece::Text(self.src[expr_start..k].to_string()));
            j = k;
            conversion = Conversion::Repr;
        }
        if j < stop && b[j] == b'!' {
            conversion = match b.get(j + 1) {
                Some(b's') => Conversion::Str,
                Some(b'r') => Conversion::Repr,
                Some(b'a') => Conversion::Ascii,
                Some(b'}' | b':') | None => {
                    return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'"))
                }
                Some(_) => {
                    return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'"))
                }
            };
            debug = false;
            j += 2;
            if j >= stop || !matches!(b[j], b'}' | b':') {
                return Err(self.err("expecting '}'"));
            }
        }
        let mut format_spec = None;
        if j < stop && b[j] == b':' {
            let spec_start = j + 1;
            let (spec, next) = self.pieces(spec_start, stop, nesting + 1)?;
            if debug {
                // `{x=:spec}` formats the value, not its repr.
                conversion = Conversion::None;
            }
            let values = spec
                .into_iter()
                .map(|p| piece_expr(p, Span::new(spec_start, next)))
                .collect();
            format_spec = Some(Box::new(Expr::new(
                ExprKind::JoinedStr(values),
                Span::new(spec_start, next),
            )));
            j = next;
        }
        if j >= stop || b[j] != b'}' {
            return Err(self.err("expecting '}'"));
        }
        let span = Span::new(expr_start.saturating_sub(1), j + 1);
        let field = Expr::new(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            span,
        );
        pieces.push(StrPiece::Field(field));
        Ok((pieces, j + 1))
    }
}

/// A piece as an expression node inside a `JoinedStr`.
pub fn piece_expr(p: StrPiece, span: Span) -> Expr {
    match p {
        StrPiece::Text(t) => Expr::constant(Constant::Str(t.into()), span),
        StrPiece::Bytes(b) => Expr::constant(Constant::Bytes(b.into()), span),
        StrPiece::Field(e) => e,
    }
}
