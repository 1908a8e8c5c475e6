//! Reading the attributes the derive cares about: `#[choice(...)]` on the enum and on each
//! variant, and the enum's `#[repr(...)]`.
//!
//! Syntax errors are pushed to [`Errors`] and parsing carries on with the next attribute, so that
//! a typo in one variant does not hide the mistakes in the others.

use crate::errors::Errors;
use proc_macro2::Ident;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, Error, LitInt, LitStr, Meta, Path, Token};

/// The enum-level `#[choice(...)]` keys, plus the `#[repr]` the generated casts rely on.
pub(crate) struct EnumAttrs {
    /// `crate = path`, for a user who renamed the `connection-schema` dependency.
    pub krate: Option<Path>,
    /// `allow_duplicate_labels`.
    pub allow_duplicate_labels: bool,
    pub repr: Repr,
    /// `language = 1031`: the language code of the `label`s (default 1033).
    pub language: Option<u32>,
}

/// What the enum's `#[repr(...)]` says about its integer type.
pub(crate) enum Repr {
    /// No integer type is given, so rustc picks one and `as i32` could truncate.
    Missing,
    I32,
    /// Another integer type, e.g. the `u8` of `#[repr(u8)]`.
    Other(Ident),
    /// The attribute could not be read. rustc reports malformed `repr`s itself, and a second
    /// error from us about the same tokens would only be noise.
    Unreadable,
}

/// The variant-level `#[choice(...)]` keys.
pub(crate) struct VariantAttrs {
    pub label: Option<LitStr>,
    /// `label_in(1031 = "Firma", 1036 = "Compte")`: the label in other languages.
    pub translations: Vec<(u32, LitStr)>,
    /// A `#[choice]` on this variant did not parse. Its error is already reported, and a missing
    /// label is then most likely a consequence of it (`lable = "..."`), so it is not reported
    /// a second time.
    pub malformed: bool,
}

/// The integer types `#[repr]` accepts on a fieldless enum.
const INTEGER_REPRS: [&str; 12] = [
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

pub(crate) fn enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> EnumAttrs {
    let mut out = EnumAttrs {
        krate: None,
        allow_duplicate_labels: false,
        repr: Repr::Missing,
        language: None,
    };
    for attr in attrs {
        if attr.path().is_ident("repr") {
            read_repr(attr, &mut out.repr);
        } else if attr.path().is_ident("choice") {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("crate") {
                    let value = key_value(&meta, "crate = path::to::connection_schema")?;
                    // serde's `crate = "..."` takes a string; say so rather than "expected
                    // identifier".
                    if value.peek(LitStr) {
                        let text: LitStr = value.parse()?;
                        return Err(Error::new(
                            text.span(),
                            format_args!(
                                "`crate` takes a path, not a string: `crate = {}`",
                                text.value()
                            ),
                        ));
                    }
                    let path: Path = value.parse()?;
                    if out.krate.is_some() {
                        errors.push(duplicate_key(&meta.path));
                    } else {
                        out.krate = Some(path);
                    }
                    Ok(())
                } else if meta.path.is_ident("allow_duplicate_labels") {
                    if out.allow_duplicate_labels {
                        errors.push(duplicate_key(&meta.path));
                    }
                    out.allow_duplicate_labels = true;
                    Ok(())
                } else if meta.path.is_ident("language") {
                    let code: LitInt = key_value(&meta, "language = 1033")?.parse()?;
                    let code = code.base10_parse::<u32>()?;
                    if out.language.is_some() {
                        errors.push(duplicate_key(&meta.path));
                    }
                    out.language = Some(code);
                    Ok(())
                } else if meta.path.is_ident("label") || meta.path.is_ident("label_in") {
                    Err(meta.error(format_args!(
                        "`{}` belongs on each variant, not on the enum: \
                         `#[choice(label = \"...\")]`",
                        path_text(&meta.path),
                    )))
                } else {
                    Err(meta.error(format_args!(
                        "unknown key `{}` in `#[choice(...)]` on an enum; \
                         expected `allow_duplicate_labels`, `crate = path` or `language = 1033`",
                        path_text(&meta.path),
                    )))
                }
            });
            if let Err(error) = result {
                errors.push(error);
            }
        }
    }
    out
}

pub(crate) fn variant_attrs(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut out = VariantAttrs {
        label: None,
        translations: Vec::new(),
        malformed: false,
    };
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("choice")) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("label") {
                let label: LitStr = key_value(&meta, "label = \"...\"")?.parse()?;
                if !label.suffix().is_empty() {
                    errors.push(Error::new(label.span(), "a label cannot have a suffix"));
                }
                if out.label.is_some() {
                    errors.push(duplicate_key(&meta.path));
                } else {
                    out.label = Some(label);
                }
                Ok(())
            } else if meta.path.is_ident("label_in") {
                read_translations(&meta, &mut out.translations, errors)
            } else if meta.path.is_ident("allow_duplicate_labels")
                || meta.path.is_ident("crate")
                || meta.path.is_ident("language")
            {
                Err(meta.error(format_args!(
                    "`{}` belongs on the enum, not on a variant",
                    path_text(&meta.path),
                )))
            } else {
                Err(meta.error(format_args!(
                    "unknown key `{}` in `#[choice(...)]` on a variant; expected `label = \"...\"` \
                     or `label_in(1031 = \"...\")`",
                    path_text(&meta.path),
                )))
            }
        });
        if let Err(error) = result {
            errors.push(error);
            out.malformed = true;
        }
    }
    out
}

/// `label_in(1031 = "Firma", 1036 = "Compte")`: language codes are integers, which nested meta
/// syntax does not take, so the parenthesized list is read by hand.
fn read_translations(
    meta: &ParseNestedMeta<'_>,
    translations: &mut Vec<(u32, LitStr)>,
    errors: &mut Errors,
) -> syn::Result<()> {
    let content;
    syn::parenthesized!(content in meta.input);
    while !content.is_empty() {
        let code: LitInt = content.parse().map_err(|e| {
            Error::new(
                e.span(),
                "expected a language code and a label: `label_in(1031 = \"...\")`",
            )
        })?;
        content.parse::<Token![=]>()?;
        let label: LitStr = content.parse()?;
        let language = code.base10_parse::<u32>()?;
        if translations.iter().any(|(seen, _)| *seen == language) {
            errors.push(Error::new(
                code.span(),
                format_args!("duplicate language {language} in `label_in(...)`"),
            ));
        } else {
            translations.push((language, label));
        }
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(())
}

fn read_repr(attr: &Attribute, repr: &mut Repr) {
    // `Meta` rather than bare idents, so that `#[repr(C, align(8), i32)]` reads too.
    let Ok(items) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
        if matches!(repr, Repr::Missing) {
            *repr = Repr::Unreadable;
        }
        return;
    };
    for item in items {
        let Some(ident) = item.path().get_ident() else {
            continue;
        };
        if ident == "i32" {
            // A conflicting integer repr elsewhere is the more useful thing to report.
            if !matches!(repr, Repr::Other(_)) {
                *repr = Repr::I32;
            }
        } else if INTEGER_REPRS.iter().any(|name| ident == name) {
            *repr = Repr::Other(ident.clone());
        }
    }
}

/// The input after `key =`; syn's own error for a missing `=` only says "expected `=`".
fn key_value<'a>(meta: &ParseNestedMeta<'a>, usage: &str) -> syn::Result<ParseStream<'a>> {
    if meta.input.peek(Token![=]) {
        meta.value()
    } else {
        Err(meta.error(format_args!("expected `{usage}`")))
    }
}

fn duplicate_key(path: &Path) -> Error {
    Error::new_spanned(
        path,
        format_args!("duplicate `{}` in `#[choice(...)]`", path_text(path)),
    )
}

/// `a::b` as written, for messages (`quote`'s rendering would add spaces: `a :: b`).
fn path_text(path: &Path) -> String {
    let segments = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string());
    let joined = segments.collect::<Vec<_>>().join("::");
    if path.leading_colon.is_some() {
        format!("::{joined}")
    } else {
        joined
    }
}
