//! Parsing never panics, whatever the bytes: arbitrary input, and input stitched together from
//! Learn page fragments (which reaches far deeper into the parser than random bytes do).
//!
//! CI runs the default 256 cases per property; for a longer run, set `PROPTEST_CASES`, e.g.
//! `PROPTEST_CASES=200000 cargo test --release -p connection-schema --test robustness`.

use connection_schema::codegen::{merge, parse_page, render_tables};
use proptest::prelude::*;

/// Pieces of real page structure, valid and broken, for the fragment strategy.
const FRAGMENTS: &[&str] = &[
    "# Connection table/entity reference\n",
    "\n",
    "\r\n",
    "\u{feff}",
    "### <a name=\"BKMK_StateCode\"></a> StateCode\n",
    "### <a name=\"BKMK_x\"></a> statuscode\n",
    "#### StateCode Choices/Options\n",
    "#### statuscode Options\n",
    "#### Record1ObjectTypeCode Choices/Options\n",
    "#### Choices/Options\n",
    "|Property|Value|\n|---|---|\n",
    "|Type|State|\n",
    "|Type|Status|\n",
    "|Type|Boolean|\n|True Label|Yes|\n|False Label|No|\n",
    "|Type|MultiSelectPicklist|\n",
    "|LogicalName|`connection`|\n",
    "|Value|Label|\n|---|---|\n",
    "|Value|Details|\n|---|---|\n",
    "|Label|Value|\n|:---|:---:|\n",
    "|Value|Label|DefaultStatus|InvariantName|\n|-|-|-|-|\n",
    "|Value|Label|State|\n|-|-|-|\n",
    "|1|**Account**|\n",
    "|1|**Account**|\n|1|**Again**|\n",
    "|2|Contact|Description|\n",
    "|-2147483648|**Min**|\n",
    "|2147483648|**Too big**|\n",
    "|0|Label: **Active**<br />DefaultStatus: 1<br />InvariantName: `Active`|\n",
    "|1|Label: **Active**<br />State:0<br />TransitionData: None|\n",
    "|1|Label: **A**<br />State:x|\n",
    "|3|**Unclosed\n",
    "|4|\n",
    "|5||\n",
    "|6|x|y|z|\n",
    "| 7 | **Pipe \\| bar** |\n",
    "|8|**&amp; &#x1F600; &bogus;**|\n",
    "Changes from [X (Microsoft Dataverse)](/power-apps/x/entities/connection#BKMK_X)\n",
    "```\n|1|in code|\n```\n",
    "> |1|quoted|\n",
    "- |1|listed|\n",
    "---\ntitle: x\n---\n",
    "<table><tr><td>1</td></tr></table>\n",
    "ü日😀\u{0301}\u{200b}",
];

fn fragment_page() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(FRAGMENTS).prop_map(|f| f.as_bytes().to_vec()),
            1 => prop::collection::vec(any::<u8>(), 0..8),
        ],
        0..40,
    )
    .prop_map(|pieces| pieces.concat())
}

/// An error must point into the page: its line is within the page's lines.
fn check_error_location(bytes: &[u8], error: &connection_schema::codegen::Error) {
    assert_eq!(error.path(), "fuzz.md");
    if let Some(line) = error.line() {
        // Lines end at `\n`, `\r\n` or a lone `\r`.
        let ends = bytes
            .iter()
            .enumerate()
            .filter(|(at, b)| **b == b'\n' || (**b == b'\r' && bytes.get(at + 1) != Some(&b'\n')))
            .count();
        let lines = ends + 1;
        assert!(
            line >= 1 && line <= lines,
            "line {line} of {lines}: {error}"
        );
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Err(error) = parse_page("fuzz.md", &bytes) {
            check_error_location(&bytes, &error);
        }
    }

    #[test]
    fn learn_shaped_pages_never_panic_and_render_valid_rust(bytes in fragment_page()) {
        match parse_page("fuzz.md", &bytes) {
            Ok(page) => {
                // Whatever parsed must also merge and render, or give a located error; what
                // renders must be Rust.
                match merge(vec![page.clone(), page]) {
                    Ok(tables) => match render_tables(&tables, None) {
                        Ok(code) => {
                            if let Err(error) = syn::parse_file(&code) {
                                panic!("generated code does not parse: {error}\n{code}");
                            }
                        }
                        Err(error) => check_error_location(&bytes, &error),
                    },
                    Err(error) => check_error_location(&bytes, &error),
                }
            }
            Err(error) => check_error_location(&bytes, &error),
        }
    }
}
