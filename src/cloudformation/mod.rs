//! The CloudFormation front end (YAML and JSON templates, SAM): detection, evaluation of
//! parameters, mappings, conditions and intrinsic functions, and lowering into the shared
//! graph through the normalization layer that maps CloudFormation types and properties onto
//! the same resource kinds and attributes the checks read for Terraform.

pub mod eval;
pub mod lower;
pub mod normalize;
pub mod params;

use crate::syntax::json::{JsonKind, JsonNode};
use crate::syntax::yaml::{YamlEntry, YamlKind, YamlNode};

/// True when a document is a CloudFormation template: it has `AWSTemplateFormatVersion`, or a
/// `Resources` map whose entries have an `AWS::`-typed (or SAM, or custom) `Type`.
pub fn is_template(root: &YamlNode) -> bool {
    if root.get("AWSTemplateFormatVersion").is_some() {
        return true;
    }
    let Some(resources) = root.get("Resources") else {
        return false;
    };
    let entries = resources.entries();
    !entries.is_empty()
        && entries.iter().all(|e| {
            e.value
                .get("Type")
                .and_then(YamlNode::as_str)
                .is_some_and(|t| {
                    t.starts_with("AWS::") || t.starts_with("Custom::") || t.contains("::")
                })
        })
        && entries.iter().any(|e| {
            e.value
                .get("Type")
                .and_then(YamlNode::as_str)
                .is_some_and(|t| t.starts_with("AWS::"))
        })
}

/// A JSON document as a YAML node tree (JSON templates use the long intrinsic forms).
pub fn from_json(j: &JsonNode) -> YamlNode {
    let kind = match &j.kind {
        JsonKind::Null => YamlKind::Null,
        JsonKind::Bool(b) => YamlKind::Bool(*b),
        JsonKind::Number(n) => YamlKind::Number(*n),
        JsonKind::String(s) => YamlKind::String(s.clone()),
        JsonKind::Array(a) => YamlKind::Seq(a.iter().map(from_json).collect()),
        JsonKind::Object(props) => YamlKind::Map(
            props
                .iter()
                .map(|p| YamlEntry {
                    key: p.key.clone(),
                    key_span: p.key_span,
                    value: from_json(&p.value),
                })
                .collect(),
        ),
    };
    YamlNode {
        kind,
        span: j.span,
        tag: None,
    }
}
