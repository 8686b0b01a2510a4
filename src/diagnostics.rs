//! Problems found while reading input: syntax errors, evaluation errors and notices. These are
//! not findings; they say why part of the input could not be checked.

use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Informational: something was skipped on purpose (a remote module, say).
    Notice,
    /// Part of the input could not be read or evaluated.
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub level: Level,
    pub span: Span,
    pub message: String,
}

impl Problem {
    pub fn error(span: Span, message: impl Into<String>) -> Problem {
        Problem {
            level: Level::Error,
            span,
            message: message.into(),
        }
    }

    pub fn notice(span: Span, message: impl Into<String>) -> Problem {
        Problem {
            level: Level::Notice,
            span,
            message: message.into(),
        }
    }
}
