//! Compiler-style diagnostics via `codespan-reporting`.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, termcolor::Buffer};

use super::Counts;
use crate::check::Severity;
use crate::diagnostics::Level;
use crate::scan::ScanResult;
use crate::source::{FileId, SourceMap};

/// The scanned files as the renderer shows them: secret values masked.
struct SourceFiles<'a>(&'a SourceMap, std::collections::HashMap<FileId, String>);

impl<'a> Files<'a> for SourceFiles<'a> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.0.get(id).display)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(match self.1.get(&id) {
            Some(masked) => masked,
            None => &self.0.get(id).text,
        })
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.0.get(id).line_index(byte_index))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let f = self.0.get(id);
        let starts = f.line_starts();
        let start = *starts.get(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: starts.len().saturating_sub(1),
        })?;
        let end = starts.get(line_index + 1).copied().unwrap_or(f.text.len());
        Ok(start..end)
    }
}

fn cs_severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Critical | Severity::High => CsSeverity::Error,
        Severity::Medium => CsSeverity::Warning,
        Severity::Low => CsSeverity::Note,
    }
}

/// Renders the result as diagnostics followed by a summary line.
pub fn render(result: &ScanResult, color: bool) -> String {
    // Every file an excerpt is taken from, with its secrets masked.
    let mut masked = std::collections::HashMap::new();
    if !result.secrets.is_empty() {
        let scrubber = crate::redact::Scrubber::new(&result.secrets);
        for id in active_files(result) {
            let text = &result.sources.get(id).text;
            masked.insert(id, scrubber.mask_text(text, &result.secrets, id));
        }
    }
    let files = SourceFiles(&result.sources, masked);
    let config = term::Config::default();
    let mut buf = if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    for f in result.findings.iter().filter(|f| f.suppressed.is_none()) {
        let mut labels = vec![
            Label::primary(f.span.file, f.span.range()).with_message(format!(
                "{} severity: {}",
                f.severity.as_str(),
                f.check.name
            )),
        ];
        for (span, msg) in &f.related {
            labels.push(Label::secondary(span.file, span.range()).with_message(msg.clone()));
        }
        let d = Diagnostic::new(cs_severity(f.severity))
            .with_code(f.check.id)
            .with_message(&f.message)
            .with_labels(labels)
            .with_notes(vec![
                format!("resource: {}", f.resource),
                format!("fix: {}", first_paragraph(f.check.remediation)),
            ]);
        let _ = term::emit_to_write_style(&mut buf, &config, &files, &d);
    }
    for p in &result.problems {
        let sev = match p.level {
            Level::Error => CsSeverity::Error,
            Level::Notice => CsSeverity::Note,
        };
        let code = match p.level {
            Level::Error => "input-error",
            Level::Notice => "notice",
        };
        let d = Diagnostic::new(sev)
            .with_code(code)
            .with_message(&p.message)
            .with_labels(vec![Label::primary(p.span.file, p.span.range())]);
        let _ = term::emit_to_write_style(&mut buf, &config, &files, &d);
    }
    let mut out = String::from_utf8_lossy(buf.as_slice()).into_owned();
    for e in &result.walk_errors {
        out.push_str(&format!("error: {e}\n"));
    }
    out.push_str(&summary(result));
    out
}

/// The files excerpts are shown from: those of the reported findings (and their related
/// locations) and of the problems.
fn active_files(result: &ScanResult) -> std::collections::BTreeSet<FileId> {
    let mut out = std::collections::BTreeSet::new();
    for f in result.findings.iter().filter(|f| f.suppressed.is_none()) {
        out.insert(f.span.file);
        out.extend(f.related.iter().map(|(s, _)| s.file));
    }
    out.extend(result.problems.iter().map(|p| p.span.file));
    out
}

fn first_paragraph(s: &str) -> String {
    s.split("\n\n")
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line: what was scanned and what was found.
pub fn summary(result: &ScanResult) -> String {
    let c = Counts::of(result);
    let errors = result
        .problems
        .iter()
        .filter(|p| p.level == Level::Error)
        .count()
        + result.walk_errors.len();
    let n = result.findings.len() - c.suppressed;
    let mut s = format!(
        "{} finding{} ({} critical, {} high, {} medium, {} low) in {} file{}, {} resource{}",
        n,
        if n == 1 { "" } else { "s" },
        c.critical,
        c.high,
        c.medium,
        c.low,
        result.files_scanned,
        if result.files_scanned == 1 { "" } else { "s" },
        result.resources,
        if result.resources == 1 { "" } else { "s" },
    );
    if c.suppressed > 0 {
        s.push_str(&format!("; {} suppressed", c.suppressed));
    }
    if errors > 0 {
        s.push_str(&format!(
            "; {errors} input error{}",
            if errors == 1 { "" } else { "s" }
        ));
    }
    s.push('\n');
    s
}
