//! Downstream crates must not pay for the generator: the root package's normal dependency tree
//! holds no markdown parser, formatter, JSON or CLI library.

use std::process::Command;

#[test]
fn the_root_package_depends_on_the_runtime_only() {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--package",
            "dataverse-choices",
            "--edges",
            "normal,no-proc-macro",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo tree: {e}"));
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(crates.contains(&"dataverse-choices"), "{tree}");
    assert!(crates.contains(&"connection-schema"), "{tree}");
    for forbidden in [
        "pulldown-cmark",
        "prettyplease",
        "syn",
        "quote",
        "proc-macro2",
        "serde",
        "serde_json",
        "clap",
        "ureq",
        "connection-schema-cli",
    ] {
        assert!(
            !crates.contains(&forbidden),
            "{forbidden} is a normal dependency of the root package:\n{tree}"
        );
    }
}
