//! The derive's view of its input: the `syn` tree with the attributes already read, still
//! holding references into it so that every error can point at the user's tokens.

use crate::attr::{self, EnumAttrs, VariantAttrs};
use crate::errors::Errors;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Data, DeriveInput, Expr, Ident, Lit, UnOp};

pub(crate) struct Input<'a> {
    pub original: &'a DeriveInput,
    pub attrs: EnumAttrs,
    pub body: Body<'a>,
}

pub(crate) enum Body<'a> {
    Enum(Vec<Variant<'a>>),
    /// A `struct` or `union`, which cannot be a choice.
    NotEnum {
        /// From the keyword to the name (`struct Foo`), for the error span.
        head: TokenStream,
        keyword: &'static str,
    },
}

pub(crate) struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub ident: &'a Ident,
    pub attrs: VariantAttrs,
    pub discriminant: Option<Discriminant<'a>>,
}

pub(crate) struct Discriminant<'a> {
    pub expr: &'a Expr,
    /// The value, when the expression is an integer literal, possibly negated. Anything else
    /// (a `const`, arithmetic) is left to rustc, which evaluates it and rejects duplicates itself.
    pub value: Option<i128>,
}

impl<'a> Input<'a> {
    /// Reads the attributes; syntax errors in them go to `errors`.
    pub(crate) fn from_syn(original: &'a DeriveInput, errors: &mut Errors) -> Self {
        let attrs = attr::enum_attrs(&original.attrs, errors);
        let ident = &original.ident;
        let body = match &original.data {
            Data::Enum(data) => Body::Enum(
                data.variants
                    .iter()
                    .map(|variant| Variant::from_syn(variant, errors))
                    .collect(),
            ),
            Data::Struct(data) => Body::NotEnum {
                head: head(&data.struct_token, ident),
                keyword: "struct",
            },
            Data::Union(data) => Body::NotEnum {
                head: head(&data.union_token, ident),
                keyword: "union",
            },
        };
        Input {
            original,
            attrs,
            body,
        }
    }
}

impl<'a> Variant<'a> {
    fn from_syn(original: &'a syn::Variant, errors: &mut Errors) -> Self {
        Variant {
            original,
            ident: &original.ident,
            attrs: attr::variant_attrs(&original.attrs, errors),
            discriminant: original
                .discriminant
                .as_ref()
                .map(|(_, expr)| Discriminant {
                    expr,
                    value: literal_value(expr),
                }),
        }
    }
}

fn head(keyword: &dyn ToTokens, ident: &Ident) -> TokenStream {
    let mut tokens = keyword.to_token_stream();
    ident.to_tokens(&mut tokens);
    tokens
}

fn literal_value(expr: &Expr) -> Option<i128> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => int.base10_parse().ok(),
            _ => None,
        },
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => {
            literal_value(&unary.expr).and_then(i128::checked_neg)
        }
        // Invisible groups come from `macro_rules!` fragments (`$value:expr`), parentheses from
        // people; neither changes the value.
        Expr::Group(group) => literal_value(&group.expr),
        Expr::Paren(paren) => literal_value(&paren.expr),
        _ => None,
    }
}
