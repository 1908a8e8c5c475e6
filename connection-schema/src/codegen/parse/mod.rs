//! Learn page markdown → [`Page`](super::model::Page).
//!
//! The page is walked as pulldown-cmark events (tables extension on); nothing here splits the
//! markdown into lines or matches it with patterns. Every error names the file and line.

mod choices;
mod table;

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::error::Error;
use super::lines::LineIndex;
use super::model::{Column, Page};

/// The suffix of the `####` heading that introduces a choice table.
const CHOICES_HEADING_SUFFIX: &str = " Choices/Options";

/// Parses one page. `path` is only used for messages and the model's `file`.
pub fn parse_page(path: &str, bytes: &[u8]) -> Result<Page, Error> {
    let text = decode(path, bytes)?;
    let lines = LineIndex::new(text.as_bytes());
    let at = |offset: usize| lines.line_of(offset);

    let mut title: Option<String> = None;
    let mut columns: Vec<Column> = Vec::new();
    // A choices heading waiting for its table: (column name, heading line).
    let mut pending: Option<(String, usize)> = None;

    let mut events = Parser::new_ext(text, markdown_options()).into_offset_iter();
    while let Some((event, range)) = events.next() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                if let Some((name, line)) = pending.take() {
                    return Err(no_table(path, &name, line));
                }
                let heading = read_heading(&mut events);
                if level == HeadingLevel::H1 && title.is_none() {
                    title = Some(heading);
                } else if level == HeadingLevel::H4 {
                    if let Some(name) = heading.strip_suffix(CHOICES_HEADING_SUFFIX) {
                        pending = Some((name.trim().to_owned(), at(range.start)));
                    }
                }
            }
            Event::Start(Tag::Table(_)) => {
                let table = table::read_table(text, range, &mut events);
                if let Some((name, line)) = pending.take() {
                    if let Some(first) = columns.iter().find(|c| c.name == name) {
                        return Err(Error::at(
                            path,
                            line,
                            format!(
                                "choice column {name} appears twice (first at line {})",
                                first.line
                            ),
                        ));
                    }
                    let options = choices::read_options(path, &name, line, &table, &at)?;
                    columns.push(Column {
                        name,
                        line,
                        options,
                    });
                }
            }
            _ => {}
        }
    }
    if let Some((name, line)) = pending {
        return Err(no_table(path, &name, line));
    }
    let title = title.ok_or_else(|| Error::file(path, "page has no `# title` heading"))?;
    Ok(Page {
        file: path.to_owned(),
        title,
        columns,
    })
}

fn markdown_options() -> Options {
    // Front matter must be skipped as metadata: read as markdown, its `---` lines turn the
    // YAML into a setext heading.
    Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

/// UTF-8 check with a located error, and the byte order mark some editors add dropped.
fn decode<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = LineIndex::new(bytes).line_of(offset);
        Error::at(
            path,
            line,
            format!("invalid UTF-8 at byte {offset}: Learn pages are UTF-8"),
        )
    })
}

fn read_heading<'a>(events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>) -> String {
    let mut text = String::new();
    for (event, _) in events.by_ref() {
        if let Event::End(TagEnd::Heading(_)) = event {
            break;
        }
        table::push_visible_text(&mut text, &event);
    }
    text.trim().to_owned()
}

fn no_table(path: &str, name: &str, line: usize) -> Error {
    Error::at(
        path,
        line,
        format!("heading `{name}{CHOICES_HEADING_SUFFIX}` is not followed by a table"),
    )
}
