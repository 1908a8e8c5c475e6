//! `generate FILE.md...`: the Rust source a build script would write for these pages.

use std::path::PathBuf;

use connection_schema::codegen::Builder;

use crate::Outcome;

pub(crate) fn run(files: &[PathBuf]) -> Outcome {
    let builder = files.iter().fold(Builder::new(), |b, file| b.page(file));
    builder.generate().map_err(|e| e.to_string())
}
