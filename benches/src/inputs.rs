//! Benchmark inputs: batches of values and labels in a deterministic shuffled order.
//!
//! A batch is measured as a whole, so each timing covers [`BATCH`] conversions of varied inputs
//! (branch predictors cannot learn one input) and stays far above the timer's resolution.

use connection_schema::Choice;

use crate::synthetic::Rng;

/// Conversions per measured iteration.
pub const BATCH: usize = 1_024;

/// [`BATCH`] options of `C`, drawn uniformly.
pub fn options<C: Choice>(seed: u64) -> Vec<C> {
    let mut rng = Rng::new(seed);
    (0..BATCH)
        .map(|_| C::ALL[rng.below(C::ALL.len())])
        .collect()
}

/// The values of a batch of options.
pub fn known_values<C: Choice>(seed: u64) -> Vec<i32> {
    options::<C>(seed).into_iter().map(C::value).collect()
}

/// Values next to the known ones that `C` does not have: a search has to go all the way down to
/// reject them.
pub fn unknown_values<C: Choice>(seed: u64) -> Vec<i32> {
    let mut rng = Rng::new(seed);
    let mut values = Vec::with_capacity(BATCH);
    while values.len() < BATCH {
        let near = C::ALL[rng.below(C::ALL.len())].value();
        let candidate = if rng.below(2) == 0 {
            near.wrapping_add(1)
        } else {
            near.wrapping_sub(1)
        };
        if C::from_value(candidate).is_none() {
            values.push(candidate);
        }
    }
    values
}

/// The labels of a batch of options, as the page writes them, each in its own `String` as a
/// program holds them after reading a payload (not the `&'static str` the enum returns, which
/// would share cache lines with what the lookup reads).
pub fn labels<C: Choice>(seed: u64) -> Vec<String> {
    options::<C>(seed)
        .into_iter()
        .map(|choice| choice.label().to_owned())
        .collect()
}

/// The labels of a batch of options with every ASCII letter's case flipped: no exact match, so
/// case-insensitive parsing has to do its full work.
pub fn flipped_labels<C: Choice>(seed: u64) -> Vec<String> {
    labels::<C>(seed)
        .iter()
        .map(|label| {
            label
                .chars()
                .map(|c| {
                    if c.is_ascii_uppercase() {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                })
                .collect()
        })
        .collect()
}
