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
    /// Any other `.json`: a Terraform plan, CloudFormation or Kubernetes, by content.
    Json,
    /// `.yaml`, `.yml`, `.template`: CloudFormation or Kubernetes, by content.
    Yaml,
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
        } else if name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".template") {
            FileKind::Yaml
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
    /// Read only to evaluate the module of a file named on the command line; findings in it
    /// are not reported.
    pub context: bool,
}

/// A path as reports show it: `/` separators, no leading `./`.
pub fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Walks `roots`, honouring `.gitignore` and `.ignore`, and skipping `.git/` and
/// `.terraform/`. A root that is a file is taken even if ignored. Unreadable entries become
/// problems; the walk goes on.
/// What discovery could not read: missing roots are fatal (a usage error); unreadable entries,
/// dangling links and link loops inside the walk are reported and the walk goes on.
#[derive(Debug, Default)]
pub struct WalkErrors {
    pub fatal: Vec<String>,
    pub other: Vec<String>,
}

pub fn discover(roots: &[PathBuf]) -> (Vec<Discovered>, WalkErrors) {
    let mut out = Vec::new();
    let mut errors = WalkErrors::default();
    for root in roots {
        if root.is_file() {
            if let Some(kind) = FileKind::detect(root) {
                out.push(Discovered {
                    path: root.clone(),
                    display: display_path(root),
                    kind,
                    context: false,
                });
                // A Terraform file is evaluated with the rest of its module (its directory),
                // as a pre-commit hook that passes single files needs.
                if !matches!(kind, FileKind::Json | FileKind::Yaml) {
                    let parent = root.parent().filter(|p| !p.as_os_str().is_empty());
                    let dir = parent.unwrap_or(Path::new("."));
                    if let Ok(rd) = std::fs::read_dir(dir) {
                        for e in rd.flatten() {
                            let p = match parent {
                                Some(parent) => parent.join(e.file_name()),
                                None => PathBuf::from(e.file_name()),
                            };
                            match FileKind::detect(&p) {
                                Some(k)
                                    if !matches!(k, FileKind::Json | FileKind::Yaml)
                                        && p.is_file() =>
                                {
                                    out.push(Discovered {
                                        display: display_path(&p),
                                        path: p,
                                        kind: k,
                                        context: true,
                                    })
                                }
                                _ => {}
                            }
                        }
                    }
                }
            }
            continue;
        }
        if !root.exists() {
            errors
                .fatal
                .push(format!("{}: no such file or directory", display_path(root)));
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
                            context: false,
                        });
                    }
                }
                Err(err) => errors.other.push(err.to_string()),
            }
        }
    }
    // A file named or walked directly wins over the same file read as context.
    out.sort_by(|a, b| (&a.display, a.context).cmp(&(&b.display, b.context)));
    out.dedup_by(|a, b| a.display == b.display);
    (out, errors)
}
