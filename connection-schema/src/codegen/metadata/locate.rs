//! Lines for options read from JSON, so that messages and generated docs can say `file:line`
//! for them as for page rows. serde keeps no positions, so each option's `"Value": N` is
//! found in the text, searching on from the previous option's: responses list options in
//! order. An option whose text is not found (an unusual layout) gets its column's line.

use crate::codegen::lines::LineIndex;

pub(super) struct Locator<'a> {
    text: &'a [u8],
    lines: LineIndex,
    cursor: usize,
}

impl<'a> Locator<'a> {
    pub(super) fn new(text: &'a [u8]) -> Self {
        Self {
            text,
            lines: LineIndex::new(text),
            cursor: 0,
        }
    }

    /// The line of the next `"key": value` (value as JSON writes it, e.g. `5` or `"Name"`)
    /// after the last one found, or `None`.
    pub(super) fn next(&mut self, key: &str, value: &str) -> Option<usize> {
        let quoted = format!("\"{key}\"");
        let mut from = self.cursor;
        while let Some(found) = find(&self.text[from..], quoted.as_bytes()) {
            let at = from + found;
            let after = &self.text[at + quoted.len()..];
            let after = trim_start(after);
            if let Some(rest) = after.strip_prefix(b":") {
                let rest = trim_start(rest);
                let ends = rest
                    .get(value.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric());
                if rest.starts_with(value.as_bytes()) && ends {
                    self.cursor = at + quoted.len();
                    return Some(self.lines.line_of(at));
                }
            }
            from = at + quoted.len();
        }
        None
    }
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

#[cfg(test)]
mod tests {
    use super::Locator;

    #[test]
    fn finds_values_in_order_and_skips_look_alikes() {
        let text = b"{\n \"Value\": 10,\n \"DefaultValue\": 1,\n \"Value\" : 1,\n \"Value\": 1\n}";
        let mut locator = Locator::new(text);
        assert_eq!(locator.next("Value", "1"), Some(4));
        assert_eq!(locator.next("Value", "1"), Some(5));
        assert_eq!(locator.next("Value", "1"), None);
    }
}
