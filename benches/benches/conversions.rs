//! Our derived conversions against num_enum + strum on the same enums, side by side: each group
//! holds `ours` and the baseline (`num_enum` or `strum`), each iteration a batch of
//! `inputs::BATCH` conversions. `scripts/bench.sh` turns the groups into ours/baseline ratios.
//!
//! Enums: the seed `Record1ObjectTypeCode` (14 options) and the synthetic `SyntheticChoice`
//! (5,000 options with sparse values from 100,000,000).

use std::fmt::{Display, Write};
use std::hint::black_box;
use std::str::FromStr;

use choice_benches::buffer::Buffer;
use choice_benches::{inputs, synthetic::SEED, Record1ObjectTypeCode, SyntheticChoice};
use connection_schema::Choice;
use criterion::{criterion_group, criterion_main, Criterion};

use choice_benches_twins::{exact, insensitive};

/// What the benchmarks need of a twin; num_enum and strum derive all of it.
trait Twin: Copy + TryFrom<i32> + Into<i32> + Into<&'static str> + FromStr + Display + 'static {}

impl<T> Twin for T where
    T: Copy + TryFrom<i32> + Into<i32> + Into<&'static str> + FromStr + Display + 'static
{
}

fn suite<Ours: Choice + TryFrom<i32> + FromStr, Exact: Twin, Insensitive: Twin>(
    c: &mut Criterion,
    name: &str,
) {
    let known = inputs::known_values::<Ours>(SEED);
    let unknown = inputs::unknown_values::<Ours>(SEED);
    let labels = inputs::labels::<Ours>(SEED);
    let flipped = inputs::flipped_labels::<Ours>(SEED);
    let ours: Vec<Ours> = inputs::options::<Ours>(SEED);
    let twins: Vec<Exact> = ours
        .iter()
        .filter_map(|o| Exact::try_from(o.value()).ok())
        .collect();
    assert_eq!(twins.len(), ours.len(), "the twin lacks options of {name}");

    let mut group = c.benchmark_group(format!("{name}_try_from_known"));
    group.bench_function("ours", |b| b.iter(|| sum_values::<Ours>(black_box(&known))));
    group.bench_function("num_enum", |b| {
        b.iter(|| sum_twin_values::<Exact>(black_box(&known)))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("{name}_try_from_unknown"));
    group.bench_function("ours", |b| {
        b.iter(|| count_rejected::<Ours>(black_box(&unknown)))
    });
    group.bench_function("num_enum", |b| {
        b.iter(|| count_rejected::<Exact>(black_box(&unknown)))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("{name}_from_str"));
    group.bench_function("ours", |b| {
        b.iter(|| count_parsed::<Ours>(black_box(&labels)))
    });
    group.bench_function("strum", |b| {
        b.iter(|| count_parsed::<Exact>(black_box(&labels)))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("{name}_from_str_ignore_case"));
    group.bench_function("ours", |b| {
        b.iter(|| count_parsed::<Ours>(black_box(&flipped)))
    });
    group.bench_function("strum", |b| {
        b.iter(|| count_parsed::<Insensitive>(black_box(&flipped)))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("{name}_label"));
    group.bench_function("ours", |b| {
        b.iter(|| total_len(black_box(&ours).iter().map(|o| o.label())))
    });
    group.bench_function("strum", |b| {
        b.iter(|| total_len(black_box(&twins).iter().map(|&t| Into::<&str>::into(t))))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("{name}_display"));
    let mut buffer = Buffer::new();
    group.bench_function("ours", |b| {
        b.iter(|| display_all(black_box(&ours), &mut buffer))
    });
    group.bench_function("strum", |b| {
        b.iter(|| display_all(black_box(&twins), &mut buffer))
    });
    group.finish();
}

fn sum_values<C: Choice + TryFrom<i32>>(values: &[i32]) -> i64 {
    values
        .iter()
        .filter_map(|&v| C::try_from(v).ok())
        .map(|c| i64::from(c.value()))
        .sum()
}

fn sum_twin_values<T: Twin>(values: &[i32]) -> i64 {
    values
        .iter()
        .filter_map(|&v| T::try_from(v).ok())
        .map(|t| i64::from(Into::<i32>::into(t)))
        .sum()
}

fn count_rejected<T: TryFrom<i32>>(values: &[i32]) -> usize {
    values.iter().filter(|&&v| T::try_from(v).is_err()).count()
}

fn count_parsed<T: FromStr>(labels: &[impl AsRef<str>]) -> usize {
    labels
        .iter()
        .filter(|l| T::from_str(l.as_ref()).is_ok())
        .count()
}

fn total_len<'a>(labels: impl Iterator<Item = &'a str>) -> usize {
    labels.map(str::len).sum()
}

fn display_all<T: Display>(items: &[T], buffer: &mut Buffer) -> usize {
    items
        .iter()
        .map(|item| {
            buffer.clear();
            let _ = write!(buffer, "{item}");
            buffer.as_str().len()
        })
        .sum()
}

fn seed(c: &mut Criterion) {
    suite::<Record1ObjectTypeCode, exact::Record1ObjectTypeCode, insensitive::Record1ObjectTypeCode>(
        c, "seed",
    );
}

fn synthetic(c: &mut Criterion) {
    suite::<SyntheticChoice, exact::SyntheticChoice, insensitive::SyntheticChoice>(c, "synthetic");
}

criterion_group!(benches, seed, synthetic);
criterion_main!(benches);
