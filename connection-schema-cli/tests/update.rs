//! `connection-schema update` against a local HTTP server on 127.0.0.1: the page is replaced
//! only when the download is complete and valid, and the old page survives every failure.
//!
//! The server (`support::Server`) is a plain `TcpListener` in a thread: it answers at most a few
//! requests and stops by itself after a deadline, so a test that never calls it cannot hang.

mod support;

use std::path::Path;
use std::time::{Duration, SystemTime};

use support::{run_in, stderr, stdout, Reply, Server, TempDir};

/// Fixtures and relative paths in these tests are the library's, next to this package.
const MANIFEST_DIR: &str = support::LIB_DIR;

fn fixture(relative: &str) -> Vec<u8> {
    let path = Path::new(MANIFEST_DIR).join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn vendored() -> Vec<u8> {
    fixture("../docs/connection.md")
}

/// Our own next version of the page (see tests/diff.rs for exactly what it changes).
const NEXT: &str = "tests/fixtures/versions/connection-next.md";

fn next() -> Vec<u8> {
    fixture(NEXT)
}

/// A scratch repository with `docs/connection.md` as vendored.
fn repo(label: &str) -> TempDir {
    let dir = TempDir::new(label);
    dir.write("docs/connection.md", vendored());
    dir
}

fn update(dir: &TempDir, server: &Server, name: &str) -> std::process::Output {
    run_in(
        dir.path(),
        &[
            "update",
            name,
            "--base-url",
            &server.base_url,
            "--docs-dir",
            "docs",
        ],
    )
}

#[test]
fn a_valid_page_replaces_the_old_one_and_the_diff_is_printed() {
    let dir = repo("update-ok");
    let server = Server::start(vec![(
        "/pages/connection.md".to_owned(),
        Reply::Page(next()),
    )]);
    let output = update(&dir, &server, "connection");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(dir.read("docs/connection.md"), next());
    assert_eq!(
        dir.list("docs"),
        ["connection.md"],
        "no temporary file left"
    );
    assert_eq!(server.requests(), ["/pages/connection.md"]);
    let report = stdout(&output);
    let first_line = format!(
        "docs/connection.md: updated from {}/connection.md\n",
        server.base_url
    );
    assert!(report.starts_with(&first_line), "{report}");
    // The diff is the one `diff` prints for the same two files, which tests/diff.rs checks
    // line by line; a few lines here keep this test meaningful on its own.
    let same_diff = run_in(
        Path::new(MANIFEST_DIR),
        &["diff", "../docs/connection.md", NEXT],
    );
    assert_eq!(report, format!("{first_line}{}", stdout(&same_diff)));
    for line in [
        "Record1ObjectTypeCode: major\n",
        "  removed     10718 \"Ongoing conversation (Deprecated)\"\n",
        "  renumbered  \"Profile Album\" 10627 -> 10662\n",
        "  renamed     10887 Insight -> SalesInsight (variant)\n",
        "  added       11001 \"Contoso Gadget\"\n",
    ] {
        assert!(report.contains(line), "{line:?} missing from:\n{report}");
    }
    assert!(report.ends_with("semver: major\n"), "{report}");
}

#[test]
fn a_page_not_in_docs_yet_is_reported_as_new() {
    let dir = repo("update-new");
    let server = Server::start(vec![(
        "/pages/widget.md".to_owned(),
        Reply::Page(fixture("tests/fixtures/widget.md")),
    )]);
    let output = update(&dir, &server, "widget.md");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        dir.read("docs/widget.md"),
        fixture("tests/fixtures/widget.md")
    );
    assert_eq!(dir.read("docs/connection.md"), vendored());
    let report = stdout(&output);
    assert!(report.contains("\nnew page: "), "{report}");
}

/// An unchanged page is not rewritten, so its modification time stays and cargo does not
/// rerun the build script.
#[test]
fn an_unchanged_page_is_left_alone() {
    let dir = repo("update-same");
    let page = dir.path().join("docs/connection.md");
    let past = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    std::fs::File::options()
        .write(true)
        .open(&page)
        .and_then(|file| file.set_modified(past))
        .unwrap_or_else(|e| panic!("set mtime: {e}"));
    let server = Server::start(vec![(
        "/pages/connection.md".to_owned(),
        Reply::Page(vendored()),
    )]);
    let output = update(&dir, &server, "connection");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("docs/connection.md: already up to date with "),
        "{}",
        stdout(&output)
    );
    let modified = std::fs::metadata(&page)
        .and_then(|m| m.modified())
        .unwrap_or_else(|e| panic!("mtime: {e}"));
    assert_eq!(modified, past);
}

#[test]
fn a_404_keeps_the_old_page() {
    let dir = repo("update-404");
    let server = Server::start(vec![]);
    let output = update(&dir, &server, "connection");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "{}/connection.md: cannot download: HTTP 404 Not Found\n",
            server.base_url
        )
    );
    assert!(output.stdout.is_empty());
    assert_eq!(dir.read("docs/connection.md"), vendored());
    assert_eq!(dir.list("docs"), ["connection.md"]);
}

#[test]
fn a_truncated_body_keeps_the_old_page() {
    let dir = repo("update-truncated");
    let full = next();
    // Cut after a whole row: what arrives is a valid page with one column, so only the
    // length can tell that it is not the whole page.
    let row = b"|11001|**Contoso Gadget**|\n";
    let cut = full
        .windows(row.len())
        .position(|w| w == row)
        .map(|at| at + row.len())
        .unwrap_or_else(|| panic!("the fixture lost its row"));
    let body = full[..cut].to_vec();
    let partial = connection_schema::codegen::parse_page("partial.md", &body)
        .unwrap_or_else(|e| panic!("the cut should leave a valid page: {e}"));
    assert_eq!(partial.columns.len(), 1);
    let server = Server::start(vec![(
        "/pages/connection.md".to_owned(),
        Reply::Truncated {
            body,
            claimed: full.len(),
        },
    )]);
    let output = update(&dir, &server, "connection");
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let message = stderr(&output);
    assert!(
        message.starts_with(&format!(
            "{}/connection.md: cannot download: the connection closed before the whole page arrived",
            server.base_url
        )),
        "{message}"
    );
    assert_eq!(dir.read("docs/connection.md"), vendored());
    assert_eq!(dir.list("docs"), ["connection.md"]);
}

#[test]
fn an_invalid_page_is_a_located_error_and_keeps_the_old_page() {
    let dir = repo("update-invalid");
    let server = Server::start(vec![(
        "/pages/connection.md".to_owned(),
        Reply::Page(fixture("tests/fixtures/bad/non-numeric.md")),
    )]);
    let output = update(&dir, &server, "connection");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "docs/connection.md:8: choice value \"10627a\" is not a 32-bit integer\n\
             docs/connection.md: not written: the page downloaded from {}/connection.md is not valid\n",
            server.base_url
        )
    );
    assert_eq!(dir.read("docs/connection.md"), vendored());
    assert_eq!(dir.list("docs"), ["connection.md"]);
}

/// A page that parses alone but conflicts with another page of its table would break the
/// build, so it is refused too.
#[test]
fn a_page_that_conflicts_with_another_is_not_written() {
    let dir = TempDir::new("update-conflict");
    dir.write(
        "docs/connection-dataverse.md",
        fixture("tests/fixtures/layering/connection-dataverse.md"),
    );
    let server = Server::start(vec![(
        "/pages/contoso.md".to_owned(),
        Reply::Page(fixture("tests/fixtures/conflicting-app.md")),
    )]);
    let output = update(&dir, &server, "contoso");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).ends_with("docs/contoso.md: not written: the pages would not generate\n"),
        "{}",
        stderr(&output)
    );
    assert_eq!(dir.list("docs"), ["connection-dataverse.md"]);
}

#[test]
fn names_that_could_leave_the_folder_are_refused_before_any_request() {
    let dir = repo("update-name");
    for name in ["../connection", "a/b", ".hidden", ""] {
        let output = run_in(
            dir.path(),
            &["update", name, "--base-url", "http://127.0.0.1:9/x"],
        );
        assert_eq!(output.status.code(), Some(1), "{name:?}");
        assert!(
            stderr(&output).contains("is not a page name"),
            "{name:?}: {}",
            stderr(&output)
        );
    }
    let output = run_in(
        dir.path(),
        &["update", "connection", "--docs-dir", "nowhere"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("nowhere: not a directory"),
        "{}",
        stderr(&output)
    );
    let output = run_in(dir.path(), &["update"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output)
            .starts_with("error: the following required arguments were not provided:\n  <NAME>"),
        "{}",
        stderr(&output)
    );
}
