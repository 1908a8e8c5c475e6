//! A Web API `connections` response, as Dataverse sends it with
//! `Prefer: odata.include-annotations="OData.Community.Display.V1.FormattedValue"`, read with the
//! generated enums: `tests/fixtures/connections.json`.
//!
//! Rows 3 and 6 hold object type codes that the Sales page does not list: Account (1) and
//! Contact (2) are on the Dataverse base page, and 10999 stands for a custom table, whose code
//! differs between environments. `Open` must keep them; the strict enum must reject them.

use dataverse_choices::{Choice, Open, Record1ObjectTypeCode, Record2ObjectTypeCode};
use serde::{Deserialize, Serialize};

const FIXTURE: &str = include_str!("fixtures/connections.json");

/// An OData collection response: the rows are under `value`.
#[derive(Debug, Deserialize)]
struct Collection<Row> {
    #[serde(rename = "@odata.context")]
    context: String,
    value: Vec<Row>,
}

/// The columns this test reads; the others (`@odata.etag`, `statecode`, ...) are ignored.
#[derive(Debug, Deserialize, Serialize)]
struct Connection {
    connectionid: String,
    record1objecttypecode: Open<Record1ObjectTypeCode>,
    #[serde(rename = "record1objecttypecode@OData.Community.Display.V1.FormattedValue")]
    record1_formatted: String,
    record2objecttypecode: Open<Record2ObjectTypeCode>,
    #[serde(rename = "record2objecttypecode@OData.Community.Display.V1.FormattedValue")]
    record2_formatted: String,
}

/// The same rows, for code that accepts only the options the page lists.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // Only the error is looked at.
struct StrictConnection {
    record1objecttypecode: Record1ObjectTypeCode,
    record2objecttypecode: Record2ObjectTypeCode,
}

fn rows() -> Vec<Connection> {
    let response: Collection<Connection> =
        serde_json::from_str(FIXTURE).unwrap_or_else(|e| panic!("fixture: {e}"));
    assert!(response.context.ends_with("$metadata#connections(connectionid,name,statecode,record1objecttypecode,record2objecttypecode)"));
    response.value
}

#[test]
fn every_row_deserializes_and_unknown_codes_are_kept() {
    let rows = rows();
    let codes: Vec<(i32, bool, i32, bool)> = rows
        .iter()
        .map(|row| {
            (
                row.record1objecttypecode.value(),
                row.record1objecttypecode.is_known(),
                row.record2objecttypecode.value(),
                row.record2objecttypecode.is_known(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            (10627, true, 10632, true),
            (10730, true, 10747, true),
            (1, false, 2, false),
            (10718, true, 10942, true),
            (10877, true, 10880, true),
            (10887, true, 10999, false),
        ]
    );
    assert_eq!(
        rows[0].record1objecttypecode,
        Record1ObjectTypeCode::ProfileAlbum
    );
    assert_eq!(
        rows[1].record2objecttypecode,
        Record2ObjectTypeCode::Session
    );
    assert_eq!(rows[2].connectionid, "8d3e4f60-3c2d-ef11-8409-000d3a5c1f01");
}

/// The server's formatted value is the label in the user's language; these are English, the
/// language of the pages, so for every listed code it must equal our `Display`. For the others,
/// `Display` falls back to the number and the server's text is the only label there is.
#[test]
fn formatted_values_equal_display_for_listed_codes() {
    /// Whether the code is listed, after checking its `Display` either way.
    fn check<E: Choice>(code: Open<E>, formatted: &str) -> bool {
        match code.known() {
            Some(choice) => {
                assert_eq!(choice.to_string(), formatted);
                assert_eq!(code.to_string(), formatted);
                assert_eq!(code.label(), Some(formatted));
                true
            }
            None => {
                assert_eq!(code.to_string(), code.value().to_string());
                false
            }
        }
    }
    let mut compared = 0;
    for row in rows() {
        compared += usize::from(check(row.record1objecttypecode, &row.record1_formatted));
        compared += usize::from(check(row.record2objecttypecode, &row.record2_formatted));
    }
    // 12 codes, 3 of them unlisted.
    assert_eq!(compared, 9);
}

#[test]
fn the_deprecated_option_keeps_its_full_label() {
    let row = &rows()[3];
    assert_eq!(
        row.record1objecttypecode.to_string(),
        "Ongoing conversation (Deprecated)"
    );
    assert_eq!(
        row.record1_formatted.parse::<Record1ObjectTypeCode>().ok(),
        row.record1objecttypecode.known()
    );
}

#[test]
fn the_strict_enum_rejects_an_unlisted_code_naming_enum_and_value() {
    let error = serde_json::from_str::<Collection<StrictConnection>>(FIXTURE).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with("1 is not a Record1ObjectTypeCode value at line 33 column "),
        "{message}"
    );
}

#[test]
fn serializing_writes_back_the_same_integers() {
    let rows = rows();
    let json = serde_json::to_value(&rows).unwrap_or_else(|e| panic!("{e}"));
    let original: serde_json::Value =
        serde_json::from_str(FIXTURE).unwrap_or_else(|e| panic!("{e}"));
    for (written, read) in json
        .as_array()
        .into_iter()
        .flatten()
        .zip(original["value"].as_array().into_iter().flatten())
    {
        for column in ["record1objecttypecode", "record2objecttypecode"] {
            assert_eq!(written[column], read[column], "{column}");
            assert!(written[column].is_i64());
        }
    }
    assert_eq!(json.as_array().map(Vec::len), Some(6));
}
