//! Options whose label ends in "(Deprecated)": the generated variant carries `#[deprecated]`,
//! its `Display` keeps the full label, and code that does not name the variant sees no
//! deprecation warning (unlike strum's derives, Peternator7/strum#404).
//!
//! `#![deny(warnings)]`: if anything below warned, this file would not compile.
#![deny(warnings)]

use dataverse_choices::{Choice, Record1ObjectTypeCode, Record2ObjectTypeCode};

#[test]
fn the_whole_enum_is_usable_without_naming_a_deprecated_option() {
    let labels: Vec<String> = Record1ObjectTypeCode::ALL
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(labels.contains(&"Ongoing conversation (Deprecated)".to_owned()));

    let deprecated = Record1ObjectTypeCode::try_from(10718).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(deprecated.to_string(), "Ongoing conversation (Deprecated)");
    assert_eq!(deprecated.label(), "Ongoing conversation (Deprecated)");
    assert_eq!(i32::from(deprecated), 10718);
    assert_eq!(
        "ongoing conversation (deprecated)".parse::<Record1ObjectTypeCode>(),
        Ok(deprecated)
    );
    assert_eq!(
        Record2ObjectTypeCode::from_value(10718).map(Choice::label),
        Some("Ongoing conversation (Deprecated)")
    );
}

/// The generator's side: every option whose label ends in "(Deprecated)" is marked.
#[test]
fn deprecated_options_carry_the_attribute() {
    let generated: Vec<&str> = include_str!(concat!(env!("OUT_DIR"), "/choices.rs"))
        .lines()
        .map(str::trim_start)
        .collect();
    let mut checked = 0;
    for (index, line) in generated.iter().enumerate() {
        if line.starts_with("#[choice(label = ") && line.ends_with("(Deprecated)\")]") {
            // The variant's doc comments and attributes, up to the previous variant.
            let mut attributes = generated[..index]
                .iter()
                .rev()
                .take_while(|l| l.starts_with('#') || l.starts_with("///"));
            assert!(
                attributes.any(|l| l.starts_with("#[deprecated")),
                "line {}: {line}",
                index + 1
            );
            checked += 1;
        }
    }
    // Record1ObjectTypeCode and Record2ObjectTypeCode each list one.
    assert_eq!(checked, 2);
}
