//! Feature `serde`: `Serialize` and `Deserialize` for [`Open`] and [`MultiSelect`], and the two
//! functions the derived enums' impls call.
//!
//! All by hand on `serde` without its `derive` and `std` features, so that turning this on adds
//! one small crate and keeps the runtime `no_std`.

use crate::{Choice, Open, UnknownValue};
use core::fmt;
use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The integer, listed or not.
impl<E: Choice> Serialize for Open<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

/// Any `i32`: the point of `Open` is that a new option is not an error.
impl<'de, E: Choice> Deserialize<'de> for Open<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Open::from)
    }
}

/// What a derived enum's `Serialize` does: the option's value, as an integer.
pub fn serialize_value<S: Serializer>(value: i32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_i32(value)
}

/// What a derived enum's `Deserialize` does: an integer, which must be one of the enum's values.
/// The error is [`UnknownValue`]'s message (`1 is not a Record1ObjectTypeCode value`), to which
/// formats add their own location.
///
/// `from_value` is a parameter rather than a `Choice` bound so that the derived impl does not
/// require `Copy` and friends a second time when the user forgot one (the `Choice` impl already
/// reports it).
pub fn deserialize_value<'de, D, T>(
    deserializer: D,
    type_name: &'static str,
    from_value: fn(i32) -> Option<T>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_i32(ValueVisitor {
        type_name,
        from_value,
    })
}

/// A visitor rather than `i32::deserialize` and a check afterwards: formats such as serde_json
/// add the location only to errors raised while the value is being visited.
struct ValueVisitor<T> {
    type_name: &'static str,
    from_value: fn(i32) -> Option<T>,
}

impl<T> ValueVisitor<T> {
    fn choice<E: de::Error>(self, value: i32) -> Result<T, E> {
        (self.from_value)(value).ok_or_else(|| E::custom(UnknownValue::new(self.type_name, value)))
    }
}

// serde forwards the smaller integer types to `visit_i64` and `visit_u64`.
impl<T> Visitor<'_> for ValueVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} value (a 32-bit integer)", self.type_name)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        match i32::try_from(value) {
            Ok(value) => self.choice(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        match i32::try_from(value) {
            Ok(value) => self.choice(value),
            Err(_) => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }
}

#[cfg(feature = "alloc")]
mod multi_select {
    use crate::{Choice, MultiSelect};
    use core::fmt;
    use core::marker::PhantomData;
    use serde::de::{self, Visitor};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// The Web API's string, `"746610000,746610002"`.
    impl<E: Choice> Serialize for MultiSelect<E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }

    /// The Web API's string, read as `FromStr` reads it; unknown values are kept, malformed
    /// items are errors.
    impl<'de, E: Choice> Deserialize<'de> for MultiSelect<E> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(MultiSelectVisitor(PhantomData))
        }
    }

    struct MultiSelectVisitor<E>(PhantomData<fn() -> E>);

    impl<E: Choice> Visitor<'_> for MultiSelectVisitor<E> {
        type Value = MultiSelect<E>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "a string of {} option values separated by commas",
                E::NAME
            )
        }

        fn visit_str<Error: de::Error>(self, text: &str) -> Result<MultiSelect<E>, Error> {
            text.parse().map_err(Error::custom)
        }
    }
}
