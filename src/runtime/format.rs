//! The format-spec mini-language (`format()`, `str.format`, f-strings) and float-to-text conversions.
//!
//! This is a port of CPython 3.11's `Python/formatter_unicode.c` (spec parsing, padding, digit
//! grouping) and of `format_float_short` in `Python/pystrtod.c` (float layout), so results and
//! error messages match CPython byte for byte. The digit strings that CPython gets from David
//! Gay's `dtoa` come from Rust's float formatting, which is also correctly rounded (ties to even
//! on the exact binary value).
//!
//! Divergences: a result that would need padding to a width over `MAX_OUTPUT` characters, or a
//! float text longer than that, raises MemoryError (CPython allocates it); a `%c` of a lone
//! surrogate gives U+FFFD, since krait strings are UTF-8; widths may use any Unicode decimal
//! digit of krait's Unicode tables, which are newer than CPython 3.11's (Unicode 14).

use super::errors::{PyResult, Raise};
use super::num::Int;
use num_traits::ToPrimitive;

/// The longest text formatting may build (characters). Padding or float digits beyond it raise
/// MemoryError instead of allocating; krait's memory budget will later take over this role.
pub const MAX_OUTPUT: usize = 100_000_000;

/// CPython's default `sys.get_int_max_str_digits()`: longer decimal conversions raise ValueError.
const INT_MAX_STR_DIGITS: usize = 4300;

/// A parsed spec, before the per-type defaults are applied: `None` means "not written".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character; only ever set together with `align`.
    pub fill: Option<char>,
    /// One of `<`, `>`, `=`, `^`.
    pub align: Option<char>,
    /// One of `+`, `-`, space. An explicit `-` is kept: strings and `c` refuse any sign.
    pub sign: Option<char>,
    /// `z`: turn a negative zero result into a positive one (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width, without an explicit fill: zero padding.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type (any single character; the formatter checks it).
    pub ty: Option<char>,
}

/// A spec with the defaults of one type applied and the grouping checked against the type.
#[derive(Debug, Clone)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_zero: bool,
    alternate: bool,
    width: usize,
    /// Group size and separator, or `None` for no grouping.
    group: Option<(usize, char)>,
    precision: Option<usize>,
    /// `'\0'` is the float's "no type" (repr-like) presentation.
    ty: char,
}

/// Parses a format spec as CPython does. `type_name` only appears in the error message for
/// trailing garbage ("Invalid format specifier 'abc' for object of type 'int'").
pub fn parse_spec(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
    let s: Vec<char> = spec.chars().collect();
    let mut p = 0;
    let mut f = FormatSpec::default();
    if s.len() >= 2 && is_align(s[1]) {
        (f.fill, f.align, p) = (Some(s[0]), Some(s[1]), 2);
    } else if !s.is_empty() && is_align(s[0]) {
        (f.align, p) = (Some(s[0]), 1);
    }
    f.sign = eat(&s, &mut p, |c| matches!(c, '+' | '-' | ' '));
    f.no_neg_zero = eat(&s, &mut p, |c| c == 'z').is_some();
    f.alternate = eat(&s, &mut p, |c| c == '#').is_some();
    // An explicit fill turns a following '0' into part of the width (`x<05`).
    f.zero_pad = f.fill.is_none() && eat(&s, &mut p, |c| c == '0').is_some();
    f.width = parse_count(&s, &mut p)?;
    f.grouping = parse_grouping(&s, &mut p)?;
    if eat(&s, &mut p, |c| c == '.').is_some() {
        let precision = parse_count(&s, &mut p)?;
        f.precision = Some(
            precision.ok_or_else(|| Raise::value_error("Format specifier missing precision"))?,
        );
    }
    match s.len() - p {
        0 => {}
        1 => f.ty = Some(s[p]),
        _ => {
            return Err(Raise::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    Ok(f)
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Consumes `s[*p]` if it satisfies `pred`.
fn eat(s: &[char], p: &mut usize, pred: impl Fn(char) -> bool) -> Option<char> {
    let c = *s.get(*p).filter(|c| pred(**c))?;
    *p += 1;
    Some(c)
}

/// A width or precision: decimal digits of any script (CPython uses `Py_UNICODE_TODECIMAL`),
/// `None` when there are none. Values over `Py_ssize_t` are CPython's ValueError.
fn parse_count(s: &[char], p: &mut usize) -> PyResult<Option<usize>> {
    let start = *p;
    let mut acc: u64 = 0;
    while let Some(d) = s.get(*p).and_then(|c| decimal_value(*c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(u64::from(d)))
            .filter(|a| *a <= i64::MAX as u64)
            .ok_or_else(|| Raise::value_error("Too many decimal digits in format string"))?;
        *p += 1;
    }
    // A count beyond usize (32-bit hosts) saturates; it is refused as too wide later.
    Ok((*p > start).then_some(usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// The value of a Unicode decimal digit (general category Nd). Unicode guarantees those come
/// in runs of ten, 0 to 9, so the value is the offset from the start of the run.
fn decimal_value(c: char) -> Option<u32> {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    let is_nd = |c: char| c.general_category() == GeneralCategory::DecimalNumber;
    if c.is_ascii() || !is_nd(c) {
        return c.to_digit(10);
    }
    let mut start = c as u32;
    while char::from_u32(start - 1).is_some_and(is_nd) {
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// The `,` / `_` part; `,_`, `_,` are refused here, as CPython does while parsing.
fn parse_grouping(s: &[char], p: &mut usize) -> PyResult<Option<char>> {
    let both = || Raise::value_error("Cannot specify both ',' and '_'.");
    let mut g = eat(s, p, |c| c == ',');
    if eat(s, p, |c| c == '_').is_some() {
        if g.is_some() {
            return Err(both());
        }
        g = Some('_');
    }
    if g == Some('_') && s.get(*p) == Some(&',') {
        return Err(both());
    }
    Ok(g)
}

impl FormatSpec {
    /// Applies a type's default presentation and alignment (`'d'`/`'>'` for int, `'s'`/`'<'` for
    /// str, `'\0'`/`'>'` for float) and checks that the grouping suits the presentation type.
    fn resolve(&self, default_ty: char, default_align: char) -> PyResult<Spec> {
        let ty = self.ty.unwrap_or(default_ty);
        let group = match self.grouping {
            Some(sep) => Some(group_for(sep, ty)?),
            None => None,
        };
        let zero_align = if self.zero_pad && default_align == '>' {
            '='
        } else {
            default_align
        };
        Ok(Spec {
            fill: self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' }),
            align: self.align.unwrap_or(zero_align),
            sign: self.sign,
            no_neg_zero: self.no_neg_zero,
            alternate: self.alternate,
            width: self.width.unwrap_or(0),
            group,
            precision: self.precision,
            ty,
        })
    }
}

/// Grouping per PEP 378 / PEP 515: `,` or `_` every three digits for decimal types, `_` every
/// four for binary, octal and hex.
fn group_for(sep: char, ty: char) -> PyResult<(usize, char)> {
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok((3, sep)),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok((4, sep)),
        _ => Err(Raise::value_error(format!(
            "Cannot specify '{sep}' with {}.",
            quote_code(ty)
        ))),
    }
}

/// A presentation type as CPython's messages show it: `'d'`, or `'\x20ac'` outside printable ASCII.
fn quote_code(c: char) -> String {
    if (33..128).contains(&(c as u32)) {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> Raise {
    Raise::value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_code(ty)
    ))
}

fn memory_error() -> Raise {
    let cap = max_output() as u64;
    crate::vm::limits::exceeded(crate::vm::limits::LimitKind::Size, cap)
}

/// The longest text formatting builds now: `MAX_OUTPUT`, or the run's size limit if lower.
fn max_output() -> usize {
    (crate::vm::limits::size_cap().min(MAX_OUTPUT as u64)) as usize
}

// ---------------------------------------------------------------------------------------------
// Strings

/// `format(s, spec)` for a str.
pub fn format_str(v: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let s = parse_spec(spec, "str")?.resolve('s', '<')?;
    if s.ty != 's' {
        return Err(unknown_code(s.ty, "str"));
    }
    check_str_flags(&s)?;
    // Precision truncates, counting characters.
    let (body, len) = match s.precision {
        Some(p) => match v.char_indices().nth(p) {
            Some((cut, _)) => (&v[..cut], p),
            None => (v, v.chars().count()),
        },
        None => (v, v.chars().count()),
    };
    if s.width > len && s.width > max_output() {
        return Err(memory_error());
    }
    let (left, right) = split_padding(s.width.saturating_sub(len), s.align);
    Ok(padded(body, s.fill, left, right))
}

/// The flags that make no sense for text, in CPython's order of checking.
fn check_str_flags(s: &Spec) -> PyResult<()> {
    let msg = match s.sign {
        Some(' ') => "Space not allowed in string format specifier",
        Some(_) => "Sign not allowed in string format specifier",
        None if s.no_neg_zero => {
            "Negative zero coercion (z) not allowed in string format specifier"
        }
        None if s.alternate => "Alternate form (#) not allowed in string format specifier",
        None if s.align == '=' => "'=' alignment not allowed in string format specifier",
        None => return Ok(()),
    };
    Err(Raise::value_error(msg))
}

/// Left and right padding for `n` fill characters under `<`, `>`, `^` (and `=`, which pads
/// between sign and digits: the caller places it).
fn split_padding(n: usize, align: char) -> (usize, usize) {
    match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    }
}

/// `body` with `left` and `right` fill characters around it (the caller has bounded them).
fn padded(body: &str, fill: char, left: usize, right: usize) -> String {
    let mut out = String::with_capacity(body.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

// ---------------------------------------------------------------------------------------------
// Numbers: the common layout  <lpad><sign><prefix><spad><grouped digits><.><rest><rpad>

/// A number split as CPython's `calc_number_widths` sees it.
struct Number<'a> {
    neg: bool,
    /// `0x`, `0o`, `0b` (alternate form), written lowercase.
    prefix: &'a str,
    /// The integer digits, ungrouped; empty for `c`, inf and nan.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    decimal: bool,
    /// Everything after the point (fraction, exponent, `%`), or the whole text of `c`/inf/nan.
    rest: &'a str,
    /// `X`: the prefix and digits are upper-cased.
    upper: bool,
}

/// Lays a number out in its field: sign, padding (`=` pads between sign and digits; fill `0`
/// with `=` zero-pads inside the grouping, so `format(1234, '08,')` is `0,001,234`).
fn render_number(n: &Number, s: &Spec) -> PyResult<String> {
    let sign = match (n.neg, s.sign) {
        (true, _) => Some('-'),
        (false, Some(c)) if c != '-' => Some(c),
        _ => None,
    };
    let fixed = usize::from(sign.is_some())
        + n.prefix.len()
        + usize::from(n.decimal)
        + n.rest.chars().count();
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        if s.width > max_output() && s.width > fixed + group_digits(n.digits, 0, s.group).len() {
            return Err(memory_error());
        }
        let zero_fill = s.fill == '0' && s.align == '=';
        let min_width = if zero_fill {
            s.width.saturating_sub(fixed)
        } else {
            0
        };
        group_digits(n.digits, min_width, s.group)
    };
    let pad = s.width.saturating_sub(fixed + grouped.len());
    if pad > 0 && s.width > max_output() {
        return Err(memory_error());
    }
    let (left, right) = split_padding(pad, s.align);
    let (left, inner) = if s.align == '=' { (0, left) } else { (left, 0) };
    let mut out = String::with_capacity(fixed + grouped.len() + pad * s.fill.len_utf8());
    out.extend(std::iter::repeat_n(s.fill, left));
    out.extend(sign);
    push_cased(&mut out, n.prefix, n.upper);
    out.extend(std::iter::repeat_n(s.fill, inner));
    push_cased(&mut out, &grouped, n.upper);
    if n.decimal {
        out.push('.');
    }
    out.push_str(n.rest);
    out.extend(std::iter::repeat_n(s.fill, right));
    Ok(out)
}

fn push_cased(out: &mut String, text: &str, upper: bool) {
    if upper {
        out.push_str(&text.to_ascii_uppercase());
    } else {
        out.push_str(text);
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII) from the right,
/// padding with zeros (and separators between the zero groups) until the result is at least
/// `min_width` wide. Built backwards in one buffer, as CPython does.
fn group_digits(digits: &str, min_width: usize, group: Option<(usize, char)>) -> String {
    let Some((size, sep)) = group else {
        let zeros = min_width.saturating_sub(digits.len());
        return "0".repeat(zeros) + digits;
    };
    let d = digits.as_bytes();
    let mut rev: Vec<u8> = Vec::with_capacity(min_width.max(d.len() + d.len() / size) + 1);
    let mut remaining = d.len();
    let mut min_width = min_width as isize;
    loop {
        if !rev.is_empty() {
            rev.push(sep as u8);
        }
        let len = size.min(remaining.max(min_width.max(1) as usize));
        let n_chars = remaining.min(len);
        rev.extend(d[remaining - n_chars..remaining].iter().rev());
        rev.extend(std::iter::repeat_n(b'0', len - n_chars));
        remaining -= n_chars;
        min_width -= len as isize;
        if remaining == 0 && min_width <= 0 {
            break;
        }
        min_width -= 1; // the separator
    }
    rev.reverse();
    String::from_utf8_lossy(&rev).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Integers

/// `format(i, spec)` for an int.
pub fn format_int(v: &Int, spec: &str) -> PyResult<String> {
    format_int_named(v, spec, "int")
}

/// `format(i, spec)` for an int-like whose class is `type_name` in error messages: `bool`
/// passes `"bool"` (the caller handles bool's empty spec, which gives `True`/`False`).
pub fn format_int_named(v: &Int, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return int_to_decimal(v).map(|(neg, d)| if neg { format!("-{d}") } else { d });
    }
    let s = parse_spec(spec, type_name)?.resolve('d', '>')?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_spec(v, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(int_to_f64(v)?, &s),
        t => Err(unknown_code(t, type_name)),
    }
}

fn format_int_spec(v: &Int, s: &Spec) -> PyResult<String> {
    if s.precision.is_some() {
        return Err(Raise::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(Raise::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if s.ty == 'c' {
        return format_int_char(v, s);
    }
    let (radix, prefix) = match s.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let (neg, digits) = if radix == 10 {
        int_to_decimal(v)?
    } else {
        int_to_radix(v, radix)
    };
    let number = Number {
        neg,
        prefix: if s.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        rest: "",
        upper: s.ty == 'X',
    };
    render_number(&number, s)
}

/// `c`: the character with that code point, padded like a number with no digits.
fn format_int_char(v: &Int, s: &Spec) -> PyResult<String> {
    if s.sign.is_some() {
        return Err(Raise::value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if s.alternate {
        return Err(Raise::value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let Int::Small(x) = v else {
        return Err(Raise::overflow("Python int too large to convert to C long"));
    };
    let code = u32::try_from(*x)
        .ok()
        .filter(|c| *c < 0x110000)
        .ok_or_else(|| Raise::overflow("%c arg not in range(0x110000)"))?;
    // A lone surrogate cannot live in a krait string: U+FFFD, as for '\ud800' literals.
    let ch = char::from_u32(code).unwrap_or('\u{fffd}').to_string();
    let number = Number {
        neg: false,
        prefix: "",
        digits: "",
        decimal: false,
        rest: &ch,
        upper: false,
    };
    render_number(&number, s)
}

/// Sign and decimal digits of the magnitude, with CPython's 4,300-digit limit.
fn int_to_decimal(v: &Int) -> PyResult<(bool, String)> {
    let too_long = || {
        Raise::value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    match v {
        Int::Small(x) => Ok((*x < 0, x.unsigned_abs().to_string())),
        Int::Big(b) => {
            // 2**14287 > 10**4300: refuse before a quadratic conversion of a huge number.
            if b.bits() > 14_287 {
                return Err(too_long());
            }
            let digits = b.magnitude().to_str_radix(10);
            if digits.len() > INT_MAX_STR_DIGITS {
                return Err(too_long());
            }
            Ok((b.sign() == num_bigint::Sign::Minus, digits))
        }
    }
}

/// Sign and lowercase digits of the magnitude in base 2, 8 or 16 (no length limit in CPython).
fn int_to_radix(v: &Int, radix: u32) -> (bool, String) {
    match v {
        Int::Small(x) => (
            *x < 0,
            num_bigint::BigUint::from(x.unsigned_abs()).to_str_radix(radix),
        ),
        Int::Big(b) => (
            b.sign() == num_bigint::Sign::Minus,
            b.magnitude().to_str_radix(radix),
        ),
    }
}

/// `float(i)`: correctly rounded (num-bigint rounds to odd, then to even), OverflowError past
/// the largest float.
fn int_to_f64(v: &Int) -> PyResult<f64> {
    let f = match v {
        Int::Small(x) => *x as f64,
        Int::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
    };
    if f.is_finite() {
        Ok(f)
    } else {
        Err(Raise::overflow("int too large to convert to float"))
    }
}

// ---------------------------------------------------------------------------------------------
// Floats

/// `format(x, spec)` for a float.
pub fn format_float(v: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        // str(float) is repr(float).
        return float_to_string(
            v,
            'r',
            0,
            FloatFlags {
                add_dot_0: true,
                ..FloatFlags::default()
            },
        );
    }
    let s = parse_spec(spec, "float")?.resolve('\0', '>')?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(v, &s),
        t => Err(unknown_code(t, "float")),
    }
}

/// CPython's `format_float_internal`, for floats and for ints with a float presentation type.
fn format_float_spec(v: f64, s: &Spec) -> PyResult<String> {
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Raise::value_error("precision too big"));
    }
    let mut flags = FloatFlags {
        alternate: s.alternate,
        no_neg_zero: s.no_neg_zero,
        add_dot_0: false,
    };
    // No type: repr without precision, else 'g' keeping a ".0" on integral values.
    let (code, default_precision, v) = match s.ty {
        '\0' => {
            flags.add_dot_0 = true;
            (if s.precision.is_some() { 'g' } else { 'r' }, 0, v)
        }
        'n' => ('g', 6, v), // 'g' in the C locale: no grouping, '.' as the point
        '%' => ('f', 6, v * 100.0),
        t => (t, 6, v),
    };
    let mut text = float_to_string(v, code, s.precision.unwrap_or(default_precision), flags)?;
    if s.ty == '%' {
        text.push('%');
    }
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.as_str()),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let decimal = body[int_len..].starts_with('.');
    let number = Number {
        neg,
        prefix: "",
        digits: &body[..int_len],
        decimal,
        rest: &body[int_len + usize::from(decimal)..],
        upper: false,
    };
    render_number(&number, s)
}

/// Options of `float_to_string` (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `#`: keep the decimal point, and for `g` the trailing zeros.
    pub alternate: bool,
    /// Add `.0` to integral values that print without an exponent (repr and no-type format).
    pub add_dot_0: bool,
    /// `z`: a result that rounds to zero loses its minus sign.
    pub no_neg_zero: bool,
}

/// `'%.*f' % (precision, v)`, correctly rounded.
pub fn float_to_fixed(v: f64, precision: usize) -> PyResult<String> {
    float_to_string(v, 'f', precision, FloatFlags::default())
}

/// `'%.*e' % (precision, v)` (`E` when `upper`): `1.50e+05`, at least two exponent digits.
pub fn float_to_exp(v: f64, precision: usize, upper: bool) -> PyResult<String> {
    float_to_string(
        v,
        if upper { 'E' } else { 'e' },
        precision,
        FloatFlags::default(),
    )
}

/// `'%.*g' % (precision, v)` (`G` when `upper`, `%#g` when `alternate`).
pub fn float_to_general(
    v: f64,
    precision: usize,
    upper: bool,
    alternate: bool,
) -> PyResult<String> {
    let flags = FloatFlags {
        alternate,
        ..FloatFlags::default()
    };
    float_to_string(v, if upper { 'G' } else { 'g' }, precision, flags)
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r` (`r` is repr, which
/// ignores `precision`). Only a minus sign is ever written; the caller adds `+` or space.
/// MemoryError when the text would exceed `MAX_OUTPUT` (e.g. `%.1000000000f`).
pub fn float_to_string(
    v: f64,
    code: char,
    precision: usize,
    flags: FloatFlags,
) -> PyResult<String> {
    let upper = code.is_ascii_uppercase();
    if !v.is_finite() {
        let text = if v.is_nan() {
            "nan"
        } else if v < 0.0 {
            "-inf"
        } else {
            "inf"
        };
        return Ok(if upper {
            text.to_ascii_uppercase()
        } else {
            text.to_string()
        });
    }
    // Beyond 2**40 a precision only matters for the length, which MAX_OUTPUT refuses anyway.
    let precision = precision.min(1 << 40) as i64;
    let (code, precision, digits) = match code.to_ascii_lowercase() {
        'e' => ('e', precision + 1, significant_digits(v, precision + 1)),
        'f' => ('f', precision, fixed_digits(v, precision)),
        // A precision of 0 makes no sense for 'g': it means 1.
        'g' => (
            'g',
            precision.max(1),
            significant_digits(v, precision.max(1)),
        ),
        'r' => ('r', 0, shortest_digits(v)),
        _ => {
            return Err(Raise::value_error(format!(
                "invalid float format code {code:?}"
            )))
        }
    };
    layout(&digits, code, precision, flags, upper)
}

/// A finite float as dtoa returns it: the value is `0.DIGITS * 10**decpt`, sign apart. No
/// trailing zeros; zero is `"0"` with decpt 1; a fixed conversion that rounds to zero has no
/// digits at all.
struct Digits {
    neg: bool,
    digits: String,
    decpt: i64,
}

/// Digits and decimal exponent of Rust's scientific text `d.ddde-5`.
fn parse_scientific(v: f64, sci: &str) -> Digits {
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    digits.truncate(digits.trim_end_matches('0').len().max(1));
    Digits {
        neg: v.is_sign_negative(),
        digits,
        decpt: exp.parse::<i64>().unwrap_or(0) + 1,
    }
}

/// dtoa mode 0: the shortest digits that round-trip (Rust's `{:e}` is exactly that).
fn shortest_digits(v: f64) -> Digits {
    parse_scientific(v, &format!("{:e}", v.abs()))
}

/// dtoa mode 2: `n` significant digits, correctly rounded. A double's exact expansion has at
/// most 767 significant digits, so asking for more only adds zeros, which are dropped anyway.
fn significant_digits(v: f64, n: i64) -> Digits {
    let n = n.clamp(1, 800) as usize;
    parse_scientific(v, &format!("{:.*e}", n - 1, v.abs()))
}

/// dtoa mode 3: `n` digits after the point, correctly rounded. A double has at most 1074
/// fractional digits, so 1100 is exact.
fn fixed_digits(v: f64, n: i64) -> Digits {
    let neg = v.is_sign_negative();
    if v == 0.0 {
        return Digits {
            neg,
            digits: "0".into(),
            decpt: 1,
        };
    }
    let text = format!("{:.*}", n.min(1100) as usize, v.abs());
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let all = format!("{int_part}{frac}");
    let lead = all.bytes().take_while(|b| *b == b'0').count();
    if lead == all.len() {
        return Digits {
            neg,
            digits: String::new(),
            decpt: -n,
        };
    }
    let digits = all[lead..].trim_end_matches('0').to_string();
    Digits {
        neg,
        digits,
        decpt: int_part.len() as i64 - lead as i64,
    }
}

/// CPython's `format_float_short`: places the point, pads zeros on either side, adds the
/// exponent. The output is a slice `[vstart, vend)` of the digits padded with zeros both ways.
fn layout(
    d: &Digits,
    code: char,
    precision: i64,
    flags: FloatFlags,
    upper: bool,
) -> PyResult<String> {
    let n = d.digits.len() as i64;
    let zero = d.digits.is_empty() || d.digits == "0";
    let neg = d.neg && !(flags.no_neg_zero && zero);
    let mut decpt = d.decpt;
    let (use_exp, mut vend) = match code {
        'e' => (true, precision),
        'f' => (false, decpt + precision),
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            (
                decpt <= -4 || decpt > limit,
                if flags.alternate { precision } else { n },
            )
        }
        _ => (decpt <= -4 || decpt > 16, n), // repr switches to exponent form at 1e16
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = vend.max(if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    });
    if vend - vstart > max_output() as i64 {
        return Err(memory_error());
    }
    let mut out = String::with_capacity((vend - vstart) as usize + 8);
    if neg {
        out.push('-');
    }
    place_digits(&mut out, &d.digits, decpt, vstart, vend);
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!(
            "{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    Ok(out)
}

/// Writes `digits` with the point at `decpt`, zero-padded to cover `[vstart, vend)`; exactly
/// one decimal point is written (possibly trailing).
fn place_digits(out: &mut String, digits: &str, decpt: i64, vstart: i64, vend: i64) {
    let zeros = |out: &mut String, k: i64| out.extend(std::iter::repeat_n('0', k.max(0) as usize));
    let n = digits.len() as i64;
    if decpt <= 0 {
        zeros(out, decpt - vstart);
        out.push('.');
        zeros(out, -decpt);
        out.push_str(digits);
        zeros(out, vend - n);
    } else if decpt <= n {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
        zeros(out, vend - n);
    } else {
        out.push_str(digits);
        zeros(out, decpt - n);
        out.push('.');
        zeros(out, vend - decpt);
    }
}
