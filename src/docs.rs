//! Check documentation, generated from the checks themselves. `posture explain`, the catalog,
//! SARIF rule help and the language server's hover all use this text.

use std::fmt::Write as _;

use crate::check::Check;
use crate::registry;

/// Lines carrying fixture expectations are shown without the marker.
fn strip_markers(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let cleaned = match find_marker(line) {
            Some(i) => line[..i].trim_end(),
            None => line,
        };
        out.push_str(cleaned);
        out.push('\n');
    }
    out
}

/// Byte offset of an `expect:` marker comment on a line.
pub fn find_marker(line: &str) -> Option<usize> {
    for lead in ["# expect:", "// expect:"] {
        if let Some(i) = line.find(lead) {
            return Some(i);
        }
    }
    None
}

fn fence_lang(name: &str) -> &'static str {
    if name.ends_with(".tf") || name.ends_with(".tfvars") {
        "hcl"
    } else if name.ends_with(".json") {
        "json"
    } else {
        "yaml"
    }
}

/// The fixtures of a check whose name starts with `prefix` (`fail`, `pass`).
pub fn examples(check: &Check, prefix: &str) -> Vec<(&'static str, &'static str)> {
    registry::all()
        .iter()
        .find(|r| std::ptr::eq(r.check, check))
        .map(|r| {
            let mut v: Vec<(&'static str, &'static str)> = r
                .fixtures
                .iter()
                .filter(|(n, _)| n.starts_with(prefix) && !n.ends_with(".expect"))
                .copied()
                .collect();
            // Terraform first, then YAML, then JSON.
            let rank = |n: &str| {
                if n.ends_with(".tf") {
                    0
                } else if n.ends_with(".yaml") || n.ends_with(".yml") {
                    1
                } else {
                    2
                }
            };
            v.sort_by_key(|(n, _)| (rank(n), *n));
            v
        })
        .unwrap_or_default()
}

/// The check's documentation as markdown, with the fixed headings.
pub fn markdown(check: &Check) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}: {}\n", check.id, check.title);
    let _ = writeln!(
        s,
        "`{}` · severity **{}** · {}\n",
        check.name,
        check.severity.as_str(),
        check
            .frameworks
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        s,
        "## What it does and why it matters\n\n{}\n",
        check.description.trim()
    );
    let _ = writeln!(s, "## How to fix it\n\n{}\n", check.remediation.trim());
    for (heading, prefix) in [("Insecure example", "fail"), ("Secure example", "pass")] {
        if let Some((name, text)) = examples(check, prefix).first() {
            let _ = writeln!(
                s,
                "## {heading}\n\n```{}\n{}```\n",
                fence_lang(name),
                strip_markers(text)
            );
        }
    }
    let _ = writeln!(s, "## References\n");
    if !check.compliance.is_empty() {
        let _ = writeln!(s, "- Compliance: {}", check.compliance.join(", "));
    }
    if !check.checkov.is_empty() {
        let _ = writeln!(s, "- Checkov: {}", check.checkov.join(", "));
    }
    if !check.trivy.is_empty() {
        let _ = writeln!(s, "- Trivy: {}", check.trivy.join(", "));
    }
    for r in check.references {
        let _ = writeln!(s, "- <{r}>");
    }
    s
}

/// The file name of a check's page in the catalog.
pub fn page_name(check: &Check) -> String {
    format!("{}.md", check.id)
}

/// The catalog's index: one row per check.
pub fn catalog_index() -> String {
    let checks = registry::checks();
    let mut s = String::from(
        "# Check catalog\n\nGenerated from the checks by `UPDATE_CATALOG=1 cargo test --test catalog`; \
         do not edit by hand.\n\n",
    );
    let count = |p: &str| checks.iter().filter(|c| c.id.starts_with(p)).count();
    let _ = writeln!(
        s,
        "{} checks: {} AWS, {} Azure, {} GCP, {} Kubernetes.\n",
        checks.len(),
        count("AWS-"),
        count("AZURE-"),
        count("GCP-"),
        count("K8S-")
    );
    s.push_str("| Id | Name | Severity | Formats | Checkov | Trivy | Compliance |\n|---|---|---|---|---|---|---|\n");
    for c in checks {
        let mut frameworks: Vec<&str> = Vec::new();
        for f in c.compliance.iter().filter_map(|x| x.split(':').next()) {
            if !frameworks.contains(&f) {
                frameworks.push(f);
            }
        }
        let _ = writeln!(
            s,
            "| [{id}]({page}) | {name} | {sev} | {formats} | {checkov} | {trivy} | {compliance} |",
            id = c.id,
            page = page_name(c),
            name = c.name,
            sev = c.severity.as_str(),
            formats = c
                .frameworks
                .iter()
                .map(|f| f.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            checkov = c.checkov.join(", "),
            trivy = c.trivy.first().copied().unwrap_or(""),
            compliance = frameworks.join(", "),
        );
    }
    s
}
