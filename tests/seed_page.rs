//! The generated enums of `docs/connection.md`, checked option by option against expectations
//! written by hand from the published page.
//!
//! These pin the vendored page: when a maintainer replaces it with a newer version, this list
//! changes with it, in the same commit.

use dataverse_choices::{Choice, Record1ObjectTypeCode, Record2ObjectTypeCode};

/// (value, label) of every option, in the page's order; the page lists the same 14 for both columns.
const EXPECTED: [(i32, &str); 14] = [
    (10627, "Profile Album"),
    (10632, "Customer Voice alert"),
    (10642, "Customer Voice survey invite"),
    (10644, "Customer Voice survey response"),
    (10718, "Ongoing conversation (Deprecated)"),
    (10730, "Conversation"),
    (10747, "Session"),
    (10863, "Sequence"),
    (10865, "Sequence Target"),
    (10877, "Assignment Rule"),
    (10880, "Assignment Map"),
    (10887, "Insight"),
    (10896, "Suggestion Principal Object Access"),
    (10942, "Copilot Transcript"),
];

/// Every option must survive value → enum → value and label → enum → label, and `ALL` must list
/// exactly the expected options in document order.
fn check_round_trips<E>()
where
    E: Choice + TryFrom<i32> + core::str::FromStr + Into<i32>,
    <E as TryFrom<i32>>::Error: core::fmt::Debug,
    <E as core::str::FromStr>::Err: core::fmt::Debug,
{
    let listed: Vec<(i32, &str)> = E::ALL.iter().map(|o| (o.value(), o.label())).collect();
    assert_eq!(listed, EXPECTED, "{}::ALL", E::NAME);
    for (value, label) in EXPECTED {
        let by_value = E::try_from(value).expect("a listed value converts");
        assert_eq!(by_value.into(), value);
        assert_eq!(by_value.to_string(), label);
        let by_label: E = label.parse().expect("a listed label parses");
        assert_eq!(by_label, by_value);
        assert_eq!(by_label.label(), label);
    }
}

#[test]
fn record1_object_type_code_round_trips_all_14_options() {
    check_round_trips::<Record1ObjectTypeCode>();
}

#[test]
fn record2_object_type_code_round_trips_all_14_options() {
    check_round_trips::<Record2ObjectTypeCode>();
}

#[test]
// Names every variant on purpose, including the "(Deprecated)" option, which the generator marks
// `#[deprecated]` (issue 4).
#[allow(deprecated)]
fn variant_names_follow_the_naming_rule() {
    use Record1ObjectTypeCode as R;
    let expected = [
        (R::ProfileAlbum, 10627),
        (R::CustomerVoiceAlert, 10632),
        (R::CustomerVoiceSurveyInvite, 10642),
        (R::CustomerVoiceSurveyResponse, 10644),
        (R::OngoingConversationDeprecated, 10718),
        (R::Conversation, 10730),
        (R::Session, 10747),
        (R::Sequence, 10863),
        (R::SequenceTarget, 10865),
        (R::AssignmentRule, 10877),
        (R::AssignmentMap, 10880),
        (R::Insight, 10887),
        (R::SuggestionPrincipalObjectAccess, 10896),
        (R::CopilotTranscript, 10942),
    ];
    for (variant, value) in expected {
        assert_eq!(variant as i32, value, "{variant:?}");
        assert_eq!(variant.value(), value, "{variant:?}");
    }
    assert_eq!(
        Record2ObjectTypeCode::CopilotTranscript.label(),
        "Copilot Transcript"
    );
}

#[test]
fn unknown_values_and_labels_are_rejected_with_the_enum_name() {
    let error = Record1ObjectTypeCode::try_from(10628).unwrap_err();
    assert_eq!(error.value(), 10628);
    assert_eq!(
        error.to_string(),
        "10628 is not a Record1ObjectTypeCode value"
    );
    // Account (1) is on the Dataverse base page, not on this Sales page.
    assert!(Record2ObjectTypeCode::try_from(1).is_err());

    let error = "Profile Albums"
        .parse::<Record2ObjectTypeCode>()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        r#""Profile Albums" is not a Record2ObjectTypeCode label"#
    );
    // Another ASCII case is the same label (exact match first; see `from_label_ignore_ascii_case`).
    assert_eq!(
        "profile ALBUM".parse::<Record2ObjectTypeCode>(),
        Ok(Record2ObjectTypeCode::ProfileAlbum)
    );
}

#[test]
fn the_two_columns_are_distinct_types() {
    let one = Record1ObjectTypeCode::Session;
    let two = Record2ObjectTypeCode::try_from(one.value()).unwrap();
    assert_eq!(two, Record2ObjectTypeCode::Session);
    assert_eq!(
        core::any::type_name::<Record2ObjectTypeCode>(),
        "dataverse_choices::connection::Record2ObjectTypeCode"
    );
}

/// The file the build script wrote is the reviewed golden file, byte for byte, so the golden
/// file is compiled code, not just text.
#[test]
fn the_build_output_is_the_golden_file() {
    let built = include_str!(concat!(env!("OUT_DIR"), "/choices.rs"));
    let golden = include_str!("../connection-schema/tests/golden/connection.rs");
    assert!(
        built == golden,
        "build output differs from connection-schema/tests/golden/connection.rs"
    );
}
