//! [`Table`]s → Rust source: one module per table, one `#[derive(Choice)]` enum per choice
//! column.
//!
//! Output depends only on the model and the options: no timestamps, no absolute paths, no
//! hash-map order, so the same pages always give the same bytes.

mod column;
mod docs;
mod links;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::check::{GENERATED_MARKER, SOURCE_PREFIX};
use super::error::Error;
use super::model::{Source, Table, BASE_LANGUAGE};
use super::naming;
use docs::{code, doc_line, escape_markdown, one_line};

/// How the generated code names the runtime crate.
#[derive(Clone, Copy)]
pub(crate) struct RuntimePath<'a>(Option<&'a syn::Path>);

impl RuntimePath<'_> {
    /// The path to prefix `Choice` and friends with.
    fn tokens(self) -> TokenStream {
        self.0
            .map_or_else(|| quote!(::connection_schema), |path| quote!(#path))
    }

    /// `#[choice(crate = …)]` when the path is not the default.
    fn attribute(self) -> Option<TokenStream> {
        self.0.map(|path| quote! { #[choice(crate = #path)] })
    }
}

/// The formatted source file for `tables`: the `@generated` header, then one module per table.
/// `crate_path` is how the generated code names the `connection_schema` crate when that is not
/// `::connection_schema`. Labels are in the base language (1033); see
/// [`render_tables_in`] for another.
pub fn render_tables(tables: &[Table], crate_path: Option<&syn::Path>) -> Result<String, Error> {
    render_tables_in(tables, crate_path, BASE_LANGUAGE)
}

/// [`render_tables`] with `label()` and `Display` in the language with this code, for the
/// columns whose source has labels in it (Web API metadata); the other languages stay reachable
/// through `Choice::label_in`. Variant names always come from the base-language label, so the
/// Rust names do not change with the language.
pub fn render_tables_in(
    tables: &[Table],
    crate_path: Option<&syn::Path>,
    language: u32,
) -> Result<String, Error> {
    // `check` reads these two lines back, so they come from its constants.
    let mut header = format!("{GENERATED_MARKER}: do not edit by hand.\n");
    for page in tables.iter().flat_map(|t| &t.pages) {
        header.push_str(&format!(
            "{SOURCE_PREFIX}{} ({})\n",
            page.file,
            one_line(&page.title)
        ));
    }
    header.push_str("// To change these enums, change the pages named above and regenerate.\n\n");
    check_unique_modules(tables)?;
    let target = Target {
        runtime: RuntimePath(crate_path),
        language,
    };
    let modules = tables
        .iter()
        .map(|table| emit_table(table, target))
        .collect::<Result<Vec<_>, Error>>()?;
    let tokens = quote! { #(#modules)* };
    let file = syn::parse2::<syn::File>(tokens).map_err(|e| {
        let file = tables
            .first()
            .and_then(|t| t.pages.first())
            .map_or("<no page>", |p| p.file.as_str());
        Error::file(
            file,
            format!("internal error: the generated code does not parse ({e}); please report it"),
        )
    })?;
    Ok(header + &prettyplease::unparse(&file))
}

/// What the generated code is for: how it names the runtime crate, which language its labels
/// are in.
#[derive(Clone, Copy)]
pub(crate) struct Target<'a> {
    runtime: RuntimePath<'a>,
    language: u32,
}

/// One table's module.
fn emit_table(table: &Table, target: Target<'_>) -> Result<TokenStream, Error> {
    let module = module_ident(&table.name);
    let enum_columns: Vec<_> = table.columns.iter().filter(|c| c.is_enum()).collect();
    check_unique_type_names(table)?;
    let enums = enum_columns
        .iter()
        .map(|column| column::emit_enum(table, column, target));
    let links = links::emit_links(table);
    let module_doc = module_doc(table).into_iter().map(doc_line);
    Ok(quote! {
        #(#[doc = #module_doc])*
        pub mod #module {
            #(#enums)*
            #links
        }
    })
}

fn module_doc(table: &Table) -> Vec<String> {
    let mut lines = vec![
        format!("Choice columns of the {} table.", code(&table.name)),
        String::new(),
        "Generated from:".to_owned(),
        String::new(),
    ];
    for page in &table.pages {
        let role = match (page.source, page.app_page) {
            (Source::WebApiMetadata, _) => {
                "your environment's metadata, replaces the pages' options"
            }
            (Source::LearnPage, true) => "app page, adds options",
            (Source::LearnPage, false) => "base page",
        };
        lines.push(format!(
            "- {}: *{}* ({role})",
            code(&page.file),
            escape_markdown(&one_line(&page.title))
        ));
    }
    if table.pages.iter().all(|p| p.app_page) {
        lines.extend([
            String::new(),
            "The table's Dataverse base page is not among the sources, so these enums hold only \
             the options the app pages add. Put the base page in `docs/` to get the full sets."
                .to_owned(),
        ]);
    }
    lines
}

/// Logical names are lowercase identifiers; anything else becomes `_`, and a keyword gets a
/// `_table` suffix rather than a raw identifier, which reads badly in paths.
fn module_ident(table: &str) -> Ident {
    // Runs of `_` collapse: rustc's non_snake_case lint rejects `a__b`.
    let mut name = String::with_capacity(table.len());
    for c in table.chars() {
        let c = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            '_'
        };
        if !(c == '_' && (name.is_empty() || name.ends_with('_'))) {
            name.push(c);
        }
    }
    while name.ends_with('_') {
        name.pop();
    }
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "table_");
    }
    if syn::parse_str::<Ident>(&name).is_err() {
        name.push_str("_table");
    }
    Ident::new(&name, Span::call_site())
}

/// Two tables whose names give one module name cannot share a file.
fn check_unique_modules(tables: &[Table]) -> Result<(), Error> {
    let mut seen: Vec<(String, &Table)> = Vec::new();
    for table in tables {
        let module = module_ident(&table.name).to_string();
        if let Some((_, first)) = seen.iter().find(|(m, _)| *m == module) {
            let file = table.pages.first().map_or("<no page>", |p| p.file.as_str());
            let first_file = first.pages.first().map_or("<no page>", |p| p.file.as_str());
            return Err(Error::file(
                file,
                format!(
                    "table {} gives the module name {module}, already used by table {} of {first_file}",
                    table.name, first.name
                ),
            ));
        }
        seen.push((module, table));
    }
    Ok(())
}

/// Two columns of one table whose enums would get the same Rust name cannot share a module.
fn check_unique_type_names(table: &Table) -> Result<(), Error> {
    let mut seen: Vec<(String, &super::model::Column)> = Vec::new();
    for column in table.columns.iter().filter(|c| c.is_enum()) {
        let name = naming::type_name(&column.name);
        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
            return Err(Error::at(
                &column.file,
                column.line,
                format!(
                    "column {} gives the enum name {name}, already used by column {} at {}:{}",
                    column.name, first.name, first.file, first.line
                ),
            ));
        }
        seen.push((name, column));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::module_ident;

    #[test]
    fn module_names_are_valid_identifiers() {
        assert_eq!(module_ident("connection").to_string(), "connection");
        assert_eq!(module_ident("msdyn_channel").to_string(), "msdyn_channel");
        assert_eq!(module_ident("type").to_string(), "type_table");
        assert_eq!(module_ident("1x").to_string(), "table_1x");
        assert_eq!(module_ident("my__page_").to_string(), "my_page");
        assert_eq!(module_ident("__").to_string(), "table_");
    }
}
