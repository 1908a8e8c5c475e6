//! The generator: Learn page markdown → [`model`] → Rust source.
//!
//! `parse` reads pages, `model` holds what they say, `emit` writes the enums, and [`Builder`]
//! ties them together for build scripts (ours and yours).

mod builder;
mod emit;
mod error;
mod lines;
pub mod model;
mod naming;
mod parse;

pub use builder::read_page;
pub use builder::Builder;
pub use emit::{emit_page, render_pages};
pub use error::Error;
pub use parse::parse_page;
