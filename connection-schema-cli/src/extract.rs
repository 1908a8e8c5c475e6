//! `extract FILE.md...`: the model as JSON.
//!
//! One file prints that page (`{"file", "title", "table", "columns"}`); several print every
//! table they describe, each merged from its base and app pages
//! (`{"tables": [{"name", "pages", "columns"}]}`).

use connection_schema::codegen::{read_page, Builder};
use serde::Serialize;

use crate::{usage_error, Outcome};

pub(crate) fn run(args: &[String]) -> Outcome {
    match args {
        [] => Err(usage_error("extract needs a FILE.md")),
        [file] => to_json(file, &read_page(file.as_ref()).map_err(|e| e.to_string())?),
        files => {
            let builder = files.iter().fold(Builder::new(), |b, file| b.page(file));
            let tables = builder.tables().map_err(|e| e.to_string())?;
            to_json(&files.join(", "), &Tables { tables })
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
