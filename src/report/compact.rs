//! One line per finding, `file:line:col: severity ID message`, then one per input error
//! (`error input-error`) or notice (`notice input-notice`); the file as displayed.
//! Suppressed findings are left out.

use std::fmt::Write as _;

use super::{active, problems};
use crate::scan::ScanResult;

/// Messages on one line: line breaks become spaces.
fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\n', '\r'], " ")
}

/// Renders one line per finding and input problem.
pub fn render(result: &ScanResult) -> String {
    let src = &result.sources;
    let mut s = String::new();
    for f in active(result) {
        let (start, _) = src.line_col(f.span);
        let _ = writeln!(
            s,
            "{}:{}:{}: {} {} {}",
            src.get(f.span.file).display,
            start.line,
            start.column,
            f.severity.as_str(),
            f.check.id,
            one_line(&f.message)
        );
    }
    for p in problems(result) {
        let (level, code) = if p.error {
            ("error", "input-error")
        } else {
            ("notice", "input-notice")
        };
        match (p.file, p.span) {
            (Some(file), Some(span)) => {
                let (start, _) = src.line_col(span);
                let _ = writeln!(
                    s,
                    "{}:{}:{}: {level} {code} {}",
                    file.display,
                    start.line,
                    start.column,
                    one_line(p.message)
                );
            }
            _ => {
                let _ = writeln!(s, "{level} {code} {}", one_line(p.message));
            }
        }
    }
    s
}
