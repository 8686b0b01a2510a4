//! Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) into the Terraform syntax tree.
//!
//! In this syntax every string is a template, and a property's value may stand for an
//! attribute or a nested block. Without provider schemas the two cannot be told apart, so
//! nested objects become object-valued attributes; the graph treats both the same way.

use super::ast::*;
use super::parse_hcl::{parse_expression, parse_template_string};
use crate::diagnostics::Problem;
use crate::source::{FileId, Span};
use crate::syntax::json::{self, JsonKind, JsonNode};

/// Block types whose JSON value is `{label: {label: body}}` with the given label count.
fn label_depth(kind: &str) -> Option<usize> {
    Some(match kind {
        "resource" | "data" => 2,
        "variable" | "output" | "module" | "provider" | "check" | "import" => 1,
        "terraform" | "locals" | "moved" | "removed" => 0,
        _ => return None,
    })
}

/// Parses a `.tf.json` file.
pub fn parse(file: FileId, text: &str) -> (Body, Vec<Problem>) {
    let root = match json::parse(file, text) {
        Ok(Some(root)) => root,
        Ok(None) => return (Body::default(), Vec::new()),
        Err(p) => return (Body::default(), vec![p]),
    };
    let mut problems = Vec::new();
    let mut body = Body::default();
    if !matches!(root.kind, JsonKind::Object(_)) {
        problems.push(Problem::error(
            root.span,
            "a Terraform JSON file must contain an object",
        ));
        return (body, problems);
    }
    for prop in root.props() {
        if prop.key == "//" {
            continue;
        }
        let Some(depth) = label_depth(&prop.key) else {
            continue;
        };
        collect_blocks(
            &prop.key,
            prop.key_span,
            depth,
            &mut Vec::new(),
            &prop.value,
            &mut body.blocks,
        );
    }
    (body, problems)
}

fn collect_blocks(
    kind: &str,
    header: Span,
    depth: usize,
    labels: &mut Vec<String>,
    value: &JsonNode,
    out: &mut Vec<Block>,
) {
    if depth == 0 {
        // A block body, or an array of bodies (repeated blocks).
        let bodies: Vec<&JsonNode> = match &value.kind {
            JsonKind::Array(items) => items.iter().collect(),
            _ => vec![value],
        };
        for b in bodies {
            out.push(Block {
                kind: kind.to_string(),
                labels: labels.clone(),
                body: block_body(kind, b),
                header,
                span: b.span,
            });
        }
        return;
    }
    for prop in value.props() {
        if prop.key == "//" {
            continue;
        }
        labels.push(prop.key.clone());
        collect_blocks(kind, prop.key_span, depth - 1, labels, &prop.value, out);
        labels.pop();
    }
}

fn block_body(kind: &str, node: &JsonNode) -> Body {
    let mut body = Body::default();
    for prop in node.props() {
        if prop.key == "//" {
            continue;
        }
        let span = prop.key_span.to(prop.value.span);
        // Meta-arguments that hold expressions or nested block structure.
        let expr = match (kind, prop.key.as_str()) {
            ("variable", "default") => literal(&prop.value),
            ("variable", "type") => literal(&prop.value),
            (_, "dynamic") => {
                for dp in prop.value.props() {
                    body.blocks.push(Block {
                        kind: "dynamic".into(),
                        labels: vec![dp.key.clone()],
                        body: block_body("dynamic", &dp.value),
                        header: dp.key_span,
                        span: dp.value.span,
                    });
                }
                continue;
            }
            (_, "lifecycle") | (_, "provisioner") | (_, "connection") => continue,
            (_, "depends_on") => literal(&prop.value),
            _ => expr(&prop.value),
        };
        body.attributes.push(Attribute {
            name: prop.key.clone(),
            name_span: prop.key_span,
            expr,
            span,
        });
    }
    body
}

/// Parses a `.tfvars.json` file: one attribute per property, taken literally.
pub fn parse_vars(file: FileId, text: &str) -> (Body, Vec<Problem>) {
    let root = match json::parse(file, text) {
        Ok(Some(root)) => root,
        Ok(None) => return (Body::default(), Vec::new()),
        Err(p) => return (Body::default(), vec![p]),
    };
    if !matches!(root.kind, JsonKind::Object(_)) {
        return (
            Body::default(),
            vec![Problem::error(
                root.span,
                "a variables file must contain an object",
            )],
        );
    }
    let body = Body {
        attributes: root
            .props()
            .iter()
            .map(|p| Attribute {
                name: p.key.clone(),
                name_span: p.key_span,
                expr: literal(&p.value),
                span: p.key_span.to(p.value.span),
            })
            .collect(),
        blocks: Vec::new(),
    };
    (body, Vec::new())
}

/// A JSON value as an expression: strings are templates.
pub fn expr(node: &JsonNode) -> Expr {
    let kind = match &node.kind {
        JsonKind::String(s) => {
            // "${expr}" alone is the expression itself, not a string conversion of it.
            if let Some(inner) = s.strip_prefix("${").and_then(|x| x.strip_suffix('}'))
                && !inner.contains("${")
                && !inner.contains('}')
            {
                return parse_expression(inner, node.span);
            }
            return parse_template_string(s, node.span);
        }
        JsonKind::Null => ExprKind::Null,
        JsonKind::Bool(b) => ExprKind::Bool(*b),
        JsonKind::Number(n) => ExprKind::Number(*n),
        JsonKind::Array(items) => ExprKind::Array(items.iter().map(expr).collect()),
        JsonKind::Object(props) => ExprKind::Object(
            props
                .iter()
                .filter(|p| p.key != "//")
                .map(|p| (ObjectKey::Ident(p.key.clone()), expr(&p.value)))
                .collect(),
        ),
    };
    Expr {
        kind,
        span: node.span,
    }
}

/// A JSON value taken literally (strings are not templates).
pub fn literal(node: &JsonNode) -> Expr {
    let kind = match &node.kind {
        JsonKind::String(s) => ExprKind::String(s.clone()),
        JsonKind::Null => ExprKind::Null,
        JsonKind::Bool(b) => ExprKind::Bool(*b),
        JsonKind::Number(n) => ExprKind::Number(*n),
        JsonKind::Array(items) => ExprKind::Array(items.iter().map(literal).collect()),
        JsonKind::Object(props) => ExprKind::Object(
            props
                .iter()
                .map(|p| (ObjectKey::Ident(p.key.clone()), literal(&p.value)))
                .collect(),
        ),
    };
    Expr {
        kind,
        span: node.span,
    }
}
