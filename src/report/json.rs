//! The JSON report, version 1:
//!
//! ```text
//! { "version": 1,
//!   "findings": [ { check_id, name, severity, title, message, framework, file,
//!                   start: {line, column}, end: {line, column}, resource,
//!                   equivalents: {checkov: [..], trivy: [..]}, related: [..] } ],
//!   "errors":   [ { file, line, column, message } ],
//!   "notices":  [ { file, line, column, message } ],
//!   "summary":  { files, resources, findings, critical, high, medium, low, errors } }
//! ```
//! Lines and columns are one-based; columns count characters.

use serde::Serialize;

use super::Counts;
use crate::diagnostics::Level;
use crate::scan::ScanResult;
use crate::source::LineCol;

pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
    errors: Vec<JsonProblem<'a>>,
    notices: Vec<JsonProblem<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    check_id: &'a str,
    name: &'a str,
    severity: &'a str,
    title: &'a str,
    message: &'a str,
    framework: &'a str,
    file: &'a str,
    start: LineCol,
    end: LineCol,
    resource: &'a str,
    equivalents: Equivalents<'a>,
    related: Vec<Related<'a>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unresolved: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressed: Option<&'a crate::suppress::Suppression>,
}

#[derive(Serialize)]
struct Equivalents<'a> {
    checkov: &'a [&'a str],
    trivy: &'a [&'a str],
}

#[derive(Serialize)]
struct Related<'a> {
    file: &'a str,
    start: LineCol,
    end: LineCol,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonProblem<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    resources: usize,
    findings: usize,
    critical: usize,
    high: usize,
    medium: usize,
    low: usize,
    suppressed: usize,
    errors: usize,
}

/// Renders the versioned JSON document.
pub fn render(result: &ScanResult) -> String {
    let src = &result.sources;
    let findings = result
        .findings
        .iter()
        .map(|f| {
            let (start, end) = src.line_col(f.span);
            JsonFinding {
                check_id: f.check.id,
                name: f.check.name,
                severity: f.severity.as_str(),
                title: f.check.title,
                message: &f.message,
                framework: f.framework.as_str(),
                file: &src.get(f.span.file).display,
                start,
                end,
                resource: &f.resource,
                equivalents: Equivalents {
                    checkov: f.check.checkov,
                    trivy: f.check.trivy,
                },
                related: f
                    .related
                    .iter()
                    .map(|(span, message)| {
                        let (start, end) = src.line_col(*span);
                        Related {
                            file: &src.get(span.file).display,
                            start,
                            end,
                            message,
                        }
                    })
                    .collect(),
                unresolved: f.unresolved,
                suppressed: f.suppressed.as_ref(),
            }
        })
        .collect();
    let problem = |p: &'_ crate::diagnostics::Problem| {
        let (start, _) = src.line_col(p.span);
        (start, src.get(p.span.file).display.as_str())
    };
    let mut errors: Vec<JsonProblem> = Vec::new();
    let mut notices: Vec<JsonProblem> = Vec::new();
    for p in &result.problems {
        let (start, file) = problem(p);
        let jp = JsonProblem {
            file,
            line: start.line,
            column: start.column,
            message: &p.message,
        };
        match p.level {
            Level::Error => errors.push(jp),
            Level::Notice => notices.push(jp),
        }
    }
    for e in &result.walk_errors {
        errors.push(JsonProblem {
            file: "",
            line: 0,
            column: 0,
            message: e,
        });
    }
    let c = Counts::of(result);
    let summary = Summary {
        files: result.files_scanned,
        resources: result.resources,
        findings: result.findings.len() - c.suppressed,
        critical: c.critical,
        high: c.high,
        medium: c.medium,
        low: c.low,
        suppressed: c.suppressed,
        errors: errors.len(),
    };
    let doc = Doc {
        version: VERSION,
        findings,
        errors,
        notices,
        summary,
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
