//! One column's options from several pages, layer by layer: repeats fold, environment-specific
//! values resolve in favour of the later layer, everything else that disagrees is a conflict.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::codegen::error::{Error, Warning};
use crate::codegen::model::{ChoiceOption, Column, FIRST_ENVIRONMENT_SPECIFIC_VALUE};
use crate::codegen::parse::normalize_space;

/// Adds `later`'s options (a later layer) to `merged`'s.
pub(super) fn merge_column(
    merged: &mut Column,
    later: Column,
    conflicts: &mut Vec<Error>,
    warnings: &mut Vec<Warning>,
) {
    merged.metadata.fill_from(&later.metadata);
    if merged.boolean.is_none() {
        merged.boolean = later.boolean;
    }
    let mut set = OptionSet::new(std::mem::take(&mut merged.options));
    for option in later.options {
        set.add(&merged.name, option, conflicts, warnings);
    }
    merged.options = set.into_options();
}

/// The options merged so far, indexed so that huge columns merge in linear time. A slot is
/// `None` once a later layer's option has replaced it elsewhere.
struct OptionSet {
    slots: Vec<Option<ChoiceOption>>,
    by_value: HashMap<i32, usize>,
    /// Slots by [`label_key`], ascending.
    by_label: HashMap<String, Vec<usize>>,
}

/// Labels are compared ignoring how much space separates their words: the same label written
/// with one space on one page and two on another is one label, not a conflict.
fn label_key(label: &str) -> Cow<'_, str> {
    normalize_space(label)
}

fn is_environment_specific(value: i32) -> bool {
    value >= FIRST_ENVIRONMENT_SPECIFIC_VALUE
}

/// How an earlier option contradicts a later one.
#[derive(Clone, Copy)]
enum Rivalry {
    /// Same value, another label.
    Value(usize),
    /// Same label, another value, on another page.
    Label(usize),
}

impl Rivalry {
    fn slot(self) -> usize {
        match self {
            Rivalry::Value(slot) | Rivalry::Label(slot) => slot,
        }
    }
}

impl OptionSet {
    fn new(options: Vec<ChoiceOption>) -> Self {
        let mut set = OptionSet {
            slots: Vec::with_capacity(options.len()),
            by_value: HashMap::with_capacity(options.len()),
            by_label: HashMap::with_capacity(options.len()),
        };
        for option in options {
            set.push(option);
        }
        set
    }

    fn into_options(self) -> Vec<ChoiceOption> {
        self.slots.into_iter().flatten().collect()
    }

    fn get(&self, slot: usize) -> Option<&ChoiceOption> {
        self.slots.get(slot).and_then(Option::as_ref)
    }

    fn push(&mut self, option: ChoiceOption) {
        let slot = self.slots.len();
        self.slots.push(None);
        self.put(slot, option);
    }

    fn put(&mut self, slot: usize, option: ChoiceOption) {
        // A value repeated within one page is a parse error, so the first slot holds it.
        self.by_value.entry(option.value).or_insert(slot);
        let slots = self
            .by_label
            .entry(label_key(&option.label).into_owned())
            .or_default();
        slots.push(slot);
        slots.sort_unstable();
        self.slots[slot] = Some(option);
    }

    fn remove(&mut self, slot: usize) -> Option<ChoiceOption> {
        let option = self.slots.get_mut(slot)?.take()?;
        if self.by_value.get(&option.value) == Some(&slot) {
            self.by_value.remove(&option.value);
        }
        if let Some(slots) = self.by_label.get_mut(&*label_key(&option.label)) {
            slots.retain(|&s| s != slot);
        }
        Some(option)
    }

    fn add(
        &mut self,
        column: &str,
        option: ChoiceOption,
        conflicts: &mut Vec<Error>,
        warnings: &mut Vec<Warning>,
    ) {
        let same_value = self.by_value.get(&option.value).copied();
        if let Some(first) = same_value.and_then(|slot| self.get(slot)) {
            if label_key(&first.label) == label_key(&option.label) {
                same_option(column, first, &option, conflicts, warnings);
                return;
            }
        }
        // A label may repeat within one page (status reasons), not across pages.
        let same_label = self
            .by_label
            .get(&*label_key(&option.label))
            .into_iter()
            .flatten()
            .copied()
            .find(|&slot| self.get(slot).is_some_and(|o| o.file != option.file));
        let rivals: Vec<Rivalry> = same_value
            .map(Rivalry::Value)
            .into_iter()
            .chain(same_label.map(Rivalry::Label))
            .collect();
        if rivals.is_empty() {
            self.push(option);
            return;
        }
        let resolvable = is_environment_specific(option.value)
            && rivals.iter().all(|rival| {
                self.get(rival.slot())
                    .is_some_and(|o| is_environment_specific(o.value))
            });
        if !resolvable {
            for rival in rivals {
                if let Some(earlier) = self.get(rival.slot()) {
                    conflicts.push(conflict(column, rival, earlier, &option));
                }
            }
            return;
        }
        // The later layer wins: its option takes the place of the first it replaces.
        let place = rivals.iter().map(|r| r.slot()).min();
        for rival in rivals {
            if let Some(earlier) = self.remove(rival.slot()) {
                warnings.push(replaced(column, rival, &earlier, &option));
            }
        }
        match place {
            Some(slot) => self.put(slot, option),
            None => self.push(option),
        }
    }
}

/// `later` repeats `first` (same value, same label but for spacing): one option, unless the
/// state/status details disagree.
fn same_option(
    column: &str,
    first: &ChoiceOption,
    later: &ChoiceOption,
    conflicts: &mut Vec<Error>,
    warnings: &mut Vec<Warning>,
) {
    if let Some(what) = differing_details(first, later) {
        conflicts.push(Error::at(
            &later.file,
            later.line,
            format!(
                "{column} value {} ({:?}) gives another {what} here than in {}:{}",
                later.value, later.label, first.file, first.line
            ),
        ));
    } else if first.label != later.label {
        warnings.push(Warning::at(
            &later.file,
            later.line,
            format!(
                "{column} value {} is labeled {:?} here and {:?} in {}:{}, which differ only in \
                 spacing; the first is kept",
                later.value, later.label, first.label, first.file, first.line
            ),
        ));
    }
}

/// Which state/status detail two pages give differently for one option, if any: the option is
/// the same only when everything the model keeps about it agrees.
fn differing_details(first: &ChoiceOption, later: &ChoiceOption) -> Option<&'static str> {
    let differs = |a: &Option<i32>, b: &Option<i32>| a.is_some() && b.is_some() && a != b;
    if differs(&first.state, &later.state) {
        Some("state")
    } else if differs(&first.default_status, &later.default_status) {
        Some("default status")
    } else if first.invariant_name.is_some()
        && later.invariant_name.is_some()
        && first.invariant_name != later.invariant_name
    {
        Some("invariant name")
    } else {
        None
    }
}

/// What `later` says that `earlier` contradicts, naming `earlier`'s place.
fn disagreement(
    column: &str,
    rival: Rivalry,
    earlier: &ChoiceOption,
    later: &ChoiceOption,
) -> String {
    match rival {
        Rivalry::Value(_) => format!(
            "{column} value {} is labeled {:?} here but {:?} in {}:{}",
            later.value, later.label, earlier.label, earlier.file, earlier.line
        ),
        Rivalry::Label(_) => format!(
            "{column} label {:?} has value {} here but {} in {}:{}",
            later.label, later.value, earlier.value, earlier.file, earlier.line
        ),
    }
}

fn conflict(column: &str, rival: Rivalry, earlier: &ChoiceOption, later: &ChoiceOption) -> Error {
    Error::at(
        &later.file,
        later.line,
        disagreement(column, rival, earlier, later),
    )
}

fn replaced(column: &str, rival: Rivalry, earlier: &ChoiceOption, later: &ChoiceOption) -> Warning {
    Warning::at(
        &later.file,
        later.line,
        format!(
            "{}; values of {FIRST_ENVIRONMENT_SPECIFIC_VALUE} and up differ between environments, \
             so this later page wins",
            disagreement(column, rival, earlier, later)
        ),
    )
}
