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
/// Deepest chain of nested stacks followed.
pub const MAX_NESTING: usize = 8;

/// The templates of a scan by path (as displayed), for nested stacks.
pub type Templates<'a> = HashMap<String, (FileId, &'a [YamlNode])>;

/// Where a template is lowered: the templates nested stacks may name, the address prefix and
/// the stack resources leading to it.
#[derive(Clone, Default)]
pub struct Nesting<'a> {
    pub templates: Option<&'a Templates<'a>>,
    pub display: String,
    pub prefix: String,
    pub chain: Vec<Span>,
    pub stack: Vec<String>,
}

/// Local `TemplateURL`s of nested stacks in a template, resolved against its directory.
pub fn nested_children(display: &str, root: &YamlNode) -> Vec<String> {
    let dir = crate::scan::unit_of(display);
    root.get("Resources")
        .map(YamlNode::entries)
        .unwrap_or_default()
        .iter()
        .filter(|e| {
            e.value.get("Type").and_then(YamlNode::as_str) == Some("AWS::CloudFormation::Stack")
        })
        .filter_map(|e| e.value.get("Properties")?.get("TemplateURL")?.as_str())
        .filter(|u| !u.contains("://"))
        .map(|u| crate::terraform::lower::join_dir(&dir, u))
        .collect()
}

pub fn lower_template(
    file: FileId,
    unit: &str,
    root: &YamlNode,
    given: &HashMap<String, String>,
    graph: &mut Graph,
) -> Vec<Problem> {
    lower_nested(file, unit, root, given, graph, &Nesting::default())
}

/// Lowers a template, following local nested stacks.
pub fn lower_nested(
    file: FileId,
    unit: &str,
    root: &YamlNode,
    given: &HashMap<String, String>,
    graph: &mut Graph,
    nesting: &Nesting,
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
    // The condition variants of each resource: a reference to the resource refers to them too.
    let mut variant_ids: HashMap<String, Vec<ResourceId>> = HashMap::new();
    let mut pending: Vec<(ResourceId, Vec<Reference>)> = Vec::new();
    let mut seen_edges: std::collections::HashSet<Edge> = graph.edges.iter().cloned().collect();
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
        ev.clear_partials();
        // SAM: the `Globals` section supplies what a serverless resource leaves out.
        let merged = ty.strip_prefix("AWS::Serverless::").and_then(|section| {
            let g = root.get("Globals")?.get(section)?;
            Some(merge_globals(g, e.value.get("Properties")))
        });
        let props = merged.as_ref().or(e.value.get("Properties"));
        if ty == "AWS::CloudFormation::Stack" {
            problems.extend(nested_stack(
                &ev, graph, unit, id, e.key_span, props, nesting,
            ));
        }
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
            nesting,
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
                    nesting,
                );
                if let Some(&first) = vids.first() {
                    variant_ids.entry(id.to_string()).or_default().push(first);
                }
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
            for reference in &refs {
                let span = reference.span;
                let target = &reference.target;
                if span.file == e.key_span.file
                    && start <= span.start
                    && span.end <= end
                    && let Some(&to) = main_ids.get(target)
                    && to != from
                {
                    for to in std::iter::once(to)
                        .chain(variant_ids.get(target).into_iter().flatten().copied())
                    {
                        edges.push((
                            Edge {
                                from,
                                to,
                                attr: e.key.clone(),
                            },
                            // Only a reference the value certainly holds says which
                            // attribute it takes.
                            reference
                                .attribute
                                .clone()
                                .filter(|_| !reference.conditional),
                        ));
                    }
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
        for (e, attribute) in edges {
            if let Some(a) = attribute {
                graph.add_edge_attribute(&e, a);
            }
            if seen_edges.insert(e.clone()) {
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
    nesting: &Nesting,
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
                ev.references
                    .borrow_mut()
                    .push(Reference::new(n.span, s, None));
            }
        }
    }
    let refs = ev.references.borrow().clone();
    let origins = ev.origins.borrow().clone();
    let partials = ev.partials.borrow().clone();
    let ctx = MapContext { id_span };
    let mut ids = Vec::new();
    for m in normalize::normalize(ty, &body, &ctx) {
        let rid = graph.add(Resource {
            framework: Framework::CloudFormation,
            mode: Mode::Managed,
            kind: m.kind,
            name: id.to_string(),
            address: format!("{}{id}{}", nesting.prefix, m.suffix),
            module_path: String::new(),
            unit: unit.to_string(),
            file,
            span: m.header.unwrap_or(id_span),
            body: m.body,
            origins: origins.clone(),
            call_chain: nesting.chain.clone(),
            partials: partials.clone(),
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

/// Lowers the template a nested stack names, with the parameters the stack passes.
fn nested_stack(
    ev: &Eval,
    graph: &mut Graph,
    unit: &str,
    id: &str,
    id_span: Span,
    props: Option<&YamlNode>,
    nesting: &Nesting,
) -> Vec<Problem> {
    let Some(url_node) = props.and_then(|p| p.get("TemplateURL")) else {
        return Vec::new();
    };
    let Some(url) = ev
        .value(url_node)
        .and_then(|n| n.as_str().map(str::to_string))
    else {
        return vec![Problem::notice(
            url_node.span,
            format!("nested stack {id}: its TemplateURL is not known statically; not scanned"),
        )];
    };
    if url.contains("://") {
        return vec![Problem::notice(
            url_node.span,
            format!(
                "nested stack {id} ({url}) is remote and was not scanned; Posture never downloads templates"
            ),
        )];
    }
    let path = crate::terraform::lower::join_dir(&crate::scan::unit_of(&nesting.display), &url);
    let Some((child_file, roots)) = nesting.templates.and_then(|t| t.get(&path)) else {
        return vec![Problem::notice(
            url_node.span,
            format!("nested stack {id}: no template at {path} among the scanned files"),
        )];
    };
    if nesting.stack.contains(&path) || nesting.stack.len() >= MAX_NESTING {
        return vec![Problem::error(
            url_node.span,
            format!("nested stack {id}: {path} is nested in itself or too deeply; not followed"),
        )];
    }
    let mut given = HashMap::new();
    for p in props
        .and_then(|p| p.get("Parameters"))
        .map(YamlNode::entries)
        .unwrap_or_default()
    {
        if let Some(v) = ev
            .value(&p.value)
            .as_ref()
            .and_then(super::eval::scalar_string)
        {
            given.insert(p.key.clone(), v);
        }
    }
    let mut inner = nesting.clone();
    inner.display = path.clone();
    inner.prefix = format!("{}{id}/", nesting.prefix);
    inner.chain.push(id_span);
    inner.stack.push(path);
    let mut problems = Vec::new();
    for root in roots.iter() {
        problems.extend(lower_nested(*child_file, unit, root, &given, graph, &inner));
    }
    problems
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
