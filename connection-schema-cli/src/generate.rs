//! `generate FILE...`: the Rust source a build script would write for these pages and exports.

use std::path::PathBuf;

use crate::{quiet_builder, Outcome};

pub(crate) fn run(files: &[PathBuf], language: Option<u32>, tables: &[String]) -> Outcome {
    let mut builder = files.iter().fold(quiet_builder(), |b, file| b.page(file));
    if let Some(language) = language {
        builder = builder.language(language);
    }
    if !tables.is_empty() {
        builder = builder.only_tables(tables.iter().cloned());
    }
    let generated = builder.generate().map_err(|e| e.to_string())?;
    crate::print_warnings(&generated.warnings);
    Ok(generated.source)
}
