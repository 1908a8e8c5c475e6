//! The generator: Learn page markdown → [`model`] → Rust source.
//!
//! [`parse_page`] reads a page into a [`model::Page`], [`merge`] combines the pages of each table
//! into [`model::Table`]s (a Dataverse base page plus app pages), [`render_tables`] writes the
//! enums, and [`Builder`] ties them together: every generation, in build scripts (ours and
//! yours) and in the `connection-schema` command (package `connection-schema-cli`), goes through
//! it. [`diff`] compares two versions of a page and renders the report as text or markdown.

mod builder;
pub mod check;
pub mod diff;
mod emit;
mod error;
mod lines;
mod merge;
pub mod metadata;
pub mod model;
mod naming;
mod parse;

pub use builder::{pages_in, parse_source, read_page};
pub use builder::{Builder, Generated};
pub use check::check_committed;
pub use diff::{diff_pages, PageDiff, Semver};
pub use emit::{render_tables, render_tables_in};
pub use error::{Error, Warning};
pub use merge::merge;
pub use metadata::parse_metadata;
pub use parse::parse_page;
