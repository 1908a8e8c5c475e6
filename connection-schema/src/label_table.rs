//! Label lookup for large derived enums: a hash table laid out at compile time (by [`lay_out`],
//! which `#[derive(Choice)]` calls in a `static`), probed at run time.
//!
//! Why: rustc compiles `match label { "a" => …, "b" => … }` to a switch on the length followed by
//! one comparison per label of that length, and the case-insensitive fallback to one
//! `eq_ignore_ascii_case` per label, so both grow with the number of options. A table costs one
//! hash and, on average, less than two comparisons, whatever the size.
//!
//! Layout: open addressing with linear probing over a power-of-two number of slots, at most
//! half full. Each slot holds a label and its option, or `("", None)` when empty. The hash
//! ignores ASCII case (it sets bit 5 of every byte, which is all that tells `A` from `a`), so all
//! labels equal up to ASCII case share a probe sequence; [`lay_out`] inserts them in declaration
//! order, so along that sequence the first declared comes first. That gives the documented
//! semantics in one walk: an exact match wins, else the first declared option whose label
//! matches ignoring ASCII case.
//!
//! The hash reads three 8-byte words (the first, the middle and the last; all of a label up to
//! 24 bytes) with one multiplication each, which the CPU runs in parallel: a few nanoseconds
//! where a byte loop would take tens. Longer labels that differ only between those words land in
//! one probe sequence, which costs a probe, never a wrong answer: every hit is checked in full.
//!
//! The hash and the layout exist once, here, as `const fn`s: the derive emits a call of
//! [`lay_out`] that the compiler evaluates into the `static` table, so the table is laid out by
//! the very code that probes it. The unit tests pin the hash values (a change reorders every
//! derived table, harmless, but should be deliberate).
//!
//! rustc's const interpreter runs that code once per label of every large enum, and there a
//! function call (a stack frame, generic arguments to substitute) costs far more than the
//! arithmetic. So the first and last words are read with slice patterns, no call, rather than
//! with `split_at_checked` and `first_chunk` (which call a few generic helpers each); measured,
//! that halved the time to evaluate a 5,000-label table, and about 52 interpreter steps a label
//! remain. Compiled, both read each word with one 8-byte load.

/// Laid out by [`lay_out`]; see the module documentation.
#[derive(Debug)]
pub struct LabelTable<C: 'static> {
    slots: &'static [(&'static str, Option<C>)],
}

impl<C: Copy> LabelTable<C> {
    /// `slots.len()` must be a power of two with at least one empty slot, labels placed by
    /// linear probing from `slot_of`, as [`lay_out`] places them. Anything else finds less, but
    /// never panics or loops.
    pub const fn new(slots: &'static [(&'static str, Option<C>)]) -> Self {
        Self { slots }
    }

    /// The first declared option whose label is exactly `label`.
    #[inline]
    pub fn find(&self, label: &str) -> Option<C> {
        let input = Words::of(label.as_bytes());
        let mut found = None;
        self.probe(&input, |key, choice| {
            if input.same_as(key, |word| word) {
                found = Some(choice);
                return true;
            }
            false
        });
        found
    }

    /// An exact match, else the first declared option whose label equals `label` ignoring
    /// ASCII case. Two walks rather than one that tracks both: the exact one is the common
    /// case and stays as lean as [`find`](Self::find); the second finds its slots in cache.
    #[inline]
    pub fn find_ignore_ascii_case(&self, label: &str) -> Option<C> {
        self.find(label).or_else(|| self.find_folded(label))
    }

    /// The first declared option whose label equals `label` ignoring ASCII case, once the exact
    /// search failed; out of line, so that the exact search inlines alone.
    #[inline(never)]
    fn find_folded(&self, label: &str) -> Option<C> {
        let input = Words::of(label.as_bytes());
        let mut found = None;
        self.probe(&input, |key, choice| {
            if input.same_as(key, fold_case) {
                found = Some(choice);
                return true;
            }
            false
        });
        found
    }

    /// Calls `visit` on each occupied slot of the input's probe sequence until it returns
    /// `true` or an empty slot ends the sequence. Bounded by the number of slots.
    #[inline]
    fn probe(&self, input: &Words<'_>, mut visit: impl FnMut(&'static [u8], C) -> bool) {
        let count = self.slots.len();
        let mask = count.wrapping_sub(1);
        let mut at = slot_of(input.hash(), count);
        for _ in 0..count {
            let Some(&(key, Some(choice))) = self.slots.get(at & mask) else {
                return;
            };
            if visit(key.as_bytes(), choice) {
                return;
            }
            at = at.wrapping_add(1);
        }
    }
}

/// The slots of a [`LabelTable`]: `labels[i]` with `Some(choices[i])`, placed in declaration
/// order by linear probing from the label's home slot, and `("", None)` in the others.
/// `labels` must not repeat a label exactly (a repeat could never be found); labels equal up to
/// ASCII case are fine, and come out in declaration order along their probe sequence.
///
/// `SLOTS` must be a power of two, at least twice `labels.len()` (the derive takes the smallest,
/// at least 2): at most half full, most labels sit in their home slot, so a search mostly takes
/// one probe and no mispredicted branch (measured: two thirds full cost 10–20% more per lookup
/// on 5,000 labels). Anything else, or slices of different lengths, panics, which in the
/// derive's `static` is a compile error.
///
/// A `const fn` so that the derive's `static` holds the finished table: the run time pays
/// nothing, and the layout cannot disagree with the lookup, being the same code.
pub const fn lay_out<C: Copy, const SLOTS: usize>(
    labels: &[&'static str],
    choices: &[C],
) -> [(&'static str, Option<C>); SLOTS] {
    assert!(
        labels.len() == choices.len(),
        "lay_out: `labels` and `choices` differ in length"
    );
    assert!(
        SLOTS.is_power_of_two() && labels.len() <= SLOTS / 2,
        "lay_out: `SLOTS` must be a power of two, at least twice the number of labels"
    );
    let mut slots = [("", None); SLOTS];
    let mask = SLOTS - 1;
    let mut index = 0;
    while index < labels.len() {
        let label = labels[index];
        let mut at = slot_of(Words::of(label.as_bytes()).hash(), SLOTS);
        // A pattern rather than `is_some()`: the const evaluator pays for every call.
        while let (_, Some(_)) = slots[at & mask] {
            at = at.wrapping_add(1);
        }
        slots[at & mask] = (label, Some(choices[index]));
        index += 1;
    }
    slots
}

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K3: u64 = 0x1656_67B1_9E37_79F9;
/// Bit 5 of every byte: the only bit in which an ASCII letter's two cases differ.
const CASE_BITS: u64 = 0x2020_2020_2020_2020;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The hash of `label`, equal for labels equal up to ASCII case; the tests pin it.
#[cfg(test)]
const fn hash(label: &[u8]) -> u64 {
    Words::of(label).hash()
}

/// The home slot of `hash` in a table of `count` slots (a power of two): the hash's top bits,
/// which a multiplicative hash mixes best.
#[inline]
const fn slot_of(hash: u64, count: usize) -> usize {
    let bits = count.trailing_zeros();
    // `& 63` keeps a one-slot table (shift 64) from overflowing; the mask then gives slot 0.
    (hash >> (64u32.wrapping_sub(bits) & 63)) as usize & count.wrapping_sub(1)
}

/// A label's first, middle and last 8 bytes (overlapping when shorter than 24; packed when
/// shorter than 8), read once for both the hash and the comparisons.
struct Words<'a> {
    bytes: &'a [u8],
    first: u64,
    middle: u64,
    last: u64,
}

impl<'a> Words<'a> {
    #[inline]
    const fn of(bytes: &'a [u8]) -> Self {
        let len = bytes.len();
        let (first, middle, last) = if len >= 8 {
            (
                first_word(bytes),
                word(bytes, (len - 8) / 2),
                last_word(bytes),
            )
        } else if len >= 4 {
            (first_half_word(bytes), 0, last_half_word(bytes))
        } else {
            (
                byte(bytes, 0) | byte(bytes, len / 2) << 8 | byte(bytes, len.wrapping_sub(1)) << 16,
                0,
                0,
            )
        };
        Self {
            bytes,
            first,
            middle,
            last,
        }
    }

    #[inline]
    const fn hash(&self) -> u64 {
        let mixed = (self.first | CASE_BITS).wrapping_mul(K1)
            ^ (self.middle | CASE_BITS).wrapping_mul(K2)
            ^ (self.last | CASE_BITS).wrapping_mul(K3);
        (mixed ^ self.bytes.len() as u64).wrapping_mul(K1)
    }

    /// Whether `key` equals these bytes once `map` is applied to every word. Labels of 8 to 40
    /// bytes, nearly all, take five overlapping word compares folded into one branch, whatever
    /// their length (a loop would mispredict its exit on every other label); longer ones also
    /// compare the rest. No `memcmp` call: for short labels the call costs more than the work.
    #[inline]
    fn same_as(&self, key: &[u8], map: impl Fn(u64) -> u64) -> bool {
        let len = self.bytes.len();
        if key.len() != len {
            return false;
        }
        let differ = |at: usize| map(word(self.bytes, at)) ^ map(word(key, at));
        if len < 8 {
            let other = Words::of(key);
            return map(self.first) == map(other.first) && map(self.last) == map(other.last);
        }
        let last = len - 8;
        // For 8 to 40 bytes these five windows cover every byte: [0, 16) and [len - 16, len)
        // at both ends (clamped for short labels), the middle window in between.
        let covered = differ(0)
            | differ(last.min(8))
            | differ(last / 2)
            | differ(len.saturating_sub(16))
            | differ(last);
        if covered != 0 {
            return false;
        }
        let mut at = 16;
        while at + 16 < len {
            if differ(at) != 0 {
                return false;
            }
            at += 8;
        }
        true
    }
}

/// Every byte `A`–`Z` of `word` to `a`–`z`, all others (non-ASCII included) unchanged.
#[inline]
fn fold_case(word: u64) -> u64 {
    let low7 = word & (ONES * 0x7F);
    // High bit of each byte: at most `Z`, at least `A`, and ASCII (high bit clear).
    let upper = (ONES * (0x7F + b'Z' as u64 + 1) - low7)
        & (low7 + ONES * (0x7F - (b'A' as u64 - 1)))
        & !word
        & (ONES * 0x80);
    word | upper >> 2
}

// The readers below are `const fn`s (for `lay_out`) that compile to one load each. Slice
// patterns, not `first_chunk`: see the module documentation.

/// Eight bytes from `at`, little-endian; callers stay in bounds, zero if they did not.
#[inline]
const fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => first_word(rest),
        None => 0,
    }
}

/// The first eight bytes, little-endian; zero if there are fewer.
#[inline]
const fn first_word(bytes: &[u8]) -> u64 {
    match *bytes {
        [a, b, c, d, e, f, g, h, ..] => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    }
}

/// The last eight bytes, little-endian; zero if there are fewer.
#[inline]
const fn last_word(bytes: &[u8]) -> u64 {
    match *bytes {
        [.., a, b, c, d, e, f, g, h] => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    }
}

/// The first four bytes, little-endian, widened; zero if there are fewer.
#[inline]
const fn first_half_word(bytes: &[u8]) -> u64 {
    match *bytes {
        [a, b, c, d, ..] => u32::from_le_bytes([a, b, c, d]) as u64,
        _ => 0,
    }
}

/// The last four bytes, little-endian, widened; zero if there are fewer.
#[inline]
const fn last_half_word(bytes: &[u8]) -> u64 {
    match *bytes {
        [.., a, b, c, d] => u32::from_le_bytes([a, b, c, d]) as u64,
        _ => 0,
    }
}

/// The byte at `at`, widened; zero past the end.
#[inline]
const fn byte(bytes: &[u8], at: usize) -> u64 {
    if at < bytes.len() {
        bytes[at] as u64
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::boxed::Box;
    use std::vec::Vec;

    use super::{fold_case, hash, lay_out, slot_of, LabelTable, Words};

    #[test]
    fn folds_exactly_the_ascii_uppercase_letters_in_every_byte() {
        for lane in 0..8 {
            for byte in 0..=255u8 {
                let word = 0x4142_7A5B_40C1_DA60_u64 & !(0xFF << (lane * 8))
                    | u64::from(byte) << (lane * 8);
                let expected =
                    u64::from_le_bytes(word.to_le_bytes().map(|b| b.to_ascii_lowercase()));
                assert_eq!(fold_case(word), expected, "byte {byte:#04x} in lane {lane}");
            }
        }
    }

    /// The only copy of the hash. Changing it is harmless (the derive's tables are laid out by
    /// the same code) but reorders every table, so it should be deliberate.
    #[test]
    fn hash_values_are_pinned() {
        for (label, value) in PINNED {
            assert_eq!(hash(label.as_bytes()), value, "{label:?}");
        }
    }

    /// The const evaluator computes the same values as the compiled code.
    #[test]
    fn hash_values_are_the_same_at_compile_time() {
        const AT_COMPILE_TIME: [u64; 6] = {
            let mut values = [0; 6];
            let mut i = 0;
            while i < PINNED.len() {
                values[i] = hash(PINNED[i].0.as_bytes());
                i += 1;
            }
            values
        };
        for ((label, value), computed) in PINNED.iter().zip(AT_COMPILE_TIME) {
            assert_eq!(computed, *value, "{label:?}");
        }
    }

    const PINNED: [(&str, u64); 6] = [
        ("", 0x84d3_c789_5e19_cbe0),
        ("ab", 0xc68d_3fd8_06c8_df83),
        ("Event", 0xd8db_9370_aca5_56b2),
        ("Session", 0x59f5_b57d_3a46_aecf),
        ("Profile Album", 0x26f9_709e_c828_1930),
        ("Customer Voice survey response", 0x5a45_c0a1_f127_a2d4),
    ];

    #[test]
    fn hash_ignores_ascii_case() {
        assert_eq!(hash(b"Profile Album"), hash(b"pROFILE aLBUM"));
        assert_eq!(hash(b"abc"), hash(b"ABC"));
        assert_eq!(
            hash(b"Customer Voice survey response"),
            hash(b"CUSTOMER VOICE SURVEY RESPONSE")
        );
        assert_ne!(hash(b"abc"), hash(b"abd"));
        assert_ne!(
            hash(b"Customer Voice survey response"),
            hash(b"Customer Voice survey responses")
        );
    }

    /// Every length from 0 to 70 (each way of reading words), differences at every position,
    /// in case only, and in non-ASCII letters, against `==` and `eq_ignore_ascii_case`.
    #[test]
    fn comparisons_agree_with_the_standard_library() {
        let base: Vec<u8> =
            "Customer Voice survey response, Crème brûlée, Sales & Marketing / EMEA"
                .bytes()
                .collect();
        for len in 0..=70 {
            let key = &base[..len];
            let mut variants: Vec<Vec<u8>> = std::vec![key.to_vec(), key.to_ascii_uppercase()];
            for at in 0..len {
                let mut changed = key.to_vec();
                changed[at] ^= 0x01;
                variants.push(changed);
                let mut cased = key.to_vec();
                cased[at] ^= 0x20;
                variants.push(cased);
            }
            variants.push(base[..(len + 1).min(base.len())].to_vec());
            for input in &variants {
                let words = Words::of(input);
                assert_eq!(
                    words.same_as(key, |w| w),
                    input == key,
                    "{input:?} vs {key:?}"
                );
                assert_eq!(
                    words.same_as(key, fold_case),
                    input.eq_ignore_ascii_case(key),
                    "{input:?} vs {key:?} ignoring case"
                );
            }
        }
    }

    #[test]
    fn home_slots_are_in_range_for_every_table_size() {
        for bits in 0..20 {
            let count = 1usize << bits;
            for label in ["", "a", "Profile Album", "Customer Voice survey response"] {
                assert!(slot_of(hash(label.as_bytes()), count) < count);
            }
        }
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Letter {
        A,
        B,
        C,
        D,
    }

    /// A table so small that the labels collide, with case variants of one label; laid out at
    /// compile time, as the derive's tables are.
    static CROWDED: LabelTable<Letter> = LabelTable::new(&lay_out::<Letter, 8>(
        &["Active", "ACTIVE", "active", "Inactive"],
        &[Letter::A, Letter::B, Letter::C, Letter::D],
    ));

    #[test]
    fn every_label_gets_its_own_slot_in_a_table_at_most_half_full() {
        let labels: Vec<&'static str> = (0..1000)
            .map(|i| &*std::format!("Option {i}").leak())
            .collect();
        let indices: Vec<usize> = (0..1000).collect();
        let slots = lay_out::<usize, 2048>(&labels, &indices);
        let mut placed: Vec<usize> = slots.iter().filter_map(|&(_, index)| index).collect();
        placed.sort_unstable();
        assert_eq!(placed, indices);
        for (label, index) in slots {
            match index {
                Some(index) => assert_eq!(label, labels[index]),
                None => assert_eq!(label, ""),
            }
        }
        let table = LabelTable::new(Box::leak(Box::new(slots)));
        for (index, label) in labels.iter().enumerate() {
            assert_eq!(table.find(label), Some(index), "{label}");
        }
    }

    #[test]
    fn labels_equal_up_to_case_are_placed_in_declaration_order() {
        const SLOTS: [(&str, Option<usize>); 8] =
            lay_out(&["Active", "ACTIVE", "active"], &[0, 1, 2]);
        let home = slot_of(hash(b"active"), SLOTS.len());
        let along: Vec<Option<usize>> = (0..3).map(|i| SLOTS[(home + i) % 8].1).collect();
        assert_eq!(along, [Some(0), Some(1), Some(2)]);
    }

    #[test]
    fn the_smallest_tables_are_laid_out_too() {
        let slots = lay_out::<usize, 2>(&["only"], &[0]);
        assert_eq!(slots.iter().filter(|(_, index)| index.is_some()).count(), 1);
        let none: [(&str, Option<usize>); 1] = lay_out(&[], &[]);
        assert_eq!(none, [("", None)]);
    }

    #[test]
    #[should_panic(
        expected = "`SLOTS` must be a power of two, at least twice the number of labels"
    )]
    fn a_table_more_than_half_full_is_refused() {
        let _ = lay_out::<usize, 4>(&["a", "b", "c"], &[0, 1, 2]);
    }

    #[test]
    #[should_panic(
        expected = "`SLOTS` must be a power of two, at least twice the number of labels"
    )]
    fn a_table_size_other_than_a_power_of_two_is_refused() {
        let _ = lay_out::<usize, 6>(&["a", "b"], &[0, 1]);
    }

    #[test]
    #[should_panic(expected = "`labels` and `choices` differ in length")]
    fn labels_without_choices_are_refused() {
        let _ = lay_out::<usize, 8>(&["a", "b"], &[0]);
    }

    /// Four labels in four slots, which `lay_out` refuses: placed by hand, by linear probing.
    fn full() -> LabelTable<Letter> {
        let mut slots = [("", None); 4];
        for (label, letter) in [
            ("a", Letter::A),
            ("b", Letter::B),
            ("c", Letter::C),
            ("d", Letter::D),
        ] {
            let mut at = slot_of(hash(label.as_bytes()), 4);
            while slots[at % 4].1.is_some() {
                at += 1;
            }
            slots[at % 4] = (label, Some(letter));
        }
        LabelTable::new(Box::leak(Box::new(slots)))
    }

    #[test]
    fn finds_exact_labels_only() {
        let table = &CROWDED;
        assert_eq!(table.find("Active"), Some(Letter::A));
        assert_eq!(table.find("ACTIVE"), Some(Letter::B));
        assert_eq!(table.find("active"), Some(Letter::C));
        assert_eq!(table.find("Inactive"), Some(Letter::D));
        assert_eq!(table.find("aCTIVE"), None);
        assert_eq!(table.find("Activ"), None);
        assert_eq!(table.find(""), None);
    }

    #[test]
    fn exact_wins_then_the_first_declared_ignoring_case() {
        let table = &CROWDED;
        assert_eq!(table.find_ignore_ascii_case("active"), Some(Letter::C));
        assert_eq!(table.find_ignore_ascii_case("ACTIVE"), Some(Letter::B));
        assert_eq!(table.find_ignore_ascii_case("aCTIVE"), Some(Letter::A));
        assert_eq!(table.find_ignore_ascii_case("INACTIVE"), Some(Letter::D));
        assert_eq!(table.find_ignore_ascii_case("inactives"), None);
    }

    #[test]
    fn tables_without_empty_slots_or_without_slots_end_the_search() {
        let full = full();
        assert_eq!(full.find("d"), Some(Letter::D));
        assert_eq!(full.find("e"), None);
        assert_eq!(full.find_ignore_ascii_case("E"), None);
        let empty = LabelTable::<Letter>::new(&[]);
        assert_eq!(empty.find("a"), None);
        assert_eq!(empty.find_ignore_ascii_case("a"), None);
    }
}
