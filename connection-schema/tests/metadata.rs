//! Saved Web API metadata responses (`tests/fixtures/metadata/`, written for these tests in the
//! documented shapes): every shape reads into the model with every language, malformed ones
//! fail naming the file and JSON path, and an export is the last layer over the pages.

use std::collections::BTreeMap;
use std::path::Path;

use connection_schema::codegen::model::{Column, ColumnType, Page, Source};
use connection_schema::codegen::{read_page, Builder};

const FIXTURES: &str = "tests/fixtures/metadata";
const SEED_PAGE: &str = "../docs/connection.md";

fn read(name: &str) -> Page {
    read_page(Path::new(&format!("{FIXTURES}/{name}"))).unwrap_or_else(|e| panic!("{e}"))
}

fn column<'a>(page: &'a Page, name: &str) -> &'a Column {
    page.columns
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no column {name} in {}", page.file))
}

fn options(column: &Column) -> Vec<(i32, &str)> {
    column
        .options
        .iter()
        .map(|o| (o.value, o.label.as_str()))
        .collect()
}

fn languages(pairs: &[(u32, &str)]) -> BTreeMap<u32, String> {
    pairs.iter().map(|&(c, l)| (c, l.to_owned())).collect()
}

#[test]
fn a_picklist_export_reads_like_a_page_with_every_language() {
    let page = read("env-connection-picklist.json");
    assert_eq!(page.table, "connection");
    assert_eq!(page.source, Source::WebApiMetadata);
    let record1 = column(&page, "Record1ObjectTypeCode");
    assert_eq!(
        options(record1),
        [
            (1, "Account"),
            (2, "Contact"),
            (10700, "Profile Album"),
            (10632, "Customer Voice alert"),
            (10642, "Customer Voice survey invite"),
            (10950, "Contoso Project"),
        ]
    );
    assert_eq!(
        record1.options[0].localized_labels,
        languages(&[(1031, "Firma"), (1033, "Account")])
    );
    assert_eq!(
        record1.metadata.logical_name.as_deref(),
        Some("record1objecttypecode")
    );
    assert_eq!(record1.metadata.r#type, Some(ColumnType::Picklist));
    // Lines point into the file, for messages and the generated docs.
    let text = std::fs::read_to_string(format!("{FIXTURES}/env-connection-picklist.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let line = |n: usize| text.lines().nth(n - 1).unwrap_or_default();
    assert!(line(record1.line).contains("\"Record1ObjectTypeCode\""));
    assert!(line(record1.options[2].line).contains("\"Value\": 10700"));
    assert_eq!(column(&page, "Record2ObjectTypeCode").options.len(), 3);
}

#[test]
fn state_status_and_multi_select_exports_keep_their_details() {
    let state = read("env-connection-state.json");
    let state = column(&state, "StateCode");
    assert_eq!(state.metadata.r#type, Some(ColumnType::State));
    assert_eq!(state.options[1].default_status, Some(2));
    assert_eq!(state.options[1].invariant_name.as_deref(), Some("Inactive"));
    let status = read("env-connection-status.json");
    let status = column(&status, "StatusCode");
    assert_eq!(status.options[1].state, Some(1));
    let multi = read("env-connection-multiselect.json");
    let multi = column(&multi, "msdyn_Channels");
    assert_eq!(multi.metadata.r#type, Some(ColumnType::MultiSelectPicklist));
    assert_eq!(
        multi.metadata.global_choice_name.as_deref(),
        Some("msdyn_channel")
    );
    assert_eq!(
        options(multi),
        [(192_350_000, "Phone"), (192_350_001, "E-mail & Chat")]
    );
}

#[test]
fn global_choices_and_booleans_read_by_name() {
    let page = read("global-choices.json");
    assert_eq!(page.table, "global_choices");
    let channel = column(&page, "msdyn_channel");
    assert_eq!(
        options(channel),
        [(192_350_000, "Phone"), (192_350_001, "E-mail & Chat")]
    );
    assert_eq!(channel.metadata.display_name.as_deref(), Some("Channel"));
    let master = column(&page, "connection_ismaster");
    assert!(!master.is_enum());
    let labels = master
        .boolean
        .as_ref()
        .unwrap_or_else(|| panic!("no labels"));
    assert_eq!(
        (labels.true_label.as_str(), labels.false_label.as_str()),
        ("Yes", "No")
    );
}

#[test]
fn entity_definitions_become_one_object_type_code_column() {
    let page = read("entitydefinitions.json");
    assert_eq!(page.table, "entity_definitions");
    let codes = column(&page, "ObjectTypeCode");
    assert_eq!(
        options(codes),
        [
            (1, "Account"),
            (2, "Contact"),
            (10143, "Customer Asset"),
            // No display name in any language: the schema name.
            (10999, "new_Internal"),
        ]
    );
    assert_eq!(
        codes.options[2].logical_name.as_deref(),
        Some("msdyn_customerasset")
    );
    let source = Builder::new()
        .page(format!("{FIXTURES}/entitydefinitions.json"))
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    assert!(source.contains("pub mod entity_definitions {"));
    assert!(
        source.contains("Self::CustomerAsset => \"msdyn_customerasset\","),
        "{source}"
    );
    assert!(source.contains("pub fn from_logical_name(logical_name: &str)"));
}

#[test]
fn the_label_is_the_base_language_else_the_users_else_the_first() {
    let page = read("env-german-picklist.json");
    let kind = column(&page, "contoso_Kind");
    // No 1033: the user's label (German); no user label either: the first.
    assert_eq!(
        options(kind),
        [(100_000_000, "Firma"), (100_000_001, "Compte")]
    );
    assert_eq!(
        kind.options[0].localized_labels,
        languages(&[(1031, "Firma"), (1036, "Entreprise")])
    );
}

#[test]
fn malformed_exports_name_the_file_and_the_json_path() {
    let cases = [
        ("wrong-type.json", "102: value[1].OptionSet.Options[3].Value: invalid type: string \"4\", expected i32"),
        ("missing-value.json", "28: value[0].OptionSet.Options[0]: missing field `Value`"),
        ("missing-schema-name.json", "9: value[0]: missing field `SchemaName`"),
        ("out-of-range.json", "10: value[0].OptionSet.Options[0].Value: invalid value: integer `3000000000`, expected i32"),
        ("no-context.json", "3: missing field `@odata.context`"),
        ("truncated.json", "10: value: EOF while parsing an object"),
        ("invalid-utf8.json", "1: @odata.context: invalid unicode code point"),
        ("duplicate-value.json", " value[0].OptionSet.Options[1].Value: value 1 appears twice in A (first at Options[0])"),
        ("no-label.json", " value[0].OptionSet.Options[0].Label: no label in any language"),
        ("not-expanded.json", " value[0].OptionSet: missing: ask for the attributes with $expand=OptionSet,GlobalOptionSet"),
    ];
    // `path:line: …`, or `path: …` for what no one line shows (the leading space).
    for (file, expected) in cases {
        let path = format!("{FIXTURES}/bad/{file}");
        let error = read_page(Path::new(&path)).map(|_| ()).unwrap_err();
        assert_eq!(error.to_string(), format!("{path}:{expected}"), "{file}");
    }
    let error = read_page(Path::new(&format!("{FIXTURES}/bad/bad-context.json")))
        .map(|_| ())
        .unwrap_err();
    assert!(
        error.to_string().starts_with(&format!(
            "{FIXTURES}/bad/bad-context.json: @odata.context: \"https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#contacts\" is not a metadata response this tool reads"
        )),
        "{error}"
    );
}

#[test]
fn the_environment_replaces_the_pages_options_and_says_where_it_differs() {
    let generated = Builder::new()
        .page(SEED_PAGE)
        .page(format!("{FIXTURES}/env-connection-picklist.json"))
        .generate()
        .unwrap_or_else(|e| panic!("{e}"));
    let warnings: Vec<String> = generated.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            format!("{FIXTURES}/env-connection-picklist.json:7: connection.Record1ObjectTypeCode: the environment differs from {SEED_PAGE}: 1 value renumbered, 3 added, 11 missing; its options are used (see `connection-schema diff`)"),
            format!("{FIXTURES}/env-connection-picklist.json:304: connection.Record2ObjectTypeCode: the environment differs from {SEED_PAGE}: 2 added, 13 missing; its options are used (see `connection-schema diff`)"),
        ]
    );
    // Variant names follow the same rule: code written against the page keeps compiling where
    // the labels match, with the environment's value.
    assert!(
        generated.source.contains("ProfileAlbum = 10700,"),
        "{}",
        generated.source
    );
    assert!(generated.source.contains("Account = 1,"));
    assert!(!generated.source.contains("= 10627,\n        #[doc"));
}

#[test]
fn only_columns_that_differ_from_the_pages_warn() {
    let tables = Builder::new()
        .page(format!("{FIXTURES}/env-connection-state.json"))
        .page(format!("{FIXTURES}/env-connection-status.json"))
        .page(format!("{FIXTURES}/../layering/connection-dataverse.md"))
        .tables()
        .unwrap_or_else(|e| panic!("{e}"));
    // The states agree with the page; the environment lacks the page's third status reason.
    let warnings: Vec<String> = tables[0].warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [format!("{FIXTURES}/env-connection-status.json:7: connection.StatusCode: the environment differs from {FIXTURES}/../layering/connection-dataverse.md: 1 missing; its options are used (see `connection-schema diff`)")]
    );
}

#[test]
fn another_language_changes_labels_not_variant_names() {
    let source = Builder::new()
        .page(SEED_PAGE)
        .page(format!("{FIXTURES}/env-connection-picklist.json"))
        .language(1031)
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    assert!(source.contains("#[choice(language = 1031)]"), "{source}");
    assert!(
        source.contains(
            "#[choice(label = \"Firma\", label_in(1033 = \"Account\"))]\n        Account = 1,"
        ),
        "{source}"
    );
    // A column from pages only stays in the pages' language, with nothing extra generated.
    let pages_only = Builder::new()
        .page(SEED_PAGE)
        .language(1031)
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    assert!(!pages_only.contains("language ="), "{pages_only}");
    assert!(!pages_only.contains("label_in"), "{pages_only}");
}

#[test]
fn an_export_in_another_base_language_says_which_language_its_labels_are_in() {
    let source = Builder::new()
        .page(format!("{FIXTURES}/env-german-picklist.json"))
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    // No label in 1033: the labels are the user's language's, and the enum says so.
    assert!(source.contains("#[choice(language = 1031)]"), "{source}");
    assert!(
        source.contains("label = \"Firma\", label_in(1036 = \"Entreprise\")"),
        "{source}"
    );
}
