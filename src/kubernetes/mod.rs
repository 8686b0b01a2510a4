//! The Kubernetes front end: manifests (multi-document YAML streams, JSON, `List` kinds) into
//! the shared graph, one resource per object, addressed `Kind/namespace/name`.
//!
//! Objects of one directory (or one stream read from stdin) form a unit, so that graph checks
//! can relate Services, workloads, service accounts, role bindings and network policies.

pub mod links;

use crate::diagnostics::Problem;
use crate::graph::{Entry, Framework, Graph, Mode, Node, NodeValue, Resource};
use crate::source::{FileId, Span};
use crate::syntax::yaml::{YamlKind, YamlNode};

/// True when a document is a Kubernetes object: it has string `apiVersion` and `kind`.
pub fn is_object(root: &YamlNode) -> bool {
    root.get("apiVersion").and_then(YamlNode::as_str).is_some()
        && root.get("kind").and_then(YamlNode::as_str).is_some()
}

/// A YAML node as a graph node (no intrinsic functions in Kubernetes).
pub fn to_node(y: &YamlNode) -> Node {
    let value = match &y.kind {
        YamlKind::Null => NodeValue::Null,
        YamlKind::Bool(b) => NodeValue::Bool(*b),
        YamlKind::Number(n) => NodeValue::Number(*n),
        YamlKind::String(s) => NodeValue::String(s.clone()),
        YamlKind::Seq(items) => NodeValue::List(items.iter().map(to_node).collect()),
        YamlKind::Map(entries) => NodeValue::Map(
            entries
                .iter()
                .map(|e| Entry {
                    key: e.key.clone(),
                    key_span: e.key_span,
                    node: to_node(&e.value),
                })
                .collect(),
        ),
    };
    Node {
        value,
        span: y.span,
    }
}

/// Adds the objects of one document (a `List` gives each of its items) to the graph.
/// `source` is the `# Source:` path Helm wrote above the document, if any.
pub fn lower_document(
    file: FileId,
    unit: &str,
    root: &YamlNode,
    source: Option<&str>,
    graph: &mut Graph,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let kind = root.get("kind").and_then(YamlNode::as_str).unwrap_or("");
    if kind == "List" || (kind.ends_with("List") && root.get("items").is_some()) {
        for item in root.get("items").map(YamlNode::items).unwrap_or_default() {
            if is_object(item) {
                problems.extend(lower_document(file, unit, item, source, graph));
            }
        }
        return problems;
    }
    let name = root
        .get("metadata")
        .and_then(|m| m.get("name"))
        .and_then(YamlNode::as_str)
        .unwrap_or("")
        .to_string();
    let namespace = root
        .get("metadata")
        .and_then(|m| m.get("namespace"))
        .and_then(YamlNode::as_str);
    let mut address = match namespace {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    };
    // Rendered Helm output: name the chart template the object came from.
    if let Some(s) = source {
        address.push_str(&format!(" ({s})"));
    }
    let kind_span = root
        .entry("kind")
        .map(|e| e.key_span.to(e.value.span))
        .unwrap_or(root.span);
    let skips = annotation_skips(root);
    graph.add(Resource {
        framework: Framework::Kubernetes,
        mode: Mode::Managed,
        kind: kind.to_string(),
        name,
        address,
        module_path: String::new(),
        unit: unit.to_string(),
        file,
        span: kind_span,
        body: to_node(root),
        origins: Vec::new(),
        call_chain: Vec::new(),
        partials: Vec::new(),
        variant: None,
        skips,
    });
    problems
}

/// Suppressions written as annotations: `posture.io/skip: "K8S-POD-001: reason, ..."` and
/// Checkov's `checkov.io/skip1: CKV_K8S_20=reason`.
fn annotation_skips(root: &YamlNode) -> Vec<(String, String, Span)> {
    let mut out = Vec::new();
    let annotations = root
        .get("metadata")
        .and_then(|m| m.get("annotations"))
        .map(YamlNode::entries)
        .unwrap_or_default();
    for a in annotations {
        let Some(v) = a.value.as_str() else { continue };
        let span = a.key_span.to(a.value.span);
        if a.key == "posture.io/skip" {
            for part in v.split(',') {
                let (id, reason) = part.split_once(':').unwrap_or((part, ""));
                if !id.trim().is_empty() {
                    out.push((id.trim().to_string(), reason.trim().to_string(), span));
                }
            }
        } else if a.key.starts_with("checkov.io/skip") {
            let (id, reason) = v.split_once('=').unwrap_or((v, ""));
            out.push((id.trim().to_string(), reason.trim().to_string(), span));
        }
    }
    out
}
