//! The front end: source text → tokens → AST. Depends only on `intern`.

pub mod actions;
pub mod ast;
pub mod dump;
pub mod errors;
pub mod lexer;
pub mod location;
pub mod numbers;
pub mod parser;
pub mod source;
pub mod strings;
pub mod token;
pub mod unparse;

pub use errors::{SyntaxError, SyntaxErrorKind};
pub use lexer::Mode;
pub use parser::parse;

use crate::intern::Interner;

/// `krait tokens`: one token per line as `line:col-line:col KIND 'text'`.
pub fn dump_tokens(source: &str, interner: &mut Interner) -> Result<String, errors::ParseErr> {
    use std::fmt::Write;
    let index = location::LineIndex::new(source);
    let mut out = String::new();
    let mut lexer = lexer::Lexer::new(source, Mode::Module, interner);
    lexer.set_field_parser(parser::parse_field, 0);
    for t in lexer {
        let (l, tok, r) = t?;
        if matches!(tok, token::Tok::StartModule) {
            continue;
        }
        let (l1, c1) = index.byte_position(l);
        let (l2, c2) = index.byte_position(r);
        let text = crate::pyrepr::str_repr(source.get(l..r).unwrap_or(""));
        let _ = writeln!(out, "{l1}:{c1}-{l2}:{c2}\t{tok}\t{text}");
    }
    Ok(out)
}
