//! `#[derive(Choice)]`: integer-backed enums for Dataverse / Dynamics 365 choice columns.
//!
//! Use it through the `connection-schema` crate with its `derive` feature, which re-exports the
//! derive next to the `Choice` trait it implements, so one `use connection_schema::Choice;`
//! brings both.
//!
//! ```
//! use connection_schema::Choice;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Choice)]
//! #[repr(i32)]
//! #[non_exhaustive]
//! pub enum Record1ObjectTypeCode {
//!     /// Profile Album (`10627`)
//!     #[choice(label = "Profile Album")]
//!     ProfileAlbum = 10627,
//!     #[choice(label = "Customer Voice alert")]
//!     CustomerVoiceAlert = 10632,
//! }
//!
//! use Record1ObjectTypeCode as Code;
//! assert_eq!(Code::ProfileAlbum.value(), 10627);
//! assert_eq!(Code::ProfileAlbum.label(), "Profile Album");
//! assert_eq!(Code::from_value(10632), Some(Code::CustomerVoiceAlert));
//! assert_eq!("Customer Voice alert".parse(), Ok(Code::CustomerVoiceAlert));
//! assert_eq!(Code::ALL, [Code::ProfileAlbum, Code::CustomerVoiceAlert]);
//!
//! let error = Code::try_from(10628).unwrap_err();
//! assert_eq!(error.to_string(), "10628 is not a Record1ObjectTypeCode value");
//! ```
//!
//! # Requirements on the enum
//!
//! - Every variant is a unit variant with an explicit value (`Name = 10627`): the values are what
//!   Dataverse stores, so they must not depend on the order of the variants.
//! - `#[repr(i32)]`: Dataverse option values are 32-bit signed integers.
//! - No generic parameters, at least one variant, no two variants with the same value.
//! - `Debug`, `Clone`, `Copy`, `PartialEq` and `Eq`, derived as usual: the `Choice` trait requires
//!   them, and the derive does not add them, so that the enum's own derive list stays the
//!   place to read what it implements.
//!
//! # Attributes
//!
//! On each variant:
//!
//! - `#[choice(label = "...")]`, required: the label, exactly as the documentation writes it.
//!   It must not be empty or only whitespace.
//!
//! On the enum:
//!
//! - `#[choice(allow_duplicate_labels)]`: lets several variants share a label. Without it a
//!   repeated label is a compile error, since it is usually a copy-paste mistake; but real
//!   Dataverse pages do repeat labels (status reasons with the same name under different
//!   states, for instance). With it, `from_label` and `FromStr` return the **first** variant
//!   with that label in declaration order; `label()` and `Display` still give every variant its
//!   own label.
//! - `#[choice(crate = path::to::connection_schema)]`: where the runtime crate is, when the
//!   dependency is renamed or re-exported. Defaults to `::connection_schema`. A path, not a
//!   string (`crate = cs`, unlike serde's `crate = "cs"`). It should name the crate itself
//!   (`pub use connection_schema;` re-exports it whole); a module re-exporting items one by one
//!   must include the hidden `__if_serde` and `__private` too.
//!
//! Keys can be combined (`#[choice(allow_duplicate_labels, crate = cs)]`) or spread over several
//! attributes; each may be given once.
//!
//! # Generated items
//!
//! For `enum E`, all usable in `#![no_std]` crates:
//!
//! | item | what it does |
//! |---|---|
//! | `E::ALL: &'static [E]` | every variant, in declaration order |
//! | `E::COUNT: usize` | the number of variants |
//! | `const fn value(self) -> i32` | the variant's value |
//! | `const fn label(self) -> &'static str` | the variant's label |
//! | `const fn from_value(i32) -> Option<E>` | the variant with this value |
//! | `fn from_label(&str) -> Option<E>` | the (first) variant with exactly this label |
//! | `fn from_label_ignore_ascii_case(&str) -> Option<E>` | an exact match, else the first variant declared whose label is equal up to ASCII case |
//! | `TryFrom<i32>` | as `from_value`, with `connection_schema::UnknownValue` as the error |
//! | `From<E> for i32` | as `value` |
//! | `Display` | the label, honouring width and alignment (`{:>20}`) |
//! | `FromStr` | as `from_label_ignore_ascii_case`, with `connection_schema::UnknownLabel` as the error |
//! | `connection_schema::Choice` | the same, for code generic over choice enums |
//! | `serde::Serialize`, `serde::Deserialize` | only when `connection-schema`'s `serde` feature is on: the integer value; an unknown integer is an error naming the enum and the value |
//!
//! Label parsing in `FromStr` is exact first: `"NEW"` finds the variant labelled `NEW` even when
//! one labelled `new` is declared earlier. Only then is ASCII case ignored, and the first variant
//! declared wins; non-ASCII letters must match exactly (`é` is not `É`), and spaces are never
//! trimmed. `from_label` stays exact.
//!
//! The serde impls need no serde dependency in the user's crate: they name serde through
//! `connection_schema`. They exist exactly when `connection-schema` is built with `serde`,
//! whichever crate in the build turned it on; the derive cannot test that feature itself (a
//! `#[cfg]` in its output would test the *user's* features), so it wraps the impls in a macro of
//! the runtime crate that keeps or drops them. To keep values the enum does not list, deserialize
//! `connection_schema::Open<E>` instead of `E`.
//!
//! `#[deprecated]` variants are fine: the generated code does not warn about using them, so only
//! code that names such a variant sees the warning.
//!
//! # Errors
//!
//! Mistakes are reported together, each at the tokens concerned: a struct or union, a variant
//! with fields or without a value, a missing, blank or suffixed label, a value or label used
//! twice, a missing or different `repr`, an unknown, misplaced or repeated key in
//! `#[choice(...)]`, a `crate` that is a string or does not resolve, generic parameters, an enum
//! without variants. Along with the errors the derive still emits every item listed above (the
//! serde impls included), with bodies that are never run, so that code using the enum does not
//! add errors of its own.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod ast;
mod attr;
mod errors;
mod expand;
mod fallback;
mod languages;
mod serde_impls;
mod valid;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// Implements the `Choice` trait and its companions for a fieldless `#[repr(i32)]` enum; see the
/// [crate documentation](crate) for the attributes it reads and the items it adds.
#[proc_macro_derive(Choice, attributes(choice))]
pub fn derive_choice(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input).into()
}

fn derive(input: &DeriveInput) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let ast = ast::Input::from_syn(input, &mut errors);
    match valid::check(&ast, errors) {
        Ok(checked) => expand::expand(&checked),
        Err(error) => fallback::expand(input, ast.attrs.krate.as_ref(), error),
    }
}
