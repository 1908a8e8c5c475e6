//! `Serialize` and `Deserialize`, as the option's integer value, for the runtime crate's `serde`
//! feature.
//!
//! The derive cannot know whether that feature is on: `#[cfg(feature = "serde")]` in its output
//! would test the features of the user's crate, not of `connection-schema`. So the impls are
//! wrapped in the runtime's `__if_serde!`, which keeps or drops them according to its own build.
//! Through `__private`, they name the runtime's `serde`, so the user's crate needs no serde
//! dependency of its own.
//!
//! Without this crate's own `serde` feature (which the runtime's turns on) nothing is emitted at
//! all: the runtime cannot have serde on without it, and the tokens would only be dropped.

use crate::expand::RUNTIME;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;

use crate::valid::Checked;

/// The real impls, for [`crate::expand::in_runtime_scope`]. The enum is serialized through a `match` on `self` rather than `*self`, so that
/// a missing `Copy` is reported once, by the `Choice` impl.
pub(crate) fn impls(checked: &Checked<'_>) -> TokenStream {
    if !cfg!(feature = "serde") {
        return TokenStream::new();
    }
    let ident = checked.ident;
    let krate = format_ident!("{}", RUNTIME);
    let name = ident.unraw().to_string();
    let variants: Vec<_> = checked.variants.iter().map(|v| v.ident).collect();
    quote! {
        #krate::__if_serde! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl #krate::__private::serde::Serialize for #ident {
                fn serialize<__S>(
                    &self,
                    serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    #krate::__private::serialize_value(
                        match self {
                            #(Self::#variants => Self::value(Self::#variants),)*
                        },
                        serializer,
                    )
                }
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl<'__de> #krate::__private::serde::Deserialize<'__de> for #ident {
                fn deserialize<__D>(
                    deserializer: __D,
                ) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'__de>,
                {
                    #krate::__private::deserialize_value(deserializer, #name, Self::from_value)
                }
            }
        }
    }
}

/// The pieces of a stub impl for an input that failed the checks, which may have generics.
pub(crate) struct StubTarget<'a> {
    pub krate: &'a TokenStream,
    pub impl_generics: &'a TokenStream,
    /// `impl_generics` with `'__de` first, for `Deserialize<'__de>`.
    pub de_impl_generics: &'a TokenStream,
    pub ty: &'a TokenStream,
    pub predicates: &'a TokenStream,
}

/// Impls with bodies that never run, for [`crate::expand::in_runtime_scope`], so that `E: Serialize` elsewhere does not add an error to the
/// one the derive reported.
pub(crate) fn stubs(target: &StubTarget<'_>) -> TokenStream {
    if !cfg!(feature = "serde") {
        return TokenStream::new();
    }
    let StubTarget {
        krate,
        impl_generics,
        de_impl_generics,
        ty,
        predicates,
    } = target;
    quote! {
        #krate::__if_serde! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl #impl_generics #krate::__private::serde::Serialize for #ty
            where
                #predicates
            {
                fn serialize<__S>(
                    &self,
                    _serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    ::core::unreachable!()
                }
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl #de_impl_generics #krate::__private::serde::Deserialize<'__de> for #ty
            where
                #predicates
            {
                fn deserialize<__D>(
                    _deserializer: __D,
                ) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'__de>,
                {
                    ::core::unreachable!()
                }
            }
        }
    }
}
