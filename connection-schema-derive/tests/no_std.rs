//! The generated code names only `core` and the runtime crate: this test crate has no `std` in
//! scope (`::std::...` would not resolve), and no `alloc` either.
#![no_std]
#![deny(warnings)]

use connection_schema::Choice;
use core::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
enum Bare {
    #[choice(label = "Active")]
    Active = 0,
    #[choice(label = "Inactive")]
    Inactive = 1,
}

/// `Display` without `alloc`: into a fixed buffer.
struct Buffer {
    bytes: [u8; 32],
    len: usize,
}

impl Write for Buffer {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        let end = self.len + text.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(core::fmt::Error)?
            .copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn every_item_works_without_std() {
    assert_eq!(Bare::ALL, [Bare::Active, Bare::Inactive]);
    assert_eq!(Bare::from_value(1), Some(Bare::Inactive));
    assert_eq!(Bare::from_label("Active"), Some(Bare::Active));
    assert_eq!(Bare::try_from(2).map_err(|error| error.value()), Err(2));
    assert_eq!(i32::from(Bare::Inactive), 1);
    assert_eq!("Inactive".parse::<Bare>().ok(), Some(Bare::Inactive));
    assert_eq!(<Bare as Choice>::NAME, "Bare");

    let mut buffer = Buffer {
        bytes: [0; 32],
        len: 0,
    };
    write!(buffer, "[{:>10}]", Bare::Active).unwrap();
    assert_eq!(buffer.bytes.get(..buffer.len), Some(&b"[    Active]"[..]));
}
