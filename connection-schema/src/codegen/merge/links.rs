//! The links between a table's state and status columns, which pages do not always keep
//! consistent (legacy pages name default statuses their own status table lacks).

use crate::codegen::error::Warning;
use crate::codegen::model::{ChoiceOption, Column, ColumnKind, Table};

/// The table's state and status columns, when it has exactly one of each as enums.
pub(crate) fn state_and_status(table: &Table) -> Option<(&Column, &Column)> {
    let of_kind = |kind: ColumnKind| {
        let mut found = table
            .columns
            .iter()
            .filter(move |c| c.is_enum() && c.kind() == kind);
        match (found.next(), found.next()) {
            (Some(column), None) => Some(column),
            _ => None,
        }
    };
    Some((of_kind(ColumnKind::State)?, of_kind(ColumnKind::Status)?))
}

/// One warning per option whose link does not resolve: `state()` or `default_status()` returns
/// `None` for it, and everything else is generated as usual.
pub(super) fn check_state_links(table: &Table) -> Vec<Warning> {
    let Some((state, status)) = state_and_status(table) else {
        return Vec::new();
    };
    let mut warnings = Vec::new();
    check_links(status, state, "state", "state", |o| o.state, &mut warnings);
    check_links(
        state,
        status,
        "default status",
        "default_status",
        |o| o.default_status,
        &mut warnings,
    );
    warnings
}

/// Every option of `from` should name (through `link`) a value that `to` lists.
fn check_links(
    from: &Column,
    to: &Column,
    what: &str,
    method: &str,
    link: impl Fn(&ChoiceOption) -> Option<i32>,
    warnings: &mut Vec<Warning>,
) {
    for option in &from.options {
        let problem = match link(option) {
            Some(value) if to.options.iter().any(|o| o.value == value) => continue,
            Some(value) => format!("names {what} {value}, which {} does not list", to.name),
            None => format!("names no {what}"),
        };
        warnings.push(Warning::at(
            &option.file,
            option.line,
            format!(
                "{} value {} {problem}; its {method}() is None",
                from.name, option.value
            ),
        ));
    }
}
