//! What the code `#[derive(Choice)]` writes into the user's crate refers to. Not a public API:
//! it can change in any release, together with the derive, whose version is pinned with `=`.

/// A large enum's label table: the derive emits `static __CHOICE_LABELS: LabelTable<E> =
/// LabelTable::new(&lay_out::<E, SLOTS>(&[labels], &[variants]))`, which the compiler evaluates.
pub use crate::label_table::{lay_out, LabelTable};

/// Re-exported so that the derived impls name `serde` through this crate: the user's crate need
/// not depend on serde itself, and always gets the version this crate implements.
#[cfg(feature = "serde")]
pub use serde;

pub use crate::derived::{parse, try_from_value};

#[cfg(feature = "serde")]
pub use crate::serde_impls::{deserialize_value, serialize_value};

// Why a macro: a derive cannot see which features of this crate are on, and `#[cfg(feature =
// "serde")]` in its output would test the *user's* crate's features instead. So the derive wraps
// its serde impls in `connection_schema::__if_serde! { ... }`, and this crate, which knows, defines
// the macro either to keep them or to drop them. The impls then exist exactly when
// `connection_schema/serde` is on, whichever crate turned it on.

/// Expands to its input: this build of `connection-schema` has the `serde` feature.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_serde {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Expands to nothing: this build of `connection-schema` does not have the `serde` feature.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_serde {
    ($($item:tt)*) => {};
}
