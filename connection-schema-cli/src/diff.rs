//! `diff OLD.md NEW.md [--format text|json|markdown] [--fail-on major|minor]`: what changed in
//! each choice column between two versions of a page, and the semver verdict.
//!
//! The comparison is the library's ([`connection_schema::codegen::diff`]); this module parses
//! the command line and renders. The text renderer is shared with `update`.

use std::path::PathBuf;

use connection_schema::codegen::diff::{ColumnChange, ColumnDiff};
use connection_schema::codegen::model::Page;
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

/// The human-readable report: one block per changed column, breaking changes first. Variant
/// names are Rust identifiers, so they are printed bare, while labels are quoted.
pub(crate) fn render_text(diff: &PageDiff) -> String {
    let mut out = String::new();
    if diff.is_empty() {
        out.push_str("no choice option changed\n");
    }
    if let Some(module) = &diff.renamed_module {
        out.push_str(&format!(
            "module renamed: {} -> {} (table logical name)\n",
            module.old, module.new
        ));
    }
    for column in &diff.columns {
        let what = match column.change {
            ColumnChange::Added => " (new column)",
            ColumnChange::Removed => " (column removed)",
            ColumnChange::Changed => "",
        };
        out.push_str(&format!("{}{what}: {}\n", column.name, column.semver()));
        if let Some(renamed) = &column.renamed_enum {
            out.push_str(&format!(
                "  renamed     enum {} -> {}\n",
                renamed.old, renamed.new
            ));
        }
        for option in &column.removed {
            out.push_str(&format!(
                "  removed     {} {:?}\n",
                option.value, option.label
            ));
        }
        for moved in &column.renumbered {
            out.push_str(&format!(
                "  renumbered  {:?} {} -> {}\n",
                moved.label, moved.old, moved.new
            ));
        }
        for renamed in &column.renamed_variants {
            out.push_str(&format!(
                "  renamed     {} {} -> {} (variant)\n",
                renamed.value, renamed.old, renamed.new
            ));
        }
        for relabel in &column.relabeled {
            out.push_str(&format!(
                "  relabeled   {} {:?} -> {:?}\n",
                relabel.value, relabel.old, relabel.new
            ));
        }
        for option in &column.added {
            out.push_str(&format!(
                "  added       {} {:?}\n",
                option.value, option.label
            ));
        }
    }
    out.push_str(&format!("semver: {}\n", diff.semver));
    out
}

fn render_json(diff: &PageDiff) -> Result<String, String> {
    let mut json = serde_json::to_string_pretty(diff)
        .map_err(|e| format!("error: cannot serialize the diff as JSON: {e}"))?;
    json.push('\n');
    Ok(json)
}

/// A CHANGELOG entry in the Keep a Changelog layout: Removed, Changed, Added, with every
/// breaking line marked.
fn render_markdown(diff: &PageDiff, new: &Page) -> String {
    let mut out = format!(
        "### `{}`: {}\n\nSemver: **{}**.\n",
        new.file, new.title, diff.semver
    );
    if diff.is_empty() {
        out.push_str("\nNo choice option changed.\n");
        return out;
    }
    let section = |out: &mut String, title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            out.push_str(&format!("\n#### {title}\n\n"));
            for line in lines {
                out.push_str(&format!("- {line}\n"));
            }
        }
    };
    let each = |f: &dyn Fn(&ColumnDiff) -> Vec<String>| -> Vec<String> {
        diff.columns.iter().flat_map(f).collect()
    };
    if let Some(module) = &diff.renamed_module {
        section(
            &mut out,
            "Renamed",
            vec![format!(
                "**Breaking:** module {} renamed to {}",
                code(&module.old),
                code(&module.new)
            )],
        );
    }
    section(
        &mut out,
        "Removed",
        each(&|c| {
            let mut lines = Vec::new();
            if c.change == ColumnChange::Removed {
                lines.push(format!("**Breaking:** column {}", code(&c.name)));
            }
            lines.extend(c.removed.iter().map(|o| {
                format!(
                    "**Breaking:** {} option {} {}",
                    code(&c.name),
                    o.value,
                    code(&o.label)
                )
            }));
            lines
        }),
    );
    section(
        &mut out,
        "Changed",
        each(&|c| {
            let renumbered = c.renumbered.iter().map(|m| {
                format!(
                    "**Breaking:** {} option {} renumbered from {} to {}",
                    code(&c.name),
                    code(&m.label),
                    m.old,
                    m.new
                )
            });
            // Listed next to the relabel that usually causes it, so a reader sees both why the
            // relabel is breaking and which identifier to change in their code.
            let renamed = c.renamed_variants.iter().map(|r| {
                format!(
                    "**Breaking:** {} option {} variant {} renamed to {}",
                    code(&c.name),
                    r.value,
                    code(&r.old),
                    code(&r.new)
                )
            });
            let relabeled = c.relabeled.iter().map(|r| {
                format!(
                    "{} option {} relabeled from {} to {}",
                    code(&c.name),
                    r.value,
                    code(&r.old),
                    code(&r.new)
                )
            });
            let renamed_enum = c.renamed_enum.iter().map(|r| {
                format!(
                    "**Breaking:** enum {} renamed to {}",
                    code(&r.old),
                    code(&r.new)
                )
            });
            renamed_enum
                .chain(renumbered)
                .chain(renamed)
                .chain(relabeled)
                .collect()
        }),
    );
    section(
        &mut out,
        "Added",
        each(&|c| {
            let mut lines = Vec::new();
            if c.change == ColumnChange::Added {
                lines.push(format!("column {}", code(&c.name)));
            }
            lines.extend(
                c.added
                    .iter()
                    .map(|o| format!("{} option {} {}", code(&c.name), o.value, code(&o.label))),
            );
            lines
        }),
    );
    out
}

/// A markdown code span that holds `text` literally: its fence is one backtick longer than the
/// longest run of backticks inside, and padded when the text touches a backtick.
fn code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}
