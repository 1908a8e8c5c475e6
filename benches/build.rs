//! Writes `$OUT_DIR/ours_synthetic.rs`: our generator run on a synthetic Learn page of 5,000
//! sparse options, so that nothing large is committed. The num_enum + strum twins of the same
//! options are written by the `choice-benches-twins` package.

#[path = "src/synthetic.rs"]
#[allow(dead_code)] // the corpus and the shuffles are for the benchmarks
mod synthetic;

use std::path::{Path, PathBuf};

use connection_schema::codegen::{merge, parse_page, render_tables};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/synthetic.rs");
    if let Err(message) = generate() {
        for line in message.lines() {
            println!("cargo::error={line}");
        }
    }
}

fn generate() -> Result<(), String> {
    let out_dir = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .ok_or("OUT_DIR is not set: run this build script through cargo")?;
    let options = synthetic::options(synthetic::SYNTHETIC_OPTIONS, synthetic::SEED);
    let page = synthetic::choice_page("synthetic", "SyntheticChoice", &options);
    let parsed = parse_page("synthetic.md", page.as_bytes()).map_err(|e| e.to_string())?;
    let ours = merge(vec![parsed])
        .and_then(|tables| render_tables(&tables, None))
        .map_err(|e| e.to_string())?;
    write(&out_dir.join("ours_synthetic.rs"), &ours)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
