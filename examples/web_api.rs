//! Reads a Web API `connections` response and prints what each connection links.
//!
//! ```text
//! cargo run --example web_api                   # tests/fixtures/connections.json
//! cargo run --example web_api -- response.json  # a response of your own
//! ```
//!
//! Get a response of your own with
//! `GET [Organization URI]/api/data/v9.2/connections?$select=record1objecttypecode,record2objecttypecode`
//! and the header `Prefer: odata.include-annotations="OData.Community.Display.V1.FormattedValue"`.
//!
//! The object type codes are read as `Open<...>`: a code the Learn page does not list (a table
//! from another solution, or a custom table, whose code is different in every environment) is
//! kept and shown with the server's own label instead of failing the whole response.
//!
//! The example needs the `serde` feature of `dataverse-choices`, which this package's
//! dev-dependencies turn on for examples and tests; in your own crate, ask for
//! `dataverse-choices = { version = "...", features = ["serde"] }`.

use dataverse_choices::{Choice, Open, Record1ObjectTypeCode, Record2ObjectTypeCode};
use serde::Deserialize;
use std::error::Error;
use std::process::ExitCode;

const FIXTURE: &str = include_str!("../tests/fixtures/connections.json");

#[derive(Deserialize)]
struct Collection {
    value: Vec<Connection>,
}

#[derive(Deserialize)]
struct Connection {
    connectionid: String,
    name: Option<String>,
    record1objecttypecode: Option<Open<Record1ObjectTypeCode>>,
    #[serde(rename = "record1objecttypecode@OData.Community.Display.V1.FormattedValue")]
    record1_formatted: Option<String>,
    record2objecttypecode: Option<Open<Record2ObjectTypeCode>>,
    #[serde(rename = "record2objecttypecode@OData.Community.Display.V1.FormattedValue")]
    record2_formatted: Option<String>,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("web_api: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let body = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e}", path.to_string_lossy()))?,
        None => FIXTURE.to_owned(),
    };
    let response: Collection = serde_json::from_str(&body)?;
    for row in &response.value {
        println!(
            "{} {}",
            row.connectionid,
            row.name.as_deref().unwrap_or("(no name)")
        );
        println!(
            "    record 1: {}",
            describe(row.record1objecttypecode, row.record1_formatted.as_deref())
        );
        println!(
            "    record 2: {}",
            describe(row.record2objecttypecode, row.record2_formatted.as_deref())
        );
    }
    Ok(())
}

/// `Profile Album (10627)` for a listed code; for another, the server's label and a note.
/// (`Display` of an unlisted code is the bare number: the server's label is the better text.)
fn describe<E: Choice>(code: Option<Open<E>>, formatted: Option<&str>) -> String {
    match (code, formatted) {
        (None, _) => "(none)".to_owned(),
        (Some(code), _) if code.is_known() => format!("{code} ({})", code.value()),
        (Some(code), Some(formatted)) => {
            format!("{formatted} ({}, not listed in {})", code.value(), E::NAME)
        }
        (Some(code), None) => format!("{} (not listed in {})", code.value(), E::NAME),
    }
}
