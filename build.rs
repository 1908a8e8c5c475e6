//! Generates the choice enums from the Learn pages and Web API metadata exports in `docs/` into
//! `$OUT_DIR/choices.rs`.
//!
//! All the work, `cargo::rerun-if-changed` for `docs/` and every page included, is in
//! `connection_schema::codegen::Builder`; this file only says which folder and where to, turns
//! errors into `cargo::error=` lines (no panic, no backtrace), and warnings about the pages
//! (what only Microsoft can fix) into `cargo::warning=` lines, one per problem with `path:line`.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if let Err(message) = generate() {
        // One instruction per line: a report of several conflicts spans several lines.
        for line in message.lines() {
            println!("cargo::error={line}");
        }
    }
}

fn generate() -> Result<(), String> {
    let out_dir = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .ok_or("OUT_DIR is not set: run this build script through cargo")?;
    let warnings = connection_schema::codegen::Builder::new()
        .docs_dir("docs")
        .write_if_changed(&out_dir.join("choices.rs"))
        .map_err(|e| e.to_string())?;
    for warning in warnings {
        println!("cargo::warning={warning}");
    }
    Ok(())
}
