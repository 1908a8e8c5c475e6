//! The layout of a large enum's label table, which `connection_schema::__private::LabelTable`
//! probes at run time; see that module for the why and the layout.
//!
//! [`hash`] must be the runtime's `hash` bit for bit. A proc-macro crate cannot export it nor
//! depend on the runtime (which depends on it), so this is a copy: both pin the same values in
//! their unit tests, and the derive's tests check that a large enum finds every label.

/// Where each label goes: one entry per slot, the index of the label placed there (in
/// `labels`) or `None`. `labels` come in declaration order, without exact repeats.
///
/// The slot count is a power of two, at least twice the label count: at most half full, most
/// labels sit in their home slot, so a search mostly takes one probe and no mispredicted branch
/// (measured: two thirds full cost 10–20% more per lookup on 5,000 labels).
pub(crate) fn lay_out(labels: &[&str]) -> Vec<Option<usize>> {
    let count = labels.len();
    let mut slots = vec![None; (2 * count).next_power_of_two().max(2)];
    let mask = slots.len() - 1;
    for (index, label) in labels.iter().enumerate() {
        let mut at = slot_of(hash(label.as_bytes()), slots.len());
        while slots[at & mask].is_some() {
            at = at.wrapping_add(1);
        }
        slots[at & mask] = Some(index);
    }
    slots
}

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K3: u64 = 0x1656_67B1_9E37_79F9;
const CASE_BITS: u64 = 0x2020_2020_2020_2020;

/// The runtime's `hash`: the first, middle and last 8 bytes (packed below 8), bit 5 of every
/// byte set so that ASCII case does not count, one multiplication each, then the length.
fn hash(label: &[u8]) -> u64 {
    let len = label.len();
    let (first, middle, last) = if len >= 8 {
        (
            word(label, 0),
            word(label, (len - 8) / 2),
            word(label, len - 8),
        )
    } else if len >= 4 {
        (half_word(label, 0), 0, half_word(label, len - 4))
    } else {
        let byte = |at: usize| u64::from(label.get(at).copied().unwrap_or(0));
        (
            byte(0) | byte(len / 2) << 8 | byte(len.wrapping_sub(1)) << 16,
            0,
            0,
        )
    };
    let mixed = (first | CASE_BITS).wrapping_mul(K1)
        ^ (middle | CASE_BITS).wrapping_mul(K2)
        ^ (last | CASE_BITS).wrapping_mul(K3);
    (mixed ^ len as u64).wrapping_mul(K1)
}

/// The runtime's `slot_of`: the top bits of the hash.
fn slot_of(hash: u64, count: usize) -> usize {
    let bits = count.trailing_zeros();
    (hash >> (64u32.wrapping_sub(bits) & 63)) as usize & count.wrapping_sub(1)
}

fn word(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |chunk| u64::from_le_bytes(*chunk))
}

fn half_word(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<4>)
        .map_or(0, |chunk| u64::from(u32::from_le_bytes(*chunk)))
}

#[cfg(test)]
mod tests {
    use super::{hash, lay_out, slot_of};

    /// The runtime's test (connection-schema/src/label_table.rs) pins the same values.
    #[test]
    fn hash_values_are_pinned() {
        let pinned: [(&str, u64); 6] = [
            ("", 0x84d3_c789_5e19_cbe0),
            ("ab", 0xc68d_3fd8_06c8_df83),
            ("Event", 0xd8db_9370_aca5_56b2),
            ("Session", 0x59f5_b57d_3a46_aecf),
            ("Profile Album", 0x26f9_709e_c828_1930),
            ("Customer Voice survey response", 0x5a45_c0a1_f127_a2d4),
        ];
        for (label, value) in pinned {
            assert_eq!(hash(label.as_bytes()), value, "{label:?}");
        }
    }

    #[test]
    fn every_label_gets_its_own_slot_in_a_table_at_most_half_full() {
        let labels: Vec<String> = (0..1000).map(|i| format!("Option {i}")).collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let slots = lay_out(&labels);
        assert_eq!(slots.len(), 2048);
        let mut placed: Vec<usize> = slots.iter().flatten().copied().collect();
        placed.sort_unstable();
        assert_eq!(placed, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn labels_equal_up_to_case_are_placed_in_declaration_order() {
        let slots = lay_out(&["Active", "ACTIVE", "active"]);
        let mask = slots.len() - 1;
        let home = slot_of(hash(b"active"), slots.len());
        let along: Vec<Option<usize>> = (0..3).map(|i| slots[(home + i) & mask]).collect();
        assert_eq!(along, [Some(0), Some(1), Some(2)]);
    }
}
