//! `MultiSelect<E>`: the Web API's comma-separated option values.
#![cfg(feature = "alloc")]

use connection_schema::{MultiSelect, MultiSelectErrorKind, Open, ParseMultiSelectError};
use connection_schema_derive::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum Channel {
    #[choice(label = "Email")]
    Email = 746_610_000,
    #[choice(label = "Phone")]
    Phone = 746_610_001,
    #[choice(label = "Letter")]
    Letter = 746_610_002,
}

fn parse(text: &str) -> Result<MultiSelect<Channel>, ParseMultiSelectError> {
    text.parse()
}

fn values(text: &str) -> Vec<i32> {
    parse(text).unwrap().values().to_vec()
}

#[test]
fn reads_the_web_api_string() {
    let chosen = parse("746610000,746610002").unwrap();
    assert_eq!(
        chosen.iter().collect::<Vec<_>>(),
        [Open::Known(Channel::Email), Open::Known(Channel::Letter)]
    );
    assert!(chosen.contains(Channel::Email));
    assert!(chosen.contains(746_610_002));
    assert!(chosen.contains(Open::Known(Channel::Letter)));
    assert!(!chosen.contains(Channel::Phone));
    assert!(chosen.all_known());
    assert_eq!(chosen.to_string(), "746610000,746610002");
}

#[test]
fn spaces_duplicates_and_order_do_not_matter() {
    assert_eq!(
        values(" 746610002 ,\t746610000 "),
        [746_610_000, 746_610_002]
    );
    assert_eq!(values("746610000,746610000,746610000"), [746_610_000]);
    assert_eq!(
        parse("746610002,746610000").unwrap(),
        parse("746610000, 746610002").unwrap()
    );
    assert_eq!(parse("746610002,746610000,746610002").unwrap().len(), 2);
}

#[test]
fn an_empty_string_is_the_empty_set() {
    for text in ["", " ", "\t \r\n"] {
        let chosen = parse(text).unwrap();
        assert!(chosen.is_empty(), "{text:?}");
        assert_eq!(chosen.to_string(), "");
    }
    assert_eq!(MultiSelect::<Channel>::new(), MultiSelect::default());
}

#[test]
fn unknown_values_are_kept_in_order() {
    let chosen = parse("5,746610001,-3").unwrap();
    assert!(!chosen.all_known());
    assert_eq!(
        chosen.iter().collect::<Vec<_>>(),
        [
            Open::Unknown(-3),
            Open::Unknown(5),
            Open::Known(Channel::Phone)
        ]
    );
    assert_eq!(chosen.known().collect::<Vec<_>>(), [Channel::Phone]);
    assert_eq!(chosen.to_string(), "-3,5,746610001");
    assert_eq!(parse(&chosen.to_string()).unwrap(), chosen);
}

#[test]
fn malformed_items_are_errors_with_their_position() {
    let cases: [(&str, &str, usize, MultiSelectErrorKind); 8] = [
        ("1,,2", "", 2, MultiSelectErrorKind::EmptyItem),
        ("1,", "", 2, MultiSelectErrorKind::EmptyItem),
        (",1", "", 0, MultiSelectErrorKind::EmptyItem),
        ("1, ,2", "", 3, MultiSelectErrorKind::EmptyItem),
        (
            "746610000, 74661000x",
            "74661000x",
            11,
            MultiSelectErrorKind::NotAnInteger,
        ),
        ("1;2", "1;2", 0, MultiSelectErrorKind::NotAnInteger),
        ("1 2", "1 2", 0, MultiSelectErrorKind::NotAnInteger),
        (
            "1,  2147483648",
            "2147483648",
            4,
            MultiSelectErrorKind::OutOfRange,
        ),
    ];
    for (text, item, position, kind) in cases {
        let error = parse(text).unwrap_err();
        assert_eq!(
            (error.item(), error.position(), error.kind()),
            (item, position, kind),
            "{text:?}"
        );
        assert_eq!(error.type_name(), "Channel");
    }
    assert_eq!(
        parse("746610000, 74661000x").unwrap_err().to_string(),
        r#""74661000x" at byte 11 of a Channel multi-select value is not an integer"#
    );
    assert_eq!(
        parse("1,,2").unwrap_err().to_string(),
        "empty item at byte 2 of a Channel multi-select value"
    );
    assert_eq!(
        parse("-2147483649").unwrap_err().to_string(),
        r#""-2147483649" at byte 0 of a Channel multi-select value does not fit in 32 bits"#
    );
    // The extremes of i32 are fine.
    assert_eq!(values("-2147483648,2147483647"), [i32::MIN, i32::MAX]);
}

#[test]
fn insert_and_remove() {
    let mut chosen = MultiSelect::<Channel>::new();
    assert!(chosen.insert(Channel::Letter));
    assert!(chosen.insert(7));
    assert!(!chosen.insert(Open::Known(Channel::Letter)));
    assert!(chosen.insert(Channel::Email));
    assert_eq!(chosen.to_string(), "7,746610000,746610002");
    assert!(chosen.remove(7));
    assert!(!chosen.remove(7));
    assert!(!chosen.remove(Channel::Phone));
    assert_eq!(chosen.to_string(), "746610000,746610002");
    chosen.clear();
    assert!(chosen.is_empty());
}

#[test]
fn collect_and_extend() {
    let mut chosen: MultiSelect<Channel> = [Channel::Letter, Channel::Email, Channel::Letter]
        .into_iter()
        .collect();
    assert_eq!(chosen.values(), [746_610_000, 746_610_002]);
    chosen.extend([3, 746_610_000]);
    assert_eq!(chosen.values(), [3, 746_610_000, 746_610_002]);
    let from_values: MultiSelect<Channel> = vec![746_610_002, 3, 746_610_000].into_iter().collect();
    assert_eq!(from_values, chosen);
}

#[test]
fn iterates_both_ways_and_by_value() {
    let chosen = parse("746610001,9,746610000").unwrap();
    let expected = [
        Open::Unknown(9),
        Open::Known(Channel::Email),
        Open::Known(Channel::Phone),
    ];
    assert_eq!(chosen.iter().len(), 3);
    assert_eq!((&chosen).into_iter().collect::<Vec<_>>(), expected);
    assert_eq!(chosen.iter().next_back(), Some(Open::Known(Channel::Phone)));
    assert_eq!(chosen.clone().into_iter().rev().collect::<Vec<_>>(), {
        let mut reversed = expected;
        reversed.reverse();
        reversed
    });
    let mut seen = Vec::new();
    for option in &chosen {
        seen.push(option.to_string());
    }
    assert_eq!(seen, ["9", "Email", "Phone"]);
}

#[test]
fn debug_lists_the_members() {
    assert_eq!(
        format!("{:?}", parse("746610000,4").unwrap()),
        "{Unknown(4), Known(Email)}"
    );
}
