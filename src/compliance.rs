//! Compliance frameworks: which checks map to which controls, and a pass/fail report per
//! control from a scan result.

use std::collections::BTreeMap;

use crate::check::Check;
use crate::registry;
use crate::scan::ScanResult;

/// The frameworks checks are mapped to, with a display name.
pub const FRAMEWORKS: &[(&str, &str)] = &[
    ("cis-aws", "CIS Amazon Web Services Foundations Benchmark"),
    (
        "cis-azure",
        "CIS Microsoft Azure Foundations Benchmark (v2.0.0 numbering)",
    ),
    ("cis-gcp", "CIS Google Cloud Platform Foundation Benchmark"),
    ("pci-dss", "PCI DSS 4.0"),
    ("hipaa", "HIPAA Security Rule"),
    ("soc2", "SOC 2"),
    ("nist-800-53", "NIST SP 800-53 rev. 5"),
    ("iso-27001", "ISO/IEC 27001"),
    (
        "k8s-pss-baseline",
        "Kubernetes Pod Security Standards: baseline",
    ),
    (
        "k8s-pss-restricted",
        "Kubernetes Pod Security Standards: restricted",
    ),
    ("cis-kubernetes", "CIS Kubernetes Benchmark"),
];

pub fn is_known(framework: &str) -> bool {
    FRAMEWORKS.iter().any(|(id, _)| *id == framework)
}

/// The controls of `framework` that `check` maps to.
pub fn controls<'c>(check: &'c Check, framework: &str) -> impl Iterator<Item = &'c str> + 'c {
    let prefix = format!("{framework}:");
    check
        .compliance
        .iter()
        .filter_map(move |c| c.strip_prefix(prefix.as_str()))
}

/// True when the check maps to at least one control of `framework`.
pub fn maps_to(check: &Check, framework: &str) -> bool {
    controls(check, framework).next().is_some()
}

#[derive(Debug, serde::Serialize)]
pub struct ControlStatus {
    pub control: String,
    pub status: &'static str,
    pub checks: Vec<&'static str>,
    pub findings: usize,
}

#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub framework: String,
    pub title: String,
    pub controls: Vec<ControlStatus>,
    pub passed: usize,
    pub failed: usize,
}

/// Pass/fail per control: a control fails when any check mapped to it has an unsuppressed
/// finding.
pub fn report(framework: &str, result: &ScanResult) -> Report {
    let mut by_control: BTreeMap<String, (Vec<&'static str>, usize)> = BTreeMap::new();
    for c in registry::checks() {
        for ctl in controls(c, framework) {
            let e = by_control.entry(ctl.to_string()).or_default();
            e.0.push(c.id);
            e.1 += result
                .findings
                .iter()
                .filter(|f| f.suppressed.is_none() && f.check.id == c.id)
                .count();
        }
    }
    let mut controls: Vec<ControlStatus> = by_control
        .into_iter()
        .map(|(control, (checks, findings))| ControlStatus {
            control,
            status: if findings == 0 { "pass" } else { "fail" },
            checks,
            findings,
        })
        .collect();
    controls.sort_by_key(|a| natural_key(&a.control));
    let failed = controls.iter().filter(|c| c.status == "fail").count();
    Report {
        framework: framework.to_string(),
        title: FRAMEWORKS
            .iter()
            .find(|(id, _)| *id == framework)
            .map(|(_, t)| t.to_string())
            .unwrap_or_default(),
        passed: controls.len() - failed,
        failed,
        controls,
    }
}

/// Orders control ids as people read them: `1.8` before `1.15`, `AC-3` before `AC-12`.
fn natural_key(s: &str) -> Vec<(u64, String)> {
    let mut out = Vec::new();
    let mut num = String::new();
    let mut text = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            if !text.is_empty() {
                out.push((u64::MAX, std::mem::take(&mut text)));
            }
            num.push(c);
        } else {
            if !num.is_empty() {
                out.push((num.parse().unwrap_or(u64::MAX), String::new()));
                num.clear();
            }
            text.push(c);
        }
    }
    if !num.is_empty() {
        out.push((num.parse().unwrap_or(u64::MAX), String::new()));
    }
    if !text.is_empty() {
        out.push((u64::MAX, text));
    }
    out
}

impl Report {
    pub fn markdown(&self) -> String {
        let mut s = format!(
            "# {} ({})\n\n{} controls pass, {} fail.\n\n| Control | Status | Findings | Checks |\n|---|---|---|---|\n",
            self.title, self.framework, self.passed, self.failed
        );
        for c in &self.controls {
            s.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                c.control,
                if c.status == "pass" {
                    "✅ pass"
                } else {
                    "❌ fail"
                },
                c.findings,
                c.checks.join(", ")
            ));
        }
        s
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}
