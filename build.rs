//! Generates the choice enums from the Learn pages in `docs/` into `$OUT_DIR/choices.rs`.
//!
//! All the work is in `connection_schema::codegen`; this file only says which pages and where
//! to, and turns errors into `cargo::error=` lines (no panic, no backtrace) and warnings about
//! the pages into `cargo::warning=` lines.

use std::path::{Path, PathBuf};

const DOCS_DIR: &str = "docs";

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    // The directory catches pages being added or removed; a path that does not exist would
    // rerun the script on every build, so only existing ones are named.
    if Path::new(DOCS_DIR).is_dir() {
        println!("cargo::rerun-if-changed={DOCS_DIR}");
    }
    if let Err(message) = generate() {
        // One instruction per line: a report of several conflicts spans several lines.
        for line in message.lines() {
            println!("cargo::error={line}");
        }
    }
}

fn generate() -> Result<(), String> {
    let pages = pages()?;
    for page in &pages {
        println!("cargo::rerun-if-changed={}", page.display());
    }
    let out_dir = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .ok_or("OUT_DIR is not set: run this build script through cargo")?;
    let builder = pages
        .iter()
        .fold(connection_schema::codegen::Builder::new(), |b, page| {
            b.page(page)
        });
    let warnings = builder
        .write_if_changed(&out_dir.join("choices.rs"))
        .map_err(|e| e.to_string())?;
    // What only Microsoft can fix in a page warns, naming `path:line`; the build goes on.
    for warning in warnings {
        println!("cargo::warning={warning}");
    }
    Ok(())
}

/// Every `docs/*.md` and `docs/*.json`, by file name, so that the output does not depend on
/// directory order.
fn pages() -> Result<Vec<PathBuf>, String> {
    let pages =
        connection_schema::codegen::pages_in(Path::new(DOCS_DIR)).map_err(|e| e.to_string())?;
    if pages.is_empty() {
        return Err(format!(
            "{DOCS_DIR}: no .md pages or .json metadata exports to generate enums from"
        ));
    }
    Ok(pages)
}
