//! Writes `$OUT_DIR/ours_synthetic.rs`: our generator run on a synthetic Learn page of 5,000
//! sparse options, so that nothing large is committed. The num_enum + strum twins of the same
//! options are written by the `choice-benches-twins` package.

#[path = "src/synthetic.rs"]
#[allow(dead_code)] // the corpus and the shuffles are for the benchmarks
mod synthetic;

use std::path::PathBuf;

use connection_schema::codegen::Builder;

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
    Builder::new()
        .page_source("synthetic.md", page)
        .write_if_changed(&out_dir.join("ours_synthetic.rs"))
        .map(|_| ())
        .map_err(|e| e.to_string())
}
