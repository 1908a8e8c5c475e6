//! Text helpers for the rustdoc of generated items.

/// `///` comments read ` text`; without the space prettyplease prints `///text`.
pub(super) fn doc_line(text: String) -> String {
    if text.is_empty() {
        text
    } else {
        format!(" {text}")
    }
}

/// Labels are plain text; in rustdoc, `[x]` would be read as a link and `*`, `_`, `<` as markup.
/// Bare URLs become autolinks, which rustdoc's `bare_urls` lint asks for.
pub(super) fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for (index, word) in text.split(' ').enumerate() {
        if index > 0 {
            escaped.push(' ');
        }
        let is_url = (word.starts_with("http://") || word.starts_with("https://"))
            && !word.contains(['<', '>', '`']);
        if is_url {
            escaped.push('<');
            escaped.push_str(word);
            escaped.push('>');
        } else {
            escape_word(word, &mut escaped);
        }
    }
    escaped
}

/// `text` as an inline code span, with a fence long enough for any backticks inside it.
pub(super) fn code(text: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    if longest == 0 {
        return format!("`{text}`");
    }
    let fence = "`".repeat(longest + 1);
    format!("{fence} {text} {fence}")
}

fn escape_word(word: &str, escaped: &mut String) {
    for c in word.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
}

/// Collapses a multi-line title into one line.
pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{code, escape_markdown};

    #[test]
    fn urls_become_autolinks_and_markup_is_escaped() {
        assert_eq!(
            escape_markdown("See https://example.com/x [a] *b*"),
            "See <https://example.com/x> \\[a\\] \\*b\\*"
        );
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("plain"), "`plain`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }
}
