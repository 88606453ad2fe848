//! Where `print` output goes.

/// The destination of `print` (and of `single`-mode echoes) during a run.
pub enum PrintSink {
    /// The process's standard output (the default, as in Python).
    Stdout,
    /// An in-memory buffer, read with [`Namespace::take_output`](super::Namespace::take_output).
    Buffer,
    /// A callback receiving each piece of text as it is printed.
    Callback(Box<dyn FnMut(&str)>),
}

impl std::fmt::Debug for PrintSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PrintSink::Stdout => "PrintSink::Stdout",
            PrintSink::Buffer => "PrintSink::Buffer",
            PrintSink::Callback(_) => "PrintSink::Callback(..)",
        })
    }
}

impl PrintSink {
    /// A sink calling `f` with each piece of printed text.
    pub fn callback(f: impl FnMut(&str) + 'static) -> PrintSink {
        PrintSink::Callback(Box::new(f))
    }
}
