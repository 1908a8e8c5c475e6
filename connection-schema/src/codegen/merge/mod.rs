//! Pages → tables: every page about one Dataverse table merged into the full option sets.
//!
//! The policy, which the README repeats:
//! - Pages are grouped by table logical name, whatever their file names.
//! - Within a table, pages without "Changes from" links (Dataverse base pages) come first, then
//!   app pages; each group in file-name order. That order is the layer order: options keep it
//!   (base options first, then each app page's additions), and a later layer wins where layers
//!   may disagree.
//! - An option that a later page repeats with the same value and label is the same option and
//!   is kept once, at its first place. Labels that differ only in inner spacing are the same
//!   label; the first page's text is kept, with a warning.
//! - One value with two labels, or (across pages) one label with two values, is a conflict.
//!   When every value involved is environment-specific (10000 and up), the later page's option
//!   replaces the earlier one, at its place, with a warning naming both `file:line`s. Otherwise
//!   Microsoft fixed the numbers and the pages really disagree: every such conflict is
//!   reported, naming both `file:line`s, and nothing is generated.
//! - Web API metadata exports (the user's environment) are the last layer: for each column
//!   they have, their options replace the pages' whole (codes of 10000 and up that moved,
//!   options the environment lacks or adds, labels in every language), with one warning per
//!   column that differs from the pages.
//! - A state naming a default status that the status column lacks, or a status naming a
//!   missing state, is a page contradicting itself: a warning, and the link is `None` in the
//!   generated code.

mod environment;
mod links;
mod options;

use std::collections::BTreeMap;

pub(crate) use links::state_and_status;

use super::error::Error;
use super::model::{Layer, Page, PageSummary, Table};

/// Merges `pages` into one [`Table`] per logical name, sorted by name. What the pages
/// contradict each other or themselves on, short of an error, is in each table's `warnings`.
pub fn merge(pages: Vec<Page>) -> Result<Vec<Table>, Error> {
    let mut by_table: BTreeMap<String, Vec<Page>> = BTreeMap::new();
    for page in pages {
        by_table.entry(page.table.clone()).or_default().push(page);
    }
    let mut conflicts = Vec::new();
    let mut tables: Vec<Table> = by_table
        .into_iter()
        .map(|(name, mut pages)| {
            pages.sort_by(|a, b| (a.layer(), &a.file).cmp(&(b.layer(), &b.file)));
            merge_table(name, pages, &mut conflicts)
        })
        .collect();
    for table in &mut tables {
        let warnings = links::check_state_links(table);
        table.warnings.extend(warnings);
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
        warnings: Vec::new(),
    };
    for page in pages {
        let layer = page.layer();
        table.pages.push(PageSummary {
            file: page.file.clone(),
            title: page.title.clone(),
            app_page: page.is_app_page(),
            source: page.source,
        });
        for column in page.columns {
            match table
                .columns
                .iter_mut()
                .find(|c| c.name.eq_ignore_ascii_case(&column.name))
            {
                Some(merged) if layer == Layer::Environment => {
                    let warning = environment::replace_column(&table.name, merged, column);
                    table.warnings.extend(warning);
                }
                Some(merged) => {
                    options::merge_column(merged, column, conflicts, &mut table.warnings);
                }
                None => table.columns.push(column),
            }
        }
    }
    table
}
