//! The shapes of the Dataverse Web API's metadata responses, as far as choices need them.
//! Unknown fields are ignored, so responses with more `$select`ed or newer fields read too.

/// `{"@odata.context": "…", "value": [ … ]}`: a collection response.
#[derive(serde_derive::Deserialize)]
pub(super) struct Collection<T> {
    pub(super) value: Vec<T>,
}

/// Only the `@odata.context`, which says what the rest of the response is.
#[derive(serde_derive::Deserialize)]
pub(super) struct Context {
    #[serde(rename = "@odata.context")]
    pub(super) context: String,
}

/// `PicklistAttributeMetadata`, `MultiSelectPicklistAttributeMetadata`,
/// `StateAttributeMetadata`, `StatusAttributeMetadata`, `BooleanAttributeMetadata`.
#[derive(serde_derive::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct AttributeMetadata {
    pub(super) logical_name: String,
    pub(super) schema_name: String,
    #[serde(default)]
    pub(super) display_name: Option<Label>,
    #[serde(default)]
    pub(super) description: Option<Label>,
    #[serde(default)]
    pub(super) option_set: Option<OptionSetMetadata>,
    #[serde(default)]
    pub(super) global_option_set: Option<OptionSetMetadata>,
}

/// `OptionSetMetadata` or `BooleanOptionSetMetadata` (local, or a global choice).
#[derive(serde_derive::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct OptionSetMetadata {
    #[serde(default)]
    pub(super) name: Option<String>,
    #[serde(default)]
    pub(super) is_global: Option<bool>,
    #[serde(default)]
    pub(super) display_name: Option<Label>,
    #[serde(default)]
    pub(super) options: Option<Vec<OptionMetadata>>,
    #[serde(default)]
    pub(super) true_option: Option<OptionMetadata>,
    #[serde(default)]
    pub(super) false_option: Option<OptionMetadata>,
}

/// `OptionMetadata`, `StateOptionMetadata` (with `DefaultStatus`, `InvariantName`) and
/// `StatusOptionMetadata` (with `State`).
#[derive(serde_derive::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct OptionMetadata {
    pub(super) value: i32,
    pub(super) label: Label,
    #[serde(default)]
    pub(super) description: Option<Label>,
    #[serde(default)]
    pub(super) state: Option<i32>,
    #[serde(default)]
    pub(super) default_status: Option<i32>,
    #[serde(default)]
    pub(super) invariant_name: Option<String>,
}

/// `Label`: the text in every language, and in the language of the user who made the request.
#[derive(serde_derive::Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
pub(super) struct Label {
    #[serde(default)]
    pub(super) localized_labels: Vec<LocalizedLabel>,
    #[serde(default)]
    pub(super) user_localized_label: Option<LocalizedLabel>,
}

#[derive(serde_derive::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct LocalizedLabel {
    pub(super) label: String,
    pub(super) language_code: u32,
}

/// `EntityMetadata` with `$select=LogicalName,SchemaName,ObjectTypeCode,DisplayName`.
#[derive(serde_derive::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct EntityMetadata {
    pub(super) logical_name: String,
    pub(super) schema_name: String,
    pub(super) object_type_code: i32,
    #[serde(default)]
    pub(super) display_name: Option<Label>,
}
