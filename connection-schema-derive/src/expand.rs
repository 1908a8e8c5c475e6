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

/// Enums with at least this many distinct labels look labels up in a hash table (the
/// runtime's `__private::LabelTable`); smaller ones use a `match`, which rustc turns into a
/// switch on the length and a comparison per label of that length. Measured (FromStr of exact labels, random order,
/// on a 2-core EPYC): the table costs about 6.7 ns at any size; the `match` 2–3 ns up to 64
/// labels, 4 ns at 256, 9 ns at 512, 17 ns at 1,024 and 80 ns at 5,000.
const LABEL_TABLE_FROM: usize = 384;

/// Up to this many labels, the exact `match` is `inline(always)`: rustc declines to inline it
/// once several functions call it, and the call then costs as much as the match.
const INLINE_ALWAYS_UP_TO: usize = 32;

/// The inherent impl sits in the runtime scope too: a large enum's `from_label` probes a
/// `static` table of the runtime's type, which lives, private and unnameable, in the same block.
pub(crate) fn expand(checked: &Checked<'_>) -> TokenStream {
    let lookup = LabelLookup::new(checked);
    let inherent = inherent_impl(checked, &lookup);
    let traits = trait_impls(checked, &lookup);
    let serde = serde_impls::impls(checked);
    let table = &lookup.table;
    in_runtime_scope(
        checked.krate,
        quote! {
            #table
            #inherent
            #traits
            #serde
        },
    )
}

/// The bodies of `from_label` and `from_label_ignore_ascii_case`, and the items they use.
struct LabelLookup {
    /// Items for the runtime scope, private to it so that their names cannot clash: a large
    /// enum's `static` table.
    table: TokenStream,
    /// The lookups' inline attribute.
    inline: TokenStream,
    /// `from_label`'s body.
    exact: TokenStream,
    /// `from_label_ignore_ascii_case`'s body.
    ignore_case: TokenStream,
    /// `Choice::from_label_ignore_ascii_case`, when the trait's provided scan of `ALL` is not
    /// what the enum should use.
    trait_ignore_case: TokenStream,
}

impl LabelLookup {
    fn new(checked: &Checked<'_>) -> Self {
        let ident = checked.ident;
        // A later variant with an already used label could never be found first.
        let (variants, labels): (Vec<_>, Vec<_>) = checked
            .variants
            .iter()
            .filter(|v| v.first_with_label)
            .map(|v| (v.ident, v.label.as_str()))
            .unzip();
        if labels.len() >= LABEL_TABLE_FROM {
            return Self::table(ident, &variants, &labels);
        }
        // Exact first, as strum's `FromStr` is: one `match` (a switch on the length, then a
        // comparison or two), which must inline into the caller to be as fast, so it is
        // `inline(always)` while it is small. The case-insensitive fallback only runs when that
        // failed: the `Choice` trait's provided scan of `ALL`, compiled once for every enum
        // rather than emitted into each (see the README's build cost at scale).
        let inline = if labels.len() <= INLINE_ALWAYS_UP_TO {
            quote!(#[inline(always)])
        } else {
            quote!(#[inline])
        };
        let krate = format_ident!("{}", RUNTIME);
        LabelLookup {
            table: TokenStream::new(),
            inline,
            exact: quote! {
                match label {
                    #(#labels => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            },
            ignore_case: quote!(<Self as #krate::Choice>::from_label_ignore_ascii_case(label)),
            trait_ignore_case: TokenStream::new(),
        }
    }

    /// The table is laid out by the runtime's `const fn lay_out`, evaluated by the compiler: the
    /// hash and the layout exist once, in the runtime, so they cannot disagree with the lookup.
    /// Only the slot count is decided here, the smallest power of two at least twice the label
    /// count (at most half full; `lay_out` refuses anything else at compile time).
    ///
    /// The lint: rustc denies a constant that runs more than 2,000,000 interpreter steps, lest
    /// `loop {}` hang the build. `lay_out` takes about 52 steps a label (measured: 38,750 labels
    /// pass, 38,906 do not), so 5,000 or 20,000 labels are far from it, but a larger enum would
    /// fail to build, which a table written out by the derive never did. `lay_out` always ends
    /// (the table has empty slots), so the lint is allowed. Past about 77,000 labels (4,000,000
    /// steps) rustc also warns "constant evaluation is taking a long time", which no attribute
    /// silences.
    fn table(ident: &Ident, variants: &[&Ident], labels: &[&str]) -> Self {
        let krate = format_ident!("{}", RUNTIME);
        let slots = (2 * labels.len()).next_power_of_two().max(2);
        LabelLookup {
            // The variants are named through the enum: a `static` cannot use `Self`.
            table: quote! {
                #[allow(deprecated, long_running_const_eval)]
                static __CHOICE_LABELS: #krate::__private::LabelTable<#ident> =
                    #krate::__private::LabelTable::new(
                        &#krate::__private::lay_out::<#ident, #slots>(
                            &[#(#labels),*],
                            &[#(#ident::#variants),*],
                        ),
                    );
            },
            inline: quote!(#[inline]),
            exact: quote!(__CHOICE_LABELS.find(label)),
            ignore_case: quote!(__CHOICE_LABELS.find_ignore_ascii_case(label)),
            // The trait's provided scan would walk every option; the table does not.
            trait_ignore_case: quote! {
                #[inline]
                fn from_label_ignore_ascii_case(
                    label: &::core::primitive::str,
                ) -> ::core::option::Option<Self> {
                    Self::from_label_ignore_ascii_case(label)
                }
            },
        }
    }
}

fn inherent_impl(checked: &Checked<'_>, lookup: &LabelLookup) -> TokenStream {
    let ident = checked.ident;
    let variants: Vec<_> = checked.variants.iter().map(|v| v.ident).collect();
    let labels: Vec<_> = checked.variants.iter().map(|v| v.label.as_str()).collect();
    let count = variants.len();
    let from_value = from_value_body(checked);
    let LabelLookup {
        inline,
        exact,
        ignore_case,
        ..
    } = lookup;

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
            #[inline]
            #[must_use]
            pub const fn from_value(
                value: ::core::primitive::i32,
            ) -> ::core::option::Option<Self> {
                #from_value
            }

            /// The option with exactly this label, if there is one. Where several options share
            /// a label, the first one declared.
            #inline
            #[must_use]
            pub fn from_label(label: &::core::primitive::str) -> ::core::option::Option<Self> {
                #exact
            }

            /// The option with this label, compared exactly first and then ignoring ASCII case:
            /// an exact match wins, else the first option declared whose label is equal up to
            /// ASCII case. Non-ASCII letters must match exactly. `FromStr` parses this way.
            #inline
            #[must_use]
            pub fn from_label_ignore_ascii_case(
                label: &::core::primitive::str,
            ) -> ::core::option::Option<Self> {
                #ignore_case
            }
        }
    }
}

/// `from_value`'s body: a plain integer `match`, which rustc compiles to a jump table or a
/// binary search. The patterns are the values themselves where every variant's value is an
/// integer literal (always, in generated code); otherwise local consts, one per variant, which
/// name the enum rather than `Self` (nested items cannot use it) and are numbered so that no
/// variant name can clash. Literals spare the compiler one item per option.
fn from_value_body(checked: &Checked<'_>) -> TokenStream {
    let ident = checked.ident;
    let variants: Vec<_> = checked.variants.iter().map(|v| v.ident).collect();
    let literals: Option<Vec<i32>> = checked
        .variants
        .iter()
        .map(|v| v.value.and_then(|value| i32::try_from(value).ok()))
        .collect();
    if let Some(values) = literals {
        return quote! {
            match value {
                #(#values => ::core::option::Option::Some(Self::#variants),)*
                _ => ::core::option::Option::None,
            }
        };
    }
    let consts: Vec<_> = (0..variants.len())
        .map(|i| format_ident!("__VALUE_{}", i))
        .collect();
    quote! {
        #(const #consts: ::core::primitive::i32 = #ident::#variants as ::core::primitive::i32;)*
        match value {
            #(#consts => ::core::option::Option::Some(Self::#variants),)*
            _ => ::core::option::Option::None,
        }
    }
}

fn trait_impls(checked: &Checked<'_>, lookup: &LabelLookup) -> TokenStream {
    let trait_ignore_case = &lookup.trait_ignore_case;
    let inline = &lookup.inline;
    let ident = checked.ident;
    let krate = format_ident!("{}", RUNTIME);
    let name = ident.unraw().to_string();
    let languages = crate::languages::trait_items(checked);

    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
            type Error = #krate::UnknownValue;

            #[inline]
            fn try_from(
                value: ::core::primitive::i32,
            ) -> ::core::result::Result<Self, #krate::UnknownValue> {
                #krate::__private::try_from_value(value)
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
            // `pad` rather than `write_str`, so that `{:>20}` and friends work.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(Self::label(*self))
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
                #krate::__private::parse(label)
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

            // As the inherent one: a small enum's `match` must inline into `FromStr`.
            #inline
            fn from_label(label: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_label(label)
            }

            #trait_ignore_case
            #languages
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LABEL_TABLE_FROM;

    /// The expansion of an enum with `distinct` labels (and one repeat, which must not count).
    fn expand_with(distinct: usize) -> String {
        let variants: Vec<String> = (0..distinct)
            .map(|i| format!("#[choice(label = \"Option {i}\")] V{i} = {i},"))
            .chain([format!(
                "#[choice(label = \"Option 0\")] Again = {distinct},"
            )])
            .collect();
        let source = format!(
            "#[repr(i32)] #[choice(allow_duplicate_labels)] enum E {{ {} }}",
            variants.concat()
        );
        let input: syn::DeriveInput = match syn::parse_str(&source) {
            Ok(input) => input,
            Err(error) => panic!("test input does not parse: {error}"),
        };
        crate::derive(&input).to_string()
    }

    #[test]
    fn large_enums_get_a_label_table_and_small_ones_a_match() {
        let small = expand_with(LABEL_TABLE_FROM - 1);
        assert!(!small.contains("__CHOICE_LABELS"), "{small}");
        let large = expand_with(LABEL_TABLE_FROM);
        assert!(large.contains("static __CHOICE_LABELS"), "{large}");
        // Laid out by the runtime at compile time, 384 labels in 1,024 slots, not by the derive.
        assert!(large.contains("lay_out :: < E , 1024usize >"), "{large}");
    }
}
