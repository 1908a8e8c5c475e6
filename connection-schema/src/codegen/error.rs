//! Errors and warnings that point at a place in a document.

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
        write_located(f, &self.path, self.line, &self.message)?;
        for related in &self.related {
            write!(f, "\n{related}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Something a page says that only Microsoft can fix (a page that contradicts itself, two pages
/// that disagree on an environment-specific value): generation goes on, and the warning says
/// what was done about it. Printed as `path:line: message`, like [`Error`]; a build script
/// prints each as one `cargo::warning=` line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde_derive::Serialize))]
pub struct Warning {
    #[cfg_attr(feature = "json", serde(rename = "file"))]
    path: String,
    #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
    line: Option<usize>,
    message: String,
}

impl Warning {
    /// A warning about `line` (1-based) of `path`.
    pub fn at(path: &str, line: usize, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            line: Some(line),
            message: message.into(),
        }
    }

    /// The file the warning is about.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The 1-based line, when the warning is about one line.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The message, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_located(f, &self.path, self.line, &self.message)
    }
}

fn write_located(
    f: &mut fmt::Formatter<'_>,
    path: &str,
    line: Option<usize>,
    message: &str,
) -> fmt::Result {
    match line {
        Some(line) => write!(f, "{path}:{line}: {message}"),
        None => write!(f, "{path}: {message}"),
    }
}
