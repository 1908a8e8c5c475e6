//! `connection-schema`: the generator's command line.
//!
//! ```text
//! connection-schema extract FILE... [...]        the pages' (or exports') choice columns as JSON
//! connection-schema generate FILE... [...]       the Rust source build.rs would write
//! connection-schema diff OLD NEW                 what changed, with a semver verdict
//! connection-schema update NAME                  download a page into docs/, print the diff
//! connection-schema check                        fail when committed generated code is stale
//! connection-schema fetch-metadata --url U --table T   save an environment's metadata
//! ```
//!
//! clap parses the command line; every subcommand lives in its own module and returns its
//! whole output, so `main` alone decides how output and errors reach the terminal. Exit codes:
//! 0 on success (`--help` and `--version` included, printed to stdout), 1 on a usage error or
//! any other error (`path:line: message` on stderr), 2 when `diff --fail-on` is reached, after
//! the report is printed.

mod check;
mod diff;
mod extract;
mod fetch_metadata;
mod files;
mod generate;
mod update;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "connection-schema",
    version,
    about = "Dataverse choice enums from Microsoft Learn table reference pages"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the pages' choice columns as JSON (several pages: merged per table)
    Extract {
        /// Learn table pages (*.md) or saved Web API metadata responses (*.json)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        output: Output,
    },
    /// Print the Rust enums a build script would generate from the pages
    Generate {
        /// Learn table pages (*.md) or saved Web API metadata responses (*.json)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The language code of label() and Display for columns whose export has it (e.g. 1031)
        #[arg(long, value_name = "CODE")]
        language: Option<u32>,
        /// Generate only this table (logical name); repeat for more. Every file is still checked
        #[arg(long = "table", value_name = "NAME")]
        tables: Vec<String>,
        #[command(flatten)]
        output: Output,
    },
    /// What changed per choice column between two versions of a page, and the semver verdict
    Diff(diff::DiffArgs),
    /// Download <BASE_URL>/<NAME>.md into <DOCS_DIR>/<NAME>.md once it is valid, and print the diff
    Update(update::UpdateArgs),
    /// Fail when committed generated files are stale against their pages
    Check(check::CheckArgs),
    /// Save an environment's Web API metadata for a table as env-*.json (token: DATAVERSE_TOKEN)
    FetchMetadata(fetch_metadata::Options),
}

/// Where a subcommand's output goes.
#[derive(Args)]
struct Output {
    /// Write the output to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// What a subcommand gives back: its output, or a message for stderr.
type Outcome = Result<String, String>;

/// A run that printed its output: exit 0, or exit 2 with `fail` on stderr (`diff --fail-on`),
/// since a CI log wants the report and the failure both.
struct Reply {
    output: String,
    fail: Option<String>,
}

impl From<String> for Reply {
    fn from(output: String) -> Self {
        Self { output, fail: None }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout, usage errors to stderr; its own exit code
            // for usage errors is 2, which this command keeps for `--fail-on`.
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli.command) {
        Ok(Reply { output, fail }) => {
            // A closed pipe (`| head`) is not worth a panic.
            let _ = std::io::stdout().write_all(output.as_bytes());
            match fail {
                None => ExitCode::SUCCESS,
                Some(message) => {
                    eprintln!("{message}");
                    ExitCode::from(2)
                }
            }
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<Reply, String> {
    match command {
        Command::Extract { files, output } => output.send(extract::run(&files)?),
        Command::Generate {
            files,
            language,
            tables,
            output,
        } => output.send(generate::run(&files, language, &tables)?),
        Command::Diff(args) => diff::run(&args),
        Command::Update(args) => update::run(&args).map(Reply::from),
        Command::Check(args) => check::run(&args).map(Reply::from),
        Command::FetchMetadata(options) => fetch_metadata::run(&options).map(Reply::from),
    }
}

/// Warnings about the pages go to stderr as `warning: path:line: …` while the command goes on
/// and exits 0, as a build script's `cargo::warning=` lines do.
fn print_warnings<'w>(warnings: impl IntoIterator<Item = &'w connection_schema::codegen::Warning>) {
    for warning in warnings {
        eprintln!("warning: {warning}");
    }
}

/// A builder that never prints `cargo::rerun-if-changed`: this command's stdout is its output,
/// even when a build script runs it (and so sets `OUT_DIR`, which turns them on by default).
fn quiet_builder() -> connection_schema::codegen::Builder {
    connection_schema::codegen::Builder::new().emit_rerun_if_changed(false)
}

impl Output {
    /// The text for stdout, or nothing once it is written to `--output`.
    fn send(&self, text: String) -> Result<Reply, String> {
        match &self.output {
            None => Ok(text.into()),
            Some(path) => std::fs::write(path, text)
                .map(|()| String::new().into())
                .map_err(|e| format!("{}: cannot write: {e}", path.display())),
        }
    }
}
