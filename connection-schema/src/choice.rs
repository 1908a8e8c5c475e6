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
    /// Provided, so that implementations written before it existed keep compiling. Derived enums
    /// override it with their inherent function, which gives the same answers without the loop.
    fn from_label_ignore_ascii_case(label: &str) -> Option<Self> {
        Self::from_label(label).or_else(|| {
            Self::ALL
                .iter()
                .copied()
                .find(|choice| choice.label().eq_ignore_ascii_case(label))
        })
    }
}
