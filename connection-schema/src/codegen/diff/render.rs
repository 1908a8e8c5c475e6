//! The reports of a [`PageDiff`]: plain text for terminals and a markdown CHANGELOG entry. (JSON
//! is the serde shape of [`PageDiff`] itself, with the `json` feature.)

use super::{ColumnChange, ColumnDiff, PageDiff};
use crate::codegen::model::Page;

/// The human-readable report: one block per changed column, breaking changes first. Variant
/// names are Rust identifiers, so they are printed bare, while labels are quoted.
pub fn render_text(diff: &PageDiff) -> String {
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

/// A CHANGELOG entry in the Keep a Changelog layout: Removed, Changed, Added, with every
/// breaking line marked.
pub fn render_markdown(diff: &PageDiff, new: &Page) -> String {
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
