//! Discovery: which files to scan and what format each one is.

use std::path::{Path, PathBuf};

/// A format recognised from a file's name. Content decides the rest at parse time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// `.tf`
    TerraformHcl,
    /// `.tf.json`
    TerraformJson,
    /// `.tfvars`
    TfVars,
    /// `.tfvars.json`
    TfVarsJson,
    /// Any other `.json`: a Terraform plan, or (later) CloudFormation or Kubernetes, by content.
    Json,
}

impl FileKind {
    pub fn detect(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        Some(if name.ends_with(".tf.json") {
            FileKind::TerraformJson
        } else if name.ends_with(".tf") {
            FileKind::TerraformHcl
        } else if name.ends_with(".tfvars.json") {
            FileKind::TfVarsJson
        } else if name.ends_with(".tfvars") {
            FileKind::TfVars
        } else if name.ends_with(".json") {
            FileKind::Json
        } else {
            return None;
        })
    }
}

/// A file to scan.
#[derive(Debug, Clone)]
pub struct Discovered {
    pub path: PathBuf,
    /// The path as shown in reports.
    pub display: String,
    pub kind: FileKind,
}

fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Walks `roots`, honouring `.gitignore` and `.ignore`, and skipping `.git/` and
/// `.terraform/`. A root that is a file is taken even if ignored. Unreadable entries become
/// problems; the walk goes on.
pub fn discover(roots: &[PathBuf]) -> (Vec<Discovered>, Vec<String>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for root in roots {
        if root.is_file() {
            if let Some(kind) = FileKind::detect(root) {
                out.push(Discovered {
                    path: root.clone(),
                    display: display_path(root),
                    kind,
                });
            }
            continue;
        }
        if !root.exists() {
            errors.push(format!("{}: no such file or directory", display_path(root)));
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .follow_links(true)
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                !(e.file_type().is_some_and(|t| t.is_dir())
                    && (name == ".git" || name == ".terraform"))
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    if !e.file_type().is_some_and(|t| t.is_file()) {
                        continue;
                    }
                    if let Some(kind) = FileKind::detect(e.path()) {
                        out.push(Discovered {
                            path: e.path().to_path_buf(),
                            display: display_path(e.path()),
                            kind,
                        });
                    }
                }
                Err(err) => errors.push(err.to_string()),
            }
        }
    }
    out.sort_by(|a, b| a.display.cmp(&b.display));
    out.dedup_by(|a, b| a.display == b.display);
    (out, errors)
}
