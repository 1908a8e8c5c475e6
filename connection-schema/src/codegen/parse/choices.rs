//! A choice table's rows → options, with every check a row can fail.

use super::table::{Cell, Table, WrittenCells};
use crate::codegen::error::Error;
use crate::codegen::model::ChoiceOption;

/// Where the columns that matter sit, found by header text so that column order and extra
/// columns do not matter.
struct Layout {
    value: usize,
    label: usize,
    description: Option<usize>,
}

pub(super) fn read_options(
    path: &str,
    column: &str,
    heading_line: usize,
    table: &Table,
    line_of: &impl Fn(usize) -> usize,
) -> Result<Vec<ChoiceOption>, Error> {
    let table_line = line_of(table.range.start);
    let layout = layout(path, table_line, table)?;
    let mut options: Vec<ChoiceOption> = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let line = line_of(row.range.start);
        let at = |message: String| Error::at(path, line, message);
        match row.written_cells {
            WrittenCells::Short(written) => {
                return Err(at(format!(
                    "row has {written} of the header's {} cells: is it truncated?",
                    table.header.len()
                )))
            }
            WrittenCells::Extra => {
                return Err(at(format!(
                    "row has more cells than the header's {}",
                    table.header.len()
                )))
            }
            WrittenCells::Complete => {}
        }
        let value_text = cell(&row.cells, layout.value).trim();
        let value = parse_value(value_text).map_err(at)?;
        let label = row
            .cells
            .get(layout.label)
            .ok_or_else(|| format!("choice value {value} has no label cell"))
            .and_then(|label_cell| read_label(value, label_cell))
            .map_err(at)?;
        if let Some(first) = options.iter().find(|o| o.value == value) {
            return Err(at(format!(
                "choice value {value} appears twice in {column} (first at line {})",
                first.line
            )));
        }
        let description = layout
            .description
            .map(|index| normalize_space(cell(&row.cells, index)))
            .filter(|d| !d.is_empty());
        options.push(ChoiceOption {
            value,
            label,
            description,
            line,
        });
    }
    if options.is_empty() {
        return Err(Error::at(
            path,
            heading_line,
            format!("choice column {column} has a table with no options"),
        ));
    }
    Ok(options)
}

fn layout(path: &str, line: usize, table: &Table) -> Result<Layout, Error> {
    let find = |name: &str| {
        table
            .header
            .iter()
            .position(|h| h.text.trim().eq_ignore_ascii_case(name))
    };
    let require = |name: &str| {
        find(name).ok_or_else(|| {
            let header: Vec<&str> = table.header.iter().map(|h| h.text.trim()).collect();
            Error::at(
                path,
                line,
                format!(
                    "choice table has no `{name}` column (header: |{}|)",
                    header.join("|")
                ),
            )
        })
    };
    Ok(Layout {
        value: require("Value")?,
        label: require("Label")?,
        description: find("Description"),
    })
}

/// Rows are padded to the header's width, so a header index is always in range; the empty
/// fallback keeps that assumption from becoming a panic.
fn cell(cells: &[Cell], index: usize) -> &str {
    cells.get(index).map_or("", |c| c.text.as_str())
}

fn parse_value(text: &str) -> Result<i32, String> {
    text.parse::<i32>().map_err(|_| {
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            format!("choice value {text:?} is out of the 32-bit integer range")
        } else {
            format!("choice value {text:?} is not a 32-bit integer")
        }
    })
}

fn read_label(value: i32, cell: &Cell) -> Result<String, String> {
    let label = normalize_space(&cell.text);
    if label.is_empty() {
        return Err(format!("choice value {value} has an empty label"));
    }
    // An unclosed `**` is not emphasis, so it would end up inside the label.
    if !cell.has_strong && label.starts_with("**") {
        return Err(format!(
            "label {label:?} of choice value {value} opens `**` without closing it: is the row truncated?"
        ));
    }
    Ok(label)
}

/// Trims and collapses every run of whitespace (including `<br>` breaks) into one space.
fn normalize_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
