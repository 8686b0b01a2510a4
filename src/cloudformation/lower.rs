//! Lowering a CloudFormation template into the shared graph.

use std::collections::HashMap;

use super::eval::{Eval, Reference, Template};
use super::normalize::{self, MapContext};
use crate::diagnostics::Problem;
use crate::graph::{Edge, Framework, Graph, Mode, Node, NodeValue, Resource, ResourceId};
use crate::source::{FileId, Span};
use crate::syntax::yaml::YamlNode;

/// Most unknown conditions per resource that get a variant evaluation each.
const MAX_VARIANT_CONDITIONS: usize = 16;

/// Lowers one template. `given` holds parameter values from outside.
pub fn lower_template(
    file: FileId,
    unit: &str,
    root: &YamlNode,
    given: &HashMap<String, String>,
    graph: &mut Graph,
) -> Vec<Problem> {
    let t = Template::new(root, given);
    let ev = Eval::new(&t);
    let mut problems = Vec::new();
    if let Some(tr) = root.get("Transform") {
        let names: Vec<&str> = match tr.as_str() {
            Some(s) => vec![s],
            None => tr.items().iter().filter_map(YamlNode::as_str).collect(),
        };
        for n in names {
            if n != "AWS::Serverless-2016-10-31" && n != "AWS::LanguageExtensions" {
                problems.push(Problem::notice(
                    tr.span,
                    format!("transform {n} is applied at deployment; its changes are not scanned"),
                ));
            }
        }
    }
    // logical id → ids of its main resource (and extras)
    let mut main_ids: HashMap<String, ResourceId> = HashMap::new();
    let mut pending: Vec<(ResourceId, Vec<Reference>)> = Vec::new();
    let entries = root
        .get("Resources")
        .map(YamlNode::entries)
        .unwrap_or_default();
    for e in entries {
        let id = e.key.as_str();
        let Some(ty) = e.value.get("Type").and_then(YamlNode::as_str) else {
            problems.push(Problem::error(
                e.key_span,
                format!("resource {id} has no Type"),
            ));
            continue;
        };
        if let Some(c) = e.value.get("Condition").and_then(YamlNode::as_str)
            && ev.condition(c, e.key_span) == Some(false)
        {
            continue;
        }
        ev.unknown_conditions.borrow_mut().clear();
        ev.references.borrow_mut().clear();
        ev.origins.borrow_mut().clear();
        // SAM: the `Globals` section supplies what a serverless resource leaves out.
        let merged = ty.strip_prefix("AWS::Serverless::").and_then(|section| {
            let g = root.get("Globals")?.get(section)?;
            Some(merge_globals(g, e.value.get("Properties")))
        });
        let props = merged.as_ref().or(e.value.get("Properties"));
        let (ids, refs) = add(
            &ev,
            graph,
            file,
            unit,
            id,
            ty,
            e.key_span,
            e.value.span,
            props,
            &e.value,
            None,
        );
        if let Some(&first) = ids.first() {
            main_ids.insert(id.to_string(), first);
        }
        for &rid in &ids {
            pending.push((rid, refs.clone()));
        }
        // Every branch of an unknown condition: one evaluation per condition and value.
        let conds: Vec<String> = ev
            .unknown_conditions
            .borrow()
            .iter()
            .take(MAX_VARIANT_CONDITIONS)
            .cloned()
            .collect();
        for c in conds {
            for v in [true, false] {
                let mut o = HashMap::new();
                o.insert(c.clone(), v);
                let ev2 = Eval::with_overrides(&t, o);
                let label = format!("when condition {c} is {v}");
                let (vids, vrefs) = add(
                    &ev2,
                    graph,
                    file,
                    unit,
                    id,
                    ty,
                    e.key_span,
                    e.value.span,
                    props,
                    &e.value,
                    Some(label),
                );
                for rid in vids {
                    pending.push((rid, vrefs.clone()));
                }
            }
        }
    }
    // Edges: a reference inside an attribute's value is an edge through that attribute.
    for (from, refs) in pending {
        let r = graph.get(from);
        let mut edges = Vec::new();
        let mut resolved: Vec<String> = Vec::new();
        for e in r.body.entries() {
            let (start, end) = (
                e.key_span.start.min(e.node.span.start),
                e.key_span.end.max(e.node.span.end),
            );
            for (span, target) in &refs {
                if span.file == e.key_span.file
                    && start <= span.start
                    && span.end <= end
                    && let Some(&to) = main_ids.get(target)
                    && to != from
                {
                    edges.push(Edge {
                        from,
                        to,
                        attr: e.key.clone(),
                    });
                    resolved.push(e.key.clone());
                }
            }
        }
        let unresolved: Vec<String> = r
            .body
            .entries()
            .iter()
            .filter(|e| e.node.is_unknown() && !resolved.contains(&e.key))
            .map(|e| e.key.clone())
            .collect();
        for e in edges {
            if !graph.edges.contains(&e) {
                graph.edges.push(e);
            }
        }
        for a in unresolved {
            graph.unresolved.push((from, a));
        }
    }
    problems.extend(ev.problems.into_inner());
    problems
}

/// Evaluates one resource's properties, normalizes it and adds the results to the graph.
#[allow(clippy::too_many_arguments)]
fn add(
    ev: &Eval,
    graph: &mut Graph,
    file: FileId,
    unit: &str,
    id: &str,
    ty: &str,
    id_span: Span,
    value_span: Span,
    props: Option<&YamlNode>,
    resource: &YamlNode,
    variant: Option<String>,
) -> (Vec<ResourceId>, Vec<Reference>) {
    let body = props.and_then(|p| ev.value(p)).unwrap_or(Node {
        value: NodeValue::Map(Vec::new()),
        span: value_span,
    });
    // DependsOn is a reference too.
    if let Some(d) = resource.get("DependsOn") {
        let names: Vec<&YamlNode> = match d.as_str() {
            Some(_) => vec![d],
            None => d.items().iter().collect(),
        };
        for n in names {
            if let Some(s) = n.as_str()
                && ev.t.resources.contains_key(s)
            {
                ev.references.borrow_mut().push((n.span, s.to_string()));
            }
        }
    }
    let refs = ev.references.borrow().clone();
    let origins = ev.origins.borrow().clone();
    let ctx = MapContext { id_span };
    let mut ids = Vec::new();
    for m in normalize::normalize(ty, &body, &ctx) {
        let rid = graph.add(Resource {
            framework: Framework::CloudFormation,
            mode: Mode::Managed,
            kind: m.kind,
            name: id.to_string(),
            address: format!("{id}{}", m.suffix),
            module_path: String::new(),
            unit: unit.to_string(),
            file,
            span: m.header.unwrap_or(id_span),
            body: m.body,
            origins: origins.clone(),
            call_chain: Vec::new(),
            partials: Vec::new(),
            variant: variant.clone(),
            skips: metadata_skips(resource),
        });
        if let Some(attr) = m.target_attr {
            // extras refer to the main resource (the first one)
            if let Some(&main) = ids.first() {
                graph.edges.push(Edge {
                    from: rid,
                    to: main,
                    attr: attr.to_string(),
                });
            }
        }
        ids.push(rid);
    }
    (ids, refs)
}

/// A SAM resource's properties with its `Globals` section merged in: the resource's own
/// scalars and lists win, maps merge key by key.
fn merge_globals(globals: &YamlNode, props: Option<&YamlNode>) -> YamlNode {
    use crate::syntax::yaml::{YamlEntry, YamlKind};
    let Some(props) = props else {
        return globals.clone();
    };
    let (YamlKind::Map(g), YamlKind::Map(p)) = (&globals.kind, &props.kind) else {
        return props.clone();
    };
    let mut entries: Vec<YamlEntry> = p.clone();
    for ge in g {
        match entries.iter_mut().find(|e| e.key == ge.key) {
            Some(pe) => {
                if matches!(pe.value.kind, YamlKind::Map(_))
                    && matches!(ge.value.kind, YamlKind::Map(_))
                    && pe.value.tag.is_none()
                    && ge.value.tag.is_none()
                {
                    pe.value = merge_globals(&ge.value, Some(&pe.value));
                }
            }
            None => entries.push(ge.clone()),
        }
    }
    YamlNode {
        kind: YamlKind::Map(entries),
        span: props.span,
        tag: props.tag.clone(),
    }
}

/// Suppressions in a resource's `Metadata`: `posture: {skip: [{id, reason}]}` and Checkov's
/// `checkov: {skip: [{id, comment}]}`.
fn metadata_skips(resource: &YamlNode) -> Vec<(String, String, Span)> {
    let mut out = Vec::new();
    let Some(meta) = resource.get("Metadata") else {
        return out;
    };
    for (tool, reason_key) in [("posture", "reason"), ("checkov", "comment")] {
        for s in meta
            .get(tool)
            .and_then(|t| t.get("skip"))
            .map(YamlNode::items)
            .unwrap_or_default()
        {
            if let Some(id) = s.get("id").and_then(YamlNode::as_str) {
                let reason = s.get(reason_key).and_then(YamlNode::as_str).unwrap_or("");
                out.push((id.to_string(), reason.to_string(), s.span));
            }
        }
    }
    out
}
