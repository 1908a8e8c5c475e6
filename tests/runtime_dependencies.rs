//! Downstream crates must not pay for the generator: the normal dependency trees of the root
//! package and of `connection-schema = "0.1"` with default features hold no markdown parser,
//! formatter, JSON, HTTP or CLI library.

use std::process::Command;

/// The package names in `cargo tree -p package -e edges`, with `extra` cargo arguments.
fn normal_dependencies(package: &str, edges: &str, extra: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--package",
            package,
            "--edges",
            edges,
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .args(extra)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo tree: {e}"));
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

/// What the generator and the command line pull in; none of it may reach a runtime user.
const GENERATOR_CRATES: [&str; 12] = [
    "pulldown-cmark",
    "prettyplease",
    "syn",
    "quote",
    "proc-macro2",
    "serde_json",
    "ureq",
    "rustls",
    "ring",
    "clap",
    "memchr",
    "connection-schema-cli",
];

fn assert_none_of_the_generator(crates: &[String], what: &str) {
    for forbidden in GENERATOR_CRATES {
        assert!(
            !crates.iter().any(|c| c == forbidden),
            "{forbidden} is a normal dependency of {what}: {crates:?}"
        );
    }
}

#[test]
fn the_root_package_depends_on_the_runtime_only() {
    let crates = normal_dependencies("dataverse-choices", "normal,no-proc-macro", &[]);
    assert!(
        crates.iter().any(|c| c == "dataverse-choices"),
        "{crates:?}"
    );
    assert!(
        crates.iter().any(|c| c == "connection-schema"),
        "{crates:?}"
    );
    assert!(!crates.iter().any(|c| c == "serde"), "{crates:?}");
    assert_none_of_the_generator(&crates, "the root package");
}

#[test]
fn the_runtime_crate_depends_on_nothing_by_default() {
    // `connection-schema = "0.1"`, as a user writes it: default features.
    let crates = normal_dependencies("connection-schema", "normal", &[]);
    assert_eq!(crates, ["connection-schema"]);
}

#[test]
fn serde_adds_serde_and_nothing_of_the_generator() {
    let crates = normal_dependencies("connection-schema", "normal", &["--features", "serde"]);
    assert!(crates.iter().any(|c| c == "serde"), "{crates:?}");
    assert!(!crates.iter().any(|c| c == "serde_derive"), "{crates:?}");
    assert_none_of_the_generator(&crates, "connection-schema with serde");
}

#[test]
fn the_generator_is_behind_codegen_and_the_cli_is_a_package_of_its_own() {
    // The counter-check: the list names crates the generator really pulls in, so the tests
    // above would fail if `codegen` were on by default.
    let crates = normal_dependencies("connection-schema", "normal", &["--features", "codegen"]);
    // serde_json reads Web API metadata exports (`docs/*.json`) in build scripts too.
    for expected in ["pulldown-cmark", "syn", "prettyplease", "serde_json"] {
        assert!(crates.iter().any(|c| c == expected), "{crates:?}");
    }
    for cli_only in ["clap", "ureq"] {
        assert!(!crates.iter().any(|c| c == cli_only), "{crates:?}");
    }
    let cli = normal_dependencies("connection-schema-cli", "normal", &[]);
    for expected in ["clap", "ureq", "serde_json", "pulldown-cmark"] {
        assert!(cli.iter().any(|c| c == expected), "{cli:?}");
    }
}
