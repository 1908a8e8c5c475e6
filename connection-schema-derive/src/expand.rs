//! The generated code for an enum that passed [`crate::valid::check`].
//!
//! Conventions for everything emitted here: paths to `core` and to the runtime crate are fully
//! qualified (the user may shadow `Option`, or even `i32`, and may be `#![no_std]`); every impl
//! carries `#[allow(deprecated)]`, because naming a `#[deprecated]` variant, as generated code
//! does, would otherwise warn in the user's crate; and `Self::Error`/`Self::Err` are never
//! written, since on an enum they would be ambiguous with a variant of that name.

use crate::valid::Checked;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Path;

/// The path to the runtime crate: `#[choice(crate = ...)]`, else `::connection_schema`.
pub(crate) fn runtime_path(krate: Option<&Path>) -> TokenStream {
    krate.map_or_else(|| quote!(::connection_schema), |path| quote!(#path))
}

pub(crate) fn expand(checked: &Checked<'_>) -> TokenStream {
    let inherent = inherent_impl(checked);
    let traits = trait_impls(checked);
    quote! {
        #inherent
        #traits
    }
}

fn inherent_impl(checked: &Checked<'_>) -> TokenStream {
    let ident = checked.ident;
    let variants: Vec<_> = checked.variants.iter().map(|v| v.ident).collect();
    let labels: Vec<_> = checked.variants.iter().map(|v| v.label.as_str()).collect();
    let count = variants.len();
    // Local consts, one per variant, turn `from_value` into a plain integer `match` that rustc
    // can compile to a jump table or a binary search. They name the enum rather than `Self`,
    // which nested items cannot use, and are numbered so that no variant name can clash.
    let consts: Vec<_> = (0..count).map(|i| format_ident!("__VALUE_{}", i)).collect();
    // A later variant with an already used label would be an unreachable arm.
    let (label_variants, unique_labels): (Vec<_>, Vec<_>) = checked
        .variants
        .iter()
        .filter(|v| v.first_with_label)
        .map(|v| (v.ident, v.label.as_str()))
        .unzip();

    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #ident {
            /// Every option, in declaration order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The number of options.
            pub const COUNT: ::core::primitive::usize = #count;

            /// The option's integer value, as Dataverse stores it.
            #[inline]
            #[must_use]
            pub const fn value(self) -> ::core::primitive::i32 {
                self as ::core::primitive::i32
            }

            /// The option's label, exactly as the documentation writes it.
            #[inline]
            #[must_use]
            pub const fn label(self) -> &'static ::core::primitive::str {
                match self {
                    #(Self::#variants => #labels,)*
                }
            }

            /// The option with this integer value, if there is one.
            #[must_use]
            pub const fn from_value(
                value: ::core::primitive::i32,
            ) -> ::core::option::Option<Self> {
                #(const #consts: ::core::primitive::i32 = #ident::#variants as ::core::primitive::i32;)*
                match value {
                    #(#consts => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The option with exactly this label, if there is one. Where several options share
            /// a label, the first one declared.
            #[must_use]
            pub fn from_label(label: &::core::primitive::str) -> ::core::option::Option<Self> {
                match label {
                    #(#unique_labels => ::core::option::Option::Some(Self::#label_variants),)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
}

fn trait_impls(checked: &Checked<'_>) -> TokenStream {
    let ident = checked.ident;
    let krate = runtime_path(checked.krate);
    let name = ident.unraw().to_string();
    let variants: Vec<_> = checked.variants.iter().map(|v| v.ident).collect();
    let labels: Vec<_> = checked.variants.iter().map(|v| v.label.as_str()).collect();

    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
            type Error = #krate::UnknownValue;

            #[inline]
            fn try_from(
                value: ::core::primitive::i32,
            ) -> ::core::result::Result<Self, #krate::UnknownValue> {
                match Self::from_value(value) {
                    ::core::option::Option::Some(choice) => ::core::result::Result::Ok(choice),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#krate::UnknownValue::new(#name, value))
                    }
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::From<#ident> for ::core::primitive::i32 {
            #[inline]
            fn from(choice: #ident) -> Self {
                #ident::value(choice)
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            // `pad` rather than `write_str`, so that `{:>20}` and friends work. The match is by
            // reference so that `Display` does not need `Copy`: a forgotten `Copy` is then
            // reported once, by the `Choice` impl, instead of twice.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(match self {
                    #(Self::#variants => #labels,)*
                })
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownLabel;

            #[inline]
            fn from_str(
                label: &::core::primitive::str,
            ) -> ::core::result::Result<Self, #krate::UnknownLabel> {
                match Self::from_label(label) {
                    ::core::option::Option::Some(choice) => ::core::result::Result::Ok(choice),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#krate::UnknownLabel::new(#name, label))
                    }
                }
            }
        }

        // Inherent items take precedence over trait items in `Self::` paths, so these delegate
        // rather than recurse.
        #[automatically_derived]
        #[allow(deprecated)]
        impl #krate::Choice for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ALL: &'static [Self] = Self::ALL;

            #[inline]
            fn value(self) -> ::core::primitive::i32 {
                Self::value(self)
            }

            #[inline]
            fn label(self) -> &'static ::core::primitive::str {
                Self::label(self)
            }

            #[inline]
            fn from_value(value: ::core::primitive::i32) -> ::core::option::Option<Self> {
                Self::from_value(value)
            }

            #[inline]
            fn from_label(label: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_label(label)
            }
        }
    }
}
