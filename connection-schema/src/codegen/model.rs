//! What Learn pages say about choice columns, independent of markdown and of Rust.
//!
//! [`Page`] is one file as parsed; [`Table`] is every page about one Dataverse table merged
//! into the full option sets (see [`merge`](super::merge)).

use std::collections::BTreeMap;

#[cfg(feature = "json")]
use serde::Serialize;

use super::error::Warning;

/// The language of the labels on Learn pages, and the one Dataverse calls its base language
/// in most environments: English (United States).
pub const BASE_LANGUAGE: u32 = 1033;

/// Values from this one up are environment-specific: object type codes of custom and solution
/// tables are assigned per Dataverse environment, so pages generated in different environments
/// give them differently. When two sources disagree on such a value the later layer wins (see
/// [`merge`](super::merge)); below it, Microsoft fixes the numbers and a disagreement is an
/// error.
pub const FIRST_ENVIRONMENT_SPECIFIC_VALUE: i32 = 10_000;

/// One parsed table reference page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct Page {
    /// The path the page was read from, as given by the caller (keep it relative: it is
    /// written into generated code).
    pub file: String,
    /// The text of the page's `#` heading.
    pub title: String,
    /// The table's logical name (`connection`), from the page's property table, else its
    /// links to the Dataverse base page, else its title, else its file name.
    pub table: String,
    /// Every choice or Boolean column, in document order.
    pub columns: Vec<Column>,
    /// What kind of document it was read from.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Source::is_learn_page"))]
    pub source: Source,
}

/// The kinds of document a [`Page`] is read from, which decide its layer in the merge.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(
    feature = "json",
    derive(serde_derive::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Source {
    /// A Microsoft Learn table reference page (markdown).
    #[default]
    LearnPage,
    /// A saved Dataverse Web API metadata response (JSON) from the user's own environment.
    WebApiMetadata,
}

impl Source {
    /// Whether this is the default, a Learn page (which the JSON model leaves out).
    pub fn is_learn_page(&self) -> bool {
        *self == Source::LearnPage
    }
}

/// The layers of the merge, in the order they apply: a later layer wins where layers may
/// disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    /// A Dataverse base page: no "Changes from" links.
    BasePage,
    /// An app page (Sales, Customer Service, …) that extends a base page.
    AppPage,
    /// The user's environment: its options replace the pages' for the columns it has.
    Environment,
}

impl Page {
    /// The page's layer in the merge.
    pub fn layer(&self) -> Layer {
        match self.source {
            Source::WebApiMetadata => Layer::Environment,
            Source::LearnPage if self.is_app_page() => Layer::AppPage,
            Source::LearnPage => Layer::BasePage,
        }
    }

    /// An app page (Sales, Customer Service, …) lists only what it changes in a Dataverse base
    /// page and says so with a "Changes from" link on its columns.
    pub fn is_app_page(&self) -> bool {
        self.columns.iter().any(|c| c.changes_from.is_some())
    }
}

/// One choice column (Picklist, State, Status, MultiSelectPicklist) or Boolean column.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct Column {
    /// The column's schema name, as the page writes it (`Record1ObjectTypeCode`, `statecode`).
    pub name: String,
    /// The file that introduced the column (for a merged column, the first page that has it).
    pub file: String,
    /// 1-based line of the column's heading in `file`.
    pub line: usize,
    /// What the column's property table says, when the page has one.
    #[cfg_attr(feature = "json", serde(flatten))]
    pub metadata: Metadata,
    /// "Changes from [X (Microsoft Dataverse)](…)": the base column an app page extends.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub changes_from: Option<BaseReference>,
    /// The options, in document order (which is not always value order). Empty for a Boolean
    /// column of the newer format, which lists its labels in `boolean` instead.
    pub options: Vec<ChoiceOption>,
    /// The two labels of a Boolean column.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub boolean: Option<BooleanLabels>,
    /// Where the column's options come from: a page, or (replacing the pages') the user's
    /// environment.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Source::is_learn_page"))]
    pub source: Source,
}

impl Column {
    /// The kind of column, from the property table's `Type`. Without one (app pages), the
    /// choice table's shape tells: options naming a default status are states, options naming
    /// a state are status reasons, anything else is a plain choice.
    pub fn kind(&self) -> ColumnKind {
        match &self.metadata.r#type {
            None if self.options.iter().any(|o| o.default_status.is_some()) => ColumnKind::State,
            None if self.options.iter().any(|o| o.state.is_some()) => ColumnKind::Status,
            None | Some(ColumnType::Picklist) => ColumnKind::Picklist,
            Some(ColumnType::State) => ColumnKind::State,
            Some(ColumnType::Status) => ColumnKind::Status,
            Some(ColumnType::MultiSelectPicklist) => ColumnKind::MultiSelectPicklist,
            Some(ColumnType::Boolean) => ColumnKind::Boolean,
            Some(ColumnType::Other(_)) => ColumnKind::Other,
        }
    }

    /// Whether the column becomes a Rust enum: every kind with options but Boolean, which is
    /// `bool` in Rust and keeps its labels in the model only.
    pub fn is_enum(&self) -> bool {
        !self.options.is_empty() && self.kind() != ColumnKind::Boolean
    }

    /// Whether two options share a label, which the derive only accepts when told so.
    pub fn has_duplicate_labels(&self) -> bool {
        let mut labels: Vec<&str> = self.options.iter().map(|o| o.label.as_str()).collect();
        labels.sort_unstable();
        labels.windows(2).any(|pair| pair[0] == pair[1])
    }
}

/// The kinds of column a page describes with choices or labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnKind {
    /// A single choice (`Type` `Picklist`, or no property table).
    Picklist,
    /// `statecode`: each option names its default status.
    State,
    /// `statuscode`: each option names its state.
    Status,
    /// Several choices at once, sent by the Web API as `"1,2"`.
    MultiSelectPicklist,
    /// Yes/no, with a label for each.
    Boolean,
    /// Any other `Type` that still has a choice table (e.g. `EntityName` on some pages).
    Other,
}

/// A column's `Type` as its property table writes it. Read once, when the page is parsed;
/// serialized as the page's text (`"Picklist"`, `"EntityName"`), so the JSON is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// `Picklist`: a single choice.
    Picklist,
    /// `State`: the `statecode` column.
    State,
    /// `Status`: the `statuscode` column.
    Status,
    /// `Boolean`: yes/no.
    Boolean,
    /// `MultiSelectPicklist`: several choices at once.
    MultiSelectPicklist,
    /// Any other type, as written (e.g. `EntityName`).
    Other(String),
}

impl ColumnType {
    /// The text of the property table, e.g. `"MultiSelectPicklist"`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Picklist => "Picklist",
            Self::State => "State",
            Self::Status => "Status",
            Self::Boolean => "Boolean",
            Self::MultiSelectPicklist => "MultiSelectPicklist",
            Self::Other(text) => text,
        }
    }
}

impl From<&str> for ColumnType {
    fn from(text: &str) -> Self {
        match text {
            "Picklist" => Self::Picklist,
            "State" => Self::State,
            "Status" => Self::Status,
            "Boolean" => Self::Boolean,
            "MultiSelectPicklist" => Self::MultiSelectPicklist,
            other => Self::Other(other.to_owned()),
        }
    }
}

impl From<String> for ColumnType {
    fn from(text: String) -> Self {
        Self::from(text.as_str())
    }
}

impl std::fmt::Display for ColumnType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "json")]
impl Serialize for ColumnType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The rows of a column's `|Property|Value|` table that matter for choices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct Metadata {
    /// `LogicalName`: the name the Web API uses (`record1objecttypecode`).
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub logical_name: Option<String>,
    /// `DisplayName`.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub display_name: Option<String>,
    /// `Description`.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub description: Option<String>,
    /// `Type`: `Picklist`, `State`, `Status`, `Boolean`, `MultiSelectPicklist`, …
    #[cfg_attr(
        feature = "json",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub r#type: Option<ColumnType>,
    /// `GlobalChoiceName`: the shared option set the column uses.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub global_choice_name: Option<String>,
    /// `DefaultFormValue`, as written (`-1` means none).
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub default_form_value: Option<String>,
}

impl Metadata {
    /// Fills every field this one lacks from `other`: an app page's column keeps what it says
    /// and inherits the rest from the base page.
    pub fn fill_from(&mut self, other: &Metadata) {
        fn fill<T: Clone>(mine: &mut Option<T>, theirs: &Option<T>) {
            if mine.is_none() {
                mine.clone_from(theirs);
            }
        }
        fill(&mut self.logical_name, &other.logical_name);
        fill(&mut self.display_name, &other.display_name);
        fill(&mut self.description, &other.description);
        fill(&mut self.r#type, &other.r#type);
        fill(&mut self.global_choice_name, &other.global_choice_name);
        fill(&mut self.default_form_value, &other.default_form_value);
    }
}

/// The Dataverse column an app page's column extends.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct BaseReference {
    /// The link text, e.g. `Record1ObjectTypeCode (Microsoft Dataverse)`.
    pub text: String,
    /// The link target, e.g. `/power-apps/developer/data-platform/reference/entities/connection#BKMK_Record1ObjectTypeCode`.
    pub url: String,
}

/// The labels of a Boolean column.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct BooleanLabels {
    /// The label of `true` (value 1).
    pub true_label: String,
    /// The label of `false` (value 0).
    pub false_label: String,
    /// `DefaultValue`, as written, when the page gives one.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub default_value: Option<String>,
}

/// One row of a choice table.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct ChoiceOption {
    /// The integer Dataverse stores.
    pub value: i32,
    /// The visible label text exactly as the page writes it: emphasis removed, entities decoded,
    /// whitespace trimmed at the cell's edges only (inner runs of spaces are Microsoft's text,
    /// which the Web API's `FormattedValue` carries too). From Web API metadata: the label in
    /// the base language [`BASE_LANGUAGE`] when there is one, else the user's language, else
    /// the first. Variant names come from it.
    pub label: String,
    /// The label in every language the source gives, by language code: Web API metadata's
    /// `LocalizedLabels`. Empty for pages, whose labels are in [`BASE_LANGUAGE`] only.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "BTreeMap::is_empty"))]
    pub localized_labels: BTreeMap<u32, String>,
    /// The description column of legacy pages, when there is one and it is not empty.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub description: Option<String>,
    /// For a status option: the value of its state.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub state: Option<i32>,
    /// For a state option: the value of its default status.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub default_status: Option<i32>,
    /// For a state option: its language-independent name.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub invariant_name: Option<String>,
    /// For an option that stands for a table (an `EntityDefinitions` export): the table's
    /// logical name.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    pub logical_name: Option<String>,
    /// The file the row is in; differs from the column's file for options an app page adds.
    pub file: String,
    /// 1-based line of the row in `file`.
    pub line: usize,
}

impl BooleanLabels {
    /// The labels of `true` and `false`, and the default value as written, if any.
    pub fn new(
        true_label: impl Into<String>,
        false_label: impl Into<String>,
        default_value: Option<String>,
    ) -> Self {
        Self {
            true_label: true_label.into(),
            false_label: false_label.into(),
            default_value,
        }
    }
}

impl ChoiceOption {
    /// A plain option at `file:line`, with no description and no state details.
    pub fn new(value: i32, label: impl Into<String>, file: impl Into<String>, line: usize) -> Self {
        Self {
            value,
            label: label.into(),
            description: None,
            state: None,
            default_status: None,
            invariant_name: None,
            logical_name: None,
            localized_labels: BTreeMap::new(),
            file: file.into(),
            line,
        }
    }

    /// The same option with the description a legacy page gives it.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
}

/// Every page about one Dataverse table, merged: the base page's options first, then each app
/// page's additions in file-name order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct Table {
    /// The logical name (`connection`); also the generated module's name.
    pub name: String,
    /// The pages merged, base page first.
    pub pages: Vec<PageSummary>,
    /// Every column of every page, in the order they first appear.
    pub columns: Vec<Column>,
    /// What the pages contradict themselves or each other on, and how the merge resolved it.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Vec::is_empty"))]
    pub warnings: Vec<Warning>,
}

/// Which page a table was built from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct PageSummary {
    /// The path, as given.
    pub file: String,
    /// The page's `#` heading.
    pub title: String,
    /// Whether it is an app page that extends a Dataverse base page.
    pub app_page: bool,
    /// What kind of document it is.
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Source::is_learn_page"))]
    pub source: Source,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_types_keep_the_page_s_text() {
        for text in [
            "Picklist",
            "State",
            "Status",
            "Boolean",
            "MultiSelectPicklist",
        ] {
            let parsed = ColumnType::from(text);
            assert!(!matches!(parsed, ColumnType::Other(_)), "{text}");
            assert_eq!(parsed.as_str(), text);
        }
        assert_eq!(
            ColumnType::from("EntityName"),
            ColumnType::Other("EntityName".to_owned())
        );
        assert_eq!(ColumnType::from("EntityName").to_string(), "EntityName");
        // Case matters, as on the pages: anything else is kept as written.
        assert_eq!(
            ColumnType::from("picklist"),
            ColumnType::Other("picklist".to_owned())
        );
    }
}
