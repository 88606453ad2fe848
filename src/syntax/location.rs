//! Byte offset → (line, column) conversion, computed on demand from a table of line starts.
//! Lines end at `\n`, `\r\n` or a lone `\r`, as in CPython.

pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line.saturating_sub(1).min(self.starts.len() - 1)]
    }

    /// (1-based line, 0-based byte column): CPython's `lineno`, `col_offset` for AST nodes.
    pub fn byte_position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        (line, offset - self.line_start(line))
    }

    /// (1-based line, 1-based character column): CPython's `SyntaxError.offset`.
    pub fn char_position(&self, source: &str, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let col = source
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, col + 1)
    }

    /// The text of a 1-based line without its terminator.
    pub fn line_text<'s>(&self, source: &'s str, line: usize) -> Option<&'s str> {
        if line == 0 || line > self.starts.len() {
            return None;
        }
        let start = self.starts[line - 1];
        let end = self.starts.get(line).copied().unwrap_or(source.len());
        source
            .get(start..end)
            .map(|s| s.trim_end_matches(['\n', '\r']))
    }
}
