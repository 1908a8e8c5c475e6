//! Writes the crates that `scripts/bench.sh` builds to measure build cost, each in a directory
//! of its own (the script gives each its own target directory):
//!
//! ```text
//! scratch-crate ours <options> <dir>    # the synthetic enum, by our generator and derive
//! scratch-crate twin <options> <dir>    # the same enum with num_enum + strum derives
//! scratch-crate hand-seed <dir>         # the root package's enums (from docs/), written by hand
//!                                       # with num_enum + strum
//! ```
//!
//! Errors go to stderr with exit code 1.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use choice_benches::synthetic::{self, SEED};
use choice_benches::twin::{self, Case, TwinEnum};
use connection_schema::codegen::Builder;

/// The runtime as the generated code needs it, by path, so that the crate builds this tree's
/// derive.
fn runtime_dependency() -> String {
    let runtime = repository().join("connection-schema");
    format!(
        "connection-schema = {{ path = {:?}, default-features = false, features = [\"derive\", \"std\"] }}\n",
        runtime.display().to_string()
    )
}

/// What a user writing the enums by hand would put in `Cargo.toml`.
const BASELINE_DEPENDENCIES: &str =
    "num_enum = \"0.7\"\nstrum = { version = \"0.27\", features = [\"derive\"] }\n";

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["ours", count, dir] => count_arg(count).and_then(|n| ours(n, Path::new(dir))),
        ["twin", count, dir] => count_arg(count).and_then(|n| twin(n, Path::new(dir))),
        ["hand-seed", dir] => hand_seed(Path::new(dir)),
        _ => Err("usage: scratch-crate (ours|twin) <options> <dir> | hand-seed <dir>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("scratch-crate: {message}");
            ExitCode::FAILURE
        }
    }
}

fn count_arg(text: &str) -> Result<usize, String> {
    text.parse()
        .map_err(|_| format!("{text:?} is not a number of options"))
}

fn ours(count: usize, dir: &Path) -> Result<(), String> {
    let options = synthetic::options(count, SEED);
    let page = synthetic::choice_page("synthetic", "SyntheticChoice", &options);
    let source = Builder::new()
        .page_source("synthetic.md", page)
        .generate()
        .map_err(|e| e.to_string())?
        .source;
    write_crate(dir, "ours", &runtime_dependency(), &source)
}

fn twin(count: usize, dir: &Path) -> Result<(), String> {
    let options = synthetic::options(count, SEED);
    let source = twin::render(
        &[TwinEnum {
            name: "SyntheticChoice",
            options: &options,
        }],
        Case::Exact,
    );
    write_crate(dir, "twin", BASELINE_DEPENDENCIES, &source)
}

fn hand_seed(dir: &Path) -> Result<(), String> {
    let docs = repository().join("docs");
    let tables = Builder::new()
        .docs_dir(docs)
        .emit_rerun_if_changed(false)
        .tables()
        .map_err(|e| e.to_string())?;
    let enums: Vec<(String, twin::Options)> = tables
        .iter()
        .flat_map(|table| &table.columns)
        .filter(|column| column.is_enum())
        .map(|column| {
            let options = column
                .options
                .iter()
                .map(|o| (o.value, o.label.clone()))
                .collect();
            (column.name.clone(), options)
        })
        .collect();
    let twins: Vec<TwinEnum<'_>> = enums
        .iter()
        .map(|(name, options)| TwinEnum { name, options })
        .collect();
    write_crate(
        dir,
        "hand-seed",
        BASELINE_DEPENDENCIES,
        &twin::render(&twins, Case::Insensitive),
    )
}

fn write_crate(dir: &Path, name: &str, dependencies: &str, source: &str) -> Result<(), String> {
    let manifest = format!(
        "[package]\nname = \"scratch-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         publish = false\n\n[workspace]\n\n[dependencies]\n{dependencies}"
    );
    let src = dir.join("src");
    std::fs::create_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    for (path, text) in [
        (dir.join("Cargo.toml"), manifest.as_str()),
        (src.join("lib.rs"), source),
    ] {
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // The workspace's lock, so that the crate builds offline with the same versions; cargo
    // drops the entries it does not need.
    let lock = repository().join("Cargo.lock");
    std::fs::copy(&lock, dir.join("Cargo.lock"))
        .map(|_| ())
        .map_err(|e| format!("{}: {e}", lock.display()))
}
