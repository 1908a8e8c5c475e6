//! `state()` on status enums and `default_status()` on state enums.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::column::{type_ident, variant_idents};
use crate::codegen::merge::state_and_status;
use crate::codegen::model::{Column, Table};

/// The impls linking the table's state and status enums; nothing when the table lacks either.
/// Both return `Option` whatever the pages say, so that the signatures do not change when a
/// page update makes a link resolve or stop resolving: pages are not always consistent (legacy
/// pages name default statuses their own status table lacks), and the merge warns about each
/// link that does not resolve.
pub(super) fn emit_links(table: &Table) -> TokenStream {
    let Some((state, status)) = state_and_status(table) else {
        return TokenStream::new();
    };
    let state_type = type_ident(state);
    let status_type = type_ident(status);
    let status_to_state = arms(status, state, |option| option.state);
    let state_to_default = arms(state, status, |option| option.default_status);
    quote! {
        #[allow(deprecated)]
        impl #status_type {
            /// The state a record is in when it has this status reason; `None` when the page
            /// names no state, or one its state column does not list.
            #[inline]
            #[must_use]
            pub const fn state(self) -> ::core::option::Option<#state_type> {
                match self {
                    #(#status_to_state)*
                }
            }
        }

        #[allow(deprecated)]
        impl #state_type {
            /// The status reason a record gets by default when it enters this state; `None` when
            /// the page names no default status, or one its status column does not list.
            #[inline]
            #[must_use]
            pub const fn default_status(self) -> ::core::option::Option<#status_type> {
                match self {
                    #(#state_to_default)*
                }
            }
        }
    }
}

/// `Self::A => Some(Target::B),` for every option of `from` whose link resolves in `to`, then
/// `_ => None` when some do not.
fn arms(
    from: &Column,
    to: &Column,
    link: impl Fn(&crate::codegen::model::ChoiceOption) -> Option<i32>,
) -> Vec<TokenStream> {
    let to_type = type_ident(to);
    let to_variants: Vec<(i32, Ident)> = to
        .options
        .iter()
        .map(|o| o.value)
        .zip(variant_idents(to))
        .collect();
    let mut arms: Vec<TokenStream> = from
        .options
        .iter()
        .zip(variant_idents(from))
        .filter_map(|(option, variant)| {
            let target_value = link(option)?;
            let (_, target) = to_variants.iter().find(|(v, _)| *v == target_value)?;
            Some(quote! { Self::#variant => ::core::option::Option::Some(#to_type::#target), })
        })
        .collect();
    if arms.len() < from.options.len() {
        arms.push(quote! { _ => ::core::option::Option::None, });
    }
    arms
}
