//! Mechanical fixes: for checks whose remedy is setting one attribute, the text edits that set
//! it, keeping the rest of the file (comments, formatting) as it is. `posture scan --fix`
//! applies them, `--diff` previews them, and the language server offers them as quick fixes.
//!
//! A fix either replaces the offending value (the finding points at `key = value`) or, when the
//! setting is missing (the finding points at the block header, a CloudFormation logical id, or
//! a container's `name`), inserts it with the indentation of its neighbours.

use std::collections::BTreeMap;

use crate::scan::{Finding, ScanResult};
use crate::source::{FileId, SourceMap};

/// How to fix one check.
pub enum Spec {
    /// Terraform: set `path` (an attribute, or `block.attribute`) to an HCL literal, and for
    /// CloudFormation the property to a YAML value.
    Attr {
        path: &'static [&'static str],
        value: &'static str,
        cfn: Option<(&'static str, &'static str)>,
    },
    /// Kubernetes: set `securityContext.<key>` of a container.
    Container {
        key: &'static str,
        value: &'static str,
    },
}

/// The checks with a mechanical fix.
pub const FIXES: &[(&str, Spec)] = &[
    (
        "AWS-EBS-001",
        Spec::Attr {
            path: &["encrypted"],
            value: "true",
            cfn: Some(("Encrypted", "true")),
        },
    ),
    (
        "AWS-RDS-001",
        Spec::Attr {
            path: &["publicly_accessible"],
            value: "false",
            cfn: Some(("PubliclyAccessible", "false")),
        },
    ),
    (
        "AWS-RDS-002",
        Spec::Attr {
            path: &["storage_encrypted"],
            value: "true",
            cfn: Some(("StorageEncrypted", "true")),
        },
    ),
    (
        "AWS-RDS-003",
        Spec::Attr {
            path: &["storage_encrypted"],
            value: "true",
            cfn: Some(("StorageEncrypted", "true")),
        },
    ),
    (
        "AWS-RDS-005",
        Spec::Attr {
            path: &["deletion_protection"],
            value: "true",
            cfn: Some(("DeletionProtection", "true")),
        },
    ),
    (
        "AWS-KMS-001",
        Spec::Attr {
            path: &["enable_key_rotation"],
            value: "true",
            cfn: Some(("EnableKeyRotation", "true")),
        },
    ),
    (
        "AWS-EC2-007",
        Spec::Attr {
            path: &["metadata_options", "http_tokens"],
            value: "\"required\"",
            cfn: None,
        },
    ),
    (
        "AWS-EC2-008",
        Spec::Attr {
            path: &["metadata_options", "http_tokens"],
            value: "\"required\"",
            cfn: None,
        },
    ),
    (
        "AWS-S3-004",
        Spec::Attr {
            path: &["block_public_acls"],
            value: "true",
            cfn: None,
        },
    ),
    (
        "AWS-S3-005",
        Spec::Attr {
            path: &["block_public_policy"],
            value: "true",
            cfn: None,
        },
    ),
    (
        "AWS-S3-006",
        Spec::Attr {
            path: &["ignore_public_acls"],
            value: "true",
            cfn: None,
        },
    ),
    (
        "AWS-S3-007",
        Spec::Attr {
            path: &["restrict_public_buckets"],
            value: "true",
            cfn: None,
        },
    ),
    (
        "AWS-CT-001",
        Spec::Attr {
            path: &["is_multi_region_trail"],
            value: "true",
            cfn: Some(("IsMultiRegionTrail", "true")),
        },
    ),
    (
        "AWS-CT-002",
        Spec::Attr {
            path: &["enable_log_file_validation"],
            value: "true",
            cfn: Some(("EnableLogFileValidation", "true")),
        },
    ),
    (
        "AWS-ECR-001",
        Spec::Attr {
            path: &["image_tag_mutability"],
            value: "\"IMMUTABLE\"",
            cfn: Some(("ImageTagMutability", "IMMUTABLE")),
        },
    ),
    (
        "AWS-EFS-001",
        Spec::Attr {
            path: &["encrypted"],
            value: "true",
            cfn: Some(("Encrypted", "true")),
        },
    ),
    (
        "AWS-REDSHIFT-001",
        Spec::Attr {
            path: &["encrypted"],
            value: "true",
            cfn: Some(("Encrypted", "true")),
        },
    ),
    (
        "AWS-ELB-003",
        Spec::Attr {
            path: &["drop_invalid_header_fields"],
            value: "true",
            cfn: None,
        },
    ),
    (
        "AWS-ELASTICACHE-001",
        Spec::Attr {
            path: &["at_rest_encryption_enabled"],
            value: "true",
            cfn: Some(("AtRestEncryptionEnabled", "true")),
        },
    ),
    (
        "AWS-ELASTICACHE-002",
        Spec::Attr {
            path: &["transit_encryption_enabled"],
            value: "true",
            cfn: Some(("TransitEncryptionEnabled", "true")),
        },
    ),
    (
        "K8S-POD-001",
        Spec::Container {
            key: "privileged",
            value: "false",
        },
    ),
    (
        "K8S-POD-015",
        Spec::Container {
            key: "allowPrivilegeEscalation",
            value: "false",
        },
    ),
    (
        "K8S-POD-016",
        Spec::Container {
            key: "runAsNonRoot",
            value: "true",
        },
    ),
    (
        "K8S-WL-001",
        Spec::Container {
            key: "readOnlyRootFilesystem",
            value: "true",
        },
    ),
];

/// A replacement of `start..end` (bytes) by `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A fix for one finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub file: FileId,
    pub title: String,
    pub edits: Vec<Edit>,
}

/// True when the check has a mechanical fix.
pub fn has_fix(check_id: &str) -> bool {
    FIXES.iter().any(|(id, _)| *id == check_id)
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at.min(text.len())]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0)
}

fn line_end(text: &str, at: usize) -> usize {
    text[at.min(text.len())..]
        .find('\n')
        .map(|i| at + i)
        .unwrap_or(text.len())
}

fn indent_of(text: &str, at: usize) -> String {
    let s = line_start(text, at);
    text[s..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

fn eol(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

/// Replaces the value of `key = value` / `key: value` that starts at `at` and ends at `end`.
/// Only a literal is replaced: a value that comes from a variable, a parameter or an
/// expression is the author's to change (the fix would silently drop the indirection).
fn replace_value(text: &str, at: usize, end: usize, sep: char, value: &str) -> Option<Edit> {
    let seg = text.get(at..end)?;
    let i = seg.find(sep)?;
    let mut start = at + i + 1;
    while text[start..].starts_with(' ') {
        start += 1;
    }
    let current = text.get(start..end)?.trim();
    let literal = matches!(current, "true" | "false" | "True" | "False")
        || current.parse::<f64>().is_ok()
        || (current.starts_with('"') && current.ends_with('"') && !current.contains("${"))
        || (sep == ':'
            && !current.is_empty()
            && !current.starts_with('!')
            && !current.starts_with('{')
            && !current.starts_with('['));
    if !literal {
        return None;
    }
    Some(Edit {
        start,
        end,
        text: value.to_string(),
    })
}

/// The fix for one finding, if its check has one and the file is HCL or YAML.
pub fn fix_for(f: &Finding, sources: &SourceMap) -> Option<Fix> {
    let (_, spec) = FIXES.iter().find(|(id, _)| *id == f.check.id)?;
    let file = sources.get(f.span.file);
    let text: &str = &file.text;
    let name = file.display.to_ascii_lowercase();
    let (a, b) = (f.span.start as usize, (f.span.end as usize).min(text.len()));
    let at_text = text.get(a..b)?;
    let edit = match spec {
        Spec::Attr { path, value, cfn } if name.ends_with(".tf") => {
            let key = path.last()?;
            if at_text.starts_with(key) {
                replace_value(text, a, b, '=', value)?
            } else if path.len() == 2 && at_text.starts_with(path[0]) {
                // the block exists: add the attribute after its `{`
                insert_after_brace(text, a, &format!("{key} = {value}"))?
            } else if f.span == f.resource_span {
                let body = match path {
                    [k] => format!("{k} = {value}"),
                    [block, k] => {
                        let nl = eol(text);
                        let inner = format!("{}  ", indent_of(text, a));
                        format!("{block} {{{nl}{inner}  {k} = {value}{nl}{inner}}}")
                    }
                    _ => return None,
                };
                insert_after_brace(text, a, &body)?
            } else {
                return None;
            }
        }
        Spec::Attr {
            cfn: Some((prop, value)),
            ..
        } if name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".template") => {
            if at_text.starts_with(prop) {
                replace_value(text, a, b, ':', value)?
            } else if f.span == f.resource_span {
                insert_under_key(text, a, "Properties", &format!("{prop}: {value}"))?
            } else {
                return None;
            }
        }
        Spec::Container { key, value } if name.ends_with(".yaml") || name.ends_with(".yml") => {
            if at_text.starts_with(key) {
                replace_value(text, a, b, ':', value)?
            } else if at_text.starts_with("name") {
                container_setting(text, a, key, value)?
            } else {
                return None;
            }
        }
        _ => return None,
    };
    Some(Fix {
        file: f.span.file,
        title: format!("Fix {}: {}", f.check.id, describe(spec)),
        edits: vec![edit],
    })
}

fn describe(spec: &Spec) -> String {
    match spec {
        Spec::Attr { path, value, .. } => format!("set {} = {value}", path.join(".")),
        Spec::Container { key, value } => format!("set securityContext.{key}: {value}"),
    }
}

/// Inserts `line` as the first line inside the block whose header starts at `at`.
fn insert_after_brace(text: &str, at: usize, line: &str) -> Option<Edit> {
    let brace = at + text.get(at..)?.find('{')?;
    let nl = eol(text);
    let indent = format!("{}  ", indent_of(text, at));
    // A one-line block `x { }`: keep it valid by inserting right after the brace.
    Some(Edit {
        start: brace + 1,
        end: brace + 1,
        text: format!("{nl}{indent}{line}"),
    })
}

/// Inserts `line` under the first `key:` line after `at` (a CloudFormation resource's
/// `Properties:`), indented like that section's other entries.
fn insert_under_key(text: &str, at: usize, key: &str, line: &str) -> Option<Edit> {
    let base = indent_of(text, at).len();
    let mut pos = line_end(text, at);
    while pos < text.len() {
        let s = pos + 1;
        let e = line_end(text, s);
        let l = &text[s..e];
        let ind = l.len() - l.trim_start().len();
        if !l.trim().is_empty() && ind <= base {
            return None; // left the resource without finding the section
        }
        if l.trim_start().starts_with(&format!("{key}:")) && l.trim_end().ends_with(':') {
            // indentation of the section's first entry, or two more than the key
            let next = &text[(e + 1).min(text.len())..line_end(text, (e + 1).min(text.len()))];
            let child = if next.trim().is_empty() {
                ind + 2
            } else {
                (next.len() - next.trim_start().len()).max(ind + 1)
            };
            let nl = eol(text);
            return Some(Edit {
                start: e,
                end: e,
                text: format!("{nl}{}{line}", " ".repeat(child)),
            });
        }
        pos = e;
    }
    None
}

/// Sets `securityContext.<key>` on the container whose `name:` is at `at`.
fn container_setting(text: &str, at: usize, key: &str, value: &str) -> Option<Edit> {
    let col = at - line_start(text, at);
    let nl = eol(text);
    let pad = " ".repeat(col);
    // Look through the container's own lines (indented at least as deep as `name:`).
    let mut pos = line_end(text, at);
    while pos < text.len() {
        let s = pos + 1;
        let e = line_end(text, s);
        let l = &text[s..e];
        let ind = l.len() - l.trim_start().len();
        if !l.trim().is_empty() && (ind < col || (ind == col && l.trim_start().starts_with('-'))) {
            break;
        }
        if ind == col && l.trim_start().starts_with("securityContext:") {
            if !l.trim_end().ends_with(':') {
                return None; // a flow mapping: leave it to a person
            }
            return Some(Edit {
                start: e,
                end: e,
                text: format!("{nl}{pad}  {key}: {value}"),
            });
        }
        pos = e;
    }
    let end = line_end(text, at);
    Some(Edit {
        start: end,
        end,
        text: format!("{nl}{pad}securityContext:{nl}{pad}  {key}: {value}"),
    })
}

/// The fixes of every unsuppressed finding that has one, at most one per (file, place):
/// overlapping edits are dropped.
pub fn fixes(result: &ScanResult) -> Vec<Fix> {
    let mut out: Vec<Fix> = Vec::new();
    for f in result.findings.iter().filter(|f| f.suppressed.is_none()) {
        // Edits that replace overlapping text conflict; insertions at one point do not.
        let conflict = |x: &Edit, y: &Edit| {
            let (xs, xe, ys, ye) = (x.start, x.end, y.start, y.end);
            match (xs == xe, ys == ye) {
                (true, true) => x == y,
                (true, false) => ys < xs && xs < ye,
                (false, true) => xs < ys && ys < xe,
                (false, false) => xs < ye && ys < xe,
            }
        };
        let Some(fix) = fix_for(f, &result.sources) else {
            continue;
        };
        // Two settings added to a container that has no securityContext yet: one block.
        if let [edit] = fix.edits.as_slice()
            && edit.text.contains("securityContext:")
            && let Some(other) = out.iter_mut().find(|o| {
                o.file == fix.file
                    && o.edits.len() == 1
                    && o.edits[0].start == edit.start
                    && o.edits[0].end == edit.end
                    && o.edits[0].text.contains("securityContext:")
            })
        {
            if let Some(line) = edit.text.rsplit(['\n']).next() {
                let nl = if edit.text.contains("\r\n") {
                    "\r\n"
                } else {
                    "\n"
                };
                other.edits[0].text.push_str(nl);
                other.edits[0].text.push_str(line.trim_end_matches('\r'));
                other.title.push_str(&format!("; {}", fix.title));
            }
            continue;
        }
        if !out.iter().any(|o| {
            o.file == fix.file
                && o.edits
                    .iter()
                    .any(|x| fix.edits.iter().any(|y| conflict(x, y)))
        }) {
            out.push(fix);
        }
    }
    out
}

/// The new text of each file the fixes touch.
pub fn apply(result: &ScanResult, fixes: &[Fix]) -> BTreeMap<FileId, String> {
    let mut by_file: BTreeMap<FileId, Vec<&Edit>> = BTreeMap::new();
    for f in fixes {
        by_file.entry(f.file).or_default().extend(f.edits.iter());
    }
    by_file
        .into_iter()
        .map(|(id, mut edits)| {
            let mut text = result.sources.get(id).text.to_string();
            edits.sort_by_key(|e| std::cmp::Reverse(e.start));
            for e in edits {
                if e.start <= e.end && e.end <= text.len() {
                    text.replace_range(e.start..e.end, &e.text);
                }
            }
            (id, text)
        })
        .collect()
}

/// A unified diff of one file (for `--diff`).
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // The edits only insert or replace lines, so a simple LCS is enough for readable hunks.
    let n = a.len();
    let m = b.len();
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = format!("--- a/{path}\n+++ b/{path}\n");
    let (mut i, mut j) = (0, 0);
    let mut ops: Vec<(char, &str, usize, usize)> = Vec::new();
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i], i, j));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i], i, j));
            i += 1;
        } else {
            ops.push(('+', b[j], i, j));
            j += 1;
        }
    }
    // Hunks with three lines of context.
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, o)| o.0 != ' ')
        .map(|(k, _)| k)
        .collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(3);
        let mut end = (changed[k] + 4).min(ops.len());
        while k + 1 < changed.len() && changed[k + 1] <= end + 3 {
            k += 1;
            end = (changed[k] + 4).min(ops.len());
        }
        let old_len = ops[start..end].iter().filter(|o| o.0 != '+').count();
        let new_len = ops[start..end].iter().filter(|o| o.0 != '-').count();
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            ops[start].2 + 1,
            old_len,
            ops[start].3 + 1,
            new_len
        ));
        for o in &ops[start..end] {
            out.push(o.0);
            out.push_str(o.1);
            out.push('\n');
        }
        k += 1;
    }
    out
}
