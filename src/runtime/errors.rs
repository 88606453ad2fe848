//! Exceptions raised by native code: the built-in exception classes krait knows (CPython's
//! hierarchy) and `Raise`, a class plus message, which the VM turns into an exception object.

use std::fmt;

/// Built-in exception classes, with CPython's hierarchy (see `base`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    BaseException,
    Exception,
    ArithmeticError,
    AssertionError,
    AttributeError,
    EOFError,
    GeneratorExit,
    ImportError,
    ModuleNotFoundError,
    IndexError,
    KeyError,
    KeyboardInterrupt,
    LookupError,
    MemoryError,
    NameError,
    NotImplementedError,
    OverflowError,
    RecursionError,
    RuntimeError,
    StopIteration,
    SyntaxError,
    SystemExit,
    TypeError,
    UnboundLocalError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    ValueError,
    ZeroDivisionError,
}

impl ExcKind {
    pub const ALL: [ExcKind; 29] = [
        ExcKind::BaseException,
        ExcKind::Exception,
        ExcKind::ArithmeticError,
        ExcKind::AssertionError,
        ExcKind::AttributeError,
        ExcKind::EOFError,
        ExcKind::GeneratorExit,
        ExcKind::ImportError,
        ExcKind::ModuleNotFoundError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::KeyboardInterrupt,
        ExcKind::LookupError,
        ExcKind::MemoryError,
        ExcKind::NameError,
        ExcKind::NotImplementedError,
        ExcKind::OverflowError,
        ExcKind::RecursionError,
        ExcKind::RuntimeError,
        ExcKind::StopIteration,
        ExcKind::SyntaxError,
        ExcKind::SystemExit,
        ExcKind::TypeError,
        ExcKind::UnboundLocalError,
        ExcKind::UnicodeError,
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::ValueError,
        ExcKind::ZeroDivisionError,
    ];

    /// The class name, as `type(e).__name__` prints it.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::BaseException => "BaseException",
            ExcKind::Exception => "Exception",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::EOFError => "EOFError",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::ImportError => "ImportError",
            ExcKind::ModuleNotFoundError => "ModuleNotFoundError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::LookupError => "LookupError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::NameError => "NameError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::SyntaxError => "SyntaxError",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::TypeError => "TypeError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::UnicodeError => "UnicodeError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::ValueError => "ValueError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
        }
    }

    /// The direct base class (`None` for BaseException).
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | GeneratorExit | KeyboardInterrupt | SystemExit => BaseException,
            ArithmeticError | AssertionError | AttributeError | EOFError | ImportError | LookupError
            | MemoryError | NameError | RuntimeError | StopIteration | SyntaxError | TypeError | ValueError => {
                Exception
            }
            OverflowError | ZeroDivisionError => ArithmeticError,
            ModuleNotFoundError => ImportError,
            IndexError | KeyError => LookupError,
            NotImplementedError | RecursionError => RuntimeError,
            UnboundLocalError => NameError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
        })
    }

    /// `issubclass(self, other)` within the built-in hierarchy.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(c) = k {
            if c == other {
                return true;
            }
            k = c.base();
        }
        false
    }
}

/// An exception raised by native code: its class and message (`str(exc)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raise {
    pub kind: ExcKind,
    pub msg: String,
}

impl Raise {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Raise {
        Raise { kind, msg: msg.into() }
    }

    pub fn type_error(msg: impl Into<String>) -> Raise {
        Raise::new(ExcKind::TypeError, msg)
    }

    pub fn value_error(msg: impl Into<String>) -> Raise {
        Raise::new(ExcKind::ValueError, msg)
    }

    pub fn overflow(msg: impl Into<String>) -> Raise {
        Raise::new(ExcKind::OverflowError, msg)
    }

    pub fn zero_division(msg: impl Into<String>) -> Raise {
        Raise::new(ExcKind::ZeroDivisionError, msg)
    }

    pub fn index_error(msg: impl Into<String>) -> Raise {
        Raise::new(ExcKind::IndexError, msg)
    }
}

impl fmt::Display for Raise {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.msg)
        }
    }
}

pub type PyResult<T> = Result<T, Raise>;
