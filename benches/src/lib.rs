//! The benchmarks' shared parts: the enums under test and their inputs.
//!
//! - [`generated::synthetic::SyntheticChoice`]: our generator run (in `build.rs`) on a synthetic
//!   Learn page of [`synthetic::SYNTHETIC_OPTIONS`] options with sparse values;
//! - the seed enums, from `dataverse_choices` exactly as downstream crates get them;
//! - the num_enum + strum twins of both are written by `build.rs` too, but only the benchmarks
//!   compile them, since the baselines are dev-dependencies.
//!
//! `benches/conversions.rs` compares conversions, `benches/extraction.rs` the generator's page
//! parsing with plain pulldown-cmark, `tests/no_allocation.rs` counts allocations, and
//! `scripts/bench.sh` runs all of them plus the build-cost measurements.

pub mod buffer;
pub mod inputs;
pub mod synthetic;
pub mod twin;

/// Our generator's output for the synthetic page.
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/ours_synthetic.rs"));
}

pub use dataverse_choices::{Record1ObjectTypeCode, Record2ObjectTypeCode};
pub use generated::synthetic::SyntheticChoice;
