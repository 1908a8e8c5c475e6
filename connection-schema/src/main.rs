//! `connection-schema`: the generator's command line.
//!
//! ```text
//! connection-schema extract FILE.md           the page's choice columns as JSON
//! connection-schema generate FILE.md [...]    the Rust source build.rs would write
//! ```
//!
//! Errors go to stderr as `path:line: message`, with exit code 1.

use std::io::Write;
use std::process::ExitCode;

use connection_schema::codegen::{read_page, Builder};

const USAGE: &str = "\
usage: connection-schema <command> <FILE.md>...

commands:
  extract FILE.md          print the page's choice columns as JSON
  generate FILE.md [...]   print the Rust enums a build script would generate
  help                     print this message
";

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

fn run(args: &[String]) -> Result<String, String> {
    let (command, files) = args
        .split_first()
        .ok_or_else(|| format!("error: no command given\n\n{USAGE}"))?;
    match command.as_str() {
        "help" | "--help" | "-h" => Ok(USAGE.to_owned()),
        "extract" => match files {
            [file] => extract(file),
            _ => Err(format!(
                "error: extract takes exactly one FILE.md\n\n{USAGE}"
            )),
        },
        "generate" if !files.is_empty() => {
            let builder = files.iter().fold(Builder::new(), |b, file| b.page(file));
            builder.generate().map_err(|e| e.to_string())
        }
        "generate" => Err(format!("error: generate needs a FILE.md\n\n{USAGE}")),
        other => Err(format!("error: unknown command {other:?}\n\n{USAGE}")),
    }
}

fn extract(file: &str) -> Result<String, String> {
    let page = read_page(file.as_ref()).map_err(|e| e.to_string())?;
    let mut json = serde_json::to_string_pretty(&page)
        .map_err(|e| format!("{file}: cannot serialize as JSON: {e}"))?;
    json.push('\n');
    Ok(json)
}
