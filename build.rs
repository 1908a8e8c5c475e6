//! Generates the choice enums from the Learn pages in `docs/` into `$OUT_DIR/choices.rs`.
//!
//! All the work is in `connection_schema::codegen`; this file only says which pages and where
//! to, and turns errors into `cargo::error=` lines (no panic, no backtrace).

use std::path::{Path, PathBuf};

const DOCS_DIR: &str = "docs";
const PAGES: &[&str] = &["docs/connection.md"];

fn main() {
    // A missing path would rerun the script on every build, so only existing ones are named.
    // The directory itself catches pages being added or removed.
    println!("cargo::rerun-if-changed=build.rs");
    if Path::new(DOCS_DIR).is_dir() {
        println!("cargo::rerun-if-changed={DOCS_DIR}");
    }
    for page in PAGES.iter().filter(|p| Path::new(p).is_file()) {
        println!("cargo::rerun-if-changed={page}");
    }

    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::error=OUT_DIR is not set: run this build script through cargo");
        return;
    };
    let builder = PAGES
        .iter()
        .fold(connection_schema::codegen::Builder::new(), |b, page| {
            b.page(page)
        });
    if let Err(error) = builder.write_if_changed(&out_dir.join("choices.rs")) {
        println!("cargo::error={error}");
    }
}
