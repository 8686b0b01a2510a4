//! Baselines: record today's findings, then report only new ones. Findings are matched by the
//! same fingerprints SARIF uses (check, file, resource and the offending text, not the line),
//! so a baseline survives lines moving.

use std::collections::HashSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::report::fingerprints;
use crate::scan::ScanResult;
use crate::suppress::Suppression;

#[derive(Serialize, Deserialize)]
struct Baseline {
    version: u32,
    findings: Vec<BaselineEntry>,
}

#[derive(Serialize, Deserialize)]
struct BaselineEntry {
    fingerprint: String,
    check_id: String,
    file: String,
    resource: String,
    message: String,
}

/// Writes the unsuppressed findings of `result` as a baseline.
pub fn write(result: &ScanResult, path: &Path) -> Result<usize, String> {
    let fps = fingerprints(result);
    let findings: Vec<BaselineEntry> = result
        .findings
        .iter()
        .zip(fps)
        .filter(|(f, _)| f.suppressed.is_none())
        .map(|(f, fp)| BaselineEntry {
            fingerprint: fp,
            check_id: f.check.id.to_string(),
            file: result.sources.get(f.span.file).display.clone(),
            resource: f.resource.clone(),
            message: f.message.clone(),
        })
        .collect();
    let n = findings.len();
    let doc = Baseline {
        version: 1,
        findings,
    };
    let text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())? + "\n";
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(n)
}

/// Marks the findings recorded in the baseline at `path` as suppressed (kind `baseline`).
/// Returns how many were matched.
pub fn apply(result: &mut ScanResult, path: &Path) -> Result<usize, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: Baseline = serde_json::from_str(&text)
        .map_err(|e| format!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))?;
    if doc.version != 1 {
        return Err(format!(
            "{}: unsupported baseline version {}",
            path.display(),
            doc.version
        ));
    }
    let known: HashSet<String> = doc.findings.into_iter().map(|e| e.fingerprint).collect();
    let fps = fingerprints(result);
    let mut matched = 0;
    for (f, fp) in result.findings.iter_mut().zip(fps) {
        if f.suppressed.is_none() && known.contains(&fp) {
            f.suppressed = Some(Suppression {
                kind: "baseline",
                justification: format!("recorded in {}", path.display()),
                span: f.span,
            });
            matched += 1;
        }
    }
    Ok(matched)
}
