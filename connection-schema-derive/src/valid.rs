//! The rules a choice enum must follow, checked all at once, and the checked form that
//! [`crate::expand`] turns into code.

use crate::ast::{Body, Input, Variant};
use crate::attr::Repr;
use crate::errors::Errors;
use std::collections::BTreeMap;
use syn::ext::IdentExt;
use syn::{Error, Fields, Ident, Path};

/// An enum that passed every check: the code generator needs no error paths.
pub(crate) struct Checked<'a> {
    pub ident: &'a Ident,
    pub krate: Option<&'a Path>,
    pub variants: Vec<CheckedVariant<'a>>,
    /// The language code of the labels, when not the default.
    pub language: Option<u32>,
}

pub(crate) struct CheckedVariant<'a> {
    pub ident: &'a Ident,
    /// The value, when written as an integer literal (see [`crate::ast`]).
    pub value: Option<i128>,
    pub label: String,
    /// No earlier variant has the same label. Only such variants get a `from_label` arm: a later
    /// arm with the same string could never match.
    pub first_with_label: bool,
    /// The label in other languages, by language code.
    pub translations: Vec<(u32, String)>,
}

/// Checks `input`, adding to the syntax errors already in `errors`; `Err` holds all of them.
pub(crate) fn check<'a>(input: &'a Input<'a>, mut errors: Errors) -> syn::Result<Checked<'a>> {
    let original = input.original;
    let variants = match &input.body {
        Body::Enum(variants) => variants,
        Body::NotEnum { head, keyword } => {
            // Nothing else can be checked on a struct or union.
            return Err(errors.with(Error::new_spanned(
                head,
                format_args!("`#[derive(Choice)]` works on fieldless enums, not on a {keyword}"),
            )));
        }
    };

    let generics = &original.generics;
    if !generics.params.is_empty() {
        errors.push(Error::new_spanned(
            generics,
            "Choice enums cannot be generic",
        ));
    } else if let Some(where_clause) = &generics.where_clause {
        errors.push(Error::new_spanned(
            where_clause,
            "Choice enums cannot be generic",
        ));
    }

    if variants.is_empty() {
        // The `repr` is not checked here: rustc rejects `#[repr(i32)]` on an enum with no
        // variants, so asking for it would lead the user into a second error.
        errors.push(Error::new(
            original.ident.span(),
            "Choice enums need at least one variant",
        ));
    } else {
        check_repr(input, &mut errors);
    }

    let mut checked = Vec::with_capacity(variants.len());
    let mut by_value = BTreeMap::new();
    let mut by_label = BTreeMap::new();
    let language = input.attrs.language.unwrap_or(DEFAULT_LANGUAGE);
    // Checked in the order the tokens appear (label attribute, name, fields, value), so the
    // errors read top to bottom.
    for variant in variants {
        if let Some(label) = check_label(variant, &mut errors) {
            let first_with_label = match by_label.get(&label) {
                None => {
                    by_label.insert(label.clone(), variant.ident);
                    true
                }
                Some(first) => {
                    if !input.attrs.allow_duplicate_labels {
                        errors.push(duplicate_label(variant, &label, first));
                    }
                    false
                }
            };
            let translations = check_translations(variant, language, &mut errors);
            checked.push(CheckedVariant {
                ident: variant.ident,
                value: variant.discriminant.as_ref().and_then(|d| d.value),
                label,
                first_with_label,
                translations,
            });
        }
        check_shape(variant, &mut errors);
        check_value(variant, &mut by_value, &mut errors);
    }

    errors.finish().map(|()| Checked {
        ident: &original.ident,
        krate: input.attrs.krate.as_ref(),
        variants: checked,
        language: input
            .attrs
            .language
            .filter(|&code| code != DEFAULT_LANGUAGE),
    })
}

/// The language of `label` unless the enum says otherwise: English (United States), the
/// language of the Learn pages and Dataverse's usual base language.
const DEFAULT_LANGUAGE: u32 = 1033;

/// `label_in(...)` may not repeat the language `label` is in, nor give an empty label.
fn check_translations(
    variant: &Variant<'_>,
    language: u32,
    errors: &mut Errors,
) -> Vec<(u32, String)> {
    let mut translations = Vec::with_capacity(variant.attrs.translations.len());
    for (code, label) in &variant.attrs.translations {
        let text = label.value();
        if *code == language {
            errors.push(Error::new(
                label.span(),
                format_args!(
                    "the label in language {code} is `label`; `label_in` is for other languages"
                ),
            ));
        } else if text.is_empty() {
            errors.push(Error::new(label.span(), "a label cannot be empty"));
        } else {
            translations.push((*code, text));
        }
    }
    translations
}

fn check_repr(input: &Input<'_>, errors: &mut Errors) {
    // Dataverse stores option values as 32-bit signed integers (Int32 in the Web API metadata);
    // with any other repr, `value()` (`self as i32`) could silently change them.
    match &input.attrs.repr {
        Repr::I32 | Repr::Unreadable => {}
        Repr::Missing => errors.push(Error::new(
            input.original.ident.span(),
            "Choice enums need `#[repr(i32)]`: Dataverse option values are 32-bit signed integers",
        )),
        Repr::Other(ident) => errors.push(Error::new(
            ident.span(),
            format_args!(
                "Choice enums need `#[repr(i32)]`, not `#[repr({ident})]`: \
                 Dataverse option values are 32-bit signed integers"
            ),
        )),
    }
}

/// Rejects fields and implicit values: a variant is one option with its documented value.
fn check_shape(variant: &Variant<'_>, errors: &mut Errors) {
    if variant.discriminant.is_none() {
        // Implicit discriminants would make a value depend on the variant's position, and the
        // values are what Dataverse stores.
        errors.push(Error::new(
            variant.ident.span(),
            format_args!(
                "`{}` needs an explicit value: `{} = <value from the documentation>`",
                variant.ident.unraw(),
                variant.ident,
            ),
        ));
    }
    if !matches!(variant.original.fields, Fields::Unit) {
        errors.push(Error::new_spanned(
            &variant.original.fields,
            "Choice variants cannot have fields: each one is a single option value",
        ));
    }
}

/// Rejects a value already used by an earlier variant.
fn check_value<'a>(
    variant: &Variant<'a>,
    by_value: &mut BTreeMap<i128, &'a Ident>,
    errors: &mut Errors,
) {
    // A missing value is reported by `check_shape`, one the derive cannot evaluate by rustc.
    let Some((discriminant, value)) = variant
        .discriminant
        .as_ref()
        .and_then(|discriminant| Some((discriminant, discriminant.value?)))
    else {
        return;
    };
    if let Some(first) = by_value.get(&value) {
        errors.push(Error::new_spanned(
            discriminant.expr,
            format_args!(
                "duplicate value {value}: already used by `{}`",
                first.unraw()
            ),
        ));
    } else {
        by_value.insert(value, variant.ident);
    }
}

/// The label's text, when it is present and not blank.
fn check_label(variant: &Variant<'_>, errors: &mut Errors) -> Option<String> {
    let Some(label) = &variant.attrs.label else {
        if !variant.attrs.malformed {
            errors.push(Error::new(
                variant.ident.span(),
                format_args!(
                    "`{}` has no label: add `#[choice(label = \"...\")]` with the label from the documentation",
                    variant.ident.unraw(),
                ),
            ));
        }
        return None;
    };
    let text = label.value();
    if text.trim().is_empty() {
        errors.push(Error::new(label.span(), "a label cannot be empty"));
        return None;
    }
    Some(text)
}

fn duplicate_label(variant: &Variant<'_>, label: &str, first: &Ident) -> Error {
    let span = variant
        .attrs
        .label
        .as_ref()
        .map_or_else(|| variant.ident.span(), syn::LitStr::span);
    Error::new(
        span,
        format_args!(
            "duplicate label {label:?}: already used by `{}`; if the documentation really repeats \
             it, add `#[choice(allow_duplicate_labels)]` to the enum (then `from_label` returns \
             the first variant)",
            first.unraw(),
        ),
    )
}
