//! Reads one markdown table from the event stream into cells with their source ranges.
//!
//! Knows nothing about choices: the caller decides what the columns mean.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

/// One cell: its visible text and where it sits in the source.
#[derive(Debug)]
pub(crate) struct Cell {
    /// Visible text: emphasis dropped, entities decoded, `<br>` as a newline, other inline HTML
    /// dropped. Not trimmed.
    pub(crate) text: String,
    pub(crate) range: Range<usize>,
    /// Whether a `**…**` span closed inside the cell.
    pub(crate) has_strong: bool,
}

impl Cell {
    /// Cells that pulldown-cmark adds to pad a short row are empty and sit at the row's end,
    /// whereas an empty cell written as `||` sits before the row's last pipe.
    fn is_padding(&self, row: &Range<usize>) -> bool {
        self.range.is_empty() && self.range.start >= row.end
    }
}

/// One body row.
#[derive(Debug)]
pub(crate) struct Row {
    pub(crate) range: Range<usize>,
    pub(crate) cells: Vec<Cell>,
    /// How many cells the source really has, before padding; more than `cells.len()` when the
    /// row has cells past the header's width (pulldown-cmark drops those).
    pub(crate) written_cells: WrittenCells,
}

/// How a row's written cells compare with the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WrittenCells {
    Complete,
    /// Only this many cells were written; the rest were padded.
    Short(usize),
    /// Text follows the last cell the header allows.
    Extra,
}

#[derive(Debug)]
pub(crate) struct Table {
    pub(crate) range: Range<usize>,
    pub(crate) header: Vec<Cell>,
    pub(crate) rows: Vec<Row>,
}

/// Reads the table whose `Start(Table)` event was just consumed (its range is `range`), up to
/// and including `End(Table)`.
pub(crate) fn read_table<'a>(
    source: &str,
    range: Range<usize>,
    events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
) -> Table {
    let mut header = Vec::new();
    let mut rows = Vec::new();
    let mut row: Option<(Range<usize>, Vec<Cell>)> = None;
    let mut in_head = false;
    while let Some((event, at)) = events.next() {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => row = Some((at, Vec::new())),
            Event::End(TagEnd::TableRow) => {
                if let Some((row_range, cells)) = row.take() {
                    rows.push(finish_row(source, row_range, cells));
                }
            }
            Event::Start(Tag::TableCell) => {
                let cell = read_cell(at, events);
                match (&mut row, in_head) {
                    (_, true) => header.push(cell),
                    (Some((_, cells)), false) => cells.push(cell),
                    // pulldown-cmark always opens a row before its cells.
                    (None, false) => {}
                }
            }
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    Table {
        range,
        header,
        rows,
    }
}

fn finish_row(source: &str, range: Range<usize>, cells: Vec<Cell>) -> Row {
    let written = cells.iter().filter(|c| !c.is_padding(&range)).count();
    let written_cells = if written < cells.len() {
        WrittenCells::Short(written)
    } else if has_text_after_last_cell(source, &range, &cells) {
        WrittenCells::Extra
    } else {
        WrittenCells::Complete
    };
    Row {
        range,
        cells,
        written_cells,
    }
}

fn has_text_after_last_cell(source: &str, row: &Range<usize>, cells: &[Cell]) -> bool {
    let tail_start = cells.last().map_or(row.start, |c| c.range.end);
    source
        .get(tail_start..row.end)
        .is_some_and(|tail| tail.chars().any(|c| !c.is_whitespace() && c != '|'))
}

/// Collects the visible text of the cell whose `Start(TableCell)` was just consumed.
fn read_cell<'a>(
    range: Range<usize>,
    events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
) -> Cell {
    let mut text = String::new();
    let mut has_strong = false;
    for (event, _) in events.by_ref() {
        match event {
            Event::End(TagEnd::TableCell) => break,
            Event::End(TagEnd::Strong) => has_strong = true,
            other => push_visible_text(&mut text, &other),
        }
    }
    Cell {
        text,
        range,
        has_strong,
    }
}

/// Appends what a reader sees of `event`; shared by cells and headings.
pub(crate) fn push_visible_text(text: &mut String, event: &Event<'_>) {
    match event {
        Event::Text(t) | Event::Code(t) => text.push_str(t),
        Event::SoftBreak | Event::HardBreak => text.push(' '),
        Event::InlineHtml(html) if is_line_break(html) => text.push('\n'),
        _ => {}
    }
}

fn is_line_break(html: &str) -> bool {
    let tag: String = html
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '/')
        .collect();
    tag.eq_ignore_ascii_case("<br>")
}

/// Trims and collapses every run of whitespace (including `<br>` breaks) into one space.
pub(crate) fn normalize_space(text: &str) -> String {
    let trimmed = text.trim();
    // Most cells are already clean: one copy, no splitting.
    let mut previous_space = false;
    let clean = trimmed.chars().all(|c| {
        let ok = c == ' ' && !previous_space || !c.is_whitespace();
        previous_space = c == ' ';
        ok
    });
    if clean {
        return trimmed.to_owned();
    }
    let mut normalized = String::with_capacity(trimmed.len());
    for word in trimmed.split_whitespace() {
        if !normalized.is_empty() {
            normalized.push(' ');
        }
        normalized.push_str(word);
    }
    normalized
}
