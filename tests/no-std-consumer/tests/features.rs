//! What this crate alone asks of its dependencies (`cargo build -p no-std-consumer`): no `std`
//! and no `alloc` anywhere in the runtime or serde, so that building it proves the runtime
//! and the generated crate compile without them.

use std::process::Command;

/// `(package, features)` of every normal dependency, from `cargo tree`.
fn resolved_features() -> Vec<(String, Vec<String>)> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--package",
            "no-std-consumer",
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}|{f}",
        ])
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
        .filter_map(|line| {
            let (package, features) = line.split_once('|')?;
            let name = package.split_whitespace().next()?.to_owned();
            let features = features
                .split(',')
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect();
            Some((name, features))
        })
        .collect()
}

#[test]
fn nothing_turns_on_std_or_alloc() {
    let resolved = resolved_features();
    let features_of = |name: &str| {
        resolved
            .iter()
            .find(|(package, _)| package == name)
            .map(|(_, features)| features.clone())
            .unwrap_or_else(|| panic!("{name} is not a dependency: {resolved:?}"))
    };
    for package in [
        "connection-schema",
        "dataverse-choices",
        "serde",
        "serde_core",
    ] {
        let features = features_of(package);
        for forbidden in ["std", "alloc"] {
            assert!(
                !features.iter().any(|f| f == forbidden),
                "{package} has `{forbidden}`: {features:?}"
            );
        }
    }
    assert!(features_of("connection-schema")
        .iter()
        .any(|f| f == "serde"));
    assert!(features_of("dataverse-choices")
        .iter()
        .any(|f| f == "serde"));
}
