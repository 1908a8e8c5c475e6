//! `|Property|Value|` tables: the page's table properties and each column's metadata.

use super::table::{normalize_space, Table};
use crate::codegen::model::Metadata;

/// The rows of one property table, in order: (property, value, line).
pub(super) struct Properties {
    rows: Vec<(String, String, usize)>,
}

pub(super) fn is_property_table(table: &Table) -> bool {
    let header: Vec<String> = table
        .header
        .iter()
        .map(|h| normalize_space(&h.text))
        .collect();
    header.len() >= 2 && header[0] == "Property" && header[1] == "Value"
}

pub(super) fn read(table: &Table, line_of: &impl Fn(usize) -> usize) -> Properties {
    let rows = table
        .rows
        .iter()
        .filter_map(|row| {
            let key = normalize_space(&row.cells.first()?.text);
            let value = normalize_space(&row.cells.get(1)?.text);
            Some((key, value, line_of(row.range.start)))
        })
        .collect();
    Properties { rows }
}

impl Properties {
    /// The value of `property`, if the table has that row (possibly empty).
    pub(super) fn get(&self, property: &str) -> Option<&str> {
        self.rows
            .iter()
            .find(|(key, ..)| key == property)
            .map(|(_, value, _)| value.as_str())
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
            r#type: self.get_non_empty("Type"),
            global_choice_name: self.get_non_empty("GlobalChoiceName"),
            default_form_value: self.get_non_empty("DefaultFormValue"),
        }
    }
}
