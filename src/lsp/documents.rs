//! Open documents: the client's text of each, its version, format and module.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_types::Uri;

use crate::discover::FileKind;

use super::position::{Encoding, apply_change};
use super::syntax::{Syntax, input_edit};

/// The unit a document is linted in: a Terraform module (a directory, evaluated with every
/// Terraform file in it), or a document linted alone (plans, CloudFormation and Kubernetes
/// documents, and documents that are not files on disk).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModuleKey {
    Dir(PathBuf),
    Alone(String),
}

/// Terraform configuration and variable files, which are evaluated per directory. Other
/// formats (plans, CloudFormation, Kubernetes) are one document each.
pub fn is_terraform(kind: FileKind) -> bool {
    matches!(
        kind,
        FileKind::TerraformHcl | FileKind::TerraformJson | FileKind::TfVars | FileKind::TfVarsJson
    )
}

#[derive(Debug)]
pub struct Document {
    /// The URI exactly as the client sent it (diagnostics are published for it).
    pub uri: Uri,
    /// The file's path, for `file:` URIs.
    pub path: Option<PathBuf>,
    pub kind: Option<FileKind>,
    pub version: i32,
    text: String,
    snapshot: Option<Arc<str>>,
    /// The tree-sitter tree of a native HCL document, kept across edits (see `syntax`).
    pub syntax: Option<Arc<Syntax>>,
}

impl Document {
    pub fn new(uri: Uri, language_id: &str, version: i32, text: String) -> Document {
        let path = super::uri::to_path(&uri);
        let name = match &path {
            Some(p) => p.clone(),
            None => PathBuf::from(uri.as_str().rsplit(['/', ':']).next().unwrap_or("")),
        };
        let kind = FileKind::detect(&name).or(match language_id {
            "terraform" | "hcl" | "tf" => Some(FileKind::TerraformHcl),
            "terraform-vars" | "tfvars" => Some(FileKind::TfVars),
            "json" => Some(FileKind::Json),
            "yaml" => Some(FileKind::Yaml),
            _ => None,
        });
        let syntax = matches!(kind, Some(FileKind::TerraformHcl | FileKind::TfVars))
            .then(|| Syntax::new(version));
        Document {
            uri,
            path,
            kind,
            version,
            text,
            snapshot: None,
            syntax,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, shared cheaply with lint jobs.
    pub fn snapshot(&mut self) -> Arc<str> {
        self.snapshot
            .get_or_insert_with(|| Arc::from(self.text.as_str()))
            .clone()
    }

    pub fn change(
        &mut self,
        version: i32,
        changes: Vec<lsp_types::TextDocumentContentChangeEvent>,
        enc: Encoding,
    ) {
        // Edits are worked out only for a document that keeps a tree.
        let mut edits = self
            .syntax
            .as_ref()
            .is_some_and(|s| s.has_tree())
            .then(Vec::new);
        for c in changes {
            match apply_change(&mut self.text, c.range, &c.text, enc) {
                Some((start, removed)) => {
                    if let Some(edits) = edits.as_mut() {
                        edits.push(input_edit(&self.text, start, &removed, c.text.len()));
                    }
                }
                None => edits = None,
            }
        }
        self.version = version;
        self.snapshot = None;
        if let Some(syntax) = &self.syntax {
            syntax.edited(version, edits.as_deref());
        }
    }

    /// The module this document is linted in (`None`: a format Posture does not read).
    pub fn module(&self) -> Option<ModuleKey> {
        let kind = self.kind?;
        match &self.path {
            Some(p) if is_terraform(kind) => Some(ModuleKey::Dir(
                p.parent().map(Path::to_path_buf).unwrap_or_default(),
            )),
            _ => Some(ModuleKey::Alone(self.uri.as_str().to_string())),
        }
    }
}

/// Open documents by URI, and by path for `file:` documents (a client may spell the same
/// file's URI differently from how Posture would).
#[derive(Debug, Default)]
pub struct Documents {
    docs: HashMap<String, Document>,
}

impl Documents {
    pub fn open(&mut self, doc: Document) {
        self.docs.insert(doc.uri.as_str().to_string(), doc);
    }

    pub fn close(&mut self, uri: &Uri) -> Option<Document> {
        self.docs.remove(uri.as_str())
    }

    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.docs.get(uri.as_str())
    }

    pub fn get_mut(&mut self, uri: &Uri) -> Option<&mut Document> {
        self.docs.get_mut(uri.as_str())
    }

    pub fn by_path(&self, path: &Path) -> Option<&Document> {
        self.docs.values().find(|d| d.path.as_deref() == Some(path))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Document> {
        self.docs.values()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Document> {
        self.docs.values_mut()
    }

    /// The documents of a module, ordered by URI.
    pub fn in_module(&self, key: &ModuleKey) -> Vec<&Document> {
        let mut v: Vec<&Document> = self
            .docs
            .values()
            .filter(|d| d.module().as_ref() == Some(key))
            .collect();
        v.sort_by(|a, b| a.uri.as_str().cmp(b.uri.as_str()));
        v
    }

    /// Every module with an open document.
    pub fn modules(&self) -> Vec<ModuleKey> {
        let mut v: Vec<ModuleKey> = self.docs.values().filter_map(Document::module).collect();
        v.sort();
        v.dedup();
        v
    }
}
