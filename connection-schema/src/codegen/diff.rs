//! Two versions of a page → what changed in each choice column, and what that means for the
//! semver of a crate generated from it.
//!
//! # How options are matched
//!
//! A column's options are matched between the old and the new version in four passes, each
//! working on what the earlier ones left over:
//!
//! 1. **Unchanged:** same value and same label. (Values are unique within a column, so this
//!    pairing is unambiguous.)
//! 2. **Renumbered:** same label, another value. Labels can repeat within a column (real pages
//!    have two `Active` status reasons), so for each label the old options that are left are
//!    paired with the new ones in ascending order of value: the smallest old value with the
//!    smallest new value, and so on. Whatever is left over of that label goes on to the next
//!    pass. The rule depends only on the values, not on row order, which pages do not keep.
//! 3. **Relabeled:** same value, another label.
//! 4. What is left is **removed** (old only) or **added** (new only).
//!
//! Labels are matched before values because a label is what names the option's variant and,
//! on object-type columns, the table: when two options swap values, reading it as two
//! renumberings (breaking) is right, while reading it as two relabelings would call it a minor
//! change. Descriptions are not compared.
//!
//! # Renamed variants
//!
//! Matching says what happened to the options; what downstream code sees is the variant names.
//! Those come from the labels by the generator's naming rule, which looks at the whole column in
//! document order: of two options with the same label, the first row gets the plain name
//! (`Active`) and the later one gets its value appended (`Active2`). So, besides the matching
//! above, the generated name of every value present in both versions is compared, and each one
//! that differs is listed in [`ColumnDiff::renamed_variants`]. That catches a relabel that
//! changes the name (`Insight` → `Sales Insight`: `Insight` → `SalesInsight`), while a relabel
//! that only changes case (`Customer Voice alert` → `Customer Voice Alert`: `CustomerVoiceAlert`
//! both times) is not a rename. It also catches the one way row order matters: rows whose names
//! collide (a repeated label, typically) trading places, which hands the plain name to another
//! value even though no option changed. Row order is not compared otherwise.
//!
//! The names are those the page's column generates on its own. When an app page is merged with
//! its Dataverse base page the base options come first and can claim names too; a diff of the
//! app page alone does not see them.
//!
//! # The semver verdict
//!
//! The generated enums are `#[non_exhaustive]`, so new variants do not break anyone, but code
//! that names a variant breaks when the variant is renamed. A relabel is minor unless it renames
//! the variant:
//!
//! | change | verdict |
//! |---|---|
//! | the module or an enum is renamed, a column disappears, an option is removed or renumbered, a variant is renamed | [`Semver::Major`] |
//! | a column appears, options are only added or relabeled without renaming their variants | [`Semver::Minor`] |
//! | nothing above | [`Semver::NoChange`] |

use std::collections::BTreeMap;

use super::model::{ChoiceOption, Column, Page};
use super::naming::{type_name, variant_names};

mod render;
pub use render::{render_markdown, render_text};

/// What changed between two versions of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct PageDiff {
    /// Only the columns that changed: first those of the old page in its order, then the
    /// columns that only the new page has, in its order.
    pub columns: Vec<ColumnDiff>,
    /// The most severe verdict of any column, or major when the generated module was renamed.
    pub semver: Semver,
    /// The generated module's name (the table's logical name), when the two pages give
    /// different ones: every path to the enums changes. Left out of the JSON, whose shape is
    /// fixed; its effect shows in the verdict.
    #[cfg_attr(feature = "json", serde(skip))]
    pub renamed_module: Option<Renamed>,
}

/// A generated Rust name that another version of the page changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// The name the old page generates.
    pub old: String,
    /// The name the new page generates.
    pub new: String,
}

/// What changed in one choice column. Every list is sorted by value (the old value for
/// `renumbered`).
///
/// A column can be listed with only `renamed_variants`, when rows of a repeated label traded
/// places; its JSON then shows four empty lists and the verdict is still major.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
#[non_exhaustive]
pub struct ColumnDiff {
    /// The column's schema name.
    pub name: String,
    /// Whether the column itself is new or gone. Left out of the JSON, whose shape is fixed:
    /// a consumer sees a new column as one whose options are all added.
    #[cfg_attr(feature = "json", serde(skip))]
    pub change: ColumnChange,
    /// Options only the new page has.
    pub added: Vec<ListedOption>,
    /// Options only the old page has.
    pub removed: Vec<ListedOption>,
    /// Options whose value kept and label changed.
    pub relabeled: Vec<Relabeled>,
    /// Options whose label kept and value changed.
    pub renumbered: Vec<Renumbered>,
    /// Values on both pages whose generated variant name changed; see the
    /// [module docs](self#renamed-variants). Always empty for a column only one page has. Left
    /// out of the JSON, whose shape is fixed; its effect shows in the verdict.
    #[cfg_attr(feature = "json", serde(skip))]
    pub renamed_variants: Vec<RenamedVariant>,
    /// The enum's name, when the two spellings of the schema name generate different ones
    /// (`recordtypecode` → `RecordTypeCode`). Left out of the JSON like `renamed_variants`.
    #[cfg_attr(feature = "json", serde(skip))]
    pub renamed_enum: Option<Renamed>,
}

/// Whether a column is on both pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnChange {
    /// Only the new page has it.
    Added,
    /// Only the old page has it.
    Removed,
    /// Both pages have it, with different options.
    Changed,
}

/// An option that is only on one side.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
pub struct ListedOption {
    /// The option's value.
    pub value: i32,
    /// The option's label.
    pub label: String,
}

/// Same value, new label.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
pub struct Relabeled {
    /// The value both versions give the option.
    pub value: i32,
    /// The label on the old page.
    pub old: String,
    /// The label on the new page.
    pub new: String,
}

/// Same label, new value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
pub struct Renumbered {
    /// The label both versions give the option.
    pub label: String,
    /// The value on the old page.
    pub old: i32,
    /// The value on the new page.
    pub new: i32,
}

/// Same value, another variant name in the generated enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenamedVariant {
    /// The value both versions have.
    pub value: i32,
    /// The variant name the old page generates.
    pub old: String,
    /// The variant name the new page generates.
    pub new: String,
}

/// The semver bump a change of page calls for in the crate generated from it. Ordered from
/// least to most severe, so the verdict of several changes is their maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "json",
    derive(serde_derive::Serialize),
    serde(rename_all = "lowercase")
)]
pub enum Semver {
    /// No choice option changed. (Written `none` in JSON and text; not named `None`, which
    /// read as `Option::None` wherever the two met.)
    #[cfg_attr(feature = "json", serde(rename = "none"))]
    NoChange,
    /// Only additions, which `#[non_exhaustive]` enums absorb, and relabels that keep every
    /// variant name.
    Minor,
    /// Something that code using the old enums may rely on is gone, is named differently or
    /// means another value.
    Major,
}

impl Semver {
    /// `"none"`, `"minor"` or `"major"`, as in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Semver::NoChange => "none",
            Semver::Minor => "minor",
            Semver::Major => "major",
        }
    }
}

impl std::fmt::Display for Semver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Semver {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "none" => Ok(Semver::NoChange),
            "minor" => Ok(Semver::Minor),
            "major" => Ok(Semver::Major),
            other => Err(format!(
                "{other:?} is not a semver level (none, minor, major)"
            )),
        }
    }
}

impl PageDiff {
    /// Whether no column changed.
    pub fn is_empty(&self) -> bool {
        self.columns.is_empty() && self.renamed_module.is_none()
    }
}

impl ColumnDiff {
    /// This column's verdict; see the [module docs](self).
    pub fn semver(&self) -> Semver {
        if self.change == ColumnChange::Removed
            || !self.removed.is_empty()
            || !self.renumbered.is_empty()
            || !self.renamed_variants.is_empty()
            || self.renamed_enum.is_some()
        {
            Semver::Major
        } else if self.change == ColumnChange::Added
            || !self.added.is_empty()
            || !self.relabeled.is_empty()
        {
            Semver::Minor
        } else {
            Semver::NoChange
        }
    }

    fn is_empty(&self) -> bool {
        self.change == ColumnChange::Changed
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.relabeled.is_empty()
            && self.renumbered.is_empty()
            && self.renamed_variants.is_empty()
            && self.renamed_enum.is_none()
    }
}

/// Compares two versions of a page column by column. Columns match by schema name, ignoring
/// ASCII case as [`merge`](super::merge) does; only columns that become enums count (Boolean
/// columns are `bool` in Rust).
pub fn diff_pages(old: &Page, new: &Page) -> PageDiff {
    let (old_columns, new_columns) = (enum_columns(old), enum_columns(new));
    fn find<'a>(columns: &[&'a Column], name: &str) -> Option<&'a Column> {
        columns
            .iter()
            .copied()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }
    let mut columns: Vec<ColumnDiff> = Vec::new();
    for column in &old_columns {
        let diff = match find(&new_columns, &column.name) {
            Some(same) => diff_columns(column, same),
            None => diff_options(&column.name, ColumnChange::Removed, &column.options, &[]),
        };
        columns.push(diff);
    }
    for column in &new_columns {
        if find(&old_columns, &column.name).is_none() {
            columns.push(diff_options(
                &column.name,
                ColumnChange::Added,
                &[],
                &column.options,
            ));
        }
    }
    columns.retain(|c| !c.is_empty());
    let semver = columns
        .iter()
        .map(ColumnDiff::semver)
        .max()
        .unwrap_or(Semver::NoChange);
    let renamed_module = (old.table != new.table).then(|| Renamed {
        old: old.table.clone(),
        new: new.table.clone(),
    });
    let semver = if renamed_module.is_some() {
        Semver::Major
    } else {
        semver
    };
    PageDiff {
        columns,
        semver,
        renamed_module,
    }
}

/// What changed between two versions of one column.
pub(crate) fn diff_columns(old: &Column, new: &Column) -> ColumnDiff {
    let mut diff = diff_options(&old.name, ColumnChange::Changed, &old.options, &new.options);
    diff.renamed_variants = renamed_variants(&old.options, &new.options);
    let (old_name, new_name) = (type_name(&old.name), type_name(&new.name));
    if old_name != new_name {
        diff.renamed_enum = Some(Renamed {
            old: old_name,
            new: new_name,
        });
    }
    diff
}

fn enum_columns(page: &Page) -> Vec<&Column> {
    page.columns.iter().filter(|c| c.is_enum()).collect()
}

/// One side's options not matched yet, sorted by value.
struct Unmatched<'a> {
    options: Vec<Option<&'a ChoiceOption>>,
}

impl<'a> Unmatched<'a> {
    fn new(options: &'a [ChoiceOption]) -> Self {
        let mut options: Vec<&ChoiceOption> = options.iter().collect();
        options.sort_by_key(|o| o.value);
        Self {
            options: options.into_iter().map(Some).collect(),
        }
    }

    fn iter(&self) -> impl Iterator<Item = &'a ChoiceOption> + '_ {
        self.options.iter().flatten().copied()
    }

    /// Takes the first (so smallest-valued) unmatched option that satisfies `wanted`.
    fn take(&mut self, wanted: impl Fn(&ChoiceOption) -> bool) -> Option<&'a ChoiceOption> {
        self.options
            .iter_mut()
            .find(|slot| slot.is_some_and(&wanted))
            .and_then(Option::take)
    }
}

fn diff_options(
    name: &str,
    change: ColumnChange,
    old: &[ChoiceOption],
    new: &[ChoiceOption],
) -> ColumnDiff {
    let mut old_left = Unmatched::new(old);
    let mut new_left = Unmatched::new(new);

    // Pass 1: unchanged.
    for slot in &mut old_left.options {
        if let Some(option) = *slot {
            if new_left
                .take(|n| n.value == option.value && n.label == option.label)
                .is_some()
            {
                *slot = None;
            }
        }
    }

    // Pass 2: renumbered. Old options are visited in ascending value and each takes the
    // smallest new value with its label, which pairs the i-th of a repeated label with the i-th.
    let mut renumbered = Vec::new();
    for slot in &mut old_left.options {
        if let Some(option) = *slot {
            if let Some(moved) = new_left.take(|n| n.label == option.label) {
                renumbered.push(Renumbered {
                    label: option.label.clone(),
                    old: option.value,
                    new: moved.value,
                });
                *slot = None;
            }
        }
    }

    // Pass 3: relabeled.
    let mut relabeled = Vec::new();
    for slot in &mut old_left.options {
        if let Some(option) = *slot {
            if let Some(renamed) = new_left.take(|n| n.value == option.value) {
                relabeled.push(Relabeled {
                    value: option.value,
                    old: option.label.clone(),
                    new: renamed.label.clone(),
                });
                *slot = None;
            }
        }
    }

    // Pass 4: the rest.
    let listed = |o: &ChoiceOption| ListedOption {
        value: o.value,
        label: o.label.clone(),
    };
    ColumnDiff {
        name: name.to_owned(),
        change,
        added: new_left.iter().map(listed).collect(),
        removed: old_left.iter().map(listed).collect(),
        relabeled,
        renumbered,
        renamed_variants: Vec::new(),
        renamed_enum: None,
    }
}

/// Compares the generated names value by value, sorted by value. Names are computed over each
/// whole column in document order, as the generator does, because a collision suffix depends
/// on which row comes first.
fn renamed_variants(old: &[ChoiceOption], new: &[ChoiceOption]) -> Vec<RenamedVariant> {
    let old_names = names_by_value(old);
    names_by_value(new)
        .into_iter()
        .filter_map(|(value, new)| {
            let old = old_names.get(&value)?;
            (*old != new).then(|| RenamedVariant {
                value,
                old: old.clone(),
                new,
            })
        })
        .collect()
}

/// Value → generated variant name. Parsed pages have unique values within a column; for a
/// hand-built one that repeats a value, its first row is the one kept.
fn names_by_value(options: &[ChoiceOption]) -> BTreeMap<i32, String> {
    let pairs: Vec<(i32, &str)> = options
        .iter()
        .map(|o| (o.value, o.label.as_str()))
        .collect();
    let mut names = BTreeMap::new();
    for (&(value, _), name) in pairs.iter().zip(variant_names(&pairs)) {
        names.entry(value).or_insert(name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pages are written as markdown and parsed, so the tests do not depend on every field of
    /// the model.
    fn page(columns: &[(&str, &[(i32, &str)])]) -> Page {
        let mut markdown = String::from("# T\n");
        for (name, options) in columns {
            markdown.push_str(&format!(
                "\n#### {name} Choices/Options\n\n|Value|Label|\n|---|---|\n"
            ));
            for (value, label) in *options {
                markdown.push_str(&format!("|{value}|**{label}**|\n"));
            }
        }
        match crate::codegen::parse_page("p.md", markdown.as_bytes()) {
            Ok(page) => page,
            Err(e) => panic!("{e}\n{markdown}"),
        }
    }

    fn one_column(old: &[(i32, &str)], new: &[(i32, &str)]) -> (ColumnDiff, Semver) {
        let diff = diff_pages(&page(&[("C", old)]), &page(&[("C", new)]));
        let semver = diff.semver;
        let mut columns = diff.columns.into_iter();
        let column = columns.next().unwrap_or_else(|| ColumnDiff {
            name: "C".to_owned(),
            change: ColumnChange::Changed,
            added: vec![],
            removed: vec![],
            relabeled: vec![],
            renumbered: vec![],
            renamed_variants: vec![],
            renamed_enum: None,
        });
        assert!(columns.next().is_none());
        (column, semver)
    }

    fn listed(value: i32, label: &str) -> ListedOption {
        ListedOption {
            value,
            label: label.to_owned(),
        }
    }

    fn renumbered(label: &str, old: i32, new: i32) -> Renumbered {
        Renumbered {
            label: label.to_owned(),
            old,
            new,
        }
    }

    fn renamed(value: i32, old: &str, new: &str) -> RenamedVariant {
        RenamedVariant {
            value,
            old: old.to_owned(),
            new: new.to_owned(),
        }
    }

    #[test]
    fn identical_pages_are_no_change() {
        let diff = diff_pages(&page(&[("C", &[(1, "A")])]), &page(&[("C", &[(1, "A")])]));
        assert!(diff.is_empty());
        assert_eq!(diff.semver, Semver::NoChange);
    }

    #[test]
    fn a_plain_reorder_of_distinct_labels_is_no_change() {
        let old = [(1, "Alpha"), (2, "Beta"), (3, "Gamma")];
        let new = [(3, "Gamma"), (1, "Alpha"), (2, "Beta")];
        let diff = diff_pages(&page(&[("C", &old)]), &page(&[("C", &new)]));
        assert!(diff.is_empty(), "{diff:?}");
        assert_eq!(diff.semver, Semver::NoChange);
    }

    #[test]
    fn an_added_option_is_minor_a_removed_one_major() {
        let (column, semver) = one_column(&[(1, "A")], &[(1, "A"), (2, "B")]);
        assert_eq!(column.added, [listed(2, "B")]);
        assert_eq!(semver, Semver::Minor);
        let (column, semver) = one_column(&[(1, "A"), (2, "B")], &[(2, "B")]);
        assert_eq!(column.removed, [listed(1, "A")]);
        assert_eq!(semver, Semver::Major);
    }

    #[test]
    fn a_relabel_that_keeps_the_variant_name_is_minor() {
        // Both labels give `CustomerVoiceAlert`.
        let (column, semver) = one_column(
            &[(1, "Customer Voice alert"), (2, "B")],
            &[(1, "Customer Voice Alert"), (2, "B")],
        );
        assert_eq!(
            column.relabeled,
            [Relabeled {
                value: 1,
                old: "Customer Voice alert".to_owned(),
                new: "Customer Voice Alert".to_owned()
            }]
        );
        assert!(column.renamed_variants.is_empty());
        assert!(column.added.is_empty() && column.removed.is_empty());
        assert_eq!(semver, Semver::Minor);
    }

    #[test]
    fn a_relabel_that_changes_the_variant_name_is_major() {
        let (column, semver) = one_column(
            &[(1, "Insight"), (2, "B")],
            &[(1, "Sales Insight"), (2, "B")],
        );
        assert_eq!(
            column.relabeled,
            [Relabeled {
                value: 1,
                old: "Insight".to_owned(),
                new: "Sales Insight".to_owned()
            }]
        );
        assert_eq!(
            column.renamed_variants,
            [renamed(1, "Insight", "SalesInsight")]
        );
        assert_eq!(semver, Semver::Major);
    }

    /// No option changes, but `Active` now means 2: code written against the old enum would
    /// silently use the other value.
    #[test]
    fn swapping_two_rows_with_the_same_label_renames_both_variants() {
        let (column, semver) = one_column(
            &[(1, "Active"), (2, "Active"), (3, "Other")],
            &[(2, "Active"), (1, "Active"), (3, "Other")],
        );
        assert_eq!(
            column.renamed_variants,
            [
                renamed(1, "Active", "Active1"),
                renamed(2, "Active2", "Active")
            ]
        );
        assert!(column.added.is_empty() && column.removed.is_empty());
        assert!(column.relabeled.is_empty() && column.renumbered.is_empty());
        assert_eq!(column.change, ColumnChange::Changed);
        assert_eq!(semver, Semver::Major);
    }

    /// An option added above an existing one with the same label takes its plain name.
    #[test]
    fn an_added_option_that_takes_a_name_renames_the_old_variant() {
        let (column, semver) = one_column(&[(1, "Active")], &[(2, "Active"), (1, "Active")]);
        assert_eq!(column.added, [listed(2, "Active")]);
        assert_eq!(column.renamed_variants, [renamed(1, "Active", "Active1")]);
        assert_eq!(semver, Semver::Major);
        // Added below, it leaves the old name alone and stays minor.
        let (column, semver) = one_column(&[(1, "Active")], &[(1, "Active"), (2, "Active")]);
        assert!(column.renamed_variants.is_empty());
        assert_eq!(semver, Semver::Minor);
    }

    #[test]
    fn a_new_value_for_the_same_label_is_a_major_renumbering() {
        let (column, semver) = one_column(&[(1, "A")], &[(5, "A")]);
        assert_eq!(column.renumbered, [renumbered("A", 1, 5)]);
        assert!(column.added.is_empty() && column.removed.is_empty());
        assert_eq!(semver, Semver::Major);
    }

    /// Read value-first, a swap would be two minor relabels; label-first it is two renumberings.
    #[test]
    fn swapped_values_are_renumberings_not_relabels() {
        let (column, semver) = one_column(&[(1, "A"), (2, "B")], &[(1, "B"), (2, "A")]);
        assert_eq!(
            column.renumbered,
            [renumbered("A", 1, 2), renumbered("B", 2, 1)]
        );
        assert!(column.relabeled.is_empty());
        // By value, 1 was `A` and is now `B`, and the other way round.
        assert_eq!(
            column.renamed_variants,
            [renamed(1, "A", "B"), renamed(2, "B", "A")]
        );
        assert_eq!(semver, Semver::Major);
    }

    #[test]
    fn repeated_labels_pair_by_ascending_value_after_exact_matches() {
        // 1 stays; of the rest, 3 → 4 and 5 → 6 pair smallest with smallest, whatever the
        // row order; 7 has no partner and is removed.
        let old = [(7, "Active"), (1, "Active"), (5, "Active"), (3, "Active")];
        let new = [(6, "Active"), (1, "Active"), (4, "Active")];
        let (column, semver) = one_column(&old, &new);
        assert_eq!(
            column.renumbered,
            [renumbered("Active", 3, 4), renumbered("Active", 5, 6)]
        );
        assert_eq!(column.removed, [listed(7, "Active")]);
        assert!(column.added.is_empty() && column.relabeled.is_empty());
        // 1 is the second row on both pages: `Active1` both times.
        assert!(column.renamed_variants.is_empty());
        assert_eq!(semver, Semver::Major);
    }

    #[test]
    fn a_label_taken_over_by_another_value_is_renumbered_and_relabeled() {
        // 2 becomes "Active" (relabel) only if no old "Active" is left to claim it.
        let (column, semver) = one_column(
            &[(1, "Active"), (2, "Inactive")],
            &[(1, "Active"), (2, "Active")],
        );
        assert_eq!(
            column.relabeled,
            [Relabeled {
                value: 2,
                old: "Inactive".to_owned(),
                new: "Active".to_owned()
            }]
        );
        assert!(column.renumbered.is_empty());
        assert_eq!(column.renamed_variants, [renamed(2, "Inactive", "Active2")]);
        assert_eq!(semver, Semver::Major);
    }

    #[test]
    fn columns_that_appear_or_disappear() {
        let old = page(&[("Gone", &[(1, "A")]), ("Kept", &[(1, "A")])]);
        let new = page(&[("Kept", &[(1, "A")]), ("Fresh", &[(2, "B")])]);
        let diff = diff_pages(&old, &new);
        let summary: Vec<(&str, ColumnChange, Semver)> = diff
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.change, c.semver()))
            .collect();
        assert_eq!(
            summary,
            [
                ("Gone", ColumnChange::Removed, Semver::Major),
                ("Fresh", ColumnChange::Added, Semver::Minor)
            ]
        );
        assert_eq!(diff.columns[0].removed, [listed(1, "A")]);
        assert_eq!(diff.columns[1].added, [listed(2, "B")]);
        // Only a column on both pages can rename a variant.
        assert!(diff.columns.iter().all(|c| c.renamed_variants.is_empty()));
        assert_eq!(diff.semver, Semver::Major);
        let only_added = diff_pages(&page(&[]), &new);
        assert_eq!(only_added.semver, Semver::Minor);
    }

    #[test]
    fn semver_levels_order_and_parse() {
        assert!(Semver::NoChange < Semver::Minor && Semver::Minor < Semver::Major);
        for level in [Semver::NoChange, Semver::Minor, Semver::Major] {
            assert_eq!(level.as_str().parse::<Semver>(), Ok(level));
        }
        assert!("patch".parse::<Semver>().is_err());
    }

    #[test]
    fn renamed_enums_and_modules_are_major() {
        let old = page(&[("recordtypecode", &[(1, "A")])]);
        let mut new = page(&[("RecordTypeCode", &[(1, "A")])]);
        let diff = diff_pages(&old, &new);
        assert_eq!(diff.semver, Semver::Major);
        assert_eq!(
            diff.columns[0].renamed_enum,
            Some(Renamed {
                old: "Recordtypecode".into(),
                new: "RecordTypeCode".into()
            })
        );
        new.columns[0].name = "RECORDTYPECODE".into();
        new.table = "other".into();
        let diff = diff_pages(&old, &new);
        assert_eq!(diff.semver, Semver::Major);
        assert!(diff.columns.is_empty());
        assert_eq!(
            diff.renamed_module,
            Some(Renamed {
                old: old.table.clone(),
                new: "other".into()
            })
        );
    }
}
