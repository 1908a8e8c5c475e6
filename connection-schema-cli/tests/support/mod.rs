//! Helpers shared by the CLI tests (`cli`, `diff`, `update`, `check`): running the binary and
//! scratch directories.

#![allow(dead_code)] // each test file uses a different subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The library package: the tests run the binary there, so that the fixtures' relative paths
/// (`tests/fixtures/…`, `../docs/…`) and the messages naming them read as before the CLI
/// moved into its own package.
pub const LIB_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../connection-schema");

/// The binary, with proxy variables removed so that requests to 127.0.0.1 never go through a
/// proxy the environment may name.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_connection-schema"));
    command.args(args).current_dir(dir);
    for var in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        command.env_remove(var);
    }
    command
}

pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    command(dir, args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run connection-schema: {e}"))
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap_or_else(|e| panic!("stdout: {e}"))
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap_or_else(|e| panic!("stderr: {e}"))
}

/// A directory under the system temp dir, unique per process and call, removed on drop.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    pub fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "connection-schema-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Self { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `relative` (creating folders) and returns its full path.
    pub fn write(&self, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{}: {e}", parent.display()));
        }
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        path
    }

    pub fn read(&self, relative: &str) -> Vec<u8> {
        let path = self.path.join(relative);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The names in `relative`, sorted: shows leftover temporary files.
    pub fn list(&self, relative: &str) -> Vec<String> {
        let dir = self.path.join(relative);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| {
                entry
                    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A one-column page in the newer format.
pub fn page(column: &str, options: &[(i32, &str)]) -> String {
    let mut page = format!(
        "# Widget table/entity reference\n\n#### {column} Choices/Options\n\n|Value|Label|\n|---|---|\n"
    );
    for (value, label) in options {
        page.push_str(&format!("|{value}|**{label}**|\n"));
    }
    page
}
