//! `|Property|Value|` tables: the page's table properties and each column's metadata.

use std::borrow::Cow;

use super::table::{normalize_space, normalized, trimmed, Table};
use crate::codegen::model::{ColumnType, Metadata};

/// The rows of one property table, in order: (property, value, line), borrowed from the page
/// where the cells are.
pub(super) struct Properties<'a> {
    rows: Vec<(Cow<'a, str>, Cow<'a, str>, usize)>,
}

pub(super) fn is_property_table(table: &Table<'_>) -> bool {
    let header = |index: usize| table.header.get(index).map(|h| normalize_space(&h.text));
    table.header.len() >= 2
        && header(0).is_some_and(|h| h == "Property")
        && header(1).is_some_and(|h| h == "Value")
}

pub(super) fn read<'a>(table: &Table<'a>, line_of: &impl Fn(usize) -> usize) -> Properties<'a> {
    let rows = table
        .rows()
        .filter_map(|row| {
            let key = normalized(&row.cells.first()?.text);
            // Values keep their inner spacing: `True Label` and `DisplayName` are labels.
            let value = trimmed(&row.cells.get(1)?.text);
            Some((key, value, line_of(row.range.start)))
        })
        .collect();
    Properties { rows }
}

impl Properties<'_> {
    /// The value of `property`, if the table has that row (possibly empty).
    pub(super) fn get(&self, property: &str) -> Option<&str> {
        self.rows
            .iter()
            .find(|(key, ..)| key == property)
            .map(|(_, value, _)| value.as_ref())
    }

    /// Like [`get`](Self::get), with empty values treated as missing.
    fn get_non_empty(&self, property: &str) -> Option<String> {
        self.get(property)
            .filter(|value| !value.is_empty())
            .map(str::to_owned)
    }

    pub(super) fn metadata(&self) -> Metadata {
        Metadata {
            logical_name: self.get_non_empty("LogicalName"),
            display_name: self.get_non_empty("DisplayName"),
            description: self.get_non_empty("Description"),
            r#type: self.get_non_empty("Type").map(ColumnType::from),
            global_choice_name: self.get_non_empty("GlobalChoiceName"),
            default_form_value: self.get_non_empty("DefaultFormValue"),
        }
    }
}
