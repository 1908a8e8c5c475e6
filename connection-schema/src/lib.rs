//! Runtime support for Dataverse / Dynamics 365 choice enums, and (feature `codegen`) the
//! generator that writes those enums from Microsoft Learn table reference pages.
//!
//! Without default features this crate is `#![no_std]` and has no dependencies: it holds the
//! [`Choice`] trait and the two conversion errors, [`UnknownValue`] and [`UnknownLabel`], that
//! every generated enum uses, and [`Open`], which keeps values an enum does not list. With
//! `alloc`, `MultiSelect` holds the value of a multi-select column.
//!
//! | feature | what it adds |
//! |---|---|
//! | `std` (default) | `alloc`; kept for forward compatibility of std-only additions |
//! | `alloc` | [`UnknownLabel`] keeps the rejected label text; `MultiSelect` |
//! | `derive` | `#[derive(Choice)]`, re-exported as [`Choice`](derive@Choice) |
//! | `serde` | `Serialize`/`Deserialize` (no std needed) for [`Open`], `MultiSelect` and every derived enum |
//! | `codegen` | the generator: `parse` → `model` → `emit`, and the [`codegen::Builder`] for build scripts |
//! | `json` | `serde::Serialize` on the model and the diff |
//!
//! The `connection-schema` command line is the separate `connection-schema-cli` package.
#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod choice;
mod derived;
mod error;
mod label_table;
#[cfg(feature = "alloc")]
pub mod multi_select;
mod open;
#[cfg(feature = "serde")]
mod serde_impls;

pub use choice::Choice;
pub use error::{UnknownLabel, UnknownValue};
#[cfg(feature = "alloc")]
pub use multi_select::{MultiSelect, MultiSelectErrorKind, ParseMultiSelectError};
pub use open::Open;

/// `#[derive(Choice)]`: see the `connection-schema-derive` crate for the attributes it reads.
#[cfg(feature = "derive")]
pub use connection_schema_derive::Choice;

#[cfg(feature = "codegen")]
pub mod codegen;
