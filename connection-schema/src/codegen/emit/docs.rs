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
pub(super) fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Collapses a multi-line title into one line.
pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
