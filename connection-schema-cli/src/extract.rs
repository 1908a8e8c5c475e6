//! `extract FILE.md...`: the model as JSON.
//!
//! One file prints that page (`{"file", "title", "table", "columns"}`); several print every
//! table they describe, each merged from its base and app pages
//! (`{"tables": [{"name", "pages", "columns"}]}`).

use std::path::PathBuf;

use connection_schema::codegen::read_page;
use serde::Serialize;

use crate::{quiet_builder, Outcome};

pub(crate) fn run(files: &[PathBuf]) -> Outcome {
    match files {
        [file] => to_json(
            &file.display().to_string(),
            &read_page(file).map_err(|e| e.to_string())?,
        ),
        files => {
            let builder = files.iter().fold(quiet_builder(), |b, file| b.page(file));
            let tables = builder.tables().map_err(|e| e.to_string())?;
            crate::print_warnings(tables.iter().flat_map(|t| &t.warnings));
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            to_json(&names.join(", "), &Tables { tables })
        }
    }
}

#[derive(Serialize)]
struct Tables {
    tables: Vec<connection_schema::codegen::model::Table>,
}

fn to_json(what: &str, value: &impl Serialize) -> Outcome {
    let mut json = serde_json::to_string_pretty(value)
        .map_err(|e| format!("{what}: cannot serialize as JSON: {e}"))?;
    json.push('\n');
    Ok(json)
}
