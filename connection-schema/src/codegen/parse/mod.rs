//! Learn page markdown → [`Page`](super::model::Page).
//!
//! The page is walked as pulldown-cmark events (tables extension on); nothing here splits the
//! markdown into lines or matches it with patterns. A page is a sequence of column sections
//! (`### SchemaName`), each with a `|Property|Value|` table, maybe a "Changes from" link, and
//! maybe a `#### SchemaName Choices/Options` heading with its choice table. Every error names the
//! file and line.

mod choices;
mod properties;
mod section;
mod table;
mod table_name;

pub(crate) use table::normalize_space;

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::error::Error;
use super::lines::LineIndex;
use super::model::{BaseReference, Column, Page, Source};
use properties::Properties;
use section::Section;

/// The suffixes of the `####` heading that introduces a choice table: current pages say
/// `Choices/Options`, older ones `Options`.
const CHOICES_HEADING_SUFFIXES: [&str; 2] = [" Choices/Options", " Options"];

/// The paragraph an app page puts under a column it extends.
const CHANGES_FROM_PREFIX: &str = "Changes from";

/// Parses one page. `path` is only used for messages and the model's `file`.
pub fn parse_page(path: &str, bytes: &[u8]) -> Result<Page, Error> {
    let text = decode(path, bytes)?;
    let lines = LineIndex::new(text.as_bytes());
    let line_of = |offset: usize| lines.line_of(offset);

    let mut title: Option<String> = None;
    let mut table_properties: Option<Properties> = None;
    let mut section: Option<Section> = None;
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
                let line = line_of(range.start);
                match level {
                    HeadingLevel::H1 if title.is_none() => title = Some(heading),
                    HeadingLevel::H1 | HeadingLevel::H2 | HeadingLevel::H3 => {
                        if let Some(done) = section.take() {
                            done.finish(path, &mut columns)?;
                        }
                        if level == HeadingLevel::H3 {
                            section = Some(Section::new(heading, line));
                        }
                    }
                    HeadingLevel::H4 => {
                        if let Some(name) = choices_heading(&heading) {
                            pending = Some((name.to_owned(), line));
                        }
                    }
                    _ => {}
                }
            }
            Event::Start(Tag::Paragraph) => {
                if let (Some(reference), Some(open)) = (read_paragraph(&mut events), &mut section) {
                    open.changes_from.get_or_insert(reference);
                }
            }
            Event::Start(Tag::Table(_)) => {
                let table = table::read_table(text, range, &mut events);
                if let Some((name, line)) = pending.take() {
                    let column =
                        choices::read_column(path, name, line, section.as_mut(), &table, &line_of)?;
                    // Merging matches names ignoring case, so one page must not hold both.
                    if let Some(first) = columns
                        .iter()
                        .find(|c| c.name.eq_ignore_ascii_case(&column.name))
                    {
                        return Err(Error::at(
                            path,
                            line,
                            format!(
                                "choice column {} appears twice (first at line {})",
                                column.name, first.line
                            ),
                        ));
                    }
                    columns.push(column);
                } else if choices::is_choice_table(&table) {
                    // A choice table split by a note, or under a heading of another shape,
                    // would otherwise lose its options without a word.
                    return Err(Error::at(
                        path,
                        line_of(table.range.start),
                        "choice table without a `#### <Column> Choices/Options` heading \
                         right before it",
                    ));
                } else if properties::is_property_table(&table) {
                    let read = properties::read(&table, &line_of);
                    match &mut section {
                        Some(open) => {
                            open.properties.get_or_insert(read);
                        }
                        None => {
                            table_properties.get_or_insert(read);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if let Some((name, line)) = pending {
        return Err(no_table(path, &name, line));
    }
    if let Some(done) = section.take() {
        done.finish(path, &mut columns)?;
    }
    let title = title.ok_or_else(|| Error::file(path, "page has no `# title` heading"))?;
    let table = table_name::infer(path, &title, table_properties.as_ref(), &columns);
    Ok(Page {
        file: path.to_owned(),
        title,
        table,
        columns,
        source: Source::LearnPage,
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

/// The column name of a choices heading, e.g. `StateCode` of `StateCode Choices/Options`.
fn choices_heading(heading: &str) -> Option<&str> {
    CHOICES_HEADING_SUFFIXES
        .iter()
        .find_map(|suffix| {
            let start = heading.len().checked_sub(suffix.len())?;
            let tail = heading.get(start..)?;
            tail.eq_ignore_ascii_case(suffix)
                .then(|| heading.get(..start))
                .flatten()
        })
        .map(str::trim)
        .filter(|name| !name.is_empty())
}

fn read_heading<'a>(events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>) -> String {
    let mut text = String::new();
    for (event, _) in events.by_ref() {
        if let Event::End(TagEnd::Heading(_)) = event {
            break;
        }
        table::push_visible_text(&mut text, &event);
    }
    table::normalize_space(&text).into_owned()
}

/// Reads a paragraph; when it is a "Changes from [X](url)" line, returns its link.
fn read_paragraph<'a>(
    events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
) -> Option<BaseReference> {
    let mut text = String::new();
    let mut link: Option<(String, String)> = None;
    let mut in_link = false;
    for (event, _) in events.by_ref() {
        match event {
            Event::End(TagEnd::Paragraph) => break,
            Event::Start(Tag::Link { dest_url, .. }) if link.is_none() => {
                link = Some((dest_url.to_string(), String::new()));
                in_link = true;
            }
            Event::End(TagEnd::Link) => in_link = false,
            other => {
                if let (true, Some((_, link_text))) = (in_link, &mut link) {
                    table::push_visible_text(link_text, &other);
                }
                // Only the start is looked at: prose paragraphs can be long.
                if text.trim_start().len() < CHANGES_FROM_PREFIX.len() {
                    table::push_visible_text(&mut text, &other);
                }
            }
        }
    }
    let (url, link_text) = link?;
    text.trim_start()
        .starts_with(CHANGES_FROM_PREFIX)
        .then(|| BaseReference {
            text: table::normalize_space(&link_text).into_owned(),
            url,
        })
}

fn no_table(path: &str, name: &str, line: usize) -> Error {
    Error::at(
        path,
        line,
        format!("heading `{name} Choices/Options` is not followed by a table"),
    )
}
