//! The command line on saved Web API metadata exports: `extract` prints one in the page shape,
//! `diff` compares a page with an export, `generate --language` picks the label language.

mod support;

use std::path::Path;

use support::{run_in, stderr, stdout, LIB_DIR};

const FIXTURES: &str = "tests/fixtures/metadata";
const SEED_PAGE: &str = "../docs/connection.md";

#[test]
fn extract_prints_an_export_in_the_page_shape_and_diff_compares_page_and_export() {
    let dir = Path::new(LIB_DIR);
    let export = format!("{FIXTURES}/env-connection-picklist.json");
    let extracted = run_in(dir, &["extract", &export]);
    assert!(extracted.status.success(), "{}", stderr(&extracted));
    let json = stdout(&extracted);
    for key in [
        "\"file\":",
        "\"title\":",
        "\"table\": \"connection\"",
        "\"columns\":",
        "\"localized_labels\":",
    ] {
        assert!(json.contains(key), "no {key} in {json}");
    }
    let diffed = run_in(dir, &["diff", SEED_PAGE, &export, "--format", "json"]);
    assert!(diffed.status.success(), "{}", stderr(&diffed));
    let report = stdout(&diffed);
    assert!(report.contains("\"renumbered\": [\n        {\n          \"label\": \"Profile Album\",\n          \"old\": 10627,\n          \"new\": 10700"), "{report}");
    assert!(
        report.contains("\"label\": \"Contoso Project\""),
        "{report}"
    );
    assert!(report.contains("\"semver\": \"major\""), "{report}");
}

#[test]
fn generate_takes_a_language_and_prints_the_environment_warnings() {
    let export = format!("{FIXTURES}/env-connection-picklist.json");
    let output = run_in(
        Path::new(LIB_DIR),
        &["generate", SEED_PAGE, &export, "--language", "1031"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let source = stdout(&output);
    assert!(source.contains("#[choice(language = 1031)]"), "{source}");
    assert!(source.contains("label = \"Firma\""), "{source}");
    let warnings = stderr(&output);
    assert!(
        warnings.starts_with(&format!(
            "warning: {export}:7: connection.Record1ObjectTypeCode: the environment differs from {SEED_PAGE}: "
        )),
        "{warnings}"
    );
    assert_eq!(warnings.lines().count(), 2, "{warnings}");
}
