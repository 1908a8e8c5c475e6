//! The build-script entry point: pages in, one formatted Rust file out.

use std::path::{Path, PathBuf};

use super::emit::render_tables_in;
use super::error::{Error, Warning};
use super::merge::merge;
use super::metadata::parse_metadata;
use super::model::{Page, Table, BASE_LANGUAGE};
use super::parse::parse_page;

/// Generates choice enums from Learn pages, for a `build.rs` or a tool.
///
/// ```no_run
/// // build.rs
/// let out = std::path::Path::new(&std::env::var_os("OUT_DIR").unwrap()).join("choices.rs");
/// match connection_schema::codegen::Builder::new()
///     .page("docs/connection.md")
///     .write_if_changed(&out)
/// {
///     Ok(warnings) => warnings.iter().for_each(|w| println!("cargo::warning={w}")),
///     Err(error) => error.to_string().lines().for_each(|l| println!("cargo::error={l}")),
/// }
/// ```
///
/// Page paths are read relative to the current directory (a build script runs in its package's
/// root) and are written into the generated file as given, so pass relative paths: an absolute
/// one would make the output differ between machines.
#[derive(Clone, Default)]
pub struct Builder {
    pages: Vec<PathBuf>,
    crate_path: Option<syn::Path>,
    language: Option<u32>,
}

impl Builder {
    /// A builder with no pages, generating code that names the runtime crate
    /// `::connection_schema`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a page. Each table's pages are merged in file-name order (base pages first), so the
    /// order of calls does not matter.
    pub fn page(mut self, path: impl Into<PathBuf>) -> Self {
        self.pages.push(path.into());
        self
    }

    /// How the generated code names the runtime crate, for a crate that depends on
    /// `connection-schema` under another name, e.g. `"::choices_runtime"`.
    pub fn crate_path(mut self, path: &str) -> Result<Self, Error> {
        let parsed = syn::parse_str::<syn::Path>(path)
            .map_err(|e| Error::file(path, format!("not a Rust path: {e}")))?;
        self.crate_path = Some(parsed);
        Ok(self)
    }

    /// The language of `label()` and `Display`, by language code (1031 for German), for the
    /// columns whose source has labels in it: Web API metadata exports carry every language of
    /// the environment. Columns from pages stay in English (1033), the pages' language. The
    /// other languages remain reachable through `Choice::label_in`, and variant names always
    /// come from the base-language label, so they do not change with this setting.
    pub fn language(mut self, language_code: u32) -> Self {
        self.language = Some(language_code);
        self
    }

    /// Reads and parses every page.
    pub fn parse(&self) -> Result<Vec<Page>, Error> {
        self.pages.iter().map(|path| read_page(path)).collect()
    }

    /// Reads, parses and merges every page into one [`Table`] per Dataverse table.
    pub fn tables(&self) -> Result<Vec<Table>, Error> {
        merge(self.parse()?)
    }

    /// The formatted source, as [`write_if_changed`](Self::write_if_changed) would write it,
    /// and the warnings about the pages.
    pub fn generate(&self) -> Result<Generated, Error> {
        let tables = self.tables()?;
        let language = self.language.unwrap_or(BASE_LANGUAGE);
        let source = render_tables_in(&tables, self.crate_path.as_ref(), language)?;
        let warnings = tables.into_iter().flat_map(|t| t.warnings).collect();
        Ok(Generated { source, warnings })
    }

    /// Generates and writes `out`, leaving the file (and its modification time) alone when it
    /// already holds these bytes. Returns the warnings about the pages, which a build script
    /// prints as `cargo::warning=` lines.
    pub fn write_if_changed(&self, out: &Path) -> Result<Vec<Warning>, Error> {
        let generated = self.generate()?;
        write_if_changed(out, generated.source.as_bytes())?;
        Ok(generated.warnings)
    }
}

/// What [`Builder::generate`] produced.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Generated {
    /// The formatted Rust source.
    pub source: String,
    /// What the pages contradict themselves or each other on, short of an error, and how it
    /// was resolved (which page won), each naming `path:line`. Generation went on regardless.
    pub warnings: Vec<Warning>,
}

impl std::fmt::Debug for Builder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let crate_path = self
            .crate_path
            .as_ref()
            .map(|path| quote::ToTokens::to_token_stream(path).to_string());
        f.debug_struct("Builder")
            .field("pages", &self.pages)
            .field("crate_path", &crate_path)
            .field("language", &self.language)
            .finish()
    }
}

/// Every `*.md` page and `*.json` Web API metadata export in `dir`, sorted by path so that the
/// result does not depend on directory order: what a build script generates from.
pub fn pages_in(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let cannot_list = |e: std::io::Error| {
        Error::file(
            &dir.display().to_string(),
            format!("cannot list pages: {e}"),
        )
    };
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot_list)? {
        let path = entry.map_err(cannot_list)?.path();
        if path
            .extension()
            .is_some_and(|ext| ext == "md" || ext == "json")
            && path.is_file()
        {
            pages.push(path);
        }
    }
    pages.sort();
    Ok(pages)
}

/// Reads and parses one page: a Learn page (`*.md`), or a saved Web API metadata response
/// (`*.json`). The path in messages is the one given.
pub fn read_page(path: &Path) -> Result<Page, Error> {
    // Written into generated code, so the same on every platform: `/` between components.
    let mut shown = String::new();
    for component in path.components() {
        if !shown.is_empty() && !shown.ends_with('/') {
            shown.push('/');
        }
        match component {
            std::path::Component::RootDir => shown.push('/'),
            other => shown.push_str(&other.as_os_str().to_string_lossy()),
        }
    }
    let bytes =
        std::fs::read(path).map_err(|e| Error::file(&shown, format!("cannot read: {e}")))?;
    parse_source(&shown, &bytes)
}

/// Parses a source by its name: `*.json` is a saved Web API metadata response, anything else a
/// Learn page. The one place that tells the kinds of file apart.
pub fn parse_source(path: &str, bytes: &[u8]) -> Result<Page, Error> {
    if path.ends_with(".json") {
        parse_metadata(path, bytes)
    } else {
        parse_page(path, bytes)
    }
}

fn write_if_changed(out: &Path, bytes: &[u8]) -> Result<bool, Error> {
    if std::fs::read(out).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    std::fs::write(out, bytes)
        .map_err(|e| Error::file(&out.display().to_string(), format!("cannot write: {e}")))?;
    Ok(true)
}
