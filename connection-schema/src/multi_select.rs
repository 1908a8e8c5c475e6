//! [`MultiSelect`]: the value of a multi-select choice column, in the Web API's text form.

use crate::{Choice, Open};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::num::IntErrorKind;
use core::str::FromStr;

/// The options chosen in a multi-select choice column (`MultiSelectPicklist`): a set of values of
/// the choice enum `E`.
///
/// The Web API sends and accepts such a value as one string of option values separated by
/// commas, `"746610000,746610002"`; `FromStr` reads that form and `Display` writes it (and, with
/// the `serde` feature, so do `Deserialize` and `Serialize`).
///
/// - **A set**: each value is held once, in ascending order, which is also the order `Display`
///   writes and iteration yields. Dataverse gives the order of the chosen options no meaning.
/// - **Unknown values are kept**: members are [`Open<E>`], so an option the enum does not list
///   survives a parse / print round trip. [`all_known`](Self::all_known) tells whether there is
///   any.
/// - **Lenient where it costs nothing**: spaces around values are ignored and repeated values
///   collapse into one; an empty (or all-space) string is the empty set.
/// - **Strict where guessing would lose data**: an empty item (`"1,,2"`, `"1,"`), a value that is
///   not a decimal integer, or one outside `i32` is an error naming the item and its byte
///   position, rather than being skipped.
///
/// ```
/// use connection_schema::{MultiSelect, Open};
/// # #[derive(Debug, Clone, Copy, PartialEq, Eq, connection_schema_derive::Choice)]
/// # #[repr(i32)]
/// # enum Channel {
/// #     #[choice(label = "Email")]
/// #     Email = 746610000,
/// #     #[choice(label = "Phone")]
/// #     Phone = 746610001,
/// # }
/// let mut chosen: MultiSelect<Channel> = "746610002, 746610000,746610000".parse()?;
/// assert!(chosen.contains(Channel::Email));
/// assert!(!chosen.all_known()); // 746610002 is not listed, and kept
/// assert_eq!(
///     chosen.iter().collect::<Vec<_>>(),
///     [Open::Known(Channel::Email), Open::Unknown(746610002)],
/// );
///
/// chosen.insert(Channel::Phone);
/// chosen.remove(746610002);
/// assert_eq!(chosen.to_string(), "746610000,746610001");
/// # Ok::<(), connection_schema::ParseMultiSelectError>(())
/// ```
///
/// The Web API writes `null` for a column with nothing chosen: deserialize into
/// `Option<MultiSelect<E>>`.
pub struct MultiSelect<E> {
    /// Ascending, without duplicates, so that equality, hashing and output depend only on the set.
    values: Vec<i32>,
    /// `fn() -> E`: the set holds integers, not `E`s, so it is `Send`, `Sync` and covariant
    /// whatever `E` is.
    choice: PhantomData<fn() -> E>,
}

impl<E> MultiSelect<E> {
    /// The empty set.
    #[must_use]
    pub const fn new() -> Self {
        MultiSelect {
            values: Vec::new(),
            choice: PhantomData,
        }
    }

    /// How many distinct values the set holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether nothing is chosen.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The values, ascending.
    #[must_use]
    pub fn values(&self) -> &[i32] {
        &self.values
    }

    /// Removes every value.
    pub fn clear(&mut self) {
        self.values.clear();
    }

    fn from_values(mut values: Vec<i32>) -> Self {
        values.sort_unstable();
        values.dedup();
        MultiSelect {
            values,
            choice: PhantomData,
        }
    }
}

impl<E: Choice> MultiSelect<E> {
    /// Adds an option, given as `E`, [`Open<E>`] or `i32`; `false` if it was already there.
    pub fn insert(&mut self, option: impl Into<Open<E>>) -> bool {
        let value = option.into().value();
        match self.values.binary_search(&value) {
            Ok(_) => false,
            Err(index) => {
                self.values.insert(index, value);
                true
            }
        }
    }

    /// Removes an option, given as `E`, [`Open<E>`] or `i32`; `false` if it was not there.
    pub fn remove(&mut self, option: impl Into<Open<E>>) -> bool {
        let value = option.into().value();
        match self.values.binary_search(&value) {
            Ok(index) => {
                self.values.remove(index);
                true
            }
            Err(_) => false,
        }
    }

    /// Whether an option, given as `E`, [`Open<E>`] or `i32`, is chosen.
    #[must_use]
    pub fn contains(&self, option: impl Into<Open<E>>) -> bool {
        self.values.binary_search(&option.into().value()).is_ok()
    }

    /// Every chosen value, ascending, listed or not.
    pub fn iter(&self) -> Iter<'_, E> {
        Iter {
            values: self.values.iter().copied(),
            choice: PhantomData,
        }
    }

    /// The chosen options the enum lists, ascending by value; unknown values are left out.
    pub fn known(&self) -> impl DoubleEndedIterator<Item = E> + '_ {
        self.iter().filter_map(Open::known)
    }

    /// Whether the enum lists every chosen value.
    #[must_use]
    pub fn all_known(&self) -> bool {
        self.iter().all(Open::is_known)
    }
}

/// `"746610000,746610002"`: the values, ascending, separated by commas without spaces, as the
/// Web API writes them. The empty set is the empty string.
impl<E> fmt::Display for MultiSelect<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut separator = "";
        for value in &self.values {
            write!(f, "{separator}{value}")?;
            separator = ",";
        }
        Ok(())
    }
}

impl<E: Choice> FromStr for MultiSelect<E> {
    type Err = ParseMultiSelectError;

    fn from_str(text: &str) -> Result<Self, ParseMultiSelectError> {
        let mut values = Vec::new();
        // An empty string is how an empty selection is written, not one empty item.
        if !text.trim_ascii().is_empty() {
            let mut offset = 0;
            for item in text.split(',') {
                values.push(parse_item(item, offset, E::NAME)?);
                offset += item.len() + 1;
            }
        }
        Ok(Self::from_values(values))
    }
}

/// One comma-separated item, which starts at byte `offset` of the whole string.
fn parse_item(
    item: &str,
    offset: usize,
    type_name: &'static str,
) -> Result<i32, ParseMultiSelectError> {
    let token = item.trim_ascii();
    token.parse().map_err(|error: core::num::ParseIntError| {
        let kind = match error.kind() {
            IntErrorKind::Empty => MultiSelectErrorKind::EmptyItem,
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => {
                MultiSelectErrorKind::OutOfRange
            }
            _ => MultiSelectErrorKind::NotAnInteger,
        };
        ParseMultiSelectError {
            type_name,
            item: String::from(token),
            position: offset + (item.len() - item.trim_ascii_start().len()),
            kind,
        }
    })
}

impl<E: Choice> fmt::Debug for MultiSelect<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

// By hand rather than derived: a derive would ask `E` for `Clone`, `Default`, `PartialEq` and
// `Hash`, though only integers are stored.

impl<E> Clone for MultiSelect<E> {
    fn clone(&self) -> Self {
        MultiSelect {
            values: self.values.clone(),
            choice: PhantomData,
        }
    }
}

impl<E> Default for MultiSelect<E> {
    fn default() -> Self {
        Self::new()
    }
}

impl<E> PartialEq for MultiSelect<E> {
    fn eq(&self, other: &Self) -> bool {
        self.values == other.values
    }
}

impl<E> Eq for MultiSelect<E> {}

impl<E> Hash for MultiSelect<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.values.hash(state);
    }
}

/// From options given as `E`, [`Open<E>`] or `i32`, in any order, repeated or not.
impl<E: Choice, T: Into<Open<E>>> FromIterator<T> for MultiSelect<E> {
    fn from_iter<I: IntoIterator<Item = T>>(options: I) -> Self {
        Self::from_values(options.into_iter().map(|o| o.into().value()).collect())
    }
}

impl<E: Choice, T: Into<Open<E>>> Extend<T> for MultiSelect<E> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, options: I) {
        self.values
            .extend(options.into_iter().map(|o| o.into().value()));
        self.values.sort_unstable();
        self.values.dedup();
    }
}

impl<'a, E: Choice> IntoIterator for &'a MultiSelect<E> {
    type Item = Open<E>;
    type IntoIter = Iter<'a, E>;

    fn into_iter(self) -> Iter<'a, E> {
        self.iter()
    }
}

impl<E: Choice> IntoIterator for MultiSelect<E> {
    type Item = Open<E>;
    type IntoIter = IntoIter<E>;

    fn into_iter(self) -> IntoIter<E> {
        IntoIter {
            values: self.values.into_iter(),
            choice: PhantomData,
        }
    }
}

/// The values of a [`MultiSelect`], ascending, as [`Open<E>`].
pub struct Iter<'a, E> {
    values: core::iter::Copied<core::slice::Iter<'a, i32>>,
    choice: PhantomData<fn() -> E>,
}

/// The values of a [`MultiSelect`] taken by value, ascending, as [`Open<E>`].
pub struct IntoIter<E> {
    values: alloc::vec::IntoIter<i32>,
    choice: PhantomData<fn() -> E>,
}

/// The same iterator traits for [`Iter`] and [`IntoIter`], which differ only in what they wrap.
macro_rules! open_iterator {
    ($name:ident $(<$lifetime:lifetime>)?) => {
        impl<$($lifetime,)? E: Choice> Iterator for $name<$($lifetime,)? E> {
            type Item = Open<E>;

            fn next(&mut self) -> Option<Open<E>> {
                self.values.next().map(Open::from)
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                self.values.size_hint()
            }
        }

        impl<$($lifetime,)? E: Choice> DoubleEndedIterator for $name<$($lifetime,)? E> {
            fn next_back(&mut self) -> Option<Open<E>> {
                self.values.next_back().map(Open::from)
            }
        }

        impl<$($lifetime,)? E: Choice> ExactSizeIterator for $name<$($lifetime,)? E> {}

        impl<$($lifetime,)? E: Choice> FusedIterator for $name<$($lifetime,)? E> {}

        impl<$($lifetime,)? E: Choice> fmt::Debug for $name<$($lifetime,)? E> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.values.clone().map(Open::<E>::from)).finish()
            }
        }
    };
}

open_iterator!(Iter<'a>);
open_iterator!(IntoIter);

impl<E> Clone for Iter<'_, E> {
    fn clone(&self) -> Self {
        Iter {
            values: self.values.clone(),
            choice: PhantomData,
        }
    }
}

/// A multi-select string that is not a list of option values: an empty item, or an item that is
/// not a decimal `i32`.
///
/// `Display`: `"74661000x" at byte 11 of a Channel multi-select value is not an integer`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParseMultiSelectError {
    type_name: &'static str,
    item: String,
    position: usize,
    kind: MultiSelectErrorKind,
}

/// What is wrong with the item a [`ParseMultiSelectError`] points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiSelectErrorKind {
    /// Nothing (or only spaces) between two commas, or before or after one.
    EmptyItem,
    /// Not a decimal integer.
    NotAnInteger,
    /// A decimal integer that does not fit in an `i32`, so cannot be an option value.
    OutOfRange,
}

impl ParseMultiSelectError {
    /// The item, without the spaces around it; empty for [`MultiSelectErrorKind::EmptyItem`].
    #[must_use]
    pub fn item(&self) -> &str {
        &self.item
    }

    /// The byte offset in the parsed string where the item starts (after any spaces).
    #[must_use]
    pub const fn position(&self) -> usize {
        self.position
    }

    /// What is wrong with the item.
    #[must_use]
    pub const fn kind(&self) -> MultiSelectErrorKind {
        self.kind
    }

    /// The name of the enum whose multi-select value this was meant to be.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for ParseMultiSelectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self {
            type_name,
            item,
            position,
            kind,
        } = self;
        match kind {
            MultiSelectErrorKind::EmptyItem => write!(
                f,
                "empty item at byte {position} of a {type_name} multi-select value"
            ),
            MultiSelectErrorKind::NotAnInteger => write!(
                f,
                "{item:?} at byte {position} of a {type_name} multi-select value is not an integer"
            ),
            MultiSelectErrorKind::OutOfRange => write!(
                f,
                "{item:?} at byte {position} of a {type_name} multi-select value does not fit \
                 in 32 bits"
            ),
        }
    }
}

impl core::error::Error for ParseMultiSelectError {}
