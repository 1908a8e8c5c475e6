//! `extract FILE.md`: the page's model as JSON.

use connection_schema::codegen::read_page;

use crate::{usage_error, Outcome};

pub(crate) fn run(args: &[String]) -> Outcome {
    let [file] = args else {
        return Err(usage_error("extract takes exactly one FILE.md"));
    };
    let page = read_page(file.as_ref()).map_err(|e| e.to_string())?;
    let mut json = serde_json::to_string_pretty(&page)
        .map_err(|e| format!("{file}: cannot serialize as JSON: {e}"))?;
    json.push('\n');
    Ok(json)
}
