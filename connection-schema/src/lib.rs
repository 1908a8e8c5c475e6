//! Runtime support for Dataverse / Dynamics 365 choice enums, and (feature `codegen`) the
//! generator that writes those enums from Microsoft Learn table reference pages.
//!
//! Without default features this crate is `#![no_std]` and has no dependencies: it holds the
//! [`Choice`] trait and the two conversion errors, [`UnknownValue`] and [`UnknownLabel`], that
//! every generated enum uses.
//!
//! | feature | what it adds |
//! |---|---|
//! | `std` (default) | `alloc`; kept for forward compatibility of std-only additions |
//! | `alloc` | [`UnknownLabel`] keeps the rejected label text |
//! | `derive` | `#[derive(Choice)]`, re-exported as [`Choice`](derive@Choice) |
//! | `codegen` | the generator: `parse` → `model` → `emit`, and the [`codegen::Builder`] for build scripts |
//! | `json` | `serde::Serialize` on the model and JSON output |
//! | `cli` (default) | the `connection-schema` binary |
#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod choice;
mod error;

pub use choice::Choice;
pub use error::{UnknownLabel, UnknownValue};

/// `#[derive(Choice)]`: see the `connection-schema-derive` crate for the attributes it reads.
#[cfg(feature = "derive")]
pub use connection_schema_derive::Choice;

#[cfg(feature = "codegen")]
pub mod codegen;
