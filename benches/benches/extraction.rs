//! The generator's reading of Learn pages against plain pulldown-cmark, over the same 50 MB
//! corpus of synthetic table pages (about 500 pages of 100 KB: front matter, prose, property
//! tables, picklists current and legacy, state/status details), in one group:
//! - `pulldown_cmark`: the baseline, every event with its offset, nothing kept, with the
//!   options `parse_page` uses (tables, YAML metadata blocks);
//! - `ours`: `parse_page` on every page (events → cells → options with lines, all checks),
//!   each page's model dropped once read;
//! - `ours_with_merge`: every page's model kept, then `merge`d into tables, as `Builder` does.

use std::hint::black_box;

use choice_benches::synthetic::{corpus, SEED};
use connection_schema::codegen::{merge, parse_page};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pulldown_cmark::{Options, Parser};

const CORPUS_BYTES: usize = 50_000_000;

fn extraction(c: &mut Criterion) {
    let pages = corpus(CORPUS_BYTES, SEED);
    let bytes: usize = pages.iter().map(|(_, text)| text.len()).sum();
    // Checked once, outside the timing: a page the parser rejected would make `ours` cheaper.
    let options: usize = parse_all(&pages).iter().map(option_count).sum();
    assert!(
        options > 100_000,
        "the corpus holds too few options: {options}"
    );

    let mut group = c.benchmark_group("extraction_50mb");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("pulldown_cmark", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(_, text)| {
                    Parser::new_ext(black_box(text), markdown_options())
                        .into_offset_iter()
                        .count()
                })
                .sum::<usize>()
        })
    });
    // Each page dropped once read, as the baseline keeps nothing either.
    group.bench_function("ours", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(
                    |(file, text)| match parse_page(file, black_box(text).as_bytes()) {
                        Ok(page) => option_count(&page),
                        Err(error) => panic!("the corpus does not parse: {error}"),
                    },
                )
                .sum::<usize>()
        })
    });
    group.bench_function("ours_with_merge", |b| {
        b.iter(|| match merge(parse_all(black_box(&pages))) {
            Ok(tables) => tables.len(),
            Err(error) => panic!("the corpus does not merge: {error}"),
        })
    });
    group.finish();
}

fn parse_all(pages: &[(String, String)]) -> Vec<connection_schema::codegen::model::Page> {
    pages
        .iter()
        .map(|(file, text)| match parse_page(file, text.as_bytes()) {
            Ok(page) => page,
            Err(error) => panic!("the corpus does not parse: {error}"),
        })
        .collect()
}

fn option_count(page: &connection_schema::codegen::model::Page) -> usize {
    page.columns.iter().map(|c| c.options.len()).sum()
}

/// What `parse_page` turns on.
fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

criterion_group!(benches, extraction);
criterion_main!(benches);
