//! Suppressions: comments that silence a finding, with a reason and an optional expiry.
//!
//! `# posture:ignore AWS-S3-001 reason exp:2027-01-31` (also `//` and `/* */`) on the
//! offending line, on the line above it, or on (or above) a resource or module block header,
//! where it covers the whole block: every `count`/`for_each` instance and, on a module call,
//! every resource inside the module. Any id the check answers to works (its name, Checkov and
//! Trivy ids), and Checkov (`checkov:skip=ID:reason`), tfsec (`tfsec:ignore:ID`) and Trivy
//! (`trivy:ignore:ID`) comments are honoured unless foreign suppressions are turned off.
//! Suppressed findings stay in the result, marked, so machine-readable reports can show them.

use std::collections::HashMap;

use crate::diagnostics::Problem;
use crate::scan::Finding;
use crate::source::{FileId, SourceMap, Span};

/// Why a finding is suppressed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Suppression {
    /// `inline` (a posture comment), `checkov`, `tfsec`, `trivy`, or `baseline`.
    pub kind: &'static str,
    pub justification: String,
    #[serde(skip)]
    pub span: Span,
}

/// The suppression a resource carries itself for `check` (a Kubernetes `posture.io/skip` or
/// `checkov.io/skip` annotation, a CloudFormation `Metadata` skip), if any.
pub fn resource_skip(
    check: &crate::check::Check,
    r: &crate::graph::Resource,
) -> Option<Suppression> {
    let (_, reason, span) = r
        .skips
        .iter()
        .find(|(id, _, _)| check.aliases().any(|a| a.eq_ignore_ascii_case(id)))?;
    Some(Suppression {
        kind: match r.framework {
            crate::graph::Framework::Kubernetes => "annotation",
            _ => "metadata",
        },
        justification: reason.clone(),
        span: *span,
    })
}

/// A date as (year, month, day).
pub type Date = (i32, u32, u32);

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: &'static str,
    /// One-based line of the comment.
    pub line: usize,
    pub span: Span,
    pub ids: Vec<String>,
    pub reason: String,
    pub expires: Option<Date>,
    /// The comment is alone on its line (it applies to the next line of code).
    pub standalone: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Ignore Checkov, tfsec and Trivy comments.
    pub no_foreign: bool,
    /// Report suppressions that matched no finding.
    pub report_unused: bool,
    /// Today, for expiry; `None` uses the system clock.
    pub today: Option<Date>,
}

/// Finds the comment on a line: the first `#`, `//` or `/*` outside a string.
fn comment_start(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut in_str = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'#' if !in_str => return Some(i),
            b'/' if !in_str && matches!(bytes.get(i + 1), Some(b'/') | Some(b'*')) => {
                return Some(i);
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.get(..2)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Every suppression comment of a file.
pub fn directives(file: FileId, text: &str, foreign: bool) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split('\n').enumerate() {
        let line_start = offset;
        offset += line.len() + 1;
        let Some(c) = comment_start(line) else {
            continue;
        };
        let comment = line[c..]
            .trim_start_matches(['#', '/', '*'])
            .trim_end()
            .trim_end_matches("*/")
            .trim();
        let span = Span::new(file, line_start + c, line_start + line.trim_end().len());
        let standalone = line[..c].trim().is_empty();
        let mut push = |kind, ids: Vec<String>, reason: String, expires| {
            if !ids.is_empty() {
                out.push(Directive {
                    kind,
                    line: i + 1,
                    span,
                    ids,
                    reason,
                    expires,
                    standalone,
                });
            }
        };
        if let Some(rest) = comment.strip_prefix("posture:ignore") {
            let mut words = rest.split_whitespace();
            let ids: Vec<String> = words
                .next()
                .map(|w| {
                    w.split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            let mut expires = None;
            let mut reason = Vec::new();
            for w in words {
                match w.strip_prefix("exp:") {
                    Some(d) => expires = parse_date(d),
                    None => reason.push(w),
                }
            }
            push("inline", ids, reason.join(" "), expires);
        } else if !foreign {
            continue;
        } else if let Some(rest) = comment.strip_prefix("checkov:skip=") {
            let (id, reason) = rest.split_once(':').unwrap_or((rest, ""));
            let ids = id.split(',').map(|s| s.trim().to_string()).collect();
            push("checkov", ids, reason.trim().to_string(), None);
        } else {
            for (prefix, kind) in [("tfsec:ignore:", "tfsec"), ("trivy:ignore:", "trivy")] {
                if let Some(rest) = comment.strip_prefix(prefix) {
                    let mut parts = rest.split_whitespace().next().unwrap_or("").split(':');
                    let id = parts.next().unwrap_or("").to_string();
                    let mut expires = None;
                    while let Some(p) = parts.next() {
                        if p == "exp" {
                            expires = parts.next().and_then(parse_date);
                        }
                    }
                    push(kind, vec![id], String::new(), expires);
                }
            }
        }
    }
    out
}

/// The date today (UTC), from the system clock.
pub fn today_utc() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// Days since 1970-01-01 to a calendar date (proleptic Gregorian).
fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// The line of code a directive applies to: its own line for a trailing comment, else the
/// next line that is not blank or a comment.
fn target_line(d: &Directive, lines: &[&str]) -> usize {
    if !d.standalone {
        return d.line;
    }
    let mut l = d.line + 1;
    while l <= lines.len() {
        let t = lines[l - 1].trim();
        if !(t.is_empty() || t.starts_with('#') || t.starts_with("//") || t.starts_with("/*")) {
            return l;
        }
        l += 1;
    }
    d.line
}

/// Marks suppressed findings; adds notices for expired (and, if asked, unused) suppressions.
pub fn apply(
    findings: &mut [Finding],
    sources: &SourceMap,
    problems: &mut Vec<Problem>,
    opts: &Options,
) {
    let today = opts.today.unwrap_or_else(today_utc);
    // Directives of the files that have findings (all files when unused ones are reported).
    let mut by_file: HashMap<FileId, Vec<(Directive, usize)>> = HashMap::new();
    let mut wanted: Vec<FileId> = if opts.report_unused {
        sources.files().map(|(id, _)| id).collect()
    } else {
        let mut v: Vec<FileId> = findings
            .iter()
            .flat_map(|f| std::iter::once(f.span.file).chain(f.call_chain.iter().map(|s| s.file)))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    wanted.sort();
    for id in wanted {
        let text = &sources.get(id).text;
        if !(text.contains("posture:ignore")
            || (!opts.no_foreign && text.contains(":ignore:") || text.contains("checkov:skip")))
        {
            continue;
        }
        let lines: Vec<&str> = text.split('\n').collect();
        let ds = directives(id, text, !opts.no_foreign)
            .into_iter()
            .map(|d| {
                let t = target_line(&d, &lines);
                (d, t)
            })
            .collect();
        by_file.insert(id, ds);
    }
    if by_file.is_empty() {
        return;
    }
    let mut used: HashMap<(FileId, usize), bool> = HashMap::new();
    let mut expired_reported: Vec<Span> = Vec::new();
    for f in findings.iter_mut().filter(|f| f.suppressed.is_none()) {
        // Places a directive may stand for this finding: its own line, the resource header,
        // and each module call it came through.
        let mut places: Vec<Span> = vec![f.span, f.resource_span];
        places.extend(f.call_chain.iter().copied());
        'places: for place in places {
            let Some(ds) = by_file.get(&place.file) else {
                continue;
            };
            let line = sources.get(place.file).line_col(place.start as usize).line;
            for (i, (d, target)) in ds.iter().enumerate() {
                if *target != line || !matches_check(d, f) {
                    continue;
                }
                used.insert((place.file, i), true);
                if let Some(exp) = d.expires
                    && exp < today
                {
                    if !expired_reported.contains(&d.span) {
                        expired_reported.push(d.span);
                        problems.push(Problem::notice(
                            d.span,
                            format!(
                                "suppression of {} expired on {:04}-{:02}-{:02}; the finding is reported again",
                                d.ids.join(","),
                                exp.0,
                                exp.1,
                                exp.2
                            ),
                        ));
                    }
                    continue;
                }
                f.suppressed = Some(Suppression {
                    kind: d.kind,
                    justification: d.reason.clone(),
                    span: d.span,
                });
                break 'places;
            }
        }
    }
    if opts.report_unused {
        for (file, ds) in &by_file {
            for (i, (d, _)) in ds.iter().enumerate() {
                if !used.contains_key(&(*file, i)) {
                    problems.push(Problem::notice(
                        d.span,
                        format!("unused suppression: {} matched no finding", d.ids.join(",")),
                    ));
                }
            }
        }
    }
}

fn matches_check(d: &Directive, f: &Finding) -> bool {
    d.ids
        .iter()
        .any(|id| f.check.aliases().any(|a| a.eq_ignore_ascii_case(id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_comment_style() {
        let text = "a = 1 # posture:ignore AWS-S3-001,AWS-S3-002 legacy bucket exp:2027-01-31\n\
                    // checkov:skip=CKV_AWS_20:public website\n\
                    /* tfsec:ignore:aws-s3-enable-bucket-encryption:exp:2025-01-01 */\n\
                    #trivy:ignore:AVD-AWS-0088\n\
                    b = \"#posture:ignore X in a string\"\n";
        let ds = directives(FileId(0), text, true);
        assert_eq!(ds.len(), 4);
        assert_eq!(ds[0].ids, vec!["AWS-S3-001", "AWS-S3-002"]);
        assert_eq!(ds[0].reason, "legacy bucket");
        assert_eq!(ds[0].expires, Some((2027, 1, 31)));
        assert!(!ds[0].standalone);
        assert_eq!(
            (ds[1].kind, ds[1].ids[0].as_str(), ds[1].reason.as_str()),
            ("checkov", "CKV_AWS_20", "public website")
        );
        assert_eq!((ds[2].kind, ds[2].expires), ("tfsec", Some((2025, 1, 1))));
        assert_eq!(ds[3].ids, vec!["AVD-AWS-0088"]);
        assert!(
            directives(FileId(0), text, false)
                .iter()
                .all(|d| d.kind == "inline")
        );
    }

    #[test]
    fn calendar() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_416), (2025, 11, 24));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
