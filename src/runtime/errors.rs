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
    OSError,
    FileNotFoundError,
    FileExistsError,
    PermissionError,
    TimeoutError,
    ConnectionError,
    BrokenPipeError,
    ConnectionResetError,
    ConnectionRefusedError,
    ConnectionAbortedError,
    IsADirectoryError,
    NotADirectoryError,
    InterruptedError,
    BlockingIOError,
    ChildProcessError,
    ProcessLookupError,
    FloatingPointError,
    BufferError,
    ReferenceError,
    IndentationError,
    TabError,
    UnicodeTranslateError,
    Warning,
    UserWarning,
    DeprecationWarning,
    PendingDeprecationWarning,
    SyntaxWarning,
    RuntimeWarning,
    FutureWarning,
    ImportWarning,
    UnicodeWarning,
    BytesWarning,
    ResourceWarning,
    EncodingWarning,
    StopAsyncIteration,
}

impl ExcKind {
    pub const ALL: [ExcKind; 64] = [
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
        ExcKind::OSError,
        ExcKind::FileNotFoundError,
        ExcKind::FileExistsError,
        ExcKind::PermissionError,
        ExcKind::TimeoutError,
        ExcKind::ConnectionError,
        ExcKind::BrokenPipeError,
        ExcKind::ConnectionResetError,
        ExcKind::ConnectionRefusedError,
        ExcKind::ConnectionAbortedError,
        ExcKind::IsADirectoryError,
        ExcKind::NotADirectoryError,
        ExcKind::InterruptedError,
        ExcKind::BlockingIOError,
        ExcKind::ChildProcessError,
        ExcKind::ProcessLookupError,
        ExcKind::FloatingPointError,
        ExcKind::BufferError,
        ExcKind::ReferenceError,
        ExcKind::IndentationError,
        ExcKind::TabError,
        ExcKind::UnicodeTranslateError,
        ExcKind::Warning,
        ExcKind::UserWarning,
        ExcKind::DeprecationWarning,
        ExcKind::PendingDeprecationWarning,
        ExcKind::SyntaxWarning,
        ExcKind::RuntimeWarning,
        ExcKind::FutureWarning,
        ExcKind::ImportWarning,
        ExcKind::UnicodeWarning,
        ExcKind::BytesWarning,
        ExcKind::ResourceWarning,
        ExcKind::EncodingWarning,
        ExcKind::StopAsyncIteration,
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
            ExcKind::OSError => "OSError",
            ExcKind::FileNotFoundError => "FileNotFoundError",
            ExcKind::FileExistsError => "FileExistsError",
            ExcKind::PermissionError => "PermissionError",
            ExcKind::TimeoutError => "TimeoutError",
            ExcKind::ConnectionError => "ConnectionError",
            ExcKind::BrokenPipeError => "BrokenPipeError",
            ExcKind::ConnectionResetError => "ConnectionResetError",
            ExcKind::ConnectionRefusedError => "ConnectionRefusedError",
            ExcKind::ConnectionAbortedError => "ConnectionAbortedError",
            ExcKind::IsADirectoryError => "IsADirectoryError",
            ExcKind::NotADirectoryError => "NotADirectoryError",
            ExcKind::InterruptedError => "InterruptedError",
            ExcKind::BlockingIOError => "BlockingIOError",
            ExcKind::ChildProcessError => "ChildProcessError",
            ExcKind::ProcessLookupError => "ProcessLookupError",
            ExcKind::FloatingPointError => "FloatingPointError",
            ExcKind::BufferError => "BufferError",
            ExcKind::ReferenceError => "ReferenceError",
            ExcKind::IndentationError => "IndentationError",
            ExcKind::TabError => "TabError",
            ExcKind::UnicodeTranslateError => "UnicodeTranslateError",
            ExcKind::Warning => "Warning",
            ExcKind::UserWarning => "UserWarning",
            ExcKind::DeprecationWarning => "DeprecationWarning",
            ExcKind::PendingDeprecationWarning => "PendingDeprecationWarning",
            ExcKind::SyntaxWarning => "SyntaxWarning",
            ExcKind::RuntimeWarning => "RuntimeWarning",
            ExcKind::FutureWarning => "FutureWarning",
            ExcKind::ImportWarning => "ImportWarning",
            ExcKind::UnicodeWarning => "UnicodeWarning",
            ExcKind::BytesWarning => "BytesWarning",
            ExcKind::ResourceWarning => "ResourceWarning",
            ExcKind::EncodingWarning => "EncodingWarning",
            ExcKind::StopAsyncIteration => "StopAsyncIteration",
        }
    }

    /// The direct base class (`None` for BaseException).
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | GeneratorExit | KeyboardInterrupt | SystemExit => BaseException,
            ArithmeticError | AssertionError | AttributeError | EOFError | ImportError
            | LookupError | MemoryError | NameError | RuntimeError | StopIteration
            | SyntaxError | TypeError | ValueError => Exception,
            OverflowError | ZeroDivisionError => ArithmeticError,
            ModuleNotFoundError => ImportError,
            IndexError | KeyError => LookupError,
            NotImplementedError | RecursionError => RuntimeError,
            UnboundLocalError => NameError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            OSError => Exception,
            FileNotFoundError => OSError,
            FileExistsError => OSError,
            PermissionError => OSError,
            TimeoutError => OSError,
            ConnectionError => OSError,
            BrokenPipeError => ConnectionError,
            ConnectionResetError => ConnectionError,
            ConnectionRefusedError => ConnectionError,
            ConnectionAbortedError => ConnectionError,
            IsADirectoryError => OSError,
            NotADirectoryError => OSError,
            InterruptedError => OSError,
            BlockingIOError => OSError,
            ChildProcessError => OSError,
            ProcessLookupError => OSError,
            FloatingPointError => ArithmeticError,
            BufferError => Exception,
            ReferenceError => Exception,
            IndentationError => SyntaxError,
            TabError => IndentationError,
            UnicodeTranslateError => UnicodeError,
            Warning => Exception,
            UserWarning => Warning,
            DeprecationWarning => Warning,
            PendingDeprecationWarning => Warning,
            SyntaxWarning => Warning,
            RuntimeWarning => Warning,
            FutureWarning => Warning,
            ImportWarning => Warning,
            UnicodeWarning => Warning,
            BytesWarning => Warning,
            ResourceWarning => Warning,
            EncodingWarning => Warning,
            StopAsyncIteration => Exception,
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
        Raise {
            kind,
            msg: msg.into(),
        }
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
