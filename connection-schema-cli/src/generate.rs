//! `generate FILE.md...`: the Rust source a build script would write for these pages.

use std::path::PathBuf;

use crate::{quiet_builder, Outcome};

pub(crate) fn run(files: &[PathBuf]) -> Outcome {
    let builder = files.iter().fold(quiet_builder(), |b, file| b.page(file));
    builder.generate().map_err(|e| e.to_string())
}
