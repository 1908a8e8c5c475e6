//! A folder of pages shaped like Microsoft's real ones, Dataverse base pages and their Sales,
//! Customer Service and Field Service versions (`tests/fixtures/real-pages/`, written for these
//! tests), generates although the pages contradict themselves and each other: every problem is
//! one warning naming `path:line`, and the enums hold every option.

use std::path::Path;

use connection_schema::codegen::model::{Column, Table};
use connection_schema::codegen::{pages_in, Builder};

/// Relative, as a build script passes them: cargo runs tests in the package's folder.
const FOLDER: &str = "tests/fixtures/real-pages";

fn builder() -> Builder {
    let pages = pages_in(Path::new(FOLDER)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pages.len(), 20, "{pages:?}");
    pages.into_iter().fold(Builder::new(), Builder::page)
}

fn tables() -> Vec<Table> {
    builder().tables().unwrap_or_else(|e| panic!("{e}"))
}

fn column<'a>(tables: &'a [Table], table: &str, name: &str) -> &'a Column {
    tables
        .iter()
        .find(|t| t.name == table)
        .and_then(|t| t.columns.iter().find(|c| c.name.eq_ignore_ascii_case(name)))
        .unwrap_or_else(|| panic!("no column {table}.{name}"))
}

fn options(tables: &[Table], table: &str, name: &str) -> Vec<(i32, String)> {
    column(tables, table, name)
        .options
        .iter()
        .map(|o| (o.value, o.label.clone()))
        .collect()
}

fn owned(pairs: &[(i32, &str)]) -> Vec<(i32, String)> {
    pairs.iter().map(|&(v, l)| (v, l.to_owned())).collect()
}

#[test]
fn the_folder_generates_with_one_warning_per_problem() {
    let generated = builder().generate().unwrap_or_else(|e| panic!("{e}"));
    let warnings: Vec<String> = generated.warnings.iter().map(|w| w.to_string()).collect();
    let at = |page: &str, line: usize| format!("{FOLDER}/{page}:{line}: ");
    assert_eq!(
        warnings,
        [
            format!(
                "{}ObjectTypeCode value 10061 is labeled \"Omnichannel Queue\" here but \"Virtual Entity  Metadata\" in {FOLDER}/annotation.md:37; values of 10000 and up differ between environments, so this later page wins",
                at("annotation-customerservice.md", 22)
            ),
            format!(
                "{}ObjectTypeCode label \"Knowledge Article Template\" has value 10240 here but 10060 in {FOLDER}/annotation.md:36; values of 10000 and up differ between environments, so this later page wins",
                at("annotation-sales.md", 22)
            ),
            format!(
                "{}CaseOriginCode value 700610000 is labeled \"Internet of Things\" here and \"Internet  of Things\" in {FOLDER}/incident.md:33, which differ only in spacing; the first is kept",
                at("incident-fieldservice.md", 22)
            ),
            format!(
                "{}statuscode value 50 names state 4, which statecode does not list; its state() is None",
                at("incident.md", 75)
            ),
            format!(
                "{}statecode value 0 names default status 1, which statuscode does not list; its default_status() is None",
                at("incident.md", 49)
            ),
            format!(
                "{}statecode value 1 names default status 2, which statuscode does not list; its default_status() is None",
                at("incident.md", 50)
            ),
            format!(
                "{}statecode value 2 names default status 2, which statuscode does not list; its default_status() is None",
                at("incident.md", 51)
            ),
            format!(
                "{}statecode value 3 names default status 1, which statuscode does not list; its default_status() is None",
                at("incident.md", 52)
            ),
        ]
    );
    // Every table and every choice column becomes a module and an enum.
    for table in [
        "account",
        "annotation",
        "contact",
        "incident",
        "lead",
        "opportunity",
    ] {
        assert!(
            generated.source.contains(&format!("pub mod {table} {{")),
            "no module {table}"
        );
    }
    assert_eq!(generated.source.matches("pub enum ").count(), 12);
}

#[test]
fn the_later_page_wins_for_environment_specific_values_at_the_earlier_place() {
    // Base page, then the app pages in file-name order: customer service, field service, sales.
    assert_eq!(
        options(&tables(), "annotation", "ObjectTypeCode"),
        owned(&[
            (1, "Account"),
            (2, "Contact"),
            (4200, "Activity"),
            (10240, "Knowledge Article Template"),
            (10061, "Omnichannel Queue"),
            (10062, "Playbook"),
            (10400, "Work Order"),
            (10300, "Sales Insight"),
        ])
    );
}

#[test]
fn app_pages_add_their_options_after_the_base_page() {
    let tables = tables();
    assert_eq!(
        options(&tables, "account", "AccountCategoryCode"),
        owned(&[
            (1, "Preferred Customer"),
            (2, "Standard"),
            (4, "Support Priority"),
            (5, "Field Service Customer"),
            (3, "Key Account"),
        ])
    );
    assert_eq!(
        options(&tables, "opportunity", "StatusCode"),
        owned(&[
            (1, "In Progress"),
            (2, "On Hold"),
            (3, "Won"),
            (4, "Canceled"),
            (5, "Out-Sold"),
            (100_000_001, "Lost to Competitor"),
        ])
    );
    assert_eq!(
        options(&tables, "lead", "LeadQualityCode"),
        owned(&[(1, "Hot"), (2, "Warm"), (3, "Cold"), (4, "Nurture")])
    );
    assert_eq!(
        options(&tables, "contact", "GenderCode"),
        owned(&[(1, "Male"), (2, "Female"), (3, "Not Specified")])
    );
}

#[test]
fn a_page_that_contradicts_itself_keeps_every_option() {
    let tables = tables();
    assert_eq!(
        options(&tables, "incident", "statecode"),
        owned(&[
            (0, "Active"),
            (1, "Resolved"),
            (2, "Canceled"),
            (3, "Escalated")
        ])
    );
    assert_eq!(options(&tables, "incident", "statuscode").len(), 8);
    let source = builder()
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    let incident = source
        .split("pub mod incident {")
        .nth(1)
        .and_then(|rest| rest.split("\npub mod ").next())
        .unwrap_or_else(|| panic!("no incident module"));
    // No state's default status exists: every arm is the fallback.
    let default_status = incident
        .split("pub const fn default_status(self)")
        .nth(1)
        .and_then(|rest| rest.split("\n        }").next())
        .unwrap_or_else(|| panic!("no default_status in {incident}"));
    assert!(
        default_status.contains("-> ::core::option::Option<StatusCode>"),
        "{default_status}"
    );
    assert!(!default_status.contains("Some("), "{default_status}");
    assert!(
        default_status.contains("_ => ::core::option::Option::None,"),
        "{default_status}"
    );
    // Every status but the one naming a missing state knows its state.
    assert!(
        incident
            .contains("Self::ProblemSolved => ::core::option::Option::Some(StateCode::Resolved),"),
        "{incident}"
    );
    assert!(
        !incident.contains("Self::EscalatedElsewhere =>"),
        "{incident}"
    );
}

#[test]
fn labels_keep_their_inner_spacing_in_both_formats() {
    let tables = tables();
    // Current (seed) format: `|6|**Microsoft  Teams**|`.
    let contact = options(&tables, "contact", "PreferredContactMethodCode");
    assert!(
        contact.contains(&(6, "Microsoft  Teams".to_owned())),
        "{contact:?}"
    );
    // Legacy format, `|700610000|Internet  of Things|…|`; the app page's single space is the
    // same label, and the first page's text is kept.
    let origin = options(&tables, "incident", "CaseOriginCode");
    assert!(
        origin.contains(&(700_610_000, "Internet  of Things".to_owned())),
        "{origin:?}"
    );
    let source = builder()
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    assert!(source.contains(r#"#[choice(label = "Microsoft  Teams")]"#));
    assert!(source.contains(r#"#[choice(label = "Internet  of Things")]"#));
    // The variant name follows the naming rule, spacing aside.
    assert!(source.contains("MicrosoftTeams = 6,"));
    assert!(source.contains("InternetOfThings = 700610000,"));
}

/// Writes `pages` into a fresh folder and merges them; the tables and their warnings, or the
/// error, with the folder left out of the messages.
fn merge_written(name: &str, pages: &[(&str, &str)]) -> Result<(Vec<Table>, Vec<String>), String> {
    let dir = std::env::temp_dir().join(format!("real-pages-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for (file, text) in pages {
        std::fs::write(dir.join(file), text).unwrap_or_else(|e| panic!("{e}"));
    }
    let folder = format!("{}/", dir.display());
    let result = pages_in(&dir)
        .and_then(|pages| {
            pages
                .into_iter()
                .fold(Builder::new(), Builder::page)
                .tables()
        })
        .map(|tables| {
            let warnings = tables
                .iter()
                .flat_map(|t| &t.warnings)
                .map(|w| w.to_string().replace(&folder, ""))
                .collect();
            (tables, warnings)
        })
        .map_err(|e| e.to_string().replace(&folder, ""));
    let _ = std::fs::remove_dir_all(&dir);
    result
}

const BASE: &str = "# Note table/entity reference\n\n#### ObjectTypeCode Choices/Options\n\n|Value|Label|\n|---|---|\n|9999|**Last Fixed**|\n|10060|**Template**|\n";

fn app(rows: &str) -> String {
    format!("# Note table/entity reference (Sales)\n\n### <a name=\"o\"></a> ObjectTypeCode\n\nChanges from [ObjectTypeCode (Microsoft Dataverse)](/x/entities/note#o)\n\n#### ObjectTypeCode Choices/Options\n\n|Value|Label|\n|---|---|\n{rows}")
}

#[test]
fn a_disagreement_below_10000_still_fails_naming_both_places() {
    let error = merge_written(
        "fixed",
        &[("a.md", BASE), ("b.md", &app("|9999|**Renamed**|\n"))],
    )
    .map(|_| ())
    .unwrap_err();
    assert_eq!(
        error,
        "b.md:11: ObjectTypeCode value 9999 is labeled \"Renamed\" here but \"Last Fixed\" in a.md:7"
    );
    // One side below 10000 is enough: Microsoft fixed that number.
    let error = merge_written(
        "mixed",
        &[("a.md", BASE), ("b.md", &app("|10500|**Last Fixed**|\n"))],
    )
    .map(|_| ())
    .unwrap_err();
    assert_eq!(
        error,
        "b.md:11: ObjectTypeCode label \"Last Fixed\" has value 10500 here but 9999 in a.md:7"
    );
}

#[test]
fn a_later_option_replacing_two_earlier_ones_takes_the_first_place() {
    // 10060 moves to "Other" while "Template" moves to 10061: both earlier rows lose.
    let (tables, warnings) = merge_written(
        "two",
        &[
            ("a.md", "# Note table/entity reference\n\n#### ObjectTypeCode Choices/Options\n\n|Value|Label|\n|---|---|\n|10060|**Template**|\n|10061|**Other**|\n"),
            ("b.md", &app("|10061|**Template**|\n")),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        options(&tables, "note", "ObjectTypeCode"),
        owned(&[(10061, "Template")])
    );
    assert_eq!(
        warnings,
        [
            "b.md:11: ObjectTypeCode value 10061 is labeled \"Template\" here but \"Other\" in a.md:8; values of 10000 and up differ between environments, so this later page wins",
            "b.md:11: ObjectTypeCode label \"Template\" has value 10061 here but 10060 in a.md:7; values of 10000 and up differ between environments, so this later page wins",
        ]
    );
}

#[test]
fn only_tables_generates_the_tables_asked_for_and_still_reads_every_page() {
    let all = tables();
    let names: Vec<&str> = all.iter().map(|t| t.name.as_str()).collect();
    let (first, last) = (names[0], names[names.len() - 1]);
    // Asked in another order, and once more: the usual order, each table once.
    let some = builder()
        .only_tables([last, first])
        .only_tables([first])
        .tables()
        .unwrap_or_else(|e| panic!("{e}"));
    let kept: Vec<&str> = some.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(kept, [first, last]);
    assert_eq!(
        some[0], all[0],
        "a selected table is the same as unselected"
    );

    let source = builder()
        .only_tables([first])
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    assert!(source.contains(&format!("pub mod {first} {{")), "{source}");
    assert!(!source.contains(&format!("pub mod {last} {{")), "{source}");
}

#[test]
fn only_tables_names_every_table_no_page_describes() {
    let error = builder()
        .only_tables(["acount", "account", "contcat"])
        .tables()
        .expect_err("two of the tables do not exist");
    let message = error.to_string();
    assert!(message.starts_with("Builder::only_tables: "), "{message}");
    assert!(
        message.contains("no page or export describes `acount`, `contcat`; the sources describe: "),
        "{message}"
    );
    for table in tables() {
        assert!(message.contains(&table.name), "{message}");
    }
}
