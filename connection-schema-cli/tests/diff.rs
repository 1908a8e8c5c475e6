//! `connection-schema diff`: two versions of the Sales Connection page (the vendored one and a
//! hand-made next version), the output formats, `--fail-on` and errors.

mod support;

use std::path::Path;

use serde_json::{json, Value};
use support::{page, run_in, stderr, stdout, TempDir};

/// Fixtures and relative paths in these tests are the library's, next to this package.
const MANIFEST_DIR: &str = support::LIB_DIR;
/// The page as vendored in docs/.
const VENDORED: &str = "../docs/connection.md";
/// Our own next version of it; its NOTE lists the invented changes, the same in both columns.
const NEXT: &str = "tests/fixtures/versions/connection-next.md";
const COLUMNS: [&str; 2] = ["Record1ObjectTypeCode", "Record2ObjectTypeCode"];

fn diff(args: &[&str]) -> std::process::Output {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    run_in(Path::new(MANIFEST_DIR), &all)
}

fn json_diff(old: &str, new: &str) -> Value {
    let output = diff(&[old, new, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).unwrap_or_else(|e| panic!("not JSON: {e}"))
}

/// One column's JSON, in the shape.
fn column_json(
    name: &str,
    added: &[(i32, &str)],
    removed: &[(i32, &str)],
    relabeled: &[(i32, &str, &str)],
    renumbered: &[(&str, i32, i32)],
) -> Value {
    let listed = |options: &[(i32, &str)]| -> Value {
        options
            .iter()
            .map(|(value, label)| json!({"value": value, "label": label}))
            .collect()
    };
    json!({
        "name": name,
        "added": listed(added),
        "removed": listed(removed),
        "relabeled": relabeled
            .iter()
            .map(|(value, old, new)| json!({"value": value, "old": old, "new": new}))
            .collect::<Value>(),
        "renumbered": renumbered
            .iter()
            .map(|(label, old, new)| json!({"label": label, "old": old, "new": new}))
            .collect::<Value>(),
    })
}

/// The moved rows (Session in one column, Copilot Transcript in the other) are not reported;
/// the JSON has no field for the renamed variant, whose effect is the verdict.
#[test]
fn two_versions_of_the_page_report_exactly_the_options_that_changed() {
    let column = |name: &str| {
        column_json(
            name,
            &[(10999, "Contoso Widget"), (11001, "Contoso Gadget")],
            &[(10718, "Ongoing conversation (Deprecated)")],
            &[
                (10632, "Customer Voice alert", "Customer Voice Alert"),
                (10887, "Insight", "Sales Insight"),
            ],
            &[
                ("Profile Album", 10627, 10662),
                ("Conversation", 10730, 10772),
            ],
        )
    };
    assert_eq!(
        json_diff(VENDORED, NEXT),
        json!({"columns": COLUMNS.map(column), "semver": "major"})
    );
}

#[test]
fn going_back_is_the_mirror_image() {
    let column = |name: &str| {
        column_json(
            name,
            &[(10718, "Ongoing conversation (Deprecated)")],
            &[(10999, "Contoso Widget"), (11001, "Contoso Gadget")],
            &[
                (10632, "Customer Voice Alert", "Customer Voice alert"),
                (10887, "Sales Insight", "Insight"),
            ],
            &[
                ("Profile Album", 10662, 10627),
                ("Conversation", 10772, 10730),
            ],
        )
    };
    assert_eq!(
        json_diff(NEXT, VENDORED),
        json!({"columns": COLUMNS.map(column), "semver": "major"})
    );
}

/// 10632's relabel keeps `CustomerVoiceAlert`, so only 10887's is a renamed variant.
#[test]
fn text_of_the_two_versions() {
    let output = diff(&[VENDORED, NEXT]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let column = |name: &str| {
        format!(
            "{name}: major\n\
             \x20 removed     10718 \"Ongoing conversation (Deprecated)\"\n\
             \x20 renumbered  \"Profile Album\" 10627 -> 10662\n\
             \x20 renumbered  \"Conversation\" 10730 -> 10772\n\
             \x20 renamed     10887 Insight -> SalesInsight (variant)\n\
             \x20 relabeled   10632 \"Customer Voice alert\" -> \"Customer Voice Alert\"\n\
             \x20 relabeled   10887 \"Insight\" -> \"Sales Insight\"\n\
             \x20 added       10999 \"Contoso Widget\"\n\
             \x20 added       11001 \"Contoso Gadget\"\n"
        )
    };
    assert_eq!(
        stdout(&output),
        format!(
            "{}{}semver: major\n",
            column(COLUMNS[0]),
            column(COLUMNS[1])
        )
    );
    let back = stdout(&diff(&[NEXT, VENDORED]));
    assert!(
        back.contains("  renamed     10887 SalesInsight -> Insight (variant)\n"),
        "{back}"
    );
}

#[test]
fn markdown_of_the_two_versions() {
    let output = diff(&[VENDORED, NEXT, "--format=markdown"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut removed = String::new();
    let mut changed = String::new();
    let mut added = String::new();
    for name in COLUMNS {
        removed.push_str(&format!(
            "- **Breaking:** `{name}` option 10718 `Ongoing conversation (Deprecated)`\n"
        ));
        changed.push_str(&format!(
            "- **Breaking:** `{name}` option `Profile Album` renumbered from 10627 to 10662\n\
             - **Breaking:** `{name}` option `Conversation` renumbered from 10730 to 10772\n\
             - **Breaking:** `{name}` option 10887 variant `Insight` renamed to `SalesInsight`\n\
             - `{name}` option 10632 relabeled from `Customer Voice alert` to `Customer Voice Alert`\n\
             - `{name}` option 10887 relabeled from `Insight` to `Sales Insight`\n"
        ));
        added.push_str(&format!(
            "- `{name}` option 10999 `Contoso Widget`\n\
             - `{name}` option 11001 `Contoso Gadget`\n"
        ));
    }
    assert_eq!(
        stdout(&output),
        format!(
            "### `{NEXT}`: Connection table/entity reference (Microsoft Dynamics 365 Sales)\n\
             \n\
             Semver: **major**.\n\
             \n\
             #### Removed\n\n{removed}\n\
             #### Changed\n\n{changed}\n\
             #### Added\n\n{added}"
        )
    );
}

#[test]
fn the_same_page_is_no_change() {
    assert_eq!(
        json_diff(VENDORED, VENDORED),
        json!({"columns": [], "semver": "none"})
    );
    let output = diff(&[VENDORED, VENDORED]);
    assert_eq!(stdout(&output), "no choice option changed\nsemver: none\n");
}

/// Every kind of change, in the default text format.
#[test]
fn text_lists_breaking_changes_first() {
    let dir = TempDir::new("diff-text");
    dir.write(
        "old.md",
        page(
            "Size",
            &[(1, "Small"), (2, "Medium"), (3, "Large"), (4, "Huge")],
        ),
    );
    dir.write(
        "new.md",
        page(
            "Size",
            &[(1, "Small"), (2, "Mid"), (5, "Large"), (6, "Tiny")],
        ),
    );
    let output = run_in(dir.path(), &["diff", "old.md", "new.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Size: major\n\
         \x20 removed     4 \"Huge\"\n\
         \x20 renumbered  \"Large\" 3 -> 5\n\
         \x20 renamed     2 Medium -> Mid (variant)\n\
         \x20 relabeled   2 \"Medium\" -> \"Mid\"\n\
         \x20 added       6 \"Tiny\"\n\
         semver: major\n"
    );
}

#[test]
fn columns_that_appear_and_disappear() {
    let dir = TempDir::new("diff-columns");
    dir.write("old.md", page("Gone", &[(1, "A")]));
    dir.write("new.md", page("Fresh", &[(1, "A")]));
    let output = run_in(dir.path(), &["diff", "old.md", "new.md"]);
    assert_eq!(
        stdout(&output),
        "Gone (column removed): major\n\
         \x20 removed     1 \"A\"\n\
         Fresh (new column): minor\n\
         \x20 added       1 \"A\"\n\
         semver: major\n"
    );
    let output = run_in(
        dir.path(),
        &["diff", "old.md", "new.md", "--format=markdown"],
    );
    let markdown = stdout(&output);
    assert!(
        markdown.contains("#### Removed\n\n- **Breaking:** column `Gone`\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("#### Added\n\n- column `Fresh`\n- `Fresh` option 1 `A`\n"),
        "{markdown}"
    );
}

#[test]
fn markdown_is_a_changelog_entry() {
    let dir = TempDir::new("diff-markdown");
    dir.write(
        "old.md",
        page("Size", &[(1, "Small"), (2, "Medium"), (3, "Large")]),
    );
    dir.write(
        "new.md",
        // Escaped backticks in the page are literal ones in the label.
        page(
            "Size",
            &[(1, "Small"), (2, "Mid \\`2\\`"), (5, "Large"), (6, "Tiny")],
        ),
    );
    let output = run_in(
        dir.path(),
        &["diff", "old.md", "new.md", "--format", "markdown"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "### `new.md`: Widget table/entity reference\n\
         \n\
         Semver: **major**.\n\
         \n\
         #### Changed\n\
         \n\
         - **Breaking:** `Size` option `Large` renumbered from 3 to 5\n\
         - **Breaking:** `Size` option 2 variant `Medium` renamed to `Mid2`\n\
         - `Size` option 2 relabeled from `Medium` to `` Mid `2` ``\n\
         \n\
         #### Added\n\
         \n\
         - `Size` option 6 `Tiny`\n"
    );
}

/// The issue calls relabels minor; one that renames the variant breaks code that names it.
#[test]
fn a_relabel_is_minor_unless_it_renames_the_variant() {
    let dir = TempDir::new("diff-rename");
    dir.write(
        "old.md",
        page("Kind", &[(1, "Customer Voice alert"), (2, "Insight")]),
    );
    dir.write(
        "case.md",
        page("Kind", &[(1, "Customer Voice Alert"), (2, "Insight")]),
    );
    dir.write(
        "renamed.md",
        page("Kind", &[(1, "Customer Voice alert"), (2, "Sales Insight")]),
    );

    let output = run_in(dir.path(), &["diff", "old.md", "case.md"]);
    assert_eq!(
        stdout(&output),
        "Kind: minor\n\
         \x20 relabeled   1 \"Customer Voice alert\" -> \"Customer Voice Alert\"\n\
         semver: minor\n"
    );
    let output = run_in(
        dir.path(),
        &["diff", "old.md", "case.md", "--fail-on", "major"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let output = run_in(
        dir.path(),
        &["diff", "old.md", "renamed.md", "--fail-on", "major"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout(&output),
        "Kind: major\n\
         \x20 renamed     2 Insight -> SalesInsight (variant)\n\
         \x20 relabeled   2 \"Insight\" -> \"Sales Insight\"\n\
         semver: major\n"
    );
}

/// No option changes, but the plain name `Active` passes from 1 to 2. The JSON keeps the
/// issue's shape: the column is listed with empty lists, and the verdict says major.
#[test]
fn swapped_rows_of_a_repeated_label_are_major_in_every_format() {
    let dir = TempDir::new("diff-swap");
    dir.write("old.md", page("Status", &[(1, "Active"), (2, "Active")]));
    dir.write("new.md", page("Status", &[(2, "Active"), (1, "Active")]));

    let output = run_in(dir.path(), &["diff", "old.md", "new.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Status: major\n\
         \x20 renamed     1 Active -> Active1 (variant)\n\
         \x20 renamed     2 Active2 -> Active (variant)\n\
         semver: major\n"
    );

    let output = run_in(
        dir.path(),
        &["diff", "old.md", "new.md", "--format", "json"],
    );
    let json: Value =
        serde_json::from_str(&stdout(&output)).unwrap_or_else(|e| panic!("not JSON: {e}"));
    assert_eq!(
        json,
        json!({
            "columns": [column_json("Status", &[], &[], &[], &[])],
            "semver": "major",
        })
    );

    let output = run_in(
        dir.path(),
        &["diff", "old.md", "new.md", "--format", "markdown"],
    );
    assert_eq!(
        stdout(&output),
        "### `new.md`: Widget table/entity reference\n\
         \n\
         Semver: **major**.\n\
         \n\
         #### Changed\n\
         \n\
         - **Breaking:** `Status` option 1 variant `Active` renamed to `Active1`\n\
         - **Breaking:** `Status` option 2 variant `Active2` renamed to `Active`\n"
    );
}

#[test]
fn fail_on_exits_2_at_or_above_the_level_and_still_prints() {
    let dir = TempDir::new("diff-fail-on");
    dir.write("base.md", page("Size", &[(1, "Small")]));
    dir.write("minor.md", page("Size", &[(1, "Small"), (2, "Big")]));
    dir.write("major.md", page("Size", &[(2, "Small")]));

    let output = run_in(
        dir.path(),
        &["diff", "base.md", "major.md", "--fail-on", "major"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stdout(&output).ends_with("semver: major\n"),
        "{}",
        stdout(&output)
    );
    assert_eq!(
        stderr(&output),
        "error: major change between base.md and major.md (--fail-on major)\n"
    );

    let output = run_in(
        dir.path(),
        &["diff", "base.md", "minor.md", "--fail-on", "major"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let output = run_in(
        dir.path(),
        &["diff", "base.md", "minor.md", "--fail-on=minor"],
    );
    assert_eq!(output.status.code(), Some(2));

    let output = run_in(
        dir.path(),
        &["diff", "base.md", "base.md", "--fail-on", "minor"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_bad_page_is_a_located_error_with_exit_code_1() {
    let output = diff(&[VENDORED, "tests/fixtures/bad/non-numeric.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(
        message.starts_with("tests/fixtures/bad/non-numeric.md:8: "),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
}

#[test]
fn usage_errors() {
    for (args, expected) in [
        (
            &[VENDORED][..],
            "error: the following required arguments were not provided:\n  <NEW.md>",
        ),
        (
            &[VENDORED, VENDORED, "--format", "yaml"][..],
            "error: invalid value 'yaml' for '--format <FORMAT>'",
        ),
        (
            &[VENDORED, VENDORED, "--fail-on", "none"][..],
            "error: invalid value 'none' for '--fail-on <LEVEL>'",
        ),
        (
            &[VENDORED, VENDORED, "--fail-on"][..],
            "error: a value is required for '--fail-on <LEVEL>' but none was supplied",
        ),
        (
            &[VENDORED, VENDORED, "--color"][..],
            "error: unexpected argument '--color' found",
        ),
    ] {
        let output = diff(args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&output).starts_with(expected),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}
