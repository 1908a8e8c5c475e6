//! Parses one synthetic Learn page of a given size and prints how long it took and how many
//! options it found; run under `/usr/bin/time -v` to read the peak memory.
//!
//! ```text
//! cargo run --release -p connection-schema --features codegen --example large_page -- 100
//! cargo run --release -p connection-schema --features codegen --example large_page -- 100 pulldown
//! ```
//! The first argument is the page size in MB (default 100). With `pulldown` as the second, only
//! pulldown-cmark's events are iterated (the options `parse_page` uses), as the baseline for time
//! and memory.

use std::fmt::Write;
use std::time::Instant;

use connection_schema::codegen::parse_page;

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(100);
    let page = synthetic_page(megabytes * 1_000_000);
    let started = Instant::now();
    if std::env::args().nth(2).as_deref() == Some("pulldown") {
        let options = pulldown_cmark::Options::ENABLE_TABLES
            | pulldown_cmark::Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
        let events = pulldown_cmark::Parser::new_ext(&page, options)
            .into_offset_iter()
            .count();
        println!(
            "pulldown-cmark alone: {:.1} MB, {events} events in {:.2?}",
            page.len() as f64 / 1e6,
            started.elapsed()
        );
        return;
    }
    match parse_page("large.md", page.as_bytes()) {
        Ok(parsed) => {
            let options: usize = parsed.columns.iter().map(|c| c.options.len()).sum();
            println!(
                "parsed {:.1} MB: {} columns, {options} options in {:.2?}",
                page.len() as f64 / 1e6,
                parsed.columns.len(),
                started.elapsed()
            );
        }
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}

/// Column sections of 1,000 options each, in the current format, until `bytes` is reached.
fn synthetic_page(bytes: usize) -> String {
    let mut page = String::with_capacity(bytes + 4096);
    page.push_str("# Synthetic table/entity reference\n\n");
    let mut column = 0;
    while page.len() < bytes {
        let _ = write!(
            page,
            "### <a name=\"BKMK_c{column}\"></a> c{column}\n\n|Property|Value|\n|---|---|\n|Type|Picklist|\n\n#### c{column} Choices/Options\n\n|Value|Label|\n|---|---|\n"
        );
        for option in 0..1000 {
            let _ = writeln!(
                page,
                "|{}|**Option number {option} of column {column}**|",
                100_000_000 + option
            );
        }
        page.push('\n');
        column += 1;
    }
    page
}
