//! The build-script entry point: pages in, one formatted Rust file out.

use std::path::{Path, PathBuf};

use super::emit::render_tables_in;
use super::error::{Error, Warning};
use super::merge::merge;
use super::metadata::parse_metadata;
use super::model::{Page, Table, BASE_LANGUAGE};
use super::parse::parse_page;

/// Generates choice enums from Learn pages, for a `build.rs` or a tool: the one place where
/// pages are read, parsed, merged and emitted.
///
/// ```no_run
/// // build.rs
/// let out = std::path::Path::new(&std::env::var_os("OUT_DIR").unwrap()).join("choices.rs");
/// match connection_schema::codegen::Builder::new()
///     .docs_dir("docs")          // every page in docs/, and cargo::rerun-if-changed for each
///     .write_if_changed(&out)
/// {
///     // What only Microsoft can fix in a page: the build goes on.
///     Ok(warnings) => warnings.iter().for_each(|w| println!("cargo::warning={w}")),
///     Err(error) => error.to_string().lines().for_each(|l| println!("cargo::error={l}")),
/// }
/// ```
///
/// Page paths are read relative to the current directory (a build script runs in its package's
/// root) and are written into the generated file as given, so pass relative paths: an absolute
/// one would make the output differ between machines.
///
/// Sources: files ([`page`](Self::page)), folders of pages ([`docs_dir`](Self::docs_dir)) and
/// bytes already in memory ([`page_source`](Self::page_source)). Each table's pages are merged in
/// file-name order whatever the order of the calls.
#[derive(Clone, Default)]
pub struct Builder {
    pages: Vec<PathBuf>,
    crate_path: Option<String>,
    docs_dirs: Vec<PathBuf>,
    in_memory: Vec<(String, Vec<u8>)>,
    rerun_if_changed: Option<bool>,
    language: Option<u32>,
    only_tables: Option<Vec<String>>,
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

    /// Adds every page in `dir` (see [`pages_in`] for which files, in name order). The folder is
    /// listed when the builder runs, so pages added or removed since are seen.
    pub fn docs_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.docs_dirs.push(dir.into());
        self
    }

    /// Adds a page that is already in memory, e.g. a download not yet written, or a page a
    /// test builds. `name` stands for its path: it decides the kind of page by its extension
    /// like a file name does, names it in messages and in the generated code, and orders it
    /// among the other pages of its table.
    pub fn page_source(mut self, name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        self.in_memory.push((name.into(), bytes.into()));
        self
    }

    /// Whether to print `cargo::rerun-if-changed` for every folder and page file read, so that
    /// cargo reruns the build script exactly when a page is changed, added or removed.
    ///
    /// The default is on when the `OUT_DIR` environment variable is set, which cargo does for
    /// build scripts (and not for `cargo run` or tests), and off otherwise, so that a tool
    /// writing the generated code to stdout does not get these lines in it. Pages in memory
    /// have no file to watch.
    pub fn emit_rerun_if_changed(mut self, emit: bool) -> Self {
        self.rerun_if_changed = Some(emit);
        self
    }

    /// How the generated code names the runtime crate, for a crate that depends on
    /// `connection-schema` under another name, e.g. `"::choices_runtime"`. Checked when the
    /// code is generated: a string that is not a Rust path makes [`generate`](Self::generate)
    /// fail, so the calls chain without a `?` in between.
    pub fn crate_path(mut self, path: impl Into<String>) -> Self {
        self.crate_path = Some(path.into());
        self
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

    /// Generates the enums of these tables only, by logical name (`"account"`, `"connection"`;
    /// `"global_choices"` and `"entity_definitions"` for those metadata exports). Every source is
    /// still read, checked and merged, so a broken page fails the build whichever tables are
    /// asked for; the other tables emit nothing, and their warnings are not reported.
    ///
    /// The lever for a `docs/` folder that holds far more than a crate uses: compile time grows
    /// with the enums emitted, not with the pages read (the README's "Build cost at scale").
    /// A name that no source describes is an error, so a typo cannot silently empty the crate.
    /// Called more than once, the lists add up.
    ///
    /// ```no_run
    /// # let out = std::path::Path::new("choices.rs");
    /// connection_schema::codegen::Builder::new()
    ///     .docs_dir("docs")
    ///     .only_tables(["account", "contact"])
    ///     .write_if_changed(out)?;
    /// # Ok::<(), connection_schema::codegen::Error>(())
    /// ```
    pub fn only_tables<I, S>(mut self, tables: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.only_tables
            .get_or_insert_with(Vec::new)
            .extend(tables.into_iter().map(Into::into));
        self
    }

    /// Reads and parses every page: the files, the folders' pages, then the pages in memory.
    pub fn parse(&self) -> Result<Vec<Page>, Error> {
        let mut watched = Vec::new();
        let files = self.files(&mut watched);
        // Printed even when listing failed, so that fixing the folder reruns the script.
        let rerun = self
            .rerun_if_changed
            .unwrap_or_else(|| std::env::var_os("OUT_DIR").is_some());
        if rerun {
            for path in &watched {
                println!("cargo::rerun-if-changed={}", path.display());
            }
        }
        let mut pages = files?
            .iter()
            .map(|path| read_page(path))
            .collect::<Result<Vec<_>, _>>()?;
        for (name, bytes) in &self.in_memory {
            pages.push(SourceKind::of_name(name).parse(name, bytes)?);
        }
        Ok(pages)
    }

    /// The page files to read: those given, then each folder's. Adds to `watched` what cargo
    /// should watch: each folder listed and each page file. Only paths that exist are added, as
    /// one that does not would rerun a build script on every build.
    fn files(&self, watched: &mut Vec<PathBuf>) -> Result<Vec<PathBuf>, Error> {
        let mut files = self.pages.clone();
        watched.extend(files.iter().filter(|file| file.is_file()).cloned());
        for dir in &self.docs_dirs {
            let listed = pages_in(dir)?;
            watched.push(dir.clone());
            watched.extend(listed.iter().cloned());
            if listed.is_empty() {
                return Err(Error::file(
                    &dir.display().to_string(),
                    "no pages (*.md) or Web API metadata exports (*.json) to generate enums from",
                ));
            }
            files.extend(listed);
        }
        Ok(files)
    }

    /// Reads, parses and merges every page into one [`Table`] per Dataverse table: those of
    /// [`only_tables`](Self::only_tables) when it was called, else all.
    pub fn tables(&self) -> Result<Vec<Table>, Error> {
        let tables = merge(self.parse()?)?;
        match &self.only_tables {
            Some(wanted) => select_tables(tables, wanted),
            None => Ok(tables),
        }
    }

    /// The formatted source, as [`write_if_changed`](Self::write_if_changed) would write it,
    /// and the warnings about the pages.
    pub fn generate(&self) -> Result<Generated, Error> {
        let crate_path = self
            .crate_path
            .as_deref()
            .map(|path| {
                syn::parse_str::<syn::Path>(path)
                    .map_err(|e| Error::file(path, format!("not a Rust path: {e}")))
            })
            .transpose()?;
        let tables = self.tables()?;
        let language = self.language.unwrap_or(BASE_LANGUAGE);
        let source = render_tables_in(&tables, crate_path.as_ref(), language)?;
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

/// The tables named in `wanted`, in their usual order; an error naming every wanted table that
/// no source describes, with the tables that exist.
fn select_tables(tables: Vec<Table>, wanted: &[String]) -> Result<Vec<Table>, Error> {
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|name| !tables.iter().any(|table| &table.name == *name))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        let known: Vec<&str> = tables.iter().map(|table| table.name.as_str()).collect();
        return Err(Error::file(
            "Builder::only_tables",
            format!(
                "no page or export describes {}; the sources describe: {}",
                missing
                    .iter()
                    .map(|name| format!("`{name}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if known.is_empty() {
                    "no table".to_owned()
                } else {
                    known.join(", ")
                }
            ),
        ));
    }
    Ok(tables
        .into_iter()
        .filter(|table| wanted.contains(&table.name))
        .collect())
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
        f.debug_struct("Builder")
            .field("pages", &self.pages)
            .field("crate_path", &self.crate_path)
            .field("docs_dirs", &self.docs_dirs)
            .field(
                "in_memory",
                &self
                    .in_memory
                    .iter()
                    .map(|(name, _)| name)
                    .collect::<Vec<_>>(),
            )
            .field("rerun_if_changed", &self.rerun_if_changed)
            .field("language", &self.language)
            .field("only_tables", &self.only_tables)
            .finish()
    }
}

/// The kinds of file a page can come from, told apart by extension: the one place where a new
/// kind is added, for [`pages_in`], [`read_page`], [`parse_source`] and
/// [`Builder::page_source`] alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SourceKind {
    /// A Microsoft Learn table reference page.
    Markdown,
    /// A saved Dataverse Web API metadata response.
    Json,
}

impl SourceKind {
    /// The kind a folder listing picks up, or `None` for a file that is no page.
    fn of_listed(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()? {
            "md" => Some(Self::Markdown),
            "json" => Some(Self::Json),
            _ => None,
        }
    }

    /// The kind of a page named explicitly: markdown unless its extension says otherwise.
    fn of_name(name: &str) -> Self {
        Self::of_listed(Path::new(name)).unwrap_or(Self::Markdown)
    }

    fn parse(self, shown: &str, bytes: &[u8]) -> Result<Page, Error> {
        match self {
            Self::Markdown => parse_page(shown, bytes),
            Self::Json => parse_metadata(shown, bytes),
        }
    }
}

/// Parses a source by its name: `*.json` is a saved Web API metadata response, anything else a
/// Learn page.
pub fn parse_source(name: &str, bytes: &[u8]) -> Result<Page, Error> {
    SourceKind::of_name(name).parse(name, bytes)
}

/// Every page file in `dir` (`*.md` pages and `*.json` Web API metadata exports), sorted by
/// path so that the result does not depend on directory order: what a build script generates
/// from.
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
        if SourceKind::of_listed(&path).is_some() && path.is_file() {
            pages.push(path);
        }
    }
    pages.sort();
    Ok(pages)
}

/// Reads and parses one page; the path in messages and generated code is the one given, with
/// `/` between components.
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
    SourceKind::of_name(&shown).parse(&shown, &bytes)
}

fn write_if_changed(out: &Path, bytes: &[u8]) -> Result<bool, Error> {
    if std::fs::read(out).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    std::fs::write(out, bytes)
        .map_err(|e| Error::file(&out.display().to_string(), format!("cannot write: {e}")))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder under the system temp dir, removed on drop.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(label: &str) -> Self {
            let path = std::env::temp_dir().join(format!(
                "connection-schema-builder-{label}-{}",
                std::process::id()
            ));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{e}"));
            Self(path)
        }

        fn write(&self, name: &str, text: &str) -> PathBuf {
            let path = self.0.join(name);
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
            path
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn page(table: &str, column: &str, options: &[(i32, &str)]) -> String {
        let mut page = format!(
            "# {table} table/entity reference\n\n#### {column} Choices/Options\n\n|Value|Label|\n|---|---|\n"
        );
        for (value, label) in options {
            page.push_str(&format!("|{value}|**{label}**|\n"));
        }
        page
    }

    #[test]
    fn a_docs_dir_reads_its_pages_in_name_order_and_watches_them() {
        let dir = Scratch::new("docs-dir");
        let b = dir.write("b.md", &page("Beta", "Size", &[(1, "Small")]));
        let a = dir.write("a.md", &page("Alpha", "Color", &[(1, "Red")]));
        dir.write("notes.txt", "not a page");
        let builder = Builder::new().docs_dir(&dir.0);
        let mut watched = Vec::new();
        let files = builder
            .files(&mut watched)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(files, [a.clone(), b.clone()]);
        assert_eq!(watched, [dir.0.clone(), a, b]);
        let pages = builder.parse().unwrap_or_else(|e| panic!("{e}"));
        let titles: Vec<&str> = pages.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Alpha table/entity reference",
                "Beta table/entity reference"
            ]
        );
    }

    #[test]
    fn an_empty_docs_dir_is_an_error_and_still_watched() {
        let dir = Scratch::new("empty");
        let builder = Builder::new().docs_dir(&dir.0);
        let mut watched = Vec::new();
        let error = builder.files(&mut watched).err().map(|e| e.to_string());
        assert_eq!(
            error,
            Some(format!(
                "{}: no pages (*.md) or Web API metadata exports (*.json) to generate enums from",
                dir.0.display()
            ))
        );
        assert_eq!(watched, std::slice::from_ref(&dir.0));
    }

    #[test]
    fn a_missing_page_is_not_watched() {
        let mut watched = Vec::new();
        let files = Builder::new()
            .page("no/such/page.md")
            .files(&mut watched)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(files, [PathBuf::from("no/such/page.md")]);
        assert!(watched.is_empty());
    }

    #[test]
    fn pages_in_memory_generate_like_files() {
        let dir = Scratch::new("memory");
        let text = page("Widget", "Color", &[(1, "Red"), (2, "Blue")]);
        let file = dir.write("widget.md", &text);
        // Named as the file is, so that the generated headers agree too.
        let shown = file.display().to_string();
        let from_file = Builder::new().page(&file).generate();
        let from_memory = Builder::new()
            .page_source(shown.as_str(), text.as_bytes())
            .generate();
        assert_eq!(
            from_file.unwrap_or_else(|e| panic!("{e}")),
            from_memory.unwrap_or_else(|e| panic!("{e}"))
        );
        let error = Builder::new()
            .page_source("bad.md", "|Value|Label|\n|---|---|\n|x|**Y**|\n")
            .generate()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("bad.md"), "{error}");
    }

    #[test]
    fn a_bad_crate_path_fails_generate_not_the_builder() {
        let page = page("Widget", "Color", &[(1, "Red")]);
        let renamed = Builder::new()
            .crate_path("::choices_runtime")
            .page_source("widget.md", page.as_bytes())
            .generate()
            .unwrap_or_else(|e| panic!("{e}"))
            .source;
        assert!(renamed.contains("::choices_runtime::"), "{renamed}");
        let error = Builder::new()
            .crate_path("not a path")
            .page_source("widget.md", page.as_bytes())
            .generate()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("not a path: not a Rust path"), "{error}");
    }
}
