//! Lint jobs: what runs off the main loop. A job is a snapshot of one module's open
//! documents; it builds `scan::Input`s from them and from the module's other files on disk,
//! runs the scan library, and maps the result to diagnostics. It never touches server state.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Range, Uri,
};

use crate::check::{Check, Severity};
use crate::diagnostics::Level;
use crate::discover::FileKind;
use crate::scan::{Input, ScanResult, Settings};
use crate::source::{FileId, Span};

use super::documents::{ModuleKey, is_terraform};
use super::position::{Encoding, LineIndex};
use super::settings::{self, ClientSettings};
use super::syntax::OpenTrees;

/// Where check documentation links point.
pub const DOCS_BASE: &str = "https://github.com/posture-dev/posture/blob/main/";

/// Most module directories read for one job (the module and the local modules it calls).
const MAX_DIRS: usize = 32;

/// The scan the server runs: `scan::scan_with` unless a test replaces it.
pub type ScanFn = Arc<dyn Fn(Vec<Input>, &Settings) -> ScanResult + Send + Sync>;

pub fn default_scan() -> ScanFn {
    Arc::new(|inputs, settings| crate::scan::scan_with(inputs, None, settings))
}

/// One open document, as a job sees it.
#[derive(Debug, Clone)]
pub struct OpenFile {
    pub uri: Uri,
    pub path: Option<PathBuf>,
    pub kind: FileKind,
    pub version: i32,
    pub text: Arc<str>,
    /// The document's kept tree-sitter tree (native HCL documents).
    pub syntax: Option<Arc<super::syntax::Syntax>>,
}

/// Everything a lint job needs, copied out of the server state.
pub struct Job {
    pub key: ModuleKey,
    pub generation: u64,
    /// The module's open documents: diagnostics are published for these.
    pub docs: Vec<OpenFile>,
    /// Every other open `file:` document, by path (buffers win over disk in called modules).
    pub buffers: HashMap<PathBuf, Arc<str>>,
    pub workspace: Option<PathBuf>,
    pub client: ClientSettings,
    pub env: Vec<(String, String)>,
    pub encoding: Encoding,
}

/// A finding as published, with what hover and code actions need.
#[derive(Debug, Clone)]
pub struct Flagged {
    pub check: &'static Check,
    pub range: Range,
    pub diagnostic: Diagnostic,
    /// The resource's block header, when it is in the same file: its line and indentation.
    pub header: Option<(u32, String)>,
    /// The mechanical fix of the finding, if its check has one (see `crate::fix`).
    pub fix: Option<(String, Vec<lsp_types::TextEdit>)>,
}

/// The diagnostics of one published document.
#[derive(Debug, Clone)]
pub struct FileDiagnostics {
    pub uri: Uri,
    pub version: i32,
    pub kind: FileKind,
    pub diagnostics: Vec<Diagnostic>,
    pub flagged: Vec<Flagged>,
    /// The document's line ending, for edits that insert lines.
    pub eol: &'static str,
}

/// What a job produced.
pub struct Linted {
    pub files: Vec<FileDiagnostics>,
    /// Directories read (the module and the modules it calls): changes there re-lint it.
    pub dirs: Vec<PathBuf>,
    pub config_error: Option<String>,
    pub elapsed: Duration,
}

/// A finished job; `result` is `Err` with the panic message when the job panicked.
pub struct Outcome {
    pub key: ModuleKey,
    pub generation: u64,
    pub result: Result<Linted, String>,
}

/// Runs a job, catching panics.
pub fn run(job: Job, scan: &ScanFn) -> Outcome {
    let key = job.key.clone();
    let generation = job.generation;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| lint(&job, scan)))
        .map_err(|payload| {
            payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string())
        });
    Outcome {
        key,
        generation,
        result,
    }
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Reads a file as the scan would (UTF-8, byte-order mark dropped); `None` lets the scan
/// itself read it and report why it cannot.
fn read(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_string(),
        None => text,
    })
}

/// Terraform files of a directory on disk (other formats are linted one document each).
fn module_files(dir: &Path) -> Vec<(PathBuf, FileKind)> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            match FileKind::detect(&p) {
                Some(k) if is_terraform(k) && p.is_file() => out.push((p, k)),
                _ => {}
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Local modules called from these texts (relative `source`s), through the scan library's
/// own parser and reading of module calls.
fn called(dir: &Path, texts: &[(FileKind, &str)], trees: Option<&OpenTrees>) -> Vec<PathBuf> {
    use crate::terraform::lower::{ModuleFile, Units, called_dirs};
    let files: Vec<ModuleFile> = texts
        .iter()
        .filter(|(_, t)| t.contains("module"))
        .filter_map(|(k, t)| {
            let (body, _) = match k {
                FileKind::TerraformHcl => {
                    crate::terraform::parse_hcl::parse_with(FileId(0), t, || trees?.tree_of_text(t))
                }
                FileKind::TerraformJson => crate::terraform::parse_json::parse(FileId(0), t),
                _ => return None,
            };
            Some(ModuleFile {
                file: FileId(0),
                body,
            })
        })
        .collect();
    if files.is_empty() {
        return Vec::new();
    }
    let mut units: Units = BTreeMap::new();
    units.insert(display(dir), files);
    let mut out: Vec<PathBuf> = called_dirs(&units).into_iter().map(PathBuf::from).collect();
    out.sort();
    out
}

fn lint(job: &Job, scan: &ScanFn) -> Linted {
    let started = Instant::now();
    let dir = match &job.key {
        ModuleKey::Dir(d) => Some(d.clone()),
        ModuleKey::Alone(_) => job
            .docs
            .first()
            .and_then(|d| d.path.as_ref())
            .and_then(|p| p.parent().map(Path::to_path_buf)),
    };
    let workspace = job.workspace.clone();
    let resolved = settings::resolve(dir.as_deref(), workspace.as_deref(), &job.client, &job.env);
    let mut settings = resolved.settings;
    // `exclude` globs match paths relative to the configuration file's directory (which
    // `config::discover` gives canonical).
    let excluded = |path: &Option<PathBuf>| match (&resolved.exclude, path) {
        (Some((base, globs)), Some(p)) => {
            let p = p.canonicalize().unwrap_or_else(|_| p.clone());
            p.strip_prefix(base)
                .map(|rel| globs.is_match(display(rel)))
                .unwrap_or(false)
        }
        _ => false,
    };

    // Documents excluded by `.posture.toml` are read as context: no findings, no problems.
    let excluded: Vec<bool> = job.docs.iter().map(|d| excluded(&d.path)).collect();

    let mut inputs = Vec::new();
    let mut displays: HashMap<String, usize> = HashMap::new();
    for (i, d) in job.docs.iter().enumerate() {
        let disp = match &d.path {
            Some(p) => display(p),
            None => d.uri.as_str().to_string(),
        };
        displays.insert(disp.clone(), i);
        inputs.push(Input {
            path: d.path.clone().unwrap_or_else(|| PathBuf::from(&disp)),
            display: disp,
            kind: d.kind,
            text: Some(d.text.to_string()),
            context: excluded[i],
        });
    }
    // Error recovery in open documents reparses their kept trees incrementally.
    let open_trees: Vec<_> = job
        .docs
        .iter()
        .filter_map(|d| {
            Some((
                d.path.clone()?,
                d.version,
                d.text.clone(),
                d.syntax.clone()?,
            ))
        })
        .collect();
    let open_trees = (!open_trees.is_empty()).then(|| Arc::new(OpenTrees { docs: open_trees }));

    let mut dirs = Vec::new();
    if let ModuleKey::Dir(root) = &job.key {
        // The module's other files, then the local modules it calls (transitively), all read
        // only as context; open buffers win over disk.
        let open: HashSet<&Path> = job.docs.iter().filter_map(|d| d.path.as_deref()).collect();
        let mut queue = vec![root.clone()];
        let mut seen: HashSet<PathBuf> = HashSet::new();
        while let Some(d) = queue.pop() {
            if !seen.insert(d.clone()) || seen.len() > MAX_DIRS {
                continue;
            }
            let mut texts: Vec<(FileKind, Arc<str>)> = Vec::new();
            if &d == root {
                texts.extend(job.docs.iter().map(|o| (o.kind, o.text.clone())));
            }
            for (path, kind) in module_files(&d) {
                if open.contains(path.as_path()) {
                    continue;
                }
                let text: Option<Arc<str>> = job
                    .buffers
                    .get(&path)
                    .cloned()
                    .or_else(|| read(&path).map(Arc::from));
                if let Some(t) = &text {
                    texts.push((kind, t.clone()));
                }
                inputs.push(Input {
                    display: display(&path),
                    path,
                    kind,
                    text: text.map(|t| t.to_string()),
                    context: true,
                });
            }
            let refs: Vec<(FileKind, &str)> = texts.iter().map(|(k, t)| (*k, &**t)).collect();
            queue.extend(called(&d, &refs, open_trees.as_deref()));
            dirs.push(d);
        }
    }
    settings.roots = match (&workspace, &dir) {
        (Some(w), Some(d)) if d.starts_with(w) => vec![w.clone()],
        _ => dirs.clone(),
    };

    // Var files named by the configuration or the client: an open buffer wins over the disk,
    // and an edit in their directory lints this module again.
    let open_texts: Vec<(&Path, &Arc<str>)> = job
        .docs
        .iter()
        .filter_map(|d| Some((d.path.as_deref()?, &d.text)))
        .chain(job.buffers.iter().map(|(p, t)| (p.as_path(), t)))
        .collect();
    for f in settings.files.clone() {
        let canonical = f.canonicalize().ok();
        let same = |p: &Path| {
            p == f
                || p.file_name() == f.file_name()
                    && canonical.is_some()
                    && p.canonicalize().ok() == canonical
        };
        if let Some((_, text)) = open_texts.iter().find(|(p, _)| same(p)) {
            settings.file_texts.insert(f.clone(), text.to_string());
        }
        if let Some(parent) = f.parent()
            && !dirs.iter().any(|d| d == parent)
        {
            dirs.push(parent.to_path_buf());
        }
    }

    if let Some(t) = open_trees {
        settings.trees = Some(crate::terraform::recover::Trees(t));
    }

    let result = scan(inputs, &settings);
    let files = publish(job, &result, &displays, &excluded);
    Linted {
        files,
        dirs,
        config_error: resolved.config_error.map(|e| e.to_string()),
        elapsed: started.elapsed(),
    }
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Critical | Severity::High => DiagnosticSeverity::ERROR,
        Severity::Medium => DiagnosticSeverity::WARNING,
        Severity::Low => DiagnosticSeverity::INFORMATION,
    }
}

/// The link to a check's documentation.
pub fn docs_href(check: &Check) -> Option<Uri> {
    let source = crate::registry::source_of(check)?;
    format!("{DOCS_BASE}{source}").parse().ok()
}

/// Maps a scan result to the diagnostics of each document of the job.
fn publish(
    job: &Job,
    result: &ScanResult,
    displays: &HashMap<String, usize>,
    excluded: &[bool],
) -> Vec<FileDiagnostics> {
    let enc = job.encoding;
    // The file id of each document (inputs come first; a var file read twice keeps the first).
    let mut doc_of_file: HashMap<FileId, usize> = HashMap::new();
    let mut file_of_doc: HashMap<usize, FileId> = HashMap::new();
    for (id, f) in result.sources.files() {
        if let Some(&i) = displays.get(&f.display)
            && !file_of_doc.contains_key(&i)
        {
            file_of_doc.insert(i, id);
            doc_of_file.insert(id, i);
        }
    }
    let mut indexes: HashMap<FileId, LineIndex> = HashMap::new();
    let mut range_of = |span: Span| -> Range {
        let text = &result.sources.get(span.file).text;
        let ix = indexes
            .entry(span.file)
            .or_insert_with(|| LineIndex::new(text));
        ix.range(text, span.start as usize, span.end as usize, enc)
    };
    let uri_of = |file: FileId| -> Option<Uri> {
        match doc_of_file.get(&file) {
            Some(&i) => Some(job.docs[i].uri.clone()),
            None => super::uri::from_path(&result.sources.get(file).path),
        }
    };

    let mut out = Vec::new();
    for (i, doc) in job.docs.iter().enumerate() {
        let text: &str = &doc.text;
        let mut fd = FileDiagnostics {
            uri: doc.uri.clone(),
            version: doc.version,
            kind: doc.kind,
            diagnostics: Vec::new(),
            flagged: Vec::new(),
            eol: if text.contains("\r\n") { "\r\n" } else { "\n" },
        };
        let Some(&file) = file_of_doc.get(&i) else {
            out.push(fd);
            continue;
        };
        let mut entries: Vec<(Span, Diagnostic, Option<Flagged>)> = Vec::new();
        for f in &result.findings {
            if f.span.file != file || f.suppressed.is_some() {
                continue;
            }
            let range = range_of(f.span);
            let related: Vec<DiagnosticRelatedInformation> = f
                .related
                .iter()
                .filter_map(|(span, message)| {
                    Some(DiagnosticRelatedInformation {
                        location: Location {
                            uri: uri_of(span.file)?,
                            range: range_of(*span),
                        },
                        message: message.clone(),
                    })
                })
                .collect();
            let diagnostic = Diagnostic {
                range,
                severity: Some(severity(f.severity)),
                code: Some(NumberOrString::String(f.check.id.to_string())),
                code_description: docs_href(f.check).map(|href| CodeDescription { href }),
                source: Some("posture".to_string()),
                message: f.message.clone(),
                related_information: (!related.is_empty()).then_some(related),
                tags: None,
                data: None,
            };
            let header = (f.resource_span.file == file).then(|| {
                let line = range_of(f.resource_span).start.line;
                let src = &result.sources.get(file).text;
                let at = (f.resource_span.start as usize).min(src.len());
                let start = src.as_bytes()[..at]
                    .iter()
                    .rposition(|b| *b == b'\n' || *b == b'\r')
                    .map_or(0, |i| i + 1);
                let indent: String = src[start..]
                    .chars()
                    .take_while(|c| *c == ' ' || *c == '\t')
                    .collect();
                (line, indent)
            });
            let fix = crate::fix::fix_for(f, &result.sources)
                .filter(|fx| fx.file == file)
                .map(|fx| {
                    let edits = fx
                        .edits
                        .iter()
                        .map(|e| lsp_types::TextEdit {
                            range: range_of(crate::source::Span::new(file, e.start, e.end)),
                            new_text: e.text.clone(),
                        })
                        .collect();
                    (fx.title, edits)
                });
            entries.push((
                f.span,
                diagnostic.clone(),
                Some(Flagged {
                    check: f.check,
                    range,
                    diagnostic,
                    header,
                    fix,
                }),
            ));
        }
        for p in &result.problems {
            if p.span.file != file || excluded[i] {
                continue;
            }
            entries.push((
                p.span,
                Diagnostic {
                    range: range_of(p.span),
                    severity: Some(match p.level {
                        Level::Error => DiagnosticSeverity::ERROR,
                        Level::Notice => DiagnosticSeverity::INFORMATION,
                    }),
                    source: Some("posture".to_string()),
                    message: p.message.clone(),
                    ..Default::default()
                },
                None,
            ));
        }
        entries.sort_by_key(|(span, _, _)| (span.start, span.end));
        for (_, d, f) in entries {
            fd.diagnostics.push(d);
            fd.flagged.extend(f);
        }
        out.push(fd);
    }
    out
}
