//! `Open<E>`: values the enum lists and values it does not, side by side.

use connection_schema::{Choice as _, Open, UnknownValue};
use connection_schema_derive::Choice;
use std::collections::{BTreeSet, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Choice)]
#[repr(i32)]
pub enum Code {
    #[choice(label = "Profile Album")]
    ProfileAlbum = 10627,
    #[choice(label = "Session")]
    Session = 10747,
}

#[test]
fn from_i32_knows_listed_values_and_keeps_the_rest() {
    assert_eq!(Open::<Code>::from(10627), Open::Known(Code::ProfileAlbum));
    assert!(matches!(Open::<Code>::from(1), Open::Unknown(1)));
    for value in [i32::MIN, -1, 0, 1, 10626, 10628, i32::MAX] {
        let open = Open::<Code>::from(value);
        assert!(!open.is_known(), "{value}");
        assert_eq!(open.known(), None);
        assert_eq!(open.label(), None);
        assert_eq!(open.value(), value);
        assert_eq!(i32::from(open), value);
    }
}

#[test]
fn known_values() {
    let open = Open::from(Code::Session);
    assert!(open.is_known());
    assert_eq!(open.known(), Some(Code::Session));
    assert_eq!(open.label(), Some("Session"));
    assert_eq!(open.value(), 10747);
    assert_eq!(i32::from(open), 10747);
    assert_eq!(open.try_known(), Ok(Code::Session));
}

#[test]
fn try_known_gives_the_enums_own_error() {
    let error = Open::<Code>::from(1).try_known().unwrap_err();
    assert_eq!(error, UnknownValue::new("Code", 1));
    assert_eq!(error.to_string(), "1 is not a Code value");
}

#[test]
fn display_is_the_label_or_the_number() {
    assert_eq!(Open::from(Code::ProfileAlbum).to_string(), "Profile Album");
    assert_eq!(Open::<Code>::from(1).to_string(), "1");
    assert_eq!(Open::<Code>::from(-42).to_string(), "-42");
    // Formatting flags reach both.
    assert_eq!(format!("{:>9}", Open::from(Code::Session)), "  Session");
    assert_eq!(format!("{:>9}", Open::<Code>::from(1)), "        1");
    assert_eq!(format!("{:<4}|", Open::<Code>::from(7)), "7   |");
}

#[test]
fn a_hand_built_unknown_of_a_listed_value_is_that_option() {
    let by_hand = Open::<Code>::Unknown(10627);
    assert_eq!(by_hand, Open::Known(Code::ProfileAlbum));
    assert_eq!(by_hand, Code::ProfileAlbum);
    assert_eq!(by_hand.known(), Some(Code::ProfileAlbum));
    assert_eq!(by_hand.to_string(), "Profile Album");
    let set: HashSet<Open<Code>> = [by_hand, Open::Known(Code::ProfileAlbum)].into();
    assert_eq!(set.len(), 1);
}

#[test]
fn equality_and_order_go_by_value() {
    assert_eq!(Open::<Code>::from(1), Open::Unknown(1));
    assert_ne!(Open::<Code>::from(1), Open::Unknown(2));
    assert_ne!(Open::from(Code::Session), Code::ProfileAlbum);
    let sorted: Vec<i32> = [
        Open::from(Code::Session),
        Open::Unknown(20_000),
        Open::Unknown(-5),
        Open::from(Code::ProfileAlbum),
    ]
    .into_iter()
    .collect::<BTreeSet<_>>()
    .into_iter()
    .map(Open::value)
    .collect();
    assert_eq!(sorted, [-5, 10627, 10747, 20_000]);
}

#[test]
fn debug_shows_the_variant() {
    assert_eq!(format!("{:?}", Open::from(Code::Session)), "Known(Session)");
    assert_eq!(format!("{:?}", Open::<Code>::from(3)), "Unknown(3)");
}

#[test]
fn label_lookup_ignoring_ascii_case_through_the_trait() {
    fn find<C: connection_schema::Choice>(label: &str) -> Option<C> {
        C::from_label_ignore_ascii_case(label)
    }
    assert_eq!(find::<Code>("SESSION"), Some(Code::Session));
    assert_eq!(find::<Code>("Session"), Some(Code::Session));
    assert_eq!(find::<Code>("Sessions"), None);
    assert_eq!(Code::NAME, "Code");
}
