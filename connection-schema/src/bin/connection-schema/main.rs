//! `connection-schema`: the generator's command line.
//!
//! ```text
//! connection-schema extract FILE.md           the page's choice columns as JSON
//! connection-schema generate FILE.md [...]    the Rust source build.rs would write
//! ```
//!
//! Every subcommand lives in its own module and returns its whole output, so `main` alone
//! decides how output and errors reach the terminal: errors go to stderr as `path:line: message`
//! with exit code 1.

mod extract;
mod generate;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: connection-schema <command> <FILE.md>...

commands:
  extract FILE.md          print the page's choice columns as JSON
  generate FILE.md [...]   print the Rust enums a build script would generate
  help                     print this message
";

/// What a subcommand gives back: its output, or a message for stderr.
type Outcome = Result<String, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            // A closed pipe (`| head`) is not worth a panic.
            let _ = std::io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Outcome {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| usage_error("no command given"))?;
    match command.as_str() {
        "help" | "--help" | "-h" => Ok(USAGE.to_owned()),
        "extract" => extract::run(rest),
        "generate" => generate::run(rest),
        other => Err(usage_error(&format!("unknown command {other:?}"))),
    }
}

/// A message for a command line that cannot be run, followed by the usage text.
fn usage_error(message: &str) -> String {
    format!("error: {message}\n\n{USAGE}")
}
