//! The bodies of the standard traits that `#[derive(Choice)]` implements, written once here as
//! small generic functions rather than expanded into every enum.
//!
//! Why: a crate generated from the whole Dataverse reference holds thousands of enums, and what
//! it costs to compile grows with the code each derive emits (type and borrow checking run per
//! function body). A generic function is checked once; each enum only instantiates it, which
//! at run time is the same code as the body written out (measured: `scripts/bench.sh`).

use crate::{Choice, UnknownLabel, UnknownValue};

/// `TryFrom<i32>`: the option with this value, or an error that names the enum and the value.
#[inline]
pub fn try_from_value<C: Choice>(value: i32) -> Result<C, UnknownValue> {
    match C::from_value(value) {
        Some(choice) => Ok(choice),
        None => Err(UnknownValue::new(C::NAME, value)),
    }
}

/// `FromStr`: the exact lookup inline, the rest out of line. Parsing a label as the API sends it
/// then costs what strum's `FromStr` costs (measured: with the fallback and the error's
/// construction inline, rustc stops inlining `from_str`, and the call costs as much).
#[inline]
pub fn parse<C: Choice>(label: &str) -> Result<C, UnknownLabel> {
    match C::from_label(label) {
        Some(choice) => Ok(choice),
        None => parse_inexact(label),
    }
}

/// An option whose label equals `label` ignoring ASCII case, for when there is no exact match.
#[inline(never)]
fn parse_inexact<C: Choice>(label: &str) -> Result<C, UnknownLabel> {
    match C::from_label_ignore_ascii_case(label) {
        Some(choice) => Ok(choice),
        None => Err(UnknownLabel::new(C::NAME, label)),
    }
}
