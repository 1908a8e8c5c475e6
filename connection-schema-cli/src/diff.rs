//! `diff OLD.md NEW.md [--format text|json|markdown] [--fail-on major|minor]`: what changed in
//! each choice column between two versions of a page, and the semver verdict.
//!
//! The comparison is the library's ([`connection_schema::codegen::diff`]); this module parses
//! the command line and picks the renderer (text and markdown are the library's, JSON is
//! serde_json's).

use std::path::PathBuf;

use connection_schema::codegen::diff::{render_markdown, render_text};
use connection_schema::codegen::{diff_pages, read_page, PageDiff, Semver};

use crate::Reply;

#[derive(Clone, Copy, Default, clap::ValueEnum)]
enum Format {
    /// One block per changed column
    #[default]
    Text,
    /// `{"columns": [...], "semver"}`
    Json,
    /// A CHANGELOG entry
    Markdown,
}

/// The verdicts `--fail-on` can stop at.
#[derive(Clone, Copy, clap::ValueEnum)]
enum FailOn {
    Major,
    Minor,
}

impl From<FailOn> for Semver {
    fn from(level: FailOn) -> Self {
        match level {
            FailOn::Major => Semver::Major,
            FailOn::Minor => Semver::Minor,
        }
    }
}

/// `diff OLD.md NEW.md [--format text|json|markdown] [--fail-on major|minor]`
#[derive(clap::Args)]
pub(crate) struct DiffArgs {
    /// The page as it was
    #[arg(value_name = "OLD.md")]
    old: PathBuf,
    /// The page as it is now
    #[arg(value_name = "NEW.md")]
    new: PathBuf,
    /// How to print the report
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Exit with code 2 (after the report) when the verdict reaches this level
    #[arg(long, value_enum, value_name = "LEVEL")]
    fail_on: Option<FailOn>,
}

pub(crate) fn run(args: &DiffArgs) -> Result<Reply, String> {
    let old = read_page(&args.old).map_err(|e| e.to_string())?;
    let new = read_page(&args.new).map_err(|e| e.to_string())?;
    let diff = diff_pages(&old, &new);
    let output = match args.format {
        Format::Text => render_text(&diff),
        Format::Json => render_json(&diff)?,
        Format::Markdown => render_markdown(&diff, &new),
    };
    let fail = args
        .fail_on
        .map(Semver::from)
        .filter(|threshold| diff.semver >= *threshold)
        .map(|threshold| {
            format!(
                "error: {} change between {} and {} (--fail-on {threshold})",
                diff.semver,
                args.old.display(),
                args.new.display()
            )
        });
    Ok(Reply { output, fail })
}

fn render_json(diff: &PageDiff) -> Result<String, String> {
    let mut json = serde_json::to_string_pretty(diff)
        .map_err(|e| format!("error: cannot serialize the diff as JSON: {e}"))?;
    json.push('\n');
    Ok(json)
}
