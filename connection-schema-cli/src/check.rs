//! `check [--root DIR] [FILE.rs...]`: fails when generated code committed to the repository is
//! stale against the pages it was generated from.
//!
//! Without files, every `.rs` file under the root that starts with the `@generated` header is
//! checked. The judging is the library's [`check_committed`], which the golden test uses too.

use std::path::PathBuf;

use connection_schema::codegen::check::{check_committed, find_committed, Committed};

use crate::Outcome;

/// `check [--root DIR] [FILE.rs...]`
#[derive(clap::Args)]
pub(crate) struct CheckArgs {
    /// The repository root: pages and files are read relative to it
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Generated files to check, relative to the root (default: every one found under it)
    #[arg(value_name = "FILE.rs")]
    files: Vec<PathBuf>,
}

pub(crate) fn run(args: &CheckArgs) -> Outcome {
    let root = &args.root;
    // Paths are written into messages and compared with the pages' headers, which are text.
    let mut files = args
        .files
        .iter()
        .map(|file| {
            file.to_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("{}: not a UTF-8 path", file.display()))
        })
        .collect::<Result<Vec<String>, String>>()?;
    if files.is_empty() {
        files = find_committed(root).map_err(|e| e.to_string())?;
        if files.is_empty() {
            // Passing on an empty search would hide a wrong --root or working directory.
            return Err(format!(
                "{}: no generated .rs file found (run from the repository root, or pass --root)",
                root.display()
            ));
        }
    }
    let mut report = String::new();
    let mut stale = Vec::new();
    for file in &files {
        let committed = check_committed(root, file).map_err(|e| e.to_string())?;
        match committed.first_difference {
            None => report.push_str(&format!(
                "{file}: up to date with {}\n",
                committed.pages.join(", ")
            )),
            Some(line) => stale.push(format!(
                "{file}:{line}: stale against {}; refresh with: {}",
                committed.pages.join(", "),
                refresh_command(&committed)
            )),
        }
    }
    if stale.is_empty() {
        Ok(report)
    } else {
        Err(stale.join("\n"))
    }
}

/// A shell command, run from the repository root, that rewrites the file from its pages. The
/// library names no command of this repository; the hint is the CLI's.
fn refresh_command(committed: &Committed) -> String {
    format!(
        "cargo run -p connection-schema-cli -- generate {} > {}",
        committed.pages.join(" "),
        committed.path
    )
}
