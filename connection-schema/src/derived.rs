//! The bodies of the standard traits that `#[derive(Choice)]` implements, written once here as
//! small generic functions rather than expanded into every enum.
//!
//! Why: a crate generated from the whole Dataverse reference holds thousands of enums, and what
//! it costs to compile grows with the code each derive emits (type and borrow checking run per
//! function body). A generic function is checked once; each enum only instantiates it, which
//! at run time is the same code as the body written out (measured: `scripts/bench.sh`).

use crate::{Choice, UnknownLabel, UnknownValue};

/// `TryFrom<i32>`: the option with this value, or an error that names the enum and the value.
#[inline]
pub fn try_from_value<C: Choice>(value: i32) -> Result<C, UnknownValue> {
    match C::from_value(value) {
        Some(choice) => Ok(choice),
        None => Err(UnknownValue::new(C::NAME, value)),
    }
}

/// `FromStr`: the exact lookup inline, the rest out of line. Parsing a label as the API sends it
/// then costs what strum's `FromStr` costs (measured: with the fallback and the error's
/// construction inline, rustc stops inlining `from_str`, and the call costs as much).
#[inline]
pub fn parse<C: Choice>(label: &str) -> Result<C, UnknownLabel> {
    match C::from_label(label) {
        Some(choice) => Ok(choice),
        None => parse_inexact(label),
    }
}

/// An option whose label equals `label` ignoring ASCII case, for when there is no exact match.
#[inline(never)]
fn parse_inexact<C: Choice>(label: &str) -> Result<C, UnknownLabel> {
    match C::from_label_ignore_ascii_case(label) {
        Some(choice) => Ok(choice),
        None => Err(UnknownLabel::new(C::NAME, label)),
    }
}

/// The first option in declaration order whose label equals `label` ignoring ASCII case: the
/// fallback of [`Choice::from_label_ignore_ascii_case`] for enums without a label table.
///
/// One generic scan rather than a function emitted into every enum, which the derive did until
/// a crate of 4,200 enums measured what each emitted function costs to compile. The price is
/// paid only when the exact label failed: about 30 ns against strum's 5 ns on 14 options (README,
/// Performance). A label array per enum to scan instead measured 22 ns, and 3% more build time.
#[inline(never)]
pub(crate) fn find_ignoring_ascii_case<C: Choice>(label: &str) -> Option<C> {
    C::ALL
        .iter()
        .copied()
        .find(|choice| choice.label().eq_ignore_ascii_case(label))
}

#[cfg(test)]
mod tests {
    use super::{find_ignoring_ascii_case, parse, try_from_value};
    use crate::Choice;

    /// Labels equal up to ASCII case, in an order where the first declared is not the exact one.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Shade {
        Loud,
        Quiet,
        Whisper,
    }

    const LABELS: [&str; 3] = ["Active", "ACTIVE", "Inactive"];

    impl core::fmt::Display for Shade {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.pad(self.label())
        }
    }

    impl Choice for Shade {
        const NAME: &'static str = "Shade";
        const ALL: &'static [Self] = &[Shade::Loud, Shade::Quiet, Shade::Whisper];
        fn value(self) -> i32 {
            self as i32
        }
        fn label(self) -> &'static str {
            LABELS[self as usize]
        }
        fn from_value(value: i32) -> Option<Self> {
            Self::ALL.get(usize::try_from(value).ok()?).copied()
        }
        fn from_label(label: &str) -> Option<Self> {
            Self::ALL
                .iter()
                .copied()
                .find(|shade| shade.label() == label)
        }
    }

    #[test]
    fn the_case_insensitive_fallback_finds_the_first_declared() {
        for (input, expected) in [
            ("active", Some(Shade::Loud)),
            ("aCtIvE", Some(Shade::Loud)),
            ("INACTIVE", Some(Shade::Whisper)),
            ("Activ", None),
            ("", None),
        ] {
            assert_eq!(
                find_ignoring_ascii_case::<Shade>(input),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn parse_prefers_the_exact_label_and_names_the_enum_when_none_matches() {
        assert_eq!(parse::<Shade>("ACTIVE"), Ok(Shade::Quiet));
        assert_eq!(parse::<Shade>("active"), Ok(Shade::Loud));
        let error = parse::<Shade>("Dormant").expect_err("no such label");
        assert_eq!(error.type_name(), "Shade");
        assert_eq!(try_from_value::<Shade>(2), Ok(Shade::Whisper));
        assert_eq!(
            try_from_value::<Shade>(7).map_err(|e| (e.type_name(), e.value())),
            Err(("Shade", 7))
        );
    }
}
