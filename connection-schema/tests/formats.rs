//! Every page format and column kind, on fixture pages written in the Learn formats.

use connection_schema::codegen::model::{BooleanLabels, Column, ColumnKind, ColumnType, Page};
use connection_schema::codegen::read_page;

fn fixture(name: &str) -> Page {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    read_page(path.as_ref()).unwrap_or_else(|e| panic!("{e}"))
}

fn column<'a>(page: &'a Page, name: &str) -> &'a Column {
    page.columns
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no column {name} in {:?}", page.columns))
}

/// (value, label, state, default status, invariant name) of every option.
type Row<'a> = (i32, &'a str, Option<i32>, Option<i32>, Option<&'a str>);

fn rows(column: &Column) -> Vec<Row<'_>> {
    column
        .options
        .iter()
        .map(|o| {
            let invariant = o.invariant_name.as_deref();
            (
                o.value,
                o.label.as_str(),
                o.state,
                o.default_status,
                invariant,
            )
        })
        .collect()
}

#[test]
fn base_page_table_name_comes_from_its_property_table() {
    let page = fixture("layering/connection-dataverse.md");
    assert_eq!(page.table, "connection");
    assert!(!page.is_app_page());
    let names: Vec<&str> = page.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "IsMaster",
            "msdyn_Channels",
            "Record1ObjectTypeCode",
            "StateCode",
            "StatusCode"
        ]
    );
}

#[test]
fn column_metadata_comes_from_the_property_table() {
    let page = fixture("layering/connection-dataverse.md");
    let record1 = column(&page, "Record1ObjectTypeCode");
    let metadata = &record1.metadata;
    assert_eq!(
        metadata.logical_name.as_deref(),
        Some("record1objecttypecode")
    );
    assert_eq!(metadata.display_name.as_deref(), Some("Type (From)"));
    assert_eq!(
        metadata.description.as_deref(),
        Some("Shows the record type of the source record.")
    );
    assert_eq!(metadata.r#type, Some(ColumnType::Picklist));
    assert_eq!(
        metadata.global_choice_name.as_deref(),
        Some("connection_record1objecttypecode")
    );
    assert_eq!(metadata.default_form_value.as_deref(), Some("-1"));
    assert_eq!(record1.kind(), ColumnKind::Picklist);
    assert!(record1.changes_from.is_none());
}

#[test]
fn current_state_and_status_details() {
    let page = fixture("layering/connection-dataverse.md");
    let state = column(&page, "StateCode");
    assert_eq!(state.kind(), ColumnKind::State);
    assert_eq!(
        rows(state),
        [
            (0, "Active", None, Some(1), Some("Active")),
            (1, "Inactive", None, Some(2), Some("Inactive")),
        ]
    );
    let status = column(&page, "StatusCode");
    assert_eq!(status.kind(), ColumnKind::Status);
    assert_eq!(
        rows(status),
        [
            (1, "Active", Some(0), None, None),
            (2, "Inactive", Some(1), None, None),
            (3, "Inactive", Some(1), None, None),
        ]
    );
    assert!(status.has_duplicate_labels());
}

#[test]
fn legacy_state_and_status_tables_under_options_headings() {
    let page = fixture("legacy-status.md");
    assert_eq!(page.table, "msdyn_forecastrecurrence");
    let state = column(&page, "statecode");
    assert_eq!(state.kind(), ColumnKind::State);
    assert_eq!(state.metadata.display_name.as_deref(), Some("Status"));
    assert_eq!(
        rows(state),
        [
            (1, "Inactive", None, Some(2), Some("Inactive")),
            (0, "Active", None, Some(1), Some("Active")),
        ]
    );
    let status = column(&page, "statuscode");
    assert_eq!(
        rows(status),
        [
            (1, "Active", Some(0), None, None),
            (2, "Inactive", Some(1), None, None),
            (3, "Failed", Some(1), None, None),
        ]
    );
}

#[test]
fn current_boolean_labels_come_from_the_property_table() {
    let page = fixture("layering/connection-dataverse.md");
    let is_master = column(&page, "IsMaster");
    assert_eq!(is_master.kind(), ColumnKind::Boolean);
    assert!(!is_master.is_enum());
    assert!(is_master.options.is_empty());
    assert_eq!(
        is_master.boolean,
        Some(BooleanLabels::new("Yes", "No", Some("False".into())))
    );
}

#[test]
fn legacy_boolean_rows_may_stop_after_the_label() {
    let page = fixture("legacy-status.md");
    let is_master = column(&page, "IsMaster");
    assert_eq!(is_master.kind(), ColumnKind::Boolean);
    assert!(!is_master.is_enum());
    let labels = is_master.boolean.as_ref().expect("Boolean labels");
    assert_eq!(
        (labels.true_label.as_str(), labels.false_label.as_str()),
        ("Yes", "No")
    );
}

#[test]
fn multi_select_columns_are_enums() {
    let page = fixture("layering/connection-dataverse.md");
    let channels = column(&page, "msdyn_Channels");
    assert_eq!(channels.kind(), ColumnKind::MultiSelectPicklist);
    assert!(channels.is_enum());
    assert_eq!(
        rows(channels),
        [
            (192_350_000, "Phone", None, None, None),
            (192_350_001, "E-mail & Chat", None, None, None),
        ]
    );
}

#[test]
fn app_pages_keep_their_changes_from_link() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/connection.md");
    let page = read_page(path.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    assert!(page.is_app_page());
    assert_eq!(page.table, "connection");
    let reference = page.columns[1].changes_from.as_ref().expect("a base link");
    assert_eq!(
        reference.text,
        "Record2ObjectTypeCode (Microsoft Dataverse)"
    );
    assert_eq!(
        reference.url,
        "/power-apps/developer/data-platform/reference/entities/connection#BKMK_Record2ObjectTypeCode"
    );
}

#[test]
fn details_without_a_label_is_an_error() {
    let page = b"# T\n### <a name=\"x\"></a> StateCode\n#### StateCode Choices/Options\n|Value|Details|\n|-|-|\n|0|DefaultStatus: 1|\n";
    let error = connection_schema::codegen::parse_page("p.md", page).map(|_| ());
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("p.md:6: details of choice value 0 have no `Label:` line".into())
    );
}

#[test]
fn a_non_numeric_state_is_an_error() {
    let page = b"# T\n#### statuscode Options\n|Value|Label|State|\n|-|-|-|\n|1|Active|zero|\n";
    let error = connection_schema::codegen::parse_page("p.md", page).map(|_| ());
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("p.md:5: state \"zero\" is not a 32-bit integer".into())
    );
}
