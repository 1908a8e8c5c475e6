//! Every kind of bad page gives exactly one `path:line: message` error, never a panic.

use connection_schema::codegen::parse_page;

fn error_for(name: &str) -> String {
    let path = format!("tests/fixtures/bad/{name}");
    let bytes = std::fs::read(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    match parse_page(&path, &bytes) {
        Ok(page) => panic!("{path} parsed, but it should not: {page:?}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn non_numeric_value() {
    assert_eq!(
        error_for("non-numeric.md"),
        r#"tests/fixtures/bad/non-numeric.md:8: choice value "10627a" is not a 32-bit integer"#
    );
}

#[test]
fn value_beyond_i32() {
    assert_eq!(
        error_for("overflow.md"),
        r#"tests/fixtures/bad/overflow.md:7: choice value "3000000000" is out of the 32-bit integer range"#
    );
}

#[test]
fn duplicate_value() {
    assert_eq!(
        error_for("duplicate-value.md"),
        "tests/fixtures/bad/duplicate-value.md:9: choice value 1 appears twice in Color (first at line 7)"
    );
}

#[test]
fn empty_label() {
    assert_eq!(
        error_for("empty-label.md"),
        "tests/fixtures/bad/empty-label.md:8: choice value 2 has an empty label"
    );
}

#[test]
fn heading_with_no_table() {
    assert_eq!(
        error_for("no-table.md"),
        "tests/fixtures/bad/no-table.md:3: heading `Color Choices/Options` is not followed by a table"
    );
}

#[test]
fn heading_with_no_table_at_end_of_page() {
    let error = parse_page("end.md", b"# T\n\n#### Color Choices/Options\n").map(|_| ());
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("end.md:3: heading `Color Choices/Options` is not followed by a table".into())
    );
}

#[test]
fn truncated_row() {
    assert_eq!(
        error_for("truncated-row.md"),
        "tests/fixtures/bad/truncated-row.md:8: row has 1 of the header's 2 cells: is it truncated?"
    );
}

#[test]
fn row_cut_inside_a_bold_label() {
    assert_eq!(
        error_for("unclosed-bold.md"),
        r#"tests/fixtures/bad/unclosed-bold.md:8: label "**Gre" of choice value 2 opens `**` without closing it: is the row truncated?"#
    );
}

#[test]
fn row_with_a_cell_past_the_header() {
    assert_eq!(
        error_for("extra-cell.md"),
        "tests/fixtures/bad/extra-cell.md:7: row has more cells than the header's 2"
    );
}

#[test]
fn table_without_a_label_column() {
    assert_eq!(
        error_for("no-label-column.md"),
        "tests/fixtures/bad/no-label-column.md:5: choice table has no `Label` column (header: |Value|Name|)"
    );
}

#[test]
fn invalid_utf8() {
    assert_eq!(
        error_for("invalid-utf8.md"),
        "tests/fixtures/bad/invalid-utf8.md:7: invalid UTF-8 at byte 70: Learn pages are UTF-8"
    );
}

#[test]
fn column_repeated_on_one_page() {
    let page = b"# T\n#### A Choices/Options\n|Value|Label|\n|-|-|\n|1|**x**|\n\n#### A Choices/Options\n|Value|Label|\n|-|-|\n|2|**y**|\n";
    let error = parse_page("twice.md", page).map(|_| ());
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("twice.md:7: choice column A appears twice (first at line 2)".into())
    );
}

#[test]
fn empty_choice_table() {
    let error = parse_page(
        "empty.md",
        b"# T\n#### A Choices/Options\n|Value|Label|\n|-|-|\n",
    )
    .map(|_| ());
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("empty.md:2: choice column A has a table with no options".into())
    );
}

#[test]
fn page_without_title() {
    let error = parse_page(
        "untitled.md",
        b"#### A Choices/Options\n|Value|Label|\n|-|-|\n|1|x|\n",
    )
    .map(|_| ());
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("untitled.md: page has no `# title` heading".into())
    );
}

#[test]
fn a_file_that_cannot_be_read() {
    let error = connection_schema::codegen::read_page("tests/fixtures/missing.md".as_ref());
    let message = error.map(|_| ()).map_err(|e| e.to_string()).unwrap_err();
    assert!(
        message.starts_with("tests/fixtures/missing.md: cannot read: "),
        "{message}"
    );
}

fn inline_error(page: &[u8]) -> Result<(), String> {
    parse_page("p.md", page)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[test]
fn a_choice_table_without_its_heading_is_not_dropped() {
    // A note splits the table: its second half must not vanish.
    let page = b"# T\n#### A Choices/Options\n|Value|Label|\n|-|-|\n|1|**x**|\n\nNote.\n\n|Value|Label|\n|-|-|\n|2|**y**|\n";
    assert_eq!(
        inline_error(page),
        Err("p.md:9: choice table without a `#### <Column> Choices/Options` heading right before it".into())
    );
}

#[test]
fn choices_headings_match_in_any_case() {
    let page = parse_page(
        "p.md",
        b"# T\n#### B choices/options\n|Value|Label|\n|-|-|\n|1|**x**|\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(page.columns[0].name, "B");
}

#[test]
fn one_column_in_two_cases_on_one_page() {
    let page = b"# T\n#### StateCode Options\n|Value|Label|\n|-|-|\n|1|x|\n\n#### statecode Options\n|Value|Label|\n|-|-|\n|2|y|\n";
    assert_eq!(
        inline_error(page),
        Err("p.md:7: choice column statecode appears twice (first at line 2)".into())
    );
}

#[test]
fn lone_carriage_returns_end_lines() {
    let page = b"# T\r\r#### A Choices/Options\r\r|Value|Label|\r|-|-|\r|x|**y**|\r";
    assert_eq!(
        inline_error(page),
        Err("p.md:7: choice value \"x\" is not a 32-bit integer".into())
    );
}

#[test]
fn a_boolean_with_a_third_value() {
    let page = b"# T\n### <a name=\"b\"></a> IsX\n|Property|Value|\n|-|-|\n|Type|Boolean|\n\n#### IsX Choices/Options\n|Value|Label|\n|-|-|\n|1|Yes|\n|0|No|\n|2|Maybe|\n";
    assert_eq!(
        inline_error(page),
        Err("p.md:12: Boolean column IsX has option 2, but only 0 and 1 exist".into())
    );
}

#[test]
fn details_that_repeat_a_key_or_cut_a_label() {
    let repeated = b"# T\n#### S Choices/Options\n|Value|Details|\n|-|-|\n|1|Label: **A**<br />Label: **B**|\n";
    assert_eq!(
        inline_error(repeated),
        Err("p.md:5: details of choice value 1 give `Label:` twice".into())
    );
    let cut = b"# T\n#### S Choices/Options\n|Value|Details|\n|-|-|\n|1|Label: **Act|\n";
    assert_eq!(
        inline_error(cut),
        Err("p.md:5: label \"**Act\" of choice value 1 opens `**` without closing it: is the row truncated?".into())
    );
}
