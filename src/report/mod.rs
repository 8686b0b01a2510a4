//! Reports: the scan result rendered for people (compiler-style diagnostics, a pull-request
//! comment in Markdown, one line per finding) and machines (JSON, SARIF 2.1.0, JUnit XML,
//! GitHub Actions workflow commands, GitLab Code Quality). Reporters only read a
//! [`ScanResult`]; they never re-run a stage.

pub mod cli;
pub mod compact;
pub mod github;
pub mod gitlab;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use std::path::PathBuf;

use sha2::{Digest, Sha256};

use crate::check::{Check, Severity};
use crate::scan::{Finding, ScanResult};
use crate::source::{SourceFile, SourceMap, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Compiler-style diagnostics with source excerpts.
    Cli,
    /// The versioned JSON document.
    Json,
    /// SARIF 2.1.0, as GitHub code scanning takes it.
    Sarif,
    /// JUnit XML: a test suite per check, a test case per check and resource.
    Junit,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// GitLab Code Quality JSON.
    Gitlab,
    /// A Markdown summary for a pull-request comment.
    Markdown,
    /// One line per finding: `file:line:col: severity ID message`.
    Compact,
}

impl Format {
    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Cli => "cli",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Junit => "junit",
            Format::Github => "github",
            Format::Gitlab => "gitlab",
            Format::Markdown => "markdown",
            Format::Compact => "compact",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        <Format as clap::ValueEnum>::from_str(s, true).ok()
    }
}

/// Renders the result in `format`; `color` applies to the terminal format only.
pub fn render(format: Format, result: &ScanResult, color: bool) -> String {
    match format {
        Format::Cli => cli::render(result, color),
        Format::Json => json::render(result),
        Format::Sarif => sarif::render(result),
        Format::Junit => junit::render(result),
        Format::Github => github::render(result),
        Format::Gitlab => gitlab::render(result),
        Format::Markdown => markdown::render(result),
        Format::Compact => compact::render(result),
    }
}

/// Counts of findings per severity.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Counts {
    pub critical: usize,
    pub high: usize,
    pub medium: usize,
    pub low: usize,
    /// Findings silenced by a suppression (not in the counts above).
    pub suppressed: usize,
}

impl Counts {
    pub fn of(result: &ScanResult) -> Counts {
        let mut c = Counts::default();
        for f in result.findings.iter().filter(|f| f.suppressed.is_none()) {
            match f.severity {
                Severity::Critical => c.critical += 1,
                Severity::High => c.high += 1,
                Severity::Medium => c.medium += 1,
                Severity::Low => c.low += 1,
            }
        }
        c.suppressed = result
            .findings
            .iter()
            .filter(|f| f.suppressed.is_some())
            .count();
        c
    }
}

/// One report to write: a format, and a file (`None`: stdout).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub format: Format,
    pub file: Option<PathBuf>,
}

/// Parses `--output-format FORMAT:FILE` (`FORMAT` alone, or `FORMAT:-`, is stdout).
pub fn parse_output_spec(spec: &str) -> Result<Output, String> {
    let (name, file) = match spec.split_once(':') {
        Some((n, f)) => (n, Some(f)),
        None => (spec, None),
    };
    let format = Format::parse(name.trim()).ok_or_else(|| {
        let names: Vec<&str> = <Format as clap::ValueEnum>::value_variants()
            .iter()
            .map(|f| f.name())
            .collect();
        format!(
            "unknown format {name:?} in {spec:?} (expected FORMAT:FILE with FORMAT one of {})",
            names.join(", ")
        )
    })?;
    let file = match file {
        None | Some("-") => None,
        Some("") => return Err(format!("no file after the format in {spec:?}")),
        Some(f) => Some(PathBuf::from(f)),
    };
    Ok(Output { format, file })
}

/// The reports a run writes: each `--format` takes the `-o/--output` file at the same
/// position (the formats left over go to stdout), then every `--output-format`. With neither
/// a format nor an output format, the terminal report goes to stdout. At most one report
/// may go to stdout, and no file may take two reports.
pub fn plan_outputs(
    formats: &[Format],
    files: &[PathBuf],
    specs: &[Output],
) -> Result<Vec<Output>, String> {
    let mut formats = formats.to_vec();
    if formats.is_empty() && (specs.is_empty() || !files.is_empty()) {
        formats.push(Format::Cli);
    }
    if files.len() > formats.len() {
        return Err(format!(
            "{} output file{} for {} format{}: give a --format for each --output",
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            formats.len(),
            if formats.len() == 1 { "" } else { "s" },
        ));
    }
    let mut out: Vec<Output> = formats
        .iter()
        .enumerate()
        .map(|(i, f)| Output {
            format: *f,
            file: files.get(i).filter(|p| p.as_os_str() != "-").cloned(),
        })
        .collect();
    out.extend(specs.iter().cloned());
    let to_stdout: Vec<&str> = out
        .iter()
        .filter(|o| o.file.is_none())
        .map(|o| o.format.name())
        .collect();
    if to_stdout.len() > 1 {
        return Err(format!(
            "only one report can go to stdout, but {} have no file: give each an -o/--output \
             (or use --output-format FORMAT:FILE)",
            to_stdout.join(", ")
        ));
    }
    for (i, o) in out.iter().enumerate() {
        if let Some(f) = &o.file
            && out[..i].iter().any(|p| p.file.as_ref() == Some(f))
        {
            return Err(format!("{} is given for two reports", f.display()));
        }
    }
    Ok(out)
}

/// Where the documentation of checks lives: a check's page is its source file there.
pub const REPOSITORY_URL: &str = "https://github.com/posture-dev/posture";

/// A link to the check's source (and so its documentation) in the repository.
pub fn doc_url(check: &Check) -> String {
    match crate::registry::source_of(check) {
        Some(src) => format!("{REPOSITORY_URL}/blob/main/{src}"),
        None => REPOSITORY_URL.to_string(),
    }
}

/// The provider and service of a check, from its place in the catalog
/// (`checks/<provider>/<service>/<name>.rs`).
pub fn provider_service(check: &Check) -> Option<(&'static str, &'static str)> {
    let src = crate::registry::source_of(check)?;
    let mut parts = src.strip_prefix("checks/")?.split('/');
    let provider = parts.next()?;
    let service = parts.next()?;
    parts.next()?;
    Some((provider, service))
}

/// A file's path relative to the repository root (taken as the working directory), with
/// `/` separators, `.` segments dropped, `..` resolved, and `..` segments that would leave
/// the root dropped. An absolute path under the working directory becomes relative to it;
/// any other absolute path loses its root. Never absolute, never a URI.
pub fn repo_path(display: &str) -> String {
    let s = display.replace('\\', "/");
    let absolute = s.starts_with('/') || is_drive(s.split('/').next().unwrap_or(""));
    let mut rel = s.as_str();
    let cwd;
    if absolute && let Ok(dir) = std::env::current_dir() {
        cwd = dir.to_string_lossy().replace('\\', "/");
        if let Some(r) = rel
            .strip_prefix(cwd.trim_end_matches('/'))
            .and_then(|r| r.strip_prefix('/'))
        {
            rel = r;
        }
    }
    let mut parts: Vec<&str> = Vec::new();
    for (i, seg) in rel.split('/').enumerate() {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s if i == 0 && is_drive(s) => {}
            s => parts.push(s),
        }
    }
    if parts.is_empty() {
        return rel.trim_matches('/').to_string();
    }
    parts.join("/")
}

fn is_drive(seg: &str) -> bool {
    let b = seg.as_bytes();
    b.len() == 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

/// A repository-relative path as a relative URI reference: every byte outside the
/// unreserved characters, the sub-delimiters, `@` and `/` is percent-encoded (so spaces,
/// `%`, `#`, `?`, `:` and non-ASCII characters are).
pub fn uri_of(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&b);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The first line of a span's text with all whitespace removed: what a finding points at,
/// independent of its line number and of reformatting.
fn anchor_text(file: &SourceFile, span: Span) -> String {
    let text = &file.text;
    let start = (span.start as usize).min(text.len());
    let end = (span.end as usize).clamp(start, text.len());
    let (Some(s), Some(e)) = (
        (0..=start).rev().find(|&i| text.is_char_boundary(i)),
        (end..=text.len()).find(|&i| text.is_char_boundary(i)),
    ) else {
        return String::new();
    };
    let slice = &text[s..e];
    let first = slice.split('\n').next().unwrap_or("");
    first.chars().filter(|c| !c.is_whitespace()).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The key under which SARIF carries [`fingerprint`] (`partialFingerprints`).
pub const FINGERPRINT_KEY: &str = "postureFingerprint/v1";

/// A finding's identity across runs: the hex SHA-256 of the check id, the file's
/// repository-relative path, the resource address and the text the finding points at
/// (whitespace removed). The line, the column and the message are not part of it, so it
/// stays the same when lines are inserted above the finding or the message is reworded.
/// Two findings of one check on the same text of one resource share it; [`fingerprints`]
/// tells them apart.
pub fn fingerprint(finding: &Finding, sources: &SourceMap) -> String {
    let file = sources.get(finding.span.file);
    let path = repo_path(&file.display);
    let anchor = anchor_text(file, finding.span);
    let mut h = Sha256::new();
    for part in [
        FINGERPRINT_KEY,
        finding.check.id,
        path.as_str(),
        finding.resource.as_str(),
        anchor.as_str(),
    ] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    hex(&h.finalize())
}

/// The fingerprints of every finding of the result, in order, made unique: the n-th repeat
/// (n ≥ 1, in report order) of a [`fingerprint`] becomes the hash of that fingerprint and n.
pub fn fingerprints(result: &ScanResult) -> Vec<String> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    result
        .findings
        .iter()
        .map(|f| {
            let base = fingerprint(f, &result.sources);
            let n = seen.entry(base.clone()).or_insert(0);
            let out = if *n == 0 {
                base
            } else {
                let mut h = Sha256::new();
                h.update(base.as_bytes());
                h.update(format!(":{n}").as_bytes());
                hex(&h.finalize())
            };
            *n += 1;
            out
        })
        .collect()
}

/// Input errors and notices with their file (as displayed), line and column, then walk
/// errors (no file).
pub(crate) struct Located<'a> {
    pub error: bool,
    pub file: Option<&'a SourceFile>,
    pub span: Option<Span>,
    pub message: &'a str,
}

pub(crate) fn problems(result: &ScanResult) -> Vec<Located<'_>> {
    let mut out: Vec<Located> = result
        .problems
        .iter()
        .map(|p| Located {
            error: p.level == crate::diagnostics::Level::Error,
            file: Some(result.sources.get(p.span.file)),
            span: Some(p.span),
            message: &p.message,
        })
        .collect();
    out.extend(result.walk_errors.iter().map(|e| Located {
        error: true,
        file: None,
        span: None,
        message: e,
    }));
    out
}

/// The findings to report: those not suppressed.
pub(crate) fn active(result: &ScanResult) -> impl Iterator<Item = &Finding> {
    result.findings.iter().filter(|f| f.suppressed.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repository_relative_paths() {
        assert_eq!(repo_path("infra/main.tf"), "infra/main.tf");
        assert_eq!(repo_path("./infra/./main.tf"), "infra/main.tf");
        assert_eq!(repo_path("../../other/main.tf"), "other/main.tf");
        assert_eq!(repo_path("infra/../main.tf"), "main.tf");
        assert_eq!(repo_path("infra\\win\\main.tf"), "infra/win/main.tf");
        assert_eq!(repo_path("C:/x/main.tf"), "x/main.tf");
        let cwd = std::env::current_dir().expect("cwd");
        let abs = cwd.join("infra").join("main.tf");
        assert_eq!(repo_path(&abs.to_string_lossy()), "infra/main.tf");
        assert!(!repo_path("/elsewhere/main.tf").starts_with('/'));
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri_of("a b/é#1:x%.tf"), "a%20b/%C3%A9%231%3Ax%25.tf");
        assert_eq!(uri_of("infra/main.tf"), "infra/main.tf");
    }

    #[test]
    fn output_plans() {
        let o = |format, file: Option<&str>| Output {
            format,
            file: file.map(PathBuf::from),
        };
        assert_eq!(plan_outputs(&[], &[], &[]), Ok(vec![o(Format::Cli, None)]));
        assert_eq!(
            plan_outputs(&[Format::Json], &["r.json".into()], &[]),
            Ok(vec![o(Format::Json, Some("r.json"))])
        );
        assert_eq!(
            plan_outputs(
                &[Format::Sarif, Format::Cli],
                &["r.sarif".into()],
                &[o(Format::Junit, Some("j.xml"))]
            ),
            Ok(vec![
                o(Format::Sarif, Some("r.sarif")),
                o(Format::Cli, None),
                o(Format::Junit, Some("j.xml"))
            ])
        );
        assert_eq!(
            plan_outputs(&[], &[], &[o(Format::Sarif, Some("r.sarif"))]),
            Ok(vec![o(Format::Sarif, Some("r.sarif"))])
        );
        assert!(plan_outputs(&[Format::Json, Format::Sarif], &[], &[]).is_err());
        assert!(plan_outputs(&[Format::Json], &["a".into(), "b".into()], &[]).is_err());
        assert!(
            plan_outputs(
                &[Format::Json, Format::Sarif],
                &["a".into(), "a".into()],
                &[]
            )
            .is_err()
        );
        assert_eq!(
            parse_output_spec("SARIF:out/r.sarif"),
            Ok(o(Format::Sarif, Some("out/r.sarif")))
        );
        assert_eq!(parse_output_spec("github:-"), Ok(o(Format::Github, None)));
        assert_eq!(
            parse_output_spec("json:C:\\r.json"),
            Ok(o(Format::Json, Some("C:\\r.json")))
        );
        assert!(parse_output_spec("nope:x").is_err());
        assert!(parse_output_spec("json:").is_err());
    }
}
