//! GitLab Code Quality: a JSON array of issues, each with `description`, `check_name`,
//! `fingerprint`, `severity` (`info`, `minor`, `major`, `critical`, `blocker`) and
//! `location: {path, lines: {begin}}`, the path repository-relative. Input errors are issues
//! of `check_name` `input-error`. Suppressed findings are left out.

use serde_json::json;
use sha2::{Digest, Sha256};

use super::{problems, repo_path};
use crate::check::Severity;
use crate::scan::ScanResult;

/// The Code Quality severity of a severity.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "critical",
        Severity::High => "major",
        Severity::Medium => "minor",
        Severity::Low => "info",
    }
}

/// Renders the Code Quality report.
pub fn render(result: &ScanResult) -> String {
    let src = &result.sources;
    let fingerprints = super::fingerprints(result);
    // Rendered one issue at a time (a Value tree of every issue at once is large).
    let issues = result
        .findings
        .iter()
        .zip(&fingerprints)
        .filter(|(f, _)| f.suppressed.is_none())
        .map(|(f, fp)| {
            let (start, _) = src.line_col(f.span);
            json!({
                "description": format!("{}: {} ({})", f.check.id, f.message, f.resource),
                "check_name": f.check.id,
                "fingerprint": fp,
                "severity": severity(f.severity),
                "location": {
                    "path": repo_path(&src.get(f.span.file).display),
                    "lines": {"begin": start.line},
                },
            })
        });
    let errors = problems(result).into_iter().filter(|p| p.error).map(|p| {
        let (path, line) = match (p.file, p.span) {
            (Some(file), Some(span)) => (repo_path(&file.display), src.line_col(span).0.line),
            _ => (String::new(), 1),
        };
        let mut h = Sha256::new();
        for part in ["input-error", path.as_str(), p.message] {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        let fingerprint: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        json!({
            "description": format!("input error: {}", p.message),
            "check_name": "input-error",
            "fingerprint": fingerprint,
            "severity": "major",
            "location": {"path": path, "lines": {"begin": line}},
        })
    });
    let mut s = String::from("[");
    let mut any = false;
    for issue in issues.chain(errors) {
        s.push_str(if any { ",\n  " } else { "\n  " });
        any = true;
        let text = serde_json::to_string_pretty(&issue).unwrap_or_else(|_| "{}".into());
        // JSON text has no raw newline inside strings: every newline starts a new line.
        s.push_str(&text.replace('\n', "\n  "));
    }
    s.push_str(if any { "\n]\n" } else { "]\n" });
    s
}
