//! Byte offset → line number, for error messages and the `line` of every option.

/// The byte offsets at which each line of a text starts.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Lines end at `\n`, `\r\n` or a lone `\r`, as in CommonMark. Line ends are found with
    /// `memchr`, many bytes at a time: a byte-by-byte scan showed in profiles of large pages.
    pub(crate) fn new(text: &[u8]) -> Self {
        let ends_line = |at: usize| match text.get(at) {
            Some(b'\n') => true,
            Some(b'\r') => text.get(at + 1) != Some(&b'\n'),
            _ => false,
        };
        // Learn pages average well over 32 bytes a line: one allocation, not a dozen regrowths.
        let mut starts = Vec::with_capacity(text.len() / 32 + 1);
        starts.push(0);
        starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', text)
                .filter(|&at| ends_line(at))
                .map(|at| at + 1),
        );
        Self { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        // `starts[0] == 0`, so the partition point is at least 1.
        self.starts.partition_point(|start| *start <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn counts_lines_from_one_and_handles_crlf() {
        let index = LineIndex::new(b"a\r\nbc\n\nd");
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(2), 1);
        assert_eq!(index.line_of(3), 2);
        assert_eq!(index.line_of(6), 3);
        assert_eq!(index.line_of(7), 4);
        assert_eq!(index.line_of(100), 4);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let index = LineIndex::new(b"a\rb\r\nc");
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(5), 3);
    }
}
