//! Terraform plan JSON (`terraform show -json plan.out`) into the shared graph.
//!
//! Resources come from `planned_values` (root and child modules); attributes that are only
//! known after apply (`resource_changes[].change.after_unknown`) are unknown, so they never
//! produce findings; references recorded in `configuration` become edges.

use std::collections::HashMap;

use crate::diagnostics::Problem;
use crate::graph::{Edge, Entry, Framework, Graph, Mode, Node, NodeValue, Resource, ResourceId};
use crate::source::{FileId, Span};
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

// ------------------------------------------------------------------------------------------
// Sources beside the plan

/// Points the resources of a plan at the Terraform sources they were planned from: the root
/// module in `root_dir` (a key of `units`) and the modules it calls (local sources, and those
/// `terraform init` installed, from `installed`). A resource found in the sources gets the
/// file and header of its block, and every attribute the span of where it is written in that
/// block (attributes the configuration does not write, defaults and computed values, point at
/// the header). Returns how many resources were mapped.
pub fn attach_sources(
    graph: &mut Graph,
    root_dir: &str,
    units: &super::lower::Units,
    installed: Option<&super::manifest::Installed>,
) -> usize {
    let mut mapped = 0;
    let mut dirs: HashMap<String, Option<String>> = HashMap::new();
    for r in &mut graph.resources {
        let dir = dirs
            .entry(r.module_path.clone())
            .or_insert_with(|| module_dir(root_dir, &r.module_path, units, installed))
            .clone();
        let Some(dir) = dir else { continue };
        let block_kind = if r.mode == Mode::Data {
            "data"
        } else {
            "resource"
        };
        let found = units.get(&dir).into_iter().flatten().find_map(|f| {
            f.body.blocks.iter().find(|b| {
                b.kind == block_kind
                    && matches!(b.labels.as_slice(), [t, n] if *t == r.kind && *n == r.name)
            })
        });
        let Some(blk) = found else { continue };
        r.file = blk.header.file;
        r.span = blk.header;
        remap(&mut r.body, Some(&blk.body), blk.header);
        r.body.span = blk.span;
        mapped += 1;
    }
    mapped
}

/// The directory of the module instance `module_path` (`module.a["x"].module.b`), following
/// the calls from the root module.
fn module_dir(
    root_dir: &str,
    module_path: &str,
    units: &super::lower::Units,
    installed: Option<&super::manifest::Installed>,
) -> Option<String> {
    let mut dir = root_dir.to_string();
    let mut keys: Vec<&str> = Vec::new();
    let parts = split_address(module_path);
    for pair in parts.chunks(2) {
        let [m, call] = pair else {
            if pair.iter().all(|p| p.is_empty()) {
                break;
            }
            return None;
        };
        if *m != "module" {
            return None;
        }
        let name = call.split('[').next().unwrap_or(call);
        keys.push(name);
        let source = units.get(&dir)?.iter().find_map(|f| {
            f.body.blocks_of("module").find_map(|b| {
                if b.labels.first().map(String::as_str) != Some(name) {
                    return None;
                }
                match &b.body.attribute("source")?.expr.kind {
                    super::ast::ExprKind::String(s) => Some(s.clone()),
                    _ => None,
                }
            })
        })?;
        dir = super::lower::source_dir(&dir, &source, &keys.join("."), installed)?;
    }
    units.contains_key(&dir).then_some(dir)
}

/// Gives the nodes of a planned value the spans of the configuration that wrote them.
fn remap(node: &mut Node, body: Option<&super::ast::Body>, fallback: Span) {
    let NodeValue::Map(entries) = &mut node.value else {
        set_all(node, fallback);
        return;
    };
    node.span = fallback;
    for e in entries {
        let Some(body) = body else {
            e.key_span = fallback;
            set_all(&mut e.node, fallback);
            continue;
        };
        if let Some(a) = body.attribute(&e.key) {
            e.key_span = a.name_span;
            set_all(&mut e.node, a.expr.span);
            continue;
        }
        // Nested blocks, written out or generated by `dynamic "name"`.
        let blocks: Vec<(&super::ast::Body, Span)> = body
            .blocks
            .iter()
            .filter_map(|b| {
                if b.kind == e.key {
                    Some((&b.body, b.header))
                } else if b.kind == "dynamic" && b.labels.first() == Some(&e.key) {
                    let content = b.body.blocks.iter().find(|c| c.kind == "content")?;
                    Some((&content.body, b.header))
                } else {
                    None
                }
            })
            .collect();
        let Some(&(_, first_header)) = blocks.first() else {
            e.key_span = fallback;
            set_all(&mut e.node, fallback);
            continue;
        };
        e.key_span = first_header;
        match &mut e.node.value {
            NodeValue::List(items) => {
                e.node.span = first_header;
                for (i, item) in items.iter_mut().enumerate() {
                    let (b, header) = blocks
                        .get(i)
                        .or(blocks.last())
                        .copied()
                        .unwrap_or((body, fallback));
                    remap(item, Some(b), header);
                }
            }
            _ => remap(&mut e.node, Some(blocks[0].0), first_header),
        }
    }
}

fn set_all(node: &mut Node, span: Span) {
    node.span = span;
    match &mut node.value {
        NodeValue::List(items) => items.iter_mut().for_each(|n| set_all(n, span)),
        NodeValue::Map(entries) => {
            for e in entries {
                e.key_span = span;
                set_all(&mut e.node, span);
            }
        }
        _ => {}
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
