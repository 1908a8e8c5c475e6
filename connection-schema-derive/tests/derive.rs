//! What `#[derive(Choice)]` generates, checked on hand-written enums.

// The generated code names every variant, deprecated ones included; it must not make the user's
// crate warn about that.
#![deny(deprecated, unused)]

use connection_schema::{Choice, UnknownLabel, UnknownValue};
use core::str::FromStr;

/// Values out of order on purpose, so that declaration order and value order differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Choice)]
#[repr(i32)]
#[non_exhaustive]
pub enum Sample {
    /// Profile Album (`10627`)
    #[choice(label = "Profile Album")]
    ProfileAlbum = 10627,
    #[choice(label = "Sales & Marketing / Événements")]
    SalesAndMarketing = 3,
    #[choice(label = "Unknown")]
    Unknown = -1,
    #[deprecated = "gone from the documentation"]
    #[choice(label = "Fax (Deprecated)")]
    Fax = 0,
    #[choice(label = "Größe \"XL\" \\ Ωmega")]
    Quoted = 0x10,
    #[choice(label = r"C:\raw")]
    Min = -2_147_483_648,
    #[choice(label = "Max")]
    Max = 2_147_483_647,
}

const DECLARED: [(Sample, i32, &str); 7] = [
    (Sample::ProfileAlbum, 10627, "Profile Album"),
    (
        Sample::SalesAndMarketing,
        3,
        "Sales & Marketing / Événements",
    ),
    (Sample::Unknown, -1, "Unknown"),
    #[allow(deprecated)]
    (Sample::Fax, 0, "Fax (Deprecated)"),
    (Sample::Quoted, 16, "Größe \"XL\" \\ Ωmega"),
    (Sample::Min, i32::MIN, "C:\\raw"),
    (Sample::Max, i32::MAX, "Max"),
];

#[test]
fn all_is_in_declaration_order_and_count_matches() {
    let expected: Vec<Sample> = DECLARED.iter().map(|(choice, _, _)| *choice).collect();
    assert_eq!(Sample::ALL, expected.as_slice());
    assert_eq!(Sample::COUNT, 7);
}

#[test]
fn value_and_label() {
    for (choice, value, label) in DECLARED {
        assert_eq!(choice.value(), value, "{choice:?}");
        assert_eq!(choice.label(), label, "{choice:?}");
    }
}

#[test]
fn inherent_items_are_const() {
    const VALUE: i32 = Sample::Unknown.value();
    const LABEL: &str = Sample::ProfileAlbum.label();
    const FOUND: Option<Sample> = Sample::from_value(3);
    const MISSING: Option<Sample> = Sample::from_value(4);
    const COUNT: usize = Sample::ALL.len();
    assert_eq!(VALUE, -1);
    assert_eq!(LABEL, "Profile Album");
    assert_eq!(FOUND, Some(Sample::SalesAndMarketing));
    assert_eq!(MISSING, None);
    assert_eq!(COUNT, Sample::COUNT);
}

#[test]
fn from_value() {
    for (choice, value, _) in DECLARED {
        assert_eq!(Sample::from_value(value), Some(choice), "{value}");
    }
    for value in [
        1,
        2,
        4,
        15,
        17,
        10626,
        10628,
        -2,
        i32::MIN + 1,
        i32::MAX - 1,
    ] {
        assert_eq!(Sample::from_value(value), None, "{value}");
    }
}

#[test]
fn from_label_is_exact() {
    for (choice, _, label) in DECLARED {
        assert_eq!(Sample::from_label(label), Some(choice), "{label}");
    }
    for label in [
        "",
        "profile album",
        "Profile Album ",
        " Profile Album",
        "Profile",
        "Fax",
    ] {
        assert_eq!(Sample::from_label(label), None, "{label:?}");
    }
}

#[test]
fn try_from_i32() {
    assert_eq!(Sample::try_from(10627), Ok(Sample::ProfileAlbum));
    assert_eq!(Sample::try_from(-1), Ok(Sample::Unknown));
    assert_eq!(Sample::try_from(i32::MIN), Ok(Sample::Min));

    let error = Sample::try_from(10628).unwrap_err();
    assert_eq!(error, UnknownValue::new("Sample", 10628));
    assert_eq!(error.value(), 10628);
    assert_eq!(error.type_name(), "Sample");
    assert_eq!(error.to_string(), "10628 is not a Sample value");

    let converted: Result<Sample, _> = (-2).try_into();
    assert_eq!(
        converted.unwrap_err().to_string(),
        "-2 is not a Sample value"
    );
}

#[test]
fn into_i32() {
    assert_eq!(i32::from(Sample::ProfileAlbum), 10627);
    let value: i32 = Sample::Unknown.into();
    assert_eq!(value, -1);
    assert_eq!(i32::from(Sample::Min), i32::MIN);
}

#[test]
fn display_is_the_label_and_pads() {
    assert_eq!(Sample::ProfileAlbum.to_string(), "Profile Album");
    assert_eq!(
        Sample::SalesAndMarketing.to_string(),
        "Sales & Marketing / Événements"
    );
    assert_eq!(format!("{:>20}", Sample::Unknown), "             Unknown");
    assert_eq!(format!("{:<10}|", Sample::Max), "Max       |");
    assert_eq!(format!("{:*^9}", Sample::Max), "***Max***");
    assert_eq!(format!("{:.3}", Sample::ProfileAlbum), "Pro");
    // Width counts characters, not bytes.
    assert_eq!(
        format!("{:>32}", Sample::SalesAndMarketing).chars().count(),
        32
    );
}

#[test]
fn from_str() {
    assert_eq!("Profile Album".parse(), Ok(Sample::ProfileAlbum));
    assert_eq!(Sample::from_str("Unknown"), Ok(Sample::Unknown));
    assert_eq!(Sample::from_str("C:\\raw"), Ok(Sample::Min));

    let error = "Profile Albums".parse::<Sample>().unwrap_err();
    assert_eq!(error, UnknownLabel::new("Sample", "Profile Albums"));
    assert_eq!(error.label(), "Profile Albums");
    assert_eq!(error.type_name(), "Sample");
    assert_eq!(
        error.to_string(),
        r#""Profile Albums" is not a Sample label"#
    );
}

#[test]
fn from_str_also_ignores_ascii_case() {
    assert_eq!("profile album".parse(), Ok(Sample::ProfileAlbum));
    assert_eq!("PROFILE ALBUM".parse(), Ok(Sample::ProfileAlbum));
    assert_eq!(
        Sample::from_label_ignore_ascii_case("mAX"),
        Some(Sample::Max)
    );
    assert_eq!(
        Sample::from_label_ignore_ascii_case("c:\\RAW"),
        Some(Sample::Min)
    );
    // Only ASCII letters fold: `é` is not `É`.
    assert_eq!(
        Sample::from_label_ignore_ascii_case("SALES & MARKETING / Événements"),
        Some(Sample::SalesAndMarketing)
    );
    assert_eq!(
        Sample::from_label_ignore_ascii_case("sales & marketing / événements"),
        None
    );
    // Nothing else is forgiven: spaces, prefixes.
    for label in ["profile album ", " Profile Album", "profile", "", "maxi"] {
        assert_eq!(
            Sample::from_label_ignore_ascii_case(label),
            None,
            "{label:?}"
        );
        let error = label.parse::<Sample>().unwrap_err();
        assert_eq!(error.label(), label);
    }
    // `from_label` stays exact.
    assert_eq!(Sample::from_label("profile album"), None);
}

/// Labels that differ only in ASCII case: an exact match wins, anything else goes to the first
/// declared of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum CaseClash {
    #[choice(label = "new")]
    Lower = 3,
    #[choice(label = "NEW")]
    Upper = 1,
    #[choice(label = "New")]
    Title = 2,
}

#[test]
fn labels_differing_only_in_case() {
    assert_eq!("NEW".parse(), Ok(CaseClash::Upper));
    assert_eq!("New".parse(), Ok(CaseClash::Title));
    assert_eq!("new".parse(), Ok(CaseClash::Lower));
    assert_eq!("nEw".parse(), Ok(CaseClash::Lower));
    assert_eq!("NEw".parse(), Ok(CaseClash::Lower));
    // The trait's provided method, which loops over `ALL`, gives the same answers as the
    // derived `match`.
    for label in ["NEW", "New", "new", "nEw", "neW", "old", ""] {
        assert_eq!(
            <CaseClash as Choice>::from_label_ignore_ascii_case(label),
            CaseClash::from_label_ignore_ascii_case(label),
            "{label:?}"
        );
    }
}

/// Uses nothing but the trait, as code generic over choice columns would.
fn describe<C: Choice>() -> Vec<String> {
    C::ALL
        .iter()
        .map(|&choice| {
            assert_eq!(C::from_value(choice.value()), Some(choice));
            assert_eq!(
                C::from_label(choice.label()).map(C::label),
                Some(choice.label())
            );
            format!("{}.{}={}", C::NAME, choice.value(), choice)
        })
        .collect()
}

#[test]
fn choice_trait_generically() {
    assert_eq!(
        describe::<Sample>(),
        [
            "Sample.10627=Profile Album",
            "Sample.3=Sales & Marketing / Événements",
            "Sample.-1=Unknown",
            "Sample.0=Fax (Deprecated)",
            "Sample.16=Größe \"XL\" \\ Ωmega",
            "Sample.-2147483648=C:\\raw",
            "Sample.2147483647=Max",
        ]
    );
    assert_eq!(<Sample as Choice>::from_value(404), None);
    assert_eq!(<Sample as Choice>::from_label("Nope"), None);
    assert_eq!(<Sample as Choice>::ALL, Sample::ALL);
}

/// Status reasons repeat labels under different states; the later `Open` has the lower value,
/// so "first" can only mean declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(allow_duplicate_labels)]
pub enum StatusReason {
    #[choice(label = "Open")]
    Pending = 5,
    #[choice(label = "Closed")]
    Won = 3,
    #[choice(label = "Open")]
    Open = 1,
    #[choice(label = "Closed")]
    Lost = 4,
}

#[test]
fn duplicate_labels_resolve_to_the_first_declared() {
    assert_eq!(
        StatusReason::from_label("Open"),
        Some(StatusReason::Pending)
    );
    assert_eq!(StatusReason::from_label("Closed"), Some(StatusReason::Won));
    assert_eq!("Open".parse(), Ok(StatusReason::Pending));
    assert_eq!("OPEN".parse(), Ok(StatusReason::Pending));
    assert_eq!("closed".parse(), Ok(StatusReason::Won));
    assert_eq!(
        <StatusReason as Choice>::from_label("Closed"),
        Some(StatusReason::Won)
    );
    // Every variant keeps its own label and value.
    assert_eq!(StatusReason::Open.label(), "Open");
    assert_eq!(StatusReason::Lost.to_string(), "Closed");
    assert_eq!(StatusReason::from_value(1), Some(StatusReason::Open));
    assert_eq!(StatusReason::COUNT, 4);
    assert_eq!(
        StatusReason::ALL,
        [
            StatusReason::Pending,
            StatusReason::Won,
            StatusReason::Open,
            StatusReason::Lost
        ]
    );
}

/// Discriminants that are not literals are left to rustc and still work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum Computed {
    #[choice(label = "Base")]
    Base = BASE,
    #[choice(label = "Next")]
    Next = BASE + 1,
}

const BASE: i32 = 100_000;

#[test]
fn computed_discriminants() {
    assert_eq!(Computed::from_value(100_001), Some(Computed::Next));
    assert_eq!(Computed::Base.value(), 100_000);
}

mod renamed {
    //! A user who renamed the dependency.
    use connection_schema as cs;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, cs::Choice)]
    #[repr(i32)]
    #[choice(crate = cs)]
    pub enum Renamed {
        #[choice(label = "Yes")]
        Yes = 1,
        #[choice(label = "No")]
        No = 0,
    }

    #[test]
    fn renamed_crate_path() {
        fn name<C: cs::Choice>() -> &'static str {
            C::NAME
        }
        assert_eq!(name::<Renamed>(), "Renamed");
        assert_eq!(
            Renamed::try_from(2).unwrap_err().to_string(),
            "2 is not a Renamed value"
        );
        assert_eq!("No".parse(), Ok(Renamed::No));
    }
}

mod stand_in {
    //! `crate = ...` must be what the impls name: here it points at a stand-in runtime with its
    //! own `Choice` trait, which the enum only implements if the path is followed (the real
    //! `::connection_schema` would resolve just as well, so a renamed import alone proves less).
    pub mod runtime {
        pub use connection_schema::{__if_serde, UnknownLabel, UnknownValue};

        pub trait Choice: Copy + 'static {
            const NAME: &'static str;
            const ALL: &'static [Self];
            fn value(self) -> i32;
            fn label(self) -> &'static str;
            fn from_value(value: i32) -> Option<Self>;
            fn from_label(label: &str) -> Option<Self>;
            fn from_label_ignore_ascii_case(label: &str) -> Option<Self> {
                Self::from_label(label).or_else(|| {
                    Self::ALL
                        .iter()
                        .copied()
                        .find(|choice| choice.label().eq_ignore_ascii_case(label))
                })
            }
        }

        /// The derived impls' shared bodies, over the stand-in's trait; the rest is the real
        /// runtime's (local items shadow the glob).
        pub mod __private {
            pub use connection_schema::__private::*;

            use super::{Choice, UnknownLabel, UnknownValue};

            pub fn try_from_value<C: Choice>(value: i32) -> Result<C, UnknownValue> {
                C::from_value(value).ok_or(UnknownValue::new(C::NAME, value))
            }

            pub fn parse<C: Choice>(label: &str) -> Result<C, UnknownLabel> {
                C::from_label_ignore_ascii_case(label).ok_or(UnknownLabel::new(C::NAME, label))
            }
        }
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, connection_schema::Choice)]
    #[repr(i32)]
    #[choice(crate = self::runtime)]
    pub enum Routed {
        #[choice(label = "Routed")]
        Routed = 7,
    }

    #[test]
    fn crate_path_is_followed() {
        fn via_stand_in<C: runtime::Choice>(value: i32) -> Option<&'static str> {
            C::from_value(value).map(C::label)
        }
        assert_eq!(via_stand_in::<Routed>(7), Some("Routed"));
        assert_eq!(<Routed as runtime::Choice>::NAME, "Routed");
        assert_eq!(<Routed as runtime::Choice>::ALL, [Routed::Routed]);
        assert_eq!(runtime::Choice::value(Routed::Routed), 7);
        assert_eq!(
            <Routed as runtime::Choice>::from_label("Routed"),
            Some(Routed::Routed)
        );
        assert_eq!(
            <Routed as runtime::Choice>::from_label_ignore_ascii_case("ROUTED"),
            Some(Routed::Routed)
        );
    }
}

mod hostile_scope {
    //! Variants named like the prelude's and trait items, and local types shadowing the
    //! primitives and prelude types the generated code names: it must still compile.
    #![allow(non_camel_case_types, dead_code)]

    use connection_schema::Choice;

    struct i32;
    struct str;
    struct usize;
    struct Option;
    struct Result;
    struct Display;
    mod core {}

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
    #[repr(i32)]
    pub enum Outcome {
        #[choice(label = "Error")]
        Error = 1,
        #[choice(label = "Err")]
        Err = 2,
        #[choice(label = "None")]
        None = 3,
        #[choice(label = "Some")]
        Some = 4,
        #[choice(label = "Ok")]
        Ok = 5,
        #[choice(label = "Value")]
        Value = 6,
    }

    #[test]
    fn generated_code_is_not_confused() {
        assert_eq!(
            Outcome::from_value(3),
            ::core::option::Option::Some(Outcome::None)
        );
        assert_eq!(Outcome::from_value(7), ::core::option::Option::None);
        assert_eq!(
            Outcome::from_label("Err"),
            ::core::option::Option::Some(Outcome::Err)
        );
        assert_eq!(
            "Error".parse::<Outcome>(),
            ::core::result::Result::Ok(Outcome::Error)
        );
        assert_eq!(
            "none".parse::<Outcome>(),
            ::core::result::Result::Ok(Outcome::None)
        );
        assert_eq!(
            Outcome::try_from(0).map_err(|error| error.value()),
            ::core::result::Result::Err(0)
        );
        assert_eq!(Outcome::Ok.value(), 5);
        assert_eq!(Outcome::COUNT, 6);
    }
}

/// Labels in several languages, as generated from an environment's metadata with
/// `Builder::language(1031)`: `label` is German, the other languages are `label_in`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(language = 1031)]
enum GermanKind {
    #[choice(label = "Firma", label_in(1033 = "Account", 1036 = "Compte"))]
    Account = 1,
    #[choice(label = "Kontakt", label_in(1033 = "Contact"))]
    Contact = 2,
}

#[test]
fn labels_in_other_languages() {
    assert_eq!(<GermanKind as Choice>::LANGUAGE, 1031);
    assert_eq!(GermanKind::Account.to_string(), "Firma");
    assert_eq!(GermanKind::Account.label_in(1031), Some("Firma"));
    assert_eq!(GermanKind::Account.label_in(1033), Some("Account"));
    assert_eq!(GermanKind::Account.label_in(1036), Some("Compte"));
    assert_eq!(GermanKind::Contact.label_in(1036), None);
    assert_eq!(GermanKind::Contact.label_in(1041), None);
    assert_eq!(
        GermanKind::from_label_in(1033, "Contact"),
        Some(GermanKind::Contact)
    );
    assert_eq!(
        GermanKind::from_label_in(1031, "Kontakt"),
        Some(GermanKind::Contact)
    );
    assert_eq!(GermanKind::from_label_in(1036, "Contact"), None);
}

#[test]
fn one_language_costs_nothing_and_answers_in_1033() {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
    #[repr(i32)]
    enum Plain {
        #[choice(label = "Yes")]
        Yes = 1,
    }
    assert_eq!(<Plain as Choice>::LANGUAGE, 1033);
    assert_eq!(Plain::Yes.label_in(1033), Some("Yes"));
    assert_eq!(Plain::Yes.label_in(1031), None);
    assert_eq!(Plain::from_label_in(1033, "Yes"), Some(Plain::Yes));
    assert_eq!(Plain::from_label_in(1031, "Yes"), None);
}
