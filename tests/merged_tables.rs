//! The golden file of the seed page merged with a Dataverse base page (a fixture), compiled
//! here: the merged enums hold base and app options alike, and state and status know each other.
//!
//! The golden file is checked against the generator in `connection-schema/tests/golden.rs`.

mod merged {
    include!("../connection-schema/tests/golden/connection-merged.rs");
}

use merged::connection::{MsdynChannels, Record1ObjectTypeCode, StateCode, StatusCode};

#[test]
fn one_enum_holds_base_and_app_options() {
    assert_eq!(
        Record1ObjectTypeCode::try_from(1),
        Ok(Record1ObjectTypeCode::Account)
    );
    assert_eq!(
        Record1ObjectTypeCode::try_from(10627),
        Ok(Record1ObjectTypeCode::ProfileAlbum)
    );
    assert_eq!(Record1ObjectTypeCode::COUNT, 4 + 14);
    assert_eq!(
        Record1ObjectTypeCode::ALL[0],
        Record1ObjectTypeCode::Account
    );
    assert_eq!(
        Record1ObjectTypeCode::ALL[4],
        Record1ObjectTypeCode::ProfileAlbum
    );
    assert_eq!(Record1ObjectTypeCode::Account.to_string(), "Account");
}

#[test]
fn environment_specific_codes_are_told_apart() {
    assert!(!Record1ObjectTypeCode::Account.is_environment_specific());
    assert!(!Record1ObjectTypeCode::Activity.is_environment_specific());
    assert!(Record1ObjectTypeCode::Website.is_environment_specific());
    assert!(Record1ObjectTypeCode::ProfileAlbum.is_environment_specific());
    assert!(Record1ObjectTypeCode::is_environment_specific_value(10_000));
    assert!(!Record1ObjectTypeCode::is_environment_specific_value(9_999));
}

#[test]
fn each_status_knows_its_state_and_each_state_its_default_status() {
    assert_eq!(StatusCode::Active.state(), Some(StateCode::Active));
    assert_eq!(StatusCode::Inactive.state(), Some(StateCode::Inactive));
    assert_eq!(StatusCode::Inactive3.state(), Some(StateCode::Inactive));
    assert_eq!(StateCode::Active.default_status(), Some(StatusCode::Active));
    assert_eq!(
        StateCode::Inactive.default_status(),
        Some(StatusCode::Inactive)
    );
    for status in StatusCode::ALL {
        assert!(status.state().is_some_and(|s| StateCode::ALL.contains(&s)));
    }
}

#[test]
fn a_repeated_status_label_parses_to_the_first_option() {
    assert_eq!("Inactive".parse(), Ok(StatusCode::Inactive));
    assert_eq!(StatusCode::Inactive3.label(), "Inactive");
    assert_eq!(StatusCode::Inactive3.value(), 3);
}

#[test]
fn multi_select_columns_are_enums_too() {
    assert_eq!(
        MsdynChannels::try_from(192_350_001).map(|c| c.label()),
        Ok("E-mail & Chat")
    );
}
