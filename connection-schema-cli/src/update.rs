//! `update NAME [--base-url URL] [--docs-dir DIR]`: downloads `<URL>/<NAME>.md`, checks it, and
//! replaces `<DIR>/<NAME>.md` with it, printing what changed.
//!
//! Nothing is written until the new page parses and generates together with every other page
//! in the folder, and the write is a rename of a finished temporary file in the same folder, so
//! on any failure the old page is still there, byte for byte.

use std::path::{Path, PathBuf};
use std::time::Duration;

use connection_schema::codegen::diff::render_text;
use connection_schema::codegen::model::Page;
use connection_schema::codegen::{diff_pages, pages_in, parse_page, Builder};

use crate::files::write_atomically;
use crate::{quiet_builder, Outcome};

/// Where the Dynamics 365 Sales table reference pages are published: the raw files of the
/// MicrosoftDocs repository behind learn.microsoft.com/dynamics365/sales/developer/entities/.
pub(crate) const DEFAULT_BASE_URL: &str = "https://raw.githubusercontent.com/MicrosoftDocs/dynamics-365-customer-engagement/main/ce/sales/developer/entities";

const DEFAULT_DOCS_DIR: &str = "docs";

/// Pages are a few kilobytes; anything this big is not a table page.
const MAX_PAGE_BYTES: u64 = 8 * 1024 * 1024;

/// Generous for a few kilobytes, short enough that a stalled download does not hang CI.
const TIMEOUT: Duration = Duration::from_secs(60);

/// `update NAME [--base-url URL] [--docs-dir DIR]`
#[derive(clap::Args)]
pub(crate) struct UpdateArgs {
    /// The page's name, the table's logical name (e.g. `connection`)
    #[arg(value_parser = page_name)]
    name: String,
    /// Where the pages are published
    #[arg(long, value_name = "URL", default_value = DEFAULT_BASE_URL)]
    base_url: String,
    /// The folder of pages to update
    #[arg(long, value_name = "DIR", default_value = DEFAULT_DOCS_DIR)]
    docs_dir: PathBuf,
}

pub(crate) fn run(args: &UpdateArgs) -> Outcome {
    let url = format!("{}/{}.md", args.base_url.trim_end_matches('/'), args.name);
    if !args.docs_dir.is_dir() {
        return Err(format!(
            "{}: not a directory (run from the repository root, or pass --docs-dir)",
            args.docs_dir.display()
        ));
    }
    let target = args.docs_dir.join(format!("{}.md", args.name));
    let shown = target.display().to_string();

    let bytes = download(&url)?;
    // Parsed under its place in docs/, so that lines, merge order and generated docs read as
    // they will once it is written.
    let new = parse_page(&shown, &bytes).map_err(|e| {
        format!("{e}\n{shown}: not written: the page downloaded from {url} is not valid")
    })?;
    check_generates(&args.docs_dir, &target, &shown, &bytes)
        .map_err(|e| format!("{e}\n{shown}: not written: the pages would not generate"))?;

    let old_bytes = match std::fs::read(&target) {
        Ok(old) => Some(old),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{shown}: cannot read: {e}")),
    };
    if old_bytes.as_deref() == Some(&bytes[..]) {
        // Not rewriting keeps the modification time, so cargo does not rerun the build script.
        return Ok(format!("{shown}: already up to date with {url}\n"));
    }
    write_atomically(&target, &bytes)?;

    let mut report = format!("{shown}: updated from {url}\n");
    match old_bytes.map(|old| parse_page(&shown, &old)) {
        None => report.push_str(&format!("new page: {}\n", summary(&new))),
        Some(Ok(old)) => report.push_str(&render_text(&diff_pages(&old, &new))),
        Some(Err(e)) => report.push_str(&format!(
            "no diff: the previous page did not parse ({e})\nnew page: {}\n",
            summary(&new)
        )),
    }
    Ok(report)
}

/// The table's logical name, with `.md` tolerated; it becomes both a URL segment and a file
/// name, so nothing that could leave the folder or need escaping is accepted.
fn page_name(name: &str) -> Result<String, String> {
    let stem = name.strip_suffix(".md").unwrap_or(name);
    let valid = !stem.is_empty()
        && !stem.starts_with(['.', '-'])
        && stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if valid {
        Ok(stem.to_owned())
    } else {
        Err(format!(
            "{name:?} is not a page name: use the table's logical name, e.g. `connection`"
        ))
    }
}

fn download(url: &str) -> Result<Vec<u8>, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        // A status is reported with the URL below rather than as ureq's generic error.
        .http_status_as_error(false)
        .user_agent(concat!("connection-schema/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let fail = |message: String| format!("{url}: cannot download: {message}");
    let mut response = agent.get(url).call().map_err(|e| fail(e.to_string()))?;
    let status = response.status();
    if !status.is_success() {
        return Err(fail(format!("HTTP {status}")));
    }
    // ureq checks the body against Content-Length: a connection that closes early is an error
    // here, not a short page.
    response
        .body_mut()
        .with_config()
        .limit(MAX_PAGE_BYTES)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => fail(format!(
                "the connection closed before the whole page arrived ({io})"
            )),
            other => fail(other.to_string()),
        })
}

/// The new page must generate together with the folder's other pages, as the build script
/// would: a page that parses alone can still conflict with another page of its table.
fn check_generates(
    docs_dir: &Path,
    target: &Path,
    shown: &str,
    bytes: &[u8],
) -> Result<(), String> {
    let others = pages_in(docs_dir).map_err(|e| e.to_string())?;
    others
        .into_iter()
        .filter(|path| path != target)
        .fold(quiet_builder(), Builder::page)
        .page_source(shown, bytes)
        .generate()
        .map(|generated| crate::print_warnings(&generated.warnings))
        .map_err(|e| e.to_string())
}

fn summary(page: &Page) -> String {
    let enums: Vec<_> = page.columns.iter().filter(|c| c.is_enum()).collect();
    let options: usize = enums.iter().map(|c| c.options.len()).sum();
    format!(
        "{} ({} choice columns, {options} options)",
        page.title,
        enums.len()
    )
}
