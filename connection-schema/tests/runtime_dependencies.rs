//! `connection-schema = "0.1"` with default features is the runtime alone: the generator's
//! parser and formatter, JSON and HTTP crates and the command line stay out of its normal
//! dependency tree (they sit behind `codegen` / `json`, and in `connection-schema-cli`).

use std::process::Command;

/// The names in `cargo tree -p connection-schema -e normal` with `extra` cargo arguments.
fn normal_dependencies(extra: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--package",
            "connection-schema",
            "--edges",
            "normal",
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

const GENERATOR_CRATES: [&str; 12] = [
    "pulldown-cmark",
    "syn",
    "quote",
    "proc-macro2",
    "prettyplease",
    "memchr",
    "serde_json",
    "ureq",
    "rustls",
    "ring",
    "clap",
    "connection-schema-cli",
];

#[test]
fn default_features_depend_on_nothing() {
    let crates = normal_dependencies(&[]);
    assert_eq!(crates, ["connection-schema"], "{crates:?}");
}

#[test]
fn serde_adds_serde_and_nothing_of_the_generator() {
    let crates = normal_dependencies(&["--features", "serde"]);
    assert!(crates.iter().any(|c| c == "serde"), "{crates:?}");
    for forbidden in GENERATOR_CRATES.iter().chain(&["serde_derive"]) {
        assert!(
            !crates.iter().any(|c| c == forbidden),
            "{forbidden} with only `serde` on: {crates:?}"
        );
    }
}

#[test]
fn the_generator_is_behind_codegen() {
    // The counter-check: the list above names crates the generator really pulls in, so the
    // first test would fail if `codegen` were on by default.
    let crates = normal_dependencies(&["--features", "codegen"]);
    for expected in ["pulldown-cmark", "syn", "prettyplease"] {
        assert!(crates.iter().any(|c| c == expected), "{crates:?}");
    }
    for cli_only in ["clap", "ureq", "serde_json"] {
        assert!(!crates.iter().any(|c| c == cli_only), "{crates:?}");
    }
}
