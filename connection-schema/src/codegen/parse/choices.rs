//! A choice table → a [`Column`] with its options, with every check a row can fail.
//!
//! Three table shapes are read, all by header text so that column order and extra columns do
//! not matter:
//! - `|Value|Label|` (current, bold labels) and `|Value|Label|Description|` (legacy);
//! - legacy state and status tables, `|Value|Label|DefaultStatus|InvariantName|` and
//!   `|Value|Label|State|`;
//! - current state and status tables, `|Value|Details|`, whose details cell holds
//!   `Label: **Active**<br />DefaultStatus: 1<br />InvariantName: `Active``.

use std::collections::HashMap;

use super::section::Section;
use super::table::{normalize_space, Cell, Row, Table, WrittenCells};
use crate::codegen::error::Error;
use crate::codegen::model::{BooleanLabels, ChoiceOption, Column, ColumnKind, Source};

/// Where the table's columns sit.
struct Layout {
    value: usize,
    label: LabelSource,
    description: Option<usize>,
    state: Option<usize>,
    default_status: Option<usize>,
    invariant_name: Option<usize>,
}

#[derive(Clone, Copy)]
enum LabelSource {
    Label(usize),
    Details(usize),
}

impl Layout {
    /// The cells a row must have for its option to be read; trailing optional cells may be
    /// missing (legacy Boolean rows stop after the label).
    fn required_cells(&self) -> usize {
        let label = match self.label {
            LabelSource::Label(i) | LabelSource::Details(i) => i,
        };
        self.value.max(label) + 1
    }
}

/// The fields of one row, before they become a [`ChoiceOption`].
#[derive(Default)]
struct RowFields {
    label: String,
    state: Option<i32>,
    default_status: Option<i32>,
    invariant_name: Option<String>,
}

pub(super) fn read_column(
    path: &str,
    name: String,
    heading_line: usize,
    section: Option<&mut Section>,
    table: &Table,
    line_of: &impl Fn(usize) -> usize,
) -> Result<Column, Error> {
    let options = read_options(path, &name, heading_line, table, line_of)?;
    let mut column = Column {
        name,
        file: path.to_owned(),
        line: heading_line,
        metadata: Default::default(),
        changes_from: None,
        options,
        boolean: None,
        source: Source::LearnPage,
    };
    if let Some(section) = section.filter(|s| s.describes(&column.name)) {
        section.has_choice_table = true;
        column.metadata = section.metadata();
        column.changes_from = section.changes_from.clone();
    }
    if column.kind() == ColumnKind::Boolean {
        column.boolean = Some(legacy_boolean_labels(path, &column)?);
    }
    Ok(column)
}

/// Legacy pages list a Boolean's labels as a choice table with values 1 and 0; any other value
/// would have nowhere to go, so it is an error rather than a dropped row.
fn legacy_boolean_labels(path: &str, column: &Column) -> Result<BooleanLabels, Error> {
    if let Some(other) = column.options.iter().find(|o| o.value != 0 && o.value != 1) {
        return Err(Error::at(
            path,
            other.line,
            format!(
                "Boolean column {} has option {}, but only 0 and 1 exist",
                column.name, other.value
            ),
        ));
    }
    let label_of = |value: i32| {
        column
            .options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label.clone())
            .ok_or_else(|| {
                Error::at(
                    path,
                    column.line,
                    format!(
                        "Boolean column {} has no option with value {value}",
                        column.name
                    ),
                )
            })
    };
    Ok(BooleanLabels {
        true_label: label_of(1)?,
        false_label: label_of(0)?,
        default_value: None,
    })
}

fn read_options(
    path: &str,
    column: &str,
    heading_line: usize,
    table: &Table,
    line_of: &impl Fn(usize) -> usize,
) -> Result<Vec<ChoiceOption>, Error> {
    let layout = layout(path, line_of(table.range.start), table)?;
    let mut options: Vec<ChoiceOption> = Vec::with_capacity(table.rows().len());
    // Value → line of its row, so that checking for repeats stays linear on huge tables.
    let mut seen: HashMap<i32, usize> = HashMap::with_capacity(table.rows().len());
    for row in table.rows() {
        let line = line_of(row.range.start);
        let at = |message: String| Error::at(path, line, message);
        check_width(&row, &layout, table.header.len()).map_err(at)?;
        let value = parse_int("choice value", cell(row.cells, layout.value)).map_err(at)?;
        let fields = read_fields(value, &row, &layout).map_err(at)?;
        if let Some(first_line) = seen.insert(value, line) {
            return Err(at(format!(
                "choice value {value} appears twice in {column} (first at line {first_line})"
            )));
        }
        let description = layout
            .description
            .map(|index| normalize_space(cell(row.cells, index)).into_owned())
            .filter(|d| !d.is_empty());
        options.push(ChoiceOption {
            value,
            label: fields.label,
            localized_labels: Default::default(),
            description,
            state: fields.state,
            default_status: fields.default_status,
            invariant_name: fields.invariant_name,
            logical_name: None,
            file: path.to_owned(),
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

/// Whether a table has the header of a choice table (`Value` with `Label` or `Details`).
pub(super) fn is_choice_table(table: &Table) -> bool {
    let has = |name: &str| {
        table
            .header
            .iter()
            .any(|h| h.text.trim().eq_ignore_ascii_case(name))
    };
    has("Value") && (has("Label") || has("Details"))
}

fn layout(path: &str, line: usize, table: &Table) -> Result<Layout, Error> {
    let find = |name: &str| {
        table
            .header
            .iter()
            .position(|h| h.text.trim().eq_ignore_ascii_case(name))
    };
    let missing = |name: &str| {
        let header: Vec<&str> = table.header.iter().map(|h| h.text.trim()).collect();
        Error::at(
            path,
            line,
            format!(
                "choice table has no `{name}` column (header: |{}|)",
                header.join("|")
            ),
        )
    };
    let value = find("Value").ok_or_else(|| missing("Value"))?;
    let label = match (find("Label"), find("Details")) {
        (Some(index), _) => LabelSource::Label(index),
        (None, Some(index)) => LabelSource::Details(index),
        (None, None) => return Err(missing("Label")),
    };
    Ok(Layout {
        value,
        label,
        description: find("Description"),
        state: find("State"),
        default_status: find("DefaultStatus"),
        invariant_name: find("InvariantName"),
    })
}

fn check_width(row: &Row<'_, '_>, layout: &Layout, header_len: usize) -> Result<(), String> {
    match row.written_cells {
        WrittenCells::Short(written) if written < layout.required_cells() => Err(format!(
            "row has {written} of the header's {header_len} cells: is it truncated?"
        )),
        WrittenCells::Extra => Err(format!("row has more cells than the header's {header_len}")),
        WrittenCells::Short(_) | WrittenCells::Complete => Ok(()),
    }
}

/// Rows are padded to the header's width, so a header index is always in range; the empty
/// fallback keeps that assumption from becoming a panic.
fn cell<'c>(cells: &'c [Cell<'_>], index: usize) -> &'c str {
    cells.get(index).map_or("", |c| c.text.trim())
}

fn read_fields(value: i32, row: &Row<'_, '_>, layout: &Layout) -> Result<RowFields, String> {
    let optional_int = |what: &str, index: Option<usize>| {
        index
            .map(|i| cell(row.cells, i))
            .filter(|text| !text.is_empty())
            .map(|text| parse_int(what, text))
            .transpose()
    };
    let fields = match layout.label {
        LabelSource::Label(index) => RowFields {
            label: read_label(value, row.cells.get(index))?,
            state: optional_int("state", layout.state)?,
            default_status: optional_int("default status", layout.default_status)?,
            invariant_name: layout
                .invariant_name
                .map(|i| normalize_space(cell(row.cells, i)).into_owned())
                .filter(|name| !name.is_empty()),
        },
        LabelSource::Details(index) => read_details(value, cell(row.cells, index))?,
    };
    if fields.label.is_empty() {
        return Err(format!("choice value {value} has an empty label"));
    }
    Ok(fields)
}

fn read_label(value: i32, cell: Option<&Cell>) -> Result<String, String> {
    let cell = cell.ok_or_else(|| format!("choice value {value} has no label cell"))?;
    // Exactly as written but for the cell's edges: inner runs of spaces are Microsoft's text.
    // A `<br>` is the page's layout, not part of a label (labels are one line in Dataverse):
    // it and the spaces around it read as one space.
    let text = cell.text.trim();
    let label = if text.contains('\n') {
        let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
        lines.join(" ")
    } else {
        text.to_owned()
    };
    // An unclosed `**` is not emphasis, so it would end up inside the label.
    if !cell.has_strong && label.starts_with("**") {
        return Err(format!(
            "label {label:?} of choice value {value} opens `**` without closing it: is the row truncated?"
        ));
    }
    Ok(label)
}

/// `Label: Active` / `DefaultStatus: 1` / `InvariantName: Active` / `State:0` /
/// `TransitionData: None`, one per `<br />`-separated line; unknown keys are kept out of the
/// model rather than rejected, since they say nothing about the option's identity.
fn read_details(value: i32, details: &str) -> Result<RowFields, String> {
    let mut fields = RowFields::default();
    let mut has_label = false;
    let mut seen: Vec<&str> = Vec::new();
    for line in details.lines() {
        let Some((key, text)) = line.split_once(':') else {
            continue;
        };
        let text = text.trim();
        let key = key.trim();
        if matches!(key, "Label" | "State" | "DefaultStatus" | "InvariantName") {
            if seen.contains(&key) {
                return Err(format!(
                    "details of choice value {value} give `{key}:` twice"
                ));
            }
            seen.push(key);
        }
        match key {
            "Label" => {
                if text.starts_with("**") {
                    return Err(format!(
                        "label {text:?} of choice value {value} opens `**` without closing it: is the row truncated?"
                    ));
                }
                fields.label = text.to_owned();
                has_label = true;
            }
            "State" => fields.state = Some(parse_int("state", text)?),
            "DefaultStatus" => fields.default_status = Some(parse_int("default status", text)?),
            "InvariantName" => fields.invariant_name = Some(text.to_owned()),
            _ => {}
        }
    }
    if !has_label {
        return Err(format!(
            "details of choice value {value} have no `Label:` line"
        ));
    }
    Ok(fields)
}

fn parse_int(what: &str, text: &str) -> Result<i32, String> {
    text.parse::<i32>().map_err(|_| {
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            format!("{what} {text:?} is out of the 32-bit integer range")
        } else {
            format!("{what} {text:?} is not a 32-bit integer")
        }
    })
}
