//! The generated code for an enum that passed [`crate::valid::check`].
//!
//! Conventions for everything emitted here: paths to `core` are fully qualified and the runtime
//! crate is named through one local import (the user may shadow `Option`, or even `i32`, and may
//! be `#![no_std]`); every impl
//! carries `#[allow(deprecated)]`, because naming a `#[deprecated]` variant, as generated code
//! does, would otherwise warn in the user's crate; and `Self::Error`/`Self::Err` are never
//! written, since on an enum they would be ambiguous with a variant of that name.

use crate::serde_impls;
use crate::valid::Checked;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Path;

/// What the impls call the runtime crate: a local alias of `#[choice(crate = ...)]`, else of
/// `::connection_schema`, imported by [`in_runtime_scope`].
pub(crate) const RUNTIME: &str = "__choice_runtime";

/// `items` in an anonymous `const` that imports the runtime crate as [`RUNTIME`].
///
/// One import rather than the path repeated in every impl: a wrong `crate = path` is then one
/// "unresolved import" error at the path, because rustc does not report the paths that go
/// through a failed import again. With the path repeated, the `__if_serde!` gate would add a
/// second error, since rustc resolves macro paths in an earlier pass than the others.
pub(crate) fn in_runtime_scope(krate: Option<&Path>, items: TokenStream) -> TokenStream {
    let runtime = format_ident!("{}", RUNTIME);
    let import = match krate {
        // rustc underlines the `use` tree from the path to the alias. With the alias at the span
        // of the path's last segment, that is exactly the user's path; with the derive's span
        // it would be the `#[derive(...)]` attribute instead.
        Some(path) => {
            let end = path
                .segments
                .last()
                .map_or_else(Span::call_site, |segment| segment.ident.span());
            let alias = Ident::new(RUNTIME, end);
            quote!(use #path as #alias;)
        }
        None => quote!(use ::connection_schema as #runtime;),
    };
    quote! {
        const _: () = {
            #import
            #items
        };
    }
}

pub(crate) fn expand(checked: &Checked<'_>) -> TokenStream {
    let inherent = inherent_impl(checked);
    let traits = trait_impls(checked);
    let serde = serde_impls::impls(checked);
    let scoped = in_runtime_scope(
        checked.krate,
        quote! {
            #traits
            #serde
        },
    );
    quote! {
        #inherent
        #scoped
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

            /// The option with this label, compared exactly first and then ignoring ASCII case:
            /// an exact match wins, else the first option declared whose label is equal up to
            /// ASCII case. Non-ASCII letters must match exactly. `FromStr` parses this way.
            #[must_use]
            pub fn from_label_ignore_ascii_case(
                label: &::core::primitive::str,
            ) -> ::core::option::Option<Self> {
                match Self::from_label(label) {
                    ::core::option::Option::Some(choice) => ::core::option::Option::Some(choice),
                    // Guards in declaration order, so the first declared match wins. Variants
                    // repeating an earlier label exactly are left out: they could never be first.
                    ::core::option::Option::None => match label {
                        #(
                            _ if ::core::primitive::str::eq_ignore_ascii_case(label, #unique_labels) => {
                                ::core::option::Option::Some(Self::#label_variants)
                            }
                        )*
                        _ => ::core::option::Option::None,
                    },
                }
            }
        }
    }
}

fn trait_impls(checked: &Checked<'_>) -> TokenStream {
    let ident = checked.ident;
    let krate = format_ident!("{}", RUNTIME);
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
                match Self::from_label_ignore_ascii_case(label) {
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
