//! Terraform plan JSON (`terraform show -json plan.out`) into the shared graph.
//!
//! Resources come from `planned_values` (root and child modules); attributes that are only
//! known after apply (`resource_changes[].change.after_unknown`) are unknown, so they never
//! produce findings; references recorded in `configuration` become edges.

use std::collections::HashMap;

use crate::diagnostics::Problem;
use crate::graph::{Edge, Entry, Framework, Graph, Mode, Node, NodeValue, Resource, ResourceId};
use crate::source::FileId;
use crate::syntax::json::{JsonKind, JsonNode};

/// True when a JSON document is a Terraform plan.
pub fn is_plan(root: &JsonNode) -> bool {
    root.get("format_version").is_some()
        && (root.get("planned_values").is_some() || root.get("resource_changes").is_some())
}

/// Lowers a plan document into `graph`.
pub fn lower_plan(file: FileId, unit: &str, root: &JsonNode, graph: &mut Graph) -> Vec<Problem> {
    let mut unknowns: HashMap<String, &JsonNode> = HashMap::new();
    for rc in root.get("resource_changes").map(items).unwrap_or_default() {
        if let (Some(addr), Some(after_unknown)) = (
            rc.get("address").and_then(JsonNode::as_str),
            rc.get("change").and_then(|c| c.get("after_unknown")),
        ) {
            unknowns.insert(addr.to_string(), after_unknown);
        }
    }
    let mut by_base: HashMap<String, Vec<ResourceId>> = HashMap::new();
    if let Some(pv) = root
        .get("planned_values")
        .and_then(|p| p.get("root_module"))
    {
        collect_module(file, unit, pv, &unknowns, graph, &mut by_base);
    } else {
        // No planned values (an older or partial plan): use the changes' `after` values.
        for rc in root.get("resource_changes").map(items).unwrap_or_default() {
            let deleted_only = rc
                .get("change")
                .and_then(|c| c.get("actions"))
                .map(|a| items(a).iter().all(|x| x.as_str() == Some("delete")))
                .unwrap_or(false);
            if deleted_only {
                continue;
            }
            if let Some(after) = rc.get("change").and_then(|c| c.get("after")) {
                add_resource(file, unit, rc, after, &unknowns, graph, &mut by_base);
            }
        }
    }
    if let Some(cfg) = root.get("configuration").and_then(|c| c.get("root_module")) {
        config_edges(cfg, "", graph, &by_base);
    }
    Vec::new()
}

fn items(n: &JsonNode) -> Vec<&JsonNode> {
    match &n.kind {
        JsonKind::Array(a) => a.iter().collect(),
        _ => Vec::new(),
    }
}

fn collect_module(
    file: FileId,
    unit: &str,
    module: &JsonNode,
    unknowns: &HashMap<String, &JsonNode>,
    graph: &mut Graph,
    by_base: &mut HashMap<String, Vec<ResourceId>>,
) {
    for r in module.get("resources").map(items).unwrap_or_default() {
        let values = r.get("values");
        let empty = JsonNode {
            kind: JsonKind::Object(Vec::new()),
            span: r.span,
        };
        add_resource(
            file,
            unit,
            r,
            values.unwrap_or(&empty),
            unknowns,
            graph,
            by_base,
        );
    }
    for child in module.get("child_modules").map(items).unwrap_or_default() {
        collect_module(file, unit, child, unknowns, graph, by_base);
    }
}

fn add_resource(
    file: FileId,
    unit: &str,
    r: &JsonNode,
    values: &JsonNode,
    unknowns: &HashMap<String, &JsonNode>,
    graph: &mut Graph,
    by_base: &mut HashMap<String, Vec<ResourceId>>,
) {
    let (Some(address), Some(kind)) = (
        r.get("address").and_then(JsonNode::as_str),
        r.get("type").and_then(JsonNode::as_str),
    ) else {
        return;
    };
    let mode = match r.get("mode").and_then(JsonNode::as_str) {
        Some("data") => Mode::Data,
        _ => Mode::Managed,
    };
    let name = r.get("name").and_then(JsonNode::as_str).unwrap_or("");
    let module_path = r
        .get("module_address")
        .and_then(JsonNode::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| module_of(address));
    let body = to_node(values, unknowns.get(address).copied());
    // Point at the resource's "address" value: the closest thing to a header in a plan.
    let span = r.get("address").map(|a| a.span).unwrap_or(r.span);
    let id = graph.add(Resource {
        framework: Framework::Terraform,
        mode,
        kind: kind.to_string(),
        name: name.to_string(),
        address: address.to_string(),
        module_path,
        unit: unit.to_string(),
        file,
        span,
        body,
        origins: Vec::new(),
        call_chain: Vec::new(),
        partials: Vec::new(),
        variant: None,
        skips: Vec::new(),
    });
    by_base.entry(base_address(address)).or_default().push(id);
}

/// `module.a["x"].aws_s3_bucket.b[0]` → `module.a["x"]`.
fn module_of(address: &str) -> String {
    let base = base_address(address);
    let parts: Vec<&str> = split_address(&base);
    if parts.len() > 2 {
        parts[..parts.len() - 2].join(".")
    } else {
        String::new()
    }
}

/// Splits an address on dots that are outside brackets and quotes.
fn split_address(a: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut quoted, mut start) = (0, false, 0);
    for (i, c) in a.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth -= 1,
            '.' if !quoted && depth == 0 => {
                out.push(&a[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&a[start..]);
    out
}

/// The address without the resource's own instance key: `aws_s3_bucket.b[0]` → `aws_s3_bucket.b`.
fn base_address(address: &str) -> String {
    if address.ends_with(']')
        && let Some(i) = address.rfind('[')
    {
        return address[..i].to_string();
    }
    address.to_string()
}

fn to_node(v: &JsonNode, unknown: Option<&JsonNode>) -> Node {
    if matches!(unknown.map(|u| &u.kind), Some(JsonKind::Bool(true))) {
        return Node::unknown(v.span);
    }
    let value = match &v.kind {
        JsonKind::Null => NodeValue::Null,
        JsonKind::Bool(b) => NodeValue::Bool(*b),
        JsonKind::Number(n) => NodeValue::Number(*n),
        JsonKind::String(s) => NodeValue::String(s.clone()),
        JsonKind::Array(a) => NodeValue::List(
            a.iter()
                .enumerate()
                .map(|(i, x)| to_node(x, unknown.and_then(|u| items(u).get(i).copied())))
                .collect(),
        ),
        JsonKind::Object(props) => {
            let mut entries: Vec<Entry> = props
                .iter()
                .map(|p| Entry {
                    key: p.key.clone(),
                    key_span: p.key_span,
                    node: to_node(&p.value, unknown.and_then(|u| u.get(&p.key))),
                })
                .collect();
            // Attributes known only after apply are absent from the values: add them as unknown.
            if let Some(u) = unknown {
                for p in u.props() {
                    if matches!(p.value.kind, JsonKind::Bool(true))
                        && !entries.iter().any(|e| e.key == p.key)
                    {
                        entries.push(Entry {
                            key: p.key.clone(),
                            key_span: v.span,
                            node: Node::unknown(v.span),
                        });
                    }
                }
            }
            NodeValue::Map(entries)
        }
    };
    Node {
        value,
        span: v.span,
    }
}

/// Edges from `configuration`: each resource's expressions list the addresses they reference.
fn config_edges(
    module: &JsonNode,
    prefix: &str,
    graph: &mut Graph,
    by_base: &HashMap<String, Vec<ResourceId>>,
) {
    for r in module.get("resources").map(items).unwrap_or_default() {
        let Some(addr) = r.get("address").and_then(JsonNode::as_str) else {
            continue;
        };
        let from_base = join(prefix, addr);
        let Some(froms) = by_base.get(&from_base) else {
            continue;
        };
        let Some(exprs) = r.get("expressions") else {
            continue;
        };
        for p in exprs.props() {
            let mut refs = Vec::new();
            collect_refs(&p.value, &mut refs);
            for target in refs {
                let parts = split_address(target);
                let key = match parts.as_slice() {
                    ["data", t, n, ..] => format!("data.{t}.{n}"),
                    [t, n, ..]
                        if !matches!(
                            *t,
                            "var" | "local" | "module" | "each" | "count" | "path" | "self"
                        ) =>
                    {
                        format!("{t}.{n}")
                    }
                    _ => continue,
                };
                let key = base_address(&key);
                for &to in by_base.get(&join(prefix, &key)).into_iter().flatten() {
                    for &from in froms {
                        let e = Edge {
                            from,
                            to,
                            attr: p.key.clone(),
                        };
                        if from != to && !graph.edges.contains(&e) {
                            graph.edges.push(e);
                        }
                    }
                }
            }
        }
    }
    for call in module
        .get("module_calls")
        .map(|m| m.props().to_vec())
        .unwrap_or_default()
    {
        if let Some(child) = call.value.get("module") {
            config_edges(
                child,
                &join(prefix, &format!("module.{}", call.key)),
                graph,
                by_base,
            );
        }
    }
}

fn collect_refs<'a>(n: &'a JsonNode, out: &mut Vec<&'a str>) {
    if let Some(refs) = n.get("references") {
        for r in items(refs) {
            if let Some(s) = r.as_str() {
                out.push(s);
            }
        }
    }
    match &n.kind {
        JsonKind::Object(props) => {
            for p in props {
                if p.key != "references" {
                    collect_refs(&p.value, out);
                }
            }
        }
        JsonKind::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

fn join(prefix: &str, addr: &str) -> String {
    if prefix.is_empty() {
        addr.to_string()
    } else {
        format!("{prefix}.{addr}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(base_address("aws_s3_bucket.b[0]"), "aws_s3_bucket.b");
        assert_eq!(base_address("aws_s3_bucket.b[\"a.b\"]"), "aws_s3_bucket.b");
        assert_eq!(
            module_of("module.a[\"x.y\"].aws_s3_bucket.b[0]"),
            "module.a[\"x.y\"]"
        );
        assert_eq!(module_of("aws_s3_bucket.b"), "");
    }
}
