//! The environment layer: a Web API metadata export's column replaces the pages' version of
//! it, and one warning sums up where the environment departs from the pages.

use crate::codegen::diff::diff_columns;
use crate::codegen::error::Warning;
use crate::codegen::model::Column;

/// Replaces `merged`'s options (from pages) with `environment`'s, which are exact for the
/// user's environment; returns the summary warning when they differ.
pub(super) fn replace_column(
    table: &str,
    merged: &mut Column,
    mut environment: Column,
) -> Option<Warning> {
    let diff = diff_columns(merged, &environment);
    let mut pages: Vec<&str> = Vec::new();
    for option in &merged.options {
        if !pages.contains(&option.file.as_str()) {
            pages.push(&option.file);
        }
    }
    let counts = [
        (
            diff.renumbered.len(),
            "value renumbered",
            "values renumbered",
        ),
        (diff.relabeled.len(), "label changed", "labels changed"),
        (diff.added.len(), "added", "added"),
        (diff.removed.len(), "missing", "missing"),
    ];
    let parts: Vec<String> = counts
        .iter()
        .filter(|(count, ..)| *count > 0)
        .map(|&(count, one, many)| format!("{count} {}", if count == 1 { one } else { many }))
        .collect();
    let warning = (!parts.is_empty()).then(|| {
        Warning::at(
            &environment.file,
            environment.line,
            format!(
                "{table}.{}: the environment differs from {}: {}; its options are used (see \
                 `connection-schema diff`)",
                environment.name,
                pages.join(", "),
                parts.join(", ")
            ),
        )
    });
    environment.metadata.fill_from(&merged.metadata);
    if environment.boolean.is_none() {
        environment.boolean = merged.boolean.take();
    }
    *merged = environment;
    warning
}
