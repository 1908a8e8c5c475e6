//! Pages → tables: every page about one Dataverse table merged into the full option sets.
//!
//! The policy, which the README repeats:
//! - Pages are grouped by table logical name, whatever their file names.
//! - Within a table, pages without "Changes from" links (Dataverse base pages) come first, then
//!   app pages; each group in file-name order. Options keep that order: base options first,
//!   then each app page's additions.
//! - An option that a later page repeats with the same value and label is the same option and
//!   is kept once, at its first place.
//! - One value with two labels, or (across pages) one label with two values, is a conflict.
//!   Every conflict is reported, naming both `file:line`s, and nothing is generated: no option
//!   is silently dropped or overridden.
//! - Within one table, status options must name states that exist and states must name default
//!   statuses that exist, or `state()` and `default_status()` could not be generated.

use std::collections::{BTreeMap, HashMap};

use super::error::Error;
use super::model::{ChoiceOption, Column, ColumnKind, Page, PageSummary, Table};

/// Merges `pages` into one [`Table`] per logical name, sorted by name.
pub fn merge(pages: Vec<Page>) -> Result<Vec<Table>, Error> {
    let mut by_table: BTreeMap<String, Vec<Page>> = BTreeMap::new();
    for page in pages {
        by_table.entry(page.table.clone()).or_default().push(page);
    }
    let mut conflicts = Vec::new();
    let tables: Vec<Table> = by_table
        .into_iter()
        .map(|(name, mut pages)| {
            pages.sort_by(|a, b| (a.is_app_page(), &a.file).cmp(&(b.is_app_page(), &b.file)));
            merge_table(name, pages, &mut conflicts)
        })
        .collect();
    for table in &tables {
        check_state_links(table, &mut conflicts);
    }
    match Error::all(conflicts) {
        Some(error) => Err(error),
        None => Ok(tables),
    }
}

fn merge_table(name: String, pages: Vec<Page>, conflicts: &mut Vec<Error>) -> Table {
    let mut table = Table {
        name,
        pages: Vec::with_capacity(pages.len()),
        columns: Vec::new(),
    };
    for page in pages {
        table.pages.push(PageSummary {
            file: page.file.clone(),
            title: page.title.clone(),
            app_page: page.is_app_page(),
        });
        for column in page.columns {
            match table
                .columns
                .iter_mut()
                .find(|c| c.name.eq_ignore_ascii_case(&column.name))
            {
                Some(merged) => merge_column(merged, column, conflicts),
                None => table.columns.push(column),
            }
        }
    }
    table
}

fn merge_column(merged: &mut Column, later: Column, conflicts: &mut Vec<Error>) {
    merged.metadata.fill_from(&later.metadata);
    if merged.boolean.is_none() {
        merged.boolean = later.boolean;
    }
    // Indexes of the options merged so far, so that huge columns merge in linear time.
    let mut by_value: HashMap<i32, usize> = HashMap::with_capacity(merged.options.len());
    let mut by_label: HashMap<String, usize> = HashMap::with_capacity(merged.options.len());
    for (index, option) in merged.options.iter().enumerate() {
        by_value.entry(option.value).or_insert(index);
        by_label.entry(option.label.clone()).or_insert(index);
    }
    for option in later.options {
        if let Some(same_value) = by_value.get(&option.value).map(|&i| &merged.options[i]) {
            if same_value.label != option.label {
                conflicts.push(Error::at(
                    &option.file,
                    option.line,
                    format!(
                        "{} value {} is labeled {:?} here but {:?} in {}:{}",
                        merged.name,
                        option.value,
                        option.label,
                        same_value.label,
                        same_value.file,
                        same_value.line
                    ),
                ));
            } else if let Some(what) = differing_details(same_value, &option) {
                conflicts.push(Error::at(
                    &option.file,
                    option.line,
                    format!(
                        "{} value {} ({:?}) gives another {what} here than in {}:{}",
                        merged.name, option.value, option.label, same_value.file, same_value.line
                    ),
                ));
            }
            continue;
        }
        // A label may repeat within one page (status reasons), not across pages.
        let same_label = by_label
            .get(&option.label)
            .map(|&i| &merged.options[i])
            .filter(|o| o.file != option.file);
        if let Some(same_label) = same_label {
            conflicts.push(Error::at(
                &option.file,
                option.line,
                format!(
                    "{} label {:?} has value {} here but {} in {}:{}",
                    merged.name,
                    option.label,
                    option.value,
                    same_label.value,
                    same_label.file,
                    same_label.line
                ),
            ));
            continue;
        }
        by_value.insert(option.value, merged.options.len());
        by_label
            .entry(option.label.clone())
            .or_insert(merged.options.len());
        merged.options.push(option);
    }
}

/// Which state/status detail two pages give differently for one option, if any: the option is
/// the same only when everything the model keeps about it agrees.
fn differing_details(first: &ChoiceOption, later: &ChoiceOption) -> Option<&'static str> {
    let differs = |a: &Option<i32>, b: &Option<i32>| a.is_some() && b.is_some() && a != b;
    if differs(&first.state, &later.state) {
        Some("state")
    } else if differs(&first.default_status, &later.default_status) {
        Some("default status")
    } else if first.invariant_name.is_some()
        && later.invariant_name.is_some()
        && first.invariant_name != later.invariant_name
    {
        Some("invariant name")
    } else {
        None
    }
}

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

fn check_state_links(table: &Table, conflicts: &mut Vec<Error>) {
    let Some((state, status)) = state_and_status(table) else {
        return;
    };
    check_links(status, state, "state", |o| o.state, conflicts);
    check_links(
        state,
        status,
        "default status",
        |o| o.default_status,
        conflicts,
    );
}

/// Every option of `from` must name (through `link`) a value that `to` lists.
fn check_links(
    from: &Column,
    to: &Column,
    what: &str,
    link: impl Fn(&ChoiceOption) -> Option<i32>,
    conflicts: &mut Vec<Error>,
) {
    for option in &from.options {
        let problem = match link(option) {
            Some(value) if to.options.iter().any(|o| o.value == value) => continue,
            Some(value) => format!("names {what} {value}, which {} does not list", to.name),
            None => format!("names no {what}"),
        };
        conflicts.push(Error::at(
            &option.file,
            option.line,
            format!("{} value {} {problem}", from.name, option.value),
        ));
    }
}
