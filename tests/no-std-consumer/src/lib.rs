//! A `#![no_std]` library that uses the generated enums, `Open` and the serde impls, with
//! `dataverse-choices` and `connection-schema` built without default features (so without std
//! and alloc).
//!
//! `cargo build -p no-std-consumer` is the check: it resolves features for this crate alone, and
//! the runtime crate is then `#![no_std]` itself. (In `cargo build --workspace`, features are
//! unified with the other members, which turn std on; `tests/features.rs` checks what this crate
//! alone asks for.) Only the host target is installed here, so this proves "compiles without
//! std and alloc in scope", not "links for a bare-metal target".
#![no_std]
#![deny(warnings, missing_docs)]

pub use connection_schema::{Choice, Open, UnknownValue};
pub use dataverse_choices::{Record1ObjectTypeCode, Record2ObjectTypeCode};

/// The label Dataverse shows for an object type code of a connection, if the page lists it:
/// `Open` keeps the rest without allocating.
pub fn record1_label(value: i32) -> Option<&'static str> {
    Open::<Record1ObjectTypeCode>::from(value).label()
}

/// `const` lookups work without std.
pub const PROFILE_ALBUM: Option<Record1ObjectTypeCode> = Record1ObjectTypeCode::from_value(10627);

/// The number of options on the page, at compile time.
pub const OPTIONS: usize = Record1ObjectTypeCode::COUNT;

/// Label parsing (exact, then ASCII case-insensitive) without std.
pub fn parse_record2(
    label: &str,
) -> Result<Record2ObjectTypeCode, connection_schema::UnknownLabel> {
    label.parse()
}

/// The serde impls exist without std or alloc: a serializer-agnostic function that needs them.
pub fn serialize_code<S: serde::Serializer>(
    code: Open<Record2ObjectTypeCode>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&code, serializer)
}

/// Deserializing a strict enum and an open one, for any format.
pub fn deserialize_codes<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<(Record1ObjectTypeCode, Open<Record2ObjectTypeCode>), D::Error> {
    serde::Deserialize::deserialize(deserializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works_without_std() {
        assert_eq!(record1_label(10627), Some("Profile Album"));
        assert_eq!(record1_label(1), None);
        assert_eq!(PROFILE_ALBUM, Some(Record1ObjectTypeCode::ProfileAlbum));
        assert_eq!(OPTIONS, 14);
        assert_eq!(parse_record2("SESSION"), Ok(Record2ObjectTypeCode::Session));
    }
}
