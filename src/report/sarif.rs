//! SARIF 2.1.0, following GitHub code scanning's rules: one run; a rule per check that has a
//! result (sorted by id) with its documentation, default level, tags and
//! `security-severity`; per result one location with a repository-relative URI under
//! `%SRCROOT%`, a region in characters (`columnKind: unicodeCodePoints`), the resource as a
//! logical location, the related spans, and a line-independent partial fingerprint. Input
//! errors are tool execution notifications with their locations. Suppressed findings carry
//! a `suppressions` entry.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::{FINGERPRINT_KEY, REPOSITORY_URL, doc_url, problems, repo_path, uri_of};
use crate::check::{Check, Severity};
use crate::scan::ScanResult;
use crate::source::{SourceFile, SourceMap, Span};

/// The schema the document declares (the OASIS 2.1.0 schema with errata 01).
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The base every artifact URI is relative to: the repository root.
pub const SRCROOT: &str = "%SRCROOT%";

/// The SARIF level of a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// GitHub's `security-severity` score of a severity (critical ≥ 9.0, high ≥ 7.0,
/// medium ≥ 4.0, low below).
pub fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
    }
}

/// SARIF messages are sentences: end them with a period.
fn sentence(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

/// The rule (reportingDescriptor) of a check.
fn rule(check: &Check) -> Value {
    let docs = crate::docs::markdown(check);
    let mut tags: Vec<&str> = vec!["security"];
    for f in check.frameworks {
        tags.push(f.as_str());
    }
    if let Some((provider, service)) = super::provider_service(check) {
        tags.push(provider);
        tags.push(service);
    }
    let mut unique: Vec<&str> = Vec::new();
    for t in tags {
        if !unique.contains(&t) {
            unique.push(t);
        }
    }
    let description = check.description.trim();
    json!({
        "id": check.id,
        "name": check.name,
        "shortDescription": {"text": sentence(check.title)},
        "fullDescription": {"text": sentence(description), "markdown": description},
        "help": {"text": docs, "markdown": docs},
        "helpUri": doc_url(check),
        "defaultConfiguration": {"level": level(check.severity)},
        "properties": {
            "tags": unique,
            "security-severity": security_severity(check.severity),
            "precision": "high",
        },
    })
}

/// A physical location: the file's repository-relative URI and the span's region.
fn physical(sources: &SourceMap, span: Span) -> Value {
    let file: &SourceFile = sources.get(span.file);
    let (start, end) = sources.line_col(span);
    json!({
        "artifactLocation": {
            "uri": uri_of(&repo_path(&file.display)),
            "uriBaseId": SRCROOT,
        },
        "region": {
            "startLine": start.line.max(1),
            "startColumn": start.column.max(1),
            "endLine": end.line.max(start.line).max(1),
            "endColumn": end.column.max(1),
        },
    })
}

/// Renders the SARIF log.
pub fn render(result: &ScanResult) -> String {
    let src = &result.sources;
    let mut checks: Vec<&'static Check> = result.findings.iter().map(|f| f.check).collect();
    checks.sort_by_key(|c| c.id);
    checks.dedup_by_key(|c| c.id);
    let index: HashMap<&str, usize> = checks.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let fingerprints = super::fingerprints(result);

    // Each result is rendered on its own and spliced into the log below: a Value tree of
    // every result at once takes gigabytes on a scan with the maximum number of findings.
    let results = result.findings.iter().zip(&fingerprints).map(|(f, fp)| {
        let mut r = json!({
            "ruleId": f.check.id,
            "ruleIndex": index.get(f.check.id).copied().unwrap_or(0),
            "level": level(f.severity),
            "message": {"text": sentence(&f.message)},
            "locations": [{
                "physicalLocation": physical(src, f.span),
                "logicalLocations": [{
                    "name": f.resource,
                    "fullyQualifiedName": f.resource,
                    "kind": "resource",
                }],
            }],
        });
        if !f.related.is_empty() {
            r["relatedLocations"] = f
                .related
                .iter()
                .enumerate()
                .map(|(i, (span, msg))| {
                    json!({
                        "id": i + 1,
                        "physicalLocation": physical(src, *span),
                        "message": {"text": sentence(msg)},
                    })
                })
                .collect();
        }
        r["partialFingerprints"] = json!({ FINGERPRINT_KEY: fp });
        if let Some(s) = &f.suppressed {
            let kind = if s.kind == "baseline" {
                "external"
            } else {
                "inSource"
            };
            let mut sup = json!({"kind": kind, "status": "accepted"});
            if !s.justification.trim().is_empty() {
                sup["justification"] = json!(s.justification.trim());
            }
            r["suppressions"] = json!([sup]);
        }
        let mut props = serde_json::Map::new();
        props.insert("severity".into(), json!(f.severity.as_str()));
        if f.unresolved {
            props.insert("unresolved".into(), json!(true));
        }
        r["properties"] = Value::Object(props);
        r
    });

    let notifications: Vec<Value> = problems(result)
        .into_iter()
        .map(|p| {
            let mut n = json!({
                "level": if p.error { "error" } else { "note" },
                "message": {"text": sentence(p.message)},
            });
            if let Some(span) = p.span {
                n["locations"] = json!([{ "physicalLocation": physical(src, span) }]);
            }
            n
        })
        .collect();
    // The scan ran to its end unless a path could not be walked (exit code 2).
    let successful = result.walk_errors.is_empty();

    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "Posture",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": REPOSITORY_URL,
                    "rules": checks.iter().map(|c| rule(c)).collect::<Vec<_>>(),
                }
            },
            "invocations": [{
                "executionSuccessful": successful,
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": [],
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    splice_results(s, results)
}

/// Puts the results into a pretty-printed log whose `results` array is empty, formatted as
/// `serde_json` would have formatted them in place (at the depth of `runs[0].results`).
fn splice_results(log: String, results: impl Iterator<Item = Value>) -> String {
    const EMPTY: &str = "\"results\": []";
    const INDENT: &str = "        ";
    // Keys and string values are escaped, so the only bare `"results": []` is the key.
    let Some(at) = log.rfind(EMPTY) else {
        return log;
    };
    let mut out = String::with_capacity(log.len());
    out.push_str(&log[..at]);
    out.push_str("\"results\": [");
    let mut any = false;
    for r in results {
        out.push_str(if any { ",\n" } else { "\n" });
        any = true;
        out.push_str(INDENT);
        let text = serde_json::to_string_pretty(&r).unwrap_or_else(|_| "{}".into());
        // JSON text has no raw newline inside strings: every newline starts a new line.
        out.push_str(&text.replace('\n', &format!("\n{INDENT}")));
    }
    if any {
        out.push_str("\n      ");
    }
    out.push(']');
    out.push_str(&log[at + EMPTY.len()..]);
    out
}
