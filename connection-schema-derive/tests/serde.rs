//! The serde impls of `#[derive(Choice)]`, with `connection-schema/serde` on (this crate's
//! dev-dependency turns it on), and those of `Open` and `MultiSelect` in real use.
#![deny(deprecated, unused)]

use connection_schema::{Choice, MultiSelect, Open};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum Channel {
    #[choice(label = "Email")]
    Email = 746_610_000,
    #[choice(label = "Phone")]
    Phone = 746_610_001,
    #[deprecated = "gone from the documentation"]
    #[choice(label = "Fax (Deprecated)")]
    Fax = 746_610_002,
    #[choice(label = "Lowest")]
    Lowest = -2_147_483_648,
}

#[test]
fn every_option_serializes_as_its_integer_and_back() {
    for &channel in Channel::ALL {
        let json = serde_json::to_string(&channel).unwrap();
        assert_eq!(json, channel.value().to_string());
        assert_eq!(serde_json::from_str::<Channel>(&json).unwrap(), channel);
    }
    assert_eq!(serde_json::to_string(&Channel::Email).unwrap(), "746610000");
    assert_eq!(
        serde_json::from_str::<Channel>("-2147483648").unwrap(),
        Channel::Lowest
    );
}

#[test]
fn an_unknown_integer_is_an_error_naming_the_enum_and_the_value() {
    let error = serde_json::from_str::<Channel>("746610003").unwrap_err();
    assert_eq!(
        error.to_string(),
        "746610003 is not a Channel value at line 1 column 9"
    );
}

#[test]
fn only_integers_deserialize() {
    for json in [
        "\"Email\"",
        "\"746610000\"",
        "746610000.0",
        "null",
        "3000000000",
    ] {
        assert!(
            serde_json::from_str::<Channel>(json).is_err(),
            "{json} was accepted"
        );
    }
    assert_eq!(
        serde_json::from_str::<Channel>("3000000000")
            .unwrap_err()
            .to_string(),
        "invalid value: integer `3000000000`, expected a Channel value (a 32-bit integer) \
         at line 1 column 10"
    );
}

#[test]
fn open_round_trips_every_integer() {
    let samples =
        (i32::MIN..=i32::MAX)
            .step_by(65_521)
            .chain([i32::MAX, -1, 0, 1, 746_610_000, 746_610_003]);
    for value in samples {
        let open = Open::<Channel>::from(value);
        let json = serde_json::to_string(&open).unwrap();
        assert_eq!(json, value.to_string());
        let back: Open<Channel> = serde_json::from_str(&json).unwrap();
        assert_eq!(back.value(), value);
        assert_eq!(back, open);
        assert_eq!(back.known(), Channel::from_value(value), "{value}");
    }
    assert_eq!(
        serde_json::from_str::<Open<Channel>>("746610001").unwrap(),
        Open::Known(Channel::Phone)
    );
    assert_eq!(
        serde_json::from_str::<Open<Channel>>("7").unwrap(),
        Open::Unknown(7)
    );
    assert!(serde_json::from_str::<Open<Channel>>("\"7\"").is_err());
    assert!(serde_json::from_str::<Open<Channel>>("2147483648").is_err());
}

/// The Web API sends a multi-select column as one string, and `null` when nothing is chosen.
#[test]
fn multi_select_is_the_web_api_string() {
    let chosen: MultiSelect<Channel> =
        serde_json::from_str(r#""746610002, 746610000,9,9""#).unwrap();
    assert_eq!(chosen.len(), 3);
    assert!(chosen.contains(Channel::Email));
    assert!(chosen.contains(9));
    assert!(!chosen.all_known());
    assert_eq!(
        serde_json::to_string(&chosen).unwrap(),
        r#""9,746610000,746610002""#
    );

    let empty: MultiSelect<Channel> = serde_json::from_str(r#""""#).unwrap();
    assert!(empty.is_empty());
    assert_eq!(serde_json::to_string(&empty).unwrap(), r#""""#);

    let none: Option<MultiSelect<Channel>> = serde_json::from_str("null").unwrap();
    assert_eq!(none, None);

    let error = serde_json::from_str::<MultiSelect<Channel>>(r#""746610000,74661000x""#)
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        r#""74661000x" at byte 10 of a Channel multi-select value is not an integer at line 1 column 21"#
    );
    assert!(serde_json::from_str::<MultiSelect<Channel>>("746610000").is_err());
}

mod renamed {
    //! The serde impls follow `crate = path` too.
    use connection_schema as cs;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, cs::Choice)]
    #[repr(i32)]
    #[choice(crate = cs)]
    pub enum Renamed {
        #[choice(label = "Yes")]
        Yes = 1,
    }

    #[test]
    fn renamed_crate_path() {
        assert_eq!(serde_json::to_string(&Renamed::Yes).unwrap(), "1");
        assert_eq!(
            serde_json::from_str::<Renamed>("2")
                .unwrap_err()
                .to_string(),
            "2 is not a Renamed value at line 1 column 1"
        );
    }
}
