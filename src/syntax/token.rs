//! Tokens: the raw logos token set (`RawTok`) and the parser-facing token (`Tok`) that the
//! lexer wrapper produces after indentation, bracket and literal processing.

use std::fmt;

use logos::Logos;

use super::ast::{BigIntLit, StrLit};
use crate::intern::Name;

/// What logos recognises directly. Literals only mark their start here; the lexer wrapper scans
/// numbers and string bodies by hand, which gives CPython's error messages and positions.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum RawTok {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,

    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"[rRbBfFuU]{0,2}['\x22]")]
    StringStart,
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

/// The token stream the grammar consumes.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// Synthetic first token choosing the grammar's entry point (one parse table for all modes).
    StartModule,
    StartEval,
    StartSingle,
    StartFString,

    Name(Name),
    Int(i64),
    BigInt(Box<BigIntLit>),
    Float(f64),
    Imaginary,
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,

    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    LPar,
    /// The `(` of `with (a as b, c):`, told apart by the lexer (the `)` is followed by `:`), as
    /// CPython's PEG parser tries that form first; an LR(1) grammar cannot see that far.
    WithLPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

impl Tok {
    /// Maps the fixed-spelling raw tokens; names, literals and layout are built by the wrapper.
    pub fn from_fixed(raw: RawTok) -> Option<Tok> {
        use RawTok as R;
        Some(match raw {
            R::Newline
            | R::Continuation
            | R::Backslash
            | R::Name
            | R::StringStart
            | R::NumberStart => return None,
            R::False => Tok::False,
            R::None => Tok::None,
            R::True => Tok::True,
            R::And => Tok::And,
            R::As => Tok::As,
            R::Assert => Tok::Assert,
            R::Async => Tok::Async,
            R::Await => Tok::Await,
            R::Break => Tok::Break,
            R::Class => Tok::Class,
            R::Continue => Tok::Continue,
            R::Def => Tok::Def,
            R::Del => Tok::Del,
            R::Elif => Tok::Elif,
            R::Else => Tok::Else,
            R::Except => Tok::Except,
            R::Finally => Tok::Finally,
            R::For => Tok::For,
            R::From => Tok::From,
            R::Global => Tok::Global,
            R::If => Tok::If,
            R::Import => Tok::Import,
            R::In => Tok::In,
            R::Is => Tok::Is,
            R::Lambda => Tok::Lambda,
            R::Nonlocal => Tok::Nonlocal,
            R::Not => Tok::Not,
            R::Or => Tok::Or,
            R::Pass => Tok::Pass,
            R::Raise => Tok::Raise,
            R::Return => Tok::Return,
            R::Try => Tok::Try,
            R::While => Tok::While,
            R::With => Tok::With,
            R::Yield => Tok::Yield,
            R::LPar => Tok::LPar,
            R::RPar => Tok::RPar,
            R::LSqb => Tok::LSqb,
            R::RSqb => Tok::RSqb,
            R::LBrace => Tok::LBrace,
            R::RBrace => Tok::RBrace,
            R::Colon => Tok::Colon,
            R::Comma => Tok::Comma,
            R::Semi => Tok::Semi,
            R::Plus => Tok::Plus,
            R::Minus => Tok::Minus,
            R::Star => Tok::Star,
            R::Slash => Tok::Slash,
            R::Vbar => Tok::Vbar,
            R::Amper => Tok::Amper,
            R::Less => Tok::Less,
            R::Greater => Tok::Greater,
            R::Equal => Tok::Equal,
            R::Dot => Tok::Dot,
            R::Percent => Tok::Percent,
            R::EqEqual => Tok::EqEqual,
            R::NotEqual => Tok::NotEqual,
            R::LessEqual => Tok::LessEqual,
            R::GreaterEqual => Tok::GreaterEqual,
            R::Tilde => Tok::Tilde,
            R::Circumflex => Tok::Circumflex,
            R::LeftShift => Tok::LeftShift,
            R::RightShift => Tok::RightShift,
            R::DoubleStar => Tok::DoubleStar,
            R::PlusEqual => Tok::PlusEqual,
            R::MinEqual => Tok::MinEqual,
            R::StarEqual => Tok::StarEqual,
            R::SlashEqual => Tok::SlashEqual,
            R::PercentEqual => Tok::PercentEqual,
            R::AmperEqual => Tok::AmperEqual,
            R::VbarEqual => Tok::VbarEqual,
            R::CircumflexEqual => Tok::CircumflexEqual,
            R::LeftShiftEqual => Tok::LeftShiftEqual,
            R::RightShiftEqual => Tok::RightShiftEqual,
            R::DoubleStarEqual => Tok::DoubleStarEqual,
            R::DoubleSlash => Tok::DoubleSlash,
            R::DoubleSlashEqual => Tok::DoubleSlashEqual,
            R::At => Tok::At,
            R::AtEqual => Tok::AtEqual,
            R::RArrow => Tok::RArrow,
            R::Ellipsis => Tok::Ellipsis,
            R::ColonEqual => Tok::ColonEqual,
        })
    }

    /// The spelling of a fixed token (keyword or operator), as CPython quotes it in messages.
    pub fn spelling(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::LPar | Tok::WithLPar => "(",
            Tok::RPar => ")",
            Tok::LSqb => "[",
            Tok::RSqb => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Colon => ":",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Vbar => "|",
            Tok::Amper => "&",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::Equal => "=",
            Tok::Dot => ".",
            Tok::Percent => "%",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::Tilde => "~",
            Tok::Circumflex => "^",
            Tok::LeftShift => "<<",
            Tok::RightShift => ">>",
            Tok::DoubleStar => "**",
            Tok::PlusEqual => "+=",
            Tok::MinEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::PercentEqual => "%=",
            Tok::AmperEqual => "&=",
            Tok::VbarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::LeftShiftEqual => "<<=",
            Tok::RightShiftEqual => ">>=",
            Tok::DoubleStarEqual => "**=",
            Tok::DoubleSlash => "//",
            Tok::DoubleSlashEqual => "//=",
            Tok::At => "@",
            Tok::AtEqual => "@=",
            Tok::RArrow => "->",
            Tok::Ellipsis => "...",
            Tok::ColonEqual => ":=",
            _ => return None,
        })
    }

    pub fn is_keyword(&self) -> bool {
        self.spelling()
            .is_some_and(|s| s.as_bytes()[0].is_ascii_alphabetic())
    }
}

/// The kind names `krait tokens` prints (CPython's tokenize names where one exists).
impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Tok::StartModule | Tok::StartEval | Tok::StartSingle | Tok::StartFString => "START",
            Tok::Name(_) => "NAME",
            Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Imaginary => "NUMBER",
            Tok::Str(_) => "STRING",
            Tok::Newline => "NEWLINE",
            Tok::Indent => "INDENT",
            Tok::Dedent => "DEDENT",
            t if t.is_keyword() => "KEYWORD",
            _ => "OP",
        };
        f.write_str(s)
    }
}
