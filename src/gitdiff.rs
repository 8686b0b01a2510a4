//! `--diff-base REF`: which lines changed since a git ref, so that only findings on changed
//! resources are reported. Git is only read: `diff` and `ls-files`, with external diff
//! drivers, text conversion filters and fsmonitor hooks turned off so that nothing configured
//! by the scanned repository runs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::scan::Finding;
use crate::source::SourceMap;

/// Changed line ranges (one-based, inclusive) per file; `None` means the whole file is new.
#[derive(Debug, Default)]
pub struct Changes {
    files: HashMap<PathBuf, Option<Vec<(usize, usize)>>>,
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "core.fsmonitor=false",
            "-c",
            "core.hooksPath=/dev/null",
        ])
        .args(args)
        .env("GIT_OPTIONAL_LOCKS", "0")
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git {}: {}",
            args.first().copied().unwrap_or(""),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Reads what changed in the repository containing `dir` since `base`.
pub fn changes_since(base: &str, dir: &Path) -> Result<Changes, String> {
    if base.starts_with('-') {
        return Err(format!("--diff-base {base:?}: not a git revision"));
    }
    let root = PathBuf::from(git(dir, &["rev-parse", "--show-toplevel"])?.trim());
    let diff = git(
        &root,
        &[
            "diff",
            "--no-ext-diff",
            "--no-textconv",
            "--no-color",
            "--unified=0",
            "--no-renames",
            base,
            "--",
        ],
    )?;
    let mut changes = Changes::default();
    let mut current: Option<PathBuf> = None;
    for line in diff.lines() {
        if let Some(path) = line.strip_prefix("+++ ") {
            current = path.strip_prefix("b/").map(|p| root.join(p));
            if let Some(p) = &current {
                changes
                    .files
                    .entry(p.clone())
                    .or_insert_with(|| Some(Vec::new()));
            }
        } else if let Some(hunk) = line.strip_prefix("@@ ") {
            // @@ -a,b +c,d @@
            let Some(plus) = hunk.split_whitespace().find(|w| w.starts_with('+')) else {
                continue;
            };
            let mut it = plus[1..].split(',');
            let start: usize = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let count: usize = it.next().and_then(|s| s.parse().ok()).unwrap_or(1);
            // A pure deletion (count 0) touches the line it happened at.
            let end = if count == 0 {
                start.max(1)
            } else {
                start + count - 1
            };
            if let Some(p) = &current
                && let Some(Some(ranges)) = changes.files.get_mut(p)
            {
                ranges.push((start.max(1), end));
            }
        }
    }
    for untracked in git(&root, &["ls-files", "--others", "--exclude-standard"])?.lines() {
        changes.files.insert(root.join(untracked), None);
    }
    Ok(changes)
}

impl Changes {
    fn touches(&self, path: &Path, first: usize, last: usize) -> bool {
        let Ok(abs) = path.canonicalize() else {
            return false;
        };
        match self.files.get(&abs) {
            None => false,
            Some(None) => true,
            Some(Some(ranges)) => ranges.iter().any(|&(a, b)| a <= last && first <= b),
        }
    }

    /// Keeps the findings whose resource (its whole block), offending span, or a module call
    /// leading to it changed.
    pub fn retain(&self, findings: &mut Vec<Finding>, sources: &SourceMap) {
        findings.retain(|f| {
            let mut spans = vec![f.resource_block, f.span];
            spans.extend(f.call_chain.iter().copied());
            spans.iter().any(|s| {
                let (a, b) = sources.line_col(*s);
                self.touches(&sources.get(s.file).path, a.line, b.line)
            })
        });
    }
}
