//! Saved Dataverse Web API metadata responses (`docs/*.json`) → [`Page`]: the user's own
//! environment, the last and most exact layer of the merge.
//!
//! Read with serde, by the response's `@odata.context` (see [`context`]): a table's choice
//! attributes (`PicklistAttributeMetadata`, `MultiSelectPicklistAttributeMetadata`,
//! `StateAttributeMetadata`, `StatusAttributeMetadata`, `BooleanAttributeMetadata`, expanded
//! with `OptionSet` / `GlobalOptionSet`), global choices (`GlobalOptionSetDefinitions`), and the
//! environment's tables with their object type codes (`EntityDefinitions`). Every
//! `LocalizedLabels` entry is kept. A missing field, a wrong type or an unknown context is an
//! error naming the file and the JSON path, e.g.
//! `docs/env.json:14: value[1].OptionSet.Options[3].Value: invalid type: string "x", expected i32`.

mod context;
mod locate;
mod web_api;

use std::collections::{BTreeMap, HashMap};

use serde::de::DeserializeOwned;

use super::error::Error;
use super::model::{
    BooleanLabels, ChoiceOption, Column, ColumnType, Metadata, Page, Source, BASE_LANGUAGE,
};
use context::{read_context, AttributeKind, Response, EXPECTED};
use locate::Locator;
use web_api::{
    AttributeMetadata, Collection, Context, EntityMetadata, Label, OptionMetadata,
    OptionSetMetadata,
};

/// The module global choices are generated into.
pub const GLOBAL_CHOICES_TABLE: &str = "global_choices";

/// The module the environment's tables, by object type code, are generated into.
pub const ENTITY_DEFINITIONS_TABLE: &str = "entity_definitions";

/// The enum of the environment's tables in [`ENTITY_DEFINITIONS_TABLE`].
pub const OBJECT_TYPE_CODE_COLUMN: &str = "ObjectTypeCode";

/// Reads one saved Web API metadata response. `path` is only used for messages and the
/// model's `file`.
pub fn parse_metadata(path: &str, bytes: &[u8]) -> Result<Page, Error> {
    let Context { context } = read_json(path, bytes)?;
    let response = read_context(&context).ok_or_else(|| {
        Error::file(
            path,
            format!("@odata.context: {context:?} is not a metadata response this tool reads ({EXPECTED})"),
        )
    })?;
    let mut reader = Reader {
        path,
        locator: Locator::new(bytes),
    };
    let (table, title, columns) = match response {
        Response::Attributes {
            table,
            kind,
            single,
        } => {
            let attributes: Vec<(String, AttributeMetadata)> = if single {
                vec![(String::new(), read_json(path, bytes)?)]
            } else {
                indexed(read_json::<Collection<AttributeMetadata>>(path, bytes)?.value)
            };
            let columns = attributes
                .iter()
                .map(|(at, attribute)| reader.attribute(at, kind, attribute))
                .collect::<Result<_, _>>()?;
            let title = format!("{table}: {} metadata", kind.column_type().as_str());
            (table, title, columns)
        }
        Response::GlobalOptionSets { single } => {
            let sets: Vec<(String, OptionSetMetadata)> = if single {
                vec![(String::new(), read_json(path, bytes)?)]
            } else {
                indexed(read_json::<Collection<OptionSetMetadata>>(path, bytes)?.value)
            };
            let columns = sets
                .iter()
                .map(|(at, set)| reader.global_choice(at, set))
                .collect::<Result<_, _>>()?;
            let title = "Global choices metadata".to_owned();
            (GLOBAL_CHOICES_TABLE.to_owned(), title, columns)
        }
        Response::EntityDefinitions => {
            let tables = read_json::<Collection<EntityMetadata>>(path, bytes)?.value;
            let column = reader.entity_definitions(&tables)?;
            let title = "Tables metadata".to_owned();
            (ENTITY_DEFINITIONS_TABLE.to_owned(), title, vec![column])
        }
    };
    Ok(Page {
        file: path.to_owned(),
        title,
        table,
        columns,
        source: Source::WebApiMetadata,
    })
}

/// Pairs each item of a collection with its JSON path prefix, `value[i].`.
fn indexed<T>(items: Vec<T>) -> Vec<(String, T)> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| (format!("value[{i}]."), item))
        .collect()
}

/// Deserializes `bytes`, naming the JSON path of what does not fit.
fn read_json<T: DeserializeOwned>(path: &str, bytes: &[u8]) -> Result<T, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let at = error.path().to_string();
        json_error(path, (at != ".").then_some(at), error.inner())
    })?;
    deserializer
        .end()
        .map_err(|error| json_error(path, None, &error))?;
    Ok(value)
}

fn json_error(path: &str, at: Option<String>, error: &serde_json::Error) -> Error {
    let text = error.to_string();
    // serde_json appends the position; the location goes in front instead.
    let message = match text.rsplit_once(" at line ") {
        Some((message, _)) if error.line() > 0 => message.to_owned(),
        _ => text,
    };
    let message = match at {
        Some(at) => format!("{at}: {message}"),
        None if error.is_syntax() || error.is_eof() => format!("not valid JSON: {message}"),
        None => message,
    };
    match error.line() {
        0 => Error::file(path, message),
        line => Error::at(path, line, message),
    }
}

/// The label in the base language when there is one, else in the requesting user's
/// language, else the first; and every language's.
fn labels(label: &Label) -> Option<(String, BTreeMap<u32, String>)> {
    let all: BTreeMap<u32, String> = label
        .localized_labels
        .iter()
        .map(|l| (l.language_code, l.label.clone()))
        .collect();
    let chosen = all
        .get(&BASE_LANGUAGE)
        .cloned()
        .or_else(|| label.user_localized_label.as_ref().map(|l| l.label.clone()))
        .or_else(|| label.localized_labels.first().map(|l| l.label.clone()))?;
    Some((chosen, all))
}

fn text(label: Option<&Label>) -> Option<String> {
    label
        .and_then(labels)
        .map(|(text, _)| text)
        .filter(|text| !text.is_empty())
}

struct Reader<'a> {
    path: &'a str,
    locator: Locator<'a>,
}

impl Reader<'_> {
    fn error(&self, at: &str, message: impl std::fmt::Display) -> Error {
        Error::file(self.path, format!("{at}: {message}"))
    }

    fn attribute(
        &mut self,
        at: &str,
        kind: AttributeKind,
        attribute: &AttributeMetadata,
    ) -> Result<Column, Error> {
        let line = self
            .locator
            .next("SchemaName", &format!("{:?}", attribute.schema_name))
            .unwrap_or(1);
        // A global choice comes expanded in both; a local one only in `OptionSet`.
        let (set, set_at) = match (&attribute.option_set, &attribute.global_option_set) {
            (Some(set), _) => (set, format!("{at}OptionSet")),
            (None, Some(set)) => (set, format!("{at}GlobalOptionSet")),
            (None, None) => {
                return Err(self.error(
                    &format!("{at}OptionSet"),
                    "missing: ask for the attributes with $expand=OptionSet,GlobalOptionSet",
                ))
            }
        };
        let metadata = Metadata {
            logical_name: Some(attribute.logical_name.clone()),
            display_name: text(attribute.display_name.as_ref()),
            description: text(attribute.description.as_ref()),
            r#type: Some(kind.column_type()),
            global_choice_name: set
                .is_global
                .unwrap_or(false)
                .then(|| set.name.clone())
                .flatten(),
            default_form_value: None,
        };
        self.column(
            &set_at,
            &attribute.schema_name,
            line,
            metadata,
            set,
            kind == AttributeKind::Boolean,
        )
    }

    fn global_choice(&mut self, at: &str, set: &OptionSetMetadata) -> Result<Column, Error> {
        let name = set.name.clone().ok_or_else(|| {
            self.error(
                &format!("{at}Name"),
                "missing: a global choice needs its name",
            )
        })?;
        let line = self.locator.next("Name", &format!("{name:?}")).unwrap_or(1);
        let boolean = set.true_option.is_some() || set.false_option.is_some();
        let metadata = Metadata {
            logical_name: None,
            display_name: text(set.display_name.as_ref()),
            description: None,
            r#type: Some(if boolean {
                ColumnType::Boolean
            } else {
                ColumnType::Picklist
            }),
            global_choice_name: Some(name.clone()),
            default_form_value: None,
        };
        let set_at = at.strip_suffix('.').unwrap_or(at);
        self.column(set_at, &name, line, metadata, set, boolean)
    }

    /// One column from an option set: its options, or a Boolean's two labels.
    fn column(
        &mut self,
        at: &str,
        name: &str,
        line: usize,
        metadata: Metadata,
        set: &OptionSetMetadata,
        boolean: bool,
    ) -> Result<Column, Error> {
        let mut column = Column {
            name: name.to_owned(),
            file: self.path.to_owned(),
            line,
            metadata,
            changes_from: None,
            options: Vec::new(),
            boolean: None,
            source: Source::WebApiMetadata,
        };
        let dot = if at.is_empty() { "" } else { "." };
        if boolean {
            let label_of = |this: &Self, which: &str, option: &Option<OptionMetadata>| {
                let option = option.as_ref().ok_or_else(|| {
                    this.error(
                        &format!("{at}{dot}{which}"),
                        "missing: a Boolean choice needs both options",
                    )
                })?;
                labels(&option.label).map(|(text, _)| text).ok_or_else(|| {
                    this.error(
                        &format!("{at}{dot}{which}.Label"),
                        "no label in any language",
                    )
                })
            };
            column.boolean = Some(BooleanLabels {
                true_label: label_of(self, "TrueOption", &set.true_option)?,
                false_label: label_of(self, "FalseOption", &set.false_option)?,
                default_value: None,
            });
            return Ok(column);
        }
        let options = set.options.as_ref().ok_or_else(|| {
            self.error(
                &format!("{at}{dot}Options"),
                "missing: the option set lists no options",
            )
        })?;
        let mut seen: HashMap<i32, usize> = HashMap::with_capacity(options.len());
        for (index, option) in options.iter().enumerate() {
            let option_at = format!("{at}{dot}Options[{index}]");
            if let Some(first) = seen.insert(option.value, index) {
                return Err(self.error(
                    &format!("{option_at}.Value"),
                    format!(
                        "value {} appears twice in {name} (first at Options[{first}])",
                        option.value
                    ),
                ));
            }
            let (label, localized_labels) = labels(&option.label).ok_or_else(|| {
                self.error(&format!("{option_at}.Label"), "no label in any language")
            })?;
            let line = self
                .locator
                .next("Value", &option.value.to_string())
                .unwrap_or(line);
            column.options.push(ChoiceOption {
                value: option.value,
                label,
                localized_labels,
                description: text(option.description.as_ref()),
                state: option.state,
                default_status: option.default_status,
                invariant_name: option.invariant_name.clone(),
                logical_name: None,
                file: self.path.to_owned(),
                line,
            });
        }
        Ok(column)
    }

    /// The environment's tables as one choice column: value = object type code, label =
    /// display name (the schema name for tables without one).
    fn entity_definitions(&mut self, tables: &[EntityMetadata]) -> Result<Column, Error> {
        let mut column = Column {
            name: OBJECT_TYPE_CODE_COLUMN.to_owned(),
            file: self.path.to_owned(),
            line: 1,
            metadata: Metadata {
                logical_name: None,
                display_name: Some("Table".to_owned()),
                description: Some(
                    "Every table of the environment, by its object type code.".to_owned(),
                ),
                r#type: Some(ColumnType::Other("EntityName".to_owned())),
                global_choice_name: None,
                default_form_value: None,
            },
            changes_from: None,
            options: Vec::with_capacity(tables.len()),
            boolean: None,
            source: Source::WebApiMetadata,
        };
        let mut seen: HashMap<i32, usize> = HashMap::with_capacity(tables.len());
        for (index, table) in tables.iter().enumerate() {
            if let Some(first) = seen.insert(table.object_type_code, index) {
                return Err(self.error(
                    &format!("value[{index}].ObjectTypeCode"),
                    format!(
                        "object type code {} appears twice (first at value[{first}])",
                        table.object_type_code
                    ),
                ));
            }
            let (label, localized_labels) = table
                .display_name
                .as_ref()
                .and_then(labels)
                .filter(|(text, _)| !text.is_empty())
                .unwrap_or_else(|| (table.schema_name.clone(), BTreeMap::new()));
            let line = self
                .locator
                .next("LogicalName", &format!("{:?}", table.logical_name))
                .unwrap_or(1);
            column.options.push(ChoiceOption {
                value: table.object_type_code,
                label,
                localized_labels,
                description: None,
                state: None,
                default_status: None,
                invariant_name: None,
                logical_name: Some(table.logical_name.clone()),
                file: self.path.to_owned(),
                line,
            });
        }
        Ok(column)
    }
}
