//! Errors that point at a place in a document.

use std::fmt;

/// A problem with an input page or with writing the output, printed as `path:line: message`
/// (or `path: message` when no single line is to blame).
///
/// Some checks find several problems at once (conflicts between pages); the first is the error
/// itself and the rest are [`related`](Self::related), each printed on its own line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    path: String,
    line: Option<usize>,
    message: String,
    related: Vec<Error>,
}

impl Error {
    /// An error at `line` (1-based) of `path`.
    pub fn at(path: &str, line: usize, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            line: Some(line),
            message: message.into(),
            related: Vec::new(),
        }
    }

    /// An error about `path` as a whole, e.g. it cannot be read.
    pub fn file(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            line: None,
            message: message.into(),
            related: Vec::new(),
        }
    }

    /// One error that reports all of `errors`, or `None` when there are none.
    pub fn all(errors: Vec<Error>) -> Option<Self> {
        let mut errors = errors.into_iter();
        let mut first = errors.next()?;
        first.related.extend(errors);
        Some(first)
    }

    /// The further problems found together with this one.
    pub fn related(&self) -> &[Error] {
        &self.related
    }

    /// The file the error is about.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The 1-based line, when the error is about one line.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The message, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message)?,
            None => write!(f, "{}: {}", self.path, self.message)?,
        }
        for related in &self.related {
            write!(f, "\n{related}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
