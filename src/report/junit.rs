//! JUnit XML: a `<testsuite>` per check with findings (sorted by id), a `<testcase>` per
//! check and resource with a `<failure>` listing its findings as `file:line:col: message`,
//! and a suite `input` with an `<error>` per input error. Suppressed findings are left out.

use std::fmt::Write as _;

use super::{active, problems, repo_path};
use crate::scan::{Finding, ScanResult};

/// Text content: `&`, `<` and `>` escaped, characters XML 1.0 cannot carry dropped.
pub fn escape_text(s: &str) -> String {
    escape(s, false)
}

/// An attribute value (in double quotes): also quotes and line breaks escaped, so they
/// survive attribute-value normalisation.
pub fn escape_attr(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, attr: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\'' if attr => out.push_str("&apos;"),
            '\n' if attr => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attr => out.push_str("&#9;"),
            '\t' | '\n' => out.push(c),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// The characters XML 1.0 allows.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

struct Case<'a> {
    resource: &'a str,
    findings: Vec<&'a Finding>,
}

/// Renders the JUnit XML document.
pub fn render(result: &ScanResult) -> String {
    let src = &result.sources;
    // check id → cases in order of first appearance
    let mut suites: Vec<(&'static crate::check::Check, Vec<Case>)> = Vec::new();
    for f in active(result) {
        let i = match suites.iter().position(|(c, _)| c.id == f.check.id) {
            Some(i) => i,
            None => {
                suites.push((f.check, Vec::new()));
                suites.len() - 1
            }
        };
        let cases = &mut suites[i].1;
        match cases.iter_mut().find(|c| c.resource == f.resource) {
            Some(c) => c.findings.push(f),
            None => cases.push(Case {
                resource: &f.resource,
                findings: vec![f],
            }),
        }
    }
    suites.sort_by_key(|(c, _)| c.id);
    let errors: Vec<_> = problems(result).into_iter().filter(|p| p.error).collect();

    let tests: usize = suites.iter().map(|(_, c)| c.len()).sum::<usize>() + errors.len();
    let failures: usize = suites.iter().map(|(_, c)| c.len()).sum();
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<testsuites name=\"posture\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{}\">",
        errors.len()
    );
    for (check, cases) in &suites {
        let _ = writeln!(
            s,
            "  <testsuite name=\"{}\" tests=\"{n}\" failures=\"{n}\" errors=\"0\" skipped=\"0\">",
            escape_attr(&format!("{} {}", check.id, check.name)),
            n = cases.len(),
        );
        for case in cases {
            let first = case.findings[0];
            let file = src.get(first.span.file);
            let (start, _) = src.line_col(first.span);
            let _ = writeln!(
                s,
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\">",
                escape_attr(case.resource),
                escape_attr(check.id),
                escape_attr(&repo_path(&file.display)),
                start.line,
            );
            let message = if case.findings.len() == 1 {
                first.message.clone()
            } else {
                format!("{} (and {} more)", first.message, case.findings.len() - 1)
            };
            let mut body = String::new();
            for f in &case.findings {
                let (start, _) = src.line_col(f.span);
                let _ = writeln!(
                    body,
                    "{}:{}:{}: {} {}",
                    repo_path(&src.get(f.span.file).display),
                    start.line,
                    start.column,
                    f.severity.as_str(),
                    f.message
                );
                for (span, msg) in &f.related {
                    let (rs, _) = src.line_col(*span);
                    let _ = writeln!(
                        body,
                        "  related: {}:{}:{}: {msg}",
                        repo_path(&src.get(span.file).display),
                        rs.line,
                        rs.column
                    );
                }
            }
            let _ = writeln!(body, "{}: {}", check.id, check.title);
            let _ = writeln!(body, "resource: {}", case.resource);
            let _ = writeln!(body, "help: {}", super::doc_url(check));
            let _ = writeln!(
                s,
                "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                escape_attr(&message),
                first.severity.as_str(),
                escape_text(&body),
            );
            let _ = writeln!(s, "    </testcase>");
        }
        let _ = writeln!(s, "  </testsuite>");
    }
    if !errors.is_empty() {
        let _ = writeln!(
            s,
            "  <testsuite name=\"input\" tests=\"{n}\" failures=\"0\" errors=\"{n}\" skipped=\"0\">",
            n = errors.len()
        );
        for p in &errors {
            let (name, location, line) = match (p.file, p.span) {
                (Some(file), Some(span)) => {
                    let (start, _) = src.line_col(span);
                    let path = repo_path(&file.display);
                    (
                        path.clone(),
                        format!("{path}:{}:{}: ", start.line, start.column),
                        Some((path, start.line)),
                    )
                }
                _ => (p.message.to_string(), String::new(), None),
            };
            let attrs = match &line {
                Some((path, l)) => format!(" file=\"{}\" line=\"{l}\"", escape_attr(path)),
                None => String::new(),
            };
            let _ = writeln!(
                s,
                "    <testcase name=\"{}\" classname=\"input\"{attrs}>",
                escape_attr(&name)
            );
            let _ = writeln!(
                s,
                "      <error message=\"{}\" type=\"input-error\">{}</error>",
                escape_attr(p.message),
                escape_text(&format!("{location}{}", p.message)),
            );
            let _ = writeln!(s, "    </testcase>");
        }
        let _ = writeln!(s, "  </testsuite>");
    }
    s.push_str("</testsuites>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape_text("a < b && c > \"d\""),
            "a &lt; b &amp;&amp; c &gt; \"d\""
        );
        assert_eq!(
            escape_attr("\"x\"\n'y'\t"),
            "&quot;x&quot;&#10;&apos;y&apos;&#9;"
        );
        assert_eq!(escape_text("bell\u{7}é"), "bell\u{FFFD}é");
    }
}
