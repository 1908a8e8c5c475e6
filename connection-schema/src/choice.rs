/// A fieldless enum that stands for one Dataverse choice column: every variant is one option,
/// with an integer value and a display label taken from the Learn page.
///
/// Implemented by `#[derive(Choice)]`, which also adds the same items as inherent `const`
/// items and functions, so most code never needs to import this trait. The trait is for code that
/// is generic over choice columns.
pub trait Choice: Copy + Eq + core::fmt::Debug + core::fmt::Display + 'static {
    /// The enum's name, as used in error messages.
    const NAME: &'static str;
    /// Every option, in the order of the source document.
    const ALL: &'static [Self];

    /// The option's integer value, as Dataverse stores and the Web API sends it.
    fn value(self) -> i32;
    /// The option's label, exactly as the document writes it.
    fn label(self) -> &'static str;
    /// The option with this value, if the enum has one.
    fn from_value(value: i32) -> Option<Self>;
    /// The option with exactly this label. Where a label is shared by several options, the first
    /// of them in document order.
    fn from_label(label: &str) -> Option<Self>;

    /// The option with this label, compared exactly first and then ignoring ASCII case: the first
    /// option in document order whose label equals `label` up to ASCII case. Non-ASCII letters
    /// must match exactly (`é` is not `É`). The derived `FromStr` parses this way.
    ///
    /// Provided, so that implementations written before it existed keep compiling: the exact
    /// lookup, then one scan of `ALL`, out of line and shared by every enum. Derived enums with a
    /// label table (384 labels and more) override it with the table, with the same answers.
    fn from_label_ignore_ascii_case(label: &str) -> Option<Self> {
        Self::from_label(label).or_else(|| crate::derived::find_ignoring_ascii_case(label))
    }

    /// The language code of [`label`](Self::label) (an LCID, as Dataverse's `LanguageCode`):
    /// 1033, English (United States), for enums generated from Learn pages; the language the
    /// generator was asked for (`Builder::language`) for enums generated from an environment's
    /// metadata.
    const LANGUAGE: u32 = 1033;

    /// The option's label in the language with this code, when the source gives one: every
    /// language of the environment's metadata, or only [`LANGUAGE`](Self::LANGUAGE) for pages.
    ///
    /// ```
    /// # use connection_schema::Choice;
    /// #[derive(Debug, Clone, Copy, PartialEq, Eq, connection_schema_derive::Choice)]
    /// #[repr(i32)]
    /// enum Kind {
    ///     #[choice(label = "Account", label_in(1031 = "Firma", 1036 = "Compte"))]
    ///     Account = 1,
    ///     #[choice(label = "Contact", label_in(1031 = "Kontakt"))]
    ///     Contact = 2,
    /// }
    /// assert_eq!(Kind::Account.label_in(1031), Some("Firma"));
    /// assert_eq!(Kind::Account.label_in(1033), Some("Account"));
    /// assert_eq!(Kind::Contact.label_in(1036), None);
    /// assert_eq!(Kind::from_label_in(1031, "Kontakt"), Some(Kind::Contact));
    /// ```
    ///
    /// Provided: an enum with one language needs nothing generated for it.
    fn label_in(self, language_code: u32) -> Option<&'static str> {
        (language_code == Self::LANGUAGE).then(|| self.label())
    }

    /// The option whose label in the language with this code is exactly `label`: the first in
    /// document order. In [`LANGUAGE`](Self::LANGUAGE) this is
    /// [`from_label`](Self::from_label).
    fn from_label_in(language_code: u32, label: &str) -> Option<Self> {
        if language_code == Self::LANGUAGE {
            return Self::from_label(label);
        }
        Self::ALL
            .iter()
            .copied()
            .find(|choice| choice.label_in(language_code) == Some(label))
    }
}
