//! An accumulator for `syn::Error`s.
//!
//! Every check pushes here instead of returning early, so that one `cargo build` shows every
//! mistake in the enum at once rather than one per round trip.

/// All errors found so far, combined into one `syn::Error` (which can hold many messages).
#[derive(Default)]
pub(crate) struct Errors {
    combined: Option<syn::Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    /// Every error pushed so far, followed by `error`.
    pub(crate) fn with(self, error: syn::Error) -> syn::Error {
        match self.combined {
            Some(mut combined) => {
                combined.combine(error);
                combined
            }
            None => error,
        }
    }

    /// `Err` with every pushed message, in the order they were pushed, if there was any.
    pub(crate) fn finish(self) -> syn::Result<()> {
        self.combined.map_or(Ok(()), Err)
    }
}
