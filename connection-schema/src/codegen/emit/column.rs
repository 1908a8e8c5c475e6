//! One choice column → one enum, with its rustdoc.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::docs::{code, doc_line, escape_markdown, one_line};
use super::Target;
use crate::codegen::model::{
    ChoiceOption, Column, ColumnKind, Source, Table, BASE_LANGUAGE,
    FIRST_ENVIRONMENT_SPECIFIC_VALUE,
};
use crate::codegen::naming;

/// The enum's name.
pub(super) fn type_ident(column: &Column) -> Ident {
    Ident::new(&naming::type_name(&column.name), Span::call_site())
}

/// The variants' names, in option order.
pub(super) fn variant_idents(column: &Column) -> Vec<Ident> {
    let pairs: Vec<(i32, &str)> = column
        .options
        .iter()
        .map(|o| (o.value, o.label.as_str()))
        .collect();
    naming::variant_names(&pairs)
        .iter()
        .map(|name| Ident::new(name, Span::call_site()))
        .collect()
}

pub(super) fn emit_enum(table: &Table, column: &Column, target: Target<'_>) -> TokenStream {
    let type_name = type_ident(column);
    let language = enum_language(column, target.language);
    let variants = column
        .options
        .iter()
        .zip(variant_idents(column))
        .map(|(option, ident)| {
            let (label, translations) = labels_in(option, language);
            let mut doc = vec![format!(
                "{} (`{}`)",
                escape_markdown(&option.label),
                option.value
            )];
            if let Some(description) = &option.description {
                doc.extend([String::new(), escape_markdown(description)]);
            }
            if option.file != column.file {
                doc.extend([String::new(), format!("Added by {}.", code(&option.file))]);
            }
            let doc = doc.into_iter().map(doc_line);
            let value = discriminant(option.value);
            let deprecated = deprecation(&option.label);
            let translations = (!translations.is_empty()).then(|| {
                let codes = translations
                    .iter()
                    .map(|(code, _)| Literal::u32_unsuffixed(*code));
                let texts = translations.iter().map(|(_, text)| text);
                quote! { , label_in(#(#codes = #texts),*) }
            });
            quote! {
                #(#[doc = #doc])*
                #deprecated
                #[choice(label = #label #translations)]
                #ident = #value,
            }
        });
    let language_attr = (language != BASE_LANGUAGE).then(|| {
        let code = Literal::u32_unsuffixed(language);
        quote! { #[choice(language = #code)] }
    });
    let enum_doc = enum_doc(table, column, language).into_iter().map(doc_line);
    let duplicate_labels = column
        .has_duplicate_labels()
        .then(|| quote! { #[choice(allow_duplicate_labels)] });
    let crate_attr = target.runtime.attribute();
    let runtime = target.runtime.tokens();
    let environment_specific = is_object_type_code(column).then(|| environment_specific(column));
    let logical_names = logical_names(column);
    quote! {
        #(#[doc = #enum_doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, #runtime::Choice)]
        #[repr(i32)]
        #[non_exhaustive]
        #[allow(clippy::enum_variant_names)]
        #duplicate_labels
        #language_attr
        #crate_attr
        pub enum #type_name {
            #(#variants)*
        }
        #environment_specific
        #logical_names
    }
}

/// The language of the enum's `label()`: the one asked for when some option has a label in it;
/// else the language the source's own labels are in (pages: the base language).
fn enum_language(column: &Column, wanted: u32) -> u32 {
    let options = &column.options;
    if options
        .iter()
        .any(|o| o.localized_labels.contains_key(&wanted))
    {
        return wanted;
    }
    options
        .iter()
        .find_map(|o| {
            o.localized_labels
                .iter()
                .find(|(_, text)| **text == o.label)
                .map(|(code, _)| *code)
        })
        .unwrap_or(BASE_LANGUAGE)
}

/// The option's label in `language` (its own label when it has none there), and its labels in
/// the other languages, by code.
fn labels_in(option: &ChoiceOption, language: u32) -> (&str, Vec<(u32, &str)>) {
    let label = option
        .localized_labels
        .get(&language)
        .map_or(option.label.as_str(), String::as_str);
    let others = option
        .localized_labels
        .iter()
        .filter(|(code, _)| **code != language)
        .map(|(code, text)| (*code, text.as_str()))
        .collect();
    (label, others)
}

fn enum_doc(table: &Table, column: &Column, language: u32) -> Vec<String> {
    let metadata = &column.metadata;
    let title = match &metadata.display_name {
        Some(display) => format!("*{}*", escape_markdown(display)),
        None => format!("The {} column", code(&column.name)),
    };
    let mut lines = vec![
        format!(
            "{title}: a {} of the {} table.",
            kind_noun(column),
            code(&table.name)
        ),
        String::new(),
    ];
    if let Some(description) = &metadata.description {
        lines.extend([escape_markdown(&one_line(description)), String::new()]);
    }
    let mut facts = vec![format!("- Schema name: {}", code(&column.name))];
    let column_type = metadata.r#type.as_ref().map(ToString::to_string);
    let optional = [
        ("Logical name (Web API)", &metadata.logical_name),
        ("Type", &column_type),
        ("Global choice", &metadata.global_choice_name),
        ("Default form value", &metadata.default_form_value),
    ];
    for (what, value) in optional {
        if let Some(value) = value {
            facts.push(format!("- {what}: {}", code(value)));
        }
    }
    if let Some(base) = &column.changes_from {
        facts.push(format!(
            "- Extends: {} ({})",
            escape_markdown(&base.text),
            code(&base.url)
        ));
    }
    facts.push(format!(
        "- Generated from {}, line {}; {} options",
        code(&column.file),
        column.line,
        column.options.len()
    ));
    lines.extend(facts);
    let label_source = match column.source {
        Source::LearnPage => "the page's label".to_owned(),
        Source::WebApiMetadata => format!(
            "the label in language {language}, and `Choice::label_in` the environment's other \
             languages"
        ),
    };
    lines.extend([
        String::new(),
        format!(
            "`value()` is the integer Dataverse stores and the Web API sends; `label()` and \
             `Display` give {label_source}."
        ),
    ]);
    if is_object_type_code(column) && column.source == Source::WebApiMetadata {
        lines.extend([
            String::new(),
            "# Environment-specific values".to_owned(),
            String::new(),
            format!(
                "Generated from your environment's metadata: the codes are that environment's. \
                 Object type codes of {FIRST_ENVIRONMENT_SPECIFIC_VALUE} and up belong to custom \
                 or solution tables and differ in other environments; `is_environment_specific()` \
                 tells them apart."
            ),
        ]);
    } else if is_object_type_code(column) {
        lines.extend([
            String::new(),
            "# Environment-specific values".to_owned(),
            String::new(),
            format!(
                "Object type codes of {FIRST_ENVIRONMENT_SPECIFIC_VALUE} and up belong \
                 to custom or solution tables: Dataverse assigns them per environment, so the same \
                 table can have another code in your environment than the one on this page. \
                 Compare such values by table logical name, not by number, expect \
                 `TryFrom<i32>` to reject codes this page does not list, and use \
                 `is_environment_specific()` to tell them apart."
            ),
        ]);
    }
    lines
}

fn kind_noun(column: &Column) -> &'static str {
    match column.kind() {
        ColumnKind::State => "state column",
        ColumnKind::Status => "status reason column",
        ColumnKind::MultiSelectPicklist => "multi-select choice column",
        ColumnKind::Picklist | ColumnKind::Boolean | ColumnKind::Other => "choice column",
    }
}

/// `#[deprecated]` for an option the page labels "... (Deprecated)": code that names the variant
/// is warned, while the derive's `#[allow(deprecated)]` keeps `ALL`, `Display`, `TryFrom` and the
/// rest quiet for everyone else. The label, and so `Display`, stays whole.
fn deprecation(label: &str) -> Option<TokenStream> {
    label.trim_end().ends_with("(Deprecated)").then(|| {
        quote! {
            #[deprecated = "the documentation labels this option (Deprecated); it is kept so that stored values still convert"]
        }
    })
}

fn is_object_type_code(column: &Column) -> bool {
    column.name.to_ascii_lowercase().ends_with("objecttypecode")
}

fn environment_specific(column: &Column) -> TokenStream {
    let type_name = type_ident(column);
    let first = Literal::i32_unsuffixed(FIRST_ENVIRONMENT_SPECIFIC_VALUE);
    let doc = format!(
        " Whether `value` is an object type code of {first} or more: a custom or solution \
         table's, which Dataverse assigns per environment."
    );
    quote! {
        impl #type_name {
            #[doc = #doc]
            #[inline]
            #[must_use]
            pub const fn is_environment_specific_value(value: i32) -> bool {
                value >= #first
            }

            /// Whether this table's object type code is assigned per environment, so that
            /// another environment may use another code for it (see the type's documentation).
            #[inline]
            #[must_use]
            #[allow(deprecated)]
            pub const fn is_environment_specific(self) -> bool {
                Self::is_environment_specific_value(self as i32)
            }
        }
    }
}

/// `logical_name()` and `from_logical_name()` for an enum whose options stand for tables (an
/// `EntityDefinitions` export), which compare tables across environments by name.
fn logical_names(column: &Column) -> Option<TokenStream> {
    let names: Vec<&str> = column
        .options
        .iter()
        .map(|o| o.logical_name.as_deref())
        .collect::<Option<_>>()?;
    let type_name = type_ident(column);
    let variants = variant_idents(column);
    Some(quote! {
        #[allow(deprecated)]
        impl #type_name {
            /// The table's logical name (`account`), the same in every environment.
            #[must_use]
            pub const fn logical_name(self) -> &'static str {
                match self {
                    #(Self::#variants => #names,)*
                }
            }

            /// The table with this logical name in this environment, if any.
            #[must_use]
            pub fn from_logical_name(logical_name: &str) -> ::core::option::Option<Self> {
                match logical_name {
                    #(#names => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    })
}

fn discriminant(value: i32) -> TokenStream {
    // A literal token cannot carry the sign: `-` is its own token in Rust's grammar.
    let magnitude = Literal::i64_unsuffixed(i64::from(value).abs());
    if value < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}
