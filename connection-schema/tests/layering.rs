//! A Dataverse base page and app pages merge into one table's full option sets.

use connection_schema::codegen::model::{Column, Table};
use connection_schema::codegen::Builder;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const SALES_PAGE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/connection.md");

fn base_page() -> String {
    format!("{FIXTURES}/layering/connection-dataverse.md")
}

fn builder(pages: &[&str]) -> Builder {
    pages.iter().fold(Builder::new(), |b, page| b.page(page))
}

fn tables(pages: &[&str]) -> Result<Vec<Table>, String> {
    builder(pages).tables().map_err(|e| e.to_string())
}

fn column<'a>(table: &'a Table, name: &str) -> &'a Column {
    table
        .columns
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn values_and_labels(column: &Column) -> Vec<(i32, &str)> {
    column
        .options
        .iter()
        .map(|o| (o.value, o.label.as_str()))
        .collect()
}

#[test]
fn base_options_come_first_then_the_app_page_additions() {
    let base = base_page();
    // Given in the "wrong" order: the base page is recognised by content, not file name.
    let tables = tables(&[SALES_PAGE, &base]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(tables.len(), 1);
    let table = &tables[0];
    assert_eq!(table.name, "connection");
    let files: Vec<(&str, bool)> = table
        .pages
        .iter()
        .map(|p| (p.file.as_str(), p.app_page))
        .collect();
    assert_eq!(files, [(base.as_str(), false), (SALES_PAGE, true)]);

    let record1 = column(table, "Record1ObjectTypeCode");
    let merged = values_and_labels(record1);
    assert_eq!(merged.len(), 4 + 14);
    assert_eq!(
        merged[..5],
        [
            (1, "Account"),
            (2, "Contact"),
            (4200, "Activity"),
            (10343, "Website"),
            (10627, "Profile Album")
        ]
    );
    assert_eq!(merged[17], (10942, "Copilot Transcript"));
    // The base page's metadata stays; the option knows which page added it.
    assert_eq!(
        record1.metadata.display_name.as_deref(),
        Some("Type (From)")
    );
    assert_eq!(record1.options[0].file, base);
    assert_eq!(record1.options[4].file, SALES_PAGE);
    // Record2ObjectTypeCode is only on the Sales page here.
    assert_eq!(
        values_and_labels(column(table, "Record2ObjectTypeCode")).len(),
        14
    );
}

#[test]
fn merged_enums_hold_account_and_profile_album_alike() {
    let code = builder(&[&base_page(), SALES_PAGE])
        .generate()
        .unwrap_or_else(|e| panic!("{e}"))
        .source;
    let record1 = code
        .split("pub enum Record1ObjectTypeCode {")
        .nth(1)
        .and_then(|rest| rest.split("\n    }").next())
        .unwrap_or_else(|| panic!("no Record1ObjectTypeCode in {code}"));
    assert!(record1.contains("Account = 1,"), "{record1}");
    assert!(record1.contains("ProfileAlbum = 10627,"), "{record1}");
    assert!(
        code.contains("pub const fn state(self) -> ::core::option::Option<StateCode>"),
        "{code}"
    );
    assert!(
        code.contains("pub const fn default_status(self) -> ::core::option::Option<StatusCode>"),
        "{code}"
    );
    assert!(code.contains("pub enum MsdynChannels {"), "{code}");
    assert!(
        !code.contains("enum IsMaster"),
        "Booleans are not enums: {code}"
    );
}

#[test]
fn conflicts_name_both_places_and_nothing_is_generated() {
    let base = base_page();
    let app = format!("{FIXTURES}/conflicting-app.md");
    let error = tables(&[&base, &app]).map(|_| ()).unwrap_err();
    assert_eq!(
        error,
        format!(
            "{app}:11: Record1ObjectTypeCode value 1 is labeled \"Client\" here but \"Account\" in {base}:67\n\
             {app}:12: Record1ObjectTypeCode label \"Contact\" has value 3 here but 2 in {base}:68"
        )
    );
}

#[test]
fn an_identical_repeated_option_is_kept_once() {
    let app = format!("{FIXTURES}/conflicting-app.md");
    let base = base_page();
    // 4200 Activity is on both pages with the same label; 20000 is new. Without the conflicting
    // rows the merge succeeds.
    let page = std::fs::read_to_string(&app).unwrap_or_else(|e| panic!("{e}"));
    let trimmed: String = page
        .lines()
        .filter(|l| !l.starts_with("|1|") && !l.starts_with("|3|"))
        .map(|l| format!("{l}\n"))
        .collect();
    let dir = std::env::temp_dir().join(format!("layering-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let trimmed_path = dir.join("app.md");
    std::fs::write(&trimmed_path, trimmed).unwrap_or_else(|e| panic!("{e}"));
    let result = tables(&[&base, &trimmed_path.display().to_string()]);
    let _ = std::fs::remove_dir_all(&dir);
    let tables = result.unwrap_or_else(|e| panic!("{e}"));
    let merged = values_and_labels(column(&tables[0], "Record1ObjectTypeCode"));
    assert_eq!(
        merged,
        [
            (1, "Account"),
            (2, "Contact"),
            (4200, "Activity"),
            (10343, "Website"),
            (20000, "Contoso Thing")
        ]
    );
}

#[test]
fn a_status_naming_a_missing_state_warns_and_still_generates() {
    let dir = std::env::temp_dir().join(format!("layering-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let page = dir.join("thing.md");
    std::fs::write(
        &page,
        "# Thing table/entity reference\n\n#### statecode Options\n\n|Value|Label|DefaultStatus|InvariantName|\n|-|-|-|-|\n|0|Active|1|Active|\n\n#### statuscode Options\n\n|Value|Label|State|\n|-|-|-|\n|1|Active|0|\n|2|Gone|5|\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let path = page.display().to_string();
    let result = tables(&[&path]);
    let generated = builder(&[&path]).generate();
    let _ = std::fs::remove_dir_all(&dir);
    let tables = result.unwrap_or_else(|e| panic!("{e}"));
    let warnings: Vec<String> = tables[0].warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [format!(
            "{path}:14: statuscode value 2 names state 5, which statecode does not list; its state() is None"
        )]
    );
    // Both options are still generated; only the link that does not resolve is `None`.
    assert_eq!(
        values_and_labels(column(&tables[0], "statuscode")),
        [(1, "Active"), (2, "Gone")]
    );
    let code = generated.unwrap_or_else(|e| panic!("{e}")).source;
    assert!(
        code.contains("Self::Active => ::core::option::Option::Some(StateCode::Active),"),
        "{code}"
    );
    assert!(
        code.contains("_ => ::core::option::Option::None,"),
        "{code}"
    );
}

#[test]
fn the_same_option_with_another_state_is_a_conflict() {
    let dir = std::env::temp_dir().join(format!("layering-states-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let base = dir.join("a.md");
    let app = dir.join("b.md");
    std::fs::write(&base, "# Thing table/entity reference\n\n#### statuscode Options\n\n|Value|Label|State|\n|-|-|-|\n|1|Active|0|\n").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&app, "# Thing table/entity reference (App)\n\n### <a name=\"s\"></a> statuscode\n\nChanges from [statuscode (Microsoft Dataverse)](/x/entities/thing#s)\n\n#### statuscode Options\n\n|Value|Label|State|\n|-|-|-|\n|1|Active|1|\n").unwrap_or_else(|e| panic!("{e}"));
    let (base, app) = (base.display().to_string(), app.display().to_string());
    let result = tables(&[&base, &app]).map(|_| ());
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        result,
        Err(format!(
            "{app}:11: statuscode value 1 (\"Active\") gives another state here than in {base}:7"
        ))
    );
}
