//! A fixed-size `fmt::Write` target, so that formatting can be measured and checked without the
//! allocation a `String` would add.

use std::fmt;

/// Room for the longest label of any benchmarked enum, padding included.
const CAPACITY: usize = 256;

pub struct Buffer {
    bytes: [u8; CAPACITY],
    len: usize,
}

impl Buffer {
    pub const fn new() -> Self {
        Self {
            bytes: [0; CAPACITY],
            len: 0,
        }
    }

    pub fn clear(&mut self) {
        self.len = 0;
    }

    pub fn as_str(&self) -> &str {
        // Only whole `&str`s are ever copied in, so the prefix is UTF-8; the fallback is never
        // taken.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl Default for Buffer {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Write for Buffer {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len + text.len();
        let target = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        target.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}
