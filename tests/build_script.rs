//! The build script reruns exactly when a page changes, and its output depends on nothing else.
//!
//! Each test builds a scratch copy of this package (the real `build.rs`, `src/` and `docs/`, a
//! manifest with the same features and dependencies, this workspace's `Cargo.lock`) in a temp
//! directory, with `cargo build -v --offline`, and reads cargo's `Fresh` / `Dirty` / `Running`
//! lines. The scratch builds share one target directory under this workspace's target
//! directory, so dependencies compile once, not once per test or per run; a lock makes the
//! tests take turns with it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::SystemTime;

const WORKSPACE: &str = env!("CARGO_MANIFEST_DIR");

/// The tests share the scratch target directory, and with it the build-script output folder.
static TARGET_DIR_LOCK: Mutex<()> = Mutex::new(());

fn lock() -> MutexGuard<'static, ()> {
    // A test that failed while holding the lock leaves nothing that the next build cannot redo.
    TARGET_DIR_LOCK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `<target>/scratch-builds/build_script`, next to the directory this test binary was built in
/// (`<target>/debug/deps/`), whatever way the target directory was chosen.
fn scratch_target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("current_exe: {e}"));
    let target = exe
        .ancestors()
        .nth(3)
        .unwrap_or_else(|| panic!("{} is not in <target>/<profile>/deps", exe.display()));
    target.join("scratch-builds").join("build_script")
}

/// A copy of this package that builds on its own.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "dataverse-choices-scratch-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let workspace = Path::new(WORKSPACE);
        copy_dir(&workspace.join("src"), &dir.join("src"));
        copy_dir(&workspace.join("docs"), &dir.join("docs"));
        copy(&workspace.join("build.rs"), &dir.join("build.rs"));
        copy(&workspace.join("Cargo.lock"), &dir.join("Cargo.lock"));
        write(&dir.join("Cargo.toml"), manifest().as_bytes());
        Self { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    fn build(&self) -> Build {
        let output = Command::new(env!("CARGO"))
            .args(["build", "-v", "--offline", "--message-format=json"])
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", scratch_target_dir())
            .env("CARGO_TERM_COLOR", "never")
            // Inherited from the `cargo test` that runs us; they belong to that build.
            .env_remove("CARGO_BUILD_TARGET_DIR")
            .env_remove("CARGO_MAKEFLAGS")
            .env_remove("MAKEFLAGS")
            .env_remove("MFLAGS")
            .output()
            .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
        Build {
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// This package's manifest from `[features]` on, with the workspace dependency on
/// `connection-schema` turned into an absolute path dependency, under a minimal `[package]` and
/// an empty `[workspace]` that detaches the copy from any workspace around the temp directory.
fn manifest() -> String {
    let root = read_string(&Path::new(WORKSPACE).join("Cargo.toml"));
    let field = |name: &str| {
        root.lines()
            .find_map(|line| line.strip_prefix(&format!("{name} = ")))
            .unwrap_or_else(|| panic!("Cargo.toml has no `{name}`"))
            .to_owned()
    };
    let package_start = root
        .find("\n[package]")
        .unwrap_or_else(|| panic!("Cargo.toml has no [package]"));
    let package = &root[package_start..];
    let name = package
        .lines()
        .find_map(|line| line.strip_prefix("name = "))
        .unwrap_or_else(|| panic!("[package] has no name"));
    let features_start = root
        .find("\n[features]")
        .unwrap_or_else(|| panic!("Cargo.toml has no [features]"));
    let runtime = Path::new(WORKSPACE).join("connection-schema");
    let runtime = runtime
        .to_str()
        .unwrap_or_else(|| panic!("{} is not UTF-8", runtime.display()));
    let rest = root[features_start..].replace(
        "connection-schema = { workspace = true",
        &format!("connection-schema = {{ path = {runtime:?}, default-features = false"),
    );
    assert!(
        !rest.contains("workspace = true"),
        "the root manifest inherits a dependency this test does not know how to copy:\n{rest}"
    );
    format!(
        "[package]\nname = {name}\nversion = {}\nedition = {}\nbuild = \"build.rs\"\npublish = false\n\n[workspace]\n{rest}",
        field("version"),
        field("edition")
    )
}

/// One `cargo build -v --message-format=json`: JSON messages on stdout, cargo's own lines on
/// stderr.
struct Build {
    success: bool,
    stdout: String,
    stderr: String,
}

impl Build {
    fn assert_success(&self) -> &Self {
        assert!(self.success, "cargo build failed:\n{}", self.stderr);
        self
    }

    /// Whether cargo ran this package's build script (not a dependency's).
    fn ran_build_script(&self) -> bool {
        self.stderr.lines().any(|line| {
            let line = line.trim_start();
            line.starts_with("Running `")
                && line.contains("/build/dataverse-choices-")
                && line.ends_with("/build-script-build`")
        })
    }

    fn package_line(&self, status: &str) -> bool {
        self.stderr.lines().any(|line| {
            line.trim_start()
                .starts_with(&format!("{status} dataverse-choices v"))
        })
    }

    /// The `out_dir` of this package's `build-script-executed` message: cargo reports it on
    /// fresh builds too.
    fn out_dir(&self) -> PathBuf {
        let message = self
            .stdout
            .lines()
            .find(|line| {
                line.contains(r#""reason":"build-script-executed""#)
                    && line.contains("#dataverse-choices@")
            })
            .unwrap_or_else(|| panic!("no build-script-executed message:\n{}", self.stdout));
        let key = r#""out_dir":""#;
        let start = message
            .find(key)
            .map(|at| at + key.len())
            .unwrap_or_else(|| panic!("no out_dir in {message}"));
        let len = message[start..]
            .find('"')
            .unwrap_or_else(|| panic!("unterminated out_dir in {message}"));
        PathBuf::from(&message[start..start + len])
    }

    fn choices(&self) -> Generated {
        let path = self.out_dir().join("choices.rs");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let modified = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Generated { bytes, modified }
    }
}

/// `$OUT_DIR/choices.rs` after a build.
#[derive(Debug, PartialEq)]
struct Generated {
    bytes: Vec<u8>,
    modified: SystemTime,
}

impl Generated {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

#[test]
fn the_build_script_reruns_exactly_when_pages_change() {
    let _guard = lock();
    let scratch = Scratch::new("rebuilds");
    let page = scratch.path("docs/connection.md");

    let first = scratch.build();
    first.assert_success();
    let original = first.choices();

    // (a) Nothing changed: the package is fresh and its build script does not run.
    let again = scratch.build();
    again.assert_success();
    assert!(
        again.package_line("Fresh") && !again.ran_build_script(),
        "a build with no page change reran the build script:\n{}",
        again.stderr
    );
    assert_eq!(again.choices(), original);

    // (c) A page touched but not changed: the script reruns and leaves the file, modification
    // time included, as it was.
    std::fs::File::options()
        .write(true)
        .open(&page)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .unwrap_or_else(|e| panic!("touch {}: {e}", page.display()));
    let touched = scratch.build();
    touched.assert_success();
    assert!(
        touched.package_line("Dirty") && touched.ran_build_script(),
        "touching a page did not rerun the build script:\n{}",
        touched.stderr
    );
    assert_eq!(
        touched.choices(),
        original,
        "an unchanged page rewrote the file"
    );

    // (b) A page changed: new enums.
    let text = read_string(&page);
    let renamed = text.replace("|10747|**Session**|", "|10747|**Meeting Session**|");
    assert_ne!(renamed, text, "the seed page lost its Session row");
    write(&page, renamed.as_bytes());
    let changed = scratch.build();
    changed.assert_success();
    assert!(changed.ran_build_script(), "{}", changed.stderr);
    let after_change = changed.choices();
    assert!(after_change.text().contains("MeetingSession = 10747,"));
    assert!(!after_change.text().contains("    Session = 10747,"));

    // A page added.
    copy(
        &Path::new(WORKSPACE).join("connection-schema/tests/fixtures/widget.md"),
        &scratch.path("docs/widget.md"),
    );
    let added = scratch.build();
    added.assert_success();
    assert!(added.ran_build_script(), "{}", added.stderr);
    let with_widget = added.choices();
    assert!(with_widget.text().contains("// Source: docs/widget.md ("));

    // A page removed: back to exactly the bytes the same pages gave before.
    std::fs::remove_file(scratch.path("docs/widget.md")).unwrap_or_else(|e| panic!("rm: {e}"));
    let removed = scratch.build();
    removed.assert_success();
    assert!(
        removed.ran_build_script(),
        "removing a page did not rerun the build script:\n{}",
        removed.stderr
    );
    let without_widget = removed.choices();
    assert_eq!(without_widget.bytes, after_change.bytes);
    assert_ne!(without_widget.modified, with_widget.modified);
}

/// (d) Another location, another target directory (the one `cargo test` used for this very
/// package), the same bytes.
#[test]
fn the_output_is_the_same_bytes_in_another_target_directory() {
    let _guard = lock();
    let scratch = Scratch::new("same-bytes");
    let build = scratch.build();
    build.assert_success();
    let scratch_out = build.out_dir();
    let workspace_out = Path::new(env!("OUT_DIR"));
    assert_ne!(scratch_out, workspace_out);
    let ours = std::fs::read(workspace_out.join("choices.rs"))
        .unwrap_or_else(|e| panic!("{}: {e}", workspace_out.display()));
    assert_eq!(build.choices().bytes, ours);
    // The build script's dependencies are the generator's (serde_json included: it reads Web
    // API metadata exports); the CLI's HTTP client must stay out of them.
    for crate_name in ["ureq", "rustls", "ring"] {
        let listed = build.stderr.lines().any(|line| {
            let line = line.trim_start();
            (line.starts_with("Fresh ") || line.starts_with("Compiling "))
                && line.contains(&format!(" {crate_name} v"))
        });
        assert!(
            !listed,
            "the scratch build built {crate_name}:\n{}",
            build.stderr
        );
    }
}

/// (e) A bad page fails the build with one located `cargo::error`, not a panic.
#[test]
fn a_bad_page_fails_the_build_with_its_location() {
    let _guard = lock();
    let scratch = Scratch::new("bad-page");
    copy(
        &Path::new(WORKSPACE).join("connection-schema/tests/fixtures/bad/non-numeric.md"),
        &scratch.path("docs/x.md"),
    );
    let build = scratch.build();
    assert!(!build.success, "a bad page built:\n{}", build.stderr);
    let expected = "docs/x.md:8: choice value \"10627a\" is not a 32-bit integer";
    assert!(
        build
            .stderr
            .lines()
            .any(|line| line.starts_with("error: ") && line.ends_with(expected)),
        "no `error: …{expected}` line:\n{}",
        build.stderr
    );
    for noise in ["panicked", "stack backtrace", "RUST_BACKTRACE"] {
        assert!(!build.stderr.contains(noise), "{noise}:\n{}", build.stderr);
    }
}

/// (f) Pages that contradict themselves or each other (environment-specific codes, default
/// statuses the page does not list) build: one `cargo::warning` per problem, naming
/// `path:line`, and the enums hold every option.
#[test]
fn real_pages_that_disagree_build_with_one_warning_each() {
    let _guard = lock();
    let scratch = Scratch::new("real-pages");
    let fixtures = Path::new(WORKSPACE).join("connection-schema/tests/fixtures/real-pages");
    copy_dir(&fixtures, &scratch.path("docs"));
    let build = scratch.build();
    build.assert_success();
    let warnings: Vec<&str> = build
        .stderr
        .lines()
        .filter_map(|line| line.strip_prefix("warning: dataverse-choices@"))
        .filter_map(|line| line.split_once(": ").map(|(_, warning)| warning))
        .collect();
    let expected = [
        "docs/annotation-customerservice.md:22: ObjectTypeCode value 10061 is labeled \"Omnichannel Queue\" here but \"Virtual Entity  Metadata\" in docs/annotation.md:37;",
        "docs/annotation-sales.md:22: ObjectTypeCode label \"Knowledge Article Template\" has value 10240 here but 10060 in docs/annotation.md:36;",
        "docs/incident-fieldservice.md:22: CaseOriginCode value 700610000 is labeled \"Internet of Things\" here and \"Internet  of Things\" in docs/incident.md:33,",
        "docs/incident.md:75: statuscode value 50 names state 4, which statecode does not list;",
        "docs/incident.md:49: statecode value 0 names default status 1,",
        "docs/incident.md:50: statecode value 1 names default status 2,",
        "docs/incident.md:51: statecode value 2 names default status 2,",
        "docs/incident.md:52: statecode value 3 names default status 1,",
    ];
    assert_eq!(warnings.len(), expected.len(), "{warnings:#?}");
    for (warning, start) in warnings.iter().zip(expected) {
        assert!(
            warning.starts_with(start),
            "{warning:?} does not start with {start:?}"
        );
    }
    let generated = build.choices().text();
    for variant in [
        "KnowledgeArticleTemplate = 10240,",
        "OmnichannelQueue = 10061,",
        "SalesInsight = 10300,",
        "WorkOrder = 10400,",
        "Escalated = 3,",
        "EscalatedElsewhere = 50,",
        "InternetOfThings = 700610000,",
        "LostToCompetitor = 100000001,",
        // The seed page is still there, beside the others.
        "ProfileAlbum = 10627,",
    ] {
        assert!(
            generated.contains(variant),
            "no `{variant}` in the generated enums"
        );
    }
}

/// (g) A saved Web API export beside the page: the enums follow the environment, and the build
/// warns, per column, where the environment departs from the page.
#[test]
fn an_environment_export_beside_the_page_wins_with_a_warning() {
    let _guard = lock();
    let scratch = Scratch::new("environment");
    copy(
        &Path::new(WORKSPACE)
            .join("connection-schema/tests/fixtures/metadata/env-connection-picklist.json"),
        &scratch.path("docs/env-connection-picklist.json"),
    );
    let build = scratch.build();
    build.assert_success();
    let warnings: Vec<&str> = build
        .stderr
        .lines()
        .filter(|line| line.starts_with("warning: dataverse-choices@"))
        .collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(
        warnings[0].ends_with(
            ": docs/env-connection-picklist.json:7: connection.Record1ObjectTypeCode: the environment differs from docs/connection.md: 1 value renumbered, 3 added, 11 missing; its options are used (see `connection-schema diff`)"
        ),
        "{warnings:#?}"
    );
    let generated = build.choices().text();
    assert!(generated.contains("ProfileAlbum = 10700,"));
    assert!(generated.contains("label_in(1031 = \"Firma\")"));
}

fn read_string(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{}: {e}", parent.display()));
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn copy(from: &Path, to: &Path) {
    let bytes = std::fs::read(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    write(to, &bytes);
}

fn copy_dir(from: &Path, to: &Path) {
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("{}: {e}", from.display()));
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            copy(&path, &target);
        }
    }
}
