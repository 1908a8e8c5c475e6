//! What a Learn page says about its choice columns, independent of markdown and of Rust.

#[cfg(feature = "json")]
use serde::Serialize;

/// One parsed table reference page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize))]
pub struct Page {
    /// The path the page was read from, as given by the caller (keep it relative: it is
    /// written into generated code).
    pub file: String,
    /// The text of the page's `#` heading.
    pub title: String,
    /// Every choice column, in document order.
    pub columns: Vec<Column>,
}

/// One choice column: a `#### <Name> Choices/Options` heading and the table after it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize))]
pub struct Column {
    /// The column's schema name, as the heading writes it.
    pub name: String,
    /// 1-based line of the heading.
    pub line: usize,
    /// The options, in document order (which is not always value order).
    pub options: Vec<ChoiceOption>,
}

/// One row of a choice table.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize))]
pub struct ChoiceOption {
    /// The integer Dataverse stores.
    pub value: i32,
    /// The visible label text: emphasis removed, entities decoded, whitespace trimmed.
    pub label: String,
    /// The description column of legacy pages, when there is one and it is not empty.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub description: Option<String>,
    /// 1-based line of the row.
    pub line: usize,
}

impl Column {
    /// Whether two options share a label, which the derive only accepts when told so.
    pub fn has_duplicate_labels(&self) -> bool {
        let mut labels: Vec<&str> = self.options.iter().map(|o| o.label.as_str()).collect();
        labels.sort_unstable();
        labels.windows(2).any(|pair| pair[0] == pair[1])
    }
}
