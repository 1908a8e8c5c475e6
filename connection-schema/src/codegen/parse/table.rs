//! Reads one markdown table from the event stream into cells with their source ranges.
//!
//! Knows nothing about choices: the caller decides what the columns mean.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// One cell: its visible text and where it sits in the source.
#[derive(Debug)]
pub(crate) struct Cell<'a> {
    /// Visible text: emphasis dropped, entities decoded, `<br>` as a newline, other inline HTML
    /// dropped. Not trimmed. Borrowed from the page when the cell is one piece of text, as most
    /// are: a page has a cell every few bytes, and an allocation for each showed in profiles.
    pub(crate) text: Cow<'a, str>,
    pub(crate) range: Range<usize>,
    /// Whether a `**…**` span closed inside the cell.
    pub(crate) has_strong: bool,
}

impl Cell<'_> {
    /// Cells that pulldown-cmark adds to pad a short row are empty and sit at the row's end,
    /// whereas an empty cell written as `||` sits before the row's last pipe.
    fn is_padding(&self, row: &Range<usize>) -> bool {
        self.range.is_empty() && self.range.start >= row.end
    }
}

/// One body row, as [`Table::rows`] lends it.
#[derive(Debug)]
pub(crate) struct Row<'t, 'a> {
    pub(crate) range: Range<usize>,
    pub(crate) cells: &'t [Cell<'a>],
    /// How many cells the source really has, before padding; more than `cells.len()` when the
    /// row has cells past the header's width (pulldown-cmark drops those).
    pub(crate) written_cells: WrittenCells,
}

/// A row as stored: its cells are a range of [`Table`]'s one cell vector, so that a table costs
/// a few allocations rather than one per row.
#[derive(Debug)]
struct StoredRow {
    range: Range<usize>,
    cells: Range<usize>,
    written_cells: WrittenCells,
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
pub(crate) struct Table<'a> {
    pub(crate) range: Range<usize>,
    pub(crate) header: Vec<Cell<'a>>,
    rows: Vec<StoredRow>,
    cells: Vec<Cell<'a>>,
}

impl<'a> Table<'a> {
    /// The body rows, in order.
    pub(crate) fn rows(&self) -> impl ExactSizeIterator<Item = Row<'_, 'a>> {
        self.rows.iter().map(|row| Row {
            range: row.range.clone(),
            cells: self.cells.get(row.cells.clone()).unwrap_or_default(),
            written_cells: row.written_cells,
        })
    }
}

/// Reads the table whose `Start(Table)` event was just consumed (its range is `range`), up to
/// and including `End(Table)`.
pub(crate) fn read_table<'a>(
    source: &str,
    range: Range<usize>,
    events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
) -> Table<'a> {
    let mut header = Vec::new();
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    // The open row: its range and where its cells start in `cells`.
    let mut row: Option<(Range<usize>, usize)> = None;
    let mut in_head = false;
    while let Some((event, at)) = events.next() {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => row = Some((at, cells.len())),
            Event::End(TagEnd::TableRow) => {
                if let Some((row_range, first)) = row.take() {
                    let written_cells =
                        written_cells(source, &row_range, cells.get(first..).unwrap_or_default());
                    rows.push(StoredRow {
                        range: row_range,
                        cells: first..cells.len(),
                        written_cells,
                    });
                }
            }
            Event::Start(Tag::TableCell) => {
                let cell = read_cell(at, events);
                match (&row, in_head) {
                    (_, true) => header.push(cell),
                    (Some(_), false) => cells.push(cell),
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
        cells,
    }
}

fn written_cells(source: &str, range: &Range<usize>, cells: &[Cell<'_>]) -> WrittenCells {
    let written = cells.iter().filter(|c| !c.is_padding(range)).count();
    if written < cells.len() {
        WrittenCells::Short(written)
    } else if has_text_after_last_cell(source, range, cells) {
        WrittenCells::Extra
    } else {
        WrittenCells::Complete
    }
}

fn has_text_after_last_cell(source: &str, row: &Range<usize>, cells: &[Cell<'_>]) -> bool {
    let tail_start = cells.last().map_or(row.start, |c| c.range.end);
    source
        .get(tail_start..row.end)
        .is_some_and(|tail| tail.chars().any(|c| !c.is_whitespace() && c != '|'))
}

/// Collects the visible text of the cell whose `Start(TableCell)` was just consumed.
fn read_cell<'a>(
    range: Range<usize>,
    events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
) -> Cell<'a> {
    let mut text = Cow::Borrowed("");
    let mut has_strong = false;
    for (event, _) in events.by_ref() {
        match event {
            Event::End(TagEnd::TableCell) => break,
            Event::End(TagEnd::Strong) => has_strong = true,
            Event::Text(CowStr::Borrowed(piece)) | Event::Code(CowStr::Borrowed(piece))
                if text.is_empty() =>
            {
                text = Cow::Borrowed(piece);
            }
            other => {
                if let Some(piece) = visible_text(&other) {
                    text.to_mut().push_str(piece);
                }
            }
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
    if let Some(piece) = visible_text(event) {
        text.push_str(piece);
    }
}

/// What a reader sees of `event`, if anything.
fn visible_text<'e>(event: &'e Event<'_>) -> Option<&'e str> {
    match event {
        Event::Text(t) | Event::Code(t) => Some(t),
        Event::SoftBreak | Event::HardBreak => Some(" "),
        Event::InlineHtml(html) if is_line_break(html) => Some("\n"),
        _ => None,
    }
}

fn is_line_break(html: &str) -> bool {
    html.chars()
        .filter(|c| !c.is_whitespace() && *c != '/')
        .map(|c| c.to_ascii_lowercase())
        .eq("<br>".chars())
}

/// Trims and collapses every run of whitespace (including `<br>` breaks) into one space.
/// Borrows when nothing needs collapsing, as in most cells.
pub(crate) fn normalize_space(text: &str) -> Cow<'_, str> {
    let trimmed = text.trim();
    // One pass: no whitespace other than single spaces between words. A non-ASCII byte sends
    // the text to the `char` check, which knows Unicode's spaces.
    let mut previous_space = false;
    let clean = trimmed.bytes().all(|byte| {
        let ok = match byte {
            b' ' => !previous_space,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => false,
            _ => true,
        };
        previous_space = byte == b' ';
        ok
    }) && (trimmed.is_ascii() || {
        let mut previous_space = false;
        trimmed.chars().all(|c| {
            let ok = c == ' ' && !previous_space || !c.is_whitespace();
            previous_space = c == ' ';
            ok
        })
    });
    if clean {
        return Cow::Borrowed(trimmed);
    }
    let mut normalized = String::with_capacity(trimmed.len());
    for word in trimmed.split_whitespace() {
        if !normalized.is_empty() {
            normalized.push(' ');
        }
        normalized.push_str(word);
    }
    Cow::Owned(normalized)
}

/// [`normalize_space`] of a cell's text, borrowing from the page when the cell does.
pub(crate) fn normalized<'a>(text: &Cow<'a, str>) -> Cow<'a, str> {
    match text {
        Cow::Borrowed(text) => normalize_space(text),
        Cow::Owned(text) => Cow::Owned(normalize_space(text).into_owned()),
    }
}

/// A cell's text without the whitespace at its edges, borrowing from the page when the cell
/// does.
pub(crate) fn trimmed<'a>(text: &Cow<'a, str>) -> Cow<'a, str> {
    match text {
        Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
        Cow::Owned(text) => Cow::Owned(text.trim().to_owned()),
    }
}
