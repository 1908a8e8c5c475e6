//! [`Open`]: a choice value that keeps integers its enum does not list.

use crate::{Choice, UnknownValue};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

/// A value of a choice column that may be an option the enum does not list.
///
/// Dataverse gains options with every release and every installed solution, and object type
/// codes of 10000 and up differ from one environment to the next, so a payload can always hold a
/// value that the documentation (and so the enum) does not. `Open<E>` keeps such a value instead
/// of failing, the way prost's open enums do, and gives it back unchanged:
///
/// ```
/// use connection_schema::Open;
/// # // Users write `connection_schema::Choice` (feature `derive`); the doc tests of this crate
/// # // reach the derive directly.
/// # #[derive(Debug, Clone, Copy, PartialEq, Eq, connection_schema_derive::Choice)]
/// # #[repr(i32)]
/// # enum Code {
/// #     #[choice(label = "Profile Album")]
/// #     ProfileAlbum = 10627,
/// # }
/// let known = Open::<Code>::from(10627);
/// assert_eq!(known, Open::Known(Code::ProfileAlbum));
/// assert_eq!(known.to_string(), "Profile Album");
///
/// let account = Open::<Code>::from(1); // on another page, or added later
/// assert_eq!(account, Open::Unknown(1));
/// assert_eq!(account.to_string(), "1");
/// assert_eq!(i32::from(account), 1);
/// ```
///
/// # One value, one meaning
///
/// `From<i32>` and deserialization always give `Known` for a listed value. A hand-built
/// `Unknown(10627)` is still treated as the option it stands for: equality, hashing, ordering,
/// [`known`](Open::known), [`is_known`](Open::is_known), [`label`](Open::label) and `Display` all
/// go by the integer, so `Open::Unknown(10627) == Open::Known(Code::ProfileAlbum)`. Code that
/// builds `Unknown` by hand should ask [`known`](Open::known) rather than match on the variant.
///
/// Ordering is by value too, which need not be the order of the documentation.
#[derive(Debug, Clone, Copy)]
pub enum Open<E> {
    /// An option the enum lists.
    Known(E),
    /// Any other integer, kept as it came.
    Unknown(i32),
}

impl<E: Choice> Open<E> {
    /// The integer Dataverse stores, whether the enum lists it or not.
    #[must_use]
    pub fn value(self) -> i32 {
        match self {
            Open::Known(choice) => choice.value(),
            Open::Unknown(value) => value,
        }
    }

    /// The option, if the enum lists this value.
    #[must_use]
    pub fn known(self) -> Option<E> {
        match self {
            Open::Known(choice) => Some(choice),
            Open::Unknown(value) => E::from_value(value),
        }
    }

    /// Whether the enum lists this value.
    #[must_use]
    pub fn is_known(self) -> bool {
        self.known().is_some()
    }

    /// The option's label, if the enum lists this value.
    #[must_use]
    pub fn label(self) -> Option<&'static str> {
        self.known().map(E::label)
    }

    /// The option, or the error the enum's `TryFrom<i32>` would give: for code that must reject
    /// values it does not know, after having kept them.
    pub fn try_known(self) -> Result<E, UnknownValue> {
        self.known()
            .ok_or_else(|| UnknownValue::new(E::NAME, self.value()))
    }
}

impl<E: Choice> From<i32> for Open<E> {
    fn from(value: i32) -> Self {
        E::from_value(value).map_or(Open::Unknown(value), Open::Known)
    }
}

impl<E: Choice> From<E> for Open<E> {
    fn from(choice: E) -> Self {
        Open::Known(choice)
    }
}

impl<E: Choice> From<Open<E>> for i32 {
    fn from(open: Open<E>) -> Self {
        open.value()
    }
}

/// The label, or the plain number for a value the enum does not list. Width, fill and alignment
/// apply to either (`{:>20}`).
impl<E: Choice> fmt::Display for Open<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(choice) => fmt::Display::fmt(&choice, f),
            None => fmt::Display::fmt(&self.value(), f),
        }
    }
}

impl<E: Choice> PartialEq for Open<E> {
    fn eq(&self, other: &Self) -> bool {
        self.value() == other.value()
    }
}

impl<E: Choice> Eq for Open<E> {}

/// `open == Code::ProfileAlbum`, without wrapping the option first.
impl<E: Choice> PartialEq<E> for Open<E> {
    fn eq(&self, other: &E) -> bool {
        self.value() == other.value()
    }
}

impl<E: Choice> Hash for Open<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value().hash(state);
    }
}

impl<E: Choice> PartialOrd for Open<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: Choice> Ord for Open<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value().cmp(&other.value())
    }
}
