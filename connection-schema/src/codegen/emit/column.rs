//! One choice column → one enum, with its rustdoc.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::docs::{code, doc_line, escape_markdown, one_line};
use super::RuntimePath;
use crate::codegen::model::{Column, ColumnKind, Table};
use crate::codegen::naming;

/// Object type codes from this one up belong to custom or solution tables, whose codes differ
/// between Dataverse environments.
const FIRST_ENVIRONMENT_SPECIFIC_OBJECT_TYPE_CODE: i32 = 10_000;

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

pub(super) fn emit_enum(table: &Table, column: &Column, runtime: RuntimePath<'_>) -> TokenStream {
    let type_name = type_ident(column);
    let variants = column
        .options
        .iter()
        .zip(variant_idents(column))
        .map(|(option, ident)| {
            let label = option.label.as_str();
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
            quote! {
                #(#[doc = #doc])*
                #deprecated
                #[choice(label = #label)]
                #ident = #value,
            }
        });
    let enum_doc = enum_doc(table, column).into_iter().map(doc_line);
    let duplicate_labels = column
        .has_duplicate_labels()
        .then(|| quote! { #[choice(allow_duplicate_labels)] });
    let crate_attr = runtime.attribute();
    let runtime = runtime.tokens();
    let environment_specific = is_object_type_code(column).then(|| environment_specific(column));
    quote! {
        #(#[doc = #enum_doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, #runtime::Choice)]
        #[repr(i32)]
        #[non_exhaustive]
        #[allow(clippy::enum_variant_names)]
        #duplicate_labels
        #crate_attr
        pub enum #type_name {
            #(#variants)*
        }
        #environment_specific
    }
}

fn enum_doc(table: &Table, column: &Column) -> Vec<String> {
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
    lines.extend([
        String::new(),
        "`value()` is the integer Dataverse stores and the Web API sends; `label()` and \
         `Display` give the page's label."
            .to_owned(),
    ]);
    if is_object_type_code(column) {
        lines.extend([
            String::new(),
            "# Environment-specific values".to_owned(),
            String::new(),
            format!(
                "Object type codes of {FIRST_ENVIRONMENT_SPECIFIC_OBJECT_TYPE_CODE} and up belong \
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
    let first = Literal::i32_unsuffixed(FIRST_ENVIRONMENT_SPECIFIC_OBJECT_TYPE_CODE);
    let doc = format!(
        " Whether `value` is an object type code of {first} or more: a custom or solution \
         table's, which Dataverse assigns per environment."
    );
    quote! {
        impl #type_name {
            #[doc = #doc]
            #[must_use]
            pub const fn is_environment_specific_value(value: i32) -> bool {
                value >= #first
            }

            /// Whether this table's object type code is assigned per environment, so that
            /// another environment may use another code for it (see the type's documentation).
            #[must_use]
            #[allow(deprecated)]
            pub const fn is_environment_specific(self) -> bool {
                Self::is_environment_specific_value(self as i32)
            }
        }
    }
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
