//! Byte offset → line number, for error messages and the `line` of every option.

/// The byte offsets at which each line of a text starts.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Lines end at `\n`, `\r\n` or a lone `\r`, as in CommonMark.
    pub(crate) fn new(text: &[u8]) -> Self {
        let ends_line = |at: usize, byte: u8| {
            byte == b'\n' || (byte == b'\r' && text.get(at + 1) != Some(&b'\n'))
        };
        let starts = std::iter::once(0)
            .chain(
                text.iter()
                    .enumerate()
                    .filter(|(at, byte)| ends_line(*at, **byte))
                    .map(|(at, _)| at + 1),
            )
            .collect();
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
