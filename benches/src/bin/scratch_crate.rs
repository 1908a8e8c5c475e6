//! Writes the crates that `scripts/bench.sh` builds to measure build cost, each in a directory
//! of its own (the script gives each its own target directory):
//!
//! ```text
//! scratch-crate ours <options> <dir>    # the synthetic enum, by our generator and derive
//! scratch-crate twin <options> <dir>    # the same enum with num_enum + strum derives
//! scratch-crate hand-seed <dir>         # the root package's enums (from docs/), written by hand
//!                                       # with num_enum + strum
//! scratch-crate scale <pages> <dir>     # <pages> Dataverse-shaped table pages, three ways:
//!                                       # <dir>/ours (docs/ + build.rs + our derive),
//!                                       # <dir>/ours-tuned (the same, with the derive and
//!                                       # the build script optimized),
//!                                       # <dir>/twin (num_enum + strum), <dir>/floor (bare enums)
//! ```
//!
//! For `scale`, `<dir>/change/` holds two versions of what one changed page touches in each
//! crate (`a`: as written, `b`: one label renamed in the first page), so that a script can
//! measure the rebuild after one page changes by copying one over the other.
//!
//! Errors go to stderr with exit code 1.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use choice_benches::synthetic::{self, SEED};
use choice_benches::twin::{self, Case, Derives, TwinEnum};
use connection_schema::codegen::model::Table;
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

/// The generator, for the scale crate's build script.
fn codegen_dependency() -> String {
    let runtime = repository().join("connection-schema");
    format!(
        "connection-schema = {{ path = {:?}, features = [\"codegen\"] }}\n",
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
        ["scale", count, dir] => count_arg(count).and_then(|n| scale(n, Path::new(dir))),
        _ => Err(
            "usage: scratch-crate (ours|twin) <options> <dir> | hand-seed <dir> | scale <pages> <dir>"
                .into(),
        ),
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
    let tables = Builder::new()
        .docs_dir(repository().join("docs"))
        .emit_rerun_if_changed(false)
        .tables()
        .map_err(|e| e.to_string())?;
    let enums = enum_options(&tables);
    let twins = as_twins(&enums);
    write_crate(
        dir,
        "hand-seed",
        BASELINE_DEPENDENCIES,
        &twin::render(&twins, Case::Insensitive),
    )
}

/// The (name, options) of every column of `tables` that becomes an enum.
fn enum_options(tables: &[Table]) -> Vec<(String, twin::Options)> {
    tables
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
        .collect()
}

/// The three crates of the scale benchmark, from the same pages; see the module docs.
fn scale(count: usize, dir: &Path) -> Result<(), String> {
    let pages = synthetic::dataverse_pages(count, SEED);
    let (first, text) = pages.first().ok_or("scale needs at least one page")?;
    let renamed = rename_first_label(text)?;
    let change = dir.join("change");
    write_file(&change.join("page-a.md"), text)?;
    write_file(&change.join("page-b.md"), &renamed)?;

    let dependencies = format!(
        "{}\n[build-dependencies]\n{}",
        runtime_dependency(),
        codegen_dependency()
    );
    // Ours, then the same with the profile setting the README recommends for large generated
    // crates: the derive and the build script optimized (they run at every rebuild).
    for (name, manifest_tail) in [("ours", ""), ("ours-tuned", OPTIMIZED_BUILD_TOOLS)] {
        let crate_dir = dir.join(name);
        for (page, text) in &pages {
            write_file(&crate_dir.join("docs").join(page), text)?;
        }
        write_file(&crate_dir.join("build.rs"), SCALE_BUILD_SCRIPT)?;
        write_crate(
            &crate_dir,
            name,
            &format!("{dependencies}{manifest_tail}"),
            "include!(concat!(env!(\"OUT_DIR\"), \"/choices.rs\"));\n",
        )?;
    }

    for (version, first_page) in [("a", text), ("b", &renamed)] {
        let mut builder = Builder::new();
        for (name, text) in &pages {
            let text = if name == first { first_page } else { text };
            builder = builder.page_source(name.as_str(), text.as_str());
        }
        let tables = table_enums(&builder.tables().map_err(|e| e.to_string())?);
        let modules: Vec<(String, Vec<TwinEnum<'_>>)> = tables
            .iter()
            .map(|(table, enums)| (table.clone(), as_twins(enums)))
            .collect();
        for (name, derives, dependencies) in [
            (
                "twin",
                Derives::NumEnumStrum(Case::Insensitive),
                BASELINE_DEPENDENCIES,
            ),
            ("floor", Derives::Floor, ""),
        ] {
            let source = twin::render_modules(&modules, derives);
            write_file(&change.join(format!("{name}-{version}.rs")), &source)?;
            if version == "a" {
                write_crate(&dir.join(name), name, dependencies, &source)?;
            }
        }
    }
    Ok(())
}

/// `[profile.*.build-override]`: proc macros, build scripts and their dependencies optimized.
const OPTIMIZED_BUILD_TOOLS: &str = "\n[profile.dev.build-override]\nopt-level = 3\n\n\
     [profile.release.build-override]\nopt-level = 3\n";

/// What the scale crate's build script does: what the root package's does.
const SCALE_BUILD_SCRIPT: &str = r#"fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("choices.rs");
    let builder = connection_schema::codegen::Builder::new().docs_dir("docs");
    match builder.write_if_changed(&out) {
        Ok(warnings) => warnings.iter().for_each(|w| println!("cargo::warning={w}")),
        Err(error) => println!("cargo::error={error}"),
    }
}
"#;

/// Per table, its module name and the (name, options) of its enums.
fn table_enums(tables: &[Table]) -> Vec<(String, Vec<(String, twin::Options)>)> {
    tables
        .iter()
        .map(|table| {
            (
                table.name.clone(),
                enum_options(std::slice::from_ref(table)),
            )
        })
        .collect()
}

/// `enums` as the twins render them.
fn as_twins(enums: &[(String, twin::Options)]) -> Vec<TwinEnum<'_>> {
    enums
        .iter()
        .map(|(name, options)| TwinEnum { name, options })
        .collect()
}

/// The page with its first picklist's first label renamed: the change of the rebuild benchmark.
fn rename_first_label(page: &str) -> Result<String, String> {
    let section = page
        .find("Choices/Options\n\n|Value|Label|")
        .ok_or("the first page has no picklist")?;
    let end = page[section..]
        .find("**|\n")
        .map(|at| section + at)
        .ok_or("the first picklist has no option")?;
    Ok(format!("{} renamed{}", &page[..end], &page[end..]))
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
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
