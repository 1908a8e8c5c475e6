//! Writes the twins into `$OUT_DIR`: the seed enums (every enum column of `../../docs`, merged
//! as the root package's build script merges them) and the synthetic enum of `choice-benches`,
//! from the same option lists, once parsing labels exactly (`twin_exact.rs`) and once with
//! `ascii_case_insensitive` (`twin_insensitive.rs`).

// `shared/` holds symbolic links to `../src/synthetic.rs` and `../src/twin.rs`: inside this
// package, so that `cargo package` copies the files into its archive and the copy builds alone.
#[path = "shared/synthetic.rs"]
#[allow(dead_code)] // the corpus and the shuffles are for the benchmarks
mod synthetic;
#[path = "shared/twin.rs"]
#[allow(dead_code)] // the floor and the modules are for scratch-crate's scale benchmark
mod twin;

use std::path::{Path, PathBuf};

use connection_schema::codegen::Builder;
use twin::{Case, TwinEnum};

const DOCS_DIR: &str = "../../docs";

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=shared/synthetic.rs");
    println!("cargo::rerun-if-changed=shared/twin.rs");
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
    let seed = seed_enums()?;
    let synthetic = synthetic::options(synthetic::SYNTHETIC_OPTIONS, synthetic::SEED);
    let mut enums: Vec<TwinEnum<'_>> = seed
        .iter()
        .map(|(name, options)| TwinEnum { name, options })
        .collect();
    enums.push(TwinEnum {
        name: "SyntheticChoice",
        options: &synthetic,
    });
    write(
        &out_dir.join("twin_exact.rs"),
        &twin::render(&enums, Case::Exact),
    )?;
    write(
        &out_dir.join("twin_insensitive.rs"),
        &twin::render(&enums, Case::Insensitive),
    )
}

/// Every enum column of the pages in `docs/`: (column name, (value, label) options).
///
/// The pages are the workspace's; a copy of this package on its own (as `cargo package`
/// verifies it) has none beside it and gets the synthetic twin only, with a warning. In the
/// workspace the folder is always there, and the benchmarks that name the seed twins would not
/// compile without them.
fn seed_enums() -> Result<Vec<(String, twin::Options)>, String> {
    if !Path::new(DOCS_DIR).is_dir() {
        println!("cargo::warning={DOCS_DIR} not found: the seed twins are left out");
        return Ok(Vec::new());
    }
    // The builder prints cargo::rerun-if-changed for the folder and each page.
    let tables = Builder::new()
        .docs_dir(DOCS_DIR)
        .tables()
        .map_err(|e| e.to_string())?;
    Ok(tables
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
        .collect())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
