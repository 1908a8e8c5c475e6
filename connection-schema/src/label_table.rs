//! Label lookup for large derived enums: a hash table laid out by `#[derive(Choice)]` at compile
//! time, probed here at run time.
//!
//! Why: rustc compiles `match label { "a" => …, "b" => … }` to a switch on the length followed by
//! one comparison per label of that length, and the case-insensitive fallback to one
//! `eq_ignore_ascii_case` per label, so both grow with the number of options. A table costs one
//! hash and, on average, less than two comparisons, whatever the size.
//!
//! Layout: open addressing with linear probing over a power-of-two number of slots, at most
//! half full. Each slot holds a label and its option, or `("", None)` when empty. The hash
//! ignores ASCII case (it sets bit 5 of every byte, which is all that tells `A` from `a`), so all
//! labels equal up to ASCII case share a probe sequence; the derive inserts them in declaration
//! order, so along that sequence the first declared comes first. That gives the documented
//! semantics in one walk: an exact match wins, else the first declared option whose label
//! matches ignoring ASCII case.
//!
//! The hash reads three 8-byte words (the first, the middle and the last; all of a label up to
//! 24 bytes) with one multiplication each, which the CPU runs in parallel: a few nanoseconds
//! where a byte loop would take tens. Longer labels that differ only between those words land in
//! one probe sequence, which costs a probe, never a wrong answer: every hit is checked in full.
//!
//! The derive computes the same [`hash`] (its own copy: a proc-macro crate cannot share code
//! with this one). Both copies are pinned to the same values by their unit tests, and a derived
//! enum finds its labels only if they agree, which the derive's tests check.

/// Laid out by the derive; see the module documentation.
#[derive(Debug)]
pub struct LabelTable<C: 'static> {
    slots: &'static [(&'static str, Option<C>)],
}

impl<C: Copy> LabelTable<C> {
    /// `slots.len()` must be a power of two with at least one empty slot, labels placed by
    /// linear probing from `slot_of`. Anything else finds less, but never panics or loops.
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

    /// The first declared option whose label equals `label` ignoring ASCII case, for callers
    /// that know there is no exact match; out of line, so that the exact search inlines alone.
    #[inline(never)]
    pub fn find_folded(&self, label: &str) -> Option<C> {
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

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K3: u64 = 0x1656_67B1_9E37_79F9;
/// Bit 5 of every byte: the only bit in which an ASCII letter's two cases differ.
const CASE_BITS: u64 = 0x2020_2020_2020_2020;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The hash of `label`, equal for labels equal up to ASCII case; the tests pin it.
#[cfg(test)]
fn hash(label: &[u8]) -> u64 {
    Words::of(label).hash()
}

/// The home slot of `hash` in a table of `count` slots (a power of two): the hash's top bits,
/// which a multiplicative hash mixes best.
#[inline]
fn slot_of(hash: u64, count: usize) -> usize {
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
    fn of(bytes: &'a [u8]) -> Self {
        let len = bytes.len();
        let (first, middle, last) = if len >= 8 {
            (
                word(bytes, 0),
                word(bytes, (len - 8) / 2),
                word(bytes, len - 8),
            )
        } else if len >= 4 {
            (half_word(bytes, 0), 0, half_word(bytes, len - 4))
        } else {
            let byte = |at: usize| u64::from(bytes.get(at).copied().unwrap_or(0));
            (
                byte(0) | byte(len / 2) << 8 | byte(len.wrapping_sub(1)) << 16,
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
    fn hash(&self) -> u64 {
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

/// Eight bytes from `at`, little-endian; callers stay in bounds, zero if they did not.
#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |chunk| u64::from_le_bytes(*chunk))
}

/// Four bytes from `at`, little-endian, widened; callers stay in bounds, zero if they did not.
#[inline]
fn half_word(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<4>)
        .map_or(0, |chunk| u64::from(u32::from_le_bytes(*chunk)))
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::boxed::Box;
    use std::vec::Vec;

    use super::{fold_case, hash, slot_of, LabelTable, Words};

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

    /// The derive's copy of the hash (connection-schema-derive/src/label_table.rs) pins the same
    /// values: change both or neither.
    #[test]
    fn hash_values_are_pinned() {
        for (label, value) in PINNED {
            assert_eq!(hash(label.as_bytes()), value, "{label:?}");
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

    /// Lays out `labels` as the derive does (declaration order, linear probing) in `slots`.
    fn table(slots: usize, labels: &[(&'static str, Letter)]) -> LabelTable<Letter> {
        let mut laid: Vec<(&'static str, Option<Letter>)> = std::vec![("", None); slots];
        for &(label, letter) in labels {
            let mut at = slot_of(hash(label.as_bytes()), slots);
            while laid[at % slots].1.is_some() {
                at += 1;
            }
            laid[at % slots] = (label, Some(letter));
        }
        LabelTable::new(Box::leak(laid.into_boxed_slice()))
    }

    /// A table so small that the labels collide, with case variants of one label.
    fn crowded() -> LabelTable<Letter> {
        table(
            8,
            &[
                ("Active", Letter::A),
                ("ACTIVE", Letter::B),
                ("active", Letter::C),
                ("Inactive", Letter::D),
            ],
        )
    }

    #[test]
    fn finds_exact_labels_only() {
        let table = crowded();
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
        let table = crowded();
        assert_eq!(table.find_ignore_ascii_case("active"), Some(Letter::C));
        assert_eq!(table.find_ignore_ascii_case("ACTIVE"), Some(Letter::B));
        assert_eq!(table.find_ignore_ascii_case("aCTIVE"), Some(Letter::A));
        assert_eq!(table.find_ignore_ascii_case("INACTIVE"), Some(Letter::D));
        assert_eq!(table.find_ignore_ascii_case("inactives"), None);
    }

    #[test]
    fn tables_without_empty_slots_or_without_slots_end_the_search() {
        let full = table(
            4,
            &[
                ("a", Letter::A),
                ("b", Letter::B),
                ("c", Letter::C),
                ("d", Letter::D),
            ],
        );
        assert_eq!(full.find("d"), Some(Letter::D));
        assert_eq!(full.find("e"), None);
        assert_eq!(full.find_ignore_ascii_case("E"), None);
        let empty = LabelTable::<Letter>::new(&[]);
        assert_eq!(empty.find("a"), None);
        assert_eq!(empty.find_ignore_ascii_case("a"), None);
    }
}
