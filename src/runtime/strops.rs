//! The methods of `str`, on Rust strings, with CPython 3.11 semantics.
//!
//! Plain functions on `&str` (and `&[u8]` for `bytes.decode`); the VM wraps them as methods.
//! `join` and the tuple forms of `startswith`/`endswith` are the VM's.
//!
//! Indices are in characters (code points), never bytes. The functions taking `start`/`end`
//! (`find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`) take them as
//! `Option<i64>` exactly as Python receives them (`None` = omitted) and apply CPython's
//! `ADJUST_INDICES` clamping themselves; the VM clamps integers outside `i64` to `i64::MIN` /
//! `i64::MAX` first, as CPython's `_PyEval_SliceIndex` does with `Py_ssize_t`.
//!
//! Unicode data: case mappings come from Rust's `char` methods (full mappings, SpecialCasing
//! included); titlecase and casefold, which std lacks, are rules below, and numeric types are
//! tables from CPython 3.11 (`tests/data/strops_cases.py --tables`). std and
//! `unicode-properties` know a newer Unicode than CPython 3.11's 14.0: the few 14.0 characters
//! whose case properties changed since are pinned back, and the tests compare every 14.0
//! character with CPython; characters unassigned in 14.0 may get properties CPython lacks.
//!
//! Sandbox limit: no method builds a result over `MAX_RESULT_CHARS` characters; it raises
//! `MemoryError` (empty message) before allocating instead.

use super::errors::{ExcKind, PyResult, Raise};
use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};

/// The longest string (in characters) `replace`, `expandtabs`, `zfill` and the padding methods
/// will build: 10**8.
pub const MAX_RESULT_CHARS: u64 = 100_000_000;

/// Refuses a result of `n` characters over the sandbox limit, before anything is allocated.
fn check_size(n: u64) -> PyResult<()> {
    crate::vm::limits::check_size(n.min(MAX_RESULT_CHARS + 1))
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Byte offset of character `n` of `s`, or `s.len()` when `n` is at or past the end.
fn byte_at(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------

/// `str.isspace` for one character: CPython's whitespace is bidi class WS, B or S, or
/// category Zs, which (unlike Rust's `White_Space`) includes the separators \x1c-\x1f.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// The line boundaries of `str.splitlines` (`\r\n` is handled by the caller).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

// std's case data is a newer Unicode than CPython 3.11's 14.0. The few characters assigned in
// 14.0 whose case properties changed since are pinned back here (the per-character sweeps of
// tests/rt_strops.rs find any new ones).

/// Unicode's `Lowercase` property, as of 14.0.
fn is_lower(c: char) -> bool {
    match c {
        // ʕ was Ll in 14.0 (Lo since 16.0).
        '\u{295}' => true,
        // Modifier letters that became Other_Lowercase after 14.0.
        '\u{10fc}' | '\u{a7f2}'..='\u{a7f4}' | '\u{ab69}' => false,
        _ => c.is_lowercase(),
    }
}

/// The full uppercase mapping, as of 14.0.
fn push_upper(c: char, out: &mut String) {
    match c {
        // Lowercase letters whose capitals arrived in 16.0: ƛ ɤ ꟓ ꟕ.
        '\u{19b}' | '\u{264}' | '\u{a7d3}' | '\u{a7d5}' => out.push(c),
        _ => out.extend(c.to_uppercase()),
    }
}

fn is_titlecase_letter(c: char) -> bool {
    c.general_category() == G::TitlecaseLetter
}

/// Unicode's `Cased` property (Lowercase, Uppercase or Lt): what `title()` and the final-sigma
/// rule call a cased letter.
fn is_cased(c: char) -> bool {
    is_lower(c) || c.is_uppercase() || is_titlecase_letter(c)
}

/// Unicode's `Case_Ignorable`: categories Mn, Me, Cf, Lm, Sk plus the Word_Break classes
/// MidLetter, MidNumLet and Single_Quote (listed). Only the final-sigma rule uses it.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '\u{b7}'
            | '\u{387}'
            | '\u{55f}'
            | '\u{5f4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{fe13}'
            | '\u{fe52}'
            | '\u{fe55}'
            | '\u{ff07}'
            | '\u{ff0e}'
            | '\u{ff1a}'
    ) || c == '\u{1171e}' // Ahom medial ra: Mn in 14.0, Mc since.
        || matches!(
        c.general_category(),
        G::NonspacingMark | G::EnclosingMark | G::Format | G::ModifierLetter | G::ModifierSymbol
    )
}

fn is_alpha_char(c: char) -> bool {
    matches!(
        c.general_category(),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

/// Numeric_Type=Decimal, which Unicode keeps identical to category Nd.
fn is_decimal_char(c: char) -> bool {
    c.general_category() == G::DecimalNumber
}

/// Numeric_Type=Digit: the No characters (superscripts, circled and parenthesised digits...)
/// CPython's `isdigit` accepts beside Nd. Generated from CPython 3.11.
const DIGIT_EXTRA: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// The letters (all Lo: CJK numerals from Unihan) with a numeric value. Every Nd, Nl and No
/// character is numeric too. Generated from CPython 3.11.
const NUMERIC_EXTRA: &[(u32, u32)] = &[
    (0x3405, 0x3405),
    (0x3483, 0x3483),
    (0x382A, 0x382A),
    (0x3B4D, 0x3B4D),
    (0x4E00, 0x4E00),
    (0x4E03, 0x4E03),
    (0x4E07, 0x4E07),
    (0x4E09, 0x4E09),
    (0x4E5D, 0x4E5D),
    (0x4E8C, 0x4E8C),
    (0x4E94, 0x4E94),
    (0x4E96, 0x4E96),
    (0x4EBF, 0x4EC0),
    (0x4EDF, 0x4EDF),
    (0x4EE8, 0x4EE8),
    (0x4F0D, 0x4F0D),
    (0x4F70, 0x4F70),
    (0x5104, 0x5104),
    (0x5146, 0x5146),
    (0x5169, 0x5169),
    (0x516B, 0x516B),
    (0x516D, 0x516D),
    (0x5341, 0x5341),
    (0x5343, 0x5345),
    (0x534C, 0x534C),
    (0x53C1, 0x53C4),
    (0x56DB, 0x56DB),
    (0x58F1, 0x58F1),
    (0x58F9, 0x58F9),
    (0x5E7A, 0x5E7A),
    (0x5EFE, 0x5EFF),
    (0x5F0C, 0x5F0E),
    (0x5F10, 0x5F10),
    (0x62FE, 0x62FE),
    (0x634C, 0x634C),
    (0x67D2, 0x67D2),
    (0x6F06, 0x6F06),
    (0x7396, 0x7396),
    (0x767E, 0x767E),
    (0x8086, 0x8086),
    (0x842C, 0x842C),
    (0x8CAE, 0x8CAE),
    (0x8CB3, 0x8CB3),
    (0x8D30, 0x8D30),
    (0x9621, 0x9621),
    (0x9646, 0x9646),
    (0x964C, 0x964C),
    (0x9678, 0x9678),
    (0x96F6, 0x96F6),
    (0xF96B, 0xF96B),
    (0xF973, 0xF973),
    (0xF978, 0xF978),
    (0xF9B2, 0xF9B2),
    (0xF9D1, 0xF9D1),
    (0xF9D3, 0xF9D3),
    (0xF9FD, 0xF9FD),
    (0x20001, 0x20001),
    (0x20064, 0x20064),
    (0x200E2, 0x200E2),
    (0x20121, 0x20121),
    (0x2092A, 0x2092A),
    (0x20983, 0x20983),
    (0x2098C, 0x2098C),
    (0x2099C, 0x2099C),
    (0x20AEA, 0x20AEA),
    (0x20AFD, 0x20AFD),
    (0x20B19, 0x20B19),
    (0x22390, 0x22390),
    (0x22998, 0x22998),
    (0x23B1B, 0x23B1B),
    (0x2626D, 0x2626D),
    (0x2F890, 0x2F890),
];

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let u = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || in_ranges(c, DIGIT_EXTRA)
}

fn is_numeric_char(c: char) -> bool {
    matches!(
        c.general_category(),
        G::DecimalNumber | G::LetterNumber | G::OtherNumber
    ) || in_ranges(c, NUMERIC_EXTRA)
}

// ---------------------------------------------------------------------------------------------
// Predicates: all false for the empty string except `isascii` (and `isprintable`).
// ---------------------------------------------------------------------------------------------

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal_char)
}

/// Nd plus Numeric_Type=Digit (superscript, circled, ... digits).
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit_char)
}

/// Nd, Nl, No plus the CJK ideographs with a numeric value.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}

/// Categories Lu, Ll, Lt, Lm, Lo.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha_char)
}

/// CPython: each character is alpha, decimal, digit or numeric (numeric covers the last two).
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| is_alpha_char(c) || is_numeric_char(c))
}

pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// True for the empty string, like CPython.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(crate::pyrepr::is_printable)
}

/// XID_Start or '_' then XID_Continue (NFKC is not applied, as in CPython).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
            it.all(unicode_ident::is_xid_continue)
        }
        _ => false,
    }
}

/// At least one cased character and none lowercase or titlecase.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase_letter(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// At least one cased character and none uppercase or titlecase.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_letter(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// Uppercase/titlecase characters only after uncased ones, lowercase only after cased ones.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_letter(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------------------------

/// Titlecase mappings longer than one character (SpecialCasing), where they differ from the
/// uppercase one: the first letter upper, the rest lower (Greek iota subscript stays U+0345).
fn title_multi(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{df}' => "Ss",
        '\u{587}' => "\u{535}\u{582}",
        '\u{1fb2}' => "\u{1fba}\u{345}",
        '\u{1fb4}' => "\u{386}\u{345}",
        '\u{1fb7}' => "\u{391}\u{342}\u{345}",
        '\u{1fc2}' => "\u{1fca}\u{345}",
        '\u{1fc4}' => "\u{389}\u{345}",
        '\u{1fc7}' => "\u{397}\u{342}\u{345}",
        '\u{1ff2}' => "\u{1ffa}\u{345}",
        '\u{1ff4}' => "\u{38f}\u{345}",
        '\u{1ff7}' => "\u{3a9}\u{342}\u{345}",
        '\u{fb00}' => "Ff",
        '\u{fb01}' => "Fi",
        '\u{fb02}' => "Fl",
        '\u{fb03}' => "Ffi",
        '\u{fb04}' => "Ffl",
        '\u{fb05}' | '\u{fb06}' => "St",
        '\u{fb13}' => "\u{544}\u{576}",
        '\u{fb14}' => "\u{544}\u{565}",
        '\u{fb15}' => "\u{544}\u{56b}",
        '\u{fb16}' => "\u{54e}\u{576}",
        '\u{fb17}' => "\u{544}\u{56d}",
        _ => return None,
    })
}

/// One-character titlecase mappings that differ from the uppercase one (UnicodeData).
fn title_single(c: char) -> Option<char> {
    let u = c as u32;
    let t = match u {
        // The digraphs: DŽ Dž dž (and LJ, NJ) all title to the middle, titlecase form.
        0x1c4..=0x1cc => 0x1c5 + (u - 0x1c4) / 3 * 3,
        0x1f1..=0x1f3 => 0x1f2,
        // Georgian Mkhedruli has an uppercase (Mtavruli) but titles to itself.
        0x10d0..=0x10fa | 0x10fd..=0x10ff => u,
        // Greek with ypogegrammeni: the titlecase letter with prosgegrammeni, one column over.
        0x1f80..=0x1faf => u | 8,
        0x1fb3 | 0x1fbc => 0x1fbc,
        0x1fc3 | 0x1fcc => 0x1fcc,
        0x1ff3 | 0x1ffc => 0x1ffc,
        _ => return None,
    };
    char::from_u32(t)
}

fn push_title(c: char, out: &mut String) {
    if let Some(t) = title_multi(c) {
        out.push_str(t);
    } else if let Some(t) = title_single(c) {
        out.push(t);
    } else {
        push_upper(c, out);
    }
}

/// Capital sigma lowers to final ς when a cased letter precedes it and none follows, skipping
/// case-ignorable characters both ways (CPython's `handle_capital_sigma`).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// Lowercase of `chars[i]` in context (only Σ depends on its neighbours).
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

pub fn upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// Full lowercase mapping with the final-sigma rule.
pub fn lower(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

/// Full case folding (CaseFolding.txt C+F): lower(upper(c)) except where that round trip is
/// not the fold: Cherokee folds to its uppercase (encoded first), ẞ to "ss", and dotless ı,
/// which has no fold, stays.
fn push_casefold(c: char, out: &mut String) {
    let u = c as u32;
    let cherokee = match u {
        0x13a0..=0x13f5 => Some(u),
        0x13f8..=0x13fd => Some(u - 8),
        0xab70..=0xabbf => Some(u - 0xab70 + 0x13a0),
        _ => None,
    };
    if let Some(f) = cherokee.and_then(char::from_u32) {
        out.push(f);
    } else if c == '\u{1e9e}' {
        out.push_str("ss");
    } else if c == '\u{131}' {
        out.push(c);
    } else {
        let mut up = String::new();
        push_upper(c, &mut up);
        for u in up.chars() {
            out.extend(u.to_lowercase());
        }
    }
}

pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(c, &mut out);
    }
    out
}

/// Uppercase characters are lowered (with final sigma), lowercase ones uppered; titlecase and
/// uncased characters stay.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// CPython's word rule: a character after a cased one is lowered, any other is titlecased.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// The first character titlecased (since 3.8), the rest lowered.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = chars.first() {
        push_title(first, &mut out);
    }
    for i in 1..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Splitting and stripping
// ---------------------------------------------------------------------------------------------

/// `maxsplit` as a count of splits: negative means unlimited.
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

fn empty_separator() -> Raise {
    Raise::value_error("empty separator")
}

/// `str.split(sep, maxsplit)`; `sep` `None` splits on runs of whitespace and drops empty ends.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let limit = split_limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, limit)),
        Some("") => Err(empty_separator()),
        Some(sep) => Ok(s.splitn(limit.saturating_add(1), sep).collect()),
    }
}

/// `str.rsplit(sep, maxsplit)`: like `split` but the splits are made from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let limit = split_limit(maxsplit);
    let mut parts = match sep {
        None => rsplit_whitespace(s, limit),
        Some("") => return Err(empty_separator()),
        Some(sep) => s.rsplitn(limit.saturating_add(1), sep).collect(),
    };
    parts.reverse();
    Ok(parts)
}

/// After `limit` words the remainder, with its leading whitespace removed but its trailing
/// whitespace kept, is the last item (CPython's `split_whitespace`).
fn split_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    parts
}

/// The mirror of `split_whitespace`; the words come out last first.
fn rsplit_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let space = rest.char_indices().rev().find(|&(_, c)| is_space(c));
        let start = space.map_or(0, |(i, c)| i + c.len_utf8());
        parts.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    parts
}

/// `str.splitlines(keepends)`: every Python line boundary, `\r\n` as one; no empty last line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, d)| d == '\n') {
            it.next();
            next += 1;
        }
        lines.push(&s[start..if keepends { next } else { i }]);
        start = next;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// The characters `strip` removes: whitespace when `chars` is `None`, else those in `chars`.
fn strip_set(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| chars.map_or_else(|| is_space(c), |set| set.contains(c))
}

pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_set(chars))
}

pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_set(chars))
}

pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_set(chars))
}

/// `str.partition(sep)`: around the first `sep`, or `(s, "", "")`.
pub fn partition<'a>(s: &'a str, sep: &str) -> PyResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: around the last `sep`, or `("", "", s)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> PyResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

/// CPython's `ADJUST_INDICES`: negative indices count from the end, then clamp at 0; `end` is
/// clamped to the length but `start` is not (a start past the end finds nothing).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    (
        clamp(start.unwrap_or(0)),
        clamp(end.unwrap_or(i64::MAX)).min(len),
    )
}

/// The searched window `s[start:end]` (character indices) when `sub` can fit in it.
struct Window<'a> {
    start: i64,
    end: i64,
    text: &'a str,
}

fn window<'a>(s: &'a str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<Window<'a>> {
    let (start, end) = adjust_indices(start, end, char_len(s) as i64);
    if end - start < char_len(sub) as i64 {
        return None;
    }
    let lo = byte_at(s, start as usize);
    let hi = lo + byte_at(&s[lo..], (end - start) as usize);
    Some(Window {
        start,
        end,
        text: &s[lo..hi],
    })
}

/// `str.find`: the lowest character index of `sub` in `s[start:end]`, or -1. An empty `sub`
/// is found at `start` if the window is not empty-and-inverted.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    window(s, sub, start, end).map_or(-1, |w| {
        w.text
            .find(sub)
            .map_or(-1, |b| w.start + char_len(&w.text[..b]) as i64)
    })
}

/// `str.rfind`: the highest index, or -1 (an empty `sub` is found at `end`).
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    window(s, sub, start, end).map_or(-1, |w| {
        w.text
            .rfind(sub)
            .map_or(-1, |b| w.start + char_len(&w.text[..b]) as i64)
    })
}

fn not_found(i: i64) -> PyResult<i64> {
    if i < 0 {
        Err(Raise::value_error("substring not found"))
    } else {
        Ok(i)
    }
}

/// `str.index`: `find` raising ValueError instead of returning -1.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> PyResult<i64> {
    not_found(find(s, sub, start, end))
}

pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> PyResult<i64> {
    not_found(rfind(s, sub, start, end))
}

/// `str.count`: non-overlapping occurrences; an empty `sub` occurs between every character.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, sub, start, end) {
        None => 0,
        Some(w) if sub.is_empty() => w.end - w.start + 1,
        Some(w) => w.text.matches(sub).count() as i64,
    }
}

/// `str.startswith` with one prefix (the VM loops over a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, prefix, start, end).is_some_and(|w| w.text.starts_with(prefix))
}

/// `str.endswith` with one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, suffix, start, end).is_some_and(|w| w.text.ends_with(suffix))
}

// ---------------------------------------------------------------------------------------------
// Building new strings
// ---------------------------------------------------------------------------------------------

/// `str.replace(old, new, count)`; a negative `count` replaces all. An empty `old` matches
/// before every character and at the end. Results over the sandbox limit raise MemoryError.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> PyResult<String> {
    let limit = split_limit(count);
    let len = char_len(s) as u64;
    let matches = if old.is_empty() {
        (len + 1).min(limit as u64)
    } else {
        s.matches(old).take(limit).count() as u64
    };
    let removed = matches * char_len(old) as u64;
    let added = (matches as u128) * char_len(new) as u128;
    check_size(u64::try_from(len as u128 - removed as u128 + added).unwrap_or(u64::MAX))?;
    if old.is_empty() {
        return Ok(insert_between(s, new, matches as usize));
    }
    Ok(s.replacen(old, new, limit))
}

/// `new` before each of the first `n` characters, and at the end if `n` exceeds their number.
fn insert_between(s: &str, new: &str, n: usize) -> String {
    let mut out = String::with_capacity(s.len() + new.len() * n);
    let mut inserted = 0;
    for c in s.chars() {
        if inserted < n {
            out.push_str(new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < n {
        out.push_str(new);
    }
    out
}

/// The one-character fill of `center`/`ljust`/`rjust`, checked as CPython's argument parser does.
fn fill_char(fillchar: &str) -> PyResult<char> {
    let mut it = fillchar.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Raise::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// `s` with `left` and `right` fill characters around it.
fn pad(s: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    check_size(
        (char_len(s) as u64)
            .saturating_add(left as u64)
            .saturating_add(right as u64),
    )?;
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Padding needed to reach `width`, or `None` when `s` is already that wide.
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s) as i64;
    (width > len).then(|| usize::try_from(width - len).unwrap_or(usize::MAX))
}

/// `str.center(width, fillchar)`: CPython puts the odd fill character on the left only when
/// both the margin and `width` are odd (`left = marg/2 + (marg & width & 1)`).
pub fn center(s: &str, width: i64, fillchar: &str) -> PyResult<String> {
    let fill = fill_char(fillchar)?;
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let left = marg / 2 + (marg & width as usize & 1);
    pad(s, left, marg - left, fill)
}

pub fn ljust(s: &str, width: i64, fillchar: &str) -> PyResult<String> {
    let fill = fill_char(fillchar)?;
    match margin(s, width) {
        Some(marg) => pad(s, 0, marg, fill),
        None => Ok(s.to_string()),
    }
}

pub fn rjust(s: &str, width: i64, fillchar: &str) -> PyResult<String> {
    let fill = fill_char(fillchar)?;
    match margin(s, width) {
        Some(marg) => pad(s, marg, 0, fill),
        None => Ok(s.to_string()),
    }
}

/// `str.zfill(width)`: zeros on the left, after a leading '+' or '-'.
pub fn zfill(s: &str, width: i64) -> PyResult<String> {
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let padded = pad(s, marg, 0, '0')?;
    Ok(match s.chars().next() {
        // The sign moves in front of the zeros.
        Some(sign @ ('+' | '-')) => format!("{sign}{}{}", &padded[..marg], &padded[marg + 1..]),
        _ => padded,
    })
}

/// `str.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of `tabsize`;
/// columns restart after '\n' and '\r'; a `tabsize` of 0 or less deletes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> PyResult<String> {
    let tab = |col: u64| {
        if tabsize > 0 {
            tabsize as u64 - col % tabsize as u64
        } else {
            0
        }
    };
    // First pass: the result's length, so a huge one is refused before allocating.
    let (mut total, mut col) = (0u64, 0u64);
    for c in s.chars() {
        let w = if c == '\t' { tab(col) } else { 1 };
        total += w;
        col = if c == '\n' || c == '\r' { 0 } else { col + w };
        check_size(total)?;
    }
    let mut out = String::with_capacity(total as usize);
    col = 0;
    for c in s.chars() {
        if c == '\t' {
            let w = tab(col);
            out.extend(std::iter::repeat_n(' ', w as usize));
            col += w;
        } else {
            out.push(c);
            col = if c == '\n' || c == '\r' { 0 } else { col + 1 };
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Codecs: str.encode and bytes.decode for UTF-8, ASCII and Latin-1
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The first code point the codec cannot represent in one byte.
    fn limit(self) -> u32 {
        if self == Codec::Ascii {
            0x80
        } else {
            0x100
        }
    }
}

/// `_Py_normalize_encoding`: ASCII letters lowered, '.' and ASCII alphanumerics kept, every
/// other run of bytes (non-ASCII included) one '_' unless at the start; trailing ones dropped.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b == b'.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(b.to_ascii_lowercase() as char);
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec for an encoding name, through the module names and aliases of CPython's
/// `encodings` package (`encodings/aliases.py`), retried with '.' as '_' as it does.
fn lookup_codec(name: &str) -> PyResult<Codec> {
    let norm = normalize_encoding(name);
    let find = |n: &str| match n {
        "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
            Some(Codec::Utf8)
        }
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Some(Codec::Ascii),
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Some(Codec::Latin1)
        }
        _ => None,
    };
    find(&norm)
        .or_else(|| find(&norm.replace('.', "_")))
        .ok_or_else(|| Raise::new(ExcKind::LookupError, format!("unknown encoding: {name}")))
}

/// Both names are C strings to CPython's argument parser, which refuses a NUL in them before
/// anything is looked up.
fn check_nul(encoding: &str, errors: &str) -> PyResult<()> {
    if encoding.contains('\0') || errors.contains('\0') {
        return Err(Raise::value_error("embedded null character"));
    }
    Ok(())
}

/// An error handler, resolved by name only when an error occurs (as CPython does).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    /// strict, and the handlers that re-raise for anything but surrogates, which krait strings
    /// cannot hold: surrogateescape, surrogatepass.
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
}

fn lookup_handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        _ => {
            return Err(Raise::new(
                ExcKind::LookupError,
                format!("unknown error handler name '{errors}'"),
            ))
        }
    })
}

/// Python's `\x`, `\u` or `\U` escape of one code point, shortest form.
fn backslash_escape(c: char, out: &mut String) {
    let u = c as u32;
    let s = if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    };
    out.push_str(&s);
}

/// What an encode error handler writes for one unencodable character (ASCII text).
fn encode_replacement(h: Handler, c: char) -> String {
    let mut out = String::new();
    match h {
        Handler::Strict | Handler::Ignore => {}
        Handler::Replace => out.push('?'),
        Handler::BackslashReplace => backslash_escape(c, &mut out),
        Handler::XmlCharRefReplace => out.push_str(&format!("&#{};", c as u32)),
        Handler::NameReplace => match unicode_names2::name(c) {
            Some(name) => out.push_str(&format!("\\N{{{name}}}")),
            None => backslash_escape(c, &mut out),
        },
    }
    out
}

/// UnicodeEncodeError for the characters `start..end` (character positions).
fn encode_error(codec: Codec, chars: &[char], start: usize, end: usize) -> Raise {
    let reason = format!("ordinal not in range({})", codec.limit());
    let msg = if end == start + 1 {
        let mut esc = String::new();
        backslash_escape(chars[start], &mut esc);
        format!(
            "'{}' codec can't encode character '{esc}' in position {start}: {reason}",
            codec.name()
        )
    } else {
        format!(
            "'{}' codec can't encode characters in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    Raise::new(ExcKind::UnicodeEncodeError, msg)
}

/// `str.encode(encoding, errors)`. UTF-8 cannot fail (krait strings hold no surrogates);
/// ASCII and Latin-1 hand each run of unencodable characters to the error handler.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    check_nul(encoding, errors)?;
    let codec = lookup_codec(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let limit = codec.limit();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        let handler = lookup_handler(errors)?;
        if handler == Handler::Strict {
            return Err(encode_error(codec, &chars, i, end));
        }
        for &c in &chars[i..end] {
            out.extend_from_slice(encode_replacement(handler, c).as_bytes());
        }
        i = end;
    }
    Ok(out)
}

/// UnicodeDecodeError for the bytes `start..end`.
fn decode_error(codec: Codec, bytes: &[u8], start: usize, end: usize, reason: &str) -> Raise {
    let msg = if end == start + 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            codec.name(),
            bytes[start]
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    Raise::new(ExcKind::UnicodeDecodeError, msg)
}

/// Applies the decode error handler to the undecodable bytes `start..end`.
fn decode_replacement(
    codec: Codec,
    bytes: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match lookup_handler(errors)? {
        Handler::Strict => return Err(decode_error(codec, bytes, start, end, reason)),
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for &b in &bytes[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => {
            return Err(Raise::type_error(
                "don't know how to handle UnicodeDecodeError in error callback",
            ))
        }
    }
    Ok(())
}

/// `bytes.decode(encoding, errors)`. Divergence: 'surrogateescape' and 'surrogatepass' act as
/// 'strict', since their results (lone surrogates) cannot be held in a krait string.
pub fn decode(bytes: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    check_nul(encoding, errors)?;
    match lookup_codec(encoding)? {
        Codec::Utf8 => decode_utf8(bytes, errors),
        Codec::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                if b.is_ascii() {
                    out.push(b as char);
                } else {
                    let reason = "ordinal not in range(128)";
                    decode_replacement(Codec::Ascii, bytes, (i, i + 1), reason, errors, &mut out)?;
                }
            }
            Ok(out)
        }
    }
}

/// UTF-8 with CPython's error ranges, which are Unicode's maximal subparts (as std reports
/// them): a bad lead byte alone ("invalid start byte"), a valid prefix cut by a bad byte
/// ("invalid continuation byte") or by the end of the data ("unexpected end of data").
fn decode_utf8(bytes: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(bytes.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&bytes[pos..]) {
            Ok(text) => {
                out.push_str(text);
                return Ok(out);
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                out.push_str(std::str::from_utf8(&bytes[pos..good]).unwrap_or_default());
                let (end, reason) = match e.error_len() {
                    None => (bytes.len(), "unexpected end of data"),
                    Some(n) if (0xc2..=0xf4).contains(&bytes[good]) => {
                        (good + n, "invalid continuation byte")
                    }
                    Some(n) => (good + n, "invalid start byte"),
                };
                decode_replacement(Codec::Utf8, bytes, (good, end), reason, errors, &mut out)?;
                pos = end;
            }
        }
    }
}
