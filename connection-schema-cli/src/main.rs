//! `connection-schema`: the generator's command line.
//!
//! ```text
//! connection-schema extract FILE.md [...]     the pages' choice columns as JSON
//! connection-schema generate FILE.md [...]    the Rust source build.rs would write
//! connection-schema diff OLD.md NEW.md        what changed, with a semver verdict
//! connection-schema update NAME               download a page into docs/, print the diff
//! connection-schema check                     fail when committed generated code is stale
//! ```
//!
//! Every subcommand lives in its own module and returns its whole output, so `main` alone
//! decides how output and errors reach the terminal: errors go to stderr as `path:line: message`
//! with exit code 1. `diff --fail-on` is the one success that exits 2, after printing its report.

mod check;
mod diff;
mod extract;
mod generate;
mod update;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: connection-schema <command> <FILE.md>...

commands:
  extract FILE.md [...]    print the choice columns as JSON (several files: merged per table)
  generate FILE.md [...]   print the Rust enums a build script would generate
  diff OLD.md NEW.md [--format text|json|markdown] [--fail-on major|minor]
                           what changed per choice column, and the semver verdict;
                           --fail-on exits 2 when the verdict reaches that level
  update NAME [--base-url URL] [--docs-dir DIR]
                           download <URL>/<NAME>.md into <DIR>/<NAME>.md (default docs/)
                           once it is valid, and print the diff
  check [--root DIR] [FILE.rs...]
                           fail when committed generated files are stale against their pages
  help                     print this message
";

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
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

fn run(args: &[String]) -> Result<Reply, String> {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| usage_error("no command given"))?;
    match command.as_str() {
        "help" | "--help" | "-h" => Ok(USAGE.to_owned().into()),
        "extract" => extract::run(rest).map(Reply::from),
        "generate" => generate::run(rest).map(Reply::from),
        "diff" => diff::run(rest),
        "update" => update::run(rest).map(Reply::from),
        "check" => check::run(rest).map(Reply::from),
        other => Err(usage_error(&format!("unknown command {other:?}"))),
    }
}

/// A message for a command line that cannot be run, followed by the usage text.
fn usage_error(message: &str) -> String {
    format!("error: {message}\n\n{USAGE}")
}
