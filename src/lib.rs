//! Rust enums for the choice columns of Dataverse / Dynamics 365 tables, generated at build time
//! from the Microsoft Learn table reference pages in this crate's `docs/` folder.
//!
//! Each enum is `#[repr(i32)]`, `#[non_exhaustive]` and derives
//! [`Choice`], which gives it `TryFrom<i32>`, `From<Enum> for i32`,
//! `Display` (the label), `FromStr` (from the label, exact first, then in any ASCII case), and
//! the inherent `ALL`, `COUNT`, `value()`, `label()`, `from_value()` and `from_label()`:
//!
//! ```
//! use dataverse_choices::Record1ObjectTypeCode;
//!
//! let code = Record1ObjectTypeCode::try_from(10627).unwrap();
//! assert_eq!(code, Record1ObjectTypeCode::ProfileAlbum);
//! assert_eq!(code.to_string(), "Profile Album");
//! assert_eq!("Profile Album".parse::<Record1ObjectTypeCode>(), Ok(code));
//! assert_eq!(i32::from(code), 10627);
//! assert_eq!(
//!     Record1ObjectTypeCode::try_from(1).unwrap_err().to_string(),
//!     "1 is not a Record1ObjectTypeCode value",
//! );
//! ```
//!
//! Payloads can hold options the pages do not list (new options, object type codes of custom
//! tables): [`Open`] keeps them. Multi-select columns read into `MultiSelect` (feature
//! `alloc`, on with `std`).
//!
//! ```
//! use dataverse_choices::{Open, Record1ObjectTypeCode};
//!
//! let account = Open::<Record1ObjectTypeCode>::from(1); // Account: not on this Sales page
//! assert!(!account.is_known());
//! assert_eq!(i32::from(account), 1);
//! assert_eq!(Open::<Record1ObjectTypeCode>::from(10627).to_string(), "Profile Album");
//! ```
//!
//! | feature | what it adds |
//! |---|---|
//! | `std` (default) | `alloc` |
//! | `alloc` | `MultiSelect`; [`UnknownLabel`] keeps the rejected text |
//! | `serde` | `Serialize`/`Deserialize` for every enum (as its integer), [`Open`] and `MultiSelect` |
//!
//! The crate is `#![no_std]` and its only dependency is the small runtime part of
//! `connection-schema` (plus `serde` with the `serde` feature); the markdown parser runs in the
//! build script and never reaches your binary.
#![no_std]
#![warn(missing_docs)]

pub use connection_schema::{Choice, Open, UnknownLabel, UnknownValue};
#[cfg(feature = "alloc")]
pub use connection_schema::{MultiSelect, MultiSelectErrorKind, ParseMultiSelectError};

include!(concat!(env!("OUT_DIR"), "/choices.rs"));

/// The Connection table's enums, at the crate root as well as in [`connection`].
pub use connection::*;

/// The README's Rust examples, compiled and run as doctests so that they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
