//! What the derive emits when the input has errors: the errors, plus every item a correct
//! derive would have produced, with bodies that are never run.
//!
//! Without the stubs, each use of `E::ALL`, `E::from_value`, `i32::from(e)`, `"x".parse::<E>()`
//! or `E: Choice` elsewhere in the crate would add its own "not found" or "not implemented"
//! error, burying the one that says what is actually wrong.

use crate::expand::{in_runtime_scope, RUNTIME};
use crate::serde_impls::{self, StubTarget};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use syn::{parse_quote, DeriveInput, GenericParam, Path};

pub(crate) fn expand(input: &DeriveInput, krate: Option<&Path>, error: syn::Error) -> TokenStream {
    let errors = error.into_compile_error();
    let target = Target::new(input);
    let inherent = inherent_stub(&target);
    let traits = trait_stubs(&target);
    let serde = serde_impls::stubs(&StubTarget {
        krate: &target.krate,
        impl_generics: &target.impl_generics,
        de_impl_generics: &target.de_impl_generics,
        ty: &target.ty,
        predicates: &target.predicates,
    });
    let scoped = in_runtime_scope(
        krate,
        quote! {
            #traits
            #serde
        },
    );
    quote! {
        #errors
        #inherent
        #scoped
    }
}

/// The pieces every stub impl is made of.
struct Target {
    /// The runtime crate's alias inside [`in_runtime_scope`].
    krate: TokenStream,
    /// `<T: Bound>`, or nothing.
    impl_generics: TokenStream,
    /// `<'__de, T: Bound>`, for `Deserialize<'__de>`.
    de_impl_generics: TokenStream,
    /// `E<T>`.
    ty: TokenStream,
    /// The input's where-clause predicates, each followed by a comma so that more can follow.
    predicates: TokenStream,
}

impl Target {
    fn new(input: &DeriveInput) -> Self {
        let ident = &input.ident;
        let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
        let predicates = where_clause
            .into_iter()
            .flat_map(|clause| &clause.predicates);
        // Lifetimes must come first, so `'__de` goes in front.
        let mut de_generics = input.generics.clone();
        de_generics
            .params
            .insert(0, GenericParam::Lifetime(parse_quote!('__de)));
        let (de_impl_generics, _, _) = de_generics.split_for_impl();
        Target {
            krate: format_ident!("{}", RUNTIME).into_token_stream(),
            impl_generics: quote!(#impl_generics),
            de_impl_generics: quote!(#de_impl_generics),
            ty: quote!(#ident #ty_generics),
            predicates: quote!(#(#predicates,)*),
        }
    }
}

// The stubs' where clauses state what they need instead of assuming it: a generic type only
// meets `&'static [Self]` and `Choice: 'static` with bounded parameters, and the input's own
// derives (`Copy`, `Debug`, ...) may be missing, or impossible (a union cannot derive `Debug`).
// Otherwise those would be reported as well. The `for<'__choice>` makes rustc treat even a bound
// without type parameters as a condition of the impl rather than a claim to check (trivial bounds
// are unstable, rust-lang/rust#48214).

fn inherent_stub(target: &Target) -> TokenStream {
    let Target {
        impl_generics,
        ty,
        predicates,
        ..
    } = target;
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #ty where #predicates for<'__choice> #ty: 'static {
            pub const ALL: &'static [Self] = &[];
            pub const COUNT: ::core::primitive::usize = 0;
            pub const fn value(self) -> ::core::primitive::i32 {
                ::core::unreachable!()
            }
            pub const fn label(self) -> &'static ::core::primitive::str {
                ::core::unreachable!()
            }
            pub const fn from_value(
                _value: ::core::primitive::i32,
            ) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
            pub fn from_label(_label: &::core::primitive::str) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
            pub fn from_label_ignore_ascii_case(
                _label: &::core::primitive::str,
            ) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
        }
    }
}

fn trait_stubs(target: &Target) -> TokenStream {
    let Target {
        krate,
        impl_generics,
        ty,
        predicates,
        ..
    } = target;
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics ::core::convert::TryFrom<::core::primitive::i32> for #ty
        where
            #predicates
        {
            type Error = #krate::UnknownValue;
            fn try_from(
                _value: ::core::primitive::i32,
            ) -> ::core::result::Result<Self, #krate::UnknownValue> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics ::core::convert::From<#ty> for ::core::primitive::i32
        where
            #predicates
        {
            fn from(_choice: #ty) -> Self {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics ::core::fmt::Display for #ty
        where
            #predicates
        {
            fn fmt(&self, _f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics ::core::str::FromStr for #ty
        where
            #predicates
        {
            type Err = #krate::UnknownLabel;
            fn from_str(
                _label: &::core::primitive::str,
            ) -> ::core::result::Result<Self, #krate::UnknownLabel> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::Choice for #ty
        where
            #predicates
            for<'__choice> #ty: ::core::marker::Copy
                + ::core::cmp::Eq
                + ::core::fmt::Debug
                + 'static,
        {
            const NAME: &'static ::core::primitive::str = "";
            const ALL: &'static [Self] = &[];
            fn value(self) -> ::core::primitive::i32 {
                ::core::unreachable!()
            }
            fn label(self) -> &'static ::core::primitive::str {
                ::core::unreachable!()
            }
            fn from_value(_value: ::core::primitive::i32) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
            fn from_label(_label: &::core::primitive::str) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
        }
    }
}
