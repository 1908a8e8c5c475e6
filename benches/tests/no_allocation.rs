//! `label()`, `Display` into a fixed buffer, and the conversions that succeed allocate nothing,
//! on the seed enums and on the 5,000-option synthetic enum: a counting global allocator counts
//! the allocations of this thread while they run. (Rejecting a label does allocate, with
//! `alloc`: `UnknownLabel` keeps the text.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;
use std::hint::black_box;

use choice_benches::buffer::Buffer;
use choice_benches::{Record1ObjectTypeCode, Record2ObjectTypeCode, SyntheticChoice};
use connection_schema::Choice;

/// Forwards to the system allocator, counting allocations per thread, so that tests running in
/// parallel do not count each other's.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with`: the allocator can be called while the thread's locals are torn down.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every call forwards to `System` with the caller's arguments unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn allocations_during(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    work();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn the_counter_sees_an_allocation() {
    let count = allocations_during(|| drop(black_box(String::from("Profile Album"))));
    assert_eq!(count, 1);
}

/// Every option of `C`: its label, `Display` plain and padded into a fixed buffer, and back
/// through `from_value`, `TryFrom`, `from_label` and `FromStr` (exact and in another case).
fn check_every_option<C: Choice + TryFrom<i32> + std::str::FromStr>() {
    let other_case: Vec<String> = C::ALL
        .iter()
        .map(|c| c.label().to_ascii_uppercase())
        .collect();
    let mut buffer = Buffer::new();
    let mut checked = 0;
    let count = allocations_during(|| {
        for (&choice, upper) in C::ALL.iter().zip(&other_case) {
            let label = black_box(choice).label();
            buffer.clear();
            assert!(write!(buffer, "{choice}").is_ok());
            assert_eq!(buffer.as_str(), label);
            buffer.clear();
            assert!(write!(buffer, "[{choice:>60}]").is_ok());
            let padded = buffer.as_str();
            assert!(padded.strip_suffix(']').is_some_and(|p| p.ends_with(label)));
            assert_eq!(padded.chars().count(), 62.max(label.chars().count() + 2));
            assert_eq!(C::from_value(choice.value()), Some(choice));
            assert!(C::try_from(choice.value()).is_ok());
            assert_eq!(C::from_label(label), Some(choice));
            assert!(label.parse::<C>().is_ok());
            assert!(C::from_label_ignore_ascii_case(upper).is_some());
            assert!(upper.parse::<C>().is_ok());
            checked += 1;
        }
    });
    assert_eq!(checked, C::ALL.len());
    assert_eq!(count, 0, "{} allocated", std::any::type_name::<C>());
}

#[test]
fn labels_display_and_conversions_allocate_nothing() {
    check_every_option::<Record1ObjectTypeCode>();
    check_every_option::<Record2ObjectTypeCode>();
    check_every_option::<SyntheticChoice>();
    assert_eq!(SyntheticChoice::COUNT, 5_000);
}
