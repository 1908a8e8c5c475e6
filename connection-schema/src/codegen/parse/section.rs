//! One column section of a page: the `### SchemaName` heading and what follows it.

use super::properties::Properties;
use crate::codegen::error::Error;
use crate::codegen::model::{
    BaseReference, BooleanLabels, Column, ColumnKind, ColumnType, Metadata, Source,
};

/// What has been read of the current `###` section.
pub(super) struct Section<'a> {
    pub(super) name: String,
    pub(super) line: usize,
    pub(super) properties: Option<Properties<'a>>,
    pub(super) changes_from: Option<BaseReference>,
    /// Set once a choice table in this section became a column.
    pub(super) has_choice_table: bool,
}

impl Section<'_> {
    pub(super) fn new(heading: String, line: usize) -> Self {
        Self {
            name: heading,
            line,
            properties: None,
            changes_from: None,
            has_choice_table: false,
        }
    }

    /// Whether a choices heading named `column` belongs to this section. Older pages spell the
    /// two headings in different cases (`### statecode`, `#### StateCode Options`).
    pub(super) fn describes(&self, column: &str) -> bool {
        self.name.eq_ignore_ascii_case(column)
    }

    pub(super) fn metadata(&self) -> Metadata {
        self.properties
            .as_ref()
            .map(Properties::metadata)
            .unwrap_or_default()
    }

    /// Ends the section. A current-format Boolean column has no choice table: its labels are
    /// rows of the property table, and it becomes a column here.
    pub(super) fn finish(self, path: &str, columns: &mut Vec<Column>) -> Result<(), Error> {
        if self.has_choice_table {
            return Ok(());
        }
        let Some(properties) = &self.properties else {
            return Ok(());
        };
        let metadata = properties.metadata();
        if metadata.r#type != Some(ColumnType::Boolean) {
            return Ok(());
        }
        let (Some(true_label), Some(false_label)) =
            (properties.get("True Label"), properties.get("False Label"))
        else {
            // A Boolean without labels says nothing about choices.
            return Ok(());
        };
        let column = Column {
            name: self.name,
            file: path.to_owned(),
            line: self.line,
            metadata,
            changes_from: self.changes_from,
            options: Vec::new(),
            boolean: Some(BooleanLabels {
                true_label: true_label.to_owned(),
                false_label: false_label.to_owned(),
                default_value: properties.get("DefaultValue").map(str::to_owned),
            }),
            source: Source::LearnPage,
        };
        debug_assert_eq!(column.kind(), ColumnKind::Boolean);
        columns.push(column);
        Ok(())
    }
}
