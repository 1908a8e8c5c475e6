//! Deterministic synthetic inputs: option lists, a Learn page holding one of them, and a corpus
//! of realistic table pages for the extraction benchmark.
//!
//! Shared with `build.rs` (through `#[path]`), so it uses only `std`. Everything is derived from
//! a seed with SplitMix64, so every run and every machine benchmarks the same bytes.

use std::collections::BTreeSet;
use std::fmt::Write;

/// The seed of everything the benchmarks generate.
pub const SEED: u64 = 0x0D47_A5EE_D000_0006;

/// The size of the synthetic page's choice column.
pub const SYNTHETIC_OPTIONS: usize = 5_000;

/// Dataverse numbers the options a solution adds from its publisher's prefix, 100,000,000 and up.
pub const FIRST_SOLUTION_VALUE: i32 = 100_000_000;

/// SplitMix64: tiny, fast and good enough to shuffle benchmark inputs; no dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound > 0`); the modulo bias is irrelevant here.
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound.max(1) as u64) as usize
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Words of the kind solution option labels are made of, of varied lengths, so that labels of
/// one length are a small share of all (a `match` on strings tests the length first).
const WORDS: [&str; 64] = [
    "account",
    "active",
    "agreement",
    "approval",
    "asset",
    "booking",
    "campaign",
    "case",
    "channel",
    "closed",
    "contract",
    "customer",
    "draft",
    "email",
    "escalated",
    "field",
    "forecast",
    "fulfilled",
    "high",
    "inbound",
    "invoice",
    "lead",
    "low",
    "marketing",
    "medium",
    "new",
    "on hold",
    "opportunity",
    "order",
    "outbound",
    "partner",
    "pending",
    "phone",
    "portal",
    "priority",
    "product",
    "project",
    "qualified",
    "quote",
    "received",
    "region",
    "rejected",
    "renewal",
    "resolved",
    "review",
    "sales",
    "scheduled",
    "service",
    "shipment",
    "site",
    "social",
    "survey",
    "task",
    "team",
    "territory",
    "ticket",
    "trial",
    "upgrade",
    "vendor",
    "visit",
    "warranty",
    "web",
    "work order",
    "EMEA",
];

/// `count` options: values from [`FIRST_SOLUTION_VALUE`] up with gaps of 1 to 1,000 (sparse, as
/// in an environment where solutions came and went), and distinct labels of two to four words,
/// distinct ignoring ASCII case too, so that every label parses back to its own option.
pub fn options(count: usize, seed: u64) -> Vec<(i32, String)> {
    let mut rng = Rng::new(seed);
    let mut seen = BTreeSet::new();
    let mut options = Vec::with_capacity(count);
    let mut value = FIRST_SOLUTION_VALUE;
    while options.len() < count {
        let words = 2 + rng.below(3);
        let mut label = String::new();
        for i in 0..words {
            let word = WORDS[rng.below(WORDS.len())];
            if i == 0 {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    label.extend(first.to_uppercase());
                    label.push_str(chars.as_str());
                }
            } else {
                label.push(' ');
                label.push_str(word);
            }
        }
        if !seen.insert(label.to_ascii_lowercase()) {
            continue;
        }
        options.push((value, label));
        value += 1 + rng.below(1_000) as i32;
    }
    options
}

/// A current-format Learn page of table `table` with one choice column `column`.
pub fn choice_page(table: &str, column: &str, options: &[(i32, String)]) -> String {
    let mut page = String::with_capacity(64 + options.len() * 40);
    page_head(&mut page, table);
    picklist_section(&mut page, table, column, options);
    page
}

/// About `bytes` bytes of pages shaped like real Learn table pages: front matter, prose,
/// property tables of plain columns, picklists in the current and the legacy format, and
/// state/status pairs with details cells. Returns (file name, text) pairs.
pub fn corpus(bytes: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let mut pages = Vec::new();
    let mut total = 0;
    while total < bytes {
        let table = format!("synthetic_table_{}", pages.len());
        let page = table_page(&mut rng, &table);
        total += page.len();
        pages.push((format!("{table}.md"), page));
    }
    pages
}

/// `count` small table pages shaped like Dataverse's own tables, for the build-cost benchmark at
/// the scale of the whole table reference (about 700 tables): each has a state column (2
/// options), a status column (2 or 3) and 4 picklists of 6 options, so 6 enums and about 28
/// options per page. Returns (file name, text) pairs, in name order.
pub fn dataverse_pages(count: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|index| {
            let table = format!("scale_table_{index:04}");
            let mut page = String::with_capacity(4_000);
            page_head(&mut page, &table);
            state_status_pair(&mut page, "StateCode", "StatusCode", 2 + rng.below(2));
            for column in 0..4 {
                let options = options(6, rng.next_u64());
                picklist_section(&mut page, &table, &format!("new_choice{column}"), &options);
            }
            (format!("{table}.md"), page)
        })
        .collect()
}

/// One page of about 100 KB, the size of a large real table page.
fn table_page(rng: &mut Rng, table: &str) -> String {
    let mut page = String::with_capacity(110_000);
    page_head(&mut page, table);
    let mut column = 0;
    while page.len() < 100_000 {
        let name = format!("new_column{column}");
        match rng.below(8) {
            0..=3 => plain_section(&mut page, &name),
            4 | 5 => {
                let options = options(3 + rng.below(40), rng.next_u64());
                picklist_section(&mut page, table, &name, &options);
            }
            6 => legacy_section(rng, &mut page, &name),
            _ => state_status_sections(rng, &mut page, &name),
        }
        column += 1;
    }
    page
}

fn page_head(page: &mut String, table: &str) {
    let _ = write!(
        page,
        "---\ntitle: \"{table} table/entity reference (Microsoft Dataverse)\"\n\
         description: \"Includes schema information and supported messages for the {table} table.\"\n\
         ms.topic: generated-reference\nsearch.audienceType: \n  - developer\n---\n\n\
         # {table} table/entity reference (Microsoft Dataverse)\n\n\
         A synthetic table for the benchmarks, shaped like the published pages.\n\n\
         ## Properties\n\n|Property|Value|\n|---|---|\n|LogicalName|`{table}`|\n\
         |DisplayName|**Synthetic**|\n|PrimaryIdAttribute|`{table}id`|\n\n\
         ## Columns/attributes\n\nThese columns/attributes return true for either \
         **IsValidForCreate** or **IsValidForUpdate** (usually both). Listed by **SchemaName**.\n\n"
    );
}

fn property_table(page: &mut String, name: &str, kind: &str, extra: &str) {
    let _ = write!(
        page,
        "### <a name=\"BKMK_{name}\"></a> {name}\n\n|Property|Value|\n|---|---|\n\
         |Description|**The {name} of the record, as shown on forms and views.**|\n\
         |DisplayName|**{name}**|\n|IsValidForForm|True|\n|IsValidForRead|True|\n\
         |LogicalName|`{lower}`|\n|RequiredLevel|None|\n|Type|{kind}|\n{extra}\n",
        lower = name.to_ascii_lowercase()
    );
}

fn plain_section(page: &mut String, name: &str) {
    property_table(
        page,
        name,
        "String",
        "|Format|Text|\n|FormatName|Text|\n|IsLocalizable|False|\n|MaxLength|100|\n",
    );
}

fn picklist_section(page: &mut String, table: &str, name: &str, options: &[(i32, String)]) {
    let extra = format!(
        "|DefaultFormValue|-1|\n|GlobalChoiceName|`{table}_{}`|\n",
        name.to_ascii_lowercase()
    );
    property_table(page, name, "Picklist", &extra);
    let _ = write!(
        page,
        "#### {name} Choices/Options\n\n|Value|Label|\n|---|---|\n"
    );
    for (value, label) in options {
        let _ = writeln!(page, "|{value}|**{label}**|");
    }
    page.push('\n');
}

fn legacy_section(rng: &mut Rng, page: &mut String, name: &str) {
    property_table(page, name, "Picklist", "");
    let _ = write!(
        page,
        "#### {name} Options\n\n|Value|Label|Description|\n|-----|-----|--------|\n"
    );
    for (value, label) in options(3 + rng.below(20), rng.next_u64()) {
        let _ = writeln!(page, "|{value}|{label}|The record is {label} &amp; ready.|");
    }
    page.push('\n');
}

fn state_status_sections(rng: &mut Rng, page: &mut String, name: &str) {
    let count = 2 + rng.below(8);
    state_status_pair(
        page,
        &format!("{name}State"),
        &format!("{name}Status"),
        count,
    );
}

/// A state column (Active, Inactive) and a status column of `count` reasons.
fn state_status_pair(page: &mut String, state: &str, status: &str, count: usize) {
    property_table(page, state, "State", "");
    let _ = write!(
        page,
        "#### {state} Choices/Options\n\n|Value|Details|\n|---|---|\n"
    );
    page.push_str(
        "|0|Label: **Active**<br />DefaultStatus: 1<br />InvariantName: `Active`|\n\
         |1|Label: **Inactive**<br />DefaultStatus: 2<br />InvariantName: `Inactive`|\n\n",
    );
    property_table(page, status, "Status", "");
    let _ = write!(
        page,
        "#### {status} Choices/Options\n\n|Value|Details|\n|---|---|\n"
    );
    for value in 1..=count {
        let _ = writeln!(
            page,
            "|{value}|Label: **Reason {value}**<br />State:{}<br />TransitionData: None|",
            usize::from(value > 1)
        );
    }
    page.push('\n');
}
