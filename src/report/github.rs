//! GitHub Actions workflow commands: one annotation per finding,
//! `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=ID name::message`
//! (critical and high are errors, medium warnings, low notices), one per input error, then
//! the summary line. Paths are repository-relative. Suppressed findings are left out.

use std::fmt::Write as _;

use super::{active, problems, repo_path};
use crate::check::Severity;
use crate::scan::ScanResult;

/// Escapes a command's data (the message): `%`, `\r` and `\n`.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property value: as data, and `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The workflow command of a severity.
pub fn command(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "notice",
    }
}

/// Renders the workflow commands.
pub fn render(result: &ScanResult) -> String {
    let src = &result.sources;
    let mut s = String::new();
    for f in active(result) {
        let (start, end) = src.line_col(f.span);
        let file = repo_path(&src.get(f.span.file).display);
        let _ = writeln!(
            s,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            command(f.severity),
            escape_property(&file),
            start.line,
            start.column,
            end.line.max(start.line),
            end.column,
            escape_property(&format!("{} {}", f.check.id, f.check.name)),
            escape_data(&f.message),
        );
    }
    for p in problems(result) {
        let cmd = if p.error { "error" } else { "notice" };
        let title = if p.error { "input error" } else { "notice" };
        match (p.file, p.span) {
            (Some(file), Some(span)) => {
                let (start, _) = src.line_col(span);
                let _ = writeln!(
                    s,
                    "::{cmd} file={},line={},col={},title={}::{}",
                    escape_property(&repo_path(&file.display)),
                    start.line,
                    start.column,
                    escape_property(title),
                    escape_data(p.message),
                );
            }
            _ => {
                let _ = writeln!(
                    s,
                    "::{cmd} title={}::{}",
                    escape_property(title),
                    escape_data(p.message)
                );
            }
        }
    }
    s.push_str(&super::cli::summary(result));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("100%: a,b\r\nc"), "100%25: a,b%0D%0Ac");
        assert_eq!(escape_property("100%: a,b\r\nc"), "100%25%3A a%2Cb%0D%0Ac");
    }
}
