//! A Markdown summary for a pull-request comment: counts by severity, a table of findings,
//! most severe first (severity, check id linked to its documentation, `file:line`, resource
//! and message), and
//! the input errors in a collapsed `<details>`. Suppressed findings are only counted.

use std::fmt::Write as _;

use super::{Counts, active, doc_url, problems, repo_path};
use crate::scan::ScanResult;

/// At most this many findings are listed: a comment has a size limit.
pub const MAX_ROWS: usize = 200;

/// Text for a table cell: Markdown and HTML punctuation escaped outside code spans, `|`
/// escaped everywhere (GitHub splits cells first), line breaks as `<br>`.
pub fn cell(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            // a run of n backticks opens a code span if a run of exactly n follows
            let n = chars[i..].iter().take_while(|&&c| c == '`').count();
            let mut j = i + n;
            let mut close = None;
            while j < chars.len() {
                if chars[j] == '`' {
                    let m = chars[j..].iter().take_while(|&&c| c == '`').count();
                    if m == n {
                        close = Some(j);
                        break;
                    }
                    j += m;
                } else if chars[j] == '\n' {
                    break;
                } else {
                    j += 1;
                }
            }
            match close {
                Some(j) => {
                    for &c in &chars[i..j + n] {
                        match c {
                            '|' => out.push_str("\\|"),
                            '\r' => {}
                            _ => out.push(c),
                        }
                    }
                    i = j + n;
                }
                None => {
                    for _ in 0..n {
                        out.push_str("\\`");
                    }
                    i += n;
                }
            }
            continue;
        }
        match c {
            '\\' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// A code span around `s` (long enough a fence for any backticks inside).
fn code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    cell(&format!("{fence}{pad}{s}{pad}{fence}"))
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Renders the comment.
pub fn render(result: &ScanResult) -> String {
    let src = &result.sources;
    let c = Counts::of(result);
    // most severe first; report order within a severity
    let mut findings: Vec<_> = active(result).collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let errors: Vec<_> = problems(result).into_iter().filter(|p| p.error).collect();
    let mut s = String::from("## Posture\n\n");
    let mut scanned = format!(
        "{} in {}, {}",
        plural(findings.len(), "finding"),
        plural(result.files_scanned, "file"),
        plural(result.resources, "resource")
    );
    if c.suppressed > 0 {
        let _ = write!(scanned, "; {} suppressed", c.suppressed);
    }
    if !errors.is_empty() {
        let _ = write!(scanned, "; {}", plural(errors.len(), "input error"));
    }
    let _ = writeln!(s, "**{scanned}**\n");
    s.push_str("| Severity | Findings |\n| --- | ---: |\n");
    for (name, n) in [
        ("Critical", c.critical),
        ("High", c.high),
        ("Medium", c.medium),
        ("Low", c.low),
    ] {
        let _ = writeln!(s, "| {name} | {n} |");
    }
    s.push('\n');
    if findings.is_empty() {
        s.push_str("No findings.\n");
    } else {
        s.push_str("| Severity | Check | Location | Resource | Message |\n");
        s.push_str("| --- | --- | --- | --- | --- |\n");
        for f in findings.iter().take(MAX_ROWS) {
            let (start, _) = src.line_col(f.span);
            let _ = writeln!(
                s,
                "| {} | [{}]({}) | {} | {} | {} |",
                f.severity.as_str(),
                cell(f.check.id),
                doc_url(f.check),
                code(&format!(
                    "{}:{}",
                    repo_path(&src.get(f.span.file).display),
                    start.line
                )),
                code(&f.resource),
                cell(&f.message),
            );
        }
        if findings.len() > MAX_ROWS {
            let _ = writeln!(
                s,
                "\n…and {} more (see the full report).",
                plural(findings.len() - MAX_ROWS, "finding")
            );
        }
    }
    if !errors.is_empty() {
        let _ = writeln!(
            s,
            "\n<details>\n<summary>{}</summary>\n",
            plural(errors.len(), "input error")
        );
        for p in &errors {
            match (p.file, p.span) {
                (Some(file), Some(span)) => {
                    let (start, _) = src.line_col(span);
                    let _ = writeln!(
                        s,
                        "- {}: {}",
                        code(&format!(
                            "{}:{}:{}",
                            repo_path(&file.display),
                            start.line,
                            start.column
                        )),
                        cell(p.message)
                    );
                }
                _ => {
                    let _ = writeln!(s, "- {}", cell(p.message));
                }
            }
        }
        s.push_str("\n</details>\n");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells() {
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(cell("`a|b` <x> *y*"), "`a\\|b` &lt;x&gt; \\*y\\*");
        assert_eq!(cell("expected `<`, `\"`"), "expected `<`, `\"`");
        assert_eq!(cell("one ` tick"), "one \\` tick");
        assert_eq!(cell("l1\nl2"), "l1<br>l2");
        assert_eq!(code("a`b"), "``a`b``");
    }
}
