//! The parser on small pages written in the Learn formats.

use connection_schema::codegen::model::{ChoiceOption, Page};
use connection_schema::codegen::{parse_page, read_page};

fn fixture(name: &str) -> Page {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    match read_page(path.as_ref()) {
        Ok(page) => page,
        Err(error) => panic!("{error}"),
    }
}

/// (value, label, line) of every option of column `index`.
fn options(page: &Page, index: usize) -> Vec<(i32, &str, usize)> {
    page.columns[index]
        .options
        .iter()
        .map(|o| (o.value, o.label.as_str(), o.line))
        .collect()
}

#[test]
fn reads_title_columns_and_rows_in_document_order() {
    let page = fixture("widget.md");
    assert_eq!(
        page.title,
        "Widget table/entity reference (Contoso Fixtures)"
    );
    let names: Vec<&str> = page.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Color", "widget_size"]);
    assert_eq!(page.columns[0].line, 12);
    assert_eq!(
        options(&page, 0),
        [
            (3, "Blue & Green", 16),
            (1, "Red", 17),
            (-1, "Unknown / Not set", 18),
            (2, "Crème brûlée", 19),
            (100_000_000, "Pipe | Bar", 20),
            (4, "Old color (Deprecated)", 21),
        ]
    );
}

#[test]
fn finds_value_and_label_by_header_text_not_position() {
    let page = fixture("widget.md");
    assert_eq!(options(&page, 1), [(10, "Small", 29), (30, "Large", 30)]);
}

#[test]
fn reads_legacy_plain_labels_and_descriptions() {
    let page = fixture("legacy.md");
    assert_eq!(page.title, "Gadget Entity Reference");
    let priority = &page.columns[0];
    assert_eq!(
        priority.options,
        [
            ChoiceOption::new(0, "Low", priority.file.as_str(), 7).with_description("Can wait."),
            ChoiceOption::new(1, "High", priority.file.as_str(), 8),
        ]
    );
}

#[test]
fn reads_crlf_bom_padded_cells_aligned_separators_and_trailing_text() {
    let page = fixture("crlf-bom.md");
    assert_eq!(page.title, "Gizmo table/entity reference");
    assert_eq!(options(&page, 0), [(2, "Two", 7), (1, "One", 8)]);
}

#[test]
fn ignores_tables_that_are_not_choice_tables() {
    let page = parse_page(
        "p.md",
        b"# T\n\n|Property|Value|\n|---|---|\n|Type|Picklist|\n\n#### A Choices/Options\n\n|Value|Label|\n|---|---|\n|1|**One**|\n",
    )
    .map_err(|e| e.to_string());
    let page = page.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(page.columns.len(), 1);
    assert_eq!(options(&page, 0), [(1, "One", 11)]);
}

#[test]
fn a_label_can_hold_inline_code_and_line_breaks() {
    let page = parse_page(
        "p.md",
        b"# T\n#### A Choices/Options\n|Value|Label|\n|---|---|\n|7|**Tier `2`<br />support**|\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(options(&page, 0), [(7, "Tier 2 support", 5)]);
}

#[test]
fn the_seed_page_has_two_columns_of_fourteen() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/connection.md");
    let page = read_page(path.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        page.title,
        "Connection table/entity reference (Microsoft Dynamics 365 Sales)"
    );
    let names: Vec<&str> = page.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Record1ObjectTypeCode", "Record2ObjectTypeCode"]);
    assert!(page.columns.iter().all(|c| c.options.len() == 14));
    assert_eq!(page.columns[0].options[0].line, 35);
    assert_eq!(page.columns[1].options[13].line, 71);
}

#[test]
fn labels_keep_inner_spacing_and_lose_only_the_cell_edges() {
    let page = parse_page(
        "p.md",
        b"# T\n#### A Choices/Options\n|Value|Label|\n|---|---|\n|1|  **Virtual Entity  Metadata**  |\n|2|**Tab\there**|\n|3|**No&nbsp;break**|\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        options(&page, 0),
        [
            (1, "Virtual Entity  Metadata", 5),
            (2, "Tab\there", 6),
            (3, "No\u{a0}break", 7)
        ]
    );
    let legacy = parse_page(
        "p.md",
        b"# T\n#### a Options\n|Value|Label|Description|\n|-|-|-|\n|1|Virtual Entity  Metadata| Two  spaces |\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(options(&legacy, 0), [(1, "Virtual Entity  Metadata", 5)]);
    // Descriptions only reach rustdoc, where spacing is layout.
    assert_eq!(
        legacy.columns[0].options[0].description.as_deref(),
        Some("Two spaces")
    );
    let details = parse_page(
        "p.md",
        b"# T\n#### statecode Choices/Options\n|Value|Details|\n|---|---|\n|0|Label: **Open  Now**<br />DefaultStatus: 1<br />InvariantName: `Open`|\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(options(&details, 0), [(0, "Open  Now", 5)]);
}

#[test]
fn boolean_labels_keep_inner_spacing_too() {
    let page = parse_page(
        "p.md",
        b"# T\n### <a name=\"b\"></a> IsDone\n\n|Property|Value|\n|---|---|\n|LogicalName|`isdone`|\n|Type|Boolean|\n|True Label|Yes,  done|\n|False Label| Not  yet |\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let labels = page.columns[0]
        .boolean
        .as_ref()
        .unwrap_or_else(|| panic!("no Boolean labels"));
    assert_eq!(
        (labels.true_label.as_str(), labels.false_label.as_str()),
        ("Yes,  done", "Not  yet")
    );
}
