use core::fmt;

/// An integer that is not the value of any option of a choice enum.
///
/// Returned by the derived `TryFrom<i32>`. Its `Display` names the enum:
/// `10628 is not a Record1ObjectTypeCode value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownValue {
    type_name: &'static str,
    value: i32,
}

impl UnknownValue {
    /// An error for `value`, which is not an option of the enum named `type_name`.
    pub const fn new(type_name: &'static str, value: i32) -> Self {
        Self { type_name, value }
    }

    /// The rejected integer.
    pub const fn value(&self) -> i32 {
        self.value
    }

    /// The name of the enum that rejected it.
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a {} value", self.value, self.type_name)
    }
}

impl core::error::Error for UnknownValue {}

/// A string that is not the label of any option of a choice enum.
///
/// Returned by the derived `FromStr`. With the `alloc` feature it keeps the rejected text and its
/// `Display` reads `"Profile Albums" is not a Record1ObjectTypeCode label`; without `alloc` it
/// reads `not a Record1ObjectTypeCode label`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownLabel {
    type_name: &'static str,
    #[cfg(feature = "alloc")]
    label: alloc::string::String,
}

impl UnknownLabel {
    /// An error for `label`, which is not an option label of the enum named `type_name`.
    #[cfg_attr(not(feature = "alloc"), allow(unused_variables))]
    pub fn new(type_name: &'static str, label: &str) -> Self {
        Self {
            type_name,
            #[cfg(feature = "alloc")]
            label: alloc::string::String::from(label),
        }
    }

    /// The rejected text.
    #[cfg(feature = "alloc")]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The name of the enum that rejected it.
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(feature = "alloc")]
        {
            write!(f, "{:?} is not a {} label", self.label, self.type_name)
        }
        #[cfg(not(feature = "alloc"))]
        {
            write!(f, "not a {} label", self.type_name)
        }
    }
}

impl core::error::Error for UnknownLabel {}
