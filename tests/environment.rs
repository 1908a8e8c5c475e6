//! The seed page with a saved Web API picklist/state/status export of the Connection table on
//! top (`connection-schema/tests/golden/connection-environment.rs`, checked against the
//! generator in `connection-schema/tests/golden.rs`), compiled: the enums follow the
//! environment's codes and carry every language of its labels.

mod environment {
    include!("../connection-schema/tests/golden/connection-environment.rs");
}

use connection_schema::Choice;
use environment::connection::{Record1ObjectTypeCode, StateCode, StatusCode};

#[test]
fn try_from_follows_the_environment() {
    // The page lists Profile Album as 10627; this environment gives it 10700.
    assert_eq!(
        Record1ObjectTypeCode::try_from(10700),
        Ok(Record1ObjectTypeCode::ProfileAlbum)
    );
    assert!(Record1ObjectTypeCode::try_from(10627).is_err());
    // Account and Contact are not on the Sales page; the environment has them.
    assert_eq!(
        Record1ObjectTypeCode::try_from(1),
        Ok(Record1ObjectTypeCode::Account)
    );
    assert_eq!(
        Record1ObjectTypeCode::try_from(10950),
        Ok(Record1ObjectTypeCode::ContosoProject)
    );
    // Options the environment lacks are gone.
    assert!(Record1ObjectTypeCode::try_from(10730).is_err());
    assert_eq!(Record1ObjectTypeCode::COUNT, 6);
}

#[test]
fn labels_come_in_every_language_of_the_environment() {
    let account = Record1ObjectTypeCode::Account;
    assert_eq!(account.to_string(), "Account");
    assert_eq!(account.label_in(1031), Some("Firma"));
    assert_eq!(account.label_in(1033), Some("Account"));
    assert_eq!(account.label_in(1036), None);
    assert_eq!(
        Record1ObjectTypeCode::from_label_in(1031, "Profilalbum"),
        Some(Record1ObjectTypeCode::ProfileAlbum)
    );
    assert_eq!(StateCode::Inactive.label_in(1031), Some("Inaktiv"));
}

#[test]
fn state_and_status_from_the_environment_know_each_other() {
    assert_eq!(StatusCode::Inactive.state(), Some(StateCode::Inactive));
    assert_eq!(StateCode::Active.default_status(), Some(StatusCode::Active));
}
