//! `Choice::LANGUAGE` and `Choice::label_in` for enums whose labels come in several languages
//! (`#[choice(language = …)]`, `label_in(…)`). Enums with one language get nothing here: the
//! trait's provided items already answer for them, so they pay nothing.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::expand::RUNTIME;
use crate::valid::Checked;

/// Items for the `Choice` impl.
pub(crate) fn trait_items(checked: &Checked<'_>) -> TokenStream {
    let language = checked.language.map(|code| {
        quote! { const LANGUAGE: ::core::primitive::u32 = #code; }
    });
    let mut codes: Vec<u32> = checked
        .variants
        .iter()
        .flat_map(|v| v.translations.iter().map(|(code, _)| *code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    if codes.is_empty() {
        return language.unwrap_or_default();
    }
    let krate = format_ident!("{}", RUNTIME);
    let arms = codes.iter().map(|&code| {
        let variants = checked.variants.iter().map(|variant| {
            let ident = variant.ident;
            match variant.translations.iter().find(|(c, _)| *c == code) {
                Some((_, label)) => {
                    quote! { Self::#ident => ::core::option::Option::Some(#label), }
                }
                None => quote! { Self::#ident => ::core::option::Option::None, },
            }
        });
        quote! { #code => match self { #(#variants)* }, }
    });
    quote! {
        #language

        #[inline]
        fn label_in(
            self,
            language_code: ::core::primitive::u32,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            match language_code {
                <Self as #krate::Choice>::LANGUAGE => ::core::option::Option::Some(Self::label(self)),
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    }
}
