//! The compile-time errors CPython 3.11 raises from its symbol table and compiler, one
//! constructor per situation; each quotes CPython's text.

use crate::syntax::ast::Span;
use crate::syntax::errors::ParseErr;

fn at(msg: String, span: Span) -> ParseErr {
    ParseErr::new(msg, span.start as usize, span.end as usize)
}

pub fn outside_function(what: &str, span: Span) -> ParseErr {
    at(format!("'{what}' outside function"), span)
}

pub fn break_outside_loop(span: Span) -> ParseErr {
    at("'break' outside loop".into(), span)
}

pub fn continue_outside_loop(span: Span) -> ParseErr {
    at("'continue' not properly in loop".into(), span)
}

pub fn nonlocal_at_module_level(span: Span) -> ParseErr {
    at(
        "nonlocal declaration not allowed at module level".into(),
        span,
    )
}

pub fn no_binding_for_nonlocal(name: &str, span: Span) -> ParseErr {
    at(format!("no binding for nonlocal '{name}' found"), span)
}

pub fn nonlocal_and_global(name: &str, span: Span) -> ParseErr {
    at(format!("name '{name}' is nonlocal and global"), span)
}

/// `global x` / `nonlocal x` after `x` was already a parameter, used, annotated or assigned.
pub fn declared_late(name: &str, directive: &str, why: Late, span: Span) -> ParseErr {
    let msg = match why {
        Late::Param => format!("name '{name}' is parameter and {directive}"),
        Late::Used => format!("name '{name}' is used prior to {directive} declaration"),
        Late::Annotated => format!("annotated name '{name}' can't be {directive}"),
        Late::Assigned => format!("name '{name}' is assigned to before {directive} declaration"),
    };
    at(msg, span)
}

#[derive(Clone, Copy)]
pub enum Late {
    Param,
    Used,
    Annotated,
    Assigned,
}

pub fn duplicate_argument(name: &str, span: Span) -> ParseErr {
    at(
        format!("duplicate argument '{name}' in function definition"),
        span,
    )
}

pub fn keyword_repeated(name: &str, span: Span) -> ParseErr {
    at(format!("keyword argument repeated: {name}"), span)
}

pub fn starred_target_alone(span: Span) -> ParseErr {
    at(
        "starred assignment target must be in a list or tuple".into(),
        span,
    )
}

pub fn multiple_starred(span: Span) -> ParseErr {
    at("multiple starred expressions in assignment".into(), span)
}

pub fn starred_here(span: Span) -> ParseErr {
    at("can't use starred expression here".into(), span)
}

pub fn debug_target(delete: bool, span: Span) -> ParseErr {
    let verb = if delete { "delete" } else { "assign to" };
    at(format!("cannot {verb} __debug__"), span)
}

pub fn walrus_in_comprehension_iterable(span: Span) -> ParseErr {
    at(
        "assignment expression cannot be used in a comprehension iterable expression".into(),
        span,
    )
}

pub fn walrus_rebinds_iteration_variable(name: &str, span: Span) -> ParseErr {
    at(
        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
        span,
    )
}

pub fn walrus_in_class_comprehension(span: Span) -> ParseErr {
    at(
        "assignment expression within a comprehension cannot be used in a class body".into(),
        span,
    )
}

pub fn yield_in_comprehension(what: &str, span: Span) -> ParseErr {
    at(format!("'yield' inside {what}"), span)
}

pub fn default_except_not_last(span: Span) -> ParseErr {
    at("default 'except:' must be last".into(), span)
}

pub fn star_import(span: Span) -> ParseErr {
    at(
        "star imports ('from ... import *') are not supported by krait".into(),
        span,
    )
}
